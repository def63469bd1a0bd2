#include "storage/StaffEditor.h"

#include "core/Clock.h"
#include "core/FreeText.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

// A null QString binds SQL NULL; the reason columns are NOT NULL, and "" means no reason.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

bool knownTable(const QString& table)
{
    return table == QLatin1String("therapists") || table == QLatin1String("rooms");
}

} // namespace

QString StaffEditor::checkIntervals(const QList<Shift>& intervals)
{
    QList<Shift> sorted = intervals;
    std::sort(sorted.begin(), sorted.end(), [](const Shift& a, const Shift& b) {
        return a.weekday != b.weekday ? a.weekday < b.weekday : a.startMinute < b.startMinute;
    });
    for (int i = 0; i < sorted.size(); ++i) {
        const Shift& s = sorted.at(i);
        if (s.weekday < 1 || s.weekday > 7 || s.startMinute < 0 || s.endMinute > 24 * 60 ||
            s.startMinute >= s.endMinute)
            return tr("On %1 the start must come before the end, within the day.")
                .arg(QLocale().dayName(qBound(1, s.weekday, 7)));
        if (i > 0 && sorted.at(i - 1).weekday == s.weekday &&
            sorted.at(i - 1).endMinute > s.startMinute)
            return tr("Two intervals overlap on %1.").arg(QLocale().dayName(s.weekday));
    }
    return {};
}

bool StaffEditor::run(const QString& sql, const QVariantList& values, const QString& what,
                      StorageError* error, qint64* insertId)
{
    // Every change of staff, rooms and hours comes through here.
    if (!m_database.permits(Action::EditCentre, error))
        return false;
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!m_database.exec(query, error, what))
        return false;
    if (insertId)
        *insertId = query.lastInsertId().toLongLong();
    return true;
}

QString StaffEditor::cleanName(const QString& name, StorageError* error) const
{
    const QString clean = name.simplified();
    if (clean.isEmpty() || clean.size() > 200) {
        *error = {StorageError::Code::Refused, tr("A name has 1 to 200 characters.")};
        return {};
    }
    // A NUL or other control character from a paste would otherwise reach the database's own
    // length rule and come back in its words. (The length counts what the database's rule
    // counts, code points: names are not free text.)
    if (FreeText::hasForbiddenCharacters(clean, FreeText::Lines::One)) {
        *error = {StorageError::Code::Refused,
                  tr("The name contains invisible control characters; please retype it.")};
        return {};
    }
    return clean;
}

bool StaffEditor::roomNameFree(const QString& name, qint64 exceptId, StorageError* error)
{
    // Room names are unique; two that differ only in spaces are the same after cleaning.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM rooms WHERE name = ? AND id <> ?"));
    query.addBindValue(name);
    query.addBindValue(exceptId);
    if (!m_database.exec(query, error, tr("read the rooms")))
        return false;
    if (query.next()) {
        *error = {StorageError::Code::Refused,
                  tr("There is already a room called \"%1\". Nothing was changed; choose "
                     "another name.")
                      .arg(name)};
        return false;
    }
    return true;
}

bool StaffEditor::addTherapist(const QString& name, qint64* id, StorageError* error)
{
    const QString clean = cleanName(name, error);
    if (clean.isEmpty())
        return false;
    WriteTransaction t(m_database);
    return t.begin(error) &&
           run(QStringLiteral("INSERT INTO therapists (display_name, created_at) VALUES (?, ?)"),
               {clean, m_database.nowValue()}, tr("add the therapist"), error, id) &&
           t.commit(error);
}

bool StaffEditor::addRoom(const QString& name, qint64* id, StorageError* error)
{
    const QString clean = cleanName(name, error);
    if (clean.isEmpty())
        return false;
    WriteTransaction t(m_database);
    return t.begin(error) && roomNameFree(clean, 0, error) &&
           run(QStringLiteral("INSERT INTO rooms (name, created_at) VALUES (?, ?)"),
               {clean, m_database.nowValue()}, tr("add the room"), error, id) &&
           t.commit(error);
}

bool StaffEditor::rename(const QString& table, qint64 id, const QString& name, StorageError* error)
{
    const QString clean = cleanName(name, error);
    if (clean.isEmpty() || !knownTable(table))
        return false;
    const QString column =
        table == QLatin1String("rooms") ? QStringLiteral("name") : QStringLiteral("display_name");
    WriteTransaction t(m_database);
    return t.begin(error) && (table != QLatin1String("rooms") || roomNameFree(clean, id, error)) &&
           run(QStringLiteral("UPDATE %1 SET %2 = ?").arg(table, column) +
                   RecordVersion::stampColumns() + QLatin1String(" WHERE id = ?"),
               QVariantList{clean} + RecordVersion::stampValues(m_database) + QVariantList{id},
               tr("rename"), error) &&
           t.commit(error);
}

bool StaffEditor::setActive(const QString& table, qint64 id, bool active, StorageError* error)
{
    if (!knownTable(table))
        return false;
    WriteTransaction t(m_database);
    return t.begin(error) &&
           run(QStringLiteral("UPDATE %1 SET active = ?").arg(table) +
                   RecordVersion::stampColumns() + QLatin1String(" WHERE id = ?"),
               QVariantList{active ? 1 : 0} + RecordVersion::stampValues(m_database) +
                   QVariantList{id},
               tr("change the status"), error) &&
           t.commit(error);
}

bool StaffEditor::setServices(const QString& table, qint64 id, const QStringList& codes,
                              StorageError* error)
{
    if (!knownTable(table))
        return false;
    WriteTransaction t(m_database);
    return t.begin(error) && writeServices(table, id, codes, error) && t.commit(error);
}

bool StaffEditor::writeServices(const QString& table, qint64 id, const QStringList& codes,
                                StorageError* error)
{
    const bool rooms = table == QLatin1String("rooms");
    const QString link =
        rooms ? QStringLiteral("room_services") : QStringLiteral("therapist_services");
    const QString key = rooms ? QStringLiteral("room_id") : QStringLiteral("therapist_id");
    if (!run(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(link, key), {id},
             tr("change the services"), error))
        return false;
    for (const QString& code : codes) {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT INTO %1 (%2, service_id) SELECT ?, id FROM services "
                                     "WHERE code = ?")
                          .arg(link, key));
        query.addBindValue(id);
        query.addBindValue(code);
        if (!m_database.exec(query, error, tr("change the services")))
            return false;
        if (query.numRowsAffected() != 1) {
            *error = {StorageError::Code::NotFound,
                      tr("There is no service with the code \"%1\".").arg(code)};
            return false;
        }
    }
    return touch(table, id, error);
}

bool StaffEditor::touch(const QString& table, qint64 id, StorageError* error)
{
    QVariantList values = RecordVersion::stampValues(m_database);
    values << id;
    return run(QStringLiteral("UPDATE %1 SET version = version").arg(table) +
                   RecordVersion::stampColumns() + QLatin1String(" WHERE id = ?"),
               values, tr("save the changes"), error);
}

QList<Shift> StaffEditor::shifts(qint64 therapistId, StorageError* error) const
{
    QList<Shift> result;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT weekday, start_minute, end_minute FROM therapist_shifts "
                                 "WHERE therapist_id = ? ORDER BY weekday, start_minute"));
    query.addBindValue(therapistId);
    if (!m_database.exec(query, error, tr("read the shifts")))
        return result;
    while (query.next())
        result.append({query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt()});
    return result;
}

bool StaffEditor::setShifts(qint64 therapistId, const QList<Shift>& shifts, StorageError* error)
{
    const QString problem = checkIntervals(shifts);
    if (!problem.isEmpty()) {
        *error = {StorageError::Code::Refused, problem};
        return false;
    }
    WriteTransaction t(m_database);
    return t.begin(error) && writeShifts(therapistId, shifts, error) && t.commit(error);
}

bool StaffEditor::writeShifts(qint64 therapistId, const QList<Shift>& shifts, StorageError* error)
{
    if (!run(QStringLiteral("DELETE FROM therapist_shifts WHERE therapist_id = ?"), {therapistId},
             tr("change the shifts"), error))
        return false;
    for (const Shift& s : shifts) {
        if (!run(QStringLiteral("INSERT INTO therapist_shifts (therapist_id, weekday, "
                                "start_minute, end_minute) VALUES (?, ?, ?, ?)"),
                 {therapistId, s.weekday, s.startMinute, s.endMinute}, tr("change the shifts"),
                 error))
            return false;
    }
    return touch(QStringLiteral("therapists"), therapistId, error);
}

QList<Absence> StaffEditor::absences(qint64 therapistId, StorageError* error) const
{
    QList<Absence> result;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, starts_at, ends_at, reason FROM therapist_absences "
                                 "WHERE therapist_id = ? ORDER BY starts_at"));
    query.addBindValue(therapistId);
    if (!m_database.exec(query, error, tr("read the absences")))
        return result;
    while (query.next())
        result.append({query.value(0).toLongLong(), SqlDialect::secsFrom(query.value(1)),
                       SqlDialect::secsFrom(query.value(2)), query.value(3).toString()});
    return result;
}

bool StaffEditor::addAbsence(qint64 therapistId, qint64 startsAt, qint64 endsAt,
                             const QString& reason, StorageError* error)
{
    if (endsAt <= startsAt) {
        *error = {StorageError::Code::Refused, tr("An absence ends after it starts.")};
        return false;
    }
    const QString problem =
        FreeText::problem(reason.simplified(), 300, FreeText::Lines::One, tr("The absence's note"));
    if (!problem.isEmpty()) {
        *error = {StorageError::Code::Refused, problem};
        return false;
    }
    WriteTransaction t(m_database);
    return t.begin(error) &&
           run(QStringLiteral("INSERT INTO therapist_absences (therapist_id, starts_at, ends_at, "
                              "reason) VALUES (?, ?, ?, ?)"),
               {therapistId, m_database.timeValue(startsAt), m_database.timeValue(endsAt),
                notNull(reason.simplified())},
               tr("add the absence"), error) &&
           t.commit(error);
}

bool StaffEditor::removeAbsence(qint64 absenceId, StorageError* error)
{
    WriteTransaction t(m_database);
    return t.begin(error) &&
           run(QStringLiteral("DELETE FROM therapist_absences WHERE id = ?"), {absenceId},
               tr("remove the absence"), error) &&
           t.commit(error);
}

bool StaffEditor::setOpeningHours(const QList<OpeningHours>& hours, StorageError* error)
{
    QList<Shift> asIntervals;
    for (const OpeningHours& h : hours)
        asIntervals.append({h.weekday, h.opensMinute, h.closesMinute});
    const QString problem = checkIntervals(asIntervals);
    if (!problem.isEmpty()) {
        *error = {StorageError::Code::Refused, problem};
        return false;
    }
    WriteTransaction t(m_database);
    if (!t.begin(error) || !run(QStringLiteral("DELETE FROM opening_hours"), {},
                                tr("change the opening hours"), error))
        return false;
    for (const OpeningHours& h : hours) {
        if (!run(QStringLiteral("INSERT INTO opening_hours (weekday, opens_minute, closes_minute) "
                                "VALUES (?, ?, ?)"),
                 {h.weekday, h.opensMinute, h.closesMinute}, tr("change the opening hours"), error))
            return false;
    }
    return t.commit(error);
}

QList<ClosedDay> StaffEditor::closedDays(StorageError* error) const
{
    QList<ClosedDay> result;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT day, reason FROM closed_days ORDER BY day"));
    if (!m_database.exec(query, error, tr("read the closed days")))
        return result;
    while (query.next())
        result.append(
            {QDate::fromString(query.value(0).toString(), Qt::ISODate), query.value(1).toString()});
    return result;
}

bool StaffEditor::addClosedDay(const QDate& day, const QString& reason, StorageError* error)
{
    if (!day.isValid()) {
        *error = {StorageError::Code::Refused, tr("Choose a valid date.")};
        return false;
    }
    const QString problem = FreeText::problem(reason.simplified(), 200, FreeText::Lines::One,
                                              tr("The closed day's reason"));
    if (!problem.isEmpty()) {
        *error = {StorageError::Code::Refused, problem};
        return false;
    }
    WriteTransaction t(m_database);
    return t.begin(error) &&
           run(QStringLiteral("INSERT INTO closed_days (day, reason) VALUES (?, ?) ON CONFLICT "
                              "(day) DO UPDATE SET reason = excluded.reason"),
               {day.toString(Qt::ISODate), notNull(reason.simplified())}, tr("add the closed day"),
               error) &&
           t.commit(error);
}

bool StaffEditor::removeClosedDay(const QDate& day, StorageError* error)
{
    WriteTransaction t(m_database);
    return t.begin(error) &&
           run(QStringLiteral("DELETE FROM closed_days WHERE day = ?"), {day.toString(Qt::ISODate)},
               tr("remove the closed day"), error) &&
           t.commit(error);
}
