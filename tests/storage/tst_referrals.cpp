#include "CheckinTestHelpers.h"
#include "TestDatabase.h"
#include "storage/BookingRepository.h"
#include "storage/CheckinRepository.h"
#include "storage/ClientDataRights.h"
#include "storage/DemoGenerator.h"
#include "storage/Scheduler.h"
#include "storage/SessionRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace CheckinTestHelpers;

// DESIGN 2.2 in storage: a stop-and-refer follows the client to every later check-in, for any
// service, until a clearance is recorded; a check-in is taken on the session's day only; and
// checking in again is a new record beside the earlier one.
class TestReferrals : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    const QTimeZone m_zone{"Europe/Madrid"};
    // The tests' "now": Wednesday 2026-11-25 08:00 at the centre.
    const QDateTime m_now{QDate(2026, 11, 25), QTime(7, 0), QTimeZone::utc()};

    qint64 scalar(const QString& sql)
    {
        QSqlQuery query(m_db->db().connection());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    // Books the client of `booking` again later today, from `hour`, for the first of the
    // services that has a free place then; `code` says which.
    qint64 bookSameClient(qint64 booking, int hour, QString* code)
    {
        BookingRequest request;
        request.clientId =
            scalar(QStringLiteral("SELECT client_id FROM bookings WHERE id = %1").arg(booking));
        const qint64 midnight =
            QDateTime(QDate(2026, 11, 26), QTime(0, 0), m_zone).toSecsSinceEpoch();
        Scheduler scheduler(m_db->db(), m_zone);
        StorageError error;
        for (const char* service : {"foot", "leg", "full-body", "sports"}) {
            request.serviceCode = QString::fromLatin1(service);
            request.startsAt = QDateTime(m_now.date(), QTime(hour, 0), m_zone).toSecsSinceEpoch();
            const QList<Placement> free = scheduler.findSlots(request, 1, &error, 15, 1);
            if (free.isEmpty() || free.first().startsAt >= midnight)
                continue;
            request.startsAt = free.first().startsAt;
            request.therapistId = free.first().therapistId;
            request.roomId = free.first().roomId;
            qint64 id = 0;
            if (!scheduler.book(request, QString(), &id, nullptr, &error))
                return 0;
            *code = request.serviceCode;
            return id;
        }
        return 0;
    }

    Evaluation checkIn(qint64 booking, const CheckInAnswers& answers)
    {
        Evaluation evaluation;
        StorageError error;
        if (!CheckinRepository(m_db->db()).record(booking, answers, QString(), &evaluation, &error))
            qWarning("check-in refused: %s", qPrintable(error.message));
        return evaluation;
    }

    // A referred client: their stop-and-refer at today's first leg session, and a later
    // session the same day (the reported case: 10:00 referral, 10:45 new booking).
    void referClient(qint64* referral, qint64* later, QString* laterService)
    {
        *referral = bookedToday(m_db->db(), QStringLiteral("leg"));
        QVERIFY(*referral > 0);
        QCOMPARE(
            checkIn(*referral, allNo(QStringLiteral("leg"), QStringLiteral("one_leg_symptoms")))
                .outcome,
            Outcome::StopRefer);
        *later = bookSameClient(*referral, 12, laterService);
        QVERIFY(*later > 0);
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>(true, m_now);
        DemoGenerator::Summary summary;
        StorageError error;
        QVERIFY(
            DemoGenerator::generate(m_db->db(), {DemoGenerator::Size::Small, 3}, &summary, &error));
    }

    void aReferralFollowsTheClientUntilClearance()
    {
        qint64 referral = 0;
        qint64 later = 0;
        QString laterService;
        referClient(&referral, &later, &laterService);
        const qint64 client =
            scalar(QStringLiteral("SELECT client_id FROM bookings WHERE id = %1").arg(referral));
        CheckinRepository checkins(m_db->db());
        StorageError error;
        std::optional<OpenReferral> open;
        QVERIFY(checkins.openReferral(client, &open, &error));
        QVERIFY(open);
        QCOMPARE(open->bookingId, referral);
        QCOMPARE(open->date, m_now.date());

        // All "no" for another service: still needs clearance, saying why.
        const Evaluation held = checkIn(later, allNo(laterService));
        QCOMPARE(held.outcome, Outcome::NeedsClearance);
        QCOMPARE(held.reasons, QStringList{openReferralReason()});
        QCOMPARE(held.openReferral->bookingId, referral);
        StoredCheckin stored;
        QVERIFY(checkins.read(later, QString(), &stored, &error));
        QCOMPARE(stored.outcome, Outcome::NeedsClearance);
        QVERIFY(stored.referral);
        QCOMPARE(stored.referral->bookingId, referral);
        QVERIFY(PrecautionEngine::openReferralText(*stored.referral)
                    .contains(m_now.date().toString(Qt::ISODate)));

        // The calendar's entry says so before any check-in.
        QString thirdService;
        const qint64 third = bookSameClient(referral, 15, &thirdService);
        QVERIFY(third > 0);
        const QList<AgendaEntry> day =
            BookingRepository(m_db->db(), m_zone)
                .agenda(m_now.toSecsSinceEpoch() - 8 * 3600, m_now.toSecsSinceEpoch() + 16 * 3600,
                        QStringLiteral("en"), &error);
        QVERIFY2(!day.isEmpty(), qPrintable(error.detail));
        bool seen = false;
        for (const AgendaEntry& e : day) {
            if (e.id == third) {
                seen = true;
                QCOMPARE(e.referralBookingId, referral);
                QCOMPARE(e.referralDay, m_now.date().toString(Qt::ISODate));
            } else if (e.clientId != client) {
                QCOMPARE(e.referralBookingId, 0);
            }
        }
        QVERIFY(seen);

        // The session cannot start; clearance recorded on the later check-in closes the
        // referral for every visit after it.
        SessionRepository sessions(m_db->db());
        QVERIFY(!sessions.start(later, QString(), &error));
        QVERIFY2(sessions.recordClearance(later, QStringLiteral("Dr Puig, GP"),
                                          m_now.toSecsSinceEpoch() - 600,
                                          QStringLiteral("No thrombosis found"), QString(), &error),
                 qPrintable(error.message));
        QVERIFY(checkins.openReferral(client, &open, &error));
        QVERIFY(!open);
        QCOMPARE(checkIn(third, allNo(thirdService)).outcome, Outcome::Proceed);
    }

    void clearanceOnTheReferralItselfClosesIt()
    {
        qint64 referral = 0;
        qint64 later = 0;
        QString laterService;
        referClient(&referral, &later, &laterService);
        SessionRepository sessions(m_db->db());
        StorageError error;
        QVERIFY2(sessions.recordClearance(
                     referral, QStringLiteral("Emergency department"), m_now.toSecsSinceEpoch(),
                     QStringLiteral("Scan clear; massage is fine"), QString(), &error),
                 qPrintable(error.message));
        // The referred session itself still never starts.
        QVERIFY(!sessions.start(referral, QString(), &error));
        QCOMPARE(checkIn(later, allNo(laterService)).outcome, Outcome::Proceed);
    }

    // Without a clearance, a later stop-and-refer or a milder outcome recorded around the
    // storage layer cannot close the referral either.
    void theDatabaseHoldsTheReferralToo()
    {
        qint64 referral = 0;
        qint64 later = 0;
        QString laterService;
        referClient(&referral, &later, &laterService);
        QSqlQuery raw(m_db->db().connection());
        QVERIFY(!raw.exec(QStringLiteral("INSERT INTO checkins (booking_id, answers, outcome, "
                                         "rule_version, recorded_at) VALUES (%1, '{}', "
                                         "'proceed', 'x', %2)")
                              .arg(later)
                              .arg(m_now.toSecsSinceEpoch())));
        QVERIFY(raw.lastError().text().contains(QStringLiteral("open referral")));
        QCOMPARE(
            scalar(
                QStringLiteral("SELECT count(*) FROM checkins WHERE booking_id = %1").arg(later)),
            0);
    }

    void aCheckinIsTakenOnTheSessionsDayOnly()
    {
        const qint64 tomorrow = scalar(
            QStringLiteral("SELECT id FROM bookings WHERE status = 'booked' AND starts_at >= %1 "
                           "ORDER BY starts_at LIMIT 1")
                .arg(QDateTime(QDate(2026, 11, 26), QTime(0, 0), m_zone).toSecsSinceEpoch()));
        QVERIFY(tomorrow > 0);
        const qint64 audit = scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
        Evaluation evaluation;
        StorageError error;
        const QString service = QStringLiteral("leg");
        QVERIFY(!CheckinRepository(m_db->db())
                     .record(tomorrow, allNo(service), QString(), &evaluation, &error));
        QVERIFY2(error.message.contains(QStringLiteral("2026-11-26")) &&
                     error.message.contains(QStringLiteral("session's day")) &&
                     error.message.contains(QStringLiteral("2026-11-25")),
                 qPrintable(error.message));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM checkins WHERE booking_id = %1")
                            .arg(tomorrow)),
                 0);
        QCOMPARE(scalar(QStringLiteral("SELECT status = 'booked' FROM bookings WHERE id = %1")
                            .arg(tomorrow)),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), audit);

        // The centre's day, not UTC's: 00:30 in Madrid is still the previous day in UTC.
        m_db->clock().set(QDateTime(QDate(2026, 11, 25), QTime(23, 30), QTimeZone::utc()));
        error = StorageError();
        CheckinRepository(m_db->db())
            .record(tomorrow, allNo(service), QString(), &evaluation, &error);
        QVERIFY2(!error.message.contains(QStringLiteral("session's")), qPrintable(error.message));
    }

    void checkingInAgainIsANewRecord()
    {
        const qint64 booking = bookedToday(m_db->db(), QStringLiteral("leg"));
        QCOMPARE(
            checkIn(booking, allNo(QStringLiteral("leg"), QStringLiteral("skin_problems"))).outcome,
            Outcome::Adapt);
        QCOMPARE(checkIn(booking, allNo(QStringLiteral("leg"))).outcome, Outcome::Proceed);
        QCOMPARE(
            scalar(
                QStringLiteral("SELECT count(*) FROM checkins WHERE booking_id = %1").arg(booking)),
            2);
        QCOMPARE(scalar(QStringLiteral("SELECT outcome = 'adapt' FROM checkins WHERE booking_id "
                                       "= %1 AND superseded_at IS NOT NULL")
                            .arg(booking)),
                 1);
        StoredCheckin current;
        StorageError error;
        QVERIFY(CheckinRepository(m_db->db()).read(booking, QString(), &current, &error));
        QCOMPARE(current.outcome, Outcome::Proceed);
        SessionState state;
        QVERIFY(SessionRepository(m_db->db()).state(booking, &state, &error));
        QCOMPARE(state.outcome, Outcome::Proceed);
        QVERIFY(SessionRepository::whyNotStart(state).isEmpty());
        // The earlier record is the client's data too: their export holds it.
        QJsonObject document;
        const qint64 client =
            scalar(QStringLiteral("SELECT client_id FROM bookings WHERE id = %1").arg(booking));
        QVERIFY2(ClientDataRights(m_db->db()).exportClient(client, &document, &error),
                 qPrintable(error.message));
        bool found = false;
        for (const QJsonValue& b : document.value(QStringLiteral("bookings")).toArray()) {
            if (b[QStringLiteral("id")].toInteger() != booking)
                continue;
            found = true;
            QCOMPARE(b[QStringLiteral("checkin")][QStringLiteral("outcome")].toString(),
                     QStringLiteral("proceed"));
            const QJsonArray replaced = b[QStringLiteral("replaced_checkins")].toArray();
            QCOMPARE(replaced.size(), 1);
            QCOMPARE(replaced.at(0)[QStringLiteral("outcome")].toString(), QStringLiteral("adapt"));
        }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestReferrals)
#include "tst_referrals.moc"
