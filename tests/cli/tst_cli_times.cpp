#include "BookingCli.h"

// Times and bookings at their edges through the program (DESIGN 2.4): the repeated autumn hour
// typed with its offset, one client in one session at a time, a session crossing midnight, the
// range of bookable years, and booking numbers that do not exist.

namespace {

// Open on Sunday `from`-24:00 (minutes), Marta Vidal on shift then: as Settings would do.
QString openSundayNight(const QString& database, const Ids& ids, int from)
{
    return runSql(database, {QStringLiteral("INSERT INTO opening_hours (weekday, opens_minute, "
                                            "closes_minute) VALUES (7, %1, 1440)")
                                 .arg(from),
                             QStringLiteral("INSERT INTO therapist_shifts (therapist_id, weekday, "
                                            "start_minute, end_minute) VALUES (%1, 7, %2, 1440)")
                                 .arg(ids.value(QStringLiteral("Marta Vidal")))
                                 .arg(from)});
}

} // namespace

void TestCli::theRepeatedHourIsTypedWithItsOffset()
{
    CLI_BOOKING_DEMO();
    QCOMPARE(openSundayNight(m_cli->database(), ids, 0), QString());
    m_cli->setNow(QStringLiteral("2026-10-20T07:00:00Z"));
    const QStringList marta = sh("--therapist '@Marta Vidal'", ids);
    const QStringList find =
        sh("slots find --service leg --minutes 30 --count 5 --after '2026-10-25 02:00+02:00'") +
        marta;

    // A bare time in the repeated hour is refused, naming both ways to write it.
    for (const QStringList& command :
         {sh("book --client 5 --service leg --start '2026-10-25 02:30'") + marta,
          sh("slots find --service leg --minutes 30 --after '2026-10-25 02:30'")})
        CLI_REFUSED(command, sh("'happens twice' '\"2026-10-25 02:30+02:00\"' 'summer time' "
                                "'\"2026-10-25 02:30+01:00\"' 'winter time'"));
    CLI_REFUSED(sh("book --client 5 --service leg --start '2026-10-25 02:30+03:00'") + marta,
                sh("'+02:00 or +01:00' 'not +03:00'"));

    // Each instant is offered once, with its offset where the wall time happens twice.
    CLI_JSON(before, 0, find);
    QCOMPARE(ofSlots(before), sh("'2026-10-25 02:00+02:00' '2026-10-25 02:15+02:00' "
                                 "'2026-10-25 02:30+02:00' '2026-10-25 02:45+02:00' "
                                 "'2026-10-25 02:00+01:00'"));

    // Booking the first 02:00 books 00:00 UTC, and it is no longer offered; the second is.
    CLI_JSON(first, 0,
             sh("book --client 5 --service leg --start '2026-10-25 02:00+02:00'") + marta);
    QCOMPARE(text(first, "start"), QStringLiteral("2026-10-25 02:00+02:00"));
    QCOMPARE(
        selectValue(
            m_cli->database(),
            QStringLiteral("SELECT starts_at FROM bookings WHERE id = %1").arg(number(first, "id")))
            .toLongLong(),
        QDateTime(QDate(2026, 10, 25), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
    CLI_JSON(after, 0, find);
    QCOMPARE(ofSlots(after), sh("'2026-10-25 02:45+02:00' '2026-10-25 02:00+01:00' "
                                "'2026-10-25 02:15+01:00' '2026-10-25 02:30+01:00' "
                                "'2026-10-25 02:45+01:00'"));
    const CliResult human = m_cli->run(find);
    CLI_EXPECT_EXIT(human, 0);
    QVERIFY2(!human.outText().contains(QLatin1String("02:00+02:00")) &&
                 human.outText().contains(QLatin1String("2026-10-25 02:00+01:00")),
             qPrintable(human.describe()));
    CLI_JSON(second, 0,
             sh("book --client 6 --service leg --start '2026-10-25 02:00+01:00'") + marta);
    CLI_JSON(day, 0, sh("bookings list --from 2026-10-25"));
    QCOMPARE(text(entry(day, number(first, "id")), "start"),
             QStringLiteral("2026-10-25 02:00+02:00"));
    QCOMPARE(text(entry(day, number(second, "id")), "start"),
             QStringLiteral("2026-10-25 02:00+01:00"));
    // An offset on an ordinary time is accepted when it is that time's own.
    CLI_JSON(later, 0,
             sh("book --client 7 --service leg --start '2026-10-25 10:00+01:00'") + marta);
    QCOMPARE(text(later, "start"), QStringLiteral("2026-10-25 10:00"));
}

void TestCli::aClientIsBookedOnceAtATime()
{
    CLI_BOOKING_DEMO();
    CLI_ANCHOR(anchor); // client 11, sports massage 10:00-10:45 with Marta Vidal
    const QStringList named =
        sh("'already has a session then: 2026-12-16 10:00\u201310:45' 'with Marta Vidal'")
        << QStringLiteral("booking %1").arg(number(anchor, "id"));
    CLI_REFUSED(sh("book --client 11 --service leg --therapist '@Jordi Serra' --start "
                   "'2026-12-16 10:30'",
                   ids),
                named);
    CLI_REFUSED(sh("book --client 11 --service leg --start '2026-12-16 09:45'"),
                sh("'already has a session'"));
    // Straight after, and another client at the same time, are fine.
    CLI_JSON(next, 0,
             sh("book --client 11 --service leg --therapist '@Jordi Serra' --start "
                "'2026-12-16 10:45'",
                ids));
    CLI_JSON(other, 0,
             sh("book --client 12 --service leg --therapist '@Jordi Serra' --start "
                "'2026-12-16 09:00'",
                ids));
}

void TestCli::aSessionCrossingMidnightSaysSo()
{
    CLI_BOOKING_DEMO();
    QCOMPARE(openSundayNight(m_cli->database(), ids, 540), QString());
    const QStringList marta = sh("--therapist '@Marta Vidal'", ids);
    // Sunday 2026-12-20, open until 24:00: 23:50 + 30 min + 10 of cleanup ends at 00:30.
    CLI_REFUSED(sh("book --client 20 --service leg --start '2026-12-20 23:50'") + marta,
                sh("'23:50\u201300:30 (cleanup included) crosses midnight'"));
    CLI_JSON(last, 0, sh("book --client 20 --service leg --start '2026-12-20 23:20'") + marta);
}

void TestCli::startsOutsideTheBookableYearsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    for (const char* start :
         {"0001-01-01 10:00", "1999-12-31 10:00", "2031-11-26 10:00", "9999-12-31 10:00"}) {
        QTest::newRow(start) << (sh("book --client 20 --service leg --start") << start);
        QTest::newRow(QByteArray("slots ") + start)
            << (sh("slots find --service leg --minutes 30 --after") << start);
    }
}

void TestCli::startsOutsideTheBookableYearsAreRefused()
{
    QFETCH(QStringList, arguments);
    CLI_BOOKING_DEMO(); // made on 2026-11-25
    CLI_REFUSED(arguments, sh("'outside the dates' 'from 2000-01-01 to 2031-11-25'"));
}

void TestCli::bookingNumbersThatDoNotExistAreNamed()
{
    CLI_BOOKING_DEMO();
    QVERIFY(
        writeFile(m_cli->path(QStringLiteral("answers.json")), QByteArray("{\"answers\": {}}")));
    for (const QStringList& command :
         {sh("cancel 99999 --reason ill"),
          sh("checkin 99999 --answers") << m_cli->path(QStringLiteral("answers.json")),
          sh("checkin show 99999")})
        CLI_REFUSED(command, sh("'There is no booking 99999.'"));
}

void TestCli::theDemoHasEachClientInOneSessionAtATime()
{
    m_cli->setNow(QStringLiteral("2026-11-25T07:00:00Z"));
    CLI_EXPECT_EXIT(m_cli->run(sh("demo --seed 5")), 0);
    QVERIFY(selectValue(m_cli->database(), QStringLiteral("SELECT count(*) FROM bookings"))
                .toLongLong() > 100);
    QCOMPARE(selectValue(m_cli->database(),
                         QStringLiteral("SELECT count(*) FROM bookings a JOIN bookings b ON "
                                        "b.client_id = a.client_id AND b.id > a.id AND "
                                        "a.starts_at < b.starts_at + b.minutes * 60 AND "
                                        "b.starts_at < a.starts_at + a.minutes * 60"))
                 .toLongLong(),
             qint64(0));
}
