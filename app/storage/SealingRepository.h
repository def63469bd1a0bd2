#pragma once

#include "storage/Sealing.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <functional>
#include <memory>

class Database;

// The centre's sealing (DESIGN 6): whether it is on, its public key, the wraps of its secret
// key, and the sealed columns of check-ins. Opening needs the key of the person signed in
// (Database::centreKey), unwrapped at sign-in from their password.
class SealingRepository
{
    Q_DECLARE_TR_FUNCTIONS(SealingRepository)

public:
    // The sealed columns of checkins, in the order sealExisting reads them.
    static const QStringList& checkinFields();

    struct State
    {
        bool enabled = false;
        qint64 enabledAt = 0;
        int readerWraps = 0; // accounts that can open sealed values
        bool recovery = false;
        qint64 plainRows = 0; // check-ins with a value still plain
    };
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit SealingRepository(Database& database) : m_database(database) {}

    bool state(State* state, StorageError* error) const;
    // The centre's public key; empty when sealing is off.
    bool publicKey(QByteArray* key, StorageError* error) const;

    // Turns sealing on for the signed-in manager (checked against their password): a new key
    // pair, wrapped for them and by a new recovery key returned in `recoveryKey` (shown once),
    // then every existing check-in sealed in batches. Refused without any account. When it is
    // already on, seals what is still plain. Compact afterwards (compact()).
    bool enable(const QString& password, QString* recoveryKey, const Progress& progress,
                StorageError* error, const QByteArray& demoSeed = {});
    // Inside the demo's write transaction: sealing on with `key`, wrapped for every active
    // reader under the demo's public password and by a recovery key, all drawn from `seed`
    // so one seed still gives one file byte for byte.
    bool storeDemoKey(const Sealing::CentreKey& key, const QString& password,
                      const QByteArray& seed, StorageError* error);
    // Seals every value still plain, `batch` rows per transaction.
    bool sealExisting(const Progress& progress, StorageError* error, int batch = 2000,
                      const QByteArray& demoSeed = {});
    // Rewrites the file so no freed page or WAL frame keeps a plain value (SQLite: VACUUM and
    // a truncating checkpoint; PostgreSQL: VACUUM FULL of checkins). False with a reason when
    // another program holds the WAL open.
    bool compact(StorageError* error);

    // Inside the caller's write transaction: the wrap of `key` for user `userId` under
    // `password` replaces theirs. Argon2id: slow on purpose.
    bool wrapFor(qint64 userId, const QString& password, const Sealing::CentreKey& key,
                 StorageError* error);
    bool removeWrap(qint64 userId, StorageError* error);
    // The key wrapped for `userId`, or null: `error` says whether there is no wrap (Code::NotFound)
    // or the password does not open it.
    std::shared_ptr<Sealing::CentreKey> unwrap(qint64 userId, const QString& password,
                                               StorageError* error) const;
    // When every password is lost: opens the key with the recovery key, sets `managerName`'s
    // new password and wraps the key for them. Needs nobody signed in (the CLI), or that
    // manager signed in without the key (Settings › Privacy), who then holds it again.
    bool recover(const QString& recoveryKey, const QString& managerName, const QString& newPassword,
                 StorageError* error);

    // A value for a sealed column: sealed to `publicKey` (empty: sealing off, stored plain) and
    // bound to the row and field. Empty values stay empty.
    QString sealValue(const QByteArray& publicKey, const QString& table, qint64 row,
                      const QString& field, const QString& plain) const;
    // The plain value of a stored one: itself when plain, opened with the signed-in person's key
    // when sealed. False with a message when there is no key or it does not open (moved from
    // another row, damaged).
    bool openValue(const QString& table, qint64 row, const QString& field, const QString& stored,
                   QString* plain, StorageError* error) const;

private:
    Database& m_database;
};
