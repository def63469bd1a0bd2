#pragma once

#include "core/ClaimsChecker.h"
#include "core/Service.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

// Everything a manager edits in one revision of a service: the texts in every language, body
// areas, durations with prices, pressure, cleanup time and the precaution rules that apply.
// Plain data with the rules that do not need the database (validation, what changed, the
// claims check of every text); ServiceRevisions stores it.
struct ServiceContent
{
    Q_DECLARE_TR_FUNCTIONS(ServiceContent)

public:
    QHash<QString, ServiceTexts> texts; // "en", "ca", "es"; English is required
    QStringList bodyAreas;              // keys of bodyAreaKeys()
    QString pressure = QStringLiteral("medium");
    int cleanupMinutes = 10;
    QList<ServiceDuration> durations; // ordered by minutes
    QStringList precautionIds;        // ids of PrecautionRules::builtIn(), in rule order

    bool operator==(const ServiceContent& other) const;
    bool operator!=(const ServiceContent& other) const { return !(*this == other); }

    ServiceTexts textsIn(const QString& language) const { return texts.value(language); }
    // The service as the catalogue shows it in `language`, English where a text is missing.
    Service toService(const QString& language) const;
    // Sorted durations, precautions in rule order with the every-service rules included, and
    // empty languages dropped: the form every stored revision has.
    ServiceContent normalised() const;

    // Why the content cannot be saved, in the user's language; empty when it can.
    QString problem() const;

    // The languages of the texts and the fields of each, in the order the editor shows them.
    static const QStringList& languages();
    static QString languageName(const QString& language); // "English", "Catalan", "Spanish"
    static const QStringList& textFields(); // "name", "description", "what_to_expect", "aftercare"
    static QString field(const ServiceTexts& texts, const QString& field);
    static void setField(ServiceTexts* texts, const QString& field, const QString& value);
    static const QStringList& bodyAreaKeys();
    static const QStringList& pressureKeys();
    static bool isValidCode(const QString& code);
    // The precaution rules asked for every service: always part of a revision.
    static QStringList everyServicePrecautions();
    // The rules the shipped rule set applies to a service code (for revisions that never
    // recorded their own choice, such as those imported before the editor existed).
    static QStringList defaultPrecautions(const QString& code);

    // The fields that differ, as stable keys: "name.en", "description.ca", "body_areas",
    // "pressure", "cleanup_minutes", "durations", "precautions".
    static QStringList changedFields(const ServiceContent& before, const ServiceContent& after);
};

// One claims finding in one text of a revision.
struct ServiceTextFinding
{
    QString language; // of the text, and of the reason and suggestion
    QString field;    // one of ServiceContent::textFields()
    ClaimFinding finding;
};

// Every claim in every text, language by language and field by field.
QList<ServiceTextFinding> claimsIn(const ServiceContent& content);
