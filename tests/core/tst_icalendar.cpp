// The iCalendar writer (RFC 5545) and bookings as events: line ends, folding of multibyte
// text, escaping, the time zone with its daylight-saving rules, stable UIDs and SEQUENCE.
#include "core/BookingCalendar.h"
#include "core/ICalendar.h"

#include <QStringDecoder>
#include <QTest>

namespace {

const QTimeZone kMadrid("Europe/Madrid");

qint64 utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc()).toSecsSinceEpoch();
}

qint64 madrid(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), kMadrid).toSecsSinceEpoch();
}

// The physical lines of a file, which must all end in CRLF.
QList<QByteArray> lines(const QByteArray& file)
{
    QList<QByteArray> out = file.split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    for (QByteArray& line : out)
        line.chop(1); // the CR, checked by the caller
    return out;
}

bool validUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    return !decoder.hasError();
}

QByteArray unfold(const QByteArray& folded)
{
    QByteArray out = folded;
    out.replace("\r\n ", "");
    return out;
}

AgendaEntry entry(qint64 id, qint64 startsAt)
{
    AgendaEntry e;
    e.id = id;
    e.startsAt = startsAt;
    e.minutes = 60;
    e.cleanupMinutes = 10;
    e.status = QStringLiteral("booked");
    e.statusReason = QStringLiteral("pregnant, asked to see her doctor");
    e.clientName = QStringLiteral("Núria Puig Ferrer");
    e.serviceName = QStringLiteral("Leg massage");
    e.therapistName = QStringLiteral("Marta Vidal");
    e.roomName = QStringLiteral("Sala Mar");
    e.checkinOutcome = QStringLiteral("needs_clearance");
    e.therapistId = 3;
    return e;
}

} // namespace

class TestICalendar : public QObject
{
    Q_OBJECT

private slots:
    void escapesBackslashFirstThenSeparatorsAndNewlines();
    void foldsAtSeventyFiveOctetsNeverInsideACharacter_data();
    void foldsAtSeventyFiveOctetsNeverInsideACharacter();
    void shortLinesAreNotFolded();
    void madridGetsYearlyRulesFrom1970();
    void aZoneWhoseRulesChangeListsEachChange();
    void aZoneWithoutDaylightSavingHasOneOffset();
    void everyLineEndsInCrLf();
    void localTimesOnBothDaylightSavingDays();
    void theRepeatedHourIsWrittenInUtc();
    void eventsNeverCarryHealthDataOrReasons();
    void uidStaysTheSameAcrossChangesAndSequenceFollowsThem();
    void cancelledAndReferredSessionsAreCancelled();
    void clientNamingFollowsTheSetting();
    void aTherapistsFeedHasOnlyTheirSessions();
};

void TestICalendar::escapesBackslashFirstThenSeparatorsAndNewlines()
{
    QCOMPARE(ICalendar::escapeText(QStringLiteral("a\\n;b,c\nd\r\ne\rf")),
             QStringLiteral("a\\\\n\\;b\\,c\\nd\\ne\\nf"));
    // Control characters are dropped (not allowed in TEXT); a tab stays.
    QCOMPARE(ICalendar::escapeText(QStringLiteral("x\x01y\x7f\tz")), QStringLiteral("xy\tz"));
}

void TestICalendar::foldsAtSeventyFiveOctetsNeverInsideACharacter_data()
{
    QTest::addColumn<QString>("value");
    // Each prefix length moves the multibyte characters across the fold positions.
    for (int prefix = 0; prefix < 4; ++prefix) {
        const QString pad(prefix, QLatin1Char('x'));
        QTest::addRow("2-byte, +%d", prefix) << pad + QString(120, QChar(0x00e9)); // é
        QTest::addRow("3-byte, +%d", prefix) << pad + QString(90, QChar(0x6f22));  // 漢
        QTest::addRow("4-byte, +%d", prefix)
            << pad + QString::fromUtf8("\xf0\x9f\x92\x86").repeated(60); // 💆
        QTest::addRow("mixed, +%d", prefix)
            << pad + QStringLiteral("Massatge de cames: Núria, 漢字 ") +
                   QString::fromUtf8("\xf0\x9f\x8c\xbf").repeated(30) + QStringLiteral("àèìòù");
    }
}

void TestICalendar::foldsAtSeventyFiveOctetsNeverInsideACharacter()
{
    QFETCH(QString, value);
    const QByteArray line = "SUMMARY:" + value.toUtf8();
    const QByteArray folded = ICalendar::fold(line);
    QVERIFY(folded.endsWith("\r\n"));
    const QList<QByteArray> physical = lines(folded);
    QVERIFY(physical.size() > 1);
    for (qsizetype i = 0; i < physical.size(); ++i) {
        const QByteArray& l = physical.at(i);
        QVERIFY2(l.size() <= 75, l.constData());
        if (i > 0)
            QVERIFY(l.startsWith(' '));
        // Each physical line decodes on its own: no character was cut in two.
        QVERIFY2(validUtf8(i > 0 ? l.mid(1) : l), l.toHex().constData());
        // Lines are filled: a fold happens only when the next character would not fit.
        if (i + 1 < physical.size())
            QVERIFY(l.size() >= 72);
    }
    QCOMPARE(unfold(folded), line + "\r\n");
}

void TestICalendar::shortLinesAreNotFolded()
{
    const QByteArray exactly75 = "SUMMARY:" + QByteArray(67, 'a');
    QCOMPARE(ICalendar::fold(exactly75), exactly75 + "\r\n");
    QCOMPARE(ICalendar::fold(exactly75 + 'b'), exactly75 + "\r\n b\r\n");
}

void TestICalendar::madridGetsYearlyRulesFrom1970()
{
    const QByteArray tz = ICalendar::timeZone(kMadrid, 2026, 2027);
    QCOMPARE(tz, QByteArray("BEGIN:VTIMEZONE\r\nTZID:Europe/Madrid\r\n"
                            "BEGIN:DAYLIGHT\r\nDTSTART:19700329T020000\r\n"
                            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
                            "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n"
                            "END:DAYLIGHT\r\n"
                            "BEGIN:STANDARD\r\nDTSTART:19701025T030000\r\n"
                            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
                            "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n"
                            "END:STANDARD\r\nEND:VTIMEZONE\r\n"));
}

void TestICalendar::aZoneWhoseRulesChangeListsEachChange()
{
    // Brazil stopped daylight saving in 2019: a yearly rule would invent changes after it.
    const QTimeZone saoPaulo("America/Sao_Paulo");
    QVERIFY(saoPaulo.isValid());
    const QByteArray tz = ICalendar::timeZone(saoPaulo, 2018, 2020);
    QVERIFY(!tz.contains("RRULE"));
    QVERIFY(tz.contains("DTSTART:20190217T000000")); // the last change back to -03
    QVERIFY(tz.contains("TZOFFSETTO:-0200"));
    QVERIFY(tz.contains("TZOFFSETTO:-0300"));
}

void TestICalendar::aZoneWithoutDaylightSavingHasOneOffset()
{
    const QByteArray tz = ICalendar::timeZone(QTimeZone("Asia/Tokyo"), 2027, 2027);
    QVERIFY(!tz.contains("RRULE"));
    QVERIFY(!tz.contains("DAYLIGHT"));
    QVERIFY(tz.contains("TZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\n"));
}

void TestICalendar::everyLineEndsInCrLf()
{
    ICalendar::Calendar calendar;
    calendar.name = QStringLiteral("Centre, \"Mar\"; línia\nnova");
    calendar.zone = kMadrid;
    calendar.stamp = utc(2026, 11, 25, 9, 0);
    ICalendar::Event e;
    e.uid = QStringLiteral("booking-1@test");
    e.startsAt = madrid(2027, 1, 5, 10, 0);
    e.endsAt = e.startsAt + 3600;
    e.summary = QString(200, QChar(0x00e9)) + QStringLiteral("\nline two");
    calendar.events = {e};
    const QByteArray file = ICalendar::write(calendar);
    QVERIFY(file.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    QVERIFY(file.endsWith("END:VCALENDAR\r\n"));
    QCOMPARE(file.count('\n'), file.count("\r\n"));
    QCOMPARE(file.count('\r'), file.count("\r\n"));
    QVERIFY(file.contains("METHOD:PUBLISH\r\n"));
    QVERIFY(file.contains("DTSTAMP:20261125T090000Z\r\n"));
    QVERIFY(unfold(file).contains("X-WR-CALNAME:Centre\\, \"Mar\"\\; línia\\nnova\r\n"));
    for (const QByteArray& l : lines(file))
        QVERIFY(l.size() <= 75);
}

void TestICalendar::localTimesOnBothDaylightSavingDays()
{
    ICalendar::Calendar calendar;
    calendar.zone = kMadrid;
    calendar.stamp = utc(2027, 3, 1, 9, 0);
    // 10:00 on the Sunday the clocks go forward (08:00Z) and on the one they go back (09:00Z),
    // and the day before each.
    const QList<qint64> starts = {utc(2027, 3, 27, 9, 0), utc(2027, 3, 28, 8, 0),
                                  utc(2027, 10, 30, 8, 0), utc(2027, 10, 31, 9, 0)};
    for (qint64 start : starts) {
        ICalendar::Event e;
        e.uid = QStringLiteral("u%1").arg(start);
        e.startsAt = start;
        e.endsAt = start + 45 * 60;
        calendar.events.append(e);
    }
    const QByteArray file = ICalendar::write(calendar);
    for (const char* expected :
         {"DTSTART;TZID=Europe/Madrid:20270327T100000", "DTEND;TZID=Europe/Madrid:20270327T104500",
          "DTSTART;TZID=Europe/Madrid:20270328T100000",
          "DTSTART;TZID=Europe/Madrid:20271030T100000",
          "DTSTART;TZID=Europe/Madrid:20271031T100000", "DTEND;TZID=Europe/Madrid:20271031T104500"})
        QVERIFY2(file.contains(QByteArray(expected) + "\r\n"), expected);
    QCOMPARE(file.count("BEGIN:VTIMEZONE"), 1);
}

void TestICalendar::theRepeatedHourIsWrittenInUtc()
{
    // 2027-10-31 02:30 happens twice in Madrid: 00:30Z (summer time) and 01:30Z (winter time).
    // A TZID time means the first, so the second must be written in UTC to stay right.
    ICalendar::Calendar calendar;
    calendar.zone = kMadrid;
    calendar.stamp = utc(2027, 10, 1, 9, 0);
    ICalendar::Event first, second;
    first.uid = QStringLiteral("first");
    first.startsAt = utc(2027, 10, 31, 0, 30);
    first.endsAt = first.startsAt + 1800;
    second.uid = QStringLiteral("second");
    second.startsAt = utc(2027, 10, 31, 1, 30);
    second.endsAt = second.startsAt + 1800;
    calendar.events = {first, second};
    const QByteArray file = ICalendar::write(calendar);
    QVERIFY(file.contains("DTSTART;TZID=Europe/Madrid:20271031T023000\r\n"));
    QVERIFY(file.contains("DTSTART:20271031T013000Z\r\n"));
    QVERIFY(file.contains("DTEND;TZID=Europe/Madrid:20271031T030000\r\n"));
}

void TestICalendar::eventsNeverCarryHealthDataOrReasons()
{
    const AgendaEntry e = entry(7, madrid(2027, 1, 5, 10, 0));
    ICalendar::Calendar calendar;
    calendar.zone = kMadrid;
    calendar.stamp = utc(2027, 1, 1, 9, 0);
    calendar.events = {BookingCalendar::staffEvent(e, {}, ClientNaming::Mode::FullName),
                       BookingCalendar::clientEvent(e, {}, QStringLiteral("Centre Mar"))};
    const QByteArray file = unfold(ICalendar::write(calendar));
    QVERIFY(!file.contains("pregnant"));
    QVERIFY(!file.contains("doctor"));
    QVERIFY(!file.contains("needs_clearance"));
    QVERIFY(!file.contains("clearance"));
    QVERIFY(file.contains("SUMMARY:Leg massage: Núria Puig Ferrer\r\n"));
    QVERIFY(file.contains("LOCATION:Sala Mar\r\n"));
    QVERIFY(file.contains("SUMMARY:Leg massage at Centre Mar\r\n"));
    // The session itself, without the cleanup time.
    QVERIFY(file.contains("DTEND;TZID=Europe/Madrid:20270105T110000\r\n"));
}

void TestICalendar::uidStaysTheSameAcrossChangesAndSequenceFollowsThem()
{
    AgendaEntry e = entry(42, madrid(2027, 1, 5, 10, 0));
    const BookingRevision created{utc(2026, 12, 1, 8, 0), utc(2026, 12, 1, 8, 0), 0};
    const ICalendar::Event before =
        BookingCalendar::staffEvent(e, created, ClientNaming::Mode::FirstName);
    e.startsAt = madrid(2027, 1, 6, 12, 0);
    e.roomName = QStringLiteral("Sala Bosc");
    e.status = QStringLiteral("cancelled");
    const BookingRevision changed{created.createdAt, utc(2026, 12, 3, 8, 0), 2};
    const ICalendar::Event after =
        BookingCalendar::staffEvent(e, changed, ClientNaming::Mode::FirstName);
    QCOMPARE(after.uid, before.uid);
    QCOMPARE(before.uid, QStringLiteral("booking-42-20261201T080000Z@massage-desk"));
    QCOMPARE(before.sequence, 0);
    QCOMPARE(after.sequence, 2);
    QVERIFY(after.cancelled);
    // Another booking, or the same id in another centre created at another second, differs.
    QVERIFY(BookingCalendar::uid(43, created.createdAt) != before.uid);
    QVERIFY(BookingCalendar::uid(42, created.createdAt + 1) != before.uid);
}

void TestICalendar::cancelledAndReferredSessionsAreCancelled()
{
    for (const char* status :
         {"booked", "arrived", "in_session", "completed", "no_show", "cancelled", "referred"}) {
        AgendaEntry e = entry(1, madrid(2027, 1, 5, 10, 0));
        e.status = QString::fromLatin1(status);
        const bool cancelled =
            e.status == QLatin1String("cancelled") || e.status == QLatin1String("referred");
        ICalendar::Calendar calendar;
        calendar.zone = kMadrid;
        calendar.events = {BookingCalendar::staffEvent(e, {}, ClientNaming::Mode::Initials)};
        const QByteArray file = ICalendar::write(calendar);
        QVERIFY2(file.contains(cancelled ? "STATUS:CANCELLED\r\n" : "STATUS:CONFIRMED\r\n"),
                 status);
        QVERIFY(!file.contains("referred"));
    }
}

void TestICalendar::clientNamingFollowsTheSetting()
{
    const QString name = QStringLiteral("  núria   Puig Ferrer ");
    QCOMPARE(ClientNaming::apply(name, ClientNaming::fromSetting(QStringLiteral("full"))),
             QStringLiteral("núria Puig Ferrer"));
    QCOMPARE(ClientNaming::apply(name, ClientNaming::fromSetting(QStringLiteral("first"))),
             QStringLiteral("núria"));
    QCOMPARE(ClientNaming::apply(name, ClientNaming::fromSetting(QStringLiteral("initials"))),
             QStringLiteral("N.P.F."));
    QCOMPARE(ClientNaming::fromSetting(QStringLiteral("nonsense")), ClientNaming::Mode::FirstName);
    // A character outside the BMP stays whole.
    QCOMPARE(
        ClientNaming::apply(QString::fromUtf8("\xf0\x9d\x90\x80nna"), ClientNaming::Mode::Initials),
        QString::fromUtf8("\xf0\x9d\x90\x80."));
}

void TestICalendar::aTherapistsFeedHasOnlyTheirSessions()
{
    AgendaEntry other = entry(2, madrid(2027, 1, 5, 11, 0));
    other.therapistId = 4;
    const QList<AgendaEntry> entries = {entry(1, madrid(2027, 1, 5, 10, 0)), other};
    QCOMPARE(BookingCalendar::staffEvents(entries, {}, ClientNaming::Mode::FirstName, 3).size(), 1);
    QCOMPARE(BookingCalendar::staffEvents(entries, {}, ClientNaming::Mode::FirstName, 0).size(), 2);
}

QTEST_GUILESS_MAIN(TestICalendar)
#include "tst_icalendar.moc"
