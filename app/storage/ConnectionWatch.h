#pragma once

#include <QDateTime>
#include <QObject>

class Database;
class QThread;
class QTimer;
struct StorageError;

// Notices when a centre server goes away and brings the connection back by itself (DESIGN 7):
// a cheap check every few seconds, and at once when a statement failed for a lost connection;
// then attempts with growing pauses until the server answers (asked on a worker thread; the
// connection itself is opened again on the owner's thread once it does). While lost, Database
// refuses every statement with a sentence, so nothing is half-done; what people typed stays in
// their dialogs. Anything that holds state on the connection (LISTEN subscriptions) sets it up
// again on restored(). Does nothing for a SQLite file.
class ConnectionWatch : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionWatch(Database& database, QObject* parent = nullptr);
    ~ConnectionWatch() override;

    bool isLost() const { return m_lost; }
    // When the connection was found lost (UTC); invalid while connected.
    QDateTime lostSince() const { return m_lostSince; }
    // The reason of the latest failed attempt, in a person's words.
    QString lastProblem() const { return m_lastProblem; }
    int attempts() const { return m_attempts; }

    // How often a connected desk checks, and the first and longest pause between attempts.
    void setIntervals(int checkMs, int firstRetryMs, int maxRetryMs);
    // Checks the connection now (also after a statement failed for a lost connection).
    void checkNow();
    // Tries to reconnect now instead of waiting for the next attempt.
    void retryNow();

signals:
    void lost();
    void restored();
    // A reconnection attempt failed; the next one follows in `nextInMs`.
    void retrying(int attempt, int nextInMs);

private:
    void markLost();
    void attempt();
    void probed(const StorageError& error);

    Database& m_database;
    QTimer* m_check;
    QTimer* m_retry;
    // Asks the server on a worker thread, so a slow or silent network never freezes the desk.
    QThread* m_probe = nullptr;
    bool m_lost = false;
    QDateTime m_lostSince;
    QString m_lastProblem;
    int m_attempts = 0;
    int m_firstRetryMs = 500;
    int m_maxRetryMs = 15000;
    int m_nextRetryMs = 500;
};
