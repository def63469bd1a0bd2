#include "cli/CliOutput.h"
#include "cli/Commands.h"
#include "core/ClaimsChecker.h"
#include "core/FreeText.h"
#include "core/InputFile.h"
#include "storage/CatalogueImporter.h"
#include "storage/Database.h"
#include "storage/ServiceRepository.h"
#include "storage/StaffRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace Commands {

namespace {

const QStringList kTextLanguages = {QStringLiteral("en"), QStringLiteral("ca"),
                                    QStringLiteral("es")};

QCommandLineOption languageOption()
{
    return QCommandLineOption(QStringLiteral("language"), QString(), QStringLiteral("L"));
}

// The language for client-facing text: the option, else the person's own, else English.
bool pickLanguage(CliContext& context, const QCommandLineParser& parser, QString* language,
                  int* exitCode)
{
    if (parser.isSet(QStringLiteral("language"))) {
        *language = parser.value(QStringLiteral("language"));
        if (!kTextLanguages.contains(*language)) {
            *exitCode = context.output.fail(
                CliApp::Usage,
                CliApp::tr("--language must be en, ca or es, not \"%1\".").arg(*language));
            return false;
        }
        return true;
    }
    const QString own = QLocale().name().left(2);
    *language = kTextLanguages.contains(own) ? own : QStringLiteral("en");
    return true;
}

QString durationsText(const Service& service)
{
    QStringList parts;
    for (const ServiceDuration& d : service.durations)
        parts << CliApp::tr("%1 min %2").arg(d.minutes).arg(formatEuros(d.priceCents));
    return parts.join(QStringLiteral(" | "));
}

QJsonObject serviceJson(const Service& service, bool withTexts)
{
    QJsonArray durations;
    for (const ServiceDuration& d : service.durations) {
        durations.append(QJsonObject{{QStringLiteral("minutes"), d.minutes},
                                     {QStringLiteral("price_cents"), d.priceCents}});
    }
    QJsonObject object{
        {QStringLiteral("id"), service.id},
        {QStringLiteral("code"), service.code},
        {QStringLiteral("name"), service.texts.name},
        {QStringLiteral("language"), service.language},
        {QStringLiteral("body_areas"), QJsonArray::fromStringList(service.bodyAreas)},
        {QStringLiteral("pressure"), service.pressure},
        {QStringLiteral("cleanup_minutes"), service.cleanupMinutes},
        {QStringLiteral("durations"), durations},
        {QStringLiteral("revision"), service.revision},
        {QStringLiteral("archived"), service.archived}};
    if (withTexts) {
        object.insert(QStringLiteral("description"), service.texts.description);
        object.insert(QStringLiteral("what_to_expect"), service.texts.whatToExpect);
        object.insert(QStringLiteral("aftercare"), service.texts.aftercare);
    }
    return object;
}

template <typename Item> QJsonArray peopleJson(const QList<Item>& items)
{
    QJsonArray array;
    for (const Item& item : items) {
        array.append(QJsonObject{
            {QStringLiteral("id"), item.id},
            {QStringLiteral("name"), item.name},
            {QStringLiteral("active"), item.active},
            {QStringLiteral("services"), QJsonArray::fromStringList(item.serviceCodes)}});
    }
    return array;
}

template <typename Item>
void printPeople(CliContext& context, const QList<Item>& items, const QString& emptyText)
{
    QTextStream& out = context.output.out();
    if (items.isEmpty())
        out << emptyText << '\n';
    for (const Item& item : items) {
        out << QStringLiteral("%1  %2  %3%4\n")
                   .arg(item.id, 4)
                   .arg(item.name.leftJustified(20))
                   .arg(item.serviceCodes.join(QStringLiteral(", ")),
                        item.active ? QString() : CliApp::tr("  (inactive)"));
    }
    out.flush();
}

// therapists list and rooms list: the same shape of list under a different key.
template <typename Read>
int listPeople(CliContext& context, const QStringList& arguments, const QString& key,
               const QString& emptyText, Read read)
{
    QCommandLineParser parser;
    int exitCode = CliApp::Ok;
    std::unique_ptr<Database> database = parseAndOpen(context, parser, arguments, 0, &exitCode);
    if (!database)
        return exitCode;
    StorageError error;
    StaffRepository staff(*database);
    const auto items = read(staff, &error);
    if (error)
        return context.output.fail(CliApp::Refused, error.message);
    if (context.output.json())
        context.output.printJson({{key, peopleJson(items)}});
    else
        printPeople(context, items, emptyText);
    return CliApp::Ok;
}

} // namespace

int servicesList(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(languageOption());
    int exitCode = CliApp::Ok;
    QString language;
    if (!parse(context, parser, arguments, 0, &exitCode) ||
        !pickLanguage(context, parser, &language, &exitCode))
        return exitCode;
    std::unique_ptr<Database> database = openExisting(context, &exitCode);
    if (!database)
        return exitCode;
    StorageError error;
    const QList<Service> services = ServiceRepository(*database).list(language, true, &error);
    if (error)
        return context.output.fail(CliApp::Refused, error.message);
    if (context.output.json()) {
        QJsonArray array;
        for (const Service& service : services)
            array.append(serviceJson(service, false));
        context.output.printJson({{QStringLiteral("services"), array}});
        return CliApp::Ok;
    }
    QTextStream& out = context.output.out();
    for (const Service& service : services) {
        out << QStringLiteral("%1  %2  %3%4\n")
                   .arg(service.code.leftJustified(10), service.texts.name.leftJustified(28),
                        durationsText(service),
                        service.archived ? CliApp::tr("  (archived)") : QString());
    }
    out.flush();
    return CliApp::Ok;
}

int servicesShow(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(languageOption());
    int exitCode = CliApp::Ok;
    QString language;
    if (!parse(context, parser, arguments, 1, &exitCode) ||
        !pickLanguage(context, parser, &language, &exitCode))
        return exitCode;
    std::unique_ptr<Database> database = openExisting(context, &exitCode);
    if (!database)
        return exitCode;
    Service service;
    StorageError error;
    if (!ServiceRepository(*database).find(parser.positionalArguments().constFirst(), language,
                                           &service, &error))
        return context.output.fail(CliApp::Refused, error.message);
    if (context.output.json()) {
        context.output.printJson(serviceJson(service, true));
        return CliApp::Ok;
    }
    QTextStream& out = context.output.out();
    out << service.texts.name << "\n"
        << QString(service.texts.name.size(), QLatin1Char('=')) << "\n\n"
        << service.texts.description << "\n\n"
        << CliApp::tr("What to expect") << "\n"
        << service.texts.whatToExpect << "\n\n"
        << CliApp::tr("Afterwards") << "\n"
        << service.texts.aftercare << "\n\n"
        << CliApp::tr("Durations and prices: %1").arg(durationsText(service)) << "\n";
    out.flush();
    return CliApp::Ok;
}

int therapistsList(CliContext& context, const QStringList& arguments)
{
    return listPeople(
        context, arguments, QStringLiteral("therapists"), CliApp::tr("No therapists yet."),
        [](StaffRepository& staff, StorageError* error) { return staff.therapists(error); });
}

int roomsList(CliContext& context, const QStringList& arguments)
{
    return listPeople(
        context, arguments, QStringLiteral("rooms"), CliApp::tr("No rooms yet."),
        [](StaffRepository& staff, StorageError* error) { return staff.rooms(error); });
}

int servicesCheck(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(languageOption());
    int exitCode = CliApp::Ok;
    QString language;
    if (!parse(context, parser, arguments, 1, &exitCode) ||
        !pickLanguage(context, parser, &language, &exitCode))
        return exitCode;
    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    QString problem;
    if (!InputFile::open(file, &problem))
        return context.output.fail(CliApp::Refused, problem);
    const QByteArray bytes = file.readAll();
    const QString utf8 = FreeText::utf8Problem(bytes, path);
    if (!utf8.isEmpty())
        return context.output.fail(CliApp::Refused, utf8);
    const QList<ClaimFinding> findings =
        ClaimsChecker::builtIn().check(QString::fromUtf8(bytes), language);
    if (context.output.json()) {
        QJsonArray array;
        for (const ClaimFinding& f : findings) {
            array.append(QJsonObject{{QStringLiteral("line"), f.line},
                                     {QStringLiteral("column"), f.column},
                                     {QStringLiteral("rule"), f.ruleId},
                                     {QStringLiteral("category"), f.category},
                                     {QStringLiteral("text"), f.matchedText},
                                     {QStringLiteral("reason"), f.reason},
                                     {QStringLiteral("suggestion"), f.suggestion}});
        }
        context.output.printJson(
            {{QStringLiteral("findings"), array},
             {QStringLiteral("phrase_list"), ClaimsChecker::builtIn().version()}});
    } else {
        QTextStream& out = context.output.out();
        for (const ClaimFinding& f : findings) {
            out << QStringLiteral("%1:%2:%3: \u201C%4\u201D [%5] %6\n    %7\n")
                       .arg(path)
                       .arg(f.line)
                       .arg(f.column)
                       .arg(f.matchedText.simplified(), f.ruleId, f.reason,
                            CliApp::tr("Suggestion: %1").arg(f.suggestion));
        }
        out << (findings.isEmpty()
                    ? CliApp::tr("No claims found.")
                    : CliApp::tr("%n claim(s) found.", nullptr, int(findings.size())))
            << '\n';
        out.flush();
    }
    // Exit 1 when anything is found, so a script can stop a text from being published.
    return findings.isEmpty() ? CliApp::Ok : CliApp::Refused;
}

int servicesExport(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    int exitCode = CliApp::Ok;
    std::unique_ptr<Database> database = parseAndOpen(context, parser, arguments, 0, &exitCode);
    if (!database)
        return exitCode;
    QJsonObject catalogue;
    StorageError error;
    if (!CatalogueImporter::exportCatalogue(*database, &catalogue, &error))
        return context.output.fail(CliApp::Refused, error.message);
    // The catalogue file is JSON whether or not --json was given: it is what import reads.
    context.output.printJson(catalogue);
    return CliApp::Ok;
}

int servicesImport(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    int exitCode = CliApp::Ok;
    if (!parse(context, parser, arguments, 1, &exitCode))
        return exitCode;
    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    QString problem;
    if (!InputFile::open(file, &problem))
        return context.output.fail(CliApp::Refused, problem);
    const QByteArray json = file.readAll();
    std::unique_ptr<Database> database = openExisting(context, &exitCode);
    if (!database)
        return exitCode;
    QList<CatalogueImportResult> results;
    QList<CatalogueClaim> claims;
    StorageError error;
    if (!CatalogueImporter::importRevisions(*database, json, QString(), &results, &claims,
                                            &error)) {
        if (claims.isEmpty())
            return context.output.fail(CliApp::Refused, error.message);
        QJsonArray findings;
        QTextStream& err = context.output.err();
        err << error.message << '\n';
        for (const CatalogueClaim& claim : claims) {
            const ClaimFinding& f = claim.finding.finding;
            findings.append(QJsonObject{{QStringLiteral("code"), claim.code},
                                        {QStringLiteral("language"), claim.finding.language},
                                        {QStringLiteral("field"), claim.finding.field},
                                        {QStringLiteral("line"), f.line},
                                        {QStringLiteral("column"), f.column},
                                        {QStringLiteral("rule"), f.ruleId},
                                        {QStringLiteral("category"), f.category},
                                        {QStringLiteral("text"), f.matchedText},
                                        {QStringLiteral("reason"), f.reason},
                                        {QStringLiteral("suggestion"), f.suggestion}});
            err << QStringLiteral("%1 [%2] %3 %4:%5: \u201C%6\u201D [%7] %8\n    %9\n")
                       .arg(claim.code, claim.finding.language, claim.finding.field)
                       .arg(f.line)
                       .arg(f.column)
                       .arg(f.matchedText.simplified(), f.ruleId, f.reason,
                            CliApp::tr("Suggestion: %1").arg(f.suggestion));
        }
        err.flush();
        if (context.output.json()) {
            context.output.printJson(
                {{QStringLiteral("error"), error.message}, {QStringLiteral("findings"), findings}});
        }
        return CliApp::Refused;
    }
    if (context.output.json()) {
        QJsonArray services;
        for (const CatalogueImportResult& r : results) {
            services.append(QJsonObject{{QStringLiteral("id"), r.serviceId},
                                        {QStringLiteral("code"), r.code},
                                        {QStringLiteral("revision"), r.revision},
                                        {QStringLiteral("action"), r.action}});
        }
        context.output.printJson({{QStringLiteral("services"), services}});
        return CliApp::Ok;
    }
    QTextStream& out = context.output.out();
    int created = 0;
    int revised = 0;
    for (const CatalogueImportResult& r : results) {
        if (r.action == QLatin1String("created")) {
            ++created;
            out << CliApp::tr("%1: new service, published as revision %2")
                       .arg(r.code)
                       .arg(r.revision);
        } else if (r.action == QLatin1String("revised")) {
            ++revised;
            out << CliApp::tr("%1: published as revision %2").arg(r.code).arg(r.revision);
        } else {
            out << CliApp::tr("%1: unchanged (revision %2)").arg(r.code).arg(r.revision);
        }
        out << '\n';
    }
    out << CliApp::tr("%1 new, %2 revised, %3 unchanged.")
               .arg(created)
               .arg(revised)
               .arg(results.size() - created - revised)
        << '\n';
    out.flush();
    return CliApp::Ok;
}

} // namespace Commands
