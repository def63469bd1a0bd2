#pragma once

#include "storage/RecordVersion.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>
#include <QTimeZone>

class Database;

// What a receptionist asks for. therapistId or roomId 0 means "any".
struct BookingRequest
{
    qint64 clientId = 0;
    QString serviceCode;
    qint64 therapistId = 0;
    qint64 roomId = 0;
    qint64 startsAt = 0;      // UTC seconds
    int minutes = 0;          // 0: the service's shortest duration
    qint64 ignoreBooking = 0; // the booking being moved does not conflict with itself
};

// Where and when a request fits.
struct Placement
{
    qint64 therapistId = 0;
    qint64 roomId = 0;
    QString therapistName;
    QString roomName;
    qint64 startsAt = 0;
    int minutes = 0;
    int cleanupMinutes = 0;
    qint64 version = 0; // after a move: the booking's stored version (RecordVersion)
    qint64 endsAt() const { return startsAt + qint64(minutes + cleanupMinutes) * 60; }
};

// One date of a repeating booking, and whether it fits as asked.
struct Occurrence
{
    qint64 startsAt = 0;
    bool fits = false;
    QString why; // when it does not fit
    Placement placement;
};

// The scheduling rules of DESIGN 2.4, for every path that writes bookings: the service's own
// durations and cleanup, a start between 2000-01-01 and five years ahead, a therapist who
// performs it and a room that suits it, inside opening hours (ending by midnight) and the
// therapist's shift, no absence, no overlap of therapist or room (cleanup included), and no
// other session of the same client at the same time. Writes run the checks inside the same BEGIN
// IMMEDIATE transaction as the insert, so two programs racing for one slot get one booking and one
// clear refusal.
class Scheduler
{
    Q_DECLARE_TR_FUNCTIONS(Scheduler)

public:
    Scheduler(Database& database, QTimeZone zone);

    // Read-only: where the request fits, or why not ("Marta Vidal is busy 10:00–11:10 with a
    // sports massage").
    bool check(const BookingRequest& request, Placement* placement, StorageError* error) const;
    bool book(const BookingRequest& request, const QString& userName, qint64* id,
              Placement* placement, StorageError* error);
    // Moves (and/or resizes, or gives to another therapist or room) an active booking. A desk
    // that shows the booking passes the version it loaded: a booking moved or cancelled
    // elsewhere since is refused (ChangedElsewhere) in the same transaction.
    bool move(qint64 bookingId, qint64 startsAt, qint64 therapistId, qint64 roomId, int minutes,
              const QString& userName, Placement* placement, StorageError* error,
              qint64 loadedVersion = RecordVersion::kUnchecked);
    // Moves a session to a new time (same therapist and room when they are free, else any) and
    // puts it back to "booked": the client is checked in again at the new visit. Used when a
    // check-in needs clearance that cannot be had today.
    bool postpone(qint64 bookingId, qint64 startsAt, const QString& userName, Placement* placement,
                  StorageError* error);
    // Weekly or every N weeks from request.startsAt, `count` times or until `until` (local
    // date, inclusive), at the same local time (daylight-saving changes keep the wall clock).
    // Read-only: lists which occurrences fit and why the others do not, before anything is saved.
    QList<Occurrence> planSeries(const BookingRequest& first, int everyWeeks, int count,
                                 const QDate& until, StorageError* error) const;
    // Books every start in `starts` (the plan with conflicts skipped or moved by the person) as
    // one series, all or nothing, in one write transaction.
    bool bookSeries(const BookingRequest& first, const QList<qint64>& starts,
                    const QString& userName, QList<qint64>* ids, StorageError* error);
    // The reason is simplified and counted in characters as a person counts them (FreeText).
    static constexpr int kMaxCancelReason = 500;
    bool cancel(qint64 bookingId, const QString& reason, const QString& userName,
                StorageError* error);
    // arrived, no_show or completed (a session is started and finished by SessionRepository).
    bool setStatus(qint64 bookingId, const QString& status, const QString& userName,
                   StorageError* error);
    // The first `count` places where the request fits at or after request.startsAt, trying
    // every `stepMinutes` for up to `days` days.
    QList<Placement> findSlots(const BookingRequest& request, int count, StorageError* error,
                               int stepMinutes = 15, int days = 28) const;

private:
    // How often a write is run again when a server refuses it for a concurrent desk's change.
    static constexpr int kServerAttempts = 3;
    bool bookOnce(const BookingRequest& request, const QString& userName, qint64* id,
                  Placement* placement, StorageError* error);
    bool moveOnce(qint64 bookingId, qint64 startsAt, qint64 therapistId, qint64 roomId, int minutes,
                  const QString& userName, Placement* placement, StorageError* error,
                  qint64 loadedVersion);
    bool postponeOnce(qint64 bookingId, qint64 startsAt, const QString& userName,
                      Placement* placement, StorageError* error);
    struct Context;
    bool prepare(const BookingRequest& request, Context* context, StorageError* error) const;
    bool fits(const Context& context, qint64 startsAt, Placement* placement, QString* why,
              StorageError* error) const;
    // Sets `why` when the request's client has another session overlapping `startsAt`.
    bool clientBusy(const Context& context, qint64 startsAt, QString* why,
                    StorageError* error) const;
    // The signed-in person may book, and a therapist only their own sessions: `therapistId`
    // (when given) is the therapist asked for, 0 meaning "any", which becomes the therapist
    // themself; `bookingId` (when > 0) is a booking whose therapist must be theirs.
    bool mayChange(qint64 bookingId, qint64* therapistId, StorageError* error) const;
    bool event(qint64 bookingId, const QString& kind, const QString& detail,
               const QString& userName, StorageError* error);

    Database& m_database;
    QTimeZone m_zone;
};
