#include "core/BackupRetention.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace BackupRetention {

namespace {

// Marks the newest backup of each of the first `count` distinct periods (backups come newest
// first, so the first one met in a period is its newest).
template <typename PeriodOf>
void keepNewestPer(const QList<Backup>& newestFirst, int count, PeriodOf periodOf, QSet<int>* kept)
{
    QSet<qint64> periods;
    for (int i = 0; i < newestFirst.size() && periods.size() < count; ++i) {
        const qint64 period = periodOf(newestFirst.at(i));
        if (periods.contains(period))
            continue;
        periods.insert(period);
        kept->insert(i);
    }
}

} // namespace

Decision decide(const QList<Backup>& backups, const QDateTime& nowUtc, const QTimeZone& zone,
                const Policy& policy)
{
    QList<Backup> counted;
    Decision decision;
    QList<Backup> future;
    for (const Backup& b : backups) {
        if (b.takenUtc > nowUtc)
            future.append(b);
        else
            counted.append(b);
    }
    const auto newer = [](const Backup& a, const Backup& b) {
        return a.takenUtc != b.takenUtc ? a.takenUtc > b.takenUtc : a.fileName > b.fileName;
    };
    std::sort(future.begin(), future.end(), newer);
    std::sort(counted.begin(), counted.end(), newer);

    const auto localDate = [&zone](const Backup& b) {
        return b.takenUtc.toTimeZone(zone).date();
    };
    QSet<int> kept;
    if (!counted.isEmpty())
        kept.insert(0);
    keepNewestPer(
        counted, policy.daily, [&](const Backup& b) { return localDate(b).toJulianDay(); }, &kept);
    keepNewestPer(
        counted, policy.weekly,
        [&](const Backup& b) {
            int isoYear = 0;
            const int week = localDate(b).weekNumber(&isoYear);
            return qint64(isoYear) * 100 + week;
        },
        &kept);
    keepNewestPer(
        counted, policy.monthly,
        [&](const Backup& b) {
            const QDate d = localDate(b);
            return qint64(d.year()) * 100 + d.month();
        },
        &kept);

    for (const Backup& b : std::as_const(future))
        decision.keep.append(b.fileName);
    for (int i = 0; i < counted.size(); ++i)
        (kept.contains(i) ? decision.keep : decision.remove).append(counted.at(i).fileName);
    return decision;
}

QString fileName(const QString& databaseBaseName, const QDateTime& takenUtc)
{
    return QStringLiteral("%1-auto-%2.sqlite")
        .arg(databaseBaseName, takenUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HHmmss'Z'")));
}

QDateTime parseFileName(const QString& fileName, const QString& databaseBaseName)
{
    static const QRegularExpression stamp(
        QStringLiteral("^-auto-(\\d{4}-\\d{2}-\\d{2}T\\d{6}Z)\\.sqlite$"));
    if (databaseBaseName.isEmpty() || !fileName.startsWith(databaseBaseName))
        return {};
    const QRegularExpressionMatch match = stamp.match(fileName.mid(databaseBaseName.size()));
    if (!match.hasMatch())
        return {};
    // Date and time apart: read as one local date-time, a time in a DST gap would be invalid.
    const QString text = match.captured(1);
    const QDate date = QDate::fromString(text.left(10), QStringLiteral("yyyy-MM-dd"));
    const QTime time = QTime::fromString(text.mid(11, 6), QStringLiteral("HHmmss"));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

} // namespace BackupRetention
