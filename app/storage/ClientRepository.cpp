#include "storage/ClientRepository.h"

#include "core/Clock.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

// The last visit in seconds from the server too: the driver's own reading of a timestamptz
// (a date parsed and turned to local time) doubled the cost of a search keystroke.
QString columns(const SqlDialect& dialect)
{
    return QStringLiteral("c.id, c.full_name, c.phone, c.email, c.language, %1")
        .arg(dialect.secs(
            QStringLiteral("(SELECT max(starts_at) FROM bookings WHERE client_id = c.id)")));
}

ClientSummary readSummary(const QSqlQuery& query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(),
            query.value(2).toString(),   query.value(3).toString(),
            query.value(4).toString(),   SqlDialect::secsFrom(query.value(5))};
}

// Fills `error` when the caller wants it (it may be null).
void fail(StorageError* error, StorageError::Code code, const QString& message)
{
    if (error)
        *error = {code, message};
}

} // namespace

QList<ClientSummary> ClientRepository::search(const QString& text, int limit,
                                              StorageError* error) const
{
    QList<ClientSummary> clients;
    QVariantList values;
    SqlDialect::SearchOrder order = SqlDialect::SearchOrder::Any;
    const QString condition = m_database.dialect().clientSearchCondition(text, &values, &order);
    if (condition.isEmpty() && !text.trimmed().isEmpty())
        return clients; // only punctuation was typed: nothing can match
    const QString selected = columns(m_database.dialect());
    // Each keystroke: one round trip on a server (Statement), two when the names walked first
    // or the word's own clients did not hold a page of matches.
    const auto run = [&](const QString& sql, const QVariantList& bound, StorageError* failure) {
        Statement query(m_database);
        query.prepare(sql);
        for (const QVariant& value : bound)
            query.addBindValue(value);
        clients.clear();
        if (!query.exec(failure, tr("search the clients")))
            return false;
        while (query.next())
            clients.append(readSummary(query.query()));
        return true;
    };
    if (order == SqlDialect::SearchOrder::WordsThenNames ||
        order == SqlDialect::SearchOrder::WordsThenMatches) {
        // values: the words, as the trigram conditions bind them. One word's page is whole as
        // soon as it has anyone; several words' only when full (the walk may have stopped
        // short). A failure here (a server whose encoding lacks U+10FFFF ...) leaves the names
        // or the trigram index to answer.
        QVariantList bound;
        const QString sql = m_database.dialect().clientWordsPage(selected, values, limit, &bound);
        StorageError ignored;
        if (run(sql, bound, &ignored) &&
            (values.size() == 1 ? !clients.isEmpty() : clients.size() >= limit))
            return clients;
        order = order == SqlDialect::SearchOrder::WordsThenNames
                    ? SqlDialect::SearchOrder::NamesFirst
                    : SqlDialect::SearchOrder::MatchesFirst;
    }
    if (order == SqlDialect::SearchOrder::NamesFirst) {
        // The first names in order, as many as a page of matches is likely to need: when they
        // hold a whole page, it is the page, since every later match sorts after them.
        if (!run(QStringLiteral("SELECT %1 FROM (SELECT * FROM clients c WHERE c.erased_at IS "
                                "NULL ORDER BY c.full_name LIMIT %3) c WHERE %2 ORDER BY "
                                "c.full_name LIMIT ?")
                     .arg(selected, condition, m_database.dialect().namesWalkedFirst()),
                 values + QVariantList{limit}, error))
            return {};
        if (clients.size() >= limit)
            return clients;
    }
    if (order != SqlDialect::SearchOrder::Any) {
        // OFFSET 0 keeps the planner from walking the names instead: the matches, then the sort.
        run(QStringLiteral("SELECT %1 FROM (SELECT * FROM clients c WHERE %2 AND c.erased_at IS "
                           "NULL OFFSET 0) c ORDER BY c.full_name LIMIT ?")
                .arg(selected, condition),
            values + QVariantList{limit}, error);
        return clients;
    }
    run(QStringLiteral("SELECT %1 FROM clients c WHERE %2c.erased_at IS NULL "
                       "ORDER BY c.full_name LIMIT ?")
            .arg(selected, condition.isEmpty() ? QString() : condition + QStringLiteral(" AND ")),
        values + QVariantList{limit}, error);
    return clients;
}

QList<ClientSummary> ClientRepository::findDuplicates(const QString& phone, const QString& email,
                                                      StorageError* error) const
{
    QList<ClientSummary> clients;
    const QString phoneDigits =
        ClientRules::phoneSearchTokens(phone).section(QLatin1Char(' '), 0, 0);
    if (phoneDigits.isEmpty() && email.trimmed().isEmpty())
        return clients;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM clients c WHERE c.erased_at IS NULL AND ("
                       "(? <> '' AND c.search_phone = ? OR c.search_phone LIKE ? || ' %') "
                       "OR (? <> '' AND length(c.email) = length(?))) ORDER BY c.full_name")
            .arg(columns(m_database.dialect())));
    query.addBindValue(phoneDigits);
    query.addBindValue(phoneDigits);
    query.addBindValue(phoneDigits.isEmpty() ? QStringLiteral("\x01") : phoneDigits);
    query.addBindValue(email.trimmed());
    query.addBindValue(email.trimmed());
    if (!m_database.exec(query, error, tr("look for clients with the same details")))
        return clients;
    // SQLite's lower() folds ASCII only: same-length emails are compared here, case-folded.
    const QString wantedEmail = email.trimmed().toCaseFolded();
    while (query.next()) {
        const ClientSummary candidate = readSummary(query);
        const bool samePhone =
            !phoneDigits.isEmpty() &&
            ClientRules::phoneSearchTokens(candidate.phone).section(QLatin1Char(' '), 0, 0) ==
                phoneDigits;
        const bool sameEmail =
            !wantedEmail.isEmpty() && candidate.email.trimmed().toCaseFolded() == wantedEmail;
        if (samePhone || sameEmail)
            clients.append(candidate);
    }
    return clients;
}

bool ClientRepository::add(ClientRules::Input input, qint64 createdBy, qint64* id,
                           StorageError* error)
{
    return addClient(std::move(input), createdBy, QString(), id, error);
}

bool ClientRepository::addWithConsent(ClientRules::Input input, const QString& consentVersion,
                                      qint64 recordedBy, qint64* id, StorageError* error)
{
    if (consentVersion.trimmed().isEmpty() || consentVersion.size() > 40) {
        fail(error, StorageError::Code::Refused,
             tr("A consent needs the version of the text the client agreed to."));
        return false;
    }
    return addClient(std::move(input), recordedBy, consentVersion.trimmed(), id, error);
}

bool ClientRepository::addClient(ClientRules::Input input, qint64 createdBy,
                                 const QString& consentVersion, qint64* id, StorageError* error)
{
    const QString problem = ClientRules::validate(&input);
    if (!problem.isEmpty()) {
        *error = {StorageError::Code::Refused, problem};
        return false;
    }
    const qint64 now = m_database.clock().nowSecs();
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error) || !m_database.permits(Action::Book, error))
        return false;
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO clients (full_name, phone, email, language, notes, search_phone, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(input.name);
    insert.addBindValue(input.phone);
    insert.addBindValue(input.email);
    insert.addBindValue(input.language);
    insert.addBindValue(input.notes);
    insert.addBindValue(ClientRules::phoneSearchTokens(input.phone));
    insert.addBindValue(m_database.timeValue(now));
    insert.addBindValue(m_database.timeValue(now));
    if (!m_database.exec(insert, error, tr("save the client")))
        return false;
    const qint64 newId = insert.lastInsertId().toLongLong();
    insert.finish();
    // In the same transaction: a refusal or a lost connection in the consent part leaves no
    // client behind, so the whole save can simply run again.
    if (!consentVersion.isEmpty() && !applyConsent(newId, consentVersion, createdBy, false, error))
        return false;
    Q_UNUSED(createdBy); // recorded in the audit log once users exist
    if (!transaction.commit(error))
        return false;
    *id = newId;
    return true;
}

bool ClientRepository::find(qint64 id, ClientSummary* client, StorageError* error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM clients c WHERE c.id = ? AND c.erased_at IS NULL")
                      .arg(columns(m_database.dialect())));
    query.addBindValue(id);
    if (!m_database.exec(query, error, tr("read the client")))
        return false;
    if (!query.next()) {
        *error = {StorageError::Code::NotFound, tr("There is no client with number %1.").arg(id)};
        return false;
    }
    *client = readSummary(query);
    return true;
}

bool ClientRepository::update(qint64 id, ClientRules::Input input, StorageError* error,
                              qint64 loadedVersion)
{
    const QString problem = ClientRules::validate(&input);
    if (!problem.isEmpty()) {
        fail(error, StorageError::Code::Refused, problem);
        return false;
    }
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error) || !m_database.permits(Action::Book, error))
        return false;
    // search_phone changes with the phone; the FTS index follows through its update trigger.
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral(
            "UPDATE clients SET full_name = ?, phone = ?, email = ?, language = ?, notes = ?, "
            "search_phone = ?, updated_at = ?") +
        RecordVersion::stampColumns() +
        QLatin1String(" WHERE id = ? AND erased_at IS NULL AND (? < 0 OR version = ?)"));
    query.addBindValue(input.name);
    query.addBindValue(input.phone);
    query.addBindValue(input.email);
    query.addBindValue(input.language);
    query.addBindValue(input.notes);
    query.addBindValue(ClientRules::phoneSearchTokens(input.phone));
    query.addBindValue(m_database.nowValue());
    for (const QVariant& value : RecordVersion::stampValues(m_database))
        query.addBindValue(value);
    query.addBindValue(id);
    query.addBindValue(loadedVersion);
    query.addBindValue(loadedVersion);
    if (!m_database.exec(query, error, tr("save the client")))
        return false;
    if (query.numRowsAffected() != 1) {
        query.finish();
        RecordVersion::Stamp stamp;
        if (loadedVersion >= 0 && RecordVersion::read(m_database, QStringLiteral("clients"),
                                                      QStringLiteral("id"), id, &stamp, error))
            return RecordVersion::refuse(m_database, QStringLiteral("clients"),
                                         QStringLiteral("id"), id, error);
        fail(error, StorageError::Code::NotFound, tr("There is no client with number %1.").arg(id));
        return false;
    }
    query.finish();
    return transaction.commit(error);
}

namespace {

const char kDetailsQuery[] =
    "SELECT c.id, c.full_name, c.phone, c.email, c.language, c.notes, c.consent_version, "
    "c.consent_at, c.consent_by, COALESCE(NULLIF(u.display_name, ''), u.name), "
    "c.consent_withdrawn_at, c.created_at, c.updated_at, c.version "
    "FROM clients c LEFT JOIN users u ON u.id = c.consent_by "
    "WHERE c.erased_at IS NULL ";

ClientDetails readDetails(const QSqlQuery& query)
{
    ClientDetails d;
    d.id = query.value(0).toLongLong();
    d.name = query.value(1).toString();
    d.phone = query.value(2).toString();
    d.email = query.value(3).toString();
    d.language = query.value(4).toString();
    d.notes = query.value(5).toString();
    d.consentVersion = query.value(6).toString();
    d.consentAt = SqlDialect::secsFrom(query.value(7));
    d.consentBy = query.value(8).toLongLong();
    d.consentByName = query.value(9).toString();
    d.consentWithdrawnAt = SqlDialect::secsFrom(query.value(10));
    d.createdAt = SqlDialect::secsFrom(query.value(11));
    d.updatedAt = SqlDialect::secsFrom(query.value(12));
    d.version = query.value(13).toLongLong();
    return d;
}

} // namespace

bool ClientRepository::details(qint64 id, ClientDetails* client, StorageError* error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QLatin1String(kDetailsQuery) + QLatin1String("AND c.id = ?"));
    query.addBindValue(id);
    if (!m_database.exec(query, error, tr("read the client")))
        return false;
    if (!query.next()) {
        fail(error, StorageError::Code::NotFound, tr("There is no client with number %1.").arg(id));
        return false;
    }
    *client = readDetails(query);
    return true;
}

QList<ClientDetails> ClientRepository::all(StorageError* error) const
{
    QList<ClientDetails> clients;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QLatin1String(kDetailsQuery) + QLatin1String("ORDER BY c.id"));
    if (!m_database.exec(query, error, tr("read the clients")))
        return clients;
    while (query.next())
        clients.append(readDetails(query));
    return clients;
}

bool ClientRepository::recordConsent(qint64 id, const QString& version, qint64 recordedBy,
                                     StorageError* error)
{
    if (version.trimmed().isEmpty() || version.size() > 40) {
        fail(error, StorageError::Code::Refused,
             tr("A consent needs the version of the text the client agreed to."));
        return false;
    }
    return writeConsent(id, version.trimmed(), recordedBy, false, error);
}

bool ClientRepository::withdrawConsent(qint64 id, StorageError* error)
{
    return writeConsent(id, QString(), 0, true, error);
}

bool ClientRepository::writeConsent(qint64 id, const QString& version, qint64 recordedBy,
                                    bool withdraw, StorageError* error)
{
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error) || !m_database.permits(Action::Book, error))
        return false;
    return applyConsent(id, version, recordedBy, withdraw, error) && transaction.commit(error);
}

bool ClientRepository::applyConsent(qint64 id, const QString& version, qint64 recordedBy,
                                    bool withdraw, StorageError* error)
{
    const QVariant now = m_database.nowValue();
    QSqlQuery state(m_database.connection());
    state.prepare(QStringLiteral("SELECT consent_version IS NOT NULL AND consent_withdrawn_at IS "
                                 "NULL, (SELECT name FROM users WHERE id = ?) FROM clients "
                                 "WHERE id = ? AND erased_at IS NULL"));
    state.addBindValue(recordedBy);
    state.addBindValue(id);
    if (!m_database.exec(state, error, tr("read the client")))
        return false;
    if (!state.next()) {
        fail(error, StorageError::Code::NotFound, tr("There is no client with number %1.").arg(id));
        return false;
    }
    const bool inForce = state.value(0).toBool();
    const QString userName = state.value(1).toString(); // empty when the user is unknown
    state.finish();
    if (withdraw && !inForce) {
        fail(error, StorageError::Code::Refused,
             tr("Client %1 has no data-processing consent in force to withdraw.").arg(id));
        return false;
    }
    QSqlQuery query(m_database.connection());
    if (withdraw) {
        query.prepare(
            QStringLiteral("UPDATE clients SET consent_withdrawn_at = ?, updated_at = ?") +
            RecordVersion::stampColumns() + QLatin1String(" WHERE id = ?"));
        query.addBindValue(now);
    } else {
        query.prepare(
            QStringLiteral("UPDATE clients SET consent_version = ?, consent_at = ?, "
                           "consent_by = ?, consent_withdrawn_at = NULL, updated_at = ?") +
            RecordVersion::stampColumns() + QLatin1String(" WHERE id = ?"));
        query.addBindValue(version);
        query.addBindValue(now);
        // Only a user who exists: the column references users(id).
        query.addBindValue(userName.isEmpty() ? QVariant() : QVariant(recordedBy));
    }
    query.addBindValue(now);
    for (const QVariant& value : RecordVersion::stampValues(m_database))
        query.addBindValue(value);
    query.addBindValue(id);
    if (!m_database.exec(query, error, tr("record the client's consent")))
        return false;
    query.finish();
    if (!AuditLog(m_database)
             .append(userName,
                     withdraw ? QStringLiteral("client.consent_withdrawn")
                              : QStringLiteral("client.consent"),
                     id, 0, withdraw ? QString() : version, error))
        return false;
    return true;
}

QList<ClientBooking> ClientRepository::bookings(qint64 clientId, const QString& language,
                                                StorageError* error, int limit) const
{
    QList<ClientBooking> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // Only checkins.outcome is read: never the answers, notes or areas (health data).
    query.prepare(
        QStringLiteral("SELECT b.id, %1, b.minutes, b.status, b.status_reason, "
                       "  COALESCE((SELECT name FROM service_texts WHERE revision_id = "
                       "s.published_revision_id "
                       "            ORDER BY language = :language DESC, language = 'en' DESC LIMIT "
                       "1), s.code), "
                       "  t.display_name, r.name, k.outcome "
                       "FROM bookings b "
                       "JOIN services s ON s.id = b.service_id "
                       "JOIN therapists t ON t.id = b.therapist_id "
                       "JOIN rooms r ON r.id = b.room_id "
                       "LEFT JOIN checkins k ON k.booking_id = b.id AND k.superseded_at IS NULL "
                       "WHERE b.client_id = :client "
                       "ORDER BY b.starts_at DESC, b.id DESC LIMIT :limit")
            .arg(m_database.dialect().secs(QStringLiteral("b.starts_at"))));
    query.bindValue(QStringLiteral(":language"), language);
    query.bindValue(QStringLiteral(":client"), clientId);
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!m_database.exec(query, error, tr("read the client's bookings")))
        return result;
    while (query.next()) {
        ClientBooking b;
        b.id = query.value(0).toLongLong();
        b.startsAt = SqlDialect::secsFrom(query.value(1));
        b.minutes = query.value(2).toInt();
        b.status = query.value(3).toString();
        b.statusReason = query.value(4).toString();
        b.serviceName = query.value(5).toString();
        b.therapistName = query.value(6).toString();
        b.roomName = query.value(7).toString();
        b.checkinOutcome = query.value(8).toString();
        result.append(b);
    }
    return result;
}
