// massage-desk-cli sealing …: health data sealed at rest (DESIGN 6).
#include "cli/CliOutput.h"
#include "cli/Commands.h"
#include "cli/SignIn.h"
#include "storage/Database.h"
#include "storage/SealedBackups.h"
#include "storage/SealingRepository.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace Commands {

void printRecoveryKey(CliContext& context, const QString& recoveryKey)
{
    context.output.out()
        << CliApp::tr("Check-in answers and notes are sealed. The recovery key, shown this once "
                      "only:")
        << Qt::endl
        << QStringLiteral("    ") << recoveryKey << Qt::endl
        << CliApp::tr("Print it or write it down and keep it away from this computer: when "
                      "every password is lost, \"sealing recover\" opens the data with it, and "
                      "nothing else can.")
        << Qt::endl;
}

int sealingStatus(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    int exitCode = CliApp::Ok;
    std::unique_ptr<Database> database = parseAndOpen(context, parser, arguments, 0, &exitCode);
    if (!database)
        return exitCode;
    SealingRepository::State state;
    StorageError error;
    if (!SealingRepository(*database).state(&state, &error))
        return context.output.fail(CliApp::Refused, error.message);
    if (context.output.json()) {
        context.output.printJson({{QStringLiteral("sealed"), state.enabled},
                                  {QStringLiteral("reader_accounts"), state.readerWraps},
                                  {QStringLiteral("recovery_key"), state.recovery},
                                  {QStringLiteral("plain_checkins"), state.plainRows}});
    } else if (!state.enabled) {
        context.output.out() << CliApp::tr("Health data is not sealed: check-in answers and "
                                           "notes are stored plain. \"sealing enable\" seals "
                                           "them.")
                             << Qt::endl;
    } else {
        context.output.out() << CliApp::tr("Health data is sealed; %n account(s) can open it.",
                                           nullptr, state.readerWraps)
                             << Qt::endl;
        if (state.plainRows > 0)
            context.output.out() << CliApp::tr("%n check-in(s) are still plain: run \"sealing "
                                               "enable\" again to seal them.",
                                               nullptr, int(state.plainRows))
                                 << Qt::endl;
    }
    return CliApp::Ok;
}

namespace {

// After sealing: the compaction, and what it cannot reach.
int compactAndWarn(CliContext& context, Database& database)
{
    StorageError error;
    const bool compacted = SealingRepository(database).compact(&error);
    if (!compacted)
        context.output.err() << error.message << Qt::endl;
    return compacted ? CliApp::Ok : CliApp::Refused;
}

// A yes from the person at the terminal; anything else, or no terminal, is a no.
bool confirmedAtPrompt(CliContext& context, const QString& question)
{
    if (!isatty(STDIN_FILENO))
        return false;
    context.output.err() << question << QStringLiteral(" [y/N] ") << Qt::flush;
    char buffer[64] = {};
    if (std::fgets(buffer, sizeof buffer, stdin) == nullptr)
        return false;
    const QString answer = QString::fromUtf8(buffer).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes") ||
           answer == CliApp::tr("y") || answer == CliApp::tr("yes");
}

// The older backups still holding plain data: listed, and with --replace-backups (and a yes)
// replaced by one new sealed backup. Nothing is deleted before that backup is written and
// checked.
int offerSealedBackup(CliContext& context, Database& database, bool replace, bool yes,
                      QJsonObject* facts)
{
    // A refusal goes into `facts` for --json, which also carry a recovery key shown only now.
    const auto refuse = [&](const QString& message) {
        facts->insert(QStringLiteral("error"), message);
        if (!context.output.json())
            context.output.err() << message << Qt::endl;
        return int(CliApp::Refused);
    };
    QList<AutomaticBackup::Entry> plain;
    StorageError error;
    if (!SealedBackups::plainBackups(database, &plain, &error))
        return refuse(error.message);
    QJsonArray listed;
    for (const AutomaticBackup::Entry& entry : plain)
        listed.append(entry.path);
    facts->insert(QStringLiteral("plain_backups"), listed);
    const bool json = context.output.json();
    if (!json) {
        context.output.out()
            << (database.isServer()
                    ? CliApp::tr("Older dumps and backups of this centre still hold the answers "
                                 "in plain: make a new backup (massage-desk-cli backup FILE) "
                                 "and destroy the old ones.")
                    : CliApp::tr("Backups made before sealing still hold the answers in plain; "
                                 "copies kept elsewhere (a USB disk) too: replace them with a "
                                 "new backup and destroy the old ones."))
            << Qt::endl;
        if (!plain.isEmpty()) {
            context.output.out() << CliApp::tr("%n automatic backup(s) in plain:", nullptr,
                                               int(plain.size()))
                                 << Qt::endl;
            for (const AutomaticBackup::Entry& entry : plain)
                context.output.out()
                    << QStringLiteral("    ") << QDir::toNativeSeparators(entry.path) << Qt::endl;
        }
    }
    if (plain.isEmpty())
        return CliApp::Ok;
    if (!replace) {
        if (!json)
            context.output.out() << CliApp::tr("Run \"sealing enable --replace-backups\" to "
                                               "write one sealed backup and delete these.")
                                 << Qt::endl;
        return CliApp::Ok;
    }
    if (!yes && !confirmedAtPrompt(context, CliApp::tr("Write a sealed backup, then delete these "
                                                       "%n backup(s)?",
                                                       nullptr, int(plain.size()))))
        return refuse(CliApp::tr("No backup was deleted. To replace them, confirm at the prompt "
                                 "or run again with --replace-backups --yes."));
    QStringList confirmed;
    for (const AutomaticBackup::Entry& entry : plain)
        confirmed << entry.path;
    SealedBackups::Outcome outcome;
    if (!SealedBackups::replace(database, confirmed, &outcome, &error))
        return refuse(error.message);
    facts->insert(QStringLiteral("sealed_backup"), outcome.sealedBackup);
    facts->insert(QStringLiteral("removed_backups"), QJsonArray::fromStringList(outcome.removed));
    if (!json) {
        context.output.out() << CliApp::tr("Sealed backup written and checked: %1.")
                                    .arg(QDir::toNativeSeparators(outcome.sealedBackup))
                             << Qt::endl
                             << CliApp::tr("%n plain backup(s) deleted.", nullptr,
                                           int(outcome.removed.size()))
                             << Qt::endl;
    }
    for (const QString& kept : outcome.kept)
        context.output.err() << CliApp::tr("Could not delete %1: delete it yourself.")
                                    .arg(QDir::toNativeSeparators(kept))
                             << Qt::endl;
    return outcome.kept.isEmpty() ? CliApp::Ok : CliApp::Refused;
}

} // namespace

int sealingEnable(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption replaceOption(QStringLiteral("replace-backups"), QString());
    const QCommandLineOption yesOption({QStringLiteral("yes"), QStringLiteral("confirm")},
                                       QString());
    parser.addOptions({replaceOption, yesOption});
    int exitCode = CliApp::Ok;
    std::unique_ptr<Database> database = parseAndOpen(context, parser, arguments, 0, &exitCode);
    if (!database)
        return exitCode;
    SealingRepository sealing(*database);
    SealingRepository::State before;
    StorageError error;
    if (!sealing.state(&before, &error))
        return context.output.fail(CliApp::Refused, error.message);
    // The password again: the centre's key is wrapped with it (signing in checked it).
    const QString password =
        before.enabled ? QString()
                       : SignIn::password(context, "MASSAGE_DESK_PASSWORD",
                                          CliApp::tr("Password for %1: ").arg(context.userName));
    QString recoveryKey;
    int lastPercent = -1;
    const auto progress = [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (percent / 10 != lastPercent / 10)
            context.output.err() << CliApp::tr("Sealed %1 of %2 check-ins").arg(done).arg(total)
                                 << Qt::endl;
        lastPercent = percent;
    };
    if (!sealing.enable(password, &recoveryKey, progress, &error))
        return context.output.fail(CliApp::Refused, error.message);
    if (!context.output.json()) {
        if (!recoveryKey.isEmpty())
            printRecoveryKey(context, recoveryKey);
        else
            context.output.out() << CliApp::tr("Sealing was already on; every check-in is "
                                               "sealed now.")
                                 << Qt::endl;
    }
    const int compacted = compactAndWarn(context, *database);
    QJsonObject facts{{QStringLiteral("sealed"), true}};
    if (!recoveryKey.isEmpty())
        facts.insert(QStringLiteral("recovery_key"), recoveryKey);
    const int offered = offerSealedBackup(context, *database, parser.isSet(replaceOption),
                                          parser.isSet(yesOption), &facts);
    if (context.output.json())
        context.output.printJson(facts);
    // A refused replacement leaves the sealing itself in place.
    return offered != CliApp::Ok ? offered : compacted;
}

int sealingCompact(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    int exitCode = CliApp::Ok;
    std::unique_ptr<Database> database = parseAndOpen(context, parser, arguments, 0, &exitCode);
    if (!database)
        return exitCode;
    const int compacted = compactAndWarn(context, *database);
    if (!context.output.json())
        context.output.out() << CliApp::tr("Backups made before sealing still hold the answers "
                                           "in plain: \"sealing enable --replace-backups\" "
                                           "replaces them with a sealed one.")
                             << Qt::endl;
    return compacted;
}

int sealingRecover(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption managerOption(QStringLiteral("manager"), QString(),
                                           QStringLiteral("NAME"));
    parser.addOption(managerOption);
    int exitCode = CliApp::Ok;
    if (!parse(context, parser, arguments, 0, &exitCode))
        return exitCode;
    if (!parser.isSet(managerOption))
        return context.output.fail(CliApp::Usage,
                                   CliApp::tr("Name the manager to re-open it for: --manager "
                                              "NAME."));
    std::unique_ptr<Database> database = openExisting(context, &exitCode);
    if (!database)
        return exitCode;
    const QString name = parser.value(managerOption);
    const QString recoveryKey =
        SignIn::password(context, "MASSAGE_DESK_RECOVERY_KEY", CliApp::tr("Recovery key: "));
    const QString password = SignIn::password(context, "MASSAGE_DESK_NEW_PASSWORD",
                                              CliApp::tr("New password for %1: ").arg(name));
    StorageError error;
    if (!SealingRepository(*database).recover(recoveryKey, name, password, &error))
        return context.output.fail(CliApp::Refused, error.message);
    if (context.output.json())
        context.output.printJson({{QStringLiteral("recovered"), name.trimmed()}});
    else
        context.output.out() << CliApp::tr("%1 signs in with the new password and opens the "
                                           "sealed check-ins again.")
                                    .arg(name.trimmed())
                             << Qt::endl;
    return CliApp::Ok;
}

} // namespace Commands
