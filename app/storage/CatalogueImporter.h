#pragma once

#include "storage/ServiceContent.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QJsonObject>

class Database;

// One service of a catalogue file.
struct CatalogueEntry
{
    QString code;
    bool archived = false;
    ServiceContent content;
};

// What an import did to one service: "created", "revised" (a new published revision) or
// "unchanged" (the published revision already says exactly this).
struct CatalogueImportResult
{
    QString code;
    qint64 serviceId = 0;
    int revision = 0;
    QString action;
};

// A claims finding in one service of a catalogue file.
struct CatalogueClaim
{
    QString code;
    ServiceTextFinding finding;
};

// Catalogues in the JSON shape of data/catalogue/default-catalogue.json:
// {"format": 1, "services": [{"code", "body_areas", "pressure", "cleanup_minutes",
//  "durations": [{"minutes", "price_cents"}], "precautions": [rule ids], "archived",
//  "texts": {"en": {"name", "description", "what_to_expect", "aftercare"}, "ca": ..., "es": ...}}]}
// "precautions" and "archived" are optional: without them a service gets the rules the shipped
// rule set applies to its code, and is active.
class CatalogueImporter
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueImporter)

public:
    // Each service becomes a published revision 1; services whose code already exists are left
    // as they are. Used to fill a new database with the shipped catalogue.
    static bool importJson(Database& database, const QByteArray& json, int* imported,
                           StorageError* error);
    static bool importDefault(Database& database, StorageError* error);
    static QByteArray defaultCatalogueJson();

    // Reads and validates a whole catalogue file; writes nothing.
    static bool parse(const QByteArray& json, QList<CatalogueEntry>* entries, StorageError* error);
    static QJsonObject toJson(const QList<CatalogueEntry>& entries);
    // The published revision of every service (archived ones marked), in catalogue order.
    static bool exportCatalogue(Database& database, QJsonObject* catalogue, StorageError* error);
    // `services import`: new codes become new published services, known codes get a new
    // published revision when their content differs. All or nothing: refused, with nothing
    // written, when the file is invalid or any text has a claims finding (listed in `claims`).
    static bool importRevisions(Database& database, const QByteArray& json, const QString& author,
                                QList<CatalogueImportResult>* results,
                                QList<CatalogueClaim>* claims, StorageError* error);
};
