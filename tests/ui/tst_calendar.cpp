#include "MainWindow.h"
#include "TestDatabase.h"
#include "calendar/BookingActions.h"
#include "calendar/BookingDialog.h"
#include "calendar/CalendarGrid.h"
#include "calendar/CalendarModel.h"
#include "core/LocalTime.h"
#include "models/ClientListModel.h"
#include "pages/CalendarPage.h"
#include "storage/CheckinRepository.h"
#include "storage/DemoGenerator.h"
#include "storage/Scheduler.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QUndoStack>

// The booking calendar offscreen, on the small demo centre at a fixed "now": Wednesday
// 2026-11-25, 11:30 in Madrid.
class TestCalendar : public QObject
{
    Q_OBJECT

private:
    const QTimeZone m_zone{"Europe/Madrid"};
    const QDate m_today{2026, 11, 25};
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<CalendarPage> m_page;

    qint64 count(const QString& where, const QVariantList& values = {})
    {
        QSqlQuery query(m_db->db().connection());
        query.prepare(QStringLiteral("SELECT count(*) FROM bookings WHERE ") + where);
        for (const QVariant& v : values)
            query.addBindValue(v);
        if (!query.exec() || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    qint64 countBetween(const QDate& first, int days)
    {
        return count(QStringLiteral("starts_at >= ? AND starts_at < ?"),
                     {QDateTime(first, QTime(0, 0), m_zone).toSecsSinceEpoch(),
                      QDateTime(first.addDays(days), QTime(0, 0), m_zone).toSecsSinceEpoch()});
    }

    // The stored row of a booking: start, therapist, room, minutes, status, reason.
    QVariantList row(qint64 id)
    {
        QSqlQuery query(m_db->db().connection());
        query.prepare(QStringLiteral("SELECT starts_at, therapist_id, room_id, minutes, status, "
                                     "status_reason FROM bookings WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return {};
        QVariantList values;
        for (int i = 0; i < 6; ++i)
            values << query.value(i);
        return values;
    }

    // The first booking of the shown range with this status (and after `after`, UTC).
    AgendaEntry firstWith(const QString& status, qint64 after = 0)
    {
        for (const AgendaEntry& e : m_page->model()->entries()) {
            if (e.status == status && e.startsAt >= after)
                return e;
        }
        return {};
    }

    int columnOf(qint64 therapistId) { return columnOf(m_page->grid(), therapistId); }
    static int columnOf(const CalendarGrid* grid, qint64 therapistId)
    {
        const QList<CalendarColumn>& columns = grid->columns();
        for (int c = 0; c < columns.size(); ++c) {
            if (columns.at(c).resourceId == therapistId)
                return c;
        }
        return -1;
    }

    // A free place for the booking's service and length, with its therapist, later that day.
    Placement freePlaceFor(const AgendaEntry& e)
    {
        BookingRequest request;
        request.clientId = e.clientId;
        request.serviceCode = e.serviceCode;
        request.therapistId = e.therapistId;
        request.minutes = e.minutes;
        request.startsAt = e.startsAt + 15 * 60;
        request.ignoreBooking = e.id;
        StorageError error;
        const QList<Placement> found =
            Scheduler(m_db->db(), m_zone).findSlots(request, 1, &error, 5);
        return found.value(0);
    }

    // A free quarter hour of the therapist today, from 15:00 on (0 when none).
    int freeMinute(qint64 therapistId)
    {
        for (int m = 15 * 60; m < 19 * 60; m += 15) {
            bool free = true;
            for (const AgendaEntry& e : m_page->model()->entries()) {
                const int start = LocalTime::minuteOfDay(e.startsAt, m_zone);
                const int end = start + e.minutes + e.cleanupMinutes;
                free = free && (e.therapistId != therapistId || end <= m || start >= m + 15);
            }
            if (free)
                return m;
        }
        return 0;
    }

    void sendMouse(QWidget* target, QEvent::Type type, const QPoint& pos, Qt::MouseButtons buttons)
    {
        QMouseEvent event(type, pos, target->mapToGlobal(pos),
                          type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons,
                          Qt::NoModifier);
        QApplication::sendEvent(target, &event);
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>(
            true, QDateTime(QDate(2026, 11, 25), QTime(10, 30), QTimeZone::utc()));
        DemoGenerator::Summary summary;
        StorageError error;
        QVERIFY2(
            DemoGenerator::generate(m_db->db(), {DemoGenerator::Size::Small, 7}, &summary, &error),
            qPrintable(error.detail));
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

    void dayModelHoldsTheDayInTimeOrder()
    {
        QAbstractItemModelTester tester(m_page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_page->day(), m_today);
        QVERIFY(countBetween(m_today, 1) > 0);
        QCOMPARE(qint64(m_page->model()->rowCount()), countBetween(m_today, 1));
        for (int r = 1; r < m_page->model()->rowCount(); ++r)
            QVERIFY(
                m_page->model()->index(r - 1, 0).data(CalendarModel::StartsAtRole).toLongLong() <=
                m_page->model()->index(r, 0).data(CalendarModel::StartsAtRole).toLongLong());
        // One column per therapist; every booking of the day is drawn, with its words.
        QCOMPARE(m_page->grid()->columns().size(), 4);
        QCOMPARE(m_page->grid()->shownCount(), m_page->model()->rowCount());
        const AgendaEntry done = firstWith(QStringLiteral("completed"));
        QVERIFY(done.id);
        const QStringList lines = m_page->grid()->describe(done.id);
        QVERIFY(lines.contains(QStringLiteral("Completed")));
        QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral("\u2713 Proceed")));
        // Opening hours 9:00-20:00 on a Wednesday, the current time inside them.
        QCOMPARE(m_page->grid()->firstMinute(), 9 * 60);
        QCOMPARE(m_page->grid()->lastMinute(), 20 * 60);
        m_page->setByRoom(true);
        QCOMPARE(m_page->grid()->columns().size(), 3);
        QCOMPARE(m_page->grid()->shownCount(), m_page->model()->rowCount());
        // A Sunday is closed: the day still shows, 08:00-21:00, empty.
        m_page->showDay(QDate(2026, 11, 29));
        QCOMPARE(m_page->model()->rowCount(), 0);
        QCOMPARE(m_page->grid()->firstMinute(), 8 * 60);
        QCOMPARE(m_page->grid()->lastMinute(), 21 * 60);
    }

    // DESIGN 2.2: after a stop-and-refer, the client's next session says on its calendar
    // entry that it needs clearance, with the referral's day, before any check-in.
    void aReferredClientsNextSessionSaysSo()
    {
        const AgendaEntry referral = firstWith(QStringLiteral("booked"));
        QVERIFY(referral.id);
        AgendaEntry later;
        for (const AgendaEntry& e : m_page->model()->entries()) {
            if (e.status == QLatin1String("booked") && e.id != referral.id &&
                e.clientId != referral.clientId && e.startsAt > referral.startsAt) {
                later = e;
                break;
            }
        }
        QVERIFY(later.id);
        CheckInAnswers answers;
        for (const PrecautionQuestion& q :
             PrecautionRules::builtIn().questionsFor(referral.serviceCode))
            answers.answers.insert(q.id, q.id == QLatin1String("one_leg_symptoms") ? q.trigger
                                                                                   : !q.trigger);
        Evaluation evaluation;
        StorageError error;
        QVERIFY2(CheckinRepository(m_db->db())
                     .record(referral.id, answers, QString(), &evaluation, &error),
                 qPrintable(error.message));
        QSqlQuery same(m_db->db().connection());
        QVERIFY(same.exec(QStringLiteral("UPDATE bookings SET client_id = %1 WHERE id = %2")
                              .arg(referral.clientId)
                              .arg(later.id)));
        QVERIFY(!m_page->grid()
                     ->describe(later.id)
                     .join(QLatin1Char('\n'))
                     .contains(QStringLiteral("referred")));
        m_page->reload();
        const QString tip = m_page->grid()->describe(later.id).join(QLatin1Char('\n'));
        QVERIFY2(tip.contains(QStringLiteral("Stopped and referred on 2026-11-25")) &&
                     tip.contains(QStringLiteral("clearance")),
                 qPrintable(tip));
        // The referral's own entry is not "referred earlier": it is the referral.
        QVERIFY(!m_page->grid()
                     ->describe(referral.id)
                     .join(QLatin1Char('\n'))
                     .contains(QStringLiteral("Stopped and referred on")));
    }

    void daylightSavingDaysShowLocalHours()
    {
        // The autumn change (2026-10-25) has 25 hours, the spring one (2027-03-28) 23; a session
        // at 10:00 local time on the autumn day is drawn at 10:00.
        const AgendaEntry e = firstWith(QStringLiteral("booked"));
        const qint64 at = QDateTime(QDate(2026, 10, 25), QTime(10, 0), m_zone).toSecsSinceEpoch();
        QSqlQuery insert(m_db->db().connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO bookings (client_id, service_id, therapist_id, room_id, starts_at, "
            "minutes, cleanup_minutes, ends_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 60, "
            "10, ?, ?, ?)"));
        for (const QVariant& v :
             {QVariant(e.clientId), QVariant(e.serviceId), QVariant(e.therapistId),
              QVariant(e.roomId), QVariant(at), QVariant(at + 70 * 60), QVariant(at), QVariant(at)})
            insert.addBindValue(v);
        QVERIFY(insert.exec());
        const qint64 id = insert.lastInsertId().toLongLong();
        m_page->showDay(QDate(2026, 10, 25));
        QCOMPARE(m_page->model()->toUtc() - m_page->model()->fromUtc(), qint64(25 * 3600));
        QCOMPARE(m_page->model()->rowCount(), 1);
        QCOMPARE(m_page->model()->localMinute(0), 10 * 60);
        QCOMPARE(m_page->model()->index(0, CalendarModel::Time).data().toString(),
                 QStringLiteral("10:00\u201311:00"));
        m_page->grid()->scrollToMinute(9 * 60);
        QCOMPARE(m_page->grid()->blockRect(id).top() - 1,
                 m_page->grid()->pointAt(columnOf(e.therapistId), 10 * 60).y());
        m_page->showDay(QDate(2027, 3, 28));
        QCOMPARE(m_page->model()->toUtc() - m_page->model()->fromUtc(), qint64(23 * 3600));
    }

    void weekSwitchLoadsOnlyThatWeek()
    {
        QAbstractItemModelTester tester(m_page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->setView(CalendarPage::View::Week);
        const QDate monday(2026, 11, 23);
        QCOMPARE(m_page->model()->firstDay(), monday);
        QCOMPARE(m_page->model()->days(), 7);
        QCOMPARE(qint64(m_page->model()->rowCount()), countBetween(monday, 7));
        QCOMPARE(m_page->grid()->columns().size(), 7);
        QCOMPARE(m_page->grid()->columns().at(2).day, m_today);
        QTest::keyClick(m_page->window()->windowHandle(), Qt::Key_Right, Qt::AltModifier);
        QTRY_COMPARE(m_page->model()->firstDay(), monday.addDays(7));
        const qint64 from = QDateTime(monday.addDays(7), QTime(0, 0), m_zone).toSecsSinceEpoch();
        const qint64 to = QDateTime(monday.addDays(14), QTime(0, 0), m_zone).toSecsSinceEpoch();
        QCOMPARE(m_page->model()->fromUtc(), from);
        QCOMPARE(m_page->model()->toUtc(), to);
        QCOMPARE(qint64(m_page->model()->rowCount()), countBetween(monday.addDays(7), 7));
        QVERIFY(m_page->model()->rowCount() < count(QStringLiteral("1")));
        for (const AgendaEntry& e : m_page->model()->entries())
            QVERIFY(e.startsAt >= from && e.startsAt < to);
        // One therapist's week.
        auto* filter = m_page->findChild<QComboBox*>();
        QVERIFY(filter);
        filter->setCurrentIndex(1);
        const qint64 therapist = filter->currentData().toLongLong();
        QCOMPARE(qint64(m_page->grid()->shownCount()),
                 count(QStringLiteral("starts_at >= ? AND starts_at < ? AND therapist_id = ?"),
                       {from, to, therapist}));
        // Back to the day view through a column header.
        m_page->setView(CalendarPage::View::Day);
        QCOMPARE(m_page->model()->days(), 1);
    }

    void zoomAndNavigationKeys()
    {
        const int level = m_page->grid()->zoomLevel();
        QTest::keyClick(m_page->window()->windowHandle(), Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(m_page->grid()->zoomLevel(), level + 1);
        QTest::keyClick(m_page->window()->windowHandle(), Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(m_page->window()->windowHandle(), Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(m_page->grid()->zoomLevel(), level - 1);
        QTest::keyClick(m_page->window()->windowHandle(), Qt::Key_Left, Qt::AltModifier);
        QTRY_COMPARE(m_page->day(), m_today.addDays(-1));
        QTest::keyClick(m_page->window()->windowHandle(), Qt::Key_T, Qt::AltModifier);
        QTRY_COMPARE(m_page->day(), m_today);
    }

    void showCancelledToggleHidesGreyedBlocks()
    {
        m_page->showDay(m_today.addDays(-7));
        int inactive = 0;
        for (const AgendaEntry& e : m_page->model()->entries())
            inactive += CalendarModel::isInactive(e) ? 1 : 0;
        if (inactive == 0) { // find a day of the demo's past with one
            for (int d = 1; d < 28 && inactive == 0; ++d) {
                m_page->showDay(m_today.addDays(-d));
                for (const AgendaEntry& e : m_page->model()->entries())
                    inactive += CalendarModel::isInactive(e) ? 1 : 0;
            }
        }
        QVERIFY(inactive > 0);
        QCOMPARE(m_page->grid()->shownCount(), m_page->model()->rowCount());
        m_page->setShowCancelled(false);
        QCOMPARE(m_page->grid()->shownCount(), m_page->model()->rowCount() - inactive);
        m_page->setShowCancelled(true);
        QCOMPARE(m_page->grid()->shownCount(), m_page->model()->rowCount());
    }

    void createThroughTheDialog()
    {
        const qint64 before = count(QStringLiteral("1"));
        // Double-click free time in the second therapist's column, late afternoon.
        const int column = 1;
        const qint64 therapist = m_page->grid()->columns().at(column).resourceId;
        BookingDialog::Prefill seen;
        QString explanation;
        QStringList performers;
        m_page->runBookingDialog = [&](BookingDialog& dialog) {
            seen.therapistId = dialog.therapistBox()->currentData().toLongLong();
            seen.minute =
                dialog.timeEdit()->time().hour() * 60 + dialog.timeEdit()->time().minute();
            seen.day = dialog.dateEdit()->date();
            // Search as you type, then a brand-new client added inline.
            dialog.searchClients(QStringLiteral("puig"));
            if (dialog.clientModel()->rowCount() == 0)
                return false;
            if (!dialog.addClient(QStringLiteral("Queralt Nova Prat"),
                                  QStringLiteral("611 22 33 44")))
                return false;
            if (!dialog.setService(QStringLiteral("foot")))
                return false;
            for (int i = 1; i < dialog.therapistBox()->count(); ++i)
                performers << dialog.therapistBox()->itemText(i);
            const QList<Placement> offered = dialog.findSlots();
            if (offered.size() != 5 || dialog.slotList()->count() != 5 || !dialog.useSlot(0))
                return false;
            explanation = dialog.explanation();
            return dialog.save();
        };
        const int minute = freeMinute(therapist);
        QVERIFY(minute > 0);
        m_page->grid()->scrollToMinute(minute - 60);
        const QPoint at = m_page->grid()->pointAt(column, minute + 10);
        QTest::mouseDClick(m_page->grid()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(seen.therapistId, therapist);
        QCOMPARE(seen.minute, minute);
        QCOMPARE(seen.day, m_today);
        QCOMPARE(performers.size(), 4); // everyone gives foot massages
        QVERIFY2(explanation.startsWith(QStringLiteral("\u2713")), qPrintable(explanation));
        QCOMPARE(count(QStringLiteral("1")), before + 1);
        const qint64 id = m_page->grid()->selectedBooking();
        QVERIFY(id);
        const AgendaEntry* made = m_page->model()->entryById(id);
        QVERIFY(made);
        QCOMPARE(made->clientName, QStringLiteral("Queralt Nova Prat"));
        QCOMPARE(made->status, QStringLiteral("booked"));
    }

    void keyboardBooksAtTheCursor()
    {
        int calls = 0;
        BookingDialog::Prefill seen;
        m_page->runBookingDialog = [&](BookingDialog& dialog) {
            ++calls;
            seen.therapistId = dialog.therapistBox()->currentData().toLongLong();
            seen.minute =
                dialog.timeEdit()->time().hour() * 60 + dialog.timeEdit()->time().minute();
            return false;
        };
        m_page->runMenu = [](QMenu&, const QPoint&) {
            return nullptr;
        };
        CalendarGrid* grid = m_page->grid();
        // Free time in two neighbouring columns (the cursor landing on a booking would give
        // that booking the focus instead).
        const auto freeAt = [&](int column, int minute) {
            for (const AgendaEntry& e : m_page->model()->entries()) {
                const int start = LocalTime::minuteOfDay(e.startsAt, m_zone);
                if (columnOf(e.therapistId) == column && start < minute + 15 &&
                    start + e.minutes > minute)
                    return false;
            }
            return true;
        };
        int start = 16 * 60;
        while (start < 19 * 60 && !(freeAt(2, start + 15) && freeAt(1, start + 15)))
            start += 15;
        grid->setFocus();
        grid->setCursor(2, start);
        QTest::keyClick(grid, Qt::Key_Down);
        QTest::keyClick(grid, Qt::Key_Left);
        QCOMPARE(grid->selectedBooking(), 0);
        QCOMPARE(grid->cursorColumn(), 1);
        QCOMPARE(grid->cursorMinute(), start + 15);
        QTest::keyClick(m_page->window()->windowHandle(), Qt::Key_N);
        QCOMPARE(calls, 1);
        QCOMPARE(seen.therapistId, grid->columns().at(1).resourceId);
        QCOMPARE(seen.minute, start + 15);
        QTest::keyClick(grid, Qt::Key_Return);
        QCOMPARE(calls, 2);
    }

    void conflictingCreateIsRefusedWithTheReason()
    {
        const AgendaEntry busy = firstWith(QStringLiteral("booked"));
        QVERIFY(busy.id);
        const qint64 before = count(QStringLiteral("1"));
        QString explanation;
        bool saved = true;
        m_page->runBookingDialog = [&](BookingDialog& dialog) {
            dialog.searchClients(QStringLiteral("Garcia"));
            dialog.clientView()->selectRow(0);
            dialog.setService(busy.serviceCode);
            dialog.setMinutes(busy.minutes);
            dialog.setTherapist(busy.therapistId);
            const QDateTime local = QDateTime::fromSecsSinceEpoch(busy.startsAt + 600, m_zone);
            dialog.setStart(local.date(), local.time());
            const bool fits = dialog.check();
            explanation = dialog.explanation();
            saved = dialog.save();
            return !fits && saved;
        };
        QCOMPARE(m_page->newBooking(columnOf(busy.therapistId)), qint64(0));
        QVERIFY(!saved);
        QVERIFY2(explanation.contains(busy.therapistName) &&
                     explanation.contains(QStringLiteral("busy")),
                 qPrintable(explanation));
        QCOMPARE(count(QStringLiteral("1")), before);
    }

    void moveWithConflictIsRefusedAndChangesNothing()
    {
        const AgendaEntry a = firstWith(QStringLiteral("booked"));
        AgendaEntry b;
        for (const AgendaEntry& e : m_page->model()->entries()) {
            if (e.status == QLatin1String("booked") && e.therapistId != a.therapistId)
                b = e;
        }
        QVERIFY(a.id && b.id);
        const QVariantList stored = row(a.id);
        QSignalSpy messages(m_page.get(), &Page::statusMessage);
        CalendarGrid::Move move{a.id, b.startsAt, b.therapistId, a.roomId, a.minutes};
        QVERIFY(!m_page->grid()->checkMove(move).isEmpty());
        QVERIFY(!m_page->moveBooking(move));
        QCOMPARE(row(a.id), stored);
        QVERIFY(!messages.isEmpty());
        const QString said = messages.last().at(0).toString();
        // Refused for b's therapist or room, or for a's client being in another session then.
        QVERIFY2(said.contains(b.therapistName) || said.contains(QStringLiteral("taken")) ||
                     said.contains(QStringLiteral("already has a session")),
                 qPrintable(said));
        QCOMPARE(m_page->undoStack()->count(), 0);
        QCOMPARE(m_page->model()->entryById(a.id)->startsAt, a.startsAt);
    }

    void dragMovesAndUndoPutsItBack()
    {
        // A booked session with free time later the same day for its therapist.
        AgendaEntry e;
        Placement free;
        for (const AgendaEntry& x : m_page->model()->entries()) {
            const Placement p = x.status == QLatin1String("booked") ? freePlaceFor(x) : Placement();
            if (p.startsAt && LocalTime::format(p.startsAt, m_zone, QStringLiteral("yyyy-MM-dd")) ==
                                  m_today.toString(Qt::ISODate)) {
                e = x;
                free = p;
                break;
            }
        }
        QVERIFY(e.id && free.startsAt);
        const QVariantList stored = row(e.id);
        CalendarGrid* grid = m_page->grid();
        const int fromMinute = LocalTime::minuteOfDay(e.startsAt, m_zone);
        const int toMinute = LocalTime::minuteOfDay(free.startsAt, m_zone);
        grid->scrollToMinute(qMin(fromMinute, toMinute) - 30);
        const QRect block = grid->blockRect(e.id);
        QVERIFY(!block.isEmpty());
        const QPoint press(block.center().x(), block.top() + 8);
        const int dy = int(std::lround((toMinute - fromMinute) * grid->pixelsPerMinute()));
        const QPoint release(grid->pointAt(columnOf(free.therapistId), 0).x(), press.y() + dy);
        QWidget* viewport = grid->viewport();
        QSignalSpy messages(m_page.get(), &Page::statusMessage);
        sendMouse(viewport, QEvent::MouseButtonPress, press, Qt::LeftButton);
        sendMouse(viewport, QEvent::MouseMove, press + QPoint(0, 12), Qt::LeftButton);
        sendMouse(viewport, QEvent::MouseMove, release, Qt::LeftButton);
        sendMouse(viewport, QEvent::MouseButtonRelease, release, Qt::NoButton);
        QVERIFY2(row(e.id).at(0).toLongLong() == free.startsAt,
                 qPrintable(LocalTime::format(row(e.id).at(0).toLongLong(), m_zone) + " " +
                            LocalTime::format(free.startsAt, m_zone) + " " +
                            (messages.isEmpty() ? QString() : messages.last().at(0).toString())));
        QCOMPARE(m_page->undoStack()->count(), 1);
        QCOMPARE(m_page->model()->entryById(e.id)->startsAt, free.startsAt);

        QTest::keyClick(m_page->window()->windowHandle(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(row(e.id), stored);
        QCOMPARE(m_page->model()->entryById(e.id)->startsAt, e.startsAt);
        QTest::keyClick(m_page->window()->windowHandle(), Qt::Key_Z,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(row(e.id).at(0).toLongLong(), free.startsAt);
        m_page->undoStack()->undo();
        QCOMPARE(row(e.id), stored);
    }

    void resizeByTheBottomEdge()
    {
        // A 30-minute leg massage with room after it becomes 45 minutes.
        AgendaEntry e;
        for (const AgendaEntry& x : m_page->model()->entries()) {
            if (x.status == QLatin1String("booked") && x.serviceCode == QLatin1String("leg") &&
                x.minutes == 30) {
                BookingRequest r{x.clientId, x.serviceCode, x.therapistId, x.roomId, x.startsAt,
                                 45,         x.id};
                Placement p;
                StorageError error;
                if (Scheduler(m_db->db(), m_zone).check(r, &p, &error)) {
                    e = x;
                    break;
                }
            }
        }
        QVERIFY2(e.id, "the demo day has a 30-minute leg massage with room to grow");
        // Drag the bottom edge down by a bit more than 15 minutes: it snaps to 45, an offered
        // length.
        CalendarGrid* grid = m_page->grid();
        grid->scrollToMinute(LocalTime::minuteOfDay(e.startsAt, m_zone) - 30);
        const QRect block = grid->blockRect(e.id);
        const QPoint edge(block.center().x(), block.bottom() - 2);
        const QPoint to = edge + QPoint(0, int(17 * grid->pixelsPerMinute()));
        sendMouse(grid->viewport(), QEvent::MouseButtonPress, edge, Qt::LeftButton);
        sendMouse(grid->viewport(), QEvent::MouseMove, edge + QPoint(0, 8), Qt::LeftButton);
        sendMouse(grid->viewport(), QEvent::MouseMove, to, Qt::LeftButton);
        sendMouse(grid->viewport(), QEvent::MouseButtonRelease, to, Qt::NoButton);
        QCOMPARE(row(e.id).at(3).toInt(), 45);
        QCOMPARE(row(e.id).at(0).toLongLong(), e.startsAt);
        m_page->undoStack()->undo();
        QCOMPARE(row(e.id).at(3).toInt(), 30);
    }

    void contextMenuMarksArrivedAndCancelsWithAReason()
    {
        const AgendaEntry e = firstWith(QStringLiteral("booked"));
        QVERIFY(e.id);
        CalendarGrid* grid = m_page->grid();
        grid->scrollToMinute(LocalTime::minuteOfDay(e.startsAt, m_zone) - 30);
        QStringList enabled;
        m_page->runMenu = [&](QMenu& menu, const QPoint&) -> QAction* {
            QAction* pick = nullptr;
            for (QAction* a : menu.actions()) {
                if (a->isEnabled() && !a->isSeparator())
                    enabled << a->text();
                if (a->text() == CalendarPage::tr("Mark &arrived"))
                    pick = a;
            }
            return pick;
        };
        const QPoint at = grid->blockRect(e.id).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, grid->viewport()->mapToGlobal(at));
        QApplication::sendEvent(grid->viewport(), &event);
        QVERIFY(enabled.contains(CalendarPage::tr("&No-show")));
        QVERIFY(!enabled.contains(CalendarPage::tr("&Completed"))); // only after a session
        QCOMPARE(row(e.id).at(4).toString(), QStringLiteral("arrived"));
        QVERIFY(grid->describe(e.id).contains(QStringLiteral("Arrived")));

        // A cancellation needs a reason; without one nothing changes.
        m_page->actions()->askReason = [](const QString&, const QString&, QString* reason) {
            *reason = QStringLiteral("   ");
            return true;
        };
        QVERIFY(!m_page->cancelBooking(e.id));
        QCOMPARE(row(e.id).at(4).toString(), QStringLiteral("arrived"));
        m_page->actions()->askReason = [](const QString&, const QString&, QString* reason) {
            *reason = QStringLiteral("Feeling unwell, will call back");
            return true;
        };
        QVERIFY(m_page->cancelBooking(e.id));
        QCOMPARE(row(e.id).at(4).toString(), QStringLiteral("cancelled"));
        QCOMPARE(row(e.id).at(5).toString(), QStringLiteral("Feeling unwell, will call back"));
        // Still on the calendar, greyed and named; hidden only on request.
        QVERIFY(grid->isShown(e.id));
        QVERIFY(m_page->model()->entryById(e.id)->status == QLatin1String("cancelled"));
        QVERIFY(grid->describe(e.id).join(QLatin1Char(' ')).contains(QStringLiteral("Cancelled")));
        m_page->setShowCancelled(false);
        QVERIFY(!grid->isShown(e.id));
        // A cancelled session can no longer be moved.
        CalendarGrid::Move move{e.id, e.startsAt + 3600, e.therapistId, e.roomId, e.minutes};
        QVERIFY(!m_page->moveBooking(move));
    }
};

QTEST_MAIN(TestCalendar)
#include "tst_calendar.moc"
