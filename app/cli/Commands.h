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

int checkin(CliContext& context, const QStringList& arguments);
int checkinShow(CliContext& context, const QStringList& arguments);

int book(CliContext& context, const QStringList& arguments);
int bookingsList(CliContext& context, const QStringList& arguments);
int cancelBooking(CliContext& context, const QStringList& arguments);
int slotsFind(CliContext& context, const QStringList& arguments);

int usersAdd(CliContext& context, const QStringList& arguments);
int usersList(CliContext& context, const QStringList& arguments);
int auditList(CliContext& context, const QStringList& arguments);
int auditVerify(CliContext& context, const QStringList& arguments);

// Shared by the commands: option parsing with a clear usage error, and opening the database.
bool parse(CliContext& context, QCommandLineParser& parser, const QStringList& arguments,
           int expectedPositional, int* exitCode);
std::unique_ptr<Database> openExisting(CliContext& context, int* exitCode);
// parse() then openExisting(): the prologue of every command that reads an existing database.
std::unique_ptr<Database> parseAndOpen(CliContext& context, QCommandLineParser& parser,
                                       const QStringList& arguments, int expectedPositional,
                                       int* exitCode);

} // namespace Commands
