#include "models/DayAgendaModel.h"

#include "storage/BookingRepository.h"
#include "storage/Database.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QPalette>

DayAgendaModel::DayAgendaModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void DayAgendaModel::setDatabase(Database* database, const QTimeZone& zone)
{
    beginResetModel();
    m_database = database;
    m_zone = zone;
    m_entries.clear();
    endResetModel();
}

bool DayAgendaModel::load(const QDate& day)
{
    QList<AgendaEntry> entries;
    m_lastError.clear();
    if (m_database) {
        // A local day is not always 24 hours long: take its real UTC bounds.
        const qint64 from = QDateTime(day, QTime(0, 0), m_zone).toSecsSinceEpoch();
        const qint64 to = QDateTime(day.addDays(1), QTime(0, 0), m_zone).toSecsSinceEpoch();
        StorageError error;
        BookingRepository repository(*m_database, m_zone);
        entries = repository.agenda(from, to, QLocale().name().left(2), &error);
        if (error)
            m_lastError = error.message;
    }
    beginResetModel();
    m_day = day;
    m_entries = entries;
    endResetModel();
    return m_lastError.isEmpty();
}

const AgendaEntry* DayAgendaModel::entryFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return nullptr;
    return &m_entries.at(index.row());
}

int DayAgendaModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DayAgendaModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DayAgendaModel::statusText(const QString& status)
{
    if (status == QLatin1String("booked"))
        return tr("Booked");
    if (status == QLatin1String("arrived"))
        return tr("Arrived");
    if (status == QLatin1String("in_session"))
        return tr("In session");
    if (status == QLatin1String("completed"))
        return tr("Completed");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (status == QLatin1String("no_show"))
        return tr("No-show");
    if (status == QLatin1String("referred"))
        return tr("Referred");
    return status;
}

// Each outcome has its own symbol and words, so nothing depends on colour alone.
QString DayAgendaModel::outcomeText(const QString& outcome)
{
    if (outcome.isEmpty())
        return tr("\u2013 not yet");
    if (outcome == QLatin1String("proceed"))
        return tr("\u2713 Proceed");
    if (outcome == QLatin1String("note"))
        return tr("\u2139 Note");
    if (outcome == QLatin1String("adapt"))
        return tr("\u25B2 Adapt");
    if (outcome == QLatin1String("needs_clearance"))
        return tr("\u26A0 Needs clearance");
    if (outcome == QLatin1String("stop_refer"))
        return tr("\u2716 Stop and refer");
    return outcome;
}

QString DayAgendaModel::checkinText(const QString& status, const QString& outcome)
{
    const bool over = status == QLatin1String("cancelled") || status == QLatin1String("no_show");
    return over && outcome.isEmpty() ? QString() : outcomeText(outcome);
}

QString DayAgendaModel::referralText(const AgendaEntry& entry)
{
    if (!entry.referralBookingId)
        return {};
    return tr("\u26A0 Stopped and referred on %1 (booking %2): this session needs a health "
              "professional's clearance before it starts.")
        .arg(entry.referralDay)
        .arg(entry.referralBookingId);
}

QVariant DayAgendaModel::data(const QModelIndex& index, int role) const
{
    const AgendaEntry* e = entryFromIndex(index);
    if (!e || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const bool inactive =
        e->status == QLatin1String("cancelled") || e->status == QLatin1String("no_show");
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Time: {
            const QDateTime start = QDateTime::fromSecsSinceEpoch(e->startsAt, m_zone);
            const QDateTime end = start.addSecs(qint64(e->minutes) * 60);
            return QStringLiteral("%1\u2013%2")
                .arg(start.toString(QStringLiteral("HH:mm")),
                     end.toString(QStringLiteral("HH:mm")));
        }
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
            return statusText(e->status);
        case Checkin:
            if (e->checkinOutcome.isEmpty() && e->referralBookingId)
                return tr("%1 \u00B7 \u26A0 referred %2")
                    .arg(checkinText(e->status, e->checkinOutcome), e->referralDay);
            return checkinText(e->status, e->checkinOutcome);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        QString tip = tr("Booking %1 \u00B7 %2 min session + %3 min cleanup")
                          .arg(e->id)
                          .arg(e->minutes)
                          .arg(e->cleanupMinutes);
        if (!e->statusReason.isEmpty())
            tip += QLatin1Char('\n') + tr("Reason: %1").arg(e->statusReason);
        if (e->referralBookingId)
            tip += QLatin1Char('\n') + referralText(*e);
        return tip;
    }
    if (role == Qt::ForegroundRole) {
        if (inactive)
            return QBrush(QColor(0x6b, 0x6b, 0x6b));
        if (index.column() == Checkin && e->checkinOutcome == QLatin1String("stop_refer"))
            return QBrush(QColor(0xa1, 0x00, 0x00));
        if (index.column() == Checkin && e->checkinOutcome == QLatin1String("needs_clearance"))
            return QBrush(QColor(0x8a, 0x4b, 0x00));
        return {};
    }
    if (role == Qt::FontRole) {
        const bool strike = inactive && (index.column() == Time || index.column() == Client);
        const bool bold =
            index.column() == Checkin && (e->checkinOutcome == QLatin1String("stop_refer") ||
                                          e->checkinOutcome == QLatin1String("needs_clearance"));
        if (!strike && !bold)
            return {};
        QFont font;
        font.setStrikeOut(strike);
        font.setBold(bold);
        return font;
    }
    return {};
}

QVariant DayAgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
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
