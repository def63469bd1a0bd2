#include "models/WaitlistModel.h"

#include "core/LocalTime.h"

#include <QFont>
#include <QLocale>

WaitlistModel::WaitlistModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void WaitlistModel::setDatabase(Database* database, const QTimeZone& zone)
{
    m_database = database;
    m_zone = zone;
    reload();
}

void WaitlistModel::setFilter(const WaitlistRepository::Filter& filter)
{
    m_filter = filter;
    reload();
}

bool WaitlistModel::reload()
{
    QList<WaitlistEntry> entries;
    m_lastError.clear();
    if (m_database) {
        StorageError error;
        entries = WaitlistRepository(*m_database, m_zone)
                      .list(m_filter, QLocale().name().left(2), &error);
        if (error)
            m_lastError = error.message;
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
    return m_lastError.isEmpty();
}

const WaitlistEntry* WaitlistModel::entryFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_entries.size())
        return nullptr;
    return &m_entries.at(index.row());
}

QModelIndex WaitlistModel::indexOf(qint64 entryId) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).id == entryId)
            return index(row, 0);
    return {};
}

int WaitlistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int WaitlistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WaitlistModel::data(const QModelIndex& index, int role) const
{
    const WaitlistEntry* e = entryFromIndex(index);
    if (!e)
        return {};
    if (role == Qt::FontRole && e->urgent && index.column() <= Client) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == Note)
        return e->note;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Urgent:
        // Words, not only a colour or a symbol.
        return e->urgent ? tr("\u25B2 Urgent") : QString();
    case Client:
        return e->clientPhone.isEmpty() ? e->clientName
                                        : tr("%1 \u00B7 %2").arg(e->clientName, e->clientPhone);
    case Service:
        return e->serviceName;
    case Therapists:
        return e->therapistNames.isEmpty() ? tr("any therapist")
                                           : e->therapistNames.join(QStringLiteral(", "));
    case Days:
        return WaitlistMatch::daysText(e->weekdays);
    case Times:
        return WaitlistMatch::windowsText(e->windows);
    case Until:
        return e->until.isValid() ? QLocale().toString(e->until, QLocale::ShortFormat)
                                  : tr("no end");
    case Note:
        return e->note.section(QLatin1Char('\n'), 0, 0);
    case Added:
        return tr("%1 by %2")
            .arg(LocalTime::format(e->createdAt, m_zone, QStringLiteral("dd/MM HH:mm")),
                 e->createdBy);
    }
    return {};
}

QVariant WaitlistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Urgent:
        return tr("Urgent");
    case Client:
        return tr("Client");
    case Service:
        return tr("Service");
    case Therapists:
        return tr("Therapists");
    case Days:
        return tr("Days");
    case Times:
        return tr("Times");
    case Until:
        return tr("Until");
    case Note:
        return tr("Note");
    case Added:
        return tr("Added");
    }
    return {};
}
