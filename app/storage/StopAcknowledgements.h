#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSet>

class Database;

// A therapist's "I have read this" on a stop-and-refer shown on My day (issue 11 §2), kept per
// therapist and check-in (migration 14), so the alert stays away after a restart and on the
// therapist's other treatment-room PC. Audited as "checkin.stop_acknowledged" (no health data).
class StopAcknowledgements
{
    Q_DECLARE_TR_FUNCTIONS(StopAcknowledgements)

public:
    explicit StopAcknowledgements(Database& database) : m_database(database) {}

    // Which of `checkinIds` therapist `therapistId` has acknowledged.
    bool acknowledged(qint64 therapistId, const QList<qint64>& checkinIds, QSet<qint64>* result,
                      StorageError* error) const;
    // Records the acknowledgement of the current check-in of `bookingId`, which must be a
    // stop-and-refer of one of the therapist's own sessions; acknowledging twice records once.
    // One transaction with its audit entry.
    bool acknowledge(qint64 therapistId, qint64 bookingId, const QString& userName,
                     StorageError* error);

private:
    Database& m_database;
};
