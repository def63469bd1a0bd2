#include "storage/SqlDialect.h"

#include "core/ClientRules.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

#include <algorithm>

namespace {

// SQLite's primary result codes, as QSQLITE reports them in nativeErrorCode().
enum SqliteCode
{
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoErr = 10,
    Corrupt = 11,
    Full = 13,
    Constraint = 19,
    NotADb = 26
};

// Extended result codes (QSQLITE turns them on) that say a write could not grow a file: no
// space for this user (EDQUOT), or the largest file size the system allows (EFBIG).
constexpr int kIoErrWrite = IoErr | (3 << 8);
constexpr int kIoErrShmSize = IoErr | (19 << 8);

// Serialises audit appends and migrations on PostgreSQL (advisory locks, held to the end of
// the transaction). "MSKD" and "MSKD" + 1.
constexpr qint64 kMigrationLock = 0x4D534B44;
constexpr qint64 kAuditLock = 0x4D534B45;

SqlDialect::Failure classifySqlite(const QSqlError& error)
{
    bool ok = false;
    const int extended = error.nativeErrorCode().toInt(&ok);
    if (!ok)
        return SqlDialect::Failure::Other;
    switch (extended & 0xff) {
    case Busy:
    case Locked:
        return SqlDialect::Failure::Busy;
    case Full:
        return SqlDialect::Failure::DiskFull;
    case ReadOnly:
        return SqlDialect::Failure::ReadOnly;
    case Corrupt:
    case NotADb:
        return SqlDialect::Failure::Corrupt;
    case IoErr:
        return extended == kIoErrWrite || extended == kIoErrShmSize ? SqlDialect::Failure::WriteGrow
                                                                    : SqlDialect::Failure::Io;
    case Constraint:
        return SqlDialect::Failure::Constraint;
    default:
        return SqlDialect::Failure::Other;
    }
}

// PostgreSQL's SQLSTATE, which QPSQL puts in nativeErrorCode().
SqlDialect::Failure classifyPostgres(const QSqlError& error)
{
    const QString state = error.nativeErrorCode();
    if (state == QLatin1String("23P01"))
        return SqlDialect::Failure::Overlap;
    if (state.startsWith(QLatin1String("23")) || state == QLatin1String("P0001"))
        return SqlDialect::Failure::Constraint; // integrity rules and our triggers' RAISE
    // 26000: a statement this connection kept prepared is gone (Statement forgets it, and the
    // transaction run again prepares it anew).
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") ||
        state == QLatin1String("26000"))
        return SqlDialect::Failure::RetryTx;
    if (state == QLatin1String("55P03"))
        return SqlDialect::Failure::Busy;
    if (state == QLatin1String("25P02"))
        return SqlDialect::Failure::Aborted;
    if (state == QLatin1String("53100"))
        return SqlDialect::Failure::DiskFull;
    if (state == QLatin1String("25006"))
        return SqlDialect::Failure::ReadOnly;
    if (state == QLatin1String("42501"))
        return SqlDialect::Failure::PermissionDenied;
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return SqlDialect::Failure::ConnectionLost;
    if (state.startsWith(QLatin1String("XX")))
        return SqlDialect::Failure::Corrupt;
    if (state.startsWith(QLatin1String("58")))
        return SqlDialect::Failure::Io;
    // libpq's own failures (no SQLSTATE): the server went away under us.
    if (state.isEmpty() && error.type() == QSqlError::ConnectionError)
        return SqlDialect::Failure::ConnectionLost;
    return SqlDialect::Failure::Other;
}

} // namespace

const SqlDialect& SqlDialect::sqlite()
{
    static const SqlDialect dialect(Engine::Sqlite);
    return dialect;
}

const SqlDialect& SqlDialect::postgresql()
{
    static const SqlDialect dialect(Engine::PostgreSql);
    return dialect;
}

bool SqlDialect::isServerUri(const QString& path)
{
    return path.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           path.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString SqlDialect::shownName(const QString& path)
{
    if (!isServerUri(path))
        return path;
    QUrl url(path);
    if (!url.isValid())
        return QStringLiteral("postgresql://…");
    url.setPassword(QString());
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("password"));
    url.setQuery(query);
    return url.toString();
}

QString SqlDialect::driverName() const
{
    return isServer() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

QString SqlDialect::migrationsFolder() const
{
    return isServer() ? QStringLiteral(":/data/migrations/postgresql")
                      : QStringLiteral(":/data/migrations/sqlite");
}

QString SqlDialect::beginWrite() const
{
    return isServer() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

QString SqlDialect::beginWriteGenericPlans() const
{
    return isServer() ? QStringLiteral("BEGIN; SET LOCAL plan_cache_mode = force_generic_plan")
                      : beginWrite();
}

QStringList SqlDialect::migrationLock() const
{
    if (!isServer())
        return {};
    return {QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock)};
}

QStringList SqlDialect::auditAppendLock() const
{
    if (!isServer())
        return {};
    return {QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kAuditLock)};
}

int SqlDialect::schemaVersion(const QSqlDatabase& db) const
{
    QSqlQuery query(db);
    if (!isServer()) {
        if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
            return query.value(0).toInt();
        return -1;
    }
    // Ask the catalogue first: a failed SELECT would abort the surrounding transaction.
    if (!query.exec(QStringLiteral("SELECT to_regclass('massage_desk_schema') IS NOT NULL")) ||
        !query.next())
        return -1;
    if (!query.value(0).toBool())
        return 0;
    if (query.exec(QStringLiteral("SELECT version FROM massage_desk_schema")) && query.next())
        return query.value(0).toInt();
    return -1;
}

QStringList SqlDialect::recordVersion(int version, qint32 applicationId) const
{
    if (!isServer()) {
        QStringList statements{QStringLiteral("PRAGMA user_version = %1").arg(version)};
        if (version == 1)
            statements << QStringLiteral("PRAGMA application_id = %1").arg(applicationId);
        return statements;
    }
    QStringList statements;
    if (version == 1)
        statements
            << QStringLiteral("CREATE TABLE massage_desk_schema (application_id integer "
                              "NOT NULL, version integer NOT NULL)")
            << QStringLiteral("INSERT INTO massage_desk_schema VALUES (%1, 0)").arg(applicationId);
    statements << QStringLiteral("UPDATE massage_desk_schema SET version = %1").arg(version);
    return statements;
}

QString SqlDialect::integrityCheck() const
{
    return isServer() ? QString() : QStringLiteral("PRAGMA integrity_check");
}

QString SqlDialect::deferForeignKeys() const
{
    return isServer() ? QStringLiteral("SET CONSTRAINTS ALL DEFERRED")
                      : QStringLiteral("PRAGMA defer_foreign_keys = ON");
}

QStringList SqlDialect::afterExplicitIds(const QString& table) const
{
    if (!isServer())
        return {};
    return {QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                           "(SELECT coalesce(max(id), 0) + 1 FROM %1), false)")
                .arg(table)};
}

QString SqlDialect::beginSnapshot() const
{
    // SQLite in WAL mode: a deferred transaction reads from the snapshot of its first read.
    return isServer() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                      : QStringLiteral("BEGIN");
}

QStringList SqlDialect::emptyTables(const QStringList& quotedTables) const
{
    if (!isServer())
        return {};
    // The append-only triggers refuse TRUNCATE; the owner switches them off for this
    // transaction only (ALTER TABLE is transactional: a rollback switches them back on).
    QStringList statements;
    for (const QString& table : quotedTables)
        statements << QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table);
    if (!quotedTables.isEmpty())
        // CASCADE: client_words, which the triggers keep and no copy lists, references clients.
        statements << QStringLiteral("TRUNCATE %1 RESTART IDENTITY CASCADE")
                          .arg(quotedTables.join(QLatin1String(", ")));
    for (const QString& table : quotedTables)
        statements << QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(table);
    return statements;
}

QStringList SqlDialect::afterBulkCopy() const
{
    // VACUUM as well as ANALYZE: the visibility map of freshly copied tables is empty until a
    // vacuum, and without it the planner cannot use index-only scans on them.
    return {isServer() ? QStringLiteral("VACUUM (ANALYZE)") : QStringLiteral("PRAGMA optimize")};
}

QString SqlDialect::nextId(const QString& table) const
{
    // SQLite: the write lock is held from BEGIN IMMEDIATE, so max(id) + 1 stays free.
    return isServer()
               ? QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id'))").arg(table)
               : QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM %1").arg(table);
}

QVariant SqlDialect::timeValue(qint64 secs) const
{
    if (!isServer())
        return secs;
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc());
}

QString SqlDialect::time(const QString& secondsExpression) const
{
    return isServer() ? QStringLiteral("to_timestamp(%1)").arg(secondsExpression)
                      : secondsExpression;
}

QString SqlDialect::secs(const QString& timeExpression) const
{
    // date_part gives a double, cheaper than extract's numeric over a week of rows.
    return isServer() ? QStringLiteral("date_part('epoch', %1)::bigint").arg(timeExpression)
                      : timeExpression;
}

QString SqlDialect::plusSecs(const QString& timeExpression, const QString& secondsExpression) const
{
    // Seconds only: exact whatever the session's time zone (UTC anyway).
    return isServer() ? QStringLiteral("(%1 + (%2) * interval '1 second')")
                            .arg(timeExpression, secondsExpression)
                      : QStringLiteral("(%1 + (%2))").arg(timeExpression, secondsExpression);
}

qint64 SqlDialect::secsFrom(const QVariant& value)
{
    if (value.isNull())
        return 0;
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toSecsSinceEpoch();
    return value.toLongLong();
}

QString SqlDialect::groupConcat(const QString& expression) const
{
    return isServer() ? QStringLiteral("string_agg((%1)::text, ',')").arg(expression)
                      : QStringLiteral("group_concat(%1, ',')").arg(expression);
}

QString SqlDialect::clientSearchCondition(const QString& typed, QVariantList* values,
                                          SearchOrder* order) const
{
    SearchOrder ignored;
    if (!order)
        order = &ignored;
    *order = SearchOrder::Any;
    if (!isServer()) {
        const QString match = ClientRules::searchQuery(typed);
        if (match.isEmpty())
            return {};
        *values << match;
        return QStringLiteral("c.id IN (SELECT rowid FROM client_search WHERE client_search "
                              "MATCH ?)");
    }
    bool phoneOnly = false;
    const QStringList words = ClientRules::searchWords(typed, &phoneOnly);
    if (words.isEmpty())
        return {};
    // Trigrams find the clients of a word of three letters or more; one or two letters are a
    // trigram or none, which every other client shares.
    *order = SearchOrder::NamesFirst;
    for (const QString& word : words)
        if (phoneOnly || word.size() >= 3)
            *order = SearchOrder::MatchesFirst;
    // Several words go to client_words only when none is digits alone: those may match a
    // phone, whose digits the key holds and client_words does not.
    const bool digitsAlone = std::any_of(words.begin(), words.end(), [](const QString& word) {
        return std::all_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
    });
    if (!phoneOnly && (words.size() == 1 || !digitsAlone))
        *order = *order == SearchOrder::NamesFirst ? SearchOrder::WordsThenNames
                                                   : SearchOrder::WordsThenMatches;
    if (phoneOnly) {
        // search_phone holds every digit suffix: a fragment from the middle starts one of them.
        // search_key repeats them, so its trigram index finds the few candidates (a scan of
        // search_phone alone reads every client); search_phone then keeps only phone matches
        // (an email word may start with the same digits).
        *values << words.first() << words.first();
        return QStringLiteral("c.search_key LIKE '% ' || ? || '%' "
                              "AND (' ' || c.search_phone) LIKE '% ' || ? || '%'");
    }
    // Words are letters and digits only, so no LIKE wildcard comes from the desk; the server
    // folds them exactly as it folded the key (massage_fold, migration 0002).
    QStringList conditions;
    for (const QString& word : words) {
        *values << word;
        conditions << QStringLiteral("c.search_key LIKE '% ' || massage_fold(?) || '%'");
    }
    return conditions.join(QLatin1String(" AND "));
}

QString SqlDialect::namesWalkedFirst() const
{
    // reltuples: the planner's count of the table (-1 before its first ANALYZE).
    return QStringLiteral("(SELECT greatest(2000, 20 * sqrt(greatest(reltuples, 0)))::integer "
                          "FROM pg_class WHERE oid = 'clients'::regclass)");
}

namespace {

// The word whose first three letters list the fewest clients, most likely: the longest.
qsizetype longestWord(const QVariantList& words)
{
    qsizetype longest = 0;
    for (qsizetype i = 1; i < words.size(); ++i)
        if (words.at(i).toString().size() > words.at(longest).toString().size())
            longest = i;
    return longest;
}

} // namespace

QString SqlDialect::clientWordsTogether(const QString& selected, const QVariantList& words,
                                        int limit, QVariantList* values) const
{
    // w: the first kWordsWalked clients under the longest word's first three letters, in name
    // order; those that each other word's first letters also list go on (one index probe
    // each: a scalar subquery, so the planner cannot turn it into a join that reads a common
    // letter's every client), and the words themselves are checked on their clients rows, one
    // at a time (OFFSET 0 keeps the planner from gathering them through the trigram index and
    // sorting instead). Reading stops as soon as the page is full.
    const qsizetype driver = longestWord(words);
    *values << words.at(driver);
    QStringList conditions;
    for (const QVariant& word : words) {
        conditions << QStringLiteral("c.search_key LIKE '% ' || massage_fold(?) || '%'");
        *values << word;
    }
    QString probes;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i == driver)
            continue;
        probes += QStringLiteral(" AND (SELECT true FROM client_words o WHERE o.word = "
                                 "left(massage_fold(?), 3) COLLATE \"C\" AND o.full_name = "
                                 "w.full_name AND o.client_id = w.client_id LIMIT 1)");
        *values << words.at(i);
    }
    *values << limit;
    return QStringLiteral("SELECT %1 FROM (SELECT w.client_id, w.full_name FROM client_words w "
                          "WHERE w.word = left(massage_fold(?), 3) COLLATE \"C\" ORDER BY "
                          "w.full_name, w.client_id LIMIT %2) w CROSS JOIN LATERAL (SELECT * FROM "
                          "clients c WHERE c.id = w.client_id AND c.erased_at IS NULL AND %3 "
                          "OFFSET 0) c WHERE true%4 ORDER BY w.full_name, w.client_id LIMIT ?")
        .arg(selected)
        .arg(kWordsWalked)
        .arg(conditions.join(QLatin1String(" AND ")), probes);
}

QString SqlDialect::clientWordsPage(const QString& selected, const QVariantList& words, int limit,
                                    QVariantList* values) const
{
    if (words.size() > 1)
        return clientWordsTogether(selected, words, limit, values);
    *values << words.value(0) << limit << limit;
    // words: the distinct words from the one typed on, one index probe each (PostgreSQL has no
    // skip scan), until they no longer start with it; U+10FFFF sorts after any continuation in
    // the "C" collation. typed reaches the index through scalar subqueries (joined, the CTE
    // made the planner scan the whole index). found stops the words at one past kWordsMerged.
    // Up to three letters (once folded: "ß" is "ss") the first word found is the prefix itself,
    // kept for every client with a word that starts with it (migration 17): the only one read.
    // A client is among the first of the page only if it is among the first of each word it
    // has: each word's first clients are enough, ties in name broken by id alike everywhere.
    return QStringLiteral(
               "WITH RECURSIVE typed(prefix, past, kept) AS (SELECT p, p || chr(1114111), "
               "length(p) <= 3 FROM (SELECT massage_fold(?) COLLATE \"C\" AS p) folded), "
               "words(word) AS ((SELECT w.word FROM client_words w WHERE w.word >= (SELECT "
               "prefix FROM typed) AND w.word < (SELECT past FROM typed) ORDER BY w.word LIMIT "
               "1) UNION ALL SELECT (SELECT w.word FROM client_words w WHERE w.word > words.word "
               "AND w.word < (SELECT past FROM typed) ORDER BY w.word LIMIT 1) FROM words WHERE "
               "words.word IS NOT NULL AND NOT (SELECT kept FROM typed)), "
               "found AS (SELECT word FROM words WHERE word IS NOT NULL LIMIT %2) SELECT %1 FROM "
               "(SELECT DISTINCT r.client_id, r.full_name FROM found, LATERAL (SELECT "
               "w.client_id, w.full_name FROM client_words w WHERE w.word = found.word ORDER BY "
               "w.full_name, w.client_id LIMIT ?) r WHERE (SELECT count(*) FROM found) <= %3 "
               "ORDER BY r.full_name, r.client_id LIMIT ?) m JOIN clients c ON c.id = "
               "m.client_id WHERE c.erased_at IS NULL ORDER BY m.full_name, m.client_id")
        .arg(selected)
        .arg(kWordsMerged + 1)
        .arg(kWordsMerged);
}

QString SqlDialect::searchOutOfStep() const
{
    if (!isServer())
        return {};
    // Each client's words as the triggers would write them now, against those kept, with the
    // name each row carries for the order.
    return QStringLiteral(
        "SELECT count(*) FROM clients c WHERE (SELECT coalesce(array_agg(w COLLATE \"C\" ORDER "
        "BY w COLLATE \"C\"), '{}') FROM massage_words(c.full_name, c.email) w WHERE "
        "c.erased_at IS NULL AND c.search_key <> '') IS DISTINCT FROM (SELECT "
        "coalesce(array_agg(k.word ORDER BY k.word), '{}') FROM client_words k WHERE "
        "k.client_id = c.id) OR EXISTS (SELECT 1 FROM client_words k WHERE k.client_id = c.id "
        "AND k.full_name IS DISTINCT FROM c.full_name)");
}

QStringList SqlDialect::rebuildSearch() const
{
    if (!isServer())
        return {QStringLiteral("INSERT INTO client_search (client_search) VALUES ('rebuild')")};
    // The same rows migration 17 writes; TRUNCATE leaves no old row versions behind.
    return {QStringLiteral("TRUNCATE client_words"),
            QStringLiteral("INSERT INTO client_words (client_id, word, full_name) SELECT c.id, w, "
                           "c.full_name FROM clients c, massage_words(c.full_name, c.email) w "
                           "WHERE c.erased_at IS NULL AND c.search_key <> ''")};
}

QStringList SqlDialect::forgetClientInSearch(const QString& indexedName) const
{
    if (isServer()) // search_key is no column the trigger watches: it stays empty
        return {QStringLiteral("UPDATE clients SET search_key = '' WHERE id = :client")};
    QString name = indexedName;
    name.replace(QLatin1Char('\''), QLatin1String("''"));
    return {QStringLiteral("INSERT INTO client_search (client_search, rowid, full_name, email, "
                           "search_phone) VALUES ('delete', :client, '%1', '', '')")
                .arg(name),
            // Deleted index entries stay in the FTS5 segments until they are merged.
            QStringLiteral("INSERT INTO client_search (client_search) VALUES ('optimize')")};
}

QStringList SqlDialect::compactAfterErasure() const
{
    if (!isServer())
        return {};
    // VACUUM FULL writes each table anew and removes its old files; plain VACUUM would only
    // mark the old row versions free. It needs the table to itself: a desk reading for longer
    // than the lock timeout leaves the compaction pending (retried at the next erasure).
    QStringList statements{QStringLiteral("SET lock_timeout = '3s'")};
    for (const char* table : {"clients", "client_words", "bookings", "booking_events", "checkins"})
        statements << QStringLiteral("VACUUM (FULL) %1").arg(QLatin1String(table));
    return statements;
}

SqlDialect::Failure SqlDialect::classify(const QSqlError& error) const
{
    return isServer() ? classifyPostgres(error) : classifySqlite(error);
}

bool SqlDialect::isUniqueViolation(const QSqlError& error) const
{
    // SQLITE_CONSTRAINT_UNIQUE (2067) and SQLITE_CONSTRAINT_PRIMARYKEY (1555); SQLSTATE 23505.
    const QString code = error.nativeErrorCode();
    return isServer() ? code == QLatin1String("23505")
                      : code == QLatin1String("2067") || code == QLatin1String("1555");
}
