#include "TestDatabase.h"
#include "storage/AuditLog.h"
#include "storage/UserRepository.h"

#include <QSqlQuery>
#include <QTest>

// Users and sign-in: Argon2id hashes, the strength check, the slow-down after five wrong
// passwords, deactivated accounts, and an audit entry for each of them.
namespace {

// The accounts below are made by a manager; tst_roles covers who may do what.
void signInAsManager(TestDatabase& db)
{
    db.db().setActor(Actor{1, QStringLiteral("anna"), Role::Manager, 0});
}

} // namespace

class TestUsers : public QObject
{
    Q_OBJECT

private:
    qint64 count(TestDatabase& db, const QString& sql)
    {
        QSqlQuery q(db.db().connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void weakPasswordsAreRefused_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("short") << QStringLiteral("Ab1!");
        QTest::newRow("contains the name") << QStringLiteral("marta-2026-Spring");
        QTest::newRow("letters only, short") << QStringLiteral("abcdefghijk");
        QTest::newRow("one character repeated") << QStringLiteral("aaaaaaaaaaaaaaaaaa");
    }
    void weakPasswordsAreRefused()
    {
        QFETCH(QString, password);
        QVERIFY(!UserRepository::passwordProblem(QStringLiteral("marta"), password).isEmpty());
        TestDatabase db;
        signInAsManager(db);
        qint64 id = 0;
        StorageError error;
        QVERIFY(!UserRepository(db.db()).add(QStringLiteral("marta"), Role::Therapist, password, 0,
                                             QString(), &id, &error));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM users")), 0);
    }

    void signInWorksAndStoresOnlyAHash()
    {
        TestDatabase db;
        signInAsManager(db);
        UserRepository users(db.db());
        qint64 id = 0;
        StorageError error;
        QVERIFY2(users.add(QStringLiteral("anna"), Role::Manager, QStringLiteral("Blue sea 2026!"),
                           0, QString(), &id, &error),
                 qPrintable(error.message));
        QVERIFY(!users.add(QStringLiteral("anna"), Role::Receptionist,
                           QStringLiteral("Other pass 99"), 0, QString(), &id, &error));
        QVERIFY(error.message.contains(QStringLiteral("already")));
        QSqlQuery q(db.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT password_hash FROM users WHERE name = 'anna'")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toString().startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!q.value(0).toString().contains(QStringLiteral("Blue sea")));
        q.finish();
        User user;
        QVERIFY(
            users.signIn(QStringLiteral("anna"), QStringLiteral("Blue sea 2026!"), &user, &error));
        QCOMPARE(user.role, Role::Manager);
        QVERIFY(
            !users.signIn(QStringLiteral("anna"), QStringLiteral("blue sea 2026!"), &user, &error));
        QVERIFY(
            !users.signIn(QStringLiteral("nobody"), QStringLiteral("whatever 123"), &user, &error));
        QCOMPARE(error.message, QStringLiteral("Wrong user name or password."));
        QCOMPARE(
            count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE kind = 'user.signin'")),
            1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE kind = "
                                          "'user.signin_failed'")),
                 2);
    }

    void fiveWrongPasswordsMakeTheNextTryWait()
    {
        TestDatabase db;
        signInAsManager(db);
        UserRepository users(db.db());
        qint64 id = 0;
        StorageError error;
        QVERIFY(users.add(QStringLiteral("pau"), Role::Receptionist,
                          QStringLiteral("Desk at nine 9"), 0, QString(), &id, &error));
        User user;
        for (int i = 0; i < UserRepository::kFreeAttempts; ++i)
            QVERIFY(
                !users.signIn(QStringLiteral("pau"), QStringLiteral("wrong one 1"), &user, &error));
        // Now even the right password waits.
        QVERIFY(
            !users.signIn(QStringLiteral("pau"), QStringLiteral("Desk at nine 9"), &user, &error));
        QVERIFY2(error.message.contains(QStringLiteral("Try again in 30")),
                 qPrintable(error.message));
        db.clock().set(db.clock().nowUtc().addSecs(31));
        QVERIFY(
            users.signIn(QStringLiteral("pau"), QStringLiteral("Desk at nine 9"), &user, &error));
        // A success clears the count: one wrong try does not lock again.
        QVERIFY(!users.signIn(QStringLiteral("pau"), QStringLiteral("wrong one 1"), &user, &error));
        QVERIFY(
            users.signIn(QStringLiteral("pau"), QStringLiteral("Desk at nine 9"), &user, &error));
    }

    void deactivatedAccountsCannotSignInAndRolesChangeWithATrace()
    {
        TestDatabase db;
        signInAsManager(db);
        UserRepository users(db.db());
        qint64 id = 0;
        StorageError error;
        QVERIFY(users.add(QStringLiteral("jordi"), Role::Therapist,
                          QStringLiteral("Calf and thigh 7"), 0, QStringLiteral("anna"), &id,
                          &error));
        QVERIFY(users.setActive(QStringLiteral("jordi"), false, QStringLiteral("anna"), &error));
        User user;
        QVERIFY(!users.signIn(QStringLiteral("jordi"), QStringLiteral("Calf and thigh 7"), &user,
                              &error));
        QVERIFY(error.message.contains(QStringLiteral("deactivated")));
        QVERIFY(users.setActive(QStringLiteral("jordi"), true, QStringLiteral("anna"), &error));
        QVERIFY(
            users.setRole(QStringLiteral("jordi"), Role::Manager, QStringLiteral("anna"), &error));
        QVERIFY(users.setPassword(QStringLiteral("jordi"), QStringLiteral("New leaf 2027!"),
                                  QStringLiteral("anna"), &error));
        QVERIFY(
            users.signIn(QStringLiteral("jordi"), QStringLiteral("New leaf 2027!"), &user, &error));
        QCOMPARE(user.role, Role::Manager);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE user_name = 'anna' "
                                          "AND kind IN ('user.add', 'user.deactivate', "
                                          "'user.activate', 'user.role', 'user.password')")),
                 5);
        // Users are never deleted: the audit log names them.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM users")), 1);
    }

    void theLastActiveManagerStays()
    {
        TestDatabase db;
        signInAsManager(db);
        UserRepository users(db.db());
        qint64 id = 0;
        StorageError error;
        QVERIFY(users.add(QStringLiteral("anna"), QStringLiteral("Anna Puig"), Role::Manager,
                          QStringLiteral("Blue sea 2026!"), 0, QString(), &id, &error));
        QCOMPARE(users.displayNames(&error).value(id), QStringLiteral("Anna Puig"));
        QVERIFY(!users.setActive(QStringLiteral("anna"), false, QStringLiteral("anna"), &error));
        QCOMPARE(error.code, StorageError::Code::Refused);
        QVERIFY2(error.message.contains(QStringLiteral("last active manager")),
                 qPrintable(error.message));
        QVERIFY(!users.setRole(QStringLiteral("anna"), Role::Receptionist, QStringLiteral("anna"),
                               &error));
        QVERIFY(error.message.contains(QStringLiteral("last active manager")));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM users WHERE role = 'manager' AND "
                                          "active = 1")),
                 1);

        // With a second manager either may go; then the other is the last one again.
        QVERIFY(users.add(QStringLiteral("jordi"), Role::Manager,
                          QStringLiteral("Calf and thigh 7"), 0, QString(), &id, &error));
        QVERIFY2(users.setRole(QStringLiteral("anna"), Role::Receptionist, QString(), &error),
                 qPrintable(error.message));
        QVERIFY(!users.setActive(QStringLiteral("jordi"), false, QString(), &error));
        // A deactivated manager does not count.
        QVERIFY(users.setRole(QStringLiteral("anna"), Role::Manager, QString(), &error));
        QVERIFY(users.setActive(QStringLiteral("anna"), false, QString(), &error));
        QVERIFY(!users.setRole(QStringLiteral("jordi"), Role::Therapist, QString(), &error));
        // Keeping the role (manager -> manager) is not a demotion.
        QVERIFY(users.setRole(QStringLiteral("jordi"), Role::Manager, QString(), &error));
    }

    void theAuditLogFiltersAndPages()
    {
        TestDatabase db;
        signInAsManager(db);
        AuditLog log(db.db());
        StorageError error;
        for (int i = 0; i < 10; ++i) {
            db.clock().set(db.clock().nowUtc().addSecs(60));
            QVERIFY(log.appendAlone(i % 2 ? QStringLiteral("pau") : QStringLiteral("anna"),
                                    i % 3 ? QStringLiteral("checkin.read")
                                          : QStringLiteral("user.signin"),
                                    i % 5 + 1, 0, QString(), &error));
        }
        AuditFilter filter;
        filter.user = QStringLiteral("pau");
        filter.kinds = {QStringLiteral("checkin.read")};
        QList<AuditEntry> found = log.entries(filter, 100, &error);
        QCOMPARE(found.size(), 3); // i = 1, 5, 7
        QVERIFY(found.at(0).id > found.at(1).id);
        filter = {};
        filter.clientIds = {1, 2};
        QCOMPARE(log.entries(filter, 100, &error).size(), 4); // i = 0, 1, 5, 6
        // Pages of three, newest first, without gaps or repeats.
        filter = {};
        QList<qint64> ids;
        for (;;) {
            const QList<AuditEntry> page = log.entries(filter, 3, &error);
            if (page.isEmpty())
                break;
            for (const AuditEntry& e : page)
                ids.append(e.id);
            filter.beforeId = page.last().id;
        }
        QCOMPARE(ids.size(), 10);
        QCOMPARE(ids.first(), qint64(10));
        QCOMPARE(ids.last(), qint64(1));
        // A time range: [3rd, 6th) entry.
        filter = {};
        const qint64 start = db.clock().nowSecs() - 9 * 60;
        filter.fromSecs = start + 2 * 60;
        filter.toSecs = start + 5 * 60;
        QCOMPARE(log.entries(filter, 100, &error).size(), 3);
        db.db().setActor(Actor{2, QStringLiteral("pau"), Role::Receptionist, 0});
        QVERIFY(log.entries(filter, 100, &error).isEmpty());
        QCOMPARE(error.code, StorageError::Code::Refused);
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
