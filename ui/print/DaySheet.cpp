#include "print/DaySheet.h"

#include "core/LocalTime.h"
#include "core/PrecautionRules.h"
#include "models/DayAgendaModel.h"
#include "storage/BookingRepository.h"
#include "storage/CheckinRepository.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"

#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <QPrinter>
#include <QTextDocument>

QString DaySheet::html(const QString& centre, const QDate& day, const QTimeZone& zone,
                       const QList<AgendaEntry>& entries, bool includeCancelled,
                       const QHash<qint64, QString>& precautions)
{
    QMap<QString, QList<AgendaEntry>> byTherapist;
    for (const AgendaEntry& e : entries) {
        const bool inactive =
            e.status == QLatin1String("cancelled") || e.status == QLatin1String("no_show");
        if (inactive && !includeCancelled)
            continue;
        byTherapist[e.therapistName].append(e);
    }
    QString html = QStringLiteral("<h2>%1</h2><h3>%2</h3>")
                       .arg(centre.toHtmlEscaped(),
                            QLocale().toString(day, QLocale::LongFormat).toHtmlEscaped());
    if (byTherapist.isEmpty())
        html += tr("<p>No sessions on this day.</p>");
    for (auto it = byTherapist.constBegin(); it != byTherapist.constEnd(); ++it) {
        html += QStringLiteral("<h3>%1</h3><table border=\"1\" cellspacing=\"0\" "
                               "cellpadding=\"4\" width=\"100%\"><tr><th>%2</th><th>%3</th>"
                               "<th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr>")
                    .arg(it.key().toHtmlEscaped(), tr("Time"), tr("Client"), tr("Service"),
                         tr("Room"), tr("Status"), tr("Check-in"));
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

bool DaySheet::printPdf(Database& database, const QDate& day, const QString& path,
                        bool includeCancelled, QString* error)
{
    SettingsRepository settings(database);
    const QTimeZone zone = settings.timeZone();
    StorageError storageError;
    const QList<AgendaEntry> entries =
        BookingRepository(database, zone)
            .agenda(QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch(),
                    QDateTime(day.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch(),
                    QLocale().name().left(2), &storageError);
    if (storageError) {
        *error = storageError.message;
        return false;
    }
    const QHash<qint64, QString> notes = precautions(database, entries);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageOrientation(QPageLayout::Landscape);
    QTextDocument document;
    document.setHtml(html(settings.value(SettingKeys::kCentreName), day, zone, entries,
                          includeCancelled, notes));
    document.print(&printer);
    if (QFileInfo(path).size() <= 0) {
        *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}
