#pragma once

// The interactive figures of DESIGN 5, measured the same way on either engine (bench.cpp), and
// the server's own figures (BenchServer.cpp).

#include "pages/CalendarPage.h"
#include "storage/DemoGenerator.h"

#include <QDate>
#include <QList>
#include <QString>
#include <memory>

class Clock;
class Database;
class MainWindow;

double median(QList<double> values);
// Process start to first painted main window, offscreen, median of `runs`.
double coldStartMs(const QString& database, int runs);
// Loading and painting the calendar (day or week view) for `weeks` different weeks.
double weekSwitchMs(MainWindow& window, const QDate& around, int weeks, CalendarPage::View view);
double searchKeystrokeMs(Database& db, bool eachTyped = false);
// Signs in as the demo's manager (the centre has accounts); true when nobody needs to.
bool signInAsDemoManager(Database& db);
// Median commit of `count` bookings with their checks, `daysAhead` days ahead (beyond the
// generated bookings).
double bookingCreateMs(Database& db, const Clock& clock, int count, int daysAhead = 40);

// The booking commit (median of `count`) while `writers` other connections book as fast as
// they can on their own days; `path` is a file or a server URI. -1 on failure.
double bookingUnderLoadMs(const QString& path, const Clock& clock, int writers, int count);

struct ServerFigures
{
    double migrateSeconds = -1;
    double startMs = 0, weekMs = 0, searchMs = 0, createMs = 0, loadedMs = -1;
    // The centre ten times the large one, generated on the server (--huge).
    double hugeGenerateSeconds = -1;
    double hugeWeekMs = -1, hugeSearchMs = -1, hugeCreateMs = -1;
};

struct ServerRun
{
    bool smoke = false;
    bool interactiveOnly = false; // no cold start
    bool load = false;            // the booking commit with four other writers
    bool huge = false;
    int runs = 5;
};

// The large centre copied to a new database on a throwaway server, then measured there.
bool measureOnServer(const QString& largePath, const Clock& clock, const ServerRun& run,
                     ServerFigures* figures);
