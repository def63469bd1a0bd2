#include "TestDatabase.h"
#include "storage/AuditLog.h"
#include "storage/CatalogueImporter.h"
#include "storage/ServiceRepository.h"
#include "storage/ServiceRevisions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

// Service revisions in storage: drafts, publishing with and without an override of the claims
// check, refusals that change nothing, restoring as a new revision, new and duplicated
// services, archiving instead of deleting, and the audit entries, which never hold the texts.
class TestServiceRevisions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    qint64 scalar(const QString& sql)
    {
        QSqlQuery query(m_db->db().connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

    QString text(const QString& sql)
    {
        QSqlQuery query(m_db->db().connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }

    qint64 serviceId(const QString& code)
    {
        return ServiceRevisions(m_db->db()).idForCode(code, nullptr);
    }

    ServiceRevision latest(const QString& code)
    {
        ServiceRevision revision;
        StorageError error;
        if (!ServiceRevisions(m_db->db()).latest(serviceId(code), &revision, &error))
            qWarning("latest(%s): %s", qPrintable(code), qPrintable(error.message));
        return revision;
    }

    // The kinds of the audit entries after entry `after`, oldest first.
    QStringList auditKinds(qint64 after)
    {
        QStringList kinds;
        QSqlQuery query(m_db->db().connection());
        query.exec(
            QStringLiteral("SELECT kind FROM audit_log WHERE id > %1 ORDER BY id").arg(after));
        while (query.next())
            kinds << query.value(0).toString();
        return kinds;
    }

    qint64 lastAuditId()
    {
        return qMax<qint64>(0, scalar(QStringLiteral("SELECT max(id) FROM audit_log")));
    }

    // No audit detail may quote a service text: texts are the catalogue's, not the log's.
    void verifyAuditHoldsNoText(const QStringList& texts)
    {
        QSqlQuery query(m_db->db().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT detail FROM audit_log")));
        while (query.next()) {
            const QString detail = query.value(0).toString();
            for (const QString& t : texts)
                QVERIFY2(!detail.contains(t, Qt::CaseInsensitive), qPrintable(detail));
        }
    }

    static const QString& claim()
    {
        static const QString text = QStringLiteral(
            "A lively session that improves circulation and leaves the legs feeling light.");
        return text;
    }

private slots:
    void init() { m_db = std::make_unique<TestDatabase>(); }
    void cleanup() { m_db.reset(); }

    void importedCatalogueIsRevisionOneWithItsPrecautions()
    {
        const ServiceRevision leg = latest(QStringLiteral("leg"));
        QCOMPARE(leg.revision, 1);
        QVERIFY(leg.isPublished());
        QCOMPARE(leg.changes, QStringList{QStringLiteral("imported")});
        QVERIFY(leg.content.precautionIds.contains(QStringLiteral("recurring_heaviness")));
        QVERIFY(leg.content.precautionIds.contains(QStringLiteral("one_leg_symptoms")));
        QVERIFY(!leg.content.precautionIds.contains(QStringLiteral("lymphatic_assessed")));
        QCOMPARE(leg.content.durations.size(), 3);
        QCOMPARE(leg.content.texts.size(), 3);
        // The default catalogue passes the claims check.
        QVERIFY(claimsIn(leg.content).isEmpty());
    }

    void saveDraftKeepsThePublishedRevision()
    {
        ServiceRevision leg = latest(QStringLiteral("leg"));
        const qint64 before = lastAuditId();
        ServiceContent content = leg.content;
        content.texts[QStringLiteral("ca")].description += QStringLiteral(" Una frase nova.");
        content.durations.append({90, 8500});
        content.cleanupMinutes = 15;
        content.pressure = QStringLiteral("light");
        content.bodyAreas = {QStringLiteral("thighs"), QStringLiteral("calves")};
        content.precautionIds.removeAll(QStringLiteral("regular_exercise"));
        ServiceRevisions::SaveResult saved;
        StorageError error;
        QVERIFY2(ServiceRevisions(m_db->db())
                     .saveDraft(leg.serviceId, 1, content, QStringLiteral("anna"), &saved, &error),
                 qPrintable(error.message));
        QCOMPARE(saved.revision, 2);
        QCOMPARE(saved.changes,
                 (QStringList{QStringLiteral("description.ca"), QStringLiteral("body_areas"),
                              QStringLiteral("pressure"), QStringLiteral("cleanup_minutes"),
                              QStringLiteral("durations"), QStringLiteral("precautions")}));

        const ServiceRevision draft = latest(QStringLiteral("leg"));
        QCOMPARE(draft.revision, 2);
        QCOMPARE(draft.state, QStringLiteral("draft"));
        QCOMPARE(draft.author, QStringLiteral("anna"));
        QCOMPARE(draft.content, content.normalised());
        QCOMPARE(draft.content.bodyAreas,
                 (QStringList{QStringLiteral("calves"), QStringLiteral("thighs")}));
        QCOMPARE(draft.content.durations.constLast().minutes, 90);
        QVERIFY(!draft.content.precautionIds.contains(QStringLiteral("regular_exercise")));

        // Clients still read revision 1 until it is published.
        Service published;
        QVERIFY(ServiceRepository(m_db->db())
                    .find(QStringLiteral("leg"), QStringLiteral("ca"), &published, &error));
        QCOMPARE(published.revision, 1);
        QCOMPARE(published.durations.size(), 3);
        QCOMPARE(auditKinds(before), QStringList{QStringLiteral("catalogue.save_draft")});
        QVERIFY(text(QStringLiteral("SELECT detail FROM audit_log ORDER BY id DESC LIMIT 1"))
                    .contains(QStringLiteral("description.ca")));
        verifyAuditHoldsNoText({QStringLiteral("Una frase nova")});

        // Saving again with nothing changed is refused.
        QVERIFY(!ServiceRevisions(m_db->db())
                     .saveDraft(leg.serviceId, 2, content, QString(), &saved, &error));
        QCOMPARE(error.code, StorageError::Code::Refused);
    }

    void publishWithoutFindings()
    {
        ServiceRevision leg = latest(QStringLiteral("leg"));
        const qint64 before = lastAuditId();
        leg.content.texts[QStringLiteral("en")].name = QStringLiteral("Leg massage, unhurried");
        ServiceRevisions::SaveResult saved;
        StorageError error;
        QVERIFY2(ServiceRevisions(m_db->db())
                     .publish(leg.serviceId, 1, leg.content, QString(), QString(), &saved, &error),
                 qPrintable(error.message));
        QCOMPARE(saved.revision, 2);
        QVERIFY(!saved.overridden);
        Service published;
        QVERIFY(ServiceRepository(m_db->db())
                    .find(QStringLiteral("leg"), QStringLiteral("en"), &published, &error));
        QCOMPARE(published.revision, 2);
        QCOMPARE(published.texts.name, QStringLiteral("Leg massage, unhurried"));
        QVERIFY(text(QStringLiteral("SELECT override_reason FROM service_revisions WHERE id = %1")
                         .arg(saved.revisionId))
                    .isNull());
        QCOMPARE(auditKinds(before), QStringList{QStringLiteral("catalogue.publish")});
        verifyAuditHoldsNoText({QStringLiteral("unhurried")});
    }

    void publishWithAClaimIsRefusedWithoutAReason_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::newRow("none") << QString();
        QTest::newRow("blank") << QStringLiteral("          ");
        QTest::newRow("too short") << QStringLiteral("ok, fine!");
    }

    void publishWithAClaimIsRefusedWithoutAReason()
    {
        QFETCH(QString, reason);
        ServiceRevision leg = latest(QStringLiteral("leg"));
        leg.content.texts[QStringLiteral("en")].description = claim();
        const qint64 revisions = scalar(QStringLiteral("SELECT count(*) FROM service_revisions"));
        const qint64 before = lastAuditId();
        StorageError error;
        QVERIFY(!ServiceRevisions(m_db->db())
                     .publish(leg.serviceId, 1, leg.content, reason, QString(), nullptr, &error));
        QCOMPARE(error.code, StorageError::Code::Refused);
        QVERIFY2(error.message.contains(QStringLiteral("10 characters")),
                 qPrintable(error.message));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM service_revisions")), revisions);
        QCOMPARE(lastAuditId(), before);
        QCOMPARE(latest(QStringLiteral("leg")).revision, 1);
        // A draft with the claim may still be saved: only publishing is guarded.
        QVERIFY(ServiceRevisions(m_db->db())
                    .saveDraft(leg.serviceId, 1, leg.content, QString(), nullptr, &error));
    }

    void publishWithAnOverrideRecordsTheReason()
    {
        ServiceRevision leg = latest(QStringLiteral("leg"));
        leg.content.texts[QStringLiteral("es")].aftercare =
            QStringLiteral("Un masaje adelgazante.");
        leg.content.texts[QStringLiteral("en")].description = claim();
        const QString reason = QStringLiteral("Wording approved by the centre's physician");
        const qint64 before = lastAuditId();
        ServiceRevisions::SaveResult saved;
        StorageError error;
        QVERIFY2(ServiceRevisions(m_db->db())
                     .publish(leg.serviceId, 1, leg.content, QStringLiteral("  ") + reason,
                              QStringLiteral("manager"), &saved, &error),
                 qPrintable(error.message));
        QVERIFY(saved.overridden);
        QCOMPARE(text(QStringLiteral("SELECT override_reason FROM service_revisions WHERE id = %1")
                          .arg(saved.revisionId)),
                 reason);
        QCOMPARE(scalar(QStringLiteral("SELECT published_revision_id FROM services WHERE code = "
                                       "'leg'")),
                 saved.revisionId);
        QCOMPARE(auditKinds(before), QStringList{QStringLiteral("catalogue.publish_override")});
        const QString detail =
            text(QStringLiteral("SELECT detail FROM audit_log ORDER BY id DESC LIMIT 1"));
        QVERIFY2(detail.contains(reason), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("circulation")), qPrintable(detail)); // rule id
        QVERIFY2(detail.contains(QStringLiteral("slimming")), qPrintable(detail));
        QCOMPARE(text(QStringLiteral("SELECT user_name FROM audit_log ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("manager"));
        verifyAuditHoldsNoText({QStringLiteral("improves circulation"),
                                QStringLiteral("adelgazante"), QStringLiteral("lively session")});
        QCOMPARE(AuditLog(m_db->db()).firstBrokenEntry(nullptr), 0);
    }

    void aStaleEditorIsRefused()
    {
        ServiceRevision leg = latest(QStringLiteral("leg"));
        ServiceContent first = leg.content;
        first.cleanupMinutes = 20;
        StorageError error;
        QVERIFY(
            ServiceRevisions(m_db->db()).saveDraft(leg.serviceId, 1, first, {}, nullptr, &error));
        ServiceContent second = leg.content;
        second.cleanupMinutes = 5;
        QVERIFY(
            !ServiceRevisions(m_db->db()).saveDraft(leg.serviceId, 1, second, {}, nullptr, &error));
        // Typed, with who saved the newer revision (RecordVersion), for the editor's Reload.
        QCOMPARE(error.code, StorageError::Code::ChangedElsewhere);
        QCOMPARE(latest(QStringLiteral("leg")).content.cleanupMinutes, 20);
    }

    void badContentIsRefused_data()
    {
        QTest::addColumn<int>("which");
        for (int i = 0; i < 7; ++i)
            QTest::newRow(qPrintable(QString::number(i))) << i;
    }

    void badContentIsRefused()
    {
        QFETCH(int, which);
        ServiceContent content = latest(QStringLiteral("foot")).content;
        switch (which) {
        case 0:
            content.texts[QStringLiteral("en")].name.clear();
            break;
        case 1:
            content.durations = {{30, 100}, {30, 200}};
            break;
        case 2:
            content.durations.clear();
            break;
        case 3:
            content.precautionIds << QStringLiteral("no_such_rule");
            break;
        case 4:
            content.cleanupMinutes = 500;
            break;
        case 5:
            content.bodyAreas = {QStringLiteral("elbows")};
            break;
        default:
            content.pressure = QStringLiteral("crushing");
            break;
        }
        StorageError error;
        const qint64 revisions = scalar(QStringLiteral("SELECT count(*) FROM service_revisions"));
        QVERIFY(
            !ServiceRevisions(m_db->db())
                 .saveDraft(serviceId(QStringLiteral("foot")), 1, content, {}, nullptr, &error));
        QCOMPARE(error.code, StorageError::Code::Refused);
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM service_revisions")), revisions);
    }

    void restoreMakesANewRevision()
    {
        const ServiceRevision first = latest(QStringLiteral("sports"));
        ServiceContent changed = first.content;
        changed.texts[QStringLiteral("en")].description = QStringLiteral("Shorter text.");
        StorageError error;
        ServiceRevisions revisions(m_db->db());
        QVERIFY(revisions.publish(first.serviceId, 1, changed, {}, {}, nullptr, &error));
        m_db->clock().set(m_db->clock().nowUtc().addDays(3));
        const qint64 before = lastAuditId();
        ServiceRevisions::SaveResult restored;
        QVERIFY2(revisions.restore(first.serviceId, 1, QStringLiteral("marta"), &restored, &error),
                 qPrintable(error.message));
        QCOMPARE(restored.revision, 3);
        QCOMPARE(restored.changes,
                 (QStringList{QStringLiteral("restored:1"), QStringLiteral("description.en")}));
        const ServiceRevision now = latest(QStringLiteral("sports"));
        QCOMPARE(now.content, first.content);
        QCOMPARE(now.state, QStringLiteral("draft"));
        QCOMPARE(auditKinds(before), QStringList{QStringLiteral("catalogue.restore")});

        // The history keeps every revision, newest first, with who and when.
        const QList<ServiceRevision> history = revisions.history(first.serviceId, &error);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).revision, 3);
        QCOMPARE(history.at(0).author, QStringLiteral("marta"));
        QCOMPARE(history.at(0).createdAt, m_db->clock().nowSecs());
        QCOMPARE(history.at(1).content, changed.normalised());
        QCOMPARE(history.at(2).content, first.content);
        QVERIFY(history.at(2).createdAt < history.at(0).createdAt);
        // Publishing the restored draft brings the old text back for clients.
        ServiceRevisions::SaveResult published4;
        QVERIFY(revisions.publish(first.serviceId, 3, now.content, {}, {}, &published4, &error));
        QCOMPARE(published4.changes, QStringList{QStringLiteral("published:3")});
        Service published;
        QVERIFY(ServiceRepository(m_db->db())
                    .find(QStringLiteral("sports"), QStringLiteral("en"), &published, &error));
        QCOMPARE(published.texts.description,
                 first.content.textsIn(QStringLiteral("en")).description);
    }

    void newAndDuplicatedServices()
    {
        ServiceRevisions revisions(m_db->db());
        ServiceContent content = latest(QStringLiteral("foot")).content;
        content.texts[QStringLiteral("en")].name = QStringLiteral("Hand massage");
        content.bodyAreas = {QStringLiteral("hands"), QStringLiteral("arms")};
        const qint64 before = lastAuditId();
        ServiceRevisions::SaveResult created;
        StorageError error;
        QVERIFY2(revisions.createService(QStringLiteral("hand"), content, {}, &created, &error),
                 qPrintable(error.message));
        QCOMPARE(created.revision, 1);
        QCOMPARE(auditKinds(before), QStringList{QStringLiteral("catalogue.create")});
        // A draft-only service is not offered to clients yet.
        QCOMPARE(ServiceRepository(m_db->db()).list(QStringLiteral("en"), true, &error).size(), 5);
        ServiceState state;
        QVERIFY(revisions.state(created.serviceId, &state, &error));
        QCOMPARE(state.publishedRevision, 0);
        QVERIFY(state.hasUnpublishedDraft());

        QVERIFY(!revisions.createService(QStringLiteral("hand"), content, {}, nullptr, &error));
        QVERIFY(error.message.contains(QStringLiteral("already used")));
        for (const QString& bad : {QString(), QStringLiteral("Hand"), QStringLiteral("a b"),
                                   QStringLiteral("x';DROP TABLE services;--"), QString(41, 'a')}) {
            QVERIFY2(!revisions.createService(bad, content, {}, nullptr, &error), qPrintable(bad));
            QCOMPARE(error.code, StorageError::Code::Refused);
        }

        ServiceRevisions::SaveResult copy;
        QVERIFY2(revisions.duplicate(serviceId(QStringLiteral("leg")), QStringLiteral("leg-long"),
                                     {}, &copy, &error),
                 qPrintable(error.message));
        const ServiceRevision duplicated = latest(QStringLiteral("leg-long"));
        QCOMPARE(duplicated.content, latest(QStringLiteral("leg")).content);
        QCOMPARE(duplicated.changes, QStringList{QStringLiteral("duplicated:leg")});
        QCOMPARE(text(QStringLiteral("SELECT kind FROM audit_log ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("catalogue.duplicate"));
        QCOMPARE(revisions.freeCode(QStringLiteral("leg"), &error), QStringLiteral("leg-2"));
        QCOMPARE(revisions.freeCode(QStringLiteral("new"), &error), QStringLiteral("new"));
    }

    void archivingNeverDeletes()
    {
        QSqlQuery query(m_db->db().connection());
        const qint64 leg = serviceId(QStringLiteral("leg"));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO therapists (display_name, created_at) "
                                          "VALUES ('T', 0)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO rooms (name, created_at) VALUES ('R', 0)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO clients (full_name, created_at, updated_at) "
                                          "VALUES ('C', 0, 0)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO bookings (client_id, service_id, "
                                          "therapist_id, room_id, starts_at, minutes, "
                                          "cleanup_minutes, ends_at, created_at, updated_at) "
                                          "VALUES (1, %1, 1, 1, 0, 30, 10, 2400, 0, 0)")
                               .arg(leg)));
        ServiceRevisions revisions(m_db->db());
        StorageError error;
        QCOMPARE(revisions.bookingCount(leg, &error), 1);
        const qint64 services = scalar(QStringLiteral("SELECT count(*) FROM services"));
        const qint64 before = lastAuditId();
        QVERIFY(revisions.setArchived(leg, true, QStringLiteral("anna"), &error));
        QVERIFY(revisions.setArchived(leg, true, QStringLiteral("anna"), &error)); // no-op
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM services")), services);
        QCOMPARE(scalar(QStringLiteral("SELECT archived FROM services WHERE id = %1").arg(leg)), 1);
        QCOMPARE(ServiceRepository(m_db->db()).list(QStringLiteral("en"), false, &error).size(), 4);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM bookings")), 1);
        // A service without bookings is archived too, never deleted.
        QVERIFY(revisions.setArchived(serviceId(QStringLiteral("foot")), true, {}, &error));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM services")), services);
        QVERIFY(revisions.setArchived(leg, false, {}, &error));
        QCOMPARE(auditKinds(before), (QStringList{QStringLiteral("catalogue.archive"),
                                                  QStringLiteral("catalogue.archive"),
                                                  QStringLiteral("catalogue.unarchive")}));
        QVERIFY(text(QStringLiteral("SELECT detail FROM audit_log WHERE id = %1").arg(before + 1))
                    .contains(QStringLiteral("bookings: 1")));
    }

    void exportAndImportRoundTrip()
    {
        QJsonObject catalogue;
        StorageError error;
        QVERIFY(CatalogueImporter::exportCatalogue(m_db->db(), &catalogue, &error));
        const QByteArray json = QJsonDocument(catalogue).toJson();
        QList<CatalogueEntry> entries;
        QVERIFY2(CatalogueImporter::parse(json, &entries, &error), qPrintable(error.message));
        QCOMPARE(entries.size(), 5);
        QCOMPARE(entries.at(0).content, latest(entries.at(0).code).content);

        // Into the same database: nothing changes.
        QList<CatalogueImportResult> results;
        QList<CatalogueClaim> claims;
        QVERIFY(
            CatalogueImporter::importRevisions(m_db->db(), json, {}, &results, &claims, &error));
        QCOMPARE(results.size(), 5);
        for (const CatalogueImportResult& r : results)
            QCOMPARE(r.action, QStringLiteral("unchanged"));

        // A claim in any text refuses the whole file.
        QJsonArray services = catalogue.value(QStringLiteral("services")).toArray();
        QJsonObject second = services.at(1).toObject();
        QJsonObject texts = second.value(QStringLiteral("texts")).toObject();
        QJsonObject ca = texts.value(QStringLiteral("ca")).toObject();
        ca.insert(QStringLiteral("aftercare"),
                  QStringLiteral("Elimina toxines i redueix la cel·lulitis."));
        texts.insert(QStringLiteral("ca"), ca);
        second.insert(QStringLiteral("texts"), texts);
        services.replace(1, second);
        QJsonObject first = services.at(0).toObject();
        first.insert(QStringLiteral("cleanup_minutes"), 25);
        services.replace(0, first);
        catalogue.insert(QStringLiteral("services"), services);
        const qint64 revisions = scalar(QStringLiteral("SELECT count(*) FROM service_revisions"));
        QVERIFY(!CatalogueImporter::importRevisions(m_db->db(), QJsonDocument(catalogue).toJson(),
                                                    {}, &results, &claims, &error));
        QCOMPARE(error.code, StorageError::Code::Refused);
        QCOMPARE(claims.size(), 2);
        QCOMPARE(claims.at(0).code, second.value(QStringLiteral("code")).toString());
        QCOMPARE(claims.at(0).finding.language, QStringLiteral("ca"));
        QCOMPARE(claims.at(0).finding.field, QStringLiteral("aftercare"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM service_revisions")), revisions);

        // Without the claim, the changed service gets a new published revision.
        services.replace(1, CatalogueImporter::toJson({entries.at(1)})
                                .value(QStringLiteral("services"))
                                .toArray()
                                .at(0));
        catalogue.insert(QStringLiteral("services"), services);
        QVERIFY2(CatalogueImporter::importRevisions(m_db->db(), QJsonDocument(catalogue).toJson(),
                                                    QStringLiteral("cli"), &results, &claims,
                                                    &error),
                 qPrintable(error.message));
        QCOMPARE(results.at(0).action, QStringLiteral("revised"));
        QCOMPARE(results.at(0).revision, 2);
        QCOMPARE(results.at(1).action, QStringLiteral("unchanged"));
        QCOMPARE(latest(results.at(0).code).content.cleanupMinutes, 25);
        QVERIFY(latest(results.at(0).code).isPublished());
    }
};

QTEST_GUILESS_MAIN(TestServiceRevisions)
#include "tst_service_revisions.moc"
