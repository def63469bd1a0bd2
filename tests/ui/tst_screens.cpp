#include "MainWindow.h"
#include "TestDatabase.h"
#include "models/DayAgendaModel.h"
#include "pages/CheckinsPage.h"
#include "storage/DemoGenerator.h"
#include "widgets/SessionPanel.h"

#include <QApplication>
#include <QDir>
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
};

QTEST_MAIN(TestScreens)
#include "tst_screens.moc"
