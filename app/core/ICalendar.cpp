#include "core/ICalendar.h"

#include <QDateTime>
#include <QSet>

namespace ICalendar {

namespace {

constexpr int kMaxOctets = 75;

QByteArray utcStamp(qint64 utc)
{
    return QDateTime::fromSecsSinceEpoch(utc, QTimeZone::utc())
        .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
        .toLatin1();
}

QByteArray localStamp(const QDateTime& local)
{
    return local.toString(QStringLiteral("yyyyMMdd'T'HHmmss")).toLatin1();
}

QByteArray offsetText(int seconds)
{
    const char sign = seconds < 0 ? '-' : '+';
    const int a = qAbs(seconds);
    QByteArray text = sign + QByteArray::number(a / 3600).rightJustified(2, '0') +
                      QByteArray::number(a % 3600 / 60).rightJustified(2, '0');
    if (a % 60 != 0)
        text += QByteArray::number(a % 60).rightJustified(2, '0');
    return text;
}

const char* const kDayNames[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

// A yearly change of offset such as "last Sunday of March at 02:00 local, +0100 to +0200".
struct Rule
{
    bool daylight = false;
    int month = 0;
    int weekday = 0; // 1 = Monday
    int ordinal = 0; // 1..4, or -1 for the last one in the month
    QTime localTime; // on the clock before the change
    int offsetFrom = 0;
    int offsetTo = 0;
    QString name;

    bool operator==(const Rule& o) const
    {
        return daylight == o.daylight && month == o.month && weekday == o.weekday &&
               ordinal == o.ordinal && localTime == o.localTime && offsetFrom == o.offsetFrom &&
               offsetTo == o.offsetTo;
    }

    QDate dateIn(int year) const
    {
        if (ordinal < 0) {
            QDate d(year, month, QDate(year, month, 1).daysInMonth());
            while (d.dayOfWeek() != weekday)
                d = d.addDays(-1);
            return d;
        }
        QDate d(year, month, 1);
        while (d.dayOfWeek() != weekday)
            d = d.addDays(1);
        return d.addDays(7 * (ordinal - 1));
    }

    qint64 utcIn(int year) const
    {
        return QDateTime(dateIn(year), localTime, QTimeZone::utc()).toSecsSinceEpoch() - offsetFrom;
    }
};

Rule ruleOf(const QTimeZone::OffsetData& t, int offsetFrom)
{
    const QDateTime local = t.atUtc.toUTC().addSecs(offsetFrom);
    Rule r;
    r.daylight = t.daylightTimeOffset != 0;
    r.month = local.date().month();
    r.weekday = local.date().dayOfWeek();
    r.ordinal =
        local.date().day() + 7 > local.date().daysInMonth() ? -1 : (local.date().day() - 1) / 7 + 1;
    r.localTime = local.time();
    r.offsetFrom = offsetFrom;
    r.offsetTo = t.offsetFromUtc;
    r.name = t.abbreviation;
    return r;
}

QByteArray component(const Rule& r, const QDateTime& start, bool yearly)
{
    QByteArray out = r.daylight ? "BEGIN:DAYLIGHT\r\n" : "BEGIN:STANDARD\r\n";
    out += "DTSTART:" + localStamp(start) + "\r\n";
    if (yearly) {
        out += "RRULE:FREQ=YEARLY;BYMONTH=" + QByteArray::number(r.month) +
               ";BYDAY=" + QByteArray::number(r.ordinal) + kDayNames[r.weekday - 1] + "\r\n";
    }
    out += "TZOFFSETFROM:" + offsetText(r.offsetFrom) + "\r\n";
    out += "TZOFFSETTO:" + offsetText(r.offsetTo) + "\r\n";
    if (!r.name.isEmpty())
        out += fold("TZNAME:" + escapeText(r.name).toUtf8());
    out += r.daylight ? "END:DAYLIGHT\r\n" : "END:STANDARD\r\n";
    return out;
}

} // namespace

QString escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case ';':
            out += QLatin1String("\\;");
            break;
        case ',':
            out += QLatin1String("\\,");
            break;
        case '\r':
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QLatin1String("\\n");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\t':
            out += c;
            break;
        default:
            // Control characters are not allowed in TEXT (RFC 5545 3.3.11); a name typed with
            // one still shows, without it.
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                break;
            out += c;
        }
    }
    return out;
}

QByteArray fold(const QByteArray& line)
{
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    qsizetype at = 0;
    bool first = true;
    while (at < line.size()) {
        // A continuation line starts with a space, which counts towards the 75 octets.
        const qsizetype room = first ? kMaxOctets : kMaxOctets - 1;
        qsizetype end = qMin(at + room, line.size());
        // Never cut before a UTF-8 continuation byte (10xxxxxx): that would split a character.
        while (end < line.size() && end > at && (uchar(line.at(end)) & 0xC0) == 0x80)
            --end;
        if (!first)
            out += ' ';
        out += line.mid(at, end - at);
        out += "\r\n";
        at = end;
        first = false;
    }
    if (line.isEmpty())
        out += "\r\n";
    return out;
}

QByteArray timeZone(const QTimeZone& zone, int fromYear, int toYear)
{
    const QByteArray id = zone.id();
    QByteArray out = "BEGIN:VTIMEZONE\r\n" + fold("TZID:" + id);
    const QDateTime from(QDate(fromYear, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime to(QDate(toYear + 1, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QTimeZone::OffsetDataList changes = zone.transitions(from, to);
    if (changes.isEmpty()) {
        Rule fixed;
        fixed.offsetFrom = fixed.offsetTo = zone.offsetFromUtc(from);
        fixed.name = zone.abbreviation(from);
        out += component(fixed, QDateTime(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::utc()), false);
        return out + "END:VTIMEZONE\r\n";
    }

    QList<Rule> rules;
    QList<Rule> each;
    QSet<qint64> actual;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const int before = i > 0 ? changes.at(i - 1).offsetFromUtc
                                 : zone.previousTransition(changes.at(0).atUtc).offsetFromUtc;
        const Rule r = ruleOf(changes.at(i), before);
        each.append(r);
        actual.insert(changes.at(i).atUtc.toSecsSinceEpoch());
        if (!rules.contains(r))
            rules.append(r);
    }
    // The yearly rules are what calendar programs read best, but only when they give exactly
    // the changes the zone database has in these years; otherwise each change is listed.
    QSet<qint64> predicted;
    for (int year = fromYear; year <= toYear; ++year) {
        for (const Rule& r : rules)
            predicted.insert(r.utcIn(year));
    }
    if (rules.size() <= 2 && predicted == actual) {
        for (const Rule& r : rules)
            out += component(r, QDateTime(r.dateIn(1970), r.localTime, QTimeZone::utc()), true);
    } else {
        // The change before the range says which offset holds at its start.
        const QTimeZone::OffsetData previous = zone.previousTransition(changes.at(0).atUtc);
        if (previous.atUtc.isValid()) {
            const int before = zone.previousTransition(previous.atUtc).atUtc.isValid()
                                   ? zone.previousTransition(previous.atUtc).offsetFromUtc
                                   : previous.offsetFromUtc;
            const Rule r = ruleOf(previous, before);
            out += component(r, previous.atUtc.toUTC().addSecs(before), false);
        }
        for (qsizetype i = 0; i < changes.size(); ++i)
            out += component(each.at(i), changes.at(i).atUtc.toUTC().addSecs(each.at(i).offsetFrom),
                             false);
    }
    return out + "END:VTIMEZONE\r\n";
}

QByteArray write(const Calendar& calendar)
{
    const bool utc = calendar.zone.id() == "UTC";
    const QByteArray tzid = calendar.zone.id();
    QByteArray out = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n";
    out += fold("PRODID:-//Massage Desk//Massage Desk " MASSAGE_DESK_VERSION "//EN");
    out += "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n";
    if (!calendar.name.isEmpty())
        out += fold("X-WR-CALNAME:" + escapeText(calendar.name).toUtf8());
    if (!utc) {
        out += fold("X-WR-TIMEZONE:" + tzid);
        int fromYear = QDateTime::fromSecsSinceEpoch(calendar.stamp, calendar.zone).date().year();
        int toYear = fromYear;
        if (!calendar.events.isEmpty()) {
            fromYear = toYear =
                QDateTime::fromSecsSinceEpoch(calendar.events.first().startsAt, calendar.zone)
                    .date()
                    .year();
        }
        for (const Event& e : calendar.events) {
            const int year = QDateTime::fromSecsSinceEpoch(e.startsAt, calendar.zone).date().year();
            fromYear = qMin(fromYear, year);
            toYear = qMax(toYear, year);
        }
        out += timeZone(calendar.zone, fromYear, toYear);
    }

    const auto time = [&](const QByteArray& name, qint64 at) {
        if (utc)
            return name + ':' + utcStamp(at) + "\r\n";
        const QDateTime local = QDateTime::fromSecsSinceEpoch(at, calendar.zone);
        // The hour repeated when the clocks go back reads as its first occurrence in local
        // time (RFC 5545 3.3.5), so a time in the second one is written in UTC instead.
        const QTimeZone::OffsetData change = calendar.zone.previousTransition(
            QDateTime::fromSecsSinceEpoch(at + 1, QTimeZone::utc()));
        if (change.atUtc.isValid()) {
            const qint64 changedAt = change.atUtc.toSecsSinceEpoch();
            const int repeated =
                calendar.zone.offsetFromUtc(change.atUtc.addSecs(-1)) - change.offsetFromUtc;
            if (repeated > 0 && at - changedAt < repeated)
                return name + ':' + utcStamp(at) + "\r\n";
        }
        return fold(name + ";TZID=" + tzid + ':' + localStamp(local));
    };
    const QByteArray stamp = utcStamp(calendar.stamp);
    for (const Event& e : calendar.events) {
        out += "BEGIN:VEVENT\r\n";
        out += fold("UID:" + e.uid.toUtf8());
        out += "DTSTAMP:" + stamp + "\r\n";
        out += time("DTSTART", e.startsAt);
        out += time("DTEND", e.endsAt);
        out += fold("SUMMARY:" + escapeText(e.summary).toUtf8());
        if (!e.location.isEmpty())
            out += fold("LOCATION:" + escapeText(e.location).toUtf8());
        if (!e.description.isEmpty())
            out += fold("DESCRIPTION:" + escapeText(e.description).toUtf8());
        out += e.cancelled ? "STATUS:CANCELLED\r\n" : "STATUS:CONFIRMED\r\n";
        out += "SEQUENCE:" + QByteArray::number(e.sequence) + "\r\n";
        if (e.createdAt > 0)
            out += "CREATED:" + utcStamp(e.createdAt) + "\r\n";
        if (e.modifiedAt > 0)
            out += "LAST-MODIFIED:" + utcStamp(e.modifiedAt) + "\r\n";
        out += e.cancelled ? "TRANSP:TRANSPARENT\r\n" : "TRANSP:OPAQUE\r\n";
        out += "END:VEVENT\r\n";
    }
    out += "END:VCALENDAR\r\n";
    return out;
}

} // namespace ICalendar

namespace ClientNaming {

Mode fromSetting(const QString& value)
{
    if (value == QLatin1String("full"))
        return Mode::FullName;
    if (value == QLatin1String("initials"))
        return Mode::Initials;
    return Mode::FirstName;
}

QString apply(const QString& fullName, Mode mode)
{
    const QStringList words = fullName.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty() || mode == Mode::FullName)
        return fullName.simplified();
    if (mode == Mode::FirstName)
        return words.first();
    QString initials;
    for (const QString& w : words) {
        // One whole character, even outside the BMP (a surrogate pair).
        const qsizetype length = w.at(0).isHighSurrogate() && w.size() > 1 ? 2 : 1;
        initials += w.left(length).toUpper() + QLatin1Char('.');
    }
    return initials;
}

} // namespace ClientNaming
