#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QVariant>

class Database;

// Optimistic concurrency for the records people edit (clients, services, therapists, rooms,
// settings, bookings; migration 10): each row has a version that triggers raise on every change.
// An editor keeps the version it loaded and its save runs `UPDATE ... AND version = ?` in the
// same transaction; zero rows means another desk saved first, and the save is refused with who
// and when instead of overwriting their work.
namespace RecordVersion {

// A caller that loaded nothing earlier (a one-shot CLI command) passes this: no check.
constexpr qint64 kUnchecked = -1;

struct Stamp
{
    qint64 version = 0;
    QString changedBy; // a display name, or the user name; empty when unknown
    qint64 changedAt = 0;
};

// Appended to an UPDATE's SET list, with stampValues() bound in the same place: who saves now
// (the signed-in person's display name, else their user name) and when.
QString stampColumns();
QVariantList stampValues(const Database& database);

// The current stamp of a row of `table` whose `keyColumn` is `key`; false when there is none.
bool read(const Database& database, const QString& table, const QString& keyColumn,
          const QVariant& key, Stamp* stamp, StorageError* error);

// "Changed by Anna at 10:42 since you opened it." in the centre's local time (the date too when
// it was another day than `nowUtc`).
QString sentence(const QString& changedBy, qint64 changedAt, qint64 nowUtc, const QTimeZone& zone,
                 bool cancelled = false);

// The refusal after a versioned write found another version: reads who changed the row and
// when, and fills `error` (code ChangedElsewhere). Always returns false, for `return`.
bool refuse(Database& database, const QString& table, const QString& keyColumn, const QVariant& key,
            StorageError* error, bool cancelled = false);

// refuse() for a booking, saying "Cancelled by" when the other desk cancelled it.
bool refuseBooking(Database& database, qint64 bookingId, StorageError* error);

} // namespace RecordVersion
