#include "AutomaticBackupRunner.h"

#include "MainWindow.h"
#include "storage/Database.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace {

constexpr int kCheckEveryMs = 60 * 60 * 1000;
// Not at start-up itself: the first paint and the sign-in come first.
constexpr int kFirstCheckMs = 2 * 60 * 1000;

} // namespace

AutomaticBackupRunner::AutomaticBackupRunner(MainWindow* window)
    : QObject(window), m_window(window), m_timer(new QTimer(this))
{
    warn = [this](const QString& title, const QString& text) {
        QMessageBox::warning(m_window, title, text);
    };
    m_timer->setInterval(kCheckEveryMs);
    connect(m_timer, &QTimer::timeout, this, [this] { start(AutomaticBackup::Reason::Daily); });
    m_timer->start();
    QTimer::singleShot(kFirstCheckMs, this, [this] { start(AutomaticBackup::Reason::Daily); });
}

AutomaticBackupRunner::~AutomaticBackupRunner()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool AutomaticBackupRunner::start(AutomaticBackup::Reason reason)
{
    Database* database = m_window->database();
    if (isRunning() || !database)
        return false;
    AutomaticBackup::Job job;
    if (!AutomaticBackup(*database).plan(reason, &job))
        return false;
    m_job = job;
    m_outcome = {};
    m_thread = QThread::create([this] { m_outcome = AutomaticBackup::write(m_job); });
    connect(m_thread, &QThread::finished, this, &AutomaticBackupRunner::workerDone);
    m_thread->start(QThread::LowPriority);
    emit started();
    return true;
}

void AutomaticBackupRunner::workerDone()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    Database* database = m_window->database();
    if (database && QFileInfo(database->path()) == QFileInfo(m_job.databasePath)) {
        AutomaticBackup(*database).finish(m_job, &m_outcome);
    } else if (m_outcome.ok) {
        // Another database was opened meanwhile: prune, but record nothing in the new one.
        m_outcome.removed = AutomaticBackup::applyRetention(m_job.folder, m_job.baseName,
                                                            m_job.nowUtc, m_job.zone, m_job.policy);
    }
    const bool manual = m_job.reason == AutomaticBackup::Reason::Manual;
    QString text;
    if (m_outcome.ok) {
        const QString size = QLocale().formattedDataSize(m_outcome.facts.bytes);
        const QString path = QDir::toNativeSeparators(m_outcome.facts.path);
        text = manual ? tr("Backup written and checked: %1 (%2).").arg(path, size)
                      : tr("Automatic backup written and checked: %1 (%2).").arg(path, size);
    } else {
        text = tr("The automatic backup failed. The database itself is unchanged. %1")
                   .arg(m_outcome.error.message);
        if (m_job.reason != AutomaticBackup::Reason::Daily)
            warn(tr("Backup failed"), text);
    }
    emit finished(m_outcome.ok, text);
}

void AutomaticBackupRunner::waitForIdle()
{
    if (!isRunning())
        return;
    QEventLoop loop;
    connect(this, &AutomaticBackupRunner::finished, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

bool AutomaticBackupRunner::backUpBeforeClosing()
{
    if (m_closing)
        return false;
    m_closing = true;
    waitForIdle(); // the daily one, if it is being written
    if (start(AutomaticBackup::Reason::Closing)) {
        QProgressDialog progress(tr("Backing up the database before closing\u2026"), QString(), 0,
                                 0, m_window);
        progress.setWindowTitle(tr("Massage Desk"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setCancelButton(nullptr);
        progress.setMinimumDuration(0);
        progress.reset(); // shown only if the copy takes more than a moment
        QTimer::singleShot(400, &progress, &QProgressDialog::show);
        waitForIdle();
    }
    m_closing = false;
    return true;
}
