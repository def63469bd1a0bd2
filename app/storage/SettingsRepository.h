#pragma once

#include "core/Settings.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>
#include <QTimeZone>

class Database;

// The settings table: rows override the defaults of core/Settings.h.
class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)

public:
    static constexpr int kMaxCentreName = 120; // characters as a person counts them

    explicit SettingsRepository(Database& database) : m_database(database) {}

    QString value(const SettingKeys::Definition& key) const;
    bool setValue(const SettingKeys::Definition& key, const QString& value, StorageError* error);
    QTimeZone timeZone() const;
    QList<OpeningHours> openingHours(StorageError* error) const;

private:
    Database& m_database;
};
