#include "print/DaySheet.h"

#include "core/LocalTime.h"
#include "core/PrecautionRules.h"
#include "models/DayAgendaModel.h"
#include "print/DaySheetLayout.h"
#include "print/PrintPreview.h"
#include "storage/BookingRepository.h"
#include "storage/CheckinRepository.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"

#include <QLocale>
#include <QMap>
#include <QPagedPaintDevice>
#include <QTextDocument>

QString DaySheet::html(const QString& centre, const QDate& day, const QTimeZone& zone,
                       const QList<AgendaEntry>& entries, bool includeCancelled,
                       const QHash<qint64, QString>& precautions, bool onePagePerTherapist)
{
    QMap<QString, QList<AgendaEntry>> byTherapist;
    for (const AgendaEntry& e : entries) {
        const bool inactive =
            e.status == QLatin1String("cancelled") || e.status == QLatin1String("no_show");
        if (inactive && !includeCancelled)
            continue;
        byTherapist[e.therapistName].append(e);
    }
    const QString date = QLocale().toString(day, QLocale::LongFormat).toHtmlEscaped();
    QString html = QStringLiteral("<h1>%1</h1><h2>%2</h2>").arg(centre.toHtmlEscaped(), date);
    if (byTherapist.isEmpty())
        html += tr("<p>No sessions on this day.</p>");
    // One set of column widths for every therapist, so the sheets line up; the header row
    // (<thead>) repeats when a table runs onto the next page.
    const QString header =
        QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                       "<thead><tr><th width=\"11%\">%1</th><th width=\"22%\">%2</th>"
                       "<th width=\"24%\">%3</th><th width=\"11%\">%4</th>"
                       "<th width=\"10%\">%5</th><th width=\"22%\">%6</th></tr></thead>")
            .arg(tr("Time"), tr("Client"), tr("Service"), tr("Room"), tr("Status"), tr("Check-in"));
    for (auto it = byTherapist.constBegin(); it != byTherapist.constEnd(); ++it) {
        // A sheet handed to one therapist says which day it is for.
        html +=
            QStringLiteral("<h3>%1</h3>")
                .arg(onePagePerTherapist ? tr("%1 \u00B7 %2").arg(it.key().toHtmlEscaped(), date)
                                         : it.key().toHtmlEscaped());
        html += header;
        for (const AgendaEntry& e : it.value()) {
            html += QStringLiteral("<tr><td>%1\u2013%2</td><td>%3</td><td>%4 (%5)</td><td>%6</td>"
                                   "<td>%7</td><td>%8</td></tr>")
                        .arg(LocalTime::format(e.startsAt, zone, QStringLiteral("HH:mm")),
                             LocalTime::format(e.startsAt + qint64(e.minutes) * 60, zone,
                                               QStringLiteral("HH:mm")),
                             e.clientName.toHtmlEscaped(), e.serviceName.toHtmlEscaped(),
                             tr("%1 min").arg(e.minutes), e.roomName.toHtmlEscaped(),
                             DayAgendaModel::statusText(e.status).toHtmlEscaped(),
                             DayAgendaModel::outcomeText(e.checkinOutcome).toHtmlEscaped() +
                                 (precautions.contains(e.id)
                                      ? QStringLiteral("<br><small>%1</small>")
                                            .arg(precautions.value(e.id).toHtmlEscaped())
                                      : QString()));
        }
        html += QStringLiteral("</table>");
    }
    html += precautions.isEmpty()
                ? tr("<p><small>Check-in outcomes only; the answers are in Massage Desk, for the "
                     "therapist.</small></p>")
                : tr("<p><small>Contains health information for the therapist: keep this sheet "
                     "out of clients' sight and shred it at the end of the day.</small></p>");
    return html;
}

QHash<qint64, QString> DaySheet::precautions(Database& database, const QList<AgendaEntry>& entries)
{
    QHash<qint64, QString> result;
    const std::optional<Actor>& actor = database.actor();
    // Nobody signed in (a centre without accounts) prints the outcome levels only.
    if (!actor || !Permissions::allows(actor->role, Action::ReadCheckinAnswers))
        return result;
    const QString language = QLocale().name().left(2);
    CheckinRepository checkins(database);
    for (const AgendaEntry& e : entries) {
        if (e.checkinOutcome.isEmpty() ||
            (actor->role == Role::Therapist && e.therapistId != actor->therapistId))
            continue;
        StoredCheckin c;
        StorageError error;
        if (!checkins.read(e.id, actor->name, &c, &error))
            continue; // the outcome level is still printed
        QStringList parts;
        for (const QString& id : std::as_const(c.reasons)) {
            if (const PrecautionQuestion* q = PrecautionRules::builtIn().question(id))
                parts << q->textsIn(language).reason;
            else if (id == openReferralReason() && c.referral)
                parts << tr("stopped and referred on %1 (booking %2), no clearance recorded since")
                             .arg(c.referral->date.toString(Qt::ISODate))
                             .arg(c.referral->bookingId);
        }
        if (!c.answers.avoidAreas.isEmpty())
            parts << tr("Avoid: %1").arg(c.answers.avoidAreas);
        if (!parts.isEmpty())
            result.insert(e.id, parts.join(QStringLiteral("; ")));
    }
    return result;
}

bool DaySheet::load(Database& database, const QDate& day, Content* content, QString* error)
{
    SettingsRepository settings(database);
    content->day = day;
    content->zone = settings.timeZone();
    content->centre = settings.value(SettingKeys::kCentreName);
    StorageError storageError;
    content->entries =
        BookingRepository(database, content->zone)
            .agenda(QDateTime(day, QTime(0, 0), content->zone).toSecsSinceEpoch(),
                    QDateTime(day.addDays(1), QTime(0, 0), content->zone).toSecsSinceEpoch(),
                    QLocale().name().left(2), &storageError);
    if (storageError) {
        *error = storageError.message;
        return false;
    }
    content->precautions = precautions(database, content->entries);
    return true;
}

void DaySheet::render(const Content& content, const Options& options, QPagedPaintDevice* device)
{
    QTextDocument document;
    document.setHtml(html(content.centre, content.day, content.zone, content.entries,
                          options.includeCancelled, content.precautions,
                          options.onePagePerTherapist));
    DaySheetLayout::paginate(document, device, options.onePagePerTherapist);
    document.print(device);
}

bool DaySheet::printPdf(Database& database, const QDate& day, const QString& path,
                        bool includeCancelled, QString* error)
{
    Content content;
    if (!load(database, day, &content, error))
        return false;
    Options options;
    options.includeCancelled = includeCancelled;
    return PrintPreview::savePdf(
        path, QPageLayout::Landscape,
        [&](QPagedPaintDevice* device, QString*) {
            render(content, options, device);
            return true;
        },
        error, NewFile::Access::Shared);
}
