#include "calendar/CalendarModel.h"

#include "models/DayAgendaModel.h"
#include "storage/BookingRepository.h"
#include "storage/CallRepository.h"
#include "storage/Database.h"
#include "storage/WaitlistRepository.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>

CalendarModel::CalendarModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void CalendarModel::setDatabase(Database* database, const QTimeZone& zone)
{
    beginResetModel();
    m_database = database;
    m_zone = zone;
    m_entries.clear();
    m_local.clear();
    m_waiting.clear();
    m_free.clear();
    m_working.clear();
    endResetModel();
}

bool CalendarModel::load(const QDate& first, int days)
{
    QList<AgendaEntry> entries;
    CalendarWaiting waiting;
    QHash<qint64, TherapistHours::Days> working;
    QHash<qint64, QString> calls;
    m_lastError.clear();
    days = qMax(1, days);
    // A local day is not always 24 hours long: take the real UTC bounds of local midnights.
    const qint64 from = QDateTime(first, QTime(0, 0), m_zone).toSecsSinceEpoch();
    const qint64 to = QDateTime(first.addDays(days), QTime(0, 0), m_zone).toSecsSinceEpoch();
    if (m_database) {
        StorageError error;
        BookingRepository repository(*m_database, m_zone);
        entries = repository.agenda(from, to, QLocale().name().left(2), &error);
        if (!error)
            working = TherapistHours::load(*m_database, first, days, m_zone, &error);
        if (!error)
            waiting = WaitlistRepository(*m_database, m_zone).waiting(entries, working, &error);
        if (!error)
            calls = CallRepository(*m_database, m_zone).statusesBetween(from, to, &error);
        if (error)
            m_lastError = error.message;
    }
    // Local day and minute of each start: from the day's midnight when the day has no clock
    // change (the usual case, no conversion needed), through QDateTime otherwise.
    QList<qint64> midnights;
    QList<bool> plain;
    for (int d = 0; d <= days; ++d)
        midnights << QDateTime(first.addDays(d), QTime(0, 0), m_zone).toSecsSinceEpoch();
    for (int d = 0; d < days; ++d)
        plain << (midnights.at(d + 1) - midnights.at(d) == 86400);
    QList<LocalStart> local;
    local.reserve(entries.size());
    int day = 0;
    for (const AgendaEntry& e : std::as_const(entries)) {
        while (day + 1 < days && e.startsAt >= midnights.at(day + 1))
            ++day;
        if (plain.at(day)) {
            local.append({first.addDays(day), int((e.startsAt - midnights.at(day)) / 60)});
        } else {
            const QDateTime t = QDateTime::fromSecsSinceEpoch(e.startsAt, m_zone);
            local.append({t.date(), t.time().hour() * 60 + t.time().minute()});
        }
    }
    beginResetModel();
    m_local = local;
    m_first = first;
    m_days = days;
    m_fromUtc = from;
    m_toUtc = to;
    m_entries = entries;
    m_waiting = waiting.freed;
    m_free = waiting.free;
    m_working = working;
    m_calls = calls;
    endResetModel();
    return m_lastError.isEmpty();
}

const AgendaEntry* CalendarModel::entryFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_entries.size())
        return nullptr;
    return &m_entries.at(index.row());
}

const AgendaEntry* CalendarModel::entryById(qint64 bookingId) const
{
    for (const AgendaEntry& e : m_entries) {
        if (e.id == bookingId)
            return &e;
    }
    return nullptr;
}

bool CalendarModel::isInactive(const AgendaEntry& entry)
{
    return entry.status == QLatin1String("cancelled") || entry.status == QLatin1String("no_show");
}

bool CalendarModel::isMovable(const AgendaEntry& entry)
{
    return entry.status == QLatin1String("booked") || entry.status == QLatin1String("arrived");
}

QString CalendarModel::timeRange(const AgendaEntry& entry) const
{
    const QDateTime start = QDateTime::fromSecsSinceEpoch(entry.startsAt, m_zone);
    const QDateTime end = start.addSecs(qint64(entry.minutes) * 60);
    return QStringLiteral("%1\u2013%2")
        .arg(start.toString(QStringLiteral("HH:mm")), end.toString(QStringLiteral("HH:mm")));
}

int CalendarModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CalendarModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CalendarModel::data(const QModelIndex& index, int role) const
{
    const AgendaEntry* e = entryFromIndex(index);
    if (!e || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case BookingIdRole:
        return e->id;
    case StartsAtRole:
        return e->startsAt;
    case InactiveRole:
        return isInactive(*e);
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Time:
            if (m_days > 1)
                return QStringLiteral("%1 %2").arg(
                    QLocale().toString(localDay(index.row()), QStringLiteral("ddd dd/MM")),
                    timeRange(*e));
            return timeRange(*e);
        case Client:
            return e->clientName;
        case Service:
            return e->serviceName;
        case Length:
            return tr("%1 min").arg(e->minutes);
        case Therapist:
            return e->therapistName;
        case Room:
            return e->roomName;
        case Status:
            return DayAgendaModel::statusText(e->status);
        case Checkin:
            return DayAgendaModel::outcomeText(e->checkinOutcome);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = tr("Booking %1 \u00B7 %2 min session + %3 min cleanup")
                          .arg(e->id)
                          .arg(e->minutes)
                          .arg(e->cleanupMinutes);
        if (!e->statusReason.isEmpty())
            tip += QLatin1Char('\n') + tr("Reason: %1").arg(e->statusReason);
        if (e->referralBookingId)
            tip += QLatin1Char('\n') + DayAgendaModel::referralText(*e);
        return tip;
    }
    case Qt::ForegroundRole:
        if (isInactive(*e))
            return QBrush(QColor(0x5f, 0x5f, 0x5f));
        return {};
    case Qt::FontRole:
        if (isInactive(*e) && (index.column() == Time || index.column() == Client)) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant CalendarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Client:
        return tr("Client");
    case Service:
        return tr("Service");
    case Length:
        return tr("Length");
    case Therapist:
        return tr("Therapist");
    case Room:
        return tr("Room");
    case Status:
        return tr("Status");
    case Checkin:
        return tr("Check-in");
    case ColumnCount:
        break;
    }
    return {};
}
