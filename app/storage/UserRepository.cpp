#include "storage/UserRepository.h"

#include "core/Clock.h"
#include "core/FreeText.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SealingRepository.h"
#include "storage/WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sodium.h>

#include <algorithm>

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

QString UserRepository::hashPassword(const QString& password, const QByteArray& salt)
{
    const QByteArray utf8 = password.toUtf8();
    if (!sodiumReady())
        return {};
    const quint64 ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const size_t memory = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (salt.isEmpty()) {
        char hash[crypto_pwhash_STRBYTES];
        if (crypto_pwhash_str(hash, utf8.constData(), quint64(utf8.size()), ops, memory) != 0)
            return {};
        return QString::fromLatin1(hash);
    }
    // The same string crypto_pwhash_str makes, with the given salt instead of a random one.
    if (salt.size() != crypto_pwhash_SALTBYTES)
        return {};
    unsigned char key[32];
    if (crypto_pwhash(key, sizeof key, utf8.constData(), quint64(utf8.size()),
                      reinterpret_cast<const unsigned char*>(salt.constData()), ops, memory,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    const auto base64 = [](const QByteArray& bytes) {
        return QString::fromLatin1(bytes.toBase64(QByteArray::OmitTrailingEquals));
    };
    return QStringLiteral("$argon2id$v=19$m=%1,t=%2,p=1$%3$%4")
        .arg(memory / 1024)
        .arg(ops)
        .arg(base64(salt), base64(QByteArray(reinterpret_cast<const char*>(key), sizeof key)));
}

bool UserRepository::passwordMatches(const QString& hash, const QString& password)
{
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return sodiumReady() && !stored.isEmpty() &&
           crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) ==
               0;
}

namespace {

bool readsAnswers(Role role)
{
    return Permissions::allows(role, Action::ReadCheckinAnswers);
}

} // namespace

QString UserRepository::passwordProblem(const QString& name, const QString& password)
{
    if (password.size() < 10)
        return tr("Use at least 10 characters.");
    if (password.size() > 200)
        return tr("Use at most 200 characters.");
    if (password.compare(name, Qt::CaseInsensitive) == 0 ||
        password.contains(name, Qt::CaseInsensitive))
        return tr("The password must not contain the user name.");
    int kinds = 0;
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : password) {
        lower = lower || c.isLower();
        upper = upper || c.isUpper();
        digit = digit || c.isDigit();
        other = other || (!c.isLetterOrNumber() && !c.isSpace());
    }
    kinds = int(lower) + int(upper) + int(digit) + int(other);
    if (kinds < 2 && password.size() < 16)
        return tr("Mix letters with digits or symbols, or use a longer phrase (16 characters or "
                  "more).");
    if (password.count(password.at(0)) == password.size())
        return tr("A password of one repeated character is too easy to guess.");
    return {};
}

bool UserRepository::find(const QString& name, User* user, QString* hash, int* failed,
                          qint64* lockedUntil, StorageError* error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, name, role, COALESCE(therapist_id, 0), active, "
                             "COALESCE(password_hash, ''), failed_attempts, locked_until FROM "
                             "users WHERE name = ?"));
    q.addBindValue(name.trimmed());
    if (!m_database.exec(q, error, tr("read the users")))
        return false;
    if (!q.next())
        return false;
    user->id = q.value(0).toLongLong();
    user->name = q.value(1).toString();
    user->role = Permissions::roleFromCode(q.value(2).toString()).value_or(Role::Receptionist);
    user->therapistId = q.value(3).toLongLong();
    user->active = q.value(4).toBool();
    *hash = q.value(5).toString();
    *failed = q.value(6).toInt();
    *lockedUntil = SqlDialect::secsFrom(q.value(7));
    return true;
}

bool UserRepository::add(const QString& name, Role role, const QString& password,
                         qint64 therapistId, const QString& byUser, qint64* id, StorageError* error)
{
    return add(name, QString(), role, password, therapistId, byUser, id, error);
}

bool UserRepository::add(const QString& name, const QString& displayName, Role role,
                         const QString& password, qint64 therapistId, const QString& byUser,
                         qint64* id, StorageError* error)
{
    const QString clean = name.trimmed();
    const QString shown = displayName.simplified();
    if (shown.size() > 100) {
        *error = {StorageError::Code::Refused, tr("A display name has at most 100 characters.")};
        return false;
    }
    if (clean.isEmpty() || clean.size() > 100 || clean.contains(QLatin1Char(' '))) {
        *error = {StorageError::Code::Refused,
                  tr("A user name has 1 to 100 characters and no spaces.")};
        return false;
    }
    // A NUL or other control character from a paste would otherwise reach the database's own
    // length rule and come back in its words.
    if (FreeText::hasForbiddenCharacters(clean, FreeText::Lines::One) ||
        FreeText::hasForbiddenCharacters(shown, FreeText::Lines::One)) {
        *error = {StorageError::Code::Refused,
                  tr("The name contains invisible control characters; please retype it.")};
        return false;
    }
    const QString problem = passwordProblem(clean, password);
    if (!problem.isEmpty()) {
        *error = {StorageError::Code::Refused, problem};
        return false;
    }
    const QString hash = hashPassword(password); // slow on purpose: outside the write lock
    if (hash.isEmpty()) {
        *error = {StorageError::Code::Io, tr("The password could not be protected (out of "
                                             "memory?). Nothing was saved.")};
        return false;
    }
    WriteTransaction t(m_database);
    // The first account needs nobody signed in; every later one a manager.
    if (!t.begin(error) || !m_database.permits(Action::EditCentre, error))
        return false;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO users (name, display_name, role, password_hash, "
                             "therapist_id, created_at, password_changed_at) VALUES (?, ?, ?, ?, "
                             "?, ?, ?)"));
    const qint64 now = m_database.clock().nowSecs();
    q.addBindValue(clean);
    q.addBindValue(shown.isNull() ? QStringLiteral("") : shown);
    q.addBindValue(Permissions::roleCode(role));
    q.addBindValue(hash);
    q.addBindValue(therapistId > 0 ? QVariant(therapistId) : QVariant());
    q.addBindValue(m_database.timeValue(now));
    q.addBindValue(m_database.timeValue(now));
    // Through Database::exec, which refuses text SQLite would store altered (half an emoji).
    if (!m_database.exec(q, error, tr("add the user"))) {
        if (m_database.dialect().isUniqueViolation(q.lastError()))
            *error = {StorageError::Code::Refused,
                      tr("There is already a user called %1.").arg(clean)};
        return false;
    }
    *id = q.lastInsertId().toLongLong();
    q.finish();
    if (!wrapIfSealed(*id, role, password, error))
        return false;
    if (!AuditLog(m_database)
             .append(byUser, QStringLiteral("user.add"), 0, 0,
                     QStringLiteral("%1 as %2").arg(clean, Permissions::roleCode(role)), error))
        return false;
    return t.commit(error);
}

QList<User> UserRepository::list(StorageError* error) const
{
    QList<User> users;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, name, role, COALESCE(therapist_id, 0), active FROM users "
                             "ORDER BY active DESC, name"));
    if (!m_database.exec(q, error, tr("read the users")))
        return users;
    while (q.next()) {
        users.append({q.value(0).toLongLong(), q.value(1).toString(),
                      Permissions::roleFromCode(q.value(2).toString()).value_or(Role::Receptionist),
                      q.value(3).toLongLong(), q.value(4).toBool()});
    }
    return users;
}

QHash<qint64, QString> UserRepository::displayNames(StorageError* error) const
{
    QHash<qint64, QString> names;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, display_name FROM users WHERE display_name <> ''"));
    if (!m_database.exec(q, error, tr("read the users")))
        return names;
    while (q.next())
        names.insert(q.value(0).toLongLong(), q.value(1).toString());
    return names;
}

bool UserRepository::anyUser(StorageError* error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM users LIMIT 1"));
    return m_database.exec(q, error, tr("read the users")) && q.next();
}

bool UserRepository::signIn(const QString& name, const QString& password, User* user,
                            StorageError* error, bool openSealed)
{
    User found;
    QString hash;
    int failed = 0;
    qint64 lockedUntil = 0;
    StorageError readError;
    const bool exists = find(name, &found, &hash, &failed, &lockedUntil, &readError);
    if (readError) {
        *error = readError;
        return false;
    }
    const qint64 now = m_database.clock().nowSecs();
    if (exists && lockedUntil > now) {
        *error = {StorageError::Code::Refused,
                  tr("Too many wrong passwords for %1. Try again in %n second(s).", nullptr,
                     int(lockedUntil - now))
                      .arg(found.name)};
        return false;
    }
    // The hash is checked even for an unknown name, so timing does not tell names apart.
    const bool ok =
        passwordMatches(exists ? hash : QStringLiteral("x"), password) && exists && found.active;
    WriteTransaction t(m_database);
    if (!t.begin(error))
        return false;
    QSqlQuery q(m_database.connection());
    if (ok) {
        q.prepare(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = %1 WHERE "
                                 "id = ?")
                      .arg(m_database.dialect().time(QStringLiteral("0"))));
        q.addBindValue(found.id);
    } else if (exists) {
        const int count = failed + 1;
        // 30 s after the fifth failure, doubling each time, at most 15 minutes.
        const qint64 wait =
            count >= kFreeAttempts
                ? qMin<qint64>(15 * 60, qint64(30) << qMin(count - kFreeAttempts, 5))
                : 0;
        q.prepare(QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE "
                                 "id = ?"));
        q.addBindValue(count);
        q.addBindValue(m_database.timeValue(wait > 0 ? now + wait : 0));
        q.addBindValue(found.id);
    }
    if ((ok || exists) && !m_database.exec(q, error, tr("record the sign-in")))
        return false;
    if (!AuditLog(m_database)
             .append(exists ? found.name : name.trimmed().left(100),
                     ok ? QStringLiteral("user.signin") : QStringLiteral("user.signin_failed"), 0,
                     0, QString(), error))
        return false;
    if (!t.commit(error))
        return false;
    if (!ok) {
        *error = {StorageError::Code::Refused,
                  exists && !found.active ? tr("The account %1 is deactivated.").arg(found.name)
                                          : tr("Wrong user name or password.")};
        return false;
    }
    // The key to sealed check-ins for a reader; a sign-in without it still lets them work,
    // and reading answers then says why it cannot.
    if (openSealed && readsAnswers(found.role)) {
        SealingRepository sealing(m_database);
        QByteArray publicKey;
        StorageError keyError;
        if (sealing.publicKey(&publicKey, &keyError) && !publicKey.isEmpty()) {
            found.centreKey = sealing.unwrap(found.id, password, &keyError);
            m_database.setCentreKey(found.id, found.centreKey);
        }
    }
    *user = found;
    return true;
}

bool UserRepository::setPassword(const QString& name, const QString& password,
                                 const QString& byUser, StorageError* error)
{
    const QString problem = passwordProblem(name, password);
    if (!problem.isEmpty()) {
        *error = {StorageError::Code::Refused, problem};
        return false;
    }
    const QString hash = hashPassword(password);
    WriteTransaction t(m_database);
    if (!t.begin(error))
        return false;
    // Anyone changes their own password; only a manager resets someone else's.
    const bool own = m_database.actor() && m_database.actor()->name == name.trimmed();
    if (!own && !m_database.permits(Action::EditCentre, error))
        return false;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ?, password_changed_at = ?, "
                             "failed_attempts = 0, locked_until = %1 WHERE name = ?")
                  .arg(m_database.dialect().time(QStringLiteral("0"))));
    q.addBindValue(hash);
    q.addBindValue(m_database.nowValue());
    q.addBindValue(name.trimmed());
    if (!m_database.exec(q, error, tr("change the password")))
        return false;
    if (q.numRowsAffected() != 1) {
        *error = {StorageError::Code::NotFound, tr("There is no user called %1.").arg(name)};
        return false;
    }
    User target;
    QString oldHash;
    int failed = 0;
    qint64 lockedUntil = 0;
    if (!find(name, &target, &oldHash, &failed, &lockedUntil, error))
        return false;
    return wrapIfSealed(target.active ? target.id : 0, target.role, password, error) &&
           AuditLog(m_database)
               .append(byUser, QStringLiteral("user.password"), 0, 0, name.trimmed(), error) &&
           t.commit(error);
}

bool UserRepository::setActive(const QString& name, bool active, const QString& byUser,
                               StorageError* error, const QString& newPassword)
{
    QString hash;
    User target;
    if (active && !newPassword.isEmpty()) {
        QString oldHash;
        int failed = 0;
        qint64 lockedUntil = 0;
        StorageError findError;
        if (!find(name, &target, &oldHash, &failed, &lockedUntil, &findError)) {
            *error = findError ? findError
                               : StorageError{StorageError::Code::NotFound,
                                              tr("There is no user called %1.").arg(name)};
            return false;
        }
        if (!prepareGrant(name, target.role, newPassword, &hash, error))
            return false;
    }
    WriteTransaction t(m_database);
    if (!t.begin(error) || !m_database.permits(Action::EditCentre, error) ||
        (!active && !keepsAManager(name, error)))
        return false;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE users SET active = ? WHERE name = ?"));
    q.addBindValue(active ? 1 : 0);
    q.addBindValue(name.trimmed());
    if (!m_database.exec(q, error, tr("change the account")))
        return false;
    if (q.numRowsAffected() != 1) {
        *error = {StorageError::Code::NotFound, tr("There is no user called %1.").arg(name)};
        return false;
    }
    q.finish();
    return (hash.isEmpty() || grant(name, newPassword, hash, byUser, error)) &&
           AuditLog(m_database)
               .append(byUser,
                       active ? QStringLiteral("user.activate") : QStringLiteral("user.deactivate"),
                       0, 0, name.trimmed(), error) &&
           t.commit(error);
}

bool UserRepository::setRole(const QString& name, Role role, const QString& byUser,
                             StorageError* error, const QString& newPassword)
{
    QString hash;
    if (!newPassword.isEmpty() && !prepareGrant(name, role, newPassword, &hash, error))
        return false;
    WriteTransaction t(m_database);
    if (!t.begin(error) || !m_database.permits(Action::EditCentre, error) ||
        (role != Role::Manager && !keepsAManager(name, error)))
        return false;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE users SET role = ? WHERE name = ?"));
    q.addBindValue(Permissions::roleCode(role));
    q.addBindValue(name.trimmed());
    if (!m_database.exec(q, error, tr("change the role")))
        return false;
    if (q.numRowsAffected() != 1) {
        *error = {StorageError::Code::NotFound, tr("There is no user called %1.").arg(name)};
        return false;
    }
    q.finish();
    return (hash.isEmpty() || grant(name, newPassword, hash, byUser, error)) &&
           AuditLog(m_database)
               .append(byUser, QStringLiteral("user.role"), 0, 0,
                       QStringLiteral("%1 -> %2").arg(name.trimmed(), Permissions::roleCode(role)),
                       error) &&
           t.commit(error);
}

bool UserRepository::needsKeyGrant(const QString& name, Role role, bool* needs,
                                   StorageError* error) const
{
    *needs = false;
    if (!readsAnswers(role))
        return true;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM sealing), (SELECT count(*) FROM "
                             "sealing_wraps w JOIN users u ON u.id = w.user_id WHERE u.name = ? "
                             "AND u.active = 1)"));
    q.addBindValue(name.trimmed());
    if (!m_database.exec(q, error, tr("read the users")) || !q.next())
        return false;
    *needs = q.value(0).toInt() > 0 && q.value(1).toInt() == 0;
    return true;
}

bool UserRepository::prepareGrant(const QString& name, Role role, const QString& newPassword,
                                  QString* hash, StorageError* error) const
{
    const QString problem = passwordProblem(name, newPassword);
    if (!problem.isEmpty()) {
        *error = {StorageError::Code::Refused, problem};
        return false;
    }
    bool needs = false;
    if (!needsKeyGrant(name, role, &needs, error))
        return false;
    if (needs && !m_database.centreKey()) {
        *error = {StorageError::Code::Refused,
                  tr("Your sign-in holds no key to the sealed check-ins, so it cannot give one "
                     "to %1. Restore your access first (Settings > Privacy, the recovery key). "
                     "Nothing was changed.")
                      .arg(name.trimmed())};
        return false;
    }
    *hash = hashPassword(newPassword); // slow on purpose: outside the write lock
    if (hash->isEmpty()) {
        *error = {StorageError::Code::Io, tr("The password could not be protected (out of "
                                             "memory?). Nothing was saved.")};
        return false;
    }
    return true;
}

bool UserRepository::grant(const QString& name, const QString& newPassword, const QString& hash,
                           const QString& byUser, StorageError* error)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ?, password_changed_at = ?, "
                             "failed_attempts = 0, locked_until = %1 WHERE name = ?")
                  .arg(m_database.dialect().time(QStringLiteral("0"))));
    q.addBindValue(hash);
    q.addBindValue(m_database.nowValue());
    q.addBindValue(name.trimmed());
    if (!m_database.exec(q, error, tr("change the password")))
        return false;
    q.finish();
    User target;
    QString stored;
    int failed = 0;
    qint64 lockedUntil = 0;
    if (!find(name, &target, &stored, &failed, &lockedUntil, error))
        return false;
    return wrapIfSealed(target.active ? target.id : 0, target.role, newPassword, error) &&
           AuditLog(m_database)
               .append(byUser, QStringLiteral("user.password"), 0, 0, name.trimmed(), error);
}

bool UserRepository::wrapIfSealed(qint64 userId, Role role, const QString& password,
                                  StorageError* error)
{
    SealingRepository sealing(m_database);
    QByteArray publicKey;
    if (!sealing.publicKey(&publicKey, error))
        return false;
    if (publicKey.isEmpty() || userId <= 0)
        return true;
    // The person acting holds the key (their own, or a manager's): the account gets its own
    // wrap. Without it, an old wrap under the previous password must not stay behind.
    const std::shared_ptr<const Sealing::CentreKey> key = m_database.centreKey();
    if (!readsAnswers(role) || !key)
        return sealing.removeWrap(userId, error);
    return sealing.wrapFor(userId, password, *key, error);
}

bool UserRepository::keepsAManager(const QString& name, StorageError* error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM users WHERE name = ? AND active = 1 AND "
                             "role = 'manager'), (SELECT count(*) FROM users WHERE name <> ? AND "
                             "active = 1 AND role = 'manager')"));
    q.addBindValue(name.trimmed());
    q.addBindValue(name.trimmed());
    if (!m_database.exec(q, error, tr("read the users")) || !q.next())
        return false;
    if (q.value(0).toInt() == 1 && q.value(1).toInt() == 0) {
        *error = {StorageError::Code::Refused,
                  tr("%1 is the last active manager. Make another user a manager first, so "
                     "someone can still manage the centre and its users.")
                      .arg(name.trimmed())};
        return false;
    }
    return true;
}
