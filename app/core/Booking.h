#pragma once

#include <QString>

// One line of a day's agenda: a booking with the names a person needs to read it.
// The check-in outcome is the level only (proceed ... stop_refer), never the answers.
struct AgendaEntry
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 serviceId = 0;
    qint64 therapistId = 0;
    qint64 roomId = 0;
    qint64 startsAt = 0; // UTC seconds
    int minutes = 0;
    int cleanupMinutes = 0;
    QString status; // booked, arrived, in_session, completed, cancelled, no_show, referred
    QString statusReason;
    QString clientName;
    QString serviceCode;
    QString serviceName;
    QString therapistName;
    QString roomName;
    QString checkinOutcome; // empty when no check-in yet
    // The client's open referral (DESIGN 2.2) for a booked or arrived session: the referred
    // booking and its day (yyyy-MM-dd in the centre's time zone); 0 and empty when none.
    qint64 referralBookingId = 0;
    QString referralDay;
    qint64 version = 0; // the stored version loaded (storage RecordVersion), for a move
};

// What calendar exports need to tell one version of a booking from the next.
struct BookingRevision
{
    qint64 createdAt = 0; // UTC seconds
    qint64 updatedAt = 0;
    int changes = 0; // recorded changes after its creation (moves, status changes, cancelling)
};
