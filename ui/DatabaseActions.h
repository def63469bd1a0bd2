#pragma once

#include "storage/AutomaticBackup.h"

#include <QDate>
#include <QObject>
#include <functional>

class Clock;
class MainWindow;
class QMenu;

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

signals:
    void databaseReplaced();
    void message(const QString& text);

private:
    bool openPath(const QString& path, bool create);

    MainWindow* m_window;
    const Clock& m_clock;
};
