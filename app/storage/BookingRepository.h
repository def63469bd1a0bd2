#pragma once

#include "core/Booking.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QTimeZone>

class Database;

// Reads bookings. Every write goes through Scheduler (book, move, postpone, cancel, setStatus),
// which applies the scheduling rules of DESIGN 2.4 inside one BEGIN IMMEDIATE transaction.
class BookingRepository
{
    Q_DECLARE_TR_FUNCTIONS(BookingRepository)

public:
    BookingRepository(Database& database, QTimeZone centreZone)
        : m_database(database), m_zone(std::move(centreZone))
    {
    }

    bool exists(qint64 id, StorageError* error) const;
    // True when booking `id` exists; otherwise false with "There is no booking ID." (NotFound),
    // so every command that takes a booking number names that problem first.
    bool mustExist(qint64 id, StorageError* error) const;

    // Bookings starting in [fromUtc, toUtc), in start order, with names for display. Reads
    // only that range through the start-time index, whatever the size of the history.
    QList<AgendaEntry> agenda(qint64 fromUtc, qint64 toUtc, const QString& language,
                              StorageError* error) const;

    // For the bookings agenda() returns over the same range: when each was created and last
    // changed, and how many changes it has had (an exported event's SEQUENCE).
    QHash<qint64, BookingRevision> revisions(qint64 fromUtc, qint64 toUtc,
                                             StorageError* error) const;

private:
    Database& m_database;
    QTimeZone m_zone; // the centre's; agenda() returns UTC times and callers localise them
};
