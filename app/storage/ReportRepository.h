#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QTimeZone>

class Database;

// One line of a report table: a therapist, a room, or a service at one length.
struct ReportLine
{
    qint64 id = 0;
    QString code; // the service's code (by_service only)
    QString name;
    int minutes = 0; // the session length (by_service only)
    int sessions = 0;
    qint64 sessionMinutes = 0;
    qint64 revenueCents = 0;
    // by_therapist: minutes on shift in the period less absences; by_room: minutes open (opening
    // hours on days not closed). occupancy is sessionMinutes over it, -1 when it is 0.
    qint64 workingMinutes = 0;
    double occupancy = -1;
};

// How many cancellations or no-shows gave one reason (the receptionist's words, trimmed).
struct ReportReason
{
    QString status; // "cancelled" or "no_show"
    QString reason; // empty when none was given
    int count = 0;
};

// Sessions in one week (Monday to Sunday, the centre's local days) that touches the period;
// only the part inside the period counts.
struct ReportWeek
{
    QDate monday;
    int sessions = 0;
    qint64 sessionMinutes = 0;
};

// The manager's figures for a period of the centre's local days, both included (issue 12).
struct Report
{
    QDate from;
    QDate to;
    // "sessions" counts booked, arrived, in session and completed.
    int sessions = 0;
    int booked = 0;
    int arrived = 0;
    int inSession = 0;
    int completed = 0;
    int cancelled = 0;
    // Of those, cancelled less than the centre's late-cancellation hours (a setting) ahead.
    int lateCancelled = 0;
    int noShows = 0;
    int referred = 0;
    qint64 sessionMinutes = 0;
    qint64 revenueCents = 0; // each session's length at the price of the published revision
    int newClients = 0;      // had a session in the period and none before it
    int returningClients = 0;
    QList<ReportLine> byTherapist;
    QList<ReportLine> byRoom;
    QList<ReportLine> byService;
    QMap<QString, int> outcomes; // current check-ins by outcome code; every level present
    QList<ReportReason> reasons; // cancellations and no-shows by reason, most given first
    QList<ReportWeek> weeks;     // every week touching the period, empty ones included
    // Sessions starting in each local hour of each weekday: index (weekday - 1) * 24 + hour.
    QList<int> busyHours = QList<int>(7 * 24, 0);

    double hours() const { return sessionMinutes / 60.0; }
    // Everything booked for the period, whatever became of it.
    int allBookings() const { return sessions + cancelled + noShows + referred; }
    // Share of allBookings(), -1 when there were none.
    double cancellationRate() const { return rate(cancelled); }
    double noShowRate() const { return rate(noShows); }
    int busyAt(int weekday, int hour) const { return busyHours.value((weekday - 1) * 24 + hour); }

private:
    double rate(int n) const { return allBookings() > 0 ? double(n) / allBookings() : -1; }
};

// A period and the one of equal length just before it, for the change in each figure.
struct ReportComparison
{
    Report current;
    Report previous;
};

// Reports are computed by the database: a handful of GROUP BY queries over the bookings of the
// period (bookings_by_start), never a load of every booking. Managers only (DESIGN 2.5).
class ReportRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReportRepository)

public:
    ReportRepository(Database& database, QTimeZone zone)
        : m_database(database), m_zone(std::move(zone))
    {
    }

    // Totals leaves out the reasons, weeks and busy hours (the period before shows only totals).
    enum class Detail
    {
        Full,
        Totals
    };

    // Refuses a role other than manager, invalid dates and `to` before `from`.
    bool build(const QDate& from, const QDate& to, const QString& language, Report* report,
               StorageError* error, Detail detail = Detail::Full) const;

    // `from`..`to` in full and the totals of the same number of days just before `from`.
    bool compare(const QDate& from, const QDate& to, const QString& language,
                 ReportComparison* comparison, StorageError* error) const;
    static void previousPeriod(const QDate& from, const QDate& to, QDate* previousFrom,
                               QDate* previousTo);

    // [start of `from`, start of the day after `to`) in UTC seconds, each midnight in the
    // centre's zone at its own offset, so a period across a clock change keeps its true length.
    static void bounds(const QDate& from, const QDate& to, const QTimeZone& zone, qint64* start,
                       qint64* end);

private:
    // The statuses that count as sessions (issue 12), as an SQL list: held, under way or to come.
    static QString sessionStatuses();
    bool counts(qint64 start, qint64 end, const QString& language, Report* report,
                StorageError* error) const;
    bool outcomes(qint64 start, qint64 end, Report* report, StorageError* error) const;
    bool clients(qint64 start, qint64 end, Report* report, StorageError* error) const;
    bool occupancy(Report* report, StorageError* error) const;
    // ReportSeries.cpp: the price list in force, the reasons in order, the weeks, the busy hours.
    bool priceEras(QString* eraSql, QHash<qint64, qint64>* firstRevision,
                   QHash<QPair<qint64, int>, qint64>* prices, StorageError* error) const;
    bool reasons(qint64 start, qint64 end, Report* report, StorageError* error) const;
    bool lateCancellations(qint64 start, qint64 end, Report* report, StorageError* error) const;
    bool series(qint64 start, qint64 end, Report* report, StorageError* error) const;
    bool roomOccupancy(Report* report, StorageError* error) const;

    Database& m_database;
    QTimeZone m_zone;
};
