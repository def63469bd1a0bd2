#include "TestDatabase.h"
#include "storage/AuditLog.h"
#include "storage/CheckinRepository.h"
#include "storage/DemoGenerator.h"

#include <QSqlQuery>
#include <QTest>

// Check-ins in storage: answers, outcome and rule version round-trip; the booking follows the
// outcome; a session can only start when the rules allow it, whatever program asks; every read
// and write of health data leaves exactly one audit entry, never the answers themselves.
class TestCheckins : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    qint64 scalar(const QString& sql)
    {
        QSqlQuery query(m_db->db().connection());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    QString text(const QString& sql)
    {
        QSqlQuery query(m_db->db().connection());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0).toString();
    }

    // The next future, still-booked booking of a service.
    qint64 bookedBooking(const QString& code, int skip = 0)
    {
        return scalar(QStringLiteral("SELECT b.id FROM bookings b JOIN services s ON s.id = "
                                     "b.service_id WHERE b.status = 'booked' AND s.code = '%1' "
                                     "ORDER BY b.starts_at LIMIT 1 OFFSET %2")
                          .arg(code)
                          .arg(skip));
    }

    static CheckInAnswers allNo(const QString& service, const QString& yes = {})
    {
        CheckInAnswers answers;
        for (const PrecautionQuestion& q : PrecautionRules::builtIn().questionsFor(service))
            answers.answers.insert(q.id, q.id == yes ? q.trigger : !q.trigger);
        return answers;
    }

    bool startSession(qint64 booking)
    {
        QSqlQuery query(m_db->db().connection());
        return query.exec(
            QStringLiteral("UPDATE bookings SET status = 'in_session' WHERE id = %1").arg(booking));
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>(
            true, QDateTime(QDate(2026, 11, 25), QTime(7, 0), QTimeZone::utc()));
        DemoGenerator::Summary summary;
        StorageError error;
        QVERIFY(
            DemoGenerator::generate(m_db->db(), {DemoGenerator::Size::Small, 3}, &summary, &error));
    }

    void answersOutcomeAndRuleVersionRoundTrip()
    {
        const qint64 booking = bookedBooking(QStringLiteral("leg"));
        QVERIFY(booking > 0);
        CheckInAnswers answers = allNo(QStringLiteral("leg"), QStringLiteral("skin_problems"));
        answers.avoidAreas = QStringLiteral("left calf");
        answers.notes = QStringLiteral("Prefers the window closed");
        Evaluation evaluation;
        StorageError error;
        CheckinRepository repository(m_db->db());
        QVERIFY2(
            repository.record(booking, answers, QStringLiteral("reception"), &evaluation, &error),
            qPrintable(error.message));
        QCOMPARE(evaluation.outcome, Outcome::Adapt);
        StoredCheckin stored;
        QVERIFY(repository.read(booking, QStringLiteral("marta"), &stored, &error));
        QCOMPARE(stored.answers.answers, answers.answers);
        QCOMPARE(stored.answers.avoidAreas, answers.avoidAreas);
        QCOMPARE(stored.answers.notes, answers.notes);
        QCOMPARE(stored.outcome, Outcome::Adapt);
        QCOMPARE(stored.reasons, QStringList{QStringLiteral("skin_problems")});
        QCOMPARE(stored.ruleVersion, PrecautionRules::builtIn().version());
        QCOMPARE(text(QStringLiteral("SELECT status FROM bookings WHERE id = %1").arg(booking)),
                 QStringLiteral("arrived"));
    }

    void incompleteOrUnknownAnswersChangeNothing()
    {
        const qint64 booking = bookedBooking(QStringLiteral("foot"));
        CheckInAnswers answers = allNo(QStringLiteral("foot"));
        answers.answers.remove(QStringLiteral("pregnant"));
        Evaluation evaluation;
        StorageError error;
        CheckinRepository repository(m_db->db());
        QVERIFY(!repository.record(booking, answers, QString(), &evaluation, &error));
        QVERIFY(error.message.contains(QStringLiteral("pregnant")));
        answers = allNo(QStringLiteral("foot"));
        answers.answers.insert(QStringLiteral("feels_lucky"), true);
        QVERIFY(!repository.record(booking, answers, QString(), &evaluation, &error));
        QVERIFY(error.message.contains(QStringLiteral("feels_lucky")));
        QCOMPARE(
            scalar(
                QStringLiteral("SELECT count(*) FROM checkins WHERE booking_id = %1").arg(booking)),
            0);
        QCOMPARE(text(QStringLiteral("SELECT status FROM bookings WHERE id = %1").arg(booking)),
                 QStringLiteral("booked"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), 0);
    }

    void stopAndReferCanNeverStartASession()
    {
        const qint64 booking = bookedBooking(QStringLiteral("leg"));
        Evaluation evaluation;
        StorageError error;
        CheckinRepository repository(m_db->db());
        QVERIFY(repository.record(booking,
                                  allNo(QStringLiteral("leg"), QStringLiteral("one_leg_symptoms")),
                                  QString(), &evaluation, &error));
        QCOMPARE(evaluation.outcome, Outcome::StopRefer);
        QCOMPARE(text(QStringLiteral("SELECT status FROM bookings WHERE id = %1").arg(booking)),
                 QStringLiteral("referred"));
        QVERIFY(!startSession(booking));
        // Not even after faking a sign-off and a clearance, nor by a new check-in.
        QVERIFY(scalar(QStringLiteral("SELECT 1")) == 1);
        QSqlQuery fake(m_db->db().connection());
        QVERIFY(
            fake.exec(QStringLiteral("UPDATE checkins SET signed_off_at = %2, clearance_at = %2 "
                                     "WHERE booking_id = %1")
                          .arg(booking)
                          .arg(m_db->time(1))));
        QVERIFY(!startSession(booking));
        QVERIFY(!repository.record(booking, allNo(QStringLiteral("leg")), QString(), &evaluation,
                                   &error));
        QCOMPARE(text(QStringLiteral("SELECT status FROM bookings WHERE id = %1").arg(booking)),
                 QStringLiteral("referred"));
    }

    void sessionsStartOnlyWhenTheRulesAllow()
    {
        CheckinRepository repository(m_db->db());
        Evaluation evaluation;
        StorageError error;
        // No check-in at all.
        const qint64 unchecked = bookedBooking(QStringLiteral("leg"), 0);
        QVERIFY(!startSession(unchecked));
        // Proceed: starts at once.
        const qint64 fine = bookedBooking(QStringLiteral("leg"), 1);
        QVERIFY(
            repository.record(fine, allNo(QStringLiteral("leg")), QString(), &evaluation, &error));
        QVERIFY(startSession(fine));
        // Needs clearance: refused until clearance and sign-off are both recorded.
        const qint64 pregnant = bookedBooking(QStringLiteral("leg"), 1);
        QVERIFY(repository.record(pregnant,
                                  allNo(QStringLiteral("leg"), QStringLiteral("pregnant")),
                                  QString(), &evaluation, &error));
        QCOMPARE(evaluation.outcome, Outcome::NeedsClearance);
        QVERIFY(!startSession(pregnant));
        QSqlQuery step(m_db->db().connection());
        QVERIFY(step.exec(QStringLiteral("UPDATE checkins SET signed_off_at = %2 WHERE booking_id "
                                         "= %1")
                              .arg(pregnant)
                              .arg(m_db->time(1))));
        QVERIFY(!startSession(pregnant));
        QVERIFY(step.exec(QStringLiteral("UPDATE checkins SET clearance_at = %2 WHERE booking_id = "
                                         "%1")
                              .arg(pregnant)
                              .arg(m_db->time(1))));
        QVERIFY(startSession(pregnant));
        // Adapt: refused until the therapist signs off.
        const qint64 skin = bookedBooking(QStringLiteral("foot"));
        QVERIFY(repository.record(skin,
                                  allNo(QStringLiteral("foot"), QStringLiteral("skin_problems")),
                                  QString(), &evaluation, &error));
        QVERIFY(!startSession(skin));
        QVERIFY(step.exec(QStringLiteral("UPDATE checkins SET signed_off_at = %2 WHERE booking_id "
                                         "= %1")
                              .arg(skin)
                              .arg(m_db->time(1))));
        QVERIFY(startSession(skin));
    }

    void everyReadAndWriteIsAuditedWithoutAnswers()
    {
        const qint64 booking = bookedBooking(QStringLiteral("leg"));
        CheckinRepository repository(m_db->db());
        Evaluation evaluation;
        StorageError error;
        CheckInAnswers answers = allNo(QStringLiteral("leg"), QStringLiteral("pregnant"));
        answers.notes = QStringLiteral("twins expected in spring");
        QVERIFY(
            repository.record(booking, answers, QStringLiteral("reception"), &evaluation, &error));
        StoredCheckin stored;
        QVERIFY(repository.read(booking, QStringLiteral("marta"), &stored, &error));
        QVERIFY(repository.read(booking, QStringLiteral("marta"), &stored, &error));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE kind = "
                                       "'checkin.write' AND booking_id = %1")
                            .arg(booking)),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE kind = "
                                       "'checkin.read' AND user_name = 'marta'")),
                 2);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE detail LIKE "
                                       "'%pregnant%' OR detail LIKE '%twins%'")),
                 0);
        QCOMPARE(AuditLog(m_db->db()).firstBrokenEntry(&error), 0);

        // Tampering, even by someone who removes the append-only trigger, breaks the chain.
        QSqlQuery tamper(m_db->db().connection());
        QVERIFY(
            tamper.exec(QStringLiteral("DROP TRIGGER audit_log_no_update%1")
                            .arg(m_db->isServer() ? QStringLiteral(" ON audit_log") : QString())));
        const qint64 second = scalar(QStringLiteral("SELECT min(id) + 1 FROM audit_log"));
        QVERIFY(tamper.exec(
            QStringLiteral("UPDATE audit_log SET user_name = 'nobody' WHERE id = %1").arg(second)));
        QCOMPARE(AuditLog(m_db->db()).firstBrokenEntry(&error), second);
    }

    void whatChangedSinceThePreviousVisitIsMarked()
    {
        // Two bookings of one client: give the later one the earlier one's client.
        const qint64 first = bookedBooking(QStringLiteral("leg"), 0);
        const qint64 second = bookedBooking(QStringLiteral("leg"), 1);
        QSqlQuery same(m_db->db().connection());
        QVERIFY(same.exec(QStringLiteral("UPDATE bookings SET client_id = (SELECT client_id FROM "
                                         "bookings WHERE id = %1) WHERE id = %2")
                              .arg(first)
                              .arg(second)));
        CheckinRepository repository(m_db->db());
        Evaluation evaluation;
        StorageError error;
        QVERIFY(
            repository.record(first, allNo(QStringLiteral("leg")), QString(), &evaluation, &error));
        QVERIFY(repository.record(second,
                                  allNo(QStringLiteral("leg"), QStringLiteral("recent_injury")),
                                  QString(), &evaluation, &error));
        StoredCheckin later;
        QVERIFY(repository.read(second, QString(), &later, &error));
        QVERIFY(later.hasPrevious);
        QCOMPARE(later.changedSincePrevious, QStringList{QStringLiteral("recent_injury")});
        StoredCheckin earlier;
        QVERIFY(repository.read(first, QString(), &earlier, &error));
        QVERIFY(!earlier.hasPrevious ||
                !earlier.changedSincePrevious.contains(QStringLiteral("recent_injury")));
    }
};

QTEST_GUILESS_MAIN(TestCheckins)
#include "tst_checkins.moc"
