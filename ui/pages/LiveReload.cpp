#include "pages/LiveReload.h"

#include <QApplication>
#include <QTimer>

LiveReload::LiveReload(QObject* parent, std::function<void()> reload, std::function<bool()> busy)
    : QObject(parent), m_reload(std::move(reload)), m_busy(std::move(busy)),
      m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &LiveReload::run);
}

void LiveReload::request()
{
    if (!m_timer->isActive())
        m_timer->start(kCoalesceMs);
}

bool LiveReload::isPending() const
{
    return m_timer->isActive();
}

bool LiveReload::popupOpen()
{
    return QApplication::activePopupWidget() != nullptr;
}

void LiveReload::run()
{
    if (popupOpen() || (m_busy && m_busy())) {
        ++m_postponed;
        m_timer->start(kBusyRetryMs);
        return;
    }
    m_reload();
}
