#include "storage/SettingsRepository.h"

#include "core/FreeText.h"
#include "storage/Database.h"
#include "storage/Statement.h"
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

SettingsRepository::Loaded SettingsRepository::load(const SettingKeys::Definition& key) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value, version FROM settings WHERE key = ?"));
    query.addBindValue(QString::fromLatin1(key.key));
    if (query.exec() && query.next())
        return {query.value(0).toString(), query.value(1).toLongLong()};
    return {QString::fromUtf8(key.defaultValue), 0};
}

bool SettingsRepository::setValue(const SettingKeys::Definition& key, const QString& value,
                                  StorageError* error, qint64 loadedVersion)
{
    return setValues({{&key, value, loadedVersion}}, error);
}

bool SettingsRepository::setValues(const QList<Change>& changes, StorageError* error)
{
    bool deskRecordsOnly = true;
    for (const Change& change : changes) {
        // The desk's own records (the last automatic backup) are written whoever is signed
        // in; the centre's settings only by a manager.
        const char* key = change.key->key;
        deskRecordsOnly =
            deskRecordsOnly && (qstrcmp(key, SettingKeys::kBackupLastAttempt.key) == 0 ||
                                qstrcmp(key, SettingKeys::kBackupLastError.key) == 0);
        if (qstrcmp(key, SettingKeys::kLateCancelHours.key) == 0) {
            const QString problem = lateCancelProblem(change.value);
            if (!problem.isEmpty()) {
                *error = {StorageError::Code::Refused, problem};
                return false;
            }
        }
        // The centre's name is free text printed on every sheet: the one rule of core/FreeText.
        if (qstrcmp(key, SettingKeys::kCentreName.key) == 0) {
            const QString problem = FreeText::problem(
                change.value, kMaxCentreName, FreeText::Lines::One, tr("The centre's name"));
            if (!problem.isEmpty()) {
                *error = {StorageError::Code::Refused, problem};
                return false;
            }
        }
    }
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error) ||
        (!deskRecordsOnly && !m_database.permits(Action::EditCentre, error)))
        return false;
    for (const Change& change : changes) {
        // A setting still at its default has no row (version 0): if another desk stored one
        // meanwhile, the conflict's WHERE finds version 1 and nothing is written.
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT INTO settings (key, value, changed_by, changed_at) "
                                     "VALUES (?, ?, COALESCE((SELECT NULLIF(display_name, '') "
                                     "FROM users WHERE id = ?), ?), ?) ON CONFLICT (key) DO "
                                     "UPDATE SET value = excluded.value, changed_by = "
                                     "excluded.changed_by, changed_at = excluded.changed_at "
                                     "WHERE ? < 0 OR settings.version = ?"));
        query.addBindValue(QString::fromLatin1(change.key->key));
        query.addBindValue(change.value.isNull() ? QStringLiteral("") : change.value); // NOT NULL
        for (const QVariant& value : RecordVersion::stampValues(m_database))
            query.addBindValue(value);
        query.addBindValue(change.loadedVersion);
        query.addBindValue(change.loadedVersion);
        if (!m_database.exec(query, error, tr("save the setting")))
            return false;
        if (query.numRowsAffected() != 1) {
            query.finish();
            transaction.rollback(); // the sentence is in the stored time zone, not this change's
            return RecordVersion::refuse(m_database, QStringLiteral("settings"),
                                         QStringLiteral("key"),
                                         QString::fromLatin1(change.key->key), error);
        }
    }
    return transaction.commit(error);
}

QTimeZone SettingsRepository::timeZone() const
{
    QTimeZone zone(value(SettingKeys::kTimeZone).toUtf8());
    return zone.isValid() ? zone : QTimeZone(QByteArray(SettingKeys::kTimeZone.defaultValue));
}

QString SettingsRepository::lateCancelProblem(const QString& text)
{
    bool ok = false;
    const int hours = text.trimmed().toInt(&ok);
    if (ok && hours >= SettingKeys::kLateCancelMinHours &&
        hours <= SettingKeys::kLateCancelMaxHours)
        return QString();
    return tr("A late cancellation is one made less than a whole number of hours before the "
              "session, from %1 to %2; \"%3\" is not one.")
        .arg(SettingKeys::kLateCancelMinHours)
        .arg(SettingKeys::kLateCancelMaxHours)
        .arg(text.left(20));
}

int SettingsRepository::lateCancelHours() const
{
    const QString stored = value(SettingKeys::kLateCancelHours);
    return lateCancelProblem(stored).isEmpty()
               ? stored.trimmed().toInt()
               : QString::fromLatin1(SettingKeys::kLateCancelHours.defaultValue).toInt();
}

QList<OpeningHours> SettingsRepository::openingHours(StorageError* error) const
{
    QList<OpeningHours> hours;
    Statement query(m_database); // each week switch: one round trip on a server
    query.prepare(QStringLiteral("SELECT weekday, opens_minute, closes_minute FROM opening_hours "
                                 "ORDER BY weekday, opens_minute"));
    if (!query.exec(error, tr("read the opening hours")))
        return hours;
    while (query.next())
        hours.append({query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt()});
    return hours;
}
