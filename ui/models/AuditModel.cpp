#include "models/AuditModel.h"

#include "core/LocalTime.h"

namespace {

struct KindText
{
    const char* kind;
    const char* text;
};

// Every kind that AuditLog::append is called with (grep the storage layer when adding one).
constexpr KindText kKinds[] = {
    {"user.signin", QT_TRANSLATE_NOOP("AuditModel", "Signed in")},
    {"user.signin_failed", QT_TRANSLATE_NOOP("AuditModel", "Sign-in refused")},
    {"user.add", QT_TRANSLATE_NOOP("AuditModel", "Account added")},
    {"user.password", QT_TRANSLATE_NOOP("AuditModel", "Password changed")},
    {"user.role", QT_TRANSLATE_NOOP("AuditModel", "Role changed")},
    {"user.deactivate", QT_TRANSLATE_NOOP("AuditModel", "Account deactivated")},
    {"user.activate", QT_TRANSLATE_NOOP("AuditModel", "Account reactivated")},
    {"checkin.write", QT_TRANSLATE_NOOP("AuditModel", "Check-in recorded")},
    {"checkin.read", QT_TRANSLATE_NOOP("AuditModel", "Check-in answers read")},
    {"checkin.signoff", QT_TRANSLATE_NOOP("AuditModel", "Check-in signed off by the therapist")},
    {"checkin.clearance", QT_TRANSLATE_NOOP("AuditModel", "Medical clearance recorded")},
    {"checkin.stop_acknowledged",
     QT_TRANSLATE_NOOP("AuditModel", "Stop-and-refer read by the therapist on My day")},
    {"checkin.session_note", QT_TRANSLATE_NOOP("AuditModel", "Session note written")},
    {"client.consent", QT_TRANSLATE_NOOP("AuditModel", "Consent recorded")},
    {"client.consent_withdrawn", QT_TRANSLATE_NOOP("AuditModel", "Consent withdrawn")},
    {"client.export", QT_TRANSLATE_NOOP("AuditModel", "Client's data exported")},
    {"client.erase", QT_TRANSLATE_NOOP("AuditModel", "Client's data erased")},
    {"clients.export_csv", QT_TRANSLATE_NOOP("AuditModel", "Client list exported as CSV")},
    {"clients.import", QT_TRANSLATE_NOOP("AuditModel", "Clients imported from a file")},
    {"catalogue.create", QT_TRANSLATE_NOOP("AuditModel", "Service created")},
    {"catalogue.duplicate", QT_TRANSLATE_NOOP("AuditModel", "Service duplicated")},
    {"catalogue.save_draft", QT_TRANSLATE_NOOP("AuditModel", "Service draft saved")},
    {"catalogue.publish", QT_TRANSLATE_NOOP("AuditModel", "Service published")},
    {"catalogue.publish_override",
     QT_TRANSLATE_NOOP("AuditModel", "Service published despite warnings")},
    {"catalogue.restore", QT_TRANSLATE_NOOP("AuditModel", "Earlier service version restored")},
    {"catalogue.archive", QT_TRANSLATE_NOOP("AuditModel", "Service archived")},
    {"catalogue.unarchive", QT_TRANSLATE_NOOP("AuditModel", "Service brought back")},
    {"audit.read", QT_TRANSLATE_NOOP("AuditModel", "Audit log read")},
};

} // namespace

AuditModel::AuditModel(QObject* parent) : QAbstractTableModel(parent)
{
}

QString AuditModel::kindText(const QString& kind)
{
    for (const KindText& k : kKinds) {
        if (kind == QLatin1String(k.kind))
            return tr(k.text);
    }
    return kind;
}

QStringList AuditModel::knownKinds()
{
    QStringList kinds;
    for (const KindText& k : kKinds)
        kinds.append(QString::fromLatin1(k.kind));
    return kinds;
}

void AuditModel::setDatabase(Database* database, const QTimeZone& zone)
{
    m_busy = true;
    beginResetModel();
    m_database = database;
    m_zone = zone;
    m_entries.clear();
    m_more = false;
    m_lastError.clear();
    endResetModel();
    m_busy = false;
}

QList<AuditEntry> AuditModel::readPage(qint64 beforeId)
{
    if (!m_database)
        return {};
    AuditFilter filter = m_filter;
    filter.beforeId = beforeId;
    StorageError error;
    const QList<AuditEntry> page = AuditLog(*m_database).entries(filter, kPageSize, &error);
    m_lastError = error ? error.message : QString();
    m_more = !error && page.size() == kPageSize;
    return page;
}

bool AuditModel::setFilter(const AuditFilter& filter)
{
    m_filter = filter;
    const QList<AuditEntry> page = readPage(0);
    m_busy = true;
    beginResetModel();
    m_entries = page;
    endResetModel();
    m_busy = false;
    return m_lastError.isEmpty();
}

bool AuditModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && !m_busy;
}

void AuditModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_entries.isEmpty())
        return;
    const QList<AuditEntry> page = readPage(m_entries.last().id);
    if (page.isEmpty())
        return;
    m_busy = true;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + page.size() - 1));
    m_entries.append(page);
    endInsertRows();
    m_busy = false;
}

const AuditEntry* AuditModel::entryFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return nullptr;
    return &m_entries.at(index.row());
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    const AuditEntry* e = entryFromIndex(index);
    if (!e)
        return {};
    if (role == Qt::ToolTipRole && index.column() == Kind)
        return e->kind;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Number || index.column() == Client || index.column() == Booking))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Number:
        return QString::number(e->id);
    case Time:
        return LocalTime::format(e->at, m_zone, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case User:
        return e->user;
    case Kind:
        return kindText(e->kind);
    case Client:
        return e->clientId > 0 ? QString::number(e->clientId) : QString();
    case Booking:
        return e->bookingId > 0 ? QString::number(e->bookingId) : QString();
    case Detail:
        return e->detail;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Number:
        return tr("Entry");
    case Time:
        return tr("When");
    case User:
        return tr("Who");
    case Kind:
        return tr("What");
    case Client:
        return tr("Client no.");
    case Booking:
        return tr("Booking no.");
    case Detail:
        return tr("Detail");
    case ColumnCount:
        break;
    }
    return {};
}
