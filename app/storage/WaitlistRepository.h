#pragma once

#include "core/Booking.h"
#include "core/WaitlistMatch.h"
#include "storage/StorageError.h"
#include "storage/TherapistHours.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QTimeZone>

class Database;

// What the booking dialog shows about a client (issue 12 §4): the last six months' no-shows
// and late cancellations, and how many waitlist entries they have.
struct ClientBookingRecord
{
    int noShows = 0;
    int lateCancellations = 0;
    int waiting = 0;
};

// What the calendar marks for its days: freed bookings (booking id -> entries matched) and
// stretches of free working time with their entries.
struct CalendarWaiting
{
    QHash<qint64, int> freed;
    QList<FreeWaiting> free;
};

// The waitlist (issue 12 §2). Entries are few (tens, not thousands), so matching reads the
// active entries whole and applies the rules of core/WaitlistMatch. Receptionists, therapists
// and managers may keep it (the Book permission). Expired entries are never offered and are
// deleted the next time the list is read; an entry goes when its client books its service,
// from the waitlist or any other way (Scheduler calls fulfilled() inside the booking's
// transaction).
class WaitlistRepository
{
    Q_DECLARE_TR_FUNCTIONS(WaitlistRepository)

public:
    static constexpr int kMaxNote = 500;

    struct Filter
    {
        qint64 serviceId = 0;   // 0: every service
        qint64 therapistId = 0; // 0: every entry; else those preferring them or any therapist
        bool urgentOnly = false;
    };

    WaitlistRepository(Database& database, QTimeZone zone)
        : m_database(database), m_zone(std::move(zone))
    {
    }

    // The entry's clientId, serviceCode (or serviceId), therapistIds, weekdays, windows, urgent,
    // note and until are used; createdAt when given (an undone removal keeps its place).
    bool add(const WaitlistEntry& entry, qint64* id, StorageError* error);
    bool update(const WaitlistEntry& entry, StorageError* error);
    bool remove(qint64 id, StorageError* error);
    bool find(qint64 id, WaitlistEntry* entry, const QString& language, StorageError* error);

    // Active entries in offer order (urgent first, then oldest), expired ones deleted first.
    QList<WaitlistEntry> list(const Filter& filter, const QString& language, StorageError* error);
    int purgeExpired(StorageError* error);

    // The entries a free span of a therapist can offer, in offer order.
    QList<WaitlistEntry> offers(const FreeSlot& slot, const QString& language,
                                StorageError* error) const;
    // The freed slot of each cancelled or no-show booking still to come whose time no active
    // booking of its therapist has taken again: booking id -> how many entries it matches.
    QHash<qint64, int> waitingForFreed(const QList<AgendaEntry>& agenda, StorageError* error) const;
    // The slot a freed booking leaves: its therapist, its local day, its time with cleanup.
    FreeSlot freedSlot(const AgendaEntry& entry) const;
    // Working time gained (a new or longer shift, an absence removed) frees slots too: the
    // free stretches of the days of `working` (TherapistHours::load of the agenda's days) from
    // now on: each therapist's shifts less absences, inside opening hours, not on closed days,
    // less every active booking and every freed one (offered on its own block) with cleanup.
    // Those matching an entry (a service the therapist performs, a room that hosts it free
    // long enough inside the stretch), with their count. A bounded
    // handful of queries whatever the range; one when the waitlist is empty.
    QList<FreeWaiting> waitingInFreeTime(const QList<AgendaEntry>& agenda,
                                         const QHash<qint64, TherapistHours::Days>& working,
                                         StorageError* error) const;
    // Both of the above for the calendar's days, the waitlist read once.
    CalendarWaiting waiting(const QList<AgendaEntry>& agenda,
                            const QHash<qint64, TherapistHours::Days>& working,
                            StorageError* error) const;
    // The freed slot (as waitingForFreed sees it) that holds `startsAt` for `therapistId` (0:
    // any therapist), else the free stretch (as waitingInFreeTime sees it) that holds it and
    // matches an entry; false when that time is neither. For the booking dialog's offers.
    bool freedSlotAt(qint64 startsAt, qint64 therapistId, FreeSlot* slot,
                     StorageError* error) const;

    bool clientRecord(qint64 clientId, ClientBookingRecord* record, StorageError* error) const;

    // Inside a booking's write transaction: the client's entries for that service are done.
    static bool fulfilled(Database& database, qint64 clientId, const QString& serviceCode,
                          StorageError* error);

private:
    QDate today() const;
    bool validate(const WaitlistEntry& entry, qint64* serviceId, StorageError* error) const;
    // add() inserts (keeping createdAt when given), update() rewrites entry.id.
    bool save(const WaitlistEntry& entry, bool insert, qint64* id, StorageError* error);
    bool writeDetails(qint64 id, const WaitlistEntry& entry, StorageError* error);
    QList<WaitlistEntry> read(const QString& where, const QVariantList& values,
                              const QString& language, StorageError* error) const;
    // Active therapists -> the services they perform (the scheduler books nothing else).
    using Performed = QHash<qint64, QList<qint64>>;
    Performed performed(StorageError* error) const;
    static QList<WaitlistEntry> performedBy(const QList<WaitlistEntry>& entries,
                                            const Performed& services, qint64 therapistId);
    // A session needs a room too (WaitlistFreeTime.cpp): the active rooms that host each
    // service, and each room's taken time (active sessions with cleanup) per local day.
    struct RoomFit
    {
        QHash<qint64, QList<qint64>> roomsOf;                  // service -> rooms
        QHash<qint64, QHash<QDate, QList<WorkingSpan>>> taken; // room -> day -> spans
    };
    RoomFit roomFit(const QList<AgendaEntry>& agenda, StorageError* error) const;
    // The entries `slot` can offer (WaitlistMatch::offers) that a room can also take there.
    static QList<WaitlistEntry> offersWithRoom(const QList<WaitlistEntry>& entries,
                                               const FreeSlot& slot, const RoomFit& rooms,
                                               const QDate& today);
    // The counts of waitingForFreed among `entries`.
    QHash<qint64, int> freedCounts(const QList<WaitlistEntry>& entries, const Performed& services,
                                   const QList<AgendaEntry>& agenda, const RoomFit& rooms) const;
    // WaitlistFreeTime.cpp: the free stretches and their matches among `entries`.
    QList<FreeWaiting> freeTime(const QList<WaitlistEntry>& entries, const Performed& services,
                                const QList<AgendaEntry>& agenda,
                                const QHash<qint64, TherapistHours::Days>& working,
                                const RoomFit& rooms, StorageError* error) const;

    Database& m_database;
    QTimeZone m_zone;
};
