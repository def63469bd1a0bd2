#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QJsonObject>

class Database;

// A client's data rights (GDPR articles 15, 17 and 20), for managers only (DESIGN 2.5):
// everything the centre keeps about one client as one JSON document, and erasure by
// anonymisation that keeps the bookings as anonymous statistics.
//
// Export format "massage-desk-client-export", version 1 (times are ISO 8601 in UTC, with the
// centre's local time beside the booking starts):
//   format, version, exported_at, exported_by, time_zone, rule_version
//   client   {id, name, phone, email, language, notes, created_at, updated_at}
//   consent  {version, given_at, recorded_by, withdrawn_at, history: [{at, kind, version, by}]}
//   bookings [{id, service_code, service_name, therapist, room, start, start_local, minutes,
//              status, status_reason, created_at, events: [{at, kind, detail}],
//              checkin: null | {recorded_at, rule_version, outcome, reasons: [question ids],
//                        answers: [{question_id, question, answer}], avoid_areas, notes,
//                        signed_off_at, clearance: null | {confirmed_by, at, advice},
//                        session_note, reaction_note}}]
//   audit    [{id, at, user, kind, booking_id, detail}] (every entry about the client or one
//            of their bookings, this export's own entry included)
//
// Erasure keeps: the client row (id, language, consent dates, created_at) with the name
// "Erased client #<id>"; every booking's service, therapist, room, start, minutes and status;
// booking event kinds and times; check-in outcome levels, rule versions and the times of
// recording, sign-off and clearance; the audit log (it never holds names or answers).
// Erasure clears: name, phone, email, notes, the search index entry; booking status reasons
// and event details; check-in answers, avoid areas, notes, triggering reasons, who confirmed
// clearance and their advice, session and reaction notes. Upcoming booked sessions are
// cancelled. Then the file is compacted so the old bytes are gone (see compact()).
class ClientDataRights
{
    Q_DECLARE_TR_FUNCTIONS(ClientDataRights)

public:
    static constexpr int kExportVersion = 1;
    static QString exportFormat() { return QStringLiteral("massage-desk-client-export"); }

    explicit ClientDataRights(Database& database) : m_database(database) {}

    // Fills `out` and writes one "client.export" audit entry, in one transaction. Refused for
    // roles other than manager, for unknown and for already erased clients.
    bool exportClient(qint64 clientId, QJsonObject* out, StorageError* error);

    // What erasing a client would change, for the confirmation a person sees first.
    struct ErasurePlan
    {
        QString name;
        int bookings = 0;          // kept as anonymous statistics
        int checkins = 0;          // their answers and notes cleared
        int upcomingCancelled = 0; // booked sessions still to come, cancelled
    };
    bool planErasure(qint64 clientId, ErasurePlan* plan, StorageError* error) const;

    struct ErasureResult
    {
        ErasurePlan plan;
        bool compacted = false;     // the old bytes are gone from the file and its WAL
        QString compactionProblem;  // why not yet, for a person, when !compacted
        bool alreadyErased = false; // an earlier erasure's pending compaction was finished
    };
    // Anonymises the client in one write transaction (with SQLite's secure_delete on, and the
    // search index merged), writes one "client.erase" audit entry, then compacts the file.
    // Returns true once the anonymisation is committed, even when another program's open
    // reading keeps the compaction from finishing: `result` says so, and the next export,
    // erasure or compact() finishes it. Erasing an erased client is refused, unless its
    // compaction is still pending: then only the compaction runs.
    bool eraseClient(qint64 clientId, ErasureResult* result, StorageError* error);

    // Merges the search index, checkpoints the WAL into the file and truncates it, and
    // VACUUMs, so no page or WAL frame keeps erased text. Cannot run inside a transaction.
    // False, with why, when another connection's open reading holds the WAL. On a server it
    // rewrites the tables the erasure touched instead (SqlDialect::compactAfterErasure).
    bool compact(StorageError* error);
    bool compactionPending() const;

private:
    bool finishPendingCompaction(StorageError* error);
    bool compactOnServer(StorageError* error);
    bool compactionFailed(const QString& problem, StorageError* error);

    Database& m_database;
};
