#include "core/ClientRules.h"

#include "core/FreeText.h"

#include <QRegularExpression>

namespace {

bool hasControlCharacters(const QString& text, bool allowNewlines)
{
    return FreeText::hasForbiddenCharacters(text, allowNewlines ? FreeText::Lines::Many
                                                                : FreeText::Lines::One);
}

QString digitsOf(const QString& text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += QChar(u'0' + c.digitValue());
    }
    return digits;
}

} // namespace

QString ClientRules::validate(Input* input)
{
    // Never null: the columns are NOT NULL, and "" is what an empty field means.
    const auto clean = [](const QString& text) {
        return text.isNull() ? QStringLiteral("") : text;
    };
    input->name = clean(input->name.simplified());
    input->phone = clean(input->phone.trimmed());
    input->email = clean(input->email.trimmed());
    input->notes = clean(input->notes);
    if (input->name.isEmpty())
        return tr("The client needs a name.");
    // Characters, as the database counts them, not UTF-16 units.
    const auto length = input->name.toUcs4().size();
    if (length > kMaxNameLength)
        return tr("A name can have at most %1 characters (this one has %2).")
            .arg(kMaxNameLength)
            .arg(length);
    if (hasControlCharacters(input->name, false) || hasControlCharacters(input->phone, false) ||
        hasControlCharacters(input->email, false) || hasControlCharacters(input->notes, true))
        return tr("The client's details contain invisible control characters; please retype "
                  "them.");
    static const QRegularExpression phonePattern(QStringLiteral("^\\+?[0-9 ()./-]{3,30}$"));
    if (!input->phone.isEmpty() &&
        (!phonePattern.match(input->phone).hasMatch() || digitsOf(input->phone).size() < 3))
        return tr("\"%1\" does not look like a phone number: use digits, spaces and an optional "
                  "leading +.")
            .arg(input->phone.left(40));
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!input->email.isEmpty() &&
        (input->email.size() > 254 || !emailPattern.match(input->email).hasMatch()))
        return tr("\"%1\" does not look like an email address.").arg(input->email.left(60));
    if (!QStringList{QStringLiteral("ca"), QStringLiteral("es"), QStringLiteral("en")}.contains(
            input->language))
        return tr("The preferred language must be ca, es or en.");
    const QString notes =
        FreeText::problem(input->notes, kMaxNotesLength, FreeText::Lines::Many, tr("The notes"));
    if (!notes.isEmpty())
        return notes;
    return {};
}

QString ClientRules::consentText()
{
    // Version 2026.1. Plain words a client can read at the desk; keep it short.
    return tr("I agree that this centre keeps my name, contact details, preferred language, "
              "bookings and the answers I give at each check-in, to arrange my sessions and so "
              "that a therapist can adapt or decline a massage when it would not be safe. "
              "Check-in answers are seen only by therapists and managers, and the data is never "
              "shared for advertising. I can ask to see, correct or erase my data, or withdraw "
              "this consent, at the desk at any time.");
}

QString ClientRules::phoneSearchTokens(const QString& phone)
{
    const QString digits = digitsOf(phone);
    QStringList tokens;
    for (int i = 0; i + 3 <= digits.size(); ++i)
        tokens << digits.mid(i);
    return tokens.isEmpty() ? QStringLiteral("") : tokens.join(QLatin1Char(' ')); // never null
}

QStringList ClientRules::searchWords(const QString& typed, bool* phoneOnly)
{
    // A query of digits and phone punctuation is one phone fragment: "612 34" -> 61234.
    static const QRegularExpression phoneLike(QStringLiteral("^[0-9 +()./-]+$"));
    const QString trimmed = typed.trimmed();
    *phoneOnly = phoneLike.match(trimmed).hasMatch();
    if (*phoneOnly) {
        const QString digits = digitsOf(trimmed);
        return digits.isEmpty() ? QStringList() : QStringList{digits};
    }
    // Otherwise every word must start a word of the name, email or phone. Words keep only
    // letters and digits, so quotes, stars and operators never reach the search engine.
    QStringList words;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            words << word;
        word.clear();
    };
    for (const QChar c : trimmed) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing)
            word += c;
        else
            flush();
    }
    flush();
    return words;
}

QString ClientRules::searchQuery(const QString& typed)
{
    bool phoneOnly = false;
    const QStringList words = searchWords(typed, &phoneOnly);
    if (phoneOnly)
        return words.isEmpty() ? QString()
                               : QStringLiteral("search_phone : \"%1\"*").arg(words.first());
    QStringList terms;
    for (const QString& word : words)
        terms << QStringLiteral("\"%1\"*").arg(word);
    return terms.join(QLatin1Char(' '));
}
