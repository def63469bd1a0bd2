#pragma once

// Helpers shared by the storage suites: raw SQLite access for making odd files, file surgery,
// the resources a booking needs, and the storage_writer helper process.

#include "storage/BookingRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>

#include <spdlog/spdlog.h>

namespace StorageTest {

// The library logs every opened database at info level; keep the test output readable.
inline void quietLogs()
{
    spdlog::set_level(spdlog::level::warn);
}

inline QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// Names in a folder, sorted, hidden files included: to prove nothing was left behind.
inline QStringList listing(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

inline QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, '\0');
    for (char& byte : bytes)
        byte = static_cast<char>(random.bounded(256));
    return bytes;
}

inline int pageSizeOf(const QByteArray& sqliteFile)
{
    const int size =
        (static_cast<uchar>(sqliteFile.at(16)) << 8) | static_cast<uchar>(sqliteFile.at(17));
    return size == 1 ? 65536 : size;
}

// Runs statements on a file through a plain QSQLITE connection, outside Database.
inline bool rawExec(const QString& path, const QStringList& statements, QString* failure = nullptr)
{
    static int counter = 0;
    const QString name = QStringLiteral("storage-test-raw-%1").arg(++counter);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        if (!ok && failure)
            *failure = db.lastError().text();
        QSqlQuery query(db);
        for (const QString& statement : statements) {
            if (!ok)
                break;
            ok = query.exec(statement);
            if (!ok && failure)
                *failure = statement + QStringLiteral(": ") + query.lastError().text();
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// One value from a query on an open Database (empty QVariant when it fails).
inline QVariant scalar(const Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    if (query.exec(sql) && query.next())
        return query.value(0);
    return {};
}

// What a booking points at: one client, service, therapist and room.
struct Resources
{
    qint64 client = 0;
    qint64 service = 0;
    qint64 therapist = 0;
    qint64 room = 0;
};

inline Resources addResources(Database& database)
{
    QSqlQuery query(database.connection());
    Resources r;
    const auto insert = [&query](const QString& sql) {
        if (!query.exec(sql))
            qFatal("addResources: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query.lastInsertId().toLongLong();
    };
    r.client = insert(QStringLiteral("INSERT INTO clients (full_name, created_at, updated_at) "
                                     "VALUES ('Test Client', 0, 0)"));
    r.service = insert(QStringLiteral("INSERT INTO services (code, created_at) "
                                      "VALUES ('test-service-' || hex(randomblob(4)), 0)"));
    r.therapist = insert(QStringLiteral("INSERT INTO therapists (display_name, created_at) "
                                        "VALUES ('Test Therapist', 0)"));
    r.room = insert(QStringLiteral("INSERT INTO rooms (name, created_at) "
                                   "VALUES ('Room ' || hex(randomblob(4)), 0)"));
    return r;
}

inline NewBooking bookingAt(const Resources& r, qint64 startsAt)
{
    NewBooking booking;
    booking.clientId = r.client;
    booking.serviceId = r.service;
    booking.therapistId = r.therapist;
    booking.roomId = r.room;
    booking.startsAt = startsAt;
    booking.minutes = 50;
    booking.cleanupMinutes = 10;
    return booking;
}

// 2026-12-01 08:00 UTC: the first slot the writers are given; one slot is an hour.
constexpr qint64 kBaseSlot = 1796112000;
constexpr qint64 kSlotSecs = 3600;

inline QString writerProgram()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/storage_writer");
}

// Arguments for storage_writer: book `count` slots starting at slot `first`.
inline QStringList writerArguments(const QString& database, const Resources& r, qint64 first,
                                   qint64 count, const QStringList& extra = {})
{
    return QStringList{QStringLiteral("--database"),  database,
                       QStringLiteral("--client"),    QString::number(r.client),
                       QStringLiteral("--service"),   QString::number(r.service),
                       QStringLiteral("--therapist"), QString::number(r.therapist),
                       QStringLiteral("--room"),      QString::number(r.room),
                       QStringLiteral("--base"),      QString::number(kBaseSlot),
                       QStringLiteral("--step"),      QString::number(kSlotSecs),
                       QStringLiteral("--first"),     QString::number(first),
                       QStringLiteral("--count"),     QString::number(count)} +
           extra;
}

// What the writer printed on stdout: committed booking ids (one per line), "refused <slot>
// <message>" lines, and "ready". An unfinished last line (the writer died mid-write) is ignored.
struct WriterOutput
{
    QList<qint64> ids;
    QList<qint64> refusedSlots;
    QStringList refusals; // the message of each refusal
    QStringList other;
};

inline WriterOutput parseWriterOutput(const QByteArray& stdoutBytes)
{
    WriterOutput out;
    QList<QByteArray> lines = stdoutBytes.split('\n');
    lines.removeLast(); // after the last '\n': empty, or a line the writer never finished
    for (const QByteArray& line : lines) {
        bool ok = false;
        const qint64 id = line.toLongLong(&ok);
        if (ok) {
            out.ids << id;
        } else if (line.startsWith("refused ")) {
            const QString rest = QString::fromUtf8(line.mid(8));
            out.refusedSlots << rest.section(QLatin1Char(' '), 0, 0).toLongLong();
            out.refusals << rest.section(QLatin1Char(' '), 1);
        } else if (line != "ready") {
            out.other << QString::fromUtf8(line);
        }
    }
    return out;
}

} // namespace StorageTest
