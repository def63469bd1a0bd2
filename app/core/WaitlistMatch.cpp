#include "core/WaitlistMatch.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>
#include <QTime>
#include <algorithm>
#include <tuple>

bool WaitlistMatch::expired(const WaitlistEntry& entry, const QDate& today)
{
    return entry.until.isValid() && entry.until < today;
}

int WaitlistMatch::earliestStart(const WaitlistEntry& entry, const FreeSlot& slot,
                                 const QDate& today)
{
    if (expired(entry, today) || !slot.day.isValid() || slot.day < today)
        return -1;
    if (entry.until.isValid() && slot.day > entry.until)
        return -1;
    if (!entry.therapistIds.isEmpty() && !entry.therapistIds.contains(slot.therapistId))
        return -1;
    const int dayBit = 1 << (slot.day.dayOfWeek() - 1);
    if (entry.weekdays != 0 && (entry.weekdays & dayBit) == 0)
        return -1;
    if (entry.sessionMinutes <= 0)
        return -1;
    const QList<WaitlistWindow> windows =
        entry.windows.isEmpty() ? QList<WaitlistWindow>{WaitlistWindow()} : entry.windows;
    int best = -1;
    for (const WaitlistWindow& window : windows) {
        // The session starts inside the window and ends by its end; the cleanup after it only
        // needs the slot.
        const int start = std::max(slot.fromMinute, window.fromMinute);
        const int latestEnd = std::min(window.toMinute, slot.toMinute - entry.cleanupMinutes);
        if (start + entry.sessionMinutes <= latestEnd && (best < 0 || start < best))
            best = start;
    }
    return best;
}

bool WaitlistMatch::before(const WaitlistEntry& a, const WaitlistEntry& b)
{
    return std::make_tuple(!a.urgent, a.createdAt, a.id) <
           std::make_tuple(!b.urgent, b.createdAt, b.id);
}

QList<WaitlistEntry> WaitlistMatch::offers(const QList<WaitlistEntry>& entries,
                                           const FreeSlot& slot, const QDate& today)
{
    QList<WaitlistEntry> found;
    for (const WaitlistEntry& entry : entries)
        if (matches(entry, slot, today))
            found << entry;
    std::sort(found.begin(), found.end(), before);
    return found;
}

QString WaitlistMatch::daysText(int weekdays)
{
    if (weekdays == 0 || (weekdays & kAllDays) == kAllDays)
        return tr("any day");
    QStringList days;
    const QLocale locale;
    for (int day = 1; day <= 7; ++day)
        if (weekdays & (1 << (day - 1)))
            days << locale.dayName(day, QLocale::ShortFormat);
    return days.join(QLatin1Char(' '));
}

QString WaitlistMatch::windowsText(const QList<WaitlistWindow>& windows)
{
    if (windows.isEmpty())
        return tr("any time");
    QStringList spans;
    const auto clock = [](int minute) {
        return QStringLiteral("%1:%2")
            .arg(minute / 60, 2, 10, QLatin1Char('0'))
            .arg(minute % 60, 2, 10, QLatin1Char('0'));
    };
    for (const WaitlistWindow& w : windows)
        spans << clock(w.fromMinute) + QChar(0x2013) + clock(w.toMinute);
    return spans.join(QStringLiteral(", "));
}

bool WaitlistMatch::parseWindows(const QString& text, QList<WaitlistWindow>* windows)
{
    static const QRegularExpression span(
        QStringLiteral("^\\s*(\\d{1,2}):(\\d{2})\\s*[-\\x{2013}]\\s*(\\d{1,2}):(\\d{2})\\s*$"));
    QList<WaitlistWindow> parsed;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const QRegularExpressionMatch m = span.match(part);
        if (!m.hasMatch())
            return false;
        const int fromH = m.captured(1).toInt(), fromM = m.captured(2).toInt();
        const int toH = m.captured(3).toInt(), toM = m.captured(4).toInt();
        if (fromH > 23 || fromM > 59 || toM > 59 || toH > 24 || (toH == 24 && toM != 0))
            return false;
        WaitlistWindow w{fromH * 60 + fromM, toH * 60 + toM};
        if (w.fromMinute >= w.toMinute)
            return false;
        parsed << w;
    }
    *windows = parsed;
    return true;
}
