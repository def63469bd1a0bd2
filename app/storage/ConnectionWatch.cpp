#include "storage/ConnectionWatch.h"

#include "storage/Database.h"

#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <memory>

#include <spdlog/spdlog.h>

ConnectionWatch::ConnectionWatch(Database& database, QObject* parent)
    : QObject(parent), m_database(database), m_check(new QTimer(this)), m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    connect(m_check, &QTimer::timeout, this, &ConnectionWatch::checkNow);
    connect(m_retry, &QTimer::timeout, this, &ConnectionWatch::attempt);
    if (!m_database.isServer())
        return;
    m_check->start(3000);
    // A statement that failed for a lost connection is news now, not at the next check; queued,
    // so the failing operation finishes (and rolls back) first.
    QPointer<ConnectionWatch> self(this);
    m_database.setConnectionLostListener([self] {
        if (self)
            QMetaObject::invokeMethod(self, &ConnectionWatch::checkNow, Qt::QueuedConnection);
    });
}

ConnectionWatch::~ConnectionWatch()
{
    m_database.setConnectionLostListener({});
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->wait(); // at most libpq's connect timeout
        delete m_probe;
    }
}

void ConnectionWatch::setIntervals(int checkMs, int firstRetryMs, int maxRetryMs)
{
    m_firstRetryMs = qMax(1, firstRetryMs);
    m_maxRetryMs = qMax(m_firstRetryMs, maxRetryMs);
    m_nextRetryMs = m_firstRetryMs;
    if (m_database.isServer())
        m_check->start(qMax(1, checkMs));
}

void ConnectionWatch::checkNow()
{
    if (m_lost || !m_database.isServer())
        return;
    QSqlQuery ping(m_database.connection());
    if (ping.exec(QStringLiteral("SELECT 1")))
        return;
    // Inside a failed transaction the connection itself is fine.
    const SqlDialect::Failure failure = m_database.dialect().classify(ping.lastError());
    if (failure == SqlDialect::Failure::Aborted)
        return;
    spdlog::warn("connection to {} lost: [{}] {}", m_database.path().toStdString(),
                 ping.lastError().nativeErrorCode().toStdString(),
                 ping.lastError().databaseText().section(QLatin1Char('\n'), 0, 0).toStdString());
    markLost();
}

void ConnectionWatch::markLost()
{
    m_lost = true;
    m_lostSince = QDateTime::currentDateTimeUtc();
    m_attempts = 0;
    m_nextRetryMs = m_firstRetryMs;
    m_database.setConnectionLost(true);
    emit lost();
    m_retry->start(0); // the first attempt at once: a restarted backend is usually back
}

void ConnectionWatch::retryNow()
{
    if (m_lost)
        m_retry->start(0);
}

void ConnectionWatch::attempt()
{
    if (!m_lost || m_probe)
        return;
    ++m_attempts;
    auto result = std::make_shared<StorageError>();
    const QString name = m_database.connectionName();
    const QString shown = m_database.displayName();
    m_probe =
        QThread::create([result, name, shown] { *result = Database::probeServer(name, shown); });
    connect(m_probe, &QThread::finished, this, [this, result] {
        m_probe->wait();
        delete m_probe;
        m_probe = nullptr;
        probed(*result);
    });
    m_probe->start();
}

void ConnectionWatch::probed(const StorageError& probeError)
{
    StorageError error = probeError;
    // The server answers again: the desk's own connection comes back on this thread.
    if (!error && m_database.reconnect(&error)) {
        m_lost = false;
        m_lostSince = QDateTime();
        m_lastProblem.clear();
        emit restored();
        return;
    }
    m_lastProblem = error.message;
    const int next = m_nextRetryMs;
    m_nextRetryMs = qMin(m_maxRetryMs, m_nextRetryMs * 2);
    m_retry->start(next);
    emit retrying(m_attempts, next);
}
