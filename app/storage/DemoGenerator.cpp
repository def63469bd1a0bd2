#include "storage/DemoGenerator.h"

#include "storage/DemoAccounts.h"
#include "storage/DemoWaitlist.h"

#include "core/ClientRules.h"
#include "core/Clock.h"
#include "core/PrecautionEngine.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SealingRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlDialect.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>
#include <functional>
#include <limits>
#include <random>
#include <unordered_map>
#include <vector>

namespace {

const char* const kFirstNames[] = {
    "Núria",  "Jordi",  "Montserrat", "Pere",   "Laia",  "Marc",    "Mireia",  "Oriol",
    "Àngels", "Joan",   "Mercè",      "Xavier", "Roser", "Sergi",   "Anna",    "Pau",
    "Gemma",  "Ferran", "Carme",      "Lluís",  "María", "José",    "Lucía",   "Javier",
    "Carmen", "Álvaro", "Elena",      "Andrés", "Inés",  "Raúl",    "Sofía",   "Íker",
    "Aina",   "Biel",   "Júlia",      "Èric",   "Martí", "Clàudia", "Queralt", "Arnau"};
const char* const kSurnames[] = {
    "Puigdomènech", "Garcia", "Martínez", "Ferrer", "Vila",      "Soler",  "Serra",   "Font",
    "Pujol",        "Roca",   "Casals",   "Sala",   "Bosch",     "Vidal",  "Torres",  "Rovira",
    "Mas",          "Camps",  "Riera",    "Esteve", "Fernández", "López",  "Sánchez", "Pérez",
    "Gómez",        "Ruiz",   "Díaz",     "Muñoz",  "Jiménez",   "Núñez",  "Gòdia",   "Vallès",
    "Castells",     "Prat",   "Fàbregas", "Coll",   "Comas",     "Sabaté", "Ribas",   "Miró"};
const char* const kTherapists[] = {"Marta Vidal", "Jordi Serra", "Laia Font",   "Pau Roca",
                                   "Elena Ruiz",  "Oriol Mas",   "Nerea Prat",  "Xavier Coll",
                                   "Carla Riera", "Dani Soler",  "Irene Comas", "Sílvia Pujol"};
const char* const kRooms[] = {"Sala Mar", "Sala Bosc", "Sala Llum",  "Sala Riu",
                              "Sala Sol", "Sala Vent", "Sala Lluna", "Sala Terra"};
const char* const kQuestionIds[] = {
    "one_leg_symptoms",    "pregnant",        "varicose_veins",    "recent_injury",
    "intense_pain",        "skin_problems",   "medical_diagnosis", "lymphatic_assessed",
    "recurring_heaviness", "regular_exercise"};
const char kRuleVersion[] = "2026.1";

struct DemoService
{
    qint64 id = 0;
    QString code;
    int cleanup = 10;
    std::vector<int> durations;
};

struct Shift
{
    int start = 0; // minutes after local midnight
    int end = 0;
};

struct Profile
{
    int therapists;
    int rooms;
    int clients;
    qint64 bookings; // 0: fill a share of the capacity instead of a fixed count
    int daysBack;
    int daysAhead;
};

Profile profileFor(DemoGenerator::Size size)
{
    if (size == DemoGenerator::Size::Large)
        return {12, 8, 30000, 200000, 5 * 365 + 1, 28};
    return {4, 3, 150, 0, 28, 14};
}

class Random
{
public:
    explicit Random(quint32 seed) : m_engine(seed) {}
    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_engine); }
    bool chance(int perThousand) { return below(1000) < perThousand; }

private:
    std::mt19937 m_engine;
};

QString answersJson(const QString& trueId, bool lymphaticAssessed)
{
    QString json = QStringLiteral("{\"answers\": {");
    bool first = true;
    for (const char* id : kQuestionIds) {
        const QString key = QLatin1String(id);
        const bool value =
            key == trueId || (key == QLatin1String("lymphatic_assessed") && lymphaticAssessed);
        json += QStringLiteral("%1\"%2\": %3")
                    .arg(first ? QString() : QStringLiteral(", "), key,
                         value ? QStringLiteral("true") : QStringLiteral("false"));
        first = false;
    }
    return json + QStringLiteral("}}");
}

} // namespace

bool DemoGenerator::parseSize(const QString& text, Size* size)
{
    if (text == QLatin1String("small"))
        *size = Size::Small;
    else if (text == QLatin1String("large"))
        *size = Size::Large;
    else
        return false;
    return true;
}

bool DemoGenerator::generate(Database& database, const Options& options, Summary* summary,
                             StorageError* error, const std::function<void(int)>& progress)
{
    Profile profile = profileFor(options.size);
    if (options.bookings > 0 && profile.bookings > 0) {
        // Same bookings per day, shorter history: what differs is the past, not the week.
        profile.daysBack = int(
            std::max<qint64>(28, qint64(profile.daysBack) * options.bookings / profile.bookings));
        profile.bookings = options.bookings;
    }
    if (options.clients > 0 && profile.bookings > 0)
        profile.clients = options.clients;
    Random random(options.seed);
    QSqlQuery query(database.connection());

    // Refuse to mix demo data into a real centre.
    query.prepare(QStringLiteral("SELECT (SELECT count(*) FROM therapists) + (SELECT count(*) "
                                 "FROM rooms) + (SELECT count(*) FROM clients) + (SELECT count(*) "
                                 "FROM bookings)"));
    if (!database.exec(query, error, tr("inspect the database")) || !query.next())
        return false;
    if (query.value(0).toLongLong() > 0) {
        *error = {StorageError::Code::Refused,
                  tr("This database already has therapists, rooms, clients or bookings. Demo "
                     "data is only added to a new, empty database; choose a new file.")};
        return false;
    }
    query.finish();

    std::vector<DemoService> services;
    query.prepare(QStringLiteral("SELECT s.id, s.code, r.cleanup_minutes, (SELECT %1 FROM "
                                 "service_durations WHERE revision_id = r.id) FROM services s "
                                 "JOIN service_revisions r ON r.id = s.published_revision_id "
                                 "WHERE s.archived = 0 ORDER BY s.sort_order")
                      .arg(database.dialect().groupConcat(QStringLiteral("minutes"))));
    if (!database.exec(query, error, tr("read the catalogue")))
        return false;
    while (query.next()) {
        DemoService s{
            query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt(), {}};
        for (const QString& m : query.value(3).toString().split(QLatin1Char(',')))
            s.durations.push_back(m.toInt());
        std::sort(s.durations.begin(), s.durations.end());
        services.push_back(s);
    }
    query.finish();
    if (services.empty()) {
        *error = {StorageError::Code::Refused,
                  tr("The catalogue is empty, so there is nothing to book in a demo.")};
        return false;
    }

    const QTimeZone zone = SettingsRepository(database).timeZone();
    const qint64 now = database.clock().nowSecs();
    const QDate today = QDateTime::fromSecsSinceEpoch(now, zone).date();
    const auto time = [&](qint64 secs) {
        return database.timeValue(secs);
    };
    const bool large = options.size == Size::Large;

    // Slow on purpose (Argon2id), so before the write lock is taken.
    const QString passwordHash =
        options.accounts
            ? UserRepository::hashPassword(
                  QString::fromLatin1(kPassword),
                  QCryptographicHash::hash("massage-desk demo " + QByteArray::number(options.seed),
                                           QCryptographicHash::Sha256)
                      .left(16))
            : QString();
    if (options.accounts && passwordHash.isEmpty()) {
        *error = {StorageError::Code::Io, tr("The demo's passwords could not be protected (out "
                                             "of memory?). Nothing was written.")};
        return false;
    }

    WriteTransaction transaction(database);
    if (!transaction.begin(error))
        return false;
    auto run = [&](QSqlQuery& q, const QVariantList& values) {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        return database.exec(q, error, tr("write the demo centre"));
    };
    // A centre that already has its own accounts gets no account with a known password. With
    // the demo's accounts its health data is sealed (DESIGN 6) as it is written, from the seed.
    QSqlQuery owned(database.connection());
    if (!owned.exec(QStringLiteral("SELECT count(*) FROM users")) || !owned.next()) {
        *error = database.errorFrom(owned, tr("read the users"));
        return false;
    }
    const bool demoAccounts = options.accounts && owned.value(0).toLongLong() == 0;
    owned.finish();
    const QByteArray sealSeed =
        QCryptographicHash::hash("massage-desk demo sealing " + QByteArray::number(options.seed),
                                 QCryptographicHash::Sha256);
    const std::shared_ptr<Sealing::CentreKey> centreKey =
        demoAccounts && options.sealed ? Sealing::CentreKey::generate(sealSeed) : nullptr;
    std::unique_ptr<Sealing::Sealer> sealer;
    if (centreKey)
        sealer = std::make_unique<Sealing::Sealer>(
            centreKey->publicKey(), QCryptographicHash::hash(sealSeed, QCryptographicHash::Sha256));
    const auto seal = [&](qint64 row, const char* field, const QString& plain) -> QVariant {
        if (!sealer || Sealing::holdsNothing(plain))
            return plain;
        return sealer->seal(
            plain, Sealing::binding(QStringLiteral("checkins"), row, QLatin1String(field)));
    };

    // Opening hours: a long day every day for the large centre, a shop's week for the small.
    QSqlQuery insert(database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO opening_hours (weekday, opens_minute, closes_minute) VALUES (?, ?, ?)"));
    for (int weekday = 1; weekday <= 7; ++weekday) {
        if (large) {
            if (!run(insert, {weekday, 8 * 60, 22 * 60}))
                return false;
        } else if (weekday <= 6) {
            if (!run(insert, {weekday, 9 * 60, weekday == 6 ? 14 * 60 : 20 * 60}))
                return false;
        }
    }

    // Therapists, their services and shifts.
    std::vector<qint64> therapistIds;
    std::vector<std::pair<QString, qint64>> therapistNames; // for the accounts
    std::vector<std::vector<int>> therapistServices;        // indexes into `services`
    std::vector<std::array<Shift, 8>> shifts;               // [weekday 1..7], empty shift = day off
    QSqlQuery insertTherapist(database.connection());
    insertTherapist.prepare(
        QStringLiteral("INSERT INTO therapists (display_name, created_at) VALUES (?, ?)"));
    QSqlQuery insertPerforms(database.connection());
    insertPerforms.prepare(
        QStringLiteral("INSERT INTO therapist_services (therapist_id, service_id) VALUES (?, ?)"));
    QSqlQuery insertShift(database.connection());
    insertShift.prepare(QStringLiteral("INSERT INTO therapist_shifts (therapist_id, weekday, "
                                       "start_minute, end_minute) VALUES (?, ?, ?, ?)"));
    for (int t = 0; t < profile.therapists; ++t) {
        if (!run(insertTherapist, {QString::fromUtf8(kTherapists[t]), time(now)}))
            return false;
        const qint64 id = insertTherapist.lastInsertId().toLongLong();
        therapistIds.push_back(id);
        therapistNames.emplace_back(QString::fromUtf8(kTherapists[t]), id);
        std::vector<int> performs;
        for (int s = 0; s < int(services.size()); ++s) {
            const QString& code = services[s].code;
            const bool specialist = (code == QLatin1String("sports") && t % 2 == 0) ||
                                    (code == QLatin1String("lymphatic") && t % 3 == 1);
            const bool everyone =
                code != QLatin1String("sports") && code != QLatin1String("lymphatic");
            if (everyone || specialist) {
                performs.push_back(s);
                if (!run(insertPerforms, {id, services[s].id}))
                    return false;
            }
        }
        therapistServices.push_back(performs);
        std::array<Shift, 8> week{};
        for (int weekday = 1; weekday <= 7; ++weekday) {
            Shift shift;
            if (large) {
                if (weekday != (t % 7) + 1)
                    shift = t % 2 == 0 ? Shift{8 * 60, 19 * 60} : Shift{11 * 60, 22 * 60};
            } else if (weekday <= 5) {
                shift = t < 2 ? Shift{9 * 60, 17 * 60} : Shift{12 * 60, 20 * 60};
            } else if (weekday == 6) {
                shift = Shift{9 * 60, 14 * 60};
            }
            week[weekday] = shift;
            if (shift.end > shift.start && !run(insertShift, {id, weekday, shift.start, shift.end}))
                return false;
        }
        shifts.push_back(week);
    }

    // Rooms: lymphatic drainage needs one of the quieter rooms (the first half).
    std::vector<qint64> roomIds;
    std::vector<std::vector<bool>> roomSuits;
    QSqlQuery insertRoom(database.connection());
    insertRoom.prepare(QStringLiteral("INSERT INTO rooms (name, created_at) VALUES (?, ?)"));
    QSqlQuery insertSuits(database.connection());
    insertSuits.prepare(
        QStringLiteral("INSERT INTO room_services (room_id, service_id) VALUES (?, ?)"));
    for (int r = 0; r < profile.rooms; ++r) {
        if (!run(insertRoom, {QString::fromUtf8(kRooms[r]), time(now)}))
            return false;
        const qint64 id = insertRoom.lastInsertId().toLongLong();
        roomIds.push_back(id);
        std::vector<bool> suits;
        for (const DemoService& s : services) {
            const bool ok = s.code != QLatin1String("lymphatic") || r < (profile.rooms + 1) / 2;
            suits.push_back(ok);
            if (ok && !run(insertSuits, {id, s.id}))
                return false;
        }
        roomSuits.push_back(suits);
    }

    // One day's sessions, as a receptionist filling the day would place them: each therapist's
    // next free time inside their shift, in a room that suits the service and is free then.
    struct DaySlot
    {
        int therapist;
        int service;
        int minutes;
        int start; // minutes after local midnight
        int room;
    };
    // Each session goes to `place` as soon as it is chosen, so the demo's draws keep their
    // order (the same seed makes the same centre); false from `place` stops the day.
    const auto planDay = [&](const QDate& day, qint64 quota, Random& draw,
                             const std::function<bool(const DaySlot&)>& place) {
        const int weekday = day.dayOfWeek();
        qint64 placed = 0;
        std::vector<int> cursor(profile.therapists, -1);
        std::vector<bool> done(profile.therapists, false);
        for (int t = 0; t < profile.therapists; ++t) {
            const Shift& s = shifts[t][weekday];
            if (s.end > s.start)
                cursor[t] = s.start + (profile.bookings > 0 ? 0 : 15 * draw.below(3));
            else
                done[t] = true;
        }
        std::vector<std::vector<std::pair<int, int>>> roomBusy(profile.rooms);
        while (placed < quota) {
            int t = -1;
            for (int i = 0; i < profile.therapists; ++i) {
                if (!done[i] && (t < 0 || cursor[i] < cursor[t]))
                    t = i;
            }
            if (t < 0)
                break;
            const std::vector<int>& performs = therapistServices[t];
            const int serviceIndex = performs[draw.below(int(performs.size()))];
            const DemoService& service = services[serviceIndex];
            const int minutes = service.durations[draw.below(int(service.durations.size()))];
            const int start = cursor[t];
            const int end = start + minutes + service.cleanup;
            if (end > shifts[t][weekday].end) {
                done[t] = true;
                continue;
            }
            int room = -1;
            const int offset = draw.below(profile.rooms);
            for (int k = 0; k < profile.rooms && room < 0; ++k) {
                const int r = (offset + k) % profile.rooms;
                if (!roomSuits[r][serviceIndex])
                    continue;
                const bool free = std::none_of(roomBusy[r].begin(), roomBusy[r].end(),
                                               [&](const std::pair<int, int>& b) {
                                                   return b.first < end && start < b.second;
                                               });
                if (free)
                    room = r;
            }
            if (room < 0) {
                cursor[t] += 15;
                continue;
            }
            roomBusy[room].push_back({start, end});
            const int gap = profile.bookings > 0 ? (draw.chance(850) ? 0 : 15) : 15 * draw.below(4);
            cursor[t] = end + gap;
            ++placed;
            if (!place({t, serviceIndex, minutes, start, room}))
                return false;
        }
        return true;
    };
    if (profile.bookings > 0) {
        // A fixed count goes back as far as the centre's days can hold it: a history laid out
        // at a guessed density overflowed into years to come (and past 2038, where Qt 6.4's
        // time zone rules misplace a day and two sessions of one therapist overlapped).
        // Four weeks planned without writing (a draw of their own) say what a day holds.
        Random probe(options.seed ^ 0x5eed);
        qint64 held = 0;
        for (int d = 0; d < 28; ++d)
            planDay(today.addDays(d), std::numeric_limits<qint64>::max(), probe,
                    [&held](const DaySlot&) { return ++held > 0; });
        // 5% to spare, so the last days are not short of room by the luck of the draws.
        const qint64 perDay = std::max<qint64>(1, held * 95 / 100 / 28);
        profile.daysBack = int(
            std::max<qint64>(28, (profile.bookings + perDay - 1) / perDay - profile.daysAhead - 1));
    }

    // Clients.
    QSqlQuery insertClient(database.connection());
    insertClient.prepare(QStringLiteral(
        "INSERT INTO clients (full_name, phone, email, language, search_phone, consent_version, "
        "consent_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '2026.1', ?, ?, ?)"));
    const QStringList languages = {QStringLiteral("ca"), QStringLiteral("ca"), QStringLiteral("es"),
                                   QStringLiteral("en")};
    std::vector<qint64> clientIds;
    clientIds.reserve(profile.clients);
    const int firstCount = int(std::size(kFirstNames));
    const int surnameCount = int(std::size(kSurnames));
    for (int c = 0; c < profile.clients; ++c) {
        const QString first = QString::fromUtf8(kFirstNames[random.below(firstCount)]);
        const QString surname1 = QString::fromUtf8(kSurnames[random.below(surnameCount)]);
        const QString surname2 = QString::fromUtf8(kSurnames[random.below(surnameCount)]);
        const QString name = first + QLatin1Char(' ') + surname1 + QLatin1Char(' ') + surname2;
        const QString phone =
            QStringLiteral("6%1 %2 %3")
                .arg(10 + c / 10000, 2, 10, QLatin1Char('0'))
                .arg((c / 100) % 100 * 10 + random.below(10), 3, 10, QLatin1Char('0'))
                .arg(c % 1000, 3, 10, QLatin1Char('0'));
        const QString email = QStringLiteral("client%1@example.com").arg(c + 1);
        const qint64 created = now - qint64(random.below(profile.daysBack + 1)) * 86400;
        if (!run(insertClient, {name, phone, email, languages.at(random.below(4)),
                                ClientRules::phoneSearchTokens(phone), time(created), time(created),
                                time(created)}))
            return false;
        clientIds.push_back(insertClient.lastInsertId().toLongLong());
    }

    // A session already under way or done needs its check-in first (migration 7): the demo
    // writes the check-in before its booking, with the booking's id chosen here and the
    // foreign key checked at commit.
    QSqlQuery ids(database.connection());
    if (!ids.exec(database.dialect().deferForeignKeys()) ||
        !ids.exec(QStringLiteral("SELECT (SELECT coalesce(max(id), 0) + 1 FROM bookings), "
                                 "(SELECT coalesce(max(id), 0) + 1 FROM checkins)")) ||
        !ids.next()) {
        *error = database.errorFrom(ids, tr("write the demo centre"));
        return false;
    }
    qint64 nextBooking = ids.value(0).toLongLong();
    qint64 nextCheckin = ids.value(1).toLongLong(); // chosen here: sealed values name their row
    ids.finish();
    QSqlQuery insertBooking(database.connection());
    insertBooking.prepare(QStringLiteral(
        "INSERT INTO bookings (id, client_id, service_id, therapist_id, room_id, starts_at, "
        "minutes, cleanup_minutes, ends_at, status, status_reason, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertCheckin(database.connection());
    insertCheckin.prepare(QStringLiteral(
        "INSERT INTO checkins (booking_id, answers, avoid_areas, outcome, reasons, rule_version, "
        "recorded_at, signed_off_at, clearance_confirmed_by, clearance_at, clearance_advice, "
        "referral_checkin_id, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // Clients whose stop-and-refer no clearance has closed yet, with that check-in's id: their
    // next check-in needs clearance (DESIGN 2.2), and the demo records one.
    std::unordered_map<qint64, qint64> openReferrals;

    const QDate firstDay = today.addDays(-profile.daysBack);
    const int plannedDays = profile.daysBack + profile.daysAhead + 1;
    qint64 remaining = profile.bookings;
    qint64 bookings = 0;
    qint64 checkins = 0;
    int lastPercent = -1;
    for (int dayIndex = 0;; ++dayIndex) {
        const bool overtime = dayIndex >= plannedDays;
        if (overtime && remaining <= 0)
            break;
        if (overtime && profile.bookings == 0)
            break;
        const QDate day = firstDay.addDays(dayIndex);
        // Fixed-count centres spread what is left evenly over the days left.
        const int daysLeft = std::max(1, plannedDays - dayIndex);
        const qint64 quota = profile.bookings > 0 ? (remaining + daysLeft - 1) / daysLeft
                                                  : qint64(profile.therapists) * 5;

        // One client is in one session at a time (DESIGN 2.4), as the scheduler would insist.
        std::unordered_map<qint64, std::vector<std::pair<int, int>>> clientBusy;
        const bool written = planDay(day, quota, random, [&](const DaySlot& slot) {
            const int t = slot.therapist;
            const int room = slot.room;
            const DemoService& service = services[slot.service];
            const int minutes = slot.minutes;
            const int start = slot.start;
            const qint64 startsAt =
                QDateTime(day, QTime(start / 60, start % 60), zone).toSecsSinceEpoch();
            const qint64 endsAt = startsAt + qint64(minutes + service.cleanup) * 60;
            const qint64 sessionEnd = startsAt + qint64(minutes) * 60;
            const bool past = sessionEnd <= now;
            const bool current = startsAt <= now && now < sessionEnd;
            const bool arriving = !past && !current && startsAt - now <= 15 * 60;
            QString status = QStringLiteral("booked");
            QString reason = QLatin1String(""); // NOT NULL column: empty, never null
            QString trueAnswer;
            const int roll = random.below(1000);
            if (past || current) {
                if (roll < 60) {
                    status = QStringLiteral("cancelled");
                    reason = QStringLiteral("Client called to cancel");
                } else if (roll < 90) {
                    status = QStringLiteral("no_show");
                } else {
                    status = current ? QStringLiteral("in_session") : QStringLiteral("completed");
                }
            } else if (arriving && roll < 700) {
                status = QStringLiteral("arrived");
            } else if (roll < 40) {
                status = QStringLiteral("cancelled");
                reason = QStringLiteral("Client asked to move it; rebooked separately");
            }
            const bool checkedIn =
                status == QLatin1String("completed") || status == QLatin1String("in_session");
            QString outcome = QStringLiteral("proceed");
            QString avoid = QLatin1String("");
            QString reasons = QStringLiteral("[]");
            const int health = random.below(1000);
            if (checkedIn) {
                if (health < 3) {
                    trueAnswer = QStringLiteral("one_leg_symptoms");
                    outcome = QStringLiteral("stop_refer");
                    status = QStringLiteral("referred");
                } else if (health < 23) {
                    trueAnswer = QStringLiteral("recent_injury");
                    outcome = QStringLiteral("needs_clearance");
                } else if (health < 53) {
                    trueAnswer = QStringLiteral("skin_problems");
                    outcome = QStringLiteral("adapt");
                    avoid = QStringLiteral("left calf");
                } else if (health < 153 && service.code == QLatin1String("leg")) {
                    trueAnswer = QStringLiteral("regular_exercise");
                    outcome = QStringLiteral("note");
                }
                if (!trueAnswer.isEmpty())
                    reasons = QStringLiteral("[\"%1\"]").arg(trueAnswer);
            }
            // The drawn client, or the next one free then: no extra draws, so the rest of the
            // centre stays as the seed makes it.
            const int drawn = random.below(int(clientIds.size()));
            qint64 clientId = clientIds[drawn];
            for (int k = 0; k < int(clientIds.size()); ++k) {
                clientId = clientIds[(drawn + k) % clientIds.size()];
                const std::vector<std::pair<int, int>>& busy = clientBusy[clientId];
                if (std::none_of(busy.begin(), busy.end(), [&](const std::pair<int, int>& b) {
                        return b.first < start + minutes && start < b.second;
                    }))
                    break;
            }
            clientBusy[clientId].push_back({start, start + minutes});
            const auto referral = openReferrals.find(clientId);
            QVariant referralCheckin;
            if (checkedIn && referral != openReferrals.end() &&
                outcome != QLatin1String("stop_refer")) {
                referralCheckin = referral->second;
                outcome = QStringLiteral("needs_clearance");
                reasons =
                    trueAnswer.isEmpty()
                        ? QStringLiteral("[\"%1\"]").arg(openReferralReason())
                        : QStringLiteral("[\"%1\", \"%2\"]").arg(trueAnswer, openReferralReason());
                openReferrals.erase(referral); // the clearance below closes it
            }
            const qint64 created = std::min(startsAt, now) - 86400 * qint64(1 + random.below(20));
            const qint64 bookingId = nextBooking++;
            if (checkedIn) {
                const bool cleared = outcome == QLatin1String("needs_clearance");
                const bool signedOff = cleared || outcome == QLatin1String("adapt");
                const qint64 checkinId = nextCheckin++;
                if (!run(insertCheckin,
                         {bookingId,
                          seal(checkinId, "answers",
                               answersJson(trueAnswer, service.code == QLatin1String("lymphatic"))),
                          seal(checkinId, "avoid_areas", avoid), outcome,
                          seal(checkinId, "reasons", reasons), QString::fromLatin1(kRuleVersion),
                          time(startsAt - 300), signedOff ? time(startsAt - 120) : QVariant(),
                          cleared ? QVariant(QStringLiteral("Client's physiotherapist (by phone)"))
                                  : QVariant(),
                          cleared ? time(startsAt - 240) : QVariant(),
                          cleared ? seal(checkinId, "clearance_advice",
                                         QStringLiteral("Gentle pressure; keep away from the "
                                                        "injured ankle."))
                                  : QVariant(),
                          referralCheckin, checkinId}))
                    return false;
                ++checkins;
                if (outcome == QLatin1String("stop_refer"))
                    openReferrals[clientId] = checkinId;
            }
            if (!run(insertBooking, {bookingId, clientId, service.id, therapistIds[t],
                                     roomIds[room], time(startsAt), minutes, service.cleanup,
                                     time(endsAt), status, reason, time(created), time(created)}))
                return false;
            ++bookings;
            --remaining;
            return true;
        });
        if (!written)
            return false;
        if (progress) {
            const int percent = int(std::min<qint64>(100, (dayIndex + 1) * 100LL / plannedDays));
            if (percent != lastPercent)
                progress(lastPercent = percent);
        }
    }
    // The bookings were written with ids chosen here: the server's id generator moves past them.
    for (const QString& statement :
         database.dialect().afterExplicitIds(QStringLiteral("bookings")) +
             database.dialect().afterExplicitIds(QStringLiteral("checkins"))) {
        if (!ids.exec(statement)) {
            *error = database.errorFrom(ids, tr("write the demo centre"));
            return false;
        }
    }
    ids.finish();
    if (!DemoWaitlist::add(database, error))
        return false;
    QList<Account> accounts;
    if (demoAccounts) {
        if (!DemoAccounts::add(database, passwordHash, therapistNames, &accounts, error) ||
            (centreKey && !SealingRepository(database).storeDemoKey(
                              *centreKey, QString::fromLatin1(kPassword), sealSeed, error)))
            return false;
        // Marks the file as a demo, so the sign-in dialog can say the password (and a smoke
        // test may paint it with nobody signed in).
        QSqlQuery mark(database.connection());
        mark.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, '1') ON "
                                    "CONFLICT (key) DO UPDATE SET value = excluded.value"));
        mark.addBindValue(QString::fromLatin1(SettingKeys::kDemoCentre.key));
        if (!database.exec(mark, error, tr("write the demo centre")))
            return false;
    }
    if (!transaction.commit(error))
        return false;
    summary->accounts = accounts;
    summary->therapists = profile.therapists;
    summary->rooms = profile.rooms;
    summary->clients = profile.clients;
    summary->bookings = bookings;
    summary->checkins = checkins;
    return true;
}
