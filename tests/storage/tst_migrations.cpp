#include "StorageTestHelpers.h"
#include "TestDatabase.h"

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace StorageTest;

namespace {

const QStringList kTables = {QStringLiteral("settings"),
                             QStringLiteral("therapists"),
                             QStringLiteral("users"),
                             QStringLiteral("services"),
                             QStringLiteral("service_revisions"),
                             QStringLiteral("service_texts"),
                             QStringLiteral("service_durations"),
                             QStringLiteral("service_precautions"),
                             QStringLiteral("therapist_services"),
                             QStringLiteral("rooms"),
                             QStringLiteral("room_services"),
                             QStringLiteral("opening_hours"),
                             QStringLiteral("closed_days"),
                             QStringLiteral("therapist_shifts"),
                             QStringLiteral("therapist_absences"),
                             QStringLiteral("clients"),
                             QStringLiteral("booking_series"),
                             QStringLiteral("bookings"),
                             QStringLiteral("booking_events"),
                             QStringLiteral("checkins"),
                             QStringLiteral("audit_log")};

const QStringList kTriggers = {QStringLiteral("bookings_no_session_after_referral"),
                               QStringLiteral("audit_log_no_update"),
                               QStringLiteral("audit_log_no_delete")};

QStringList namesOf(const Database& db, const char* type)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = ? ORDER BY name"));
    query.addBindValue(QLatin1String(type));
    QStringList names;
    if (query.exec())
        while (query.next())
            names << query.value(0).toString();
    return names;
}

QString schemaText(const Database& db)
{
    return scalar(db, QStringLiteral("SELECT group_concat(type || ' ' || name || ' ' || "
                                     "coalesce(sql, ''), char(10)) FROM "
                                     "(SELECT * FROM sqlite_master ORDER BY type, name)"))
        .toString();
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc())};

    std::unique_ptr<Database> open(const QString& path, StorageError* error,
                                   Database::Mode mode = Database::Mode::CreateIfMissing)
    {
        Database::Options options;
        options.path = path;
        options.mode = mode;
        return Database::open(options, m_clock, error);
    }

    // A row in bookings with a check-in of the given outcome; returns the booking id.
    qint64 bookingWithCheckin(Database& db, const QString& outcome)
    {
        const Resources r = addResources(db);
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral(
            "INSERT INTO bookings (client_id, service_id, therapist_id, room_id, starts_at, "
            "minutes, cleanup_minutes, ends_at, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, 1000, 50, 10, 4600, 0, 0)"));
        for (qint64 id : {r.client, r.service, r.therapist, r.room})
            query.addBindValue(id);
        if (!query.exec())
            return -1;
        const qint64 booking = query.lastInsertId().toLongLong();
        query.prepare(QStringLiteral("INSERT INTO checkins (booking_id, answers, outcome, "
                                     "rule_version, recorded_at) VALUES (?, '{}', ?, 'r1', 0)"));
        query.addBindValue(booking);
        query.addBindValue(outcome);
        return query.exec() ? booking : -1;
    }

private slots:
    void initTestCase() { quietLogs(); }

    void newFileGetsTheWholeSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        StorageError error;
        auto db = open(path, &error);
        QVERIFY2(db, qPrintable(error.detail));
        QVERIFY(db->createdNow());
        QVERIFY(Migrations::latestVersion() >= 1);
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA user_version")).toInt(),
                 Migrations::latestVersion());
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA application_id")).toInt(),
                 Database::kApplicationId);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA busy_timeout")).toInt(), 30000);
        const QStringList tables = namesOf(*db, "table");
        for (const QString& table : kTables)
            QVERIFY2(tables.contains(table), qPrintable(table));
        const QStringList triggers = namesOf(*db, "trigger");
        for (const QString& trigger : kTriggers)
            QVERIFY2(triggers.contains(trigger), qPrintable(trigger));
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
    }

    void reopeningAppliesNothingAndKeepsData()
    {
        TestDatabase t(false);
        const QString schemaBefore = schemaText(t.db());
        QSqlQuery query(t.db().connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")));
        const Resources r = addResources(t.db());
        query.finish();
        t.close();

        StorageError error;
        QVERIFY2(t.reopen(&error), qPrintable(error.detail));
        QVERIFY(!t.db().createdNow());
        QCOMPARE(t.db().schemaVersion(), Migrations::latestVersion());
        QCOMPARE(schemaText(t.db()), schemaBefore);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT value FROM settings WHERE key = 'k'")),
                 QVariant(QStringLiteral("v")));
        QCOMPARE(
            scalar(t.db(),
                   QStringLiteral("SELECT full_name FROM clients WHERE id = %1").arg(r.client)),
            QVariant(QStringLiteral("Test Client")));
    }

    void emptyFileIsSetUpAsNew()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        QVERIFY(writeBytes(path, {}));
        QCOMPARE(QFileInfo(path).size(), 0);
        StorageError error;
        // Only when asked to create one: opening "an existing database" refuses an empty file
        // (tst_badfiles: anEmptyFileIsLikeAMissingOne).
        auto db = open(path, &error, Database::Mode::CreateIfMissing);
        QVERIFY2(db, qPrintable(error.detail));
        QVERIFY(db->createdNow());
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA application_id")).toInt(),
                 Database::kApplicationId);
        QVERIFY(namesOf(*db, "table").contains(QStringLiteral("bookings")));
    }

    void newerSchemaIsRefusedAndLeftUntouched()
    {
        TestDatabase t(false);
        t.close();
        const QString newer = t.folder() + QStringLiteral("/newer.sqlite");
        QVERIFY(QFile::copy(t.path(), newer));
        const int latest = Migrations::latestVersion();
        QString failure;
        QVERIFY2(
            rawExec(newer, {QStringLiteral("PRAGMA user_version = %1").arg(latest + 1)}, &failure),
            qPrintable(failure));
        const QByteArray before = readBytes(newer);
        QVERIFY(!before.isEmpty());

        StorageError error;
        auto db = open(newer, &error);
        QVERIFY(!db);
        QCOMPARE(error.code, StorageError::Code::NewerSchema);
        QVERIFY2(error.message.contains(QStringLiteral("newer.sqlite")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QString::number(latest + 1)), qPrintable(error.message));
        QCOMPARE(readBytes(newer), before);
    }

    void splitStatementsKeepsTriggerBodiesWhole()
    {
        const QString script =
            QStringLiteral("-- a comment; with a semicolon;\n"
                           "CREATE TABLE a (\n"
                           "    x INTEGER, -- inline note\n"
                           "    y TEXT\n"
                           ");\n"
                           "\n"
                           "CREATE TRIGGER a_guard\n"
                           "BEFORE UPDATE ON a\n"
                           "BEGIN\n"
                           "    SELECT RAISE(ABORT, 'no');\n"
                           "    INSERT INTO b VALUES (1);\n"
                           "END;\n"
                           "create trigger lower_case after insert on a begin\n"
                           "    delete from b;\n"
                           "end;\n"
                           "CREATE INDEX a_by_x ON a (x);\n"
                           "INSERT INTO a VALUES (1, 'tail without semicolon')\n");
        const QStringList statements = Migrations::splitStatements(script);
        QCOMPARE(statements.size(), 5);
        QVERIFY(statements[0].startsWith(QLatin1String("CREATE TABLE a (")));
        QVERIFY(statements[0].endsWith(QLatin1String(");")));
        QVERIFY(statements[0].contains(QLatin1String("y TEXT")));
        QVERIFY(statements[1].startsWith(QLatin1String("CREATE TRIGGER a_guard")));
        QVERIFY(statements[1].contains(QLatin1String("SELECT RAISE(ABORT, 'no');")));
        QVERIFY(statements[1].contains(QLatin1String("INSERT INTO b VALUES (1);")));
        QVERIFY(statements[1].endsWith(QLatin1String("END;")));
        QVERIFY(statements[2].startsWith(QLatin1String("create trigger lower_case")));
        QVERIFY(statements[2].contains(QLatin1String("delete from b;")));
        QVERIFY(statements[2].endsWith(QLatin1String("end;")));
        QCOMPARE(statements[3], QStringLiteral("CREATE INDEX a_by_x ON a (x);"));
        QCOMPARE(statements[4],
                 QStringLiteral("INSERT INTO a VALUES (1, 'tail without semicolon')"));

        // The pieces are statements SQLite accepts one by one, and the trigger kept both
        // statements of its body: it fires and refuses the update.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("split.sqlite"));
        QString failure;
        QVERIFY2(rawExec(path,
                         QStringList{QStringLiteral("CREATE TABLE b (v INTEGER)")} + statements,
                         &failure),
                 qPrintable(failure));
        QVERIFY(!rawExec(path, {QStringLiteral("UPDATE a SET x = 2")}, &failure));
        QVERIFY2(failure.contains(QLatin1String("no")), qPrintable(failure));
    }

    void stopReferCheckinForbidsTheSession_data()
    {
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("stop_refer -> in_session") << "stop_refer"
                                                  << "in_session" << false;
        QTest::newRow("stop_refer -> completed") << "stop_refer"
                                                 << "completed" << false;
        QTest::newRow("stop_refer -> referred") << "stop_refer"
                                                << "referred" << true;
        QTest::newRow("stop_refer -> cancelled") << "stop_refer"
                                                 << "cancelled" << true;
        QTest::newRow("proceed -> in_session") << "proceed"
                                               << "in_session" << true;
        // Since version 3: clearance and the therapist's sign-off come first.
        QTest::newRow("needs_clearance -> in_session") << "needs_clearance"
                                                       << "in_session" << false;
        QTest::newRow("adapt -> in_session") << "adapt"
                                             << "in_session" << false;
        QTest::newRow("needs_clearance -> completed") << "needs_clearance"
                                                      << "completed" << true;
    }
    void stopReferCheckinForbidsTheSession()
    {
        QFETCH(QString, outcome);
        QFETCH(QString, status);
        QFETCH(bool, allowed);
        TestDatabase t(false);
        const qint64 booking = bookingWithCheckin(t.db(), outcome);
        QVERIFY(booking > 0);
        QSqlQuery update(t.db().connection());
        update.prepare(QStringLiteral("UPDATE bookings SET status = ? WHERE id = ?"));
        update.addBindValue(status);
        update.addBindValue(booking);
        StorageError error;
        QCOMPARE(t.db().exec(update, &error, QStringLiteral("move the booking")), allowed);
        const QString now =
            scalar(t.db(), QStringLiteral("SELECT status FROM bookings WHERE id = %1").arg(booking))
                .toString();
        if (allowed) {
            QCOMPARE(now, status);
        } else {
            QCOMPARE(error.code, StorageError::Code::Refused);
            // Each rule names itself in the refusal.
            const QString why = outcome == QLatin1String("stop_refer")
                                    ? QStringLiteral("stop-and-refer")
                                    : QStringLiteral("sign-off");
            QVERIFY2(error.detail.contains(why), qPrintable(error.detail));
            QCOMPARE(now, QStringLiteral("booked"));
        }
    }

    void auditLogIsAppendOnly()
    {
        TestDatabase t(false);
        QSqlQuery query(t.db().connection());
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO audit_log (at, user_name, kind, detail, prev_hash, hash) "
                           "VALUES (1, 'desk', 'read_checkin', 'first', '', 'h1')")));
        StorageError error;
        query.prepare(QStringLiteral("UPDATE audit_log SET detail = 'changed'"));
        QVERIFY(!t.db().exec(query, &error, QStringLiteral("edit the log")));
        QCOMPARE(error.code, StorageError::Code::Refused);
        QVERIFY2(error.detail.contains(QLatin1String("append-only")), qPrintable(error.detail));
        error = {};
        query.prepare(QStringLiteral("DELETE FROM audit_log"));
        QVERIFY(!t.db().exec(query, &error, QStringLiteral("clear the log")));
        QCOMPARE(error.code, StorageError::Code::Refused);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 1);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT detail FROM audit_log")).toString(),
                 QStringLiteral("first"));
        // Appending still works.
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO audit_log (at, user_name, kind, detail, prev_hash, hash) "
                           "VALUES (2, 'desk', 'read_checkin', 'second', 'h1', 'h2')")));
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
