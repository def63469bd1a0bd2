#include "TestDatabase.h"
#include "core/LocalTime.h"
#include "storage/Scheduler.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// The scheduling rules of DESIGN 2.4 through the storage API: overlap edges for therapist, room
// and cleanup (touching is allowed, one minute of overlap is not), opening hours and shifts,
// who performs a service and which room suits it, and the daylight-saving days of Europe/Madrid.
class TestScheduler : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QTimeZone m_zone{"Europe/Madrid"};
    qint64 m_client = 0, m_other = 0, m_third = 0;
    qint64 m_marta = 0, m_jordi = 0, m_salaMar = 0, m_salaBosc = 0;

    qint64 insert(const QString& sql)
    {
        QSqlQuery query(m_db->db().connection());
        if (!query.exec(sql))
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query.lastInsertId().toLongLong();
    }

    qint64 at(const QString& local)
    {
        qint64 utc = 0;
        QString error;
        if (!LocalTime::parse(local, m_zone, &utc, &error))
            qWarning("%s", qPrintable(error));
        return utc;
    }

    BookingRequest request(const QString& local, const QString& code = QStringLiteral("leg"),
                           int minutes = 60, qint64 therapist = 0, qint64 room = 0)
    {
        BookingRequest r;
        r.clientId = m_client;
        r.serviceCode = code;
        r.startsAt = at(local);
        r.minutes = minutes;
        r.therapistId = therapist;
        r.roomId = room;
        return r;
    }

    static BookingRequest forClient(BookingRequest r, qint64 client)
    {
        r.clientId = client;
        return r;
    }

    // Open on Sundays until midnight, Marta on shift all day: the night of a clock change.
    void openAllSunday()
    {
        insert(QStringLiteral("UPDATE opening_hours SET opens_minute = 0, closes_minute = 1440 "
                              "WHERE weekday = 7"));
        insert(QStringLiteral("UPDATE therapist_shifts SET start_minute = 0, end_minute = 1440 "
                              "WHERE weekday = 7 AND therapist_id = %1")
                   .arg(m_marta));
    }

    bool book(const BookingRequest& r, StorageError* error = nullptr, qint64* id = nullptr)
    {
        StorageError ignored;
        qint64 ignoredId = 0;
        return Scheduler(m_db->db(), m_zone)
            .book(r, QString(), id ? id : &ignoredId, nullptr, error ? error : &ignored);
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>(
            true, QDateTime(QDate(2026, 11, 2), QTime(7, 0), QTimeZone::utc()));
        for (int weekday = 1; weekday <= 7; ++weekday)
            insert(QStringLiteral("INSERT INTO opening_hours (weekday, opens_minute, "
                                  "closes_minute) VALUES (%1, 540, 1200)")
                       .arg(weekday)); // 09:00-20:00 every day
        m_marta = insert(
            QStringLiteral(
                "INSERT INTO therapists (display_name, created_at) VALUES ('Marta Vidal', %1)")
                .arg(m_db->time(0)));
        m_jordi = insert(
            QStringLiteral(
                "INSERT INTO therapists (display_name, created_at) VALUES ('Jordi Serra', %1)")
                .arg(m_db->time(0)));
        m_salaMar =
            insert(QStringLiteral("INSERT INTO rooms (name, created_at) VALUES ('Sala Mar', %1)")
                       .arg(m_db->time(0)));
        m_salaBosc =
            insert(QStringLiteral("INSERT INTO rooms (name, created_at) VALUES ('Sala Bosc', %1)")
                       .arg(m_db->time(0)));
        // Marta does legs and sports; Jordi legs only. Sala Mar suits everything; Bosc legs only.
        insert(
            QStringLiteral("INSERT INTO therapist_services SELECT %1, id FROM services WHERE code "
                           "IN ('leg', 'sports')")
                .arg(m_marta));
        insert(
            QStringLiteral("INSERT INTO therapist_services SELECT %1, id FROM services WHERE code "
                           "= 'leg'")
                .arg(m_jordi));
        insert(
            QStringLiteral("INSERT INTO room_services SELECT %1, id FROM services").arg(m_salaMar));
        insert(QStringLiteral("INSERT INTO room_services SELECT %1, id FROM services WHERE code = "
                              "'leg'")
                   .arg(m_salaBosc));
        for (qint64 t : {m_marta, m_jordi})
            for (int weekday = 1; weekday <= 7; ++weekday)
                insert(QStringLiteral("INSERT INTO therapist_shifts (therapist_id, weekday, "
                                      "start_minute, end_minute) VALUES (%1, %2, 540, 1140)")
                           .arg(t)
                           .arg(weekday)); // 09:00-19:00
        m_client = insert(QStringLiteral("INSERT INTO clients (full_name, created_at, updated_at) "
                                         "VALUES ('Núria Puig', %1, %1)")
                              .arg(m_db->time(0)));
        m_other = insert(QStringLiteral("INSERT INTO clients (full_name, created_at, updated_at) "
                                        "VALUES ('Pau Soler', %1, %1)")
                             .arg(m_db->time(0)));
        m_third = insert(QStringLiteral("INSERT INTO clients (full_name, created_at, updated_at) "
                                        "VALUES ('Anna Roca', %1, %1)")
                             .arg(m_db->time(0)));
    }

    void touchingIsAllowedOverlapIsNot()
    {
        // 10:00 leg 60 min + 10 cleanup occupies Marta and Sala Mar until 11:10.
        QVERIFY(book(request(QStringLiteral("2026-11-02 10:00"), QStringLiteral("leg"), 60, m_marta,
                             m_salaMar)));
        StorageError error;
        QVERIFY(!book(request(QStringLiteral("2026-11-02 11:09"), QStringLiteral("leg"), 30,
                              m_marta, m_salaBosc),
                      &error));
        // The clash names the session in the way, its service included.
        QVERIFY2(error.message.contains(
                     QStringLiteral("Marta Vidal is busy 10:00\u201311:10 with leg massage")),
                 qPrintable(error.message));
        QVERIFY(!book(request(QStringLiteral("2026-11-02 11:09"), QStringLiteral("leg"), 30,
                              m_jordi, m_salaMar),
                      &error));
        QVERIFY2(error.message.contains(
                     QStringLiteral("Sala Mar is taken 10:00\u201311:10 with leg massage")),
                 qPrintable(error.message));
        // One minute before: the new one's cleanup would run into the existing session.
        QVERIFY(!book(request(QStringLiteral("2026-11-02 09:21"), QStringLiteral("leg"), 30,
                              m_marta, m_salaBosc),
                      &error));
        QVERIFY(book(request(QStringLiteral("2026-11-02 11:10"), QStringLiteral("leg"), 30, m_marta,
                             m_salaMar)));
        QVERIFY(book(request(QStringLiteral("2026-11-02 09:20"), QStringLiteral("leg"), 30, m_marta,
                             m_salaBosc)));
    }

    void anyPicksAFreeTherapistAndRoom()
    {
        QVERIFY(book(forClient(request(QStringLiteral("2026-11-02 10:00"), QStringLiteral("leg"),
                                       60, m_jordi, m_salaBosc),
                               m_other)));
        Placement placement;
        qint64 id = 0;
        StorageError error;
        QVERIFY(Scheduler(m_db->db(), m_zone)
                    .book(request(QStringLiteral("2026-11-02 10:00")), QString(), &id, &placement,
                          &error));
        QCOMPARE(placement.therapistId, m_marta);
        QCOMPARE(placement.roomId, m_salaMar);
        // Now both therapists are busy: a third is refused with a reason.
        QVERIFY(!book(forClient(request(QStringLiteral("2026-11-02 10:30")), m_third), &error));
        QVERIFY(error.message.contains(QStringLiteral("busy")));
    }

    void whoPerformsAndWhichRoomSuits()
    {
        StorageError error;
        QVERIFY(!book(
            request(QStringLiteral("2026-11-02 10:00"), QStringLiteral("sports"), 60, m_jordi),
            &error));
        QVERIFY(error.message.contains(QStringLiteral("Jordi Serra does not perform")));
        QVERIFY(!book(request(QStringLiteral("2026-11-02 10:00"), QStringLiteral("sports"), 60,
                              m_marta, m_salaBosc),
                      &error));
        QVERIFY(error.message.contains(QStringLiteral("Sala Bosc is not set up")));
        QVERIFY(
            !book(request(QStringLiteral("2026-11-02 10:00"), QStringLiteral("leg"), 50), &error));
        QVERIFY(error.message.contains(QStringLiteral("30/45/60")));
        QVERIFY(book(request(QStringLiteral("2026-11-02 10:00"), QStringLiteral("sports"), 60)));
    }

    void openingHoursShiftsClosedDaysAndAbsences()
    {
        StorageError error;
        QVERIFY(!book(request(QStringLiteral("2026-11-02 08:30")), &error)); // before opening
        QVERIFY(error.message.contains(QStringLiteral("opening hours")));
        QVERIFY(!book(request(QStringLiteral("2026-11-02 18:30")), &error)); // past the shifts
        QVERIFY(error.message.contains(QStringLiteral("not working")));
        insert(QStringLiteral("INSERT INTO closed_days (day, reason) VALUES ('2026-11-03', "
                              "'Staff training')"));
        QVERIFY(!book(request(QStringLiteral("2026-11-03 10:00")), &error));
        QVERIFY(error.message.contains(QStringLiteral("Staff training")));
        insert(QStringLiteral("INSERT INTO therapist_absences (therapist_id, starts_at, ends_at, "
                              "reason) VALUES (%1, %2, %3, 'Doctor')")
                   .arg(m_jordi)
                   .arg(m_db->time(at(QStringLiteral("2026-11-04 09:00"))))
                   .arg(m_db->time(at(QStringLiteral("2026-11-04 12:00")))));
        QVERIFY(
            !book(request(QStringLiteral("2026-11-04 10:00"), QStringLiteral("leg"), 60, m_jordi),
                  &error));
        QVERIFY(error.message.contains(QStringLiteral("away")));
        QVERIFY(
            book(request(QStringLiteral("2026-11-04 12:00"), QStringLiteral("leg"), 60, m_jordi)));
    }

    void daylightSavingDays()
    {
        // Spring: 02:00-03:00 does not exist on 2027-03-28 in Europe/Madrid.
        qint64 utc = 0;
        QString problem;
        QVERIFY(!LocalTime::parse(QStringLiteral("2027-03-28 02:30"), m_zone, &utc, &problem));
        QVERIFY(problem.contains(QStringLiteral("clocks go forward")));
        // A booking on the spring day is stored in UTC one hour earlier than in winter.
        qint64 id = 0;
        QVERIFY(book(request(QStringLiteral("2027-03-28 10:00")), nullptr, &id));
        QSqlQuery q(m_db->db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT starts_at FROM bookings WHERE id = %1").arg(id)));
        QVERIFY(q.next());
        QCOMPARE(
            QDateTime::fromSecsSinceEpoch(TestTimes::secs(q.value(0)), QTimeZone::utc()).time(),
            QTime(8, 0)); // CEST = UTC+2
        // Autumn: 2026-10-25 is a 25-hour day; a 10:00 booking is 09:00 UTC (CET).
        QVERIFY(book(request(QStringLiteral("2026-10-25 10:00")), nullptr, &id));
        QVERIFY(q.exec(QStringLiteral("SELECT starts_at FROM bookings WHERE id = %1").arg(id)));
        QVERIFY(q.next());
        QCOMPARE(
            QDateTime::fromSecsSinceEpoch(TestTimes::secs(q.value(0)), QTimeZone::utc()).time(),
            QTime(9, 0));
        QCOMPARE(LocalTime::format(TestTimes::secs(q.value(0)), m_zone, QStringLiteral("HH:mm")),
                 QStringLiteral("10:00"));
    }

    void moveCancelAndStatus()
    {
        qint64 first = 0, second = 0;
        QVERIFY(book(request(QStringLiteral("2026-11-02 10:00"), QStringLiteral("leg"), 60, m_marta,
                             m_salaMar),
                     nullptr, &first));
        QVERIFY(book(request(QStringLiteral("2026-11-02 12:00"), QStringLiteral("leg"), 60, m_marta,
                             m_salaMar),
                     nullptr, &second));
        Scheduler scheduler(m_db->db(), m_zone);
        StorageError error;
        // Onto the other one: refused, nothing changes. A move onto its own old time is fine.
        QVERIFY(!scheduler.move(first, at(QStringLiteral("2026-11-02 11:30")), m_marta, m_salaMar,
                                60, QString(), nullptr, &error));
        QVERIFY(scheduler.move(first, at(QStringLiteral("2026-11-02 10:30")), m_marta, m_salaMar,
                               45, QString(), nullptr, &error));
        QVERIFY(!scheduler.cancel(second, QStringLiteral("  "), QString(), &error));
        QVERIFY(scheduler.cancel(second, QStringLiteral("Client is ill"), QString(), &error));
        QVERIFY(!scheduler.cancel(second, QStringLiteral("again"), QString(), &error));
        // The cancelled slot is free again, and the booking is still there.
        QVERIFY(book(request(QStringLiteral("2026-11-02 12:00"), QStringLiteral("leg"), 60, m_marta,
                             m_salaMar)));
        QSqlQuery q(m_db->db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT status, status_reason FROM bookings WHERE id = %1")
                           .arg(second)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("cancelled"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("Client is ill"));
        QVERIFY(scheduler.setStatus(first, QStringLiteral("no_show"), QString(), &error));
        QVERIFY(!scheduler.setStatus(first, QStringLiteral("completed"), QString(), &error));
        QVERIFY(!scheduler.setStatus(first, QStringLiteral("in_session"), QString(), &error));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM booking_events WHERE booking_id = %1")
                           .arg(first)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3); // created, moved, no_show
    }

    void repeatingBookingsListConflictsFirst()
    {
        // Marta is taken on the third Monday.
        QVERIFY(book(forClient(
            request(QStringLiteral("2026-11-16 10:30"), QStringLiteral("sports"), 60, m_marta),
            m_other)));
        Scheduler scheduler(m_db->db(), m_zone);
        StorageError error;
        const BookingRequest first =
            request(QStringLiteral("2026-11-02 10:00"), QStringLiteral("sports"), 60, m_marta);
        const QList<Occurrence> plan = scheduler.planSeries(first, 1, 4, QDate(), &error);
        QCOMPARE(plan.size(), 4);
        QVERIFY(plan.at(0).fits && plan.at(1).fits && plan.at(3).fits);
        QVERIFY(!plan.at(2).fits);
        QVERIFY(plan.at(2).why.contains(QStringLiteral("Marta Vidal is busy")));
        // Nothing was saved by planning.
        QSqlQuery count(m_db->db().connection());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM bookings")) && count.next());
        QCOMPARE(count.value(0).toInt(), 1);
        count.finish();
        // Skip the conflict, book the rest as one series.
        QList<qint64> starts;
        for (const Occurrence& o : plan)
            if (o.fits)
                starts << o.startsAt;
        QList<qint64> ids;
        QVERIFY2(scheduler.bookSeries(first, starts, QString(), &ids, &error),
                 qPrintable(error.message));
        QCOMPARE(ids.size(), 3);
        QVERIFY(count.exec(QStringLiteral("SELECT count(DISTINCT series_id) FROM bookings WHERE "
                                          "series_id IS NOT NULL")) &&
                count.next());
        QCOMPARE(count.value(0).toInt(), 1);
        count.finish();
        // Including the conflicting date makes the whole series fail, and saves nothing.
        QVERIFY(!scheduler.bookSeries(first, {plan.at(2).startsAt}, QString(), &ids, &error));
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM bookings")) && count.next());
        QCOMPARE(count.value(0).toInt(), 4);
    }

    void aWeeklySeriesKeepsTheWallClockAcrossTheSpringChange()
    {
        Scheduler scheduler(m_db->db(), m_zone);
        StorageError error;
        const QList<Occurrence> plan = scheduler.planSeries(
            request(QStringLiteral("2027-03-21 10:00")), 1, 0, QDate(2027, 4, 4), &error);
        QCOMPARE(plan.size(), 3); // 21 March, 28 March (change day), 4 April
        for (const Occurrence& o : plan) {
            QVERIFY2(o.fits, qPrintable(o.why));
            QCOMPARE(LocalTime::format(o.startsAt, m_zone, QStringLiteral("HH:mm")),
                     QStringLiteral("10:00"));
        }
        QCOMPARE(plan.at(1).startsAt - plan.at(0).startsAt, qint64(7 * 86400 - 3600));
    }

    void nextFreeSlots()
    {
        QVERIFY(book(request(QStringLiteral("2026-11-02 16:00"), QStringLiteral("sports"), 60)));
        StorageError error;
        const QList<Placement> found = Scheduler(m_db->db(), m_zone)
                                           .findSlots(request(QStringLiteral("2026-11-02 16:00"),
                                                              QStringLiteral("sports"), 60),
                                                      3, &error);
        QCOMPARE(found.size(), 3);
        // Marta is the only one who does sports: busy until 17:10; her shift ends at 19:00.
        QCOMPARE(LocalTime::format(found.at(0).startsAt, m_zone, QStringLiteral("HH:mm")),
                 QStringLiteral("17:15"));
        QCOMPARE(LocalTime::format(found.at(2).startsAt, m_zone, QStringLiteral("HH:mm")),
                 QStringLiteral("17:45"));
        // 17:45 + 60 + 10 = 18:55, the last that fits; the next is the following morning.
        const QList<Placement> later = Scheduler(m_db->db(), m_zone)
                                           .findSlots(request(QStringLiteral("2026-11-02 17:46"),
                                                              QStringLiteral("sports"), 60),
                                                      1, &error);
        QCOMPARE(later.size(), 1);
        QCOMPARE(LocalTime::format(later.first().startsAt, m_zone),
                 QStringLiteral("2026-11-03 09:00"));
    }
    void aClientIsInOneSessionAtATime()
    {
        Scheduler scheduler(m_db->db(), m_zone);
        StorageError error;
        qint64 a = 0, c = 0;
        QVERIFY(book(request(QStringLiteral("2026-11-02 12:00"), QStringLiteral("leg"), 30, m_marta,
                             m_salaMar),
                     nullptr, &a));
        // The same person with another therapist in another room at the same time: refused,
        // naming the other session.
        QVERIFY(!book(request(QStringLiteral("2026-11-02 12:00"), QStringLiteral("leg"), 30,
                              m_jordi, m_salaBosc),
                      &error));
        QVERIFY2(error.message.contains(
                     QStringLiteral(
                         "Núria Puig already has a session then: 2026-11-02 12:00\u201312:30, leg "
                         "massage with Marta Vidal (booking %1)")
                         .arg(a)),
                 qPrintable(error.message));
        QVERIFY(!book(request(QStringLiteral("2026-11-02 12:29"), QStringLiteral("leg"), 30,
                              m_jordi, m_salaBosc),
                      &error));
        QVERIFY(!book(request(QStringLiteral("2026-11-02 11:31"), QStringLiteral("leg"), 30,
                              m_jordi, m_salaBosc),
                      &error));
        // Straight after: the cleanup is the room's and the therapist's time, not the client's.
        QVERIFY2(book(request(QStringLiteral("2026-11-02 12:30"), QStringLiteral("leg"), 60,
                              m_jordi, m_salaBosc),
                      &error, &c),
                 qPrintable(error.message));
        // Another client at Jordi's free time before is fine.
        QVERIFY(book(forClient(request(QStringLiteral("2026-11-02 11:00"), QStringLiteral("leg"),
                                       30, m_jordi, m_salaBosc),
                               m_other)));
        // A longer session, a move onto the other, and a repeat are refused alike.
        QVERIFY(!scheduler.move(a, at(QStringLiteral("2026-11-02 12:00")), m_marta, m_salaMar, 45,
                                QString(), nullptr, &error));
        QVERIFY2(error.message.contains(QStringLiteral("12:30\u201313:30, leg massage with "
                                                       "Jordi Serra")),
                 qPrintable(error.message));
        QVERIFY(!scheduler.move(c, at(QStringLiteral("2026-11-02 12:15")), m_jordi, m_salaBosc, 60,
                                QString(), nullptr, &error));
        QVERIFY(error.message.contains(QStringLiteral("already has a session")));
        const BookingRequest weekly = request(QStringLiteral("2026-10-26 13:00"),
                                              QStringLiteral("leg"), 60, m_marta, m_salaMar);
        const QList<Occurrence> plan = scheduler.planSeries(weekly, 1, 2, QDate(), &error);
        QCOMPARE(plan.size(), 2);
        QVERIFY(plan.at(0).fits);
        QVERIFY2(!plan.at(1).fits && plan.at(1).why.contains(QStringLiteral("already has")),
                 qPrintable(plan.at(1).why));
        QList<qint64> ids;
        QVERIFY(!scheduler.bookSeries(weekly, {plan.at(0).startsAt, plan.at(1).startsAt}, QString(),
                                      &ids, &error));
        QVERIFY(error.message.contains(QStringLiteral("already has a session")));
        // The free-slot search for this client skips the times they are busy.
        const QList<Placement> free = scheduler.findSlots(
            request(QStringLiteral("2026-11-02 12:00"), QStringLiteral("leg"), 30, m_jordi), 1,
            &error);
        QCOMPARE(free.size(), 1);
        QCOMPARE(LocalTime::format(free.first().startsAt, m_zone, QStringLiteral("HH:mm")),
                 QStringLiteral("13:45")); // Jordi's cleanup after C ends at 13:40
        // A cancelled session no longer holds the client.
        QVERIFY(scheduler.cancel(a, QStringLiteral("Changed her mind"), QString(), &error));
        QVERIFY2(scheduler.move(c, at(QStringLiteral("2026-11-02 12:15")), m_jordi, m_salaBosc, 60,
                                QString(), nullptr, &error),
                 qPrintable(error.message));
        QSqlQuery count(m_db->db().connection());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM bookings WHERE client_id = %1")
                               .arg(m_client)) &&
                count.next());
        QCOMPARE(count.value(0).toInt(), 2);
    }

    void crossingMidnightSaysSo()
    {
        openAllSunday();
        StorageError error;
        // Sunday 2026-11-08, open until 24:00: 23:50 + 60 + 10 ends at 01:00 on Monday.
        QVERIFY(
            !book(request(QStringLiteral("2026-11-08 23:50"), QStringLiteral("leg"), 60, m_marta),
                  &error));
        QVERIFY2(error.message.contains(QStringLiteral("23:50\u201301:00 (cleanup included) "
                                                       "crosses midnight")),
                 qPrintable(error.message));
        QVERIFY(!error.message.contains(QStringLiteral("opening hours")));
        // Ending at midnight exactly is still the same day.
        QVERIFY2(
            book(request(QStringLiteral("2026-11-08 23:20"), QStringLiteral("leg"), 30, m_marta),
                 &error),
            qPrintable(error.message));
        // A day that closes at 20:00 is still about the opening hours.
        QVERIFY(!book(request(QStringLiteral("2026-11-02 23:50")), &error));
        QVERIFY2(error.message.contains(QStringLiteral("23:50\u201301:00 (cleanup included) is "
                                                       "outside the opening hours")),
                 qPrintable(error.message));
    }

    void startsOutsideTheBookableYearsAreRefused()
    {
        Scheduler scheduler(m_db->db(), m_zone);
        StorageError error;
        for (const QString& local :
             {QStringLiteral("0001-01-01 10:00"), QStringLiteral("1999-12-31 10:00"),
              QStringLiteral("2031-11-03 10:00"), QStringLiteral("9999-12-31 10:00")}) {
            QVERIFY2(!book(request(local), &error), qPrintable(local));
            QVERIFY2(error.message.contains(QStringLiteral("from 2000-01-01 to 2031-11-02")),
                     qPrintable(error.message));
            QVERIFY(scheduler.findSlots(request(local), 1, &error).isEmpty());
            QVERIFY2(error.message.contains(QStringLiteral("outside the dates")),
                     qPrintable(error.message));
        }
        qint64 id = 0;
        QVERIFY(book(request(QStringLiteral("2026-11-02 10:00")), nullptr, &id));
        QVERIFY(!scheduler.move(id, at(QStringLiteral("9999-12-31 10:00")), 0, 0, 60, QString(),
                                nullptr, &error));
        QVERIFY(error.message.contains(QStringLiteral("outside the dates")));
        // History typed in from paper, and the last day five years ahead, are accepted.
        QVERIFY(book(request(QStringLiteral("2000-01-03 10:00"))));
        QVERIFY(book(request(QStringLiteral("2031-11-02 10:00"))));
        QSqlQuery count(m_db->db().connection());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM bookings")) && count.next());
        QCOMPARE(count.value(0).toInt(), 3);
    }

    void theRepeatedAutumnHourIsTwoInstants()
    {
        openAllSunday();
        // 2026-10-25: 02:00-02:59 happens twice. The first 02:00 (CEST) is 00:00 UTC.
        qint64 first = 0;
        StorageError error;
        QVERIFY2(book(request(QStringLiteral("2026-10-25 02:00+02:00"), QStringLiteral("leg"), 30),
                      &error, &first),
                 qPrintable(error.message));
        QSqlQuery q(m_db->db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT starts_at FROM bookings WHERE id = %1").arg(first)));
        QVERIFY(q.next());
        QCOMPARE(TestTimes::secs(q.value(0)),
                 QDateTime(QDate(2026, 10, 25), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
        // Marta (the only one on shift at night) is busy 00:00-00:40 UTC; the second 02:00 is free.
        const QList<Placement> found =
            Scheduler(m_db->db(), m_zone)
                .findSlots(forClient(request(QStringLiteral("2026-10-25 02:00+02:00"),
                                             QStringLiteral("leg"), 30),
                                     m_other),
                           6, &error);
        QStringList starts;
        for (const Placement& p : found)
            starts << LocalTime::formatExact(p.startsAt, m_zone);
        QCOMPARE(starts, (QStringList{QStringLiteral("2026-10-25 02:45+02:00"),
                                      QStringLiteral("2026-10-25 02:00+01:00"),
                                      QStringLiteral("2026-10-25 02:15+01:00"),
                                      QStringLiteral("2026-10-25 02:30+01:00"),
                                      QStringLiteral("2026-10-25 02:45+01:00"),
                                      QStringLiteral("2026-10-25 03:00")}));
        // The second 02:00 can be booked as well, by someone else.
        QVERIFY2(book(forClient(request(QStringLiteral("2026-10-25 02:00+01:00"),
                                        QStringLiteral("leg"), 30),
                                m_other),
                      &error),
                 qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
