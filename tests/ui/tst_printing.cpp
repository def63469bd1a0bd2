#include "DatabaseActions.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "pages/ClientsPage.h"
#include "print/ClientReport.h"
#include "print/DaySheet.h"
#include "print/DaySheetLayout.h"
#include "storage/BookingRepository.h"
#include "storage/DemoGenerator.h"
#include "widgets/SessionPanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>

// Printing: every sheet goes through a print preview with the system's printers and "Save as
// PDF…", the render functions draw on any QPrinter, and the day sheet keeps each therapist's
// heading with their rows, in the same columns for everyone.
class TestPrinting : public QObject
{
    Q_OBJECT

private:
    const QTimeZone m_zone{"Europe/Madrid"};
    const QDate m_day{2026, 11, 25};
    std::unique_ptr<TestDatabase> m_db;

    // Answers the print preview once it is the active modal window, as a person would.
    void whenPreviewOpens(const std::function<void(QPrintPreviewDialog*)>& answer, bool* seen)
    {
        *seen = false;
        auto* timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [timer, answer, seen] {
            auto* dialog = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            timer->stop();
            timer->deleteLater();
            *seen = true;
            answer(dialog);
        });
        timer->start();
    }

    static int previewPages(QPrintPreviewDialog* dialog)
    {
        auto* preview = dialog->findChild<QPrintPreviewWidget*>();
        return preview ? preview->pageCount() : -1;
    }

    static void saveAsPdf(QPrintPreviewDialog* dialog)
    {
        for (QAction* action : dialog->findChildren<QAction*>()) {
            if (action->objectName() == QLatin1String("saveAsPdf")) {
                action->trigger();
                return;
            }
        }
        dialog->reject();
    }

    static bool isPdf(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) && file.read(4) == "%PDF" && file.size() > 1000;
    }

    static QPrinter* pdfPrinter(const QString& path, QPageLayout::Orientation orientation)
    {
        auto* printer = new QPrinter(QPrinter::HighResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(path);
        printer->setPageOrientation(orientation);
        return printer;
    }

    // A day of `therapists` therapists, the first with `firstRows` sessions, the others 6.
    static QList<AgendaEntry> syntheticDay(const QDate& day, const QTimeZone& zone, int therapists,
                                           int firstRows)
    {
        QList<AgendaEntry> entries;
        const QStringList names{QStringLiteral("Marta Vidal"), QStringLiteral("Jordi Serra"),
                                QStringLiteral("Laia Font"),   QStringLiteral("Pau Roca"),
                                QStringLiteral("Irene Comas"), QStringLiteral("Carla Riera")};
        qint64 id = 1;
        for (int t = 0; t < therapists; ++t) {
            const int rows = t == 0 ? firstRows : 6;
            for (int r = 0; r < rows; ++r) {
                AgendaEntry e;
                e.id = id++;
                e.therapistId = t + 1;
                e.therapistName = names.value(t);
                // Short names for one therapist, long ones for another: the columns must not
                // follow them.
                e.clientName = t % 2 ? QStringLiteral("Ana")
                                     : QStringLiteral("Sof\u00EDa Puigdom\u00E8nech S\u00E1nchez");
                e.serviceName = t % 2 ? QStringLiteral("Leg massage")
                                      : QStringLiteral("Relaxing full-body massage");
                e.roomName = QStringLiteral("Sala %1").arg(t + 1);
                e.status = QStringLiteral("booked");
                e.minutes = 30;
                e.startsAt = QDateTime(day, QTime(8, 0), zone).toSecsSinceEpoch() + r * 1800;
                entries.append(e);
            }
        }
        return entries;
    }

private slots:
    void init()
    {
        m_db =
            std::make_unique<TestDatabase>(true, QDateTime(m_day, QTime(10, 30), QTimeZone::utc()));
        DemoGenerator::Summary summary;
        StorageError error;
        QVERIFY2(
            DemoGenerator::generate(m_db->db(), {DemoGenerator::Size::Small, 7}, &summary, &error),
            qPrintable(error.detail));
    }

    void cleanup() { m_db.reset(); }

    // Whatever the first therapist's day pushes down, no heading is left at the foot of a page
    // with its rows on the next, and every therapist's table has the same columns.
    void headingsStayWithTheirRowsInSharedColumns()
    {
        QTemporaryDir dir;
        std::unique_ptr<QPrinter> printer(
            pdfPrinter(dir.filePath(QStringLiteral("x.pdf")), QPageLayout::Landscape));
        int moved = 0;
        for (int rows = 1; rows <= 40; ++rows) {
            QTextDocument document;
            document.setHtml(DaySheet::html(QStringLiteral("Centre"), m_day, m_zone,
                                            syntheticDay(m_day, m_zone, 5, rows), false));
            DaySheetLayout::paginate(document, printer.get(), false);
            const QList<DaySheetLayout::Section> sections = DaySheetLayout::sections(document);
            QCOMPARE(sections.size(), 5);
            for (int i = 0; i < sections.size(); ++i) {
                QVERIFY2(sections.at(i).headingPage == sections.at(i).firstRowPage,
                         qPrintable(QStringLiteral("%1 rows: heading %2 alone on page %3")
                                        .arg(rows)
                                        .arg(i)
                                        .arg(sections.at(i).headingPage)));
                QCOMPARE(sections.at(i).columnLefts, sections.first().columnLefts);
                if (i > 0 && sections.at(i).headingPage > sections.at(i - 1).lastRowPage &&
                    sections.at(i).headingPage > 0)
                    ++moved;
            }
        }
        // The case really happened: some headings went to the next page with their rows.
        QVERIFY(moved > 0);
    }

    void onePagePerTherapistStartsEachOnANewPage()
    {
        QTemporaryDir dir;
        std::unique_ptr<QPrinter> printer(
            pdfPrinter(dir.filePath(QStringLiteral("x.pdf")), QPageLayout::Landscape));
        QTextDocument document;
        document.setHtml(DaySheet::html(QStringLiteral("Centre"), m_day, m_zone,
                                        syntheticDay(m_day, m_zone, 4, 3), false, {}, true));
        DaySheetLayout::paginate(document, printer.get(), true);
        const QList<DaySheetLayout::Section> sections = DaySheetLayout::sections(document);
        QCOMPARE(sections.size(), 4);
        for (int i = 1; i < sections.size(); ++i)
            QVERIFY(sections.at(i).headingPage > sections.at(i - 1).lastRowPage);
        QCOMPARE(DaySheetLayout::pageCount(document), 4);
        // Each therapist's own sheet says which day it is.
        QVERIFY(document.toPlainText().count(QLocale().toString(m_day, QLocale::LongFormat)) >= 5);
    }

    // The render functions draw on any printer; here one set to PDF.
    void renderFunctionsDrawOnAPrinter()
    {
        QTemporaryDir dir;
        const QString day = dir.filePath(QStringLiteral("day.pdf"));
        {
            std::unique_ptr<QPrinter> printer(pdfPrinter(day, QPageLayout::Landscape));
            QString error;
            DaySheet::Options options;
            options.onePagePerTherapist = true;
            DaySheet::Content content;
            QVERIFY2(DaySheet::load(m_db->db(), m_day, &content, &error), qPrintable(error));
            QVERIFY(!content.entries.isEmpty());
            DaySheet::render(content, options, printer.get());
        }
        QVERIFY(isPdf(day));
        const QString sheet = dir.filePath(QStringLiteral("checkin.pdf"));
        {
            std::unique_ptr<QPrinter> printer(pdfPrinter(sheet, QPageLayout::Portrait));
            QVERIFY(SessionPanel::renderCheckinSheet(QStringLiteral("<h1>Proceed</h1>"),
                                                     printer.get()));
        }
        QVERIFY(isPdf(sheet));
        const QString report = dir.filePath(QStringLiteral("report.pdf"));
        {
            std::unique_ptr<QPrinter> printer(pdfPrinter(report, QPageLayout::Portrait));
            QVERIFY(ClientReport::render(QJsonObject(), QStringLiteral("Centre"), printer.get()));
        }
        QVERIFY(isPdf(report));
    }

    // Ctrl+P opens the print preview of the day sheet; "One page per therapist" redraws it,
    // and "Save as PDF…" is one of the ways out.
    void ctrlPOpensThePrintPreview()
    {
        Database::Options options;
        options.path = m_db->path();
        StorageError error;
        std::unique_ptr<Database> gui = Database::open(options, m_db->clock(), &error);
        QVERIFY2(gui, qPrintable(error.message));
        MainWindow window(m_db->clock(), std::move(gui));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction* print = nullptr;
        for (QAction* action : window.menuBar()->findChildren<QAction*>()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Print))
                print = action;
        }
        QVERIFY(print);
        // A manager's sheet reads the check-ins behind it (audited): once per print, however
        // often the preview draws the pages again.
        const auto reads = [&] {
            QSqlQuery query(m_db->db().connection());
            query.exec(
                QStringLiteral("SELECT count(*) FROM audit_log WHERE kind = 'checkin.read'"));
            return query.next() ? query.value(0).toInt() : -1;
        };
        const Actor manager{0, QStringLiteral("anna"), Role::Manager, 0};
        window.database()->setActor(manager);
        m_db->db().setActor(manager);
        int before = reads();
        DaySheet::Content once;
        QString problem;
        QVERIFY(DaySheet::load(m_db->db(), m_day, &once, &problem));
        const int perPrint = reads() - before;
        QVERIFY(perPrint > 0);
        before = reads();
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("day.pdf"));
        window.databaseActions()->choosePdfToSave = [&](const QString&, const QString&) {
            return pdf;
        };
        bool seen = false;
        int together = 0;
        int apart = 0;
        whenPreviewOpens(
            [&](QPrintPreviewDialog* dialog) {
                together = previewPages(dialog);
                QCheckBox* onePage = nullptr;
                for (QCheckBox* box : dialog->findChildren<QCheckBox*>()) {
                    if (box->text().contains(QStringLiteral("therapist")))
                        onePage = box;
                }
                if (onePage) {
                    onePage->setChecked(true);
                    QApplication::processEvents();
                    apart = previewPages(dialog);
                }
                const QString folder = qEnvironmentVariable("MASSAGE_DESK_SCREENSHOTS");
                if (!folder.isEmpty()) {
                    dialog->resize(1100, 760);
                    QApplication::processEvents();
                    dialog->grab().save(folder + QStringLiteral("/print-preview-day-sheet.png"));
                }
                saveAsPdf(dialog);
            },
            &seen);
        print->trigger();
        QVERIFY(seen);
        QVERIFY(together >= 1);
        QVERIFY2(apart > together, qPrintable(QStringLiteral("%1 vs %2").arg(apart).arg(together)));
        QVERIFY(isPdf(pdf));
        QCOMPARE(reads() - before, perPrint);

        // Closed without printing: nothing printed, nothing said to be.
        whenPreviewOpens([](QPrintPreviewDialog* dialog) { dialog->reject(); }, &seen);
        QVERIFY(!window.databaseActions()->printDaySheet(m_day));
        QVERIFY(seen);
    }

    void checkinSheetAndClientReportOpenThePreview()
    {
        const QList<AgendaEntry> entries = [&] {
            StorageError error;
            return BookingRepository(m_db->db(), m_zone)
                .agenda(QDateTime(m_day, QTime(0, 0), m_zone).toSecsSinceEpoch(),
                        QDateTime(m_day.addDays(1), QTime(0, 0), m_zone).toSecsSinceEpoch(),
                        QStringLiteral("en"), &error);
        }();
        const AgendaEntry* checked = nullptr;
        for (const AgendaEntry& e : entries) {
            if (!e.checkinOutcome.isEmpty())
                checked = &e;
        }
        QVERIFY(checked);
        SessionPanel panel;
        panel.setDatabase(&m_db->db());
        panel.setBooking(checked);
        QTemporaryDir dir;
        const QString sheet = dir.filePath(QStringLiteral("sheet.pdf"));
        panel.choosePdfPath = [&](const QString&) {
            return sheet;
        };
        bool seen = false;
        int pages = 0;
        whenPreviewOpens(
            [&](QPrintPreviewDialog* dialog) {
                pages = previewPages(dialog);
                saveAsPdf(dialog);
            },
            &seen);
        QVERIFY(panel.previewCheckin());
        QVERIFY(seen);
        QCOMPARE(pages, 1);
        QVERIFY(isPdf(sheet));

        ClientsPage page;
        page.setDatabase(&m_db->db());
        const QString report = dir.filePath(QStringLiteral("report.pdf"));
        page.choosePdfPath = [&](const QString&) {
            return report;
        };
        whenPreviewOpens(
            [&](QPrintPreviewDialog* dialog) {
                pages = previewPages(dialog);
                saveAsPdf(dialog);
            },
            &seen);
        QVERIFY(page.printClientReport(checked->clientId));
        QVERIFY(seen);
        QVERIFY(pages >= 1);
        QVERIFY(isPdf(report));
    }
};

QTEST_MAIN(TestPrinting)
#include "tst_printing.moc"
