#include "TestDatabase.h"
#include "print/DaySheet.h"
#include "storage/BookingRepository.h"
#include "storage/CheckinRepository.h"
#include "storage/DemoGenerator.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The printed day sheet: one table per therapist, outcome levels but never the answers.
class TestDaySheet : public QObject
{
    Q_OBJECT

private slots:
    void listsEachTherapistsDayWithoutAnswers()
    {
        TestDatabase db(true, QDateTime(QDate(2026, 11, 25), QTime(6, 0), QTimeZone::utc()));
        DemoGenerator::Summary summary;
        StorageError error;
        QVERIFY(
            DemoGenerator::generate(db.db(), {DemoGenerator::Size::Small, 2, 0}, &summary, &error));
        const QTimeZone zone("Europe/Madrid");
        const QDate day(2026, 11, 25);
        const QList<AgendaEntry> entries =
            BookingRepository(db.db(), zone)
                .agenda(QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch(),
                        QDateTime(day.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch(),
                        QStringLiteral("en"), &error);
        QVERIFY(!entries.isEmpty());
        // A check-in with a note that must never reach paper.
        CheckInAnswers answers;
        for (const PrecautionQuestion& q :
             PrecautionRules::builtIn().questionsFor(entries.first().serviceCode))
            answers.answers.insert(q.id,
                                   q.id == QLatin1String("pregnant") ? q.trigger : !q.trigger);
        answers.notes = QStringLiteral("secret note for the therapist");
        Evaluation evaluation;
        QVERIFY(CheckinRepository(db.db()).record(entries.first().id, answers, QString(),
                                                  &evaluation, &error));
        const QList<AgendaEntry> again =
            BookingRepository(db.db(), zone)
                .agenda(QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch(),
                        QDateTime(day.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch(),
                        QStringLiteral("en"), &error);
        const QString html = DaySheet::html(QStringLiteral("Centre"), day, zone, again, false);
        for (const AgendaEntry& e : again) {
            QVERIFY(html.contains(e.therapistName.toHtmlEscaped()));
            if (e.status != QLatin1String("cancelled") && e.status != QLatin1String("no_show"))
                QVERIFY(html.contains(e.clientName.toHtmlEscaped()));
        }
        QVERIFY(html.contains(QStringLiteral("Needs clearance")));
        QVERIFY(!html.contains(QStringLiteral("secret note")));
        QVERIFY(!html.contains(QStringLiteral("pregnant"), Qt::CaseInsensitive));

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("day.pdf"));
        QString problem;
        QVERIFY2(DaySheet::printPdf(db.db(), day, pdf, false, &problem), qPrintable(problem));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(4), QByteArray("%PDF"));
        // Printing again to the same name never replaces the sheet (DESIGN 6).
        const QByteArray printed = TestDatabase::readAll(pdf);
        QVERIFY(!DaySheet::printPdf(db.db(), day, pdf, false, &problem));
        QVERIFY2(problem.contains(QStringLiteral("already exists")), qPrintable(problem));
        QCOMPARE(TestDatabase::readAll(pdf), printed);

        // What the sheet adds follows the role of the person printing (DESIGN 2.5).
        const AgendaEntry& checked = again.first();
        QSqlQuery audit(db.db().connection());
        const auto reads = [&] {
            audit.exec(
                QStringLiteral("SELECT count(*) FROM audit_log WHERE kind = 'checkin.read'"));
            return audit.next() ? audit.value(0).toInt() : -1;
        };
        const int readsBefore = reads();
        db.db().setActor(Actor{1, QStringLiteral("pau"), Role::Receptionist, 0});
        QVERIFY(DaySheet::precautions(db.db(), again).isEmpty());
        db.db().setActor(
            Actor{2, QStringLiteral("other"), Role::Therapist, checked.therapistId + 100});
        QVERIFY(DaySheet::precautions(db.db(), again).isEmpty()); // not their session
        QCOMPARE(reads(), readsBefore);
        db.db().setActor(Actor{3, QStringLiteral("marta"), Role::Therapist, checked.therapistId});
        const QHash<qint64, QString> own = DaySheet::precautions(db.db(), again);
        QCOMPARE(own.size(), 1);
        QVERIFY2(own.value(checked.id).contains(QStringLiteral("regnan")),
                 qPrintable(own.value(checked.id)));
        QVERIFY(!own.value(checked.id).contains(QStringLiteral("secret note")));
        QCOMPARE(reads(), readsBefore + 1);
        const QString detailed =
            DaySheet::html(QStringLiteral("Centre"), day, zone, again, false, own);
        QVERIFY(detailed.contains(QStringLiteral("health information")));
        db.db().setActor(Actor{4, QStringLiteral("anna"), Role::Manager, 0});
        QCOMPARE(DaySheet::precautions(db.db(), again).size(), 1);
    }

    // A session held at needs clearance by the client's earlier referral says so on paper for
    // the people who may read why (DESIGN 2.2).
    void anEarlierReferralReachesTheSheet()
    {
        TestDatabase db(true, QDateTime(QDate(2026, 11, 25), QTime(6, 0), QTimeZone::utc()));
        DemoGenerator::Summary summary;
        StorageError error;
        QVERIFY(
            DemoGenerator::generate(db.db(), {DemoGenerator::Size::Small, 2, 0}, &summary, &error));
        const QTimeZone zone("Europe/Madrid");
        const QDate day(2026, 11, 25);
        const auto today = [&] {
            return BookingRepository(db.db(), zone)
                .agenda(QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch(),
                        QDateTime(day.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch(),
                        QStringLiteral("en"), &error);
        };
        QList<const AgendaEntry*> booked;
        const QList<AgendaEntry> entries = today();
        for (const AgendaEntry& e : entries) {
            if (e.status == QLatin1String("booked") &&
                (booked.isEmpty() || booked.first()->clientId != e.clientId))
                booked << &e;
        }
        QVERIFY(booked.size() >= 2);
        const auto checkIn = [&](const AgendaEntry& e, const QString& yes) {
            CheckInAnswers answers;
            for (const PrecautionQuestion& q :
                 PrecautionRules::builtIn().questionsFor(e.serviceCode))
                answers.answers.insert(q.id, q.id == yes ? q.trigger : !q.trigger);
            Evaluation evaluation;
            CheckinRepository(db.db()).record(e.id, answers, QString(), &evaluation, &error);
            return evaluation.outcome;
        };
        QCOMPARE(checkIn(*booked.at(0), QStringLiteral("one_leg_symptoms")), Outcome::StopRefer);
        QSqlQuery same(db.db().connection());
        QVERIFY(same.exec(QStringLiteral("UPDATE bookings SET client_id = %1 WHERE id = %2")
                              .arg(booked.at(0)->clientId)
                              .arg(booked.at(1)->id)));
        QCOMPARE(checkIn(*booked.at(1), QString()), Outcome::NeedsClearance);
        const qint64 later = booked.at(1)->id;
        db.db().setActor(Actor{4, QStringLiteral("anna"), Role::Manager, 0});
        const QString line = DaySheet::precautions(db.db(), today()).value(later);
        QVERIFY2(line.contains(QStringLiteral("stopped and referred on 2026-11-25")),
                 qPrintable(line));
    }
};

QTEST_MAIN(TestDaySheet)
#include "tst_daysheet.moc"
