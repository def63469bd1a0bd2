#pragma once

#include "core/Service.h"
#include "storage/StorageError.h"

#include <QCoreApplication>

class Database;

// Reads the published catalogue. Texts come in the requested language, falling back to
// English when a translation is missing.
class ServiceRepository
{
    Q_DECLARE_TR_FUNCTIONS(ServiceRepository)

public:
    explicit ServiceRepository(Database& database) : m_database(database) {}

    QList<Service> list(const QString& language, bool includeArchived, StorageError* error) const;
    bool find(const QString& code, const QString& language, Service* service,
              StorageError* error) const;

private:
    Database& m_database;
};
