#pragma once

#include "core/Booking.h"

#include <QCoreApplication>
#include <QDate>
#include <QTimeZone>

class Database;

// The printable list of one day per therapist, for the wall of the treatment rooms. It shows
// each check-in's outcome level only — never the answers — so whoever prints it, it shows no
// more than a receptionist may read (DESIGN 2.5).
class DaySheet
{
    Q_DECLARE_TR_FUNCTIONS(DaySheet)

public:
    static QString html(const QString& centre, const QDate& day, const QTimeZone& zone,
                        const QList<AgendaEntry>& entries, bool includeCancelled);
    // Writes the day's sheet as a PDF; false with a message when it cannot.
    static bool printPdf(Database& database, const QDate& day, const QString& path,
                         bool includeCancelled, QString* error);
};
