#pragma once

#include "pages/Page.h"

#include <QHash>

class AutomaticBackupRunner;
class BackupSettings;
class ChangedElsewhereBar;
class ClosedDaysEditor;
class DeskSettings;
class PrivacySettings;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class StaffSettings;
class WaitingSave;
class WeekHoursEditor;

// The manager's settings, one tab each: the centre (name, time zone, where the data lives),
// opening hours and closed days, therapists, rooms, backups.
class SettingsPage : public Page
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget* parent = nullptr);
    void setDatabase(Database* database) override;
    void setRole(std::optional<Role> role) override;
    QString title() const override { return tr("Settings"); }

    QTabWidget* tabs() const { return m_tabs; }
    QSpinBox* idleLockMinutes() const { return m_idleMinutes; }
    QSpinBox* lateCancelHours() const { return m_lateCancelHours; }
    QComboBox* calendarNames() const { return m_calendarNames; }
    QPushButton* saveButton() const { return m_save; }
    WeekHoursEditor* openingHours() const { return m_hours; }
    StaffSettings* therapists() const { return m_therapists; }
    StaffSettings* rooms() const { return m_rooms; }
    BackupSettings* backups() const { return m_backups; }
    DeskSettings* desks() const { return m_desks; }
    // Shown on the Centre tab when another desk saved those settings after they were shown.
    ChangedElsewhereBar* changedElsewhereBar() const { return m_changed; }
    void save();
    PrivacySettings* privacy() const { return m_privacy; }
    void setBackupRunner(AutomaticBackupRunner* runner);
    bool saveOpeningHours();
    bool addClosedDay(const QDate& day, const QString& reason);
    ClosedDaysEditor* closedDays() const { return m_closedDays; }
    // The Centre tab's and the opening hours' saves waiting for the server (WaitingSave).
    WaitingSave* centreWaiting() const { return m_centreWaiting; }
    WaitingSave* hoursWaiting() const { return m_hoursWaiting; }

signals:
    void settingsSaved();

private:
    QWidget* centreTab();
    QWidget* hoursTab();
    void loadCentre();
    void markDirty();
    void loadHours();

    Database* m_database = nullptr;
    QTabWidget* m_tabs;
    QLineEdit* m_centreName;
    QComboBox* m_timeZone;
    QSpinBox* m_idleMinutes;
    QSpinBox* m_lateCancelHours = nullptr; // booking rules: when a cancellation counts as late
    QComboBox* m_calendarNames = nullptr;  // how exported calendars name the client
    QPushButton* m_save;
    QLabel* m_databaseInfo;
    WeekHoursEditor* m_hours;
    ClosedDaysEditor* m_closedDays;
    StaffSettings* m_therapists;
    StaffSettings* m_rooms;
    BackupSettings* m_backups;
    DeskSettings* m_desks;
    ChangedElsewhereBar* m_changed;
    QHash<QByteArray, qint64> m_loaded; // setting key -> the version shown, for the save
    PrivacySettings* m_privacy;
    WaitingSave* m_centreWaiting = nullptr;
    WaitingSave* m_hoursWaiting = nullptr;
};
