#pragma once

#include "core/Client.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Reads clients for the Clients page. (The accent-insensitive full-text search arrives with
// the clients issue; until then this matches plain substrings of name, phone and email.)
class ClientRepository
{
    Q_DECLARE_TR_FUNCTIONS(ClientRepository)

public:
    explicit ClientRepository(Database& database) : m_database(database) {}

    QList<ClientSummary> search(const QString& text, int limit, StorageError* error) const;

private:
    Database& m_database;
};
