#include "MainWindow.h"
#include "SignInDialog.h"
#include "TestDatabase.h"
#include "calendar/CalendarModel.h"
#include "catalogue/ServiceEditor.h"
#include "catalogue/ServiceForm.h"
#include "dialogs/ClientDialog.h"
#include "models/DeskListModel.h"
#include "pages/CalendarPage.h"
#include "pages/SettingsPage.h"
#include "settings/BackupSettings.h"
#include "settings/DeskSettings.h"
#include "settings/StaffSettings.h"
#include "settings/WeekHoursEditor.h"
#include "storage/AutomaticBackup.h"
#include "storage/ChangeFeed.h"
#include "storage/ClientRepository.h"
#include "storage/DeskRegistry.h"
#include "storage/Scheduler.h"
#include "storage/ServiceRevisions.h"
#include "storage/SettingsRepository.h"
#include "storage/StaffEditor.h"
#include "storage/StaffRepository.h"
#include "storage/UserRepository.h"
#include "widgets/ChangedElsewhereBar.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSysInfo>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// No lost edits and who is where (issue 11 §3, §5), offscreen with real widgets: this test's
// window is desk A, and a second storage connection plays desk B, where Anna works at 10:42
// (Madrid) on the same centre.
class TestNoLostEdits : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_a;
    FixedClock m_clockB{QDateTime(QDate(2026, 11, 25), QTime(9, 42), QTimeZone::utc())};
    std::unique_ptr<Database> m_b;
    User m_reception;
    User m_anna;
    qint64 m_client = 0;

    static QString annaAt1042()
    {
        return QStringLiteral("Changed by Anna at 10:42 since you opened it.");
    }

    static QString text(const QTableWidget* table, int row, int column)
    {
        return table->item(row, column) ? table->item(row, column)->text() : QString();
    }

    // The Compare dialog's rows as "field: theirs | yours".
    static QStringList compared(ChangedElsewhereBar* bar)
    {
        bar->compareButton()->click();
        QStringList rows;
        if (!bar->compareDialog())
            return rows;
        auto* table = bar->compareDialog()->findChild<QTableWidget*>(QStringLiteral("differences"));
        for (int r = 0; table && r < table->rowCount(); ++r)
            rows << QStringLiteral("%1: %2 | %3")
                        .arg(text(table, r, 0), text(table, r, 1), text(table, r, 2));
        return rows;
    }

    static void clickInCompare(ChangedElsewhereBar* bar, const char* button)
    {
        QVERIFY(bar->compareDialog());
        auto* b = bar->compareDialog()->findChild<QPushButton*>(QString::fromLatin1(button));
        QVERIFY(b);
        b->click();
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void init()
    {
        m_a = std::make_unique<TestDatabase>();
        StorageError error;
        UserRepository users(m_a->db());
        qint64 id = 0;
        QVERIFY2(users.add(QStringLiteral("anna"), QStringLiteral("Anna"), Role::Manager,
                           QStringLiteral("lavender-field-71"), 0, QString(), &id, &error),
                 qPrintable(error.message));
        QVERIFY(users.signIn(QStringLiteral("anna"), QStringLiteral("lavender-field-71"), &m_anna,
                             &error));
        m_a->db().setActor(m_anna.actor());
        QVERIFY2(users.add(QStringLiteral("reception"), Role::Manager,
                           QStringLiteral("harbour-lights-42"), 0, QString(), &id, &error),
                 qPrintable(error.message));
        QVERIFY(users.signIn(QStringLiteral("reception"), QStringLiteral("harbour-lights-42"),
                             &m_reception, &error));
        m_a->db().setActor(m_reception.actor());
        m_b = Database::open(TestDatabase::optionsFor(m_a->path()), m_clockB, &error);
        QVERIFY2(m_b, qPrintable(error.message));
        m_b->setActor(m_anna.actor());
        ClientRules::Input input;
        input.name = QStringLiteral("Núria Vidal");
        input.phone = QStringLiteral("600 111 222");
        QVERIFY2(ClientRepository(m_a->db()).add(input, 0, &m_client, &error),
                 qPrintable(error.message));
    }

    void cleanup()
    {
        m_b.reset();
        m_a.reset();
    }

    // The second save is refused with who and when, keeps what was typed, and offers Reload
    // and Compare; Keep mine then saves over theirs knowingly.
    void clientDialogRefusesCompareAndKeepMine()
    {
        ClientDialog dialog(m_a->db(), m_client);
        dialog.show();
        ClientRules::Input fromB;
        fromB.name = QStringLiteral("Núria Vidal Puig");
        fromB.phone = QStringLiteral("600 111 222");
        StorageError error;
        ClientDetails loaded;
        QVERIFY(ClientRepository(*m_b).details(m_client, &loaded, &error));
        QVERIFY(ClientRepository(*m_b).update(m_client, fromB, &error, loaded.version));

        dialog.nameEdit()->setText(QStringLiteral("Núria V."));
        dialog.emailEdit()->setText(QStringLiteral("nuria@example.org"));
        QVERIFY(!dialog.save());
        ChangedElsewhereBar* bar = dialog.changedElsewhereBar();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->sentenceLabel()->text(), annaAt1042());
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("Núria V.")); // nothing typed is lost
        ClientDetails stored;
        QVERIFY(ClientRepository(m_a->db()).details(m_client, &stored, &error));
        QCOMPARE(stored.name, QStringLiteral("Núria Vidal Puig"));

        const QStringList rows = compared(bar);
        QCOMPARE(rows, (QStringList{QStringLiteral("Name: Núria Vidal Puig | Núria V."),
                                    QStringLiteral("Email:  | nuria@example.org")}));
        clickInCompare(bar, "keepMine");
        QVERIFY(!bar->isVisible());
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("Núria V."));
        QVERIFY2(dialog.save(), qPrintable(dialog.problem()));
        QVERIFY(ClientRepository(m_a->db()).details(m_client, &stored, &error));
        QCOMPARE(stored.name, QStringLiteral("Núria V."));
        QCOMPARE(stored.email, QStringLiteral("nuria@example.org"));
    }

    void clientDialogReloadTakesTheirs()
    {
        ClientDialog dialog(m_a->db(), m_client);
        dialog.show();
        ClientRules::Input fromB;
        fromB.name = QStringLiteral("Núria from B");
        StorageError error;
        QVERIFY(ClientRepository(*m_b).update(m_client, fromB, &error));
        dialog.nameEdit()->setText(QStringLiteral("Núria from A"));
        QVERIFY(!dialog.save());
        dialog.changedElsewhereBar()->reloadButton()->click();
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("Núria from B"));
        QCOMPARE(dialog.phoneEdit()->text(), QString());
        QVERIFY(!dialog.hasUnsavedChanges());
        QVERIFY(!dialog.changedElsewhereBar()->isVisible());
    }

    void therapistEditorRefusesAndReloads()
    {
        StorageError error;
        qint64 marta = 0;
        QVERIFY(StaffEditor(m_a->db()).addTherapist(QStringLiteral("Marta"), &marta, &error));
        StaffSettings staff(StaffSettings::Kind::Therapists);
        staff.setDatabase(&m_a->db());
        staff.show();
        QVERIFY(staff.select(QStringLiteral("Marta")));
        qint64 version = 0;
        for (const Therapist& t : StaffRepository(*m_b).therapists(&error))
            version = t.id == marta ? t.version : version;
        QVERIFY(StaffEditor(*m_b).save({QStringLiteral("therapists"),
                                        marta,
                                        version,
                                        QStringLiteral("Marta Soler"),
                                        true,
                                        {},
                                        false,
                                        {}},
                                       &error));
        QSignalSpy messages(&staff, &StaffSettings::message);
        staff.nameEdit()->setText(QStringLiteral("Marta S."));
        QVERIFY(!staff.save());
        QCOMPARE(messages.constLast().at(0).toString(), annaAt1042());
        QVERIFY(staff.changedElsewhereBar()->isVisible());
        QCOMPARE(staff.nameEdit()->text(), QStringLiteral("Marta S."));
        QCOMPARE(compared(staff.changedElsewhereBar()),
                 QStringList{QStringLiteral("Name: Marta Soler | Marta S.")});
        clickInCompare(staff.changedElsewhereBar(), "useTheirs");
        QCOMPARE(staff.nameEdit()->text(), QStringLiteral("Marta Soler"));
        QVERIFY(!staff.changedElsewhereBar()->isVisible());
        // Now built on their version, the next save goes through.
        staff.nameEdit()->setText(QStringLiteral("Marta Soler i Puig"));
        QVERIFY(staff.save());
    }

    void settingsPageRefusesAndKeepsWhatWasTyped()
    {
        SettingsPage page;
        page.setDatabase(&m_a->db());
        page.setRole(Role::Manager);
        page.show();
        StorageError error;
        SettingsRepository b(*m_b);
        QVERIFY(b.setValue(SettingKeys::kCentreName, QStringLiteral("Centre Mar"), &error,
                           b.load(SettingKeys::kCentreName).version));
        QLineEdit* name = nullptr;
        for (QLineEdit* edit : page.findChildren<QLineEdit*>())
            name = edit->accessibleName() == QLatin1String("Centre name") ? edit : name;
        QVERIFY(name);
        name->setText(QStringLiteral("Centre Bosc"));
        page.save();
        ChangedElsewhereBar* bar = page.changedElsewhereBar();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->sentenceLabel()->text(), annaAt1042());
        QCOMPARE(name->text(), QStringLiteral("Centre Bosc"));
        QCOMPARE(SettingsRepository(m_a->db()).value(SettingKeys::kCentreName),
                 QStringLiteral("Centre Mar"));
        QCOMPARE(compared(bar),
                 QStringList{QStringLiteral("Centre name: Centre Mar | Centre Bosc")});
        clickInCompare(bar, "useTheirs");
        QCOMPARE(name->text(), QStringLiteral("Centre Mar"));
    }

    void serviceEditorRefusesAndReloads()
    {
        StorageError error;
        ServiceRevisions b(*m_b);
        const qint64 foot = b.idForCode(QStringLiteral("foot"), &error);
        ServiceEditor editor(m_a->db(), ServiceEditor::Mode::Edit, foot);
        editor.show();
        ServiceRevision latest;
        QVERIFY(b.latest(foot, &latest, &error));
        ServiceContent theirs = latest.content;
        theirs.cleanupMinutes = 15;
        QVERIFY(
            b.saveDraft(foot, latest.revision, theirs, QStringLiteral("Anna"), nullptr, &error));
        editor.form()->cleanupBox()->setValue(25);
        QVERIFY(!editor.saveDraft());
        ChangedElsewhereBar* bar = editor.changedElsewhereBar();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->sentenceLabel()->text(), annaAt1042());
        QCOMPARE(editor.form()->cleanupBox()->value(), 25);
        QCOMPARE(compared(bar).size(), 1);
        clickInCompare(bar, "useTheirs");
        QCOMPARE(editor.form()->cleanupBox()->value(), 15);
        editor.form()->cleanupBox()->setValue(20);
        QVERIFY(editor.saveDraft());
    }

    // A booking moved or cancelled at desk B while desk A drags it: the drop is refused with
    // the reason and A's calendar shows where the booking really is.
    void dropOfABookingChangedElsewhereIsRefused_data()
    {
        QTest::addColumn<bool>("cancel");
        QTest::newRow("moved") << false;
        QTest::newRow("cancelled") << true;
    }

    void dropOfABookingChangedElsewhereIsRefused()
    {
        QFETCH(bool, cancel);
        StorageError error;
        StaffEditor staff(m_a->db());
        qint64 therapist = 0, room = 0;
        QVERIFY(staff.addTherapist(QStringLiteral("Marta"), &therapist, &error));
        QVERIFY(staff.addRoom(QStringLiteral("Sala Mar"), &room, &error));
        QVERIFY(staff.setServices(QStringLiteral("therapists"), therapist, {QStringLiteral("foot")},
                                  &error));
        QVERIFY(staff.setServices(QStringLiteral("rooms"), room, {QStringLiteral("foot")}, &error));
        QList<OpeningHours> hours;
        QList<Shift> shifts;
        for (int day = 1; day <= 7; ++day) {
            hours.append({day, 8 * 60, 21 * 60});
            shifts.append({day, 8 * 60, 21 * 60});
        }
        QVERIFY(staff.setOpeningHours(hours, &error));
        QVERIFY(staff.setShifts(therapist, shifts, &error));
        QVERIFY(ClientRepository(m_a->db()).recordConsent(m_client, ClientRules::consentVersion(),
                                                          0, &error));
        const QTimeZone zone("Europe/Madrid");
        const auto at = [&zone](int hour) {
            return QDateTime(QDate(2026, 11, 25), QTime(hour, 0), zone).toSecsSinceEpoch();
        };
        BookingRequest request;
        request.clientId = m_client;
        request.serviceCode = QStringLiteral("foot");
        request.therapistId = therapist;
        request.roomId = room;
        request.startsAt = at(12);
        request.minutes = 30;
        qint64 id = 0;
        QVERIFY2(Scheduler(m_a->db(), zone).book(request, QString(), &id, nullptr, &error),
                 qPrintable(error.message));

        CalendarPage page(m_a->clock());
        page.setDatabase(&m_a->db());
        page.resize(1000, 700);
        page.show();
        QVERIFY(page.model()->entryById(id));
        // Desk B, meanwhile.
        Scheduler b(*m_b, zone);
        if (cancel)
            QVERIFY(b.cancel(id, QStringLiteral("Client phoned"), QStringLiteral("anna"), &error));
        else
            QVERIFY(
                b.move(id, at(16), therapist, room, 30, QStringLiteral("anna"), nullptr, &error));
        QSignalSpy status(&page, &CalendarPage::statusMessage);
        QVERIFY(!page.moveBooking({id, at(14), therapist, room, 30}));
        QVERIFY(!status.isEmpty());
        QCOMPARE(status.constLast().at(0).toString(),
                 QStringLiteral("Not moved: %1 by Anna at 10:42 since you opened it.")
                     .arg(cancel ? QStringLiteral("Cancelled") : QStringLiteral("Changed")));
        const AgendaEntry* shown = page.model()->entryById(id);
        QVERIFY(shown);
        QCOMPARE(shown->startsAt, cancel ? at(12) : at(16));
        QCOMPARE(shown->status, cancel ? QStringLiteral("cancelled") : QStringLiteral("booked"));
        // Dragged again from what it now shows, the move goes through (when still bookable).
        if (!cancel)
            QVERIFY(page.moveBooking({id, at(14), therapist, room, 30}));
    }

    // Settings > Backups checks the versions it showed like the other settings: desk B moved
    // the folder since, so switching automatic backups off here is refused with who and when,
    // nothing is written, and Keep mine then saves both knowingly.
    void backupsTabRefusesWhatChangedElsewhere()
    {
        BackupSettings tab;
        tab.setDatabase(&m_a->db());
        tab.show();
        QVERIFY(tab.automaticBox()->isChecked());
        QTemporaryDir folder;
        const QString theirs = QDir::cleanPath(folder.path());
        StorageError error;
        SettingsRepository b(*m_b);
        QVERIFY2(b.setValue(SettingKeys::kBackupFolder, theirs, &error,
                            b.load(SettingKeys::kBackupFolder).version),
                 qPrintable(error.message));
        QSignalSpy messages(&tab, &BackupSettings::message);
        QVERIFY(!tab.setAutomatic(false));
        ChangedElsewhereBar* bar = tab.changedElsewhereBar();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->sentenceLabel()->text(), annaAt1042());
        QCOMPARE(messages.count(), 1);
        QVERIFY(!tab.automaticBox()->isChecked()); // what was asked stays shown
        const AutomaticBackup stored(m_a->db());
        QVERIFY(stored.enabled()); // nothing written
        QCOMPARE(stored.folder(), theirs);
        const QStringList rows = compared(bar);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0), QStringLiteral("Automatic backups: on | off"));
        QVERIFY2(rows.at(1).startsWith(
                     QStringLiteral("Folder: %1 | ").arg(QDir::toNativeSeparators(theirs))),
                 qPrintable(rows.at(1)));
        clickInCompare(bar, "keepMine");
        QTRY_VERIFY(!bar->isVisible());
        QVERIFY(!AutomaticBackup(m_a->db()).enabled());
        QCOMPARE(AutomaticBackup(m_a->db()).folder(),
                 AutomaticBackup::defaultFolder(m_a->db().path()));
        // Reload takes theirs: B switches them on again, A's folder change is refused and
        // Reload shows B's state.
        QVERIFY(b.setValue(SettingKeys::kBackupAutomatic, QStringLiteral("1"), &error,
                           b.load(SettingKeys::kBackupAutomatic).version));
        QVERIFY(!tab.setFolder(theirs));
        QVERIFY(bar->isVisible());
        emit bar->reloadRequested();
        QVERIFY(!bar->isVisible());
        QVERIFY(tab.automaticBox()->isChecked());
        QCOMPARE(QDir::fromNativeSeparators(tab.folderEdit()->text()),
                 AutomaticBackup::defaultFolder(m_a->db().path()));
        QVERIFY(tab.setFolder(theirs)); // now on the versions shown
        QCOMPARE(AutomaticBackup(m_a->db()).folder(), theirs);
    }

    // A change of the centre's settings at desk B reaches desk A's open window without
    // reopening: the time zone of the calendar, the opening hours and the name in the title;
    // what A typed on the Centre tab and did not save stays typed.
    void settingsFromAnotherDeskReachTheOpenWindow()
    {
        StorageError error;
        auto own = Database::open(TestDatabase::optionsFor(m_a->path()), m_a->clock(), &error);
        QVERIFY2(own, qPrintable(error.message));
        auto window = std::make_unique<MainWindow>(m_a->clock(), std::move(own));
        window->setUser(m_reception);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto* calendar = static_cast<CalendarPage*>(window->page(MainWindow::Calendar));
        auto* settings = static_cast<SettingsPage*>(window->page(MainWindow::Settings));
        QCOMPARE(calendar->model()->zone().id(), QByteArray("Europe/Madrid"));
        QSignalSpy changes(window->changeFeed(), &ChangeFeed::changed);
        settings->idleLockMinutes()->setValue(settings->idleLockMinutes()->value() + 7);
        const int typedIdle = settings->idleLockMinutes()->value();
        QVERIFY(settings->saveButton()->isEnabled());

        SettingsRepository b(*m_b);
        QVERIFY2(b.setValues({{&SettingKeys::kTimeZone, QStringLiteral("Europe/Lisbon"),
                               b.load(SettingKeys::kTimeZone).version},
                              {&SettingKeys::kCentreName, QStringLiteral("Centre Mar"),
                               b.load(SettingKeys::kCentreName).version}},
                             &error),
                 qPrintable(error.message));
        QVERIFY2(StaffEditor(*m_b).setOpeningHours({{1, 8 * 60, 14 * 60}}, &error),
                 qPrintable(error.message));
        QTRY_COMPARE_WITH_TIMEOUT(calendar->model()->zone().id(), QByteArray("Europe/Lisbon"),
                                  5000);
        QTRY_VERIFY_WITH_TIMEOUT(window->windowTitle().startsWith(QLatin1String("Centre Mar")),
                                 5000);
        QTRY_COMPARE_WITH_TIMEOUT(settings->openingHours()->intervals().size(), 1, 5000);
        QCOMPARE(settings->openingHours()->intervals().first().startMinute, 8 * 60);
        bool settingsChange = false;
        for (const QList<QVariant>& signal : std::as_const(changes))
            settingsChange =
                settingsChange || signal.at(0).value<Change>().kind == Change::Kind::Settings;
        QVERIFY(settingsChange);
        // Unsaved typing at this desk is kept; its save is then refused with who and when.
        QCOMPARE(settings->idleLockMinutes()->value(), typedIdle);
        settings->save();
        // The page is not shown: the bar is there for when it is. Lisbon's time now (UTC).
        QVERIFY(!settings->changedElsewhereBar()->isHidden());
        QCOMPARE(settings->changedElsewhereBar()->sentenceLabel()->text(),
                 QStringLiteral("Changed by Anna at 09:42 since you opened it."));
    }

    // Settings > Desks: the desks connected now (computer, who, since when), for the manager.
    void desksTabListsTheDesksConnectedNow()
    {
        StorageError error;
        qint64 deskB = 0;
        QVERIFY(DeskRegistry(*m_b).announce(QStringLiteral("room-2"), QStringLiteral("anna"),
                                            &deskB, &error));
        auto own = Database::open(TestDatabase::optionsFor(m_a->path()), m_a->clock(), &error);
        QVERIFY2(own, qPrintable(error.message));
        auto window = std::make_unique<MainWindow>(m_a->clock(), std::move(own));
        window->setUser(m_reception);
        auto* settings = static_cast<SettingsPage*>(window->page(MainWindow::Settings));
        DeskSettings* desks = settings->desks();
        QAbstractItemModelTester tester(desks->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(settings->tabs()->isTabVisible(settings->tabs()->indexOf(desks)));
        desks->refresh();
        DeskListModel* model = desks->model();
        QCOMPARE(model->rowCount(), 2);
        QStringList rows;
        for (int r = 0; r < model->rowCount(); ++r)
            rows << QStringLiteral("%1 / %2 / %3")
                        .arg(model->index(r, DeskListModel::Computer).data().toString(),
                             model->index(r, DeskListModel::SignedIn).data().toString(),
                             model->index(r, DeskListModel::Since).data().toString());
        // Desk B announced itself at 09:42 UTC on its clock, this one at 09:00: oldest first.
        QCOMPARE(rows.at(0), QStringLiteral("%1 (this computer) / reception / 10:00")
                                 .arg(QSysInfo::machineHostName()));
        QCOMPARE(rows.at(1), QStringLiteral("room-2 / anna / 10:42"));
        // A receptionist does not see the tab.
        User desk = m_reception;
        desk.role = Role::Receptionist;
        window->setUser(desk);
        QVERIFY(!settings->tabs()->isTabVisible(settings->tabs()->indexOf(desks)));
        // Closing the window removes its row; desk B stays listed.
        window.reset();
        const QList<Desk> left = DeskRegistry(*m_b).connected(&error);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.at(0).id, deskB);
    }

    // Two desks signed in on one centre: one locks when idle, the other keeps working, signed
    // in, and its list entry still names its person.
    void eachDeskLocksOnItsOwn()
    {
        StorageError error;
        auto first = Database::open(TestDatabase::optionsFor(m_a->path()), m_a->clock(), &error);
        auto second = Database::open(TestDatabase::optionsFor(m_a->path()), m_a->clock(), &error);
        QVERIFY(first && second);
        MainWindow a(m_a->clock(), std::move(first));
        MainWindow b(m_a->clock(), std::move(second));
        a.setUser(m_reception);
        b.setUser(m_anna);
        a.show();
        b.show();
        QVERIFY(QTest::qWaitForWindowExposed(&a));
        QSignalSpy lockingA(&a, &MainWindow::idleLocking);
        QSignalSpy lockingB(&b, &MainWindow::idleLocking);
        b.setIdleLockInterval(60 * 60 * 1000);
        bool otherDeskWorking = false;
        QStringList whoIsListed;
        auto* poll = new QTimer;
        poll->setInterval(20);
        connect(poll, &QTimer::timeout, poll, [&, poll] {
            auto* dialog = qobject_cast<SignInDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll->stop();
            poll->deleteLater();
            otherDeskWorking = a.isLocked() && !b.isLocked() && b.user() && b.database()->actor() &&
                               b.database()->actor()->name == QLatin1String("anna");
            StorageError e;
            for (const Desk& d : DeskRegistry(m_a->db()).connected(&e))
                whoIsListed << d.userName;
            dialog->passwordEdit()->setText(QStringLiteral("harbour-lights-42"));
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        poll->start();
        a.setIdleLockInterval(300);
        QTRY_COMPARE_WITH_TIMEOUT(lockingA.count(), 1, 10000);
        QTRY_VERIFY(!a.isLocked());
        QVERIFY(otherDeskWorking);
        whoIsListed.sort();
        QCOMPARE(whoIsListed, (QStringList{QStringLiteral("anna"), QStringLiteral("reception")}));
        QCOMPARE(lockingB.count(), 0);
        QVERIFY(b.user());
    }
};

QTEST_MAIN(TestNoLostEdits)
#include "tst_no_lost_edits.moc"
