#pragma once

#include "core/Booking.h"
#include "core/ICalendar.h"

#include <QCoreApplication>
#include <QHash>

// Bookings as calendar events: the service, the client named as the centre chooses, the room
// and the therapist. Never a check-in outcome, a reason, a note or the client's contact details.
class BookingCalendar
{
    Q_DECLARE_TR_FUNCTIONS(BookingCalendar)

public:
    // The same booking always gets the same UID, whatever the export: its id and the second
    // it was created, which no later change touches.
    static QString uid(qint64 bookingId, qint64 createdAt);

    // A therapist's or the whole centre's feed.
    static ICalendar::Event staffEvent(const AgendaEntry& entry, const BookingRevision& revision,
                                       ClientNaming::Mode naming);
    // The confirmation sent to the client: their session at the centre.
    static ICalendar::Event clientEvent(const AgendaEntry& entry, const BookingRevision& revision,
                                        const QString& centreName);

    static QList<ICalendar::Event> staffEvents(const QList<AgendaEntry>& entries,
                                               const QHash<qint64, BookingRevision>& revisions,
                                               ClientNaming::Mode naming, qint64 therapistId);
};
