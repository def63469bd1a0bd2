#include "storage/ServiceContent.h"

#include "core/FreeText.h"
#include "core/PrecautionRules.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

constexpr int kMaxNameLength = 200;
constexpr int kMaxTextLength = 20000;
constexpr int kMaxPriceCents = 10000000;

bool sameTexts(const ServiceTexts& a, const ServiceTexts& b)
{
    return a.name == b.name && a.description == b.description && a.whatToExpect == b.whatToExpect &&
           a.aftercare == b.aftercare;
}

bool isEmpty(const ServiceTexts& t)
{
    return t.name.isEmpty() && t.description.isEmpty() && t.whatToExpect.isEmpty() &&
           t.aftercare.isEmpty();
}

bool sameDurations(const QList<ServiceDuration>& a, const QList<ServiceDuration>& b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).minutes != b.at(i).minutes || a.at(i).priceCents != b.at(i).priceCents)
            return false;
    }
    return true;
}

} // namespace

bool ServiceContent::operator==(const ServiceContent& other) const
{
    for (const QString& language : languages()) {
        if (!sameTexts(textsIn(language), other.textsIn(language)))
            return false;
    }
    return bodyAreas == other.bodyAreas && pressure == other.pressure &&
           cleanupMinutes == other.cleanupMinutes && sameDurations(durations, other.durations) &&
           precautionIds == other.precautionIds;
}

Service ServiceContent::toService(const QString& language) const
{
    Service service;
    service.bodyAreas = bodyAreas;
    service.pressure = pressure;
    service.cleanupMinutes = cleanupMinutes;
    service.durations = durations;
    const ServiceTexts own = textsIn(language);
    const ServiceTexts english = textsIn(QStringLiteral("en"));
    service.language = own.name.isEmpty() ? QStringLiteral("en") : language;
    service.texts = own.name.isEmpty() ? english : own;
    return service;
}

ServiceContent ServiceContent::normalised() const
{
    ServiceContent n = *this;
    n.texts.clear();
    for (const QString& language : languages()) {
        const ServiceTexts t = textsIn(language);
        if (!isEmpty(t))
            n.texts.insert(language, t);
    }
    std::sort(
        n.durations.begin(), n.durations.end(),
        [](const ServiceDuration& a, const ServiceDuration& b) { return a.minutes < b.minutes; });
    QStringList areas;
    for (const QString& key : bodyAreaKeys()) {
        if (bodyAreas.contains(key))
            areas << key;
    }
    for (const QString& key : bodyAreas) { // unknown keys stay (problem() refuses them)
        if (!areas.contains(key))
            areas << key;
    }
    n.bodyAreas = areas;
    QSet<QString> wanted(precautionIds.cbegin(), precautionIds.cend());
    for (const QString& id : everyServicePrecautions())
        wanted.insert(id);
    QStringList ordered;
    for (const PrecautionQuestion& q : PrecautionRules::builtIn().questions()) {
        if (wanted.remove(q.id))
            ordered << q.id;
    }
    QStringList unknown(wanted.cbegin(), wanted.cend());
    unknown.sort();
    n.precautionIds = ordered + unknown;
    return n;
}

QString ServiceContent::problem() const
{
    const ServiceTexts english = textsIn(QStringLiteral("en"));
    if (english.name.trimmed().isEmpty())
        return tr("The service needs an English name.");
    for (const QString& language : languages()) {
        const ServiceTexts t = textsIn(language);
        QString problem =
            FreeText::problem(t.name, kMaxNameLength, FreeText::Lines::One, tr("A service name"));
        if (!problem.isEmpty())
            return problem;
        if (!isEmpty(t) && t.name.trimmed().isEmpty())
            return tr("The %1 texts need a name as well.").arg(languageName(language));
        for (const QString& f : textFields()) {
            problem = FreeText::problem(field(t, f), kMaxTextLength, FreeText::Lines::Many,
                                        tr("A service text"));
            if (!problem.isEmpty())
                return problem;
        }
    }
    if (bodyAreas.isEmpty())
        return tr("Choose at least one body area.");
    for (const QString& area : bodyAreas) {
        if (!bodyAreaKeys().contains(area))
            return tr("\"%1\" is not a known body area.").arg(area);
    }
    if (!pressureKeys().contains(pressure))
        return tr("\"%1\" is not a known pressure.").arg(pressure);
    if (cleanupMinutes < 0 || cleanupMinutes > 120)
        return tr("Cleanup time must be between 0 and 120 minutes.");
    if (durations.isEmpty())
        return tr("Offer at least one duration.");
    QSet<int> minutes;
    for (const ServiceDuration& d : durations) {
        if (d.minutes < 5 || d.minutes > 480)
            return tr("A duration must be between 5 and 480 minutes.");
        if (d.priceCents < 0 || d.priceCents > kMaxPriceCents)
            return tr("A price must be between 0 and %1.").arg(formatEuros(kMaxPriceCents));
        if (minutes.contains(d.minutes))
            return tr("The duration of %1 minutes is listed twice.").arg(d.minutes);
        minutes.insert(d.minutes);
    }
    for (const QString& id : precautionIds) {
        if (!PrecautionRules::builtIn().contains(id))
            return tr("\"%1\" is not a precaution rule of rule set %2.")
                .arg(id, PrecautionRules::builtIn().version());
    }
    return {};
}

const QStringList& ServiceContent::languages()
{
    static const QStringList list{QStringLiteral("en"), QStringLiteral("ca"), QStringLiteral("es")};
    return list;
}

QString ServiceContent::languageName(const QString& language)
{
    if (language == QLatin1String("en"))
        return tr("English");
    if (language == QLatin1String("ca"))
        return tr("Catalan");
    if (language == QLatin1String("es"))
        return tr("Spanish");
    return language;
}

const QStringList& ServiceContent::textFields()
{
    static const QStringList list{QStringLiteral("name"), QStringLiteral("description"),
                                  QStringLiteral("what_to_expect"), QStringLiteral("aftercare")};
    return list;
}

QString ServiceContent::field(const ServiceTexts& texts, const QString& field)
{
    if (field == QLatin1String("name"))
        return texts.name;
    if (field == QLatin1String("description"))
        return texts.description;
    if (field == QLatin1String("what_to_expect"))
        return texts.whatToExpect;
    if (field == QLatin1String("aftercare"))
        return texts.aftercare;
    return {};
}

void ServiceContent::setField(ServiceTexts* texts, const QString& field, const QString& value)
{
    if (field == QLatin1String("name"))
        texts->name = value;
    else if (field == QLatin1String("description"))
        texts->description = value;
    else if (field == QLatin1String("what_to_expect"))
        texts->whatToExpect = value;
    else if (field == QLatin1String("aftercare"))
        texts->aftercare = value;
}

const QStringList& ServiceContent::bodyAreaKeys()
{
    static const QStringList keys{QStringLiteral("calves"),    QStringLiteral("thighs"),
                                  QStringLiteral("feet"),      QStringLiteral("back"),
                                  QStringLiteral("shoulders"), QStringLiteral("neck"),
                                  QStringLiteral("arms"),      QStringLiteral("hands"),
                                  QStringLiteral("head"),      QStringLiteral("full_body")};
    return keys;
}

const QStringList& ServiceContent::pressureKeys()
{
    static const QStringList keys{QStringLiteral("light"), QStringLiteral("light-medium"),
                                  QStringLiteral("medium"), QStringLiteral("medium-firm"),
                                  QStringLiteral("firm")};
    return keys;
}

bool ServiceContent::isValidCode(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,39}$"));
    return pattern.match(code).hasMatch();
}

QStringList ServiceContent::everyServicePrecautions()
{
    QStringList ids;
    for (const PrecautionQuestion& q : PrecautionRules::builtIn().questions()) {
        if (q.appliesTo.contains(QStringLiteral("*")))
            ids << q.id;
    }
    return ids;
}

QStringList ServiceContent::defaultPrecautions(const QString& code)
{
    QStringList ids;
    for (const PrecautionQuestion& q : PrecautionRules::builtIn().questionsFor(code))
        ids << q.id;
    return ids;
}

QStringList ServiceContent::changedFields(const ServiceContent& before, const ServiceContent& after)
{
    QStringList changed;
    for (const QString& f : textFields()) {
        for (const QString& language : languages()) {
            if (field(before.textsIn(language), f) != field(after.textsIn(language), f))
                changed << f + QLatin1Char('.') + language;
        }
    }
    if (before.bodyAreas != after.bodyAreas)
        changed << QStringLiteral("body_areas");
    if (before.pressure != after.pressure)
        changed << QStringLiteral("pressure");
    if (before.cleanupMinutes != after.cleanupMinutes)
        changed << QStringLiteral("cleanup_minutes");
    if (!sameDurations(before.durations, after.durations))
        changed << QStringLiteral("durations");
    if (before.precautionIds != after.precautionIds)
        changed << QStringLiteral("precautions");
    return changed;
}

QList<ServiceTextFinding> claimsIn(const ServiceContent& content)
{
    QList<ServiceTextFinding> all;
    for (const QString& language : ServiceContent::languages()) {
        const ServiceTexts texts = content.textsIn(language);
        for (const QString& f : ServiceContent::textFields()) {
            const QString text = ServiceContent::field(texts, f);
            if (text.isEmpty())
                continue;
            for (const ClaimFinding& finding : ClaimsChecker::builtIn().check(text, language))
                all.append({language, f, finding});
        }
    }
    return all;
}
