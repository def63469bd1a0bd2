#include "core/PrecautionEngine.h"

#include "core/FreeText.h"
#include "core/JsonDuplicateKeys.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

Evaluation PrecautionEngine::evaluate(const PrecautionRules& rules, const QString& serviceCode,
                                      const QHash<QString, bool>& answers,
                                      const std::optional<OpenReferral>& referral)
{
    Evaluation result;
    result.serviceCode = serviceCode;
    result.ruleVersion = rules.version();

    for (const PrecautionQuestion& question : rules.questions()) {
        const auto answer = answers.constFind(question.id);
        if (!question.appliesToService(serviceCode)) {
            if (answer != answers.constEnd())
                result.notApplicable << question.id;
            continue;
        }
        if (answer == answers.constEnd()) {
            result.missing << question.id;
            continue;
        }
        if (answer.value() != question.trigger)
            continue;
        result.outcome = mostSevere(result.outcome, question.outcome);
        result.reasons << question.id;
        if (question.followUp && !result.followUps.contains(question.followUp->id))
            result.followUps << question.followUp->id;
    }

    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
        if (!rules.contains(it.key()))
            result.unknown << it.key();
    }
    std::sort(result.unknown.begin(), result.unknown.end());

    if (referral) {
        result.openReferral = referral;
        result.outcome = mostSevere(result.outcome, Outcome::NeedsClearance);
        result.reasons << openReferralReason();
    }
    return result;
}

QString PrecautionEngine::openReferralText(const OpenReferral& referral)
{
    return tr("This client was stopped and referred to a health professional on %1 (booking %2). "
              "Until their clearance is recorded (who, when, what they advised), every session "
              "needs clearance before it starts.")
        .arg(referral.date.toString(Qt::ISODate))
        .arg(referral.bookingId);
}

bool PrecautionEngine::isAcceptable(const Evaluation& evaluation, QString* message)
{
    QStringList problems;
    if (evaluation.ruleVersion.isEmpty())
        problems << tr("No precaution rules are loaded, so the answers cannot be checked.");
    if (evaluation.serviceCode.trimmed().isEmpty())
        problems << tr("The check-in names no service.");
    if (!evaluation.unknown.isEmpty())
        problems << tr("These answers are not questions of precaution rules %1: %2.")
                        .arg(evaluation.ruleVersion, evaluation.unknown.join(QStringLiteral(", ")));
    if (!evaluation.missing.isEmpty())
        problems << tr("Every question must be answered; missing: %1.")
                        .arg(evaluation.missing.join(QStringLiteral(", ")));
    if (message)
        *message = problems.join(QLatin1Char(' '));
    return problems.isEmpty();
}

std::optional<CheckInAnswers> PrecautionEngine::parseAnswers(const QByteArray& json, QString* error)
{
    QString ignored;
    QString& message = error ? *error : ignored;
    const auto refuse = [&message](const QString& why) {
        message = why;
        return std::optional<CheckInAnswers>();
    };

    // Qt's parser would read broken UTF-8 as U+FFFD and store that in the notes.
    const QString utf8 = FreeText::utf8Problem(json, tr("The check-in answers file"));
    if (!utf8.isEmpty())
        return refuse(utf8);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(tr("The check-in answers are not valid JSON (%1 at byte %2).")
                          .arg(parseError.errorString())
                          .arg(parseError.offset));
    // Two equal keys would silently keep the last answer and could hide a red flag.
    const QString duplicate = JsonDuplicateKeys::firstDuplicate(json);
    if (!duplicate.isNull())
        return refuse(tr("The check-in answers give \"%1\" more than once; each key may appear "
                         "only once, so nothing was recorded.")
                          .arg(duplicate));
    if (!document.isObject())
        return refuse(tr("The check-in answers must be one JSON object with an \"answers\" "
                         "object inside."));
    const QJsonObject root = document.object();
    const QStringList known = {QStringLiteral("answers"), QStringLiteral("avoid_areas"),
                               QStringLiteral("notes")};
    for (const QString& key : root.keys()) {
        if (!known.contains(key))
            return refuse(tr("The check-in answers have an unknown field \"%1\"; the fields are "
                             "\"answers\", \"avoid_areas\" and \"notes\".")
                              .arg(key));
    }
    if (!root.value(QLatin1String("answers")).isObject())
        return refuse(tr("The check-in answers need an \"answers\" object, e.g. "
                         "{\"answers\": {\"pregnant\": false}}."));

    CheckInAnswers result;
    const QJsonObject answers = root.value(QLatin1String("answers")).toObject();
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        if (!it.value().isBool())
            return refuse(tr("The answer to \"%1\" must be true or false.").arg(it.key()));
        result.answers.insert(it.key(), it.value().toBool());
    }
    for (const QString& field : {QStringLiteral("avoid_areas"), QStringLiteral("notes")}) {
        const QJsonValue value = root.value(field);
        if (!value.isUndefined() && !value.isNull() && !value.isString())
            return refuse(tr("\"%1\" in the check-in answers must be text.").arg(field));
    }
    result.avoidAreas = root.value(QLatin1String("avoid_areas")).toString();
    result.notes = root.value(QLatin1String("notes")).toString();
    message.clear();
    return result;
}
