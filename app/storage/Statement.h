#pragma once

#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

class Database;
class StorageError;

// A statement that costs one round trip on a server. QPSQL runs a prepared QSqlQuery as
// PREPARE, EXECUTE and DEALLOCATE, three round trips where the work is one; on a server this
// writes the bound values into the text as QPSQL itself writes them into EXECUTE (the driver's
// formatValue, so the quoting is the driver's) and sends it once. On a file it is a prepared
// QSqlQuery as always (SQLite prepares inside the process). Same checks and errors as
// Database::exec. Used where one action runs many small statements (the scheduler's checks).
//
// Plan::Kept, for the statements every booking runs: the server plans a text it receives
// afresh each time, and for the clash checks planning took longer than running. A kept
// statement is PREPAREd once per connection and then sent as one EXECUTE with the values, so
// after a few runs the server reuses one generic plan (its plan cache decides, by cost).
class Statement
{
public:
    enum class Plan
    {
        OneShot,
        Kept
    };

    explicit Statement(Database& database);

    // "?, ?, ?": `count` placeholders for an IN list.
    static QString placeholders(qsizetype count);

    void prepare(const QString& sql, Plan plan = Plan::OneShot);
    void addBindValue(const QVariant& value);
    void bindValue(int position, const QVariant& value);
    bool exec(StorageError* error, const QString& what);

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    void finish() { m_query.finish(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    const QSqlQuery& query() const { return m_query; }

private:
    // m_sql with each ? outside a quoted literal or name replaced by mark(index) of its value;
    // empty when the marks and the values do not match.
    template <typename Mark> QString marked(const Mark& mark) const;
    QString literal(int index) const;
    bool execKept(StorageError* error, const QString& what);

    Database& m_database;
    QSqlQuery m_query;
    QString m_sql;
    QVariantList m_values;
    bool m_server = false;
    Plan m_plan = Plan::OneShot;
};
