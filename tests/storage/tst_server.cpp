#include "PgTestServer.h"
#include "StorageTestHelpers.h"
#include "TestDatabase.h"
#include "core/LocalTime.h"
#include "storage/ClientRepository.h"
#include "storage/ClientSearchIndex.h"
#include "storage/Migrations.h"
#include "storage/Scheduler.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <QUrl>
#include <functional>
#include <thread>

// The PostgreSQL backend's own facts, on a throwaway server (PgTestServer).
class TestServer : public QObject
{
    Q_OBJECT

    // The schema as the versions before `version` left it, applied as Migrations applies it,
    // each version recorded; empty when a migration cannot be read.
    static QStringList schemaBefore(int version)
    {
        const QDir folder(SqlDialect::postgresql().migrationsFolder());
        QStringList script;
        for (const QString& file :
             folder.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            const int number = file.left(4).toInt();
            if (number >= version)
                continue;
            QFile migration(folder.filePath(file));
            if (!migration.open(QIODevice::ReadOnly))
                return {};
            script << Migrations::splitStatements(QString::fromUtf8(migration.readAll()))
                   << SqlDialect::postgresql().recordVersion(number, Database::kApplicationId);
        }
        return script;
    }

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
        // What only the server has: the occupied range behind the exclusion constraints, the
        // folded search key and the words in name order (SQLite has FTS5 for those two).
        QStringList extra = onServer;
        for (const QString& name : onFile)
            extra.removeAll(name);
        QCOMPARE(extra, (QStringList{QStringLiteral("bookings.occupied"),
                                     QStringLiteral("client_words.client_id"),
                                     QStringLiteral("client_words.full_name"),
                                     QStringLiteral("client_words.word"),
                                     QStringLiteral("clients.search_key")}));
        for (const QString& name : onServer)
            onFile.removeAll(name);
        QCOMPARE(onFile, QStringList());

        // Times (migration 15): every time column is a timestamptz on the server and an integer
        // of seconds in a file, the same columns on both; no other column is a time.
        const QString timeName =
            QStringLiteral("(%1 LIKE '%\\_at' ESCAPE '\\' OR %1 IN ('at', 'locked_until'))");
        const QStringList serverTimes = columns(
            server.db(), QStringLiteral("SELECT table_name || '.' || column_name FROM "
                                        "information_schema.columns WHERE table_schema = "
                                        "'public' AND data_type = 'timestamp with time zone'"));
        QCOMPARE(
            serverTimes,
            columns(server.db(), QStringLiteral("SELECT table_name || '.' || column_name FROM "
                                                "information_schema.columns WHERE table_schema = "
                                                "'public' AND ") +
                                     timeName.arg(QStringLiteral("column_name"))));
        QVERIFY(serverTimes.size() > 30);
        QVERIFY(serverTimes.contains(QStringLiteral("bookings.starts_at")));
        QCOMPARE(columns(sqlite.db(),
                         QStringLiteral("SELECT m.name || '.' || p.name FROM sqlite_master m, "
                                        "pragma_table_info(m.name) p WHERE m.type = 'table' AND "
                                        "upper(p.type) = 'INTEGER' AND ") +
                             timeName.arg(QStringLiteral("p.name"))),
                 serverTimes);
        QCOMPARE(StorageTest::scalar(
                     server.db(), QStringLiteral("SELECT udt_name FROM information_schema.columns "
                                                 "WHERE table_name = 'bookings' AND "
                                                 "column_name = 'occupied'"))
                     .toString(),
                 QStringLiteral("tstzrange"));
    }

    // A centre set up before migration 15, its times bigint seconds, upgrades to timestamptz:
    // every time stays what it was to the second (one across the spring-forward night of
    // Europe/Madrid), and the server still refuses an overlap and a wrong length.
    void anUpgradeKeepsEveryTimeToTheSecond()
    {
        constexpr int kTimestamptz = 15; // the migration under test
        const QString uri = PgTestServer::instance().createDatabase();
        const QString name = QUrl(uri).path().mid(1);
        const QStringList script = schemaBefore(kTimestamptz);
        QVERIFY(!script.isEmpty());
        // 2027-03-28 00:30 UTC: 01:30 CET, the half hour before Madrid's clocks go forward; the
        // session and its cleanup end at 03:40 CEST.
        const qint64 starts = 1806193800;
        const QStringList rows = {
            "INSERT INTO therapists (display_name, created_at, changed_at) VALUES "
            "('Marta Vidal', 1795000001, 0)",
            "INSERT INTO rooms (name, created_at) VALUES ('Sala Mar', 1795000002)",
            "INSERT INTO services (code, created_at) VALUES ('leg', 1795000003)",
            "INSERT INTO clients (full_name, consent_version, consent_at, created_at, "
            "updated_at, changed_at) VALUES ('Núria Puig', '2026.1', 1795000004, 1795000005, "
            "1795000006, 1795000007)",
            "INSERT INTO users (name, role, created_at, locked_until) VALUES ('anna', "
            "'manager', 1795000008, 1795000900)",
            "INSERT INTO bookings (client_id, service_id, therapist_id, room_id, starts_at, "
            "minutes, cleanup_minutes, ends_at, created_at, updated_at) VALUES (1, 1, 1, 1, "
            "1806193800, 60, 10, 1806198000, 1795000009, 1795000010)",
            "INSERT INTO booking_events (booking_id, at, kind) VALUES (1, 1795000011, 'created')",
            "INSERT INTO checkins (booking_id, answers, outcome, rule_version, recorded_at, "
            "signed_off_at) VALUES (1, '{}', 'adapt', '2026.1', 1806193500, 1806193620)"};
        // Fresh identities: every row above is number 1.
        QString output;
        QVERIFY2(PgTestServer::instance().psql(name, (script + rows).join(QStringLiteral(";\n")),
                                               &output),
                 qPrintable(output));

        FixedClock clock(QDateTime(QDate(2027, 3, 1), QTime(9, 0), QTimeZone::utc()));
        StorageError error;
        std::unique_ptr<Database> db = Database::open(TestDatabase::optionsFor(uri), clock, &error);
        QVERIFY2(db, qPrintable(error.detail));
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion(SqlDialect::postgresql()));
        const auto secsOf = [&](const QString& column, const QString& table) {
            return StorageTest::scalar(
                       *db,
                       QStringLiteral("SELECT %1 FROM %2").arg(db->dialect().secs(column), table))
                .toLongLong();
        };
        QCOMPARE(secsOf(QStringLiteral("created_at"), QStringLiteral("therapists")), 1795000001);
        QCOMPARE(secsOf(QStringLiteral("changed_at"), QStringLiteral("therapists")), 0);
        QCOMPARE(secsOf(QStringLiteral("created_at"), QStringLiteral("rooms")), 1795000002);
        QCOMPARE(secsOf(QStringLiteral("created_at"), QStringLiteral("services")), 1795000003);
        QCOMPARE(secsOf(QStringLiteral("consent_at"), QStringLiteral("clients")), 1795000004);
        QCOMPARE(secsOf(QStringLiteral("updated_at"), QStringLiteral("clients")), 1795000006);
        QCOMPARE(secsOf(QStringLiteral("changed_at"), QStringLiteral("clients")), 1795000007);
        QCOMPARE(secsOf(QStringLiteral("locked_until"), QStringLiteral("users")), 1795000900);
        QCOMPARE(secsOf(QStringLiteral("starts_at"), QStringLiteral("bookings")), starts);
        QCOMPARE(secsOf(QStringLiteral("ends_at"), QStringLiteral("bookings")), starts + 4200);
        QCOMPARE(secsOf(QStringLiteral("updated_at"), QStringLiteral("bookings")), 1795000010);
        QCOMPARE(secsOf(QStringLiteral("at"), QStringLiteral("booking_events")), 1795000011);
        QCOMPARE(secsOf(QStringLiteral("recorded_at"), QStringLiteral("checkins")), 1806193500);
        QCOMPARE(secsOf(QStringLiteral("signed_off_at"), QStringLiteral("checkins")), 1806193620);
        QVERIFY(StorageTest::scalar(*db, QStringLiteral("SELECT clearance_at IS NULL FROM "
                                                        "checkins"))
                    .toBool());
        // What a person reads with psql: the instant, in UTC.
        QCOMPARE(StorageTest::scalar(*db, QStringLiteral("SELECT starts_at::text FROM bookings"))
                     .toString(),
                 QStringLiteral("2027-03-28 00:30:00+00"));
        // The driver reads a timestamptz exactly too.
        QCOMPARE(TestTimes::secs(
                     StorageTest::scalar(*db, QStringLiteral("SELECT ends_at FROM bookings"))),
                 starts + 4200);
        // The application reads the booking in local time, across the missing hour.
        const QTimeZone madrid("Europe/Madrid");
        QCOMPARE(LocalTime::format(starts + 4200, madrid, QStringLiteral("HH:mm")),
                 QStringLiteral("03:40"));

        // One second into its cleanup: refused by the exclusion constraint; touching passes.
        QSqlQuery q(db->connection());
        const auto insert = [&](qint64 at, int minutes, qint64 ends) {
            return q.exec(QStringLiteral("INSERT INTO bookings (client_id, service_id, "
                                         "therapist_id, room_id, starts_at, minutes, "
                                         "cleanup_minutes, ends_at, created_at, updated_at) "
                                         "VALUES (1, 1, 1, 1, %1, %2, 10, %3, %4, %4)")
                              .arg(db->dialect().time(QString::number(at)))
                              .arg(minutes)
                              .arg(db->dialect().time(QString::number(ends)),
                                   db->dialect().time(QStringLiteral("0"))));
        };
        QVERIFY(!insert(starts + 4199, 30, starts + 4199 + 2400));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("23P01"));
        QVERIFY(q.lastError().databaseText().contains(QLatin1String("no_overlap")));
        // A length that is not the session plus its cleanup: refused by the check.
        QVERIFY(!insert(starts + 4200, 30, starts + 4200 + 2401));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("23514"));
        QVERIFY2(insert(starts + 4200, 30, starts + 4200 + 2400), qPrintable(q.lastError().text()));
    }

    // A centre set up before migration 17 keeps its clients' words without their first
    // letters; the upgrade writes them again with them, and a letter finds the client.
    void anUpgradeKeepsEachWordsFirstLetters()
    {
        constexpr int kWordPrefixes = 17; // the migration under test
        const QString uri = PgTestServer::instance().createDatabase();
        const QString name = QUrl(uri).path().mid(1);
        const QStringList script = schemaBefore(kWordPrefixes);
        QVERIFY(!script.isEmpty());
        const QStringList rows = {
            "INSERT INTO clients (full_name, email, created_at, updated_at) VALUES ('Núria Puig', "
            "'np@correu.cat', now(), now()), ('Pere Soler', '', now(), now())"};
        QString output;
        QVERIFY2(PgTestServer::instance().psql(name, (script + rows).join(QStringLiteral(";\n")),
                                               &output),
                 qPrintable(output));
        QVERIFY(PgTestServer::instance().psql(
            name, QStringLiteral("SELECT string_agg(word, ' ' ORDER BY word) FROM client_words"),
            &output));
        QCOMPARE(output.trimmed(), QStringLiteral("cat correu np nuria pere puig soler"));

        FixedClock clock(QDateTime(QDate(2027, 3, 1), QTime(9, 0), QTimeZone::utc()));
        StorageError error;
        std::unique_ptr<Database> db = Database::open(TestDatabase::optionsFor(uri), clock, &error);
        QVERIFY2(db, qPrintable(error.detail));
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion(SqlDialect::postgresql()));
        QCOMPARE(StorageTest::scalar(*db, QStringLiteral("SELECT string_agg(word, ' ' ORDER BY "
                                                         "word) FROM client_words WHERE "
                                                         "full_name = 'Pere Soler'"))
                     .toString(),
                 QStringLiteral("p pe per pere s so sol soler"));
        qint64 outOfStep = -1;
        QVERIFY2(ClientSearchIndex(*db).outOfStep(&outOfStep, &error), qPrintable(error.detail));
        QCOMPARE(outOfStep, 0);
        for (const char* typed : {"n", "nu", "NÚR", "co", "s"}) {
            const QList<ClientSummary> found =
                ClientRepository(*db).search(QString::fromUtf8(typed), 10, &error);
            QVERIFY2(found.size() == 1 && found.first().name.endsWith(
                                              QLatin1String(typed[0] == 's' ? "Soler" : "Puig")),
                     typed);
        }
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
                               "10, %6, %7, %7)")
                    .arg(r.client)
                    .arg(r.service)
                    .arg(therapist)
                    .arg(room)
                    .arg(t.time(starts), t.time(starts + 2400), t.time(0)));
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
        QVERIFY(other.exec(
            QStringLiteral(
                "INSERT INTO therapists (display_name, created_at) VALUES ('Second', %1)")
                .arg(t.time(0))));
        const qint64 second = other.lastInsertId().toLongLong();
        QVERIFY(other.exec(
            QStringLiteral("INSERT INTO rooms (name, created_at) VALUES ('Second room', %1)")
                .arg(t.time(0))));
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
                           .arg(t.time(base))));
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
                                      "prev_hash, hash) VALUES (%1, 'x', 'y', '', 'a', 'b')")
                           .arg(t.time(0))));
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
                                      "Client', '2026.1', %1, %1, %1) RETURNING id")
                           .arg(first.time(0))) &&
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
                                      "10, %6, %7, %7)")
                           .arg(otherClient)
                           .arg(r.service)
                           .arg(r.therapist)
                           .arg(r.room)
                           .arg(first.time(StorageTest::kBaseSlot),
                                first.time(StorageTest::kBaseSlot + 2400), first.time(0))));
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
                                                .arg(first.time(StorageTest::kBaseSlot)))
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

    // The scheduler's checks are prepared once per connection and the server plans them once,
    // generically, inside a booking's transaction (planning cost more than running them); a
    // session that lost them (a reconnect, a DEALLOCATE) prepares them again and the booking
    // goes through.
    void theSchedulersChecksKeepTheirPlans()
    {
        TestDatabase t;
        const StorageTest::Resources r = StorageTest::addResources(t.db());
        Scheduler scheduler(t.db(), QTimeZone::utc());
        qint64 slot = StorageTest::kBaseSlot;
        const auto book = [&] {
            qint64 id = 0;
            StorageError error;
            const bool booked =
                scheduler.book(StorageTest::bookingAt(r, slot), QString(), &id, nullptr, &error);
            slot += StorageTest::kSlotSecs;
            if (!booked)
                qWarning("booking refused: %s", qPrintable(error.detail));
            return booked && id > 0;
        };
        for (int i = 0; i < 12; ++i)
            QVERIFY(book());
        const auto kept = [&](const QString& what) {
            return StorageTest::scalar(t.db(), QStringLiteral("SELECT %1 FROM "
                                                              "pg_prepared_statements WHERE name "
                                                              "LIKE 'massage\\_desk\\_%' AND "
                                                              "statement LIKE "
                                                              "'%therapist_shifts%'")
                                                   .arg(what))
                .toInt();
        };
        QCOMPARE(kept(QStringLiteral("count(*)")), 1);
        // Twelve bookings, each one clash check, none planned for its own values.
        QCOMPARE(kept(QStringLiteral("sum(generic_plans)")), 12);
        QCOMPARE(kept(QStringLiteral("sum(custom_plans)")), 0);
        // Only inside the scheduler's transactions.
        QCOMPARE(StorageTest::scalar(t.db(), QStringLiteral("SHOW plan_cache_mode")).toString(),
                 QStringLiteral("auto"));
        QCOMPARE(t.db().keptStatements(), qsizetype(5));

        // A pooler or an operator discarded the session's statements: the booking still lands,
        // once, and a clash is still named (the client's check, a kept statement too).
        QVERIFY(QSqlQuery(t.db().connection()).exec(QStringLiteral("DEALLOCATE ALL")));
        QVERIFY(book());
        QCOMPARE(kept(QStringLiteral("count(*)")), 1);
        qint64 id = 0;
        StorageError error;
        QVERIFY(!scheduler.book(StorageTest::bookingAt(r, slot - StorageTest::kSlotSecs), QString(),
                                &id, nullptr, &error));
        QVERIFY2(error.message.contains(QStringLiteral("Test Client already has a session then")),
                 qPrintable(error.message));

        // A reconnect starts a new session with none kept; the next booking prepares them.
        QVERIFY(t.db().reconnect(&error));
        QCOMPARE(t.db().keptStatements(), qsizetype(0));
        QVERIFY(book());
        QCOMPARE(kept(QStringLiteral("count(*)")), 1);
        QCOMPARE(
            StorageTest::scalar(t.db(), QStringLiteral("SELECT count(*) FROM bookings")).toInt(),
            14);
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
