#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// CSV as spreadsheets and other booking tools write and read it (RFC 4180 and what Excel does
// around it): QtCore alone.
namespace Csv {

// ---- writing
// One cell: a value a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR)
// gets a leading apostrophe; a cell with a comma, quote, line break or outer space is quoted.
QString cell(const QString& value);
// A record: cells joined with commas, ending in CRLF.
QString row(const QStringList& values);
// Undoes cell()'s apostrophe, so what Massage Desk exported comes back as it was.
QString unneutralise(const QString& value);

// ---- reading
struct Record
{
    int line = 0; // the physical line the record starts on, 1-based
    QStringList cells;
    QString problem; // e.g. a quote never closed; empty when the record is sound
};

struct Table
{
    QString encoding; // "UTF-8", "UTF-8 with BOM", "UTF-16", "Windows-1252"
    QChar delimiter;
    QList<Record> records; // the header first; blank lines left out
};

// Text from bytes: a BOM says the encoding; otherwise UTF-8 when it decodes cleanly, else
// Windows-1252 (what Excel's plain "CSV" writes).
QString decode(const QByteArray& bytes, QString* encoding);
// Comma, semicolon or tab: the one that splits the first lines into the same number of
// columns, more than one.
QChar detectDelimiter(const QString& text);
QList<Record> parse(const QString& text, QChar delimiter);
Table read(const QByteArray& bytes);

} // namespace Csv
