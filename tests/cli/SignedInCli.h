#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// One run of the real massage-desk-cli for the sign-in suites: a private data folder, a fixed
// clock (2026-11-25 07:00 UTC), English messages, and the passwords given through the
// environment exactly as a person's script would (none when null).
struct SignedInRun
{
    int code = -1;
    QString out, err;
};

inline SignedInRun runSignedIn(const QString& home, const QString& database,
                               const QStringList& args, const QString& password = {},
                               const QString& newPassword = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MASSAGE_DESK_DATA_DIR"), home);
    env.insert(QStringLiteral("MASSAGE_DESK_NOW"), QStringLiteral("2026-11-25T07:00:00Z"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("MASSAGE_DESK_PASSWORD"));
    if (!password.isNull())
        env.insert(QStringLiteral("MASSAGE_DESK_PASSWORD"), password);
    if (!newPassword.isNull())
        env.insert(QStringLiteral("MASSAGE_DESK_NEW_PASSWORD"), newPassword);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MASSAGE_DESK_CLI),
                  QStringList{QStringLiteral("--database"), database} + args);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
