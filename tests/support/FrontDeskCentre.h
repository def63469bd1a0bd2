#pragma once

#include "TestDatabase.h"
#include "TestTimes.h"
#include "core/LocalTime.h"
#include "storage/Scheduler.h"

#include <QSqlError>
#include <QSqlQuery>

// A small centre for the front desk's suites (waitlist, calls): open 09:00-20:00 every day, two
// therapists on shift 09:00-19:00 who do legs, feet and sports, two rooms that suit everything,
// and helpers that read and write it the way the tests talk: local times in Europe/Madrid.
class FrontDeskCentre
{
public:
    explicit FrontDeskCentre(TestDatabase& db) : m_db(db)
    {
        for (int weekday = 1; weekday <= 7; ++weekday)
            insert(QStringLiteral("INSERT INTO opening_hours (weekday, opens_minute, "
                                  "closes_minute) VALUES (%1, 540, 1200)")
                       .arg(weekday));
        const QString zero = TestTimes::sql(m_db.db(), 0);
        marta = insert(
            QStringLiteral(
                "INSERT INTO therapists (display_name, created_at) VALUES ('Marta Vidal', %1)")
                .arg(zero));
        jordi = insert(
            QStringLiteral(
                "INSERT INTO therapists (display_name, created_at) VALUES ('Jordi Serra', %1)")
                .arg(zero));
        insert(QStringLiteral("INSERT INTO rooms (name, created_at) VALUES ('Sala Mar', %1)")
                   .arg(zero));
        insert(QStringLiteral("INSERT INTO rooms (name, created_at) VALUES ('Sala Bosc', %1)")
                   .arg(zero));
        insert(QStringLiteral("INSERT INTO therapist_services SELECT t.id, s.id FROM therapists "
                              "t, services s WHERE s.code IN ('leg', 'sports', 'foot')"));
        insert(QStringLiteral("INSERT INTO room_services SELECT r.id, s.id FROM rooms r, "
                              "services s"));
        for (qint64 t : {marta, jordi})
            for (int weekday = 1; weekday <= 7; ++weekday)
                insert(QStringLiteral("INSERT INTO therapist_shifts (therapist_id, weekday, "
                                      "start_minute, end_minute) VALUES (%1, %2, 540, 1140)")
                           .arg(t)
                           .arg(weekday));
    }

    const QTimeZone zone{"Europe/Madrid"};

    // A time in this engine's raw SQL.
    QString time(qint64 secs) const { return m_db.time(secs); }
    qint64 marta = 0;
    qint64 jordi = 0;

    qint64 insert(const QString& sql)
    {
        QSqlQuery query(m_db.db().connection());
        if (!query.exec(sql))
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query.lastInsertId().toLongLong();
    }

    qint64 scalar(const QString& sql)
    {
        QSqlQuery query(m_db.db().connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

    qint64 client(const QString& name, const QString& phone = QString())
    {
        QString quoted = name;
        quoted.replace(QLatin1Char('\''), QLatin1String("''"));
        const QString zero = TestTimes::sql(m_db.db(), 0);
        return insert(QStringLiteral("INSERT INTO clients (full_name, phone, created_at, "
                                     "updated_at) VALUES ('%1', '%2', %3, %3)")
                          .arg(quoted, phone, zero));
    }

    // "2026-11-05 10:00" in the centre's zone, as UTC seconds.
    qint64 at(const QString& local) const
    {
        qint64 utc = 0;
        QString error;
        if (!LocalTime::parse(local, zone, &utc, &error))
            qWarning("%s", qPrintable(error));
        return utc;
    }

    void setNow(const QString& local)
    {
        m_db.clock().set(QDateTime::fromSecsSinceEpoch(at(local), QTimeZone::utc()));
    }

    // Books through the scheduler, as the desk does; 0 (with a warning) when refused.
    qint64 book(qint64 client, const QString& local, qint64 therapist = 0,
                const QString& code = QStringLiteral("leg"), int minutes = 60)
    {
        BookingRequest r;
        r.clientId = client;
        r.serviceCode = code;
        r.startsAt = at(local);
        r.minutes = minutes;
        r.therapistId = therapist;
        qint64 id = 0;
        StorageError error;
        if (!Scheduler(m_db.db(), zone).book(r, QString(), &id, nullptr, &error))
            qWarning("book refused: %s", qPrintable(error.message));
        return id;
    }

private:
    TestDatabase& m_db;
};
