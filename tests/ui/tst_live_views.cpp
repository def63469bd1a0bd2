#include "LiveTestHelpers.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "calendar/CalendarGrid.h"
#include "calendar/CalendarModel.h"
#include "core/LocalTime.h"
#include "dialogs/CheckinDialog.h"
#include "models/ClientBookingsModel.h"
#include "models/DayAgendaModel.h"
#include "pages/CalendarPage.h"
#include "pages/CheckinsPage.h"
#include "pages/ClientsPage.h"
#include "pages/LiveReload.h"
#include "storage/ChangeFeed.h"
#include "storage/DemoGenerator.h"
#include "storage/Scheduler.h"
#include "storage/SettingsRepository.h"
#include "widgets/SessionPanel.h"

#include <QApplication>
#include <QDialog>
#include <QMouseEvent>
#include <QPointer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

// Live views (issue 11 §1): the calendar, the Check-ins page and the client page follow what
// massage-desk-cli, a separate program, writes to the same file (SQLite: PRAGMA data_version)
// or the same server (the _pg variant: LISTEN/NOTIFY), keeping the selection, the scroll
// position and an open dialog. Every wait is on the event loop, never a fixed sleep.
class TestLiveViews : public QObject
{
    Q_OBJECT

private:
    const QTimeZone m_zone{"Europe/Madrid"};
    const QDateTime m_now{QDate(2026, 11, 25), QTime(8, 0), QTimeZone::utc()};
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_home;

    qint64 scalar(const QString& sql)
    {
        QSqlQuery query(m_window->database()->connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

    CalendarPage* calendar() const
    {
        return static_cast<CalendarPage*>(m_window->page(MainWindow::Calendar));
    }
    CheckinsPage* checkins() const
    {
        return static_cast<CheckinsPage*>(m_window->page(MainWindow::Checkins));
    }

    // A free place today for a demo client's leg massage, late enough to need scrolling.
    Placement freePlace(qint64* client)
    {
        *client = scalar(QStringLiteral("SELECT min(id) FROM clients"));
        BookingRequest request;
        request.clientId = *client;
        request.serviceCode = QStringLiteral("leg");
        request.startsAt =
            QDateTime(m_now.toTimeZone(m_zone).date(), QTime(16, 0), m_zone).toSecsSinceEpoch();
        StorageError error;
        return Scheduler(*m_window->database(), m_zone)
            .findSlots(request, 1, &error, 15, 1)
            .value(0);
    }

    int rowOf(const DayAgendaModel* model, qint64 booking) const
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->entryFromIndex(model->index(row, 0))->id == booking)
                return row;
        }
        return -1;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>(true, m_now);
        DemoGenerator::Summary summary;
        StorageError error;
        QVERIFY2(
            DemoGenerator::generate(m_db->db(), {DemoGenerator::Size::Small, 5}, &summary, &error),
            qPrintable(error.detail));
        // The window's connection is the only one this process keeps: SQLite's POSIX locks are
        // per process, and Database::open reads the file's header, which drops the locks of any
        // connection already open here, so the CLI would think itself alone on the file.
        m_db->close();
        Database::Options options;
        options.path = m_db->path();
        std::unique_ptr<Database> gui = Database::open(options, m_db->clock(), &error);
        QVERIFY2(gui, qPrintable(error.message));
        m_window = std::make_unique<MainWindow>(m_db->clock(), std::move(gui));
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->changeFeed());
    }

    void cleanup()
    {
        m_window.reset();
        m_db.reset();
    }

    // A booking made by massage-desk-cli appears on the open calendar; the booking the
    // receptionist selected and where the day was scrolled stay as they were.
    void aCliBookingShowsOnTheCalendar()
    {
        CalendarPage* page = calendar();
        m_window->showPage(MainWindow::Calendar);
        QVERIFY(page->model()->rowCount() > 0);
        const qint64 selected = page->model()->entries().first().id;
        page->grid()->setSelectedBooking(selected);
        page->grid()->scrollToMinute(13 * 60);
        const int scrolled = page->grid()->verticalScrollBar()->value();
        QVERIFY(scrolled > 0);
        const int rows = page->model()->rowCount();

        qint64 client = 0;
        const Placement place = freePlace(&client);
        QVERIFY(place.startsAt > 0);
        QProcess cli;
        LiveTest::startCli(cli, m_db->path(), m_now, m_home.path(),
                           {QStringLiteral("book"), QStringLiteral("--client"),
                            QString::number(client), QStringLiteral("--service"),
                            QStringLiteral("leg"), QStringLiteral("--start"),
                            QDateTime::fromSecsSinceEpoch(place.startsAt, m_zone)
                                .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            QStringLiteral("--therapist"), QString::number(place.therapistId),
                            QStringLiteral("--room"), QString::number(place.roomId)});
        const auto shown = [&] {
            for (const AgendaEntry& e : page->model()->entries()) {
                if (e.startsAt == place.startsAt && e.therapistId == place.therapistId &&
                    e.clientId == client)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(shown(), qPrintable(LiveTest::describe(cli)), 10000);
        QVERIFY(LiveTest::finished(cli));
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(page->model()->rowCount(), rows + 1);
        QCOMPARE(page->grid()->selectedBooking(), selected);
        QCOMPARE(page->grid()->verticalScrollBar()->value(), scrolled);
    }

    // A settings change from beside the window (another program's write) reloads the pages;
    // the calendar keeps where it was scrolled and the selected booking, as for a booking.
    void aSettingsChangeKeepsTheCalendarScrolled()
    {
        CalendarPage* page = calendar();
        m_window->showPage(MainWindow::Calendar);
        QVERIFY(page->model()->rowCount() > 0);
        const qint64 selected = page->model()->entries().first().id;
        page->grid()->setSelectedBooking(selected);
        page->grid()->scrollToMinute(13 * 60);
        const int scrolled = page->grid()->verticalScrollBar()->value();
        QVERIFY(scrolled > 0);

        StorageError error;
        std::unique_ptr<Database> beside =
            Database::open(TestDatabase::optionsFor(m_db->path()), m_db->clock(), &error);
        QVERIFY2(beside, qPrintable(error.message));
        QVERIFY2(SettingsRepository(*beside).setValue(SettingKeys::kCentreName,
                                                      QStringLiteral("Centre Beside"), &error),
                 qPrintable(error.message));
        beside.reset();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->windowTitle().startsWith(QLatin1String("Centre Beside")),
                                 5000);
        QCOMPARE(page->grid()->verticalScrollBar()->value(), scrolled);
        QCOMPARE(page->grid()->selectedBooking(), selected);
    }

    // A booking held with the mouse (about to be dragged) is not reloaded from under the
    // receptionist: the reload waits for the button to be released, then shows the change.
    void aReloadWaitsForTheDragToEnd()
    {
        CalendarPage* page = calendar();
        m_window->showPage(MainWindow::Calendar);
        AgendaEntry held;
        for (const AgendaEntry& e : page->model()->entries()) {
            if (CalendarModel::isMovable(e)) {
                held = e;
                break;
            }
        }
        QVERIFY(held.id);
        page->grid()->scrollToMinute(LocalTime::minuteOfDay(held.startsAt, m_zone) - 30);
        const QPoint at = page->grid()->blockRect(held.id).center();
        QVERIFY(!at.isNull());
        QWidget* viewport = page->grid()->viewport();
        QMouseEvent press(QEvent::MouseButtonPress, at, viewport->mapToGlobal(at), Qt::LeftButton,
                          Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &press);
        QVERIFY(page->grid()->isDragging());

        qint64 client = 0;
        const Placement place = freePlace(&client);
        QVERIFY(place.startsAt > 0);
        QProcess cli;
        LiveTest::startCli(cli, m_db->path(), m_now, m_home.path(),
                           {QStringLiteral("book"), QStringLiteral("--client"),
                            QString::number(client), QStringLiteral("--service"),
                            QStringLiteral("leg"), QStringLiteral("--start"),
                            QDateTime::fromSecsSinceEpoch(place.startsAt, m_zone)
                                .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            QStringLiteral("--therapist"), QString::number(place.therapistId),
                            QStringLiteral("--room"), QString::number(place.roomId)});
        const auto shown = [&] {
            for (const AgendaEntry& e : page->model()->entries()) {
                if (e.startsAt == place.startsAt && e.therapistId == place.therapistId)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(page->liveReload()->postponed() >= 1, 10000);
        QVERIFY(!shown());
        QMouseEvent release(QEvent::MouseButtonRelease, at, viewport->mapToGlobal(at),
                            Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &release);
        QVERIFY(!page->grid()->isDragging());
        QTRY_VERIFY_WITH_TIMEOUT(shown(), 10000);
        QVERIFY(LiveTest::finished(cli));
        QCOMPARE(cli.exitCode(), 0);
    }

    // A check-in saved by massage-desk-cli shows on the Check-ins page while the receptionist
    // has another client's check-in form open: the form stays, so does the selection. On the
    // server no payload the window received names an answer, an area or a note.
    void aCliCheckinShowsWithAFormOpen()
    {
        m_window->showPage(MainWindow::Checkins);
        CheckinsPage* page = checkins();
        page->askConsent = [](const QString&) {
            return true;
        };
        const qint64 mine =
            CheckinTestHelpers::bookedToday(*m_window->database(), QStringLiteral("leg"));
        const qint64 theirs =
            CheckinTestHelpers::bookedToday(*m_window->database(), QStringLiteral("leg"), 1);
        QVERIFY(mine > 0 && theirs > 0);
        QTRY_VERIFY(rowOf(page->model(), mine) >= 0);
        page->view()->setCurrentIndex(page->model()->index(rowOf(page->model(), mine), 0));
        QPointer<CheckinDialog> form = page->openCheckin();
        QVERIFY(form);
        QVERIFY(form->isVisible());

        QStringList payloads;
        if (m_db->isServer()) {
            connect(m_window->database()->connection().driver(),
                    qOverload<const QString&, QSqlDriver::NotificationSource, const QVariant&>(
                        &QSqlDriver::notification),
                    this,
                    [&payloads](const QString&, QSqlDriver::NotificationSource,
                                const QVariant& payload) { payloads << payload.toString(); });
        }
        QTemporaryDir dir;
        const QString answers =
            LiveTest::writeAnswers(dir, QStringLiteral("leg"), QStringLiteral("one_leg_symptoms"),
                                   QStringLiteral("left calf"), QStringLiteral("swollen ankle"));
        QProcess cli;
        LiveTest::startCli(cli, m_db->path(), m_now, m_home.path(),
                           {QStringLiteral("checkin"), QString::number(theirs),
                            QStringLiteral("--answers"), answers});
        const auto outcome = [&] {
            const int row = rowOf(page->model(), theirs);
            return row < 0 ? QString()
                           : page->model()
                                 ->entryFromIndex(page->model()->index(row, 0))
                                 ->checkinOutcome;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(outcome() == QLatin1String("stop_refer"),
                                  qPrintable(LiveTest::describe(cli)), 10000);
        QVERIFY(LiveTest::finished(cli));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(form);
        QVERIFY(form->isVisible());
        const AgendaEntry* current = page->model()->entryFromIndex(page->view()->currentIndex());
        QVERIFY(current);
        QCOMPARE(current->id, mine);
        if (m_db->isServer()) {
            QVERIFY(!payloads.isEmpty());
            for (const QString& payload : std::as_const(payloads)) {
                QVERIFY2(Change::fromPayload(payload, m_zone).has_value(), qPrintable(payload));
                for (const char* secret : {"calf", "swollen", "one_leg", "stop", "refer"})
                    QVERIFY2(!payload.contains(QLatin1String(secret)), qPrintable(payload));
            }
        }
        form->close();
    }

    // While one of the session panel's forms is open (clearance, finish, postpone act on the
    // session shown) the page waits; once it closes, the change shows.
    void aPanelFormHoldsTheReload()
    {
        m_window->showPage(MainWindow::Checkins);
        CheckinsPage* page = checkins();
        const qint64 theirs =
            CheckinTestHelpers::bookedToday(*m_window->database(), QStringLiteral("foot"));
        QVERIFY(theirs > 0);
        QTRY_VERIFY(rowOf(page->model(), theirs) >= 0);
        auto* form = new QDialog(page->panel());
        form->setAttribute(Qt::WA_DeleteOnClose);
        form->show();
        QTemporaryDir dir;
        const QString answers =
            LiveTest::writeAnswers(dir, QStringLiteral("foot"), QString(), QString(), QString());
        QProcess cli;
        LiveTest::startCli(cli, m_db->path(), m_now, m_home.path(),
                           {QStringLiteral("checkin"), QString::number(theirs),
                            QStringLiteral("--answers"), answers});
        const auto outcome = [&] {
            const int row = rowOf(page->model(), theirs);
            return row < 0 ? QString()
                           : page->model()
                                 ->entryFromIndex(page->model()->index(row, 0))
                                 ->checkinOutcome;
        };
        QTRY_VERIFY_WITH_TIMEOUT(page->liveReload()->postponed() >= 1, 10000);
        QVERIFY(outcome().isEmpty());
        form->close();
        QTRY_COMPARE_WITH_TIMEOUT(outcome(), QStringLiteral("proceed"), 10000);
        QVERIFY(LiveTest::finished(cli));
        QCOMPARE(cli.exitCode(), 0);
    }

    // The client page shows a new booking of the client on screen, still on that client.
    void theClientPageFollowsABooking()
    {
        m_window->showPage(MainWindow::Clients);
        auto* page = static_cast<ClientsPage*>(m_window->page(MainWindow::Clients));
        qint64 client = 0;
        const Placement place = freePlace(&client);
        QVERIFY(place.startsAt > 0);
        QTRY_VERIFY(page->selectClient(client));
        const int before = page->bookingsModel()->rowCount();
        QProcess cli;
        LiveTest::startCli(cli, m_db->path(), m_now, m_home.path(),
                           {QStringLiteral("book"), QStringLiteral("--client"),
                            QString::number(client), QStringLiteral("--service"),
                            QStringLiteral("leg"), QStringLiteral("--start"),
                            QDateTime::fromSecsSinceEpoch(place.startsAt, m_zone)
                                .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            QStringLiteral("--therapist"), QString::number(place.therapistId),
                            QStringLiteral("--room"), QString::number(place.roomId)});
        QTRY_COMPARE_WITH_TIMEOUT(page->bookingsModel()->rowCount(), before + 1, 10000);
        QVERIFY(LiveTest::finished(cli));
        QCOMPARE(page->selectedClientId(), client);
    }
};

QTEST_MAIN(TestLiveViews)
#include "tst_live_views.moc"
