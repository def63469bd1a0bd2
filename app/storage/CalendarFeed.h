#pragma once

#include "core/Booking.h"
#include "storage/StorageError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>

class Database;

// Bookings as iCalendar files (core/ICalendar), the same for the GUI and the CLI.
class CalendarFeed
{
    Q_DECLARE_TR_FUNCTIONS(CalendarFeed)

public:
    // The sessions of the centre's days [from, to], one therapist's when therapistId != 0,
    // naming the client as Settings say (calendar.client_name).
    static bool sessions(Database& database, const QDate& from, const QDate& to, qint64 therapistId,
                         const QString& language, QByteArray* file, int* events,
                         StorageError* error);
    // One booking as the client's confirmation: their session at the centre.
    static bool confirmation(Database& database, const AgendaEntry& booking, QByteArray* file,
                             StorageError* error);
};
