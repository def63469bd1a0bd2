#pragma once

#include "core/Booking.h"

#include <QAbstractTableModel>
#include <QTimeZone>

class Database;

// The bookings of one local day, for the calendar and the check-ins pages. Loads only that
// day (through the start-time index), never the history.
class DayAgendaModel : public QAbstractTableModel
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

    explicit DayAgendaModel(QObject* parent = nullptr);

    void setDatabase(Database* database, const QTimeZone& zone);
    bool load(const QDate& day);
    QDate day() const { return m_day; }
    QString lastError() const { return m_lastError; }

    const AgendaEntry* entryFromIndex(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString statusText(const QString& status);
    static QString outcomeText(const QString& outcome);
    // The check-in column of a booking: its outcome, "not yet" while one is still expected,
    // nothing for a cancelled or missed session that never had one.
    static QString checkinText(const QString& status, const QString& outcome);
    // Why a session of a client with an open referral needs clearance (DESIGN 2.2); empty when
    // the client has none.
    static QString referralText(const AgendaEntry& entry);

private:
    Database* m_database = nullptr;
    QTimeZone m_zone;
    QDate m_day;
    QList<AgendaEntry> m_entries;
    QString m_lastError;
};
