// Report figures against hand-computed fixtures (tests/data/reports/*.json): bookings written
// straight into a real SQLite file, the expected numbers beside them.
#include "StorageTestHelpers.h"
#include "TestDatabase.h"
#include "core/LocalTime.h"
#include "storage/ReportRepository.h"
#include "storage/SettingsRepository.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

namespace {

const QTimeZone kMadrid("Europe/Madrid");

QJsonObject readFixture(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

qint64 local(const QString& text)
{
    qint64 utc = 0;
    QString error;
    if (!LocalTime::parse(text, kMadrid, &utc, &error))
        qWarning("bad fixture time %s: %s", qPrintable(text), qPrintable(error));
    return utc;
}

bool run(Database& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("fixture statement failed: %s", qPrintable(sql));
        return false;
    }
    return true;
}

bool insertCheckin(Database& db, qint64 booking, const QString& outcome, const QVariant& replaced)
{
    return run(
        db,
        QStringLiteral("INSERT INTO checkins (booking_id, answers, outcome, rule_version, "
                       "recorded_at, signed_off_at, clearance_at, superseded_at) "
                       "VALUES (?, '{}', ?, 'test', %1, %1, %1, ?)")
            .arg(TestTimes::sql(db, 1)),
        {booking, outcome, replaced.isNull() ? replaced : db.timeValue(replaced.toLongLong())});
}

// A new published revision of a service from `at` on, one length at a new price, as the
// catalogue editor saves it. The default catalogue's revisions are dated before everything.
bool changePrice(Database& db, const QJsonObject& change)
{
    if (!run(db,
             QStringLiteral("UPDATE service_revisions SET created_at = %1 WHERE created_at > ?")
                 .arg(TestTimes::sql(db, 0)),
             {db.timeValue(local(change["at"].toString()))}))
        return false;
    QSqlQuery q(db.connection());
    q.prepare("INSERT INTO service_revisions (service_id, revision, body_areas, pressure, "
              "cleanup_minutes, state, change_summary, created_at) SELECT r.service_id, "
              "r.revision + 1, r.body_areas, r.pressure, r.cleanup_minutes, 'published', "
              "'price', ? FROM services s JOIN service_revisions r "
              "ON r.id = s.published_revision_id WHERE s.code = ? RETURNING id");
    q.addBindValue(db.timeValue(local(change["at"].toString())));
    q.addBindValue(change["service"].toString());
    if (!q.exec() || !q.next())
        return false;
    const qint64 revision = q.value(0).toLongLong(); // RETURNING: lastval() misleads on PostgreSQL
    q.finish();
    const QString old = "(SELECT published_revision_id FROM services WHERE code = ?)";
    return run(db,
               "INSERT INTO service_durations (revision_id, minutes, price_cents) SELECT ?, "
               "minutes, CASE WHEN minutes = ? THEN ? ELSE price_cents END FROM "
               "service_durations WHERE revision_id = " +
                   old,
               {revision, change["minutes"].toInt(), change["price"].toInteger(),
                change["service"].toString()}) &&
           run(db,
               "INSERT INTO service_texts (revision_id, language, name) SELECT ?, language, "
               "name FROM service_texts WHERE revision_id = " +
                   old,
               {revision, change["service"].toString()}) &&
           run(db, "UPDATE services SET published_revision_id = ? WHERE code = ?",
               {revision, change["service"].toString()});
}

// Writes the fixture's centre: therapists, rooms, clients, shifts, absences, bookings with their
// check-ins. Bookings go in as booked and then take their status, as the triggers require.
bool load(Database& db, const QJsonObject& fixture)
{
    bool ok = true;
    for (const QJsonValue& t : fixture.value("therapists").toArray())
        ok = ok && run(db, "INSERT INTO therapists (id, display_name, created_at) VALUES (?, ?, ?)",
                       {t["id"].toInteger(), t["name"].toString(), db.timeValue(0)});
    for (const QJsonValue& r : fixture.value("rooms").toArray())
        ok = ok && run(db, "INSERT INTO rooms (id, name, created_at) VALUES (?, ?, ?)",
                       {r["id"].toInteger(), r["name"].toString(), db.timeValue(0)});
    for (const QJsonValue& c : fixture.value("clients").toArray())
        ok = ok && run(db,
                       "INSERT INTO clients (id, full_name, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?)",
                       {c.toInteger(), QStringLiteral("Client %1").arg(c.toInteger()),
                        db.timeValue(0), db.timeValue(0)});
    for (const QJsonValue& s : fixture.value("shifts").toArray())
        ok = ok && run(db,
                       "INSERT INTO therapist_shifts (therapist_id, weekday, start_minute, "
                       "end_minute) VALUES (?, ?, ?, ?)",
                       {s["therapist"].toInteger(), s["weekday"].toInt(), s["start"].toInt(),
                        s["end"].toInt()});
    for (const QJsonValue& o : fixture.value("opening_hours").toArray())
        ok = ok && run(db,
                       "INSERT INTO opening_hours (weekday, opens_minute, closes_minute) "
                       "VALUES (?, ?, ?)",
                       {o["weekday"].toInt(), o["opens"].toInt(), o["closes"].toInt()});
    for (const QJsonValue& d : fixture.value("closed_days").toArray())
        ok = ok && run(db, "INSERT INTO closed_days (day) VALUES (?)", {d.toString()});
    for (const QJsonValue& a : fixture.value("absences").toArray())
        ok = ok && run(db,
                       "INSERT INTO therapist_absences (therapist_id, starts_at, ends_at) "
                       "VALUES (?, ?, ?)",
                       {a["therapist"].toInteger(), db.timeValue(local(a["from"].toString())),
                        db.timeValue(local(a["to"].toString()))});
    for (const QJsonValue& change : fixture.value("price_changes").toArray())
        ok = ok && changePrice(db, change.toObject());
    for (const QJsonValue& value : fixture.value("bookings").toArray()) {
        const QJsonObject b = value.toObject();
        const qint64 id = b["id"].toInteger();
        const qint64 start = local(b["start"].toString());
        const int minutes = b["minutes"].toInt();
        ok = ok &&
             run(db,
                 "INSERT INTO bookings (id, client_id, service_id, therapist_id, room_id, "
                 "starts_at, minutes, cleanup_minutes, ends_at, status, created_at, "
                 "updated_at) SELECT ?, ?, id, ?, ?, ?, ?, 10, ?, 'booked', ?, ? "
                 "FROM services WHERE code = ?",
                 {id, b["client"].toInteger(), b["therapist"].toInteger(), b["room"].toInteger(),
                  db.timeValue(start), minutes, db.timeValue(start + (minutes + 10) * 60),
                  db.timeValue(0), db.timeValue(0), b["service"].toString()});
        if (b.contains("superseded"))
            ok = ok && insertCheckin(db, id, b["superseded"].toString(), 1);
        if (b.contains("outcome"))
            ok = ok && insertCheckin(db, id, b["outcome"].toString(), QVariant());
        ok = ok && run(db, "UPDATE bookings SET status = ?, status_reason = ? WHERE id = ?",
                       {b["status"].toString(), b["reason"].toString(QStringLiteral("")), id});
    }
    return ok;
}

} // namespace

// Reasons, rates, weeks and busy hours, for the cases that give them.
void checkSeries(const Report& r, const QJsonObject& expect)
{
    if (expect.contains("reasons")) {
        const QJsonArray reasons = expect["reasons"].toArray();
        QCOMPARE(r.reasons.size(), reasons.size());
        for (int i = 0; i < reasons.size(); ++i) {
            QCOMPARE(r.reasons.at(i).status, reasons.at(i)["status"].toString());
            QCOMPARE(r.reasons.at(i).reason, reasons.at(i)["reason"].toString());
            QCOMPARE(r.reasons.at(i).count, reasons.at(i)["count"].toInt());
        }
        QCOMPARE(r.cancellationRate(),
                 r.allBookings() ? double(r.cancelled) / r.allBookings() : -1);
        QCOMPARE(r.allBookings(), expect["all_bookings"].toInt());
    }
    if (expect.contains("weeks")) {
        const QJsonArray weeks = expect["weeks"].toArray();
        QCOMPARE(r.weeks.size(), weeks.size());
        for (int i = 0; i < weeks.size(); ++i) {
            QCOMPARE(r.weeks.at(i).monday.toString(Qt::ISODate), weeks.at(i)["monday"].toString());
            QCOMPARE(r.weeks.at(i).sessions, weeks.at(i)["sessions"].toInt());
            QCOMPARE(r.weeks.at(i).sessionMinutes, weeks.at(i)["minutes"].toInteger());
        }
    }
    if (expect.contains("busy")) {
        QList<int> busy(7 * 24, 0);
        for (const QJsonValue& cell : expect["busy"].toArray())
            busy[(cell["weekday"].toInt() - 1) * 24 + cell["hour"].toInt()] =
                cell["sessions"].toInt();
        for (int i = 0; i < busy.size(); ++i)
            QVERIFY2(r.busyHours.at(i) == busy.at(i),
                     qPrintable(QStringLiteral("weekday %1 hour %2: %3, expected %4")
                                    .arg(i / 24 + 1)
                                    .arg(i % 24)
                                    .arg(r.busyHours.at(i))
                                    .arg(busy.at(i))));
    }
}

// The period before, of the same length: its dates, its hand-computed figures, and the same
// numbers compare() gives beside the period itself.
void checkPrevious(Database& db, const Report& current, const QJsonObject& previous)
{
    ReportComparison both;
    StorageError error;
    QVERIFY2(ReportRepository(db, kMadrid).compare(current.from, current.to, "en", &both, &error),
             qPrintable(error.message));
    QCOMPARE(both.current.sessions, current.sessions);
    QCOMPARE(both.current.revenueCents, current.revenueCents);
    QCOMPARE(both.previous.from.toString(Qt::ISODate), previous["from"].toString());
    QCOMPARE(both.previous.to.toString(Qt::ISODate), previous["to"].toString());
    QCOMPARE(both.previous.sessions, previous["sessions"].toInt());
    QCOMPARE(both.previous.sessionMinutes, previous["minutes"].toInteger());
    QCOMPARE(both.previous.revenueCents, previous["revenue"].toInteger());
    QCOMPARE(both.previous.cancelled, previous["cancelled"].toInt());
    QCOMPARE(both.previous.newClients, previous["new_clients"].toInt());
}

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { StorageTest::quietLogs(); }

    void figures_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("index");
        QDirIterator files(QStringLiteral(MASSAGE_DESK_REPORT_FIXTURES), {"*.json"});
        int found = 0;
        while (files.hasNext()) {
            const QString path = files.next();
            const QJsonArray cases = readFixture(path).value("cases").toArray();
            for (int i = 0; i < cases.size(); ++i) {
                QTest::addRow("%s: %s", qPrintable(QFileInfo(path).baseName()),
                              qPrintable(cases.at(i)["name"].toString()))
                    << path << i;
                ++found;
            }
        }
        QVERIFY2(found > 0, "no report fixtures found");
    }

    // Every figure of each case against the hand-computed numbers.
    void figures()
    {
        QFETCH(QString, fixture);
        QFETCH(int, index);
        const QJsonObject data = readFixture(fixture);
        TestDatabase db;
        QCOMPARE(SettingsRepository(db.db()).timeZone().id(), kMadrid.id());
        QVERIFY(load(db.db(), data));
        const QJsonObject c = data.value("cases").toArray().at(index).toObject();
        const QJsonObject expect = c["expect"].toObject();
        Report r;
        StorageError error;
        QVERIFY2(ReportRepository(db.db(), kMadrid)
                     .build(QDate::fromString(c["from"].toString(), Qt::ISODate),
                            QDate::fromString(c["to"].toString(), Qt::ISODate),
                            QStringLiteral("en"), &r, &error),
                 qPrintable(error.message));
        QCOMPARE(r.sessions, expect["sessions"].toInt());
        QCOMPARE(r.booked, expect["booked"].toInt());
        QCOMPARE(r.arrived, expect["arrived"].toInt());
        QCOMPARE(r.inSession, expect["in_session"].toInt());
        QCOMPARE(r.completed, expect["completed"].toInt());
        QCOMPARE(r.cancelled, expect["cancelled"].toInt());
        QCOMPARE(r.noShows, expect["no_shows"].toInt());
        QCOMPARE(r.referred, expect["referred"].toInt());
        QCOMPARE(r.sessionMinutes, expect["minutes"].toInteger());
        QCOMPARE(r.revenueCents, expect["revenue"].toInteger());
        QCOMPARE(r.newClients, expect["new_clients"].toInt());
        QCOMPARE(r.returningClients, expect["returning_clients"].toInt());

        const QJsonArray therapists = expect["by_therapist"].toArray();
        QCOMPARE(r.byTherapist.size(), therapists.size());
        for (int i = 0; i < therapists.size(); ++i) {
            const ReportLine& line = r.byTherapist.at(i);
            QCOMPARE(line.id, therapists.at(i)["id"].toInteger());
            QCOMPARE(line.sessions, therapists.at(i)["sessions"].toInt());
            QCOMPARE(line.sessionMinutes, therapists.at(i)["minutes"].toInteger());
            QCOMPARE(line.revenueCents, therapists.at(i)["revenue"].toInteger());
            QCOMPARE(line.workingMinutes, therapists.at(i)["working_minutes"].toInteger());
            if (line.workingMinutes > 0)
                QCOMPARE(line.occupancy, double(line.sessionMinutes) / line.workingMinutes);
            else
                QCOMPARE(line.occupancy, -1.0);
        }
        const QJsonArray rooms = expect["by_room"].toArray();
        QCOMPARE(r.byRoom.size(), rooms.size());
        for (int i = 0; i < rooms.size(); ++i) {
            QCOMPARE(r.byRoom.at(i).id, rooms.at(i)["id"].toInteger());
            QCOMPARE(r.byRoom.at(i).sessions, rooms.at(i)["sessions"].toInt());
            QCOMPARE(r.byRoom.at(i).sessionMinutes, rooms.at(i)["minutes"].toInteger());
            QCOMPARE(r.byRoom.at(i).revenueCents, rooms.at(i)["revenue"].toInteger());
            const ReportLine& room = r.byRoom.at(i);
            QCOMPARE(room.workingMinutes, rooms.at(i)["open_minutes"].toInteger());
            QCOMPARE(room.occupancy, room.workingMinutes > 0
                                         ? double(room.sessionMinutes) / room.workingMinutes
                                         : -1.0);
        }
        // Sorted by name in the report; compare as a set of (code, length).
        const QJsonArray services = expect["by_service"].toArray();
        QCOMPARE(r.byService.size(), services.size());
        for (const QJsonValue& s : services) {
            const auto found =
                std::find_if(r.byService.cbegin(), r.byService.cend(), [&](const ReportLine& line) {
                    return line.code == s["code"].toString() && line.minutes == s["length"].toInt();
                });
            QVERIFY2(found != r.byService.cend(), qPrintable(s["code"].toString()));
            QCOMPARE(found->sessions, s["sessions"].toInt());
            QCOMPARE(found->sessionMinutes, s["minutes"].toInteger());
            QCOMPARE(found->revenueCents, s["revenue"].toInteger());
        }
        const QJsonObject outcomes = expect["outcomes"].toObject();
        QCOMPARE(r.outcomes.size(), outcomes.size());
        for (auto it = outcomes.constBegin(); it != outcomes.constEnd(); ++it)
            QCOMPARE(r.outcomes.value(it.key(), -1), it.value().toInt());
        checkSeries(r, expect);
        if (c.contains("previous"))
            checkPrevious(db.db(), r, c["previous"].toObject());
    }

    // The UTC bounds follow each midnight's own offset: 23 hours in spring, 25 in autumn.
    void boundsAcrossClockChanges()
    {
        qint64 start = 0, end = 0;
        ReportRepository::bounds(QDate(2026, 3, 29), QDate(2026, 3, 29), kMadrid, &start, &end);
        QCOMPARE(end - start, qint64(23 * 3600));
        ReportRepository::bounds(QDate(2026, 10, 25), QDate(2026, 10, 25), kMadrid, &start, &end);
        QCOMPARE(end - start, qint64(25 * 3600));
        QCOMPARE(start,
                 QDateTime(QDate(2026, 10, 24), QTime(22, 0), QTimeZone::utc()).toSecsSinceEpoch());
    }

    void onlyManagers()
    {
        TestDatabase db;
        Report r;
        for (Role role : {Role::Receptionist, Role::Therapist}) {
            db.db().setActor(Actor{7, QStringLiteral("someone"), role, 0});
            StorageError error;
            QVERIFY(!ReportRepository(db.db(), kMadrid)
                         .build(QDate(2026, 11, 1), QDate(2026, 11, 30), "en", &r, &error));
            QCOMPARE(error.code, StorageError::Code::Refused);
            QCOMPARE(error.message, Permissions::refusal(role, Action::ReadReports));
        }
        db.db().setActor(Actor{7, QStringLiteral("boss"), Role::Manager, 0});
        StorageError error;
        QVERIFY(ReportRepository(db.db(), kMadrid)
                    .build(QDate(2026, 11, 1), QDate(2026, 11, 30), "en", &r, &error));
        QCOMPARE(r.outcomes.size(), 5);
    }

    void reversedPeriodRefused()
    {
        TestDatabase db;
        Report r;
        StorageError error;
        QVERIFY(!ReportRepository(db.db(), kMadrid)
                     .build(QDate(2026, 11, 30), QDate(2026, 11, 1), "en", &r, &error));
        QCOMPARE(error.code, StorageError::Code::Refused);
        QVERIFY(!error.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
