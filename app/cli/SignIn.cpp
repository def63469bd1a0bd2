#include "cli/SignIn.h"

#include "cli/CliOutput.h"
#include "core/Permissions.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/UserRepository.h"

#include <QFileInfo>

#include <cstdio>
#include <optional>
#include <termios.h>
#include <unistd.h>

namespace {

// What each command needs; commands not listed are the read-only catalogue ones.
std::optional<Action> requiredAction(const QStringList& words)
{
    const QString command = words.join(QLatin1Char(' '));
    if (command == QLatin1String("book") || command == QLatin1String("cancel") ||
        command == QLatin1String("bookings list") || command == QLatin1String("slots find") ||
        command == QLatin1String("bookings ics") ||
        command == QLatin1String("bookings export-csv") ||
        command == QLatin1String("clients add") || command == QLatin1String("clients find") ||
        words.value(0) == QLatin1String("waitlist"))
        return Action::Book;
    if (command == QLatin1String("checkin"))
        return Action::EnterCheckin;
    if (command == QLatin1String("checkin show"))
        return Action::ReadCheckinOutcome; // the answers too for roles that may read them
    if (command == QLatin1String("audit list") || command == QLatin1String("audit verify"))
        return Action::ReadAudit;
    if (command == QLatin1String("backup") || command == QLatin1String("restore") ||
        command == QLatin1String("migrate") || command == QLatin1String("users add") ||
        command == QLatin1String("users list") || command == QLatin1String("services import") ||
        command == QLatin1String("demo") || command == QLatin1String("clients import") ||
        command == QLatin1String("clients reindex"))
        return Action::EditCentre;
    if (command == QLatin1String("clients export") || command == QLatin1String("clients erase") ||
        command == QLatin1String("clients export-csv"))
        return Action::ClientRights;
    if (command == QLatin1String("report"))
        return Action::ReadReports;
    if (command == QLatin1String("sealing enable") || command == QLatin1String("sealing compact"))
        return Action::EditCentre;
    if (command == QLatin1String("sealing status"))
        return Action::ReadCheckinOutcome; // any signed-in person
    if (command == QLatin1String("check"))
        return Action::ReadCheckinOutcome; // any signed-in person
    return std::nullopt;
}

} // namespace

namespace SignIn {

QString password(CliContext& context, const char* variable, const QString& prompt)
{
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        context.output.err() << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    char buffer[512] = {};
    const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        context.output.err() << Qt::endl;
    }
    if (!got)
        return {};
    QString text = QString::fromUtf8(buffer);
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

bool authorize(CliContext& context, const QStringList& commandWords, const QString& userOption,
               int* exitCode)
{
    const std::optional<Action> action = requiredAction(commandWords);
    if ((!action && userOption.isEmpty()) || (!SqlDialect::isServerUri(context.databasePath) &&
                                              !QFileInfo::exists(context.databasePath)))
        return true; // the command itself reports a missing database
    StorageError error;
    Database::Options options;
    options.path = context.databasePath;
    options.mode = Database::Mode::OpenExisting;
    std::unique_ptr<Database> database = Database::open(options, context.clock, &error);
    if (!database)
        return true; // likewise: the command gives the precise message
    UserRepository users(*database);
    if (!users.anyUser(&error)) {
        if (error || userOption.isEmpty())
            return true; // a centre without users yet: nobody to sign in as
        // Any password would do for an account that does not exist: say so instead.
        *exitCode = context.output.fail(
            CliApp::Refused,
            CliApp::tr("This centre has no user accounts yet, so nobody can sign in as %1: run "
                       "the command without --user (init --manager NAME creates the first "
                       "account).")
                .arg(userOption));
        return false;
    }
    if (!action)
        return true; // the read-only catalogue commands need nobody signed in
    if (userOption.isEmpty()) {
        *exitCode = context.output.fail(
            CliApp::Refused,
            CliApp::tr("This database has users: sign in with --user NAME (the password from "
                       "MASSAGE_DESK_PASSWORD or typed at the prompt)."));
        return false;
    }
    const QString secret =
        password(context, "MASSAGE_DESK_PASSWORD", CliApp::tr("Password for %1: ").arg(userOption));
    User user;
    // The second Argon2id (the key to sealed check-ins) only for commands that may open them.
    const bool opensSealed = *action != Action::Book && *action != Action::EnterCheckin &&
                             *action != Action::ReadReports && *action != Action::ReadAudit;
    if (!users.signIn(userOption, secret, &user, &error, opensSealed)) {
        *exitCode = context.output.fail(CliApp::Refused, error.message);
        return false;
    }
    const QString refusal = Permissions::refusal(user.role, *action);
    if (!refusal.isEmpty()) {
        *exitCode = context.output.fail(CliApp::Refused, refusal);
        return false;
    }
    context.userName = user.name;
    context.actor = user.actor();
    context.centreKey = user.centreKey;
    return true;
}

} // namespace SignIn
