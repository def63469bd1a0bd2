// SealingRepository: turning sealing on, sealing the rows written before, compacting, and the
// recovery key (SealingRepository.cpp has the values and the wraps).
#include "core/Clock.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SealingRepository.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

#include <vector>

namespace {

bool storeRecovery(Database& database, const Sealing::Wrapped& wrapped, StorageError* error)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("DELETE FROM sealing_wraps WHERE kind = 'recovery'"));
    if (!database.exec(q, error, SealingRepository::tr("store the recovery key")))
        return false;
    q.prepare(QStringLiteral("INSERT INTO sealing_wraps (user_id, kind, salt, box, created_at) "
                             "VALUES (NULL, 'recovery', '', ?, ?)"));
    q.addBindValue(Sealing::toText(wrapped.box));
    q.addBindValue(database.nowValue());
    return database.exec(q, error, SealingRepository::tr("store the recovery key"));
}

} // namespace

bool SealingRepository::enable(const QString& password, QString* recoveryKey,
                               const Progress& progress, StorageError* error,
                               const QByteArray& demoSeed)
{
    recoveryKey->clear();
    UserRepository users(m_database);
    if (!users.anyUser(error)) {
        if (!*error)
            *error = {StorageError::Code::Refused,
                      tr("Sealing needs a manager's account: the centre's key is wrapped with "
                         "the passwords of the people who may read check-ins, and this centre "
                         "has no account yet. Create the manager's account first.")};
        return false;
    }
    if (!m_database.permits(Action::EditCentre, error))
        return false;
    const std::optional<Actor> actor = m_database.actor();
    State current;
    if (!state(&current, error))
        return false;
    if (!current.enabled) {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("SELECT COALESCE(password_hash, '') FROM users WHERE id = ?"));
        q.addBindValue(actor ? actor->userId : 0);
        if (!m_database.exec(q, error, tr("read the users")))
            return false;
        if (!q.next() || !UserRepository::passwordMatches(q.value(0).toString(), password)) {
            *error = {StorageError::Code::Refused,
                      tr("Wrong password: sealing was not turned on.")};
            return false;
        }
        q.finish();
        const std::shared_ptr<Sealing::CentreKey> key =
            Sealing::CentreKey::generate(demoSeed.isEmpty() ? QByteArray() : demoSeed.left(32));
        const QString recovery = Sealing::newRecoveryKey(demoSeed);
        const std::optional<Sealing::Wrapped> own =
            key ? Sealing::wrapWithPassword(*key, password, Sealing::userContext(actor->userId),
                                            demoSeed)
                : std::nullopt;
        const std::optional<Sealing::Wrapped> rescue =
            key ? Sealing::wrapWithRecovery(*key, recovery,
                                            QLatin1String(Sealing::kRecoveryContext), demoSeed)
                : std::nullopt;
        if (!own || !rescue) {
            *error = {StorageError::Code::Io,
                      tr("The centre's key could not be made (out of memory?). Nothing was "
                         "changed.")};
            return false;
        }
        WriteTransaction t(m_database);
        if (!t.begin(error))
            return false;
        q.prepare(QStringLiteral("INSERT INTO sealing (id, public_key, enabled_at, enabled_by) "
                                 "VALUES (1, ?, ?, ?)"));
        q.addBindValue(Sealing::toText(key->publicKey()));
        q.addBindValue(m_database.nowValue());
        q.addBindValue(actor->name);
        if (!m_database.exec(q, error, tr("turn sealing on")))
            return false;
        q.prepare(QStringLiteral("INSERT INTO sealing_wraps (user_id, kind, salt, box, "
                                 "created_at) VALUES (?, 'password', ?, ?, ?)"));
        q.addBindValue(actor->userId);
        q.addBindValue(Sealing::toText(own->salt));
        q.addBindValue(Sealing::toText(own->box));
        q.addBindValue(m_database.nowValue());
        if (!m_database.exec(q, error, tr("turn sealing on")) ||
            !storeRecovery(m_database, *rescue, error) ||
            !AuditLog(m_database)
                 .append(actor->name, QStringLiteral("sealing.enable"), 0, 0, QString(), error) ||
            !t.commit(error))
            return false;
        m_database.setCentreKey(actor->userId, key);
        *recoveryKey = recovery;
    }
    return sealExisting(progress, error, 2000, demoSeed);
}

bool SealingRepository::storeDemoKey(const Sealing::CentreKey& key, const QString& password,
                                     const QByteArray& seed, StorageError* error)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id FROM users WHERE active = 1 AND role IN ('therapist', "
                             "'manager') ORDER BY id"));
    if (!m_database.exec(q, error, tr("read the users")))
        return false;
    QList<qint64> readers;
    QStringList contexts;
    while (q.next()) {
        readers << q.value(0).toLongLong();
        contexts << Sealing::userContext(readers.back());
    }
    q.finish();
    const QList<Sealing::Wrapped> wraps =
        Sealing::wrapManyWithPassword(key, password, contexts, seed);
    const std::optional<Sealing::Wrapped> rescue = Sealing::wrapWithRecovery(
        key, Sealing::newRecoveryKey(seed), QLatin1String(Sealing::kRecoveryContext), seed);
    if (wraps.size() != readers.size() || !rescue) {
        *error = {StorageError::Code::Io, tr("The centre's key could not be made (out of "
                                             "memory?). Nothing was changed.")};
        return false;
    }
    q.prepare(QStringLiteral("INSERT INTO sealing (id, public_key, enabled_at, enabled_by) "
                             "VALUES (1, ?, ?, 'demo')"));
    q.addBindValue(Sealing::toText(key.publicKey()));
    q.addBindValue(m_database.nowValue());
    if (!m_database.exec(q, error, tr("turn sealing on")))
        return false;
    q.prepare(QStringLiteral("INSERT INTO sealing_wraps (user_id, kind, salt, box, created_at) "
                             "VALUES (?, 'password', ?, ?, ?)"));
    for (int i = 0; i < readers.size(); ++i) {
        q.addBindValue(readers[i]);
        q.addBindValue(Sealing::toText(wraps[i].salt));
        q.addBindValue(Sealing::toText(wraps[i].box));
        q.addBindValue(m_database.nowValue());
        if (!m_database.exec(q, error, tr("turn sealing on")))
            return false;
    }
    return storeRecovery(m_database, *rescue, error);
}

bool SealingRepository::sealExisting(const Progress& progress, StorageError* error, int batch,
                                     const QByteArray& demoSeed)
{
    QByteArray key;
    if (!publicKey(&key, error))
        return false;
    if (key.isEmpty()) {
        *error = {StorageError::Code::Refused, tr("Sealing is not turned on for this centre.")};
        return false;
    }
    Sealing::Sealer sealer(key, demoSeed.isEmpty() ? QByteArray() : demoSeed.right(32));
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM checkins"));
    if (!m_database.exec(q, error, tr("read the check-ins")) || !q.next())
        return false;
    const qint64 total = q.value(0).toLongLong();
    q.finish();
    const QStringList& fields = checkinFields();
    QString update = QStringLiteral("UPDATE checkins SET ");
    for (int i = 0; i < fields.size(); ++i)
        update += (i ? QStringLiteral(", ") : QString()) + fields[i] + QStringLiteral(" = ?");
    update += QStringLiteral(" WHERE id = ?");
    qint64 done = 0;
    qint64 last = 0;
    for (;;) {
        WriteTransaction t(m_database);
        if (!t.begin(error))
            return false;
        QSqlQuery rows(m_database.connection());
        rows.prepare(QStringLiteral("SELECT id, %1 FROM checkins WHERE id > ? ORDER BY id LIMIT ?")
                         .arg(fields.join(QStringLiteral(", "))));
        rows.addBindValue(last);
        rows.addBindValue(batch);
        if (!m_database.exec(rows, error, tr("read the check-ins")))
            return false;
        // Read the whole batch first: PostgreSQL's driver cannot interleave statements.
        std::vector<std::pair<qint64, QVariantList>> read;
        while (rows.next()) {
            QVariantList values;
            for (int i = 0; i < fields.size(); ++i)
                values << rows.value(i + 1);
            read.emplace_back(rows.value(0).toLongLong(), values);
        }
        rows.finish();
        if (read.empty())
            break;
        QSqlQuery write(m_database.connection());
        write.prepare(update);
        for (auto& [id, values] : read) {
            bool changed = false;
            for (int i = 0; i < fields.size(); ++i) {
                const QString plain = values[i].toString();
                if (values[i].isNull() || Sealing::holdsNothing(plain) || Sealing::isSealed(plain))
                    continue;
                values[i] =
                    sealer.seal(plain, Sealing::binding(QStringLiteral("checkins"), id, fields[i]));
                changed = true;
            }
            if (!changed)
                continue;
            for (const QVariant& v : values)
                write.addBindValue(v);
            write.addBindValue(id);
            if (!m_database.exec(write, error, tr("seal the check-ins")))
                return false;
        }
        if (!t.commit(error))
            return false;
        last = read.back().first;
        done += qint64(read.size());
        if (progress)
            progress(done, total);
    }
    return true;
}

bool SealingRepository::compact(StorageError* error)
{
    QSqlQuery q(m_database.connection());
    const QStringList statements =
        m_database.isServer() ? QStringList{QStringLiteral("VACUUM FULL checkins")}
                              : QStringList{QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
                                            QStringLiteral("VACUUM"),
                                            QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")};
    for (const QString& statement : statements) {
        if (!q.exec(statement)) {
            *error = m_database.errorFrom(q, tr("compact the centre"));
            return false;
        }
        // A checkpoint that could not finish (another program reads) leaves older frames.
        if (statement.startsWith(QLatin1String("PRAGMA")) && q.next() && q.value(0).toInt() != 0) {
            *error = {StorageError::Code::Busy,
                      tr("Another program has the centre open, so its journal still holds "
                         "older pages. Close the other programs and run the compaction again "
                         "(massage-desk-cli sealing compact).")};
            return false;
        }
        q.finish();
    }
    return true;
}

bool SealingRepository::recover(const QString& recoveryKey, const QString& managerName,
                                const QString& newPassword, StorageError* error)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, role, active FROM users WHERE name = ?"));
    q.addBindValue(managerName.trimmed());
    if (!m_database.exec(q, error, tr("read the users")))
        return false;
    if (!q.next() || q.value(1).toString() != QLatin1String("manager") || q.value(2).toInt() != 1) {
        *error = {StorageError::Code::Refused,
                  tr("%1 is not an active manager: the recovery key re-opens the centre for a "
                     "manager's account.")
                      .arg(managerName.trimmed())};
        return false;
    }
    const qint64 userId = q.value(0).toLongLong();
    q.finish();
    const QString problem = UserRepository::passwordProblem(managerName.trimmed(), newPassword);
    if (!problem.isEmpty()) {
        *error = {StorageError::Code::Refused, problem};
        return false;
    }
    q.prepare(QStringLiteral("SELECT box FROM sealing_wraps WHERE kind = 'recovery'"));
    if (!m_database.exec(q, error, tr("read the recovery key")))
        return false;
    if (!q.next()) {
        *error = {StorageError::Code::Refused,
                  tr("This centre's check-ins are not sealed, so there is nothing to recover.")};
        return false;
    }
    const Sealing::Wrapped wrapped{{}, QByteArray::fromBase64(q.value(0).toString().toLatin1())};
    q.finish();
    const std::shared_ptr<Sealing::CentreKey> key =
        Sealing::unwrapWithRecovery(wrapped, recoveryKey, QLatin1String(Sealing::kRecoveryContext));
    if (!key) {
        *error = {StorageError::Code::Refused,
                  tr("That recovery key does not open this centre's sealed check-ins. Check it "
                     "group by group (eight groups of four letters and digits).")};
        return false;
    }
    const QString hash = UserRepository::hashPassword(newPassword);
    WriteTransaction t(m_database);
    if (hash.isEmpty() || !t.begin(error))
        return false;
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ?, password_changed_at = ?, "
                             "failed_attempts = 0, locked_until = %1 WHERE id = ?")
                  .arg(m_database.dialect().time(QStringLiteral("0"))));
    q.addBindValue(hash);
    q.addBindValue(m_database.nowValue());
    q.addBindValue(userId);
    if (!m_database.exec(q, error, tr("change the password")) ||
        !wrapFor(userId, newPassword, *key, error) ||
        !AuditLog(m_database)
             .append(managerName.trimmed(), QStringLiteral("sealing.recover"), 0, 0,
                     managerName.trimmed(), error) ||
        !t.commit(error))
        return false;
    // The manager signed in at a desk (Settings › Privacy) reads the check-ins again at once.
    const std::optional<Actor> actor = m_database.actor();
    if (actor && actor->userId == userId)
        m_database.setCentreKey(userId, key);
    return true;
}
