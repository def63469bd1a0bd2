#include "TestDatabase.h"
#include "models/AuditModel.h"
#include "pages/AuditPage.h"
#include "storage/UserRepository.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

// The manager's audit page: entries newest first in the centre's time, filtered by person,
// client, kind and dates, read a page at a time; "Verify the chain" finds an entry changed
// behind the program's back.
class TestAuditUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    void screenshot(QWidget* widget, const QString& name)
    {
        QCoreApplication::processEvents();
        const QString folder = qEnvironmentVariable("MASSAGE_DESK_SCREENSHOTS");
        if (!folder.isEmpty())
            widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
    }

    qint64 count(const QString& sql)
    {
        QSqlQuery q(m_db->db().connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    void later(int minutes) { m_db->clock().set(m_db->clock().nowUtc().addSecs(minutes * 60)); }

    // Every visible row passes `check` (on the entry behind it).
    template <typename F> static bool allRows(AuditModel* model, F check)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (!check(*model->entryFromIndex(model->index(row, 0))))
                return false;
        }
        return model->rowCount() > 0;
    }

private slots:
    void init()
    {
        // 09:00 UTC is 10:00 in the centre (Europe/Madrid, the default).
        m_db = std::make_unique<TestDatabase>();
        Database& db = m_db->db();
        UserRepository users(db);
        qint64 id = 0;
        StorageError error;
        QVERIFY(users.add(QStringLiteral("anna"), Role::Manager, QStringLiteral("Blue sea 2026!"),
                          0, QStringLiteral("anna"), &id, &error));
        db.setActor(Actor{id, QStringLiteral("anna"), Role::Manager, 0});
        QVERIFY(users.add(QStringLiteral("pau"), Role::Receptionist,
                          QStringLiteral("Desk at nine 9"), 0, QStringLiteral("anna"), &id,
                          &error));
        User user;
        later(60);
        QVERIFY(
            users.signIn(QStringLiteral("pau"), QStringLiteral("Desk at nine 9"), &user, &error));
        QVERIFY(
            !users.signIn(QStringLiteral("pau"), QStringLiteral("wrong again 1"), &user, &error));
        AuditLog log(db);
        // Three days of check-ins written by pau for clients 7 and 8.
        for (int day = 0; day < 3; ++day) {
            later(24 * 60);
            QVERIFY(log.appendAlone(QStringLiteral("pau"), QStringLiteral("checkin.write"),
                                    7 + day % 2, 100 + day, QString(), &error));
        }
    }

    void entriesAreFilteredAndVerified()
    {
        AuditPage page;
        new QAbstractItemModelTester(page.model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, &page);
        page.setDatabase(&m_db->db());
        page.setRole(Role::Manager);
        page.resize(1200, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        AuditModel* model = page.model();
        // Opening the page is recorded, and shown first.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE kind = 'audit.read'")),
                 1);
        QCOMPARE(qint64(model->rowCount()),
                 count(QStringLiteral("SELECT count(*) FROM audit_log")));
        QCOMPARE(model->entryFromIndex(model->index(0, 0))->kind, QStringLiteral("audit.read"));
        QCOMPARE(model->index(0, AuditModel::Kind).data().toString(),
                 QStringLiteral("Audit log read"));
        // The first entry (anna added at 09:00 UTC) in the centre's time.
        const int last = model->rowCount() - 1;
        QCOMPARE(model->index(last, AuditModel::Time).data().toString(),
                 QStringLiteral("2026-11-25 10:00:00"));
        QCOMPARE(model->index(last, AuditModel::Kind).data().toString(),
                 QStringLiteral("Account added"));
        screenshot(&page, QStringLiteral("audit-page"));

        // By person.
        page.userFilter()->setEditText(QStringLiteral("pau"));
        QVERIFY(page.applyFilter());
        QCOMPARE(model->rowCount(), 5);
        QVERIFY(allRows(model, [](const AuditEntry& e) { return e.user == QLatin1String("pau"); }));
        // And kind.
        page.kindFilter()->setCurrentIndex(
            page.kindFilter()->findData(QStringLiteral("user.signin_failed")));
        QVERIFY(page.applyFilter());
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, AuditModel::Kind).data().toString(),
                 QStringLiteral("Sign-in refused"));
        screenshot(&page, QStringLiteral("audit-page-filtered"));
        page.kindFilter()->setCurrentIndex(0);
        page.userFilter()->setEditText(QString());

        // By client number, then by dates in the centre's calendar.
        page.clientFilter()->setText(QStringLiteral("7"));
        QVERIFY(page.applyFilter());
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(allRows(model, [](const AuditEntry& e) { return e.clientId == 7; }));
        page.dateFilter()->setChecked(true);
        page.fromDate()->setDate(QDate(2026, 11, 28));
        page.toDate()->setDate(QDate(2026, 11, 28));
        QVERIFY(page.applyFilter());
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->entryFromIndex(model->index(0, 0))->bookingId, 102);
        page.clientFilter()->setText(QStringLiteral("nobody-like-this"));
        QVERIFY(page.applyFilter());
        QCOMPARE(model->rowCount(), 0); // no such client: nothing, not everything
        page.clientFilter()->clear();
        page.dateFilter()->setChecked(false);
        QVERIFY(page.applyFilter());

        // The chain holds, until a row is changed behind the program's back.
        QVERIFY(page.verifyChain());
        QVERIFY(page.verifyResult()->text().contains(QStringLiteral("intact")));
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            raw.setDatabaseName(m_db->path());
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY(
                q.exec(QStringLiteral("UPDATE audit_log SET user_name = 'nobody' WHERE id = 3")));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        QVERIFY(!page.verifyChain());
        QVERIFY2(page.verifyResult()->text().contains(QStringLiteral("broken at entry 3")),
                 qPrintable(page.verifyResult()->text()));
        screenshot(&page, QStringLiteral("audit-page-broken"));
    }

    void aLongLogIsReadAPageAtATime()
    {
        AuditLog log(m_db->db());
        StorageError error;
        for (int i = 0; i < 450; ++i)
            QVERIFY(log.appendAlone(QStringLiteral("anna"), QStringLiteral("checkin.read"), 9, 0,
                                    QString(), &error));
        // The tester itself fetches to the end, so it watches a second model.
        AuditModel watched;
        QAbstractItemModelTester tester(&watched,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        watched.setDatabase(&m_db->db(), QTimeZone::utc());
        QVERIFY(watched.setFilter({}));
        while (watched.canFetchMore({}))
            watched.fetchMore({});
        AuditModel model;
        model.setDatabase(&m_db->db(), QTimeZone::utc());
        QVERIFY(model.setFilter({}));
        QCOMPARE(model.rowCount(), AuditModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        const qint64 total = count(QStringLiteral("SELECT count(*) FROM audit_log"));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(qint64(model.rowCount()), total);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.entryFromIndex(model.index(row - 1, 0))->id >
                    model.entryFromIndex(model.index(row, 0))->id);
    }

    void othersSeeWhyNot()
    {
        m_db->db().setActor(Actor{2, QStringLiteral("pau"), Role::Receptionist, 0});
        AuditPage page;
        page.setDatabase(&m_db->db());
        page.setRole(Role::Receptionist);
        page.resize(900, 400);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.controls()->isVisible());
        QVERIFY(page.explanation()->isVisible());
        QCOMPARE(page.model()->rowCount(), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE kind = 'audit.read'")),
                 0);
    }
};

QTEST_MAIN(TestAuditUi)
#include "tst_audit_ui.moc"
