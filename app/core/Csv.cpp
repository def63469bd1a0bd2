#include "core/Csv.h"

#include <QStringConverter>
#include <QStringDecoder>

namespace Csv {

namespace {

bool looksLikeFormula(const QString& value)
{
    if (value.isEmpty())
        return false;
    const QChar c = value.at(0);
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

} // namespace

QString cell(const QString& value)
{
    QString text = looksLikeFormula(value) ? QLatin1Char('\'') + value : value;
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
                       text.contains(QLatin1Char(';')) || text.contains(QLatin1Char('\t')) ||
                       (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString row(const QStringList& values)
{
    QString line;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += cell(values.at(i));
    }
    return line + QLatin1String("\r\n");
}

QString unneutralise(const QString& value)
{
    if (value.size() > 1 && value.at(0) == QLatin1Char('\'') && looksLikeFormula(value.mid(1)))
        return value.mid(1);
    return value;
}

QString decode(const QByteArray& bytes, QString* encoding)
{
    if (const auto bom = QStringConverter::encodingForData(bytes)) {
        QStringDecoder decoder(*bom); // skips the BOM itself
        *encoding = *bom == QStringConverter::Utf8
                        ? QStringLiteral("UTF-8 with BOM")
                        : QString::fromLatin1(QStringConverter::nameForEncoding(*bom));
        return decoder(bytes);
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = utf8(bytes);
    if (!utf8.hasError()) {
        *encoding = QStringLiteral("UTF-8");
        return text;
    }
    QStringDecoder windows("windows-1252");
    if (windows.isValid()) {
        *encoding = QStringLiteral("Windows-1252");
        return windows(bytes);
    }
    // Without ICU: Latin-1 differs from Windows-1252 only in 0x80-0x9F.
    *encoding = QStringLiteral("ISO-8859-1");
    return QString::fromLatin1(bytes);
}

QList<Record> parse(const QString& text, QChar delimiter)
{
    QList<Record> records;
    Record current;
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the field began with a quote
    bool fieldStarted = false;
    int line = 1;
    current.line = 1;
    const auto endField = [&] {
        current.cells.append(field);
        field.clear();
        wasQuoted = false;
        fieldStarted = false;
    };
    const auto endRecord = [&](int nextLine) {
        // A blank line is no record.
        const bool blank = current.cells.isEmpty() && field.isEmpty() && !wasQuoted;
        endField();
        if (!blank)
            records.append(current);
        current = Record();
        current.line = nextLine;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n') ||
                    (c == QLatin1Char('\r') && !(i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord(line);
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            wasQuoted = true;
            fieldStarted = true;
        } else {
            // A quote inside an unquoted field, or text after a closing quote, is kept as is.
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        current.problem = QStringLiteral("unclosed-quote");
    if (fieldStarted || !current.cells.isEmpty() || quoted)
        endRecord(line);
    return records;
}

QChar detectDelimiter(const QString& text)
{
    // The first lines are enough; cut at a line end so no record is torn.
    QString sample = text.left(64 * 1024);
    const qsizetype cut = sample.lastIndexOf(QLatin1Char('\n'));
    if (text.size() > sample.size() && cut > 0)
        sample.truncate(cut);
    QChar best = QLatin1Char(',');
    qsizetype bestScore = -1;
    for (const QChar candidate : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        const QList<Record> records = parse(sample, candidate);
        if (records.isEmpty())
            continue;
        const qsizetype columns = records.first().cells.size();
        if (columns < 2)
            continue;
        qsizetype same = 0;
        for (const Record& r : records)
            same += r.cells.size() == columns ? 1 : 0;
        // Mostly rows as wide as the header, then the most columns.
        const qsizetype score = same * 1000 / records.size() * 1000 + columns;
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

Table read(const QByteArray& bytes)
{
    Table table;
    const QString text = decode(bytes, &table.encoding);
    table.delimiter = detectDelimiter(text);
    table.records = parse(text, table.delimiter);
    return table;
}

} // namespace Csv
