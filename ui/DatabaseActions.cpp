#include "DatabaseActions.h"

#include "AutomaticBackupRunner.h"
#include "MainWindow.h"
#include "core/AppPaths.h"
#include "dialogs/BackupPickerDialog.h"
#include "dialogs/ConnectServerDialog.h"
#include "pages/CalendarPage.h"
#include "print/DaySheet.h"
#include "print/PrintPreview.h"
#include "storage/BackupService.h"
#include "storage/CatalogueImporter.h"
#include "storage/Database.h"
#include "storage/HealthCheck.h"
#include "storage/RecentCentres.h"
#include "storage/ServerAddress.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlDialect.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>

#include <spdlog/spdlog.h>

DatabaseActions::DatabaseActions(MainWindow* window, const Clock& clock)
    : QObject(window), m_window(window), m_clock(clock)
{
    chooseFileToOpen = [this](const QString& title, const QString& suggested) {
        return QFileDialog::getOpenFileName(
            m_window, title, suggested,
            tr("Massage Desk databases (*.sqlite *.db);;All files (*)"));
    };
    chooseFileToSave = [this](const QString& title, const QString& suggested) {
        return QFileDialog::getSaveFileName(
            m_window, title, suggested, tr("Massage Desk databases (*.sqlite *.db);;All files (*)"),
            nullptr,
            QFileDialog::DontConfirmOverwrite); // a backup or new database never overwrites
    };
    choosePdfToSave = [this](const QString& title, const QString& suggested) {
        return QFileDialog::getSaveFileName(m_window, title, suggested, tr("PDF documents (*.pdf)"),
                                            nullptr, QFileDialog::DontConfirmOverwrite);
    };
    confirm = [this](const QString& title, const QString& text) {
        return QMessageBox::question(m_window, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    inform = [this](const QString& title, const QString& text) {
        QMessageBox::information(m_window, title, text);
    };
    warn = [this](const QString& title, const QString& text) {
        QMessageBox::warning(m_window, title, text);
    };
    runConnectDialog = [](ConnectServerDialog& dialog) {
        return dialog.exec();
    };
    chooseBackup = [this](const QList<AutomaticBackup::Entry>& backups, const QString& folder) {
        const QString title = tr("Restore from a backup");
        const QString start = QFileInfo(folder).isDir() ? folder : AppPaths::backupFolder();
        if (backups.isEmpty() || !m_window->database())
            return chooseFileToOpen(title, start);
        BackupPickerDialog picker(backups, SettingsRepository(*m_window->database()).timeZone(),
                                  m_window);
        if (picker.exec() != QDialog::Accepted)
            return QString();
        return picker.wantsOtherFile() ? chooseFileToOpen(title, start) : picker.chosenPath();
    };
}

void DatabaseActions::addTo(QMenu* menu)
{
    QAction* create =
        menu->addAction(tr("&New database\u2026"), this, &DatabaseActions::newDatabase);
    // Ctrl+N is "new" within a page (a new client); a new database is rarer and weightier.
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction* open =
        menu->addAction(tr("&Open database\u2026"), this, &DatabaseActions::openDatabase);
    open->setShortcut(QKeySequence::Open);
    menu->addAction(tr("Connect to a centre &server\u2026"), this, [this] { connectToServer(); });
    m_recentMenu = menu->addMenu(tr("Recen&t centres"));
    m_recentMenu->setObjectName(QStringLiteral("recentCentres"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &DatabaseActions::refreshRecentMenu);
    refreshRecentMenu();
    menu->addSeparator();
    QAction* backup = menu->addAction(tr("&Back up now\u2026"), this, &DatabaseActions::backUp);
    backup->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    menu->addAction(tr("&Restore from a backup\u2026"), this, &DatabaseActions::restore);
    menu->addSeparator();
    QAction* print = menu->addAction(tr("&Print the day sheet\u2026"), this, [this] {
        auto* calendar = static_cast<CalendarPage*>(m_window->page(MainWindow::Calendar));
        printDaySheet(calendar->day());
    });
    print->setShortcut(QKeySequence::Print);
}

bool DatabaseActions::openPath(const QString& path, bool create)
{
    if (!mayLeaveCentre())
        return false;
    m_window->automaticBackups()->waitForIdle(); // a copy under way finishes on its database
    // Our own lock must be released to open the same file again; any other centre stays open
    // until the new one is, so a refusal leaves the desk as it was (a server keeps its
    // connection and the password it was opened with).
    const Database* current = m_window->database();
    const QString previousPath = current ? current->path() : QString();
    const bool same = current && !current->isServer() && QFileInfo(previousPath) == QFileInfo(path);
    if (same)
        m_window->takeDatabase().reset();

    Database::Options options;
    options.path = path;
    options.mode = create ? Database::Mode::CreateIfMissing : Database::Mode::OpenExisting;
    options.exclusiveGui = true;
    StorageError error;
    std::unique_ptr<Database> database = Database::open(options, m_clock, &error);
    if (database && database->createdNow() && !CatalogueImporter::importDefault(*database, &error))
        database.reset();
    if (!database) {
        spdlog::warn("gui: cannot open {}: {}", SqlDialect::shownName(path).toStdString(),
                     error.detail.toStdString());
        if (same) {
            // We closed it to re-open it; take it back so the desk keeps working.
            options.path = previousPath;
            options.mode = Database::Mode::OpenExisting;
            StorageError ignored;
            m_window->setDatabase(Database::open(options, m_clock, &ignored));
            m_window->signInIfNeeded();
        }
        warn(tr("Cannot open the database"), error.message);
        return false;
    }
    adopt(std::move(database));
    return true;
}

std::unique_ptr<Database> DatabaseActions::openServer(const QString& uri, const QString& password,
                                                      StorageError* error)
{
    Database::Options options;
    options.path = uri;
    options.password = password;
    // A typo in the database's name must not set up a new, empty centre: init does that.
    options.mode = Database::Mode::OpenExisting;
    options.exclusiveGui = true;
    std::unique_ptr<Database> database = Database::open(options, m_clock, error);
    if (!database)
        spdlog::warn("gui: cannot connect to {}: {}", SqlDialect::shownName(uri).toStdString(),
                     error->detail.toStdString());
    return database;
}

void DatabaseActions::adopt(std::unique_ptr<Database> database)
{
    m_window->automaticBackups()->waitForIdle();
    const QString location = database->path();
    const QString shown = database->displayName();
    const bool server = database->isServer();
    m_window->setDatabase(std::move(database));
    m_window->signInIfNeeded();
    RecentCentres().add(location);
    emit message(server ? tr("Connected to the server %1").arg(shown) : tr("Opened %1").arg(shown));
    emit databaseReplaced();
}

bool DatabaseActions::mayLeaveCentre()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w == m_window || !w->isVisible() || !w->isWindow() || w->windowType() == Qt::Popup ||
            w->windowType() == Qt::ToolTip)
            continue;
        if (!w->close())
            return false; // it asked, and the person chose to stay with what they typed
    }
    return true;
}

bool DatabaseActions::connectToServer(const QString& location, const StorageError* problem)
{
    if (!mayLeaveCentre())
        return false;
    QString start = location;
    if (start.isEmpty() && m_window->database() && m_window->database()->isServer())
        start = m_window->database()->path();
    if (start.isEmpty()) {
        for (const QString& recent : RecentCentres().locations()) {
            if (SqlDialect::isServerUri(recent)) {
                start = recent;
                break;
            }
        }
    }
    ConnectServerDialog dialog(m_window);
    ServerAddress address;
    QString invalid;
    if (!start.isEmpty() && ServerAddress::parse(start, &address, &invalid))
        dialog.setAddress(address);
    if (problem)
        dialog.showProblem(*problem);
    std::unique_ptr<Database> opened;
    dialog.attempt = [&](const ServerAddress& typed) {
        StorageError error;
        opened = openServer(typed.uri(false), typed.password, &error);
        return error;
    };
    if (runConnectDialog(dialog) != QDialog::Accepted || !opened)
        return false;
    adopt(std::move(opened));
    return true;
}

bool DatabaseActions::openRecent(const QString& location)
{
    if (!SqlDialect::isServerUri(location))
        return openPath(location, false);
    if (!mayLeaveCentre())
        return false;
    StorageError error;
    std::unique_ptr<Database> database = openServer(location, QString(), &error);
    if (!database)
        return connectToServer(location, &error);
    adopt(std::move(database));
    return true;
}

void DatabaseActions::refreshRecentMenu()
{
    m_recentMenu->clear();
    const QStringList locations = RecentCentres().locations();
    for (int i = 0; i < locations.size(); ++i) {
        const QString& location = locations.at(i);
        const QString name = RecentCentres::displayName(location);
        const QString text = SqlDialect::isServerUri(location) ? tr("Server %1").arg(name) : name;
        // &1 … &8: the keyboard picks an entry without a mouse.
        QAction* action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(text),
                                                  this, [this, location] { openRecent(location); });
        action->setData(location);
    }
    if (locations.isEmpty())
        m_recentMenu->addAction(tr("No centres opened yet"))->setEnabled(false);
}

bool DatabaseActions::newDatabase()
{
    const QString path = chooseFileToSave(
        tr("New database"), QDir(AppPaths::dataFolder()).filePath(tr("centre.sqlite")));
    if (path.isEmpty())
        return false;
    // An empty file counts as no database yet: it may become the new one.
    if (QFileInfo::exists(path) && !(QFileInfo(path).isFile() && QFileInfo(path).size() == 0)) {
        warn(tr("New database"),
             tr("%1 already exists. Use Open to work with it, or choose a new name.")
                 .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return openPath(path, true);
}

bool DatabaseActions::openDatabase()
{
    const QString current =
        m_window->database() ? m_window->database()->path() : AppPaths::dataFolder();
    const QString path = chooseFileToOpen(tr("Open database"), current);
    if (path.isEmpty())
        return false;
    return openPath(path, false);
}

bool DatabaseActions::backUp()
{
    Database* database = m_window->database();
    if (!database)
        return false;
    const QString path =
        chooseFileToSave(tr("Back up the database"),
                         BackupService::freeBackupPath(AppPaths::backupFolder(), m_clock));
    if (path.isEmpty())
        return false;
    BackupService::BackupFacts facts;
    StorageError error;
    if (!BackupService::backup(*database, path, &facts, &error)) {
        warn(tr("Backup failed"), error.message);
        return false;
    }
    const QString text = tr("Backup written and checked: %1 (%2 KiB).")
                             .arg(QDir::toNativeSeparators(facts.path))
                             .arg((facts.bytes + 1023) / 1024);
    emit message(text);
    inform(tr("Backup complete"), text);
    return true;
}

bool DatabaseActions::restore()
{
    Database* database = m_window->database();
    if (!database)
        return false;
    const AutomaticBackup automatic(*database);
    const QString source = chooseBackup(automatic.backups(), automatic.folder());
    if (source.isEmpty())
        return false;
    BackupService::BackupFacts facts;
    StorageError error = BackupService::sameFileRefusal(database->path(), source);
    if (error || !BackupService::verify(source, &facts, &error)) {
        warn(tr("Cannot restore this backup"), error.message);
        return false;
    }
    StorageError countError;
    const qint64 bookings = HealthCheck::count(*database, QStringLiteral("bookings"), &countError);
    const QString target = database->path();
    if (!confirm(tr("Restore from a backup"),
                 tr("Replace the current database (%n booking(s)) with the backup %1?\n\nThe "
                    "current database is kept beside it as a safety copy, so this can be "
                    "undone.",
                    nullptr, int(bookings))
                     .arg(QDir::toNativeSeparators(source))))
        return false;

    m_window->automaticBackups()->waitForIdle(); // no copy is read while the file is replaced
    std::unique_ptr<Database> closing = m_window->takeDatabase();
    closing.reset(); // closes the connection and releases our lock
    QString safetyCopy;
    const bool restored = BackupService::restore(target, source, m_clock, &safetyCopy, &error);
    Database::Options options;
    options.path = target;
    options.mode = Database::Mode::OpenExisting;
    options.exclusiveGui = true;
    StorageError reopenError;
    m_window->setDatabase(Database::open(options, m_clock, &reopenError));
    m_window->signInIfNeeded();
    emit databaseReplaced();
    if (!restored) {
        warn(tr("Restore failed"), error.message);
        return false;
    }
    if (!m_window->database()) {
        warn(tr("Restore failed"), reopenError.message);
        return false;
    }
    const QString text =
        tr("Restored from %1. The previous database was kept as %2.")
            .arg(QDir::toNativeSeparators(source), QDir::toNativeSeparators(safetyCopy));
    emit message(text);
    inform(tr("Restore complete"), text);
    return true;
}

bool DatabaseActions::printDaySheet(const QDate& day)
{
    Database* database = m_window->database();
    if (!database || !day.isValid())
        return false;
    DaySheet::Content content;
    QString error;
    if (!DaySheet::load(*database, day, &content, &error)) {
        warn(tr("Could not print the day sheet"), error);
        return false;
    }
    DaySheet::Options options;
    PrintPreview::Request request;
    request.title = tr("Print the day sheet");
    request.orientation = QPageLayout::Landscape;
    request.access = NewFile::Access::Shared;
    request.render = [&](QPagedPaintDevice* device, QString*) {
        DaySheet::render(content, options, device);
        return true;
    };
    // Handing each therapist their own sheet: a page (or more) per therapist.
    request.options = {{tr("One page per &therapist"), &options.onePagePerTherapist},
                       {tr("Include &cancelled and no-shows"), &options.includeCancelled}};
    request.suggestedPdf =
        QDir::home().filePath(tr("day-sheet-%1.pdf").arg(day.toString(Qt::ISODate)));
    request.choosePdf = [this](const QString& suggested) {
        return choosePdfToSave(tr("Save the day sheet"), suggested);
    };
    if (!PrintPreview::run(m_window, request, &error)) {
        if (!error.isEmpty())
            warn(tr("Could not print the day sheet"), error);
        return false;
    }
    emit message(tr("Day sheet for %1 printed.").arg(QLocale().toString(day, QLocale::LongFormat)));
    return true;
}
