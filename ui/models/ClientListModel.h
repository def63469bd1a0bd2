#pragma once

#include "core/Client.h"

#include <QAbstractTableModel>
#include <QTimeZone>

class Database;

// Clients matching the search box; at most `kLimit` rows so a keystroke stays instant.
class ClientListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Phone,
        Email,
        Language,
        LastVisit,
        ColumnCount
    };
    static constexpr int kLimit = 200;

    explicit ClientListModel(QObject* parent = nullptr);

    void setDatabase(Database* database, const QTimeZone& zone);
    bool search(const QString& text);
    QString lastError() const { return m_lastError; }
    const ClientSummary* clientFromIndex(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database* m_database = nullptr;
    QTimeZone m_zone;
    QList<ClientSummary> m_clients;
    QString m_lastError;
};
