#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

class Database;

// The tables of a centre as the engine's own catalogue describes them (sqlite_master and
// pragmas; pg_catalog and information_schema), so a copy of the whole centre takes every
// table a migration added without a list kept by hand. Part of the dialect seam: the only
// place that reads an engine's catalogue.
class CentreSchema
{
    Q_DECLARE_TR_FUNCTIONS(CentreSchema)

public:
    struct Column
    {
        QString name;
        QString type; // lower case, as the engine names it ("bigint", "text", "boolean" ...)
    };
    struct Table
    {
        QString name;
        QList<Column> columns; // written columns only: generated ones are left out
        QStringList parents;   // tables it references (itself excluded)
        // Parents whose reference is checked only at commit (DEFERRABLE on PostgreSQL): the
        // child's rows are written first, because the parent's own rules look for them (a
        // booking already completed needs its check-in).
        QStringList deferredParents;
        bool hasId = false;
        int column(const QString& name) const;
    };

    // The centre's data tables, by name. Left out: the engine's own tables,
    // the schema version (massage_desk_schema) and derived tables that rebuild themselves from
    // the others (SQLite's FTS5 index client_search and its shadow tables).
    static bool read(Database& database, QList<Table>* tables, StorageError* error);

    // `tables` in the order their rows can be written in one transaction with foreign keys
    // deferred: parents before children, except that a child whose reference is deferred (in
    // `tables` or named in `deferred`, child -> parents) goes before that parent. Ties and any
    // cycle resolve by name, so the order is the same every time.
    static QList<Table> writeOrder(const QList<Table>& tables,
                                   const QHash<QString, QStringList>& deferred = {});
};
