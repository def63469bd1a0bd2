#include "core/ClaimsChecker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

// Static libraries keep their resources only when something refers to them: this reference
// makes :/data/claims available to every program and test that links massage_core.
static void initClaimsResources()
{
    Q_INIT_RESOURCE(massage_claims);
}

namespace {

const QString kBuiltInPath = QStringLiteral(":/data/claims/claim-phrases-2026.2.json");
constexpr auto kRegexOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// The normalised text and, for each of its UTF-16 units, the original range it came from.
struct Normalised
{
    QString text;
    QList<int> from;
    QList<int> to; // exclusive
};

bool isMark(char32_t cp)
{
    switch (QChar::category(cp)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format: // soft hyphen, zero-width space and joiners
        return true;
    default:
        return false;
    }
}

// Written between two l's, these make the Catalan "l·l".
bool isGeminationDot(char32_t cp)
{
    return cp == U'\u00B7' || cp == U'.' || cp == U'\u2027' || cp == U'\u22C5' || cp == U'\u2219' ||
           cp == U'\u0387';
}

Normalised normaliseWithMap(const QString& in)
{
    Normalised out;
    out.text.reserve(in.size());
    out.from.reserve(in.size());
    out.to.reserve(in.size());
    const auto append = [&out](char32_t cp, int from, int to) {
        const char32_t lower = QChar::toLower(cp);
        if (QChar::requiresSurrogates(lower)) {
            out.text += QChar(QChar::highSurrogate(lower));
            out.text += QChar(QChar::lowSurrogate(lower));
            out.from << from << from;
            out.to << to << to;
        } else {
            out.text += QChar(static_cast<char16_t>(lower));
            out.from << from;
            out.to << to;
        }
    };

    const int size = int(in.size());
    int i = 0;
    while (i < size) {
        char32_t cp = in.at(i).unicode();
        int length = 1;
        if (in.at(i).isHighSurrogate() && i + 1 < size && in.at(i + 1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(in.at(i), in.at(i + 1));
            length = 2;
        }
        const int end = i + length;
        if (QChar::isSpace(cp)) {
            if (out.text.isEmpty() || out.text.back() != QLatin1Char(' '))
                append(U' ', i, end);
        } else if (isMark(cp)) {
            // A combining accent belongs to the letter before it: a match ending on that
            // letter covers the accent too.
            for (int k = int(out.to.size()) - 1; k >= 0 && out.to.at(k) == i; --k)
                out.to[k] = end;
        } else if (isGeminationDot(cp) && !out.text.isEmpty() &&
                   out.text.back() == QLatin1Char('l') && end < size &&
                   QChar::toLower(in.at(end).unicode()) == u'l') {
            // "l·l" reads "ll"; the dot lies inside any match that covers both l's.
        } else if (cp == U'\u0140' || cp == U'\u013F') {
            append(U'l', i, end); // "ŀl"
        } else if (cp == U'\u2019' || cp == U'\u2018' || cp == U'\u02BC' || cp == U'\u00B4') {
            append(U'\'', i, end);
        } else if (cp == U'\u2010' || cp == U'\u2011') {
            append(U'-', i, end);
        } else if (cp < 0x80) {
            append(cp, i, end);
        } else {
            const QString decomposed =
                QString::fromUcs4(&cp, 1).normalized(QString::NormalizationForm_D);
            for (const char32_t part : decomposed.toUcs4()) {
                if (!isMark(part))
                    append(part, i, end);
            }
        }
        i = end;
    }
    return out;
}

void lineAndColumn(const QString& text, int position, int* line, int* column)
{
    int lineNumber = 1;
    int lineStart = 0;
    for (int k = 0; k < position; ++k) {
        const QChar c = text.at(k);
        if (c == QLatin1Char('\n') ||
            (c == QLatin1Char('\r') && (k + 1 >= text.size() || text.at(k + 1) != u'\n'))) {
            ++lineNumber;
            lineStart = k + 1;
        }
    }
    *line = lineNumber;
    *column = position - lineStart + 1;
}

QString inLanguage(const QHash<QString, QString>& texts, const QString& language)
{
    return texts.value(language, texts.value(QStringLiteral("en")));
}

struct Loaded
{
    std::optional<ClaimsChecker> checker;
    QString error;
};

} // namespace

const QStringList& ClaimsChecker::languages()
{
    static const QStringList codes = {QStringLiteral("en"), QStringLiteral("ca"),
                                      QStringLiteral("es")};
    return codes;
}

QString ClaimsChecker::normalise(const QString& text)
{
    return normaliseWithMap(text).text;
}

QStringList ClaimsChecker::ruleIds() const
{
    QStringList ids;
    for (const Rule& rule : m_rules)
        ids << rule.id;
    return ids;
}

bool ClaimsChecker::isNegated(const QString& normalised, int start,
                              const QStringList& languages) const
{
    // The clause: back to the last clause-break character, then past the last joining word.
    int clauseStart = 0;
    for (int k = start - 1; k >= 0; --k) {
        if (m_clauseBreaks.contains(normalised.at(k))) {
            clauseStart = k + 1;
            break;
        }
    }
    QString clause = normalised.mid(clauseStart, start - clauseStart);
    int cut = 0;
    for (const QString& language : languages) {
        const auto found = m_negations.constFind(language);
        if (found == m_negations.cend() || found->breakWords.pattern().isEmpty())
            continue;
        QRegularExpressionMatchIterator it = found->breakWords.globalMatch(clause);
        while (it.hasNext())
            cut = std::max(cut, int(it.next().capturedEnd()));
    }
    clause = clause.mid(cut);

    // "not only", "sin duda", ... are not negations.
    for (const QString& language : languages) {
        const auto found = m_negations.constFind(language);
        if (found == m_negations.cend())
            continue;
        for (const QRegularExpression& phrase : found->notNegations) {
            QRegularExpressionMatchIterator it = phrase.globalMatch(clause);
            while (it.hasNext()) {
                const QRegularExpressionMatch match = it.next();
                clause.replace(match.capturedStart(), match.capturedLength(),
                               QString(match.capturedLength(), QLatin1Char(' ')));
            }
        }
    }

    // The last `m_windowWords` words before the claim.
    static const QRegularExpression word(QStringLiteral("[\\w']+"), kRegexOptions);
    QList<int> wordStarts;
    QRegularExpressionMatchIterator words = word.globalMatch(clause);
    while (words.hasNext())
        wordStarts << int(words.next().capturedStart());
    if (m_windowWords <= 0 || wordStarts.isEmpty())
        return false;
    const int first = std::max(0, int(wordStarts.size()) - m_windowWords);
    const QString window = clause.mid(wordStarts.at(first));

    for (const QString& language : languages) {
        const auto found = m_negations.constFind(language);
        if (found == m_negations.cend())
            continue;
        for (const QRegularExpression& negation : found->words) {
            if (negation.match(window).hasMatch())
                return true;
        }
    }
    return false;
}

QList<ClaimFinding> ClaimsChecker::check(const QString& text, const QString& language) const
{
    const QString textLanguage =
        language.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
    const Normalised normalised = normaliseWithMap(text);

    struct Hit
    {
        int rule;
        int start;
        int end;
    };
    QList<Hit> hits;
    for (int r = 0; r < m_rules.size(); ++r) {
        QList<QPair<int, int>> spans;
        for (const Pattern& pattern : m_rules.at(r).patterns) {
            QStringList languages{pattern.language};
            if (ClaimsChecker::languages().contains(textLanguage) &&
                textLanguage != pattern.language)
                languages << textLanguage;
            QRegularExpressionMatchIterator it = pattern.regex.globalMatch(normalised.text);
            while (it.hasNext()) {
                const QRegularExpressionMatch match = it.next();
                const int start = int(match.capturedStart());
                // "circulation does not improve": the negation stands before the promise.
                const int promise =
                    pattern.claimGroup && match.capturedStart(QStringLiteral("claim")) >= 0
                        ? int(match.capturedStart(QStringLiteral("claim")))
                        : start;
                if (match.capturedLength() == 0 || isNegated(normalised.text, promise, languages))
                    continue;
                spans.append({start, int(match.capturedEnd())});
            }
        }
        // One rule matching overlapping words through several patterns: one finding.
        std::sort(spans.begin(), spans.end());
        for (const auto& span : spans) {
            if (!hits.isEmpty() && hits.back().rule == r && span.first < hits.back().end)
                hits.back().end = std::max(hits.back().end, span.second);
            else
                hits.append({r, span.first, span.second});
        }
    }

    // Two rules matching exactly the same words: the rule listed first in the file reports.
    QSet<QPair<int, int>> seen;
    QList<Hit> kept;
    for (const Hit& hit : hits) {
        if (!seen.contains({hit.start, hit.end})) {
            seen.insert({hit.start, hit.end});
            kept << hit;
        }
    }
    std::stable_sort(kept.begin(), kept.end(), [](const Hit& a, const Hit& b) {
        return a.start != b.start ? a.start < b.start : a.rule < b.rule;
    });

    const QString messages =
        ClaimsChecker::languages().contains(textLanguage) ? textLanguage : QStringLiteral("en");
    QList<ClaimFinding> findings;
    for (const Hit& hit : kept) {
        const Rule& rule = m_rules.at(hit.rule);
        ClaimFinding finding;
        finding.start = normalised.from.at(hit.start);
        finding.length = normalised.to.at(hit.end - 1) - finding.start;
        finding.ruleId = rule.id;
        finding.category = rule.category;
        finding.matchedText = text.mid(finding.start, finding.length);
        finding.reason = inLanguage(rule.reason, messages);
        finding.suggestion = inLanguage(rule.suggestion, messages);
        lineAndColumn(text, finding.start, &finding.line, &finding.column);
        findings << finding;
    }
    return findings;
}

QByteArray ClaimsChecker::builtInJson()
{
    initClaimsResources();
    QFile file(kBuiltInPath);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

static const Loaded& builtInLoaded()
{
    static const Loaded loaded = [] {
        Loaded result;
        const QByteArray json = ClaimsChecker::builtInJson();
        if (json.isEmpty()) {
            result.error = ClaimsChecker::tr("The built-in claim phrase list (%1) is missing from "
                                             "this program.")
                               .arg(kBuiltInPath);
            return result;
        }
        result.checker = ClaimsChecker::fromJson(json, &result.error);
        return result;
    }();
    return loaded;
}

const ClaimsChecker& ClaimsChecker::builtIn()
{
    static const ClaimsChecker empty;
    const Loaded& loaded = builtInLoaded();
    return loaded.checker ? *loaded.checker : empty;
}

QString ClaimsChecker::builtInError()
{
    return builtInLoaded().error;
}
