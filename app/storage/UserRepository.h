#pragma once

#include "core/Permissions.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <memory>

namespace Sealing {
class CentreKey;
}

class Database;

struct User
{
    qint64 id = 0;
    QString name;
    Role role = Role::Receptionist;
    qint64 therapistId = 0;
    bool active = true;

    Actor actor() const { return {id, name, role, therapistId}; }
    // A reader's key to the sealed check-ins, unwrapped at sign-in (null otherwise). Only in
    // locked memory; hand it to Database::setCentreKey on another connection.
    std::shared_ptr<const Sealing::CentreKey> centreKey = nullptr;
};

// People who sign in. Passwords are stored only as Argon2id hashes (libsodium); five failed
// attempts in a row make the next one wait, longer each time. Every sign-in, failure and
// account change leaves an audit entry.
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)

public:
    static constexpr int kFreeAttempts = 5;

    explicit UserRepository(Database& database) : m_database(database) {}

    // Empty when acceptable; otherwise what is wrong with the password, for the person typing.
    static QString passwordProblem(const QString& name, const QString& password);
    // The Argon2id hash stored for `password` (empty when it cannot be made). Slow on purpose.
    // A random salt unless one is given: a fixed salt is only for the demo's public password,
    // so that the same seed gives the same demo file byte for byte.
    static QString hashPassword(const QString& password, const QByteArray& salt = {});
    static bool passwordMatches(const QString& hash, const QString& password);

    bool add(const QString& name, Role role, const QString& password, qint64 therapistId,
             const QString& byUser, qint64* id, StorageError* error);
    // The same with a display name (e.g. "Anna Puig" for the account "anna").
    bool add(const QString& name, const QString& displayName, Role role, const QString& password,
             qint64 therapistId, const QString& byUser, qint64* id, StorageError* error);
    QList<User> list(StorageError* error) const;
    // How each account is called on screen (user id -> display name), where one was given.
    QHash<qint64, QString> displayNames(StorageError* error) const;
    bool anyUser(StorageError* error) const;
    // When the centre's check-ins are sealed and the account may read them, also unwraps the
    // centre's key (a second Argon2id) into user->centreKey and this connection, unless
    // `openSealed` is false (a command that reads no answer).
    bool signIn(const QString& name, const QString& password, User* user, StorageError* error,
                bool openSealed = true);
    bool setPassword(const QString& name, const QString& password, const QString& byUser,
                     StorageError* error);
    // Deactivating or demoting the last active manager is refused: someone must still be able
    // to manage the centre.
    //
    // A reader coming back (reactivated, or given a role that reads answers) in a sealed centre
    // needs a wrap of the centre's key, and a wrap is made from a password, as when an account
    // is added. With `newPassword` that password is set in the same transaction and the key
    // wrapped for it by the manager acting, who must hold it; without one the account signs in
    // but opens no answer until a manager sets its password.
    bool setActive(const QString& name, bool active, const QString& byUser, StorageError* error,
                   const QString& newPassword = QString());
    bool setRole(const QString& name, Role role, const QString& byUser, StorageError* error,
                 const QString& newPassword = QString());
    // Whether `name` would read answers in a sealed centre as `role` (reactivated or promoted)
    // but holds no key: then the change asks for a new password.
    bool needsKeyGrant(const QString& name, Role role, bool* needs, StorageError* error) const;

private:
    bool find(const QString& name, User* user, QString* hash, int* failed, qint64* lockedUntil,
              StorageError* error) const;
    // Inside a write transaction: when the centre is sealed, the account's wrap of the key
    // under `password` (a reader, and the person acting holds the key), or none.
    bool wrapIfSealed(qint64 userId, Role role, const QString& password, StorageError* error);
    // Before the write lock: refuses a new password that is weak, or that could not carry the
    // key (the manager acting holds none). Fills the hash to store.
    bool prepareGrant(const QString& name, Role role, const QString& newPassword, QString* hash,
                      StorageError* error) const;
    // Inside the write transaction: the new password and its wrap.
    bool grant(const QString& name, const QString& newPassword, const QString& hash,
               const QString& byUser, StorageError* error);
    // Inside a write transaction: refuses when `name` is the only active manager.
    bool keepsAManager(const QString& name, StorageError* error) const;

    Database& m_database;
};
