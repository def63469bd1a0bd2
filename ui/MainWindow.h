#pragma once

#include "storage/UserRepository.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <memory>

class AutomaticBackupRunner;
class CalendarPage;
class ChangeFeed;
class CataloguePage;
class CheckinsPage;
class ConnectionBanner;
class ConnectionWatch;
class ClientsPage;
class Clock;
class Database;
class DatabaseActions;
class Page;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;
class SettingsPage;

// A thin shell: a sidebar of pages, the menus, and a status bar naming the database in use.
// Each page does its own work; file actions live in DatabaseActions.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum PageIndex
    {
        Calendar,
        Clients,
        Catalogue,
        Checkins,
        Settings,
        Users,
        Audit,
        Waitlist,
        Calls,
        Reports,
        MyDay, // shown in the sidebar to therapists
        PageCount
    };

    MainWindow(const Clock& clock, std::unique_ptr<Database> database, QWidget* parent = nullptr);
    ~MainWindow() override;

    Database* database() const { return m_database.get(); }
    // Swaps in another open database (or none) and reloads every page.
    void setDatabase(std::unique_ptr<Database> database);
    // After another database was opened: asks who is working when that centre has users.
    void signInIfNeeded();
    std::unique_ptr<Database> takeDatabase();

    void showPage(PageIndex index);
    PageIndex currentPage() const;
    Page* page(PageIndex index) const;
    DatabaseActions* databaseActions() const { return m_actions; }
    AutomaticBackupRunner* automaticBackups() const { return m_backups; }
    // A server's connection: the banner while it is lost, and the watch whose restored()
    // tells what lives on the connection (LISTEN) to set itself up again. Null watch on a file.
    ConnectionBanner* connectionBanner() const { return m_banner; }
    ConnectionWatch* connectionWatch() const;
    // Other desks' and programs' changes to the open database (nullptr while none is open);
    // ConnectionWatch::restored() calls its resubscribe().
    ChangeFeed* changeFeed() const { return m_feed.get(); }

    // Who is signed in (none while the database has no users): the pages follow the role.
    void setUser(const std::optional<User>& user);
    const std::optional<User>& user() const { return m_user; }
    // Locks the window until someone signs in again (the same person or another).
    bool lock();
    // The first-start dialog for a centre without accounts; signs the new manager in.
    bool createManager();

    // Locks after this long without key or mouse input, while the centre has users; 0 = never.
    // Normally from the centre's setting (minutes); tests set milliseconds.
    void setIdleLockInterval(int ms);
    int idleLockInterval() const { return m_idleMs; }
    bool isLocked() const { return m_locked; }

signals:
    // Emitted once, after the first page (normally the calendar) has been painted.
    void firstPainted();
    // The window locks because nobody touched it for the idle interval.
    void idleLocking();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void addPage(Page* page, const QString& icon);
    void updateStatus();
    void showAbout();
    void updateUserLabel();
    void applyIdleSetting();
    void idleCheck();
    void followChanges();
    // Another desk changed the centre's settings: every page reloads what depends on them
    // (time zone, opening hours, rules), as after a save at this desk; once for a burst.
    void settingsChangedElsewhere();

    const Clock& m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ChangeFeed> m_feed; // after m_database: it goes first
    QListWidget* m_sidebar;
    QStackedWidget* m_stack;
    QLabel* m_databaseLabel;
    QLabel* m_userLabel;
    std::optional<User> m_user;
    QList<Page*> m_pages;
    DatabaseActions* m_actions;
    AutomaticBackupRunner* m_backups;
    ConnectionBanner* m_banner;
    bool m_painted = false;
    bool m_settingsReloadPending = false;
    QAction* m_createManager = nullptr;
    QAction* m_myDayAction = nullptr; // Go › My day, for therapists
    QTimer* m_idleTimer;
    QElapsedTimer m_lastInput;
    int m_idleMs = 0;
    bool m_idleFromTest = false;
    bool m_locked = false;
    // Last, so it leaves the desk list while the database is still open.
    std::unique_ptr<class DeskPresence> m_desk;
};
