#include "PgTestServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QUrl>

#include <pwd.h>
#include <unistd.h>

namespace {

// Debian's postgresql-15 keeps its programs out of PATH.
const QString kDefaultBin = QStringLiteral("/usr/lib/postgresql/15/bin");

bool asRoot()
{
    return ::geteuid() == 0;
}

} // namespace

bool PgTestServer::selected()
{
    return qEnvironmentVariable("MASSAGE_DESK_TEST_BACKEND") == QLatin1String("postgresql");
}

PgTestServer& PgTestServer::instance()
{
    // A function-local static: destroyed (the cluster stopped and removed) at normal exit.
    static PgTestServer server;
    return server;
}

PgTestServer::PgTestServer()
    : m_dir(QDir::tempPath() + QStringLiteral("/massage-desk-pg-XXXXXX")),
      m_bin(qEnvironmentVariable("MASSAGE_DESK_PG_BIN", kDefaultBin))
{
    start();
}

PgTestServer::~PgTestServer()
{
    stop();
}

void PgTestServer::start()
{
    if (!m_dir.isValid())
        qFatal("PgTestServer: cannot create a temporary folder");
    if (!QFileInfo::exists(m_bin + QStringLiteral("/initdb")))
        qFatal("PgTestServer: no PostgreSQL 15 at %s (packaging/install-deps.sh installs "
               "postgresql-15)",
               qPrintable(m_bin));
    const QString dir = m_dir.path();
    QStringList prefix;
    if (asRoot()) {
        // initdb refuses to run as root: the cluster belongs to the postgres account.
        const passwd* pw = ::getpwnam("postgres");
        if (!pw || ::chown(dir.toLocal8Bit().constData(), pw->pw_uid, pw->pw_gid) != 0)
            qFatal("PgTestServer: running as root needs the postgres account to own %s",
                   qPrintable(dir));
        prefix = {QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"),
                  QStringLiteral("--")};
        m_user = QStringLiteral("postgres");
    } else {
        const passwd* pw = ::getpwuid(::geteuid());
        m_user = pw ? QString::fromLocal8Bit(pw->pw_name) : QStringLiteral("postgres");
    }
    const auto run = [&](const QStringList& arguments) {
        QStringList all = prefix + arguments;
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(all.takeFirst(), all);
        const bool done = process.waitForFinished(120000);
        const QByteArray output = process.readAll();
        if (!done || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            qFatal("PgTestServer: %s failed:\n%s", qPrintable(arguments.join(QLatin1Char(' '))),
                   output.constData());
    };
    const QString data = dir + QStringLiteral("/data");
    run({m_bin + QStringLiteral("/initdb"), QStringLiteral("-D"), data, QStringLiteral("-A"),
         QStringLiteral("trust"), QStringLiteral("-U"), m_user, QStringLiteral("-E"),
         QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")});
    // Health data never lands in the server's log: failing statements are not logged either.
    const QString options = serverOptions();
    run({m_bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-w"),
         QStringLiteral("-s"), QStringLiteral("-l"), dir + QStringLiteral("/server.log"),
         QStringLiteral("-o"), options, QStringLiteral("start")});
    m_running = true;
    // If this process dies without its destructors (a crash, qFatal), the watchdog stops the
    // cluster and removes the folder once the process is gone.
    const QString stopCommand =
        (prefix.isEmpty() ? QString() : prefix.join(QLatin1Char(' ')) + QLatin1Char(' ')) +
        QStringLiteral("%1/pg_ctl -D %2 -s -m immediate stop").arg(m_bin, data);
    const QString script = QStringLiteral("while kill -0 %1 2>/dev/null; do sleep 1; done; "
                                          "if [ -d %2 ]; then %3 >/dev/null 2>&1; rm -rf %4; fi")
                               .arg(QCoreApplication::applicationPid())
                               .arg(data, stopCommand, dir);
    QProcess::startDetached(QStringLiteral("sh"), {QStringLiteral("-c"), script});
}

QString PgTestServer::serverOptions() const
{
    return QStringLiteral("-k %1 -c listen_addresses='' -c fsync=off "
                          "-c synchronous_commit=off -c full_page_writes=off "
                          "-c log_min_error_statement=panic")
        .arg(m_dir.path());
}

bool PgTestServer::pgCtl(const QStringList& arguments, QString* output) const
{
    QStringList all = QStringList{m_bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"),
                                  m_dir.path() + QStringLiteral("/data"), QStringLiteral("-s")} +
                      arguments;
    if (asRoot())
        all = QStringList{QStringLiteral("runuser"), QStringLiteral("-u"),
                          QStringLiteral("postgres"), QStringLiteral("--")} +
              all;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(all.takeFirst(), all);
    const bool ok = process.waitForFinished(120000) &&
                    process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (output)
        *output = QString::fromUtf8(process.readAll());
    return ok;
}

bool PgTestServer::stopImmediately(QString* output)
{
    // The next test's database, being made in the background, is made before the stop.
    if (m_next && m_next->state() != QProcess::NotRunning)
        m_next->waitForFinished(120000);
    return pgCtl({QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")},
                 output);
}

bool PgTestServer::startAgain(QString* output) const
{
    return pgCtl({QStringLiteral("-w"), QStringLiteral("-l"),
                  m_dir.path() + QStringLiteral("/server.log"), QStringLiteral("-o"),
                  serverOptions(), QStringLiteral("start")},
                 output);
}

void PgTestServer::stop()
{
    if (!m_running)
        return;
    if (m_next)
        m_next->waitForFinished(60000);
    m_next.reset();
    QStringList arguments = {m_bin + QStringLiteral("/pg_ctl"),
                             QStringLiteral("-D"),
                             m_dir.path() + QStringLiteral("/data"),
                             QStringLiteral("-s"),
                             QStringLiteral("-m"),
                             QStringLiteral("immediate"),
                             QStringLiteral("stop")};
    if (asRoot())
        arguments = QStringList{QStringLiteral("runuser"), QStringLiteral("-u"),
                                QStringLiteral("postgres"), QStringLiteral("--")} +
                    arguments;
    QProcess process;
    process.start(arguments.takeFirst(), arguments);
    process.waitForFinished(60000);
    m_running = false;
    m_dir.remove();
}

bool PgTestServer::psql(const QString& database, const QString& sql, QString* output) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_bin + QStringLiteral("/psql"),
                  {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                   QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), m_dir.path(),
                   QStringLiteral("-U"), m_user, QStringLiteral("-d"), database,
                   QStringLiteral("-tAc"), sql});
    const bool ok = process.waitForFinished(60000) &&
                    process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (output)
        *output = QString::fromUtf8(process.readAll()).trimmed();
    return ok;
}

void PgTestServer::prepareNext()
{
    m_nextName = QStringLiteral("centre_%1").arg(++m_databases);
    m_next = std::make_unique<QProcess>();
    m_next->setProcessChannelMode(QProcess::MergedChannels);
    m_next->start(m_bin + QStringLiteral("/psql"),
                  {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"), m_dir.path(),
                   QStringLiteral("-U"), m_user, QStringLiteral("-d"), QStringLiteral("postgres"),
                   QStringLiteral("-tAc"), QStringLiteral("CREATE DATABASE %1").arg(m_nextName)});
}

QString PgTestServer::createDatabase()
{
    if (!m_next)
        prepareNext();
    // waitForFinished() is false for a process that already finished while a GUI test ran the
    // event loop: ask its state first.
    const bool ok = (m_next->state() == QProcess::NotRunning || m_next->waitForFinished(120000)) &&
                    m_next->exitStatus() == QProcess::NormalExit && m_next->exitCode() == 0;
    if (!ok)
        qFatal("PgTestServer: CREATE DATABASE failed: %s", m_next->readAll().constData());
    const QString name = m_nextName;
    prepareNext();
    // libpq's URI form, the socket folder as the host parameter.
    return QStringLiteral("postgresql://%1@/%2?host=%3")
        .arg(m_user, name, QString::fromLatin1(QUrl::toPercentEncoding(m_dir.path())));
}

bool PgTestServer::addPasswordRole(const QString& role, const QString& password)
{
    // pg_hba.conf is read top down: the role's own line goes first.
    QFile file(m_dir.path() + QStringLiteral("/data/pg_hba.conf"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray rest = file.readAll();
    file.close();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(QStringLiteral("local all %1 scram-sha-256\n").arg(role).toUtf8() + rest);
    file.close();
    QString quoted = password;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return psql(QStringLiteral("postgres"),
                QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, quoted)) &&
           psql(QStringLiteral("postgres"), QStringLiteral("SELECT pg_reload_conf()"));
}
