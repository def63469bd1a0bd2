#pragma once

#include "core/Service.h"
#include "storage/ServiceRevisions.h"

#include <QAbstractTableModel>

class Database;

// The catalogue as the Catalogue page lists it: one row per service.
class ServiceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        BodyAreas,
        Durations,
        Price,
        State,
        ColumnCount
    };

    explicit ServiceListModel(QObject* parent = nullptr);

    // The published catalogue; with `includeDrafts` (the manager's view) also the services that
    // have never been published, shown with their latest draft.
    bool load(Database* database, const QString& language, bool includeDrafts = false);
    QString lastError() const { return m_lastError; }
    const Service* serviceFromIndex(const QModelIndex& index) const;
    const ServiceState* stateFromIndex(const QModelIndex& index) const;
    int rowForId(qint64 serviceId) const; // -1 when not listed

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString bodyAreaText(const QString& key);
    static QString pressureText(const QString& key);

private:
    QList<Service> m_services;
    QList<ServiceState> m_states; // one per row
    bool m_includeDrafts = false;
    QString m_lastError;
};
