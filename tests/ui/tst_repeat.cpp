#include "TestDatabase.h"
#include "calendar/RepeatDialog.h"
#include "core/LocalTime.h"
#include "storage/BookingRepository.h"
#include "storage/DemoGenerator.h"

#include <QDir>
#include <QListWidget>
#include <QSqlQuery>
#include <QTest>

// Repeating a booking: every date is listed before anything is saved; a conflicting one is
// skipped unless its same-day alternative is ticked; the rest are booked as one series.
class TestRepeat : public QObject
{
    Q_OBJECT

private slots:
    void conflictsAreListedSkippedOrMoved()
    {
        TestDatabase db(true, QDateTime(QDate(2026, 11, 25), QTime(6, 0), QTimeZone::utc()));
        DemoGenerator::Summary summary;
        StorageError error;
        QVERIFY(
            DemoGenerator::generate(db.db(), {DemoGenerator::Size::Small, 9, 0}, &summary, &error));
        const QTimeZone zone("Europe/Madrid");
        // A booked session today; its weekday next week already has the demo's bookings, so
        // some repeats conflict while the later weeks (past the demo's range) are free.
        const QDate day(2026, 11, 25);
        const QList<AgendaEntry> today =
            BookingRepository(db.db(), zone)
                .agenda(QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch(),
                        QDateTime(day.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch(),
                        QStringLiteral("en"), &error);
        const AgendaEntry* entry = nullptr;
        for (const AgendaEntry& e : today)
            if (e.status == QLatin1String("booked"))
                entry = &e;
        QVERIFY(entry);

        RepeatDialog dialog(db.db(), zone, *entry);
        dialog.plan(1, 4);
        QCOMPARE(dialog.planned().size(), 4);
        QSqlQuery count(db.db().connection());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM bookings")) && count.next());
        const int before = count.value(0).toInt();
        count.finish();
        int fitting = 0, conflicting = 0;
        for (int i = 0; i < dialog.planned().size(); ++i) {
            const RepeatDialog::Planned& p = dialog.planned().at(i);
            QCOMPARE(dialog.list()->item(i)->checkState() == Qt::Checked, p.occurrence.fits);
            if (p.occurrence.fits) {
                ++fitting;
                // Same local time, one week apart each.
                QCOMPARE(LocalTime::format(p.occurrence.startsAt, zone, QStringLiteral("HH:mm")),
                         LocalTime::format(entry->startsAt, zone, QStringLiteral("HH:mm")));
            } else {
                ++conflicting;
                QVERIFY(!p.occurrence.why.isEmpty());
                QVERIFY(dialog.list()->item(i)->text().contains(p.occurrence.why));
                if (p.hasAlternative)
                    dialog.list()->item(i)->setCheckState(Qt::Checked); // move it
            }
        }
        QVERIFY(fitting > 0);
        const QString folder = qEnvironmentVariable("MASSAGE_DESK_SCREENSHOTS");
        if (!folder.isEmpty())
            dialog.grab().save(QDir(folder).filePath(QStringLiteral("repeat.png")));
        QVERIFY2(dialog.book(), "the ticked dates were refused");
        int expected = fitting;
        for (const RepeatDialog::Planned& p : dialog.planned())
            expected += (!p.occurrence.fits && p.hasAlternative) ? 1 : 0;
        QCOMPARE(dialog.bookedIds().size(), expected);
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM bookings")) && count.next());
        QCOMPARE(count.value(0).toInt(), before + expected);
        count.finish();
        QVERIFY(count.exec(QStringLiteral("SELECT count(DISTINCT series_id) FROM bookings WHERE "
                                          "series_id IS NOT NULL")) &&
                count.next());
        QCOMPARE(count.value(0).toInt(), 1);
        qInfo("%d fitting, %d conflicting", fitting, conflicting);
    }
};

QTEST_MAIN(TestRepeat)
#include "tst_repeat.moc"
