#include "CheckinTestHelpers.h"
#include "TestDatabase.h"
#include "storage/CheckinRepository.h"
#include "storage/ClientDataRights.h"
#include "storage/DemoGenerator.h"
#include "storage/SessionRepository.h"

#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

// Inside a test function of TestTriggers: the statement fails through sqlite3, naming the rule.
#define REFUSED(sql, words)                                                                        \
    do {                                                                                           \
        const Run run = sqlite3(sql);                                                              \
        QVERIFY2(                                                                                  \
            run.exitCode != 0 && run.stderrText.contains(QStringLiteral(words)),                   \
            qPrintable(                                                                            \
                QStringLiteral("%1 -> %2: %3").arg(sql).arg(run.exitCode).arg(run.stderrText)));   \
    } while (false)

#define ACCEPTED(sql)                                                                              \
    do {                                                                                           \
        const Run run = sqlite3(sql);                                                              \
        QVERIFY2(run.exitCode == 0,                                                                \
                 qPrintable(QStringLiteral("%1: %2").arg(sql, run.stderrText)));                   \
    } while (false)

using namespace CheckinTestHelpers;

// The safety rules hold whatever program writes (README, "Safety rules the database itself
// enforces"): each write below goes through the real sqlite3 program on the centre's file,
// and the application's own paths still work beside the triggers.
class TestTriggers : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_sqlite3;
    const QTimeZone m_zone{"Europe/Madrid"};
    const QDateTime m_now{QDate(2026, 11, 25), QTime(7, 0), QTimeZone::utc()};

    struct Run
    {
        int exitCode = -1;
        QString stderrText;
    };

    // One statement through sqlite3 on the database file, as a script would run it.
    Run sqlite3(const QString& sql)
    {
        QProcess process;
        process.start(m_sqlite3, {m_db->path(), sql});
        Run run;
        if (!process.waitForFinished(30000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.stderrText = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    qint64 scalar(const QString& sql)
    {
        QSqlQuery query(m_db->db().connection());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    Outcome checkIn(qint64 booking, const QString& yes = {})
    {
        Evaluation evaluation;
        StorageError error;
        if (!CheckinRepository(m_db->db())
                 .record(booking, allNo(QStringLiteral("leg"), yes), QString(), &evaluation,
                         &error))
            qWarning("check-in refused: %s", qPrintable(error.message));
        return evaluation.outcome;
    }

    // A copy of booking `from` as a new row, moved a year on so that it overlaps nothing.
    static QString insertCopy(qint64 from, const QString& status)
    {
        return QStringLiteral(
                   "INSERT INTO bookings (client_id, service_id, therapist_id, room_id, "
                   "starts_at, minutes, cleanup_minutes, ends_at, status, created_at, "
                   "updated_at) SELECT client_id, service_id, therapist_id, room_id, starts_at + "
                   "31536000, minutes, cleanup_minutes, ends_at + 31536000, '%1', created_at, "
                   "updated_at FROM bookings WHERE id = %2")
            .arg(status)
            .arg(from);
    }

private slots:
    void initTestCase()
    {
        m_sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (m_sqlite3.isEmpty())
            QFAIL("the sqlite3 program is missing (packaging/install-deps.sh installs it)");
    }

    void init()
    {
        m_db = std::make_unique<TestDatabase>(true, m_now);
        DemoGenerator::Summary summary;
        StorageError error;
        QVERIFY(
            DemoGenerator::generate(m_db->db(), {DemoGenerator::Size::Small, 3}, &summary, &error));
    }

    void aBookingIsNeverCreatedUnderWayOrDone()
    {
        const qint64 booking = bookedToday(m_db->db(), QStringLiteral("leg"));
        const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM bookings"));
        REFUSED(insertCopy(booking, QStringLiteral("in_session")), "no check-in");
        REFUSED(insertCopy(booking, QStringLiteral("completed")), "no check-in");
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM bookings")), before);
        ACCEPTED(insertCopy(booking, QStringLiteral("booked"))); // the same row, booked, is fine
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM bookings")), before + 1);
    }

    void aReferredBookingStaysReferred()
    {
        const qint64 booking = bookedToday(m_db->db(), QStringLiteral("leg"));
        QCOMPARE(checkIn(booking, QStringLiteral("one_leg_symptoms")), Outcome::StopRefer);
        for (const char* status : {"booked", "arrived", "in_session", "completed"})
            REFUSED(QStringLiteral("UPDATE bookings SET status = '%1' WHERE id = %2")
                        .arg(QLatin1String(status))
                        .arg(booking),
                    "referred");
        QCOMPARE(scalar(QStringLiteral("SELECT status = 'referred' FROM bookings WHERE id = %1")
                            .arg(booking)),
                 1);
        // A new all-"no" check-in cannot take the referral's place, by any route.
        const QString values = QStringLiteral("(%1, '{}', 'proceed', '2026.1', 1)").arg(booking);
        const QString columns =
            QStringLiteral("(booking_id, answers, outcome, rule_version, recorded_at)");
        REFUSED(QStringLiteral("INSERT INTO checkins %1 VALUES %2").arg(columns, values),
                "referred");
        REFUSED(QStringLiteral("INSERT OR REPLACE INTO checkins %1 VALUES %2").arg(columns, values),
                "referred");
        REFUSED(QStringLiteral("UPDATE checkins SET superseded_at = 1 WHERE booking_id = %1")
                    .arg(booking),
                "never replaced");
        REFUSED(QStringLiteral("DELETE FROM checkins WHERE booking_id = %1").arg(booking),
                "never deleted");
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM checkins WHERE booking_id = %1 AND "
                                       "outcome = 'stop_refer' AND superseded_at IS NULL")
                            .arg(booking)),
                 1);
    }

    void aCheckinIsNeverEditedInPlace()
    {
        const qint64 booking = bookedToday(m_db->db(), QStringLiteral("leg"));
        QCOMPARE(checkIn(booking, QStringLiteral("pregnant")), Outcome::NeedsClearance);
        const qint64 other = bookedToday(m_db->db(), QStringLiteral("leg"), 1);
        for (const QString& change :
             {QStringLiteral("outcome = 'proceed'"), QStringLiteral("answers = '{}'"),
              QStringLiteral("reasons = '[]'"), QStringLiteral("rule_version = '2099.1'"),
              QStringLiteral("recorded_at = 1"), QStringLiteral("notes = 'x'"),
              QStringLiteral("booking_id = %1").arg(other), QStringLiteral("id = id + 100000")})
            REFUSED(QStringLiteral("UPDATE checkins SET %1 WHERE booking_id = %2")
                        .arg(change)
                        .arg(booking),
                    "never edited");
        REFUSED(QStringLiteral("INSERT INTO checkins (booking_id, answers, outcome, rule_version, "
                               "recorded_at) VALUES (%1, '{}', 'proceed', '2026.1', 1)")
                    .arg(booking),
                "current check-in");
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM checkins WHERE booking_id = %1 AND "
                                       "outcome = 'needs_clearance'")
                            .arg(booking)),
                 1);
        QCOMPARE(
            scalar(
                QStringLiteral("SELECT count(*) FROM checkins WHERE booking_id = %1").arg(booking)),
            1);
        // What is written later stays writable.
        ACCEPTED(QStringLiteral("UPDATE checkins SET clearance_confirmed_by = 'GP', clearance_at "
                                "= 2, clearance_advice = 'fine' WHERE booking_id = %1")
                     .arg(booking));
    }

    void aClientWithAnOpenReferralGetsNoMilderCheckin()
    {
        const qint64 referral = bookedToday(m_db->db(), QStringLiteral("leg"));
        QCOMPARE(checkIn(referral, QStringLiteral("one_leg_symptoms")), Outcome::StopRefer);
        const qint64 other = bookedToday(m_db->db(), QStringLiteral("foot"));
        QVERIFY(other > 0);
        ACCEPTED(QStringLiteral("UPDATE bookings SET client_id = (SELECT client_id FROM bookings "
                                "WHERE id = %1) WHERE id = %2")
                     .arg(referral)
                     .arg(other));
        REFUSED(QStringLiteral("INSERT INTO checkins (booking_id, answers, outcome, rule_version, "
                               "recorded_at) VALUES (%1, '{}', 'adapt', '2026.1', %2)")
                    .arg(other)
                    .arg(m_now.toSecsSinceEpoch()),
                "open referral");
    }

    // The application's own way through every step still works with the triggers in place:
    // check in, check in again, clearance, sign-off, start, finish; then the erasure.
    void theApplicationsPathsStillWork()
    {
        const qint64 booking = bookedToday(m_db->db(), QStringLiteral("leg"));
        QCOMPARE(checkIn(booking), Outcome::Proceed);
        QCOMPARE(checkIn(booking, QStringLiteral("recent_injury")), Outcome::NeedsClearance);
        SessionRepository sessions(m_db->db());
        StorageError error;
        QVERIFY2(sessions.recordClearance(booking, QStringLiteral("Physiotherapist"),
                                          m_now.toSecsSinceEpoch(), QStringLiteral("Gentle"),
                                          QString(), &error),
                 qPrintable(error.message));
        QVERIFY2(sessions.signOff(booking, QString(), &error), qPrintable(error.message));
        QVERIFY2(sessions.start(booking, QString(), &error), qPrintable(error.message));
        QVERIFY2(
            sessions.finish(booking, QStringLiteral("Went well"), QString(), QString(), &error),
            qPrintable(error.message));
        QCOMPARE(
            scalar(
                QStringLiteral("SELECT count(*) FROM checkins WHERE booking_id = %1").arg(booking)),
            2);

        const qint64 client =
            scalar(QStringLiteral("SELECT client_id FROM bookings WHERE id = %1").arg(booking));
        ClientDataRights::ErasureResult erased;
        QVERIFY2(ClientDataRights(m_db->db()).eraseClient(client, &erased, &error),
                 qPrintable(error.message));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM checkins k JOIN bookings b ON b.id "
                                       "= k.booking_id WHERE b.client_id = %1 AND (k.answers <> "
                                       "'{}' OR k.session_note <> '')")
                            .arg(client)),
                 0);
        QCOMPARE(scalar(QStringLiteral("SELECT outcome = 'needs_clearance' FROM checkins WHERE "
                                       "booking_id = %1 AND superseded_at IS NULL")
                            .arg(booking)),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestTriggers)
#include "tst_triggers.moc"
