#include "storage/CalendarFeed.h"

#include "core/BookingCalendar.h"
#include "core/Clock.h"
#include "storage/BookingRepository.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"

bool CalendarFeed::sessions(Database& database, const QDate& from, const QDate& to,
                            qint64 therapistId, const QString& language, QByteArray* file,
                            int* events, StorageError* error)
{
    SettingsRepository settings(database);
    const QTimeZone zone = settings.timeZone();
    const qint64 start = QDateTime(from, QTime(0, 0), zone).toSecsSinceEpoch();
    const qint64 end = QDateTime(to.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
    BookingRepository bookings(database, zone);
    StorageError readError;
    const QList<AgendaEntry> entries = bookings.agenda(start, end, language, &readError);
    const QHash<qint64, BookingRevision> revisions =
        readError ? QHash<qint64, BookingRevision>() : bookings.revisions(start, end, &readError);
    if (readError) {
        *error = readError;
        return false;
    }
    ICalendar::Calendar calendar;
    calendar.zone = zone;
    calendar.stamp = database.clock().nowSecs();
    calendar.name = settings.value(SettingKeys::kCentreName);
    calendar.events = BookingCalendar::staffEvents(
        entries, revisions,
        ClientNaming::fromSetting(settings.value(SettingKeys::kCalendarClientName)), therapistId);
    *events = int(calendar.events.size());
    *file = ICalendar::write(calendar);
    return true;
}

bool CalendarFeed::confirmation(Database& database, const AgendaEntry& booking, QByteArray* file,
                                StorageError* error)
{
    SettingsRepository settings(database);
    const QTimeZone zone = settings.timeZone();
    StorageError readError;
    const QHash<qint64, BookingRevision> revisions =
        BookingRepository(database, zone)
            .revisions(booking.startsAt, booking.startsAt + 1, &readError);
    if (readError) {
        *error = readError;
        return false;
    }
    ICalendar::Calendar calendar;
    calendar.zone = zone;
    calendar.stamp = database.clock().nowSecs();
    const QString centre = settings.value(SettingKeys::kCentreName);
    calendar.name = centre;
    calendar.events = {BookingCalendar::clientEvent(booking, revisions.value(booking.id), centre)};
    *file = ICalendar::write(calendar);
    return true;
}
