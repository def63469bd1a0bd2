#include "MainWindow.h"

#include "AutomaticBackupRunner.h"
#include "DatabaseActions.h"
#include "SignInDialog.h"
#include "pages/CalendarPage.h"
#include "pages/CataloguePage.h"
#include "pages/CheckinsPage.h"
#include "pages/ClientsPage.h"
#include "pages/SettingsPage.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"

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
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

#include <spdlog/version.h>

MainWindow::MainWindow(const Clock& clock, std::unique_ptr<Database> database, QWidget* parent)
    : QMainWindow(parent), m_clock(clock), m_database(std::move(database)),
      m_sidebar(new QListWidget), m_stack(new QStackedWidget), m_databaseLabel(new QLabel),
      m_userLabel(new QLabel), m_actions(new DatabaseActions(this, clock)),
      m_backups(new AutomaticBackupRunner(this))
{
    setWindowTitle(tr("Massage Desk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/massage-desk-256.png")));
    setObjectName(QStringLiteral("mainWindow"));

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
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
    connect(static_cast<SettingsPage*>(page(Settings)), &SettingsPage::settingsSaved, this, [this] {
        for (Page* p : std::as_const(m_pages))
            p->setDatabase(m_database.get());
        updateStatus();
    });

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);
    buildMenus();

    m_stack->installEventFilter(this);
    for (Page* p : std::as_const(m_pages))
        p->setDatabase(m_database.get());
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

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page* page, const QString& icon)
{
    m_pages.append(page);
    m_stack->addWidget(page);
    auto* item = new QListWidgetItem(QIcon::fromTheme(icon), page->title(), m_sidebar);
    item->setSizeHint(QSize(0, 40));
    const int number = int(m_pages.size());
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(page->title()).arg(number));
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
    QAction* lockAction = file->addAction(tr("&Lock or switch user"), this, &MainWindow::lock);
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_pages.size(); ++i) {
        QAction* action =
            go->addAction(m_pages.at(i)->title(), this, [this, i] { showPage(PageIndex(i)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
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
    m_database = std::move(database);
    // A signed-in person belongs to the database they signed in to: another file (or the
    // same one restored from a backup) asks again (signInIfNeeded) when it has users.
    setUser(std::nullopt);
    for (Page* p : std::as_const(m_pages))
        p->setDatabase(m_database.get());
    updateStatus();
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
    std::unique_ptr<Database> database = std::move(m_database);
    updateStatus();
    return database;
}

void MainWindow::updateStatus()
{
    if (!m_database) {
        m_databaseLabel->setText(tr("No database open"));
        setWindowTitle(tr("Massage Desk"));
        return;
    }
    const QString centre = SettingsRepository(*m_database).value(SettingKeys::kCentreName);
    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_database->path())));
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
    // Revisions and audit entries name who edited the catalogue.
    static_cast<CataloguePage*>(page(Catalogue))->userName = user ? user->name : QString();
    m_userLabel->setText(
        user ? tr("Signed in: %1 (%2)").arg(user->name, Permissions::roleName(user->role))
             : QString());
}

bool MainWindow::lock()
{
    if (!m_database)
        return false;
    StorageError error;
    if (!UserRepository(*m_database).anyUser(&error)) {
        statusBar()->showMessage(tr("There are no users yet, so there is nothing to lock: add "
                                    "users with massage-desk-cli users add."),
                                 8000);
        return false;
    }
    // Nothing of the centre stays on screen while it is locked.
    centralWidget()->hide();
    SignInDialog dialog(*m_database, m_user ? m_user->name : QString(), this);
    const bool signedIn = dialog.exec() == QDialog::Accepted;
    centralWidget()->show();
    if (!signedIn) {
        close();
        return false;
    }
    setUser(dialog.user());
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // The day's work is copied before the window goes (AutomaticBackupRunner).
    if (!m_backups->backUpBeforeClosing()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}
