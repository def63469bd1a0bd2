#pragma once

#include "core/Client.h"
#include "core/ClientRules.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Clients: search as you type (FTS5, accent- and case-insensitive prefixes of name and email
// words, any fragment of the phone digits), and creation with a duplicate warning.
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
    bool find(qint64 id, ClientSummary* client, StorageError* error) const;

private:
    Database& m_database;
};
