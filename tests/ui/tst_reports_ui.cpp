// The Reports page offscreen on the small demo centre: its models, its charts beside their
// tables (the same numbers as storage), the period picker, and the CSV and PDF exports.
#include "TestDatabase.h"
#include "core/Csv.h"
#include "pages/ReportsPage.h"
#include "reports/ReportCharts.h"
#include "reports/ReportModels.h"
#include "storage/DemoGenerator.h"
#include "storage/SettingsRepository.h"

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QDir>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUrl>

namespace {

// True when the picture has more than one colour: something was drawn.
bool drawn(const QImage& image)
{
    if (image.isNull())
        return false;
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            if (image.pixel(x, y) != first)
                return true;
        }
    }
    return false;
}

int column(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data(ReportTableModel::ExportRole).toInt();
}

} // namespace

class TestReportsUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ReportsPage> m_page;
    const QDate m_november{2026, 11, 1};

    Report storageReport(const QDate& from, const QDate& to)
    {
        Report report;
        StorageError error;
        ReportRepository(m_db->db(), SettingsRepository(m_db->db()).timeZone())
            .build(from, to, QStringLiteral("en"), &report, &error);
        return report;
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
        m_db->db().setActor(Actor{1, QStringLiteral("boss"), Role::Manager, 0});
        m_page = std::make_unique<ReportsPage>(m_db->clock());
        m_page->setRole(Role::Manager);
        m_page->setDatabase(&m_db->db());
        m_page->resize(1280, 800);
    }

    void cleanup()
    {
        m_page.reset();
        m_db.reset();
    }

    // Every table's model keeps Qt's rules through a change of period.
    void modelsPassTheTester()
    {
        for (ReportTableModel* model : m_page->tables())
            new QAbstractItemModelTester(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_page.get());
        QVERIFY(m_page->showPeriod(ReportsPage::Period::Month, m_november));
        QVERIFY(m_page->showPeriod(ReportsPage::Period::Year, m_november));
        QVERIFY(m_page->showPeriod(ReportsPage::Period::Week, QDate(1999, 1, 4)));
        for (ReportTableModel* model : m_page->tables())
            QVERIFY(model->columnCount() > 1);
    }

    void periods_data()
    {
        QTest::addColumn<int>("period");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::newRow("week") << int(ReportsPage::Period::Week) << QDate(2026, 11, 26)
                              << QDate(2026, 11, 23) << QDate(2026, 11, 29);
        QTest::newRow("month") << int(ReportsPage::Period::Month) << QDate(2026, 2, 14)
                               << QDate(2026, 2, 1) << QDate(2026, 2, 28);
        QTest::newRow("quarter") << int(ReportsPage::Period::Quarter) << QDate(2026, 11, 26)
                                 << QDate(2026, 10, 1) << QDate(2026, 12, 31);
        QTest::newRow("year") << int(ReportsPage::Period::Year) << QDate(2026, 6, 30)
                              << QDate(2026, 1, 1) << QDate(2026, 12, 31);
    }
    // The period holding a day, and the one of the same length before it.
    void periods()
    {
        QFETCH(int, period);
        QFETCH(QDate, day);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QVERIFY(m_page->showPeriod(ReportsPage::Period(period), day));
        QCOMPARE(m_page->comparison().current.from, from);
        QCOMPARE(m_page->comparison().current.to, to);
        QCOMPARE(m_page->comparison().previous.to, from.addDays(-1));
        QCOMPARE(m_page->comparison().previous.from.daysTo(m_page->comparison().previous.to),
                 from.daysTo(to));
        m_page->step(-1);
        QCOMPARE(m_page->comparison().current.to, from.addDays(-1));
    }

    // The charts draw offscreen, and they and their tables show storage's numbers.
    void chartsBesideTheirTables()
    {
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QVERIFY(m_page->showPeriod(ReportsPage::Period::Month, m_november));
        QApplication::processEvents();
        const Report expected = storageReport(m_november, QDate(2026, 11, 30));
        QVERIFY(expected.sessions > 0);

        ReportStaffModel* therapists = m_page->therapistModel();
        QCOMPARE(therapists->rowCount(), expected.byTherapist.size());
        auto* bars =
            qobject_cast<QBarSeries*>(m_page->therapistChart()->chart()->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 2); // this period and the one before
        for (int row = 0; row < therapists->rowCount(); ++row) {
            QCOMPARE(column(*therapists, row, ReportStaffModel::Sessions),
                     expected.byTherapist.at(row).sessions);
            QCOMPARE(int(bars->barSets().at(0)->at(row)), expected.byTherapist.at(row).sessions);
            QCOMPARE(m_page->tableFor(therapists)->model(), therapists);
        }
        QVERIFY(bars->isLabelsVisible()); // the values are written on the bars
        QVERIFY(bars->barSets().at(1)->brush().style() != bars->barSets().at(0)->brush().style());

        ReportWeekModel* weeks = m_page->weekModel();
        auto* line = qobject_cast<QLineSeries*>(m_page->weekChart()->chart()->series().value(0));
        QVERIFY(line);
        QCOMPARE(line->count(), weeks->rowCount());
        int inWeeks = 0;
        for (int row = 0; row < weeks->rowCount(); ++row) {
            inWeeks += column(*weeks, row, ReportWeekModel::Sessions);
            QCOMPARE(int(line->at(row).y()), column(*weeks, row, ReportWeekModel::Sessions));
        }
        QCOMPARE(inWeeks, expected.sessions);

        ReportBusyModel* busy = m_page->busyModel();
        int inHours = 0;
        for (int row = 0; row < busy->rowCount(); ++row) {
            for (int c = 1; c < busy->columnCount(); ++c)
                inHours += column(*busy, row, c);
        }
        QCOMPARE(inHours, expected.sessions);
        // The heat map's numbers in a table beside it, never its shading alone.
        QTableView* busyTable = m_page->tableFor(busy);
        QVERIFY(busyTable);
        QCOMPARE(busyTable->model(), busy);
        QVERIFY(busyTable->isVisible());
        QCOMPARE(busyTable->parentWidget(), m_page->heatMap()->parentWidget());
        QCOMPARE(busy->columnCount(), busy->lastHour() - busy->firstHour() + 2);
        int busiest = 0;
        for (int weekday = 1; weekday <= 7; ++weekday) {
            QCOMPARE(busyTable->model()->index(weekday - 1, 0).data().toString(),
                     busy->index(weekday - 1, 0).data().toString());
            for (int hour = busy->firstHour(); hour <= busy->lastHour(); ++hour) {
                QCOMPARE(column(*busy, weekday - 1, hour - busy->firstHour() + 1),
                         expected.busyAt(weekday, hour));
                busiest = std::max(busiest, expected.busyAt(weekday, hour));
            }
        }
        QVERIFY(busiest > 0);

        ReportSummaryModel* summary = m_page->summaryModel();
        QCOMPARE(column(*summary, 0, ReportSummaryModel::Now), expected.sessions);
        QCOMPARE(column(*summary, 3, ReportSummaryModel::Now), expected.cancelled);
        QCOMPARE(summary->index(2, ReportSummaryModel::Now)
                     .data(ReportTableModel::ExportRole)
                     .toString(),
                 QString::number(expected.revenueCents / 100.0, 'f', 2));
        // The change exports in the figure's own unit (money, not cents).
        const Report before = storageReport(QDate(2026, 10, 2), QDate(2026, 10, 31));
        QCOMPARE(summary->index(2, ReportSummaryModel::Difference)
                     .data(ReportTableModel::ExportRole)
                     .toString(),
                 QString::number((expected.revenueCents - before.revenueCents) / 100.0, 'f', 2));

        QVERIFY(drawn(m_page->therapistChart()->grab().toImage()));
        QVERIFY(drawn(m_page->weekChart()->grab().toImage()));
        QVERIFY(drawn(m_page->heatMap()->grab().toImage()));
        // The grid speaks too: its busiest hour to a screen reader, each cell under the mouse.
        QVERIFY(m_page->heatMap()->accessibleDescription().startsWith(QStringLiteral("Busiest")));
        const HeatMap* heat = m_page->heatMap();
        const QSize size = heat->size();
        const int hours = busy->lastHour() - busy->firstHour() + 1;
        const double label = double(size.width()) / (hours + 2) * 2;
        int weekday = 0, hour = 0;
        QVERIFY(
            heat->cellAt(QPoint(int(label + 2), int(size.height() / 8.0 * 1.5)), &weekday, &hour));
        QCOMPARE(weekday, 1);
        QCOMPARE(hour, busy->firstHour());
        QVERIFY(!heat->cellAt(QPoint(2, 2), &weekday, &hour));
        QVERIFY(m_page->tableFor(therapists)->isVisible());
        QVERIFY(m_page->tableFor(weeks)->isVisible());

        const QString folder = qEnvironmentVariable("MASSAGE_DESK_SCREENSHOTS");
        if (!folder.isEmpty())
            m_page->grab().save(QDir(folder).filePath(QStringLiteral("reports.png")));
        if (!folder.isEmpty()) // the whole page, as scrolling shows it
            m_page->findChild<QScrollArea*>()->widget()->grab().save(
                QDir(folder).filePath(QStringLiteral("reports-all.png")));
    }

    // In a 1024-pixel window (the page beside the sidebar) nothing needs sideways scrolling:
    // each chart gives way to the table of its numbers.
    void fitsASmallWindow()
    {
        m_page->resize(860, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QVERIFY(m_page->showPeriod(ReportsPage::Period::Year, m_november));
        QApplication::processEvents();
        auto* scroll = m_page->findChild<QScrollArea*>();
        QVERIFY(scroll);
        QVERIFY2(!scroll->horizontalScrollBar()->isVisible(),
                 qPrintable(QStringLiteral("content %1 wide in %2")
                                .arg(scroll->widget()->minimumSizeHint().width())
                                .arg(scroll->viewport()->width())));
        for (ReportTableModel* model : m_page->tables()) {
            if (QTableView* view = m_page->tableFor(model)) {
                QVERIFY(!view->horizontalScrollBar()->isVisible());
                QVERIFY(!view->verticalScrollBar()->isVisible());
            }
        }
        const QString folder = qEnvironmentVariable("MASSAGE_DESK_SCREENSHOTS");
        if (!folder.isEmpty())
            m_page->grab().save(QDir(folder).filePath(QStringLiteral("reports-narrow.png")));
    }

    // The change reads with an arrow and a sign, never by colour alone.
    void changeHasArrowAndSign()
    {
        using K = ReportTableModel::Kind;
        QCOMPARE(ReportTableModel::changeText(K::Count, 12, 8),
                 QStringLiteral("\u25B2 +4 (+50 %)"));
        QCOMPARE(ReportTableModel::changeText(K::Count, 6, 8),
                 QStringLiteral("\u25BC \u22122 (\u221225 %)"));
        QCOMPARE(ReportTableModel::changeText(K::Count, 5, 5), QStringLiteral("= no change"));
        QCOMPARE(ReportTableModel::changeText(K::Count, 3, 0), QStringLiteral("\u25B2 +3"));
        QCOMPARE(ReportTableModel::changeText(K::Percent, 0.25, 0.2),
                 QStringLiteral("\u25B2 +5.0 points"));
        QCOMPARE(ReportTableModel::changeText(K::Percent, -1, 0.2), QStringLiteral("\u2013"));
    }

    // The CSV holds every table with storage's numbers; an existing file is never replaced.
    void csvExport()
    {
        QVERIFY(m_page->showPeriod(ReportsPage::Period::Month, m_november));
        const Report expected = storageReport(m_november, QDate(2026, 11, 30));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.csv"));
        m_page->chooseFileToSave = [&](const QString&, const QString&, const QString&) {
            return path;
        };
        QVERIFY(m_page->exportCsv());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        file.close();
        const Csv::Table table = Csv::read(bytes);
        QCOMPARE(table.records.at(0).cells, QStringList({"Report", "2026-11-01", "2026-11-30"}));
        QCOMPARE(table.records.at(1).cells,
                 QStringList({"Period before", "2026-10-02", "2026-10-31"}));
        bool sawSessions = false, sawTherapist = false;
        for (const Csv::Record& record : table.records) {
            if (record.cells.value(0) == QLatin1String("Sessions")) {
                QCOMPARE(record.cells.value(1).toInt(), expected.sessions);
                sawSessions = true;
            }
            if (record.cells.value(0) == expected.byTherapist.at(0).name) {
                QCOMPARE(record.cells.value(1).toInt(), expected.byTherapist.at(0).sessions);
                sawTherapist = true;
            }
        }
        QVERIFY(sawSessions);
        QVERIFY(sawTherapist);
        for (const ReportTableModel* model : m_page->tables())
            QVERIFY2(bytes.contains(model->title().toUtf8()), qPrintable(model->title()));

        // A second export to the same name is refused and leaves the first as it was.
        QVERIFY(!m_page->exportCsv());
        QVERIFY(!m_page->statusText().isEmpty());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
    }

    // The PDF is written whole, starts as a PDF does, and never replaces a file.
    void pdfExport()
    {
        QVERIFY(m_page->showPeriod(ReportsPage::Period::Quarter, m_november));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        QString message;
        QVERIFY2(m_page->writePdf(path, &message), qPrintable(message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(bytes.size() > 20000); // the three charts are in it as pictures
        file.close();
        const QString folder = qEnvironmentVariable("MASSAGE_DESK_SCREENSHOTS");
        if (!folder.isEmpty()) { // the PDF's pages as one tall picture, to look at
            QTextDocument document;
            const QList<ReportExport::Chart> charts = m_page->pdfCharts();
            for (int i = 0; i < charts.size(); ++i)
                document.addResource(QTextDocument::ImageResource,
                                     QUrl(QStringLiteral("chart:%1").arg(i)), charts.at(i).image);
            document.setHtml(ReportExport::html(m_page->comparison(), m_page->tables(), charts));
            document.setTextWidth(760);
            QImage image(document.size().toSize(), QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            document.drawContents(&painter);
            image.save(QDir(folder).filePath(QStringLiteral("report-pdf.png")));
        }
        for (const ReportExport::Chart& chart : m_page->pdfCharts())
            QVERIFY2(drawn(chart.image), qPrintable(chart.caption));
        // Every table is in it, the busy hours' numbers beside their heat map included.
        const QString html =
            ReportExport::html(m_page->comparison(), m_page->tables(), m_page->pdfCharts());
        QVERIFY(m_page->tables().contains(m_page->busyModel()));
        QVERIFY(html.contains(m_page->busyModel()->title().toHtmlEscaped()));
        QVERIFY(!m_page->writePdf(path, &message));
        QVERIFY(!message.isEmpty());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
    }

    // Reception sees why there is nothing, and nothing is read.
    void onlyManagers()
    {
        QVERIFY(m_page->showPeriod(ReportsPage::Period::Month, m_november));
        QVERIFY(m_page->summaryModel()->index(0, ReportSummaryModel::Now).data().toInt() > 0);
        m_db->db().setActor(Actor{2, QStringLiteral("desk"), Role::Receptionist, 0});
        m_page->setRole(Role::Receptionist);
        QVERIFY(!m_page->refresh());
        auto* stack = m_page->findChild<QStackedWidget*>();
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget(), m_page->explanation());
        QVERIFY(m_page->explanation()->text().contains(QStringLiteral("manager")));
        // The manager's figures are gone from the models, not only hidden.
        QCOMPARE(m_page->summaryModel()->index(0, ReportSummaryModel::Now).data().toInt(), 0);
        QCOMPARE(m_page->therapistModel()->rowCount(), 0);
    }
};

QTEST_MAIN(TestReportsUi)
#include "tst_reports_ui.moc"
