#pragma once

#include "TestTimes.h"
#include "core/Clock.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <memory>

// A fresh database file in its own temporary folder, opened at a fixed "now"
// (Wednesday 2026-11-25 09:00 UTC unless told otherwise). With MASSAGE_DESK_TEST_BACKEND=
// postgresql it is a fresh database on the process's throwaway server instead (PgTestServer),
// and path() is its postgresql:// URI.
class TestDatabase
{
public:
    explicit TestDatabase(bool withCatalogue = true,
                          const QDateTime& now = QDateTime(QDate(2026, 11, 25), QTime(9, 0),
                                                           QTimeZone::utc()));
    Database& db() { return *m_database; }
    FixedClock& clock() { return m_clock; }
    QString path() const
    {
        return m_uri.isEmpty() ? m_dir.filePath(QStringLiteral("centre.sqlite")) : m_uri;
    }
    bool isServer() const { return !m_uri.isEmpty(); }
    // A time in this engine's raw SQL (TestTimes::sql).
    QString time(qint64 secs) const { return TestTimes::sql(*m_database, secs); }
    QString folder() const { return m_dir.path(); }
    void close() { m_database.reset(); }
    bool reopen(StorageError* error = nullptr);

    static QByteArray readAll(const QString& path);
    // Options that open the same centre again, as a second desk or program would.
    static Database::Options optionsFor(const QString& path)
    {
        Database::Options options;
        options.path = path;
        return options;
    }

private:
    QTemporaryDir m_dir;
    QString m_uri;
    FixedClock m_clock;
    std::unique_ptr<Database> m_database;
};
