#pragma once

#include "storage/DeskRegistry.h"

#include <QAbstractTableModel>
#include <QTimeZone>

// The desks connected now (Settings > Desks): computer, who is signed in, since when.
class DeskListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Computer,
        SignedIn,
        Since,
        ColumnCount
    };

    explicit DeskListModel(QObject* parent = nullptr);

    void setDatabase(Database* database);
    // `thisDesk` is marked as this computer's own row.
    void setThisDesk(qint64 id) { m_thisDesk = id; }
    bool reload();
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database* m_database = nullptr;
    QList<Desk> m_desks;
    QTimeZone m_zone;
    qint64 m_today = 0; // local midnight, to say "since 08:30" or "since 1 Dec, 18:00"
    qint64 m_thisDesk = 0;
    QString m_lastError;
};
