#include "models/ClientListModel.h"

#include "storage/ClientRepository.h"

#include <QDateTime>
#include <QLocale>

ClientListModel::ClientListModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void ClientListModel::setDatabase(Database* database, const QTimeZone& zone)
{
    beginResetModel();
    m_database = database;
    m_zone = zone;
    m_clients.clear();
    endResetModel();
}

bool ClientListModel::search(const QString& text)
{
    QList<ClientSummary> found;
    m_lastError.clear();
    if (m_database) {
        StorageError error;
        found = ClientRepository(*m_database).search(text, kLimit, &error);
        if (error)
            m_lastError = error.message;
    }
    beginResetModel();
    m_clients = found;
    endResetModel();
    return m_lastError.isEmpty();
}

const ClientSummary* ClientListModel::clientFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_clients.size())
        return nullptr;
    return &m_clients.at(index.row());
}

int ClientListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_clients.size());
}

int ClientListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::data(const QModelIndex& index, int role) const
{
    const ClientSummary* c = clientFromIndex(index);
    if (!c || role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return c->name;
    case Phone:
        return c->phone;
    case Email:
        return c->email;
    case Language:
        if (c->language == QLatin1String("ca"))
            return tr("Catalan");
        if (c->language == QLatin1String("es"))
            return tr("Spanish");
        if (c->language == QLatin1String("en"))
            return tr("English");
        return c->language;
    case LastVisit:
        if (c->lastVisit == 0)
            return tr("never");
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(c->lastVisit, m_zone).date(),
                                  QLocale::ShortFormat);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("Email");
    case Language:
        return tr("Language");
    case LastVisit:
        return tr("Latest booking");
    case ColumnCount:
        break;
    }
    return {};
}
