#pragma once

#include <QObject>

class Database;
class QTimer;

// This desk in Settings > Desks: announced when a database opens, kept fresh every
// DeskRegistry::kHeartbeatSeconds with who is signed in, removed when the database closes or
// the window goes away cleanly. A failed heartbeat is only logged: the list is a courtesy and
// must never stand in the way of the desk's work (nor of its idle lock, which it never touches).
class DeskPresence : public QObject
{
    Q_OBJECT

public:
    explicit DeskPresence(QObject* parent = nullptr);
    ~DeskPresence() override; // leaves

    // Leaves the previous database (if any) and announces this desk on the new one.
    void setDatabase(Database* database);
    void setUserName(const QString& name);
    qint64 deskId() const { return m_id; }
    QString hostName() const { return m_host; }
    void beat();

private:
    void leave();

    Database* m_database = nullptr;
    QTimer* m_timer;
    QString m_host;
    QString m_user;
    qint64 m_id = 0;
};
