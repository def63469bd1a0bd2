#include "CheckinTestHelpers.h"
#include "PgTestServer.h"
#include "StorageTestHelpers.h"
#include "TestDatabase.h"
#include "storage/ChangeFeed.h"
#include "storage/CheckinRepository.h"
#include "storage/DemoGenerator.h"
#include "storage/Scheduler.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

// The change feed (DESIGN 7): a write by another connection or program reaches a listening
// program through its event loop. On PostgreSQL (the _pg variant) the payload names the kind,
// the booking and its day and carries no health data; on SQLite a general change is reported.
class TestChangeFeed : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    std::unique_ptr<Database> secondConnection()
    {
        StorageError error;
        Database::Options options;
        options.path = m_db->path();
        options.mode = Database::Mode::OpenExisting;
        auto other = Database::open(options, m_db->clock(), &error);
        if (!other)
            qWarning("second connection: %s", qPrintable(error.detail));
        return other;
    }

    static bool sawBooking(const QSignalSpy& spy, qint64 id)
    {
        for (const QList<QVariant>& args : spy) {
            const Change change = args.at(0).value<Change>();
            if (change.kind == Change::Kind::Any ||
                (change.kind == Change::Kind::Booking && change.id == id))
                return true;
        }
        return false;
    }

private slots:
    void init()
    {
        StorageTest::quietLogs();
        m_db = std::make_unique<TestDatabase>(
            true, QDateTime(QDate(2026, 11, 25), QTime(7, 0), QTimeZone::utc()));
    }

    void cleanup() { m_db.reset(); }

    void payloadsReadBack()
    {
        const QTimeZone madrid("Europe/Madrid");
        // 2026-11-25 23:30 UTC is already the 26th in Madrid.
        const std::optional<Change> late =
            Change::fromPayload(QStringLiteral("booking 7 1795649400"), madrid);
        QVERIFY(late);
        QCOMPARE(late->kind, Change::Kind::Booking);
        QCOMPARE(late->id, qint64(7));
        QCOMPARE(late->day, QDate(2026, 11, 26));
        QVERIFY(late->touches(QDate(2026, 11, 23), 7));
        QVERIFY(!late->touches(QDate(2026, 11, 25)));
        const std::optional<Change> staff =
            Change::fromPayload(QStringLiteral("staff 0 0"), madrid);
        QVERIFY(staff);
        QVERIFY(!staff->day.isValid());
        QVERIFY(staff->touches(QDate(2026, 11, 25))); // names may read differently anywhere
        QVERIFY(!Change::fromPayload(QStringLiteral("booking x 1"), madrid));
        QVERIFY(!Change::fromPayload(QStringLiteral("weather 1 1"), madrid));
        QVERIFY(!Change::fromPayload(QString(), madrid));
    }

    // A booking made on another connection reaches the feed; one made on the feed's own
    // connection does not (that screen already shows it).
    void anotherConnectionsBookingArrives()
    {
        const StorageTest::Resources r = StorageTest::addResources(m_db->db());
        ChangeFeed feed(m_db->db());
        QSignalSpy spy(&feed, &ChangeFeed::changed);
        QCOMPARE(feed.isListening(), m_db->isServer());

        StorageError error;
        qint64 own = 0;
        QVERIFY(Scheduler(m_db->db(), QTimeZone("Europe/Madrid"))
                    .book(StorageTest::bookingAt(r, StorageTest::kBaseSlot), QString(), &own,
                          nullptr, &error));
        auto other = secondConnection();
        QVERIFY(other);
        qint64 id = 0;
        QVERIFY(Scheduler(*other, QTimeZone("Europe/Madrid"))
                    .book(StorageTest::bookingAt(r, StorageTest::kBaseSlot + 3600), QString(), &id,
                          nullptr, &error));
        QTRY_VERIFY_WITH_TIMEOUT(sawBooking(spy, id), 5000);
        if (m_db->isServer()) {
            const Change change = spy.last().at(0).value<Change>();
            QCOMPARE(change.day, QDate(2026, 12, 1)); // 09:00 in Madrid
            for (const QList<QVariant>& args : spy)
                QVERIFY(args.at(0).value<Change>().id != own);
        }
    }

    // Whatever program writes is heard: psql on the server, another process (storage_writer,
    // which books the CLI's way) on a file.
    void aWriteFromAnotherProgramArrives()
    {
        const StorageTest::Resources r = StorageTest::addResources(m_db->db());
        ChangeFeed feed(m_db->db());
        QSignalSpy spy(&feed, &ChangeFeed::changed);
        if (m_db->isServer()) {
            const QString database = QUrl(m_db->path()).path().mid(1);
            QString output;
            QVERIFY2(PgTestServer::instance().psql(
                         database,
                         QStringLiteral("UPDATE clients SET full_name = 'Renamed' WHERE id = %1")
                             .arg(r.client),
                         &output),
                     qPrintable(output));
            QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 5000);
            const Change change = spy.last().at(0).value<Change>();
            QCOMPARE(change.kind, Change::Kind::Client);
            QCOMPARE(change.id, r.client);
            return;
        }
        QProcess writer;
        writer.start(StorageTest::writerProgram(),
                     StorageTest::writerArguments(m_db->path(), r, 0, 1));
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 10000);
        QCOMPARE(spy.last().at(0).value<Change>().kind, Change::Kind::Any);
        QVERIFY(writer.state() == QProcess::NotRunning || writer.waitForFinished(30000));
        QCOMPARE(writer.exitCode(), 0);
    }

    // A saved check-in is announced by booking and day; the answers, the areas to avoid and
    // the notes never travel in a payload.
    void aCheckinIsAnnouncedWithoutHealthData()
    {
        DemoGenerator::Summary summary;
        StorageError error;
        QVERIFY(
            DemoGenerator::generate(m_db->db(), {DemoGenerator::Size::Small, 3}, &summary, &error));
        const qint64 booking = CheckinTestHelpers::bookedToday(m_db->db(), QStringLiteral("leg"));
        QVERIFY(booking > 0);
        ChangeFeed feed(m_db->db());
        QSignalSpy spy(&feed, &ChangeFeed::changed);
        QStringList payloads;
        if (m_db->isServer()) {
            connect(m_db->db().connection().driver(),
                    qOverload<const QString&, QSqlDriver::NotificationSource, const QVariant&>(
                        &QSqlDriver::notification),
                    this,
                    [&payloads](const QString&, QSqlDriver::NotificationSource,
                                const QVariant& payload) { payloads << payload.toString(); });
        }
        auto other = secondConnection();
        QVERIFY(other);
        CheckInAnswers answers =
            CheckinTestHelpers::allNo(QStringLiteral("leg"), QStringLiteral("one_leg_symptoms"));
        answers.avoidAreas = QStringLiteral("left calf");
        answers.notes = QStringLiteral("swollen since Tuesday");
        Evaluation evaluation;
        QVERIFY2(CheckinRepository(*other).record(booking, answers, QString(), &evaluation, &error),
                 qPrintable(error.detail));
        const auto sawCheckin = [&spy, booking] {
            for (const QList<QVariant>& args : spy) {
                const Change change = args.at(0).value<Change>();
                if (change.kind == Change::Kind::Any ||
                    (change.kind == Change::Kind::Checkin && change.id == booking))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(sawCheckin(), 5000);
        if (!m_db->isServer())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(payloads.contains(QStringLiteral("checkin %1 ").arg(booking) +
                                                   QString::number(scalarStart(booking))),
                                 5000);
        for (const QString& payload : std::as_const(payloads)) {
            QVERIFY2(!payload.contains(QLatin1String("calf")), qPrintable(payload));
            QVERIFY2(!payload.contains(QLatin1String("swollen")), qPrintable(payload));
            QVERIFY2(!payload.contains(QLatin1String("one_leg")), qPrintable(payload));
            QVERIFY2(!payload.contains(QLatin1String("stop")), qPrintable(payload));
            QVERIFY2(Change::fromPayload(payload, QTimeZone::utc()).has_value(),
                     qPrintable(payload));
        }
    }

    // After a reconnect the feed listens again and says that something may have changed.
    void resubscribeListensAgain()
    {
        const StorageTest::Resources r = StorageTest::addResources(m_db->db());
        ChangeFeed feed(m_db->db());
        QSignalSpy spy(&feed, &ChangeFeed::changed);
        feed.resubscribe();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<Change>().kind, Change::Kind::Any);
        QCOMPARE(feed.isListening(), m_db->isServer());
        auto other = secondConnection();
        QVERIFY(other);
        StorageError error;
        qint64 id = 0;
        QVERIFY(Scheduler(*other, QTimeZone("Europe/Madrid"))
                    .book(StorageTest::bookingAt(r, StorageTest::kBaseSlot), QString(), &id,
                          nullptr, &error));
        spy.clear();
        QTRY_VERIFY_WITH_TIMEOUT(sawBooking(spy, id), 5000);
    }

private:
    qint64 scalarStart(qint64 booking)
    {
        return TestTimes::secs(StorageTest::scalar(
            m_db->db(),
            QStringLiteral("SELECT starts_at FROM bookings WHERE id = %1").arg(booking)));
    }
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_change_feed.moc"
