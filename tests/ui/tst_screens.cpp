#include "MainWindow.h"
#include "TestDatabase.h"
#include "calendar/CalendarGrid.h"
#include "calendar/CalendarModel.h"
#include "models/DayAgendaModel.h"
#include "pages/CalendarPage.h"
#include "pages/CheckinsPage.h"
#include "storage/DemoGenerator.h"
#include "widgets/SessionPanel.h"

#include <QApplication>
#include <QDir>
#include <QFontMetrics>
#include <QHeaderView>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTest>

// How the main pages fit a laptop screen (1280×800), offscreen on the small demo centre.
class TestScreens : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;

    void screenshot(QWidget* widget, const QString& name)
    {
        const QString folder = qEnvironmentVariable("MASSAGE_DESK_SCREENSHOTS");
        QApplication::processEvents();
        if (!folder.isEmpty())
            widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
    }

    void openWindow(const QSize& size)
    {
        Database::Options options;
        options.path = m_db->path();
        StorageError error;
        std::unique_ptr<Database> gui = Database::open(options, m_db->clock(), &error);
        QVERIFY2(gui, qPrintable(error.message));
        m_window = std::make_unique<MainWindow>(m_db->clock(), std::move(gui));
        m_window->resize(size);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
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

    void cleanup()
    {
        m_window.reset();
        m_db.reset();
    }

    // Every column of today's check-ins reads in full, with no sideways scrolling.
    void checkinsColumnsFitALaptopScreen_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1440x900") << QSize(1440, 900);
        QTest::newRow("1024x768") << QSize(1024, 768);
    }
    void checkinsColumnsFitALaptopScreen()
    {
        QFETCH(QSize, size);
        openWindow(size);
        m_window->showPage(MainWindow::Checkins);
        auto* page = static_cast<CheckinsPage*>(m_window->page(MainWindow::Checkins));
        QApplication::processEvents();
        QTableView* view = page->view();
        QVERIFY(page->model()->rowCount() > 3);
        QVERIFY2(!view->horizontalScrollBar()->isVisible(), "a horizontal scroll bar is shown");
        QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
        const QHeaderView* header = view->horizontalHeader();
        const QAbstractItemView* base = view;
        int total = 0;
        for (int c = 0; c < DayAgendaModel::ColumnCount; ++c) {
            if (view->isColumnHidden(c))
                continue;
            const int needed = qMax(base->sizeHintForColumn(c), header->sectionSizeHint(c));
            QVERIFY2(header->sectionSize(c) >= needed,
                     qPrintable(QStringLiteral("column %1: %2 < %3")
                                    .arg(page->model()->headerData(c, Qt::Horizontal).toString())
                                    .arg(header->sectionSize(c))
                                    .arg(needed)));
            total += header->sectionSize(c);
        }
        QVERIFY(total <= view->viewport()->width());
        // The session panel stays usable beside or below the table.
        QVERIFY(page->panel()->width() >= page->panel()->minimumSizeHint().width());
        QVERIFY(page->panel()->height() > 100);
        screenshot(m_window.get(), QStringLiteral("checkins-%1").arg(QTest::currentDataTag()));
    }

    // A twelve-therapist centre: every column keeps a readable width (the grid scrolls
    // sideways instead) and its header the therapist's full name, on two lines if need be.
    void largeCentreDayKeepsNamesAndBlocksReadable()
    {
        m_db = std::make_unique<TestDatabase>(
            true, QDateTime(QDate(2026, 11, 28), QTime(10, 30), QTimeZone::utc()));
        DemoGenerator::Summary summary;
        StorageError error;
        QVERIFY2(DemoGenerator::generate(m_db->db(), {DemoGenerator::Size::Large, 7, 4000},
                                         &summary, &error),
                 qPrintable(error.detail));
        openWindow(QSize(1280, 800));
        auto* page = static_cast<CalendarPage*>(m_window->page(MainWindow::Calendar));
        page->showDay(QDate(2026, 11, 28));
        QApplication::processEvents();
        CalendarGrid* grid = page->grid();
        QCOMPARE(grid->columns().size(), 12);
        QVERIFY(grid->columnWidth() >= grid->minimumColumnWidth());
        QVERIFY(grid->minimumColumnWidth() >= 140);
        QVERIFY2(grid->horizontalScrollBar()->maximum() > 0, "twelve columns need to scroll");
        QFont bold = grid->font();
        bold.setBold(true);
        const QFontMetrics fm(bold);
        bool wrapped = false;
        for (int c = 0; c < grid->columns().size(); ++c) {
            const QStringList lines = grid->headerTitleLines(c);
            QCOMPARE(lines.join(QLatin1Char(' ')), grid->columns().at(c).title);
            QVERIFY(lines.size() <= 2);
            wrapped = wrapped || lines.size() == 2;
            for (const QString& line : lines)
                QVERIFY2(fm.horizontalAdvance(line) <= grid->columnWidth() - 12, qPrintable(line));
        }
        // A name too long for one line keeps every word, on two lines.
        const QString longName = QStringLiteral("Irene Comas Puigdom\u00E8nech");
        const int narrow = qMax(fm.horizontalAdvance(QStringLiteral("Irene Comas")),
                                fm.horizontalAdvance(QStringLiteral("Puigdom\u00E8nech"))) +
                           2;
        QVERIFY(fm.horizontalAdvance(longName) > narrow);
        const QStringList two = CalendarGrid::wrapTitle(longName, fm, narrow);
        QCOMPARE(two,
                 QStringList({QStringLiteral("Irene Comas"), QStringLiteral("Puigdom\u00E8nech")}));
        Q_UNUSED(wrapped);
        // Each block has the room for its text: nothing squeezed to a sliver.
        int blocks = 0;
        for (const AgendaEntry& e : page->model()->entries()) {
            const QRect r = grid->blockRect(e.id);
            if (r.isEmpty() || CalendarModel::isInactive(e))
                continue;
            ++blocks;
            QVERIFY2(r.width() >= grid->minimumColumnWidth() / 2 - 8, qPrintable(e.clientName));
        }
        QVERIFY(blocks > 10);
        // Scrolled to the far side, the last column is whole on screen.
        grid->horizontalScrollBar()->setValue(grid->horizontalScrollBar()->maximum());
        const int last = int(grid->columns().size()) - 1;
        QVERIFY(grid->pointAt(last, 600).x() + grid->columnWidth() / 2 <=
                grid->viewport()->width());
        screenshot(m_window.get(), QStringLiteral("calendar-large-1280x800"));
        grid->horizontalScrollBar()->setValue(0);
        screenshot(m_window.get(), QStringLiteral("calendar-large-1280x800-left"));
    }
};

QTEST_MAIN(TestScreens)
#include "tst_screens.moc"
