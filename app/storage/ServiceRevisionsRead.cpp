// ServiceRevisions: reading revisions, the history and the services' states, and writing the
// content rows of one revision.
#include "storage/ServiceRevisions.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

const char kRevisionSelect[] =
    "SELECT r.id, r.service_id, r.revision, r.state, r.author, r.created_at, r.override_reason, "
    "r.change_summary, r.body_areas, r.pressure, r.cleanup_minutes, s.code "
    "FROM service_revisions r JOIN services s ON s.id = r.service_id ";

const char kStateSelect[] =
    "SELECT s.id, s.code, s.archived, COALESCE(p.revision, 0), "
    "  (SELECT revision FROM service_revisions WHERE service_id = s.id ORDER BY revision DESC "
    "   LIMIT 1), "
    "  (SELECT state FROM service_revisions WHERE service_id = s.id ORDER BY revision DESC "
    "   LIMIT 1) "
    "FROM services s LEFT JOIN service_revisions p ON p.id = s.published_revision_id ";

ServiceRevision revisionFrom(const QSqlQuery& query)
{
    ServiceRevision r;
    r.id = query.value(0).toLongLong();
    r.serviceId = query.value(1).toLongLong();
    r.revision = query.value(2).toInt();
    r.state = query.value(3).toString();
    r.author = query.value(4).toString();
    r.createdAt = SqlDialect::secsFrom(query.value(5));
    r.overrideReason = query.value(6).toString();
    for (const QString& part :
         query.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            r.changes << part.trimmed();
    }
    r.content.bodyAreas = query.value(8).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.content.pressure = query.value(9).toString();
    r.content.cleanupMinutes = query.value(10).toInt();
    r.code = query.value(11).toString();
    return r;
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "none".
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

ServiceState stateFrom(const QSqlQuery& query)
{
    ServiceState s;
    s.id = query.value(0).toLongLong();
    s.code = query.value(1).toString();
    s.archived = query.value(2).toBool();
    s.publishedRevision = query.value(3).toInt();
    s.latestRevision = query.value(4).toInt();
    s.latestState = query.value(5).toString();
    return s;
}

} // namespace

QList<ServiceState> ServiceRevisions::states(StorageError* error) const
{
    QList<ServiceState> all;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QLatin1String(kStateSelect) + QLatin1String("ORDER BY s.sort_order, s.code"));
    if (!m_database.exec(query, error, tr("read the catalogue")))
        return all;
    while (query.next())
        all.append(stateFrom(query));
    return all;
}

bool ServiceRevisions::state(qint64 serviceId, ServiceState* state, StorageError* error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QLatin1String(kStateSelect) + QLatin1String("WHERE s.id = ?"));
    query.addBindValue(serviceId);
    if (!m_database.exec(query, error, tr("read the catalogue")))
        return false;
    if (!query.next()) {
        if (error)
            *error = {StorageError::Code::NotFound, tr("That service no longer exists.")};
        return false;
    }
    *state = stateFrom(query);
    return true;
}

qint64 ServiceRevisions::idForCode(const QString& code, StorageError* error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM services WHERE code = ?"));
    query.addBindValue(code);
    if (!m_database.exec(query, error, tr("read the catalogue")))
        return 0;
    return query.next() ? query.value(0).toLongLong() : 0;
}

bool ServiceRevisions::readRevision(const QString& where, const QVariantList& values,
                                    ServiceRevision* revision, StorageError* error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QLatin1String(kRevisionSelect) + where);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!m_database.exec(query, error, tr("read the service's revisions")))
        return false;
    if (!query.next()) {
        if (error)
            *error = {StorageError::Code::NotFound, tr("That revision of the service does not "
                                                       "exist.")};
        return false;
    }
    *revision = revisionFrom(query);
    query.finish();
    return readContent(revision->id, revision->code, &revision->content, error);
}

bool ServiceRevisions::latest(qint64 serviceId, ServiceRevision* revision,
                              StorageError* error) const
{
    return readRevision(QStringLiteral("WHERE r.service_id = ? ORDER BY r.revision DESC LIMIT 1"),
                        {serviceId}, revision, error);
}

bool ServiceRevisions::published(qint64 serviceId, ServiceRevision* revision,
                                 StorageError* error) const
{
    return readRevision(QStringLiteral("WHERE s.id = ? AND r.id = s.published_revision_id"),
                        {serviceId}, revision, error);
}

bool ServiceRevisions::revision(qint64 serviceId, int number, ServiceRevision* revision,
                                StorageError* error) const
{
    return readRevision(QStringLiteral("WHERE r.service_id = ? AND r.revision = ?"),
                        {serviceId, number}, revision, error);
}

QList<ServiceRevision> ServiceRevisions::history(qint64 serviceId, StorageError* error) const
{
    QList<ServiceRevision> all;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QLatin1String(kRevisionSelect) +
                  QLatin1String("WHERE r.service_id = ? ORDER BY r.revision DESC"));
    query.addBindValue(serviceId);
    if (!m_database.exec(query, error, tr("read the service's revisions")))
        return all;
    while (query.next())
        all.append(revisionFrom(query));
    query.finish();
    for (ServiceRevision& r : all) {
        if (!readContent(r.id, r.code, &r.content, error))
            return {};
    }
    return all;
}

bool ServiceRevisions::readContent(qint64 revisionId, const QString& code, ServiceContent* content,
                                   StorageError* error) const
{
    QSqlQuery texts(m_database.connection());
    texts.setForwardOnly(true);
    texts.prepare(QStringLiteral("SELECT language, name, description, what_to_expect, aftercare "
                                 "FROM service_texts WHERE revision_id = ?"));
    texts.addBindValue(revisionId);
    if (!m_database.exec(texts, error, tr("read the service's texts")))
        return false;
    content->texts.clear();
    while (texts.next()) {
        content->texts.insert(texts.value(0).toString(),
                              {texts.value(1).toString(), texts.value(2).toString(),
                               texts.value(3).toString(), texts.value(4).toString()});
    }
    QSqlQuery durations(m_database.connection());
    durations.setForwardOnly(true);
    durations.prepare(QStringLiteral("SELECT minutes, price_cents FROM service_durations WHERE "
                                     "revision_id = ? ORDER BY minutes"));
    durations.addBindValue(revisionId);
    if (!m_database.exec(durations, error, tr("read the service's durations")))
        return false;
    content->durations.clear();
    while (durations.next())
        content->durations.append({durations.value(0).toInt(), durations.value(1).toInt()});
    QSqlQuery precautions(m_database.connection());
    precautions.setForwardOnly(true);
    precautions.prepare(
        QStringLiteral("SELECT rule_id FROM service_precautions WHERE revision_id = ?"));
    precautions.addBindValue(revisionId);
    if (!m_database.exec(precautions, error, tr("read the service's precautions")))
        return false;
    content->precautionIds.clear();
    while (precautions.next())
        content->precautionIds << precautions.value(0).toString();
    // A revision stored before the editor existed never recorded its choice.
    if (content->precautionIds.isEmpty())
        content->precautionIds = ServiceContent::defaultPrecautions(code);
    *content = content->normalised();
    return true;
}

bool ServiceRevisions::writeContent(qint64 revisionId, const ServiceContent& content,
                                    StorageError* error)
{
    QSqlQuery text(m_database.connection());
    text.prepare(QStringLiteral(
        "INSERT INTO service_texts (revision_id, language, name, description, what_to_expect, "
        "aftercare) VALUES (?, ?, ?, ?, ?, ?)"));
    for (auto it = content.texts.constBegin(); it != content.texts.constEnd(); ++it) {
        text.addBindValue(revisionId);
        text.addBindValue(it.key());
        text.addBindValue(notNull(it.value().name));
        text.addBindValue(notNull(it.value().description));
        text.addBindValue(notNull(it.value().whatToExpect));
        text.addBindValue(notNull(it.value().aftercare));
        if (!m_database.exec(text, error, tr("save the service's texts")))
            return false;
    }
    QSqlQuery duration(m_database.connection());
    duration.prepare(QStringLiteral(
        "INSERT INTO service_durations (revision_id, minutes, price_cents) VALUES (?, ?, ?)"));
    for (const ServiceDuration& d : content.durations) {
        duration.addBindValue(revisionId);
        duration.addBindValue(d.minutes);
        duration.addBindValue(d.priceCents);
        if (!m_database.exec(duration, error, tr("save the service's durations")))
            return false;
    }
    QSqlQuery precaution(m_database.connection());
    precaution.prepare(
        QStringLiteral("INSERT INTO service_precautions (revision_id, rule_id) VALUES (?, ?)"));
    for (const QString& id : content.precautionIds) {
        precaution.addBindValue(revisionId);
        precaution.addBindValue(id);
        if (!m_database.exec(precaution, error, tr("save the service's precautions")))
            return false;
    }
    return true;
}

int ServiceRevisions::bookingCount(qint64 serviceId, StorageError* error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM bookings WHERE service_id = ?"));
    query.addBindValue(serviceId);
    if (!m_database.exec(query, error, tr("count the service's bookings")))
        return 0;
    return query.next() ? query.value(0).toInt() : 0;
}

QString ServiceRevisions::freeCode(const QString& base, StorageError* error) const
{
    const QString stem = base.left(36);
    if (idForCode(stem, error) == 0)
        return stem;
    for (int n = 2; n < 1000; ++n) {
        const QString candidate = QStringLiteral("%1-%2").arg(stem).arg(n);
        if (idForCode(candidate, error) == 0)
            return candidate;
    }
    return {};
}

bool ServiceRevisions::audit(const QString& author, const QString& kind, const QString& detail,
                             StorageError* error)
{
    return AuditLog(m_database).append(author, kind, 0, 0, detail, error);
}
