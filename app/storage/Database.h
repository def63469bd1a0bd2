#pragma once

#include "core/Permissions.h"
#include "storage/SqlDialect.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <functional>
#include <memory>
#include <optional>

class Clock;
class DatabaseLock;
class QSqlQuery;
namespace Sealing {
class CentreKey;
class Sealer;
} // namespace Sealing

// One open Massage Desk database: checks the file before touching it, applies migrations,
// and sets the pragmas every connection needs. SQL lives behind this and the repositories.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr qint32 kApplicationId = 0x4D534B44; // "MSKD"

    enum class Mode
    {
        OpenExisting,
        CreateIfMissing
    };

    struct Options
    {
        QString path;
        Mode mode = Mode::CreateIfMissing;
        bool exclusiveGui = false; // take the one-GUI-per-file lock
        int busyTimeoutMs = 30000;
        // A server's password typed at the desk: kept out of `path`, so no URI that is shown,
        // remembered or logged can carry it.
        QString password;
    };

    static std::unique_ptr<Database> open(const Options& options, const Clock& clock,
                                          StorageError* error);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    // The file path, or for a server the postgresql:// URI without its password.
    const QString& path() const { return m_path; }
    // What the status bar names: the file, or user@host:port/db for a server.
    QString displayName() const;
    const SqlDialect& dialect() const { return *m_dialect; }
    bool isServer() const { return m_dialect->isServer(); }
    const Clock& clock() const { return m_clock; }
    // What to bind for a time in seconds, and for now (SqlDialect::timeValue).
    QVariant timeValue(qint64 secs) const { return m_dialect->timeValue(secs); }
    QVariant nowValue() const;
    int schemaVersion() const;
    QString sqliteVersion() const;
    bool createdNow() const { return m_createdNow; }

    // Runs a prepared statement; on failure fills `error` with a message for a person.
    bool exec(QSqlQuery& query, StorageError* error, const QString& what) const;
    StorageError errorFrom(const QSqlQuery& query, const QString& what) const;
    // After a failed exec of `query`: logs it (an expected race quietly) and fills `error`.
    bool failed(const QSqlQuery& query, const QString& what, StorageError* error) const;

    // The person signed in on this connection (GUI after sign-in, CLI after --user). Once the
    // centre has users, storage operations refuse to run without one whose role allows them.
    // Another person (or nobody) signed in: the previous person's centre key is let go.
    void setActor(const std::optional<Actor>& actor);
    const std::optional<Actor>& actor() const { return m_actor; }
    // Empty when nobody is signed in (a centre that has no users yet).
    QString actorName() const { return m_actor ? m_actor->name : QString(); }
    // True when the signed-in person may do `action`; otherwise fills `error` with why not.
    // Without a signed-in person it is allowed only while the centre has no users at all.
    bool permits(Action action, StorageError* error) const;
    // The same for an action on one booking: a therapist acts only on their own sessions
    // (DESIGN 2.5 "own sessions"); other roles as permits(). A missing booking passes here,
    // so the caller reports it in its own words.
    bool permitsOnSession(Action action, qint64 bookingId, StorageError* error) const;

    // Server only (nothing to do on a file). ConnectionWatch marks the connection lost when
    // the server went away; until it is back every statement is refused at once with
    // connectionLostError(), so nothing waits on a dead socket and nothing is half-done.
    void setConnectionLost(bool lost);
    bool connectionLost() const { return m_connectionLost; }
    // Statements refused since the connection was lost (what closing now would not save).
    int refusedWhileLost() const { return m_refusedWhileLost; }
    StorageError connectionLostError() const;
    // Closes and opens the same connection again (same name, address, password) and sets the
    // session up as at first; false with why (in a person's words) when the server says no.
    bool reconnect(StorageError* error);
    // Whether the server would take this connection again, asked on a connection of its own
    // (a copy of this one's address and password), so it may run on a worker thread while a
    // slow network keeps it waiting; nothing on failure is left open. Empty when it would.
    static StorageError probeServer(const QString& connectionName, const QString& shownName);
    QString connectionName() const { return m_connectionName; }
    // Called when a statement failed because the connection went away (ConnectionWatch).
    void setConnectionLostListener(std::function<void()> listener)
    {
        m_lostListener = std::move(listener);
    }
    // The centre's secret key unwrapped at `userId`'s sign-in (sealing, DESIGN 6): kept only
    // while that person is the actor, dropped (and wiped) on sign-out, lock and exit.
    void setCentreKey(qint64 userId, std::shared_ptr<const Sealing::CentreKey> key);
    std::shared_ptr<const Sealing::CentreKey> centreKey() const;
    // Seals new values to `publicKey`: one ephemeral key per connection and public key.
    Sealing::Sealer& sealer(const QByteArray& publicKey) const;

    // Server only: the name under which this connection keeps `sql` prepared (Statement's kept
    // plans), empty when it is not kept yet. keepStatement names it (after its PREPARE ran);
    // forgetKeptStatements drops them all when the server has lost one (DISCARD, DEALLOCATE:
    // then it has lost the others too). Reconnecting forgets them all as well.
    QString keptStatement(const QString& sql) const { return m_kept.value(sql); }
    QString nameForKept();
    void keepStatement(const QString& sql, const QString& name) { m_kept.insert(sql, name); }
    void forgetKeptStatements() { m_kept.clear(); }
    qsizetype keptStatements() const { return m_kept.size(); }

    // Reads the header facts of any SQLite file without changing it.
    struct Identity
    {
        qint32 applicationId = 0;
        int userVersion = 0;
        int schemaObjects = 0;
    };
    static bool readIdentity(const QString& path, Identity* identity, StorageError* error);

private:
    Database(QString path, QString connectionName, const Clock& clock,
             const SqlDialect& dialect = SqlDialect::sqlite());
    // Database::open for a postgresql:// URI (DatabaseServer.cpp).
    static std::unique_ptr<Database> openServer(const Options& options, const Clock& clock,
                                                StorageError* error);
    StorageError serverErrorFrom(const QSqlError& sqlError, const QString& what) const;
    bool prepareServerSession(StorageError* error);

    QString m_path;
    QString m_connectionName;
    const Clock& m_clock;
    const SqlDialect* m_dialect;
    std::unique_ptr<DatabaseLock> m_lock;
    bool m_createdNow = false;
    std::optional<Actor> m_actor;
    QString m_displayName;
    int m_busyTimeoutMs = 30000;
    bool m_connectionLost = false;
    mutable int m_refusedWhileLost = 0;
    std::function<void()> m_lostListener;
    std::shared_ptr<const Sealing::CentreKey> m_centreKey;
    qint64 m_keyUser = 0;
    mutable std::unique_ptr<Sealing::Sealer> m_sealer;
    QHash<QString, QString> m_kept;
    int m_keptCount = 0;
};
