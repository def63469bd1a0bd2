#pragma once

#include "core/PrecautionEngine.h"
#include "storage/StorageError.h"

#include <QCoreApplication>

class Database;

// A stored check-in: health data. Reading or writing one always leaves an audit entry.
struct StoredCheckin
{
    qint64 bookingId = 0;
    qint64 clientId = 0;
    QString serviceCode;
    CheckInAnswers answers;
    Outcome outcome = Outcome::Proceed;
    QStringList reasons;
    QString ruleVersion;
    qint64 recordedAt = 0;
    qint64 signedOffAt = 0;
    qint64 clearanceAt = 0;
    QString clearanceBy;
    QString clearanceAdvice;
    QStringList changedSincePrevious; // question ids whose answer differs from the last visit
    bool hasPrevious = false;
};

// What every role may read of a check-in (DESIGN 2.5 "outcome level only"): no answers, no
// reasons (they name the answers), no notes, no clearance advice.
struct CheckinOutcome
{
    qint64 bookingId = 0;
    qint64 clientId = 0;
    QString serviceCode;
    Outcome outcome = Outcome::Proceed;
    QString ruleVersion;
    qint64 recordedAt = 0;
    bool signedOff = false;
    bool clearanceRecorded = false;
};

class CheckinRepository
{
    Q_DECLARE_TR_FUNCTIONS(CheckinRepository)

public:
    explicit CheckinRepository(Database& database) : m_database(database) {}

    // Evaluates the answers against the rules for the booked service and stores them in one
    // write transaction with the booking's new status (arrived, or referred after a
    // stop-and-refer outcome) and an audit entry. Refuses incomplete answers, unknown ids, and
    // bookings that are cancelled, finished or already under way.
    bool record(qint64 bookingId, const CheckInAnswers& answers, const QString& userName,
                Evaluation* evaluation, StorageError* error);

    // The check-in of a booking, with what changed since the client's previous check-in.
    bool read(qint64 bookingId, const QString& userName, StoredCheckin* checkin,
              StorageError* error);

    // The answers of the client's latest check-in before this booking (empty when there is
    // none), for the form to show what changed. Audited like any read of answers, and refused
    // like one to a role that sees outcomes only.
    bool previousAnswers(qint64 bookingId, const QString& userName, QHash<QString, bool>* answers,
                         StorageError* error);

    // The outcome level of a booking's check-in and whether sign-off and clearance are
    // recorded: no health detail, so any signed-in role may read it and it is not audited (as
    // the outcome column of the day list).
    bool readOutcome(qint64 bookingId, CheckinOutcome* checkin, StorageError* error);

private:
    Database& m_database;
};
