#include "core/SpreadsheetExport.h"

#include "core/Csv.h"
#include "core/LocalTime.h"

namespace SpreadsheetExport {

QString clients(const QList<ClientDetails>& clients, const QTimeZone& zone)
{
    QString out = Csv::row({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("phone"),
                            QStringLiteral("email"), QStringLiteral("language"),
                            QStringLiteral("consent_date"), QStringLiteral("created")});
    out.reserve(clients.size() * 80);
    for (const ClientDetails& c : clients) {
        out += Csv::row({QString::number(c.id), c.name, c.phone, c.email, c.language,
                         c.hasConsent() && c.consentAt > 0
                             ? LocalTime::format(c.consentAt, zone, QStringLiteral("yyyy-MM-dd"))
                             : QString(),
                         LocalTime::format(c.createdAt, zone, QStringLiteral("yyyy-MM-dd"))});
    }
    return out;
}

QString bookings(const QList<AgendaEntry>& bookings, const QTimeZone& zone)
{
    QString out = Csv::row(
        {QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("start"),
         QStringLiteral("end"), QStringLiteral("minutes"), QStringLiteral("service"),
         QStringLiteral("therapist"), QStringLiteral("room"), QStringLiteral("client_id"),
         QStringLiteral("client"), QStringLiteral("status"), QStringLiteral("checkin_outcome")});
    for (const AgendaEntry& b : bookings) {
        const qint64 end = b.startsAt + qint64(b.minutes) * 60;
        out += Csv::row({QString::number(b.id),
                         LocalTime::format(b.startsAt, zone, QStringLiteral("yyyy-MM-dd")),
                         LocalTime::format(b.startsAt, zone, QStringLiteral("HH:mm")),
                         LocalTime::format(end, zone, QStringLiteral("HH:mm")),
                         QString::number(b.minutes), b.serviceName, b.therapistName, b.roomName,
                         QString::number(b.clientId), b.clientName, b.status, b.checkinOutcome});
    }
    return out;
}

} // namespace SpreadsheetExport
