#include "AutomaticBackupRunner.h"
#include "DatabaseActions.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "dialogs/BackupPickerDialog.h"
#include "pages/SettingsPage.h"
#include "settings/BackupSettings.h"
#include "storage/AutomaticBackup.h"
#include "storage/BackupService.h"
#include "storage/HealthCheck.h"
#include "storage/SettingsRepository.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

// Automatic backups through the main window, offscreen, at a fixed morning: on closing, from
// the daily check, from "Back up now" in Settings, and picked again in File > Restore.
class TestAutoBackupUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_warnings;

    QString backupFolder() const
    {
        return QDir(m_db->folder()).filePath(QStringLiteral("backups"));
    }

    QStringList automaticBackups() const
    {
        QStringList names;
        for (const AutomaticBackup::Entry& e :
             AutomaticBackup::listBackups(backupFolder(), QStringLiteral("centre")))
            names.append(QFileInfo(e.path).fileName());
        return names;
    }

    BackupSettings* backupSettings() const
    {
        return static_cast<SettingsPage*>(m_window->page(MainWindow::Settings))->backups();
    }

private slots:
    void init()
    {
        // 10:30 UTC, 11:30 in the centre (Europe/Madrid).
        m_db = std::make_unique<TestDatabase>(
            true, QDateTime(QDate(2026, 11, 25), QTime(10, 30), QTimeZone::utc()));
        Database::Options options;
        options.path = m_db->path();
        options.exclusiveGui = true;
        StorageError error;
        std::unique_ptr<Database> gui = Database::open(options, m_db->clock(), &error);
        QVERIFY2(gui, qPrintable(error.message));
        m_window = std::make_unique<MainWindow>(m_db->clock(), std::move(gui));
        m_warnings.clear();
        m_window->automaticBackups()->warn = [this](const QString&, const QString& text) {
            m_warnings << text;
        };
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_db.reset();
    }

    void closingTheWindowWritesACheckedBackup()
    {
        QVERIFY(automaticBackups().isEmpty());
        QVERIFY(m_window->close());
        QVERIFY(!m_window->isVisible());
        QVERIFY(!m_window->automaticBackups()->isRunning());
        QCOMPARE(automaticBackups(), {QStringLiteral("centre-auto-2026-11-25T103000Z.sqlite")});
        BackupService::BackupFacts facts;
        StorageError error;
        QVERIFY2(BackupService::verify(QDir(backupFolder()).filePath(automaticBackups().first()),
                                       &facts, &error),
                 qPrintable(error.message));
        QVERIFY(m_warnings.isEmpty());
        const AutomaticBackup::Status status = AutomaticBackup(m_db->db()).lastStatus();
        QCOMPARE(status.attemptUtc, m_db->clock().nowUtc());
        QVERIFY(status.error.isEmpty());
    }

    void closingWithBackupsTurnedOffWritesNothing()
    {
        QVERIFY(backupSettings()->setAutomatic(false));
        QVERIFY(!AutomaticBackup(m_db->db()).enabled());
        QVERIFY(m_window->close());
        QVERIFY(automaticBackups().isEmpty());
    }

    void aFailedClosingBackupIsToldAndTheWindowStillCloses()
    {
        QVERIFY(HealthCheck::count(m_db->db(), QStringLiteral("services"), nullptr) > 0);
        // A folder under a file cannot be created, whoever runs the test.
        QFile file(QDir(m_db->folder()).filePath(QStringLiteral("a-file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        StorageError error;
        QVERIFY(
            SettingsRepository(m_db->db())
                .setValue(SettingKeys::kBackupFolder, QStringLiteral("a-file/backups"), &error));
        QVERIFY(m_window->close());
        QCOMPARE(m_warnings.size(), 1);
        QVERIFY2(m_warnings.first().contains(QStringLiteral("a-file")),
                 qPrintable(m_warnings.first()));
        QVERIFY(!m_window->isVisible());
        QVERIFY(!AutomaticBackup(m_db->db()).lastStatus().error.isEmpty());
    }

    void theDailyCheckBacksUpOncePerDay()
    {
        QTimer* timer = m_window->automaticBackups()->dailyTimer();
        QVERIFY(timer->isActive());
        timer->start(5); // rather than hourly
        QTRY_COMPARE(automaticBackups().size(), 1);
        QTRY_VERIFY(!m_window->automaticBackups()->isRunning());
        QTest::qWait(100); // many more checks: the day already has its backup
        QCOMPARE(automaticBackups().size(), 1);
        m_db->clock().set(QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc()));
        QTRY_COMPARE(automaticBackups(),
                     QStringList({QStringLiteral("centre-auto-2026-11-26T090000Z.sqlite"),
                                  QStringLiteral("centre-auto-2026-11-25T103000Z.sqlite")}));
        timer->stop();
        QTRY_VERIFY(!m_window->automaticBackups()->isRunning());
        // A successful daily backup says so in the status bar.
        QVERIFY(m_window->statusBar()->currentMessage().contains(
            QStringLiteral("centre-auto-2026-11-26T090000Z.sqlite")));
    }

    void backUpNowInSettingsWritesOneAndShowsIt()
    {
        m_window->showPage(MainWindow::Settings);
        BackupSettings* settings = backupSettings();
        QVERIFY(settings->automaticBox()->isChecked());
        QCOMPARE(settings->folderEdit()->text(), QDir::toNativeSeparators(backupFolder()));
        QVERIFY(settings->lastBackupLabel()->text().contains(QStringLiteral("No automatic")));
        QVERIFY(settings->backUpNowButton()->isEnabled());
        QTest::mouseClick(settings->backUpNowButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_window->automaticBackups()->isRunning());
        QCOMPARE(automaticBackups(), {QStringLiteral("centre-auto-2026-11-25T103000Z.sqlite")});
        QVERIFY(settings->backUpNowButton()->isEnabled());
        // 11:30 in the centre: the label shows the centre's time, not UTC.
        QVERIFY2(settings->lastBackupLabel()->text().contains(QStringLiteral("11:30")),
                 qPrintable(settings->lastBackupLabel()->text()));
        QVERIFY(m_warnings.isEmpty());
    }

    void onlyAManagerChangesTheBackupSettings()
    {
        BackupSettings* settings = backupSettings();
        m_window->setUser(User{1, QStringLiteral("Rita"), Role::Receptionist, 0, true});
        QVERIFY(!settings->automaticBox()->isEnabled());
        QVERIFY(!settings->setAutomatic(false));
        QVERIFY(!settings->setFolder(QDir(m_db->folder()).filePath(QStringLiteral("x"))));
        QVERIFY(AutomaticBackup(m_db->db()).enabled());
        QVERIFY(settings->backUpNowButton()->isEnabled()); // a copy is never a risk
        m_window->setUser(User{2, QStringLiteral("Marta"), Role::Manager, 0, true});
        QVERIFY(settings->automaticBox()->isEnabled());
        const QString elsewhere = QDir(m_db->folder()).filePath(QStringLiteral("elsewhere"));
        QVERIFY(settings->setFolder(elsewhere));
        QCOMPARE(AutomaticBackup(m_db->db()).folder(), QDir::cleanPath(elsewhere));
        QVERIFY(settings->backUpNow());
        QTRY_VERIFY(!m_window->automaticBackups()->isRunning());
        QCOMPARE(QDir(elsewhere).entryList(QDir::Files).size(), 1);
        QVERIFY(settings->setFolder(QString())); // back to the default
        QCOMPARE(AutomaticBackup(m_db->db()).folder(), backupFolder());
    }

    void restoreOffersTheAutomaticBackupsNewestFirst()
    {
        // Two days of backups: the older one holds a centre name changed since.
        StorageError error;
        QVERIFY(SettingsRepository(*m_window->database())
                    .setValue(SettingKeys::kCentreName, QStringLiteral("Old name"), &error));
        QVERIFY(m_window->automaticBackups()->start(AutomaticBackup::Reason::Manual));
        m_window->automaticBackups()->waitForIdle();
        m_db->clock().set(QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc()));
        QVERIFY(SettingsRepository(*m_window->database())
                    .setValue(SettingKeys::kCentreName, QStringLiteral("New name"), &error));
        QVERIFY(m_window->automaticBackups()->start(AutomaticBackup::Reason::Manual));
        m_window->automaticBackups()->waitForIdle();

        DatabaseActions* actions = m_window->databaseActions();
        QList<AutomaticBackup::Entry> offered;
        QString offeredFolder;
        actions->chooseBackup = [&](const QList<AutomaticBackup::Entry>& backups,
                                    const QString& folder) {
            offered = backups;
            offeredFolder = folder;
            return backups.last().path; // the older one
        };
        actions->confirm = [](const QString&, const QString&) {
            return true;
        };
        actions->inform = [](const QString&, const QString&) {
        };
        QStringList warnings;
        actions->warn = [&](const QString&, const QString& text) {
            warnings << text;
        };
        m_db->close();
        QVERIFY(actions->restore());
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(offered.size(), 2);
        QVERIFY(offered.first().takenUtc > offered.last().takenUtc);
        QCOMPARE(offeredFolder, backupFolder());
        QCOMPARE(SettingsRepository(*m_window->database()).value(SettingKeys::kCentreName),
                 QStringLiteral("Old name"));
    }

    void thePickerListsNewestFirstWithTheCentresTime()
    {
        const QList<AutomaticBackup::Entry> backups = {
            {QStringLiteral("/b/centre-auto-2026-11-26T090000Z.sqlite"),
             QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc()), 2048},
            {QStringLiteral("/b/centre-auto-2026-11-25T103000Z.sqlite"),
             QDateTime(QDate(2026, 11, 25), QTime(10, 30), QTimeZone::utc()), 1024}};
        BackupPickerDialog picker(backups, QTimeZone("Europe/Madrid"));
        QCOMPARE(picker.list()->topLevelItemCount(), 2);
        QVERIFY(picker.list()->topLevelItem(0)->text(0).contains(QStringLiteral("10:00")));
        QCOMPARE(picker.list()->topLevelItem(1)->text(2),
                 QStringLiteral("centre-auto-2026-11-25T103000Z.sqlite"));
        QCOMPARE(picker.chosenPath(), backups.first().path); // the newest is preselected
        picker.list()->setCurrentItem(picker.list()->topLevelItem(1));
        QCOMPARE(picker.chosenPath(), backups.last().path);
        QVERIFY(!picker.wantsOtherFile());
    }
};

QTEST_MAIN(TestAutoBackupUi)
#include "tst_autobackup_ui.moc"
