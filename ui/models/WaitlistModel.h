#pragma once

#include "storage/WaitlistRepository.h"

#include <QAbstractTableModel>

class Database;

// The waitlist page's table: the entries that pass the filter, urgent first, then the oldest.
class WaitlistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Urgent,
        Client,
        Service,
        Therapists,
        Days,
        Times,
        Until,
        Note,
        Added,
        ColumnCount
    };

    explicit WaitlistModel(QObject* parent = nullptr);

    void setDatabase(Database* database, const QTimeZone& zone);
    void setFilter(const WaitlistRepository::Filter& filter);
    const WaitlistRepository::Filter& filter() const { return m_filter; }
    bool reload();
    QString lastError() const { return m_lastError; }
    const WaitlistEntry* entryFromIndex(const QModelIndex& index) const;
    QModelIndex indexOf(qint64 entryId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database* m_database = nullptr;
    QTimeZone m_zone;
    WaitlistRepository::Filter m_filter;
    QList<WaitlistEntry> m_entries;
    QString m_lastError;
};
