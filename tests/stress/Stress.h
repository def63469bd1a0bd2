#pragma once

// massage-desk-stress: proof that nothing committed is lost (issue 6). One program in three
// roles: the parent that runs the kill and concurrency modes, and the writing child it starts
// (`--writer`), which books slots through Scheduler::book, the one write path.

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Stress {

// The temporary centre every mode writes to: a small demo centre plus, per writer, a therapist
// and a room of its own (on shift and open all day, every day) so writers never compete for a
// slot and every booking must succeed.
struct Centre
{
    QString path;
    qint64 client = 0;
    QList<qint64> clients; // one per writer (a client is in one session at a time)
    QList<qint64> therapists;
    QList<qint64> rooms;
    qint64 base = 0; // UTC seconds of slot 0: tomorrow at 00:00 UTC; a slot is an hour
};

constexpr char kServiceCode[] = "foot"; // 30 minutes plus 10 of cleanup: an hour never overlaps
constexpr int kSessionMinutes = 30;
constexpr qint64 kSlotSecs = 3600;

// Creates the centre at `path` (a SQLite file, or an empty database on a server) with `writers`
// therapist/room pairs; false and `problem` when something fails.
bool createCentre(const QString& path, int writers, Centre* centre, QString* problem);

// Arguments for a writing child booking slots first, first+1, ... (at most count) for the
// therapist and room of writer `lane`.
QStringList writerArguments(const Centre& centre, int lane, qint64 first, qint64 count);
// Makes the writer also book every slot on lane `contested`, which other writers book too.
QStringList contestedArguments(const Centre& centre, int contested);
// Whether slot n is also booked on the contested lane, half an hour later (when the writer's
// client has left its own session): not at 23:30, which would end after midnight.
constexpr bool contestedSlot(qint64 slot)
{
    return slot % 24 != 23;
}

// What a writing child printed: "ok <id> <slot>" after every commit (flushed at once) and
// "fail <busy|other> <slot> <message>" after a failed write; on a contested lane "won <id>
// <slot>" or "lost <slot> <message>". An unfinished last line (the child was killed while
// printing) is ignored.
struct WriterOutput
{
    QList<qint64> ids;
    QList<QPair<qint64, qint64>> won; // (slot, id) on the contested lane
    int contestedLost = 0;
    QStringList lostLines;
    qint64 lastSlot = -1; // of the last confirmed write
    int busyFailures = 0; // "database is locked"/busy errors
    QStringList failures; // every failure line
    QStringList other;    // anything else unexpected
};
WriterOutput parseWriterOutput(const QByteArray& bytes);

// The child role: returns the process exit code.
int runWriter(const QStringList& arguments);

struct Options
{
    int kills = 1000;
    quint32 seed = 20261125;
    int minDelayMs = 1;
    int maxDelayMs = 300;
    int concurrency = 0; // writes per writer; 0: the kill mode
    QString cliProgram;  // massage-desk-cli for the CLI writer
    bool keep = false;   // keep the temporary folder
    // On a throwaway PostgreSQL server (issue 10): writers booking at once, `bookings` each.
    int serverWriters = 0;
    int bookings = 2500;
    // On the server: stops with pg_ctl stop -m immediate while a writer books.
    int serverStops = 0;
};

int runKills(const Options& options);
int runConcurrency(const Options& options);
int runServerWriters(const Options& options);
int runServerStops(const Options& options);

// "12.3 s"
QString seconds(qint64 ms);
// Prints a two-column table to stdout.
void printTable(const QString& title, const QList<QPair<QString, QString>>& rows);

} // namespace Stress
