#pragma once

// Private to the Scheduler's source files (Scheduler.cpp, SchedulerSeries.cpp).

#include "storage/Scheduler.h"

#include <QList>
#include <QString>

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
};
