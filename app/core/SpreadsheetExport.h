#pragma once

#include "core/Booking.h"
#include "core/Client.h"

#include <QList>
#include <QString>
#include <QTimeZone>

// Clients and bookings as CSV for spreadsheets: a header row, UTF-8, CRLF, formula-looking
// cells neutralised (Csv::cell). Never check-in answers, notes or reasons.
namespace SpreadsheetExport {

// id, name, phone, email, language, consent_date (the local day consent was given, when in
// force), created. Massage Desk's client import reads these headers back.
QString clients(const QList<ClientDetails>& clients, const QTimeZone& zone);
// id, date, start, end, minutes, service, therapist, room, client_id, client, status,
// checkin_outcome (the level only).
QString bookings(const QList<AgendaEntry>& bookings, const QTimeZone& zone);

} // namespace SpreadsheetExport
