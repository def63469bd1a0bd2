#pragma once

#include "core/Client.h"

#include <QAbstractTableModel>
#include <QTimeZone>

class Database;

// One client's bookings for the Clients page: upcoming ones first (soonest first), then past
// ones (latest first), each marked as such. Check-ins show their outcome level only.
class ClientBookingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        Date,
        Service,
        Therapist,
        Status,
        Checkin,
        ColumnCount
    };

    explicit ClientBookingsModel(QObject* parent = nullptr);

    void setDatabase(Database* database, const QTimeZone& zone);
    // Loads the bookings of `clientId` (0 empties the model).
    bool load(qint64 clientId);
    qint64 clientId() const { return m_clientId; }
    QString lastError() const { return m_lastError; }

    const ClientBooking* bookingFromIndex(const QModelIndex& index) const;
    bool isUpcoming(int row) const { return row >= 0 && row < m_upcoming; }
    int upcomingCount() const { return m_upcoming; }
    int pastCount() const { return int(m_bookings.size()) - m_upcoming; }
    bool isCapped() const; // more bookings exist than were loaded

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database* m_database = nullptr;
    QTimeZone m_zone;
    qint64 m_clientId = 0;
    QList<ClientBooking> m_bookings;
    int m_upcoming = 0;
    QString m_lastError;
};
