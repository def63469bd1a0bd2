// Database::open for a centre on a PostgreSQL server (DESIGN 7): the postgresql:// URI in
// libpq's form, the connection's session settings, and the checks that a database is ours
// before anything is written to it.
#include "storage/Database.h"

#include "storage/Migrations.h"
#include "storage/ServerAddress.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <spdlog/spdlog.h>

namespace {

// The options QPSQL hands to libpq, key='value' each, separated by ';'.
QString quotedOption(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// The server's first line ("ERROR:  the audit log is append-only"), without its DETAIL lines:
// those quote the row's values (names, e-mails), which must not reach a log or a person.
QString firstLine(const QString& databaseText)
{
    QString line = databaseText.section(QLatin1Char('\n'), 0, 0).trimmed();
    for (const char* prefix : {"ERROR:", "FATAL:"}) {
        if (line.startsWith(QLatin1String(prefix)))
            line = line.mid(int(qstrlen(prefix))).trimmed();
    }
    return line;
}

QString nextServerConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("massage-desk-server-%1").arg(++counter);
}

} // namespace

StorageError Database::serverErrorFrom(const QSqlError& sqlError, const QString& what) const
{
    if (m_connectionLost) {
        ++m_refusedWhileLost;
        return connectionLostError();
    }
    const QString detail = what + QStringLiteral(": [") + sqlError.nativeErrorCode() +
                           QStringLiteral("] ") + firstLine(sqlError.databaseText());
    switch (m_dialect->classify(sqlError)) {
    case SqlDialect::Failure::Overlap:
        // Scheduler checks first and says who is busy; this is the server's last word when
        // another desk booked the same time a moment earlier.
        return {StorageError::Code::Overlap,
                tr("Another desk has just booked that time. Nothing was changed; look at the "
                   "calendar again."),
                detail};
    case SqlDialect::Failure::RetryTx:
    case SqlDialect::Failure::Busy:
        return {StorageError::Code::RetryTransaction,
                tr("Another desk was changing the same data. Nothing was changed; try again."),
                detail};
    case SqlDialect::Failure::Constraint:
        return {StorageError::Code::Refused,
                tr("The change was refused because it breaks a rule of the centre's data "
                   "(%1). Nothing was changed.")
                    .arg(firstLine(sqlError.databaseText())),
                detail};
    case SqlDialect::Failure::DiskFull:
        return {StorageError::Code::DiskFull,
                tr("The server's disk is full. Nothing was changed; ask whoever runs the "
                   "server to free some space."),
                detail};
    case SqlDialect::Failure::PermissionDenied:
        return {StorageError::Code::PermissionDenied,
                tr("The server refused: this account may not %1. Nothing was changed.").arg(what),
                detail};
    case SqlDialect::Failure::ConnectionLost:
        if (m_lostListener)
            m_lostListener();
        // The server rolls back a transaction whose connection is gone: never half a change.
        return {StorageError::Code::ConnectionFailed,
                tr("The connection to the server was lost. Nothing was changed; try again once "
                   "the server can be reached."),
                detail};
    default:
        return {StorageError::Code::Query,
                tr("The database could not %1. Nothing was changed.").arg(what), detail};
    }
}

namespace {

// libpq says why a connection failed only in words (there is no SQLSTATE yet). One sentence
// per cause a person can act on; the driver's words go to the log only.
StorageError connectError(const QString& shown, const QSqlError& sqlError)
{
    const QString text = sqlError.databaseText();
    const QString detail = QStringLiteral("connect %1: %2").arg(shown, text.simplified());
    // (shown never holds the password: ServerAddress::shortName)
    const auto has = [&text](const char* words) {
        return text.contains(QLatin1String(words), Qt::CaseInsensitive);
    };
    using Code = StorageError::Code;
    if (has("no password supplied"))
        return {Code::WrongPassword,
                Database::tr("The server %1 asks for a password for this user. Type the password "
                             "(or keep it in ~/.pgpass) and try again.")
                    .arg(shown),
                detail};
    // An unknown user gets the same sentence as a wrong password, as the server intends.
    if (has("password authentication failed") || has("authentication failed") ||
        (has("role") && has("does not exist")))
        return {Code::WrongPassword,
                Database::tr("The server %1 did not accept the user name or password. Check "
                             "both and try again.")
                    .arg(shown),
                detail};
    if (has("database") && has("does not exist"))
        return {Code::DatabaseMissing,
                Database::tr("The server %1 has no such database. Check its name, or ask whoever "
                             "runs the server to create it (createdb) and set it up with "
                             "\"massage-desk-cli init\".")
                    .arg(shown),
                detail};
    if (has("no pg_hba.conf entry"))
        return {Code::PermissionDenied,
                Database::tr("The server %1 does not let this computer in with this user and "
                             "database. Ask whoever runs the server to allow this desk's "
                             "network in pg_hba.conf.")
                    .arg(shown),
                detail};
    if (has("permission denied") || has("CONNECT privilege"))
        return {Code::PermissionDenied,
                Database::tr("The server %1 refused this user access to the database. Ask "
                             "whoever runs the server to grant it.")
                    .arg(shown),
                detail};
    if (has("SSL") || has("certificate"))
        return {Code::ConnectionFailed,
                Database::tr("A secure (TLS) connection to %1 could not be set up. Check the TLS "
                             "mode, and that the server offers TLS with a certificate this "
                             "computer trusts.")
                    .arg(shown),
                detail};
    if (has("not currently accepting connections") || has("starting up") || has("shutting down") ||
        has("too many clients") || has("in recovery mode"))
        return {Code::ConnectionFailed,
                Database::tr("The server %1 is not taking connections at the moment (it is "
                             "starting, stopping or full). Try again in a moment.")
                    .arg(shown),
                detail};
    return {Code::ConnectionFailed,
            Database::tr("Cannot reach the server %1. Check the address and that the server is "
                         "running, then try again.")
                .arg(shown),
            detail};
}

// libpq waits for an unreachable host as long as TCP does unless told otherwise.
constexpr int kConnectTimeoutSeconds = 10;

} // namespace

bool Database::prepareServerSession(StorageError* error)
{
    // A new session has none of the statements the last one kept prepared.
    m_kept.clear();
    // Qt 6.4 leaves the session time zone to the server's default: our times are UTC.
    QSqlQuery query(connection());
    for (const QString& statement :
         {QStringLiteral("SET TIME ZONE 'UTC'"),
          QStringLiteral("SET client_min_messages = warning"),
          // A desk's statements are short: the server's JIT (on by default) spent longer
          // compiling the week's agenda than running it, most of the week switch.
          QStringLiteral("SET jit = off"),
          QStringLiteral("SET lock_timeout = '%1ms'").arg(m_busyTimeoutMs)}) {
        if (!query.exec(statement)) {
            *error = errorFrom(query, tr("prepare the connection"));
            return false;
        }
    }
    return true;
}

QString Database::nameForKept()
{
    // Apart from QPSQL's own qpsqlpstmt_ names.
    return QStringLiteral("massage_desk_%1").arg(++m_keptCount);
}

bool Database::reconnect(StorageError* error)
{
    StorageError ignored;
    if (!error)
        error = &ignored;
    if (!isServer())
        return true;
    QSqlDatabase db = connection();
    db.close();
    // The same connection (name, address, password) comes back, so repositories and anything
    // holding this Database carry on.
    if (!db.open()) {
        *error = connectError(m_displayName, db.lastError());
        spdlog::warn("reconnect: {}", error->detail.toStdString());
        return false;
    }
    m_connectionLost = false;
    if (!prepareServerSession(error)) {
        m_connectionLost = true;
        db.close();
        return false;
    }
    spdlog::info("reconnected to {}", m_path.toStdString());
    return true;
}

StorageError Database::probeServer(const QString& connectionName, const QString& shownName)
{
    const QString probeName = connectionName + QStringLiteral("-probe");
    StorageError error;
    {
        QSqlDatabase probe = QSqlDatabase::cloneDatabase(connectionName, probeName);
        if (!probe.isValid())
            return {StorageError::Code::ConnectionFailed,
                    tr("Cannot reach the server %1.").arg(shownName)};
        if (probe.open())
            probe.close();
        else
            error = connectError(shownName, probe.lastError());
    }
    QSqlDatabase::removeDatabase(probeName);
    return error;
}

void Database::setConnectionLost(bool lost)
{
    if (lost && !m_connectionLost)
        m_refusedWhileLost = 0;
    m_connectionLost = lost;
}

StorageError Database::connectionLostError() const
{
    return {StorageError::Code::ConnectionFailed,
            tr("The connection to the server %1 is lost; Massage Desk is reconnecting. Nothing "
               "was changed: try again when the connection is back.")
                .arg(m_displayName),
            QStringLiteral("refused while the connection is lost")};
}

std::unique_ptr<Database> Database::openServer(const Options& options, const Clock& clock,
                                               StorageError* error)
{
    ServerAddress address;
    QString problem;
    if (!ServerAddress::parse(options.path, &address, &problem)) {
        *error = {StorageError::Code::ConnectionFailed,
                  tr("The server address is not a valid postgresql:// address."), problem};
        return nullptr;
    }
    if (!options.password.isEmpty())
        address.password = options.password;
    const QString shown = SqlDialect::shownName(options.path.trimmed());
    if (address.option(QStringLiteral("connect_timeout")).isEmpty() &&
        qEnvironmentVariableIsEmpty("PGCONNECT_TIMEOUT"))
        address.setOption(QStringLiteral("connect_timeout"),
                          QString::number(kConnectTimeoutSeconds));
    // A cable pulled mid-statement: TCP alone would wait many minutes before giving up.
    if (address.option(QStringLiteral("tcp_user_timeout")).isEmpty())
        address.setOption(QStringLiteral("tcp_user_timeout"),
                          QString::number(kConnectTimeoutSeconds * 1000));
    const SqlDialect& dialect = SqlDialect::postgresql();
    std::unique_ptr<Database> database(
        new Database(shown, nextServerConnectionName(), clock, dialect));
    database->m_busyTimeoutMs = options.busyTimeoutMs;
    database->m_displayName = address.shortName();
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), database->m_connectionName);
    if (!db.isValid()) {
        *error = {StorageError::Code::ConnectionFailed,
                  tr("This installation cannot talk to PostgreSQL: Qt's QPSQL driver is missing "
                     "(Debian package libqt6sql6-psql).")};
        return nullptr;
    }
    db.setHostName(address.host);
    if (address.port > 0)
        db.setPort(address.port);
    db.setUserName(address.user);
    db.setPassword(address.password);
    db.setDatabaseName(address.database);
    QStringList connectOptions;
    for (const auto& item : std::as_const(address.options))
        connectOptions << item.first + QLatin1Char('=') + quotedOption(item.second);
    db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
    if (!db.open()) {
        *error = connectError(database->m_displayName, db.lastError());
        spdlog::error("{}", error->detail.toStdString());
        return nullptr;
    }
    if (!database->prepareServerSession(error))
        return nullptr;
    QSqlQuery query(db);
    // What the status bar names: whom libpq connected as, to which database and port, after
    // the environment, a service file or ~/.pgpass had their say.
    if (query.exec(
            QStringLiteral("SELECT current_user, current_database(), current_setting('port')")) &&
        query.next()) {
        ServerAddress resolved = address;
        resolved.user = query.value(0).toString();
        resolved.database = query.value(1).toString();
        resolved.port = query.value(2).toInt();
        resolved.options.clear();
        database->m_displayName = resolved.shortName();
    }

    // Ours, empty, newer, or someone else's: decided before anything is written.
    const int latest = Migrations::latestVersion(dialect);
    if (!query.exec(QStringLiteral(
            "SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid "
            "= c.relnamespace WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v', "
            "'m', 'p', 'f')")) ||
        !query.next()) {
        *error = database->errorFrom(query, tr("read the database"));
        return nullptr;
    }
    const int tables = query.value(0).toInt();
    bool fresh = false;
    if (!query.exec(QStringLiteral("SELECT to_regclass('massage_desk_schema') IS NOT NULL")) ||
        !query.next()) {
        *error = database->errorFrom(query, tr("read the database"));
        return nullptr;
    }
    if (query.value(0).toBool()) {
        if (!query.exec(
                QStringLiteral("SELECT application_id, version FROM massage_desk_schema")) ||
            !query.next()) {
            *error = database->errorFrom(query, tr("read the database"));
            return nullptr;
        }
        const qint32 applicationId = query.value(0).toInt();
        const int version = query.value(1).toInt();
        if (applicationId != kApplicationId) {
            *error = {StorageError::Code::ForeignDatabase,
                      tr("The database %1 belongs to another program, not Massage Desk. It was "
                         "left untouched; choose another database.")
                          .arg(shown),
                      QStringLiteral("application_id %1").arg(applicationId)};
            return nullptr;
        }
        if (version > latest) {
            *error = {StorageError::Code::NewerSchema,
                      tr("The database %1 was set up by a newer version of Massage Desk (data "
                         "version %2; this version reads up to %3). Install the newer version "
                         "on this desk; the database was left untouched.")
                          .arg(shown)
                          .arg(version)
                          .arg(latest)};
            return nullptr;
        }
    } else if (tables > 0) {
        *error = {StorageError::Code::NotEmpty,
                  tr("The database %1 already holds other tables, so it is not set up for "
                     "Massage Desk. It was left untouched; give Massage Desk an empty database "
                     "of its own.")
                      .arg(shown),
                  QStringLiteral("%1 tables").arg(tables)};
        return nullptr;
    } else if (options.mode == Mode::OpenExisting) {
        *error = {StorageError::Code::FileMissing,
                  tr("The database %1 holds no centre yet. Set it up with \"massage-desk-cli "
                     "--database ... init\".")
                      .arg(shown)};
        return nullptr;
    } else {
        fresh = true;
    }
    query.finish();

    if (!Migrations::apply(*database, error))
        return nullptr;
    database->m_createdNow = fresh;
    spdlog::info("opened server database {} (schema {}{})", shown.toStdString(),
                 database->schemaVersion(), fresh ? ", new" : "");
    return database;
}
