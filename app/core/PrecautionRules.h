#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The check-in outcome levels of DESIGN 2.2, mildest first. The enumerators are declared in
// severity order, so `a < b` means "a is milder than b".
enum class Outcome
{
    Proceed,
    Note,
    Adapt,
    NeedsClearance,
    StopRefer,
};

// "proceed", "note", "adapt", "needs_clearance", "stop_refer": the stable codes of data/ and
// the database.
QString outcomeToString(Outcome outcome);
std::optional<Outcome> outcomeFromString(const QString& code);
// Every level, mildest first.
QList<Outcome> allOutcomes();
inline Outcome mostSevere(Outcome a, Outcome b)
{
    return a < b ? b : a;
}

// One language's wording of a question: what the receptionist asks, the short reason shown
// when it triggers, and the advice for the client and the therapist.
struct PrecautionTexts
{
    QString question;
    QString reason;
    QString advice;
};

// An extra field a triggered question asks for, such as the areas to avoid.
struct PrecautionFollowUp
{
    QString id;
    QHash<QString, QString> labels; // language -> label
    QString label(const QString& language) const;
};

struct PrecautionQuestion
{
    QString id;
    QStringList appliesTo; // service codes, or the single entry "*" for every service
    bool trigger = true;   // the answer that triggers the outcome
    Outcome outcome = Outcome::Proceed;
    QHash<QString, PrecautionTexts> texts; // language -> texts; "en" is always present
    std::optional<PrecautionFollowUp> followUp;

    bool appliesToService(const QString& serviceCode) const;
    // The texts in `language`, falling back to English when that language is missing.
    PrecautionTexts textsIn(const QString& language) const;
};

// A versioned precaution rule set, as in data/precautions/rules-<version>.json. Loading
// validates the whole file: a rule set is either complete and consistent or refused.
class PrecautionRules
{
    Q_DECLARE_TR_FUNCTIONS(PrecautionRules)

public:
    static constexpr int kFormat = 1;

    static std::optional<PrecautionRules> fromJson(const QByteArray& json, QString* error);
    // The rule set shipped in the program (:/data/precautions/rules-2026.1.json). Should it
    // ever fail to load, the returned set is empty (isValid() false) and builtInError() says
    // why; evaluations against it are never acceptable.
    static const PrecautionRules& builtIn();
    static QString builtInError();
    static QByteArray builtInJson();

    bool isValid() const { return !m_version.isEmpty() && !m_questions.isEmpty(); }
    QString version() const { return m_version; }
    // Every question, in rule order.
    const QList<PrecautionQuestion>& questions() const { return m_questions; }
    // The questions to ask for a service, in rule order.
    QList<PrecautionQuestion> questionsFor(const QString& serviceCode) const;
    const PrecautionQuestion* question(const QString& id) const;
    bool contains(const QString& id) const { return question(id) != nullptr; }

private:
    QString m_version;
    QList<PrecautionQuestion> m_questions;
};
