#include "core/LocalTime.h"

#include <QRegularExpression>

namespace {

QString hhmm(const QTime& time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

QString offsetOf(int seconds)
{
    const int minutes = qAbs(seconds) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QList<qint64> LocalTime::instants(const QDate& date, const QTime& time, const QTimeZone& zone)
{
    QList<qint64> found;
    if (!date.isValid() || !time.isValid())
        return found;
    // The wall time read as if it were UTC; every instant showing it is that minus an offset the
    // zone uses around then (a day either side covers any one change of the clocks).
    const qint64 wall = QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
    for (const qint64 probe : {wall - 86400, wall + 86400}) {
        const int offset = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(probe, Qt::UTC));
        const qint64 utc = wall - offset;
        if (!found.contains(utc) &&
            zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC)) == offset)
            found.append(utc);
    }
    std::sort(found.begin(), found.end());
    return found;
}

bool LocalTime::isRepeated(qint64 utc, const QTimeZone& zone)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(utc, zone);
    return instants(local.date(), local.time(), zone).size() > 1;
}

QString LocalTime::offsetText(qint64 utc, const QTimeZone& zone)
{
    return offsetOf(zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC)));
}

QString LocalTime::choiceText(qint64 utc, const QTimeZone& zone)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(utc, zone);
    const QString time = hhmm(local.time());
    const QString abbreviation = zone.abbreviation(local);
    const QString offset = offsetText(utc, zone);
    return zone.isDaylightTime(local)
               ? tr("%1 summer time (%2, %3)").arg(time, abbreviation, offset)
               : tr("%1 winter time (%2, %3)").arg(time, abbreviation, offset);
}

bool LocalTime::fromLocal(const QDate& date, const QTime& time, const QTimeZone& zone, qint64* utc,
                          QString* error, Repeated repeated)
{
    if (!date.isValid() || !time.isValid()) {
        *error = tr("That date or time does not exist.");
        return false;
    }
    const QList<qint64> found = instants(date, time, zone);
    if (found.isEmpty()) {
        *error = tr("%1 at %2 does not exist in %3: the clocks go forward that night. Choose a "
                    "time before or after the change.")
                     .arg(date.toString(Qt::ISODate), hhmm(time), QString::fromUtf8(zone.id()));
        return false;
    }
    if (found.size() > 1 && repeated == Repeated::Refuse) {
        const QString day = date.toString(Qt::ISODate) + QLatin1Char(' ') + hhmm(time);
        *error = tr("%1 happens twice in %2: the clocks go back that night. Say which one with "
                    "its offset: \"%3\" for %4, or \"%5\" for %6.")
                     .arg(day, QString::fromUtf8(zone.id()), day + offsetText(found.first(), zone),
                          choiceText(found.first(), zone), day + offsetText(found.last(), zone),
                          choiceText(found.last(), zone));
        return false;
    }
    *utc = repeated == Repeated::Earlier ? found.first() : found.last();
    return true;
}

bool LocalTime::parse(const QString& text, const QTimeZone& zone, qint64* utc, QString* error)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{4})-(\\d{2})-(\\d{2})[ T](\\d{1,2}):(\\d{2})"
                       "\\s*(?:([+-])(\\d{2}):?(\\d{2}))?\\s*$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch()) {
        *error = tr("\"%1\" is not a date and time; write it as YYYY-MM-DD HH:MM, e.g. "
                    "2026-11-25 16:30 (or 2026-10-25 02:30+02:00 to give the offset from UTC).")
                     .arg(text.left(40));
        return false;
    }
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt());
    if (!m.hasCaptured(6))
        return fromLocal(date, time, zone, utc, error, Repeated::Refuse);
    if (!fromLocal(date, time, zone, utc, error, Repeated::Later))
        return false;
    const int hours = m.captured(7).toInt();
    const int minutes = m.captured(8).toInt();
    const int sign = m.captured(6) == QLatin1String("-") ? -1 : 1;
    const int offset = sign * (hours * 3600 + minutes * 60);
    const QList<qint64> found = instants(date, time, zone);
    for (const qint64 candidate : found) {
        if (zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(candidate, Qt::UTC)) == offset) {
            *utc = candidate;
            return true;
        }
    }
    QStringList offsets;
    for (const qint64 candidate : found)
        offsets << offsetText(candidate, zone);
    *error = tr("%1 %2 in %3 is at %4 from UTC, not %5.")
                 .arg(date.toString(Qt::ISODate), hhmm(time), QString::fromUtf8(zone.id()),
                      offsets.join(tr(" or ")), offsetOf(offset));
    return false;
}

int LocalTime::minuteOfDay(qint64 utc, const QTimeZone& zone)
{
    const QTime t = QDateTime::fromSecsSinceEpoch(utc, zone).time();
    return t.hour() * 60 + t.minute();
}

QString LocalTime::format(qint64 utc, const QTimeZone& zone, const QString& pattern)
{
    return QDateTime::fromSecsSinceEpoch(utc, zone).toString(pattern);
}

QString LocalTime::formatExact(qint64 utc, const QTimeZone& zone, const QString& pattern)
{
    const QString text = format(utc, zone, pattern);
    return isRepeated(utc, zone) ? text + offsetText(utc, zone) : text;
}

QDate LocalTime::lastBookableDay(qint64 nowUtc, const QTimeZone& zone)
{
    return QDateTime::fromSecsSinceEpoch(nowUtc, zone).date().addYears(5);
}

bool LocalTime::bookable(qint64 utc, qint64 nowUtc, const QTimeZone& zone, QString* error)
{
    const QDate day = QDateTime::fromSecsSinceEpoch(utc, zone).date();
    const QDate last = lastBookableDay(nowUtc, zone);
    if (day >= firstBookableDay() && day <= last)
        return true;
    *error = tr("%1 is outside the dates a session can start: from %2 to %3 (five years from "
                "today).")
                 .arg(day.toString(Qt::ISODate), firstBookableDay().toString(Qt::ISODate),
                      last.toString(Qt::ISODate));
    return false;
}
