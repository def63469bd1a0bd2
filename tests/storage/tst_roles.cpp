#include "TestDatabase.h"
#include "core/PrecautionRules.h"
#include "storage/AuditLog.h"
#include "storage/CheckinRepository.h"
#include "storage/ClientRepository.h"
#include "storage/DemoGenerator.h"
#include "storage/Scheduler.h"
#include "storage/SessionRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/StaffEditor.h"
#include "storage/UserRepository.h"

#include <QSqlQuery>
#include <QTest>

// DESIGN 2.5 enforced by the storage layer itself: every cell of the role x action table is
// tried through the API the GUI and the CLI call, with the signed-in person set on the
// connection. A refusal says why and changes nothing. The expected table is written out here
// from the design, not read from core/Permissions, so a wrong matrix fails both suites.
class TestRoles : public QObject
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

    qint64 bookedBooking(int skip = 0)
    {
        return scalar(QStringLiteral("SELECT b.id FROM bookings b JOIN services s ON s.id = "
                                     "b.service_id WHERE b.status = 'booked' AND s.code = 'leg' "
                                     "ORDER BY b.starts_at LIMIT 1 OFFSET %1")
                          .arg(skip));
    }

    qint64 therapistOf(qint64 booking)
    {
        return scalar(
            QStringLiteral("SELECT therapist_id FROM bookings WHERE id = %1").arg(booking));
    }

    static CheckInAnswers allNo()
    {
        CheckInAnswers answers;
        for (const PrecautionQuestion& q :
             PrecautionRules::builtIn().questionsFor(QStringLiteral("leg")))
            answers.answers.insert(q.id, !q.trigger);
        return answers;
    }

    void signIn(Role role, qint64 therapistId = 0)
    {
        m_db->db().setActor(Actor{7, QStringLiteral("who"), role, therapistId});
    }

    // A check-in that lets the session start, recorded by a manager (the client has arrived).
    bool readyToStart(qint64 booking)
    {
        signIn(Role::Manager);
        Evaluation evaluation;
        StorageError error;
        const bool recorded =
            CheckinRepository(m_db->db())
                .record(booking, allNo(), QStringLiteral("boss"), &evaluation, &error);
        if (!recorded)
            qWarning("check-in refused: %s", qPrintable(error.message));
        return recorded &&
               scalar(QStringLiteral("SELECT count(*) FROM bookings WHERE id = %1 AND status = "
                                     "'arrived'")
                          .arg(booking)) == 1;
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

    void everyCell_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("action");
        QTest::addColumn<bool>("allowed");
        const struct
        {
            Action action;
            const char* name;
            bool receptionist, therapist, manager;
        } table[] = {
            {Action::Book, "book", true, true, true},
            {Action::EnterCheckin, "enter check-in", true, true, true},
            {Action::ReadCheckinOutcome, "read outcome", true, true, true},
            {Action::ReadCheckinAnswers, "read answers", false, true, true},
            {Action::TherapistSteps, "start session", false, true, false},
            {Action::EditCentre, "edit centre", false, false, true},
            {Action::ReadAudit, "read audit", false, false, true},
        };
        for (const auto& row : table) {
            QTest::addRow("receptionist %s", row.name)
                << int(Role::Receptionist) << int(row.action) << row.receptionist;
            QTest::addRow("therapist %s", row.name)
                << int(Role::Therapist) << int(row.action) << row.therapist;
            QTest::addRow("manager %s", row.name)
                << int(Role::Manager) << int(row.action) << row.manager;
        }
    }

    void everyCell()
    {
        QFETCH(int, role);
        QFETCH(int, action);
        QFETCH(bool, allowed);
        const qint64 booking = bookedBooking();
        QVERIFY(booking > 0);
        const qint64 own = therapistOf(booking);
        const QTimeZone zone("Europe/Madrid");
        StorageError error;
        bool ok = false;
        QString changedSql; // a count that must stay the same after a refusal
        qint64 before = 0;

        switch (Action(action)) {
        case Action::Book:
            changedSql = QStringLiteral("SELECT count(*) FROM bookings WHERE status = 'cancelled'");
            before = scalar(changedSql);
            signIn(Role(role), own);
            ok = Scheduler(m_db->db(), zone)
                     .cancel(booking, QStringLiteral("Client called"), QStringLiteral("who"),
                             &error);
            break;
        case Action::EnterCheckin: {
            changedSql = QStringLiteral("SELECT count(*) FROM checkins");
            before = scalar(changedSql);
            signIn(Role(role), own);
            Evaluation evaluation;
            ok = CheckinRepository(m_db->db())
                     .record(booking, allNo(), QStringLiteral("who"), &evaluation, &error);
            break;
        }
        case Action::ReadCheckinOutcome: {
            QVERIFY(readyToStart(booking));
            const qint64 client =
                scalar(QStringLiteral("SELECT client_id FROM bookings WHERE id = %1").arg(booking));
            signIn(Role(role), own);
            const QList<ClientBooking> list =
                ClientRepository(m_db->db()).bookings(client, QStringLiteral("en"), &error);
            ok = !error.isError();
            bool seen = false;
            for (const ClientBooking& b : list)
                seen = seen || (b.id == booking && !b.checkinOutcome.isEmpty());
            QVERIFY(seen || !ok);
            break;
        }
        case Action::ReadCheckinAnswers: {
            QVERIFY(readyToStart(booking));
            changedSql = QStringLiteral("SELECT count(*) FROM audit_log");
            before = scalar(changedSql);
            signIn(Role(role), own);
            StoredCheckin checkin;
            ok = CheckinRepository(m_db->db())
                     .read(booking, QStringLiteral("who"), &checkin, &error);
            if (!ok)
                QVERIFY(checkin.answers.answers.isEmpty());
            break;
        }
        case Action::TherapistSteps:
            QVERIFY(readyToStart(booking));
            changedSql =
                QStringLiteral("SELECT count(*) FROM bookings WHERE status = 'in_session'");
            before = scalar(changedSql);
            signIn(Role(role), own);
            ok = SessionRepository(m_db->db()).start(booking, QStringLiteral("who"), &error);
            break;
        case Action::EditCentre: {
            changedSql = QStringLiteral("SELECT count(*) FROM rooms");
            before = scalar(changedSql);
            signIn(Role(role), own);
            qint64 id = 0;
            ok = StaffEditor(m_db->db()).addRoom(QStringLiteral("Garden room"), &id, &error);
            break;
        }
        case Action::ReadAudit: {
            signIn(Role(role), own);
            const QList<AuditEntry> entries =
                AuditLog(m_db->db()).entries(0, QString(), 10, &error);
            ok = !error.isError();
            if (!ok)
                QVERIFY(entries.isEmpty());
            break;
        }
        default:
            QFAIL("no operation for this action");
        }

        QCOMPARE(ok, allowed);
        if (!allowed) {
            QCOMPARE(error.code, StorageError::Code::Refused);
            QVERIFY(!error.message.isEmpty());
            if (!changedSql.isEmpty())
                QCOMPARE(scalar(changedSql), before);
        } else if (!changedSql.isEmpty() && Action(action) != Action::ReadCheckinAnswers) {
            QVERIFY(scalar(changedSql) != before);
        }
    }

    // "own sessions" in DESIGN 2.5: a therapist books, moves and cancels only their own.
    void aTherapistChangesOnlyTheirOwnSessions()
    {
        const qint64 booking = bookedBooking();
        const qint64 own = therapistOf(booking);
        const qint64 other =
            scalar(QStringLiteral("SELECT id FROM therapists WHERE id <> %1 ORDER BY id LIMIT 1")
                       .arg(own));
        QVERIFY(other > 0);
        const QTimeZone zone("Europe/Madrid");
        Scheduler scheduler(m_db->db(), zone);
        StorageError error;

        signIn(Role::Therapist, other);
        QVERIFY(!scheduler.cancel(booking, QStringLiteral("No"), QStringLiteral("who"), &error));
        QVERIFY(error.message.contains(QStringLiteral("own")));
        QVERIFY(!scheduler.setStatus(booking, QStringLiteral("arrived"), QStringLiteral("who"),
                                     &error));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM bookings WHERE id = %1 AND status = "
                                       "'booked'")
                            .arg(booking)),
                 qint64(1));

        // Booking: a free slot of the booking's own therapist is refused to another therapist,
        // and "any therapist" means the therapist themself.
        BookingRequest request;
        request.clientId = scalar(QStringLiteral("SELECT min(id) FROM clients"));
        request.serviceCode = QStringLiteral("leg");
        request.minutes = 60;
        request.therapistId = own;
        request.startsAt = QDateTime(QDate(2026, 12, 2), QTime(10, 0), zone).toSecsSinceEpoch();
        const QList<Placement> free = scheduler.findSlots(request, 1, &error);
        QVERIFY2(!free.isEmpty(), qPrintable(error.message));
        request.startsAt = free.first().startsAt;
        qint64 id = 0;
        QVERIFY(!scheduler.book(request, QStringLiteral("who"), &id, nullptr, &error));
        QVERIFY(error.message.contains(QStringLiteral("own")));

        signIn(Role::Therapist, own);
        QVERIFY2(scheduler.book(request, QStringLiteral("who"), &id, nullptr, &error),
                 qPrintable(error.message));
        QCOMPARE(therapistOf(id), own);
        QVERIFY2(scheduler.cancel(id, QStringLiteral("Test over"), QStringLiteral("who"), &error),
                 qPrintable(error.message));
    }

    // "Own sessions" for check-ins too: a therapist enters the answers of their own session,
    // never a colleague's (the message says why; nothing is recorded).
    void aTherapistEntersCheckinsOnlyForTheirOwnSessions()
    {
        const qint64 booking = bookedBooking();
        const qint64 own = therapistOf(booking);
        const qint64 other =
            scalar(QStringLiteral("SELECT id FROM therapists WHERE id <> %1 ORDER BY id LIMIT 1")
                       .arg(own));
        QVERIFY(other > 0);
        const QString checkins = QStringLiteral("SELECT count(*) FROM checkins");
        const qint64 before = scalar(checkins);
        Evaluation evaluation;
        StorageError error;
        signIn(Role::Therapist, other);
        QVERIFY(!CheckinRepository(m_db->db())
                     .record(booking, allNo(), QStringLiteral("who"), &evaluation, &error));
        QCOMPARE(error.code, StorageError::Code::Refused);
        QVERIFY2(error.message.contains(QStringLiteral("their own sessions")),
                 qPrintable(error.message));
        QCOMPARE(scalar(checkins), before);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM bookings WHERE id = %1 AND status = "
                                       "'booked'")
                            .arg(booking)),
                 qint64(1));
        // A therapist account not linked to a therapist record owns no session.
        signIn(Role::Therapist, 0);
        QVERIFY(!CheckinRepository(m_db->db())
                     .record(booking, allNo(), QStringLiteral("who"), &evaluation, &error));
        signIn(Role::Therapist, own);
        QVERIFY2(CheckinRepository(m_db->db())
                     .record(booking, allNo(), QStringLiteral("who"), &evaluation, &error),
                 qPrintable(error.message));
        QCOMPARE(scalar(checkins), before + 1);
    }

    // The previous visit's answers are answers read afterwards: outcome level only for a
    // receptionist, so storage gives them none and audits no read.
    void previousAnswersAreRefusedToAReceptionist()
    {
        const qint64 first = bookedBooking();
        const qint64 second = bookedBooking(1);
        QVERIFY(first > 0 && second > first);
        QSqlQuery move(m_db->db().connection());
        QVERIFY(move.exec(QStringLiteral("UPDATE bookings SET client_id = (SELECT client_id FROM "
                                         "bookings WHERE id = %1) WHERE id = %2")
                              .arg(first)
                              .arg(second)));
        QVERIFY(readyToStart(first));
        const QString reads =
            QStringLiteral("SELECT count(*) FROM audit_log WHERE kind = 'checkin.read'");
        const qint64 before = scalar(reads);
        QHash<QString, bool> answers{{QStringLiteral("stale"), true}};
        StorageError error;
        signIn(Role::Receptionist);
        QVERIFY(!CheckinRepository(m_db->db())
                     .previousAnswers(second, QStringLiteral("who"), &answers, &error));
        QCOMPARE(error.code, StorageError::Code::Refused);
        QVERIFY(!error.message.isEmpty());
        QVERIFY(answers.isEmpty());
        QCOMPARE(scalar(reads), before);
        for (Role role : {Role::Therapist, Role::Manager}) {
            signIn(role, therapistOf(second));
            QVERIFY2(CheckinRepository(m_db->db())
                         .previousAnswers(second, QStringLiteral("who"), &answers, &error),
                     qPrintable(error.message));
            QCOMPARE(answers, allNo().answers);
        }
        QCOMPARE(scalar(reads), before + 2);
    }

    // Before the first account nobody signs in; once one exists, nobody signed in may write.
    void withoutSignInOnlyACentreWithoutAccountsIsOpen()
    {
        m_db->db().setActor(std::nullopt);
        StorageError error;
        qint64 id = 0;
        QVERIFY(
            StaffEditor(m_db->db()).addRoom(QStringLiteral("Room before accounts"), &id, &error));
        QVERIFY(UserRepository(m_db->db())
                    .add(QStringLiteral("anna"), Role::Manager, QStringLiteral("Blue sea 2026!"), 0,
                         QString(), &id, &error));
        const qint64 rooms = scalar(QStringLiteral("SELECT count(*) FROM rooms"));
        QVERIFY(!StaffEditor(m_db->db()).addRoom(QStringLiteral("Room after"), &id, &error));
        QCOMPARE(error.code, StorageError::Code::Refused);
        QVERIFY(error.message.contains(QStringLiteral("Sign in")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM rooms")), rooms);
        QVERIFY(!UserRepository(m_db->db())
                     .add(QStringLiteral("pau"), Role::Manager, QStringLiteral("Desk at nine 9"), 0,
                          QString(), &id, &error));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users")), qint64(1));
        const QList<AuditEntry> entries = AuditLog(m_db->db()).entries(0, QString(), 5, &error);
        QVERIFY(entries.isEmpty());
        QCOMPARE(error.code, StorageError::Code::Refused);
    }

    // Anyone changes their own password; only a manager resets another person's.
    void passwordsAreOwnOrTheManagers()
    {
        signIn(Role::Manager);
        UserRepository users(m_db->db());
        qint64 id = 0;
        StorageError error;
        QVERIFY(users.add(QStringLiteral("pau"), Role::Receptionist,
                          QStringLiteral("Desk at nine 9"), 0, QStringLiteral("boss"), &id,
                          &error));
        QVERIFY(users.add(QStringLiteral("nuria"), Role::Receptionist,
                          QStringLiteral("Front door 44"), 0, QStringLiteral("boss"), &id, &error));
        m_db->db().setActor(Actor{0, QStringLiteral("pau"), Role::Receptionist, 0});
        QVERIFY2(users.setPassword(QStringLiteral("pau"), QStringLiteral("Morning tea 12"),
                                   QStringLiteral("pau"), &error),
                 qPrintable(error.message));
        QVERIFY(!users.setPassword(QStringLiteral("nuria"), QStringLiteral("Stolen key 77"),
                                   QStringLiteral("pau"), &error));
        User user;
        QVERIFY(
            users.signIn(QStringLiteral("nuria"), QStringLiteral("Front door 44"), &user, &error));
    }
};

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
