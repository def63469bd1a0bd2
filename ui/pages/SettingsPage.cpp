#include "pages/SettingsPage.h"

#include "core/AppPaths.h"
#include "settings/BackupSettings.h"
#include "settings/ClosedDaysEditor.h"
#include "settings/DeskSettings.h"
#include "settings/PrivacySettings.h"
#include "settings/StaffSettings.h"
#include "settings/WeekHoursEditor.h"
#include "storage/AutomaticBackup.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/StaffEditor.h"
#include "widgets/ChangedElsewhereBar.h"
#include "widgets/WaitingSave.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

SettingsPage::SettingsPage(QWidget* parent)
    : Page(parent), m_tabs(new QTabWidget), m_centreName(new QLineEdit), m_timeZone(new QComboBox),
      m_idleMinutes(new QSpinBox), m_save(new QPushButton(tr("&Save settings"))),
      m_databaseInfo(new QLabel), m_hours(new WeekHoursEditor(tr("open"))),
      m_closedDays(new ClosedDaysEditor),
      m_therapists(new StaffSettings(StaffSettings::Kind::Therapists)),
      m_rooms(new StaffSettings(StaffSettings::Kind::Rooms)), m_backups(new BackupSettings),
      m_desks(new DeskSettings), m_changed(new ChangedElsewhereBar), m_privacy(new PrivacySettings)
{
    m_tabs->addTab(centreTab(), tr("Centre"));
    m_tabs->addTab(hoursTab(), tr("Opening hours"));
    m_tabs->addTab(m_therapists, tr("Therapists"));
    m_tabs->addTab(m_rooms, tr("Rooms"));
    m_tabs->addTab(m_backups, tr("Backups"));
    m_tabs->addTab(m_desks, tr("Desks"));
    m_tabs->addTab(m_privacy, tr("Privacy"));
    connect(m_privacy, &PrivacySettings::message, this, &SettingsPage::statusMessage);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    for (StaffSettings* staff : {m_therapists, m_rooms})
        connect(staff, &StaffSettings::message, this, &SettingsPage::statusMessage);
    connect(m_backups, &BackupSettings::message, this, &SettingsPage::statusMessage);
    connect(m_closedDays, &ClosedDaysEditor::message, this, &SettingsPage::statusMessage);
}

QWidget* SettingsPage::centreTab()
{
    m_centreName->setMaxLength(120);
    m_centreName->setAccessibleName(tr("Centre name"));
    m_timeZone->setAccessibleName(tr("Time zone"));
    m_idleMinutes->setAccessibleName(tr("Lock when idle for, in minutes"));
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        if (id.startsWith("Europe/") || id.startsWith("Atlantic/") || id == "UTC")
            m_timeZone->addItem(QString::fromLatin1(id));
    }
    m_save->setEnabled(false);
    auto* centre = new QGroupBox(tr("Centre"));
    auto* form = new QFormLayout(centre);
    form->addRow(tr("Centre &name:"), m_centreName);
    form->addRow(tr("&Time zone:"), m_timeZone);
    // The window locks when nobody touched it for a while (only once the centre has users).
    m_idleMinutes->setRange(0, 240);
    m_idleMinutes->setSpecialValueText(tr("never"));
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_idleMinutes->setToolTip(tr("After this many minutes without typing or using the mouse "
                                 "the window locks and asks for a password. 0: never."));
    form->addRow(tr("&Lock when idle for:"), m_idleMinutes);
    m_calendarNames = new QComboBox;
    m_calendarNames->addItem(tr("First name"), QStringLiteral("first"));
    m_calendarNames->addItem(tr("Full name"), QStringLiteral("full"));
    m_calendarNames->addItem(tr("Initials"), QStringLiteral("initials"));
    m_calendarNames->setToolTip(tr("How sessions in exported calendar files (File → Export "
                                   "calendar, massage-desk-cli bookings ics) name the client. "
                                   "They never hold contact details or health information."));
    form->addRow(tr("Clients in &calendar files:"), m_calendarNames);
    auto* rules = new QGroupBox(tr("Booking rules"));
    auto* rulesForm = new QFormLayout(rules);
    m_lateCancelHours = new QSpinBox;
    m_lateCancelHours->setRange(SettingKeys::kLateCancelMinHours, SettingKeys::kLateCancelMaxHours);
    m_lateCancelHours->setSuffix(tr(" h before"));
    m_lateCancelHours->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_lateCancelHours->setAccessibleName(tr("Late cancellation, hours before the session"));
    m_lateCancelHours->setToolTip(
        tr("A cancellation made less than this many hours before the session counts as late: "
           "in the booking dialog's line about the client and in the reports."));
    rulesForm->addRow(tr("Cancellation is &late when less than:"), m_lateCancelHours);
    auto* data = new QGroupBox(tr("Data"));
    m_databaseInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_databaseInfo->setWordWrap(true);
    (new QVBoxLayout(data))->addWidget(m_databaseInfo);
    // A save the server could not take waits here; the reload on reconnection keeps the typing.
    m_centreWaiting = new WaitingSave(
        m_database, [this] { return tr("Settings: %1").arg(m_centreName->text().trimmed()); },
        [this] { save(); }, this);
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_changed);
    layout->addWidget(centre);
    layout->addWidget(rules);
    layout->addWidget(m_centreWaiting);
    layout->addWidget(m_save, 0, Qt::AlignLeft);
    layout->addWidget(data);
    layout->addStretch();
    connect(m_centreName, &QLineEdit::textEdited, this, &SettingsPage::markDirty);
    connect(m_timeZone, &QComboBox::activated, this, &SettingsPage::markDirty);
    connect(m_idleMinutes, &QSpinBox::valueChanged, this, &SettingsPage::markDirty);
    connect(m_lateCancelHours, &QSpinBox::valueChanged, this, &SettingsPage::markDirty);
    connect(m_calendarNames, &QComboBox::activated, this, &SettingsPage::markDirty);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_changed, &ChangedElsewhereBar::reloadRequested, this, &SettingsPage::loadCentre);
    connect(m_changed, &ChangedElsewhereBar::keepMineRequested, this, [this] {
        for (auto it = m_loaded.begin(); it != m_loaded.end(); ++it)
            it.value() = SettingsRepository(*m_database)
                             .load({it.key().constData(), ""})
                             .version; // the next save replaces theirs
        m_save->setEnabled(true);
    });
    m_changed->differences = [this] {
        QList<FieldDifference> list;
        SettingsRepository settings(*m_database);
        addIfDifferent(&list, tr("Centre name"), settings.value(SettingKeys::kCentreName),
                       m_centreName->text().trimmed());
        addIfDifferent(&list, tr("Time zone"), settings.value(SettingKeys::kTimeZone),
                       m_timeZone->currentText());
        addIfDifferent(&list, tr("Lock when idle for"),
                       settings.value(SettingKeys::kIdleLockMinutes),
                       QString::number(m_idleMinutes->value()));
        addIfDifferent(&list, tr("Cancellation is late when less than"),
                       settings.value(SettingKeys::kLateCancelHours),
                       QString::number(m_lateCancelHours->value()));
        const auto naming = [this](const QString& code) {
            return m_calendarNames->itemText(qMax(0, m_calendarNames->findData(code)));
        };
        addIfDifferent(&list, tr("Clients in calendar files"),
                       naming(settings.value(SettingKeys::kCalendarClientName)),
                       m_calendarNames->currentText());
        return list;
    };
    return tab;
}

QWidget* SettingsPage::hoursTab()
{
    auto* saveHours = new QPushButton(tr("Save &opening hours"));
    auto* hoursBox = new QGroupBox(tr("Weekly opening hours"));
    auto* hoursLayout = new QVBoxLayout(hoursBox);
    hoursLayout->addWidget(m_hours);
    m_hoursWaiting = new WaitingSave(
        m_database, [this] { return tr("Settings: opening hours"); },
        [this] { saveOpeningHours(); }, this);
    hoursLayout->addWidget(m_hoursWaiting);
    hoursLayout->addWidget(saveHours, 0, Qt::AlignLeft);
    auto* tab = new QWidget;
    auto* layout = new QHBoxLayout(tab);
    layout->addWidget(hoursBox, 1);
    layout->addWidget(m_closedDays, 1);
    connect(saveHours, &QPushButton::clicked, this, &SettingsPage::saveOpeningHours);
    return tab;
}

void SettingsPage::markDirty()
{
    m_save->setEnabled(m_database != nullptr);
}

void SettingsPage::setDatabase(Database* database)
{
    // The same centre reloaded for another desk's change: what is typed on the Centre tab and
    // not saved yet stays (the save then says who changed it meanwhile).
    const bool keepTyped = database && database == m_database && m_save->isEnabled();
    m_database = database;
    setEnabled(database != nullptr);
    m_centreWaiting->setDatabase(database);
    m_hoursWaiting->setDatabase(database);
    m_therapists->setDatabase(database);
    m_rooms->setDatabase(database);
    m_backups->setDatabase(database);
    m_desks->setDatabase(database);
    m_privacy->setDatabase(database);
    m_closedDays->setDatabase(database);
    if (!database)
        return;
    if (!keepTyped)
        loadCentre();
    m_databaseInfo->setText(
        tr("Database file: %1\nData version: %2 \u00B7 SQLite %3\nLogs: %4\nBackups: %5")
            .arg(QDir::toNativeSeparators(database->path()))
            .arg(database->schemaVersion())
            .arg(database->sqliteVersion(), QDir::toNativeSeparators(AppPaths::logFolder()),
                 QDir::toNativeSeparators(AutomaticBackup(*database).folder())));
    loadHours();
}

void SettingsPage::loadCentre()
{
    if (!m_database)
        return;
    SettingsRepository settings(*m_database);
    m_loaded.clear();
    const auto load = [&](const SettingKeys::Definition& key) {
        const SettingsRepository::Loaded loaded = settings.load(key);
        m_loaded.insert(QByteArray(key.key), loaded.version);
        return loaded.value;
    };
    m_centreName->setText(load(SettingKeys::kCentreName));
    m_timeZone->setCurrentText(load(SettingKeys::kTimeZone));
    {
        const QSignalBlocker quiet(m_idleMinutes);
        m_idleMinutes->setValue(load(SettingKeys::kIdleLockMinutes).toInt());
    }
    {
        const QSignalBlocker quiet(m_lateCancelHours);
        const QString late = load(SettingKeys::kLateCancelHours);
        m_lateCancelHours->setValue(
            SettingsRepository::lateCancelProblem(late).isEmpty()
                ? late.trimmed().toInt()
                : QString::fromLatin1(SettingKeys::kLateCancelHours.defaultValue).toInt());
    }
    const int naming = m_calendarNames->findData(load(SettingKeys::kCalendarClientName));
    m_calendarNames->setCurrentIndex(naming < 0 ? 0 : naming);
    m_changed->hide();
    m_save->setEnabled(false);
}

void SettingsPage::loadHours()
{
    if (!m_database)
        return;
    StorageError error;
    QList<Shift> intervals;
    for (const OpeningHours& h : SettingsRepository(*m_database).openingHours(&error))
        intervals.append({h.weekday, h.opensMinute, h.closesMinute});
    // Hours waiting for the server stay as typed until they are saved.
    if (!m_hoursWaiting->isWaiting())
        m_hours->setIntervals(intervals);
}

bool SettingsPage::saveOpeningHours()
{
    if (!m_database)
        return false;
    QList<OpeningHours> hours;
    for (const Shift& s : m_hours->intervals())
        hours.append({s.weekday, s.startMinute, s.endMinute});
    StorageError error;
    if (!StaffEditor(*m_database).setOpeningHours(hours, &error)) {
        if (!m_hoursWaiting->waitIfDisconnected(error))
            emit statusMessage(error.message);
        return false;
    }
    m_hoursWaiting->clear();
    emit statusMessage(tr("Opening hours saved."));
    emit settingsSaved();
    return true;
}

bool SettingsPage::addClosedDay(const QDate& day, const QString& reason)
{
    return m_closedDays->add(day, reason);
}

void SettingsPage::save()
{
    if (!m_database)
        return;
    SettingsRepository settings(*m_database);
    StorageError error;
    const QString name = m_centreName->text().trimmed();
    if (name.isEmpty()) {
        emit statusMessage(tr("The centre needs a name."));
        return;
    }
    const auto change = [this](const SettingKeys::Definition& key, const QString& value) {
        return SettingsRepository::Change{
            &key, value, m_loaded.value(QByteArray(key.key), RecordVersion::kUnchecked)};
    };
    if (!settings.setValues(
            {change(SettingKeys::kCentreName, name),
             change(SettingKeys::kTimeZone, m_timeZone->currentText()),
             change(SettingKeys::kIdleLockMinutes, QString::number(m_idleMinutes->value())),
             change(SettingKeys::kCalendarClientName, m_calendarNames->currentData().toString()),
             change(SettingKeys::kLateCancelHours, QString::number(m_lateCancelHours->value()))},
            &error)) {
        if (m_centreWaiting->waitIfDisconnected(error))
            return; // what was typed stays and is saved when the server is back
        if (error.code == StorageError::Code::ChangedElsewhere)
            m_changed->showRefusal(error.message); // what was typed stays
        emit statusMessage(error.message);
        return;
    }
    m_centreWaiting->clear();
    loadCentre(); // the versions just saved
    emit statusMessage(tr("Settings saved."));
    emit settingsSaved();
}

void SettingsPage::setRole(std::optional<Role> role)
{
    Page::setRole(role);
    // Others may look (where the data lives, the hours) but only a manager changes anything.
    const bool edit = may(Action::EditCentre);
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (i > 0 && m_tabs->widget(i) != m_backups)
            m_tabs->widget(i)->setEnabled(edit);
    }
    m_tabs->setTabVisible(m_tabs->indexOf(m_desks), edit); // who is where: for the manager
    m_backups->setEditable(edit);                          // anyone may still back up now
    m_privacy->setEditable(edit);
    m_centreName->setReadOnly(!edit);
    m_timeZone->setEnabled(edit);
    m_idleMinutes->setEnabled(edit);
    m_lateCancelHours->setEnabled(edit);
    m_calendarNames->setEnabled(edit);
    m_save->setVisible(edit);
}

void SettingsPage::setBackupRunner(AutomaticBackupRunner* runner)
{
    m_backups->setRunner(runner);
}
