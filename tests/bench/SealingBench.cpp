#include "SealingBench.h"

#include "CheckinTestHelpers.h"
#include "core/Clock.h"
#include "storage/CatalogueImporter.h"
#include "storage/CheckinRepository.h"
#include "storage/Database.h"
#include "storage/DemoGenerator.h"
#include "storage/SealingRepository.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

namespace {

double medianOf(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

std::unique_ptr<Database> openCopy(const QString& path, const Clock& clock)
{
    Database::Options options;
    options.path = path;
    options.mode = Database::Mode::OpenExisting;
    StorageError error;
    std::unique_ptr<Database> db = Database::open(options, clock, &error);
    if (!db)
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(error.message));
    return db;
}

} // namespace

SealingFigures measureSealing(const DemoGenerator::Options& large, const QString& work,
                              const Clock& clock, int runs)
{
    SealingFigures figures;
    // The large centre without the demo's accounts (which come sealed): kept for reuse.
    const QString plain = QDir(work).filePath(QStringLiteral("plain-large.sqlite"));
    StorageError error;
    if (!QFile::exists(plain)) {
        Database::Options options;
        options.path = plain;
        std::unique_ptr<Database> fresh = Database::open(options, clock, &error);
        DemoGenerator::Summary summary;
        DemoGenerator::Options unsealed = large;
        unsealed.accounts = false;
        if (!fresh || !CatalogueImporter::importDefault(*fresh, &error) ||
            !DemoGenerator::generate(*fresh, unsealed, &summary, &error)) {
            std::fprintf(stderr, "cannot generate: %s\n", qPrintable(error.message));
            fresh.reset();
            QFile::remove(plain);
            return figures;
        }
    }
    const QString path = QDir(work).filePath(QStringLiteral("sealed.sqlite"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    if (!QFile::copy(plain, path))
        return figures;
    std::unique_ptr<Database> db = openCopy(path, clock);
    if (!db)
        return figures;
    UserRepository users(*db);
    const QString password = QStringLiteral("Bench-pass-2026");
    qint64 id = 0;
    User manager;
    if (!users.add(QStringLiteral("boss"), Role::Manager, password, 0, QString(), &id, &error) ||
        !users.signIn(QStringLiteral("boss"), password, &manager, &error)) {
        std::fprintf(stderr, "cannot sign in: %s\n", qPrintable(error.message));
        return figures;
    }
    db->setActor(manager.actor());
    SealingRepository sealing(*db);
    QString recovery;
    QElapsedTimer timer;
    timer.start();
    if (!sealing.enable(password, &recovery, {}, &error)) {
        std::fprintf(stderr, "cannot seal: %s\n", qPrintable(error.message));
        return figures;
    }
    figures.sealSeconds = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    if (sealing.compact(&error))
        figures.compactSeconds = double(timer.nsecsElapsed()) / 1e9;
    QSqlQuery query(db->connection());
    if (query.exec(QStringLiteral("SELECT count(*) FROM checkins")) && query.next())
        figures.checkins = query.value(0).toLongLong();
    query.finish();

    // A therapist and a receptionist, added by the manager (who wraps the key for the therapist).
    const QString therapist = QStringLiteral("tess");
    if (!users.add(therapist, Role::Therapist, password, 1, manager.name, &id, &error) ||
        !users.add(QStringLiteral("rico"), Role::Receptionist, password, 0, manager.name, &id,
                   &error)) {
        std::fprintf(stderr, "cannot add users: %s\n", qPrintable(error.message));
        return figures;
    }
    // A receptionist saves check-ins of today's booked sessions.
    if (!query.exec(QStringLiteral("SELECT id, name FROM users WHERE role = 'receptionist' "
                                   "ORDER BY id LIMIT 1")) ||
        !query.next())
        return figures;
    const Actor reception{query.value(0).toLongLong(), query.value(1).toString(),
                          Role::Receptionist, 0};
    query.finish();
    db->setActor(reception);
    QList<double> saves;
    for (int i = 0; i < runs * 4; ++i) {
        const qint64 booking = CheckinTestHelpers::bookedToday(*db, QStringLiteral("leg"));
        if (booking == 0)
            break;
        CheckInAnswers answers = CheckinTestHelpers::allNo(QStringLiteral("leg"));
        answers.notes = QStringLiteral("Tired legs after a long flight");
        Evaluation evaluation;
        timer.restart();
        if (CheckinRepository(*db).record(booking, answers, reception.name, &evaluation, &error))
            saves << double(timer.nsecsElapsed()) / 1e6;
    }
    figures.saveMs = medianOf(saves);

    // A therapist signs in on their own connection (Argon2id twice) and opens check-ins.
    query = QSqlQuery();
    db.reset();
    db = openCopy(path, clock);
    if (!db)
        return figures;
    User reader;
    timer.restart();
    if (!UserRepository(*db).signIn(therapist, password, &reader, &error) || !reader.centreKey) {
        std::fprintf(stderr, "therapist holds no key: %s\n", qPrintable(error.message));
        return figures;
    }
    figures.signInMs = double(timer.nsecsElapsed()) / 1e6;
    db->setActor(reader.actor());
    QList<qint64> bookings;
    query = QSqlQuery(db->connection());
    if (query.exec(QStringLiteral("SELECT booking_id FROM checkins WHERE superseded_at IS NULL "
                                  "AND answers <> '{}' ORDER BY id DESC LIMIT %1")
                       .arg(runs * 4))) {
        while (query.next())
            bookings << query.value(0).toLongLong();
    }
    query.finish();
    QList<double> opens;
    for (qint64 booking : bookings) {
        StoredCheckin checkin;
        timer.restart();
        if (CheckinRepository(*db).read(booking, therapist, &checkin, &error))
            opens << double(timer.nsecsElapsed()) / 1e6;
        else
            std::fprintf(stderr, "cannot open: %s\n", qPrintable(error.message));
    }
    figures.openMs = medianOf(opens);
    return figures;
}
