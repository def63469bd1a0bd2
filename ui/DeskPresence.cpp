#include "DeskPresence.h"

#include "storage/DeskRegistry.h"

#include <QSysInfo>
#include <QTimer>

#include <spdlog/spdlog.h>

DeskPresence::DeskPresence(QObject* parent)
    : QObject(parent), m_timer(new QTimer(this)), m_host(QSysInfo::machineHostName())
{
    m_timer->setInterval(DeskRegistry::kHeartbeatSeconds * 1000);
    connect(m_timer, &QTimer::timeout, this, &DeskPresence::beat);
}

DeskPresence::~DeskPresence()
{
    leave();
}

void DeskPresence::setDatabase(Database* database)
{
    leave();
    m_database = database;
    if (!m_database)
        return;
    StorageError error;
    if (!DeskRegistry(*m_database).announce(m_host, m_user, &m_id, &error))
        spdlog::warn("desk list: {}", error.detail.toStdString());
    m_timer->start();
}

void DeskPresence::setUserName(const QString& name)
{
    if (name == m_user)
        return;
    m_user = name;
    beat();
}

void DeskPresence::beat()
{
    if (!m_database)
        return;
    StorageError error;
    if (!DeskRegistry(*m_database).heartbeat(&m_id, m_host, m_user, &error))
        spdlog::warn("desk list: {}", error.detail.toStdString());
}

void DeskPresence::leave()
{
    m_timer->stop();
    if (m_database && m_id > 0) {
        StorageError error;
        if (!DeskRegistry(*m_database).leave(m_id, &error))
            spdlog::warn("desk list: {}", error.detail.toStdString());
    }
    m_database = nullptr;
    m_id = 0;
}
