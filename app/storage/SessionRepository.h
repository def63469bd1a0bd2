#pragma once

#include "core/PrecautionRules.h"
#include "storage/StorageError.h"

#include <QCoreApplication>

class Database;

// What a session needs before it may start, without any answer in it: safe to show to every
// role and to read without an audit entry.
struct SessionState
{
    qint64 bookingId = 0;
    QString status;
    bool hasCheckin = false;
    Outcome outcome = Outcome::Proceed;
    bool signedOff = false;
    bool clearanceRecorded = false;
    qint64 checkinId = 0; // the current check-in's row (what its sealed notes are bound to)
    bool needsSignOff() const
    {
        return hasCheckin && (outcome == Outcome::Adapt || outcome == Outcome::NeedsClearance);
    }
    bool needsClearance() const { return hasCheckin && outcome == Outcome::NeedsClearance; }
};

// The therapist's steps around a session: clearance, sign-off, start, finish. Each checks the
// rules and says why when it refuses; the database triggers (migration 3) hold them too.
class SessionRepository
{
    Q_DECLARE_TR_FUNCTIONS(SessionRepository)

public:
    // Limits of the free texts, in characters as a person counts them (core/FreeText.h).
    static constexpr int kMaxConfirmedBy = 200; // one line
    static constexpr int kMaxText = 2000;       // advice and notes: several lines

    explicit SessionRepository(Database& database) : m_database(database) {}

    bool state(qint64 bookingId, SessionState* state, StorageError* error) const;
    // Empty when the session may start now; otherwise the reason, for a person.
    static QString whyNotStart(const SessionState& state);

    bool recordClearance(qint64 bookingId, const QString& confirmedBy, qint64 confirmedAt,
                         const QString& advice, const QString& userName, StorageError* error);
    bool signOff(qint64 bookingId, const QString& userName, StorageError* error);
    bool start(qint64 bookingId, const QString& userName, StorageError* error);
    // Ends the session. `reaction` describes an unusual reaction (dizziness, discomfort that
    // does not pass); empty when there was none.
    bool finish(qint64 bookingId, const QString& note, const QString& reaction,
                const QString& userName, StorageError* error);

private:
    // `plain` as stored in a sealed column of check-in `checkinId` (sealed when sealing is on).
    bool seal(qint64 checkinId, const QString& field, const QString& plain, QString* stored,
              StorageError* error) const;
    bool changeCheckin(qint64 bookingId, const QString& kind, const QString& sql,
                       const QVariantList& values, const QString& userName, StorageError* error);

    Database& m_database;
};
