#include "MainWindow.h"
#include "TestDatabase.h"
#include "calendar/BookingDialog.h"
#include "calendar/CalendarGrid.h"
#include "calendar/CalendarModel.h"
#include "core/LocalTime.h"
#include "pages/CalendarPage.h"
#include "storage/DemoGenerator.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QPushButton>
#include <QTableView>
#include <QTest>

// Screenshots of the calendar for people to judge, saved to MASSAGE_DESK_SCREENSHOTS (skipped
// without it): the small demo centre, and with MASSAGE_DESK_LARGE_SCREENSHOTS the large one on
// a busy Saturday, with a week-switch figure printed (never asserted).
class TestCalendarScreens : public QObject
{
    Q_OBJECT

private:
    const QTimeZone m_zone{"Europe/Madrid"};
    const QDate m_today{2026, 11, 25};
    std::unique_ptr<TestDatabase> m_db;

    static QString screenshotFolder() { return qEnvironmentVariable("MASSAGE_DESK_SCREENSHOTS"); }

    static void save(QWidget* widget, const QString& name)
    {
        QApplication::processEvents(); // let pending layouts settle, as on screen
        QVERIFY(
            widget->grab().save(QDir(screenshotFolder()).filePath(name + QStringLiteral(".png"))));
    }

    static int columnOf(const CalendarGrid* grid, qint64 therapistId)
    {
        const QList<CalendarColumn>& columns = grid->columns();
        for (int c = 0; c < columns.size(); ++c) {
            if (columns.at(c).resourceId == therapistId)
                return c;
        }
        return -1;
    }

    // The whole main window at the size the brief asks for, on its own connection.
    static std::unique_ptr<MainWindow> openWindow(TestDatabase& db)
    {
        Database::Options options;
        options.path = db.path();
        StorageError error;
        std::unique_ptr<Database> gui = Database::open(options, db.clock(), &error);
        if (!gui)
            qFatal("cannot open %s: %s", qPrintable(db.path()), qPrintable(error.detail));
        auto window = std::make_unique<MainWindow>(db.clock(), std::move(gui));
        window->resize(1360, 840);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("the main window was never shown");
        return window;
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
    }

    // What a receptionist sees, for people to judge (MASSAGE_DESK_SCREENSHOTS=folder).
    void screenshots()
    {
        if (screenshotFolder().isEmpty())
            QSKIP("set MASSAGE_DESK_SCREENSHOTS to a folder to save the screenshots");
        std::unique_ptr<MainWindow> owner = openWindow(*m_db);
        MainWindow& window = *owner;
        auto* page = static_cast<CalendarPage*>(window.page(MainWindow::Calendar));
        save(&window, QStringLiteral("calendar-day-small"));
        page->showDay(QDate(2026, 11, 28));
        save(&window, QStringLiteral("calendar-saturday-small"));
        page->showDay(m_today);
        page->setByRoom(true);
        save(&window, QStringLiteral("calendar-day-rooms-small"));
        page->setView(CalendarPage::View::Week);
        save(&window, QStringLiteral("calendar-week-small"));
        page->setView(CalendarPage::View::Day);
        page->setByRoom(false);

        // The booking dialog with a conflict explained and the next free slots offered.
        const AgendaEntry busy = [&] {
            for (const AgendaEntry& e : page->model()->entries()) {
                if (e.status == QLatin1String("booked"))
                    return e;
            }
            return AgendaEntry();
        }();
        page->runBookingDialog = [&](BookingDialog& dialog) {
            dialog.searchClients(QStringLiteral("nuria"));
            dialog.clientView()->selectRow(0);
            dialog.setService(busy.serviceCode);
            dialog.setMinutes(busy.minutes);
            dialog.setTherapist(busy.therapistId);
            const QDateTime local = QDateTime::fromSecsSinceEpoch(busy.startsAt, m_zone);
            dialog.setStart(local.date(), local.time());
            dialog.check();
            dialog.findSlots();
            dialog.show();
            save(&dialog, QStringLiteral("booking-dialog-conflict"));
            dialog.searchClients(QStringLiteral("Queralt Nova"));
            for (QPushButton* button : dialog.findChildren<QPushButton*>()) {
                if (button->text() == BookingDialog::tr("&New client\u2026"))
                    button->click();
            }
            save(&dialog, QStringLiteral("booking-dialog-new-client"));
            return false;
        };
        page->newBooking();

        // A drag in progress over a taken time: the ghost says why not.
        CalendarGrid* grid = page->grid();
        grid->scrollToMinute(LocalTime::minuteOfDay(busy.startsAt, m_zone) - 30);
        const QRect block = grid->blockRect(busy.id);
        const QPoint press(block.center().x(), block.top() + 8);
        const QPoint over(grid->pointAt((columnOf(grid, busy.therapistId) + 1) % 4, 0).x(),
                          press.y() + int(40 * grid->pixelsPerMinute()));
        sendMouse(grid->viewport(), QEvent::MouseButtonPress, press, Qt::LeftButton);
        sendMouse(grid->viewport(), QEvent::MouseMove, press + QPoint(0, 12), Qt::LeftButton);
        sendMouse(grid->viewport(), QEvent::MouseMove, over, Qt::LeftButton);
        save(&window, QStringLiteral("calendar-drag"));
        QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
        QApplication::sendEvent(grid, &escape);
        sendMouse(grid->viewport(), QEvent::MouseButtonRelease, over, Qt::NoButton);
    }

    // The large centre (12 therapists, 8 rooms, five years of history) on a busy Saturday.
    // Slow to generate, so only when MASSAGE_DESK_LARGE_SCREENSHOTS is set as well.
    void largeCentreScreenshots()
    {
        if (screenshotFolder().isEmpty() ||
            qEnvironmentVariableIsEmpty("MASSAGE_DESK_LARGE_SCREENSHOTS"))
            QSKIP("set MASSAGE_DESK_SCREENSHOTS and MASSAGE_DESK_LARGE_SCREENSHOTS to take these");
        TestDatabase large(true, QDateTime(QDate(2026, 11, 28), QTime(11, 40), QTimeZone::utc()));
        DemoGenerator::Summary summary;
        StorageError error;
        QVERIFY2(
            DemoGenerator::generate(large.db(), {DemoGenerator::Size::Large, 7}, &summary, &error),
            qPrintable(error.detail));
        std::unique_ptr<MainWindow> owner = openWindow(large);
        MainWindow& window = *owner;
        auto* page = static_cast<CalendarPage*>(window.page(MainWindow::Calendar));
        QCOMPARE(page->grid()->columns().size(), 12);
        save(&window, QStringLiteral("calendar-day-large"));
        page->setByRoom(true);
        save(&window, QStringLiteral("calendar-day-rooms-large"));
        page->setView(CalendarPage::View::Week);
        save(&window, QStringLiteral("calendar-week-large"));
        page->zoom(-2);
        save(&window, QStringLiteral("calendar-week-large-zoomed-out"));
        auto* filter = page->findChild<QComboBox*>();
        filter->setCurrentIndex(3);
        save(&window, QStringLiteral("calendar-week-large-one-therapist"));
        filter->setCurrentIndex(0);
        // Figures for people, never asserted: a week switch (query, model, paint).
        for (const char* visit : {"first visit", "weeks seen before"}) {
            QElapsedTimer timer;
            timer.start();
            for (int week = 1; week <= 20; ++week) {
                page->showDay(QDate(2026, 11, 28).addDays(-7 * 13 * week));
                page->grid()->viewport()->repaint();
            }
            qInfo("week switch at %lld bookings, %s: %.2f ms", qlonglong(summary.bookings), visit,
                  timer.nsecsElapsed() / 20 / 1e6);
        }
    }
};

QTEST_MAIN(TestCalendarScreens)
#include "tst_calendar_screens.moc"
