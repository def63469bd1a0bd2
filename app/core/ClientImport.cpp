#include "core/ClientImport.h"

#include "core/Csv.h"

#include <QHash>

namespace {

using Field = ClientImport::Field;

// Lower case, no accents, words separated by single spaces: "Correu electrònic" -> "correu
// electronic", "E-Mail" -> "e mail", "first_name" -> "first name".
QString normalised(const QString& text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += c.isLetterOrNumber() ? c.toCaseFolded() : QLatin1Char(' ');
    }
    return out.simplified();
}

const QHash<QString, Field>& synonyms()
{
    static const QHash<QString, Field> table = [] {
        QHash<QString, Field> t;
        const auto add = [&](Field f, std::initializer_list<const char*> names) {
            for (const char* n : names)
                t.insert(normalised(QString::fromUtf8(n)), f);
        };
        add(Field::FullName,
            {"name", "full name", "fullname", "client", "client name", "customer", "customer name",
             "contact", "contact name", "display name", "nom", "nom complet", "nom i cognoms",
             "nombre", "nombre completo", "nombre y apellidos", "cliente", "nom del client",
             "nombre del cliente"});
        add(Field::FirstName, {"first name", "firstname", "given name", "forename", "first",
                               "nom de pila", "primer nom"});
        add(Field::LastName, {"last name", "lastname", "surname", "family name", "second name",
                              "last", "cognom", "cognoms", "primer cognom", "segon cognom",
                              "apellido", "apellidos", "primer apellido", "segundo apellido"});
        add(Field::Phone,
            {"phone",     "mobile",    "mobile phone",   "mobile number", "phone number",
             "telephone", "tel",       "tel.",           "cell",          "cell phone",
             "cellphone", "mobile no", "telefon",        "telefon mobil", "mobil",
             "movil",     "telefono",  "telefono movil", "celular",       "numero de telefono",
             "whatsapp"});
        add(Field::Email, {"email", "e mail", "email address", "e mail address", "mail", "correu",
                           "correu electronic", "correo", "correo electronico",
                           "adreca electronica", "direccion de correo"});
        add(Field::Notes, {"notes", "note", "comments", "comment", "remarks", "notas", "nota",
                           "comentaris", "comentarios", "observacions", "observaciones"});
        add(Field::Language, {"language", "preferred language", "lang", "idioma", "llengua",
                              "idioma preferit", "idioma preferido"});
        add(Field::ConsentDate,
            {"consent date", "consent", "consent at", "consent given", "consent given on",
             "data consentiment", "consentiment", "data del consentiment", "fecha consentimiento",
             "consentimiento", "fecha del consentimiento", "gdpr consent", "rgpd"});
        // Our own export's columns that are not imported.
        add(Field::Ignore, {"id", "created", "created at"});
        return t;
    }();
    return table;
}

// Half of a surrogate pair or a non-character (U+FFFE, U+FFFF): SQLite would not store it as
// read, so the row is refused rather than the whole import.
bool storable(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate() || c.unicode() == 0xfffe || c.unicode() == 0xffff)
            return false;
    }
    return true;
}

QString languageCode(const QString& value, const QString& fallback)
{
    const QString v = normalised(value);
    if (v.isEmpty())
        return fallback;
    static const QHash<QString, QString> names = {
        {QStringLiteral("ca"), QStringLiteral("ca")},
        {QStringLiteral("cat"), QStringLiteral("ca")},
        {QStringLiteral("catala"), QStringLiteral("ca")},
        {QStringLiteral("catalan"), QStringLiteral("ca")},
        {QStringLiteral("es"), QStringLiteral("es")},
        {QStringLiteral("esp"), QStringLiteral("es")},
        {QStringLiteral("espanol"), QStringLiteral("es")},
        {QStringLiteral("castellano"), QStringLiteral("es")},
        {QStringLiteral("castella"), QStringLiteral("es")},
        {QStringLiteral("spanish"), QStringLiteral("es")},
        {QStringLiteral("en"), QStringLiteral("en")},
        {QStringLiteral("eng"), QStringLiteral("en")},
        {QStringLiteral("english"), QStringLiteral("en")},
        {QStringLiteral("angles"), QStringLiteral("en")},
        {QStringLiteral("ingles"), QStringLiteral("en")}};
    return names.value(v);
}

QDate consentDate(const QString& value)
{
    const QString v = value.trimmed();
    for (const char* format : {"yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy"}) {
        const QDate d = QDate::fromString(v.left(10), QString::fromLatin1(format));
        if (d.isValid())
            return d;
        const QDate whole = QDate::fromString(v, QString::fromLatin1(format));
        if (whole.isValid())
            return whole;
    }
    return {};
}

} // namespace

QString ClientImport::fieldName(Field field)
{
    switch (field) {
    case Field::FullName:
        return QStringLiteral("name");
    case Field::FirstName:
        return QStringLiteral("first_name");
    case Field::LastName:
        return QStringLiteral("last_name");
    case Field::Phone:
        return QStringLiteral("phone");
    case Field::Email:
        return QStringLiteral("email");
    case Field::Notes:
        return QStringLiteral("notes");
    case Field::Language:
        return QStringLiteral("language");
    case Field::ConsentDate:
        return QStringLiteral("consent_date");
    case Field::Ignore:
        break;
    }
    return QStringLiteral("ignore");
}

QStringList ClientImport::fieldNames()
{
    QStringList names;
    for (Field f : {Field::FullName, Field::FirstName, Field::LastName, Field::Phone, Field::Email,
                    Field::Notes, Field::Language, Field::ConsentDate, Field::Ignore})
        names << fieldName(f);
    return names;
}

bool ClientImport::fieldFromName(const QString& name, Field* field)
{
    for (Field f : {Field::FullName, Field::FirstName, Field::LastName, Field::Phone, Field::Email,
                    Field::Notes, Field::Language, Field::ConsentDate, Field::Ignore}) {
        if (fieldName(f) == name.trimmed().toLower()) {
            *field = f;
            return true;
        }
    }
    return false;
}

QList<ClientImport::Field> ClientImport::matchHeader(const QStringList& header)
{
    QList<Field> fields;
    for (const QString& h : header)
        fields.append(synonyms().value(normalised(h), Field::Ignore));
    // "Nom" + "Cognoms", "Name" + "Surname": the plain name column is the first name.
    if (fields.contains(Field::LastName)) {
        for (Field& f : fields) {
            if (f == Field::FullName) {
                f = Field::FirstName;
                break;
            }
        }
    }
    return fields;
}

bool ClientImport::applyMap(const QStringList& header, const QStringList& maps,
                            QList<Field>* fields, QString* error)
{
    for (const QString& map : maps) {
        const qsizetype at = map.lastIndexOf(QLatin1Char('='));
        Field field = Field::Ignore;
        if (at <= 0 || !fieldFromName(map.mid(at + 1), &field)) {
            *error = tr("--map takes COLUMN=FIELD, FIELD being one of %1; not \"%2\".")
                         .arg(fieldNames().join(QStringLiteral(", ")), map.left(80));
            return false;
        }
        const QString column = map.left(at).trimmed();
        qsizetype index = -1;
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (header.at(i).trimmed().compare(column, Qt::CaseInsensitive) == 0)
                index = i;
        }
        bool isNumber = false;
        const int number = column.toInt(&isNumber);
        if (index < 0 && isNumber && number >= 1 && number <= header.size())
            index = number - 1;
        if (index < 0) {
            *error = tr("The file has no column \"%1\"; its columns are: %2.")
                         .arg(column.left(80), header.join(QStringLiteral(", ")).left(400));
            return false;
        }
        (*fields)[index] = field;
    }
    return true;
}

QString ClientImport::namePhoneKey(const QString& name, const QString& phone)
{
    const QString digits = ClientRules::phoneSearchTokens(phone).section(QLatin1Char(' '), 0, 0);
    if (digits.isEmpty())
        return {};
    return normalised(name) + QLatin1Char('|') + digits;
}

QString ClientImport::emailKey(const QString& email)
{
    return email.trimmed().toCaseFolded();
}

ClientImport::Plan ClientImport::plan(const QByteArray& bytes, const QStringList& maps,
                                      const QString& defaultLanguage)
{
    Plan plan;
    const Csv::Table table = Csv::read(bytes);
    plan.encoding = table.encoding;
    plan.delimiter = table.delimiter;
    if (table.records.isEmpty()) {
        plan.problem = tr("The file is empty.");
        return plan;
    }
    for (const QString& h : table.records.first().cells)
        plan.header << h.trimmed();
    plan.fields = matchHeader(plan.header);
    if (!applyMap(plan.header, maps, &plan.fields, &plan.problem))
        return plan;
    if (!plan.fields.contains(Field::FullName) && !plan.fields.contains(Field::FirstName)) {
        plan.problem = tr("No column holds the clients' names. The columns are: %1. Say which "
                          "one with --map COLUMN=name (or first_name and last_name).")
                           .arg(plan.header.join(QStringLiteral(", ")).left(400));
        return plan;
    }
    for (qsizetype i = 0; i < plan.header.size(); ++i) {
        if (plan.fields.at(i) == Field::Ignore && !plan.header.at(i).isEmpty() &&
            !synonyms().contains(normalised(plan.header.at(i))))
            plan.unusedColumns << plan.header.at(i);
    }

    plan.rows.reserve(table.records.size());
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const Csv::Record& record = table.records.at(r);
        Row row;
        row.line = record.line;
        QString full, first, last, consent, language;
        bool consentColumn = false;
        for (qsizetype c = 0; c < record.cells.size() && c < plan.fields.size(); ++c) {
            const QString value = Csv::unneutralise(record.cells.at(c));
            switch (plan.fields.at(c)) {
            case Field::FullName:
                full = value;
                break;
            case Field::FirstName:
                first = value;
                break;
            case Field::LastName:
                last = (last + QLatin1Char(' ') + value).trimmed();
                break;
            case Field::Phone:
                row.input.phone = value;
                break;
            case Field::Email:
                row.input.email = value;
                break;
            case Field::Notes:
                // Spreadsheets break lines in a cell with CRLF; the desk's notes use LF.
                row.input.notes = QString(value)
                                      .replace(QLatin1String("\r\n"), QLatin1String("\n"))
                                      .replace(QLatin1Char('\r'), QLatin1Char('\n'));
                break;
            case Field::Language:
                language = value;
                break;
            case Field::ConsentDate:
                consent = value;
                consentColumn = true;
                break;
            case Field::Ignore:
                break;
            }
        }
        row.input.name =
            !full.trimmed().isEmpty() ? full : (first + QLatin1Char(' ') + last).trimmed();
        row.input.language = languageCode(language, defaultLanguage);
        if (!record.problem.isEmpty()) {
            row.problem = tr("A quoted field is never closed; the rest of the file is this one "
                             "field.");
        } else if (record.cells.size() > plan.header.size() &&
                   !record.cells.mid(plan.header.size()).join(QString()).trimmed().isEmpty()) {
            row.problem = tr("The row has %1 fields but the header only %2.")
                              .arg(record.cells.size())
                              .arg(plan.header.size());
        } else if (!storable(row.input.name) || !storable(row.input.phone) ||
                   !storable(row.input.email) || !storable(row.input.notes)) {
            row.problem = tr("The row contains a broken or invalid character (for example half "
                             "of an emoji).");
        } else if (row.input.language.isEmpty()) {
            row.problem = tr("\"%1\" is not a language Massage Desk knows (ca, es or en).")
                              .arg(language.left(40));
        } else {
            row.problem = ClientRules::validate(&row.input);
        }
        // Consent only when the column states it with a date; "yes" alone is no consent.
        if (consentColumn && row.problem.isEmpty())
            row.consentDate = consentDate(consent);
        plan.rows.append(row);
    }
    return plan;
}
