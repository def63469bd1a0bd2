#pragma once

// Helpers shared by the storage suites: raw SQLite access for making odd files, file surgery,
// the resources a booking needs, and the storage_writer helper process.

#include "TestTimes.h"
#include "storage/CatalogueImporter.h"
#include "storage/Database.h"
#include "storage/Scheduler.h"

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

// The catalogue service every booking here is for (data/catalogue/default-catalogue.json):
// 30 minutes plus 10 of cleanup, so slots an hour apart never overlap and never cross midnight.
constexpr char kServiceCode[] = "foot";
constexpr int kSessionMinutes = 30;

// What a booking points at: one client, the catalogue service, a therapist who performs it and
// a room that suits it.
struct Resources
{
    qint64 client = 0;
    qint64 service = 0;
    QString serviceCode = QString::fromLatin1(kServiceCode);
    qint64 therapist = 0;
    qint64 room = 0;
};

// Everything Scheduler::book asks of a booking: the default catalogue (imported when missing),
// a client who agreed to the consent, a therapist linked to the service and on shift all day every
// weekday, a room set up for it, and opening hours covering the whole of every weekday (0..1440,
// added once).
inline Resources addResources(Database& database)
{
    StorageError error;
    if (!CatalogueImporter::importDefault(database, &error))
        qFatal("addResources: cannot import the catalogue: %s", qPrintable(error.detail));
    QSqlQuery query(database.connection());
    Resources r;
    const auto insert = [&query](const QString& sql) {
        if (!query.exec(sql))
            qFatal("addResources: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query.lastInsertId().toLongLong();
    };
    // With consent in force, so the client can be checked in.
    const QString zero = TestTimes::sql(database, 0);
    r.client = insert(QStringLiteral("INSERT INTO clients (full_name, consent_version, consent_at, "
                                     "created_at, updated_at) VALUES ('Test Client', '2026.1', %1, "
                                     "%1, %1)")
                          .arg(zero));
    if (!query.exec(
            QStringLiteral("SELECT id FROM services WHERE code = '%1'").arg(r.serviceCode)) ||
        !query.next())
        qFatal("addResources: the catalogue has no service \"%s\"", kServiceCode);
    r.service = query.value(0).toLongLong();
    query.finish();
    r.therapist = insert(QStringLiteral("INSERT INTO therapists (display_name, created_at) "
                                        "VALUES ('Test Therapist', %1)")
                             .arg(zero));
    // A random name (rooms are unique by name), spelled the same on either engine.
    r.room = insert(QStringLiteral("INSERT INTO rooms (name, created_at) VALUES ('Room %1', %2)")
                        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'))
                        .arg(zero));
    insert(QStringLiteral("INSERT INTO therapist_services (therapist_id, service_id) "
                          "VALUES (%1, %2)")
               .arg(r.therapist)
               .arg(r.service));
    insert(QStringLiteral("INSERT INTO room_services (room_id, service_id) VALUES (%1, %2)")
               .arg(r.room)
               .arg(r.service));
    for (int weekday = 1; weekday <= 7; ++weekday) {
        insert(QStringLiteral("INSERT INTO opening_hours (weekday, opens_minute, closes_minute) "
                              "SELECT %1, 0, 1440 WHERE NOT EXISTS (SELECT 1 FROM opening_hours "
                              "WHERE weekday = %1 AND opens_minute = 0 AND closes_minute = 1440)")
                   .arg(weekday));
        insert(QStringLiteral("INSERT INTO therapist_shifts (therapist_id, weekday, start_minute, "
                              "end_minute) VALUES (%1, %2, 0, 1440)")
                   .arg(r.therapist)
                   .arg(weekday));
    }
    return r;
}

// A request for the whole booking at startsAt (UTC), for Scheduler::book.
inline BookingRequest bookingAt(const Resources& r, qint64 startsAt)
{
    BookingRequest request;
    request.clientId = r.client;
    request.serviceCode = r.serviceCode;
    request.therapistId = r.therapist;
    request.roomId = r.room;
    request.startsAt = startsAt;
    request.minutes = kSessionMinutes;
    return request;
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
                       QStringLiteral("--service"),   r.serviceCode,
                       QStringLiteral("--minutes"),   QString::number(kSessionMinutes),
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
