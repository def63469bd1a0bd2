#include "core/JsonDuplicateKeys.h"
#include "core/PrecautionEngine.h"
#include "core/PrecautionRules.h"
#include "precaution_fixtures.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <algorithm>

namespace {

const PrecautionRules& rules()
{
    return PrecautionRules::builtIn();
}

} // namespace

class TestPrecautions : public QObject
{
    Q_OBJECT

private slots:
    void builtInRulesLoadWithTheTenQuestionsOfTheDesign()
    {
        QVERIFY2(rules().isValid(), qPrintable(PrecautionRules::builtInError()));
        QCOMPARE(rules().version(), QStringLiteral("2026.1"));
        QStringList expected;
        for (const DesignRow& row : designTable())
            expected << row.id;
        QCOMPARE(idsOf(rules().questions()), expected);
        for (const DesignRow& row : designTable()) {
            const PrecautionQuestion* question = rules().question(row.id);
            QVERIFY(question);
            QCOMPARE(question->trigger, row.trigger);
            QCOMPARE(outcomeToString(question->outcome), row.outcome);
            QCOMPARE(question->followUp.has_value(), row.avoidsArea);
            if (row.avoidsArea)
                QCOMPARE(question->followUp->id, QStringLiteral("avoid_areas"));
        }
    }

    void everyQuestionSpeaksEnglishCatalanAndSpanish()
    {
        for (const PrecautionQuestion& question : rules().questions()) {
            for (const char* language : {"en", "ca", "es"}) {
                const QString lang = QLatin1String(language);
                const QString where = question.id + QLatin1Char('/') + lang;
                QVERIFY2(question.texts.contains(lang), qPrintable(where));
                const PrecautionTexts texts = question.texts.value(lang);
                QVERIFY2(texts.question.endsWith(QLatin1Char('?')), qPrintable(where));
                QVERIFY2(!texts.reason.isEmpty() && !texts.advice.isEmpty(), qPrintable(where));
                if (lang == QLatin1String("es"))
                    QVERIFY2(texts.question.startsWith(QChar(0x00BF)), qPrintable(where));
                if (lang != QLatin1String("en"))
                    QVERIFY2(texts.question != question.texts.value(QStringLiteral("en")).question,
                             qPrintable(where));
                if (question.followUp)
                    QVERIFY2(!question.followUp->labels.value(lang).isEmpty(), qPrintable(where));
            }
        }
        const PrecautionQuestion* pregnant = rules().question(QStringLiteral("pregnant"));
        QCOMPARE(pregnant->textsIn(QStringLiteral("ca_ES")).question,
                 pregnant->texts.value(QStringLiteral("ca")).question);
        QCOMPARE(pregnant->textsIn(QStringLiteral("fr")).question,
                 pregnant->texts.value(QStringLiteral("en")).question);
    }

    void eachServiceAsksExactlyItsQuestions_data()
    {
        QTest::addColumn<QString>("service");
        for (const QString& service : kServices)
            QTest::newRow(qPrintable(service)) << service;
    }
    void eachServiceAsksExactlyItsQuestions()
    {
        QFETCH(QString, service);
        QStringList expected;
        for (const DesignRow& row : designTable()) {
            if (row.services.contains(service))
                expected << row.id;
        }
        QCOMPARE(idsOf(rules().questionsFor(service)), expected);
        const Evaluation calm = evaluate(rules(), service, calmAnswers(service));
        QCOMPARE(calm.outcome, Outcome::Proceed);
        QVERIFY(calm.reasons.isEmpty());
        QVERIFY(calm.complete());
    }

    void designTableRowByRow_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("service");
        QTest::addColumn<bool>("applies");
        for (const DesignRow& row : designTable()) {
            for (const QString& service : kServices) {
                const bool applies = row.services.contains(service);
                const QString name = row.id + QLatin1Char('/') + service +
                                     (applies ? QString() : QStringLiteral(" (does not apply)"));
                QTest::newRow(qPrintable(name)) << row.id << service << applies;
            }
        }
    }
    void designTableRowByRow()
    {
        QFETCH(QString, id);
        QFETCH(QString, service);
        QFETCH(bool, applies);
        const DesignRow& row = *std::find_if(designTable().begin(), designTable().end(),
                                             [&](const DesignRow& r) { return r.id == id; });
        QHash<QString, bool> answers = calmAnswers(service);
        answers.insert(id, row.trigger);
        const Evaluation result = evaluate(rules(), service, answers);
        QVERIFY(result.complete());
        QCOMPARE(result.ruleVersion, QStringLiteral("2026.1"));
        QCOMPARE(result.serviceCode, service);
        QString message;
        QVERIFY2(PrecautionEngine::isAcceptable(result, &message), qPrintable(message));
        if (applies) {
            QCOMPARE(outcomeToString(result.outcome), row.outcome);
            QCOMPARE(result.reasons, QStringList{id});
            QVERIFY(result.notApplicable.isEmpty());
            QCOMPARE(result.followUps,
                     row.avoidsArea ? QStringList{QStringLiteral("avoid_areas")} : QStringList());
        } else {
            QCOMPARE(result.outcome, Outcome::Proceed);
            QVERIFY(result.reasons.isEmpty());
            QCOMPARE(result.notApplicable, QStringList{id});
        }
    }

    void combinationsTakeTheMostSevereOutcome_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QStringList>("triggered");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QStringList>("reasons");
        const auto ids = [](const char* list) {
            return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };
        QTest::newRow("note + needs_clearance")
            << QStringLiteral("leg") << ids("recurring_heaviness pregnant")
            << QStringLiteral("needs_clearance") << ids("pregnant recurring_heaviness");
        QTest::newRow("note + note")
            << QStringLiteral("leg") << ids("regular_exercise recurring_heaviness")
            << QStringLiteral("note") << ids("recurring_heaviness regular_exercise");
        QTest::newRow("note + adapt")
            << QStringLiteral("leg") << ids("regular_exercise skin_problems")
            << QStringLiteral("adapt") << ids("skin_problems regular_exercise");
        QTest::newRow("adapt + needs_clearance")
            << QStringLiteral("foot") << ids("skin_problems varicose_veins")
            << QStringLiteral("needs_clearance") << ids("varicose_veins skin_problems");
        QTest::newRow("adapt + stop_refer")
            << QStringLiteral("sports") << ids("skin_problems one_leg_symptoms")
            << QStringLiteral("stop_refer") << ids("one_leg_symptoms skin_problems");
        QTest::newRow("needs_clearance + stop_refer")
            << QStringLiteral("full-body") << ids("pregnant one_leg_symptoms")
            << QStringLiteral("stop_refer") << ids("one_leg_symptoms pregnant");
        QTest::newRow("unassessed lymphatic + adapt")
            << QStringLiteral("lymphatic") << ids("lymphatic_assessed skin_problems")
            << QStringLiteral("needs_clearance") << ids("skin_problems lymphatic_assessed");
        const QString all = QStringLiteral("one_leg_symptoms pregnant varicose_veins recent_injury "
                                           "intense_pain skin_problems medical_diagnosis "
                                           "recurring_heaviness regular_exercise");
        QTest::newRow("everything on a leg massage")
            << QStringLiteral("leg") << ids(qPrintable(all)) << QStringLiteral("stop_refer")
            << ids(qPrintable(all));
    }
    void combinationsTakeTheMostSevereOutcome()
    {
        QFETCH(QString, service);
        QFETCH(QStringList, triggered);
        QFETCH(QString, outcome);
        QFETCH(QStringList, reasons);
        QHash<QString, bool> answers = calmAnswers(service);
        for (const QString& id : triggered)
            answers.insert(id, triggerOf(id));
        const Evaluation result = evaluate(rules(), service, answers);
        QCOMPARE(outcomeToString(result.outcome), outcome);
        QCOMPARE(result.reasons, reasons);
        QVERIFY(result.complete());
    }

    void missingAnswersAreListedExactly_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QStringList>("unanswered");
        QTest::addColumn<QStringList>("missing");
        QStringList legIds = idsOf(rules().questionsFor(QStringLiteral("leg")));
        QTest::newRow("nothing answered") << QStringLiteral("leg") << legIds << legIds;
        QTest::newRow("lymphatic assessment")
            << QStringLiteral("lymphatic") << QStringList{QStringLiteral("lymphatic_assessed")}
            << QStringList{QStringLiteral("lymphatic_assessed")};
        QTest::newRow("two, listed in rule order")
            << QStringLiteral("sports")
            << QStringList{QStringLiteral("skin_problems"), QStringLiteral("pregnant")}
            << QStringList{QStringLiteral("pregnant"), QStringLiteral("skin_problems")};
    }
    void missingAnswersAreListedExactly()
    {
        QFETCH(QString, service);
        QFETCH(QStringList, unanswered);
        QFETCH(QStringList, missing);
        QHash<QString, bool> answers = calmAnswers(service);
        for (const QString& id : unanswered)
            answers.remove(id);
        const Evaluation result = evaluate(rules(), service, answers);
        QCOMPARE(result.missing, missing);
        QVERIFY(!result.complete());
        QString message;
        QVERIFY(!PrecautionEngine::isAcceptable(result, &message));
        for (const QString& id : missing)
            QVERIFY2(message.contains(id), qPrintable(message));
    }

    void aRedFlagShowsEvenWhileAnswersAreMissing()
    {
        const Evaluation result =
            evaluate(rules(), QStringLiteral("leg"), {{QStringLiteral("one_leg_symptoms"), true}});
        QCOMPARE(result.outcome, Outcome::StopRefer);
        QCOMPARE(result.missing.size(), 8); // the leg massage asks 9 questions
        QVERIFY(!PrecautionEngine::isAcceptable(result, nullptr));
    }

    void unknownQuestionIdsAreRefused()
    {
        QHash<QString, bool> answers = calmAnswers(QStringLiteral("foot"));
        answers.insert(QStringLiteral("pregnat"), true);
        answers.insert(QStringLiteral("Pregnant"), false);
        const Evaluation result = evaluate(rules(), QStringLiteral("foot"), answers);
        QCOMPARE(result.unknown,
                 (QStringList{QStringLiteral("Pregnant"), QStringLiteral("pregnat")}));
        QVERIFY(result.missing.isEmpty());
        QVERIFY(!result.complete());
        QString message;
        QVERIFY(!PrecautionEngine::isAcceptable(result, &message));
        QVERIFY2(message.contains(QStringLiteral("pregnat")) &&
                     message.contains(QStringLiteral("2026.1")),
                 qPrintable(message));
    }

    void noRulesMeansNoAcceptableCheckIn()
    {
        const Evaluation result = evaluate(PrecautionRules(), QStringLiteral("leg"), {});
        QString message;
        QVERIFY(!PrecautionEngine::isAcceptable(result, &message));
        QVERIFY2(message.contains(QStringLiteral("No precaution rules")), qPrintable(message));
    }

    void malformedRuleFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        for (const BadFile& bad : badFiles())
            QTest::newRow(bad.name) << bad.json << bad.expected;
    }
    void malformedRuleFilesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!PrecautionRules::fromJson(json, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void eachMalformedFileGetsItsOwnMessage()
    {
        QSet<QString> messages;
        const QList<BadFile> bad = badFiles();
        for (const BadFile& file : bad) {
            QString error;
            PrecautionRules::fromJson(file.json, &error);
            messages.insert(error);
        }
        QCOMPARE(messages.size(), bad.size());
    }

    void anEditedRuleSetReportsItsOwnVersion()
    {
        QString error;
        const auto edited = PrecautionRules::fromJson(mutated([](QJsonObject& root) {
                                                          root[QLatin1String("version")] =
                                                              QStringLiteral("2027.1-test");
                                                      }),
                                                      &error);
        QVERIFY2(edited, qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(evaluate(*edited, QStringLiteral("leg"), {}).ruleVersion,
                 QStringLiteral("2027.1-test"));
    }

    void outcomeCodesRoundTripInSeverityOrder()
    {
        const QList<Outcome> all = allOutcomes();
        QCOMPARE(all.size(), 5);
        QStringList codes;
        for (int i = 0; i < all.size(); ++i) {
            codes << outcomeToString(all.at(i));
            QCOMPARE(outcomeFromString(codes.last()), std::optional<Outcome>(all.at(i)));
            if (i > 0)
                QVERIFY(all.at(i - 1) < all.at(i));
        }
        QCOMPARE(codes.join(QLatin1Char(' ')),
                 QStringLiteral("proceed note adapt needs_clearance stop_refer"));
        QCOMPARE(mostSevere(Outcome::NeedsClearance, Outcome::Note), Outcome::NeedsClearance);
        QVERIFY(!outcomeFromString(QStringLiteral("Stop_Refer")));
    }

    void answersFileIsRead()
    {
        QString error;
        const auto parsed = PrecautionEngine::parseAnswers(
            R"({"answers": {"one_leg_symptoms": false, "pregnant": true},
                "avoid_areas": "left calf", "notes": "Prefers light pressure"})",
            &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->answers.size(), 2);
        QCOMPARE(parsed->answers.value(QStringLiteral("pregnant")), true);
        QCOMPARE(parsed->avoidAreas, QStringLiteral("left calf"));
        QCOMPARE(parsed->notes, QStringLiteral("Prefers light pressure"));
    }

    // An open referral (DESIGN 2.2) follows the client to every service: calm answers give
    // needs_clearance with the referral as the last reason; a new red flag still stops.
    void openReferralMakesEveryServiceNeedClearance()
    {
        OpenReferral referral;
        referral.checkinId = 7;
        referral.bookingId = 12;
        referral.date = QDate(2026, 11, 25);
        referral.serviceCode = QStringLiteral("leg");
        for (const QString& service : kServices) {
            QHash<QString, bool> answers = calmAnswers(service);
            QCOMPARE(evaluate(PrecautionRules::builtIn(), service, answers).outcome,
                     Outcome::Proceed);
            const Evaluation held =
                PrecautionEngine::evaluate(PrecautionRules::builtIn(), service, answers, referral);
            QCOMPARE(held.outcome, Outcome::NeedsClearance);
            QCOMPARE(held.reasons, QStringList{openReferralReason()});
            QVERIFY(held.complete());
            QCOMPARE(held.openReferral->bookingId, 12);
            answers.insert(QStringLiteral("one_leg_symptoms"), true);
            QCOMPARE(
                PrecautionEngine::evaluate(PrecautionRules::builtIn(), service, answers, referral)
                    .outcome,
                Outcome::StopRefer);
        }
        const QString text = PrecautionEngine::openReferralText(referral);
        QVERIFY2(text.contains(QStringLiteral("2026-11-25")) && text.contains(QStringLiteral("12")),
                 qPrintable(text));
    }

    // The same key in different objects, keys that differ only after decoding and escaped
    // quotes inside strings are no duplicates; a repeat inside an array's object is one.
    void distinctKeysAreNoDuplicates()
    {
        const QByteArray distinct = "{\"a\": {\"x\": 1}, \"b\": {\"x\": 1}, \"c\": [{\"x\": 1}, "
                                    "{\"x\": 2}], \"d\": \"x\\\"x\"}";
        QCOMPARE(JsonDuplicateKeys::firstDuplicate(distinct), QString());
        const QByteArray escapedBackslash = "{\"a\\\\u0062\": 1, \"ab\": 2}";
        QCOMPARE(JsonDuplicateKeys::firstDuplicate(escapedBackslash), QString());
        const QByteArray inArray = "{\"a\": [{\"k\": 1, \"k\": 2}]}";
        QCOMPARE(JsonDuplicateKeys::firstDuplicate(inArray), QStringLiteral("a.[0].k"));
        const QByteArray pair = "{\"\\ud83d\\ude00\": 1, \"\xf0\x9f\x98\x80\": 2}";
        QCOMPARE(JsonDuplicateKeys::firstDuplicate(pair), QStringLiteral("\U0001F600"));
    }

    void answersFileRefusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not JSON") << QByteArray("{\"answers\": ") << QStringLiteral("valid JSON");
        QTest::newRow("a list") << QByteArray("[]") << QStringLiteral("one JSON object");
        QTest::newRow("no answers") << QByteArray("{}") << QStringLiteral("an \"answers\" object");
        QTest::newRow("answer as text") << QByteArray(R"({"answers": {"pregnant": "no"}})")
                                        << QStringLiteral("\"pregnant\" must be true or false");
        QTest::newRow("answer as number") << QByteArray(R"({"answers": {"intense_pain": 0}})")
                                          << QStringLiteral("\"intense_pain\" must be true");
        QTest::newRow("answer null") << QByteArray(R"({"answers": {"recent_injury": null}})")
                                     << QStringLiteral("\"recent_injury\" must be true");
        QTest::newRow("unknown field") << QByteArray(R"({"answers": {}, "answer": {}})")
                                       << QStringLiteral("unknown field \"answer\"");
        QTest::newRow("areas as a list") << QByteArray(R"({"answers": {}, "avoid_areas": []})")
                                         << QStringLiteral("\"avoid_areas\" in the check-in");
        // QJsonDocument keeps the last of two equal keys: the red flag would be dropped.
        QTest::newRow("answer twice")
            << QByteArray("{\"answers\": {\"one_leg_symptoms\": true, \"pregnant\": false, "
                          "\"one_leg_symptoms\": false}}")
            << QStringLiteral("\"answers.one_leg_symptoms\" more than once");
        QTest::newRow("answer twice, escaped")
            << QByteArray(
                   "{\"answers\": {\"one_leg_symptoms\": true, \"one_leg_symptom\\u0073\": false}}")
            << QStringLiteral("\"answers.one_leg_symptoms\" more than once");
        QTest::newRow("answer twice, escaped first")
            << QByteArray(
                   "{\"answers\": {\"\\u006fne_leg_symptoms\": true, \"one_leg_symptoms\": false}}")
            << QStringLiteral("\"answers.one_leg_symptoms\" more than once");
        QTest::newRow("two answers objects")
            << QByteArray("{\"answers\": {\"one_leg_symptoms\": true}, \"notes\": \"\", "
                          "\"answers\": {\"one_leg_symptoms\": false}}")
            << QStringLiteral("\"answers\" more than once");
        QTest::newRow("notes twice")
            << QByteArray("{\"answers\": {}, \"notes\": \"a\", \"notes\": \"b\"}")
            << QStringLiteral("\"notes\" more than once");
        QTest::newRow("non-ASCII key twice")
            << QByteArray("{\"answers\": {}, \"n\xc3\xa9\": 1, \"n\\u00e9\": 2}")
            << QStringLiteral("\"n\u00e9\" more than once");
    }
    void answersFileRefusals()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!PrecautionEngine::parseAnswers(json, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPrecautions)
#include "tst_precautions.moc"
