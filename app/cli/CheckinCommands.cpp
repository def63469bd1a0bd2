#include "cli/CliOutput.h"
#include "cli/Commands.h"
#include "core/InputFile.h"
#include "storage/CheckinRepository.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace Commands {

namespace {

QString outcomeWords(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Proceed:
        return CliApp::tr("proceed");
    case Outcome::Note:
        return CliApp::tr("proceed, with a note for the therapist");
    case Outcome::Adapt:
        return CliApp::tr("adapt: areas are avoided; the therapist signs off before starting");
    case Outcome::NeedsClearance:
        return CliApp::tr("needs clearance: the session cannot start until clearance from a "
                          "health professional is recorded, or it is postponed");
    case Outcome::StopRefer:
        return CliApp::tr("STOP AND REFER: no massage; the client is advised to seek medical "
                          "attention promptly. The booking is marked referred");
    }
    return {};
}

bool bookingNumber(CliContext& context, const QString& text, qint64* id, int* exitCode)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    if (!ok || *id <= 0) {
        *exitCode = context.output.fail(
            CliApp::Usage, CliApp::tr("BOOKING must be a booking number, not \"%1\".").arg(text));
        return false;
    }
    return true;
}

void printReasons(CliContext& context, const QStringList& reasons,
                  const std::optional<OpenReferral>& referral)
{
    const QString language = QLocale().name().left(2);
    for (const QString& id : reasons) {
        if (id == openReferralReason() && referral) {
            context.output.out() << QStringLiteral("  - %1 [%2]: %3\n")
                                        .arg(id, outcomeToString(Outcome::NeedsClearance),
                                             PrecautionEngine::openReferralText(*referral));
            continue;
        }
        const PrecautionQuestion* q = PrecautionRules::builtIn().question(id);
        if (!q)
            continue;
        const PrecautionTexts texts = q->textsIn(language);
        context.output.out() << QStringLiteral("  - %1 [%2]: %3\n")
                                    .arg(id, outcomeToString(q->outcome), texts.reason);
        if (!texts.advice.isEmpty())
            context.output.out() << QStringLiteral("    %1\n").arg(texts.advice);
    }
}

// The earlier referral that made a check-in need clearance, for --json.
void addReferral(QJsonObject* object, const std::optional<OpenReferral>& referral)
{
    if (referral)
        object->insert(QStringLiteral("referral"),
                       QJsonObject{{QStringLiteral("booking"), referral->bookingId},
                                   {QStringLiteral("date"), referral->date.toString(Qt::ISODate)},
                                   {QStringLiteral("service"), referral->serviceCode}});
}

// Sign-off and clearance in words: needed or not by this outcome, and recorded or not.
QString stepWords(bool needed, bool recorded)
{
    if (recorded)
        return CliApp::tr("recorded");
    return needed ? CliApp::tr("not recorded yet") : CliApp::tr("not needed");
}

int showOutcomeOnly(CliContext& context, Database& database, qint64 bookingId)
{
    CheckinOutcome c;
    StorageError error;
    if (!CheckinRepository(database).readOutcome(bookingId, &c, &error))
        return context.output.fail(CliApp::Refused, error.message);
    const bool needsSignOff = c.outcome == Outcome::Adapt || c.outcome == Outcome::NeedsClearance;
    const bool needsClearance = c.outcome == Outcome::NeedsClearance;
    const Role role = database.actor() ? database.actor()->role : Role::Receptionist;
    const QString withheld = Permissions::refusal(role, Action::ReadCheckinAnswers);
    if (context.output.json()) {
        context.output.printJson({{QStringLiteral("booking"), bookingId},
                                  {QStringLiteral("client"), c.clientId},
                                  {QStringLiteral("service"), c.serviceCode},
                                  {QStringLiteral("outcome"), outcomeToString(c.outcome)},
                                  {QStringLiteral("rule_version"), c.ruleVersion},
                                  {QStringLiteral("signed_off"), c.signedOff},
                                  {QStringLiteral("clearance_recorded"), c.clearanceRecorded},
                                  {QStringLiteral("answers_shown"), false},
                                  {QStringLiteral("note"), withheld}});
        return CliApp::Ok;
    }
    QTextStream& out = context.output.out();
    out << CliApp::tr("Booking %1, %2 (rules %3)").arg(bookingId).arg(c.serviceCode, c.ruleVersion)
        << '\n'
        << CliApp::tr("Outcome: %1.").arg(outcomeWords(c.outcome)) << '\n'
        << CliApp::tr("Therapist's sign-off: %1").arg(stepWords(needsSignOff, c.signedOff)) << '\n'
        << CliApp::tr("Clearance from a health professional: %1")
               .arg(stepWords(needsClearance, c.clearanceRecorded))
        << '\n'
        << withheld << '\n';
    out.flush();
    return CliApp::Ok;
}

} // namespace

int checkin(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption answersOption(QStringLiteral("answers"), QString(),
                                           QStringLiteral("FILE"));
    parser.addOption(answersOption);
    int exitCode = CliApp::Ok;
    if (!parse(context, parser, arguments, 1, &exitCode))
        return exitCode;
    qint64 bookingId = 0;
    if (!bookingNumber(context, parser.positionalArguments().constFirst(), &bookingId, &exitCode))
        return exitCode;
    if (!parser.isSet(answersOption))
        return context.output.fail(CliApp::Usage,
                                   CliApp::tr("checkin needs --answers FILE.json; see --help."));
    QFile file(parser.value(answersOption));
    QString problem;
    if (!InputFile::open(file, &problem))
        return context.output.fail(CliApp::Refused, problem);
    // An answers file is a few hundred bytes; refuse anything absurd before reading it all.
    if (file.size() > 1024 * 1024)
        return context.output.fail(
            CliApp::Refused,
            CliApp::tr("%1 is too large to be an answers file.").arg(file.fileName()));
    const std::optional<CheckInAnswers> answers =
        PrecautionEngine::parseAnswers(file.read(1024 * 1024 + 1), &problem);
    if (!answers)
        return context.output.fail(CliApp::Refused, problem);
    std::unique_ptr<Database> database = openExisting(context, &exitCode);
    if (!database)
        return exitCode;
    Evaluation evaluation;
    StorageError error;
    if (!CheckinRepository(*database).record(bookingId, *answers, context.userName, &evaluation,
                                             &error))
        return context.output.fail(CliApp::Refused, error.message);
    if (context.output.json()) {
        QJsonObject result{
            {QStringLiteral("booking"), bookingId},
            {QStringLiteral("outcome"), outcomeToString(evaluation.outcome)},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(evaluation.reasons)},
            {QStringLiteral("rule_version"), evaluation.ruleVersion}};
        addReferral(&result, evaluation.openReferral);
        context.output.printJson(result);
        return CliApp::Ok;
    }
    context.output.out() << CliApp::tr("Check-in recorded for booking %1 (rules %2).")
                                .arg(bookingId)
                                .arg(evaluation.ruleVersion)
                         << '\n'
                         << CliApp::tr("Outcome: %1.").arg(outcomeWords(evaluation.outcome))
                         << '\n';
    printReasons(context, evaluation.reasons, evaluation.openReferral);
    context.output.out().flush();
    return CliApp::Ok;
}

int checkinShow(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    int exitCode = CliApp::Ok;
    qint64 bookingId = 0;
    if (!parse(context, parser, arguments, 1, &exitCode) ||
        !bookingNumber(context, parser.positionalArguments().constFirst(), &bookingId, &exitCode))
        return exitCode;
    std::unique_ptr<Database> database = openExisting(context, &exitCode);
    if (!database)
        return exitCode;
    // A receptionist reads the outcome level only (DESIGN 2.5); storage holds the same line.
    if (!database->permits(Action::ReadCheckinAnswers, nullptr))
        return showOutcomeOnly(context, *database, bookingId);
    StoredCheckin c;
    StorageError error;
    if (!CheckinRepository(*database).read(bookingId, context.userName, &c, &error))
        return context.output.fail(CliApp::Refused, error.message);
    if (context.output.json()) {
        QJsonObject answers;
        for (auto it = c.answers.answers.constBegin(); it != c.answers.answers.constEnd(); ++it)
            answers.insert(it.key(), it.value());
        QJsonObject shown{{QStringLiteral("booking"), bookingId},
                          {QStringLiteral("client"), c.clientId},
                          {QStringLiteral("service"), c.serviceCode},
                          {QStringLiteral("outcome"), outcomeToString(c.outcome)},
                          {QStringLiteral("reasons"), QJsonArray::fromStringList(c.reasons)},
                          {QStringLiteral("rule_version"), c.ruleVersion},
                          {QStringLiteral("answers"), answers},
                          {QStringLiteral("avoid_areas"), c.answers.avoidAreas},
                          {QStringLiteral("notes"), c.answers.notes},
                          {QStringLiteral("signed_off"), c.signedOffAt > 0},
                          {QStringLiteral("clearance_recorded"), c.clearanceAt > 0},
                          {QStringLiteral("changed_since_previous"),
                           c.hasPrevious
                               ? QJsonValue(QJsonArray::fromStringList(c.changedSincePrevious))
                               : QJsonValue()}};
        addReferral(&shown, c.referral);
        context.output.printJson(shown);
        return CliApp::Ok;
    }
    QTextStream& out = context.output.out();
    out << CliApp::tr("Booking %1, %2 (rules %3)").arg(bookingId).arg(c.serviceCode, c.ruleVersion)
        << '\n'
        << CliApp::tr("Outcome: %1.").arg(outcomeWords(c.outcome)) << '\n';
    printReasons(context, c.reasons, c.referral);
    const QString language = QLocale().name().left(2);
    for (const PrecautionQuestion& q : PrecautionRules::builtIn().questionsFor(c.serviceCode)) {
        const QString answer = !c.answers.answers.contains(q.id) ? CliApp::tr("(not asked)")
                               : c.answers.answers.value(q.id)   ? CliApp::tr("yes")
                                                                 : CliApp::tr("no");
        out << QStringLiteral("  %1 %2  %3\n")
                   .arg(c.changedSincePrevious.contains(q.id) ? QStringLiteral("*")
                                                              : QStringLiteral(" "),
                        answer.leftJustified(4), q.textsIn(language).question);
    }
    if (c.hasPrevious)
        out << CliApp::tr("* changed since the previous check-in") << '\n';
    if (!c.answers.avoidAreas.isEmpty())
        out << CliApp::tr("Areas to avoid: %1").arg(c.answers.avoidAreas) << '\n';
    if (!c.answers.notes.isEmpty())
        out << CliApp::tr("For the therapist: %1").arg(c.answers.notes) << '\n';
    out.flush();
    return CliApp::Ok;
}

} // namespace Commands
