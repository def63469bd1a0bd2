#include "Stress.h"

#include "core/Clock.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>

namespace Stress {

namespace {

constexpr int kGuiLane = 0;
constexpr int kCliLane = 1;
constexpr int kTimeoutMs = 120000;

// The CLI's environment: its logs in the temporary folder, a fixed language, the real clock.
QProcessEnvironment cliEnvironment(const QString& folder)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MASSAGE_DESK_DATA_DIR"),
                       QDir(folder).filePath(QStringLiteral("cli-home")));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("MASSAGE_DESK_NOW"));
    environment.remove(QStringLiteral("MASSAGE_DESK_PASSWORD"));
    return environment;
}

bool mentionsBusy(const QByteArray& text)
{
    const QByteArray lower = text.toLower();
    return lower.contains("locked") || lower.contains("busy");
}

struct Side
{
    int attempted = 0;
    QSet<qint64> confirmed;
    QSet<qint64> lost;
    int busy = 0;
    QStringList failures;
};

} // namespace

int runConcurrency(const Options& options)
{
    QTemporaryDir folder;
    folder.setAutoRemove(!options.keep);
    Centre centre;
    QString problem;
    if (!folder.isValid() ||
        !createCentre(QDir(folder.path()).filePath(QStringLiteral("stress.sqlite")), 2, &centre,
                      &problem)) {
        std::fprintf(stderr, "stress: cannot set up the centre: %s\n", qPrintable(problem));
        return 2;
    }
    const int n = options.concurrency;
    std::printf("concurrency mode: %d writes by a GUI-way writer and %d by %s, database %s\n", n, n,
                qPrintable(options.cliProgram), qPrintable(centre.path));
    std::fflush(stdout);
    const QProcessEnvironment environment = cliEnvironment(folder.path());
    const auto cliRun = [&](const QStringList& arguments) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment);
        process->start(options.cliProgram,
                       QStringList{QStringLiteral("--database"), centre.path} + arguments);
        process->closeWriteChannel();
        return process;
    };

    auto probe = cliRun({QStringLiteral("therapists"), QStringLiteral("list")});
    if (!probe->waitForFinished(kTimeoutMs) || probe->exitStatus() != QProcess::NormalExit ||
        probe->exitCode() != 0) {
        std::fprintf(stderr, "stress: %s does not run: %s\n", qPrintable(options.cliProgram),
                     probe->readAllStandardError().constData());
        return 2;
    }

    QElapsedTimer wall;
    wall.start();
    QProcess gui;
    gui.start(QCoreApplication::applicationFilePath(),
              writerArguments(centre, kGuiLane, 0, n) +
                  QStringList{QStringLiteral("--gui"), QStringLiteral("--paced"),
                              QStringLiteral("--seed"), QString::number(options.seed)});
    QByteArray guiOutput;
    while (!guiOutput.contains('\n') && gui.waitForReadyRead(kTimeoutMs))
        guiOutput += gui.readAllStandardOutput();
    if (!guiOutput.startsWith("ready\n")) {
        std::fprintf(stderr, "stress: the GUI-way writer did not open the database: %s\n",
                     gui.readAllStandardError().constData());
        return 2;
    }

    Side guiSide;
    Side cliSide;
    guiSide.attempted = n;
    qint64 lastRunMs = 20;
    for (int i = 0; i < n; ++i) {
        // Its own therapist, room and hours (slots n .. 2n-1): every booking must succeed.
        const qint64 startsAt = centre.base + (n + i) * kSlotSecs;
        const QString start = QDateTime::fromSecsSinceEpoch(startsAt, QTimeZone::utc())
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        auto cli =
            cliRun({QStringLiteral("--json"), QStringLiteral("book"), QStringLiteral("--client"),
                    QString::number(centre.client), QStringLiteral("--service"),
                    QString::fromLatin1(kServiceCode), QStringLiteral("--minutes"),
                    QString::number(kSessionMinutes), QStringLiteral("--start"), start,
                    QStringLiteral("--therapist"), QString::number(centre.therapists.at(kCliLane)),
                    QStringLiteral("--room"), QString::number(centre.rooms.at(kCliLane))});
        // The GUI-way write lands at a random moment of this CLI run (as long as the last one).
        gui.write("go " + QByteArray::number(lastRunMs) + '\n');
        gui.waitForBytesWritten(kTimeoutMs);
        QElapsedTimer run;
        run.start();
        ++cliSide.attempted;
        const bool finished = cli->waitForFinished(kTimeoutMs);
        lastRunMs = qMin(run.elapsed(), qint64(1000));
        const QByteArray out = cli->readAllStandardOutput();
        const QByteArray err = cli->readAllStandardError();
        const QJsonObject answer = QJsonDocument::fromJson(out).object();
        if (finished && cli->exitStatus() == QProcess::NormalExit && cli->exitCode() == 0 &&
            answer.value(QStringLiteral("id")).toInteger() > 0) {
            cliSide.confirmed.insert(answer.value(QStringLiteral("id")).toInteger());
        } else {
            if (mentionsBusy(out + err))
                ++cliSide.busy;
            cliSide.failures << QStringLiteral("cli %1: exit %2%3: %4 %5")
                                    .arg(i)
                                    .arg(cli->exitCode())
                                    .arg(finished && cli->exitStatus() == QProcess::NormalExit
                                             ? QString()
                                             : QStringLiteral(" (crashed or hung)"))
                                    .arg(QString::fromUtf8(out.left(300)),
                                         QString::fromUtf8(err.left(300)));
        }
        gui.waitForReadyRead(0); // keep its pipe drained
        guiOutput += gui.readAllStandardOutput();
    }
    gui.write("stop\n");
    gui.closeWriteChannel();
    if (!gui.waitForFinished(kTimeoutMs) || gui.exitStatus() != QProcess::NormalExit ||
        gui.exitCode() != 0)
        guiSide.failures
            << QStringLiteral("the GUI-way writer ended badly: exit %1").arg(gui.exitCode());
    guiOutput += gui.readAllStandardOutput();
    const QByteArray guiErrors = gui.readAllStandardError();
    if (!guiErrors.isEmpty()) {
        if (mentionsBusy(guiErrors))
            ++guiSide.busy;
        guiSide.failures << QStringLiteral("GUI-way writer stderr: ") +
                                QString::fromUtf8(guiErrors.left(500));
    }
    const qint64 elapsed = wall.elapsed();
    const WriterOutput parsed = parseWriterOutput(guiOutput);
    guiSide.confirmed = QSet<qint64>(parsed.ids.begin(), parsed.ids.end());
    guiSide.busy += parsed.busyFailures;
    guiSide.failures += parsed.failures + parsed.other;

    // Afterwards: every confirmed booking is there, nothing more, and the file is sound.
    SystemClock clock;
    Database::Options open;
    open.path = centre.path;
    open.mode = Database::Mode::OpenExisting;
    StorageError error;
    std::unique_ptr<Database> database = Database::open(open, clock, &error);
    bool integrityOk = false;
    QStringList problems;
    if (!database) {
        problems << QStringLiteral("reopen: ") + error.message;
    } else {
        QSqlQuery query(database->connection());
        integrityOk = query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next() &&
                      query.value(0).toString() == QLatin1String("ok") && !query.next();
        for (int lane : {kGuiLane, kCliLane}) {
            Side& side = lane == kGuiLane ? guiSide : cliSide;
            QSet<qint64> present;
            query.prepare(QStringLiteral("SELECT id FROM bookings WHERE therapist_id = ?"));
            query.addBindValue(centre.therapists.at(lane));
            if (!query.exec())
                problems << query.lastError().text();
            while (query.next())
                present.insert(query.value(0).toLongLong());
            for (qint64 id : std::as_const(side.confirmed))
                if (!present.contains(id))
                    side.lost.insert(id);
            if (present.size() != side.confirmed.size())
                problems << QStringLiteral("writer %1: %2 bookings stored, %3 confirmed")
                                .arg(lane)
                                .arg(present.size())
                                .arg(side.confirmed.size());
        }
    }

    const auto cell = [](const Side& gui, const Side& cli, auto value) {
        return QStringLiteral("%1 / %2").arg(value(gui)).arg(value(cli));
    };
    printTable(
        QStringLiteral("Concurrency test (GUI-way writer / massage-desk-cli book, same file)"),
        {{QStringLiteral("writes attempted"),
          cell(guiSide, cliSide, [](const Side& s) { return s.attempted; })},
         {QStringLiteral("writes confirmed"),
          cell(guiSide, cliSide, [](const Side& s) { return int(s.confirmed.size()); })},
         {QStringLiteral("confirmed writes lost"),
          cell(guiSide, cliSide, [](const Side& s) { return int(s.lost.size()); })},
         {QStringLiteral("locked/busy errors"),
          cell(guiSide, cliSide, [](const Side& s) { return s.busy; })},
         {QStringLiteral("other failures"),
          cell(guiSide, cliSide, [](const Side& s) { return int(s.failures.size()); })},
         {QStringLiteral("integrity_check"),
          integrityOk ? QStringLiteral("ok") : QStringLiteral("FAILED")},
         {QStringLiteral("wall time"), seconds(elapsed)}});
    for (const QString& line : (guiSide.failures + cliSide.failures + problems).mid(0, 20))
        std::fprintf(stderr, "problem: %s\n", qPrintable(line));
    const bool allGood = integrityOk && problems.isEmpty() && guiSide.failures.isEmpty() &&
                         cliSide.failures.isEmpty() && guiSide.lost.isEmpty() &&
                         cliSide.lost.isEmpty() && guiSide.confirmed.size() == n &&
                         cliSide.confirmed.size() == n;
    return allGood ? 0 : 1;
}

} // namespace Stress
