#pragma once

#include "core/Client.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Client lists in and out of the centre in bulk (spreadsheets, other booking tools): managers
// only, each transfer recorded in the audit log with its counts, never the names.
class ClientTransfer
{
    Q_DECLARE_TR_FUNCTIONS(ClientTransfer)

public:
    explicit ClientTransfer(Database& database) : m_database(database) {}

    // Every client not erased, for a spreadsheet.
    bool exportAll(QList<ClientDetails>* clients, StorageError* error);

private:
    Database& m_database;
};
