#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

// Which automatic backups to keep: the newest backup of each of the last `daily` days that have
// one, of the last `weekly` ISO weeks and of the last `monthly` months (days, weeks and months
// as the centre's clock shows them). The union is kept; everything else may go. Pure, so the
// rules are tested with fixed dates; storage does the deleting.
namespace BackupRetention {

struct Policy
{
    int daily = 7;
    int weekly = 4;
    int monthly = 12;
};

struct Backup
{
    QString fileName;
    QDateTime takenUtc;
};

struct Decision
{
    QStringList keep;   // newest first
    QStringList remove; // newest first
};

// Backups dated after `nowUtc` (a clock that was wrong) are kept and fill no slot: nothing is
// deleted on the word of a clock we cannot trust. The newest backup is always kept, even
// with every count at zero.
Decision decide(const QList<Backup>& backups, const QDateTime& nowUtc, const QTimeZone& zone,
                const Policy& policy);

// "<base>-auto-2026-11-25T101500Z.sqlite": sorts by time, says it is automatic, and names the
// database it copies, so several databases can share one folder.
QString fileName(const QString& databaseBaseName, const QDateTime& takenUtc);
// The time in an automatic backup's name, or an invalid QDateTime for any other file
// (manual backups, another database's backups, anything a person put there).
QDateTime parseFileName(const QString& fileName, const QString& databaseBaseName);

} // namespace BackupRetention
