#pragma once

// The claims check of service descriptions (DESIGN 2.3): finds phrases that make medical or
// body-shaping claims ("improves circulation", "detox", "reduces cellulite", "adelgazante",
// "tracta les varius", ...) in English, Catalan and Spanish. The phrase list is data:
// data/claims/claim-phrases-<version>.json, described in data/claims/README.md.
//
// Matching. The text is normalised before matching: canonical decomposition (NFD), combining
// marks dropped, lower case, the Catalan "l·l" (also written "l.l" or with U+0140) read as
// "ll", typographic apostrophes read as "'", and every run of whitespace, line breaks included,
// read as one space. Matches are mapped back to the ORIGINAL text, so a finding's start and
// length cover exactly the words the manager typed, accents, middle dots and line breaks
// included. The patterns of every language always apply (a Spanish sentence pasted into the
// Catalan text is still checked); the language passed to check() only picks the language of
// the reason and suggestion texts, and adds its negation words (below).
//
// Negations: a deliberate decision. Honest wording must not be flagged: "this is not a
// treatment for varicose veins", "no millora la circulació", "sin prometer que adelgace". A
// match is therefore suppressed when a negation word (not, no, never, without, cannot, nor,
// doesn't, isn't, ...; no, ni, mai, sense, tampoc, cap; no, ni, nunca, jamás, sin, tampoco,
// ningún) stands in the same clause at most `window_words` words (5 in 2026.2) before the
// claim. A clause ends at punctuation (. , ; : ! ? brackets, dashes) and at the joining words
// of the phrase list ("and", "but", "i", "però", "y", "pero", "sino", ...).
// - "does not improve circulation" is NOT flagged: it is true, it is what this application's
//   own stance says, and a manager who writes it is doing exactly what DESIGN 2.3 asks for.
// - "not only improves circulation", "no només millora la circulació", "no solo mejora la
//   circulación", "sin duda mejora", "sens dubte", "sin embargo" ARE flagged: these phrases
//   (the file's `not_negations`) intensify or join, they do not negate. So is Catalan "cap a"
//   ("de cap a peus"), which is not the negative "cap".
// - "it doesn't hurt and it improves circulation", "no pain, improves circulation" ARE
//   flagged: the joining word or the comma starts a new clause.
// - The lists that apply to a match are those of the pattern's language and of the text's
//   language, so "a sense of improved circulation" in English text is flagged although
//   "sense" means "without" in Catalan.
// Known limit: a negation that belongs to another verb of the same short clause hides the
// claim ("never felt better circulation"). Such sentences are rare in a description, and a
// missed claim is still caught by the person who publishes; flagging every honest negation
// would teach managers to override the check.
//
// Word lists: a pattern may name a list of the file's "words" as {name}; the list holds regular
// expressions and verbs written "stem:class", which stand for the stem with every ending of that
// class in "forms" ("millor:ar" is millora, milloren, millorara, milloraria, millorat, ...), so
// one line covers every tense and person of a verb. A pattern whose promise comes after its
// subject ("circulation will improve") marks the promise with the named group (?<claim>...):
// a negation counts up to that group ("circulation does not improve" is honest).
//
// Findings: one per rule and stretch of text (overlapping matches of one rule are merged);
// when two rules match exactly the same words, the rule listed first in the file reports.

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

struct ClaimFinding
{
    int start = 0;  // in the ORIGINAL text, QString (UTF-16) offsets
    int length = 0; // text.mid(start, length) == matchedText
    QString ruleId;
    QString category; // "medical" or "body_shaping"
    QString matchedText;
    QString reason;     // why it is a claim, in the requested language
    QString suggestion; // wellness wording to use instead, in the requested language
    int line = 1;       // 1-based; "\n", "\r\n" and a lone "\r" end a line
    int column = 1;     // 1-based, in UTF-16 code units from the start of the line
};

class ClaimsChecker
{
    Q_DECLARE_TR_FUNCTIONS(ClaimsChecker)

public:
    static constexpr int kFormat = 1;

    // Parses and validates a phrase list. Malformed files, unknown keys, missing translations
    // and invalid or accented regular expressions are refused with a message naming the rule
    // and the pattern.
    static std::optional<ClaimsChecker> fromJson(const QByteArray& json, QString* error);
    // The phrase list shipped in the program (:/data/claims/claim-phrases-2026.2.json). Should
    // it ever fail to load, the returned checker is empty (isValid() false) and finds nothing;
    // builtInError() says why.
    static const ClaimsChecker& builtIn();
    static QString builtInError();
    static QByteArray builtInJson();

    // The text as the patterns see it (see the top of this file).
    static QString normalise(const QString& text);
    // "en", "ca", "es": the languages of the patterns, reasons and suggestions.
    static const QStringList& languages();

    // Every claim in `text`, ordered by position. `language` ("en", "ca", "es"; "ca_ES" works
    // too) picks the reason and suggestion texts, English when missing.
    QList<ClaimFinding> check(const QString& text, const QString& language) const;

    bool isValid() const { return !m_version.isEmpty() && !m_rules.isEmpty(); }
    QString version() const { return m_version; }
    QStringList ruleIds() const;

private:
    struct Pattern
    {
        QString language;
        QRegularExpression regex;
        bool claimGroup = false; // has (?<claim>...): negations count up to that group
    };
    struct Rule
    {
        QString id;
        QString category;
        QList<Pattern> patterns;
        QHash<QString, QString> reason;
        QHash<QString, QString> suggestion;
    };
    struct Negation
    {
        QList<QRegularExpression> words;
        QList<QRegularExpression> notNegations;
        QRegularExpression breakWords; // invalid (empty pattern) when the language has none
    };

    bool isNegated(const QString& normalised, int start, const QStringList& languages) const;

    QString m_version;
    QList<Rule> m_rules;
    QHash<QString, Negation> m_negations; // language -> lists
    int m_windowWords = 4;
    QString m_clauseBreaks;
};
