#pragma once

#include <QString>
#include <QTemporaryDir>
#include <memory>

// A throwaway PostgreSQL 15 cluster for the suites that run on the server backend: initdb in a
// temporary folder (through runuser -u postgres when the tests run as root), a unix socket in that
// folder, no TCP, fsync off. Started once per test process on first use and removed when the
// process ends; a watchdog removes it too if the process dies without cleaning up. A cluster that
// cannot start is a failure (qFatal), never a skip.
class PgTestServer
{
public:
    static PgTestServer& instance();
    ~PgTestServer();
    PgTestServer(const PgTestServer&) = delete;
    PgTestServer& operator=(const PgTestServer&) = delete;

    // A new, empty database on the cluster; returns its postgresql:// URI.
    QString createDatabase();
    // Runs one statement as the cluster's superuser through psql; false (and `output`) on failure.
    bool psql(const QString& database, const QString& sql, QString* output = nullptr) const;

    // Makes `role` (a new login role) sign in with `password` over the socket, as a desk does;
    // every other role keeps the suite's trust. Takes effect once the server reread its rules.
    bool addPasswordRole(const QString& role, const QString& password);
    // The server killed as a crash would kill it (pg_ctl stop -m immediate: no checkpoint, every
    // backend gone at once), and started again, which replays its WAL. The cluster runs with
    // fsync off: this loses what a killed server loses, not what a power cut would. A database
    // whose commits must survive needs synchronous_commit on (ALTER DATABASE ... SET).
    bool stopImmediately(QString* output = nullptr);
    bool startAgain(QString* output = nullptr) const;

    QString socketDir() const { return m_dir.path(); }
    QString user() const { return m_user; }

    // MASSAGE_DESK_TEST_BACKEND=postgresql selects the server for TestDatabase.
    static bool selected();

private:
    PgTestServer();
    void start();
    void stop();

    void prepareNext();
    bool pgCtl(const QStringList& arguments, QString* output) const;
    QString serverOptions() const;

    QTemporaryDir m_dir;
    // CREATE DATABASE takes most of a second: the next one is made while a test runs.
    std::unique_ptr<class QProcess> m_next;
    QString m_nextName;
    QString m_bin;
    QString m_user;
    bool m_running = false;
    int m_databases = 0;
};
