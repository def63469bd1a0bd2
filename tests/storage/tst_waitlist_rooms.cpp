#include "FrontDeskCentre.h"
#include "TestDatabase.h"
#include "storage/BookingRepository.h"
#include "storage/Scheduler.h"
#include "storage/TherapistHours.h"
#include "storage/WaitlistRepository.h"

#include <QTest>

// A waitlist entry is offered only where its session could be booked: a free therapist is not
// enough, a room that hosts the service must be free too (the scheduler would refuse it
// otherwise). On SQLite and (test_storage_waitlist_rooms_pg) on PostgreSQL.
class TestWaitlistRooms : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FrontDeskCentre> m_centre;
    qint64 m_laia = 0, m_early = 0, m_anytime = 0;
    const QDate m_thursday{2026, 11, 5};

    qint64 add(qint64 client, const QList<WaitlistWindow>& windows = {})
    {
        WaitlistEntry e;
        e.clientId = client;
        e.serviceCode = QStringLiteral("leg");
        e.windows = windows;
        qint64 id = 0;
        StorageError error;
        if (!WaitlistRepository(m_db->db(), m_centre->zone).add(e, &id, &error))
            qWarning("add: %s", qPrintable(error.message));
        return id;
    }

    QList<AgendaEntry> agenda(StorageError* error)
    {
        const qint64 from = QDateTime(m_thursday, QTime(0, 0), m_centre->zone).toSecsSinceEpoch();
        return BookingRepository(m_db->db(), m_centre->zone)
            .agenda(from, from + 86400, QStringLiteral("en"), error);
    }

    // Laia's free stretch that Thursday and how many entries it offers (-1: no stretch).
    int laiasCount(FreeSlot* slot = nullptr)
    {
        StorageError error;
        const auto working =
            TherapistHours::load(m_db->db(), m_thursday, 1, m_centre->zone, &error);
        const CalendarWaiting waiting =
            WaitlistRepository(m_db->db(), m_centre->zone).waiting(agenda(&error), working, &error);
        if (error)
            qWarning("waiting: %s", qPrintable(error.message));
        for (const FreeWaiting& f : waiting.free)
            if (f.slot.therapistId == m_laia) {
                if (slot)
                    *slot = f.slot;
                return f.count;
            }
        return -1;
    }

    QList<qint64> offered(const FreeSlot& slot)
    {
        StorageError error;
        QList<qint64> ids;
        for (const WaitlistEntry& e : WaitlistRepository(m_db->db(), m_centre->zone)
                                          .offers(slot, QStringLiteral("en"), &error))
            ids << e.id;
        if (error)
            qWarning("offers: %s", qPrintable(error.message));
        return ids;
    }

    void setRoomActive(const QString& name, bool active)
    {
        m_centre->insert(QStringLiteral("UPDATE rooms SET active = %1 WHERE name = '%2'")
                             .arg(active ? 1 : 0)
                             .arg(name));
    }

private slots:
    void init()
    {
        // Monday 2026-11-02, 08:00 in Madrid.
        m_db = std::make_unique<TestDatabase>(
            true, QDateTime(QDate(2026, 11, 2), QTime(7, 0), QTimeZone::utc()));
        m_centre = std::make_unique<FrontDeskCentre>(*m_db);
        // Laia does legs on Thursday afternoons only: 15:00-19:00.
        m_laia = m_centre->insert(
            QStringLiteral(
                "INSERT INTO therapists (display_name, created_at) VALUES ('Laia Font', %1)")
                .arg(m_db->time(0)));
        m_centre->insert(QStringLiteral("INSERT INTO therapist_services SELECT %1, id FROM "
                                        "services WHERE code = 'leg'")
                             .arg(m_laia));
        m_centre->insert(
            QStringLiteral("INSERT INTO therapist_shifts (therapist_id, weekday, start_minute, "
                           "end_minute) VALUES (%1, 4, 900, 1140)")
                .arg(m_laia));
        // One client can only come 15:00-16:00; another any time.
        m_early = add(m_centre->client(QStringLiteral("Núria Puig")), {{900, 960}});
        m_anytime = add(m_centre->client(QStringLiteral("Pau Soler")));
        QVERIFY(m_early > 0 && m_anytime > 0);
    }

    void aFreeTherapistNeedsAFreeRoom()
    {
        setRoomActive(QStringLiteral("Sala Bosc"), false); // one room in use
        FreeSlot slot;
        QCOMPARE(laiasCount(&slot), 2);
        QCOMPARE(slot.fromMinute, 900);

        // Marta takes the one room at 15:00: Laia is still free all afternoon, but the client
        // who can only come before 16:00 has no room then.
        const qint64 marta = m_centre->book(m_centre->client(QStringLiteral("Anna Roca")),
                                            QStringLiteral("2026-11-05 15:00"), m_centre->marta);
        QVERIFY(marta > 0);
        QCOMPARE(laiasCount(&slot), 1);
        QCOMPARE(slot.fromMinute, 900);
        QCOMPARE(slot.toMinute, 1140);
        QCOMPARE(offered(slot), QList<qint64>{m_anytime});
        // The booking dialog at 15:30 with Laia offers the same.
        StorageError error;
        FreeSlot at;
        QVERIFY(WaitlistRepository(m_db->db(), m_centre->zone)
                    .freedSlotAt(m_centre->at(QStringLiteral("2026-11-05 15:30")), m_laia, &at,
                                 &error));
        QCOMPARE(offered(at), QList<qint64>{m_anytime});

        // A second room in use: both again, the early client first (the oldest entry).
        setRoomActive(QStringLiteral("Sala Bosc"), true);
        QCOMPARE(laiasCount(&slot), 2);
        QCOMPARE(offered(slot), (QList<qint64>{m_early, m_anytime}));

        // No room in use is set up for legs: nobody can be offered Laia's time.
        m_centre->insert(QStringLiteral("DELETE FROM room_services WHERE service_id = (SELECT id "
                                        "FROM services WHERE code = 'leg')"));
        QCOMPARE(laiasCount(), -1);
        QVERIFY(offered(slot).isEmpty());
        QVERIFY(!error.isError());
    }

    // A cancelled session frees its room; another session that took the room meanwhile (with
    // another therapist) leaves nothing to offer on the freed block.
    void aFreedSlotNeedsItsRoomStillFree()
    {
        setRoomActive(QStringLiteral("Sala Bosc"), false);
        const qint64 anna = m_centre->client(QStringLiteral("Anna Roca"));
        const qint64 booked =
            m_centre->book(anna, QStringLiteral("2026-11-05 15:00"), m_centre->marta);
        QVERIFY(booked > 0);
        StorageError error;
        QVERIFY(Scheduler(m_db->db(), m_centre->zone)
                    .cancel(booked, QStringLiteral("Client is ill"), QString(), &error));
        WaitlistRepository waitlist(m_db->db(), m_centre->zone);
        QCOMPARE(waitlist.waitingForFreed(agenda(&error), &error).value(booked), 2);
        QCOMPARE(laiasCount(), 2); // the room is free again for Laia too

        const qint64 jordi = m_centre->book(m_centre->client(QStringLiteral("Joan Mas")),
                                            QStringLiteral("2026-11-05 15:00"), m_centre->jordi);
        QVERIFY(jordi > 0);
        QVERIFY(!waitlist.waitingForFreed(agenda(&error), &error).contains(booked));
        QCOMPARE(laiasCount(), 1);
        QVERIFY(!error.isError());
    }
};

QTEST_GUILESS_MAIN(TestWaitlistRooms)
#include "tst_waitlist_rooms.moc"
