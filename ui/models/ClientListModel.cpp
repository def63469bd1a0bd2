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
    m_more = false;
    endResetModel();
}

bool ClientListModel::read(int rows, QList<ClientSummary>* found)
{
    m_lastError.clear();
    found->clear();
    if (!m_database)
        return true;
    StorageError error;
    // One more than asked says whether more match.
    *found = ClientRepository(*m_database).search(m_text, rows + 1, &error);
    if (error)
        m_lastError = error.message;
    return !error;
}

bool ClientListModel::search(const QString& text, int atLeast)
{
    m_text = text;
    const int rows = qBound(kPage, atLeast, kLimit);
    QList<ClientSummary> found;
    read(rows, &found);
    m_resetting = true;
    beginResetModel();
    m_more = found.size() > rows;
    m_clients = found.mid(0, rows);
    endResetModel();
    m_resetting = false;
    return m_lastError.isEmpty();
}

bool ClientListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && m_clients.size() < kLimit;
}

void ClientListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    // Asked from a handler of the reset (QAbstractItemModelTester does), before every other one
    // has seen it: rows inserted now would interleave two changes. A view asks again once it has
    // laid the new rows out, and only when their end is in sight.
    if (m_resetting)
        return;
    const int shown = int(m_clients.size());
    const int rows = qMin(shown * 4, kLimit);
    QList<ClientSummary> found;
    if (!read(rows, &found))
        return;
    const bool more = found.size() > rows;
    found = found.mid(0, rows);
    // Another desk may have changed the first rows meanwhile: then the list starts again.
    bool same = found.size() >= shown;
    for (int i = 0; same && i < shown; ++i)
        same = found.at(i).id == m_clients.at(i).id;
    if (!same) {
        m_resetting = true;
        beginResetModel();
        m_clients = found;
        m_more = more;
        endResetModel();
        m_resetting = false;
        return;
    }
    m_more = more;
    if (found.size() == shown)
        return;
    beginInsertRows({}, shown, int(found.size()) - 1);
    m_clients = found;
    endInsertRows();
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
