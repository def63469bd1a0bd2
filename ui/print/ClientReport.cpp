#include "print/ClientReport.h"

#include "core/PrecautionRules.h"
#include "models/DayAgendaModel.h"
#include "print/PdfFile.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QTextDocument>
#include <QTimeZone>

namespace {

QString esc(const QJsonValue& value)
{
    return value.toString().toHtmlEscaped();
}

// An ISO time from the export, in the centre's zone, as the interface's locale writes it.
QString when(const QJsonValue& iso, const QTimeZone& zone)
{
    const QDateTime time = QDateTime::fromString(iso.toString(), Qt::ISODate);
    if (!time.isValid())
        return QStringLiteral("\u2013");
    return QLocale().toString(time.toTimeZone(zone), QStringLiteral("d MMM yyyy, HH:mm"));
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value);
}

QString tableStart()
{
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                          "width=\"100%\">");
}

} // namespace

QString ClientReport::html(const QJsonObject& exported, const QString& centreName)
{
    const QTimeZone zone(exported.value(QLatin1String("time_zone")).toString().toUtf8());
    const QString language = QLocale().name().left(2);
    const QJsonObject client = exported.value(QLatin1String("client")).toObject();
    const QJsonObject consent = exported.value(QLatin1String("consent")).toObject();
    const QString none = QStringLiteral("\u2013");
    const auto orNone = [&none](const QJsonValue& value) {
        return value.toString().isEmpty()
                   ? none
                   : esc(value).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    };

    QString html =
        QStringLiteral("<h2>%1</h2><p>%2</p>")
            .arg(tr("Personal data held about %1")
                     .arg(client.value(QLatin1String("name")).toString())
                     .toHtmlEscaped(),
                 tr("%1 \u00B7 exported on %2 by %3")
                     .arg(centreName, when(exported.value(QLatin1String("exported_at")), zone),
                          exported.value(QLatin1String("exported_by")).toString())
                     .toHtmlEscaped());

    html += QStringLiteral("<h3>%1</h3>").arg(tr("Details")) + tableStart();
    html +=
        row(tr("Client number"), QString::number(client.value(QLatin1String("id")).toInteger()));
    html += row(tr("Name"), esc(client.value(QLatin1String("name"))));
    html += row(tr("Phone"), orNone(client.value(QLatin1String("phone"))));
    html += row(tr("Email"), orNone(client.value(QLatin1String("email"))));
    html += row(tr("Language"), esc(client.value(QLatin1String("language"))));
    html += row(tr("Notes"), orNone(client.value(QLatin1String("notes"))));
    html += row(tr("Client since"), when(client.value(QLatin1String("created_at")), zone));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>").arg(tr("Data-processing consent")) + tableStart();
    html += row(tr("Text version"), orNone(consent.value(QLatin1String("version"))));
    html += row(tr("Given on"), when(consent.value(QLatin1String("given_at")), zone));
    html += row(tr("Withdrawn on"), when(consent.value(QLatin1String("withdrawn_at")), zone));
    QStringList history;
    for (const QJsonValue& value : consent.value(QLatin1String("history")).toArray()) {
        const QJsonObject entry = value.toObject();
        const bool withdrawn =
            entry.value(QLatin1String("kind")).toString().endsWith(QLatin1String("withdrawn"));
        history << (withdrawn
                        ? tr("%1: withdrawn").arg(when(entry.value(QLatin1String("at")), zone))
                        : tr("%1: given for text %2")
                              .arg(when(entry.value(QLatin1String("at")), zone),
                                   entry.value(QLatin1String("version")).toString()))
                       .toHtmlEscaped();
    }
    html += row(tr("History"), history.isEmpty() ? none : history.join(QStringLiteral("<br>")));
    html += QStringLiteral("</table>");

    const QJsonArray bookings = exported.value(QLatin1String("bookings")).toArray();
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Bookings (%1)").arg(bookings.size()));
    if (bookings.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("No bookings."));
    } else {
        html += tableStart() +
                QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                               "<th>%6</th><th>%7</th></tr>")
                    .arg(tr("When"), tr("Service"), tr("Therapist"), tr("Room"), tr("Status"),
                         tr("Reason"), tr("Check-in"));
        for (const QJsonValue& value : bookings) {
            const QJsonObject b = value.toObject();
            const QJsonObject checkin = b.value(QLatin1String("checkin")).toObject();
            html += QStringLiteral("<tr><td>%1</td><td>%2 (%3)</td><td>%4</td><td>%5</td>"
                                   "<td>%6</td><td>%7</td><td>%8</td></tr>")
                        .arg(when(b.value(QLatin1String("start")), zone),
                             esc(b.value(QLatin1String("service_name"))),
                             tr("%1 min").arg(b.value(QLatin1String("minutes")).toInt()),
                             esc(b.value(QLatin1String("therapist"))),
                             esc(b.value(QLatin1String("room"))),
                             DayAgendaModel::statusText(b.value(QLatin1String("status")).toString())
                                 .toHtmlEscaped(),
                             esc(b.value(QLatin1String("status_reason"))),
                             DayAgendaModel::outcomeText(
                                 checkin.value(QLatin1String("outcome")).toString())
                                 .toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }

    // Each check-in with its questions and answers in words.
    for (const QJsonValue& value : bookings) {
        const QJsonObject b = value.toObject();
        const QJsonObject checkin = b.value(QLatin1String("checkin")).toObject();
        if (checkin.isEmpty())
            continue;
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(tr("Check-in for %1, %2")
                             .arg(when(b.value(QLatin1String("start")), zone),
                                  b.value(QLatin1String("service_name")).toString())
                             .toHtmlEscaped());
        html += tableStart();
        for (const QJsonValue& answerValue : checkin.value(QLatin1String("answers")).toArray()) {
            const QJsonObject answer = answerValue.toObject();
            const PrecautionQuestion* question = PrecautionRules::builtIn().question(
                answer.value(QLatin1String("question_id")).toString());
            const QString text = question ? question->textsIn(language).question
                                          : answer.value(QLatin1String("question")).toString();
            html +=
                row(text, answer.value(QLatin1String("answer")).toBool() ? tr("Yes") : tr("No"));
        }
        html += row(tr("Outcome"),
                    DayAgendaModel::outcomeText(checkin.value(QLatin1String("outcome")).toString())
                        .toHtmlEscaped());
        html += row(tr("Areas to avoid"), orNone(checkin.value(QLatin1String("avoid_areas"))));
        html += row(tr("Notes"), orNone(checkin.value(QLatin1String("notes"))));
        const QJsonObject clearance = checkin.value(QLatin1String("clearance")).toObject();
        if (!clearance.isEmpty()) {
            html += row(tr("Clearance"),
                        tr("confirmed by %1 on %2: %3")
                            .arg(clearance.value(QLatin1String("confirmed_by")).toString(),
                                 when(clearance.value(QLatin1String("at")), zone),
                                 clearance.value(QLatin1String("advice")).toString())
                            .toHtmlEscaped());
        }
        html += row(tr("Session note"), orNone(checkin.value(QLatin1String("session_note"))));
        html += row(tr("Unusual reaction"), orNone(checkin.value(QLatin1String("reaction_note"))));
        html += QStringLiteral("</table>");
    }

    const QJsonArray audit = exported.value(QLatin1String("audit")).toArray();
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Who read or changed this data"));
    html += tableStart() + QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                               .arg(tr("When"), tr("Who"), tr("What"), tr("Booking"));
    for (const QJsonValue& value : audit) {
        const QJsonObject entry = value.toObject();
        const QJsonValue booking = entry.value(QLatin1String("booking_id"));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(when(entry.value(QLatin1String("at")), zone),
                         esc(entry.value(QLatin1String("user"))),
                         esc(entry.value(QLatin1String("kind"))),
                         booking.isNull() ? none : QString::number(booking.toInteger()));
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(tr("The JSON file exported with this report holds the same data in the "
                        "format \u201C%1\u201D, version %2.")
                         .arg(exported.value(QLatin1String("format")).toString())
                         .arg(exported.value(QLatin1String("version")).toInt())
                         .toHtmlEscaped());
    return html;
}

bool ClientReport::writePdf(const QJsonObject& exported, const QString& centreName,
                            const QString& path, QString* error)
{
    QTextDocument document;
    document.setHtml(html(exported, centreName));
    return PdfFile::write(document, QPageLayout::Portrait, path, NewFile::Access::OwnerOnly, error);
}
