#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QTimeZone>

class Database;

// One line of the call list for a day (issue 12 §3): who to call, about what. No health data:
// neither the check-in nor its outcome is read.
struct CallListLine
{
    qint64 bookingId = 0;
    qint64 clientId = 0;
    qint64 startsAt = 0; // UTC seconds
    int minutes = 0;
    QString bookingStatus;
    QString clientName;
    QString phone;
    QString serviceName;
    QString therapistName;
    QString callStatus; // empty: not called yet
    qint64 calledAt = 0;
    QString calledBy;
};

// The day-before calls and what each gave: confirmed, left a message, no answer or cancelled.
// Recording "cancelled" cancels the booking through Scheduler::cancel with the reason.
class CallRepository
{
    Q_DECLARE_TR_FUNCTIONS(CallRepository)

public:
    CallRepository(Database& database, QTimeZone zone)
        : m_database(database), m_zone(std::move(zone))
    {
    }

    static QStringList statuses();
    static QString statusText(const QString& status);
    // A symbol that reads without colour, for the calendar block's marker.
    static QString statusSymbol(const QString& status);

    // Booked and arrived sessions of the local `day`, and those the calls cancelled, by time.
    QList<CallListLine> callList(const QDate& day, const QString& language,
                                 StorageError* error) const;
    bool record(qint64 bookingId, const QString& status, const QString& reason,
                const QString& userName, StorageError* error);
    // booking id -> call status for the bookings starting in [fromUtc, toUtc).
    QHash<qint64, QString> statusesBetween(qint64 fromUtc, qint64 toUtc, StorageError* error) const;

private:
    Database& m_database;
    QTimeZone m_zone;
};
