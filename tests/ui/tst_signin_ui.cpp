#include "MainWindow.h"
#include "SignInDialog.h"
#include "TestDatabase.h"
#include "models/DayAgendaModel.h"
#include "pages/CataloguePage.h"
#include "pages/CheckinsPage.h"
#include "pages/SettingsPage.h"
#include "storage/DemoGenerator.h"
#include "widgets/SessionPanel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

// Signing in at the desk, and the window following the role: a receptionist sees check-in
// outcomes but not answers and cannot change settings; a therapist reads the answers.
class TestSignInUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>(
            true, QDateTime(QDate(2026, 11, 25), QTime(10, 30), QTimeZone::utc()));
        DemoGenerator::Summary summary;
        StorageError error;
        QVERIFY(DemoGenerator::generate(m_db->db(), {DemoGenerator::Size::Small, 4, 0}, &summary,
                                        &error));
        UserRepository users(m_db->db());
        qint64 id = 0;
        m_db->db().setActor(Actor{0, QStringLiteral("setup"), Role::Manager, 0});
        QVERIFY(users.add(QStringLiteral("pau"), Role::Receptionist,
                          QStringLiteral("Desk at nine 9"), 0, QString(), &id, &error));
        QVERIFY(users.add(QStringLiteral("marta"), Role::Therapist,
                          QStringLiteral("Calf and thigh 7"), 1, QString(), &id, &error));
        m_db->db().setActor(std::nullopt); // the tests sign in through the dialog
    }

    // The demo asks who is working: its accounts to choose from and the password they share.
    void aDemoCentreOffersItsAccountsAndSaysThePassword()
    {
        QVERIFY(!SignInDialog(m_db->db(), QString()).demoHint()); // not a demo centre
        TestDatabase demo(true, QDateTime(QDate(2026, 11, 25), QTime(10, 30), QTimeZone::utc()));
        DemoGenerator::Options options;
        options.accounts = true;
        DemoGenerator::Summary summary;
        StorageError error;
        QVERIFY2(DemoGenerator::generate(demo.db(), options, &summary, &error),
                 qPrintable(error.message));
        QCOMPARE(summary.accounts.size(), 6);
        SignInDialog dialog(demo.db(), QString());
        QVERIFY(dialog.demoHint());
        const QString hint = dialog.demoHint()->text();
        for (const char* word :
             {"manager", "reception", "marta", "jordi", "laia", "pau", "<b>demo</b>"})
            QVERIFY2(hint.contains(QLatin1String(word)), qPrintable(hint));
        QStringList offered;
        for (int i = 0; i < dialog.names()->count(); ++i)
            offered << dialog.names()->itemText(i);
        offered.sort();
        QCOMPARE(offered, QStringList({QStringLiteral("jordi"), QStringLiteral("laia"),
                                       QStringLiteral("manager"), QStringLiteral("marta"),
                                       QStringLiteral("pau"), QStringLiteral("reception")}));
        dialog.names()->setCurrentIndex(int(dialog.names()->findText(QStringLiteral("marta"))));
        dialog.passwordEdit()->setText(QStringLiteral("demo"));
        QVERIFY2(dialog.trySignIn(), qPrintable(dialog.problem()->text()));
        QCOMPARE(dialog.user().role, Role::Therapist);
        QCOMPARE(dialog.user().therapistId, qint64(1));
        const QString folder = qEnvironmentVariable("MASSAGE_DESK_SCREENSHOTS");
        if (!folder.isEmpty())
            dialog.grab().save(folder + QStringLiteral("/signin-demo.png"));
    }

    void theDialogSaysWhyAndThenLetsIn()
    {
        SignInDialog dialog(m_db->db(), QStringLiteral("pau"));
        dialog.passwordEdit()->setText(QStringLiteral("not it at all"));
        QVERIFY(!dialog.trySignIn());
        QVERIFY(dialog.problem()->text().contains(QStringLiteral("Wrong")));
        QVERIFY(dialog.passwordEdit()->text().isEmpty()); // never left on screen
        dialog.passwordEdit()->setText(QStringLiteral("Desk at nine 9"));
        QVERIFY(dialog.trySignIn());
        QCOMPARE(dialog.user().role, Role::Receptionist);
    }

    void theWindowFollowsTheRole()
    {
        MainWindow window(m_db->clock(), nullptr);
        Database::Options options;
        options.path = m_db->path();
        StorageError error;
        window.setDatabase(Database::open(options, m_db->clock(), &error));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Checkins);
        auto* checkins = static_cast<CheckinsPage*>(window.page(MainWindow::Checkins));
        // Select a session that already has a check-in.
        int row = 0;
        for (; row < checkins->model()->rowCount(); ++row) {
            if (!checkins->model()
                     ->entryFromIndex(checkins->model()->index(row, 0))
                     ->checkinOutcome.isEmpty())
                break;
        }
        QVERIFY(row < checkins->model()->rowCount());
        checkins->view()->setCurrentIndex(checkins->model()->index(row, 0));

        User pau{0, QStringLiteral("pau"), Role::Receptionist, 0, true};
        window.setUser(pau);
        QVERIFY(!checkins->panel()->reviewAnswers());
        auto* settings = static_cast<SettingsPage*>(window.page(MainWindow::Settings));
        QVERIFY(!settings->tabs()->widget(2)->isEnabled()); // therapists tab
        auto* catalogue = static_cast<CataloguePage*>(window.page(MainWindow::Catalogue));
        QVERIFY(!catalogue->canEdit());
        const QList<QLabel*> labels = window.findChildren<QLabel*>();
        bool shown = false;
        for (QLabel* label : labels)
            shown = shown || label->text().contains(QStringLiteral("Signed in: pau"));
        QVERIFY(shown);

        User marta{0, QStringLiteral("marta"), Role::Therapist, 1, true};
        window.setUser(marta);
        QVERIFY(checkins->panel()->reviewAnswers());
        QVERIFY(!settings->tabs()->widget(2)->isEnabled());

        User anna{0, QStringLiteral("anna"), Role::Manager, 0, true};
        window.setUser(anna);
        QVERIFY(catalogue->canEdit());
        QCOMPARE(catalogue->userName, QStringLiteral("anna"));
        QVERIFY(!checkins->panel()->startSession()); // a manager takes no therapist step

        window.setUser(std::nullopt); // no users: everything open again
        QVERIFY(settings->tabs()->widget(2)->isEnabled());
    }
};

QTEST_MAIN(TestSignInUi)
#include "tst_signin_ui.moc"
