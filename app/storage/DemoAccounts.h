#pragma once

#include "storage/DemoGenerator.h"

#include <QString>
#include <utility>
#include <vector>

class Database;
struct StorageError;

// The demo centre's accounts (DESIGN 4): manager, reception and one per therapist, all with
// the public password "demo".
namespace DemoAccounts {

// "Sílvia Pujol" -> "silvia": the first name, lower case, without accents, easy to type.
QString accountName(const QString& therapist);

// Inside the demo's write transaction: the accounts, linked to their therapist records, each
// with `hash` and an audit entry.
bool add(Database& database, const QString& hash,
         const std::vector<std::pair<QString, qint64>>& therapists,
         QList<DemoGenerator::Account>* accounts, StorageError* error);

} // namespace DemoAccounts
