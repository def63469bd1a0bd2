#include "storage/Statement.h"

#include "storage/Database.h"
#include "storage/StorableText.h"

#include <QSqlDriver>
#include <QSqlField>


Statement::Statement(Database& database)
    : m_database(database), m_query(database.connection()), m_server(database.isServer())
{
    m_query.setForwardOnly(true);
}

void Statement::prepare(const QString& sql)
{
    m_sql = sql;
    m_values.clear();
    if (!m_server)
        m_query.prepare(sql);
}

void Statement::addBindValue(const QVariant& value)
{
    if (m_server)
        m_values.append(value);
    else
        m_query.addBindValue(value);
}

void Statement::bindValue(int position, const QVariant& value)
{
    if (!m_server) {
        m_query.bindValue(position, value);
        return;
    }
    while (m_values.size() <= position)
        m_values.append(QVariant());
    m_values[position] = value;
}

QString Statement::inlined() const
{
    // Each ? outside a quoted literal or name takes the next value, spelled as QPSQL spells
    // the parameters of its EXECUTE (qCreateParamString): NULL, or formatValue of its type.
    const QSqlDriver* driver = m_query.driver();
    QString text;
    text.reserve(m_sql.size() + 16 * m_values.size());
    QChar quote;
    int next = 0;
    for (const QChar c : m_sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('?')) {
            if (next >= m_values.size())
                return {};
            const QVariant& value = m_values.at(next++);
            QSqlField field(QString(), value.metaType());
            if (value.isNull())
                field.clear();
            else
                field.setValue(value);
            const QString literal = driver->formatValue(field);
            // A negative number after a minus sign would start a comment ("--1").
            text += literal.startsWith(QLatin1Char('-'))
                        ? QLatin1Char('(') + literal + QLatin1Char(')')
                        : literal;
            continue;
        }
        text += c;
    }
    return next == m_values.size() ? text : QString();
}

bool Statement::exec(StorageError* error, const QString& what)
{
    if (!m_server)
        return m_database.exec(m_query, error, what);
    for (QVariant& value : m_values) {
        if (value.typeId() != QMetaType::QString)
            continue;
        QString text = value.toString();
        if (StorableText::clean(&text))
            continue;
        if (m_sql.trimmed().startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive)) {
            value = text;
            continue;
        }
        if (error)
            *error = {StorageError::Code::Refused,
                      QCoreApplication::translate(
                          "Database", "The text contains a broken or invalid character (for "
                                      "example half of an emoji). Nothing was changed; type it "
                                      "again."),
                      what + QStringLiteral(": unpaired surrogate or non-character")};
        return false;
    }
    if (m_database.connectionLost()) {
        // Refused and counted as Database::exec refuses every statement until the connection
        // is back (a query with nothing bound goes straight to that check).
        QSqlQuery nothing(m_database.connection());
        return m_database.exec(nothing, error, what);
    }
    const QString text = inlined();
    if (text.isEmpty()) {
        if (error)
            *error = {StorageError::Code::Query,
                      QCoreApplication::translate("Database",
                                                  "The database could not %1. Nothing was changed.")
                          .arg(what),
                      what + QStringLiteral(": placeholders and values do not match")};
        return false;
    }
    return m_query.exec(text) || m_database.failed(m_query, what, error);
}
