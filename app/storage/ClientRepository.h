#pragma once

#include "core/Client.h"
#include "core/ClientRules.h"
#include "storage/RecordVersion.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Clients: search as you type (FTS5, accent- and case-insensitive prefixes of name and email
// words, any fragment of the phone digits), creation and editing with a duplicate warning,
// data-processing consent, and each client's bookings (outcome levels only, never answers).
class ClientRepository
{
    Q_DECLARE_TR_FUNCTIONS(ClientRepository)

public:
    explicit ClientRepository(Database& database) : m_database(database) {}

    QList<ClientSummary> search(const QString& text, int limit, StorageError* error) const;

    // Other clients who already use this phone (same digits) or email (any case).
    QList<ClientSummary> findDuplicates(const QString& phone, const QString& email,
                                        StorageError* error) const;

    // Validates (ClientRules) and stores a new client; refuses with a message otherwise.
    bool add(ClientRules::Input input, qint64 createdBy, qint64* id, StorageError* error);
    // The same, with the client's agreement to consent text `consentVersion` recorded (and
    // audited) in the same transaction: either both are stored or neither.
    bool addWithConsent(ClientRules::Input input, const QString& consentVersion, qint64 recordedBy,
                        qint64* id, StorageError* error);
    bool find(qint64 id, ClientSummary* client, StorageError* error) const;

    // Validates (ClientRules) and replaces the client's details; search follows the new name,
    // phone and email. Refuses with a message when the input is bad or the client is unknown,
    // and with ChangedElsewhere when the client is no longer at `loadedVersion` (the version the
    // editor loaded; kUnchecked for a one-shot write).
    bool update(qint64 id, ClientRules::Input input, StorageError* error,
                qint64 loadedVersion = RecordVersion::kUnchecked);
    bool details(qint64 id, ClientDetails* client, StorageError* error) const;
    // Every client not erased, by number, with notes: callers choose what leaves the program.
    QList<ClientDetails> all(StorageError* error) const;

    // The client agreed to consent text `version` now; `recordedBy` is a user id or 0.
    // Replaces an earlier consent or withdrawal. Both changes leave an audit entry.
    bool recordConsent(qint64 id, const QString& version, qint64 recordedBy, StorageError* error);
    // The client withdrew the consent in force; refused when none is in force.
    bool withdrawConsent(qint64 id, StorageError* error);

    // Past and future bookings of the client, newest first, at most `limit`, with service names
    // in `language` (falling back to English). Check-ins appear as their outcome level only.
    static constexpr int kBookingLimit = 500;
    QList<ClientBooking> bookings(qint64 clientId, const QString& language, StorageError* error,
                                  int limit = kBookingLimit) const;

private:
    bool writeConsent(qint64 id, const QString& version, qint64 recordedBy, bool withdraw,
                      StorageError* error);
    // add, and with a `consentVersion` the consent too, in one transaction.
    bool addClient(ClientRules::Input input, qint64 createdBy, const QString& consentVersion,
                   qint64* id, StorageError* error);
    // writeConsent's changes inside the caller's open write transaction.
    bool applyConsent(qint64 id, const QString& version, qint64 recordedBy, bool withdraw,
                      StorageError* error);

    Database& m_database;
};
