#pragma once

#include "storage/ServiceContent.h"
#include "storage/StorageError.h"

#include <QCoreApplication>

class Database;

// One stored revision of a service. Revisions are never changed once written: saving,
// publishing and restoring each add a new one.
struct ServiceRevision
{
    qint64 id = 0;
    qint64 serviceId = 0;
    QString code; // of the service
    int revision = 0;
    QString state; // "draft" or "published"
    QString author;
    qint64 createdAt = 0; // UTC seconds
    QString overrideReason;
    // What changed since the revision before, as stable keys (ServiceContent::changedFields)
    // after an optional event key: "created", "imported", "duplicated:CODE", "restored:N",
    // "published:N" (draft revision N published without changes).
    QStringList changes;
    ServiceContent content;

    bool isPublished() const { return state == QLatin1String("published"); }
};

// A service's place in the catalogue, whatever state its texts are in.
struct ServiceState
{
    qint64 id = 0;
    QString code;
    bool archived = false;
    int publishedRevision = 0; // 0 while nothing is published
    int latestRevision = 0;
    QString latestState;

    bool hasUnpublishedDraft() const { return latestRevision > publishedRevision; }
};

// The manager's side of the catalogue: drafts, publishing with the claims check, new and
// duplicated services, archiving, the revision history and restoring an earlier revision.
// Every change runs in one write transaction with its audit entry; audit details name the
// service, the revision and the fields, never the texts themselves.
class ServiceRevisions
{
    Q_DECLARE_TR_FUNCTIONS(ServiceRevisions)

public:
    // A publish with open claims findings needs a written reason at least this long.
    static constexpr int kMinimumOverrideReason = 10;
    static constexpr int kMaximumOverrideReason = 2000;

    explicit ServiceRevisions(Database& database) : m_database(database) {}

    struct SaveRequest
    {
        qint64 serviceId = 0; // 0: a new service with `code`
        QString code;
        int baseRevision = 0; // the revision the editor started from (0 for a new service)
        ServiceContent content;
        bool publish = false;
        QString overrideReason;    // needed when publishing text with claims findings
        QString author;            // shown in the history; "desk" when empty
        QString event;             // optional first change key ("restored:3", "imported", ...)
        qint64 duplicatedFrom = 0; // for a new service: the service it was copied from
    };
    struct SaveResult
    {
        qint64 serviceId = 0;
        qint64 revisionId = 0;
        int revision = 0;
        QStringList changes;
        bool overridden = false; // published over open findings
    };

    bool save(const SaveRequest& request, SaveResult* result, StorageError* error);
    // The same, for a caller that already holds a WriteTransaction (the catalogue import).
    bool saveInTransaction(const SaveRequest& request, SaveResult* result, StorageError* error);

    bool saveDraft(qint64 serviceId, int baseRevision, const ServiceContent& content,
                   const QString& author, SaveResult* result, StorageError* error);
    bool publish(qint64 serviceId, int baseRevision, const ServiceContent& content,
                 const QString& overrideReason, const QString& author, SaveResult* result,
                 StorageError* error);
    // A new service whose first revision is a draft.
    bool createService(const QString& code, const ServiceContent& content, const QString& author,
                       SaveResult* result, StorageError* error);
    // A new service under `newCode` starting as a draft copy of the source's latest revision.
    bool duplicate(qint64 sourceId, const QString& newCode, const QString& author,
                   SaveResult* result, StorageError* error);
    // Copies revision `revision` into a new draft revision; nothing earlier is changed.
    bool restore(qint64 serviceId, int revision, const QString& author, SaveResult* result,
                 StorageError* error);
    // Services are archived, never deleted: bookings and history keep pointing at them.
    bool setArchived(qint64 serviceId, bool archived, const QString& author, StorageError* error);
    bool setArchivedInTransaction(qint64 serviceId, bool archived, const QString& author,
                                  StorageError* error);

    QList<ServiceState> states(StorageError* error) const;
    bool state(qint64 serviceId, ServiceState* state, StorageError* error) const;
    qint64 idForCode(const QString& code, StorageError* error) const; // 0 when unknown
    bool latest(qint64 serviceId, ServiceRevision* revision, StorageError* error) const;
    bool published(qint64 serviceId, ServiceRevision* revision, StorageError* error) const;
    bool revision(qint64 serviceId, int number, ServiceRevision* revision,
                  StorageError* error) const;
    // Newest first, each with its content.
    QList<ServiceRevision> history(qint64 serviceId, StorageError* error) const;
    int bookingCount(qint64 serviceId, StorageError* error) const;
    // `base`, or `base-2`, `base-3`, ... whichever code is still free.
    QString freeCode(const QString& base, StorageError* error) const;

private:
    bool readRevision(const QString& where, const QVariantList& values, ServiceRevision* revision,
                      StorageError* error) const;
    bool readContent(qint64 revisionId, const QString& code, ServiceContent* content,
                     StorageError* error) const;
    bool writeContent(qint64 revisionId, const ServiceContent& content, StorageError* error);
    bool audit(const QString& author, const QString& kind, const QString& detail,
               StorageError* error);

    Database& m_database;
};
