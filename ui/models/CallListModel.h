#pragma once

#include "storage/CallRepository.h"

#include <QAbstractTableModel>

class Database;

// Tomorrow's (or a chosen day's) call list: who to call, about which session, and what the
// call gave. No health data: the check-in is not read.
class CallListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        Client,
        Phone,
        Service,
        Therapist,
        Call,
        ColumnCount
    };

    explicit CallListModel(QObject* parent = nullptr);

    void setDatabase(Database* database, const QTimeZone& zone);
    bool load(const QDate& day);
    bool reload() { return load(m_day); }
    QDate day() const { return m_day; }
    QString lastError() const { return m_lastError; }
    const QList<CallListLine>& lines() const { return m_lines; }
    const CallListLine* lineFromIndex(const QModelIndex& index) const;
    QModelIndex indexOf(qint64 bookingId) const;
    // "confirmed ✔ (rita 18:05)", "not called yet".
    QString callText(const CallListLine& line) const;
    QString timeText(const CallListLine& line) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database* m_database = nullptr;
    QTimeZone m_zone;
    QDate m_day;
    QList<CallListLine> m_lines;
    QString m_lastError;
};
