#pragma once

#include "CheckinTestHelpers.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

// The suites about live views (issue 11): massage-desk-cli run as another program beside the
// window under test, on the same file or server, started without waiting so the window's event
// loop runs while the CLI writes.
namespace LiveTest {

inline void startCli(QProcess& cli, const QString& database, const QDateTime& now,
                     const QString& home, const QStringList& arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MASSAGE_DESK_NOW"), now.toString(Qt::ISODate));
    env.insert(QStringLiteral("MASSAGE_DESK_DATA_DIR"), home);
    env.remove(QStringLiteral("MASSAGE_DESK_PASSWORD"));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(MASSAGE_DESK_CLI),
              QStringList{QStringLiteral("--database"), database, QStringLiteral("--json")} +
                  arguments);
}

// True once the CLI has ended (waitForFinished() alone says false when the event loop saw it end).
inline bool finished(QProcess& cli)
{
    return cli.state() == QProcess::NotRunning || cli.waitForFinished(30000);
}

// What the CLI said, for the message of a failed check.
inline QString describe(QProcess& cli)
{
    return QStringLiteral("cli state %1, exit %2: %3 %4")
        .arg(int(cli.state()))
        .arg(cli.exitCode())
        .arg(QString::fromUtf8(cli.readAllStandardOutput()),
             QString::fromUtf8(cli.readAllStandardError()));
}

// Check-in answers for `service` as massage-desk-cli reads them, `yes` answered so it triggers.
inline QString writeAnswers(const QTemporaryDir& dir, const QString& service, const QString& yes,
                            const QString& avoid, const QString& notes)
{
    QJsonObject answers;
    const CheckInAnswers all = CheckinTestHelpers::allNo(service, yes);
    for (auto it = all.answers.constBegin(); it != all.answers.constEnd(); ++it)
        answers.insert(it.key(), it.value());
    const QJsonObject body{{QStringLiteral("answers"), answers},
                           {QStringLiteral("avoid_areas"), avoid},
                           {QStringLiteral("notes"), notes}};
    const QString path = QDir(dir.path()).filePath(QStringLiteral("answers.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(body).toJson());
    return path;
}

} // namespace LiveTest
