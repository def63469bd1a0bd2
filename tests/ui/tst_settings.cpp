#include "FrontDeskCentre.h"
#include "TestDatabase.h"
#include "core/LocalTime.h"
#include "pages/SettingsPage.h"
#include "settings/StaffSettings.h"
#include "settings/WeekHoursEditor.h"
#include "storage/Scheduler.h"
#include "storage/SettingsRepository.h"
#include "storage/WaitlistRepository.h"

#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>

// A new centre set up through the Settings page, then booked through the scheduler: what the
// manager enters is what the booking rules obey.
class TestSettings : public QObject
{
    Q_OBJECT

private:
    void screenshot(QWidget* widget, const QString& name)
    {
        QCoreApplication::processEvents();
        const QString folder = qEnvironmentVariable("MASSAGE_DESK_SCREENSHOTS");
        if (!folder.isEmpty())
            widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
    }

    static void check(StaffSettings* staff, const QStringList& codes)
    {
        for (QCheckBox* box : staff->serviceBoxes())
            box->setChecked(codes.contains(box->property("code").toString()));
    }

private slots:
    void aNewCentreIsSetUpAndBooked()
    {
        TestDatabase db(true, QDateTime(QDate(2026, 11, 25), QTime(8, 0), QTimeZone::utc()));
        SettingsPage page;
        page.setDatabase(&db.db());
        page.resize(1200, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // Opening hours: Monday to Friday 09:00-20:00.
        page.tabs()->setCurrentIndex(1);
        QList<Shift> week;
        for (int weekday = 1; weekday <= 5; ++weekday)
            week.append({weekday, 9 * 60, 20 * 60});
        page.openingHours()->setIntervals(week);
        QVERIFY(page.saveOpeningHours());
        QVERIFY(page.addClosedDay(QDate(2026, 12, 8), QStringLiteral("Immaculada")));
        screenshot(&page, QStringLiteral("settings-hours"));

        // A therapist who does legs, Mondays and Wednesdays 09:00-17:00.
        page.tabs()->setCurrentIndex(2);
        StaffSettings* therapists = page.therapists();
        QVERIFY(!therapists->addNamed(QStringLiteral("   "))); // refused, nothing added
        QCOMPARE(therapists->list()->count(), 0);
        QVERIFY(therapists->addNamed(QStringLiteral("Marta Vidal")));
        QVERIFY(therapists->select(QStringLiteral("Marta Vidal")));
        check(therapists, {QStringLiteral("leg"), QStringLiteral("foot")});
        therapists->shifts()->setIntervals({{1, 9 * 60, 17 * 60}, {3, 9 * 60, 17 * 60}});
        QVERIFY(therapists->save());
        QVERIFY(therapists->addAbsence(QDateTime(QDate(2026, 12, 2), QTime(9, 0)),
                                       QDateTime(QDate(2026, 12, 2), QTime(17, 0)),
                                       QStringLiteral("Course")));
        screenshot(&page, QStringLiteral("settings-therapists"));

        // A room for legs.
        page.tabs()->setCurrentIndex(3);
        StaffSettings* rooms = page.rooms();
        QVERIFY(rooms->addNamed(QStringLiteral("Sala Mar")));
        QVERIFY(rooms->select(QStringLiteral("Sala Mar")));
        check(rooms, {QStringLiteral("leg")});
        QVERIFY(rooms->save());

        // The scheduler obeys what was entered.
        const QTimeZone zone("Europe/Madrid");
        Scheduler scheduler(db.db(), zone);
        QSqlQuery client(db.db().connection());
        QVERIFY(client.exec(QStringLiteral("INSERT INTO clients (full_name, created_at, "
                                           "updated_at) VALUES ('Anna', 0, 0)")));
        const auto tryBook = [&](const QString& local, const QString& code, QString* why) {
            BookingRequest r;
            r.clientId = client.lastInsertId().toLongLong();
            r.serviceCode = code;
            r.minutes = code == QLatin1String("foot") ? 30 : 60;
            QString problem;
            if (!LocalTime::parse(local, zone, &r.startsAt, &problem))
                return false;
            qint64 id = 0;
            StorageError error;
            const bool ok = scheduler.book(r, QString(), &id, nullptr, &error);
            *why = error.message;
            return ok;
        };
        QString why;
        QVERIFY2(tryBook(QStringLiteral("2026-11-30 10:00"), QStringLiteral("leg"), &why),
                 qPrintable(why)); // Monday
        QVERIFY(!tryBook(QStringLiteral("2026-12-01 10:00"), QStringLiteral("leg"), &why));
        QVERIFY(why.contains(QStringLiteral("not working"))); // Tuesday: no shift
        QVERIFY(!tryBook(QStringLiteral("2026-12-02 10:00"), QStringLiteral("leg"), &why));
        QVERIFY(why.contains(QStringLiteral("Course"))); // the absence
        QVERIFY(!tryBook(QStringLiteral("2026-11-30 16:30"), QStringLiteral("leg"), &why));
        QVERIFY(!tryBook(QStringLiteral("2026-11-30 12:00"), QStringLiteral("sports"), &why));
        QVERIFY(!tryBook(QStringLiteral("2026-12-07 10:00"), QStringLiteral("foot"), &why));
        QVERIFY2(why.contains(QStringLiteral("No room in use is set up")),
                 qPrintable(why)); // legs only

        // Overlapping shifts are refused with a message, and the saved ones stay.
        page.tabs()->setCurrentIndex(2);
        QVERIFY(therapists->select(QStringLiteral("Marta Vidal")));
        therapists->shifts()->setIntervals({{1, 17 * 60, 9 * 60}});
        QVERIFY(!therapists->save());
    }
    // Settings › Centre › Booking rules: when a cancellation counts as late. Saved from the
    // page, it changes the booking dialog's count; the box takes no value out of range.
    void lateCancellationWindow()
    {
        TestDatabase db(true, QDateTime(QDate(2026, 10, 1), QTime(6, 0), QTimeZone::utc()));
        FrontDeskCentre centre(db);
        const qint64 client = centre.client(QStringLiteral("Núria Puig"));
        // A session on 20 October, cancelled 36 hours before it.
        const qint64 booking = centre.book(client, QStringLiteral("2026-10-20 10:00"));
        QVERIFY(booking > 0);
        centre.setNow(QStringLiteral("2026-10-18 22:00"));
        StorageError error;
        QVERIFY(Scheduler(db.db(), centre.zone)
                    .cancel(booking, QStringLiteral("Work"), QString(), &error));
        centre.setNow(QStringLiteral("2026-11-02 09:00"));
        const auto late = [&] {
            ClientBookingRecord record;
            StorageError readError;
            WaitlistRepository(db.db(), centre.zone).clientRecord(client, &record, &readError);
            return record.lateCancellations;
        };
        QCOMPARE(late(), 0);

        SettingsPage page;
        page.setDatabase(&db.db());
        QSpinBox* hours = page.lateCancelHours();
        QCOMPARE(hours->value(), 24);
        QCOMPARE(hours->minimum(), 1);
        QCOMPARE(hours->maximum(), 14 * 24);
        QVERIFY(!page.saveButton()->isEnabled());
        hours->setValue(48);
        QVERIFY(page.saveButton()->isEnabled());
        page.saveButton()->click();
        QCOMPARE(SettingsRepository(db.db()).value(SettingKeys::kLateCancelHours),
                 QStringLiteral("48"));
        QCOMPARE(late(), 1);
        // Typed past its end, the box keeps the largest value it allows.
        hours->clear();
        QTest::keyClicks(hours, QStringLiteral("9999"));
        QVERIFY(hours->value() <= 14 * 24);
        QCOMPARE(SettingsRepository(db.db()).value(SettingKeys::kLateCancelHours),
                 QStringLiteral("48"));
        SettingsPage again;
        again.setDatabase(&db.db()); // opened afresh: what is stored
        QCOMPARE(again.lateCancelHours()->value(), 48);
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
