#pragma once

#include "storage/Database.h"
#include "storage/SqlDialect.h"

#include <QString>
#include <QVariant>

// Times in the raw SQL of fixtures, for the engine under test: integer seconds in a file, a
// timestamptz on a server (migration 15). Spelled and bound through SqlDialect, as the
// repositories do.
namespace TestTimes {

inline const SqlDialect& dialectOf(const QString& pathOrUri)
{
    return SqlDialect::isServerUri(pathOrUri) ? SqlDialect::postgresql() : SqlDialect::sqlite();
}

// `secs` as an SQL expression ("0", or "to_timestamp(0)").
inline QString sql(const SqlDialect& dialect, qint64 secs)
{
    return dialect.time(QString::number(secs));
}
inline QString sql(const Database& database, qint64 secs)
{
    return sql(database.dialect(), secs);
}
inline QString sql(const QString& pathOrUri, qint64 secs)
{
    return sql(dialectOf(pathOrUri), secs);
}

// What to bind for `secs`.
inline QVariant bound(const Database& database, qint64 secs)
{
    return database.dialect().timeValue(secs);
}

// A time column's value read back as seconds, whatever the engine.
inline qint64 secs(const QVariant& value)
{
    return SqlDialect::secsFrom(value);
}

} // namespace TestTimes
