#include "models/MyDayModel.h"

#include "models/DayAgendaModel.h"
#include "storage/BookingRepository.h"
#include "storage/CheckinRepository.h"
#include "storage/Database.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>

MyDayModel::MyDayModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void MyDayModel::setDatabase(Database* database, const QTimeZone& zone)
{
    beginResetModel();
    m_database = database;
    m_zone = zone;
    m_sessions.clear();
    m_read.clear();
    m_day = QDate();
    endResetModel();
}

bool MyDayModel::load(qint64 therapistId, const QDate& day)
{
    const bool sameDay = day == m_day && therapistId == m_therapist;
    QList<MyDaySession> sessions;
    QList<MyDaySession> arrived;
    m_lastError.clear();
    if (m_database && therapistId > 0) {
        const qint64 from = QDateTime(day, QTime(0, 0), m_zone).toSecsSinceEpoch();
        const qint64 to = QDateTime(day.addDays(1), QTime(0, 0), m_zone).toSecsSinceEpoch();
        StorageError error;
        const QList<AgendaEntry> agenda = BookingRepository(*m_database, m_zone)
                                              .agenda(from, to, QLocale().name().left(2), &error);
        for (const AgendaEntry& entry : agenda) {
            if (error)
                break;
            if (entry.therapistId != therapistId || entry.status == QLatin1String("cancelled"))
                continue;
            MyDaySession session;
            session.entry = entry;
            if (!SessionRepository(*m_database).state(entry.id, &session.state, &error))
                break;
            session.blocked = SessionRepository::whyNotStart(session.state);
            if (session.state.hasCheckin) {
                CheckinOutcome outcome;
                if (!CheckinRepository(*m_database).readOutcome(entry.id, &outcome, &error))
                    break;
                session.recordedAt = outcome.recordedAt;
                const auto known = m_read.constFind(entry.id);
                if (known != m_read.constEnd() && known->first == outcome.recordedAt) {
                    session.avoidAreas = known->second;
                } else {
                    StoredCheckin stored;
                    if (!CheckinRepository(*m_database)
                             .read(entry.id, m_database->actorName(), &stored, &error))
                        break;
                    session.avoidAreas = stored.answers.avoidAreas;
                    m_read.insert(entry.id, {outcome.recordedAt, session.avoidAreas});
                    if (sameDay)
                        arrived << session;
                }
            }
            sessions << session;
        }
        if (error)
            m_lastError = error.message;
    }
    beginResetModel();
    m_day = day;
    m_therapist = therapistId;
    m_sessions = sessions;
    endResetModel();
    for (const MyDaySession& session : std::as_const(arrived))
        emit checkinArrived(session);
    return m_lastError.isEmpty();
}

const MyDaySession* MyDayModel::sessionAt(int row) const
{
    return row >= 0 && row < m_sessions.size() ? &m_sessions.at(row) : nullptr;
}

int MyDayModel::rowOf(qint64 bookingId) const
{
    for (int row = 0; row < m_sessions.size(); ++row) {
        if (m_sessions.at(row).entry.id == bookingId)
            return row;
    }
    return -1;
}

int MyDayModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int MyDayModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MyDayModel::data(const QModelIndex& index, int role) const
{
    const MyDaySession* s = index.isValid() ? sessionAt(index.row()) : nullptr;
    if (!s || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const AgendaEntry& e = s->entry;
    const bool stop = e.checkinOutcome == QLatin1String("stop_refer");
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Time: {
            const QDateTime start = QDateTime::fromSecsSinceEpoch(e.startsAt, m_zone);
            return QStringLiteral("%1\u2013%2")
                .arg(start.toString(QStringLiteral("HH:mm")),
                     start.addSecs(qint64(e.minutes) * 60).toString(QStringLiteral("HH:mm")));
        }
        case Client:
            return e.clientName;
        case Service:
            return e.serviceName;
        case Checkin:
            return DayAgendaModel::checkinText(e.status, e.checkinOutcome);
        case Blocks:
            return s->blocked.isEmpty() ? tr("\u25B6 Ready to start") : s->blocked;
        case Avoid:
            return s->avoidAreas.isEmpty() ? tr("\u2013") : s->avoidAreas;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole)
        return tr("Booking %1 \u00B7 %2 \u00B7 %3")
            .arg(e.id)
            .arg(DayAgendaModel::statusText(e.status), e.roomName);
    if (role == Qt::FontRole && stop) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && stop && index.column() == Checkin)
        return QBrush(QColor(0xa1, 0x00, 0x00));
    return {};
}

QVariant MyDayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Client:
        return tr("Client");
    case Service:
        return tr("Service");
    case Checkin:
        return tr("Check-in");
    case Blocks:
        return tr("Before the start");
    case Avoid:
        return tr("Areas to avoid");
    case ColumnCount:
        break;
    }
    return {};
}
