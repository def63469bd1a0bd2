#pragma once

#include <QCoreApplication>
#include <QStringList>

struct ServiceRevision;

// Words the catalogue editor and the history share: field names, revision states and the
// "what changed" summary of a revision, all translated.
class CatalogueTexts
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueTexts)

public:
    // "Description", "What to expect", ... for a text field key.
    static QString fieldName(const QString& field);
    // "Description (Catalan)" for "description.ca", "Durations and prices" for "durations", ...
    static QString changeName(const QString& key);
    // The change keys of a revision as one line: "Restored from revision 2: Description
    // (English), Durations and prices".
    static QString changesText(const QStringList& changes);
    // "Published", "Published over 2 open claims", "Draft".
    static QString stateText(const ServiceRevision& revision);
};
