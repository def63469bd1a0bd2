#pragma once

#include "core/Booking.h"
#include "storage/SessionRepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QTimeZone>

class Database;

// One session of the therapist's day: the booking, what still blocks its start and the areas
// to avoid from its check-in (the therapist may read the answers, DESIGN 2.5).
struct MyDaySession
{
    AgendaEntry entry;
    SessionState state;
    QString blocked;       // empty when the session may start now
    QString avoidAreas;    // from the check-in; empty when none or no check-in yet
    qint64 recordedAt = 0; // the check-in's, 0 without one
};

// The signed-in therapist's sessions of one local day in start order (cancelled ones left out),
// each with its check-in state in words and a symbol. The answers are read through
// CheckinRepository::read, which audits the read, once per check-in: reloading for another
// desk's change does not read them again.
class MyDayModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        Client,
        Service,
        Checkin,
        Avoid,
        Blocks, // last: its sentences wrap in the stretched column
        ColumnCount
    };

    explicit MyDayModel(QObject* parent = nullptr);

    void setDatabase(Database* database, const QTimeZone& zone);
    // Loads `therapistId`'s sessions of `day`; 0 shows none. False (lastError) when a read failed.
    bool load(qint64 therapistId, const QDate& day);
    QString lastError() const { return m_lastError; }
    QDate day() const { return m_day; }

    const QList<MyDaySession>& sessions() const { return m_sessions; }
    const MyDaySession* sessionAt(int row) const;
    int rowOf(qint64 bookingId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // A check-in was saved for one of the sessions since the previous load (not on the first
    // load of a day).
    void checkinArrived(const MyDaySession& session);

private:
    Database* m_database = nullptr;
    QTimeZone m_zone;
    QDate m_day;
    qint64 m_therapist = 0;
    QList<MyDaySession> m_sessions;
    // Booking id → the check-in time and areas already read (a read of answers is audited).
    QHash<qint64, QPair<qint64, QString>> m_read;
    QString m_lastError;
};
