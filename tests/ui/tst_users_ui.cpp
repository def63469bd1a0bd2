#include "MainWindow.h"
#include "SignInDialog.h"
#include "TestDatabase.h"
#include "dialogs/FirstManagerDialog.h"
#include "dialogs/UserDialog.h"
#include "models/UserListModel.h"
#include "pages/SettingsPage.h"
#include "pages/UsersPage.h"
#include "storage/SealingRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/StaffEditor.h"
#include "widgets/PasswordFields.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>

// Accounts through the GUI: the first start creates the manager, the manager's Users page
// adds, resets, demotes and deactivates (never the last manager), others see only why not,
// and an untouched window locks itself.
class TestUsersUi : public QObject
{
    Q_OBJECT

private:
    static constexpr auto kAnnaPassword = "Blue sea 2026!";

    void screenshot(QWidget* widget, const QString& name)
    {
        QCoreApplication::processEvents();
        const QString folder = qEnvironmentVariable("MASSAGE_DESK_SCREENSHOTS");
        if (!folder.isEmpty())
            widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
    }

    // Runs `act` on the next modal dialog of type T once it is up (the code under test is
    // blocked in exec() meanwhile).
    template <typename T, typename F> static void whenModal(F act)
    {
        auto* poll = new QTimer;
        poll->setInterval(20);
        QObject::connect(poll, &QTimer::timeout, poll, [poll, act] {
            if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
                poll->stop();
                poll->deleteLater();
                act(dialog);
            }
        });
        poll->start();
    }

    // anna, the centre's manager, made the way the first start does (nobody signed in yet).
    static void addAnna(TestDatabase& db)
    {
        qint64 id = 0;
        StorageError error;
        QVERIFY(UserRepository(db.db()).add(QStringLiteral("anna"), QStringLiteral("Anna Puig"),
                                            Role::Manager, QString::fromLatin1(kAnnaPassword), 0,
                                            QStringLiteral("anna"), &id, &error));
        db.db().setActor(Actor{id, QStringLiteral("anna"), Role::Manager, 0});
    }

    static std::unique_ptr<Database> openAgain(TestDatabase& db)
    {
        Database::Options options;
        options.path = db.path();
        StorageError error;
        return Database::open(options, db.clock(), &error);
    }

private slots:
    void theFirstStartCreatesTheManager()
    {
        TestDatabase db;
        FirstManagerDialog dialog(db.db());
        dialog.nameEdit()->setText(QStringLiteral("anna"));
        dialog.displayNameEdit()->setText(QStringLiteral("Anna Puig"));
        dialog.passwords()->first()->setText(QStringLiteral("anna2026"));
        // The strength check is shown while typing, in words.
        QVERIFY(dialog.passwords()->feedback()->text().contains(QStringLiteral("Not yet")));
        dialog.passwords()->second()->setText(QStringLiteral("anna2026"));
        QVERIFY(!dialog.create());
        QVERIFY2(dialog.problem()->text().contains(QStringLiteral("10 characters")),
                 qPrintable(dialog.problem()->text()));
        StorageError error;
        QVERIFY(!UserRepository(db.db()).anyUser(&error));

        dialog.passwords()->first()->setText(QString::fromLatin1(kAnnaPassword));
        dialog.passwords()->second()->setText(QStringLiteral("Blue sea 2026?"));
        QVERIFY(!dialog.create());
        QVERIFY(dialog.problem()->text().contains(QStringLiteral("not the same")));
        dialog.passwords()->second()->setText(QString::fromLatin1(kAnnaPassword));
        QVERIFY(dialog.passwords()->feedback()->text().contains(QStringLiteral("Strong enough")));
        dialog.show();
        screenshot(&dialog, QStringLiteral("first-manager-dialog"));
        QVERIFY2(dialog.create(), qPrintable(dialog.problem()->text()));
        QCOMPARE(dialog.user().name, QStringLiteral("anna"));
        QCOMPARE(dialog.user().role, Role::Manager);
        QCOMPARE(UserRepository(db.db()).displayNames(&error).value(dialog.user().id),
                 QStringLiteral("Anna Puig"));
        QVERIFY(UserRepository(db.db()).anyUser(&error));
    }

    void theWindowOffersTheManagerAccountLater()
    {
        TestDatabase db;
        MainWindow window(db.clock(), nullptr);
        window.setDatabase(openAgain(db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool saysSo = false;
        for (QLabel* label : window.findChildren<QLabel*>())
            saysSo = saysSo || label->text().contains(QStringLiteral("No user accounts yet"));
        QVERIFY(saysSo);
        QVERIFY(!window.lock()); // nothing to lock without accounts
        window.showPage(MainWindow::Users);
        screenshot(&window, QStringLiteral("users-page-no-accounts"));

        whenModal<FirstManagerDialog>([](FirstManagerDialog* dialog) {
            dialog->nameEdit()->setText(QStringLiteral("anna"));
            dialog->passwords()->first()->setText(QString::fromLatin1(kAnnaPassword));
            dialog->passwords()->second()->setText(QString::fromLatin1(kAnnaPassword));
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        QVERIFY(window.createManager());
        QVERIFY(window.user());
        QCOMPARE(window.user()->name, QStringLiteral("anna"));
        QVERIFY(window.database()->actor());
        QCOMPARE(window.database()->actor()->role, Role::Manager);
    }

    void theManagerManagesAccounts()
    {
        TestDatabase db;
        addAnna(db);
        qint64 marta = 0;
        StorageError error;
        QVERIFY(StaffEditor(db.db()).addTherapist(QStringLiteral("Marta Vidal"), &marta, &error));
        UsersPage page;
        new QAbstractItemModelTester(page.model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, &page);
        page.setDatabase(&db.db());
        page.setRole(Role::Manager);
        page.resize(1100, 520);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.controls()->isVisible());
        QCOMPARE(page.model()->rowCount(), 1);

        // A weak password is refused with the reason; a good one adds the receptionist.
        QVERIFY(!page.addUser(QStringLiteral("pau"), QString(), Role::Receptionist, 0,
                              QStringLiteral("pau12345")));
        QVERIFY(page.message()->text().contains(QStringLiteral("10 characters")));
        QVERIFY(page.addUser(QStringLiteral("pau"), QStringLiteral("Pau Soler"), Role::Receptionist,
                             0, QStringLiteral("Desk at nine 9")));
        QCOMPARE(page.model()->rowCount(), 2);

        // A therapist's account needs the therapist record (the dialog says so).
        UserDialog dialog(
            StaffRepository(db.db()).therapists(&error),
            [&page](const UserDialog::Values& v, StorageError* refused) {
                if (page.addUser(v.name, v.displayName, v.role, v.therapistId, v.password))
                    return true;
                refused->message = page.message()->text();
                return false;
            },
            &page);
        dialog.nameEdit()->setText(QStringLiteral("marta"));
        dialog.roleBox()->setCurrentIndex(dialog.roleBox()->findData(int(Role::Therapist)));
        dialog.passwords()->first()->setText(QStringLiteral("Calf and thigh 7"));
        dialog.passwords()->second()->setText(QStringLiteral("Calf and thigh 7"));
        QVERIFY(!dialog.trySubmit());
        QVERIFY(dialog.problem()->text().contains(QStringLiteral("therapist record")));
        dialog.therapistBox()->setCurrentIndex(dialog.therapistBox()->findData(marta));
        dialog.show();
        screenshot(&dialog, QStringLiteral("users-add-dialog"));
        QVERIFY2(dialog.trySubmit(), qPrintable(dialog.problem()->text()));
        dialog.hide();
        const QModelIndex martaRow = page.model()->indexOf(QStringLiteral("marta"));
        QCOMPARE(page.model()->index(martaRow.row(), UserListModel::Therapist).data().toString(),
                 QStringLiteral("Marta Vidal"));

        // A new password for pau signs in; the old one no longer does.
        QVERIFY(page.resetPassword(QStringLiteral("pau"), QStringLiteral("Fresh start 42")));
        User user;
        QVERIFY(!UserRepository(db.db()).signIn(QStringLiteral("pau"),
                                                QStringLiteral("Desk at nine 9"), &user, &error));
        QVERIFY(UserRepository(db.db()).signIn(QStringLiteral("pau"),
                                               QStringLiteral("Fresh start 42"), &user, &error));

        // Deactivating asks first; cancelling changes nothing, accepting locks pau out.
        QVERIFY(page.select(QStringLiteral("pau")));
        whenModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Cancel)->click(); });
        QVERIFY(!page.toggleActive());
        QVERIFY(page.model()->userFromIndex(page.view()->currentIndex())->active);
        whenModal<QMessageBox>([](QMessageBox* box) {
            QVERIFY(box->text().contains(QStringLiteral("pau")));
            box->buttons().constFirst()->click(); // "Deactivate"
        });
        QVERIFY(page.toggleActive());
        QVERIFY(!page.model()->userFromIndex(page.view()->currentIndex())->active);
        QCOMPARE(page.model()
                     ->index(page.view()->currentIndex().row(), UserListModel::Active)
                     .data()
                     .toString(),
                 QStringLiteral("Deactivated"));
        QVERIFY(!UserRepository(db.db()).signIn(QStringLiteral("pau"),
                                                QStringLiteral("Fresh start 42"), &user, &error));
        QVERIFY(error.message.contains(QStringLiteral("deactivated")));
        QVERIFY(page.activeButton()->text().contains(QStringLiteral("Reac")));

        // anna is the only manager: neither deactivated nor demoted, and the page says why.
        QVERIFY(page.select(QStringLiteral("anna")));
        whenModal<QMessageBox>([](QMessageBox* box) { box->buttons().constFirst()->click(); });
        QVERIFY(!page.toggleActive());
        QVERIFY2(page.message()->text().contains(QStringLiteral("last active manager")),
                 qPrintable(page.message()->text()));
        QVERIFY(!page.changeRole(QStringLiteral("anna"), Role::Receptionist));
        QVERIFY(page.message()->text().contains(QStringLiteral("last active manager")));
        QVERIFY(page.changeRole(QStringLiteral("marta"), Role::Manager));
        QVERIFY(!page.changeRole(QStringLiteral("pau"), Role::Therapist)); // no record
        QVERIFY(page.message()->text().contains(QStringLiteral("no therapist record")));
        QVERIFY(page.select(QStringLiteral("pau")));
        screenshot(&page, QStringLiteral("users-page"));
    }

    void othersSeeWhyNot()
    {
        TestDatabase db;
        addAnna(db);
        db.db().setActor(Actor{2, QStringLiteral("pau"), Role::Receptionist, 0});
        UsersPage page;
        page.setDatabase(&db.db());
        page.setRole(Role::Receptionist);
        page.resize(900, 400);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.controls()->isVisible());
        QVERIFY(page.explanation()->isVisible());
        QVERIFY(page.explanation()->text().contains(QStringLiteral("Only a manager")));
        QCOMPARE(page.model()->rowCount(), 0); // not even the names
        screenshot(&page, QStringLiteral("users-page-receptionist"));
    }

    void anIdleWindowLocks()
    {
        TestDatabase db;
        addAnna(db);
        MainWindow window(db.clock(), nullptr);
        window.setDatabase(openAgain(db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy locking(&window, &MainWindow::idleLocking);

        // Without anyone signed in there is nobody to lock out.
        window.setIdleLockInterval(200);
        QTest::qWait(600);
        QCOMPARE(locking.count(), 0);

        User anna;
        StorageError error;
        QVERIFY(
            UserRepository(*window.database())
                .signIn(QStringLiteral("anna"), QString::fromLatin1(kAnnaPassword), &anna, &error));
        window.setUser(anna);
        window.setIdleLockInterval(500);
        // Someone keeps working for three intervals: no lock.
        for (int i = 0; i < 15; ++i) {
            QKeyEvent shift(QEvent::KeyPress, Qt::Key_Shift, Qt::ShiftModifier);
            QCoreApplication::sendEvent(window.centralWidget(), &shift);
            QTest::qWait(100);
        }
        QCOMPARE(locking.count(), 0);
        QVERIFY(!window.isLocked());

        // Then nobody: the window locks, hides the pages, and the same person signs back in.
        bool pagesHidden = false;
        whenModal<SignInDialog>([&window, &pagesHidden](SignInDialog* dialog) {
            pagesHidden = !window.centralWidget()->isVisible();
            QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("anna"));
            QVERIFY(dialog->names()->findText(QStringLiteral("anna")) >= 0);
            dialog->passwordEdit()->setText(QString::fromLatin1(kAnnaPassword));
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        QTRY_COMPARE_WITH_TIMEOUT(locking.count(), 1, 10000);
        QTRY_VERIFY(!window.isLocked());
        QVERIFY(pagesHidden);
        QVERIFY(window.centralWidget()->isVisible());
        QCOMPARE(window.user()->name, QStringLiteral("anna"));
    }

    void theIdleTimeIsASetting()
    {
        TestDatabase db;
        addAnna(db);
        SettingsPage page;
        page.setDatabase(&db.db());
        page.setRole(Role::Manager);
        QCOMPARE(page.idleLockMinutes()->value(), 10);
        page.resize(900, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        screenshot(&page, QStringLiteral("settings-idle-lock"));
        page.idleLockMinutes()->setValue(3);
        QVERIFY(page.saveButton()->isEnabled());
        page.saveButton()->click();
        QCOMPARE(SettingsRepository(db.db()).value(SettingKeys::kIdleLockMinutes),
                 QStringLiteral("3"));
        page.setRole(Role::Receptionist);
        QVERIFY(!page.idleLockMinutes()->isEnabled());

        MainWindow window(db.clock(), nullptr);
        window.setDatabase(openAgain(db));
        QCOMPARE(window.idleLockInterval(), 3 * 60 * 1000);
    }

    // A sealed centre (issue 13): a receptionist made a manager, or a reader reactivated, is
    // given a new password in the dialog, and with it the key to the sealed check-ins.
    void aReaderComingBackGetsTheKey()
    {
        TestDatabase db;
        addAnna(db);
        StorageError error;
        User anna;
        QVERIFY(UserRepository(db.db()).signIn(QStringLiteral("anna"),
                                               QString::fromLatin1(kAnnaPassword), &anna, &error));
        db.db().setActor(anna.actor());
        QString recovery;
        QVERIFY2(SealingRepository(db.db()).enable(QString::fromLatin1(kAnnaPassword), &recovery,
                                                   {}, &error),
                 qPrintable(error.message));
        QVERIFY(db.db().centreKey());
        qint64 id = 0;
        QVERIFY(UserRepository(db.db()).add(QStringLiteral("pau"), Role::Receptionist,
                                            QStringLiteral("Desk at nine 9"), 0,
                                            QStringLiteral("anna"), &id, &error));
        UsersPage page;
        page.setDatabase(&db.db());
        page.setRole(Role::Manager);
        page.show();
        const auto wraps = [&db, id] {
            QSqlQuery q(db.db().connection());
            q.prepare(QStringLiteral("SELECT count(*) FROM sealing_wraps WHERE user_id = ?"));
            q.addBindValue(id);
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        };
        QCOMPARE(wraps(), 0);
        // Cancelling the password changes nothing.
        whenModal<UserDialog>([](UserDialog* dialog) { dialog->reject(); });
        QVERIFY(!page.changeRole(QStringLiteral("pau"), Role::Manager));
        QCOMPARE(page.model()->userFromIndex(page.model()->indexOf(QStringLiteral("pau")))->role,
                 Role::Receptionist);
        whenModal<UserDialog>([](UserDialog* dialog) {
            QVERIFY(dialog->windowTitle().contains(QLatin1String("sealed")));
            dialog->passwords()->first()->setText(QStringLiteral("Fresh start 42"));
            dialog->passwords()->second()->setText(QStringLiteral("Fresh start 42"));
            if (dialog->trySubmit())
                dialog->accept();
        });
        QVERIFY(page.changeRole(QStringLiteral("pau"), Role::Manager));
        QCOMPARE(wraps(), 1);
        std::unique_ptr<Database> again = openAgain(db);
        User pau;
        QVERIFY(UserRepository(*again).signIn(QStringLiteral("pau"),
                                              QStringLiteral("Fresh start 42"), &pau, &error));
        QVERIFY(pau.centreKey);
    }
};

QTEST_MAIN(TestUsersUi)
#include "tst_users_ui.moc"
