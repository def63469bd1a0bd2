#include "models/ServiceListModel.h"

#include "storage/ServiceRepository.h"

ServiceListModel::ServiceListModel(QObject* parent) : QAbstractTableModel(parent)
{
}

bool ServiceListModel::load(Database* database, const QString& language, bool includeDrafts)
{
    QList<Service> services;
    QList<ServiceState> states;
    m_lastError.clear();
    if (database) {
        StorageError error;
        const QList<Service> published = ServiceRepository(*database).list(language, true, &error);
        ServiceRevisions revisions(*database);
        const QList<ServiceState> all = error ? QList<ServiceState>() : revisions.states(&error);
        for (const ServiceState& state : all) {
            if (error)
                break;
            if (state.publishedRevision > 0) {
                for (const Service& s : published) {
                    if (s.id == state.id) {
                        services.append(s);
                        states.append(state);
                    }
                }
            } else if (includeDrafts) {
                ServiceRevision latest;
                if (!revisions.latest(state.id, &latest, &error))
                    break;
                Service s = latest.content.toService(language);
                s.id = state.id;
                s.code = state.code;
                s.archived = state.archived;
                s.revision = latest.revision;
                services.append(s);
                states.append(state);
            }
        }
        if (error) {
            m_lastError = error.message;
            services.clear();
            states.clear();
        }
    }
    beginResetModel();
    m_services = services;
    m_states = states;
    m_includeDrafts = includeDrafts;
    endResetModel();
    return m_lastError.isEmpty();
}

const Service* ServiceListModel::serviceFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_services.size())
        return nullptr;
    return &m_services.at(index.row());
}

const ServiceState* ServiceListModel::stateFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_states.size())
        return nullptr;
    return &m_states.at(index.row());
}

int ServiceListModel::rowForId(qint64 serviceId) const
{
    for (int row = 0; row < m_services.size(); ++row) {
        if (m_services.at(row).id == serviceId)
            return row;
    }
    return -1;
}

int ServiceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

int ServiceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ServiceListModel::bodyAreaText(const QString& key)
{
    if (key == QLatin1String("calves"))
        return tr("calves");
    if (key == QLatin1String("thighs"))
        return tr("thighs");
    if (key == QLatin1String("feet"))
        return tr("feet");
    if (key == QLatin1String("back"))
        return tr("back");
    if (key == QLatin1String("shoulders"))
        return tr("shoulders");
    if (key == QLatin1String("neck"))
        return tr("neck");
    if (key == QLatin1String("arms"))
        return tr("arms");
    if (key == QLatin1String("hands"))
        return tr("hands");
    if (key == QLatin1String("head"))
        return tr("head");
    if (key == QLatin1String("full_body"))
        return tr("full body");
    return key;
}

QString ServiceListModel::pressureText(const QString& key)
{
    if (key == QLatin1String("light"))
        return tr("light");
    if (key == QLatin1String("light-medium"))
        return tr("light to medium");
    if (key == QLatin1String("medium"))
        return tr("medium");
    if (key == QLatin1String("medium-firm"))
        return tr("medium to firm");
    if (key == QLatin1String("firm"))
        return tr("firm");
    return key;
}

QVariant ServiceListModel::data(const QModelIndex& index, int role) const
{
    const Service* s = serviceFromIndex(index);
    if (!s)
        return {};
    if (role == Qt::UserRole) // what the filter box matches against
        return QStringList{s->code, s->texts.name, s->bodyAreas.join(QLatin1Char(' '))}.join(
            QLatin1Char(' '));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return s->texts.name;
    case BodyAreas: {
        QStringList areas;
        for (const QString& key : s->bodyAreas)
            areas << bodyAreaText(key);
        return areas.join(QStringLiteral(", "));
    }
    case Durations: {
        QStringList minutes;
        for (const ServiceDuration& d : s->durations)
            minutes << QString::number(d.minutes);
        return tr("%1 min").arg(minutes.join(QLatin1Char('/')));
    }
    case Price: {
        if (s->durations.isEmpty())
            return {};
        int lowest = s->durations.constFirst().priceCents;
        for (const ServiceDuration& d : s->durations)
            lowest = qMin(lowest, d.priceCents);
        return tr("from %1").arg(formatEuros(lowest));
    }
    case State: {
        const ServiceState& state = m_states.at(index.row());
        if (s->archived)
            return tr("Archived");
        if (state.publishedRevision == 0)
            return tr("Draft, not published");
        if (m_includeDrafts && state.hasUnpublishedDraft())
            return tr("Active, draft waiting");
        return tr("Active");
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ServiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Service");
    case BodyAreas:
        return tr("Body areas");
    case Durations:
        return tr("Durations");
    case Price:
        return tr("Price");
    case State:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}
