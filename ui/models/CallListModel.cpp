#include "models/CallListModel.h"

#include "core/LocalTime.h"

#include <QFont>
#include <QLocale>

CallListModel::CallListModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void CallListModel::setDatabase(Database* database, const QTimeZone& zone)
{
    m_database = database;
    m_zone = zone;
    load(m_day);
}

bool CallListModel::load(const QDate& day)
{
    QList<CallListLine> lines;
    m_lastError.clear();
    if (m_database && day.isValid()) {
        StorageError error;
        lines = CallRepository(*m_database, m_zone).callList(day, QLocale().name().left(2), &error);
        if (error)
            m_lastError = error.message;
    }
    beginResetModel();
    m_day = day;
    m_lines = lines;
    endResetModel();
    return m_lastError.isEmpty();
}

const CallListLine* CallListModel::lineFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_lines.size())
        return nullptr;
    return &m_lines.at(index.row());
}

QModelIndex CallListModel::indexOf(qint64 bookingId) const
{
    for (int row = 0; row < m_lines.size(); ++row)
        if (m_lines.at(row).bookingId == bookingId)
            return index(row, 0);
    return {};
}

QString CallListModel::callText(const CallListLine& line) const
{
    if (line.callStatus.isEmpty())
        return CallRepository::statusText(QString());
    return tr("%1 %2 (%3, %4)")
        .arg(CallRepository::statusSymbol(line.callStatus),
             CallRepository::statusText(line.callStatus), line.calledBy,
             LocalTime::format(line.calledAt, m_zone, QStringLiteral("dd/MM HH:mm")));
}

QString CallListModel::timeText(const CallListLine& line) const
{
    return QStringLiteral("%1\u2013%2")
        .arg(LocalTime::format(line.startsAt, m_zone, QStringLiteral("HH:mm")),
             LocalTime::format(line.startsAt + qint64(line.minutes) * 60, m_zone,
                               QStringLiteral("HH:mm")));
}

int CallListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CallListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallListModel::data(const QModelIndex& index, int role) const
{
    const CallListLine* line = lineFromIndex(index);
    if (!line)
        return {};
    if (role == Qt::FontRole && index.column() == Call && line->callStatus.isEmpty()) {
        QFont bold;
        bold.setBold(true); // still to call
        return bold;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return timeText(*line);
    case Client:
        return line->clientName;
    case Phone:
        return line->phone.isEmpty() ? tr("no phone") : line->phone;
    case Service:
        return tr("%1 \u00B7 %2 min").arg(line->serviceName).arg(line->minutes);
    case Therapist:
        return line->therapistName;
    case Call:
        return callText(*line);
    }
    return {};
}

QVariant CallListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Client:
        return tr("Client");
    case Phone:
        return tr("Phone");
    case Service:
        return tr("Service");
    case Therapist:
        return tr("Therapist");
    case Call:
        return tr("Call");
    }
    return {};
}
