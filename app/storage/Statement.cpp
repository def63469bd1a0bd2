#include "storage/Statement.h"

#include "storage/Database.h"
#include "storage/StorableText.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>

Statement::Statement(Database& database)
    : m_database(database), m_query(database.connection()), m_server(database.isServer())
{
    m_query.setForwardOnly(true);
}

namespace {

// Statements one connection keeps prepared at most (the clash check's text varies with the
// number of candidates); past it a statement is sent as one text, as OneShot.
constexpr qsizetype kMaxKept = 64;

} // namespace

QString Statement::placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

void Statement::prepare(const QString& sql, Plan plan)
{
    m_sql = sql;
    m_plan = plan;
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

template <typename Mark> QString Statement::marked(const Mark& mark) const
{
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
            text += mark(next++);
            continue;
        }
        text += c;
    }
    return next == m_values.size() ? text : QString();
}

QString Statement::literal(int index) const
{
    // Spelled as QPSQL spells the parameters of its EXECUTE (qCreateParamString): NULL, or
    // formatValue of its type.
    const QVariant& value = m_values.at(index);
    QSqlField field(QString(), value.metaType());
    if (value.isNull())
        field.clear();
    else
        field.setValue(value);
    const QString literal = m_query.driver()->formatValue(field);
    // A negative number after a minus sign would start a comment ("--1").
    return literal.startsWith(QLatin1Char('-')) ? QLatin1Char('(') + literal + QLatin1Char(')')
                                                : literal;
}

bool Statement::execKept(StorageError* error, const QString& what)
{
    QString name = m_database.keptStatement(m_sql);
    if (name.isEmpty()) {
        const QString numbered =
            marked([](int index) { return QStringLiteral("$%1").arg(index + 1); });
        if (numbered.isEmpty()) {
            m_plan = Plan::OneShot;
            return exec(error, what); // reports the mismatch
        }
        name = m_database.nameForKept();
        // PREPARE is not transactional: a rollback afterwards leaves it prepared.
        QSqlQuery prepare(m_database.connection());
        if (!prepare.exec(QStringLiteral("PREPARE %1 AS %2").arg(name, numbered)))
            return m_database.failed(prepare, what, error);
        m_database.keepStatement(m_sql, name);
    }
    QStringList values;
    for (int i = 0; i < m_values.size(); ++i)
        values << literal(i);
    const QString text =
        values.isEmpty()
            ? QStringLiteral("EXECUTE ") + name
            : QStringLiteral("EXECUTE %1 (%2)").arg(name, values.join(QStringLiteral(", ")));
    if (m_query.exec(text))
        return true;
    // 26000: the server no longer has it (a DISCARD, a pooler's other session): neither the
    // others, so all are prepared again by the attempt run again (RetryTx).
    if (m_query.lastError().nativeErrorCode() == QLatin1String("26000"))
        m_database.forgetKeptStatements();
    return m_database.failed(m_query, what, error);
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
    if (m_plan == Plan::Kept &&
        (!m_database.keptStatement(m_sql).isEmpty() || m_database.keptStatements() < kMaxKept))
        return execKept(error, what);
    const QString text = marked([this](int index) { return literal(index); });
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
