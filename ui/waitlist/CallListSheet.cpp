#include "waitlist/CallListSheet.h"

#include "core/LocalTime.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QTextDocument>

QString CallListSheet::html(const QString& centre, const QDate& day, const QTimeZone& zone,
                            const QList<CallListLine>& lines)
{
    const QString date = QLocale().toString(day, QLocale::LongFormat).toHtmlEscaped();
    QString html = QStringLiteral("<h1>%1</h1><h2>%2</h2>")
                       .arg(centre.toHtmlEscaped(), tr("Calls for %1").arg(date));
    if (lines.isEmpty())
        return html + tr("<p>No sessions to confirm on this day.</p>");
    html +=
        QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                       "<thead><tr><th width=\"11%\">%1</th><th width=\"22%\">%2</th>"
                       "<th width=\"16%\">%3</th><th width=\"19%\">%4</th><th width=\"14%\">%5</th>"
                       "<th width=\"18%\">%6</th></tr></thead>")
            .arg(tr("Time"), tr("Client"), tr("Phone"), tr("Service"), tr("Therapist"), tr("Call"));
    for (const CallListLine& l : lines) {
        const QString call =
            l.callStatus.isEmpty()
                ? tr("\u2610 confirmed \u2610 message \u2610 no answer \u2610 cancelled")
                : CallRepository::statusSymbol(l.callStatus) + QLatin1Char(' ') +
                      CallRepository::statusText(l.callStatus);
        // The start is what the call is about; the length is beside the service.
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4 (%5)</td>"
                               "<td>%6</td><td><small>%7</small></td></tr>")
                    .arg(LocalTime::format(l.startsAt, zone, QStringLiteral("HH:mm")),
                         l.clientName.toHtmlEscaped(), l.phone.toHtmlEscaped(),
                         l.serviceName.toHtmlEscaped(), tr("%1 min").arg(l.minutes),
                         l.therapistName.toHtmlEscaped(), call.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    html += tr("<p><small>Contact details: keep this list at the desk and shred it after the "
               "calls.</small></p>");
    return html;
}

void CallListSheet::render(const QString& html, QPagedPaintDevice* device)
{
    QTextDocument document;
    document.setHtml(html);
    // Laid out on the device it prints on, as the day sheet is.
    document.documentLayout()->setPaintDevice(device);
    document.setPageSize(device->pageLayout().paintRectPixels(device->logicalDpiX()).size());
    document.print(device);
}
