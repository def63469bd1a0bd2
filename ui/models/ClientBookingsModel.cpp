#include "models/ClientBookingsModel.h"

#include "core/Clock.h"
#include "models/DayAgendaModel.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <algorithm>

ClientBookingsModel::ClientBookingsModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void ClientBookingsModel::setDatabase(Database* database, const QTimeZone& zone)
{
    beginResetModel();
    m_database = database;
    m_zone = zone;
    m_clientId = 0;
    m_bookings.clear();
    m_upcoming = 0;
    endResetModel();
}

bool ClientBookingsModel::load(qint64 clientId)
{
    QList<ClientBooking> bookings;
    int upcoming = 0;
    m_lastError.clear();
    if (m_database && clientId > 0) {
        StorageError error;
        bookings =
            ClientRepository(*m_database).bookings(clientId, QLocale().name().left(2), &error);
        if (error)
            m_lastError = error.message;
        // Newest first from storage: the ones not yet over come first; show them soonest first.
        const qint64 now = m_database->clock().nowSecs();
        while (upcoming < bookings.size() &&
               bookings.at(upcoming).startsAt + qint64(bookings.at(upcoming).minutes) * 60 > now)
            ++upcoming;
        std::reverse(bookings.begin(), bookings.begin() + upcoming);
    }
    beginResetModel();
    m_clientId = clientId;
    m_bookings = bookings;
    m_upcoming = upcoming;
    endResetModel();
    return m_lastError.isEmpty();
}

bool ClientBookingsModel::isCapped() const
{
    return m_bookings.size() >= ClientRepository::kBookingLimit;
}

const ClientBooking* ClientBookingsModel::bookingFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_bookings.size())
        return nullptr;
    return &m_bookings.at(index.row());
}

int ClientBookingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_bookings.size());
}

int ClientBookingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientBookingsModel::data(const QModelIndex& index, int role) const
{
    const ClientBooking* b = bookingFromIndex(index);
    if (!b || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const bool upcoming = isUpcoming(index.row());
    const bool inactive =
        b->status == QLatin1String("cancelled") || b->status == QLatin1String("no_show");
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case When:
            return upcoming ? tr("Upcoming") : tr("Past");
        case Date:
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(b->startsAt, m_zone),
                                      QStringLiteral("ddd d MMM yyyy, HH:mm"));
        case Service:
            return b->serviceName;
        case Therapist:
            return b->therapistName;
        case Status:
            return DayAgendaModel::statusText(b->status);
        case Checkin:
            return DayAgendaModel::checkinText(b->status, b->checkinOutcome);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        QString tip =
            tr("Booking %1 \u00B7 %2 min \u00B7 %3").arg(b->id).arg(b->minutes).arg(b->roomName);
        if (!b->statusReason.isEmpty())
            tip += QLatin1Char('\n') + tr("Reason: %1").arg(b->statusReason);
        return tip;
    }
    if (role == Qt::BackgroundRole && upcoming)
        return QBrush(QColor(0xe8, 0xf1, 0xfb)); // upcoming rows stand apart from the history
    if (role == Qt::ForegroundRole) {
        if (inactive)
            return QBrush(QColor(0x6b, 0x6b, 0x6b));
        if (index.column() == Checkin && b->checkinOutcome == QLatin1String("stop_refer"))
            return QBrush(QColor(0xa1, 0x00, 0x00));
        if (index.column() == Checkin && b->checkinOutcome == QLatin1String("needs_clearance"))
            return QBrush(QColor(0x8a, 0x4b, 0x00));
        if (upcoming)
            return QBrush(QColor(0x1a, 0x1a, 0x1a)); // readable on the tint in any theme
        return {};
    }
    if (role == Qt::FontRole) {
        const bool strike = inactive && index.column() == Date;
        const bool bold =
            (upcoming && index.column() == When) ||
            (index.column() == Checkin && (b->checkinOutcome == QLatin1String("stop_refer") ||
                                           b->checkinOutcome == QLatin1String("needs_clearance")));
        if (!strike && !bold)
            return {};
        QFont font;
        font.setStrikeOut(strike);
        font.setBold(bold);
        return font;
    }
    return {};
}

QVariant ClientBookingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When:
        return tr("When");
    case Date:
        return tr("Date and time");
    case Service:
        return tr("Service");
    case Therapist:
        return tr("Therapist");
    case Status:
        return tr("Status");
    case Checkin:
        return tr("Check-in");
    case ColumnCount:
        break;
    }
    return {};
}
