#include "core/JsonDuplicateKeys.h"

#include <QSet>
#include <QStringList>

namespace {

// A small recursive reader over valid JSON: it only needs to know where strings, objects
// and arrays begin and end, and to decode keys.
class Scanner
{
public:
    explicit Scanner(const QByteArray& json) : m_json(json) {}

    QString run()
    {
        value();
        return m_duplicate;
    }

private:
    const QByteArray& m_json;
    int m_pos = 0;
    QStringList m_path;
    QString m_duplicate;

    bool done() const { return m_pos >= m_json.size() || !m_duplicate.isNull(); }

    void skipSpace()
    {
        while (m_pos < m_json.size() && (m_json[m_pos] == ' ' || m_json[m_pos] == '\t' ||
                                         m_json[m_pos] == '\n' || m_json[m_pos] == '\r'))
            ++m_pos;
    }

    uint hex4()
    {
        uint code = 0;
        for (int i = 0; i < 4 && m_pos < m_json.size(); ++i, ++m_pos) {
            const char c = m_json[m_pos];
            code <<= 4;
            if (c >= '0' && c <= '9')
                code |= uint(c - '0');
            else if (c >= 'a' && c <= 'f')
                code |= uint(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                code |= uint(c - 'A' + 10);
        }
        return code;
    }

    // At the opening quote; returns the decoded text and stops after the closing quote.
    QString string()
    {
        ++m_pos;
        QString text;
        QByteArray raw; // unescaped UTF-8 run, decoded in one go
        const auto flush = [&] {
            text += QString::fromUtf8(raw);
            raw.clear();
        };
        while (m_pos < m_json.size() && m_json[m_pos] != '"') {
            const char c = m_json[m_pos++];
            if (c != '\\') {
                raw += c;
                continue;
            }
            flush();
            if (m_pos >= m_json.size())
                break;
            const char e = m_json[m_pos++];
            switch (e) {
            case 'b':
                text += QChar(0x08);
                break;
            case 'f':
                text += QChar(0x0c);
                break;
            case 'n':
                text += QChar(0x0a);
                break;
            case 'r':
                text += QChar(0x0d);
                break;
            case 't':
                text += QChar(0x09);
                break;
            case 'u':
                // Surrogate pairs arrive as two escapes; QString holds UTF-16, so appending
                // each unit in turn rebuilds the character.
                text += QChar(char16_t(hex4()));
                break;
            default: // " \ /
                text += QLatin1Char(e);
            }
        }
        flush();
        ++m_pos; // the closing quote
        return text;
    }

    void object()
    {
        ++m_pos;
        QSet<QString> seen;
        while (!done()) {
            skipSpace();
            if (m_pos >= m_json.size() || m_json[m_pos] == '}')
                break;
            if (m_json[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            const QString key = string();
            if (seen.contains(key)) {
                m_path << key;
                m_duplicate = m_path.join(QLatin1Char('.'));
                return;
            }
            seen.insert(key);
            skipSpace();
            ++m_pos; // the colon
            m_path << key;
            value();
            m_path.removeLast();
        }
        ++m_pos;
    }

    void array()
    {
        ++m_pos;
        int index = 0;
        while (!done()) {
            skipSpace();
            if (m_pos >= m_json.size() || m_json[m_pos] == ']')
                break;
            if (m_json[m_pos] == ',') {
                ++m_pos;
                ++index;
                continue;
            }
            m_path << QStringLiteral("[%1]").arg(index);
            value();
            m_path.removeLast();
        }
        ++m_pos;
    }

    void value()
    {
        skipSpace();
        if (done())
            return;
        const char c = m_json[m_pos];
        if (c == '{')
            object();
        else if (c == '[')
            array();
        else if (c == '"')
            string();
        else // a number, true, false or null: up to the next delimiter
            while (m_pos < m_json.size() && m_json[m_pos] != ',' && m_json[m_pos] != '}' &&
                   m_json[m_pos] != ']')
                ++m_pos;
    }
};

} // namespace

QString JsonDuplicateKeys::firstDuplicate(const QByteArray& json)
{
    return Scanner(json).run();
}
