// Database::open for a centre on a PostgreSQL server (DESIGN 7): the postgresql:// URI in
// libpq's form, the connection's session settings, and the checks that a database is ours
// before anything is written to it.
#include "storage/Database.h"

#include "storage/Migrations.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <spdlog/spdlog.h>

namespace {

// What the URI names. Empty fields are left to libpq (PGHOST, PGPORT, PGUSER, PGDATABASE,
// PGSERVICE, ~/.pgpass), as a PostgreSQL user expects.
struct ServerAddress
{
    QString host, user, password, database;
    int port = -1;
    QStringList options; // key='value' pairs for libpq (sslmode, service, connect_timeout ...)
    QString shown;       // the URI without its password, for messages and logs
};

QString quotedOption(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

bool parseAddress(const QString& uri, ServerAddress* address, QString* problem)
{
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid()) {
        *problem = url.errorString();
        return false;
    }
    address->host = url.host(QUrl::FullyDecoded);
    address->port = url.port(-1);
    address->user = url.userName(QUrl::FullyDecoded);
    address->password = url.password(QUrl::FullyDecoded);
    address->database = url.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(url);
    QUrlQuery shownQuery;
    for (const auto& item : query.queryItems(QUrl::FullyDecoded)) {
        const QString key = item.first;
        const QString value = item.second;
        if (value.contains(QLatin1Char(';'))) {
            *problem = QStringLiteral("';' in %1").arg(key);
            return false; // QPSQL separates its connect options with ';'
        }
        if (key == QLatin1String("host"))
            address->host = value;
        else if (key == QLatin1String("port"))
            address->port = value.toInt();
        else if (key == QLatin1String("user"))
            address->user = value;
        else if (key == QLatin1String("password"))
            address->password = value;
        else if (key == QLatin1String("dbname"))
            address->database = value;
        else
            address->options << key + QLatin1Char('=') + quotedOption(value);
        if (key != QLatin1String("password"))
            shownQuery.addQueryItem(key, value);
    }
    QUrl shown = url;
    shown.setPassword(QString());
    shown.setQuery(shownQuery);
    address->shown = shown.toString();
    return true;
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

// libpq says why a connection failed only in words (there is no SQLSTATE yet).
StorageError connectError(const QString& shown, const QSqlError& sqlError)
{
    const QString text = sqlError.databaseText();
    const QString detail = QStringLiteral("connect %1: %2").arg(shown, text);
    const auto has = [&text](const char* words) {
        return text.contains(QLatin1String(words), Qt::CaseInsensitive);
    };
    if (has("password authentication failed") || has("no password supplied") ||
        has("authentication failed"))
        return {StorageError::Code::ConnectionFailed,
                Database::tr("The server %1 did not accept the user name or password.").arg(shown),
                detail};
    if (has("database") && has("does not exist"))
        return {StorageError::Code::ConnectionFailed,
                Database::tr("The server %1 has no such database. Ask whoever runs the server to "
                             "create it (createdb), then run \"massage-desk-cli init\".")
                    .arg(shown),
                detail};
    if (has("permission denied"))
        return {
            StorageError::Code::PermissionDenied,
            Database::tr("The server %1 refused this account access to the database.").arg(shown),
            detail};
    return {StorageError::Code::ConnectionFailed,
            Database::tr("Cannot reach the server %1. Check the address and that the server is "
                         "running, then try again.")
                .arg(shown),
            detail};
}

} // namespace

std::unique_ptr<Database> Database::openServer(const Options& options, const Clock& clock,
                                               StorageError* error)
{
    ServerAddress address;
    QString problem;
    if (!parseAddress(options.path.trimmed(), &address, &problem)) {
        *error = {StorageError::Code::ConnectionFailed,
                  tr("The server address is not a valid postgresql:// address."), problem};
        return nullptr;
    }
    const SqlDialect& dialect = SqlDialect::postgresql();
    std::unique_ptr<Database> database(
        new Database(address.shown, nextServerConnectionName(), clock, dialect));
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
    db.setConnectOptions(address.options.join(QLatin1Char(';')));
    if (!db.open()) {
        *error = connectError(address.shown, db.lastError());
        spdlog::error("{}", error->detail.toStdString());
        return nullptr;
    }
    // Qt 6.4 leaves the session time zone to the server's default: our times are UTC.
    QSqlQuery query(db);
    for (const QString& statement :
         {QStringLiteral("SET TIME ZONE 'UTC'"),
          QStringLiteral("SET client_min_messages = warning"),
          QStringLiteral("SET lock_timeout = '%1ms'").arg(options.busyTimeoutMs)}) {
        if (!query.exec(statement)) {
            *error = database->errorFrom(query, tr("prepare the connection"));
            return nullptr;
        }
    }

    // Ours, empty, newer, or someone else's: decided before anything is written.
    const int latest = Migrations::latestVersion(dialect);
    const QString shown = address.shown;
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
