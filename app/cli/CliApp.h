#pragma once

#include "core/Permissions.h"

#include <optional>

#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <memory>

class CliOutput;
class Clock;
namespace Sealing {
class CentreKey;
}

// The context every command receives: where the database is, how to print, and "now".
struct CliContext
{
    QString databasePath;
    CliOutput& output;
    const Clock& clock;
    QString userName;           // who signed in (--user), empty when the database has no users yet
    std::optional<Actor> actor; // the same person, for the storage layer's role checks
    // Their key to the sealed check-ins, unwrapped at sign-in (locked memory; null otherwise).
    std::shared_ptr<const Sealing::CentreKey> centreKey = nullptr;
};

// massage-desk-cli: parses the global options, finds the command and runs it.
// Exit codes: 0 success, 1 refused (nothing changed), 2 usage error.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    enum Exit
    {
        Ok = 0,
        Refused = 1,
        Usage = 2
    };

    struct Command
    {
        QStringList words; // e.g. {"services", "list"}
        QString arguments; // e.g. "CODE [--language L]"
        QString summary;
        QString help; // longer text for "COMMAND --help"
        std::function<int(CliContext&, const QStringList&)> run;
    };

    explicit CliApp(const Clock& clock);
    int run(const QStringList& arguments);
    // Checks the program's arguments as the system passed them (argv, bytes), before Qt turns
    // broken UTF-8 into U+FFFD that would then be stored: returns Usage after printing a message
    // naming the first argument that is not valid UTF-8, or Ok.
    static int checkRawArguments(const QList<QByteArray>& arguments);

    static QList<Command> commands();
    static QString usage();

private:
    const Clock& m_clock;
};
