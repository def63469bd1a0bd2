#pragma once

#include "storage/AuditLog.h"

#include <QAbstractTableModel>
#include <QTimeZone>

class Database;

// The audit log, newest first, read a page at a time as the view scrolls (fetchMore), so a
// log of years opens as fast as a day's.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Time,
        User,
        Kind,
        Client,
        Booking,
        Detail,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    explicit AuditModel(QObject* parent = nullptr);

    void setDatabase(Database* database, const QTimeZone& zone);
    // Shows the newest page of entries matching `filter`.
    bool setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }
    QString lastError() const { return m_lastError; }
    const AuditEntry* entryFromIndex(const QModelIndex& index) const;

    // Each kind of entry in words; unknown kinds as they are stored.
    static QString kindText(const QString& kind);
    static QStringList knownKinds();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    QList<AuditEntry> readPage(qint64 beforeId);

    Database* m_database = nullptr;
    QTimeZone m_zone;
    AuditFilter m_filter;
    QList<AuditEntry> m_entries;
    bool m_more = false;
    bool m_busy = false; // inside a reset or an insertion: no fetching from its signals
    QString m_lastError;
};
