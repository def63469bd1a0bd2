#pragma once

// What the hostile-input suites share: a verdict on each write of a hostile string (stored exactly
// or refused cleanly), collected so one run names every string that misbehaves.

#include "HostileStrings.h"
#include "StorageTestHelpers.h"

#include <QStringList>
#include <QTest>

namespace HostileTest {

// Where two strings first differ, for a failure message.
inline QString difference(const QString& expected, const QString& actual)
{
    int i = 0;
    while (i < expected.size() && i < actual.size() && expected.at(i) == actual.at(i))
        ++i;
    const auto unit = [](const QString& s, int at) {
        return at < s.size()
                   ? QStringLiteral("U+%1").arg(s.at(at).unicode(), 4, 16, QLatin1Char('0'))
                   : QStringLiteral("end");
    };
    return QStringLiteral("expected %1 units, got %2; first difference at %3: %4 vs %5")
        .arg(expected.size())
        .arg(actual.size())
        .arg(i)
        .arg(unit(expected, i), unit(actual, i));
}

// Collects every string that misbehaves, so one run names them all.
class Verdicts
{
public:
    // A write either stored `expected` (read back as `actual`) or was refused cleanly.
    void judge(const HostileString& s, const QString& field, bool stored, const StorageError& error,
               const QString& expected, const QString& actual, bool unchangedWhenRefused)
    {
        ++m_checked;
        if (stored) {
            ++m_stored;
            if (actual != expected)
                fail(s, field,
                     QStringLiteral("stored differently: ") + difference(expected, actual));
            return;
        }
        ++m_refused;
        if (error.message.trimmed().isEmpty())
            fail(s, field, QStringLiteral("refused without a message"));
        else if (error.message.contains(QLatin1String("constraint"), Qt::CaseInsensitive))
            fail(s, field, QStringLiteral("refused in the database's words: ") + error.message);
        else if (error.code != StorageError::Code::Refused)
            fail(s, field,
                 QStringLiteral("failed instead of refusing (code %1): %2 / %3")
                     .arg(static_cast<int>(error.code))
                     .arg(error.message, error.detail));
        if (!unchangedWhenRefused)
            fail(s, field, QStringLiteral("refused, but something changed"));
    }
    void fail(const HostileString& s, const QString& field, const QString& why)
    {
        m_failures << field + QStringLiteral(": ") + s.label() + QStringLiteral(": ") + why;
    }
    void check(const char* what) const
    {
        qInfo("%s: %d writes checked, %d stored exactly, %d refused with a message", what,
              m_checked, m_stored, m_refused);
        QVERIFY2(m_failures.isEmpty(),
                 qPrintable(QStringLiteral("%1 problems:\n").arg(m_failures.size()) +
                            m_failures.mid(0, 30).join(QLatin1Char('\n'))));
    }

private:
    int m_checked = 0;
    int m_stored = 0;
    int m_refused = 0;
    QStringList m_failures;
};

inline qint64 count(Database& db, const QString& sql)
{
    return StorageTest::scalar(db, sql).toLongLong();
}

inline QString text(Database& db, const QString& sql, qint64 id)
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString() : QStringLiteral("<no row>");
}

} // namespace HostileTest
