#include "storage/ClientRepository.h"

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

const char kColumns[] = "c.id, c.full_name, c.phone, c.email, c.language, "
                        "(SELECT max(starts_at) FROM bookings WHERE client_id = c.id)";

ClientSummary readSummary(const QSqlQuery& query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(),   query.value(4).toString(), query.value(5).toLongLong()};
}

} // namespace

QList<ClientSummary> ClientRepository::search(const QString& text, int limit,
                                              StorageError* error) const
{
    QList<ClientSummary> clients;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QString match = ClientRules::searchQuery(text);
    if (match.isEmpty() && !text.trimmed().isEmpty())
        return clients; // only punctuation was typed: nothing can match
    if (match.isEmpty()) {
        query.prepare(QStringLiteral("SELECT %1 FROM clients c WHERE c.erased_at IS NULL "
                                     "ORDER BY c.full_name LIMIT ?")
                          .arg(QLatin1String(kColumns)));
    } else {
        query.prepare(QStringLiteral("SELECT %1 FROM client_search s JOIN clients c ON c.id = "
                                     "s.rowid WHERE client_search MATCH ? AND c.erased_at IS NULL "
                                     "ORDER BY c.full_name LIMIT ?")
                          .arg(QLatin1String(kColumns)));
        query.addBindValue(match);
    }
    query.addBindValue(limit);
    if (!m_database.exec(query, error, tr("search the clients")))
        return clients;
    while (query.next())
        clients.append(readSummary(query));
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
            .arg(QLatin1String(kColumns)));
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
    const QString problem = ClientRules::validate(&input);
    if (!problem.isEmpty()) {
        *error = {StorageError::Code::Refused, problem};
        return false;
    }
    const qint64 now = m_database.clock().nowSecs();
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
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
    insert.addBindValue(now);
    insert.addBindValue(now);
    if (!m_database.exec(insert, error, tr("save the client")))
        return false;
    const qint64 newId = insert.lastInsertId().toLongLong();
    insert.finish();
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
                      .arg(QLatin1String(kColumns)));
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
