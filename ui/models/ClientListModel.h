#pragma once

#include "core/Client.h"

#include <QAbstractTableModel>
#include <QTimeZone>

class Database;

// Clients matching the search box. A keystroke reads the first kPage, a screenful and more, so
// it stays instant on a large centre; scrolling to the end reads on (fetchMore), up to kLimit:
// past that the desk types more instead.
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
    static constexpr int kPage = 50;
    static constexpr int kLimit = 200;

    explicit ClientListModel(QObject* parent = nullptr);

    void setDatabase(Database* database, const QTimeZone& zone);
    // The first kPage matches, or as many as `atLeast` (a reload keeping what was scrolled to).
    bool search(const QString& text, int atLeast = 0);
    // More clients match than the rows hold (whether or not scrolling may still read them).
    bool moreThanShown() const { return m_more; }
    QString lastError() const { return m_lastError; }
    const ClientSummary* clientFromIndex(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    // Up to `rows` matches of m_text, and whether there are more; false on failure.
    bool read(int rows, QList<ClientSummary>* found);

    Database* m_database = nullptr;
    QTimeZone m_zone;
    QString m_text;
    QList<ClientSummary> m_clients;
    bool m_more = false;
    bool m_resetting = false; // no reading on while the reset is being told
    QString m_lastError;
};
