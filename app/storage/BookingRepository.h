#pragma once

#include "core/Booking.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>
#include <QTimeZone>

class Database;

struct NewBooking
{
    qint64 clientId = 0;
    qint64 serviceId = 0;
    qint64 therapistId = 0;
    qint64 roomId = 0;
    qint64 startsAt = 0; // UTC seconds
    int minutes = 0;
    int cleanupMinutes = 0;
    qint64 createdBy = 0; // user id, 0 when unknown
};

// Writes bookings. The overlap checks run inside the same BEGIN IMMEDIATE transaction as the
// insert, so two desks (or the GUI and the CLI) can never book one therapist or room twice.
class BookingRepository
{
    Q_DECLARE_TR_FUNCTIONS(BookingRepository)

public:
    // Longest span a booking can occupy (480 min session + 120 min cleanup): bounds the
    // index range the overlap check has to read, whatever the size of the history.
    static constexpr qint64 kMaxOccupiedSecs = (480 + 120) * 60;

    BookingRepository(Database& database, QTimeZone centreZone)
        : m_database(database), m_zone(std::move(centreZone))
    {
    }

    bool create(const NewBooking& booking, qint64* id, StorageError* error);
    bool exists(qint64 id, StorageError* error) const;

    // Bookings starting in [fromUtc, toUtc), in start order, with names for display. Reads
    // only that range through the start-time index, whatever the size of the history.
    QList<AgendaEntry> agenda(qint64 fromUtc, qint64 toUtc, const QString& language,
                              StorageError* error) const;

private:
    bool findConflict(const char* column, qint64 resourceId, qint64 start, qint64 end,
                      QString* conflict, StorageError* error) const;

    Database& m_database;
    QTimeZone m_zone;
};
