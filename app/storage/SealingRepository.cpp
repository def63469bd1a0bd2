#include "storage/SealingRepository.h"

#include "core/Clock.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

const QStringList& SealingRepository::checkinFields()
{
    static const QStringList fields = {QStringLiteral("answers"),
                                       QStringLiteral("avoid_areas"),
                                       QStringLiteral("notes"),
                                       QStringLiteral("reasons"),
                                       QStringLiteral("clearance_advice"),
                                       QStringLiteral("session_note"),
                                       QStringLiteral("reaction_note")};
    return fields;
}

bool SealingRepository::publicKey(QByteArray* key, StorageError* error) const
{
    key->clear();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT public_key FROM sealing WHERE id = 1"));
    if (!m_database.exec(q, error, tr("read the centre's sealing")))
        return false;
    if (q.next())
        *key = QByteArray::fromBase64(q.value(0).toString().toLatin1());
    return true;
}

bool SealingRepository::state(State* state, StorageError* error) const
{
    *state = {};
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT (SELECT enabled_at FROM sealing WHERE id = 1), (SELECT count(*) FROM "
        "sealing_wraps w JOIN users u ON u.id = w.user_id WHERE u.active = 1), (SELECT count(*) "
        "FROM sealing_wraps WHERE kind = 'recovery'), (SELECT count(*) FROM checkins WHERE "
        "substr(answers, 1, 8) <> 'sealed1:' AND answers <> '{}')"));
    if (!m_database.exec(q, error, tr("read the centre's sealing")) || !q.next())
        return false;
    state->enabled = !q.value(0).isNull();
    state->enabledAt = SqlDialect::secsFrom(q.value(0));
    state->readerWraps = q.value(1).toInt();
    state->recovery = q.value(2).toInt() > 0;
    state->plainRows = q.value(3).toLongLong();
    return true;
}

QString SealingRepository::sealValue(const QByteArray& publicKey, const QString& table, qint64 row,
                                     const QString& field, const QString& plain) const
{
    if (publicKey.isEmpty() || Sealing::holdsNothing(plain) || Sealing::isSealed(plain))
        return plain;
    return m_database.sealer(publicKey).seal(plain, Sealing::binding(table, row, field));
}

bool SealingRepository::openValue(const QString& table, qint64 row, const QString& field,
                                  const QString& stored, QString* plain, StorageError* error) const
{
    if (!Sealing::isSealed(stored)) {
        *plain = stored;
        return true;
    }
    const std::shared_ptr<const Sealing::CentreKey> key = m_database.centreKey();
    if (!key) {
        *error = {StorageError::Code::Refused,
                  tr("The check-in answers are sealed, and this sign-in holds no key to them. "
                     "Sign in again with your password; if that does not help, a manager gives "
                     "you access by setting your password on the Users page.")};
        return false;
    }
    const std::optional<QString> opened = key->open(stored, Sealing::binding(table, row, field));
    if (!opened) {
        *error = {StorageError::Code::Refused,
                  tr("A sealed value of check-in %1 does not open: it was copied from another "
                     "record, damaged, or sealed to another centre's key. Nothing was shown.")
                      .arg(row),
                  QStringLiteral("sealed %1.%2 of row %3 refused").arg(table, field).arg(row)};
        return false;
    }
    *plain = *opened;
    return true;
}

bool SealingRepository::wrapFor(qint64 userId, const QString& password,
                                const Sealing::CentreKey& key, StorageError* error)
{
    const std::optional<Sealing::Wrapped> wrapped =
        Sealing::wrapWithPassword(key, password, Sealing::userContext(userId));
    if (!wrapped) {
        *error = {StorageError::Code::Io,
                  tr("The key to the sealed check-ins could not be protected (out of memory?).")};
        return false;
    }
    if (!removeWrap(userId, error))
        return false;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO sealing_wraps (user_id, kind, salt, box, created_at) "
                             "VALUES (?, 'password', ?, ?, ?)"));
    q.addBindValue(userId);
    q.addBindValue(Sealing::toText(wrapped->salt));
    q.addBindValue(Sealing::toText(wrapped->box));
    q.addBindValue(m_database.nowValue());
    return m_database.exec(q, error, tr("give the account its key"));
}

bool SealingRepository::removeWrap(qint64 userId, StorageError* error)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM sealing_wraps WHERE user_id = ?"));
    q.addBindValue(userId);
    return m_database.exec(q, error, tr("remove the account's key"));
}

std::shared_ptr<Sealing::CentreKey>
SealingRepository::unwrap(qint64 userId, const QString& password, StorageError* error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT salt, box FROM sealing_wraps WHERE user_id = ?"));
    q.addBindValue(userId);
    if (!m_database.exec(q, error, tr("read the account's key")))
        return nullptr;
    if (!q.next()) {
        *error = {StorageError::Code::NotFound,
                  tr("This account has no key to the sealed check-ins yet: a manager gives it "
                     "one by setting its password.")};
        return nullptr;
    }
    const Sealing::Wrapped wrapped{QByteArray::fromBase64(q.value(0).toString().toLatin1()),
                                   QByteArray::fromBase64(q.value(1).toString().toLatin1())};
    q.finish();
    std::shared_ptr<Sealing::CentreKey> key =
        Sealing::unwrapWithPassword(wrapped, password, Sealing::userContext(userId));
    if (!key)
        *error = {StorageError::Code::Refused,
                  tr("The password does not open the key to the sealed check-ins.")};
    return key;
}
