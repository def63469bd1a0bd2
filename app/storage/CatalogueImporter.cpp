#include "storage/CatalogueImporter.h"

#include "core/Clock.h"
#include "core/FreeText.h"
#include "core/PrecautionRules.h"
#include "storage/Database.h"
#include "storage/ServiceRevisions.h"
#include "storage/WriteTransaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QStringList kLanguages = {QStringLiteral("en"), QStringLiteral("ca"), QStringLiteral("es")};

// The service's "precautions", or the rules the shipped rule set applies to its code.
QStringList precautionsOf(const QJsonObject& service, const QString& code)
{
    ServiceContent content;
    if (service.contains(QLatin1String("precautions"))) {
        for (const QJsonValue& id : service.value(QLatin1String("precautions")).toArray()) {
            if (PrecautionRules::builtIn().contains(id.toString()))
                content.precautionIds << id.toString();
        }
    } else {
        content.precautionIds = ServiceContent::defaultPrecautions(code);
    }
    return content.normalised().precautionIds;
}

} // namespace

QByteArray CatalogueImporter::defaultCatalogueJson()
{
    QFile file(QStringLiteral(":/data/catalogue/default-catalogue.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool CatalogueImporter::importDefault(Database& database, StorageError* error)
{
    int imported = 0;
    return importJson(database, defaultCatalogueJson(), &imported, error);
}

bool CatalogueImporter::importJson(Database& database, const QByteArray& json, int* imported,
                                   StorageError* error)
{
    // Qt's parser would read broken UTF-8 as U+FFFD and publish that in a description.
    const QString utf8 = FreeText::utf8Problem(json, tr("The catalogue file"));
    if (!utf8.isEmpty()) {
        *error = {StorageError::Code::Refused, utf8};
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull() || !document.isObject()) {
        *error = {StorageError::Code::Refused,
                  tr("The catalogue file is not valid JSON (%1 at byte %2).")
                      .arg(parseError.errorString())
                      .arg(parseError.offset)};
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toInt() != 1) {
        *error = {StorageError::Code::Refused,
                  tr("The catalogue file has an unknown format; expected \"format\": 1.")};
        return false;
    }
    const QJsonArray services = root.value(QLatin1String("services")).toArray();

    // Validate everything before writing anything.
    for (int i = 0; i < services.size(); ++i) {
        const QJsonObject service = services.at(i).toObject();
        const QString code = service.value(QLatin1String("code")).toString();
        const QJsonObject texts = service.value(QLatin1String("texts")).toObject();
        const QJsonArray durations = service.value(QLatin1String("durations")).toArray();
        if (code.isEmpty() || code.size() > 40 || durations.isEmpty() ||
            texts.value(QLatin1String("en"))
                .toObject()
                .value(QLatin1String("name"))
                .toString()
                .isEmpty()) {
            *error = {StorageError::Code::Refused,
                      tr("Service %1 in the catalogue file needs a code, at least one duration "
                         "and an English name.")
                          .arg(i + 1)};
            return false;
        }
    }

    const qint64 now = database.clock().nowSecs();
    WriteTransaction transaction(database);
    if (!transaction.begin(error) || !database.permits(Action::EditCentre, error))
        return false;
    QSqlQuery exists(database.connection());
    exists.prepare(QStringLiteral("SELECT 1 FROM services WHERE code = ?"));
    QSqlQuery insertService(database.connection());
    insertService.prepare(
        QStringLiteral("INSERT INTO services (code, sort_order, created_at) VALUES (?, ?, ?)"));
    QSqlQuery insertRevision(database.connection());
    insertRevision.prepare(
        QStringLiteral("INSERT INTO service_revisions (service_id, revision, body_areas, pressure, "
                       "cleanup_minutes, state, change_summary, author, created_at) VALUES (?, 1, "
                       "?, ?, ?, 'published', 'imported', 'desk', ?)"));
    QSqlQuery publish(database.connection());
    publish.prepare(QStringLiteral("UPDATE services SET published_revision_id = ? WHERE id = ?"));
    QSqlQuery insertText(database.connection());
    insertText.prepare(QStringLiteral(
        "INSERT INTO service_texts (revision_id, language, name, description, what_to_expect, "
        "aftercare) VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertDuration(database.connection());
    insertDuration.prepare(QStringLiteral(
        "INSERT INTO service_durations (revision_id, minutes, price_cents) VALUES (?, ?, ?)"));
    QSqlQuery insertPrecaution(database.connection());
    insertPrecaution.prepare(
        QStringLiteral("INSERT INTO service_precautions (revision_id, rule_id) VALUES (?, ?)"));

    *imported = 0;
    for (int i = 0; i < services.size(); ++i) {
        const QJsonObject service = services.at(i).toObject();
        const QString code = service.value(QLatin1String("code")).toString();
        exists.addBindValue(code);
        if (!database.exec(exists, error, tr("read the catalogue")))
            return false;
        const bool known = exists.next();
        exists.finish();
        if (known)
            continue;

        insertService.addBindValue(code);
        insertService.addBindValue(i);
        insertService.addBindValue(database.timeValue(now));
        if (!database.exec(insertService, error, tr("add a service")))
            return false;
        const qint64 serviceId = insertService.lastInsertId().toLongLong();

        QStringList areas;
        for (const QJsonValue& area : service.value(QLatin1String("body_areas")).toArray())
            areas << area.toString();
        insertRevision.addBindValue(serviceId);
        insertRevision.addBindValue(areas.join(QLatin1Char(',')));
        insertRevision.addBindValue(
            service.value(QLatin1String("pressure")).toString(QStringLiteral("medium")));
        insertRevision.addBindValue(service.value(QLatin1String("cleanup_minutes")).toInt(10));
        insertRevision.addBindValue(database.timeValue(now));
        if (!database.exec(insertRevision, error, tr("add a service")))
            return false;
        const qint64 revisionId = insertRevision.lastInsertId().toLongLong();

        const QJsonObject texts = service.value(QLatin1String("texts")).toObject();
        for (const QString& language : kLanguages) {
            const QJsonObject text = texts.value(language).toObject();
            if (text.isEmpty())
                continue;
            insertText.addBindValue(revisionId);
            insertText.addBindValue(language);
            insertText.addBindValue(text.value(QLatin1String("name")).toString());
            insertText.addBindValue(text.value(QLatin1String("description")).toString());
            insertText.addBindValue(text.value(QLatin1String("what_to_expect")).toString());
            insertText.addBindValue(text.value(QLatin1String("aftercare")).toString());
            if (!database.exec(insertText, error, tr("add a service text")))
                return false;
        }
        for (const QJsonValue& value : service.value(QLatin1String("durations")).toArray()) {
            const QJsonObject duration = value.toObject();
            insertDuration.addBindValue(revisionId);
            insertDuration.addBindValue(duration.value(QLatin1String("minutes")).toInt());
            insertDuration.addBindValue(duration.value(QLatin1String("price_cents")).toInt());
            if (!database.exec(insertDuration, error, tr("add a service duration")))
                return false;
        }
        for (const QString& rule : precautionsOf(service, code)) {
            insertPrecaution.addBindValue(revisionId);
            insertPrecaution.addBindValue(rule);
            if (!database.exec(insertPrecaution, error, tr("add a service precaution")))
                return false;
        }
        publish.addBindValue(revisionId);
        publish.addBindValue(serviceId);
        if (!database.exec(publish, error, tr("publish a service")))
            return false;
        ++*imported;
    }
    return transaction.commit(error);
}

bool CatalogueImporter::parse(const QByteArray& json, QList<CatalogueEntry>* entries,
                              StorageError* error)
{
    // Qt's parser would read broken UTF-8 as U+FFFD and publish that in a description.
    const QString utf8 = FreeText::utf8Problem(json, tr("The catalogue file"));
    if (!utf8.isEmpty()) {
        *error = {StorageError::Code::Refused, utf8};
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull() || !document.isObject()) {
        *error = {StorageError::Code::Refused,
                  tr("The catalogue file is not valid JSON (%1 at byte %2).")
                      .arg(parseError.errorString())
                      .arg(parseError.offset)};
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toInt() != 1 ||
        !root.value(QLatin1String("services")).isArray()) {
        *error = {StorageError::Code::Refused,
                  tr("The catalogue file has an unknown format; expected \"format\": 1 and a "
                     "list of \"services\".")};
        return false;
    }
    entries->clear();
    QStringList codes;
    const QJsonArray services = root.value(QLatin1String("services")).toArray();
    for (int i = 0; i < services.size(); ++i) {
        const QString code = services.at(i).toObject().value(QLatin1String("code")).toString();
        if (!ServiceContent::isValidCode(code)) {
            *error = {StorageError::Code::Refused,
                      tr("Service %1 in the catalogue file has no valid code (1 to 40 lower-case "
                         "letters, digits or dashes).")
                          .arg(i + 1)};
            return false;
        }
        if (codes.contains(code)) {
            *error = {StorageError::Code::Refused,
                      tr("The code \"%1\" appears twice in the catalogue file.").arg(code)};
            return false;
        }
        codes << code;
    }
    for (int i = 0; i < services.size(); ++i) {
        const QJsonObject service = services.at(i).toObject();
        CatalogueEntry entry;
        entry.code = codes.at(i);
        entry.archived = service.value(QLatin1String("archived")).toBool(false);
        ServiceContent& content = entry.content;
        const QJsonObject texts = service.value(QLatin1String("texts")).toObject();
        for (const QString& language : ServiceContent::languages()) {
            const QJsonObject text = texts.value(language).toObject();
            ServiceTexts t;
            for (const QString& field : ServiceContent::textFields())
                ServiceContent::setField(&t, field, text.value(field).toString());
            content.texts.insert(language, t);
        }
        for (const QJsonValue& area : service.value(QLatin1String("body_areas")).toArray())
            content.bodyAreas << area.toString();
        content.pressure =
            service.value(QLatin1String("pressure")).toString(QStringLiteral("medium"));
        content.cleanupMinutes = service.value(QLatin1String("cleanup_minutes")).toInt(10);
        for (const QJsonValue& value : service.value(QLatin1String("durations")).toArray()) {
            const QJsonObject d = value.toObject();
            content.durations.append({d.value(QLatin1String("minutes")).toInt(),
                                      d.value(QLatin1String("price_cents")).toInt(-1)});
        }
        if (service.contains(QLatin1String("precautions"))) {
            for (const QJsonValue& id : service.value(QLatin1String("precautions")).toArray())
                content.precautionIds << id.toString();
        } else {
            content.precautionIds = ServiceContent::defaultPrecautions(entry.code);
        }
        content = content.normalised();
        const QString problem = content.problem();
        if (!problem.isEmpty()) {
            *error = {StorageError::Code::Refused,
                      tr("Service \"%1\" in the catalogue file: %2").arg(entry.code, problem)};
            return false;
        }
        entries->append(entry);
    }
    return true;
}

QJsonObject CatalogueImporter::toJson(const QList<CatalogueEntry>& entries)
{
    QJsonArray services;
    for (const CatalogueEntry& entry : entries) {
        const ServiceContent& c = entry.content;
        QJsonArray durations;
        for (const ServiceDuration& d : c.durations) {
            durations.append(QJsonObject{{QStringLiteral("minutes"), d.minutes},
                                         {QStringLiteral("price_cents"), d.priceCents}});
        }
        QJsonObject texts;
        for (const QString& language : ServiceContent::languages()) {
            if (!c.texts.contains(language))
                continue;
            QJsonObject text;
            for (const QString& field : ServiceContent::textFields())
                text.insert(field, ServiceContent::field(c.textsIn(language), field));
            texts.insert(language, text);
        }
        services.append(QJsonObject{
            {QStringLiteral("code"), entry.code},
            {QStringLiteral("archived"), entry.archived},
            {QStringLiteral("body_areas"), QJsonArray::fromStringList(c.bodyAreas)},
            {QStringLiteral("pressure"), c.pressure},
            {QStringLiteral("cleanup_minutes"), c.cleanupMinutes},
            {QStringLiteral("durations"), durations},
            {QStringLiteral("precautions"), QJsonArray::fromStringList(c.precautionIds)},
            {QStringLiteral("texts"), texts}});
    }
    return {{QStringLiteral("format"), 1}, {QStringLiteral("services"), services}};
}

bool CatalogueImporter::exportCatalogue(Database& database, QJsonObject* catalogue,
                                        StorageError* error)
{
    ServiceRevisions revisions(database);
    StorageError failure;
    const QList<ServiceState> states = revisions.states(&failure);
    QList<CatalogueEntry> entries;
    for (const ServiceState& state : states) {
        if (failure)
            break;
        if (state.publishedRevision == 0)
            continue; // never published: not part of the catalogue yet
        ServiceRevision published;
        if (!revisions.published(state.id, &published, &failure))
            break;
        entries.append({state.code, state.archived, published.content});
    }
    if (failure) {
        *error = failure;
        return false;
    }
    *catalogue = toJson(entries);
    return true;
}

bool CatalogueImporter::importRevisions(Database& database, const QByteArray& json,
                                        const QString& author,
                                        QList<CatalogueImportResult>* results,
                                        QList<CatalogueClaim>* claims, StorageError* error)
{
    StorageError local;
    if (!error)
        error = &local;
    *error = StorageError(); // the checks below look at it
    results->clear();
    claims->clear();
    QList<CatalogueEntry> entries;
    if (!parse(json, &entries, error))
        return false;
    for (const CatalogueEntry& entry : entries) {
        for (const ServiceTextFinding& finding : claimsIn(entry.content))
            claims->append({entry.code, finding});
    }
    if (!claims->isEmpty()) {
        *error = {StorageError::Code::Refused,
                  tr("The catalogue file makes %n claim(s) that a massage cannot promise; "
                     "nothing was imported. Change the wording in the file and import it again.",
                     nullptr, int(claims->size()))};
        return false;
    }

    WriteTransaction transaction(database);
    if (!transaction.begin(error) || !database.permits(Action::EditCentre, error))
        return false;
    ServiceRevisions revisions(database);
    for (const CatalogueEntry& entry : entries) {
        CatalogueImportResult result{entry.code, 0, 0, QString()};
        ServiceRevisions::SaveRequest request;
        request.content = entry.content;
        request.publish = true;
        request.author = author;
        request.event = QStringLiteral("imported");
        const qint64 id = revisions.idForCode(entry.code, error);
        if (error->isError())
            return false;
        if (id == 0) {
            request.code = entry.code;
            result.action = QStringLiteral("created");
        } else {
            ServiceState state;
            if (!revisions.state(id, &state, error))
                return false;
            ServiceRevision published;
            if (state.publishedRevision > 0 && !revisions.published(id, &published, error))
                return false;
            if (state.publishedRevision > 0 && published.content == entry.content) {
                results->append(
                    {entry.code, id, state.publishedRevision, QStringLiteral("unchanged")});
                continue;
            }
            request.serviceId = id;
            request.baseRevision = state.latestRevision;
            result.action = QStringLiteral("revised");
        }
        ServiceRevisions::SaveResult saved;
        if (!revisions.saveInTransaction(request, &saved, error))
            return false;
        if (id == 0 && entry.archived &&
            !revisions.setArchivedInTransaction(saved.serviceId, true, author, error))
            return false;
        result.serviceId = saved.serviceId;
        result.revision = saved.revision;
        results->append(result);
    }
    return transaction.commit(error);
}
