#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QProcess>

namespace {

constexpr int kTimeoutMs = 180000; // a hang is a failure, never a measurement

QString shortened(const QString& text)
{
    return text.size() > 4000 ? text.left(4000) + QStringLiteral("... (cut)") : text;
}

} // namespace

QString CliResult::describe() const
{
    QStringList shown;
    for (const QString& argument : arguments)
        shown << (argument.size() > 80 ? argument.left(80) + QStringLiteral("...") : argument);
    return QStringLiteral("command: massage-desk-cli %1\nexit: %2%3%4\nstdout: %5\nstderr: %6")
        .arg(shown.join(QLatin1Char(' ')))
        .arg(exitCode)
        .arg(crashed ? QStringLiteral(" (crashed)") : QString(),
             timedOut ? QStringLiteral(" (timed out)") : QString(), shortened(outText()),
             shortened(errText()));
}

bool CliResult::parseJson(QJsonObject* object, QString* problem) const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError) {
        if (problem)
            *problem = QStringLiteral("stdout is not JSON: %1 at offset %2")
                           .arg(error.errorString())
                           .arg(error.offset);
        return false;
    }
    if (!document.isObject()) {
        if (problem)
            *problem = QStringLiteral("stdout is JSON but not an object");
        return false;
    }
    *object = document.object();
    return true;
}

CliRunner::CliRunner()
{
    if (m_dir.isValid())
        QDir().mkpath(home());
}

QString CliRunner::path(const QString& name) const
{
    return m_dir.filePath(name);
}

QString CliRunner::program()
{
    return QStringLiteral(MASSAGE_DESK_CLI);
}

QByteArray CliRunner::readAll(const QString& filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

QProcessEnvironment CliRunner::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"LANGUAGE", "LC_MESSAGES", "LC_NUMERIC", "LC_CTYPE", "LC_TIME"})
        environment.remove(QLatin1String(name));
    environment.insert(QStringLiteral("LANG"), m_language);
    environment.insert(QStringLiteral("LC_ALL"), m_language);
    environment.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    // Whatever ignored MASSAGE_DESK_DATA_DIR would land in <tmp>/user, never in the real home.
    const QString user = path(QStringLiteral("user"));
    environment.insert(QStringLiteral("HOME"), user);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), user + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), user + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), user + QStringLiteral("/.cache"));
    environment.insert(QStringLiteral("MASSAGE_DESK_DATA_DIR"), home());
    environment.insert(QStringLiteral("MASSAGE_DESK_NOW"), m_now);
    if (!m_user.isEmpty())
        environment.insert(QStringLiteral("MASSAGE_DESK_PASSWORD"), m_password);
    return environment;
}

CliResult CliRunner::run(const QStringList& arguments) const
{
    return runOn(database(), arguments);
}

CliResult CliRunner::runOn(const QString& databasePath, const QStringList& arguments) const
{
    const QStringList user =
        m_user.isEmpty() ? QStringList() : QStringList{QStringLiteral("--user"), m_user};
    return runRaw(QStringList{QStringLiteral("--database"), databasePath} + user + arguments);
}

CliResult CliRunner::runRaw(const QStringList& arguments) const
{
    CliResult result;
    result.arguments = arguments;
    QProcess process;
    process.setProgram(program());
    process.setArguments(arguments);
    process.setProcessEnvironment(environment());
    process.setWorkingDirectory(root()); // relative paths land in the temporary folder
    process.start();
    if (!process.waitForStarted(kTimeoutMs)) {
        result.crashed = true;
        result.err = process.errorString().toUtf8();
        return result;
    }
    process.closeWriteChannel(); // no stdin: a prompt would read end-of-file, never hang
    if (!process.waitForFinished(kTimeoutMs)) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(kTimeoutMs);
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    return result;
}
