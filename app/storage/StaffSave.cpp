// StaffEditor::save: the therapist or room editor's one save, checked against the version the
// editor loaded in the same transaction (RecordVersion).
#include "storage/Database.h"
#include "storage/StaffEditor.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>

bool StaffEditor::save(const Details& details, StorageError* error)
{
    const bool rooms = details.table == QLatin1String("rooms");
    if (!rooms && details.table != QLatin1String("therapists"))
        return false;
    const QString clean = cleanName(details.name, error);
    if (clean.isEmpty())
        return false;
    if (details.withShifts) {
        const QString problem = checkIntervals(details.shifts);
        if (!problem.isEmpty()) {
            *error = {StorageError::Code::Refused, problem};
            return false;
        }
    }
    WriteTransaction t(m_database);
    if (!t.begin(error) || !m_database.permits(Action::EditCentre, error) ||
        (rooms && !roomNameFree(clean, details.id, error)))
        return false;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE %1 SET %2 = ?, active = ?")
            .arg(details.table, rooms ? QStringLiteral("name") : QStringLiteral("display_name")) +
        RecordVersion::stampColumns() + QLatin1String(" WHERE id = ? AND (? < 0 OR version = ?)"));
    query.addBindValue(clean);
    query.addBindValue(details.active ? 1 : 0);
    for (const QVariant& value : RecordVersion::stampValues(m_database))
        query.addBindValue(value);
    query.addBindValue(details.id);
    query.addBindValue(details.loadedVersion);
    query.addBindValue(details.loadedVersion);
    if (!m_database.exec(query, error, tr("save the changes")))
        return false;
    if (query.numRowsAffected() != 1) {
        query.finish();
        RecordVersion::Stamp stamp;
        if (!RecordVersion::read(m_database, details.table, QStringLiteral("id"), details.id,
                                 &stamp, error)) {
            if (!error->isError())
                *error = {StorageError::Code::NotFound, tr("It no longer exists.")};
            return false;
        }
        return RecordVersion::refuse(m_database, details.table, QStringLiteral("id"), details.id,
                                     error);
    }
    query.finish();
    return writeServices(details.table, details.id, details.serviceCodes, error) &&
           (!details.withShifts || writeShifts(details.id, details.shifts, error)) &&
           t.commit(error);
}
