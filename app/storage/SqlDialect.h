#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

class QSqlError;

// What differs between the two engines behind one storage API (DESIGN 3): the driver, how a
// write transaction starts, where the schema version lives, a few SQL spellings, and what a
// driver error means. Repositories ask this class instead of branching on the engine.
class SqlDialect
{
public:
    enum class Engine
    {
        Sqlite,
        PostgreSql
    };

    // What an error from the driver means, whatever engine said it.
    enum class Failure
    {
        Other,
        Busy,       // another writer holds the lock too long
        RetryTx,    // serialization failure or deadlock: run the transaction again
        Overlap,    // an exclusion constraint (a therapist's or a room's time) refused the row
        Constraint, // another rule of the schema (check, unique, trigger) refused it
        Aborted,    // the transaction is already failed (PostgreSQL: roll back first)
        DiskFull,
        WriteGrow, // a file could not grow (quota, largest file size)
        ReadOnly,
        Corrupt,
        Io,
        ConnectionLost,
        PermissionDenied,
    };

    static const SqlDialect& sqlite();
    static const SqlDialect& postgresql();
    // True for a postgresql:// (or postgres://) URI in libpq's form.
    static bool isServerUri(const QString& path);
    // What may be shown or logged of a path or URI: a server URI without its password.
    static QString shownName(const QString& path);

    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::PostgreSql; }
    QString driverName() const;
    QString migrationsFolder() const;

    // SQLite takes the write lock at BEGIN IMMEDIATE so writers queue; PostgreSQL locks rows
    // as it goes and its constraints hold under concurrency, so a plain BEGIN.
    QString beginWrite() const;
    // The same, the server planning the prepared statements inside with generic plans
    // (WriteTransaction::Plans::Generic); one text, so one round trip.
    QString beginWriteGenericPlans() const;
    // Statements run first in every migration transaction so two programs setting up one
    // database at once take turns (SQLite: BEGIN IMMEDIATE already does).
    QStringList migrationLock() const;
    // Statements that make concurrent audit appends take turns, so the hash chain stays one
    // chain (run inside the writing transaction).
    QStringList auditAppendLock() const;

    int schemaVersion(const QSqlDatabase& db) const; // -1 when it cannot be read
    // Statements that record `version` (and, for version 1, that the database is ours).
    QStringList recordVersion(int version, qint32 applicationId) const;

    // A statement whose rows are "ok" or a problem each (SQLite's integrity_check). Empty on
    // PostgreSQL: the server checks its own pages (data checksums, amcheck for an operator).
    QString integrityCheck() const;

    // Inside a write transaction: foreign keys checked at commit instead of per row, for bulk
    // writes that insert a child before its parent (the demo's check-in before its booking).
    // PostgreSQL defers only the constraints declared DEFERRABLE (migration 7 on the server).
    QString deferForeignKeys() const;
    // After rows were inserted with explicit ids: statements that move the table's id
    // generator past them (none on SQLite, whose rowid follows max(id) by itself).
    QStringList afterExplicitIds(const QString& table) const;
    // A read-only transaction that sees one moment of the database throughout (a whole-centre
    // copy while desks keep writing).
    QString beginSnapshot() const;
    // Inside a write transaction: statements that remove every row of `quotedTables`, the
    // append-only ones included (restore --replace). Empty on SQLite, whose restore replaces
    // the file instead.
    QStringList emptyTables(const QStringList& quotedTables) const;
    // After a bulk copy has committed: statements that refresh the planner's statistics.
    QStringList afterBulkCopy() const;

    // Inside a write transaction: a statement whose one value is the id the next row of
    // `table` may take, known before the insert (a sealed value is bound to its row's id).
    QString nextId(const QString& table) const;

    // Times: the application speaks UTC seconds since 1970 on both engines. A file stores them
    // as integers; the server as timestamptz (migration 15), every connection in UTC.
    // What to bind for a time: the seconds on SQLite, a UTC QDateTime on PostgreSQL (QPSQL
    // writes it as TIMESTAMP WITH TIME ZONE '...Z', exact to the millisecond).
    QVariant timeValue(qint64 secs) const;
    // A time for an SQL expression in seconds (a placeholder bound to an integer).
    QString time(const QString& secondsExpression) const;
    // A time expression read as whole seconds.
    QString secs(const QString& timeExpression) const;
    // A time plus a number of seconds (both SQL expressions): a time.
    QString plusSecs(const QString& timeExpression, const QString& secondsExpression) const;
    // The seconds of a time read from either engine (an integer or a QDateTime; null: 0).
    static qint64 secsFrom(const QVariant& value);

    // Comma-separated values of `expression` over a group.
    QString groupConcat(const QString& expression) const;

    // How the server is to find a page of matching clients in name order. The planner's own
    // choice could walk the names in order for a rare word and read most of the table (a first
    // name late in the alphabet), or gather a few letters' tens of thousands of matches to sort.
    enum class SearchOrder
    {
        Any,          // SQLite (its FTS5 index), or nothing typed
        NamesFirst,   // only a letter or two per word: the first names in order hold the page
        MatchesFirst, // a longer word or a phone fragment: the trigram index, then the sort
        // Words typed: client_words (a word's first letters are kept too), then what a few
        // letters or longer words would do when that found no whole page (one word: nothing).
        WordsThenNames,
        WordsThenMatches,
    };

    // A condition on `clients c` that keeps the clients matching what the desk typed, and the
    // values to bind to it; empty when there is nothing to search for. SQLite asks its FTS5
    // index; PostgreSQL a folded search key (a trigger fills it) through a trigram index.
    QString clientSearchCondition(const QString& typed, QVariantList* values,
                                  SearchOrder* order = nullptr) const;
    // SearchOrder::NamesFirst: how many names in order the server reads at most before it
    // looks through the trigram index instead (an SQL expression). Reading names costs about
    // twice what gathering a match does, so the walk pays while a page of matches lies within
    // a few times sqrt(clients) names; it reads 20 x sqrt(clients), at least 2,000: 3,500 of
    // 30,000, 11,000 of 300,000 (measured with massage-desk-bench --search-on).
    QString namesWalkedFirst() const;
    // SearchOrder::Words...: a page of at most `limit` clients the words typed find, in name
    // order, as a query selecting `selected` (columns of `clients c`), and in `values` what to
    // bind to it. client_words (migrations 16, 17) lists each word's clients in name order, and
    // each word's first one, two and three letters as words of their own. One word: up to
    // three letters are one index range; a longer word merges the first clients of each word
    // that starts with it, and the page is empty when more than kWordsMerged words do. Several
    // words: the clients under the longest one's first three letters, in name order, each
    // looked up under the other words' first letters and then checked against every word; at
    // most kWordsWalked of them, so a page shorter than `limit` may miss matches further on.
    QString clientWordsPage(const QString& selected, const QVariantList& words, int limit,
                            QVariantList* values) const;
    static constexpr int kWordsMerged = 40;
    static constexpr int kWordsWalked = 1000;

    // Statements that take an erased client out of search; `indexedName` is what the client
    // row's name now says (the placeholder). :client is bound to the client's id.
    QStringList forgetClientInSearch(const QString& indexedName) const;
    // A statement whose one value counts the clients whose search entries disagree with their
    // row (client_words on a server); empty on SQLite, whose FTS5 check cannot tell an erased
    // client (taken out of search on purpose, forgetClientInSearch) from a lost entry.
    QString searchOutOfStep() const;
    // Inside a write transaction: statements that build the search index afresh from the
    // clients rows. On SQLite the erased clients are then taken out again (forgetClientInSearch).
    QStringList rebuildSearch() const;
    // After an erasure has committed, on a server: statements that rewrite the tables it
    // touched, so the old row versions leave the table files (empty on SQLite, which VACUUMs
    // its file in ClientDataRights::compact). Waits at most a few seconds for other desks.
    QStringList compactAfterErasure() const;

    Failure classify(const QSqlError& error) const;
    // A UNIQUE or PRIMARY KEY constraint refused a second row with the same key.
    bool isUniqueViolation(const QSqlError& error) const;

private:
    explicit SqlDialect(Engine engine) : m_engine(engine) {}
    QString clientWordsTogether(const QString& selected, const QVariantList& words, int limit,
                                QVariantList* values) const;
    Engine m_engine;
};
