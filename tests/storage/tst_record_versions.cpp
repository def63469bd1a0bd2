#include "StorageTestHelpers.h"
#include "TestDatabase.h"
#include "storage/ClientRepository.h"
#include "storage/DeskRegistry.h"
#include "storage/RecordVersion.h"
#include "storage/Scheduler.h"
#include "storage/ServiceRevisions.h"
#include "storage/SettingsRepository.h"
#include "storage/StaffEditor.h"
#include "storage/StaffRepository.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <chrono>
#include <future>
#include <thread>

// No lost edits (issue 11 §3): two connections to one centre (two desks) load the same record;
// the first save wins, the second is refused with who changed it and when, and changes nothing.
// On a file and, as test_storage_record_versions_pg, on a PostgreSQL server.
class TestRecordVersions : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_a; // desk A, signed in as "reception"
    FixedClock m_clockB{QDateTime(QDate(2026, 11, 25), QTime(9, 42), QTimeZone::utc())};
    std::unique_ptr<Database> m_b; // desk B, Anna, at 10:42 Madrid time
    StorageTest::Resources m_r;

    static QString annaAt1042()
    {
        return QStringLiteral("Changed by Anna at 10:42 since you opened it.");
    }

private slots:
    void initTestCase() { StorageTest::quietLogs(); }

    void init()
    {
        m_a = std::make_unique<TestDatabase>();
        m_r = StorageTest::addResources(m_a->db());
        StorageError error;
        UserRepository users(m_a->db());
        qint64 anna = 0, desk = 0;
        QVERIFY2(users.add(QStringLiteral("anna"), QStringLiteral("Anna"), Role::Manager,
                           QStringLiteral("lavender-field-71"), 0, QString(), &anna, &error),
                 qPrintable(error.message));
        m_a->db().setActor(Actor{anna, QStringLiteral("anna"), Role::Manager, 0});
        QVERIFY2(users.add(QStringLiteral("reception"), Role::Manager,
                           QStringLiteral("harbour-lights-42"), 0, QString(), &desk, &error),
                 qPrintable(error.message));
        m_a->db().setActor(Actor{desk, QStringLiteral("reception"), Role::Manager, 0});
        m_b = Database::open(TestDatabase::optionsFor(m_a->path()), m_clockB, &error);
        QVERIFY2(m_b, qPrintable(error.message));
        m_b->setActor(Actor{anna, QStringLiteral("anna"), Role::Manager, 0});
    }

    void cleanup()
    {
        m_b.reset();
        m_a.reset();
    }

    void secondClientSaveIsRefusedWithWhoAndWhen()
    {
        ClientRepository a(m_a->db()), b(*m_b);
        StorageError error;
        ClientDetails loadedA, loadedB;
        QVERIFY(a.details(m_r.client, &loadedA, &error));
        QVERIFY(b.details(m_r.client, &loadedB, &error));
        QCOMPARE(loadedA.version, loadedB.version);
        ClientRules::Input input;
        input.name = QStringLiteral("Núria from B");
        input.language = QStringLiteral("ca");
        QVERIFY2(b.update(m_r.client, input, &error, loadedB.version), qPrintable(error.message));
        input.name = QStringLiteral("Núria from A");
        input.phone = QStringLiteral("600111222");
        QVERIFY(!a.update(m_r.client, input, &error, loadedA.version));
        QCOMPARE(error.code, StorageError::Code::ChangedElsewhere);
        QCOMPARE(error.message, annaAt1042());
        QCOMPARE(error.changedBy, QStringLiteral("Anna"));
        QCOMPARE(error.changedAt, m_clockB.nowUtc().toSecsSinceEpoch());
        ClientDetails now;
        QVERIFY(a.details(m_r.client, &now, &error));
        QCOMPARE(now.name, QStringLiteral("Núria from B"));
        QCOMPARE(now.phone, QString());
        QVERIFY(now.version > loadedA.version);
        // With the version it reloads, A's save goes through.
        QVERIFY2(a.update(m_r.client, input, &error, now.version), qPrintable(error.message));
    }

    // Desk B's change is still open when A saves: A waits for it (SQLite's write lock, the
    // server's row lock) and is then refused, never writing over it.
    void aSaveRacingAnOpenChangeIsRefused()
    {
        ClientRepository a(m_a->db());
        StorageError error;
        ClientDetails loaded;
        QVERIFY(a.details(m_r.client, &loaded, &error));
        std::promise<bool> changing;
        std::thread other([this, &changing] {
            FixedClock clock(m_clockB.nowUtc());
            StorageError e;
            auto b = Database::open(TestDatabase::optionsFor(m_a->path()), clock, &e);
            bool ok = b != nullptr;
            if (ok) {
                WriteTransaction transaction(*b);
                QSqlQuery query(b->connection());
                ok = transaction.begin(&e) &&
                     query.exec(QStringLiteral("UPDATE clients SET full_name = 'From B', "
                                               "changed_by = 'Anna', changed_at = %1 WHERE id = %2")
                                    .arg(TestTimes::sql(*b, clock.nowSecs()))
                                    .arg(m_r.client));
                query.finish();
                changing.set_value(ok);
                std::this_thread::sleep_for(std::chrono::milliseconds(300)); // A is waiting
                ok = ok && transaction.commit(&e);
            } else {
                changing.set_value(false);
            }
        });
        const bool started = changing.get_future().get();
        ClientRules::Input input;
        input.name = QStringLiteral("From A");
        input.language = QStringLiteral("ca");
        const bool saved = a.update(m_r.client, input, &error, loaded.version);
        other.join();
        QVERIFY(started);
        QVERIFY(!saved);
        QCOMPARE(error.code, StorageError::Code::ChangedElsewhere);
        QCOMPARE(error.message, annaAt1042());
        ClientDetails now;
        QVERIFY(a.details(m_r.client, &now, &error));
        QCOMPARE(now.name, QStringLiteral("From B"));
    }

    // Any change of the row raises its version, also one that no editor made (the consent).
    void everyChangeRaisesTheVersion()
    {
        ClientRepository a(m_a->db()), b(*m_b);
        StorageError error;
        ClientDetails loaded;
        QVERIFY(a.details(m_r.client, &loaded, &error));
        QVERIFY(b.withdrawConsent(m_r.client, &error));
        ClientRules::Input input;
        input.name = QStringLiteral("Test Client");
        input.language = QStringLiteral("ca");
        QVERIFY(!a.update(m_r.client, input, &error, loaded.version));
        QCOMPARE(error.code, StorageError::Code::ChangedElsewhere);
    }

    void secondTherapistOrRoomSaveIsRefused_data()
    {
        QTest::addColumn<QString>("table");
        QTest::newRow("therapist") << QStringLiteral("therapists");
        QTest::newRow("room") << QStringLiteral("rooms");
    }

    void secondTherapistOrRoomSaveIsRefused()
    {
        QFETCH(QString, table);
        const bool rooms = table == QLatin1String("rooms");
        const qint64 id = rooms ? m_r.room : m_r.therapist;
        const auto loaded = [&](Database& db) {
            StorageError e;
            StaffRepository staff(db);
            if (rooms) {
                for (const Room& r : staff.rooms(&e))
                    if (r.id == id)
                        return r.version;
            } else {
                for (const Therapist& t : staff.therapists(&e))
                    if (t.id == id)
                        return t.version;
            }
            return qint64(-2);
        };
        const qint64 versionA = loaded(m_a->db());
        const qint64 versionB = loaded(*m_b);
        QVERIFY(versionA > 0);
        StaffEditor::Details fromB{
            table, id, versionB, QStringLiteral("Name from B"), true, {m_r.serviceCode}, false, {}};
        StorageError error;
        QVERIFY2(StaffEditor(*m_b).save(fromB, &error), qPrintable(error.message));
        StaffEditor::Details fromA{table, id, versionA, QStringLiteral("Name from A"),
                                   false, {}, !rooms,   {}};
        QVERIFY(!StaffEditor(m_a->db()).save(fromA, &error));
        QCOMPARE(error.code, StorageError::Code::ChangedElsewhere);
        QCOMPARE(error.message, annaAt1042());
        // Nothing of A's save: the name, the active flag, the services and the shifts stay.
        StaffRepository staff(m_a->db());
        const QString name = rooms ? staff.rooms(&error).constFirst().name
                                   : staff.therapists(&error).constFirst().name;
        QCOMPARE(name, QStringLiteral("Name from B"));
        const QStringList codes = rooms ? staff.rooms(&error).constFirst().serviceCodes
                                        : staff.therapists(&error).constFirst().serviceCodes;
        QCOMPARE(codes, QStringList{m_r.serviceCode});
        if (!rooms)
            QCOMPARE(StaffEditor(m_a->db()).shifts(id, &error).size(), 7);
    }

    void secondSettingSaveIsRefused()
    {
        SettingsRepository a(m_a->db()), b(*m_b);
        const auto loadedA = a.load(SettingKeys::kCentreName);
        const auto loadedB = b.load(SettingKeys::kCentreName);
        QCOMPARE(loadedA.version, 0); // the default, no row yet
        StorageError error;
        QVERIFY2(b.setValue(SettingKeys::kCentreName, QStringLiteral("Centre B"), &error,
                            loadedB.version),
                 qPrintable(error.message));
        // A saves the centre's name with the time zone, all or nothing.
        const auto zone = a.load(SettingKeys::kTimeZone);
        QVERIFY(
            !a.setValues({{&SettingKeys::kTimeZone, QStringLiteral("Europe/London"), zone.version},
                          {&SettingKeys::kCentreName, QStringLiteral("Centre A"), loadedA.version}},
                         &error));
        QCOMPARE(error.code, StorageError::Code::ChangedElsewhere);
        QCOMPARE(error.message, annaAt1042());
        QCOMPARE(a.value(SettingKeys::kCentreName), QStringLiteral("Centre B"));
        QCOMPARE(a.value(SettingKeys::kTimeZone), QStringLiteral("Europe/Madrid"));
        // A second change of an existing row is checked the same way.
        const auto reloaded = a.load(SettingKeys::kCentreName);
        QVERIFY(reloaded.version >= 1);
        QVERIFY(a.setValue(SettingKeys::kCentreName, QStringLiteral("Centre A"), &error,
                           reloaded.version));
        QVERIFY(!b.setValue(SettingKeys::kCentreName, QStringLiteral("Centre B2"), &error,
                            reloaded.version));
        QCOMPARE(error.code, StorageError::Code::ChangedElsewhere);
        QCOMPARE(error.changedBy, QStringLiteral("reception"));
        QCOMPARE(error.message,
                 QStringLiteral("Changed by reception at 10:00 since you opened it."));
    }

    void secondServiceSaveIsRefused()
    {
        ServiceRevisions a(m_a->db()), b(*m_b);
        StorageError error;
        const qint64 service = a.idForCode(m_r.serviceCode, &error);
        ServiceRevision loadedA, loadedB;
        QVERIFY(a.latest(service, &loadedA, &error));
        QVERIFY(b.latest(service, &loadedB, &error));
        ServiceContent fromB = loadedB.content;
        fromB.cleanupMinutes = 15;
        ServiceRevisions::SaveResult result;
        QVERIFY2(
            b.saveDraft(service, loadedB.revision, fromB, QStringLiteral("Anna"), &result, &error),
            qPrintable(error.message));
        ServiceContent fromA = loadedA.content;
        fromA.cleanupMinutes = 20;
        QVERIFY(!a.saveDraft(service, loadedA.revision, fromA, QStringLiteral("reception"), &result,
                             &error));
        QCOMPARE(error.code, StorageError::Code::ChangedElsewhere);
        QCOMPARE(error.message, annaAt1042());
        ServiceRevision now;
        QVERIFY(a.latest(service, &now, &error));
        QCOMPARE(now.content.cleanupMinutes, 15);
        QCOMPARE(now.revision, loadedA.revision + 1);
    }

    void moveOfABookingMovedOrCancelledElsewhereIsRefused_data()
    {
        QTest::addColumn<bool>("cancel");
        QTest::newRow("moved") << false;
        QTest::newRow("cancelled") << true;
    }

    void moveOfABookingMovedOrCancelledElsewhereIsRefused()
    {
        QFETCH(bool, cancel);
        const QTimeZone zone("Europe/Madrid");
        Scheduler a(m_a->db(), zone), b(*m_b, zone);
        StorageError error;
        qint64 id = 0;
        const qint64 slot = StorageTest::kBaseSlot;
        QVERIFY2(a.book(StorageTest::bookingAt(m_r, slot), QString(), &id, nullptr, &error),
                 qPrintable(error.message));
        const auto versionOn = [&](Database& db) {
            return StorageTest::scalar(db, QStringLiteral("SELECT version FROM bookings WHERE "
                                                          "id = %1")
                                               .arg(id))
                .toLongLong();
        };
        const qint64 loadedA = versionOn(m_a->db());
        if (cancel)
            QVERIFY(b.cancel(id, QStringLiteral("Client phoned"), QStringLiteral("anna"), &error));
        else
            QVERIFY2(b.move(id, slot + 2 * StorageTest::kSlotSecs, m_r.therapist, m_r.room,
                            StorageTest::kSessionMinutes, QStringLiteral("anna"), nullptr, &error,
                            versionOn(*m_b)),
                     qPrintable(error.message));
        const qint64 startsAfterB = TestTimes::secs(StorageTest::scalar(
            m_a->db(), QStringLiteral("SELECT starts_at FROM bookings WHERE id = %1").arg(id)));
        QVERIFY(!a.move(id, slot + StorageTest::kSlotSecs, m_r.therapist, m_r.room,
                        StorageTest::kSessionMinutes, QStringLiteral("reception"), nullptr, &error,
                        loadedA));
        QCOMPARE(error.code, StorageError::Code::ChangedElsewhere);
        QCOMPARE(error.cancelledElsewhere, cancel);
        QCOMPARE(error.message, cancel ? QStringLiteral("Cancelled by Anna at 10:42 since you "
                                                        "opened it.")
                                       : annaAt1042());
        QCOMPARE(
            TestTimes::secs(StorageTest::scalar(
                m_a->db(), QStringLiteral("SELECT starts_at FROM bookings WHERE id = %1").arg(id))),
            startsAfterB);
        // The CLI's one-shot move (nothing loaded before) is not checked.
        if (!cancel)
            QVERIFY2(a.move(id, slot + StorageTest::kSlotSecs, m_r.therapist, m_r.room,
                            StorageTest::kSessionMinutes, QStringLiteral("reception"), nullptr,
                            &error),
                     qPrintable(error.message));
    }

    void sentenceSaysTheDateOnAnotherDay()
    {
        const QTimeZone zone("Europe/Madrid");
        const qint64 now =
            QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc()).toSecsSinceEpoch();
        QCOMPARE(RecordVersion::sentence(QStringLiteral("Anna"), now - 86400, now, zone),
                 QStringLiteral("Changed by Anna at 24/11/2026 10:00 since you opened it."));
        QCOMPARE(RecordVersion::sentence(QString(), 0, now, zone),
                 QStringLiteral("Changed at another desk since you opened it."));
    }

    // Settings > Desks: two desks connected, one leaves cleanly, one goes quiet.
    void desksConnectedNow()
    {
        StorageError error;
        DeskRegistry a(m_a->db()), b(*m_b);
        qint64 deskA = 0, deskB = 0;
        QVERIFY2(
            a.announce(QStringLiteral("reception-pc"), QStringLiteral("reception"), &deskA, &error),
            qPrintable(error.message));
        QVERIFY(b.announce(QStringLiteral("room-2"), QString(), &deskB, &error));
        QVERIFY(deskA != deskB);
        QList<Desk> seen = a.connected(&error);
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen.at(0).hostName, QStringLiteral("reception-pc"));
        QCOMPARE(seen.at(0).userName, QStringLiteral("reception"));
        QCOMPARE(seen.at(1).hostName, QStringLiteral("room-2"));
        QCOMPARE(seen.at(1).userName, QString());
        // B signs in (at 09:42 on its clock); three minutes later only A has kept its heartbeat.
        QVERIFY(b.heartbeat(&deskB, QStringLiteral("room-2"), QStringLiteral("anna"), &error));
        QCOMPARE(a.connected(&error).at(1).userName, QStringLiteral("anna"));
        m_a->clock().set(m_clockB.nowUtc().addSecs(180));
        QVERIFY(a.heartbeat(&deskA, QStringLiteral("reception-pc"), QStringLiteral("reception"),
                            &error));
        seen = a.connected(&error);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.at(0).id, deskA);
        // A clean exit removes the row; a heartbeat after that lists the desk again.
        QVERIFY(a.leave(deskA, &error));
        QCOMPARE(a.connected(&error).size(), 0);
        const qint64 old = deskA;
        QVERIFY(a.heartbeat(&deskA, QStringLiteral("reception-pc"), QStringLiteral("reception"),
                            &error));
        QVERIFY(deskA != old);
        QCOMPARE(a.connected(&error).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRecordVersions)
#include "tst_record_versions.moc"
