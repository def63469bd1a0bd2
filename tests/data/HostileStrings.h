#pragma once

// The hostile-string corpus of tests/data/hostile-strings.txt (the syntax is described at the
// top of that file), for the hostile-input suites. Header-only: test code, no production code.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringDecoder>

struct HostileString
{
    int line = 0;               // in the file, to name the string in a failure
    QByteArray bytes;           // the string as raw bytes (a lone surrogate as U+FFFD's bytes)
    QString text;               // the string as UTF-16 (invalid UTF-8 decoded to U+FFFD)
    bool validUtf8 = true;      // bytes are valid UTF-8 (else: CLI only)
    bool loneSurrogate = false; // text holds an unpaired surrogate (else: fine for the CLI)

    // A short, printable name for failure messages.
    QString label() const
    {
        QString shown = QString::fromUtf8(bytes.left(40).toPercentEncoding(" '\"%*()^:;_-/.,@"));
        return QStringLiteral("line %1 \"%2\"%3")
            .arg(line)
            .arg(shown, bytes.size() > 40 ? QStringLiteral("...") : QString());
    }
};

namespace HostileStrings {

namespace Detail {

inline int hexValue(const QByteArray& digits, bool* ok)
{
    return digits.toInt(ok, 16);
}

// Appends raw bytes to the pending UTF-8 run, then decodes it when a code unit follows.
struct Builder
{
    HostileString out;
    QByteArray pending;
    void flush()
    {
        if (pending.isEmpty())
            return;
        QStringDecoder decoder(QStringDecoder::Utf8);
        out.text += decoder.decode(pending);
        if (decoder.hasError())
            out.validUtf8 = false;
        out.bytes += pending;
        pending.clear();
    }
    void unit(char16_t u)
    {
        flush();
        out.text += QChar(u);
        if (QChar::isSurrogate(u))
            out.bytes += QByteArray("\xEF\xBF\xBD"); // what the CLI could carry instead
        else
            out.bytes += QString(QChar(u)).toUtf8();
    }
};

inline bool unescape(const QByteArray& source, Builder* b)
{
    for (int i = 0; i < source.size(); ++i) {
        const char c = source.at(i);
        if (c != '\\' || i + 1 >= source.size()) {
            b->pending += c;
            continue;
        }
        const char e = source.at(i + 1);
        bool ok = true;
        switch (e) {
        case '\\':
            b->pending += '\\';
            ++i;
            break;
        case 'n':
            b->pending += '\n';
            ++i;
            break;
        case 'r':
            b->pending += '\r';
            ++i;
            break;
        case 't':
            b->pending += '\t';
            ++i;
            break;
        case '0':
            b->pending += '\0';
            ++i;
            break;
        case 'x':
            b->pending += char(hexValue(source.mid(i + 2, 2), &ok));
            i += 3;
            break;
        case 'u':
            b->unit(char16_t(hexValue(source.mid(i + 2, 4), &ok)));
            i += 5;
            break;
        case 'U': {
            const int close = source.indexOf('}', i);
            const char32_t point = char32_t(hexValue(source.mid(i + 3, close - i - 3), &ok));
            b->pending += QString::fromUcs4(&point, 1).toUtf8();
            i = close;
            break;
        }
        default:
            b->pending += c;
            break; // kept as it is
        }
        if (!ok)
            return false;
    }
    b->flush();
    return true;
}

} // namespace Detail

// Every string of the corpus; empty when the file cannot be read or has a bad escape (the
// suites then fail on the count).
inline QList<HostileString> load(const QString& path = QStringLiteral(MASSAGE_DESK_HOSTILE_STRINGS))
{
    QList<HostileString> all;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return all;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (int n = 0; n < lines.size(); ++n) {
        QByteArray line = lines.at(n);
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        int times = 1;
        if (line == "@empty") {
            line.clear();
        } else if (line == "@space") {
            line = " ";
        } else if (line.startsWith("@repeat ")) {
            const int space = line.indexOf(' ', 8);
            times = line.mid(8, space - 8).toInt();
            line = line.mid(space + 1);
        }
        Detail::Builder once;
        if (!Detail::unescape(line, &once))
            return {};
        HostileString s;
        s.line = n + 1;
        s.validUtf8 = once.out.validUtf8;
        for (int i = 0; i < times; ++i) {
            s.bytes += once.out.bytes;
            s.text += once.out.text;
        }
        for (int i = 0; i < s.text.size(); ++i) {
            const QChar c = s.text.at(i);
            if (c.isHighSurrogate() && i + 1 < s.text.size() && s.text.at(i + 1).isLowSurrogate())
                ++i;
            else if (c.isSurrogate())
                s.loneSurrogate = true;
        }
        all << s;
    }
    return all;
}

} // namespace HostileStrings
