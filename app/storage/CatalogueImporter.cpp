#include "storage/CatalogueImporter.h"

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QStringList kLanguages = {QStringLiteral("en"), QStringLiteral("ca"), QStringLiteral("es")};

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
    if (!transaction.begin(error))
        return false;
    QSqlQuery exists(database.connection());
    exists.prepare(QStringLiteral("SELECT 1 FROM services WHERE code = ?"));
    QSqlQuery insertService(database.connection());
    insertService.prepare(
        QStringLiteral("INSERT INTO services (code, sort_order, created_at) VALUES (?, ?, ?)"));
    QSqlQuery insertRevision(database.connection());
    insertRevision.prepare(
        QStringLiteral("INSERT INTO service_revisions (service_id, revision, body_areas, pressure, "
                       "cleanup_minutes, state, change_summary, created_at) VALUES (?, 1, ?, ?, ?, "
                       "'published', ?, ?)"));
    QSqlQuery publish(database.connection());
    publish.prepare(QStringLiteral("UPDATE services SET published_revision_id = ? WHERE id = ?"));
    QSqlQuery insertText(database.connection());
    insertText.prepare(QStringLiteral(
        "INSERT INTO service_texts (revision_id, language, name, description, what_to_expect, "
        "aftercare) VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertDuration(database.connection());
    insertDuration.prepare(QStringLiteral(
        "INSERT INTO service_durations (revision_id, minutes, price_cents) VALUES (?, ?, ?)"));

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
        insertService.addBindValue(now);
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
        insertRevision.addBindValue(QStringLiteral("Imported from the catalogue file"));
        insertRevision.addBindValue(now);
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
        publish.addBindValue(revisionId);
        publish.addBindValue(serviceId);
        if (!database.exec(publish, error, tr("publish a service")))
            return false;
        ++*imported;
    }
    return transaction.commit(error);
}
