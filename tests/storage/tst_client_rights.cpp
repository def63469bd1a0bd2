#include "PgTestServer.h"
#include "TestDatabase.h"
#include "core/ClientRules.h"
#include "storage/CheckinRepository.h"
#include "storage/ClientDataRights.h"
#include "storage/ClientRepository.h"
#include "storage/ClientSearchIndex.h"
#include "storage/DemoGenerator.h"
#include "storage/HealthCheck.h"
#include "storage/Migrations.h"
#include "storage/Scheduler.h"
#include "storage/SessionRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// A client's data rights on a demo centre: the export holds everything about the client and
// is audited once; only a manager may export or erase; erasure leaves no byte of the client's
// name, phone, email or health notes in the database file or its WAL, keeps the booking
// statistics, and takes the client out of search, booking and check-in. A check-in needs the
// client's consent in force.
class TestClientRights : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    qint64 m_client = 0;
    qint64 m_visit = 0;    // today's session: checked in, started and finished with notes
    qint64 m_upcoming = 0; // a later booked session, cancelled by the erasure

    const QString kName = QStringLiteral("Zephyrine Quixote-Alba");
    const QString kPhone = QStringLiteral("+34 611 987 654");
    const QString kEmail = QStringLiteral("zq.alba@correo-ejemplo.es");
    // Everything that must be gone, as bytes, compared without ASCII case: the FTS index
    // stores its tokens in lower case, and the phone digits with every suffix.
    const QList<QByteArray> kSecrets = {"zephyrine",   "quixote",   "611 987 654",    "611987654",
                                        "1987654",     "zq.alba",   "correo-ejemplo", "quokkafield",
                                        "wombatshire", "ptarmigan", "xylocarp"};

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

    qint64 auditCount() { return scalar(QStringLiteral("SELECT count(*) FROM audit_log")); }

    // Bookings per service and month, and per status: the statistics the erasure keeps.
    QStringList statistics()
    {
        QStringList rows;
        QSqlQuery query(m_db->db().connection());
        // Per day (integer division: the same SQL on both engines).
        query.exec(QStringLiteral("SELECT s.code, %1 / 86400, count(*), sum(b.minutes) "
                                  "FROM bookings b JOIN services s ON s.id = b.service_id GROUP BY "
                                  "1, 2 ORDER BY 1, 2")
                       .arg(m_db->db().dialect().secs(QStringLiteral("b.starts_at"))));
        while (query.next())
            rows << QStringLiteral("%1 %2 %3 %4")
                        .arg(query.value(0).toString(), query.value(1).toString(),
                             query.value(2).toString(), query.value(3).toString());
        return rows;
    }

    // Which secrets the raw bytes of the file and its WAL still hold; on a server, the files of
    // the tables the erasure touches (after a checkpoint, so they hold what the server has).
    // The server's WAL keeps old row versions until its segments are recycled (README).
    QStringList secretsOnDisk()
    {
        if (PgTestServer::selected())
            return secretsInServerFiles();
        QStringList found;
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile file(m_db->path() + suffix);
            if (!file.exists())
                continue;
            if (!file.open(QIODevice::ReadOnly))
                return {QStringLiteral("cannot read ") + file.fileName()};
            const QByteArray bytes = file.readAll().toLower();
            for (const QByteArray& secret : kSecrets) {
                if (bytes.contains(secret.toLower()))
                    found << QString::fromLatin1(secret) + QStringLiteral(" in centre.sqlite") +
                                 suffix;
            }
        }
        return found;
    }

    QStringList secretsInServerFiles()
    {
        QStringList found;
        QSqlQuery query(m_db->db().connection());
        if (!query.exec(QStringLiteral("CHECKPOINT")))
            return {QStringLiteral("CHECKPOINT: ") + query.lastError().text()};
        const QString dataDir = text(QStringLiteral("SHOW data_directory"));
        // client_words and its index hold the name's words too (migration 16).
        for (const char* table : {"clients", "client_words", "client_words_in_order", "bookings",
                                  "booking_events", "checkins"}) {
            const QString relation =
                text(QStringLiteral("SELECT pg_relation_filepath('%1')").arg(QLatin1String(table)));
            QFile file(dataDir + QLatin1Char('/') + relation);
            if (!file.open(QIODevice::ReadOnly))
                return {QStringLiteral("cannot read ") + file.fileName()};
            const QByteArray bytes = file.readAll().toLower();
            for (const QByteArray& secret : kSecrets) {
                if (bytes.contains(secret.toLower()))
                    found << QString::fromLatin1(secret) + QStringLiteral(" in ") +
                                 QLatin1String(table);
            }
        }
        return found;
    }

    static CheckInAnswers allNo(const QString& service)
    {
        CheckInAnswers answers;
        for (const PrecautionQuestion& q : PrecautionRules::builtIn().questionsFor(service))
            answers.answers.insert(q.id, !q.trigger);
        return answers;
    }

    void setRole(Role role) { m_db->db().setActor(Actor{7, QStringLiteral("someone"), role, 0}); }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>(
            true, QDateTime(QDate(2026, 11, 25), QTime(7, 0), QTimeZone::utc()));
        DemoGenerator::Summary summary;
        StorageError error;
        QVERIFY2(
            DemoGenerator::generate(m_db->db(), {DemoGenerator::Size::Small, 5}, &summary, &error),
            qPrintable(error.detail));
        // A client with past visits, a leg session today and another booked session later.
        const qint64 now = m_db->clock().nowSecs();
        m_client = scalar(
            QStringLiteral(
                "SELECT b.client_id FROM bookings b JOIN services s ON s.id = b.service_id WHERE "
                "b.status = 'booked' AND s.code = 'leg' AND b.starts_at BETWEEN %1 AND %2 "
                "AND "
                "b.client_id IN (SELECT client_id FROM bookings WHERE starts_at < %1) AND "
                "b.client_id IN (SELECT client_id FROM bookings WHERE starts_at > %3 AND "
                "status = 'booked') ORDER BY b.starts_at LIMIT 1")
                .arg(m_db->time(now), m_db->time(now + 43200), m_db->time(now + 86400)));
        QVERIFY(m_client > 0);
        m_visit = scalar(QStringLiteral("SELECT b.id FROM bookings b JOIN services s ON s.id = "
                                        "b.service_id WHERE b.client_id = %1 AND s.code = 'leg' "
                                        "AND b.status = 'booked' AND b.starts_at BETWEEN %2 AND "
                                        "%3 ORDER BY b.starts_at LIMIT 1")
                             .arg(m_client)
                             .arg(m_db->time(now), m_db->time(now + 43200)));
        m_upcoming = scalar(QStringLiteral("SELECT id FROM bookings WHERE client_id = %1 AND "
                                           "starts_at > %2 AND status = 'booked' "
                                           "ORDER BY starts_at LIMIT 1")
                                .arg(m_client)
                                .arg(m_db->time(now + 86400)));
        QVERIFY(m_visit > 0 && m_upcoming > 0);

        ClientRules::Input input;
        input.name = kName;
        input.phone = kPhone;
        input.email = kEmail;
        input.language = QStringLiteral("es");
        input.notes = QStringLiteral("Prefers Wombatshire lavender oil");
        ClientRepository clients(m_db->db());
        QVERIFY2(clients.update(m_client, input, &error), qPrintable(error.message));
        QVERIFY(clients.recordConsent(m_client, ClientRules::consentVersion(), 0, &error));

        CheckInAnswers answers = allNo(QStringLiteral("leg"));
        answers.avoidAreas = QStringLiteral("left calf, Quokkafield scar");
        answers.notes = QStringLiteral("Mentions Ptarmigan clinic physiotherapy");
        Evaluation evaluation;
        QVERIFY2(CheckinRepository(m_db->db())
                     .record(m_visit, answers, QStringLiteral("reception"), &evaluation, &error),
                 qPrintable(error.message));
        SessionRepository sessions(m_db->db());
        QVERIFY2(sessions.start(m_visit, QStringLiteral("therapist"), &error),
                 qPrintable(error.message));
        QVERIFY2(sessions.finish(m_visit, QStringLiteral("Xylocarp balm on the calf"),
                                 QStringLiteral("Xylocarp dizziness passed"),
                                 QStringLiteral("therapist"), &error),
                 qPrintable(error.message));
        // A free-text reason naming the client, on a booking event and the booking.
        const qint64 past = scalar(QStringLiteral("SELECT id FROM bookings WHERE client_id = %1 "
                                                  "AND starts_at < %2 ORDER BY starts_at LIMIT 1")
                                       .arg(m_client)
                                       .arg(m_db->time(now)));
        QSqlQuery query(m_db->db().connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE bookings SET status_reason = 'Zephyrine "
                                          "phoned: flu' WHERE id = %1")
                               .arg(past)));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO booking_events (booking_id, at, kind, "
                                          "detail) VALUES (%1, %2, 'cancelled', 'reception: "
                                          "Zephyrine phoned: flu')")
                               .arg(past)
                               .arg(m_db->time(0))));
        QVERIFY(secretsOnDisk().size() > 3); // the check below can see them
    }

    void cleanup() { m_db.reset(); }

    void exportHoldsEverythingAndIsAuditedOnce()
    {
        setRole(Role::Manager);
        const qint64 before = auditCount();
        QJsonObject document;
        StorageError error;
        QVERIFY2(ClientDataRights(m_db->db()).exportClient(m_client, &document, &error),
                 qPrintable(error.message));
        QCOMPARE(auditCount(), before + 1);
        QCOMPARE(text(QStringLiteral("SELECT kind || ' ' || client_id || ' [' || detail || ']' "
                                     "FROM audit_log ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("client.export %1 []").arg(m_client));

        QCOMPARE(document.value(QLatin1String("format")).toString(),
                 QStringLiteral("massage-desk-client-export"));
        QCOMPARE(document.value(QLatin1String("version")).toInt(), 1);
        const QJsonObject client = document.value(QLatin1String("client")).toObject();
        QCOMPARE(client.value(QLatin1String("name")).toString(), kName);
        QCOMPARE(client.value(QLatin1String("phone")).toString(), kPhone);
        QCOMPARE(client.value(QLatin1String("email")).toString(), kEmail);
        QVERIFY(client.value(QLatin1String("notes")).toString().contains(QLatin1String("Wombat")));
        const QJsonObject consent = document.value(QLatin1String("consent")).toObject();
        QCOMPARE(consent.value(QLatin1String("version")).toString(), ClientRules::consentVersion());
        QVERIFY(!consent.value(QLatin1String("history")).toArray().isEmpty());

        const QJsonArray bookings = document.value(QLatin1String("bookings")).toArray();
        QCOMPARE(bookings.size(),
                 int(scalar(QStringLiteral("SELECT count(*) FROM bookings WHERE client_id = %1")
                                .arg(m_client))));
        bool sawVisit = false;
        for (const QJsonValue& value : bookings) {
            const QJsonObject b = value.toObject();
            for (const char* key : {"service_code", "service_name", "therapist", "room", "start",
                                    "start_local", "status"})
                QVERIFY2(!b.value(QLatin1String(key)).toString().isEmpty(), key);
            QVERIFY(b.value(QLatin1String("minutes")).toInt() >= 5);
            if (b.value(QLatin1String("id")).toInteger() != m_visit)
                continue;
            sawVisit = true;
            QCOMPARE(b.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
            QVERIFY(!b.value(QLatin1String("events")).toArray().isEmpty());
            const QJsonObject checkin = b.value(QLatin1String("checkin")).toObject();
            QCOMPARE(checkin.value(QLatin1String("outcome")).toString(), QStringLiteral("proceed"));
            const QJsonArray answers = checkin.value(QLatin1String("answers")).toArray();
            QCOMPARE(answers.size(),
                     int(PrecautionRules::builtIn().questionsFor(QStringLiteral("leg")).size()));
            const QJsonObject first = answers.first().toObject();
            // In the client's language (Spanish here), not the question's id.
            QVERIFY(!first.value(QLatin1String("question")).toString().isEmpty());
            QVERIFY(first.value(QLatin1String("question")).toString() !=
                    first.value(QLatin1String("question_id")).toString());
            QVERIFY(first.value(QLatin1String("answer")).isBool());
            QVERIFY(checkin.value(QLatin1String("avoid_areas")).toString().contains("Quokkafield"));
            QVERIFY(checkin.value(QLatin1String("notes")).toString().contains("Ptarmigan"));
            QVERIFY(checkin.value(QLatin1String("session_note")).toString().contains("Xylocarp"));
            QVERIFY(checkin.value(QLatin1String("reaction_note")).toString().contains("dizziness"));
        }
        QVERIFY(sawVisit);

        // The audit entries about the client: the check-in, its reads and this export.
        QStringList kinds;
        for (const QJsonValue& value : document.value(QLatin1String("audit")).toArray())
            kinds << value.toObject().value(QLatin1String("kind")).toString();
        QVERIFY2(kinds.contains(QStringLiteral("checkin.write")), qPrintable(kinds.join(' ')));
        QVERIFY(kinds.contains(QStringLiteral("client.consent")));
        QCOMPARE(kinds.last(), QStringLiteral("client.export"));
        // A document a program reads back the same.
        QCOMPARE(QJsonDocument::fromJson(QJsonDocument(document).toJson()).object(), document);
    }

    void onlyAManagerExportsOrErases()
    {
        for (Role role : {Role::Receptionist, Role::Therapist}) {
            setRole(role);
            const qint64 before = auditCount();
            QJsonObject document;
            StorageError error;
            ClientDataRights rights(m_db->db());
            QVERIFY(!rights.exportClient(m_client, &document, &error));
            QCOMPARE(error.code, StorageError::Code::Refused);
            QVERIFY(error.message.contains(QLatin1String("manager")));
            QVERIFY(document.isEmpty());
            ClientDataRights::ErasureResult result;
            error = {};
            QVERIFY(!rights.eraseClient(m_client, &result, &error));
            QCOMPARE(error.code, StorageError::Code::Refused);
            QCOMPARE(auditCount(), before);
            QCOMPARE(
                text(QStringLiteral("SELECT full_name FROM clients WHERE id = %1").arg(m_client)),
                kName);
        }
    }

    void erasureLeavesNoBytesAndKeepsTheStatistics()
    {
        setRole(Role::Manager);
        const QStringList before = statistics();
        const qint64 bookings = scalar(
            QStringLiteral("SELECT count(*) FROM bookings WHERE client_id = %1").arg(m_client));
        const qint64 audit = auditCount();
        ClientDataRights rights(m_db->db());
        ClientDataRights::ErasureResult result;
        StorageError error;
        QVERIFY2(rights.eraseClient(m_client, &result, &error), qPrintable(error.message));
        QVERIFY2(result.compacted, qPrintable(result.compactionProblem));
        QVERIFY(!rights.compactionPending());
        QCOMPARE(result.plan.name, kName);
        QCOMPARE(result.plan.bookings, int(bookings));
        QVERIFY(result.plan.upcomingCancelled >= 1);

        QCOMPARE(secretsOnDisk(), QStringList());
        QCOMPARE(statistics(), before);
        QCOMPARE(auditCount(), audit + 1);
        QCOMPARE(text(QStringLiteral("SELECT kind FROM audit_log ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("client.erase"));
        QCOMPARE(text(QStringLiteral("SELECT full_name FROM clients WHERE id = %1").arg(m_client)),
                 QStringLiteral("Erased client #%1").arg(m_client));
        // What stays: the visit as a completed leg session with its outcome level.
        QCOMPARE(text(QStringLiteral("SELECT b.status || ' ' || s.code || ' ' || k.outcome || ' ' "
                                     "|| k.answers || ' ' || k.reasons FROM bookings b JOIN "
                                     "services s ON s.id = b.service_id JOIN checkins k ON "
                                     "k.booking_id = b.id WHERE b.id = %1")
                          .arg(m_visit)),
                 QStringLiteral("completed leg proceed {} []"));
        QCOMPARE(text(QStringLiteral("SELECT status FROM bookings WHERE id = %1").arg(m_upcoming)),
                 QStringLiteral("cancelled"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM bookings WHERE client_id = %1 AND "
                                       "status_reason <> ''")
                            .arg(m_client)),
                 0);
        QCOMPARE(m_db->db().schemaVersion(), Migrations::latestVersion());
        if (!m_db->db().isServer()) {
            QSqlQuery check(m_db->db().connection());
            QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
            check.finish();
        }

        // Gone from search, booking, check-in and a second erasure.
        ClientRepository clients(m_db->db());
        for (const char* typed : {"zephyrine", "quixote", "611987", "zq.alba", "erased"}) {
            for (const ClientSummary& c : clients.search(QString::fromLatin1(typed), 50, &error))
                QVERIFY2(c.id != m_client, typed);
        }
        ClientSummary summary;
        QVERIFY(!clients.find(m_client, &summary, &error));
        BookingRequest request;
        request.clientId = m_client;
        request.serviceCode = QStringLiteral("leg");
        request.startsAt = m_db->clock().nowSecs() + 7 * 86400;
        qint64 id = 0;
        Placement placement;
        error = {};
        QVERIFY(!Scheduler(m_db->db(), QTimeZone::utc())
                     .book(request, QString(), &id, &placement, &error));
        QVERIFY(error.isError());
        Evaluation evaluation;
        error = {};
        QVERIFY(
            !CheckinRepository(m_db->db())
                 .record(m_upcoming, allNo(QStringLiteral("leg")), QString(), &evaluation, &error));
        QVERIFY2(error.message.contains(QLatin1String("erased")), qPrintable(error.message));
        error = {};
        QVERIFY(!rights.eraseClient(m_client, &result, &error));
        QCOMPARE(error.code, StorageError::Code::Refused);
        QVERIFY(error.message.contains(QLatin1String("already erased")));
        QJsonObject document;
        QVERIFY(!rights.exportClient(m_client, &document, &error));
        QCOMPARE(auditCount(), audit + 1);

        // Still nothing once the file is closed and opened again.
        m_db->close();
        if (!PgTestServer::selected())
            QCOMPARE(secretsOnDisk(), QStringList());
        QVERIFY(m_db->reopen());
        QCOMPARE(secretsOnDisk(), QStringList());
    }

    // The search index is derived from the clients: check compares them on a server, and a
    // manager's rebuild writes it again from the rows, the erased client still left out.
    void searchIndexIsCheckedAndRebuiltWithoutTheErased()
    {
        setRole(Role::Manager);
        ClientDataRights::ErasureResult result;
        StorageError error;
        QVERIFY2(ClientDataRights(m_db->db()).eraseClient(m_client, &result, &error),
                 qPrintable(error.message));
        ClientSearchIndex index(m_db->db());
        qint64 outOfStep = 0;
        QVERIFY2(index.outOfStep(&outOfStep, &error), qPrintable(error.detail));
        QCOMPARE(outOfStep, m_db->db().isServer() ? 0 : -1);

        // Another client's entries lost behind the program's back: search no longer finds them.
        const qint64 other =
            scalar(QStringLiteral("SELECT min(id) FROM clients WHERE id <> %1").arg(m_client));
        const QString surname =
            text(QStringLiteral("SELECT full_name FROM clients WHERE id = %1").arg(other))
                .section(QLatin1Char(' '), -1);
        ClientRepository clients(m_db->db());
        // Someone else with the surname, so the server's words still answer for it when the
        // other client's are lost (with none at all it would look in the clients table).
        ClientRules::Input companion;
        companion.name = QStringLiteral("Anna ") + surname;
        qint64 companionId = 0;
        QVERIFY2(clients.add(companion, 0, &companionId, &error), qPrintable(error.message));
        const auto finds = [&](const QString& typed, qint64 id) {
            for (const ClientSummary& c : clients.search(typed, 500, nullptr))
                if (c.id == id)
                    return true;
            return false;
        };
        QVERIFY2(finds(surname, other), qPrintable(surname));
        QSqlQuery query(m_db->db().connection());
        QVERIFY2(
            query.exec(
                m_db->db().isServer()
                    ? QStringLiteral("DELETE FROM client_words WHERE client_id = %1").arg(other)
                    : QStringLiteral("INSERT INTO client_search (client_search, "
                                     "rowid, full_name, email, search_phone) SELECT "
                                     "'delete', id, full_name, email, search_phone "
                                     "FROM clients WHERE id = %1")
                          .arg(other)),
            qPrintable(query.lastError().text()));
        QVERIFY(!finds(surname, other));
        QVERIFY(finds(surname, companionId));
        HealthCheck::Report report;
        QVERIFY2(HealthCheck::run(m_db->db(), &report, &error), qPrintable(error.detail));
        QCOMPARE(report.searchOutOfStep, m_db->db().isServer() ? 1 : -1);
        QCOMPARE(report.ok(), !m_db->db().isServer());

        // Only a manager rebuilds; a refusal changes nothing.
        const qint64 audit = auditCount();
        qint64 indexed = 0;
        setRole(Role::Receptionist);
        QVERIFY(!index.rebuild(&indexed, &error));
        QCOMPARE(error.code, StorageError::Code::Refused);
        QVERIFY(!finds(surname, other));
        QCOMPARE(auditCount(), audit);

        setRole(Role::Manager);
        error = {};
        QVERIFY2(index.rebuild(&indexed, &error), qPrintable(error.detail));
        QCOMPARE(indexed, scalar(QStringLiteral("SELECT count(*) FROM clients WHERE erased_at IS "
                                                "NULL")));
        QVERIFY(finds(surname, other));
        for (const QString& typed : {QStringLiteral("erased"), QStringLiteral("Erased client"),
                                     QStringLiteral("client %1").arg(m_client)})
            QVERIFY2(!finds(typed, m_client), qPrintable(typed));
        // Nor does the index hold the placeholder the erased row now carries (search leaves
        // erased clients out anyway).
        QCOMPARE(
            scalar(m_db->db().isServer()
                       ? QStringLiteral("SELECT count(*) FROM client_words WHERE client_id = %1")
                             .arg(m_client)
                       : QStringLiteral("SELECT count(*) FROM client_search WHERE "
                                        "client_search MATCH 'erased'")),
            0);
        QCOMPARE(auditCount(), audit + 1);
        QCOMPARE(text(QStringLiteral("SELECT kind FROM audit_log ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("search.rebuild"));
        report = {};
        QVERIFY2(HealthCheck::run(m_db->db(), &report, &error), qPrintable(error.detail));
        QCOMPARE(report.searchOutOfStep, m_db->db().isServer() ? 0 : -1);
        QVERIFY(report.ok());
        QCOMPARE(secretsOnDisk(), QStringList());
    }

    void erasureBesideAnotherConnection()
    {
        setRole(Role::Manager);
        Database::Options options;
        options.path = m_db->path();
        options.mode = Database::Mode::OpenExisting;
        StorageError error;
        std::unique_ptr<Database> other = Database::open(options, m_db->clock(), &error);
        QVERIFY2(other, qPrintable(error.message));
        // The other program is in the middle of a read: the WAL cannot be emptied meanwhile.
        QSqlQuery reading(other->connection());
        QVERIFY(reading.exec(QStringLiteral("BEGIN")));
        QVERIFY(reading.exec(QStringLiteral("SELECT full_name FROM clients")) && reading.next());

        ClientDataRights rights(m_db->db());
        ClientDataRights::ErasureResult result;
        QVERIFY2(rights.eraseClient(m_client, &result, &error), qPrintable(error.message));
        QVERIFY(!result.compacted);
        QVERIFY2(result.compactionProblem.contains(QLatin1String("another program")),
                 qPrintable(result.compactionProblem));
        QVERIFY(rights.compactionPending());
        // Erased all the same: not found, not searchable.
        ClientSummary summary;
        QVERIFY(!ClientRepository(m_db->db()).find(m_client, &summary, &error));

        // Once the other program's read ends, erasing again only finishes the compaction.
        reading.finish();
        QVERIFY(reading.exec(QStringLiteral("COMMIT")));
        QVERIFY2(rights.eraseClient(m_client, &result, &error), qPrintable(error.message));
        QVERIFY(result.alreadyErased);
        QVERIFY(result.compacted);
        QVERIFY(!rights.compactionPending());
        QCOMPARE(secretsOnDisk(), QStringList());
        // The other connection, idle, still reads the compacted file.
        QSqlQuery after(other->connection());
        QVERIFY(after.exec(
                    QStringLiteral("SELECT full_name FROM clients WHERE id = %1").arg(m_client)) &&
                after.next());
        QCOMPARE(after.value(0).toString(), QStringLiteral("Erased client #%1").arg(m_client));
        after.finish();
        other.reset();
        QCOMPARE(secretsOnDisk(), QStringList());
        // And a second erasure now is refused.
        QVERIFY(!rights.eraseClient(m_client, &result, &error));
        QCOMPARE(error.code, StorageError::Code::Refused);
    }

    void idleConnectionDoesNotStopCompaction()
    {
        setRole(Role::Manager);
        Database::Options options;
        options.path = m_db->path();
        options.mode = Database::Mode::OpenExisting;
        StorageError error;
        std::unique_ptr<Database> other = Database::open(options, m_db->clock(), &error);
        QVERIFY(other);
        ClientDataRights::ErasureResult result;
        QVERIFY2(ClientDataRights(m_db->db()).eraseClient(m_client, &result, &error),
                 qPrintable(error.message));
        QVERIFY2(result.compacted, qPrintable(result.compactionProblem));
        QCOMPARE(secretsOnDisk(), QStringList());
        other.reset();
        QCOMPARE(secretsOnDisk(), QStringList());
    }

    // The refusal says what it checks: a session's status (arrived or in session), not
    // whether the client is in the building.
    void erasureWaitsForAnUnfinishedSession()
    {
        StorageError error;
        QVERIFY2(Scheduler(m_db->db(), QTimeZone("Europe/Madrid"))
                     .setStatus(m_upcoming, QStringLiteral("arrived"), QString(), &error),
                 qPrintable(error.message));
        const qint64 before = auditCount();
        ClientDataRights::ErasureResult result;
        QVERIFY(!ClientDataRights(m_db->db()).eraseClient(m_client, &result, &error));
        QCOMPARE(error.code, StorageError::Code::Refused);
        QVERIFY2(error.message.contains(QStringLiteral("marked arrived or in session")) &&
                     error.message.contains(QStringLiteral("(booking %1)").arg(m_upcoming)) &&
                     !error.message.contains(QStringLiteral("at the centre now")),
                 qPrintable(error.message));
        QCOMPARE(auditCount(), before);
        QCOMPARE(text(QStringLiteral("SELECT full_name FROM clients WHERE id = %1").arg(m_client)),
                 kName);
    }

    void checkInNeedsConsentInForce()
    {
        const qint64 booking = m_upcoming;
        ClientRepository clients(m_db->db());
        StorageError error;
        QVERIFY(clients.withdrawConsent(m_client, &error));
        Evaluation evaluation;
        CheckinRepository checkins(m_db->db());
        const qint64 audit = auditCount();
        QVERIFY(!checkins.record(booking, allNo(QStringLiteral("leg")), QString(), &evaluation,
                                 &error));
        QCOMPARE(error.code, StorageError::Code::Refused);
        QVERIFY2(error.message.contains(QLatin1String("withdrew")), qPrintable(error.message));
        QCOMPARE(
            scalar(
                QStringLiteral("SELECT count(*) FROM checkins WHERE booking_id = %1").arg(booking)),
            0);
        QCOMPARE(auditCount(), audit);
        // Never given: refused too, saying where to record it.
        QSqlQuery query(m_db->db().connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE clients SET consent_version = NULL, consent_at "
                                          "= NULL, consent_withdrawn_at = NULL WHERE id = %1")
                               .arg(m_client)));
        QVERIFY(!checkins.record(booking, allNo(QStringLiteral("leg")), QString(), &evaluation,
                                 &error));
        QVERIFY2(error.message.contains(QLatin1String("not given")), qPrintable(error.message));
        // Given again: accepted, on the session's day (a check-in is taken only then).
        QVERIFY(clients.recordConsent(m_client, ClientRules::consentVersion(), 0, &error));
        m_db->clock().set(QDateTime::fromSecsSinceEpoch(
            scalar(QStringLiteral("SELECT %2 - 1800 FROM bookings WHERE id = %1")
                       .arg(booking)
                       .arg(m_db->db().dialect().secs(QStringLiteral("starts_at")))),
            QTimeZone::utc()));
        QVERIFY2(
            checkins.record(booking, allNo(QStringLiteral("leg")), QString(), &evaluation, &error),
            qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestClientRights)
#include "tst_client_rights.moc"
