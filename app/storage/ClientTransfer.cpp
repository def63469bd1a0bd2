#include "storage/ClientTransfer.h"

#include "core/Clock.h"
#include "storage/AuditLog.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace {

using Outcome = ClientImport::Outcome;

// A client already in the centre or made by an earlier row of this file.
struct Known
{
    qint64 id = 0;
    int line = 0; // 0 for a client that was there before
    QString name;
    QString phone;
    QString email;
    QString notes;
    bool consent = false;
};

} // namespace

bool ClientTransfer::exportAll(QList<ClientDetails>* clients, StorageError* error)
{
    if (!m_database.permits(Action::ClientRights, error))
        return false;
    StorageError readError;
    *clients = ClientRepository(m_database).all(&readError);
    if (readError) {
        *error = readError;
        return false;
    }
    return AuditLog(m_database)
        .appendAlone(m_database.actorName(), QStringLiteral("clients.export_csv"), 0, 0,
                     QStringLiteral("%1 clients").arg(clients->size()), error);
}

bool ClientTransfer::import(const ClientImport::Plan& plan, ClientImport::Duplicates duplicates,
                            bool dryRun, const QTimeZone& zone, const QString& source,
                            ClientImport::Report* report, StorageError* error)
{
    *report = {};
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error) || !m_database.permits(Action::EditCentre, error))
        return false;

    QList<Known> known;
    QHash<QString, qsizetype> byNamePhone, byEmail; // -> index in `known`
    // By value: a merged client is remembered again from its own entry in `known`, which the
    // append may move.
    const auto remember = [&](Known k) {
        known.append(k);
        const QString namePhone = ClientImport::namePhoneKey(k.name, k.phone);
        if (!namePhone.isEmpty())
            byNamePhone.insert(namePhone, known.size() - 1);
        if (!k.email.trimmed().isEmpty())
            byEmail.insert(ClientImport::emailKey(k.email), known.size() - 1);
    };
    {
        QSqlQuery existing(m_database.connection());
        existing.setForwardOnly(true);
        existing.prepare(QStringLiteral(
            "SELECT id, full_name, phone, email, notes, consent_version IS NOT NULL AND "
            "consent_withdrawn_at IS NULL FROM clients WHERE erased_at IS NULL"));
        if (!m_database.exec(existing, error, tr("read the clients")))
            return false;
        while (existing.next()) {
            remember({existing.value(0).toLongLong(), 0, existing.value(1).toString(),
                      existing.value(2).toString(), existing.value(3).toString(),
                      existing.value(4).toString(), existing.value(5).toBool()});
        }
    }

    const QVariant now = m_database.nowValue();
    const QVariant recordedBy = m_database.actor() ? QVariant(m_database.actor()->userId)
                                                   : QVariant(QMetaType(QMetaType::LongLong));
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO clients (full_name, phone, email, language, notes, search_phone, "
        "consent_version, consent_at, consent_by, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery merge(m_database.connection());
    merge.prepare(QStringLiteral(
        "UPDATE clients SET phone = ?, email = ?, notes = ?, search_phone = ?, "
        "consent_version = COALESCE(consent_version, ?), consent_at = COALESCE(consent_at, ?), "
        "consent_by = COALESCE(consent_by, ?), updated_at = ? WHERE id = ?"));
    const QString imported = QStringLiteral("imported");

    for (const ClientImport::Row& row : plan.rows) {
        Outcome outcome;
        outcome.line = row.line;
        if (!row.problem.isEmpty()) {
            outcome.reason = row.problem;
            report->outcomes.append(outcome);
            ++report->skipped;
            continue;
        }
        const ClientRules::Input& in = row.input;
        const QString namePhone = ClientImport::namePhoneKey(in.name, in.phone);
        qsizetype match = namePhone.isEmpty() ? -1 : byNamePhone.value(namePhone, -1);
        QString why;
        if (match >= 0) {
            why = tr("same name and phone as");
        } else if (!in.email.isEmpty()) {
            match = byEmail.value(ClientImport::emailKey(in.email), -1);
            why = tr("same email as");
        }
        const QVariant consentAt =
            row.consentDate.isValid()
                ? m_database.timeValue(
                      QDateTime(row.consentDate, QTime(0, 0), zone).toSecsSinceEpoch())
                : QVariant(QMetaType(QMetaType::LongLong));
        const QVariant consentVersion = row.consentDate.isValid()
                                            ? QVariant(imported)
                                            : QVariant(QMetaType(QMetaType::QString));
        const QVariant consentBy =
            row.consentDate.isValid() ? recordedBy : QVariant(QMetaType(QMetaType::LongLong));
        QString whom;
        if (match >= 0) {
            const Known& k = known.at(match);
            whom =
                k.line > 0 ? tr("line %1").arg(k.line) : tr("client %1 (%2)").arg(k.id).arg(k.name);
        }
        if (match >= 0 && duplicates != ClientImport::Duplicates::Create) {
            Known& k = known[match];
            outcome.clientId = k.id;
            outcome.reason = why + QLatin1Char(' ') + whom;
            if (duplicates == ClientImport::Duplicates::Skip) {
                ++report->skipped;
                report->outcomes.append(outcome);
                continue;
            }
            // Merge: fill in what the client lacks, never replace what the desk typed.
            if (k.phone.trimmed().isEmpty())
                k.phone = in.phone;
            if (k.email.trimmed().isEmpty())
                k.email = in.email;
            if (!in.notes.isEmpty() && !k.notes.contains(in.notes))
                k.notes = k.notes.isEmpty() ? in.notes : k.notes + QLatin1Char('\n') + in.notes;
            merge.addBindValue(k.phone);
            merge.addBindValue(k.email);
            merge.addBindValue(k.notes.left(10000));
            merge.addBindValue(ClientRules::phoneSearchTokens(k.phone));
            merge.addBindValue(consentVersion);
            merge.addBindValue(consentAt);
            merge.addBindValue(consentBy);
            merge.addBindValue(now);
            merge.addBindValue(k.id);
            if (!m_database.exec(merge, error, tr("merge the client")))
                return false;
            if (row.consentDate.isValid() && !k.consent) {
                k.consent = true;
                ++report->withConsent;
            }
            remember(k); // its new phone and email find later rows too
            outcome.kind = Outcome::Kind::Merged;
            ++report->merged;
            report->outcomes.append(outcome);
            continue;
        }
        insert.addBindValue(in.name);
        insert.addBindValue(in.phone);
        insert.addBindValue(in.email);
        insert.addBindValue(in.language);
        insert.addBindValue(in.notes);
        insert.addBindValue(ClientRules::phoneSearchTokens(in.phone));
        insert.addBindValue(consentVersion);
        insert.addBindValue(consentAt);
        insert.addBindValue(consentBy);
        insert.addBindValue(now);
        insert.addBindValue(now);
        if (!m_database.exec(insert, error, tr("save the client")))
            return false;
        outcome.clientId = insert.lastInsertId().toLongLong();
        outcome.kind = Outcome::Kind::Imported;
        if (match >= 0)
            outcome.reason = tr("created anyway; %1 %2").arg(why, whom);
        remember({outcome.clientId, row.line, in.name, in.phone, in.email, in.notes,
                  row.consentDate.isValid()});
        ++report->imported;
        report->withConsent += row.consentDate.isValid() ? 1 : 0;
        report->outcomes.append(outcome);
    }
    insert.finish();
    merge.finish();
    if (!AuditLog(m_database)
             .append(m_database.actorName(), QStringLiteral("clients.import"), 0, 0,
                     QStringLiteral("%1: %2 imported, %3 merged, %4 skipped, %5 with consent")
                         .arg(source.left(200))
                         .arg(report->imported)
                         .arg(report->merged)
                         .arg(report->skipped)
                         .arg(report->withConsent),
                     error))
        return false;
    if (dryRun) {
        transaction.rollback();
        return true;
    }
    return transaction.commit(error);
}
