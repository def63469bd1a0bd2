#include "storage/WriteTransaction.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QThread>

#include <spdlog/spdlog.h>

namespace {

// The busy timeout already waits inside SQLite; these retries cover the rare busy answers
// SQLite gives without waiting (e.g. while another connection recovers the WAL index).
constexpr int kAttempts = 20;

} // namespace

WriteTransaction::WriteTransaction(Database& database, Plans plans)
    : m_database(database), m_plans(plans)
{
}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        rollback();
}

bool WriteTransaction::begin(StorageError* error)
{
    QSqlQuery query(m_database.connection());
    for (int attempt = 1; attempt <= kAttempts; ++attempt) {
        if (query.exec(m_plans == Plans::Generic ? m_database.dialect().beginWriteGenericPlans()
                                                 : m_database.dialect().beginWrite())) {
            m_open = true;
            return true;
        }
        StorageError failure = m_database.errorFrom(query, tr("start a change"));
        if (failure.code != StorageError::Code::Busy || attempt == kAttempts) {
            spdlog::error("BEGIN failed: {}", failure.detail.toStdString());
            if (error)
                *error = std::move(failure);
            return false;
        }
        QThread::msleep(10 * attempt);
    }
    return false;
}

bool WriteTransaction::commit(StorageError* error)
{
    QSqlQuery query(m_database.connection());
    for (int attempt = 1; attempt <= kAttempts; ++attempt) {
        if (query.exec(QStringLiteral("COMMIT"))) {
            m_open = false;
            return true;
        }
        StorageError failure = m_database.errorFrom(query, tr("save the change"));
        if (failure.code == StorageError::Code::ConnectionFailed && !m_database.connectionLost()) {
            // Gone during COMMIT itself: the server applied all of it or none of it, and only
            // it knows which.
            failure.message =
                tr("The connection to the server was lost while the change was being saved. "
                   "The server keeps a change whole or not at all: once the connection is back, "
                   "look again to see whether it was saved.");
            // Said in the detail too, so a form that waits to save does not save it twice.
            failure.detail.prepend(QStringLiteral("COMMIT outcome unknown: "));
        }
        if (failure.code != StorageError::Code::Busy || attempt == kAttempts) {
            spdlog::error("COMMIT failed: {}", failure.detail.toStdString());
            if (error)
                *error = std::move(failure);
            rollback();
            return false;
        }
        QThread::msleep(10 * attempt);
    }
    return false;
}

void WriteTransaction::rollback()
{
    if (!m_open)
        return;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("ROLLBACK")))
        spdlog::warn("ROLLBACK failed (the transaction may already be closed)");
    m_open = false;
}
