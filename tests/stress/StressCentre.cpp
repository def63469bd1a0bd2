#include "Stress.h"

#include "core/Clock.h"
#include "core/Settings.h"
#include "storage/CatalogueImporter.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/DemoGenerator.h"
#include "storage/SettingsRepository.h"
#include "storage/StaffEditor.h"

#include <QDateTime>
#include <QDir>
#include <QTimeZone>

#include <cstdio>

namespace Stress {

bool createCentre(const QString& path, int writers, Centre* centre, QString* problem)
{
    const SystemClock clock;
    centre->path = path;
    Database::Options options;
    options.path = centre->path;
    options.mode = Database::Mode::CreateIfMissing;
    StorageError error;
    std::unique_ptr<Database> database = Database::open(options, clock, &error);
    const auto failed = [&](const QString& step) {
        *problem = step + QStringLiteral(": ") + error.message + QLatin1Char(' ') + error.detail;
        return false;
    };
    if (!database)
        return failed(QStringLiteral("create the database"));
    if (!CatalogueImporter::importDefault(*database, &error))
        return failed(QStringLiteral("import the catalogue"));
    DemoGenerator::Summary summary;
    if (!DemoGenerator::generate(*database, {DemoGenerator::Size::Small, 1, 0}, &summary, &error))
        return failed(QStringLiteral("generate the demo centre"));

    // UTC, so slot times need no daylight-saving care; open all day every day.
    SettingsRepository settings(*database);
    if (!settings.setValue(SettingKeys::kTimeZone, QStringLiteral("UTC"), &error))
        return failed(QStringLiteral("set the time zone"));
    StaffEditor staff(*database);
    QList<OpeningHours> hours;
    QList<Shift> shifts;
    for (int weekday = 1; weekday <= 7; ++weekday) {
        hours.append({weekday, 0, 1440});
        shifts.append({weekday, 0, 1440});
    }
    if (!staff.setOpeningHours(hours, &error))
        return failed(QStringLiteral("set the opening hours"));
    const QStringList services = {QString::fromLatin1(kServiceCode)};
    for (int lane = 0; lane < writers; ++lane) {
        qint64 therapist = 0;
        qint64 room = 0;
        if (!staff.addTherapist(QStringLiteral("Stress Therapist %1").arg(lane + 1), &therapist,
                                &error) ||
            !staff.setServices(QStringLiteral("therapists"), therapist, services, &error) ||
            !staff.setShifts(therapist, shifts, &error) ||
            !staff.addRoom(QStringLiteral("Stress Room %1").arg(lane + 1), &room, &error) ||
            !staff.setServices(QStringLiteral("rooms"), room, services, &error))
            return failed(QStringLiteral("add the therapist and room of writer %1").arg(lane));
        centre->therapists << therapist;
        centre->rooms << room;
    }
    ClientRules::Input client;
    client.name = QStringLiteral("Stress Client");
    if (!ClientRepository(*database).add(client, 0, &centre->client, &error))
        return failed(QStringLiteral("add the client"));
    centre->clients << centre->client;
    for (int lane = 1; lane < writers; ++lane) {
        client.name = QStringLiteral("Stress Client %1").arg(lane + 1);
        qint64 id = 0;
        if (!ClientRepository(*database).add(client, 0, &id, &error))
            return failed(QStringLiteral("add the client of writer %1").arg(lane));
        centre->clients << id;
    }
    const QDate tomorrow = QDateTime::currentDateTimeUtc().date().addDays(1);
    centre->base = QDateTime(tomorrow, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    return true;
}

QStringList writerArguments(const Centre& centre, int lane, qint64 first, qint64 count)
{
    return {QStringLiteral("--writer"),
            QStringLiteral("--database"),
            centre.path,
            QStringLiteral("--client"),
            QString::number(centre.clients.value(lane, centre.client)),
            QStringLiteral("--therapist"),
            QString::number(centre.therapists.at(lane)),
            QStringLiteral("--room"),
            QString::number(centre.rooms.at(lane)),
            QStringLiteral("--base"),
            QString::number(centre.base),
            QStringLiteral("--first"),
            QString::number(first),
            QStringLiteral("--count"),
            QString::number(count)};
}

QStringList contestedArguments(const Centre& centre, int contested)
{
    return {QStringLiteral("--contested-therapist"),
            QString::number(centre.therapists.at(contested)), QStringLiteral("--contested-room"),
            QString::number(centre.rooms.at(contested))};
}

WriterOutput parseWriterOutput(const QByteArray& bytes)
{
    WriterOutput out;
    QList<QByteArray> lines = bytes.split('\n');
    lines.removeLast(); // after the last '\n': empty, or a line the child never finished
    for (const QByteArray& line : lines) {
        const QList<QByteArray> words = line.split(' ');
        if (words.size() == 3 && words.at(0) == "ok") {
            bool idOk = false;
            bool slotOk = false;
            const qint64 id = words.at(1).toLongLong(&idOk);
            const qint64 slot = words.at(2).toLongLong(&slotOk);
            if (idOk && slotOk) {
                out.ids << id;
                out.lastSlot = slot;
                continue;
            }
        } else if (words.size() == 3 && words.at(0) == "won") {
            out.won.append({words.at(2).toLongLong(), words.at(1).toLongLong()});
            continue;
        } else if (words.size() >= 2 && words.at(0) == "lost") {
            ++out.contestedLost;
            out.lostLines << QString::fromUtf8(line);
            continue;
        } else if (words.size() >= 3 && words.at(0) == "fail") {
            if (words.at(1) == "busy")
                ++out.busyFailures;
            out.failures << QString::fromUtf8(line);
            continue;
        } else if (line == "ready") {
            continue;
        }
        out.other << QString::fromUtf8(line);
    }
    return out;
}

QString seconds(qint64 ms)
{
    return QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

void printTable(const QString& title, const QList<QPair<QString, QString>>& rows)
{
    int width = 0;
    for (const auto& row : rows)
        width = qMax(width, int(row.first.size()));
    std::printf("\n%s\n", qPrintable(title));
    for (const auto& row : rows)
        std::printf("  %-*s  %s\n", width, qPrintable(row.first), qPrintable(row.second));
    std::fflush(stdout);
}

} // namespace Stress
