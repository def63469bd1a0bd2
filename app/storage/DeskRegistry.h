#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>

class Database;

// One running GUI on the centre's database (Settings > Desks).
struct Desk
{
    qint64 id = 0;
    QString hostName;
    QString userName; // who is signed in there; empty while nobody is
    qint64 startedAt = 0;
    qint64 lastSeenAt = 0; // UTC seconds
};

// The desks connected now (migration 10's desks table): each GUI announces itself when it
// opens, refreshes its row every kHeartbeatSeconds and removes it on a clean exit. A desk not
// seen for kConnectedSeconds went away without saying so (a crash, a lost network) and is not
// listed; announcing clears such rows once they are a day old.
class DeskRegistry
{
    Q_DECLARE_TR_FUNCTIONS(DeskRegistry)

public:
    static constexpr int kHeartbeatSeconds = 30;
    static constexpr int kConnectedSeconds = 120;

    explicit DeskRegistry(Database& database) : m_database(database) {}

    bool announce(const QString& hostName, const QString& userName, qint64* id,
                  StorageError* error);
    // Refreshes the desk's row (and who is signed in); announces it again, with a new id, when
    // the row is gone.
    bool heartbeat(qint64* id, const QString& hostName, const QString& userName,
                   StorageError* error);
    bool leave(qint64 id, StorageError* error);
    // Connected now, the longest running first.
    QList<Desk> connected(StorageError* error) const;

private:
    Database& m_database;
};
