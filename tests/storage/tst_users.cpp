#include "TestDatabase.h"
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
};

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
