#pragma once

#include "storage/AutomaticBackup.h"

#include <QObject>
#include <functional>

class MainWindow;
class QThread;
class QTimer;

// Runs AutomaticBackup for the main window: once a day while it is open (checked hourly at the
// database's clock), on closing, and when someone presses "Back up now". The copy is written
// on a worker thread with its own connection, so the desk stays usable; only closing waits,
// behind a short progress dialog.
class AutomaticBackupRunner : public QObject
{
    Q_OBJECT

public:
    explicit AutomaticBackupRunner(MainWindow* window);
    ~AutomaticBackupRunner() override; // waits for a copy under way: never half a file

    // False when there is nothing to do (no database, turned off, not due) or one is running.
    bool start(AutomaticBackup::Reason reason);
    bool isRunning() const { return m_thread != nullptr; }
    // Runs the event loop until no backup is being written.
    void waitForIdle();
    // The closing backup, waited for. False only when one is already under way (a second
    // close while the first waits): the caller then ignores that close.
    bool backUpBeforeClosing();
    QTimer* dailyTimer() const { return m_timer; }

    // Hook (default: QMessageBox::warning) for failures a person asked for or is leaving on.
    std::function<void(const QString& title, const QString& text)> warn;

signals:
    void started();
    void finished(bool ok, const QString& text);

private:
    void workerDone();

    MainWindow* m_window;
    QTimer* m_timer;
    QThread* m_thread = nullptr;
    bool m_closing = false;
    AutomaticBackup::Job m_job;
    AutomaticBackup::Outcome m_outcome;
};
