#include "models/DeskListModel.h"

#include "core/Clock.h"
#include "core/LocalTime.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"

DeskListModel::DeskListModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void DeskListModel::setDatabase(Database* database)
{
    m_database = database;
    reload();
}

bool DeskListModel::reload()
{
    beginResetModel();
    m_desks.clear();
    m_lastError.clear();
    bool ok = true;
    if (m_database) {
        StorageError error;
        m_desks = DeskRegistry(*m_database).connected(&error);
        m_lastError = error.message;
        ok = !error.isError();
        m_zone = SettingsRepository(*m_database).timeZone();
        const QDateTime now = m_database->clock().nowUtc().toTimeZone(m_zone);
        m_today = QDateTime(now.date(), QTime(0, 0), m_zone).toSecsSinceEpoch();
    }
    endResetModel();
    return ok;
}

int DeskListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_desks.size());
}

int DeskListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeskListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Desk& desk = m_desks.at(index.row());
    if (role == Qt::UserRole)
        return desk.id;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Computer:
        return desk.id == m_thisDesk ? tr("%1 (this computer)").arg(desk.hostName) : desk.hostName;
    case SignedIn:
        return desk.userName.isEmpty() ? tr("nobody") : desk.userName;
    case Since:
        return desk.startedAt >= m_today
                   ? LocalTime::format(desk.startedAt, m_zone, QStringLiteral("HH:mm"))
                   : LocalTime::format(desk.startedAt, m_zone, QStringLiteral("dd/MM/yyyy HH:mm"));
    default:
        return {};
    }
}

QVariant DeskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Computer:
        return tr("Computer");
    case SignedIn:
        return tr("Signed in");
    case Since:
        return tr("Connected since");
    default:
        return {};
    }
}
