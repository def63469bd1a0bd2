#include "precaution_fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>

const QStringList kServices = {QStringLiteral("leg"), QStringLiteral("foot"),
                               QStringLiteral("sports"), QStringLiteral("lymphatic"),
                               QStringLiteral("full-body")};

namespace {

QStringList codes(const char* spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(QLatin1Char(' '));
}

DesignRow makeRow(const char* id, bool trigger, const char* outcome, const QStringList& services,
                  bool avoidsArea = false)
{
    return {QLatin1String(id), trigger, QLatin1String(outcome), services, avoidsArea};
}

} // namespace

const QList<DesignRow>& designTable()
{
    static const QList<DesignRow> rows = {
        makeRow("one_leg_symptoms", true, "stop_refer", kServices),
        makeRow("pregnant", true, "needs_clearance", kServices),
        makeRow("varicose_veins", true, "needs_clearance", codes("leg foot lymphatic full-body"),
                true),
        makeRow("recent_injury", true, "needs_clearance", kServices),
        makeRow("intense_pain", true, "needs_clearance", kServices),
        makeRow("skin_problems", true, "adapt", kServices, true),
        makeRow("medical_diagnosis", true, "needs_clearance", kServices),
        makeRow("lymphatic_assessed", false, "needs_clearance", codes("lymphatic")),
        makeRow("recurring_heaviness", true, "note", codes("leg")),
        makeRow("regular_exercise", true, "note", codes("leg")),
    };
    return rows;
}

bool triggerOf(const QString& id)
{
    for (const DesignRow& row : designTable()) {
        if (row.id == id)
            return row.trigger;
    }
    return true;
}

QHash<QString, bool> calmAnswers(const QString& service)
{
    QHash<QString, bool> answers;
    for (const DesignRow& row : designTable()) {
        if (row.services.contains(service))
            answers.insert(row.id, !row.trigger);
    }
    return answers;
}

QStringList idsOf(const QList<PrecautionQuestion>& questions)
{
    QStringList ids;
    for (const PrecautionQuestion& question : questions)
        ids << question.id;
    return ids;
}

QByteArray mutated(const std::function<void(QJsonObject&)>& change)
{
    QJsonObject root = QJsonDocument::fromJson(PrecautionRules::builtInJson()).object();
    change(root);
    return QJsonDocument(root).toJson();
}

namespace {

QByteArray withQuestion(int index, const std::function<void(QJsonObject&)>& change)
{
    return mutated([&](QJsonObject& root) {
        QJsonArray questions = root.value(QLatin1String("questions")).toArray();
        QJsonObject question = questions.at(index).toObject();
        change(question);
        questions[index] = question;
        root[QLatin1String("questions")] = questions;
    });
}

QByteArray withTexts(int index, const QString& language,
                     const std::function<void(QJsonObject&)>& change)
{
    return withQuestion(index, [&](QJsonObject& question) {
        QJsonObject texts = question.value(QLatin1String("texts")).toObject();
        QJsonObject wording = texts.value(language).toObject();
        change(wording);
        texts[language] = wording;
        question[QLatin1String("texts")] = texts;
    });
}

} // namespace

QList<BadFile> badFiles()
{
    const auto set = [](const char* key, const QJsonValue& value) {
        return [key, value](QJsonObject& object) {
            object[QLatin1String(key)] = value;
        };
    };
    const auto drop = [](const char* key) {
        return [key](QJsonObject& object) {
            object.remove(QLatin1String(key));
        };
    };
    const QJsonArray shuffled = {QStringLiteral("note"), QStringLiteral("proceed"),
                                 QStringLiteral("adapt"), QStringLiteral("needs_clearance"),
                                 QStringLiteral("stop_refer")};
    QJsonArray extraLevel = shuffled;
    extraLevel[0] = QStringLiteral("urgent");
    return {
        {"not JSON", QByteArrayLiteral("{\"format\": 1,"), QStringLiteral("not valid JSON")},
        {"a list, not an object", QByteArrayLiteral("[1, 2]"), QStringLiteral("one JSON object")},
        {"unknown top-level field", mutated(set("comment", 1)),
         QStringLiteral("file has an unknown field \"comment\"")},
        {"no format", mutated(drop("format")), QStringLiteral("no \"format\" number")},
        {"format 2", mutated(set("format", 2)), QStringLiteral("format 2; this program reads")},
        {"no version", mutated(drop("version")), QStringLiteral("needs a \"version\"")},
        {"unknown level", mutated(set("levels", extraLevel)),
         QStringLiteral("Unknown outcome level \"urgent\"")},
        {"levels out of order", mutated(set("levels", shuffled)), QStringLiteral("mildest first")},
        {"no questions", mutated(set("questions", QJsonArray())),
         QStringLiteral("no \"questions\"")},
        {"question without id", withQuestion(0, drop("id")),
         QStringLiteral("Question 1 has no valid \"id\"")},
        {"duplicate id", withQuestion(1, set("id", QStringLiteral("one_leg_symptoms"))),
         QStringLiteral("\"one_leg_symptoms\" is used more than once")},
        {"unknown question field", withQuestion(0, set("applies", 1)),
         QStringLiteral("\"one_leg_symptoms\" has an unknown field \"applies\"")},
        {"applies_to naming nothing", withQuestion(2, set("applies_to", QJsonArray())),
         QStringLiteral("\"varicose_veins\": \"applies_to\" names no service")},
        {"applies_to with a non-code", withQuestion(2, set("applies_to", QJsonArray{1})),
         QStringLiteral("must be a service code")},
        {"applies_to mixing * and a code",
         withQuestion(3, set("applies_to", QJsonArray{QStringLiteral("*"), QStringLiteral("leg")})),
         QStringLiteral("already means every service")},
        {"trigger as text", withQuestion(0, set("trigger", QStringLiteral("yes"))),
         QStringLiteral("\"trigger\" must be true or false")},
        {"unknown outcome", withQuestion(4, set("outcome", QStringLiteral("urgent"))),
         QStringLiteral("\"intense_pain\" has an unknown outcome \"urgent\"")},
        {"outcome proceed", withQuestion(4, set("outcome", QStringLiteral("proceed"))),
         QStringLiteral("would never change a check-in")},
        {"no English texts",
         withQuestion(6,
                      [](QJsonObject& q) {
                          QJsonObject texts = q.value(QLatin1String("texts")).toObject();
                          texts.remove(QLatin1String("en"));
                          q[QLatin1String("texts")] = texts;
                      }),
         QStringLiteral("\"medical_diagnosis\" has no English texts")},
        {"Catalan texts without a reason", withTexts(5, QStringLiteral("ca"), drop("reason")),
         QStringLiteral("the \"ca\" texts need a \"question\" and a \"reason\"")},
        {"follow-up without id",
         withQuestion(5, set("follow_up", QJsonObject{{QStringLiteral("texts"), QJsonObject()}})),
         QStringLiteral("\"skin_problems\": \"follow_up\" needs an \"id\"")},
    };
}
