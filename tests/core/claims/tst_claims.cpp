#include "core/ClaimsChecker.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

// The claims check of DESIGN 2.3: the phrase corpus (corpus.tsv) in English, Catalan and
// Spanish, offsets back to the original text, refused phrase files and the default catalogue.

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QString unescape(QString text)
{
    return text.replace(QStringLiteral("\\n"), QStringLiteral("\n"))
        .replace(QStringLiteral("\\t"), QStringLiteral("\t"));
}

struct CorpusRow
{
    int lineNumber = 0;
    QString language;
    QString rule; // "-" for honest wording
    QString text;
    QString matched;
};

QList<CorpusRow> readCorpus()
{
    QList<CorpusRow> rows;
    const QStringList lines =
        QString::fromUtf8(readFile(QStringLiteral(MASSAGE_DESK_CLAIMS_CORPUS)))
            .split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList columns = line.split(QLatin1Char('\t'));
        if (columns.size() < 3)
            qFatal("corpus.tsv line %d: expected language, rule and text", i + 1);
        rows.append({i + 1, columns.at(0), columns.at(1), unescape(columns.at(2)),
                     columns.size() > 3 ? unescape(columns.at(3)) : QString()});
    }
    return rows;
}

QString describe(const QList<ClaimFinding>& findings)
{
    QStringList parts;
    for (const ClaimFinding& finding : findings)
        parts << QStringLiteral("%1 \"%2\" at %3")
                     .arg(finding.ruleId, finding.matchedText)
                     .arg(finding.start);
    return parts.isEmpty() ? QStringLiteral("no findings") : parts.join(QStringLiteral("; "));
}

QJsonObject builtInObject()
{
    return QJsonDocument::fromJson(ClaimsChecker::builtInJson()).object();
}

// Changes the built-in phrase list through `edit` and returns it as JSON.
QByteArray edited(const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject root = builtInObject();
    edit(root);
    return QJsonDocument(root).toJson();
}

void editFirstRule(QJsonObject& root, const std::function<void(QJsonObject&)>& edit)
{
    QJsonArray rules = root.value(QLatin1String("rules")).toArray();
    QJsonObject rule = rules.at(0).toObject();
    edit(rule);
    rules[0] = rule;
    root.insert(QStringLiteral("rules"), rules);
}

void setFirstPattern(QJsonObject& root, const QString& language, const QString& pattern)
{
    editFirstRule(root, [&](QJsonObject& rule) {
        QJsonObject patterns = rule.value(QLatin1String("patterns")).toObject();
        QJsonArray list = patterns.value(language).toArray();
        list[0] = pattern;
        patterns.insert(language, list);
        rule.insert(QStringLiteral("patterns"), patterns);
    });
}

} // namespace

class TestClaims : public QObject
{
    Q_OBJECT

private slots:
    void builtInPhraseListIsTheDataFile()
    {
        const ClaimsChecker& checker = ClaimsChecker::builtIn();
        QVERIFY2(checker.isValid(), qPrintable(ClaimsChecker::builtInError()));
        QVERIFY(ClaimsChecker::builtInError().isEmpty());
        QCOMPARE(checker.version(), QStringLiteral("2026.2"));
        QCOMPARE(ClaimsChecker::builtInJson(),
                 readFile(QStringLiteral(MASSAGE_DESK_CLAIM_PHRASES)));
        const QStringList expected = {
            QStringLiteral("circulation"),       QStringLiteral("detox"),
            QStringLiteral("cellulite"),         QStringLiteral("slimming"),
            QStringLiteral("reshaping"),         QStringLiteral("fluid_retention"),
            QStringLiteral("medical_treatment"), QStringLiteral("treats_condition")};
        QCOMPARE(checker.ruleIds(), expected);
    }

    void corpusIsLargeEnough()
    {
        QHash<QString, int> flagged, honest;
        const QList<CorpusRow> rows = readCorpus();
        for (const CorpusRow& row : rows)
            (row.rule == QLatin1String("-") ? honest : flagged)[row.language] += 1;
        int totalFlagged = 0, totalHonest = 0;
        for (const QString& language : ClaimsChecker::languages()) {
            qInfo("corpus %s: %d flagged, %d honest", qPrintable(language), flagged.value(language),
                  honest.value(language));
            QVERIFY(flagged.value(language) >= 15);
            QVERIFY(honest.value(language) >= 10);
            totalFlagged += flagged.value(language);
            totalHonest += honest.value(language);
        }
        QCOMPARE(totalFlagged + totalHonest, int(rows.size()));
        QVERIFY(rows.size() >= 80);
        QVERIFY(totalFlagged >= 50);
        QVERIFY(totalHonest >= 30);
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("matched");
        for (const CorpusRow& row : readCorpus()) {
            const QByteArray name = QStringLiteral("%1 line %2 %3")
                                        .arg(row.language)
                                        .arg(row.lineNumber)
                                        .arg(row.rule)
                                        .toUtf8();
            QTest::newRow(name.constData()) << row.language << row.rule << row.text << row.matched;
        }
    }
    void corpus()
    {
        QFETCH(QString, language);
        QFETCH(QString, rule);
        QFETCH(QString, text);
        QFETCH(QString, matched);
        const QList<ClaimFinding> findings = ClaimsChecker::builtIn().check(text, language);
        if (rule == QLatin1String("-")) {
            QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
            return;
        }
        QVERIFY2(!matched.isEmpty(), "a claim row names the words it flags");
        const ClaimFinding* found = nullptr;
        for (const ClaimFinding& finding : findings) {
            if (finding.ruleId == rule)
                found = &finding;
        }
        QVERIFY2(found,
                 qPrintable(QStringLiteral("expected %1; got %2").arg(rule, describe(findings))));
        QCOMPARE(text.mid(found->start, found->length), matched);
        QCOMPARE(found->matchedText, matched);
        QCOMPARE(found->start, int(text.indexOf(matched)));
        const QString before = text.left(found->start);
        QCOMPARE(found->line, int(before.count(QLatin1Char('\n'))) + 1);
        QCOMPARE(found->column,
                 int(found->start - (before.lastIndexOf(QLatin1Char('\n')) + 1)) + 1);
        QVERIFY(!found->reason.isEmpty());
        QVERIFY(!found->suggestion.isEmpty());
        QVERIFY(found->category == QLatin1String("medical") ||
                found->category == QLatin1String("body_shaping"));
    }

    // Offsets, line and column point at the words exactly as typed, whatever normalisation did.
    void offsetsMapBackToTheOriginalText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("start");
        QTest::addColumn<QString>("matched");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("precomposed accent")
            << QStringLiteral("Un massatge que millora la circulació.")
            << QStringLiteral("circulation") << 16 << QStringLiteral("millora la circulació") << 1
            << 17;
        QTest::newRow("decomposed accent (NFD input)")
            << QStringLiteral("Mejora la circulacio\u0301n, de verdad.")
            << QStringLiteral("circulation") << 0 << QStringLiteral("Mejora la circulacio\u0301n")
            << 1 << 1;
        QTest::newRow("middle dot")
            << QStringLiteral("Redueix la cel·lulitis!") << QStringLiteral("cellulite") << 0
            << QStringLiteral("Redueix la cel·lulitis") << 1 << 1;
        QTest::newRow("l with middle dot (U+0140)")
            << QStringLiteral("Redueix la ce\u0140lulitis") << QStringLiteral("cellulite") << 0
            << QStringLiteral("Redueix la ce\u0140lulitis") << 1 << 1;
        QTest::newRow("line break inside the phrase")
            << QStringLiteral("Long strokes.\nIt improves\ncirculation.")
            << QStringLiteral("circulation") << 17 << QStringLiteral("improves\ncirculation") << 2
            << 4;
        QTest::newRow("CRLF and blank lines")
            << QStringLiteral("Leg massage\r\n\r\nLong strokes. Reduces\r\n  cellulite.")
            << QStringLiteral("cellulite") << 29 << QStringLiteral("Reduces\r\n  cellulite") << 3
            << 15;
        QTest::newRow("tabs, spaces, no-break space")
            << QStringLiteral("Boosts \t\u00A0 circulation") << QStringLiteral("circulation") << 0
            << QStringLiteral("Boosts \t\u00A0 circulation") << 1 << 1;
        QTest::newRow("surrogate pairs before the claim")
            << QStringLiteral("\U0001F33F\U0001F33F Detox weekend") << QStringLiteral("detox") << 5
            << QStringLiteral("Detox") << 1 << 6;
        QTest::newRow("soft hyphen inside a word")
            << QStringLiteral("It detoxi\u00ADfies.") << QStringLiteral("detox") << 3
            << QStringLiteral("detoxi\u00ADfies") << 1 << 4;
        QTest::newRow("capitals with accents")
            << QStringLiteral("ÉS UN TRACTAMENT MÈDIC") << QStringLiteral("medical_treatment") << 6
            << QStringLiteral("TRACTAMENT MÈDIC") << 1 << 7;
        QTest::newRow("curly apostrophe")
            << QStringLiteral("Guareix l’artritis") << QStringLiteral("treats_condition") << 0
            << QStringLiteral("Guareix l’artritis") << 1 << 1;
    }
    void offsetsMapBackToTheOriginalText()
    {
        QFETCH(QString, text);
        QFETCH(QString, rule);
        QFETCH(int, start);
        QFETCH(QString, matched);
        QFETCH(int, line);
        QFETCH(int, column);
        const QList<ClaimFinding> findings =
            ClaimsChecker::builtIn().check(text, QStringLiteral("en"));
        QVERIFY2(findings.size() == 1, qPrintable(describe(findings)));
        const ClaimFinding& finding = findings.first();
        QCOMPARE(finding.ruleId, rule);
        QCOMPARE(finding.start, start);
        QCOMPARE(finding.length, int(matched.size()));
        QCOMPARE(text.mid(finding.start, finding.length), matched);
        QCOMPARE(finding.matchedText, matched);
        QCOMPARE(finding.line, line);
        QCOMPARE(finding.column, column);
    }

    void normalisationReadsTextAsThePatternsDo()
    {
        QCOMPARE(ClaimsChecker::normalise(QStringLiteral("Cel·lulitis  \n\t CIRCULACIÓ")),
                 QStringLiteral("cellulitis circulacio"));
        QCOMPARE(ClaimsChecker::normalise(QStringLiteral("CEL.LULITIS i ce\u0140lulitis")),
                 QStringLiteral("cellulitis i cellulitis"));
        QCOMPARE(ClaimsChecker::normalise(QStringLiteral("Adiós, PÉRDIDA, niño, doesn’t")),
                 QStringLiteral("adios, perdida, nino, doesn't"));
        // A full stop that ends a sentence stays.
        QCOMPARE(ClaimsChecker::normalise(QStringLiteral("Legs. Calves.")),
                 QStringLiteral("legs. calves."));
    }

    void findingsAreOrderedAndWorded()
    {
        const QString text =
            QStringLiteral("Slimming and detox: it reduces cellulite and improves circulation.");
        const QList<ClaimFinding> english =
            ClaimsChecker::builtIn().check(text, QStringLiteral("en"));
        QStringList ids;
        for (const ClaimFinding& finding : english)
            ids << finding.ruleId;
        QCOMPARE(ids, (QStringList{QStringLiteral("slimming"), QStringLiteral("detox"),
                                   QStringLiteral("cellulite"), QStringLiteral("circulation")}));
        for (int i = 1; i < english.size(); ++i)
            QVERIFY(english.at(i - 1).start < english.at(i).start);

        const QList<ClaimFinding> catalan =
            ClaimsChecker::builtIn().check(text, QStringLiteral("ca_ES"));
        QCOMPARE(catalan.size(), english.size());
        QVERIFY(catalan.first().reason != english.first().reason);
        QVERIFY(catalan.first().reason.contains(QStringLiteral("aprimar")));
        const QList<ClaimFinding> unknown =
            ClaimsChecker::builtIn().check(text, QStringLiteral("fr"));
        QCOMPARE(unknown.first().reason, english.first().reason);
        QCOMPARE(unknown.first().suggestion, english.first().suggestion);
        QVERIFY(ClaimsChecker::builtIn().check(QString(), QStringLiteral("en")).isEmpty());
    }

    // The text's language adds its negation words: Spanish "sin" negates an English-looking
    // "detox" in a Spanish text, while "a sense of" in English is no Catalan "sense" (without).
    void negationListsFollowThePatternAndTheText()
    {
        const ClaimsChecker& checker = ClaimsChecker::builtIn();
        QVERIFY(
            checker.check(QStringLiteral("Un masaje sin detox."), QStringLiteral("es")).isEmpty());
        QCOMPARE(checker.check(QStringLiteral("A sense of detox."), QStringLiteral("en")).size(),
                 1);
        QVERIFY(checker.check(QStringLiteral("Sense detox."), QStringLiteral("ca")).isEmpty());
    }

    void aPhraseListOfOneRuleWorks()
    {
        QJsonObject root = builtInObject();
        QJsonArray rules = root.value(QLatin1String("rules")).toArray();
        while (rules.size() > 1)
            rules.removeLast();
        root.insert(QStringLiteral("rules"), rules);
        root.insert(QStringLiteral("version"), QStringLiteral("test.1"));
        QString error = QStringLiteral("stale");
        const std::optional<ClaimsChecker> checker =
            ClaimsChecker::fromJson(QJsonDocument(root).toJson(), &error);
        QVERIFY2(checker, qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(checker->version(), QStringLiteral("test.1"));
        QCOMPARE(checker->check(QStringLiteral("Improves circulation and detox."), "en").size(), 1);
        QVERIFY(checker->check(QStringLiteral("Does not improve circulation."), "en").isEmpty());

        // With a window of zero words, negations are never looked for.
        QJsonObject negation = root.value(QLatin1String("negation")).toObject();
        negation.insert(QStringLiteral("window_words"), 0);
        root.insert(QStringLiteral("negation"), negation);
        const std::optional<ClaimsChecker> strict =
            ClaimsChecker::fromJson(QJsonDocument(root).toJson(), &error);
        QVERIFY2(strict, qPrintable(error));
        QCOMPARE(strict->check(QStringLiteral("Does not improve circulation."), "en").size(), 1);
    }

    void malformedPhraseFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not JSON") << QByteArray("{\"format\": 1,")
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("not an object") << QByteArray("[]") << QStringLiteral("one JSON object");
        QTest::newRow("unknown format")
            << edited([](QJsonObject& r) { r.insert(QStringLiteral("format"), 2); })
            << QStringLiteral("format 2");
        QTest::newRow("no version")
            << edited([](QJsonObject& r) { r.remove(QStringLiteral("version")); })
            << QStringLiteral("\"version\"");
        QTest::newRow("unknown top field")
            << edited([](QJsonObject& r) { r.insert(QStringLiteral("rule"), QJsonArray()); })
            << QStringLiteral("unknown field \"rule\"");
        QTest::newRow("no rules") << edited([](QJsonObject& r) {
            r.insert(QStringLiteral("rules"), QJsonArray());
        }) << QStringLiteral("no \"rules\"");
        QTest::newRow("no negation")
            << edited([](QJsonObject& r) { r.remove(QStringLiteral("negation")); })
            << QStringLiteral("no \"negation\"");
        QTest::newRow("negative window") << edited([](QJsonObject& r) {
            QJsonObject negation = r.value(QLatin1String("negation")).toObject();
            negation.insert(QStringLiteral("window_words"), -1);
            r.insert(QStringLiteral("negation"), negation);
        }) << QStringLiteral("window_words");
        QTest::newRow("negation words missing a language") << edited([](QJsonObject& r) {
            QJsonObject negation = r.value(QLatin1String("negation")).toObject();
            QJsonObject words = negation.value(QLatin1String("words")).toObject();
            words.remove(QStringLiteral("ca"));
            negation.insert(QStringLiteral("words"), words);
            r.insert(QStringLiteral("negation"), negation);
        }) << QStringLiteral("needs words for \"ca\"");
        QTest::newRow("duplicate rule id") << edited([](QJsonObject& r) {
            QJsonArray rules = r.value(QLatin1String("rules")).toArray();
            rules.append(rules.at(0));
            r.insert(QStringLiteral("rules"), rules);
        }) << QStringLiteral("used more than once");
        QTest::newRow("bad rule id") << edited([](QJsonObject& r) {
            editFirstRule(
                r, [](QJsonObject& rule) { rule.insert(QStringLiteral("id"), "Circ ulation"); });
        }) << QStringLiteral("no valid \"id\"");
        QTest::newRow("unknown category") << edited([](QJsonObject& r) {
            editFirstRule(
                r, [](QJsonObject& rule) { rule.insert(QStringLiteral("category"), "cosmetic"); });
        }) << QStringLiteral("unknown category \"cosmetic\"");
        QTest::newRow("misspelt field") << edited([](QJsonObject& r) {
            editFirstRule(r, [](QJsonObject& rule) { rule.insert(QStringLiteral("patern"), "x"); });
        }) << QStringLiteral("unknown field \"patern\"");
        QTest::newRow("invalid regular expression")
            << edited([](QJsonObject& r) { setFirstPattern(r, QStringLiteral("en"), "(improves"); })
            << QStringLiteral("pattern en #1 is not a valid regular expression");
        QTest::newRow("accented pattern") << edited([](QJsonObject& r) {
            setFirstPattern(r, QStringLiteral("es"), QStringLiteral("\\bcirculación\\b"));
        }) << QStringLiteral("pattern es #1 contains \"ó\"");
        QTest::newRow("middle dot in a pattern") << edited([](QJsonObject& r) {
            setFirstPattern(r, QStringLiteral("ca"), QStringLiteral("cel·lulitis"));
        }) << QStringLiteral("contains \"·\"");
        QTest::newRow("pattern matching nothing at all")
            << edited([](QJsonObject& r) { setFirstPattern(r, QStringLiteral("en"), "x*"); })
            << QStringLiteral("matches an empty text");
        QTest::newRow("pattern that is not a text")
            << edited([](QJsonObject& r) { setFirstPattern(r, QStringLiteral("en"), "  "); })
            << QStringLiteral("is empty or not a text");
        QTest::newRow("unknown pattern language") << edited([](QJsonObject& r) {
            editFirstRule(r, [](QJsonObject& rule) {
                QJsonObject patterns = rule.value(QLatin1String("patterns")).toObject();
                patterns.insert(QStringLiteral("fr"), QJsonArray{QStringLiteral("circulation")});
                rule.insert(QStringLiteral("patterns"), patterns);
            });
        }) << QStringLiteral("unknown language \"fr\"");
        QTest::newRow("no Catalan patterns") << edited([](QJsonObject& r) {
            editFirstRule(r, [](QJsonObject& rule) {
                QJsonObject patterns = rule.value(QLatin1String("patterns")).toObject();
                patterns.remove(QStringLiteral("ca"));
                rule.insert(QStringLiteral("patterns"), patterns);
            });
        }) << QStringLiteral("no patterns for \"ca\"");
        QTest::newRow("missing Spanish suggestion") << edited([](QJsonObject& r) {
            editFirstRule(r, [](QJsonObject& rule) {
                QJsonObject suggestion = rule.value(QLatin1String("suggestion")).toObject();
                suggestion.remove(QStringLiteral("es"));
                rule.insert(QStringLiteral("suggestion"), suggestion);
            });
        }) << QStringLiteral("no \"suggestion\" text in \"es\"");
    }
    // The word lists and verb forms of issue 15: what a misspelt reference or class says.
    void malformedWordListsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown list")
            << edited([](QJsonObject& r) { setFirstPattern(r, QStringLiteral("en"), "{improvs}"); })
            << QStringLiteral("pattern en #1 uses {improvs}, which has no \"words\" in \"en\"");
        const auto withWords = [](const QJsonObject& words) {
            return edited([words](QJsonObject& r) {
                QJsonObject all = r.value(QLatin1String("words")).toObject();
                for (auto it = words.begin(); it != words.end(); ++it)
                    all.insert(it.key(), it.value());
                r.insert(QStringLiteral("words"), all);
                setFirstPattern(r, QStringLiteral("ca"), "\\b{probe}\\b");
            });
        };
        QTest::newRow("unknown verb class")
            << withWords({{QStringLiteral("probe"),
                           QJsonObject{{QStringLiteral("ca"), QJsonArray{"millor:arr"}}}}})
            << QStringLiteral("names the class \"arr\"");
        QTest::newRow("lists in a circle")
            << withWords({{QStringLiteral("probe"),
                           QJsonObject{{QStringLiteral("ca"), QJsonArray{"{other}"}}}},
                          {QStringLiteral("other"),
                           QJsonObject{{QStringLiteral("ca"), QJsonArray{"{probe}"}}}}})
            << QStringLiteral("in a circle");
        QTest::newRow("list in an unknown language")
            << withWords({{QStringLiteral("probe"),
                           QJsonObject{{QStringLiteral("fr"), QJsonArray{"ameliore"}}}}})
            << QStringLiteral("unknown language \"fr\"");
        QTest::newRow("empty list")
            << withWords(
                   {{QStringLiteral("probe"), QJsonObject{{QStringLiteral("ca"), QJsonArray{}}}}})
            << QStringLiteral("is empty");
        QTest::newRow("accented ending") << edited([](QJsonObject& r) {
            QJsonObject forms = r.value(QLatin1String("forms")).toObject();
            QJsonObject ca = forms.value(QLatin1String("ca")).toObject();
            ca.insert(QStringLiteral("ar"), QJsonArray{QStringLiteral("arà")});
            forms.insert(QStringLiteral("ca"), ca);
            r.insert(QStringLiteral("forms"), forms);
        }) << QStringLiteral("without accents");
    }
    void malformedWordListsAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!ClaimsChecker::fromJson(json, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    // One verb entry stands for every ending of its class; a (?<claim>) group moves the point up
    // to which a negation counts.
    void verbFormsAndTheClaimGroup()
    {
        QJsonObject root = builtInObject();
        QJsonObject words;
        words.insert(QStringLiteral("probe"),
                     QJsonObject{{QStringLiteral("en"), QJsonArray{"improv:e"}},
                                 {QStringLiteral("ca"), QJsonArray{"millor:ar"}},
                                 {QStringLiteral("es"), QJsonArray{"mejor:ar"}}});
        root.insert(QStringLiteral("words"), words);
        QJsonArray rules = root.value(QLatin1String("rules")).toArray();
        QJsonObject rule = rules.at(0).toObject();
        rule.insert(
            QStringLiteral("patterns"),
            QJsonObject{{QStringLiteral("en"), QJsonArray{"\\bmood\\s+(?<claim>{probe})\\b"}},
                        {QStringLiteral("ca"), QJsonArray{"\\b{probe}\\s+l'humor\\b"}},
                        {QStringLiteral("es"), QJsonArray{"\\b{probe}\\s+el\\s+humor\\b"}}});
        root.insert(QStringLiteral("rules"), QJsonArray{rule});
        QString error;
        const std::optional<ClaimsChecker> checker =
            ClaimsChecker::fromJson(QJsonDocument(root).toJson(), &error);
        QVERIFY2(checker, qPrintable(error));
        const auto flagged = [&checker](const QString& text, const QString& language) {
            return checker->check(text, language).size() == 1;
        };
        for (const char* form : {"millora", "milloraran", "millorava", "milloraria", "millori",
                                 "milloressin", "millorant", "millorat", "millorem"})
            QVERIFY2(
                flagged(QString::fromUtf8(form) + QStringLiteral(" l'humor"), QStringLiteral("ca")),
                form);
        for (const char* form : {"mejorará", "mejoró", "mejoraban", "mejoraría", "mejoren",
                                 "mejorase", "mejorando", "mejorado"})
            QVERIFY2(flagged(QString::fromUtf8(form) + QStringLiteral(" el humor"),
                             QStringLiteral("es")),
                     form);
        QVERIFY(!flagged(QStringLiteral("millorar-ne l'humor"), QStringLiteral("ca")));
        QVERIFY(flagged(QStringLiteral("Your mood improved."), QStringLiteral("en")));
        QVERIFY(!flagged(QStringLiteral("Your mood has not improved."), QStringLiteral("en")));
        QVERIFY(!flagged(QStringLiteral("No mood improves by magic"), QStringLiteral("en")));
    }

    void malformedPhraseFilesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!ClaimsChecker::fromJson(json, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(!ClaimsChecker::fromJson(json, nullptr));
    }

    // DESIGN 2.3: the application's own texts never make the claims it warns managers about.
    void defaultCatalogueHasNoClaims()
    {
        const QJsonObject catalogue =
            QJsonDocument::fromJson(readFile(QStringLiteral(MASSAGE_DESK_CATALOGUE))).object();
        const QJsonArray services = catalogue.value(QLatin1String("services")).toArray();
        QVERIFY(!services.isEmpty());
        QStringList problems;
        int checked = 0;
        for (const QJsonValue& serviceValue : services) {
            const QJsonObject service = serviceValue.toObject();
            const QString code = service.value(QLatin1String("code")).toString();
            const QJsonObject texts = service.value(QLatin1String("texts")).toObject();
            QCOMPARE(texts.keys(), (QStringList{QStringLiteral("ca"), QStringLiteral("en"),
                                                QStringLiteral("es")}));
            for (auto language = texts.begin(); language != texts.end(); ++language) {
                const QJsonObject fields = language.value().toObject();
                for (auto field = fields.begin(); field != fields.end(); ++field) {
                    QVERIFY(field.value().isString());
                    ++checked;
                    const QList<ClaimFinding> findings =
                        ClaimsChecker::builtIn().check(field.value().toString(), language.key());
                    for (const ClaimFinding& finding : findings)
                        problems << QStringLiteral("%1/%2/%3: \"%4\" (%5)")
                                        .arg(code, language.key(), field.key(), finding.matchedText,
                                             finding.ruleId);
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
        QVERIFY(checked >= int(services.size()) * 3 * 4);
    }

    // The editor checks on every keystroke: a long description stays quick.
    void aLongDescriptionIsCheckedQuickly()
    {
        QString text;
        for (int i = 0; i < 40; ++i)
            text += QStringLiteral("Una sessió tranquil·la, amb passades llargues i suaus cap "
                                   "amunt; a relaxing hour for your legs. ");
        text += QStringLiteral("Mejora la circulación.");
        QElapsedTimer timer;
        timer.start();
        QList<ClaimFinding> findings;
        for (int i = 0; i < 10; ++i)
            findings = ClaimsChecker::builtIn().check(text, QStringLiteral("ca"));
        QCOMPARE(findings.size(), 1);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        qInfo("10 checks of %d characters: %lld ms", int(text.size()), timer.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestClaims)
#include "tst_claims.moc"
