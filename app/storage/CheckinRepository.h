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
    std::optional<OpenReferral> referral; // the earlier referral still open when it was taken
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
    // Limits of the free texts, in characters as a person counts them (core/FreeText.h).
    static constexpr int kMaxAvoidAreas = 300; // one line
    static constexpr int kMaxNotes = 2000;     // several lines

    explicit CheckinRepository(Database& database) : m_database(database) {}

    // Evaluates the answers against the rules for the booked service and stores them in one
    // write transaction with the booking's new status (arrived, or referred after a
    // stop-and-refer outcome) and an audit entry. Refuses incomplete answers, unknown ids,
    // bookings that are cancelled, finished or already under way, and any day but the
    // session's own in the centre's time zone. A client's open referral makes the outcome at
    // least needs_clearance. Checking in again is a new record; the earlier one is kept,
    // marked superseded.
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

    // The client's open referral (DESIGN 2.2): their latest stop-and-refer check-in with no
    // clearance recorded on it or on any of their check-ins taken after it. It holds no
    // answer (outcome level and date only), so every role may read it without an audit entry.
    // `exceptBooking` leaves that booking's own check-in out.
    bool openReferral(qint64 clientId, std::optional<OpenReferral>* referral, StorageError* error,
                      qint64 exceptBooking = 0) const;

    // The open referral of the client of `bookingId`, that booking's own check-in left out:
    // what the check-in form shows before the first answer.
    bool openReferralForBooking(qint64 bookingId, std::optional<OpenReferral>* referral,
                                StorageError* error) const;

    // SQL that holds when the stop-and-refer check-in `r` of booking `rb` is still open: no
    // clearance on it or on any of the client's check-ins taken after it (the same rule as the
    // trigger checkins_referral_follows_client of migration 7).
    static QString referralStillOpenSql();

private:
    Database& m_database;
};
