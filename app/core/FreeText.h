#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The one rule for free text that people type (reasons, notes, advice, areas to avoid,
// descriptions): how its length is counted and which characters it may hold. Every write path
// in app/storage asks here, so the GUI, the CLI and an import refuse the same things.
//
// Length: user-perceived characters (extended grapheme clusters, QTextBoundaryFinder), so "é"
// typed as e + accent, a flag or a family emoji count as one, as a person counts them. A cluster
// may hold at most kMaxCodePointsPerCharacter code points, so a "character" piled with hundreds
// of combining marks cannot smuggle megabytes past a limit.
// Characters: no control characters (Unicode category Cc: NUL, ESC, BEL, DEL, ...) and no lone
// surrogate halves; text of several lines may hold line feeds and tabs. Names (clients, staff,
// rooms, users) use the same character rule but keep their limits in code points, which is what
// the database's CHECK constraints count.
class FreeText
{
    Q_DECLARE_TR_FUNCTIONS(FreeText)

public:
    enum class Lines
    {
        One,  // a line: no line breaks (callers fold whitespace first, e.g. simplified())
        Many, // notes: "\n" and "\t" allowed
    };
    static constexpr int kMaxCodePointsPerCharacter = 32;

    // Characters as a person counts them (grapheme clusters).
    static int length(const QString& text);
    // A control character (or a lone surrogate) the rule refuses.
    static bool hasForbiddenCharacters(const QString& text, Lines lines);
    // Empty when `text` may be stored; otherwise a message for a person that names `what`
    // ("The cancellation reason", already translated) and the limit.
    static QString problem(const QString& text, int maxLength, Lines lines, const QString& what);

    // The byte offset of the first byte that does not belong to valid UTF-8 (overlong forms,
    // surrogates and code points past U+10FFFF are invalid), or -1 when `bytes` is valid.
    static qsizetype invalidUtf8At(const QByteArray& bytes);
    // Empty when `bytes` is valid UTF-8; otherwise a message naming `what` (a file name, an
    // argument) and the line and column of the first byte that cannot be read.
    static QString utf8Problem(const QByteArray& bytes, const QString& what);
};
