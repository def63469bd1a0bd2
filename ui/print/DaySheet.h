#pragma once

#include "core/Booking.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QTimeZone>

class Database;
class QPagedPaintDevice;

// The printable list of one day per therapist. What it shows of check-ins follows the role of
// the person printing (DESIGN 2.5): the outcome level for everyone; for a therapist's own
// sessions (a manager: all) also the precautions behind it and the areas to avoid, each read
// through the audited check-in read.
class DaySheet
{
    Q_DECLARE_TR_FUNCTIONS(DaySheet)

public:
    struct Options
    {
        bool includeCancelled = false;
        // Each therapist on pages of their own, their name and the day at the top.
        bool onePagePerTherapist = false;
    };

    // `precautions`: booking id -> what the therapist must know, for the rows that may show it.
    static QString html(const QString& centre, const QDate& day, const QTimeZone& zone,
                        const QList<AgendaEntry>& entries, bool includeCancelled,
                        const QHash<qint64, QString>& precautions = {},
                        bool onePagePerTherapist = false);
    // What a day's sheet prints, read once (the precautions are audited reads) however often a
    // print preview draws it again.
    struct Content
    {
        QString centre;
        QDate day;
        QTimeZone zone;
        QList<AgendaEntry> entries;
        QHash<qint64, QString> precautions;
    };
    // For the person signed in on `database`; false with a message when it cannot.
    static bool load(Database& database, const QDate& day, Content* content, QString* error);
    // Draws the sheet on a printer, the print preview or a PDF writer (DaySheetLayout keeps
    // each heading with its rows).
    static void render(const Content& content, const Options& options, QPagedPaintDevice* device);
    // Writes the day's sheet as a PDF for the person signed in on `database`; false with a
    // message when it cannot.
    static bool printPdf(Database& database, const QDate& day, const QString& path,
                         bool includeCancelled, QString* error);
    // What the signed-in person's sheet adds to the outcome levels: booking id -> precautions
    // and areas to avoid. Empty for a receptionist or when nobody is signed in; a therapist
    // gets their own sessions. Each check-in read leaves its audit entry.
    static QHash<qint64, QString> precautions(Database& database,
                                              const QList<AgendaEntry>& entries);
};
