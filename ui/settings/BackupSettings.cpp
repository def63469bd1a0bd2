#include "settings/BackupSettings.h"

#include "AutomaticBackupRunner.h"
#include "storage/AutomaticBackup.h"
#include "storage/Database.h"
#include "storage/DatabaseFileCheck.h"
#include "storage/SettingsRepository.h"
#include "widgets/ChangedElsewhereBar.h"
#include "widgets/WaitingSave.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

BackupSettings::BackupSettings(QWidget* parent)
    : QWidget(parent),
      m_automatic(new QCheckBox(tr("Back up &automatically: once a day, and whenever Massage "
                                   "Desk closes"))),
      m_folder(new QLineEdit), m_change(new QPushButton(tr("&Change\u2026"))),
      m_useDefault(new QPushButton(tr("Use the &default"))),
      m_open(new QPushButton(tr("&Open folder"))), m_backUpNow(new QPushButton(tr("Back up &now"))),
      m_last(new QLabel), m_kept(new QLabel), m_notice(new QLabel),
      m_changed(new ChangedElsewhereBar)
{
    m_waiting = new WaitingSave(
        nullptr,
        [this] {
            const QPair<bool, QString> asked = shown();
            return tr("Backup settings: automatic backups %1, folder %2")
                .arg(asked.first ? tr("on") : tr("off"),
                     QDir::toNativeSeparators(
                         asked.second.isEmpty() && m_database
                             ? AutomaticBackup::defaultFolder(m_database->path())
                             : asked.second));
        },
        [this] { saveWaiting(); }, this);
    m_notice->setObjectName(QStringLiteral("backupNotice"));
    m_notice->setWordWrap(true);
    m_notice->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_notice->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_notice->hide();
    chooseFolder = [this](const QString& current) {
        return QFileDialog::getExistingDirectory(this, tr("Folder for automatic backups"), current);
    };
    showFolder = [](const QString& folder) {
        QDir().mkpath(folder);
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    };
    m_folder->setReadOnly(true);
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_folder->setAccessibleName(tr("Folder for automatic backups"));
    m_last->setWordWrap(true);
    m_last->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_kept->setWordWrap(true);

    auto* box = new QGroupBox(tr("Automatic backups"));
    auto* form = new QFormLayout(box);
    form->addRow(m_automatic);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_change);
    folderRow->addWidget(m_useDefault);
    folderRow->addWidget(m_open);
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(tr("Kept:"), m_kept);
    form->addRow(tr("Last backup:"), m_last);
    form->addRow(QString(), m_backUpNow);
    form->addRow(QString(), m_notice);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_changed);
    layout->addWidget(box);
    layout->addWidget(m_waiting);
    connect(m_changed, &ChangedElsewhereBar::reloadRequested, this, &BackupSettings::reloadTheirs);
    connect(m_changed, &ChangedElsewhereBar::keepMineRequested, this, &BackupSettings::keepMine);
    m_changed->differences = [this] {
        QList<FieldDifference> list;
        if (!m_database || !m_refused)
            return list;
        const AutomaticBackup stored(*m_database);
        const auto onOff = [](bool on) {
            return on ? tr("on") : tr("off");
        };
        addIfDifferent(&list, tr("Automatic backups"), onOff(stored.enabled()),
                       onOff(m_refused->first));
        const QString mine = m_refused->second.isEmpty()
                                 ? AutomaticBackup::defaultFolder(m_database->path())
                                 : m_refused->second;
        addIfDifferent(&list, tr("Folder"), QDir::toNativeSeparators(stored.folder()),
                       QDir::toNativeSeparators(mine));
        return list;
    };
    layout->addStretch();

    connect(m_automatic, &QCheckBox::clicked, this, &BackupSettings::setAutomatic);
    connect(m_change, &QPushButton::clicked, this, [this] {
        if (!m_database)
            return;
        const QString chosen = chooseFolder(AutomaticBackup(*m_database).folder());
        if (!chosen.isEmpty())
            setFolder(chosen);
    });
    connect(m_useDefault, &QPushButton::clicked, this, [this] { setFolder(QString()); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_database)
            showFolder(AutomaticBackup(*m_database).folder());
    });
    connect(m_backUpNow, &QPushButton::clicked, this, &BackupSettings::backUpNow);
    setDatabase(nullptr);
}

void BackupSettings::setDatabase(Database* database)
{
    if (database != m_database) {
        m_refused.reset();
        m_waitingAsk.reset(); // WaitingSave drops what waited for another centre
    }
    m_waiting->setDatabase(database);
    m_database = database;
    if (!m_refused)
        m_changed->hide();
    refresh();
}

void BackupSettings::setRunner(AutomaticBackupRunner* runner)
{
    m_runner = runner;
    connect(runner, &AutomaticBackupRunner::started, this, &BackupSettings::refresh);
    connect(runner, &AutomaticBackupRunner::finished, this, &BackupSettings::refresh);
    refresh();
}

void BackupSettings::setEditable(bool editable)
{
    m_editable = editable;
    refresh();
}

void BackupSettings::refresh()
{
    const bool open = m_database != nullptr;
    m_automatic->setEnabled(open && m_editable);
    m_change->setEnabled(open && m_editable);
    m_useDefault->setEnabled(open && m_editable);
    m_open->setEnabled(open && m_editable);
    const bool running = m_runner && m_runner->isRunning();
    m_backUpNow->setEnabled(open && m_runner && !running);
    if (!open) {
        m_folder->clear();
        m_last->clear();
        m_kept->clear();
        return;
    }
    if (!m_database->connectionLost())
        m_notice->hide();
    const AutomaticBackup backup(*m_database);
    if (m_refused || m_waitingAsk) {
        // Refused or waiting for the server: the tab keeps showing what was asked (and the
        // versions it was asked against) until it is saved or the person chooses.
        const QPair<bool, QString> asked = shown();
        m_automatic->setChecked(asked.first);
        m_folder->setText(QDir::toNativeSeparators(
            asked.second.isEmpty() ? AutomaticBackup::defaultFolder(m_database->path())
                                   : asked.second));
    } else {
        const SettingsRepository settings(*m_database);
        m_automaticVersion = settings.load(SettingKeys::kBackupAutomatic).version;
        m_folderVersion = settings.load(SettingKeys::kBackupFolder).version;
        m_shownAutomatic = backup.enabled();
        m_shownFolder = settings.value(SettingKeys::kBackupFolder);
        m_automatic->setChecked(backup.enabled());
        m_folder->setText(QDir::toNativeSeparators(backup.folder()));
    }
    const BackupRetention::Policy policy = backup.policy();
    const QList<AutomaticBackup::Entry> entries = backup.backups();
    qint64 bytes = 0;
    for (const AutomaticBackup::Entry& entry : entries)
        bytes += entry.bytes;
    m_kept->setText(
        tr("The newest backup of each of the last %1 days, %2 weeks and %3 months; older ones "
           "are deleted. Now: %n backup(s), %4 in all.",
           nullptr, int(entries.size()))
            .arg(policy.daily)
            .arg(policy.weekly)
            .arg(policy.monthly)
            .arg(QLocale().formattedDataSize(bytes)));

    const QTimeZone zone = SettingsRepository(*m_database).timeZone();
    const auto when = [&zone](const QDateTime& utc) {
        return QLocale().toString(utc.toTimeZone(zone), QLocale::ShortFormat);
    };
    QString text = running ? tr("A backup is being written\u2026")
                   : entries.isEmpty()
                       ? tr("No automatic backup yet.")
                       : tr("%1 (%2)").arg(when(entries.first().takenUtc),
                                           QLocale().formattedDataSize(entries.first().bytes));
    const AutomaticBackup::Status status = backup.lastStatus();
    if (!running && status.attemptUtc.isValid() && !status.error.isEmpty()) {
        text = tr("%1\nThe last attempt, %2, failed: %3")
                   .arg(text, when(status.attemptUtc), status.error);
        m_last->setStyleSheet(QStringLiteral("color: #b00020;"));
    } else {
        m_last->setStyleSheet(QString());
    }
    m_last->setText(text);
}

QPair<bool, QString> BackupSettings::shown() const
{
    if (m_refused)
        return *m_refused;
    if (m_waitingAsk)
        return *m_waitingAsk;
    return qMakePair(m_shownAutomatic, m_shownFolder);
}

bool BackupSettings::waitForServer(const StorageError& error, bool automatic, const QString& folder)
{
    if (!m_waiting->waitIfDisconnected(error)) {
        m_waitingAsk.reset();
        return false;
    }
    m_waitingAsk = qMakePair(automatic, folder);
    refresh();
    return true;
}

void BackupSettings::saveWaiting()
{
    if (!m_database || !m_waitingAsk)
        return;
    const auto [automatic, folder] = *m_waitingAsk;
    StorageError error;
    if (!store(automatic, folder, &error)) {
        if (waitForServer(error, automatic, folder))
            return;
        if (!refusedElsewhere(error, automatic, folder)) {
            refresh();
            emit message(error.message);
        }
        return;
    }
    m_waitingAsk.reset();
    m_waiting->clear();
    refresh();
    emit message(tr("Your backup settings were saved."));
}

bool BackupSettings::store(bool automatic, const QString& folder, StorageError* error)
{
    // Both in one transaction against the versions shown: another desk's change in between
    // refuses the save (ChangedElsewhere) instead of being overwritten.
    return SettingsRepository(*m_database)
        .setValues({{&SettingKeys::kBackupAutomatic,
                     automatic ? QStringLiteral("1") : QStringLiteral("0"), m_automaticVersion},
                    {&SettingKeys::kBackupFolder, folder, m_folderVersion}},
                   error);
}

bool BackupSettings::refusedElsewhere(const StorageError& error, bool automatic,
                                      const QString& folder)
{
    if (error.code != StorageError::Code::ChangedElsewhere)
        return false;
    m_waitingAsk.reset();
    m_waiting->clear();
    m_refused = qMakePair(automatic, folder);
    m_changed->showRefusal(error.message);
    refresh();
    emit message(error.message);
    return true;
}

void BackupSettings::reloadTheirs()
{
    m_refused.reset();
    m_changed->hide();
    refresh();
}

void BackupSettings::keepMine()
{
    if (!m_database || !m_refused)
        return;
    // Knowingly over theirs: the versions stored now become the ones this save names.
    const SettingsRepository settings(*m_database);
    m_automaticVersion = settings.load(SettingKeys::kBackupAutomatic).version;
    m_folderVersion = settings.load(SettingKeys::kBackupFolder).version;
    const auto [automatic, folder] = *m_refused;
    StorageError error;
    if (!store(automatic, folder, &error)) {
        if (!refusedElsewhere(error, automatic, folder))
            emit message(error.message);
        return;
    }
    m_refused.reset();
    m_changed->hide();
    refresh();
    emit message(tr("Your backup settings were saved."));
}

bool BackupSettings::setAutomatic(bool on)
{
    if (!m_database || !m_editable)
        return false;
    const QString folder = shown().second;
    StorageError error;
    if (!store(on, folder, &error)) {
        if (waitForServer(error, on, folder) || refusedElsewhere(error, on, folder))
            return false;
        refresh();
        emit message(error.message);
        return false;
    }
    m_refused.reset();
    m_waitingAsk.reset();
    m_waiting->clear();
    m_changed->hide();
    refresh();
    emit message(on ? tr("Automatic backups are on.")
                    : tr("Automatic backups are off. Use “Back up now” or the File "
                         "menu to keep copies."));
    return true;
}

bool BackupSettings::setFolder(const QString& folder)
{
    if (!m_database || !m_editable)
        return false;
    const QString target = folder.isEmpty() ? AutomaticBackup::defaultFolder(m_database->path())
                                            : QDir::cleanPath(folder);
    // A folder that cannot take a backup is refused now, not discovered at closing time.
    if (!QDir().mkpath(target) || DatabaseFileCheck::isReadOnlyPath(target)) {
        emit message(tr("Cannot write backups into %1: the folder cannot be created or is "
                        "read-only.")
                         .arg(QDir::toNativeSeparators(target)));
        return false;
    }
    const QString stored = folder.isEmpty() ? QStringLiteral("") : QDir::cleanPath(folder);
    const bool automatic = shown().first;
    StorageError error;
    if (!store(automatic, stored, &error)) {
        if (!waitForServer(error, automatic, stored) && !refusedElsewhere(error, automatic, stored))
            emit message(error.message);
        return false;
    }
    m_refused.reset();
    m_waitingAsk.reset();
    m_waiting->clear();
    m_changed->hide();
    refresh();
    emit message(tr("Automatic backups now go to %1.").arg(QDir::toNativeSeparators(target)));
    return true;
}

bool BackupSettings::backUpNow()
{
    if (!m_database || !m_runner)
        return false;
    // An operation, not an edit: it is not queued for later (a backup written some time after
    // the press would be a surprise); the person presses again once the server is back.
    if (m_database->connectionLost()) {
        const QString text = tr("No backup was written: the server %1 cannot be reached, and "
                                "nothing was changed. Press “Back up now” again once the "
                                "connection is back.")
                                 .arg(m_database->displayName());
        m_notice->setText(text);
        m_notice->show();
        emit message(text);
        return false;
    }
    m_notice->hide();
    if (!m_runner->start(AutomaticBackup::Reason::Manual)) {
        emit message(tr("A backup is already being written; try again in a moment."));
        return false;
    }
    emit message(tr("Writing a backup\u2026"));
    return true;
}
