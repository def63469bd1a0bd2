#include "MainWindow.h"
#include "TestDatabase.h"
#include "calendar/CalendarGrid.h"
#include "calendar/CalendarModel.h"
#include "pages/CalendarPage.h"
#include "storage/DemoGenerator.h"

#include <QAccessible>
#include <QApplication>
#include <QMenu>
#include <QTabWidget>
#include <QTest>

// What a screen reader gets: every control on the main pages has a name, and the calendar
// grid exposes each booking it shows as an item named by a sentence, reached with the arrows.
class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;

    static bool interactive(QAccessible::Role role)
    {
        switch (role) {
        case QAccessible::PushButton:
        case QAccessible::CheckBox:
        case QAccessible::RadioButton:
        case QAccessible::ComboBox:
        case QAccessible::EditableText:
        case QAccessible::SpinBox:
        case QAccessible::Slider:
        case QAccessible::List:
        case QAccessible::Table:
        case QAccessible::Tree:
        case QAccessible::PageTabList:
        case QAccessible::ButtonMenu:
        case QAccessible::ButtonDropDown:
        case QAccessible::ListItem:
            return true;
        default:
            return false;
        }
    }

    // Every visible interactive interface under `iface` without a name, as "role (object)".
    static void unnamed(QAccessibleInterface* iface, QStringList* found, int depth = 0)
    {
        if (!iface || !iface->isValid() || depth > 40)
            return;
        const QAccessible::State state = iface->state();
        if (state.invisible)
            return;
        // The cells and headers of a table are its model's text, not controls of their own.
        const QAccessible::Role role = iface->role();
        if (role == QAccessible::Cell || role == QAccessible::ColumnHeader ||
            role == QAccessible::RowHeader || role == QAccessible::Row)
            return;
        const bool listEntry =
            role == QAccessible::ListItem && !(iface->object() && iface->object()->isWidgetType());
        if (interactive(role) && !listEntry && iface->text(QAccessible::Name).trimmed().isEmpty()) {
            const QObject* object = iface->object();
            found->append(QStringLiteral("%1 (%2 %3)")
                              .arg(int(role))
                              .arg(object ? QString::fromLatin1(object->metaObject()->className())
                                          : QStringLiteral("?"),
                                   object ? object->objectName() : QString()));
        }
        // A table's or list's rows are data; its own name is what matters here.
        if (role == QAccessible::Table || role == QAccessible::Tree)
            return;
        for (int i = 0; i < iface->childCount(); ++i)
            unnamed(iface->child(i), found, depth + 1);
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
        Database::Options options;
        options.path = m_db->path();
        std::unique_ptr<Database> gui = Database::open(options, m_db->clock(), &error);
        QVERIFY2(gui, qPrintable(error.message));
        m_window = std::make_unique<MainWindow>(m_db->clock(), std::move(gui));
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_db.reset();
    }

    void everyControlOnEveryPageHasAName()
    {
        QStringList problems;
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            m_window->showPage(MainWindow::PageIndex(page));
            QApplication::processEvents();
            QStringList found;
            unnamed(QAccessible::queryAccessibleInterface(m_window.get()), &found);
            // Every tab of a page with tabs (Settings) is walked too.
            for (QTabWidget* tabs :
                 m_window->page(MainWindow::PageIndex(page))->findChildren<QTabWidget*>()) {
                for (int tab = 0; tab < tabs->count(); ++tab) {
                    tabs->setCurrentIndex(tab);
                    QApplication::processEvents();
                    unnamed(QAccessible::queryAccessibleInterface(m_window.get()), &found);
                }
            }
            found.removeDuplicates();
            if (!found.isEmpty())
                problems << QStringLiteral("page %1: %2")
                                .arg(page)
                                .arg(found.join(QStringLiteral(", ")));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void gridBookingsAreItemsReachedWithTheArrows()
    {
        auto* page = static_cast<CalendarPage*>(m_window->page(MainWindow::Calendar));
        m_window->showPage(MainWindow::Calendar);
        CalendarGrid* grid = page->grid();
        QApplication::processEvents();
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(grid);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::List);
        QVERIFY(!iface->text(QAccessible::Name).isEmpty());
        QCOMPARE(iface->childCount(), grid->shownCount());
        QVERIFY(iface->childCount() > 3);
        // Each booking is an item named by a sentence: time, client, service with whom,
        // status and check-in.
        for (int i = 0; i < iface->childCount(); ++i) {
            QAccessibleInterface* item = iface->child(i);
            QVERIFY(item && item->isValid());
            QCOMPARE(item->role(), QAccessible::ListItem);
            QCOMPARE(iface->indexOfChild(item), i);
            const qint64 id = grid->shownBookings().at(i);
            const AgendaEntry* e = page->model()->entryById(id);
            const QString name = item->text(QAccessible::Name);
            QVERIFY2(name.startsWith(page->model()->timeRange(*e) + QStringLiteral(", ") +
                                     e->clientName + QStringLiteral(", ")),
                     qPrintable(name));
            QVERIFY2(name.contains(QStringLiteral(" with ") + e->therapistName), qPrintable(name));
            if (e->checkinOutcome == QLatin1String("proceed"))
                QVERIFY2(name.endsWith(QStringLiteral("check-in proceed")), qPrintable(name));
            QCOMPARE(item->parent(), iface);
        }

        // The arrows go from booking to booking, with the focus on the item.
        const QList<qint64> shown = grid->shownBookings();
        grid->setFocus();
        grid->setSelectedBooking(shown.first());
        QVERIFY(iface->focusChild());
        QCOMPARE(iface->indexOfChild(iface->focusChild()), 0);
        QTest::keyClick(grid, Qt::Key_Down);
        const qint64 second = grid->selectedBooking();
        QVERIFY(second != shown.first());
        QVERIFY(second != 0);
        QCOMPARE(iface->focusChild()->text(QAccessible::Name), grid->spokenText(second));
        QVERIFY(iface->focusChild()->state().focused);
        QTest::keyClick(grid, Qt::Key_Up);
        QCOMPARE(grid->selectedBooking(), shown.first());
        // Right: a booking of the next column that has any.
        const CalendarGrid::Move none{};
        Q_UNUSED(none);
        QTest::keyClick(grid, Qt::Key_Right);
        const qint64 right = grid->selectedBooking();
        QVERIFY(right != 0);
        const AgendaEntry* first = page->model()->entryById(shown.first());
        const AgendaEntry* next = page->model()->entryById(right);
        QVERIFY(next->therapistId != first->therapistId);
        // Enter opens it, as a double-click does: the booking's menu.
        qint64 opened = 0;
        page->runMenu = [&](QMenu& menu, const QPoint&) {
            opened = grid->selectedBooking();
            Q_UNUSED(menu);
            return static_cast<QAction*>(nullptr);
        };
        QTest::keyClick(grid, Qt::Key_Return);
        QCOMPARE(opened, right);
        // Escape goes back to free time.
        QTest::keyClick(grid, Qt::Key_Escape);
        QCOMPARE(grid->selectedBooking(), 0);
        QVERIFY(!iface->focusChild());
        const QString folder = qEnvironmentVariable("MASSAGE_DESK_SCREENSHOTS");
        if (!folder.isEmpty()) {
            grid->setSelectedBooking(right);
            grid->grab().save(folder + QStringLiteral("/calendar-keyboard-focus.png"));
        }
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
