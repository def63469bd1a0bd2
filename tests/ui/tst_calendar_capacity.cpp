#include "TestDatabase.h"
#include "calendar/CalendarGrid.h"
#include "calendar/CalendarModel.h"
#include "pages/CalendarPage.h"
#include "storage/DemoGenerator.h"
#include "storage/Scheduler.h"
#include "storage/StaffEditor.h"
#include "storage/TherapistHours.h"

#include <QComboBox>
#include <QSqlQuery>
#include <QTest>

// The therapists' working time on the calendar: off-shift time and absences in the day view,
// and the week of a centre with many therapists as free therapists per half hour.
class TestCalendarCapacity : public QObject
{
    Q_OBJECT

private:
    const QTimeZone m_zone{"Europe/Madrid"};
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<CalendarPage> m_page;
    qint64 m_extra = 0; // the first therapist added on top of the demo's

    qint64 scalar(const QString& sql)
    {
        QSqlQuery query(m_db->db().connection());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    static int columnOf(const CalendarGrid* grid, qint64 therapistId)
    {
        for (int c = 0; c < grid->columns().size(); ++c) {
            if (grid->columns().at(c).resourceId == therapistId)
                return c;
        }
        return -1;
    }

    qint64 utc(const QDate& day, int hour, int minute = 0)
    {
        return QDateTime(day, QTime(hour, minute), m_zone).toSecsSinceEpoch();
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>(
            true, QDateTime(QDate(2026, 11, 25), QTime(7, 0), QTimeZone::utc()));
        DemoGenerator::Summary summary;
        StorageError error;
        QVERIFY(
            DemoGenerator::generate(m_db->db(), {DemoGenerator::Size::Small, 7}, &summary, &error));
        // Enough therapists that everyone's week no longer fits as lanes; the new ones work
        // Monday to Saturday 10:00-14:00 and perform the leg massage.
        StaffEditor staff(m_db->db());
        const int existing = int(scalar(QStringLiteral("SELECT count(*) FROM therapists")));
        for (int i = existing; i <= CalendarGrid::kMaxWeekLanes; ++i) {
            qint64 id = 0;
            QVERIFY(staff.addTherapist(QStringLiteral("Extra %1").arg(i), &id, &error));
            if (!m_extra)
                m_extra = id;
            QVERIFY(staff.setServices(QStringLiteral("therapists"), id, {QStringLiteral("leg")},
                                      &error));
            QList<Shift> shifts;
            for (int weekday = 1; weekday <= 6; ++weekday)
                shifts.append({weekday, 10 * 60, 14 * 60});
            QVERIFY(staff.setShifts(id, shifts, &error));
        }
        m_page = std::make_unique<CalendarPage>(m_db->clock());
        m_page->setDatabase(&m_db->db());
        m_page->resize(1180, 760);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_db.reset();
    }

    void shiftsLessAbsencesAreTheWorkingTime()
    {
        QCOMPARE(TherapistHours::subtract({{600, 840}}, 660, 720).size(), 2);
        QCOMPARE(TherapistHours::subtract({{600, 840}}, 500, 900).size(), 0);
        QCOMPARE(TherapistHours::subtract({{600, 840}}, 840, 900).first().end, 840);
        StorageError error;
        const QDate friday(2026, 11, 27);
        QVERIFY(StaffEditor(m_db->db())
                    .addAbsence(m_extra, utc(friday, 11), utc(friday, 12, 30),
                                QStringLiteral("Dentist"), &error));
        const auto hours = TherapistHours::load(m_db->db(), QDate(2026, 11, 23), 7, m_zone, &error);
        QVERIFY(!error.isError());
        const QList<WorkingSpan> thursday = hours.value(m_extra).value(QDate(2026, 11, 26));
        QCOMPARE(thursday.size(), 1);
        QCOMPARE(thursday.first().start, 600);
        QCOMPARE(thursday.first().end, 840);
        const QList<WorkingSpan> fri = hours.value(m_extra).value(friday);
        QCOMPARE(fri.size(), 2);
        QCOMPARE(fri.at(0).end, 660);
        QCOMPARE(fri.at(1).start, 750);
        QVERIFY(!hours.value(m_extra).contains(QDate(2026, 11, 29))); // Sunday: no shift
    }

    void theDayViewShadesTimeOutsideTheShift()
    {
        m_page->showDay(QDate(2026, 11, 26));
        CalendarGrid* grid = m_page->grid();
        const int column = columnOf(grid, m_extra);
        QVERIFY(column >= 0);
        QVERIFY(!grid->isWorking(column, 9 * 60 + 59));
        QVERIFY(grid->isWorking(column, 10 * 60));
        QVERIFY(grid->isWorking(column, 13 * 60 + 59));
        QVERIFY(!grid->isWorking(column, 14 * 60));
        // Sunday: the header says it in words.
        m_page->showDay(QDate(2026, 11, 29));
        const int sunday = columnOf(m_page->grid(), m_extra);
        QVERIFY(sunday >= 0);
        QCOMPARE(m_page->grid()->columns().at(sunday).subtitle, QStringLiteral("Not working"));
        QVERIFY(!m_page->grid()->isWorking(sunday, 12 * 60));
    }

    void everyonesWeekShowsFreeTherapistsPerHalfHour()
    {
        m_page->showDay(QDate(2026, 11, 26));
        m_page->setView(CalendarPage::View::Week);
        CalendarGrid* grid = m_page->grid();
        QVERIFY(grid->isCapacityView());
        QCOMPARE(grid->shownCount(), 0); // no unreadable slivers
        const int thursday = 3;
        QCOMPARE(grid->columns().at(thursday).day, QDate(2026, 11, 26));
        const QString extraName =
            QStringLiteral("Extra %1")
                .arg(scalar(
                    QStringLiteral("SELECT count(*) FROM therapists WHERE id < %1").arg(m_extra)));
        // A free hour of the first extra therapist on Thursday (a room must be free too).
        BookingRequest request;
        request.clientId = scalar(QStringLiteral("SELECT min(id) FROM clients"));
        request.serviceCode = QStringLiteral("leg");
        request.minutes = 60;
        request.therapistId = m_extra;
        request.startsAt = utc(QDate(2026, 11, 26), 10);
        StorageError error;
        Scheduler scheduler(m_db->db(), m_zone);
        const QList<Placement> free = scheduler.findSlots(request, 1, &error, 30, 1);
        QVERIFY2(!free.isEmpty(), qPrintable(error.message));
        request.startsAt = free.first().startsAt;
        const int slot =
            QDateTime::fromSecsSinceEpoch(request.startsAt, m_zone).time().hour() * 60 +
            QDateTime::fromSecsSinceEpoch(request.startsAt, m_zone).time().minute();
        QCOMPARE(slot % CalendarGrid::kCapacityMinutes, 0);

        const CalendarGrid::Capacity before = grid->capacityAt(thursday, slot);
        // Every extra therapist works Thursday 10:00-14:00.
        QVERIFY(
            before.working >=
            scalar(QStringLiteral("SELECT count(*) FROM therapists WHERE id >= %1").arg(m_extra)));
        QVERIFY2(before.freeNames.contains(extraName), qPrintable(before.freeNames.join(',')));

        // Booking the extra therapist there leaves one free therapist fewer in that half hour.
        qint64 id = 0;
        QVERIFY2(scheduler.book(request, QStringLiteral("test"), &id, nullptr, &error),
                 qPrintable(error.message));
        m_page->reload();
        const CalendarGrid::Capacity after = grid->capacityAt(thursday, slot);
        QCOMPARE(after.working, before.working);
        QCOMPARE(after.freeNames.size(), before.freeNames.size() - 1);
        QVERIFY(!after.freeNames.contains(extraName));
        // Outside the extra therapists' shifts they are not counted as working.
        QVERIFY(grid->capacityAt(thursday, 15 * 60).working < after.working + 1);
        QVERIFY(!grid->capacityAt(thursday, 15 * 60).freeNames.contains(extraName));

        // One therapist's week shows their sessions as blocks again.
        auto* filter = m_page->findChild<QComboBox*>();
        QVERIFY(filter);
        filter->setCurrentIndex(filter->findData(m_extra));
        QVERIFY(!grid->isCapacityView());
        QVERIFY(grid->isShown(id));
    }
};

QTEST_MAIN(TestCalendarCapacity)
#include "tst_calendar_capacity.moc"
