#pragma once

#include "DemoFixture.h"

// The booking suites' helpers (tst_cli_bookings.cpp, tst_cli_times.cpp): the small demo centre
// with its therapists and rooms by name, an anchor booking, and a refusal that changes nothing.

#include "TestCli.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

namespace bookingcli {

using Ids = QHash<QString, qint64>;

// "@Name" stands for the id of that therapist or room once `ids` are known.
inline QStringList resolved(QStringList words, const Ids& ids)
{
    for (QString& word : words) {
        if (!ids.isEmpty() && word.startsWith(QLatin1Char('@')))
            word = QString::number(ids.value(word.mid(1), 424242));
    }
    return words;
}

// Arguments written as a shell line: words split at spaces, 'quoted words' kept whole.
inline QStringList sh(const char* line, const Ids& ids = {})
{
    static const QRegularExpression word(QStringLiteral("'([^']*)'|(\\S+)"));
    QStringList words;
    for (auto it = word.globalMatch(QString::fromUtf8(line)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        words << m.captured(m.lastCapturedIndex());
    }
    return resolved(words, ids);
}

inline QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

inline qint64 number(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toInteger();
}

inline QJsonArray array(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toArray();
}

// One value of a read-only query on a database the program has closed.
inline QVariant selectValue(const QString& path, const QString& sql)
{
    const QString name = QStringLiteral("tst_cli_bookings_sql");
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery query(db);
        if (!db.open() || !query.exec(sql))
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        if (query.next())
            value = query.value(0);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// The ids of a `therapists list` or `rooms list` by name, and those that offer a service.
inline Ids idsByName(const QJsonArray& list)
{
    Ids ids;
    for (const QJsonValue& value : list)
        ids.insert(text(value.toObject(), "name"), number(value.toObject(), "id"));
    return ids;
}

inline QList<qint64> offering(const QJsonArray& list, const QString& service)
{
    QList<qint64> ids;
    for (const QJsonValue& value : list) {
        if (array(value.toObject(), "services").contains(service))
            ids << number(value.toObject(), "id");
    }
    return ids;
}

// The booking `id` of a `bookings list` (empty when it is not there).
inline QJsonObject entry(const QJsonObject& list, qint64 id)
{
    for (const QJsonValue& value : array(list, "bookings")) {
        if (number(value.toObject(), "id") == id)
            return value.toObject();
    }
    return {};
}

// When a booking or slot frees its therapist and room: start + minutes + cleanup (local time,
// on a day without a clock change).
inline QString freeAt(const QJsonObject& booking)
{
    const QString start = text(booking, "start");
    const QDateTime t(QDate::fromString(start.left(10), Qt::ISODate),
                      QTime::fromString(start.mid(11), QStringLiteral("HH:mm")), QTimeZone::utc());
    return t.addSecs(60 * (number(booking, "minutes") + number(booking, "cleanup_minutes")))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// One field of every slot of a `slots find`.
inline QStringList ofSlots(const QJsonObject& found, const char* key = "start")
{
    QStringList list;
    for (const QJsonValue& value : array(found, "slots"))
        list << text(value.toObject(), key);
    return list;
}

inline const QStringList kSlotKeys =
    sh("cleanup_minutes minutes room room_name start therapist therapist_name");
inline const QStringList kBookedKeys = sorted(kSlotKeys + sh("client id service status"));

} // namespace bookingcli

using namespace bookingcli;

// The small demo centre, made at 08:00 local on Wednesday 2026-11-25; the tests book on Wednesday
// 2026-12-16, after its fortnight of bookings. `ids` holds its therapists and rooms by name; the
// opening hours and shifts that day are checked first.
#define CLI_BOOKING_DEMO()                                                                         \
    m_cli->setNow(QStringLiteral("2026-11-25T07:00:00Z"));                                         \
    CLI_EXPECT_EXIT(m_cli->run(sh("demo --seed 5 --unsealed")), 0);                                \
    QVERIFY(withoutDemoAccounts(m_cli->database()));                                               \
    CLI_JSON(therapistList, 0, sh("therapists list"));                                             \
    CLI_JSON(roomList, 0, sh("rooms list"));                                                       \
    const QJsonArray therapists = array(therapistList, "therapists");                              \
    const QJsonArray rooms = array(roomList, "rooms");                                             \
    Ids ids = idsByName(therapists);                                                               \
    ids.insert(idsByName(rooms));                                                                  \
    QCOMPARE(selectValue(m_cli->database(),                                                        \
                         QStringLiteral(                                                           \
                             "SELECT (SELECT opens_minute || '-' || closes_minute FROM "           \
                             "opening_hours WHERE weekday = 3) || ', ' || group_concat(x, ', ') "  \
                             "FROM (SELECT t.display_name || ' ' || s.start_minute || '-' || "     \
                             "s.end_minute AS x FROM therapist_shifts s JOIN therapists t ON "     \
                             "t.id = s.therapist_id WHERE s.weekday = 3 ORDER BY 1)"))             \
                 .toString(),                                                                      \
             QStringLiteral("540-1200, Jordi Serra 540-1020, Laia Font 720-1200, Marta Vidal "     \
                            "540-1020, Pau Roca 720-1200"));                                       \
    do {                                                                                           \
        CLI_JSON(dayList_, 0, sh("bookings list --from 2026-12-16"));                              \
        QCOMPARE(array(dayList_, "bookings").size(), 0);                                           \
    } while (false)

// Marta Vidal's 45-minute sports massage at 10:00 in Sala Bosc: both busy until 10:55.
#define CLI_ANCHOR(object)                                                                         \
    CLI_JSON(object, 0,                                                                            \
             sh("book --client 11 --service sports --therapist '@Marta Vidal' --room "             \
                "'@Sala Bosc' --start '2026-12-16 10:00'",                                         \
                ids));                                                                             \
    QCOMPARE(freeAt(object), QStringLiteral("2026-12-16 10:55"))

// Runs a command that must be refused: exit 1, {"error"} containing each of `words`, the same
// message on stderr without --json, and the database and its write-ahead log (if any: a
// read-only look leaves an empty one) byte-identical afterwards.
#define CLI_REFUSED(arguments, words)                                                              \
    do {                                                                                           \
        const QByteArray before_ = CliRunner::readAll(m_cli->database());                          \
        const QByteArray wal_ = CliRunner::readAll(m_cli->database() + QStringLiteral("-wal"));    \
        CLI_JSON(error_, 1, arguments);                                                            \
        QCOMPARE(error_.keys(), QStringList{QStringLiteral("error")});                             \
        const QString message_ = text(error_, "error");                                            \
        QVERIFY(!message_.isEmpty());                                                              \
        for (const QString& word_ : words)                                                         \
            QVERIFY2(message_.contains(word_),                                                     \
                     qPrintable(word_ + QStringLiteral(": ") + message_));                         \
        const CliResult human_ = m_cli->run(arguments);                                            \
        CLI_EXPECT_EXIT(human_, 1);                                                                \
        QVERIFY2(human_.out.isEmpty() && human_.errText().contains(message_),                      \
                 qPrintable(human_.describe()));                                                   \
        QVERIFY2(CliRunner::readAll(m_cli->database()) == before_,                                 \
                 qPrintable(QStringLiteral("a refusal changed the database: ") + message_));       \
        QVERIFY(CliRunner::readAll(m_cli->database() + QStringLiteral("-wal")) == wal_);           \
    } while (false)
