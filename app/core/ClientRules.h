#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Client details as the desk types them: what is accepted, and how they are made searchable.
class ClientRules
{
    Q_DECLARE_TR_FUNCTIONS(ClientRules)

public:
    static constexpr int kMaxNameLength = 300;    // code points, as the database's rule counts
    static constexpr int kMaxNotesLength = 10000; // characters as a person counts them

    // The data-processing consent text the desk shows; a client's consent records this version.
    // Change the version whenever the wording changes, so older consents can be told apart.
    static constexpr char kConsentVersion[] = "2026.1";
    static QString consentVersion() { return QString::fromLatin1(kConsentVersion); }
    static QString consentText();

    struct Input
    {
        QString name;
        QString phone;
        QString email;
        QString language = QStringLiteral("ca");
        QString notes;
    };

    // Trims what can be trimmed; returns an empty string when the input is acceptable,
    // otherwise a message for the person typing (nothing is stored then).
    static QString validate(Input* input);

    // "612 34 56 78" -> "612345678 12345678 2345678 ... 678": digit suffixes of 3 or more.
    static QString phoneSearchTokens(const QString& phone);

    // Turns what the receptionist typed into an FTS5 query of prefix terms, or an empty
    // string when there is nothing to search for. Never passes FTS syntax through.
    static QString searchQuery(const QString& typed);
    // The same reading of what was typed, as plain words (letters and digits only) for an
    // engine without FTS5; *phoneOnly says it is one phone fragment (its digits).
    static QStringList searchWords(const QString& typed, bool* phoneOnly);
};
