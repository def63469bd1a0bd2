#pragma once

#include "core/Client.h"
#include "core/ClientImport.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>
#include <QTimeZone>

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

    // Stores the plan's sound rows in one transaction. A likely duplicate (same name and phone,
    // or same email) of a client or of an earlier row is skipped, merged (empty details filled
    // in) or created anyway. A consent date is recorded as an imported consent of that day in
    // `zone`. With `dryRun` everything is checked and counted, then rolled back. `source`
    // names the file in the audit entry.
    bool import(const ClientImport::Plan& plan, ClientImport::Duplicates duplicates, bool dryRun,
                const QTimeZone& zone, const QString& source, ClientImport::Report* report,
                StorageError* error);

private:
    Database& m_database;
};
