#include "BookingCli.h"
#include "DemoFixture.h"

// ---------------------------------------------------------------------------------------------
// book

void TestCli::bookPrintsTheBookingAndListsIt()
{
    CLI_BOOKING_DEMO();
    CLI_JSON(services, 0, sh("services list"));
    QHash<QString, qint64> shortest, cleanup;
    for (const QJsonValue& value : array(services, "services")) {
        const QString code = text(value.toObject(), "code");
        cleanup.insert(code, number(value.toObject(), "cleanup_minutes"));
        for (const QJsonValue& d : array(value.toObject(), "durations")) {
            if (!shortest.contains(code) || number(d.toObject(), "minutes") < shortest.value(code))
                shortest.insert(code, number(d.toObject(), "minutes"));
        }
    }
    QCOMPARE(shortest.value(QStringLiteral("sports")), qint64(45));

    CLI_ANCHOR(booked);
    QCOMPARE(sorted(booked.keys()), kBookedKeys);
    const qint64 id = number(booked, "id");
    QVERIFY(id > 0);
    QCOMPARE(text(booked, "start"), QStringLiteral("2026-12-16 10:00"));
    QCOMPARE(number(booked, "minutes"), shortest.value(QStringLiteral("sports")));
    QCOMPARE(number(booked, "cleanup_minutes"), cleanup.value(QStringLiteral("sports")));
    QCOMPARE(number(booked, "therapist"), ids.value(QStringLiteral("Marta Vidal")));
    QCOMPARE(text(booked, "therapist_name"), QStringLiteral("Marta Vidal"));
    QCOMPARE(number(booked, "room"), ids.value(QStringLiteral("Sala Bosc")));
    QCOMPARE(text(booked, "room_name"), QStringLiteral("Sala Bosc"));
    QCOMPARE(number(booked, "client"), qint64(11));
    QCOMPARE(text(booked, "service"), QStringLiteral("sports"));
    QCOMPARE(text(booked, "status"), QStringLiteral("booked"));

    // `bookings list` holds it, with the same facts.
    CLI_JSON(list, 0, sh("bookings list --from 2026-12-16"));
    QCOMPARE(list.keys(), sh("bookings"));
    QCOMPARE(array(list, "bookings").size(), 1);
    const QJsonObject listed = entry(list, id);
    for (const QString& key : kBookedKeys)
        QVERIFY2(listed.value(key) == booked.value(key), qPrintable(key));
    QCOMPARE(listed.value(QLatin1String("reason")), QJsonValue(QString()));
    QVERIFY(!text(listed, "client_name").isEmpty());

    // `any`, or nothing, picks a therapist who performs the service and a room that suits it;
    // --minutes picks another of its durations, and without it the shortest is booked.
    CLI_JSON(any, 0,
             sh("book --client 12 --service lymphatic --minutes 75 --therapist any --room any "
                "--start '2026-12-16 13:00'"));
    QCOMPARE(number(any, "minutes"), qint64(75));
    QCOMPARE(number(any, "therapist"), ids.value(QStringLiteral("Jordi Serra")));
    QVERIFY(offering(rooms, QStringLiteral("lymphatic")).contains(number(any, "room")));
    CLI_JSON(plain, 0, sh("book --client 13 --service leg --start '2026-12-16 15:00'"));
    QCOMPARE(number(plain, "minutes"), shortest.value(QStringLiteral("leg")));
    QVERIFY(offering(therapists, QStringLiteral("leg")).contains(number(plain, "therapist")));

    // In words, without --json.
    const CliResult human =
        m_cli->run(sh("book --client 14 --service foot --start '2026-12-16 16:00'"));
    CLI_EXPECT_EXIT(human, 0);
    QVERIFY2(human.outText().contains(QLatin1String("2026-12-16 16:00")),
             qPrintable(human.describe()));
    CLI_JSON(all, 0, sh("bookings list --from 2026-12-16"));
    QCOMPARE(array(all, "bookings").size(), 4);
    CLI_JSON(report, 0, sh("check"));
    QCOMPARE(report.value(QLatin1String("overlapping_bookings")).toInt(), 0);
}

void TestCli::bookRefusesAndChangesNothing_data()
{
    QTest::addColumn<QStringList>("arguments"); // `book --client 20 --service leg` unless given
    QTest::addColumn<QStringList>("words");     // each in the message
    const auto row = [](const char* name, const char* arguments, const char* words) {
        QStringList list = sh("book") + sh(arguments);
        if (!list.contains(QLatin1String("--client")))
            list << sh("--client 20");
        if (!list.contains(QLatin1String("--service")))
            list << sh("--service leg");
        QTest::newRow(name) << list << sh(words);
    };
    // Marta Vidal and Sala Bosc are busy 10:00-10:55 (CLI_ANCHOR).
    row("therapist busy", "--start '2026-12-16 10:30' --therapist '@Marta Vidal'",
        "'Marta Vidal' busy 10:00 10:55");
    row("therapist busy from the same minute",
        "--start '2026-12-16 10:00' --therapist '@Marta Vidal'", "'Marta Vidal' busy");
    row("therapist busy one minute before the cleanup ends",
        "--start '2026-12-16 10:54' --therapist '@Marta Vidal'", "'Marta Vidal' busy");
    row("therapist busy: the cleanup runs one minute into it",
        "--start '2026-12-16 09:21' --therapist '@Marta Vidal'", "'Marta Vidal' busy");
    row("room taken", "--start '2026-12-16 10:30' --therapist '@Jordi Serra' --room '@Sala Bosc'",
        "'Sala Bosc' taken");
    row("room taken one minute before the cleanup ends",
        "--start '2026-12-16 10:54' --therapist '@Jordi Serra' --room '@Sala Bosc'",
        "'Sala Bosc' taken");
    row("before opening", "--start '2026-12-16 08:30'", "'opening hours'");
    row("cleanup after closing", "--start '2026-12-16 19:30'", "'opening hours' 20:10");
    row("closed on Sunday", "--start '2026-12-20 10:00'", "'opening hours'");
    row("therapist off shift", "--start '2026-12-16 10:30' --therapist '@Pau Roca'",
        "'Pau Roca' 'not working'");
    row("duration not offered", "--start '2026-12-16 12:00' --minutes 50", "30/45/60 50");
    row("duration of another service", "--start '2026-12-16 12:00' --minutes 90", "30/45/60");
    row("therapist does not perform it",
        "--start '2026-12-16 12:00' --service lymphatic --therapist '@Marta Vidal'",
        "'Marta Vidal' 'does not perform'");
    row("room does not suit it",
        "--start '2026-12-16 12:00' --service lymphatic --room '@Sala Llum'", "'Sala Llum'");
    row("unknown service", "--start '2026-12-16 12:00' --service hotstone", "hotstone");
    row("unknown client", "--start '2026-12-16 12:00' --client 99999", "99999");
    row("unknown therapist", "--start '2026-12-16 12:00' --therapist 987", "987");
    row("unknown room", "--start '2026-12-16 12:00' --room 987", "987");
    row("spring gap", "--start '2027-03-28 02:30'", "'clocks go forward'");
    row("a word", "--start tomorrow", "'YYYY-MM-DD HH:MM'");
    row("a date alone", "--start 2026-12-16", "'YYYY-MM-DD HH:MM'");
    row("30 February", "--start '2026-02-30 10:00'", "");
    row("25 o'clock", "--start '2026-11-26 25:00'", "");
    row("minute 60", "--start '2026-11-26 10:60'", "");
}

void TestCli::bookRefusesAndChangesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, words);
    CLI_BOOKING_DEMO();
    CLI_ANCHOR(anchor);
    CLI_REFUSED(resolved(arguments, ids), words);
    CLI_JSON(list, 0, sh("bookings list --from 2026-12-16"));
    QCOMPARE(array(list, "bookings").size(), 1);
}

void TestCli::bookMayTouchTheCleanupButNotOverlapIt()
{
    CLI_BOOKING_DEMO();
    CLI_ANCHOR(anchor);
    const QString end = freeAt(anchor); // 10:55, checked by CLI_ANCHOR
    const QString early = QStringLiteral("2026-12-16 10:54");
    const QStringList marta = sh("--therapist '@Marta Vidal'", ids);
    const QStringList jordiInBosc = sh("--therapist '@Jordi Serra' --room '@Sala Bosc'", ids);
    // Each booking for another client: one client is in one session at a time.
    const auto leg = [](int client) {
        return sh("book --service leg --client")
               << QString::number(client) << QStringLiteral("--start");
    };

    // The room: one minute of overlap is refused, starting as the cleanup ends is fine.
    CLI_REFUSED(leg(21) + QStringList{early} + jordiInBosc, sh("'Sala Bosc' taken"));
    CLI_JSON(room, 0, leg(21) + QStringList{end} + jordiInBosc);
    QCOMPARE(text(room, "start"), end);
    QCOMPARE(text(room, "room_name"), QStringLiteral("Sala Bosc"));

    // The therapist, after and before: 09:20 plus 30 minutes and 10 of cleanup ends at 10:00.
    CLI_REFUSED(leg(22) + QStringList{early} + marta, sh("'Marta Vidal' busy"));
    CLI_JSON(after, 0, leg(22) + QStringList{end} + marta);
    QCOMPARE(text(after, "therapist_name"), QStringLiteral("Marta Vidal"));
    QCOMPARE(text(after, "start"), end);
    CLI_REFUSED(leg(23) + sh("'2026-12-16 09:21'") + marta, sh("'Marta Vidal' busy"));
    CLI_JSON(before, 0, leg(23) + sh("'2026-12-16 09:20'") + marta);
    QCOMPARE(freeAt(before), text(anchor, "start"));

    CLI_JSON(list, 0, sh("bookings list --from 2026-12-16"));
    QCOMPARE(array(list, "bookings").size(), 4);
    CLI_JSON(report, 0, sh("check"));
    QCOMPARE(report.value(QLatin1String("overlapping_bookings")).toInt(), 0);
}

void TestCli::bookingUsageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    for (const char* line : {
             "book --service leg --start '2026-12-16 10:00'",
             "book --client abc --service leg --start '2026-12-16 10:00'",
             "book --client 1 --start '2026-12-16 10:00'",
             "book --client 1 --service leg",
             "book --client 1 --service leg --start '2026-12-16 10:00' --therapist abc",
             "book --client 1 --service leg --start '2026-12-16 10:00' --therapist -1",
             "book --client 1 --service leg --start '2026-12-16 10:00' --room abc",
             "book --client 1 --service leg --start '2026-12-16 10:00' --minutes 0",
             "book --client 1 --service leg --start '2026-12-16 10:00' --minutes abc",
             "book now --client 1 --service leg --start '2026-12-16 10:00'",
             "cancel 5",
             "cancel --reason ill",
             "cancel abc --reason ill",
             "bookings list --from 2026-13-01",
             "bookings list --from 2026-12-16 --to 2026-12-15",
             "bookings list --from 2026-12-16 --to 2028-01-01",
             "bookings list --therapist abc",
             "slots find --minutes 30 --after '2026-12-16 10:00'",
             "slots find --service leg --minutes 30",
             "slots find --service leg --minutes 30 --after '2026-12-16 10:00' --count 0",
             "slots find --service leg --minutes 30 --after '2026-12-16 10:00' --therapist abc",
         })
        QTest::newRow(line) << sh(line);
}

void TestCli::bookingUsageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    m_cli->setNow(QStringLiteral("2026-11-25T07:00:00Z"));
    CLI_EXPECT_EXIT(m_cli->run(sh("demo --seed 5 --unsealed")), 0);
    QVERIFY(withoutDemoAccounts(m_cli->database()));
    const QByteArray bytes = CliRunner::readAll(m_cli->database());
    CLI_JSON(error, 2, arguments);
    QCOMPARE(error.keys(), sh("error"));
    QVERIFY(CliRunner::readAll(m_cli->database()) == bytes);
    // A usage error is found before anything is opened: without a database it is still 2, not
    // "there is no database" (1), and no file appears.
    const QString absent = m_cli->path(QStringLiteral("absent.sqlite"));
    CLI_EXPECT_EXIT(m_cli->runOn(absent, arguments), 2);
    QCOMPARE(filesBeside(absent), QStringList());
}

// ---------------------------------------------------------------------------------------------
// cancel

void TestCli::cancelKeepsTheBookingWithItsReason()
{
    CLI_BOOKING_DEMO();
    CLI_ANCHOR(booked);
    const QString id = QString::number(number(booked, "id"));
    const QString done =
        selectValue(m_cli->database(),
                    QStringLiteral("SELECT min(id) FROM bookings WHERE status = 'completed'"))
            .toString();
    QVERIFY(!done.isEmpty());
    CLI_REFUSED(sh("cancel") << id << sh("--reason '   '"), sh("reason"));
    CLI_REFUSED(sh("cancel --reason") << QStringLiteral("x").repeated(501) << id, sh("reason"));
    CLI_REFUSED(sh("cancel 99999 --reason ill"), sh("'There is no booking 99999.'"));
    CLI_REFUSED(sh("cancel --reason ill") << done, QStringList{done});

    CLI_JSON(cancelled, 0, sh("cancel --reason '  Client   called in sick '") << id);
    QCOMPARE(sorted(cancelled.keys()), sh("id reason status"));
    QCOMPARE(QString::number(number(cancelled, "id")), id);
    QCOMPARE(text(cancelled, "status"), QStringLiteral("cancelled"));
    QCOMPARE(text(cancelled, "reason"), QStringLiteral("Client called in sick"));

    // Still listed, marked cancelled with the reason.
    CLI_JSON(list, 0, sh("bookings list --from 2026-12-16"));
    const QJsonObject listed = entry(list, id.toLongLong());
    QCOMPARE(text(listed, "status"), QStringLiteral("cancelled"));
    QCOMPARE(text(listed, "reason"), QStringLiteral("Client called in sick"));
    QCOMPARE(text(listed, "start"), text(booked, "start"));

    // Once is enough.
    CLI_REFUSED(sh("cancel --reason again") << id, QStringList{id});

    // The freed slot can be booked again, by the same therapist in the same room.
    CLI_ANCHOR(again);
    const QString second = QString::number(number(again, "id"));
    QVERIFY(second != id);
    CLI_JSON(both, 0, sh("bookings list --from 2026-12-16"));
    QCOMPARE(array(both, "bookings").size(), 2);
    QCOMPARE(text(entry(both, second.toLongLong()), "status"), QStringLiteral("booked"));

    const CliResult human = m_cli->run(sh("cancel --reason 'moved away'") << second);
    CLI_EXPECT_EXIT(human, 0);
    QVERIFY2(human.outText().contains(second), qPrintable(human.describe()));
}

// ---------------------------------------------------------------------------------------------
// slots find

void TestCli::slotsFindOffersBookableTimes()
{
    CLI_BOOKING_DEMO();
    CLI_ANCHOR(anchor);
    const QStringList find =
        sh("slots find --service leg --minutes 60 --after '2026-12-16 08:00' --count 4");
    CLI_JSON(found, 0, find);
    QCOMPARE(found.keys(), sh("slots"));
    const QJsonArray offered = array(found, "slots");
    QCOMPARE(offered.size(), 4);
    QCOMPARE(text(offered.at(0).toObject(), "start"), QStringLiteral("2026-12-16 09:00"));
    QString previous = QStringLiteral("2026-12-16 08:00");
    for (int i = 0; i < offered.size(); ++i) {
        const QJsonObject slot = offered.at(i).toObject();
        QCOMPARE(sorted(slot.keys()), kSlotKeys);
        QVERIFY2(text(slot, "start") > previous, qPrintable(text(slot, "start")));
        previous = text(slot, "start");
        QCOMPARE(number(slot, "minutes"), qint64(60));
        QCOMPARE(number(slot, "cleanup_minutes"), qint64(10));
        QCOMPARE(ids.value(text(slot, "therapist_name")), number(slot, "therapist"));
        QCOMPARE(ids.value(text(slot, "room_name")), number(slot, "room"));
        // Each can be booked just as offered (on a copy, so that they do not take each other).
        const QString copy = m_cli->path(QStringLiteral("slot%1.sqlite").arg(i));
        QVERIFY(QFile::copy(m_cli->database(), copy));
        CLI_JSON_ON(booked, copy, 0,
                    sh("book --client 30 --service leg --minutes 60 --start")
                        << text(slot, "start") << QStringLiteral("--therapist")
                        << QString::number(number(slot, "therapist")) << QStringLiteral("--room")
                        << QString::number(number(slot, "room")));
        for (const QString& key : kSlotKeys)
            QVERIFY2(booked.value(key) == slot.value(key), qPrintable(key));
    }

    // Booking the first one takes it off the offer.
    const QJsonObject first = offered.at(0).toObject();
    CLI_JSON(taken, 0,
             sh("book --client 30 --service leg --minutes 60 --start")
                 << text(first, "start") << QStringLiteral("--therapist")
                 << QString::number(number(first, "therapist")));
    CLI_JSON(next, 0, find);
    QCOMPARE(array(next, "slots").size(), 4);
    for (const QJsonValue& value : array(next, "slots")) {
        QVERIFY2(text(value.toObject(), "start") != text(first, "start") ||
                     number(value.toObject(), "therapist") != number(first, "therapist"),
                 "the booked slot is still offered");
    }

    // Five unless told otherwise.
    CLI_JSON(five, 0, find.mid(0, find.size() - 2));
    QCOMPARE(array(five, "slots").size(), 5);
}

void TestCli::slotsFindFollowsTheTherapist()
{
    CLI_BOOKING_DEMO();
    CLI_ANCHOR(anchor);
    const QStringList find =
        sh("slots find --service leg --minutes 30 --after '2026-12-16 08:00' --count 6");
    // Pau Roca starts at 12:00; Marta Vidal is busy 10:00-10:55.
    CLI_JSON(pau, 0, find + sh("--therapist '@Pau Roca'", ids));
    QCOMPARE(ofSlots(pau), sh("'2026-12-16 12:00' '2026-12-16 12:15' '2026-12-16 12:30' "
                              "'2026-12-16 12:45' '2026-12-16 13:00' '2026-12-16 13:15'"));
    CLI_JSON(marta, 0, find + sh("--therapist '@Marta Vidal'", ids));
    QCOMPARE(ofSlots(marta), sh("'2026-12-16 09:00' '2026-12-16 09:15' '2026-12-16 11:00' "
                                "'2026-12-16 11:15' '2026-12-16 11:30' '2026-12-16 11:45'"));
    QCOMPARE(ofSlots(pau, "therapist_name"), QStringList(6, QStringLiteral("Pau Roca")));
    QCOMPARE(ofSlots(marta, "therapist_name"), QStringList(6, QStringLiteral("Marta Vidal")));
    // `any` is the same as no --therapist.
    CLI_JSON(any, 0, find + sh("--therapist any"));
    CLI_JSON(none, 0, find);
    QCOMPARE(any, none);
    // Refused: someone who does not perform the service, an unknown service.
    CLI_REFUSED(sh("slots find --service lymphatic --minutes 60 --after '2026-12-16 08:00' "
                   "--therapist '@Marta Vidal'",
                   ids),
                sh("'Marta Vidal' 'does not perform'"));
    CLI_REFUSED(sh("slots find --service hotstone --minutes 60 --after '2026-12-16 08:00'"),
                sh("hotstone"));
}

// ---------------------------------------------------------------------------------------------
// daylight saving

void TestCli::bookingOnTheAutumnChangeDayKeepsItsLocalTime()
{
    CLI_BOOKING_DEMO();
    // The demo centre opens on Sundays too, with Marta Vidal on shift (as Settings would do).
    QCOMPARE(runSql(m_cli->database(),
                    {QStringLiteral("INSERT INTO opening_hours (weekday, opens_minute, "
                                    "closes_minute) VALUES (7, 540, 840)"),
                     QStringLiteral("INSERT INTO therapist_shifts (therapist_id, weekday, "
                                    "start_minute, end_minute) VALUES (%1, 7, 540, 840)")
                         .arg(ids.value(QStringLiteral("Marta Vidal")))}),
             QString());
    m_cli->setNow(QStringLiteral("2026-10-20T07:00:00Z"));
    const QStringList marta = sh("--therapist '@Marta Vidal'", ids);
    // Madrid leaves summer time at 03:00 on Sunday 2026-10-25: 10:00 is 08:00Z on the Saturday
    // before and 09:00Z on the Sunday.
    CLI_JSON(saturday, 0, sh("book --client 5 --service leg --start '2026-10-24 10:00'") + marta);
    CLI_JSON(sunday, 0, sh("book --client 6 --service leg --start '2026-10-25 10:00'") + marta);
    QCOMPARE(text(sunday, "start"), QStringLiteral("2026-10-25 10:00"));
    const auto storedAt = [&](const QJsonObject& booking) {
        return selectValue(m_cli->database(),
                           QStringLiteral("SELECT starts_at FROM bookings WHERE id = %1")
                               .arg(number(booking, "id")))
            .toLongLong();
    };
    QCOMPARE(storedAt(saturday),
             QDateTime(QDate(2026, 10, 24), QTime(8, 0), QTimeZone::utc()).toSecsSinceEpoch());
    QCOMPARE(storedAt(sunday),
             QDateTime(QDate(2026, 10, 25), QTime(9, 0), QTimeZone::utc()).toSecsSinceEpoch());

    CLI_JSON(day, 0, sh("bookings list --from 2026-10-25"));
    QCOMPARE(array(day, "bookings").size(), 1);
    QCOMPARE(text(entry(day, number(sunday, "id")), "start"), QStringLiteral("2026-10-25 10:00"));
    CLI_JSON(weekend, 0, sh("bookings list --from 2026-10-24 --to 2026-10-25"));
    QCOMPARE(array(weekend, "bookings").size(), 2);
    QCOMPARE(text(entry(weekend, number(saturday, "id")), "start"),
             QStringLiteral("2026-10-24 10:00"));

    // Local times on the 25-hour day: 09:21 plus 40 minutes runs into the 10:00 booking, and
    // the free times before and after it are offered in local time.
    CLI_REFUSED(sh("book --client 7 --service leg --start '2026-10-25 09:21'") + marta,
                sh("'Marta Vidal' busy 10:00"));
    CLI_JSON(found, 0,
             sh("slots find --service leg --minutes 30 --after '2026-10-25 06:00' --count 3") +
                 marta);
    QCOMPARE(ofSlots(found), sh("'2026-10-25 09:00' '2026-10-25 09:15' '2026-10-25 10:45'"));
}
