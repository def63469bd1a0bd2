#pragma once

#include <QHash>
#include <QSet>
#include <QString>

class Database;
class StorageError;

// The name a service is shown by: its published revision's text in the language asked, else in
// English, else in any language it has; empty when it has none (a service since deleted, or one
// without texts). Read once per list of rows rather than inside each row's statement: on a
// server a subquery per row sorting the texts cost half of the week's agenda.
namespace ServiceNames {

// Adds to `names` the name of each service in `ids` it lacks, in one statement; false and
// `error` when reading fails.
bool read(Database& database, const QString& language, const QSet<qint64>& ids,
          QHash<qint64, QString>* names, StorageError* error);

} // namespace ServiceNames
