#pragma once

#include "storage/UserRepository.h"

#include <QAbstractTableModel>
#include <QHash>

class Database;

// Every account, active ones first: never deleted, since the audit log names them.
class UserListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        DisplayName,
        RoleColumn,
        Therapist,
        Active,
        ColumnCount
    };

    explicit UserListModel(QObject* parent = nullptr);

    void setDatabase(Database* database);
    bool reload();
    QString lastError() const { return m_lastError; }
    const User* userFromIndex(const QModelIndex& index) const;
    QModelIndex indexOf(const QString& name) const;
    // The role as a column heading or menu entry ("Manager"); roleName is for sentences.
    static QString roleTitle(Role role);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database* m_database = nullptr;
    QList<User> m_users;
    QHash<qint64, QString> m_therapists;
    QHash<qint64, QString> m_displayNames;
    QString m_lastError;
};
