#include "FrontDeskCentre.h"
#include "TestDatabase.h"
#include "storage/BookingRepository.h"
#include "storage/CallRepository.h"
#include "storage/ClientDataRights.h"
#include "storage/ReportRepository.h"
#include "storage/Scheduler.h"
#include "storage/SettingsRepository.h"
#include "storage/TherapistHours.h"
#include "storage/WaitlistRepository.h"

#include <QTest>

// The waitlist and the day-before calls (issue 12 §2–§4) through the storage API, on SQLite and
// (test_storage_waitlist_pg) on PostgreSQL: entries kept and refused, offered to freed slots in
// order, gone when booked or expired; the client's booking record; call statuses, a call that
// cancels through the scheduler.
class TestWaitlist : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FrontDeskCentre> m_centre;
    QTimeZone m_zone{"Europe/Madrid"};
    qint64 m_nuria = 0, m_pau = 0, m_anna = 0, m_marta = 0, m_jordi = 0;

    WaitlistEntry entry(qint64 client, const QString& code = QStringLiteral("leg"))
    {
        WaitlistEntry e;
        e.clientId = client;
        e.serviceCode = code;
        return e;
    }

    qint64 add(const WaitlistEntry& e, StorageError* error = nullptr)
    {
        StorageError ignored;
        qint64 id = 0;
        WaitlistRepository(m_db->db(), m_zone).add(e, &id, error ? error : &ignored);
        return id;
    }

    QList<qint64> ids(const QList<WaitlistEntry>& entries)
    {
        QList<qint64> found;
        for (const WaitlistEntry& e : entries)
            found << e.id;
        return found;
    }

    QList<WaitlistEntry> list(const WaitlistRepository::Filter& filter = {})
    {
        StorageError error;
        const QList<WaitlistEntry> found =
            WaitlistRepository(m_db->db(), m_zone).list(filter, QStringLiteral("en"), &error);
        if (error)
            qWarning("list: %s", qPrintable(error.message));
        return found;
    }

    QList<FreeWaiting> freeOf(qint64 therapist, const QDate& first = QDate(2026, 11, 2),
                              int days = 7)
    {
        StorageError error;
        const qint64 from = QDateTime(first, QTime(0, 0), m_zone).toSecsSinceEpoch();
        const qint64 to = QDateTime(first.addDays(days), QTime(0, 0), m_zone).toSecsSinceEpoch();
        const QList<AgendaEntry> agenda =
            BookingRepository(m_db->db(), m_zone).agenda(from, to, QStringLiteral("en"), &error);
        const auto working = TherapistHours::load(m_db->db(), first, days, m_zone, &error);
        const CalendarWaiting waiting =
            WaitlistRepository(m_db->db(), m_zone).waiting(agenda, working, &error);
        if (error)
            qWarning("waiting: %s", qPrintable(error.message));
        QList<FreeWaiting> theirs;
        for (const FreeWaiting& f : waiting.free)
            if (f.slot.therapistId == therapist)
                theirs << f;
        return theirs;
    }

private slots:
    void init()
    {
        // Monday 2026-11-02, 08:00 in Madrid.
        m_db = std::make_unique<TestDatabase>(
            true, QDateTime(QDate(2026, 11, 2), QTime(7, 0), QTimeZone::utc()));
        m_centre = std::make_unique<FrontDeskCentre>(*m_db);
        m_marta = m_centre->marta;
        m_jordi = m_centre->jordi;
        m_nuria = m_centre->client(QStringLiteral("Núria Puig"), QStringLiteral("612 34 56 78"));
        m_pau = m_centre->client(QStringLiteral("Pau Soler"));
        m_anna = m_centre->client(QStringLiteral("Anna Roca"));
    }

    void addListUpdateRemove()
    {
        WaitlistEntry e = entry(m_nuria);
        e.therapistIds = {m_marta};
        e.weekdays = 1 | 4; // Monday, Wednesday
        e.windows = {WaitlistWindow{540, 780}, WaitlistWindow{960, 1140}};
        e.urgent = true;
        e.note = QStringLiteral("Prefers the morning; any room");
        e.until = QDate(2026, 11, 30);
        StorageError error;
        const qint64 id = add(e, &error);
        QVERIFY2(id > 0, qPrintable(error.message));
        QList<WaitlistEntry> found = list();
        QCOMPARE(found.size(), 1);
        const WaitlistEntry& got = found.first();
        QCOMPARE(got.id, id);
        QCOMPARE(got.clientName, QStringLiteral("Núria Puig"));
        QCOMPARE(got.serviceCode, QStringLiteral("leg"));
        QVERIFY(got.sessionMinutes > 0);
        QCOMPARE(got.therapistIds, QList<qint64>{m_marta});
        QCOMPARE(got.therapistNames, QStringList{QStringLiteral("Marta Vidal")});
        QCOMPARE(got.weekdays, 1 | 4);
        QCOMPARE(got.windows, e.windows);
        QVERIFY(got.urgent);
        QCOMPARE(got.note, e.note);
        QCOMPARE(got.until, e.until);
        QCOMPARE(got.createdAt, m_db->clock().nowSecs());

        WaitlistEntry changed = got;
        changed.therapistIds.clear();
        changed.windows.clear();
        changed.urgent = false;
        changed.serviceCode = QStringLiteral("sports");
        QVERIFY(WaitlistRepository(m_db->db(), m_zone).update(changed, &error));
        found = list();
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().therapistIds.isEmpty());
        QVERIFY(found.first().windows.isEmpty());
        QCOMPARE(found.first().serviceCode, QStringLiteral("sports"));
        QVERIFY(!found.first().urgent);

        QVERIFY(WaitlistRepository(m_db->db(), m_zone).remove(id, &error));
        QVERIFY(list().isEmpty());
        QCOMPARE(m_centre->scalar(QStringLiteral("SELECT count(*) FROM waitlist_windows")), 0);
        QVERIFY(!WaitlistRepository(m_db->db(), m_zone).remove(id, &error));
        QCOMPARE(error.code, StorageError::Code::NotFound);
    }

    void notesStoredExactly_data()
    {
        QTest::addColumn<QString>("note");
        QTest::newRow("sql") << QStringLiteral("'); DELETE FROM waitlist; --");
        QTest::newRow("emoji") << QStringLiteral(
            "Prefers \U0001F9D8 mornings \U0001F468\u200D\U0001F469\u200D\U0001F467");
        QTest::newRow("right to left") << QStringLiteral("\u05E9\u05DC\u05D5\u05DD call after 5");
        QTest::newRow("lines") << QStringLiteral("Line one\nLine two\twith a tab");
        QTest::newRow("at the limit") << QString(WaitlistRepository::kMaxNote, QChar(0xE9));
    }

    void notesStoredExactly()
    {
        QFETCH(QString, note);
        WaitlistEntry e = entry(m_nuria);
        e.note = note;
        StorageError error;
        const qint64 id = add(e, &error);
        QVERIFY2(id > 0, qPrintable(error.message));
        WaitlistEntry got;
        QVERIFY(
            WaitlistRepository(m_db->db(), m_zone).find(id, &got, QStringLiteral("en"), &error));
        QCOMPARE(got.note, note);
    }

    void refusals_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown client") << 0 << "client";
        QTest::newRow("unknown service") << 1 << "service";
        QTest::newRow("unknown therapist") << 2 << "therapist";
        QTest::newRow("last day passed") << 3 << "passed";
        QTest::newRow("control character in the note") << 4 << "note";
        QTest::newRow("reversed window") << 5 << "time of day";
        QTest::newRow("note too long") << 6 << "note";
    }

    void refusals()
    {
        QFETCH(int, which);
        QFETCH(QString, says);
        WaitlistEntry e = entry(m_nuria);
        switch (which) {
        case 0:
            e.clientId = 9999;
            break;
        case 1:
            e.serviceCode = QStringLiteral("'; DROP TABLE waitlist; --");
            break;
        case 2:
            e.therapistIds = {9999};
            break;
        case 3:
            e.until = QDate(2026, 11, 1);
            break;
        case 4:
            e.note = QStringLiteral("call me");
            e.note[4] = QChar(0);
            break;
        case 5:
            e.windows = {WaitlistWindow{780, 540}};
            break;
        case 6:
            e.note = QString(WaitlistRepository::kMaxNote + 1, QLatin1Char('x'));
            break;
        }
        StorageError error;
        QCOMPARE(add(e, &error), 0);
        QVERIFY(error.isError());
        QVERIFY2(error.message.contains(says, Qt::CaseInsensitive), qPrintable(error.message));
        QVERIFY(!error.message.contains(QLatin1String("SQL"))); // a sentence, not the driver
        QCOMPARE(m_centre->scalar(QStringLiteral("SELECT count(*) FROM waitlist")), 0);
    }

    void urgentFirstThenOldest()
    {
        const qint64 first = add(entry(m_nuria));
        m_centre->setNow(QStringLiteral("2026-11-02 09:00"));
        WaitlistEntry urgent = entry(m_pau);
        urgent.urgent = true;
        const qint64 second = add(urgent);
        m_centre->setNow(QStringLiteral("2026-11-02 10:00"));
        const qint64 third = add(entry(m_anna));
        QCOMPARE(ids(list()), (QList<qint64>{second, first, third}));
        WaitlistRepository::Filter urgentOnly;
        urgentOnly.urgentOnly = true;
        QCOMPARE(ids(list(urgentOnly)), QList<qint64>{second});
    }

    void filters()
    {
        WaitlistEntry withMarta = entry(m_nuria);
        withMarta.therapistIds = {m_marta};
        const qint64 marta = add(withMarta);
        WaitlistEntry withJordi = entry(m_pau, QStringLiteral("sports"));
        withJordi.therapistIds = {m_jordi};
        const qint64 jordi = add(withJordi);
        const qint64 any = add(entry(m_anna));
        WaitlistRepository::Filter f;
        f.therapistId = m_marta;
        QCOMPARE(ids(list(f)), (QList<qint64>{marta, any}));
        f = {};
        f.serviceId =
            m_centre->scalar(QStringLiteral("SELECT id FROM services WHERE code = 'sports'"));
        QCOMPARE(ids(list(f)), QList<qint64>{jordi});
    }

    void expiredEntriesGo()
    {
        WaitlistEntry e = entry(m_nuria);
        e.until = QDate(2026, 11, 3);
        const qint64 id = add(e);
        QVERIFY(id > 0);
        QCOMPARE(list().size(), 1);
        m_centre->setNow(QStringLiteral("2026-11-03 19:00")); // still the last day
        QCOMPARE(list().size(), 1);
        m_centre->setNow(QStringLiteral("2026-11-04 08:00"));
        // Not offered, and cleaned up when the list is read.
        StorageError error;
        const FreeSlot slot{QDate(2026, 11, 4), 600, 720, m_marta};
        QVERIFY(WaitlistRepository(m_db->db(), m_zone)
                    .offers(slot, QStringLiteral("en"), &error)
                    .isEmpty());
        QVERIFY(list().isEmpty());
        QCOMPARE(m_centre->scalar(QStringLiteral("SELECT count(*) FROM waitlist")), 0);
    }

    void bookingTheServiceFulfils()
    {
        const qint64 nuriaLeg = add(entry(m_nuria));
        const qint64 nuriaSports = add(entry(m_nuria, QStringLiteral("sports")));
        const qint64 pauLeg = add(entry(m_pau));
        // Another service, booked any way: only that entry goes.
        QVERIFY(m_centre->book(m_nuria, QStringLiteral("2026-11-05 10:00"), 0,
                               QStringLiteral("sports")) > 0);
        QCOMPARE(ids(list()), (QList<qint64>{nuriaLeg, pauLeg}));
        QVERIFY(m_centre->book(m_nuria, QStringLiteral("2026-11-06 10:00")) > 0);
        QCOMPARE(ids(list()), QList<qint64>{pauLeg});
        // A refused booking changes nothing, the entry included.
        QCOMPARE(m_centre->book(m_pau, QStringLiteral("2026-11-06 22:00")), 0);
        QCOMPARE(ids(list()), QList<qint64>{pauLeg});
        Q_UNUSED(nuriaSports);
    }

    void freedSlotOffersItsMatches()
    {
        const qint64 booking = m_centre->book(m_pau, QStringLiteral("2026-11-05 10:00"), m_marta,
                                              QStringLiteral("leg"));
        QVERIFY(booking > 0);
        const qint64 old = add(entry(m_nuria));
        m_centre->setNow(QStringLiteral("2026-11-02 09:00"));
        WaitlistEntry urgent = entry(m_anna);
        urgent.urgent = true;
        urgent.therapistIds = {m_marta};
        const qint64 second = add(urgent);
        WaitlistEntry otherTherapist = entry(m_pau, QStringLiteral("sports"));
        otherTherapist.therapistIds = {m_jordi};
        add(otherTherapist);
        WaitlistEntry afternoon = entry(m_pau, QStringLiteral("sports"));
        afternoon.windows = {WaitlistWindow{15 * 60, 19 * 60}};
        add(afternoon);

        StorageError error;
        WaitlistRepository waitlist(m_db->db(), m_zone);
        BookingRepository bookings(m_db->db(), m_zone);
        const qint64 from = m_centre->at(QStringLiteral("2026-11-05 00:00"));
        const qint64 to = m_centre->at(QStringLiteral("2026-11-06 00:00"));
        // Still booked: nothing is free.
        QVERIFY(
            waitlist.waitingForFreed(bookings.agenda(from, to, "en", &error), &error).isEmpty());
        QVERIFY(Scheduler(m_db->db(), m_zone)
                    .cancel(booking, QStringLiteral("Client is ill"), QString(), &error));
        const QList<AgendaEntry> agenda = bookings.agenda(from, to, QStringLiteral("en"), &error);
        QCOMPARE(agenda.size(), 1);
        QCOMPARE(waitlist.waitingForFreed(agenda, &error).value(booking), 2);
        const QList<WaitlistEntry> offered =
            waitlist.offers(waitlist.freedSlot(agenda.first()), QStringLiteral("en"), &error);
        QCOMPARE(ids(offered), (QList<qint64>{second, old}));

        // Booking the first offer takes the slot and removes that entry.
        QVERIFY(m_centre->book(m_anna, QStringLiteral("2026-11-05 10:00"), m_marta,
                               QStringLiteral("leg")) > 0);
        QVERIFY(!ids(list()).contains(second));
        QVERIFY(
            waitlist
                .waitingForFreed(bookings.agenda(from, to, QStringLiteral("en"), &error), &error)
                .isEmpty());
    }

    void clientRecord()
    {
        // Bookings made in the past, then the clock moves on.
        m_centre->setNow(QStringLiteral("2026-06-01 08:00"));
        const qint64 noShow = m_centre->book(m_nuria, QStringLiteral("2026-06-10 10:00"));
        const qint64 oldNoShow = m_centre->book(m_nuria, QStringLiteral("2026-06-03 10:00"));
        const qint64 late = m_centre->book(m_nuria, QStringLiteral("2026-07-10 10:00"));
        const qint64 early = m_centre->book(m_nuria, QStringLiteral("2026-07-20 10:00"));
        QVERIFY(noShow && oldNoShow && late && early);
        StorageError error;
        Scheduler scheduler(m_db->db(), m_zone);
        QVERIFY(scheduler.cancel(early, QStringLiteral("Holidays"), QString(), &error));
        m_centre->setNow(QStringLiteral("2026-06-03 11:00"));
        QVERIFY(scheduler.setStatus(oldNoShow, QStringLiteral("no_show"), QString(), &error));
        m_centre->setNow(QStringLiteral("2026-06-10 11:10"));
        QVERIFY(scheduler.setStatus(noShow, QStringLiteral("no_show"), QString(), &error));
        m_centre->setNow(QStringLiteral("2026-07-10 08:00")); // two hours before: late
        QVERIFY(scheduler.cancel(late, QStringLiteral("Overslept"), QString(), &error));
        add(entry(m_nuria, QStringLiteral("sports")));

        // Six months after 2026-06-05: the no-show of 06-03 has dropped out.
        m_centre->setNow(QStringLiteral("2026-12-05 09:00"));
        ClientBookingRecord record;
        QVERIFY(WaitlistRepository(m_db->db(), m_zone).clientRecord(m_nuria, &record, &error));
        QCOMPARE(record.noShows, 1);
        QCOMPARE(record.lateCancellations, 1);
        QCOMPARE(record.waiting, 1);
        QVERIFY(WaitlistRepository(m_db->db(), m_zone).clientRecord(m_pau, &record, &error));
        QCOMPARE(record.noShows + record.lateCancellations + record.waiting, 0);
    }

    // A therapist who gains working time frees slots too: a new shift, a longer one, an absence
    // taken back. Each free stretch (inside opening hours, not on a closed day, from now on,
    // less the bookings) counts the entries it matches, for services that therapist performs.
    void newShiftFreesASlot()
    {
        const qint64 laia = m_centre->insert(
            QStringLiteral(
                "INSERT INTO therapists (display_name, created_at) VALUES ('Laia Font', %1)")
                .arg(m_db->time(0)));
        m_centre->insert(QStringLiteral("INSERT INTO therapist_services SELECT %1, id FROM "
                                        "services WHERE code = 'leg'")
                             .arg(laia));
        const qint64 old = add(entry(m_nuria));
        m_centre->setNow(QStringLiteral("2026-11-02 09:00"));
        WaitlistEntry urgent = entry(m_anna);
        urgent.urgent = true;
        urgent.therapistIds = {laia};
        const qint64 second = add(urgent);
        add(entry(m_pau, QStringLiteral("sports"))); // Laia does not do sports
        WaitlistEntry marta = entry(m_pau);
        marta.therapistIds = {m_marta};
        add(marta);
        QVERIFY(freeOf(laia).isEmpty()); // no shifts yet

        // A new shift on Thursday afternoon.
        const qint64 shift = m_centre->insert(
            QStringLiteral("INSERT INTO therapist_shifts (therapist_id, weekday, start_minute, "
                           "end_minute) VALUES (%1, 4, 900, 1140)")
                .arg(laia));
        QList<FreeWaiting> free = freeOf(laia);
        QCOMPARE(free.size(), 1);
        QCOMPARE(free.at(0).slot.day, QDate(2026, 11, 5));
        QCOMPARE(free.at(0).slot.fromMinute, 900);
        QCOMPARE(free.at(0).slot.toMinute, 1140);
        QCOMPARE(free.at(0).count, 2);
        // The booking dialog at that time offers them, urgent first, then the oldest.
        WaitlistRepository waitlist(m_db->db(), m_zone);
        StorageError error;
        FreeSlot slot;
        QVERIFY(waitlist.freedSlotAt(m_centre->at(QStringLiteral("2026-11-05 16:00")), laia, &slot,
                                     &error));
        QCOMPARE(slot.fromMinute, 900);
        QCOMPARE(slot.therapistId, laia);
        QCOMPARE(ids(waitlist.offers(slot, QStringLiteral("en"), &error)),
                 (QList<qint64>{second, old}));
        // Any therapist: the time still finds a stretch that someone waits for.
        QVERIFY(waitlist.freedSlotAt(m_centre->at(QStringLiteral("2026-11-05 16:00")), 0, &slot,
                                     &error));
        QVERIFY(!waitlist.offers(slot, QStringLiteral("en"), &error).isEmpty());
        // Outside her shift: nothing of hers.
        QVERIFY(!waitlist.freedSlotAt(m_centre->at(QStringLiteral("2026-11-05 12:00")), laia, &slot,
                                      &error));
        QVERIFY(!error.isError());

        // Another shift just before it: one stretch, not two.
        const qint64 before = m_centre->insert(
            QStringLiteral("INSERT INTO therapist_shifts (therapist_id, weekday, start_minute, "
                           "end_minute) VALUES (%1, 4, 780, 900)")
                .arg(laia));
        free = freeOf(laia);
        QCOMPARE(free.size(), 1);
        QCOMPARE(free.at(0).slot.fromMinute, 780);
        QCOMPARE(free.at(0).slot.toMinute, 1140);
        m_centre->insert(QStringLiteral("DELETE FROM therapist_shifts WHERE id = %1").arg(before));

        // A longer shift: until the centre closes at 20:00, not beyond.
        m_centre->insert(
            QStringLiteral("UPDATE therapist_shifts SET end_minute = 1320 WHERE id = %1")
                .arg(shift));
        free = freeOf(laia);
        QCOMPARE(free.size(), 1);
        QCOMPARE(free.at(0).slot.toMinute, 1200);

        // Away that afternoon, then the absence is taken back.
        m_centre->insert(QStringLiteral("INSERT INTO therapist_absences (therapist_id, starts_at, "
                                        "ends_at) VALUES (%1, %2, %3)")
                             .arg(laia)
                             .arg(m_db->time(m_centre->at(QStringLiteral("2026-11-05 14:00"))))
                             .arg(m_db->time(m_centre->at(QStringLiteral("2026-11-05 21:00")))));
        QVERIFY(freeOf(laia).isEmpty());
        m_centre->insert(QStringLiteral("DELETE FROM therapist_absences"));
        QCOMPARE(freeOf(laia).size(), 1);

        // A booking takes the start of the stretch: what is left after it and its cleanup.
        const qint64 booked = m_centre->book(m_pau, QStringLiteral("2026-11-05 15:00"), laia);
        QVERIFY(booked > 0);
        free = freeOf(laia);
        QCOMPARE(free.size(), 1);
        const int cleanup = int(m_centre->scalar(
            QStringLiteral("SELECT cleanup_minutes FROM bookings WHERE id = %1").arg(booked)));
        QCOMPARE(free.at(0).slot.fromMinute, 960 + cleanup);

        // Later that day only the time still to come, from the next five minutes.
        m_centre->setNow(QStringLiteral("2026-11-05 17:02"));
        free = freeOf(laia);
        QCOMPARE(free.size(), 1);
        QCOMPARE(free.at(0).slot.fromMinute, 17 * 60 + 5);
        m_centre->setNow(QStringLiteral("2026-11-05 20:00"));
        QVERIFY(freeOf(laia).isEmpty());
        m_centre->setNow(QStringLiteral("2026-11-02 09:00"));

        // A closed day frees nothing.
        m_centre->insert(QStringLiteral("INSERT INTO closed_days (day, reason) VALUES "
                                        "('2026-11-05', 'Sant Martí')"));
        QVERIFY(freeOf(laia).isEmpty());
    }

    // The free time of a full day of shifts, split by a booking and a freed one (the freed
    // booking offers itself on its block, so its time is not counted twice).
    void freeTimeAroundBookings()
    {
        WaitlistEntry e = entry(m_nuria);
        e.therapistIds = {m_marta};
        add(e);
        const qint64 kept = m_centre->book(m_pau, QStringLiteral("2026-11-03 11:00"), m_marta);
        const qint64 freed = m_centre->book(m_anna, QStringLiteral("2026-11-03 15:00"), m_marta);
        QVERIFY(kept && freed);
        StorageError error;
        QVERIFY(Scheduler(m_db->db(), m_zone)
                    .cancel(freed, QStringLiteral("Client is ill"), QString(), &error));
        const int cleanup = int(m_centre->scalar(
            QStringLiteral("SELECT cleanup_minutes FROM bookings WHERE id = %1").arg(kept)));
        const QList<FreeWaiting> free = freeOf(m_marta, QDate(2026, 11, 3), 1);
        QCOMPARE(free.size(), 3);
        QCOMPARE(free.at(0).slot.fromMinute, 540);
        QCOMPARE(free.at(0).slot.toMinute, 660);
        QCOMPARE(free.at(1).slot.fromMinute, 720 + cleanup);
        QCOMPARE(free.at(1).slot.toMinute, 900);
        QCOMPARE(free.at(2).slot.fromMinute, 960 + cleanup);
        QCOMPARE(free.at(2).slot.toMinute, 1140);
        // Nobody waits for Jordi; the cancelled booking keeps its own mark.
        QVERIFY(freeOf(m_jordi, QDate(2026, 11, 3), 1).isEmpty());
        const qint64 from = m_centre->at(QStringLiteral("2026-11-03 00:00"));
        const qint64 to = m_centre->at(QStringLiteral("2026-11-04 00:00"));
        const QList<AgendaEntry> agenda =
            BookingRepository(m_db->db(), m_zone).agenda(from, to, QStringLiteral("en"), &error);
        QCOMPARE(
            WaitlistRepository(m_db->db(), m_zone).waitingForFreed(agenda, &error).value(freed), 1);
    }

    // The late-cancellation window is the centre's setting (24 hours unless changed); a bad
    // value is refused with a sentence and changes nothing.
    void lateCancellationWindowIsASetting()
    {
        m_centre->setNow(QStringLiteral("2026-10-01 08:00"));
        const qint64 twoHours = m_centre->book(m_nuria, QStringLiteral("2026-10-10 10:00"));
        const qint64 dayAndHalf = m_centre->book(m_nuria, QStringLiteral("2026-10-20 10:00"));
        const qint64 threeDays = m_centre->book(m_nuria, QStringLiteral("2026-10-25 10:00"));
        QVERIFY(twoHours && dayAndHalf && threeDays);
        StorageError error;
        Scheduler scheduler(m_db->db(), m_zone);
        m_centre->setNow(QStringLiteral("2026-10-10 08:00"));
        QVERIFY(scheduler.cancel(twoHours, QStringLiteral("Overslept"), QString(), &error));
        m_centre->setNow(QStringLiteral("2026-10-18 22:00"));
        QVERIFY(scheduler.cancel(dayAndHalf, QStringLiteral("Work"), QString(), &error));
        m_centre->setNow(QStringLiteral("2026-10-22 10:00"));
        QVERIFY(scheduler.cancel(threeDays, QStringLiteral("Holidays"), QString(), &error));
        m_centre->setNow(QStringLiteral("2026-11-02 08:00"));

        const auto late = [&] {
            ClientBookingRecord record;
            StorageError readError;
            if (!WaitlistRepository(m_db->db(), m_zone).clientRecord(m_nuria, &record, &readError))
                return -1;
            return record.lateCancellations;
        };
        // The reports count them the same way, for the sessions of the period.
        const auto reported = [&] {
            Report report;
            StorageError readError;
            if (!ReportRepository(m_db->db(), m_zone)
                     .build(QDate(2026, 10, 1), QDate(2026, 10, 31), QStringLiteral("en"), &report,
                            &readError, ReportRepository::Detail::Totals))
                qWarning("report: %s", qPrintable(readError.message));
            return QPair<int, int>(report.cancelled, report.lateCancelled);
        };
        SettingsRepository settings(m_db->db());
        QCOMPARE(settings.lateCancelHours(), 24);
        QCOMPARE(late(), 1);
        QCOMPARE(reported(), qMakePair(3, 1));
        QVERIFY2(settings.setValue(SettingKeys::kLateCancelHours, QStringLiteral("48"), &error),
                 qPrintable(error.message));
        QCOMPARE(settings.lateCancelHours(), 48);
        QCOMPARE(late(), 2);
        QCOMPARE(reported(), qMakePair(3, 2));
        QVERIFY(settings.setValue(SettingKeys::kLateCancelHours, QStringLiteral("96"), &error));
        QCOMPARE(late(), 3);
        QCOMPARE(reported(), qMakePair(3, 3));
        QVERIFY(settings.setValue(SettingKeys::kLateCancelHours, QStringLiteral("1"), &error));
        QCOMPARE(late(), 0);
        QCOMPARE(reported(), qMakePair(3, 0));

        for (const QString& bad : {QStringLiteral("0"), QStringLiteral("-5"), QStringLiteral(""),
                                   QStringLiteral("twelve"), QStringLiteral("2.5"),
                                   QStringLiteral("100000"), QStringLiteral("337")}) {
            error = {};
            QVERIFY2(!settings.setValue(SettingKeys::kLateCancelHours, bad, &error),
                     qPrintable(bad));
            QCOMPARE(error.code, StorageError::Code::Refused);
            QVERIFY2(error.message.contains(QLatin1String("late cancellation")),
                     qPrintable(error.message));
            QCOMPARE(settings.value(SettingKeys::kLateCancelHours), QStringLiteral("1"));
        }
        QCOMPARE(late(), 0);
        // A value stored some other way that makes no sense: the default, not a crash.
        m_centre->insert(QStringLiteral("UPDATE settings SET value = 'x' WHERE key = '%1'")
                             .arg(QLatin1String(SettingKeys::kLateCancelHours.key)));
        QCOMPARE(settings.lateCancelHours(), 24);
        QCOMPARE(late(), 1);
    }

    void erasureTakesTheClientsEntries()
    {
        WaitlistEntry e = entry(m_nuria);
        e.note = QStringLiteral("Núria's knee: ask before booking");
        e.windows = {WaitlistWindow{540, 780}};
        QVERIFY(add(e) > 0);
        const qint64 other = add(entry(m_pau));
        ClientDataRights::ErasureResult result;
        StorageError error;
        QVERIFY2(ClientDataRights(m_db->db()).eraseClient(m_nuria, &result, &error),
                 qPrintable(error.message));
        QCOMPARE(ids(list()), QList<qint64>{other});
        QCOMPARE(m_centre->scalar(QStringLiteral("SELECT count(*) FROM waitlist_windows")), 0);
        // And an erased client cannot be put back on it.
        QCOMPARE(add(entry(m_nuria), &error), 0);
        QCOMPARE(error.code, StorageError::Code::NotFound);
    }

    void callsOfTheDay()
    {
        const qint64 first = m_centre->book(m_nuria, QStringLiteral("2026-11-03 10:00"), m_marta,
                                            QStringLiteral("leg"));
        const qint64 second = m_centre->book(m_pau, QStringLiteral("2026-11-03 12:00"), m_marta,
                                             QStringLiteral("leg"));
        const qint64 otherDay = m_centre->book(m_anna, QStringLiteral("2026-11-04 10:00"));
        QVERIFY(first && second && otherDay);
        CallRepository calls(m_db->db(), m_zone);
        StorageError error;
        QList<CallListLine> lines = calls.callList(QDate(2026, 11, 3), "en", &error);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).clientName, QStringLiteral("Núria Puig"));
        QCOMPARE(lines.at(0).phone, QStringLiteral("612 34 56 78"));
        QCOMPARE(lines.at(0).therapistName, QStringLiteral("Marta Vidal"));
        QCOMPARE(lines.at(0).startsAt, m_centre->at(QStringLiteral("2026-11-03 10:00")));
        QVERIFY(lines.at(0).callStatus.isEmpty());

        QVERIFY2(calls.record(first, QStringLiteral("confirmed"), QString(), QStringLiteral("rita"),
                              &error),
                 qPrintable(error.message));
        QVERIFY(calls.record(second, QStringLiteral("no_answer"), QString(), QString(), &error));
        // The latest call counts.
        QVERIFY(calls.record(second, QStringLiteral("left_message"), QString(), QString(), &error));
        QVERIFY(!calls.record(second, QStringLiteral("maybe"), QString(), QString(), &error));
        QCOMPARE(error.code, StorageError::Code::Refused);
        QVERIFY(!calls.record(second, QStringLiteral("cancelled"), QStringLiteral("  "), QString(),
                              &error));
        QCOMPARE(m_centre->scalar(
                     QStringLiteral("SELECT count(*) FROM bookings WHERE status = 'cancelled'")),
                 0);
        QVERIFY(!calls.record(9999, QStringLiteral("confirmed"), QString(), QString(), &error));

        const QHash<qint64, QString> statuses =
            calls.statusesBetween(m_centre->at(QStringLiteral("2026-11-03 00:00")),
                                  m_centre->at(QStringLiteral("2026-11-04 00:00")), &error);
        QCOMPARE(statuses.value(first), QStringLiteral("confirmed"));
        QCOMPARE(statuses.value(second), QStringLiteral("left_message"));
        QCOMPARE(statuses.size(), 2);
        lines = calls.callList(QDate(2026, 11, 3), "en", &error);
        QCOMPARE(lines.at(0).calledBy, QStringLiteral("rita"));

        // Cancelled on the call: the booking is cancelled with the reason, and stays listed.
        QVERIFY(calls.record(second, QStringLiteral("cancelled"), QStringLiteral("Has a cold"),
                             QString(), &error));
        QCOMPARE(m_centre->scalar(
                     QStringLiteral("SELECT count(*) FROM bookings WHERE id = %1 AND status = "
                                    "'cancelled' AND status_reason = 'Has a cold'")
                         .arg(second)),
                 1);
        lines = calls.callList(QDate(2026, 11, 3), "en", &error);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(1).callStatus, QStringLiteral("cancelled"));
        // Nothing left to confirm on a cancelled booking.
        QVERIFY(!calls.record(second, QStringLiteral("confirmed"), QString(), QString(), &error));
        QCOMPARE(calls.callList(QDate(2026, 11, 3), "en", &error).at(1).callStatus,
                 QStringLiteral("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestWaitlist)
#include "tst_waitlist.moc"
