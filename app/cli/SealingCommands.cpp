// massage-desk-cli sealing …: health data sealed at rest (DESIGN 6).
#include "cli/CliOutput.h"
#include "cli/Commands.h"
#include "cli/SignIn.h"
#include "storage/Database.h"
#include "storage/SealingRepository.h"

#include <QJsonObject>

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
    if (!context.output.json())
        context.output.out()
            << CliApp::tr("Older backups still hold the answers in plain: make a new backup "
                          "(massage-desk-cli backup) and destroy the old ones.")
            << Qt::endl;
    return compacted ? CliApp::Ok : CliApp::Refused;
}

} // namespace

int sealingEnable(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
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
    if (context.output.json()) {
        QJsonObject facts{{QStringLiteral("sealed"), true}};
        if (!recoveryKey.isEmpty())
            facts.insert(QStringLiteral("recovery_key"), recoveryKey);
        context.output.printJson(facts);
    } else if (!recoveryKey.isEmpty()) {
        printRecoveryKey(context, recoveryKey);
    } else {
        context.output.out() << CliApp::tr("Sealing was already on; every check-in is sealed "
                                           "now.")
                             << Qt::endl;
    }
    return compactAndWarn(context, *database);
}

int sealingCompact(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    int exitCode = CliApp::Ok;
    std::unique_ptr<Database> database = parseAndOpen(context, parser, arguments, 0, &exitCode);
    if (!database)
        return exitCode;
    return compactAndWarn(context, *database);
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
