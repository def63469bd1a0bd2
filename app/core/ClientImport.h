#pragma once

#include "core/ClientRules.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

// A client list from a spreadsheet or another booking tool, read and checked before anything
// is stored: columns matched by their header (English, Catalan, Spanish and the usual export
// names) or by --map, each row turned into what would be stored or into its problem.
class ClientImport
{
    Q_DECLARE_TR_FUNCTIONS(ClientImport)

public:
    enum class Field
    {
        Ignore,
        FullName,
        FirstName,
        LastName,
        Phone,
        Email,
        Notes,
        Language,
        ConsentDate
    };
    // "name", "first_name", "last_name", "phone", "email", "notes", "language",
    // "consent_date", "ignore": the names --map uses.
    static QString fieldName(Field field);
    static bool fieldFromName(const QString& name, Field* field);
    static QStringList fieldNames();

    // Columns by header; a header nobody knows is ignored. With a last-name column, a plain
    // "name"/"nom"/"nombre" column is the first name.
    static QList<Field> matchHeader(const QStringList& header);
    // COLUMN=field, COLUMN being a header (any case) or its 1-based number.
    static bool applyMap(const QStringList& header, const QStringList& maps, QList<Field>* fields,
                         QString* error);

    struct Row
    {
        int line = 0;
        ClientRules::Input input;
        QDate consentDate; // valid only when a consent column gave a date
        QString problem;   // why this row cannot be imported; empty when it can
    };

    struct Plan
    {
        QString encoding;
        QChar delimiter;
        QStringList header;
        QList<Field> fields;
        QStringList unusedColumns;
        QList<Row> rows;
        QString problem; // the file as a whole cannot be imported (no name column, empty)
    };

    static Plan plan(const QByteArray& bytes, const QStringList& maps,
                     const QString& defaultLanguage);

    enum class Duplicates
    {
        Skip,
        Merge,
        Create
    };

    struct Outcome
    {
        enum class Kind
        {
            Imported,
            Merged,
            Skipped
        };
        int line = 0;
        Kind kind = Kind::Skipped;
        qint64 clientId = 0; // the new or merged client
        QString reason;      // why skipped, or with whom merged
    };

    struct Report
    {
        int imported = 0;
        int merged = 0;
        int skipped = 0;
        int withConsent = 0;
        QList<Outcome> outcomes;
    };

    // Same name and phone, or same email: the keys two rows or clients are the same person by.
    static QString namePhoneKey(const QString& name, const QString& phone);
    static QString emailKey(const QString& email);
};
