#pragma once

#include "core/Booking.h"
#include "core/WaitlistMatch.h"
#include "storage/TherapistHours.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QTimeZone>

class Database;

// The bookings of the calendar's visible range (one local day or one week), in start order.
// Loads only that range through BookingRepository::agenda, never the history; the grid paints
// from it and tests read it as a table.
class CalendarModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        Client,
        Service,
        Length,
        Therapist,
        Room,
        Status,
        Checkin,
        ColumnCount
    };

    enum Role
    {
        BookingIdRole = Qt::UserRole + 1,
        StartsAtRole,
        InactiveRole
    };

    explicit CalendarModel(QObject* parent = nullptr);

    void setDatabase(Database* database, const QTimeZone& zone);
    // Loads the local days [first, first + days). False (lastError) when the read failed.
    bool load(const QDate& first, int days);
    bool reload() { return load(m_first, m_days); }

    QDate firstDay() const { return m_first; }
    int days() const { return m_days; }
    // The loaded range in UTC seconds: local midnights, so daylight-saving days are right.
    qint64 fromUtc() const { return m_fromUtc; }
    qint64 toUtc() const { return m_toUtc; }
    QTimeZone zone() const { return m_zone; }
    QString lastError() const { return m_lastError; }

    const AgendaEntry* entryFromIndex(const QModelIndex& index) const;
    const AgendaEntry* entryById(qint64 bookingId) const;
    const QList<AgendaEntry>& entries() const { return m_entries; }
    // Each row's local start, worked out once per load (time-zone conversions are not free).
    QDate localDay(int row) const { return m_local.at(row).day; }
    int localMinute(int row) const { return m_local.at(row).minute; }

    // Cancelled and no-show bookings stay on the calendar, greyed and named.
    static bool isInactive(const AgendaEntry& entry);
    // Only booked and arrived sessions can be moved or stretched.
    static bool isMovable(const AgendaEntry& entry);
    // "10:00–11:00" in the centre's zone.
    QString timeRange(const AgendaEntry& entry) const;
    // Issue 12: how many waitlist entries a freed (cancelled or no-show, still to come) booking's
    // time matches, and the day-before call's status of a booking (empty: none).
    int waiting(qint64 bookingId) const { return m_waiting.value(bookingId); }
    // Stretches of free working time (a new or longer shift, an absence removed) still to come
    // that waitlist entries match, in day and time order (WaitlistRepository::waitingInFreeTime).
    const QList<FreeWaiting>& freeWaiting() const { return m_free; }
    // When each therapist works on the loaded days (shifts less absences), read with the
    // bookings: the grid shades the rest and the free time above comes from it.
    const QHash<qint64, TherapistHours::Days>& workingHours() const { return m_working; }
    QString callStatus(qint64 bookingId) const { return m_calls.value(bookingId); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database* m_database = nullptr;
    QTimeZone m_zone;
    QDate m_first;
    int m_days = 1;
    qint64 m_fromUtc = 0;
    qint64 m_toUtc = 0;
    struct LocalStart
    {
        QDate day;
        int minute = 0;
    };
    QList<AgendaEntry> m_entries;
    QList<LocalStart> m_local;
    QHash<qint64, int> m_waiting;
    QList<FreeWaiting> m_free;
    QHash<qint64, TherapistHours::Days> m_working;
    QHash<qint64, QString> m_calls;
    QString m_lastError;
};
