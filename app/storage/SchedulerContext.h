#pragma once

// Private to the Scheduler's source files (Scheduler.cpp, SchedulerSeries.cpp).

#include "storage/Scheduler.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QTimeZone>

class Database;

struct SchedulerResource
{
    qint64 id = 0;
    QString name;
};

// Everything about a request that does not depend on the start time, read once.
struct Scheduler::Context
{
    BookingRequest request;
    qint64 serviceId = 0;
    QString serviceName;
    int minutes = 0;
    int cleanup = 0;
    QList<SchedulerResource> therapists; // candidates, in the order they are tried
    QList<SchedulerResource> rooms;
    // The names of services met in clashes, read only when a clash is named: a name inside the
    // clash statements doubled their planning on a server, where they are planned every time.
    mutable QHash<qint64, QString> serviceNames;
};

// What the scheduler needs to know of its candidates at one time, read in one statement
// (SchedulerChecks.cpp): who is on shift, who is away (with the reason) and each therapist's
// and room's first clash ("10:00–11:10 with foot massage").
struct CandidateFacts
{
    bool ok = false;
    QSet<qint64> onShift;
    QHash<qint64, QString> away;
    QHash<qint64, QString> therapistClash;
    QHash<qint64, QString> roomClash;
};
CandidateFacts candidateFacts(Database& database, const QTimeZone& zone,
                              const QList<SchedulerResource>& therapists,
                              const QList<SchedulerResource>& rooms, qint64 ignoreBooking,
                              qint64 startsAt, qint64 endsAt, int weekday, int from, int to,
                              QHash<qint64, QString>* serviceNames, StorageError* error);
