#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// What one run of massage-desk-cli left behind.
struct CliResult
{
    QStringList arguments;
    int exitCode = -1;
    bool crashed = false;  // killed by a signal or never started
    bool timedOut = false; // had to be killed
    QByteArray out;
    QByteArray err;

    // One line per fact, for the message of a failed check.
    QString describe() const;
    // True when stdout is exactly one JSON object (surrounding whitespace allowed).
    bool parseJson(QJsonObject* object, QString* problem = nullptr) const;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

// Runs the real massage-desk-cli in a private temporary folder: the database defaults to
// <tmp>/x.sqlite, the data folder (logs) to <tmp>/home, the clock is fixed (at
// 2026-11-25T09:00:00Z unless setNow says otherwise) and no stdin is given.
class CliRunner
{
public:
    CliRunner();

    bool isValid() const { return m_dir.isValid(); }
    QString root() const { return m_dir.path(); }
    QString path(const QString& name) const;
    QString database() const { return path(QStringLiteral("x.sqlite")); }
    QString home() const { return path(QStringLiteral("home")); }

    // Language for the runs that follow (LANG and LC_ALL); C.UTF-8 by default.
    void setLanguage(const QString& language) { m_language = language; }
    // The fixed clock (MASSAGE_DESK_NOW, ISO UTC) for the runs that follow.
    void setNow(const QString& now) { m_now = now; }

    // Signs the runs that follow in as `user` (--user, and the password through
    // MASSAGE_DESK_PASSWORD), as on a demo centre: signInAs("manager"). Empty: nobody.
    void signInAs(const QString& user, const QString& password = QStringLiteral("demo"))
    {
        m_user = user;
        m_password = password;
    }

    // `--database <database()>` followed by `arguments`.
    CliResult run(const QStringList& arguments) const;
    // `--database <databasePath>` followed by `arguments`.
    CliResult runOn(const QString& databasePath, const QStringList& arguments) const;
    // Exactly `arguments`, with no --database added.
    CliResult runRaw(const QStringList& arguments) const;

    static QString program();
    static QByteArray readAll(const QString& filePath);

private:
    QProcessEnvironment environment() const;

    QTemporaryDir m_dir;
    QString m_language = QStringLiteral("C.UTF-8");
    QString m_now = QStringLiteral("2026-11-25T09:00:00Z");
    QString m_user;
    QString m_password;
};

// Checks that a run ended with the expected exit status, showing its output when not.
#define CLI_EXPECT_EXIT(result, code)                                                              \
    do {                                                                                           \
        const CliResult& cliResult_ = (result);                                                    \
        QVERIFY2(                                                                                  \
            !cliResult_.crashed && !cliResult_.timedOut && cliResult_.exitCode == (code),          \
            qPrintable(QStringLiteral("expected exit %1\n").arg(code) + cliResult_.describe()));   \
    } while (false)

// Parses the run's stdout into `object` (a QJsonObject declared by the caller).
#define CLI_PARSE_JSON(result, object)                                                             \
    do {                                                                                           \
        QString jsonProblem_;                                                                      \
        QVERIFY2((result).parseJson(&(object), &jsonProblem_),                                     \
                 qPrintable(jsonProblem_ + QLatin1Char('\n') + (result).describe()));              \
    } while (false)
