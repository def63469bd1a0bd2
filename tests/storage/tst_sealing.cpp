#include "CheckinTestHelpers.h"
#include "PgTestServer.h"
#include "TestDatabase.h"
#include "storage/AutomaticBackup.h"
#include "storage/BackupService.h"
#include "storage/CheckinRepository.h"
#include "storage/DemoGenerator.h"
#include "storage/SealedBackups.h"
#include "storage/SealingRepository.h"
#include "storage/UserRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// Health data sealed at rest (DESIGN 6, issue 13): after sealing is on, no plain answer, note or
// reason is in the file, its WAL or a backup; only a reader's password (or the recovery key)
// opens them through the storage API; a value moved to another row does not open.
class TestSealing : public QObject
{
    Q_OBJECT

private:
    static constexpr const char* kBossPassword = "North-gate-17";
    static constexpr const char* kTinaPassword = "South-lake-28";
    static constexpr const char* kRitaPassword = "East-hill-39";
    static constexpr const char* kNote = "ZEBRA-NOTE-4711 knee pain since Tuesday";
    static constexpr const char* kAvoid = "QUOKKA left calf";

    std::unique_ptr<TestDatabase> m_db;
    QString m_recovery;
    qint64 m_booking = 0; // checked in by the receptionist, with the distinctive note
    qint64 m_tinaTherapist = 0;
    QHash<qint64, StoredCheckin> m_before; // the demo's check-ins as read before sealing

    qint64 scalar(const QString& sql)
    {
        QSqlQuery query(m_db->db().connection());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    QString text(const QString& sql)
    {
        QSqlQuery query(m_db->db().connection());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0).toString();
    }

    // A connection of its own for `name`, signed in with `password` as the GUI and CLI do.
    std::unique_ptr<Database> signedIn(const QString& name, const QString& password,
                                       StorageError* error)
    {
        Database::Options options;
        options.path = m_db->path();
        options.mode = Database::Mode::OpenExisting;
        std::unique_ptr<Database> db = Database::open(options, m_db->clock(), error);
        if (!db)
            return nullptr;
        User user;
        if (!UserRepository(*db).signIn(name, password, &user, error))
            return nullptr;
        db->setActor(user.actor());
        return db;
    }

    bool readsNote(const QString& name, const QString& password, QString* why = nullptr)
    {
        StorageError error;
        std::unique_ptr<Database> db = signedIn(name, password, &error);
        StoredCheckin checkin;
        const bool ok = db && CheckinRepository(*db).read(m_booking, name, &checkin, &error) &&
                        checkin.answers.notes == QLatin1String(kNote) &&
                        checkin.answers.avoidAreas == QLatin1String(kAvoid) &&
                        !checkin.reasons.isEmpty();
        if (why)
            *why = error.message;
        return ok;
    }

    static CheckInAnswers answersWithNote()
    {
        CheckInAnswers answers =
            CheckinTestHelpers::allNo(QStringLiteral("leg"), QStringLiteral("skin_problems"));
        answers.notes = QLatin1String(kNote);
        answers.avoidAreas = QLatin1String(kAvoid);
        return answers;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        Database& db = m_db->db();
        DemoGenerator::Summary summary;
        StorageError error;
        QVERIFY(DemoGenerator::generate(db, {DemoGenerator::Size::Small, 3}, &summary, &error));
        // What every check-in reads before sealing, to compare afterwards.
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT booking_id FROM checkins WHERE superseded_at "
                                          "IS NULL ORDER BY booking_id")));
        QList<qint64> bookings;
        while (query.next())
            bookings << query.value(0).toLongLong();
        query.finish();
        QVERIFY(bookings.size() > 20);
        for (qint64 b : bookings) {
            StoredCheckin c;
            QVERIFY2(CheckinRepository(db).read(b, QStringLiteral("t"), &c, &error),
                     qPrintable(error.message));
            m_before.insert(b, c);
        }

        // Sealing cannot be turned on before any account exists.
        QString recovery;
        QVERIFY(!SealingRepository(db).enable(QStringLiteral("x"), &recovery, {}, &error));
        QCOMPARE(error.code, StorageError::Code::Refused);
        QVERIFY2(error.message.contains(QLatin1String("account")), qPrintable(error.message));

        qint64 id = 0;
        UserRepository users(db);
        QVERIFY(users.add(QStringLiteral("boss"), Role::Manager, QLatin1String(kBossPassword), 0,
                          QStringLiteral("setup"), &id, &error));
        User boss;
        QVERIFY(users.signIn(QStringLiteral("boss"), QLatin1String(kBossPassword), &boss, &error));
        db.setActor(boss.actor());
        QVERIFY(!SealingRepository(db).enable(QStringLiteral("Wrong-password-9"), &recovery, {},
                                              &error));
        QVERIFY2(error.message.contains(QLatin1String("Wrong password")),
                 qPrintable(error.message));
        qint64 lastDone = 0;
        QVERIFY2(SealingRepository(db).enable(
                     QLatin1String(kBossPassword), &m_recovery,
                     [&](qint64 done, qint64) { lastDone = done; }, &error),
                 qPrintable(error.message));
        QCOMPARE(lastDone, scalar(QStringLiteral("SELECT count(*) FROM checkins")));
        QCOMPARE(m_recovery.size(), 39); // 8 groups of 4, 7 dashes
        QVERIFY2(SealingRepository(db).compact(&error), qPrintable(error.message));

        // A booking today, and its therapist as tina's record.
        m_booking = CheckinTestHelpers::bookedToday(db, QStringLiteral("leg"));
        QVERIFY(m_booking > 0);
        m_tinaTherapist = scalar(
            QStringLiteral("SELECT therapist_id FROM bookings WHERE id = %1").arg(m_booking));
        QVERIFY(users.add(QStringLiteral("tina"), Role::Therapist, QLatin1String(kTinaPassword),
                          m_tinaTherapist, QStringLiteral("boss"), &id, &error));
        QVERIFY(users.add(QStringLiteral("rita"), Role::Receptionist, QLatin1String(kRitaPassword),
                          0, QStringLiteral("boss"), &id, &error));

        // The receptionist enters the answers with the client: she may seal, not open.
        User rita;
        QVERIFY(users.signIn(QStringLiteral("rita"), QLatin1String(kRitaPassword), &rita, &error));
        db.setActor(rita.actor());
        Evaluation evaluation;
        QVERIFY2(CheckinRepository(db).record(m_booking, answersWithNote(), QStringLiteral("rita"),
                                              &evaluation, &error),
                 qPrintable(error.message));
        QCOMPARE(evaluation.outcome, Outcome::Adapt);
    }

    void noPlainValueInTheFileWalOrBackup()
    {
        // The answers' JSON, the note, the areas and a reason id with its quotes.
        const QList<QByteArray> secrets = {
            "{\"answers\"",        QByteArray(kNote).left(15), "QUOKKA",
            "[\"skin_problems\"]", "\"skin_problems\":true",   "keep away from the injured"};
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM checkins WHERE answers NOT LIKE "
                                       "'sealed1:%'")),
                 0);
        QVERIFY(
            text(QStringLiteral("SELECT notes FROM checkins WHERE booking_id = %1").arg(m_booking))
                .startsWith(QLatin1String(Sealing::kPrefix)));
        // The outcome level stays readable to everyone (calendar badge, day sheet).
        QCOMPARE(text(QStringLiteral("SELECT outcome FROM checkins WHERE booking_id = %1")
                          .arg(m_booking)),
                 QStringLiteral("adapt"));
        if (m_db->isServer()) {
            // What pg_dump reads of the table data.
            QProcess dump;
            const QString uri = m_db->path();
            dump.start(QStringLiteral("pg_dump"),
                       {QStringLiteral("--data-only"), QStringLiteral("--table=checkins"),
                        QStringLiteral("--dbname=") + uri});
            QVERIFY(dump.waitForFinished(60000));
            const QByteArray out = dump.readAllStandardOutput();
            QVERIFY2(dump.exitCode() == 0, dump.readAllStandardError().constData());
            QVERIFY(out.contains("sealed1:"));
            for (const QByteArray& secret : secrets)
                QVERIFY2(!out.contains(secret), secret.constData());
            return;
        }
        StorageError error;
        const QString backup = m_db->folder() + QStringLiteral("/sealed-backup.sqlite");
        BackupService::BackupFacts facts;
        QVERIFY2(BackupService::backup(m_db->db(), backup, &facts, &error),
                 qPrintable(error.message));
        const QByteArray file = TestDatabase::readAll(m_db->path());
        const QByteArray wal = TestDatabase::readAll(m_db->path() + QStringLiteral("-wal"));
        const QByteArray copy = TestDatabase::readAll(backup);
        QVERIFY(file.size() > 0 && copy.size() > 0);
        for (const QByteArray& secret : secrets) {
            QVERIFY2(!file.contains(secret), secret.constData());
            QVERIFY2(!wal.contains(secret), secret.constData());
            QVERIFY2(!copy.contains(secret), secret.constData());
        }
    }

    void onlyReadersOpen()
    {
        QString why;
        QVERIFY2(readsNote(QStringLiteral("tina"), QLatin1String(kTinaPassword), &why),
                 qPrintable(why));
        QVERIFY2(readsNote(QStringLiteral("boss"), QLatin1String(kBossPassword), &why),
                 qPrintable(why));
        // The receptionist: the same refusal as without sealing.
        QVERIFY(!readsNote(QStringLiteral("rita"), QLatin1String(kRitaPassword), &why));
        QVERIFY2(why.contains(QLatin1String("receptionist"), Qt::CaseInsensitive) ||
                     why.contains(QLatin1String("outcome")),
                 qPrintable(why));
        // A program with the file and a therapist's identity but no password holds no key.
        StorageError error;
        Database::Options options;
        options.path = m_db->path();
        options.mode = Database::Mode::OpenExisting;
        std::unique_ptr<Database> thief = Database::open(options, m_db->clock(), &error);
        QVERIFY(thief);
        thief->setActor(Actor{3, QStringLiteral("tina"), Role::Therapist, m_tinaTherapist});
        StoredCheckin checkin;
        QVERIFY(
            !CheckinRepository(*thief).read(m_booking, QStringLiteral("tina"), &checkin, &error));
        QVERIFY2(error.message.contains(QLatin1String("sealed")), qPrintable(error.message));
        QVERIFY(checkin.answers.notes.isEmpty());
    }

    void theKeyGoesWithThePerson()
    {
        StorageError error;
        std::unique_ptr<Database> db =
            signedIn(QStringLiteral("boss"), QLatin1String(kBossPassword), &error);
        QVERIFY(db);
        QVERIFY(db->centreKey());
        QVERIFY(db->actor());
        const Actor boss = *db->actor();
        // Another person on the same connection (switch user) never inherits it...
        db->setActor(Actor{boss.userId + 100, QStringLiteral("someone"), Role::Manager, 0});
        QVERIFY(!db->centreKey());
        // ...and signing out or locking (the window drops it) leaves none behind.
        db->setActor(boss);
        QVERIFY(!db->centreKey());
        StoredCheckin checkin;
        QVERIFY(!CheckinRepository(*db).read(m_booking, QStringLiteral("boss"), &checkin, &error));
    }

    void everyEarlierCheckinReadsTheSame()
    {
        StorageError error;
        std::unique_ptr<Database> db =
            signedIn(QStringLiteral("boss"), QLatin1String(kBossPassword), &error);
        QVERIFY2(db, qPrintable(error.message));
        for (auto it = m_before.constBegin(); it != m_before.constEnd(); ++it) {
            StoredCheckin now;
            QVERIFY2(CheckinRepository(*db).read(it.key(), QStringLiteral("boss"), &now, &error),
                     qPrintable(error.message));
            QCOMPARE(now.answers.answers, it->answers.answers);
            QCOMPARE(now.answers.avoidAreas, it->answers.avoidAreas);
            QCOMPARE(now.reasons, it->reasons);
            QCOMPARE(now.clearanceAdvice, it->clearanceAdvice);
            QCOMPARE(now.changedSincePrevious, it->changedSincePrevious);
        }
    }

    void valueCopiedToAnotherRowIsRefused()
    {
        // A check-in with an empty note takes another row's sealed note.
        const qint64 victim = scalar(
            QStringLiteral(
                "SELECT booking_id FROM checkins WHERE notes = '' AND superseded_at IS NULL AND "
                "booking_id <> %1 ORDER BY id LIMIT 1")
                .arg(m_booking));
        QVERIFY(victim > 0);
        QSqlQuery copy(m_db->db().connection());
        QVERIFY2(copy.exec(QStringLiteral("UPDATE checkins SET notes = (SELECT notes FROM checkins "
                                          "WHERE booking_id = %1) WHERE booking_id = %2")
                               .arg(m_booking)
                               .arg(victim)),
                 qPrintable(copy.lastError().text()));
        StorageError error;
        std::unique_ptr<Database> db =
            signedIn(QStringLiteral("boss"), QLatin1String(kBossPassword), &error);
        QVERIFY(db);
        StoredCheckin checkin;
        QVERIFY(!CheckinRepository(*db).read(victim, QStringLiteral("boss"), &checkin, &error));
        QVERIFY2(error.message.contains(QLatin1String("copied from another record")),
                 qPrintable(error.message));
        // And a sealed value is never replaced by another.
        QVERIFY(!copy.exec(QStringLiteral("UPDATE checkins SET notes = (SELECT answers FROM "
                                          "checkins WHERE booking_id = %1) WHERE booking_id = %2")
                               .arg(victim)
                               .arg(m_booking)));
    }

    void wrongPasswordSaysSo()
    {
        const qint64 boss = scalar(QStringLiteral("SELECT id FROM users WHERE name = 'boss'"));
        StorageError error;
        QVERIFY(
            !SealingRepository(m_db->db()).unwrap(boss, QStringLiteral("Not-the-one-1"), &error));
        QVERIFY2(error.message.contains(QLatin1String("password does not open")),
                 qPrintable(error.message));
    }

    void passwordChangeKeepsAccess()
    {
        StorageError error;
        // Her own change, signed in with her key.
        std::unique_ptr<Database> db =
            signedIn(QStringLiteral("tina"), QLatin1String(kTinaPassword), &error);
        QVERIFY(db);
        QVERIFY2(UserRepository(*db).setPassword(QStringLiteral("tina"),
                                                 QStringLiteral("West-field-42"),
                                                 QStringLiteral("tina"), &error),
                 qPrintable(error.message));
        db.reset();
        QString why;
        QVERIFY2(readsNote(QStringLiteral("tina"), QStringLiteral("West-field-42"), &why),
                 qPrintable(why));
        // A manager's reset gives her a wrap under the new password.
        db = signedIn(QStringLiteral("boss"), QLatin1String(kBossPassword), &error);
        QVERIFY(db);
        QVERIFY(UserRepository(*db).setPassword(
            QStringLiteral("tina"), QLatin1String(kTinaPassword), QStringLiteral("boss"), &error));
        db.reset();
        QVERIFY2(readsNote(QStringLiteral("tina"), QLatin1String(kTinaPassword), &why),
                 qPrintable(why));
    }

    void deactivatedAccountLosesItsWrap()
    {
        const qint64 tina = scalar(QStringLiteral("SELECT id FROM users WHERE name = 'tina'"));
        StorageError error;
        std::unique_ptr<Database> db =
            signedIn(QStringLiteral("boss"), QLatin1String(kBossPassword), &error);
        QVERIFY(db);
        QVERIFY(UserRepository(*db).setActive(QStringLiteral("tina"), false, QStringLiteral("boss"),
                                              &error));
        QCOMPARE(
            scalar(
                QStringLiteral("SELECT count(*) FROM sealing_wraps WHERE user_id = %1").arg(tina)),
            0);
        QVERIFY(!SealingRepository(m_db->db()).unwrap(tina, QLatin1String(kTinaPassword), &error));
        QCOMPARE(error.code, StorageError::Code::NotFound);
        // Active again, she still holds no key until a manager sets her password.
        QVERIFY(UserRepository(*db).setActive(QStringLiteral("tina"), true, QStringLiteral("boss"),
                                              &error));
        db.reset();
        QString why;
        QVERIFY(!readsNote(QStringLiteral("tina"), QLatin1String(kTinaPassword), &why));
        QVERIFY2(why.contains(QLatin1String("sealed")), qPrintable(why));
    }

    void readersWhoComeBackGetTheirKey()
    {
        StorageError error;
        std::unique_ptr<Database> boss =
            signedIn(QStringLiteral("boss"), QLatin1String(kBossPassword), &error);
        QVERIFY(boss);
        UserRepository users(*boss);
        bool needs = false;
        QVERIFY(users.needsKeyGrant(QStringLiteral("tina"), Role::Therapist, &needs, &error));
        QVERIFY(needs); // reactivated before without a password: still no wrap
        QVERIFY(users.setActive(QStringLiteral("tina"), false, QStringLiteral("boss"), &error));

        // A manager whose sign-in holds no key cannot give one: refused, nothing changed.
        {
            Database::Options options;
            options.path = m_db->path();
            options.mode = Database::Mode::OpenExisting;
            std::unique_ptr<Database> keyless = Database::open(options, m_db->clock(), &error);
            QVERIFY(keyless);
            User user;
            QVERIFY(UserRepository(*keyless).signIn(
                QStringLiteral("boss"), QLatin1String(kBossPassword), &user, &error, false));
            keyless->setActor(user.actor());
            QVERIFY(!UserRepository(*keyless).setActive(QStringLiteral("tina"), true,
                                                        QStringLiteral("boss"), &error,
                                                        QStringLiteral("Back-again-73")));
            QVERIFY2(error.message.contains(QLatin1String("holds no key")),
                     qPrintable(error.message));
            QCOMPARE(scalar(QStringLiteral("SELECT active FROM users WHERE name = 'tina'")), 0);
        }
        // A weak password is refused before anything changes.
        QVERIFY(!users.setActive(QStringLiteral("tina"), true, QStringLiteral("boss"), &error,
                                 QStringLiteral("tina")));
        QCOMPARE(scalar(QStringLiteral("SELECT active FROM users WHERE name = 'tina'")), 0);

        // Reactivated by the manager holding the key, with a new password: wrapped for it.
        QVERIFY2(users.setActive(QStringLiteral("tina"), true, QStringLiteral("boss"), &error,
                                 QStringLiteral("Back-again-73")),
                 qPrintable(error.message));
        QVERIFY(users.needsKeyGrant(QStringLiteral("tina"), Role::Therapist, &needs, &error));
        QVERIFY(!needs);
        QString why;
        QVERIFY2(readsNote(QStringLiteral("tina"), QStringLiteral("Back-again-73"), &why),
                 qPrintable(why));

        // A receptionist promoted to manager: no key before, one with the promotion.
        QVERIFY(!readsNote(QStringLiteral("rita"), QLatin1String(kRitaPassword)));
        QVERIFY(users.needsKeyGrant(QStringLiteral("rita"), Role::Manager, &needs, &error));
        QVERIFY(needs);
        QVERIFY2(users.setRole(QStringLiteral("rita"), Role::Manager, QStringLiteral("boss"),
                               &error, QStringLiteral("Promoted-well-82")),
                 qPrintable(error.message));
        QVERIFY2(readsNote(QStringLiteral("rita"), QStringLiteral("Promoted-well-82"), &why),
                 qPrintable(why));
        // Back to reception, the wrap goes again (the trigger), and the key with it.
        QVERIFY(users.setRole(QStringLiteral("rita"), Role::Receptionist, QStringLiteral("boss"),
                              &error));
        QVERIFY(!readsNote(QStringLiteral("rita"), QStringLiteral("Promoted-well-82")));
        // Tina keeps the password she came back with for the later tests' sake.
        QVERIFY(users.setPassword(QStringLiteral("tina"), QLatin1String(kTinaPassword),
                                  QStringLiteral("boss"), &error));
    }

    void recoveryKeyRestoresAccess()
    {
        // Every password lost: the wraps are of no use to anyone.
        QSqlQuery forget(m_db->db().connection());
        QVERIFY(forget.exec(QStringLiteral("DELETE FROM sealing_wraps WHERE kind = 'password'")));
        QString why;
        QVERIFY(!readsNote(QStringLiteral("boss"), QLatin1String(kBossPassword), &why));
        m_db->db().setActor(std::nullopt);
        SealingRepository sealing(m_db->db());
        StorageError error;
        QVERIFY(!sealing.recover(QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"),
                                 QStringLiteral("boss"), QStringLiteral("Green-door-53"), &error));
        QVERIFY2(error.message.contains(QLatin1String("recovery key does not open")),
                 qPrintable(error.message));
        QVERIFY(!sealing.recover(m_recovery, QStringLiteral("tina"),
                                 QStringLiteral("Green-door-53"), &error));
        // Typed in lower case without dashes, as people do.
        QString typed = m_recovery.toLower();
        typed.remove(QLatin1Char('-'));
        QVERIFY2(
            sealing.recover(typed, QStringLiteral("boss"), QStringLiteral("Green-door-53"), &error),
            qPrintable(error.message));
        QVERIFY2(readsNote(QStringLiteral("boss"), QStringLiteral("Green-door-53"), &why),
                 qPrintable(why));
    }

    void olderPlainBackupsAreReplacedBySealedOne()
    {
        TestDatabase centre;
        Database& db = centre.db();
        DemoGenerator::Summary summary;
        StorageError error;
        QVERIFY(DemoGenerator::generate(db, {DemoGenerator::Size::Small, 4}, &summary, &error));
        qint64 id = 0;
        QVERIFY(UserRepository(db).add(QStringLiteral("boss"), Role::Manager,
                                       QLatin1String(kBossPassword), 0, QString(), &id, &error));
        User boss;
        QVERIFY(UserRepository(db).signIn(QStringLiteral("boss"), QLatin1String(kBossPassword),
                                          &boss, &error));
        db.setActor(boss.actor());
        const QByteArray advice("keep away from the injured");
        QString plainPath;
        if (!centre.isServer()) {
            AutomaticBackup::Outcome made;
            QVERIFY(AutomaticBackup(db).run(AutomaticBackup::Reason::Manual, &made));
            QVERIFY2(made.ok, qPrintable(made.error.message));
            plainPath = made.facts.path;
            QVERIFY(TestDatabase::readAll(plainPath).contains(advice));
            QVERIFY(SealedBackups::holdsPlain(plainPath));
        }
        // Nothing to replace with while the centre itself is plain.
        SealedBackups::Outcome outcome;
        QVERIFY(!SealedBackups::replace(db, {plainPath}, &outcome, &error));
        QVERIFY(plainPath.isEmpty() || QFileInfo::exists(plainPath));

        QString recovery;
        QVERIFY2(SealingRepository(db).enable(QLatin1String(kBossPassword), &recovery, {}, &error),
                 qPrintable(error.message));
        QList<AutomaticBackup::Entry> plain;
        QVERIFY(SealedBackups::plainBackups(db, &plain, &error));
        if (centre.isServer()) {
            // A server's dumps are where its people put them: none known, and said so.
            QVERIFY(plain.isEmpty());
            QVERIFY(!SealedBackups::replace(db, {}, &outcome, &error));
            QVERIFY2(error.message.contains(QLatin1String("server")), qPrintable(error.message));
            return;
        }
        QCOMPARE(plain.size(), 1);
        QCOMPARE(plain.first().path, plainPath);
        // A file that is not one of the plain automatic backups is never deleted.
        const QString other = centre.folder() + QStringLiteral("/keep-me.sqlite");
        QVERIFY(QFile::copy(plainPath, other));
        centre.clock().set(centre.clock().nowUtc().addSecs(5)); // the new backup's own name
        QVERIFY2(SealedBackups::replace(db, {plainPath, other}, &outcome, &error),
                 qPrintable(error.message));
        QCOMPARE(outcome.removed, QStringList{plainPath});
        QCOMPARE(outcome.kept, QStringList{QFileInfo(other).absoluteFilePath()});
        QVERIFY(!QFileInfo::exists(plainPath));
        QVERIFY(QFileInfo::exists(other));
        QVERIFY(QFileInfo::exists(outcome.sealedBackup));
        QVERIFY(!TestDatabase::readAll(outcome.sealedBackup).contains(advice));
        QVERIFY(!SealedBackups::holdsPlain(outcome.sealedBackup));
        QVERIFY(SealedBackups::plainBackups(db, &plain, &error));
        QVERIFY(plain.isEmpty());

        // The sealed backup opens with a reader's password.
        Database::Options options;
        options.path = outcome.sealedBackup;
        options.mode = Database::Mode::OpenExisting;
        std::unique_ptr<Database> restored = Database::open(options, centre.clock(), &error);
        QVERIFY2(restored, qPrintable(error.message));
        User reader;
        QVERIFY(UserRepository(*restored).signIn(QStringLiteral("boss"),
                                                 QLatin1String(kBossPassword), &reader, &error));
        restored->setActor(reader.actor());
        QSqlQuery q(restored->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT booking_id FROM checkins WHERE clearance_advice IS "
                                      "NOT NULL LIMIT 1")) &&
                q.next());
        const qint64 booking = q.value(0).toLongLong();
        q.finish();
        StoredCheckin checkin;
        QVERIFY2(
            CheckinRepository(*restored).read(booking, QStringLiteral("boss"), &checkin, &error),
            qPrintable(error.message));
        QVERIFY(checkin.clearanceAdvice.contains(QLatin1String("injured")));
    }

    void theDemoCentreIsSealedAsItIsWritten()
    {
        TestDatabase demo;
        DemoGenerator::Options options{DemoGenerator::Size::Small, 5};
        options.accounts = true;
        options.sealed = true;
        DemoGenerator::Summary summary;
        StorageError error;
        QVERIFY2(DemoGenerator::generate(demo.db(), options, &summary, &error),
                 qPrintable(error.message));
        QSqlQuery query(demo.db().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*), sum(CASE WHEN answers LIKE "
                                          "'sealed1:%' THEN 1 ELSE 0 END) FROM checkins")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toLongLong() > 20);
        QCOMPARE(query.value(1).toLongLong(), query.value(0).toLongLong());
        query.finish();
        if (!demo.isServer()) {
            const QByteArray file = TestDatabase::readAll(demo.path()) +
                                    TestDatabase::readAll(demo.path() + QStringLiteral("-wal"));
            QVERIFY(!file.contains("{\"answers\""));
            QVERIFY(!file.contains("keep away from the injured"));
        }
        // Every demo reader opens them with the public password; reception does not.
        for (const DemoGenerator::Account& account : summary.accounts) {
            User user;
            QVERIFY(UserRepository(demo.db()).signIn(
                account.name, QLatin1String(DemoGenerator::kPassword), &user, &error));
            demo.db().setActor(user.actor());
            StoredCheckin checkin;
            const qint64 booking = [&] {
                QSqlQuery q(demo.db().connection());
                return q.exec(
                           QStringLiteral("SELECT booking_id FROM checkins WHERE clearance_advice "
                                          "IS NOT NULL LIMIT 1")) &&
                               q.next()
                           ? q.value(0).toLongLong()
                           : 0;
            }();
            const bool read =
                CheckinRepository(demo.db()).read(booking, account.name, &checkin, &error);
            QCOMPARE(read, user.role != Role::Receptionist);
            if (read)
                QVERIFY(checkin.clearanceAdvice.contains(QLatin1String("injured ankle")));
        }
    }
};

QTEST_GUILESS_MAIN(TestSealing)
#include "tst_sealing.moc"
