#pragma once

#include <QString>

// Where Massage Desk keeps its files. Both programs call setApplicationIdentity() first so
// they agree on the default database without a shared config file.
namespace AppPaths {

void setApplicationIdentity();
QString dataFolder();
QString defaultDatabasePath();
QString logFolder();
QString backupFolder();

} // namespace AppPaths
