#include "core/FreeText.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace {

// Grapheme clusters, and the code points of the largest one.
int clusters(const QString& text, qsizetype* largest)
{
    *largest = 0;
    if (text.isEmpty())
        return 0;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int count = 0;
    qsizetype start = 0;
    for (qsizetype end = finder.toNextBoundary(); end > 0; end = finder.toNextBoundary()) {
        ++count;
        if (end - start > FreeText::kMaxCodePointsPerCharacter) // UTF-16 units >= code points
            *largest =
                std::max(*largest, QStringView(text).mid(start, end - start).toUcs4().size());
        start = end;
    }
    return count;
}

} // namespace

int FreeText::length(const QString& text)
{
    qsizetype largest = 0;
    return clusters(text, &largest);
}

bool FreeText::hasForbiddenCharacters(const QString& text, Lines lines)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i; // a valid pair: no control character lies outside the BMP
            continue;
        }
        if (c.isSurrogate())
            return true;
        if (lines == Lines::Many && (c == QLatin1Char('\n') || c == QLatin1Char('\t')))
            continue;
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

QString FreeText::problem(const QString& text, int maxLength, Lines lines, const QString& what)
{
    if (hasForbiddenCharacters(text, lines))
        return lines == Lines::Many
                   ? tr("%1 contains invisible control characters (only line breaks and tabs "
                        "are allowed); please retype it.")
                         .arg(what)
                   : tr("%1 contains invisible control characters or line breaks; please retype "
                        "it.")
                         .arg(what);
    qsizetype largest = 0;
    const int characters = clusters(text, &largest);
    if (characters > maxLength)
        return tr("%1 can have at most %2 characters (this one has %3).")
            .arg(what)
            .arg(maxLength)
            .arg(characters);
    if (largest > kMaxCodePointsPerCharacter)
        return tr("%1 has characters with too many accents or marks; please retype it.").arg(what);
    return {};
}

qsizetype FreeText::invalidUtf8At(const QByteArray& bytes)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        char32_t cp = 0;
        char32_t minimum = 0;
        if ((lead & 0xE0) == 0xC0) {
            extra = 1, cp = lead & 0x1F, minimum = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            extra = 2, cp = lead & 0x0F, minimum = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            extra = 3, cp = lead & 0x07, minimum = 0x10000;
        } else {
            return i; // a continuation byte without a lead, or 0xF8..0xFF
        }
        if (i + extra >= size)
            return i; // cut short
        for (int k = 1; k <= extra; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (data[i + k] & 0x3F);
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

QString FreeText::utf8Problem(const QByteArray& bytes, const QString& what)
{
    const qsizetype at = invalidUtf8At(bytes);
    if (at < 0)
        return {};
    const QByteArray before = bytes.left(at);
    if (!bytes.contains('\n'))
        return tr("%1 is not valid UTF-8 text: byte %2 cannot be read, and nothing was changed.")
            .arg(what)
            .arg(at + 1);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    // The column counts characters, as an editor shows them.
    const qsizetype column = QString::fromUtf8(before.mid(lineStart)).toUcs4().size() + 1;
    return tr("%1 is not valid UTF-8 text: the byte at line %2, column %3 cannot be read, and "
              "nothing was changed. Save it as UTF-8 and try again.")
        .arg(what)
        .arg(before.count('\n') + 1)
        .arg(column);
}
