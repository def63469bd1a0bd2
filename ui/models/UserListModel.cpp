#include "models/UserListModel.h"

#include "storage/StaffRepository.h"

#include <QGuiApplication>
#include <QPalette>

UserListModel::UserListModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void UserListModel::setDatabase(Database* database)
{
    m_database = database;
    reload();
}

bool UserListModel::reload()
{
    QList<User> users;
    QHash<qint64, QString> therapists;
    QHash<qint64, QString> displayNames;
    m_lastError.clear();
    if (m_database) {
        StorageError error;
        users = UserRepository(*m_database).list(&error);
        displayNames = UserRepository(*m_database).displayNames(&error);
        for (const ::Therapist& t : StaffRepository(*m_database).therapists(&error))
            therapists.insert(t.id, t.name);
        if (error)
            m_lastError = error.message;
    }
    beginResetModel();
    m_users = users;
    m_therapists = therapists;
    m_displayNames = displayNames;
    endResetModel();
    return m_lastError.isEmpty();
}

const User* UserListModel::userFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_users.size())
        return nullptr;
    return &m_users.at(index.row());
}

QModelIndex UserListModel::indexOf(const QString& name) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).name == name)
            return index(row, 0);
    }
    return {};
}

QString UserListModel::roleTitle(Role role)
{
    switch (role) {
    case Role::Receptionist:
        return tr("Receptionist");
    case Role::Therapist:
        return tr("Therapist");
    case Role::Manager:
        return tr("Manager");
    }
    return {};
}

int UserListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex& index, int role) const
{
    const User* u = userFromIndex(index);
    if (!u)
        return {};
    // Deactivated accounts are greyed and say so in words.
    if (role == Qt::ForegroundRole && !u->active)
        return QVariant::fromValue(
            QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return u->name;
    case DisplayName:
        return m_displayNames.value(u->id);
    case RoleColumn:
        return roleTitle(u->role);
    case Therapist:
        if (u->therapistId == 0)
            return QString();
        return m_therapists.value(u->therapistId, tr("record %1").arg(u->therapistId));
    case Active:
        return u->active ? tr("Active") : tr("Deactivated");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("User name");
    case DisplayName:
        return tr("Display name");
    case RoleColumn:
        return tr("Role");
    case Therapist:
        return tr("Therapist record");
    case Active:
        return tr("Account");
    case ColumnCount:
        break;
    }
    return {};
}
