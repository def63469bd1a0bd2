#pragma once

#include "core/PrecautionRules.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

// A stop-and-refer of the same client that no clearance has closed yet (DESIGN 2.2): it follows
// the client to every later check-in, for any service.
struct OpenReferral
{
    qint64 checkinId = 0; // the referral's check-in
    qint64 bookingId = 0;
    QDate date; // the referral's day in the centre's time zone
    QString serviceCode;
};

// The reason id an open referral adds to a check-in's reasons (no question has it).
inline const QString& openReferralReason()
{
    static const QString id = QStringLiteral("earlier_referral");
    return id;
}

// The result of evaluating one check-in's answers for one service (DESIGN 2.2).
struct Evaluation
{
    Outcome outcome = Outcome::Proceed; // the most severe level any answer triggered
    QStringList reasons;                // ids of the questions that triggered, in rule order
    QStringList missing;                // applicable questions without an answer, in rule order
    QStringList unknown;                // answered ids that are no question of the rule set, sorted
    QStringList notApplicable; // answered questions that do not apply to the service, in rule order
    QStringList followUps; // follow-up fields the triggered questions ask for (e.g. avoid_areas)
    QString serviceCode;
    QString ruleVersion;
    std::optional<OpenReferral> openReferral; // raised the outcome to needs_clearance at least

    // Every applicable question answered and no unknown id: the only kind callers may store.
    bool complete() const { return missing.isEmpty() && unknown.isEmpty(); }
};

// A check-in as the CLI reads it from --answers FILE.json:
// {"answers": {"one_leg_symptoms": false, ...}, "avoid_areas": "left calf", "notes": "..."}
struct CheckInAnswers
{
    QHash<QString, bool> answers;
    QString avoidAreas;
    QString notes;
};

// Pure rules, no storage and no widgets: the GUI's live banner, the CLI and the storage layer
// all call this same code.
class PrecautionEngine
{
    Q_DECLARE_TR_FUNCTIONS(PrecautionEngine)

public:
    // With an open referral the outcome is at least needs_clearance, and openReferralReason()
    // is the last reason.
    static Evaluation evaluate(const PrecautionRules& rules, const QString& serviceCode,
                               const QHash<QString, bool>& answers,
                               const std::optional<OpenReferral>& referral = std::nullopt);

    // For a person: why this client needs clearance before any session.
    static QString openReferralText(const OpenReferral& referral);

    // Whether a check-in with this evaluation may be recorded. When not, `message` says why,
    // naming the missing and the unknown question ids.
    static bool isAcceptable(const Evaluation& evaluation, QString* message);

    // Reads the CLI's answers object. Refuses anything but true or false as an answer, and
    // fields it does not know, with a message naming the culprit.
    static std::optional<CheckInAnswers> parseAnswers(const QByteArray& json, QString* error);
};

inline Evaluation evaluate(const PrecautionRules& rules, const QString& serviceCode,
                           const QHash<QString, bool>& answers)
{
    return PrecautionEngine::evaluate(rules, serviceCode, answers);
}
