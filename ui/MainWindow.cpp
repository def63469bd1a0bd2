#include "MainWindow.h"

#include "AutomaticBackupRunner.h"
#include "DatabaseActions.h"
#include "DeskPresence.h"
#include "ExchangeActions.h"
#include "SignInDialog.h"
#include "dialogs/FirstManagerDialog.h"
#include "dialogs/RecoveryKeyDialog.h"
#include "pages/AuditPage.h"
#include "pages/CalendarPage.h"
#include "pages/CataloguePage.h"
#include "pages/CheckinsPage.h"
#include "pages/ClientsPage.h"
#include "pages/MyDayPage.h"
#include "pages/ReportsPage.h"
#include "pages/SettingsPage.h"
#include "pages/UsersPage.h"
#include "settings/DeskSettings.h"
#include "storage/ChangeFeed.h"
#include "storage/ConnectionWatch.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "waitlist/CallListPage.h"
#include "waitlist/WaitlistPage.h"
#include "widgets/ConnectionBanner.h"
#include "widgets/WaitingSave.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include <spdlog/version.h>

namespace {

// Ctrl+1 to Ctrl+9 and then Ctrl+0 for the first ten pages, as the number row runs.
QKeySequence pageShortcut(int index)
{
    if (index < 9)
        return QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index));
    if (index == 9)
        return QKeySequence(Qt::CTRL | Qt::Key_0);
    return {};
}

} // namespace

MainWindow::MainWindow(const Clock& clock, std::unique_ptr<Database> database, QWidget* parent)
    : QMainWindow(parent), m_clock(clock), m_database(std::move(database)),
      m_sidebar(new QListWidget), m_stack(new QStackedWidget), m_databaseLabel(new QLabel),
      m_userLabel(new QLabel), m_actions(new DatabaseActions(this, clock)),
      m_backups(new AutomaticBackupRunner(this)), m_banner(new ConnectionBanner),
      m_idleTimer(new QTimer(this)), m_desk(std::make_unique<DeskPresence>())
{
    setWindowTitle(tr("Massage Desk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/massage-desk-256.png")));
    setObjectName(QStringLiteral("mainWindow"));

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setAccessibleDescription(
        tr("Ctrl+1 to Ctrl+9, then Ctrl+0, open the pages in their order"));
    m_sidebar->setFixedWidth(180);
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setSpacing(2);
    QFont sidebarFont = m_sidebar->font();
    sidebarFont.setPointSizeF(sidebarFont.pointSizeF() * 1.1);
    m_sidebar->setFont(sidebarFont);

    addPage(new CalendarPage(clock), QStringLiteral("x-office-calendar"));
    addPage(new ClientsPage, QStringLiteral("system-users"));
    addPage(new CataloguePage, QStringLiteral("view-list-details"));
    addPage(new CheckinsPage(clock), QStringLiteral("dialog-information"));
    addPage(new SettingsPage, QStringLiteral("preferences-system"));
    addPage(new UsersPage, QStringLiteral("user-identity"));
    addPage(new AuditPage, QStringLiteral("security-high"));
    addPage(new WaitlistPage, QStringLiteral("view-sort-ascending"));
    addPage(new CallListPage(clock), QStringLiteral("call-start"));
    addPage(new ReportsPage(clock), QStringLiteral("x-office-spreadsheet"));
    addPage(new MyDayPage(clock), QStringLiteral("view-calendar-day"));
    auto* users = static_cast<UsersPage*>(page(Users));
    connect(users, &UsersPage::createManagerRequested, this, &MainWindow::createManager);
    // Whoever changed their own role or deactivated themselves signs in again as they now are.
    connect(users, &UsersPage::ownAccountChanged, this, [this] {
        QTimer::singleShot(0, this, [this] {
            setUser(std::nullopt);
            lock();
        });
    });
    connect(static_cast<SettingsPage*>(page(Settings)), &SettingsPage::settingsSaved, this, [this] {
        for (Page* p : std::as_const(m_pages))
            p->setDatabase(m_database.get());
        updateStatus();
    });

    auto* central = new QWidget;
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(6, 6, 6, 0);
    outer->addWidget(m_banner);
    auto* layout = new QHBoxLayout;
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    outer->addLayout(layout, 1);
    setCentralWidget(central);
    // Back on the server: every page shows what is there now.
    connect(m_banner, &ConnectionBanner::restored, this, [this] {
        for (Page* p : std::as_const(m_pages))
            p->setDatabase(m_database.get());
        statusBar()->showMessage(tr("The connection to the server is back."), 10000);
        // The forms whose save waited for the server save now, on the fresh connection.
        WaitingSave::connectionRestored(m_database.get());
    });
    m_banner->setDatabase(m_database.get());
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);
    buildMenus();

    m_stack->installEventFilter(this);
    // Any key or mouse input anywhere in the program counts as someone at the desk.
    qApp->installEventFilter(this);
    m_lastInput.start();
    m_idleTimer->setSingleShot(true);
    connect(m_idleTimer, &QTimer::timeout, this, &MainWindow::idleCheck);
    m_desk->setDatabase(m_database.get());
    static_cast<SettingsPage*>(page(Settings))->desks()->setThisDesk(m_desk->deskId());
    for (Page* p : std::as_const(m_pages))
        p->setDatabase(m_database.get());
    followChanges();
    m_sidebar->setCurrentRow(Calendar);
    updateStatus();

    // No window manager may be there to size us: pick a comfortable size on the screen we have.
    const QRect screen = QGuiApplication::primaryScreen()
                             ? QGuiApplication::primaryScreen()->availableGeometry()
                             : QRect(0, 0, 1440, 900);
    const QSize size(qMin(1360, screen.width() - 40), qMin(840, screen.height() - 40));
    resize(size);
    move(screen.center() - QPoint(size.width() / 2, size.height() / 2));
}

MainWindow::~MainWindow()
{
    m_banner->setDatabase(nullptr); // its watch lets go of the database before it closes
}

void MainWindow::addPage(Page* page, const QString& icon)
{
    m_pages.append(page);
    m_stack->addWidget(page);
    auto* item = new QListWidgetItem(QIcon::fromTheme(icon), page->title(), m_sidebar);
    item->setSizeHint(QSize(0, 40));
    const QKeySequence shortcut = pageShortcut(int(m_pages.size()) - 1);
    item->setToolTip(
        shortcut.isEmpty()
            ? page->title()
            : tr("%1 (%2)").arg(page->title(), shortcut.toString(QKeySequence::NativeText)));
    connect(page, &Page::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
}

Page* MainWindow::page(PageIndex index) const
{
    return m_pages.value(index);
}

void MainWindow::showPage(PageIndex index)
{
    m_sidebar->setCurrentRow(index);
}

MainWindow::PageIndex MainWindow::currentPage() const
{
    return PageIndex(m_stack->currentIndex());
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_actions->addTo(file);
    file->addSeparator();
    auto* exchange = new ExchangeActions(this, [this] { return m_database.get(); });
    exchange->addTo(file);
    connect(exchange, &ExchangeActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    // Imported clients show on the Clients page at once.
    connect(exchange, &ExchangeActions::clientsChanged, this,
            [this] { page(Clients)->setDatabase(m_database.get()); });
    file->addSeparator();
    QAction* lockAction = file->addAction(tr("&Lock or switch user"), this, &MainWindow::lock);
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_createManager =
        file->addAction(tr("Create the &manager account\u2026"), this, &MainWindow::createManager);
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_pages.size(); ++i) {
        QAction* action =
            go->addAction(m_pages.at(i)->title(), this, [this, i] { showPage(PageIndex(i)); });
        action->setShortcut(pageShortcut(i));
        if (i == MyDay)
            m_myDayAction = action;
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Massage Desk"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    connect(m_actions, &DatabaseActions::databaseReplaced, this, [this] {
        for (Page* p : std::as_const(m_pages))
            p->setDatabase(m_database.get());
        updateStatus();
    });
    connect(m_actions, &DatabaseActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    connect(
        m_backups, &AutomaticBackupRunner::finished, this,
        [this](bool ok, const QString& text) { statusBar()->showMessage(text, ok ? 10000 : 0); });
    static_cast<SettingsPage*>(page(Settings))->setBackupRunner(m_backups);
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    for (Page* p : std::as_const(m_pages))
        p->setDatabase(nullptr);
    m_banner->setDatabase(nullptr);
    m_feed.reset();
    m_desk->setDatabase(nullptr);
    m_database = std::move(database);
    m_banner->setDatabase(m_database.get());
    m_desk->setDatabase(m_database.get());
    static_cast<SettingsPage*>(page(Settings))->desks()->setThisDesk(m_desk->deskId());
    // A signed-in person belongs to the database they signed in to: another file (or the
    // same one restored from a backup) asks again (signInIfNeeded) when it has users.
    setUser(std::nullopt);
    for (Page* p : std::as_const(m_pages))
        p->setDatabase(m_database.get());
    followChanges();
    updateStatus();
}

void MainWindow::followChanges()
{
    m_feed.reset();
    if (!m_database)
        return;
    m_feed = std::make_unique<ChangeFeed>(*m_database);
    connect(m_feed.get(), &ChangeFeed::changed, this, [this](const Change& change) {
        if (change.kind == Change::Kind::Settings) {
            settingsChangedElsewhere();
            return;
        }
        for (Page* p : std::as_const(m_pages))
            p->databaseChanged(change);
    });
    // LISTEN lives on the connection: a server connection that comes back listens again.
    if (ConnectionWatch* watch = connectionWatch())
        connect(watch, &ConnectionWatch::restored, m_feed.get(), &ChangeFeed::resubscribe);
}

void MainWindow::settingsChangedElsewhere()
{
    if (m_settingsReloadPending)
        return;
    m_settingsReloadPending = true;
    QTimer::singleShot(0, this, [this] {
        m_settingsReloadPending = false;
        if (!m_database)
            return;
        for (Page* p : std::as_const(m_pages))
            p->setDatabase(m_database.get());
        updateStatus();
    });
}

void MainWindow::signInIfNeeded()
{
    StorageError error;
    if (m_database && !m_user && UserRepository(*m_database).anyUser(&error))
        lock();
}

std::unique_ptr<Database> MainWindow::takeDatabase()
{
    for (Page* p : std::as_const(m_pages))
        p->setDatabase(nullptr);
    m_banner->setDatabase(nullptr);
    m_feed.reset();
    m_desk->setDatabase(nullptr);
    std::unique_ptr<Database> database = std::move(m_database);
    updateStatus();
    return database;
}

void MainWindow::updateStatus()
{
    updateUserLabel();
    applyIdleSetting();
    if (!m_database) {
        m_databaseLabel->setText(tr("No database open"));
        setWindowTitle(tr("Massage Desk"));
        return;
    }
    const QString centre = SettingsRepository(*m_database).value(SettingKeys::kCentreName);
    m_databaseLabel->setText(m_database->isServer()
                                 ? tr("Server: %1").arg(m_database->displayName())
                                 : tr("Database: %1").arg(m_database->displayName()));
    m_databaseLabel->setToolTip(tr("Data version %1").arg(m_database->schemaVersion()));
    setWindowTitle(tr("%1 \u2014 Massage Desk").arg(centre));
}

void MainWindow::showAbout()
{
    const QString sqlite = m_database ? m_database->sqliteVersion() : tr("unknown");
    QMessageBox::about(
        this, tr("About Massage Desk"),
        tr("<h3>Massage Desk %1</h3>"
           "<p>Reception for massage centres: bookings, check-ins and the service "
           "catalogue.</p>"
           "<p>Qt %2 \u00B7 SQLite %3 \u00B7 spdlog %4.%5.%6</p>"
           "<p>Database: %7<br>Data version %8</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()), sqlite)
            .arg(SPDLOG_VER_MAJOR)
            .arg(SPDLOG_VER_MINOR)
            .arg(SPDLOG_VER_PATCH)
            .arg(m_database ? QDir::toNativeSeparators(m_database->path()).toHtmlEscaped()
                            : tr("none"))
            .arg(m_database ? m_database->schemaVersion() : 0));
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        m_lastInput.restart();
        break;
    default:
        break;
    }
    if (!m_painted && watched == m_stack && event->type() == QEvent::Paint) {
        m_painted = true;
        // Let this paint finish and reach the screen before anyone reacts.
        QTimer::singleShot(0, this, &MainWindow::firstPainted);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setUser(const std::optional<User>& user)
{
    m_user = user;
    // The storage layer checks every operation against this person's role.
    if (m_database)
        m_database->setActor(user ? std::optional<Actor>(user->actor()) : std::nullopt);
    const std::optional<Role> role = user ? std::optional<Role>(user->role) : std::nullopt;
    for (Page* p : std::as_const(m_pages))
        p->setRole(role);
    const bool therapist = role && *role == Role::Therapist;
    m_sidebar->item(MyDay)->setHidden(!therapist);
    if (m_myDayAction)
        m_myDayAction->setVisible(therapist);
    // Revisions and audit entries name who edited the catalogue.
    static_cast<CataloguePage*>(page(Catalogue))->userName = user ? user->name : QString();
    m_desk->setUserName(user ? user->name : QString());
    updateUserLabel();
    applyIdleSetting();
}

void MainWindow::updateUserLabel()
{
    StorageError error;
    const bool noUsers = m_database && !UserRepository(*m_database).anyUser(&error);
    if (m_createManager)
        m_createManager->setVisible(noUsers);
    QString text;
    QString tip;
    if (m_user) {
        text = tr("Signed in: %1 (%2)").arg(m_user->name, Permissions::roleName(m_user->role));
    } else if (noUsers) {
        text = tr("No user accounts yet");
        tip = tr("Anyone at this computer can do everything until the manager's account "
                 "exists: File > Create the manager account.");
    }
    m_userLabel->setText(text);
    m_userLabel->setToolTip(tip);
}

void MainWindow::setIdleLockInterval(int ms)
{
    m_idleFromTest = true;
    m_idleMs = qMax(0, ms);
    applyIdleSetting();
}

void MainWindow::applyIdleSetting()
{
    if (!m_idleFromTest) {
        const int minutes =
            m_database
                ? SettingsRepository(*m_database).value(SettingKeys::kIdleLockMinutes).toInt()
                : 0;
        m_idleMs = qBound(0, minutes, 24 * 60) * 60 * 1000;
    }
    // Only someone signed in is locked out: without users there is nobody to sign in as.
    if (m_idleMs > 0 && m_user && !m_locked) {
        m_lastInput.restart();
        m_idleTimer->start(m_idleMs);
    } else {
        m_idleTimer->stop();
    }
}

void MainWindow::idleCheck()
{
    if (m_idleMs <= 0 || !m_user || m_locked)
        return;
    // The timer is not restarted on every keystroke; it looks back at the latest input instead.
    const qint64 idle = m_lastInput.elapsed();
    if (idle < m_idleMs) {
        m_idleTimer->start(int(m_idleMs - idle));
        return;
    }
    emit idleLocking();
    lock();
}

bool MainWindow::createManager()
{
    if (!m_database)
        return false;
    StorageError error;
    if (UserRepository(*m_database).anyUser(&error)) {
        statusBar()->showMessage(tr("This centre already has user accounts: a manager adds "
                                    "more on the Users page."),
                                 8000);
        return false;
    }
    FirstManagerDialog dialog(*m_database, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    setUser(dialog.user());
    if (!dialog.recoveryKey().isEmpty()) {
        // Not blocking: the key is shown once, beside the window, until it is dismissed.
        auto* keyDialog = new RecoveryKeyDialog(dialog.recoveryKey(), m_database->path(), this);
        keyDialog->setAttribute(Qt::WA_DeleteOnClose);
        keyDialog->open();
    }
    statusBar()->showMessage(
        tr("Welcome, %1. Add your colleagues on the Users page.").arg(dialog.user().name), 10000);
    return true;
}

bool MainWindow::lock()
{
    if (!m_database)
        return false;
    StorageError error;
    if (!UserRepository(*m_database).anyUser(&error)) {
        statusBar()->showMessage(tr("There are no users yet, so there is nothing to lock: create "
                                    "the manager account first (File menu)."),
                                 8000);
        return false;
    }
    if (m_locked)
        return false;
    m_locked = true;
    m_idleTimer->stop();
    // The key to sealed check-ins is wiped now; signing in again unwraps it afresh.
    m_database->setCentreKey(0, nullptr);
    // Nothing of the centre stays on screen while it is locked: the pages, and any other
    // window of ours left open (a check-in form).
    centralWidget()->hide();
    QList<QPointer<QWidget>> hidden;
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w != this && w->isVisible() && !w->isModal() && w->isWindow() &&
            w->windowType() != Qt::Popup && w->windowType() != Qt::ToolTip) {
            w->hide();
            hidden.append(w);
        }
    }
    SignInDialog dialog(*m_database, m_user ? m_user->name : QString(), this);
    const bool signedIn = dialog.exec() == QDialog::Accepted;
    centralWidget()->show();
    m_locked = false;
    // They come back for the same person; another one must not see what was open (a
    // therapist's check-in answers, say), so those windows close.
    const bool same = signedIn && m_user && dialog.user().name == m_user->name;
    for (const QPointer<QWidget>& w : std::as_const(hidden)) {
        if (w && same)
            w->show();
        else if (w)
            w->close();
    }
    if (!signedIn) {
        close();
        return false;
    }
    setUser(dialog.user());
    return true;
}

ConnectionWatch* MainWindow::connectionWatch() const
{
    return m_banner->watch();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_banner->mayClose(WaitingSave::pending(m_database.get()))) {
        event->ignore();
        return;
    }
    // The day's work is copied before the window goes (AutomaticBackupRunner).
    if (!m_backups->backUpBeforeClosing()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}
