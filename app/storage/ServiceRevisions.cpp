#include "storage/ServiceRevisions.h"

#include "core/Clock.h"
#include "core/FreeText.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/RecordVersion.h"
#include "storage/SettingsRepository.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

QString authorName(const QString& author)
{
    const QString trimmed = author.trimmed();
    return trimmed.isEmpty() ? QStringLiteral("desk") : trimmed;
}

} // namespace

bool ServiceRevisions::save(const SaveRequest& request, SaveResult* result, StorageError* error)
{
    StorageError local;
    if (!error)
        error = &local;
    *error = StorageError(); // the checks below look at it
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error) || !m_database.permits(Action::EditCentre, error) ||
        !saveInTransaction(request, result, error))
        return false;
    return transaction.commit(error);
}

bool ServiceRevisions::saveInTransaction(const SaveRequest& request, SaveResult* result,
                                         StorageError* error)
{
    StorageError local;
    if (!error)
        error = &local;
    *error = StorageError(); // the checks below look at it
    const ServiceContent content = request.content.normalised();
    const QString problem = content.problem();
    if (!problem.isEmpty()) {
        *error = {StorageError::Code::Refused, problem};
        return false;
    }
    const QString author = authorName(request.author);
    const qint64 now = m_database.clock().nowSecs();
    SaveResult done;
    QString code = request.code;
    QStringList changes;
    if (!request.event.isEmpty())
        changes << request.event;

    if (request.serviceId == 0) {
        if (!ServiceContent::isValidCode(code)) {
            *error = {StorageError::Code::Refused,
                      tr("A service code is 1 to 40 lower-case letters, digits or dashes, "
                         "starting with a letter or a digit (for example \"leg-long\").")};
            return false;
        }
        if (idForCode(code, error) != 0 || error->isError()) {
            if (!error->isError())
                *error = {StorageError::Code::Refused,
                          tr("The code \"%1\" is already used by another service.").arg(code)};
            return false;
        }
        QSqlQuery insert(m_database.connection());
        insert.prepare(
            QStringLiteral("INSERT INTO services (code, sort_order, created_at) VALUES (?, (SELECT "
                           "COALESCE(max(sort_order), -1) + 1 FROM services), ?)"));
        insert.addBindValue(code);
        insert.addBindValue(m_database.timeValue(now));
        if (!m_database.exec(insert, error, tr("add a service")))
            return false;
        done.serviceId = insert.lastInsertId().toLongLong();
        done.revision = 1;
        if (changes.isEmpty())
            changes << QStringLiteral("created");
    } else {
        // Two desks saving one service take turns here (the row lock on a server; SQLite's
        // write lock already), so the second reads the first's revision and is refused.
        QSqlQuery lock(m_database.connection());
        lock.prepare(QStringLiteral("UPDATE services SET version = version WHERE id = ?"));
        lock.addBindValue(request.serviceId);
        if (!m_database.exec(lock, error, tr("save the service")))
            return false;
        ServiceState current;
        if (!state(request.serviceId, &current, error))
            return false;
        code = current.code;
        if (current.latestRevision != request.baseRevision) {
            // Another desk saved a revision after this editor opened: who and when, typed.
            ServiceRevision newer;
            latest(request.serviceId, &newer, error);
            *error = {StorageError::Code::ChangedElsewhere,
                      RecordVersion::sentence(newer.author, newer.createdAt, now,
                                              SettingsRepository(m_database).timeZone()),
                      QStringLiteral("service %1: revision %2 saved after revision %3")
                          .arg(code)
                          .arg(current.latestRevision)
                          .arg(request.baseRevision)};
            error->changedBy = newer.author;
            error->changedAt = newer.createdAt;
            return false;
        }
        ServiceRevision previous;
        if (current.latestRevision > 0 && !latest(request.serviceId, &previous, error))
            return false;
        const QStringList changed = ServiceContent::changedFields(previous.content, content);
        if (changed.isEmpty() && request.event.isEmpty() &&
            (!request.publish || previous.isPublished())) {
            *error = {StorageError::Code::Refused,
                      tr("Nothing changed since revision %1.").arg(current.latestRevision)};
            return false;
        }
        if (changed.isEmpty() && request.event.isEmpty() && request.publish)
            changes << QStringLiteral("published:%1").arg(previous.revision); // the draft as is
        changes << changed;
        done.serviceId = current.id;
        done.revision = current.latestRevision + 1;
    }

    QString overrideReason;
    QStringList openRules;
    if (request.publish) {
        const QList<ServiceTextFinding> findings = claimsIn(content);
        for (const ServiceTextFinding& f : findings) {
            if (!openRules.contains(f.finding.ruleId))
                openRules << f.finding.ruleId;
        }
        if (!findings.isEmpty()) {
            overrideReason = request.overrideReason.simplified();
            const QString problem =
                FreeText::problem(overrideReason, kMaximumOverrideReason, FreeText::Lines::One,
                                  tr("The reason for publishing anyway"));
            if (!problem.isEmpty()) {
                *error = {StorageError::Code::Refused, problem};
                return false;
            }
            if (FreeText::length(overrideReason) < kMinimumOverrideReason) {
                *error = {StorageError::Code::Refused,
                          tr("The texts still make %n claim(s) that a massage cannot promise. "
                             "Change the wording, or write why it should be published anyway "
                             "(at least %1 characters).",
                             nullptr, int(findings.size()))
                              .arg(kMinimumOverrideReason)};
                return false;
            }
            done.overridden = true;
        }
    }

    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO service_revisions (service_id, revision, body_areas, pressure, "
        "cleanup_minutes, state, override_reason, change_summary, author, created_at) VALUES (?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(done.serviceId);
    insert.addBindValue(done.revision);
    insert.addBindValue(content.bodyAreas.join(QLatin1Char(',')));
    insert.addBindValue(content.pressure);
    insert.addBindValue(content.cleanupMinutes);
    insert.addBindValue(request.publish ? QStringLiteral("published") : QStringLiteral("draft"));
    insert.addBindValue(done.overridden ? QVariant(overrideReason) : QVariant());
    insert.addBindValue(QString(QStringLiteral("") + changes.join(QLatin1Char(','))));
    insert.addBindValue(author);
    insert.addBindValue(m_database.timeValue(now));
    if (!m_database.exec(insert, error, tr("save the service")))
        return false;
    done.revisionId = insert.lastInsertId().toLongLong();
    if (!writeContent(done.revisionId, content, error))
        return false;
    // The service's own row records each save too (its version rises, RecordVersion).
    QSqlQuery publish(m_database.connection());
    publish.prepare(
        QStringLiteral("UPDATE services SET published_revision_id = %1")
            .arg(request.publish ? QStringLiteral("?") : QStringLiteral("published_revision_id")) +
        RecordVersion::stampColumns() + QLatin1String(" WHERE id = ?"));
    if (request.publish)
        publish.addBindValue(done.revisionId);
    for (const QVariant& value : RecordVersion::stampValues(m_database))
        publish.addBindValue(value);
    publish.addBindValue(done.serviceId);
    if (!m_database.exec(publish, error, tr("publish the service")))
        return false;

    // The audit trail: what was done to which service and revision, never the texts.
    const QString where = QStringLiteral("%1 revision %2").arg(code).arg(done.revision);
    const QString changed =
        changes.isEmpty() ? QString()
                          : QStringLiteral("; changes: ") + changes.join(QStringLiteral(", "));
    if (request.serviceId == 0) {
        QString detail = where;
        QString kind = QStringLiteral("catalogue.create");
        if (request.duplicatedFrom > 0) {
            ServiceState source;
            if (!state(request.duplicatedFrom, &source, error))
                return false;
            kind = QStringLiteral("catalogue.duplicate");
            detail += QStringLiteral("; copied from %1").arg(source.code);
        }
        if (!audit(author, kind, detail, error))
            return false;
    } else if (!request.publish) {
        const bool restored = request.event.startsWith(QLatin1String("restored:"));
        if (!audit(author,
                   restored ? QStringLiteral("catalogue.restore")
                            : QStringLiteral("catalogue.save_draft"),
                   where + changed, error))
            return false;
    }
    if (request.publish) {
        const QString detail =
            done.overridden ? where + QStringLiteral("; open claims: %1; reason: %2")
                                          .arg(openRules.join(QStringLiteral(", ")), overrideReason)
                            : where + changed;
        if (!audit(author,
                   done.overridden ? QStringLiteral("catalogue.publish_override")
                                   : QStringLiteral("catalogue.publish"),
                   detail, error))
            return false;
    }
    done.changes = changes;
    if (result)
        *result = done;
    return true;
}

bool ServiceRevisions::saveDraft(qint64 serviceId, int baseRevision, const ServiceContent& content,
                                 const QString& author, SaveResult* result, StorageError* error)
{
    SaveRequest request;
    request.serviceId = serviceId;
    request.baseRevision = baseRevision;
    request.content = content;
    request.author = author;
    return save(request, result, error);
}

bool ServiceRevisions::publish(qint64 serviceId, int baseRevision, const ServiceContent& content,
                               const QString& overrideReason, const QString& author,
                               SaveResult* result, StorageError* error)
{
    SaveRequest request;
    request.serviceId = serviceId;
    request.baseRevision = baseRevision;
    request.content = content;
    request.publish = true;
    request.overrideReason = overrideReason;
    request.author = author;
    return save(request, result, error);
}

bool ServiceRevisions::createService(const QString& code, const ServiceContent& content,
                                     const QString& author, SaveResult* result, StorageError* error)
{
    SaveRequest request;
    request.code = code;
    request.content = content;
    request.author = author;
    return save(request, result, error);
}

bool ServiceRevisions::duplicate(qint64 sourceId, const QString& newCode, const QString& author,
                                 SaveResult* result, StorageError* error)
{
    ServiceRevision source;
    if (!latest(sourceId, &source, error))
        return false;
    SaveRequest request;
    request.code = newCode;
    request.content = source.content;
    request.author = author;
    request.duplicatedFrom = sourceId;
    request.event = QStringLiteral("duplicated:") + source.code;
    return save(request, result, error);
}

bool ServiceRevisions::restore(qint64 serviceId, int number, const QString& author,
                               SaveResult* result, StorageError* error)
{
    ServiceState current;
    ServiceRevision old;
    if (!state(serviceId, &current, error) || !revision(serviceId, number, &old, error))
        return false;
    SaveRequest request;
    request.serviceId = serviceId;
    request.baseRevision = current.latestRevision;
    request.content = old.content;
    request.author = author;
    request.event = QStringLiteral("restored:%1").arg(number);
    return save(request, result, error);
}

bool ServiceRevisions::setArchived(qint64 serviceId, bool archived, const QString& author,
                                   StorageError* error)
{
    WriteTransaction transaction(m_database);
    return transaction.begin(error) && m_database.permits(Action::EditCentre, error) &&
           setArchivedInTransaction(serviceId, archived, author, error) &&
           transaction.commit(error);
}

bool ServiceRevisions::setArchivedInTransaction(qint64 serviceId, bool archived,
                                                const QString& author, StorageError* error)
{
    StorageError local;
    if (!error)
        error = &local;
    *error = StorageError(); // the checks below look at it
    ServiceState current;
    if (!state(serviceId, &current, error))
        return false;
    if (current.archived == archived)
        return true;
    const int bookings = bookingCount(serviceId, error);
    if (error->isError())
        return false;
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral("UPDATE services SET archived = ? WHERE id = ?"));
    update.addBindValue(archived ? 1 : 0);
    update.addBindValue(serviceId);
    if (!m_database.exec(update, error, tr("archive the service")))
        return false;
    return audit(authorName(author),
                 archived ? QStringLiteral("catalogue.archive")
                          : QStringLiteral("catalogue.unarchive"),
                 QStringLiteral("%1; bookings: %2").arg(current.code).arg(bookings), error);
}
