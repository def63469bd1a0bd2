#pragma once

#include "cli/CliApp.h"

#include <QCommandLineParser>
#include <memory>

class Database;
struct StorageError;

// The commands of massage-desk-cli, grouped by what they touch.
namespace Commands {

int init(CliContext& context, const QStringList& arguments);
int demo(CliContext& context, const QStringList& arguments);
int check(CliContext& context, const QStringList& arguments);
int backup(CliContext& context, const QStringList& arguments);
int restore(CliContext& context, const QStringList& arguments);
int migrate(CliContext& context, const QStringList& arguments);
// backup and restore of a centre on a server: a portable SQLite file (MoveCommands.cpp).
int serverBackup(CliContext& context, Database& database, const QString& destination);
int serverRestore(CliContext& context, const QString& source, bool replace, bool confirmed);

int servicesList(CliContext& context, const QStringList& arguments);
int servicesShow(CliContext& context, const QStringList& arguments);
int servicesCheck(CliContext& context, const QStringList& arguments);
int servicesExport(CliContext& context, const QStringList& arguments);
int servicesImport(CliContext& context, const QStringList& arguments);
int therapistsList(CliContext& context, const QStringList& arguments);
int roomsList(CliContext& context, const QStringList& arguments);

int clientsAdd(CliContext& context, const QStringList& arguments);
int clientsFind(CliContext& context, const QStringList& arguments);
int clientsExport(CliContext& context, const QStringList& arguments);
int clientsErase(CliContext& context, const QStringList& arguments);
int clientsReindex(CliContext& context, const QStringList& arguments);

int checkin(CliContext& context, const QStringList& arguments);
int checkinShow(CliContext& context, const QStringList& arguments);

int book(CliContext& context, const QStringList& arguments);
int bookingsList(CliContext& context, const QStringList& arguments);
int cancelBooking(CliContext& context, const QStringList& arguments);
int slotsFind(CliContext& context, const QStringList& arguments);
int bookingsIcs(CliContext& context, const QStringList& arguments);
int bookingsExportCsv(CliContext& context, const QStringList& arguments);
int clientsExportCsv(CliContext& context, const QStringList& arguments);
int clientsImport(CliContext& context, const QStringList& arguments);

int usersAdd(CliContext& context, const QStringList& arguments);
int usersList(CliContext& context, const QStringList& arguments);
int auditList(CliContext& context, const QStringList& arguments);
int auditVerify(CliContext& context, const QStringList& arguments);
int report(CliContext& context, const QStringList& arguments);
int waitlistAdd(CliContext& context, const QStringList& arguments);
int waitlistList(CliContext& context, const QStringList& arguments);
int waitlistRemove(CliContext& context, const QStringList& arguments);

int sealingStatus(CliContext& context, const QStringList& arguments);
int sealingEnable(CliContext& context, const QStringList& arguments);
int sealingCompact(CliContext& context, const QStringList& arguments);
int sealingRecover(CliContext& context, const QStringList& arguments);
// The recovery key, once, with what to do with it.
void printRecoveryKey(CliContext& context, const QString& recoveryKey);

// Shared by the commands: option parsing with a clear usage error, and opening the database.
bool parse(CliContext& context, QCommandLineParser& parser, const QStringList& arguments,
           int expectedPositional, int* exitCode);
// --from and --to as YYYY-MM-DD, each optional; a malformed date or a range reversed or longer
// than a year is a usage error.
bool parseDays(CliContext& context, const QCommandLineParser& parser, QDate* from, QDate* to,
               int* exitCode);
bool checkRange(CliContext& context, const QDate& from, const QDate& to, int* exitCode);
// A number above 0 for `what` (an option or argument name), else a usage error.
bool positiveNumber(CliContext& context, const QString& text, const QString& what, qint64* value,
                    int* exitCode);
// "ID" or "any" (0) for --therapist and --room.
bool resourceId(CliContext& context, const QCommandLineParser& parser, const QString& name,
                qint64* id, int* exitCode);
std::unique_ptr<Database> openExisting(CliContext& context, int* exitCode);
// parse() then openExisting(): the prologue of every command that reads an existing database.
std::unique_ptr<Database> parseAndOpen(CliContext& context, QCommandLineParser& parser,
                                       const QStringList& arguments, int expectedPositional,
                                       int* exitCode);

} // namespace Commands
