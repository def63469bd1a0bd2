#pragma once

#include <QString>
#include <QVariant>

// Every centre-wide setting with its default: one table, so storage, the GUI and the CLI
// agree on names, and a missing row simply means "the default".
namespace SettingKeys {

struct Definition
{
    const char* key;
    const char* defaultValue;
};

inline constexpr Definition kTimeZone{"centre.time_zone", "Europe/Madrid"};
inline constexpr Definition kCentreName{"centre.name", "Massage Desk"};
inline constexpr Definition kDefaultCleanupMinutes{"booking.default_cleanup_minutes", "10"};
// A cancellation recorded less than this many hours before the session counts as late (the
// booking dialog's client line, the reports); SettingsRepository refuses anything but a whole
// number from kLateCancelMinHours to kLateCancelMaxHours.
inline constexpr Definition kLateCancelHours{"booking.late_cancel_hours", "24"};
inline constexpr int kLateCancelMinHours = 1;
inline constexpr int kLateCancelMaxHours = 14 * 24;
inline constexpr Definition kClientLanguage{"centre.client_language", "ca"};
inline constexpr Definition kIdleLockMinutes{"security.idle_lock_minutes", "10"};
inline constexpr Definition kBackupKeepDaily{"backup.keep_daily", "7"};
inline constexpr Definition kBackupKeepWeekly{"backup.keep_weekly", "4"};
inline constexpr Definition kBackupKeepMonthly{"backup.keep_monthly", "12"};
inline constexpr Definition kBackupAutomatic{"backup.automatic", "1"};
// How calendar exports name the client: full, first (name) or initials.
inline constexpr Definition kCalendarClientName{"calendar.client_name", "first"};
// Empty: "backups" beside the database file (AutomaticBackup::defaultFolder).
inline constexpr Definition kBackupFolder{"backup.folder", ""};

inline constexpr Definition kAll[] = {
    kTimeZone,        kCentreName,      kDefaultCleanupMinutes, kClientLanguage,
    kIdleLockMinutes, kBackupKeepDaily, kBackupKeepWeekly,      kBackupKeepMonthly,
    kBackupAutomatic, kBackupFolder,    kCalendarClientName,    kLateCancelHours};

// Not settings but a record the desk keeps for the Settings page: the last automatic backup
// attempt (ISO UTC) and its error (empty when it succeeded).
inline constexpr Definition kBackupLastAttempt{"backup.last_attempt", ""};
inline constexpr Definition kBackupLastError{"backup.last_error", ""};
// "1" on a centre made by `demo` with its accounts (whose password is then "demo").
inline constexpr Definition kDemoCentre{"centre.demo", ""};

} // namespace SettingKeys

// One opening interval in local wall-clock minutes after midnight; weekday 1 = Monday.
struct OpeningHours
{
    int weekday = 1;
    int opensMinute = 0;
    int closesMinute = 0;
};
