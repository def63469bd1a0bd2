// Reading and validating a claim phrase list (data/claims/README.md describes the format).
#include "core/ClaimsChecker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace {

constexpr auto kRegexOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
const QStringList kCategories = {QStringLiteral("medical"), QStringLiteral("body_shaping")};

bool isIdentifier(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return pattern.match(text).hasMatch();
}

QString quotedList(const QStringList& items)
{
    QStringList quoted;
    for (const QString& item : items)
        quoted << QLatin1Char('"') + item + QLatin1Char('"');
    return quoted.join(QStringLiteral(", "));
}

// A regular expression matching any of `phrases` (plain text, accents allowed) as whole words.
QRegularExpression phraseAlternation(const QStringList& phrases)
{
    QStringList alternatives;
    for (const QString& phrase : phrases) {
        QStringList words = ClaimsChecker::normalise(phrase).trimmed().split(QLatin1Char(' '));
        for (QString& word : words)
            word = QRegularExpression::escape(word);
        alternatives << words.join(QStringLiteral("\\s+"));
    }
    QRegularExpression regex(
        QStringLiteral("(?<![\\w'])(?:%1)(?![\\w'])").arg(alternatives.join(QLatin1Char('|'))),
        kRegexOptions);
    regex.optimize();
    return regex;
}

// {"en": ["..."], "ca": [...], ...}: plain words or phrases per language. Returns the error.
QString readPhraseLists(const QJsonObject& negation, const QString& key, bool everyLanguage,
                        QHash<QString, QStringList>* lists)
{
    const QJsonValue value = negation.value(key);
    if (value.isUndefined() && !everyLanguage)
        return {};
    if (!value.isObject())
        return ClaimsChecker::tr("\"negation\": \"%1\" must be an object of word lists by "
                                 "language, such as {\"en\": [...], \"ca\": [...], \"es\": [...]}.")
            .arg(key);
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!ClaimsChecker::languages().contains(it.key()))
            return ClaimsChecker::tr("\"negation\": \"%1\" has an unknown language \"%2\"; the "
                                     "languages are %3.")
                .arg(key, it.key(), quotedList(ClaimsChecker::languages()));
        if (!it.value().isArray())
            return ClaimsChecker::tr("\"negation\": \"%1\" / \"%2\" must be a list of words.")
                .arg(key, it.key());
        QStringList phrases;
        for (const QJsonValue& phrase : it.value().toArray()) {
            if (!phrase.isString() ||
                ClaimsChecker::normalise(phrase.toString()).trimmed().isEmpty())
                return ClaimsChecker::tr("\"negation\": \"%1\" / \"%2\" has an entry that is not a "
                                         "word or phrase.")
                    .arg(key, it.key());
            phrases << phrase.toString();
        }
        lists->insert(it.key(), phrases);
    }
    for (const QString& language : ClaimsChecker::languages()) {
        if (everyLanguage && lists->value(language).isEmpty())
            return ClaimsChecker::tr("\"negation\": \"%1\" needs words for \"%2\".")
                .arg(key, language);
    }
    return {};
}

// {"en": "...", "ca": "...", "es": "..."}: one text per language, every language present.
QString readTexts(const QJsonObject& rule, const QString& id, const QString& key,
                  QHash<QString, QString>* texts)
{
    const QJsonObject object = rule.value(key).toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!ClaimsChecker::languages().contains(it.key()))
            return ClaimsChecker::tr("Rule \"%1\": \"%2\" has an unknown language \"%3\".")
                .arg(id, key, it.key());
        texts->insert(it.key(), it.value().toString().trimmed());
    }
    for (const QString& language : ClaimsChecker::languages()) {
        if (texts->value(language).isEmpty())
            return ClaimsChecker::tr(
                       "Rule \"%1\" has no \"%2\" text in \"%3\"; every rule explains "
                       "itself in %4.")
                .arg(id, key, language, quotedList(ClaimsChecker::languages()));
    }
    return {};
}

// Why `pattern` cannot be used, or an empty text.
QString patternProblem(const QString& pattern, const QRegularExpression& regex)
{
    if (!regex.isValid())
        return ClaimsChecker::tr("is not a valid regular expression (%1 at character %2)")
            .arg(regex.errorString())
            .arg(regex.patternErrorOffset() + 1);
    for (const char32_t cp : pattern.toUcs4()) {
        if (cp < 0x80)
            continue;
        const QString probe = QLatin1Char('l') + QString::fromUcs4(&cp, 1) + QLatin1Char('l');
        if (ClaimsChecker::normalise(probe) != probe)
            return ClaimsChecker::tr(
                       "contains \"%1\", which normalised text never contains (patterns see the "
                       "text without accents, in lower case, with \"l·l\" as \"ll\" and \"’\" as "
                       "\"'\"); write the pattern in that form")
                .arg(QString::fromUcs4(&cp, 1));
    }
    if (regex.match(QString()).hasMatch())
        return ClaimsChecker::tr("matches an empty text, so it would flag every description");
    return {};
}

// The "forms" and "words" of a phrase list: verb endings by language and class, and named
// lists that patterns use as {name}.
struct Vocabulary
{
    QHash<QString, QHash<QString, QStringList>> forms; // language -> class -> endings
    QHash<QString, QHash<QString, QStringList>> words; // name -> language -> entries
};

// "forms": {"ca": {"ar": ["a", "en", ...]}, ...}. Returns the error.
QString readForms(const QJsonValue& value, Vocabulary* vocabulary)
{
    if (value.isUndefined())
        return {};
    if (!value.isObject())
        return ClaimsChecker::tr("\"forms\" must be an object of endings by language and class, "
                                 "such as {\"ca\": {\"ar\": [\"a\", \"en\", \"ara\"]}}.");
    static const QRegularExpression ending(QStringLiteral("^[a-z']*$"));
    const QJsonObject object = value.toObject();
    for (auto language = object.begin(); language != object.end(); ++language) {
        if (language.key() == QLatin1String("comment"))
            continue;
        if (!ClaimsChecker::languages().contains(language.key()) || !language.value().isObject())
            return ClaimsChecker::tr("\"forms\" has an unknown language \"%1\"; the languages "
                                     "are %2, each an object of classes.")
                .arg(language.key(), quotedList(ClaimsChecker::languages()));
        const QJsonObject classes = language.value().toObject();
        for (auto c = classes.begin(); c != classes.end(); ++c) {
            if (!isIdentifier(c.key()) || !c.value().isArray() || c.value().toArray().isEmpty())
                return ClaimsChecker::tr("\"forms\" / \"%1\": the class \"%2\" needs a name in "
                                         "lowercase letters and a list of endings.")
                    .arg(language.key(), c.key());
            QStringList endings;
            for (const QJsonValue& e : c.value().toArray()) {
                if (!e.isString() || !ending.match(e.toString()).hasMatch())
                    return ClaimsChecker::tr("\"forms\" / \"%1\" / \"%2\": every ending is "
                                             "plain lowercase letters without accents.")
                        .arg(language.key(), c.key());
                endings << QRegularExpression::escape(e.toString());
            }
            // Longest first, so the alternation tries "aran" before "a".
            std::stable_sort(
                endings.begin(), endings.end(),
                [](const QString& a, const QString& b) { return a.size() > b.size(); });
            endings.removeDuplicates();
            vocabulary->forms[language.key()].insert(c.key(), endings);
        }
    }
    return {};
}

// "words": {"improve": {"en": ["improv:e", ...], "ca": [...]}}. Returns the error.
QString readWords(const QJsonValue& value, Vocabulary* vocabulary)
{
    if (value.isUndefined())
        return {};
    if (!value.isObject())
        return ClaimsChecker::tr("\"words\" must be an object of named word lists by language, "
                                 "such as {\"improve\": {\"en\": [\"improv:e\"]}}.");
    const QJsonObject object = value.toObject();
    for (auto name = object.begin(); name != object.end(); ++name) {
        if (name.key() == QLatin1String("comment"))
            continue;
        if (!isIdentifier(name.key()) || !name.value().isObject())
            return ClaimsChecker::tr("\"words\": \"%1\" needs a name in lowercase letters and an "
                                     "object of lists by language.")
                .arg(name.key());
        const QJsonObject lists = name.value().toObject();
        for (auto language = lists.begin(); language != lists.end(); ++language) {
            if (!ClaimsChecker::languages().contains(language.key()))
                return ClaimsChecker::tr("\"words\" / \"%1\" has an unknown language \"%2\".")
                    .arg(name.key(), language.key());
            QStringList entries;
            for (const QJsonValue& entry : language.value().toArray()) {
                if (!entry.isString() || entry.toString().trimmed().isEmpty())
                    return ClaimsChecker::tr("\"words\" / \"%1\" / \"%2\" has an entry that is "
                                             "not a text.")
                        .arg(name.key(), language.key());
                entries << entry.toString();
            }
            if (entries.isEmpty())
                return ClaimsChecker::tr("\"words\" / \"%1\" / \"%2\" is empty.")
                    .arg(name.key(), language.key());
            vocabulary->words[name.key()].insert(language.key(), entries);
        }
    }
    return {};
}

// `source` with every {name} replaced by its word list in `language`. Returns the error.
QString expand(const Vocabulary& vocabulary, const QString& language, const QString& source,
               int depth, QString* expanded)
{
    static const QRegularExpression reference(QStringLiteral("\\{([a-z][a-z0-9_]*)\\}"));
    // "millor:ar": a stem (starting with a letter) and a class of endings.
    static const QRegularExpression verb(
        QStringLiteral("(?<![a-z'?-])([a-z][a-z'?-]*):([a-z][a-z0-9_]*)"));
    if (depth > 8)
        return ClaimsChecker::tr("refers to word lists that refer to each other in a circle");
    QString out;
    qsizetype done = 0;
    QRegularExpressionMatchIterator it = reference.globalMatch(source);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += source.mid(done, match.capturedStart() - done);
        done = match.capturedEnd();
        const QString name = match.captured(1);
        const QStringList entries = vocabulary.words.value(name).value(language);
        if (entries.isEmpty())
            return ClaimsChecker::tr("uses {%1}, which has no \"words\" in \"%2\"")
                .arg(name, language);
        QStringList alternatives;
        for (const QString& entry : entries) {
            // Each "stem:class" in the entry becomes the stem with its endings.
            QString withForms;
            qsizetype copied = 0;
            QRegularExpressionMatchIterator verbs = verb.globalMatch(entry);
            while (verbs.hasNext()) {
                const QRegularExpressionMatch v = verbs.next();
                const QStringList endings = vocabulary.forms.value(language).value(v.captured(2));
                if (endings.isEmpty())
                    return ClaimsChecker::tr("uses {%1}, whose verb \"%2\" names the class "
                                             "\"%3\", which \"forms\" has no endings for in "
                                             "\"%4\"")
                        .arg(name, v.captured(0), v.captured(2), language);
                withForms += entry.mid(copied, v.capturedStart() - copied) + v.captured(1) +
                             QStringLiteral("(?:") + endings.join(QLatin1Char('|')) +
                             QLatin1Char(')');
                copied = v.capturedEnd();
            }
            withForms += entry.mid(copied);
            QString inner;
            const QString problem = expand(vocabulary, language, withForms, depth + 1, &inner);
            if (!problem.isEmpty())
                return problem;
            alternatives << inner;
        }
        out += QStringLiteral("(?:") + alternatives.join(QLatin1Char('|')) + QLatin1Char(')');
    }
    out += source.mid(done);
    *expanded = out;
    return {};
}

} // namespace

std::optional<ClaimsChecker> ClaimsChecker::fromJson(const QByteArray& json, QString* error)
{
    QString ignored;
    QString& message = error ? *error : ignored;
    const auto refuse = [&message](const QString& why) {
        message = why;
        return std::optional<ClaimsChecker>();
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(tr("The claim phrase list is not valid JSON (%1 at byte %2).")
                          .arg(parseError.errorString())
                          .arg(parseError.offset));
    if (!document.isObject())
        return refuse(tr("The claim phrase list must hold one JSON object."));
    const QJsonObject root = document.object();
    const QStringList topKeys = {QStringLiteral("format"),  QStringLiteral("version"),
                                 QStringLiteral("comment"), QStringLiteral("negation"),
                                 QStringLiteral("forms"),   QStringLiteral("words"),
                                 QStringLiteral("rules")};
    for (const QString& key : root.keys()) {
        if (!topKeys.contains(key))
            return refuse(tr("The claim phrase list has an unknown field \"%1\".").arg(key));
    }
    const QJsonValue format = root.value(QLatin1String("format"));
    if (!format.isDouble())
        return refuse(tr("The claim phrase list has no \"format\" number; expected \"format\": %1.")
                          .arg(kFormat));
    if (format.toDouble() != kFormat)
        return refuse(tr("The claim phrase list has format %1; this program reads format %2.")
                          .arg(format.toDouble())
                          .arg(kFormat));
    ClaimsChecker checker;
    checker.m_version = root.value(QLatin1String("version")).toString().trimmed();
    if (checker.m_version.isEmpty())
        return refuse(tr("The claim phrase list needs a \"version\" text such as \"2026.1\"."));

    // Negations.
    const QJsonValue negationValue = root.value(QLatin1String("negation"));
    if (!negationValue.isObject())
        return refuse(tr("The claim phrase list has no \"negation\" object; it decides which "
                         "honest wording (\"does not improve circulation\") is not flagged."));
    const QJsonObject negation = negationValue.toObject();
    const QStringList negationKeys = {
        QStringLiteral("comment"),       QStringLiteral("window_words"),
        QStringLiteral("clause_breaks"), QStringLiteral("clause_break_words"),
        QStringLiteral("words"),         QStringLiteral("not_negations")};
    for (const QString& key : negation.keys()) {
        if (!negationKeys.contains(key))
            return refuse(tr("\"negation\" has an unknown field \"%1\".").arg(key));
    }
    const QJsonValue window = negation.value(QLatin1String("window_words"));
    if (!window.isDouble() || window.toDouble() != window.toInt() || window.toInt() < 0 ||
        window.toInt() > 12)
        return refuse(tr("\"negation\": \"window_words\" must be a whole number from 0 to 12 (how "
                         "many words before a claim a negation may stand)."));
    checker.m_windowWords = window.toInt();
    if (!negation.value(QLatin1String("clause_breaks")).isString())
        return refuse(tr("\"negation\": \"clause_breaks\" must be a text of punctuation marks."));
    checker.m_clauseBreaks = negation.value(QLatin1String("clause_breaks")).toString();

    QHash<QString, QStringList> words, notNegations, breakWords;
    QString problem = readPhraseLists(negation, QStringLiteral("words"), true, &words);
    if (problem.isEmpty())
        problem = readPhraseLists(negation, QStringLiteral("not_negations"), false, &notNegations);
    if (problem.isEmpty())
        problem =
            readPhraseLists(negation, QStringLiteral("clause_break_words"), false, &breakWords);
    if (!problem.isEmpty())
        return refuse(problem);
    for (const QString& language : languages()) {
        Negation lists;
        lists.words << phraseAlternation(words.value(language));
        for (const QString& phrase : notNegations.value(language))
            lists.notNegations << phraseAlternation({phrase});
        if (!breakWords.value(language).isEmpty())
            lists.breakWords = phraseAlternation(breakWords.value(language));
        checker.m_negations.insert(language, lists);
    }

    // Verb endings and word lists, for the patterns.
    Vocabulary vocabulary;
    problem = readForms(root.value(QLatin1String("forms")), &vocabulary);
    if (problem.isEmpty())
        problem = readWords(root.value(QLatin1String("words")), &vocabulary);
    if (!problem.isEmpty())
        return refuse(problem);

    // Rules.
    const QJsonArray rules = root.value(QLatin1String("rules")).toArray();
    if (rules.isEmpty())
        return refuse(tr("The claim phrase list has no \"rules\"."));
    const QStringList ruleKeys = {QStringLiteral("id"),         QStringLiteral("category"),
                                  QStringLiteral("patterns"),   QStringLiteral("reason"),
                                  QStringLiteral("suggestion"), QStringLiteral("comment")};
    QSet<QString> seen;
    for (int i = 0; i < rules.size(); ++i) {
        const QJsonObject object = rules.at(i).toObject();
        Rule rule;
        rule.id = object.value(QLatin1String("id")).toString();
        if (!isIdentifier(rule.id))
            return refuse(tr("Rule %1 has no valid \"id\" (lowercase letters, digits and "
                             "underscores, starting with a letter).")
                              .arg(i + 1));
        const QString& id = rule.id;
        if (seen.contains(id))
            return refuse(tr("The rule id \"%1\" is used more than once.").arg(id));
        seen.insert(id);
        for (const QString& key : object.keys()) {
            if (!ruleKeys.contains(key))
                return refuse(tr("Rule \"%1\" has an unknown field \"%2\".").arg(id, key));
        }
        rule.category = object.value(QLatin1String("category")).toString();
        if (!kCategories.contains(rule.category))
            return refuse(tr("Rule \"%1\" has an unknown category \"%2\"; the categories are %3.")
                              .arg(id, rule.category, quotedList(kCategories)));

        const QJsonValue patternsValue = object.value(QLatin1String("patterns"));
        if (!patternsValue.isObject())
            return refuse(tr("Rule \"%1\" needs \"patterns\": {\"en\": [...], \"ca\": [...], "
                             "\"es\": [...]}.")
                              .arg(id));
        const QJsonObject patterns = patternsValue.toObject();
        for (const QString& language : patterns.keys()) {
            if (!languages().contains(language))
                return refuse(tr("Rule \"%1\" has patterns in an unknown language \"%2\"; the "
                                 "languages are %3.")
                                  .arg(id, language, quotedList(languages())));
        }
        for (const QString& language : languages()) {
            const QJsonArray list = patterns.value(language).toArray();
            if (list.isEmpty())
                return refuse(tr("Rule \"%1\" has no patterns for \"%2\".").arg(id, language));
            for (int p = 0; p < list.size(); ++p) {
                const QString source = list.at(p).toString();
                if (!list.at(p).isString() || source.trimmed().isEmpty())
                    return refuse(tr("Rule \"%1\": pattern %2 #%3 is empty or not a text.")
                                      .arg(id, language)
                                      .arg(p + 1));
                QString expanded;
                QString why = expand(vocabulary, language, source, 0, &expanded);
                QRegularExpression regex(expanded, kRegexOptions);
                if (why.isEmpty())
                    why = patternProblem(expanded, regex);
                if (!why.isEmpty())
                    return refuse(tr("Rule \"%1\": pattern %2 #%3 %4.")
                                      .arg(id, language)
                                      .arg(p + 1)
                                      .arg(why));
                regex.optimize();
                rule.patterns << Pattern{language, regex,
                                         regex.namedCaptureGroups().contains(u"claim")};
            }
        }
        problem = readTexts(object, id, QStringLiteral("reason"), &rule.reason);
        if (problem.isEmpty())
            problem = readTexts(object, id, QStringLiteral("suggestion"), &rule.suggestion);
        if (!problem.isEmpty())
            return refuse(problem);
        checker.m_rules << rule;
    }
    message.clear();
    return checker;
}
