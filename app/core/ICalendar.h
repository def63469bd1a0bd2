#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTimeZone>

// An iCalendar (RFC 5545) writer for the calendar apps therapists and clients use: CRLF line
// ends, lines folded at 75 octets but never inside a UTF-8 character, TEXT escaping, a
// VTIMEZONE for the centre's zone with its yearly rules, and times given in that zone (TZID).
namespace ICalendar {

struct Event
{
    QString uid;          // stable for a booking across exports
    qint64 startsAt = 0;  // UTC seconds
    qint64 endsAt = 0;    // UTC seconds
    qint64 createdAt = 0; // UTC seconds; 0 leaves CREATED out
    qint64 modifiedAt = 0;
    int sequence = 0; // raised on each change of the booking
    bool cancelled = false;
    QString summary;
    QString location;
    QString description;
};

struct Calendar
{
    QString name;     // X-WR-CALNAME
    QTimeZone zone;   // the centre's
    qint64 stamp = 0; // DTSTAMP of every event: when the file was made (UTC seconds)
    QList<Event> events;
};

QByteArray write(const Calendar& calendar);

// The building blocks, public for the tests.
QString escapeText(const QString& text);
// One content line (without its CRLF) folded to lines of at most 75 octets, each ending in CRLF.
QByteArray fold(const QByteArray& line);
// VTIMEZONE for `zone` valid over the years the events fall in.
QByteArray timeZone(const QTimeZone& zone, int fromYear, int toYear);

} // namespace ICalendar

// How a calendar names the client (Settings: calendar.client_name).
namespace ClientNaming {
enum class Mode
{
    FullName,
    FirstName,
    Initials
};
Mode fromSetting(const QString& value);
QString apply(const QString& fullName, Mode mode);
} // namespace ClientNaming
