#include "core/BookingCalendar.h"

#include <QDateTime>

namespace {

ICalendar::Event common(const AgendaEntry& entry, const BookingRevision& revision)
{
    ICalendar::Event e;
    e.uid = BookingCalendar::uid(entry.id, revision.createdAt);
    e.startsAt = entry.startsAt;
    // The cleanup time is the centre's business; the calendar shows the session itself.
    e.endsAt = entry.startsAt + qint64(entry.minutes) * 60;
    e.createdAt = revision.createdAt;
    e.modifiedAt = revision.updatedAt;
    e.sequence = revision.changes;
    // A referred session did not take place either; saying "referred" would tell a health fact.
    e.cancelled =
        entry.status == QLatin1String("cancelled") || entry.status == QLatin1String("referred");
    return e;
}

} // namespace

QString BookingCalendar::uid(qint64 bookingId, qint64 createdAt)
{
    return QStringLiteral("booking-%1-%2@massage-desk")
        .arg(bookingId)
        .arg(QDateTime::fromSecsSinceEpoch(createdAt, QTimeZone::utc())
                 .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
}

ICalendar::Event BookingCalendar::staffEvent(const AgendaEntry& entry,
                                             const BookingRevision& revision,
                                             ClientNaming::Mode naming)
{
    ICalendar::Event e = common(entry, revision);
    e.summary = tr("%1: %2").arg(entry.serviceName, ClientNaming::apply(entry.clientName, naming));
    e.location = entry.roomName;
    e.description = tr("Therapist: %1").arg(entry.therapistName);
    return e;
}

ICalendar::Event BookingCalendar::clientEvent(const AgendaEntry& entry,
                                              const BookingRevision& revision,
                                              const QString& centreName)
{
    ICalendar::Event e = common(entry, revision);
    e.summary = tr("%1 at %2").arg(entry.serviceName, centreName);
    e.location = centreName;
    e.description = tr("With %1, room %2.").arg(entry.therapistName, entry.roomName);
    return e;
}

QList<ICalendar::Event>
BookingCalendar::staffEvents(const QList<AgendaEntry>& entries,
                             const QHash<qint64, BookingRevision>& revisions,
                             ClientNaming::Mode naming, qint64 therapistId)
{
    QList<ICalendar::Event> events;
    for (const AgendaEntry& entry : entries) {
        if (therapistId != 0 && entry.therapistId != therapistId)
            continue;
        events.append(staffEvent(entry, revisions.value(entry.id), naming));
    }
    return events;
}
