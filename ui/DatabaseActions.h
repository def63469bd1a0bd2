#pragma once

#include "storage/AutomaticBackup.h"

#include <QDate>
#include <QObject>
#include <functional>
#include <memory>

class Clock;
class ConnectServerDialog;
class Database;
class MainWindow;
class QMenu;
struct StorageError;

// The File menu's database work: new, open, back up, restore. Every dialog goes through a
// replaceable hook so GUI tests can answer it without a modal loop.
class DatabaseActions : public QObject
{
    Q_OBJECT

public:
    DatabaseActions(MainWindow* window, const Clock& clock);
    void addTo(QMenu* menu);

    bool newDatabase();
    bool openDatabase();
    // File > Connect to a centre server…: the dialog, filled from `location` (a remembered
    // postgresql:// URI) or the server in use; a refusal stays in the dialog with Retry.
    bool connectToServer(const QString& location = QString(),
                         const StorageError* problem = nullptr);
    // File > Recent centres: a file opens as with Open; a server connects at once when it
    // needs no typed password (~/.pgpass, PGPASSWORD), otherwise the dialog asks.
    bool openRecent(const QString& location);
    void refreshRecentMenu();
    QMenu* recentMenu() const { return m_recentMenu; }
    // Before another centre replaces this one: windows still open (a check-in form) close
    // first, each asking before it drops what was typed; false when one stays.
    bool mayLeaveCentre();
    bool backUp();
    bool restore();
    // The calendar's day, a table per therapist (outcome levels only), in a print preview:
    // a printer, or "Save as PDF…" through choosePdfToSave.
    bool printDaySheet(const QDate& day);

    // Hooks (defaults: QFileDialog and QMessageBox).
    std::function<QString(const QString& title, const QString& suggested)> chooseFileToOpen;
    // Restore's choice: an automatic backup from the list (BackupPickerDialog) or, when there
    // is none or the person asks for another, a file through chooseFileToOpen.
    std::function<QString(const QList<AutomaticBackup::Entry>& backups, const QString& folder)>
        chooseBackup;
    std::function<QString(const QString& title, const QString& suggested)> chooseFileToSave;
    std::function<QString(const QString& title, const QString& suggested)> choosePdfToSave;
    std::function<bool(const QString& title, const QString& text)> confirm;
    std::function<void(const QString& title, const QString& text)> inform;
    std::function<void(const QString& title, const QString& text)> warn;
    // Runs the connect dialog (default: exec()); tests fill it and press its buttons instead.
    std::function<int(ConnectServerDialog& dialog)> runConnectDialog;

signals:
    void databaseReplaced();
    void message(const QString& text);

private:
    bool openPath(const QString& path, bool create);
    std::unique_ptr<Database> openServer(const QString& uri, const QString& password,
                                         StorageError* error);
    void adopt(std::unique_ptr<Database> database);

    MainWindow* m_window;
    QMenu* m_recentMenu = nullptr;
    const Clock& m_clock;
};
