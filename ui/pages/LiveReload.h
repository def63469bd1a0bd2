#pragma once

#include <QObject>
#include <functional>

class QTimer;

// One reload for a burst of changes from other desks, and none while the person is in the
// middle of something a reload would disturb (a drag, an open menu, an editor): it waits until
// that is over. The page's own reload keeps selection and scroll position.
class LiveReload : public QObject
{
    Q_OBJECT

public:
    static constexpr int kCoalesceMs = 60;
    static constexpr int kBusyRetryMs = 250;

    LiveReload(QObject* parent, std::function<void()> reload, std::function<bool()> busy = nullptr);
    // Reload soon; several requests before it runs make one reload.
    void request();
    bool isPending() const;
    // How often a reload was put off because the person was busy (tests watch it).
    int postponed() const { return m_postponed; }
    // Always true while a popup menu is open (its actions point into the loaded rows).
    static bool popupOpen();

private:
    void run();

    std::function<void()> m_reload;
    std::function<bool()> m_busy;
    QTimer* m_timer;
    int m_postponed = 0;
};
