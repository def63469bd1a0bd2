#include "FrontDeskCentre.h"
#include "TestDatabase.h"
#include "calendar/BookingDialog.h"
#include "calendar/CalendarGrid.h"
#include "calendar/CalendarModel.h"
#include "models/CallListModel.h"
#include "models/WaitlistModel.h"
#include "pages/CalendarPage.h"
#include "print/PrintPreview.h"
#include "storage/CallRepository.h"
#include "storage/Scheduler.h"
#include "storage/WaitlistRepository.h"
#include "waitlist/BookingWaitlist.h"
#include "waitlist/CallListPage.h"
#include "waitlist/CallListSheet.h"
#include "waitlist/WaitlistDialog.h"
#include "waitlist/WaitlistPage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

// The front desk's waitlist and calls on real widgets offscreen (issue 12 §2–§4): the waitlist
// page's filters, removal asked first and undone; the add dialog's refusals; the calendar's
// "2 waiting" on a freed time and the booking dialog's offers, urgent first, booking one
// removing it; the client's record line; tomorrow's call list with its statuses, a call that
// cancels, and its printable sheet without health data. MASSAGE_DESK_SCREENSHOTS=folder keeps
// a picture of each screen.
class TestWaitlistUi : public QObject
{
    Q_OBJECT

    const QTimeZone m_zone{"Europe/Madrid"};
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FrontDeskCentre> m_centre;
    qint64 m_nuria = 0, m_pau = 0, m_anna = 0, m_oriol = 0, m_marta = 0, m_jordi = 0;
    qint64 m_freed = 0, m_tomorrowFirst = 0, m_tomorrowSecond = 0;
    qint64 m_oldEntry = 0, m_urgentEntry = 0, m_sportsEntry = 0;

    qint64 wait(qint64 client, const QString& code, bool urgent, QList<qint64> therapists = {})
    {
        WaitlistEntry e;
        e.clientId = client;
        e.serviceCode = code;
        e.urgent = urgent;
        e.therapistIds = therapists;
        e.note = urgent ? QStringLiteral("Sore after the marathon; any time this week")
                        : QStringLiteral("Mornings suit best");
        qint64 id = 0;
        StorageError error;
        if (!WaitlistRepository(m_db->db(), m_zone).add(e, &id, &error))
            qWarning("wait: %s", qPrintable(error.message));
        return id;
    }

    void screenshot(QWidget* widget, const QString& name)
    {
        widget->show();
        QCoreApplication::processEvents();
        const QString folder = qEnvironmentVariable("MASSAGE_DESK_SCREENSHOTS");
        if (!folder.isEmpty())
            QVERIFY(widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
    }

private slots:
    void init()
    {
        // Monday 2026-11-02, 08:00 in Madrid: the morning's calls are about Tuesday.
        m_db = std::make_unique<TestDatabase>(
            true, QDateTime(QDate(2026, 11, 2), QTime(7, 0), QTimeZone::utc()));
        m_centre = std::make_unique<FrontDeskCentre>(*m_db);
        m_marta = m_centre->marta;
        m_jordi = m_centre->jordi;
        m_nuria = m_centre->client(QStringLiteral("Núria Puig"), QStringLiteral("612 34 56 78"));
        m_pau = m_centre->client(QStringLiteral("Pau Soler"), QStringLiteral("633 21 09 87"));
        m_anna = m_centre->client(QStringLiteral("Anna Roca"));
        m_oriol = m_centre->client(QStringLiteral("Oriol Rovira"), QStringLiteral("644 55 66 77"));

        // Pau's session on Thursday is cancelled: a freed hour with Marta.
        m_freed = m_centre->book(m_pau, QStringLiteral("2026-11-05 10:00"), m_marta);
        StorageError error;
        QVERIFY(Scheduler(m_db->db(), m_zone)
                    .cancel(m_freed, QStringLiteral("Client is travelling"), QString(), &error));
        m_centre->book(m_oriol, QStringLiteral("2026-11-05 12:00"), m_marta);
        // Tomorrow's sessions, to confirm by phone.
        m_tomorrowFirst = m_centre->book(m_nuria, QStringLiteral("2026-11-03 10:00"), m_marta);
        m_tomorrowSecond = m_centre->book(m_oriol, QStringLiteral("2026-11-03 11:30"), m_jordi,
                                          QStringLiteral("sports"));
        QVERIFY(m_freed && m_tomorrowFirst && m_tomorrowSecond);

        m_oldEntry = wait(m_nuria, QStringLiteral("foot"), false);
        m_centre->setNow(QStringLiteral("2026-11-02 08:30"));
        m_urgentEntry = wait(m_anna, QStringLiteral("leg"), true, {m_marta});
        m_centre->setNow(QStringLiteral("2026-11-02 08:45"));
        m_sportsEntry = wait(m_pau, QStringLiteral("sports"), false, {m_jordi});
        m_centre->setNow(QStringLiteral("2026-11-02 09:00"));
    }

    void cleanup()
    {
        m_centre.reset();
        m_db.reset();
    }

    void modelsPassTheTester()
    {
        WaitlistModel waitlist;
        QAbstractItemModelTester waitlistTester(
            &waitlist, QAbstractItemModelTester::FailureReportingMode::QtTest);
        waitlist.setDatabase(&m_db->db(), m_zone);
        QCOMPARE(waitlist.rowCount(), 3);
        WaitlistRepository::Filter urgent;
        urgent.urgentOnly = true;
        waitlist.setFilter(urgent);
        QCOMPARE(waitlist.rowCount(), 1);
        QCOMPARE(waitlist.index(0, WaitlistModel::Urgent).data().toString(),
                 QStringLiteral("\u25B2 Urgent"));
        waitlist.setDatabase(nullptr, m_zone);
        QCOMPARE(waitlist.rowCount(), 0);

        CallListModel calls;
        QAbstractItemModelTester callsTester(
            &calls, QAbstractItemModelTester::FailureReportingMode::QtTest);
        calls.setDatabase(&m_db->db(), m_zone);
        QVERIFY(calls.load(QDate(2026, 11, 3)));
        QCOMPARE(calls.rowCount(), 2);
        QCOMPARE(calls.index(0, CallListModel::Phone).data().toString(),
                 QStringLiteral("612 34 56 78"));
        QCOMPARE(calls.index(0, CallListModel::Time).data().toString(),
                 QStringLiteral("10:00\u201311:00"));
        QVERIFY(calls.load(QDate(2026, 11, 4)));
        QCOMPARE(calls.rowCount(), 0);
    }

    void waitlistPageFiltersAndUndoesRemoval()
    {
        WaitlistPage page;
        page.resize(1100, 420);
        page.setDatabase(&m_db->db());
        QCOMPARE(page.model()->rowCount(), 3);
        // Urgent first, then the oldest.
        QCOMPARE(page.model()->entryFromIndex(page.model()->index(0, 0))->id, m_urgentEntry);
        QCOMPARE(page.model()->entryFromIndex(page.model()->index(1, 0))->id, m_oldEntry);
        QVERIFY(page.summaryLabel()->text().contains(QStringLiteral("3 waiting")));
        screenshot(&page, QStringLiteral("waitlist-page"));

        page.urgentFilter()->setChecked(true);
        QCOMPARE(page.model()->rowCount(), 1);
        page.urgentFilter()->setChecked(false);
        page.therapistFilter()->setCurrentIndex(page.therapistFilter()->findData(m_jordi));
        // Jordi: his own entry and the one for any therapist.
        QCOMPARE(page.model()->rowCount(), 2);
        page.therapistFilter()->setCurrentIndex(0);
        page.serviceFilter()->setCurrentIndex(page.serviceFilter()->findData(
            m_centre->scalar(QStringLiteral("SELECT id FROM services WHERE code = 'sports'"))));
        QCOMPARE(page.model()->rowCount(), 1);
        page.serviceFilter()->setCurrentIndex(0);

        QVERIFY(page.selectEntry(m_oldEntry));
        QString asked;
        page.confirm = [&asked](const QString&, const QString& text) {
            asked = text;
            return false;
        };
        page.removeButton()->click();
        QVERIFY(asked.contains(QStringLiteral("Núria Puig")));
        QCOMPARE(m_centre->scalar(QStringLiteral("SELECT count(*) FROM waitlist")), 3);
        page.confirm = [](const QString&, const QString&) {
            return true;
        };
        page.removeButton()->click();
        QCOMPARE(m_centre->scalar(QStringLiteral("SELECT count(*) FROM waitlist")), 2);
        QVERIFY(page.undoButton()->isVisibleTo(&page));
        screenshot(&page, QStringLiteral("waitlist-page-removed"));
        page.undoButton()->click();
        QCOMPARE(page.model()->rowCount(), 3);
        // Back in its old place: the oldest after the urgent one.
        QCOMPARE(page.model()->entryFromIndex(page.model()->index(1, 0))->clientId, m_nuria);
        QVERIFY(!page.undoButton()->isVisibleTo(&page));
    }

    void dialogAddsAnEntryAndSaysWhatIsWrong()
    {
        WaitlistDialog dialog(m_db->db(), m_zone, WaitlistEntry());
        QVERIFY(!dialog.save());
        QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("client")));
        QVERIFY(dialog.selectClient(m_oriol));
        dialog.serviceBox()->setCurrentIndex(dialog.serviceBox()->findData(QStringLiteral("leg")));
        dialog.dayBox(1)->setChecked(true);
        dialog.dayBox(3)->setChecked(true);
        dialog.timesEdit()->setText(QStringLiteral("after lunch"));
        QVERIFY(!dialog.save());
        QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("09:00-13:00")));
        QCOMPARE(m_centre->scalar(QStringLiteral("SELECT count(*) FROM waitlist")), 3);
        dialog.timesEdit()->setText(QStringLiteral("16:00-19:00"));
        dialog.therapistList()->item(0)->setCheckState(Qt::Checked);
        dialog.urgentBox()->setChecked(true);
        dialog.noteEdit()->setPlainText(QStringLiteral("Works mornings"));
        screenshot(&dialog, QStringLiteral("waitlist-dialog"));
        QVERIFY2(dialog.save(), qPrintable(dialog.problemLabel()->text()));
        WaitlistEntry saved;
        StorageError error;
        QVERIFY(WaitlistRepository(m_db->db(), m_zone)
                    .find(dialog.entryId(), &saved, QStringLiteral("en"), &error));
        QCOMPARE(saved.clientId, m_oriol);
        QCOMPARE(saved.weekdays, 1 | 4);
        QCOMPARE(saved.windows, (QList<WaitlistWindow>{{16 * 60, 19 * 60}}));
        QCOMPARE(saved.therapistIds.size(), 1);
        QVERIFY(saved.urgent);

        // Editing keeps the client and the place in the queue.
        WaitlistDialog edit(m_db->db(), m_zone, saved);
        edit.urgentBox()->setChecked(false);
        QVERIFY(edit.save());
        QVERIFY(WaitlistRepository(m_db->db(), m_zone)
                    .find(saved.id, &saved, QStringLiteral("en"), &error));
        QVERIFY(!saved.urgent);
    }

    void calendarMarksTheFreedTimeAndTheDialogOffersIt()
    {
        CalendarModel model;
        model.setDatabase(&m_db->db(), m_zone);
        QVERIFY(model.load(QDate(2026, 11, 5), 1));
        // Anna (urgent, Marta) and Núria's foot massage (any therapist) fit Marta's freed hour;
        // Pau wants Jordi.
        QCOMPARE(model.waiting(m_freed), 2);

        CalendarPage page(m_db->clock());
        page.resize(1000, 640);
        page.setDatabase(&m_db->db());
        page.showDay(QDate(2026, 11, 5));
        QCOMPARE(page.model()->waiting(m_freed), 2);
        QVERIFY(page.grid()
                    ->describe(m_freed)
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("2 waiting")));
        screenshot(&page, QStringLiteral("calendar-freed-slot"));

        BookingDialog::Prefill prefill;
        prefill.therapistId = m_marta;
        prefill.day = QDate(2026, 11, 5);
        prefill.minute = 10 * 60;
        BookingDialog dialog(m_db->db(), m_zone, prefill);
        BookingWaitlist* offers = dialog.waitlist();
        QCOMPARE(offers->offers().size(), 2);
        QCOMPARE(offers->offers().at(0).id, m_urgentEntry);
        QCOMPARE(offers->offers().at(1).id, m_oldEntry);
        QVERIFY(offers->offerList()->item(0)->text().contains(QStringLiteral("Urgent")));
        // Another time in the form: its own offers (Marta's free afternoon at 15:00, none in
        // Oriol's session at 12:30), and back again.
        dialog.setStart(QDate(2026, 11, 5), QTime(15, 0));
        dialog.check();
        QCOMPARE(offers->offers().size(), 2);
        QVERIFY(offers->slot().fromMinute < 15 * 60);
        dialog.setStart(QDate(2026, 11, 5), QTime(12, 30));
        dialog.check();
        QVERIFY(offers->offers().isEmpty());
        QVERIFY(!offers->isVisibleTo(&dialog));
        dialog.setStart(QDate(2026, 11, 5), QTime(10, 0));
        dialog.check();
        QCOMPARE(offers->offers().size(), 2);
        QVERIFY(offers->choose(0));
        QCOMPARE(dialog.clientId(), m_anna);
        QCOMPARE(dialog.serviceBox()->currentData().toString(), QStringLiteral("leg"));
        QVERIFY(dialog.check());
        screenshot(&dialog, QStringLiteral("booking-dialog-waitlist"));
        QVERIFY(dialog.save());
        QCOMPARE(
            m_centre->scalar(
                QStringLiteral("SELECT count(*) FROM waitlist WHERE id = %1").arg(m_urgentEntry)),
            0);
        QVERIFY(model.load(QDate(2026, 11, 5), 1));
        QCOMPARE(model.waiting(m_freed), 0); // the time is taken again

        // A time that is not free (Oriol's session) offers nothing.
        prefill.minute = 12 * 60 + 30;
        BookingDialog other(m_db->db(), m_zone, prefill);
        QVERIFY(other.waitlist()->offers().isEmpty());
        QVERIFY(!other.waitlist()->isVisibleTo(&other));
    }

    // Working time gained frees a slot too: a new shift for Laia shows "1 waiting" at the top of
    // her free afternoon, and a double-click there opens the booking dialog with her at that
    // time, offering the entry it matches.
    void calendarMarksANewShift()
    {
        const qint64 laia = m_centre->insert(QStringLiteral(
            "INSERT INTO therapists (display_name, created_at) VALUES ('Laia Font', 0)"));
        m_centre->insert(QStringLiteral("INSERT INTO therapist_services SELECT %1, id FROM "
                                        "services WHERE code IN ('leg', 'foot')")
                             .arg(laia));
        CalendarPage page(m_db->clock());
        page.resize(1000, 640);
        page.setDatabase(&m_db->db());
        page.showDay(QDate(2026, 11, 5));
        const auto marksOf = [&page](qint64 therapist) {
            QList<CalendarGrid::FreeMark> found;
            for (const CalendarGrid::FreeMark& m : page.grid()->freeMarks())
                if (m.free.slot.therapistId == therapist)
                    found << m;
            return found;
        };
        QVERIFY(marksOf(laia).isEmpty());
        QVERIFY(!marksOf(m_marta).isEmpty()); // Marta's free time around her sessions

        m_centre->insert(QStringLiteral("INSERT INTO therapist_shifts (therapist_id, weekday, "
                                        "start_minute, end_minute) VALUES (%1, 4, 900, 1140)")
                             .arg(laia));
        page.reload();
        const QList<CalendarGrid::FreeMark> marks = marksOf(laia);
        QCOMPARE(marks.size(), 1);
        // Núria's foot massage (any therapist); Anna wants Marta, Pau wants Jordi.
        QCOMPARE(marks.at(0).free.count, 1);
        QCOMPARE(marks.at(0).free.slot.fromMinute, 900);
        QCOMPARE(page.grid()->columns().at(marks.at(0).column).resourceId, laia);
        const QString text = page.grid()->freeMarkText(marks.at(0));
        QVERIFY2(text.contains(QStringLiteral("1 waiting")) && text.contains("Laia Font") &&
                     text.contains(QStringLiteral("15:00")),
                 qPrintable(text));

        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.grid()->scrollToMinute(14 * 60);
        QCoreApplication::processEvents();
        const QRect r = page.grid()->freeMarkRect(marks.at(0));
        QVERIFY(!r.isEmpty());
        QVERIFY(page.grid()->viewport()->rect().contains(r.center()));
        // Painted in words as well as colour: the label's fill differs from the free time's.
        const QImage shot = page.grid()->viewport()->grab().toImage();
        QVERIFY(shot.pixelColor(r.left() + 2, r.bottom() - 2) !=
                shot.pixelColor(r.left() + 2, r.bottom() + 6));
        screenshot(&page, QStringLiteral("calendar-new-shift"));

        QList<qint64> offered;
        qint64 therapist = 0;
        int minute = -1;
        page.runBookingDialog = [&](BookingDialog& dialog) {
            for (const WaitlistEntry& e : dialog.waitlist()->offers())
                offered << e.id;
            therapist = dialog.therapistBox()->currentData().toLongLong();
            minute = dialog.waitlist()->slot().fromMinute;
            return false;
        };
        QTest::mouseDClick(page.grid()->viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(offered, QList<qint64>{m_oldEntry});
        QCOMPARE(therapist, laia);
        QCOMPARE(minute, 900);

        // The week: in Laia's lane of Thursday.
        page.setView(CalendarPage::View::Week);
        page.showDay(QDate(2026, 11, 5));
        const QList<CalendarGrid::FreeMark> week = marksOf(laia);
        QCOMPARE(week.size(), 1);
        QCOMPARE(page.grid()->columns().at(week.at(0).column).day, QDate(2026, 11, 5));
        QCOMPARE(week.at(0).groups, 3);
        QVERIFY(!page.grid()->freeMarkRect(week.at(0)).isEmpty());

        // Too many therapists for lanes: the capacity view names who is waited for instead.
        for (int i = 0; i < CalendarGrid::kMaxWeekLanes; ++i)
            m_centre->insert(QStringLiteral("INSERT INTO therapists (display_name, created_at) "
                                            "VALUES ('Extra %1', 0)")
                                 .arg(i));
        page.setDatabase(&m_db->db()); // the therapists read again
        page.setView(CalendarPage::View::Week);
        page.showDay(QDate(2026, 11, 5));
        QVERIFY(page.grid()->isCapacityView());
        QVERIFY(page.grid()->freeMarks().isEmpty());
        const QString tip = page.grid()->capacityTooltip(week.at(0).column, 15 * 60);
        QVERIFY2(tip.contains(QStringLiteral("Laia Font (1 waiting)")), qPrintable(tip));
    }

    void calendarCatchesUpWhenShownAgain()
    {
        CalendarPage page(m_db->clock());
        page.setDatabase(&m_db->db());
        page.showDay(QDate(2026, 11, 5));
        page.show();
        QCOMPARE(page.model()->waiting(m_freed), 2);
        page.hide(); // the desk goes to the Waitlist page and adds Oriol
        wait(m_oriol, QStringLiteral("leg"), false);
        page.show();
        QCOMPARE(page.model()->waiting(m_freed), 3);
    }

    void bookingDialogShowsTheClientsRecord()
    {
        // Pau cancelled Thursday's session three days ahead (not late); a no-show last month.
        m_centre->setNow(QStringLiteral("2026-10-01 08:00"));
        const qint64 missed = m_centre->book(m_pau, QStringLiteral("2026-10-06 10:00"), m_marta);
        m_centre->setNow(QStringLiteral("2026-10-06 11:15"));
        StorageError error;
        QVERIFY(Scheduler(m_db->db(), m_zone)
                    .setStatus(missed, QStringLiteral("no_show"), QString(), &error));
        m_centre->setNow(QStringLiteral("2026-11-02 09:00"));
        BookingDialog::Prefill prefill;
        prefill.day = QDate(2026, 11, 6);
        BookingDialog dialog(m_db->db(), m_zone, prefill);
        QLabel* record = dialog.waitlist()->recordLabel();
        QVERIFY(dialog.selectClient(m_pau));
        QVERIFY(record->isVisibleTo(&dialog));
        QCOMPARE(record->text(), QStringLiteral("Last 6 months: 1 no-show(s), no late "
                                                "cancellations \u00B7 on the waitlist for 1 "
                                                "service(s)"));
        QVERIFY(dialog.selectClient(m_oriol));
        QCOMPARE(record->text(), QStringLiteral("Last 6 months: no no-shows, no late "
                                                "cancellations \u00B7 not on the waitlist"));
    }

    void callListRecordsEachCallAndPrints()
    {
        CallListPage page(m_db->clock());
        page.resize(1000, 400);
        page.setDatabase(&m_db->db());
        QCOMPARE(page.dayEdit()->date(), QDate(2026, 11, 3)); // tomorrow
        QCOMPARE(page.model()->rowCount(), 2);
        QVERIFY(page.summaryLabel()->text().contains(QStringLiteral("2 to call")));
        QVERIFY(page.selectBooking(m_tomorrowFirst));
        page.statusButton(QStringLiteral("confirmed"))->click();
        QCOMPARE(m_db->clock().nowSecs() > 0, true);
        StorageError error;
        QHash<qint64, QString> statuses =
            CallRepository(m_db->db(), m_zone)
                .statusesBetween(m_centre->at("2026-11-03 00:00"), m_centre->at("2026-11-04 00:00"),
                                 &error);
        QCOMPARE(statuses.value(m_tomorrowFirst), QStringLiteral("confirmed"));
        // The next client still to call is selected.
        QCOMPARE(page.model()->lineFromIndex(page.view()->currentIndex())->bookingId,
                 m_tomorrowSecond);

        // The calendar's block carries the call's symbol and says it in words.
        CalendarPage calendar(m_db->clock());
        calendar.setDatabase(&m_db->db());
        calendar.showDay(QDate(2026, 11, 3));
        QCOMPARE(calendar.model()->callStatus(m_tomorrowFirst), QStringLiteral("confirmed"));
        calendar.resize(1000, 520);
        screenshot(&calendar, QStringLiteral("calendar-call-marker"));
        QVERIFY(calendar.grid()
                    ->describe(m_tomorrowFirst)
                    .contains(QStringLiteral("Call: \u2714 confirmed")));

        // Cancelled on the call: asked why, then the booking is cancelled with that reason.
        page.askReason = [](const QString&) {
            return QString();
        };
        QVERIFY(!page.recordSelected(QStringLiteral("cancelled")));
        QCOMPARE(m_centre->scalar(
                     QStringLiteral("SELECT count(*) FROM bookings WHERE status = 'cancelled'")),
                 1);
        page.askReason = [](const QString&) {
            return QStringLiteral("Has a cold");
        };
        page.statusButton(QStringLiteral("cancelled"))->click();
        QCOMPARE(m_centre->scalar(
                     QStringLiteral("SELECT count(*) FROM bookings WHERE id = %1 AND status = "
                                    "'cancelled' AND status_reason = 'Has a cold'")
                         .arg(m_tomorrowSecond)),
                 1);
        QCOMPARE(page.model()->rowCount(), 2); // still listed, as cancelled on the call
        QVERIFY(page.model()
                    ->index(1, CallListModel::Call)
                    .data()
                    .toString()
                    .contains(QStringLiteral("cancelled on the call")));
        QVERIFY(!page.statusButton(QStringLiteral("confirmed"))->isEnabled());
        screenshot(&page, QStringLiteral("call-list"));

        // The sheet: names, phones and times, never a check-in.
        QString printed;
        page.print = [&printed](const QString& html, QString*) {
            printed = html;
            return true;
        };
        QVERIFY(page.printList());
        QVERIFY(printed.contains(QStringLiteral("612 34 56 78")));
        QVERIFY(printed.contains(QStringLiteral("Oriol Rovira")));
        QVERIFY(printed.contains(QStringLiteral("10:00")));
        QVERIFY(!printed.contains(QStringLiteral("heck-in")));
        if (const QString folder = qEnvironmentVariable("MASSAGE_DESK_SCREENSHOTS");
            !folder.isEmpty()) {
            // The sheet's layout as a picture (the PDF itself needs a viewer).
            QTextDocument sheet;
            sheet.setHtml(printed);
            sheet.setTextWidth(760);
            QImage image(800, int(sheet.size().height()) + 40, QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.translate(20, 20);
            sheet.drawContents(&painter);
            painter.end();
            QVERIFY(image.save(QDir(folder).filePath(QStringLiteral("call-list-sheet.png"))));
        }
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("calls.pdf"));
        QString problem;
        QVERIFY2(PrintPreview::savePdf(
                     pdf, QPageLayout::Portrait,
                     [&](QPagedPaintDevice* device, QString*) {
                         CallListSheet::render(printed, device);
                         return true;
                     },
                     &problem),
                 qPrintable(problem));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5).startsWith("%PDF"));
        QVERIFY(file.size() > 1000);
    }
};

QTEST_MAIN(TestWaitlistUi)
#include "tst_waitlist_ui.moc"
