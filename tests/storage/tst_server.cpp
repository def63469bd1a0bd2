#include "PgTestServer.h"
#include "StorageTestHelpers.h"
#include "TestDatabase.h"
#include "storage/Migrations.h"
#include "storage/Scheduler.h"
#include "storage/WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <functional>
#include <thread>

// The PostgreSQL backend's own facts, on a throwaway server (PgTestServer).
class TestServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        StorageTest::quietLogs();
        // This suite is about the server: TestDatabase makes each database there.
        qputenv("MASSAGE_DESK_TEST_BACKEND", "postgresql");
    }

    void connectsAndSetsUp()
    {
        TestDatabase t;
        QVERIFY(t.isServer());
        QVERIFY(t.db().isServer());
        QCOMPARE(t.db().schemaVersion(), Migrations::latestVersion(SqlDialect::postgresql()));
        QCOMPARE(Migrations::latestVersion(SqlDialect::postgresql()),
                 Migrations::latestVersion(SqlDialect::sqlite()));
        QCOMPARE(StorageTest::scalar(t.db(), QStringLiteral("SHOW TimeZone")).toString(),
                 QStringLiteral("UTC"));
    }

    void bothEnginesHaveTheSameTablesAndColumns()
    {
        TestDatabase server;
        QVERIFY(server.isServer());
        const auto columns = [](const Database& db, const QString& sql) {
            QStringList names;
            QSqlQuery query(db.connection());
            if (!query.exec(sql))
                qWarning("%s", qPrintable(query.lastError().text()));
            while (query.next())
                names << query.value(0).toString();
            names.sort();
            return names;
        };
        const QStringList onServer = columns(
            server.db(), QStringLiteral("SELECT table_name || '.' || column_name FROM "
                                        "information_schema.columns WHERE table_schema = "
                                        "'public' AND table_name NOT IN ('massage_desk_schema')"));
        QVERIFY(onServer.size() > 100);
        qputenv("MASSAGE_DESK_TEST_BACKEND", "sqlite");
        TestDatabase sqlite;
        qputenv("MASSAGE_DESK_TEST_BACKEND", "postgresql");
        QVERIFY(!sqlite.isServer());
        QStringList onFile = columns(
            sqlite.db(), QStringLiteral("SELECT m.name || '.' || p.name FROM sqlite_master m, "
                                        "pragma_table_info(m.name) p WHERE m.type = 'table' AND "
                                        "m.name NOT LIKE 'client_search%' AND m.name NOT LIKE "
                                        "'sqlite_%'"));
        // What only the server has: the occupied range behind the exclusion constraints and
        // the folded search key (SQLite has FTS5 for that).
        QStringList extra = onServer;
        for (const QString& name : onFile)
            extra.removeAll(name);
        QCOMPARE(extra, (QStringList{QStringLiteral("bookings.occupied"),
                                     QStringLiteral("clients.search_key")}));
        for (const QString& name : onServer)
            onFile.removeAll(name);
        QCOMPARE(onFile, QStringList());
    }

    // The server itself refuses an overlap of a therapist or a room, cleanup included, whatever
    // program writes: touching is fine, cancelled and no-show bookings free their time.
    void theServerRefusesOverlapsWhateverWrites()
    {
        TestDatabase t;
        const StorageTest::Resources r = StorageTest::addResources(t.db());
        QSqlQuery q(t.db().connection());
        const auto insert = [&](qint64 starts, qint64 therapist, qint64 room) {
            return q.exec(
                QStringLiteral("INSERT INTO bookings (client_id, service_id, therapist_id, "
                               "room_id, starts_at, minutes, cleanup_minutes, ends_at, "
                               "created_at, updated_at) VALUES (%1, %2, %3, %4, %5, 30, "
                               "10, %5 + 2400, 0, 0)")
                    .arg(r.client)
                    .arg(r.service)
                    .arg(therapist)
                    .arg(room)
                    .arg(starts));
        };
        const qint64 base = StorageTest::kBaseSlot;
        QVERIFY(insert(base, r.therapist, r.room));
        QVERIFY(!insert(base + 2399, r.therapist, r.room)); // one second into the cleanup
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("23P01"));
        QCOMPARE(t.db().errorFrom(q, QStringLiteral("book")).code, StorageError::Code::Overlap);
        QVERIFY(t.db()
                    .errorFrom(q, QStringLiteral("book"))
                    .message.contains(QLatin1String("Another desk")));
        QVERIFY(insert(base + 2400, r.therapist, r.room)); // touching
        // Another therapist in the same room, or the same therapist in another room: refused.
        QSqlQuery other(t.db().connection());
        QVERIFY(other.exec(QStringLiteral(
            "INSERT INTO therapists (display_name, created_at) VALUES ('Second', 0)")));
        const qint64 second = other.lastInsertId().toLongLong();
        QVERIFY(other.exec(
            QStringLiteral("INSERT INTO rooms (name, created_at) VALUES ('Second room', 0)")));
        const qint64 room2 = other.lastInsertId().toLongLong();
        QVERIFY(!insert(base + 60, second, r.room));
        QVERIFY(q.lastError().databaseText().contains(QLatin1String("bookings_room_no_overlap")));
        QVERIFY(!insert(base + 60, r.therapist, room2));
        QVERIFY(
            q.lastError().databaseText().contains(QLatin1String("bookings_therapist_no_overlap")));
        QVERIFY(insert(base + 60, second, room2));
        // Cancelled frees the time; bringing it back while another holds it is refused.
        QVERIFY(q.exec(QStringLiteral("UPDATE bookings SET status = 'cancelled' WHERE "
                                      "starts_at = %1")
                           .arg(base)));
        QVERIFY(insert(base, r.therapist, r.room));
        QVERIFY(!q.exec(QStringLiteral("UPDATE bookings SET status = 'booked' WHERE status = "
                                       "'cancelled'")));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("23P01"));
    }

    void sessionAndAuditTriggersHoldOnTheServer()
    {
        TestDatabase t;
        const StorageTest::Resources r = StorageTest::addResources(t.db());
        qint64 id = 0;
        StorageError error;
        QVERIFY2(Scheduler(t.db(), QTimeZone::utc())
                     .book(StorageTest::bookingAt(r, StorageTest::kBaseSlot), QString(), &id,
                           nullptr, &error),
                 qPrintable(error.message));
        QSqlQuery q(t.db().connection());
        QVERIFY(!q.exec(
            QStringLiteral("UPDATE bookings SET status = 'in_session' WHERE id = %1").arg(id)));
        QVERIFY(t.db()
                    .errorFrom(q, QStringLiteral("start"))
                    .message.contains(
                        QLatin1String("no check-in: a session starts only after its check-in")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO audit_log (at, user_name, kind, detail, "
                                      "prev_hash, hash) VALUES (0, 'x', 'y', '', 'a', 'b')")));
        for (const char* statement : {"UPDATE audit_log SET user_name = 'z'",
                                      "DELETE FROM audit_log", "TRUNCATE audit_log"}) {
            QVERIFY2(!q.exec(QString::fromLatin1(statement)), statement);
            QVERIFY2(q.lastError().databaseText().contains(QLatin1String("append-only")),
                     statement);
        }
        QCOMPARE(
            StorageTest::scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt(),
            1);
    }

    // Another desk writes while this one holds an uncommitted booking at kBaseSlot for another
    // client: its check runs before ours commits, so the server's constraint refuses its write
    // (23P01); the person still reads the scheduler's sentence (who is busy when), not the
    // server's words. `act` runs on the other desk's own connection; `prepare` on ours first.
    static void raceAgainstAHeldBooking(
        const std::function<void(TestDatabase&, const StorageTest::Resources&)>& prepare,
        const std::function<bool(Database&, const StorageTest::Resources&, StorageError*)>& act)
    {
        TestDatabase first;
        const StorageTest::Resources r = StorageTest::addResources(first.db());
        QSqlQuery q(first.db().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE therapists SET display_name = 'Marta Vidal'")));
        // Another client, so the refusal is about the therapist's time, not the client's.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO clients (full_name, consent_version, "
                                      "consent_at, created_at, updated_at) VALUES ('Other "
                                      "Client', '2026.1', 0, 0, 0) RETURNING id")) &&
                q.next());
        const qint64 otherClient = q.value(0).toLongLong();
        q.finish();
        prepare(first, r);
        const int before =
            StorageTest::scalar(first.db(), QStringLiteral("SELECT count(*) FROM bookings"))
                .toInt();
        WriteTransaction held(first.db());
        QVERIFY(held.begin(nullptr));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO bookings (client_id, service_id, therapist_id, "
                                      "room_id, starts_at, minutes, cleanup_minutes, ends_at, "
                                      "created_at, updated_at) VALUES (%1, %2, %3, %4, %5, 30, "
                                      "10, %5 + 2400, 0, 0)")
                           .arg(otherClient)
                           .arg(r.service)
                           .arg(r.therapist)
                           .arg(r.room)
                           .arg(StorageTest::kBaseSlot)));
        StorageError error;
        bool done = true;
        std::thread desk([&] {
            Database::Options options;
            options.path = first.path();
            FixedClock clock(first.clock().nowUtc());
            std::unique_ptr<Database> second = Database::open(options, clock, &error);
            if (second)
                done = act(*second, r, &error);
        });
        // Wait until the other desk's write waits on ours (the constraint's lock).
        bool waiting = false;
        for (int i = 0; i < 600 && !waiting; ++i) {
            QTest::qWait(50);
            waiting = StorageTest::scalar(first.db(),
                                          QStringLiteral("SELECT count(*) FROM pg_stat_activity "
                                                         "WHERE wait_event_type = 'Lock'"))
                          .toInt() > 0;
        }
        QVERIFY(held.commit(nullptr));
        desk.join();
        QVERIFY(waiting);
        QVERIFY(!done);
        QCOMPARE(error.code, StorageError::Code::Refused);
        QVERIFY2(error.message.startsWith(QLatin1String("Marta Vidal is busy")),
                 qPrintable(error.message));
        QCOMPARE(StorageTest::scalar(first.db(), QStringLiteral("SELECT count(*) FROM bookings"))
                     .toInt(),
                 before + 1);
        // The loser's booking stays where it was.
        QCOMPARE(
            StorageTest::scalar(first.db(), QStringLiteral("SELECT count(*) FROM bookings WHERE "
                                                           "starts_at = %1")
                                                .arg(StorageTest::kBaseSlot))
                .toInt(),
            1);
    }

    void aConcurrentDeskGetsTheSchedulersSentence()
    {
        raceAgainstAHeldBooking(
            [](TestDatabase&, const StorageTest::Resources&) {},
            [](Database& desk, const StorageTest::Resources& r, StorageError* error) {
                qint64 id = 0;
                return Scheduler(desk, QTimeZone::utc())
                    .book(StorageTest::bookingAt(r, StorageTest::kBaseSlot), QString(), &id,
                          nullptr, error);
            });
    }

    // The same for a move and a postpone onto the time another desk has just taken.
    void aConcurrentMoveOrPostponeGetsTheSchedulersSentence()
    {
        for (const bool postpone : {false, true}) {
            qint64 moved = 0;
            raceAgainstAHeldBooking(
                [&](TestDatabase& first, const StorageTest::Resources& r) {
                    qint64 id = 0;
                    StorageError error;
                    QVERIFY2(Scheduler(first.db(), QTimeZone::utc())
                                 .book(StorageTest::bookingAt(r, StorageTest::kBaseSlot + 3 * 3600),
                                       QString(), &id, nullptr, &error),
                             qPrintable(error.message));
                    moved = id;
                },
                [&](Database& desk, const StorageTest::Resources& r, StorageError* error) {
                    Scheduler scheduler(desk, QTimeZone::utc());
                    return postpone ? scheduler.postpone(moved, StorageTest::kBaseSlot, QString(),
                                                         nullptr, error)
                                    : scheduler.move(moved, StorageTest::kBaseSlot, r.therapist,
                                                     r.room, StorageTest::kSessionMinutes,
                                                     QString(), nullptr, error);
                });
        }
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
