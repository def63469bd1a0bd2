#include "storage/SettingsRepository.h"

#include "core/FreeText.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

QString SettingsRepository::value(const SettingKeys::Definition& key) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(QString::fromLatin1(key.key));
    if (query.exec() && query.next())
        return query.value(0).toString();
    return QString::fromUtf8(key.defaultValue);
}

bool SettingsRepository::setValue(const SettingKeys::Definition& key, const QString& value,
                                  StorageError* error)
{
    // The desk's own records (the last automatic backup) are written whoever is signed in;
    // the centre's settings only by a manager.
    const bool deskRecord = qstrcmp(key.key, SettingKeys::kBackupLastAttempt.key) == 0 ||
                            qstrcmp(key.key, SettingKeys::kBackupLastError.key) == 0;
    // The centre's name is free text printed on every sheet: the one rule of core/FreeText.
    if (qstrcmp(key.key, SettingKeys::kCentreName.key) == 0) {
        const QString problem =
            FreeText::problem(value, kMaxCentreName, FreeText::Lines::One, tr("The centre's name"));
        if (!problem.isEmpty()) {
            *error = {StorageError::Code::Refused, problem};
            return false;
        }
    }
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error) ||
        (!deskRecord && !m_database.permits(Action::EditCentre, error)))
        return false;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(QString::fromLatin1(key.key));
    query.addBindValue(value.isNull() ? QStringLiteral("") : value); // NOT NULL column
    if (!m_database.exec(query, error, tr("save the setting")))
        return false;
    return transaction.commit(error);
}

QTimeZone SettingsRepository::timeZone() const
{
    QTimeZone zone(value(SettingKeys::kTimeZone).toUtf8());
    return zone.isValid() ? zone : QTimeZone(QByteArray(SettingKeys::kTimeZone.defaultValue));
}

QList<OpeningHours> SettingsRepository::openingHours(StorageError* error) const
{
    QList<OpeningHours> hours;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT weekday, opens_minute, closes_minute FROM opening_hours "
                                 "ORDER BY weekday, opens_minute"));
    if (!m_database.exec(query, error, tr("read the opening hours")))
        return hours;
    while (query.next())
        hours.append({query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt()});
    return hours;
}
