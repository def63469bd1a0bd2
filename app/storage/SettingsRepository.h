#pragma once

#include "core/Settings.h"
#include "storage/RecordVersion.h"
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
    // The value with its stored version (RecordVersion), for an editor that saves it later;
    // version 0 while the default is in force (no row yet).
    struct Loaded
    {
        QString value;
        qint64 version = 0;
    };
    Loaded load(const SettingKeys::Definition& key) const;
    bool setValue(const SettingKeys::Definition& key, const QString& value, StorageError* error,
                  qint64 loadedVersion = RecordVersion::kUnchecked);
    struct Change
    {
        const SettingKeys::Definition* key = nullptr;
        QString value;
        qint64 loadedVersion = RecordVersion::kUnchecked;
    };
    // All or nothing in one transaction: refused (ChangedElsewhere) as a whole when any setting
    // is no longer at the version its editor loaded.
    bool setValues(const QList<Change>& changes, StorageError* error);
    QTimeZone timeZone() const;
    // kLateCancelHours as a number; the default when the stored value is not a valid one.
    int lateCancelHours() const;
    // Empty when `text` is a valid late-cancellation window, else why not (for the editors).
    static QString lateCancelProblem(const QString& text);
    QList<OpeningHours> openingHours(StorageError* error) const;

private:
    Database& m_database;
};
