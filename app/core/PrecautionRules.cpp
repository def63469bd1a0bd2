#include "core/PrecautionRules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

// Static libraries keep their resources only when something refers to them: this reference
// makes :/data/precautions available to every program and test that links massage_core.
static void initPrecautionResources()
{
    Q_INIT_RESOURCE(massage_precautions);
}

namespace {

const QString kBuiltInPath = QStringLiteral(":/data/precautions/rules-2026.1.json");
const QString kEvery = QStringLiteral("*");

const QStringList& outcomeCodes()
{
    static const QStringList codes = {QStringLiteral("proceed"), QStringLiteral("note"),
                                      QStringLiteral("adapt"), QStringLiteral("needs_clearance"),
                                      QStringLiteral("stop_refer")};
    return codes;
}

bool isIdentifier(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return pattern.match(text).hasMatch();
}

bool isServiceCode(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    return pattern.match(text).hasMatch();
}

QString quotedList(const QStringList& items)
{
    QStringList quoted;
    for (const QString& item : items)
        quoted << QLatin1Char('"') + item + QLatin1Char('"');
    return quoted.join(QStringLiteral(", "));
}

struct Loaded
{
    std::optional<PrecautionRules> rules;
    QString error;
};

} // namespace

QString outcomeToString(Outcome outcome)
{
    return outcomeCodes().at(static_cast<int>(outcome));
}

std::optional<Outcome> outcomeFromString(const QString& code)
{
    const int index = outcomeCodes().indexOf(code);
    if (index < 0)
        return std::nullopt;
    return static_cast<Outcome>(index);
}

QList<Outcome> allOutcomes()
{
    return {Outcome::Proceed, Outcome::Note, Outcome::Adapt, Outcome::NeedsClearance,
            Outcome::StopRefer};
}

QString PrecautionFollowUp::label(const QString& language) const
{
    return labels.value(language, labels.value(QStringLiteral("en")));
}

bool PrecautionQuestion::appliesToService(const QString& serviceCode) const
{
    return appliesTo.contains(kEvery) || appliesTo.contains(serviceCode);
}

PrecautionTexts PrecautionQuestion::textsIn(const QString& language) const
{
    if (texts.contains(language))
        return texts.value(language);
    const QString base = language.section(QRegularExpression(QStringLiteral("[_-]")), 0, 0);
    return texts.value(base, texts.value(QStringLiteral("en")));
}

QList<PrecautionQuestion> PrecautionRules::questionsFor(const QString& serviceCode) const
{
    QList<PrecautionQuestion> result;
    for (const PrecautionQuestion& question : m_questions) {
        if (question.appliesToService(serviceCode))
            result << question;
    }
    return result;
}

const PrecautionQuestion* PrecautionRules::question(const QString& id) const
{
    for (const PrecautionQuestion& question : m_questions) {
        if (question.id == id)
            return &question;
    }
    return nullptr;
}

std::optional<PrecautionRules> PrecautionRules::fromJson(const QByteArray& json, QString* error)
{
    QString ignored;
    QString& message = error ? *error : ignored;
    const auto refuse = [&message](const QString& why) {
        message = why;
        return std::optional<PrecautionRules>();
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(tr("The precaution rule file is not valid JSON (%1 at byte %2).")
                          .arg(parseError.errorString())
                          .arg(parseError.offset));
    if (!document.isObject())
        return refuse(tr("The precaution rule file must hold one JSON object."));
    const QJsonObject root = document.object();

    const QStringList topKeys = {QStringLiteral("format"), QStringLiteral("version"),
                                 QStringLiteral("levels"), QStringLiteral("questions")};
    for (const QString& key : root.keys()) {
        if (!topKeys.contains(key))
            return refuse(tr("The precaution rule file has an unknown field \"%1\".").arg(key));
    }
    const QJsonValue format = root.value(QLatin1String("format"));
    if (!format.isDouble())
        return refuse(tr("The precaution rule file has no \"format\" number; expected "
                         "\"format\": %1.")
                          .arg(kFormat));
    if (format.toDouble() != kFormat)
        return refuse(tr("The precaution rule file has format %1; this program reads format %2.")
                          .arg(format.toDouble())
                          .arg(kFormat));
    const QString version = root.value(QLatin1String("version")).toString().trimmed();
    if (version.isEmpty())
        return refuse(tr("The precaution rule file needs a \"version\" text such as \"2026.1\"; "
                         "every check-in records it."));

    const QJsonValue levelsValue = root.value(QLatin1String("levels"));
    QStringList levels;
    for (const QJsonValue& level : levelsValue.toArray()) {
        if (!outcomeCodes().contains(level.toString()))
            return refuse(
                tr("Unknown outcome level \"%1\" in \"levels\"; the known levels are: %2.")
                    .arg(level.toVariant().toString(), quotedList(outcomeCodes())));
        levels << level.toString();
    }
    if (!levelsValue.isArray() || levels != outcomeCodes())
        return refuse(tr("\"levels\" must list every outcome level once, mildest first: %1.")
                          .arg(quotedList(outcomeCodes())));

    const QJsonArray questions = root.value(QLatin1String("questions")).toArray();
    if (questions.isEmpty())
        return refuse(tr("The precaution rule file has no \"questions\"."));

    const QStringList questionKeys = {QStringLiteral("id"),      QStringLiteral("applies_to"),
                                      QStringLiteral("trigger"), QStringLiteral("outcome"),
                                      QStringLiteral("texts"),   QStringLiteral("follow_up")};
    PrecautionRules rules;
    rules.m_version = version;
    QSet<QString> seen;
    for (int i = 0; i < questions.size(); ++i) {
        const QJsonObject object = questions.at(i).toObject();
        PrecautionQuestion question;
        question.id = object.value(QLatin1String("id")).toString();
        if (!isIdentifier(question.id))
            return refuse(tr("Question %1 has no valid \"id\" (lowercase letters, digits and "
                             "underscores, starting with a letter).")
                              .arg(i + 1));
        const QString& id = question.id;
        if (seen.contains(id))
            return refuse(tr("The question id \"%1\" is used more than once.").arg(id));
        seen.insert(id);
        for (const QString& key : object.keys()) {
            if (!questionKeys.contains(key))
                return refuse(tr("Question \"%1\" has an unknown field \"%2\".").arg(id, key));
        }

        for (const QJsonValue& code : object.value(QLatin1String("applies_to")).toArray()) {
            if (code.toString() != kEvery && !isServiceCode(code.toString()))
                return refuse(tr("Question \"%1\": every entry of \"applies_to\" must be a service "
                                 "code such as \"leg\", or \"*\".")
                                  .arg(id));
            question.appliesTo << code.toString();
        }
        if (question.appliesTo.isEmpty())
            return refuse(tr("Question \"%1\": \"applies_to\" names no service; list service "
                             "codes, or \"*\" for every service.")
                              .arg(id));
        if (question.appliesTo.contains(kEvery) && question.appliesTo.size() > 1)
            return refuse(tr("Question \"%1\": \"*\" already means every service; list nothing "
                             "else with it in \"applies_to\".")
                              .arg(id));

        const QJsonValue trigger = object.value(QLatin1String("trigger"));
        if (!trigger.isBool())
            return refuse(tr("Question \"%1\": \"trigger\" must be true or false (the answer that "
                             "triggers the outcome).")
                              .arg(id));
        question.trigger = trigger.toBool();

        const QString outcomeCode = object.value(QLatin1String("outcome")).toString();
        const std::optional<Outcome> outcome = outcomeFromString(outcomeCode);
        if (!outcome)
            return refuse(tr("Question \"%1\" has an unknown outcome \"%2\"; the known levels are: "
                             "%3.")
                              .arg(id, outcomeCode, quotedList(outcomeCodes())));
        if (*outcome == Outcome::Proceed)
            return refuse(tr("Question \"%1\": the outcome \"proceed\" would never change a "
                             "check-in; choose a more severe level.")
                              .arg(id));
        question.outcome = *outcome;

        const QJsonObject texts = object.value(QLatin1String("texts")).toObject();
        if (!texts.value(QLatin1String("en")).isObject())
            return refuse(
                tr("Question \"%1\" has no English texts (\"texts\": {\"en\": ...}).").arg(id));
        for (auto it = texts.begin(); it != texts.end(); ++it) {
            const QJsonObject language = it.value().toObject();
            const PrecautionTexts wording{
                language.value(QLatin1String("question")).toString().trimmed(),
                language.value(QLatin1String("reason")).toString().trimmed(),
                language.value(QLatin1String("advice")).toString().trimmed()};
            if (wording.question.isEmpty() || wording.reason.isEmpty())
                return refuse(tr("Question \"%1\": the \"%2\" texts need a \"question\" and a "
                                 "\"reason\".")
                                  .arg(id, it.key()));
            question.texts.insert(it.key(), wording);
        }

        if (object.contains(QLatin1String("follow_up"))) {
            const QJsonObject followObject = object.value(QLatin1String("follow_up")).toObject();
            PrecautionFollowUp followUp;
            followUp.id = followObject.value(QLatin1String("id")).toString();
            const QJsonObject labels = followObject.value(QLatin1String("texts")).toObject();
            for (auto it = labels.begin(); it != labels.end(); ++it) {
                const QString label =
                    it.value().toObject().value(QLatin1String("label")).toString().trimmed();
                if (!label.isEmpty())
                    followUp.labels.insert(it.key(), label);
            }
            if (!isIdentifier(followUp.id) || !followUp.labels.contains(QStringLiteral("en")))
                return refuse(tr("Question \"%1\": \"follow_up\" needs an \"id\" and an English "
                                 "label (\"texts\": {\"en\": {\"label\": ...}}).")
                                  .arg(id));
            question.followUp = followUp;
        }
        rules.m_questions << question;
    }
    message.clear();
    return rules;
}

QByteArray PrecautionRules::builtInJson()
{
    initPrecautionResources();
    QFile file(kBuiltInPath);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

static const Loaded& builtInLoaded()
{
    static const Loaded loaded = [] {
        Loaded result;
        const QByteArray json = PrecautionRules::builtInJson();
        if (json.isEmpty()) {
            result.error = PrecautionRules::tr("The built-in precaution rules (%1) are missing "
                                               "from this program.")
                               .arg(kBuiltInPath);
            return result;
        }
        result.rules = PrecautionRules::fromJson(json, &result.error);
        return result;
    }();
    return loaded;
}

const PrecautionRules& PrecautionRules::builtIn()
{
    static const PrecautionRules empty;
    const Loaded& loaded = builtInLoaded();
    return loaded.rules ? *loaded.rules : empty;
}

QString PrecautionRules::builtInError()
{
    return builtInLoaded().error;
}
