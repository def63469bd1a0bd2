#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>

class Database;

// Loads a catalogue in the JSON shape of data/catalogue/default-catalogue.json. Each service
// becomes a published revision 1; services whose code already exists are left as they are.
class CatalogueImporter
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueImporter)

public:
    static bool importJson(Database& database, const QByteArray& json, int* imported,
                           StorageError* error);
    static bool importDefault(Database& database, StorageError* error);
    static QByteArray defaultCatalogueJson();
};
