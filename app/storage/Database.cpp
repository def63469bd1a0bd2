#include "storage/Database.h"

#include "core/Clock.h"
#include "storage/DatabaseFileCheck.h"
#include "storage/DatabaseLock.h"
#include "storage/Migrations.h"
#include "storage/Sealing.h"
#include "storage/StorableText.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

#include <spdlog/spdlog.h>

namespace {

QString nextConnectionName(const char* purpose)
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("massage-desk-%1-%2").arg(QLatin1String(purpose)).arg(++counter);
}

// SQLite's result codes, as QSQLITE reports them in nativeErrorCode() (readIdentity only).
enum SqliteCode
{
    Busy = 5,
    Locked = 6
};

int primaryCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

} // namespace

Database::Database(QString path, QString connectionName, const Clock& clock,
                   const SqlDialect& dialect)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_clock(clock),
      m_dialect(&dialect)
{
}

Database::~Database()
{
    DatabaseFileCheck::noteClosed(m_connectionName);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::setActor(const std::optional<Actor>& actor)
{
    m_actor = actor;
    if (!m_actor || m_actor->userId != m_keyUser)
        m_centreKey.reset();
}

void Database::setCentreKey(qint64 userId, std::shared_ptr<const Sealing::CentreKey> key)
{
    m_keyUser = key ? userId : 0;
    m_centreKey = std::move(key);
}

std::shared_ptr<const Sealing::CentreKey> Database::centreKey() const
{
    return m_actor && m_actor->userId == m_keyUser ? m_centreKey : nullptr;
}

Sealing::Sealer& Database::sealer(const QByteArray& publicKey) const
{
    if (!m_sealer || m_sealer->publicKey() != publicKey)
        m_sealer = std::make_unique<Sealing::Sealer>(publicKey);
    return *m_sealer;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::displayName() const
{
    return isServer() ? m_displayName : QDir::toNativeSeparators(m_path);
}

int Database::schemaVersion() const
{
    return m_dialect->schemaVersion(connection());
}

QString Database::sqliteVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(isServer() ? QStringLiteral("SHOW server_version")
                              : QStringLiteral("SELECT sqlite_version()")) &&
        query.next())
        return query.value(0).toString();
    return QString();
}

StorageError Database::errorFrom(const QSqlQuery& query, const QString& what) const
{
    const QSqlError sqlError = query.lastError();
    if (isServer())
        return serverErrorFrom(sqlError, what);
    const QString detail = what + QStringLiteral(": ") + sqlError.text();
    const QString shown = QDir::toNativeSeparators(m_path);
    switch (m_dialect->classify(sqlError)) {
    case SqlDialect::Failure::Busy:
        return {StorageError::Code::Busy,
                tr("The database is busy with another program for too long. Nothing was "
                   "changed; try again in a moment."),
                detail};
    case SqlDialect::Failure::DiskFull:
        return {StorageError::Code::DiskFull,
                tr("The disk holding %1 is full. Nothing was changed; free some space and try "
                   "again.")
                    .arg(shown),
                detail};
    case SqlDialect::Failure::ReadOnly:
        return {StorageError::Code::FileReadOnly,
                tr("%1 cannot be written to. Nothing was changed.").arg(shown), detail};
    case SqlDialect::Failure::Corrupt:
        return {StorageError::Code::Corrupt,
                tr("%1 is damaged. Nothing was changed; restore it from a backup.").arg(shown),
                detail};
    case SqlDialect::Failure::WriteGrow:
        return {StorageError::Code::Io,
                tr("%1 could not be written: the disk may be full, or the file may have "
                   "reached the largest size allowed there. Nothing was changed; free some "
                   "space and try again.")
                    .arg(shown),
                detail};
    case SqlDialect::Failure::Io:
        return {StorageError::Code::Io,
                tr("The computer could not read or write %1. Nothing was changed.").arg(shown),
                detail};
    case SqlDialect::Failure::Constraint:
        return {StorageError::Code::Refused,
                tr("The change was refused because it breaks a rule of the centre's data "
                   "(%1). Nothing was changed.")
                    .arg(sqlError.databaseText()),
                detail};
    default:
        return {StorageError::Code::Query,
                tr("The database could not %1. Nothing was changed.").arg(what), detail};
    }
}

bool Database::permits(Action action, StorageError* error) const
{
    if (m_actor) {
        const QString refusal = Permissions::refusal(m_actor->role, action);
        if (refusal.isEmpty())
            return true;
        if (error)
            *error = StorageError(StorageError::Code::Refused, refusal,
                                  QStringLiteral("role refused: %1").arg(m_actor->name));
        return false;
    }
    // Nobody signed in: fine for a centre that has not made its first account yet (the first
    // manager is created on it), refused as soon as any account exists.
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT 1 FROM users LIMIT 1"));
    if (!exec(q, error, tr("read the users")))
        return false;
    if (!q.next())
        return true;
    if (error)
        *error = StorageError(StorageError::Code::Refused,
                              tr("Sign in first: this centre has user accounts."),
                              QStringLiteral("no signed-in user"));
    return false;
}

bool Database::permitsOnSession(Action action, qint64 bookingId, StorageError* error) const
{
    if (!permits(action, error))
        return false;
    if (!m_actor || m_actor->role != Role::Therapist)
        return true;
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT therapist_id FROM bookings WHERE id = ?"));
    q.addBindValue(bookingId);
    if (!exec(q, error, tr("read the booking")))
        return false;
    if (!q.next() || q.value(0).toLongLong() == m_actor->therapistId)
        return true;
    if (error) {
        const QString message =
            action == Action::EnterCheckin
                ? tr("A therapist enters check-ins only for their own sessions: booking %1 is "
                     "another therapist's.")
                      .arg(bookingId)
                : tr("A therapist books and changes only their own sessions.");
        *error =
            StorageError(StorageError::Code::Refused, message,
                         QStringLiteral("therapist %1 outside own sessions").arg(m_actor->name));
    }
    return false;
}

bool Database::exec(QSqlQuery& query, StorageError* error, const QString& what) const
{
    // Text SQLite cannot store as typed (StorableText) never reaches the file: a read matches
    // those characters as U+FFFD, a write is refused.
    const QVariantList values = query.boundValues();
    for (int i = 0; i < values.size(); ++i) {
        if (values.at(i).typeId() != QMetaType::QString)
            continue;
        QString text = values.at(i).toString();
        if (StorableText::clean(&text))
            continue;
        if (query.lastQuery().trimmed().startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive)) {
            query.bindValue(int(i), text);
            continue;
        }
        if (error)
            *error = {StorageError::Code::Refused,
                      tr("The text contains a broken or invalid character (for example half of "
                         "an emoji). Nothing was changed; type it again."),
                      what + QStringLiteral(": unpaired surrogate or non-character")};
        return false;
    }
    if (m_connectionLost) {
        ++m_refusedWhileLost;
        if (error)
            *error = connectionLostError();
        return false;
    }
    return query.exec() || failed(query, what, error);
}

bool Database::failed(const QSqlQuery& query, const QString& what, StorageError* error) const
{
    StorageError e = errorFrom(query, what);
    // Another desk's change winning a race is expected on a server, and the caller checks
    // again and words it (Scheduler): the log file keeps it, a console does not show it.
    if (e.code == StorageError::Code::Overlap || e.code == StorageError::Code::RetryTransaction)
        spdlog::info("database: {}", e.detail.toStdString());
    else
        spdlog::error("database: {}", e.detail.toStdString());
    if (error)
        *error = std::move(e);
    return false;
}

namespace {

// What a reader that takes no locks can tell of a file another program may be writing.
struct FileState
{
    bool journalBeside = false;
    qint64 size = -1;
    QDateTime modified;
    bool operator==(const FileState& other) const
    {
        return journalBeside == other.journalBeside && size == other.size &&
               modified == other.modified;
    }
};

FileState fileStateOf(const QString& path)
{
    FileState state;
    state.journalBeside = QFileInfo::exists(path + QStringLiteral("-wal")) ||
                          QFileInfo::exists(path + QStringLiteral("-shm"));
    const QFileInfo info(path);
    state.size = info.size();
    state.modified = info.fileTime(QFileDevice::FileModificationTime);
    return state;
}

} // namespace

bool Database::readIdentity(const QString& path, Identity* identity, StorageError* error)
{
    // Without a journal beside it the file is read immutable, so without locks: another
    // program creating the same new centre may be writing it meanwhile, and what was read
    // can mix two states of it (an identity of 0 over a schema already made). Such a read
    // counts only if the file did not change under it; otherwise look again, by then with
    // its journal beside it and so with locks.
    auto readOnce = [&](bool journalBeside) {
        const QString name = nextConnectionName("peek");
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            // With no journal beside the file, open it immutable: SQLite then creates no -wal or
            // -shm either, so looking at a file we end up refusing leaves no trace beside it.
            if (journalBeside) {
                db.setDatabaseName(path);
                db.setConnectOptions(
                    QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=30000"));
            } else {
                QUrl uri = QUrl::fromLocalFile(path);
                uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
                db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
            }
            const QString shown = QDir::toNativeSeparators(path);
            if (!db.open()) {
                *error = {StorageError::Code::FileUnreadable, tr("Cannot open %1.").arg(shown),
                          db.lastError().text()};
            } else {
                QSqlQuery query(db);
                // One statement, so one read of the header: the three agree with each other.
                if (query.exec(
                        QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id), "
                                       "(SELECT user_version FROM pragma_user_version), "
                                       "(SELECT count(*) FROM sqlite_master)")) &&
                    query.next()) {
                    identity->applicationId = query.value(0).toInt();
                    identity->userVersion = query.value(1).toInt();
                    identity->schemaObjects = query.value(2).toInt();
                    ok = true;
                } else {
                    const QSqlError sqlError = query.lastError();
                    const int code = primaryCode(sqlError);
                    if (code == Busy || code == Locked) {
                        *error = {StorageError::Code::Busy,
                                  tr("%1 is locked by another program. Try again in a moment.")
                                      .arg(shown),
                                  sqlError.text()};
                    } else {
                        *error = {StorageError::Code::Corrupt,
                                  tr("%1 is damaged and cannot be read. It was left untouched; "
                                     "restore it from a backup.")
                                      .arg(shown),
                                  sqlError.text()};
                    }
                }
                query.finish();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    };
    bool ok = false;
    for (int attempt = 0; attempt < 20; ++attempt) {
        const FileState before = fileStateOf(path);
        ok = readOnce(before.journalBeside);
        if (before.journalBeside || fileStateOf(path) == before)
            return ok;
        QThread::msleep(10 + 10 * attempt);
    }
    return ok;
}

std::unique_ptr<Database> Database::open(const Options& options, const Clock& clock,
                                         StorageError* error)
{
    StorageError ignored;
    if (!error)
        error = &ignored;
    if (options.path.trimmed().isEmpty()) {
        *error = {StorageError::Code::PathEmpty, tr("No database file was given.")};
        return nullptr;
    }
    if (SqlDialect::isServerUri(options.path))
        return openServer(options, clock, error);
    const QString path = QFileInfo(options.path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(path);
    const QString folder = QFileInfo(path).absolutePath();

    DatabaseFileCheck::Result check = DatabaseFileCheck::inspect(path, true);
    if (check.error)
        return *error = check.error, nullptr;
    if (check.state == DatabaseFileCheck::State::Missing) {
        if (options.mode == Mode::OpenExisting) {
            *error = {StorageError::Code::FileMissing,
                      tr("There is no database at %1. Create one with \"massage-desk-cli init\" "
                         "or start Massage Desk to make a new one.")
                          .arg(shown)};
            return nullptr;
        }
        if (!QDir().mkpath(folder)) {
            *error = {StorageError::Code::FolderNotCreatable,
                      tr("Cannot create the folder %1 for the database.")
                          .arg(QDir::toNativeSeparators(folder))};
            return nullptr;
        }
        // The folder may have existed read-only all along; ask again now that it exists.
        check = DatabaseFileCheck::inspect(path, true);
        if (check.error)
            return *error = check.error, nullptr;
    }

    bool fresh = check.state != DatabaseFileCheck::State::LooksLikeSqlite;
    if (!fresh) {
        Identity identity;
        if (!readIdentity(path, &identity, error))
            return nullptr;
        const int latest = Migrations::latestVersion();
        if (identity.applicationId == kApplicationId) {
            if (identity.userVersion > latest) {
                *error = {StorageError::Code::NewerSchema,
                          tr("%1 was saved by a newer version of Massage Desk (data version %2; "
                             "this version reads up to %3). Install the newer version to open "
                             "it; the file was left untouched.")
                              .arg(shown)
                              .arg(identity.userVersion)
                              .arg(latest)};
                return nullptr;
            }
        } else if (identity.applicationId == 0 && identity.userVersion == 0 &&
                   identity.schemaObjects == 0) {
            fresh = true; // an empty SQLite file: safe to set up
        } else {
            *error = {StorageError::Code::ForeignDatabase,
                      tr("%1 is a database that belongs to another program, not Massage Desk. "
                         "It was left untouched; choose another file.")
                          .arg(shown),
                      QStringLiteral("application_id %1").arg(identity.applicationId)};
            return nullptr;
        }
    }

    // An empty file is a database not made yet, as a missing one is: only a request to create
    // one sets it up (with its catalogue, by the caller); opening "an existing database" must
    // not turn it into one without services that "init" then takes as finished.
    if (fresh && options.mode == Mode::OpenExisting) {
        *error = {StorageError::Code::FileMissing,
                  tr("%1 is an empty file, not a Massage Desk database yet; it was left "
                     "untouched. Make a new database in it with \"massage-desk-cli init\" or "
                     "New database in Massage Desk.")
                      .arg(shown)};
        return nullptr;
    }

    std::unique_ptr<Database> database(new Database(path, nextConnectionName("main"), clock));
    if (options.exclusiveGui) {
        database->m_lock = DatabaseLock::acquire(path, error);
        if (!database->m_lock)
            return nullptr;
    }

    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!db.open()) {
        *error = {StorageError::Code::FileUnreadable, tr("Cannot open %1.").arg(shown),
                  db.lastError().text()};
        return nullptr;
    }
    DatabaseFileCheck::noteOpened(path, database->m_connectionName);
    QSqlQuery pragma(db);
    const QStringList setup = {QStringLiteral("PRAGMA journal_mode=WAL"),
                               QStringLiteral("PRAGMA synchronous=FULL"),
                               QStringLiteral("PRAGMA foreign_keys=ON")};
    for (const QString& statement : setup) {
        // Two programs opening a brand-new file together: SQLite answers "busy" at once
        // (without its busy timeout) while the other one switches the file to WAL.
        bool done = pragma.exec(statement);
        for (int attempt = 1; !done && attempt <= 50; ++attempt) {
            if (database->errorFrom(pragma, QString()).code != StorageError::Code::Busy)
                break;
            QThread::msleep(10 * attempt);
            done = pragma.exec(statement);
        }
        if (!done) {
            *error = database->errorFrom(pragma, tr("prepare the database"));
            spdlog::error("open {}: {}", path.toStdString(), error->detail.toStdString());
            return nullptr;
        }
        if (statement.contains(QLatin1String("journal_mode")) && pragma.next() &&
            pragma.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            *error = {StorageError::Code::Io,
                      tr("%1 cannot use write-ahead logging (is it on a network share?). "
                         "Keep the database on this computer's own disk.")
                          .arg(shown)};
            return nullptr;
        }
    }
    pragma.finish();

    if (!Migrations::apply(*database, error))
        return nullptr;
    database->m_createdNow = fresh;
    spdlog::info("opened database {} (schema {}{})", path.toStdString(), database->schemaVersion(),
                 fresh ? ", new" : "");
    return database;
}

QVariant Database::nowValue() const
{
    return m_dialect->timeValue(m_clock.nowSecs());
}
