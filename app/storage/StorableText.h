#pragma once

#include <QString>

namespace StorableText {

// SQLite turns an unpaired UTF-16 surrogate (half of an emoji, from a broken paste) into another
// character and swallows the one after it, and reads the non-characters U+FFFE and U+FFFF back
// as U+FFFD or nothing. Replaces each such character in `text` with U+FFFD; false when there
// was one (a write is then refused, a read matches it as U+FFFD).
inline bool clean(QString* text)
{
    bool storable = true;
    for (qsizetype at = 0; at < text->size(); ++at) {
        const QChar c = text->at(at);
        if (c.isHighSurrogate() && at + 1 < text->size() && text->at(at + 1).isLowSurrogate()) {
            ++at;
        } else if (c.isSurrogate() || c.unicode() == 0xfffe || c.unicode() == 0xffff) {
            (*text)[at] = QChar::ReplacementCharacter;
            storable = false;
        }
    }
    return storable;
}

} // namespace StorableText
