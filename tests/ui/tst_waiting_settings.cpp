#include "FrontDeskCentre.h"
#include "MainWindow.h"
#include "PgTestServer.h"
#include "TestDatabase.h"
#include "pages/SettingsPage.h"
#include "settings/AbsenceEditor.h"
#include "settings/BackupSettings.h"
#include "settings/ClosedDaysEditor.h"
#include "settings/PrivacySettings.h"
#include "settings/StaffSettings.h"
#include "storage/ConnectionWatch.h"
#include "storage/ServerAddress.h"
#include "storage/SettingsRepository.h"
#include "storage/StaffEditor.h"
#include "widgets/ConnectionBanner.h"
#include "widgets/WaitingSave.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

// The Settings page's lists and actions while the centre server is away (issue 11 §4): adding
// a therapist or a room, an absence or a closed day, removing one, and the backup settings wait
// in their strips with what was typed, are listed when the window closes, and land once when
// the connection is back; the operations (back up now, seal, restore access) refuse at once
// and say so. The main window offscreen on a real throwaway server (PgTestServer); the
// connection is lost with pg_terminate_backend while the server refuses new connections.
class TestWaitingSettings : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_file; // only for its clock
    std::unique_ptr<MainWindow> m_window;
    ServerAddress m_address;

    PgTestServer& server() { return PgTestServer::instance(); }

    void openWindowOn(const QString& uri)
    {
        QString problem;
        QVERIFY2(ServerAddress::parse(uri, &m_address, &problem), qPrintable(problem));
        Database::Options options;
        options.path = uri;
        StorageError error;
        std::unique_ptr<Database> db = Database::open(options, m_file->clock(), &error);
        QVERIFY2(db, qPrintable(error.message));
        m_window = std::make_unique<MainWindow>(m_file->clock(), std::move(db));
        m_window->resize(1100, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->connectionWatch()->setIntervals(50, 20, 200);
        m_window->showPage(MainWindow::Settings);
    }

    SettingsPage* settings()
    {
        return static_cast<SettingsPage*>(m_window->page(MainWindow::Settings));
    }

    // The window's backend ends and the server lets no one back in until restore().
    void loseConnection()
    {
        QSqlQuery q(m_window->database()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next());
        const qint64 pid = q.value(0).toLongLong();
        q.finish();
        QVERIFY(server().psql(
            QStringLiteral("postgres"),
            QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(m_address.database)));
        QVERIFY(server().psql(QStringLiteral("postgres"),
                              QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)));
        QTRY_VERIFY(m_window->connectionWatch()->isLost());
    }

    void restore()
    {
        QVERIFY(server().psql(
            QStringLiteral("postgres"),
            QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(m_address.database)));
    }

    // Closing now asks (Cancel answered); returns the question's text.
    QString closingQuestion()
    {
        QString asked;
        m_window->connectionBanner()->confirmClose = [&](const QString&, const QString& text) {
            asked = text;
            return false;
        };
        if (m_window->close())
            return QStringLiteral("closed without asking");
        return asked;
    }

    void screenshot(QWidget* widget, const QString& name)
    {
        QCoreApplication::processEvents();
        const QString folder = qEnvironmentVariable("MASSAGE_DESK_SCREENSHOTS");
        if (!folder.isEmpty())
            widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
    }

    static bool selectRow(QListWidget* list, const QString& starting)
    {
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->text().startsWith(starting)) {
                list->setCurrentRow(row);
                return true;
            }
        }
        return false;
    }

private slots:
    void init()
    {
        qputenv("MASSAGE_DESK_TEST_BACKEND", "sqlite");
        m_file = std::make_unique<TestDatabase>(false);
        qputenv("MASSAGE_DESK_TEST_BACKEND", "postgresql");
    }

    void cleanup()
    {
        m_window.reset();
        m_file.reset();
    }

    // A new therapist and a new room by name, an absence to add and one to remove: each waits
    // with what was typed, the removal says it is a removal and cannot be queued twice, all
    // four are listed when the window closes, and each lands once when the server is back
    // (the reload on reconnection keeps the typed times and the therapist selected).
    void staffListsWaitAndLandOnce()
    {
        TestDatabase centre;
        FrontDeskCentre desk(centre);
        StorageError error;
        QVERIFY2(StaffEditor(centre.db())
                     .addAbsence(desk.marta, desk.at(QStringLiteral("2026-12-10 09:00")),
                                 desk.at(QStringLiteral("2026-12-10 20:00")),
                                 QStringLiteral("Course"), &error),
                 qPrintable(error.message));
        openWindowOn(centre.path());
        Database& db = *m_window->database();
        StaffSettings* therapists = settings()->therapists();
        StaffSettings* rooms = settings()->rooms();
        settings()->tabs()->setCurrentWidget(therapists);
        QVERIFY(therapists->select(QStringLiteral("Marta Vidal")));
        AbsenceEditor* absences = therapists->absences();
        QVERIFY(absences);
        QVERIFY(selectRow(absences->list(), QStringLiteral("10/12/2026 09:00")));
        therapists->newNameEdit()->setText(QStringLiteral("Nuria Soler"));
        rooms->newNameEdit()->setText(QStringLiteral("Sala Sol"));
        absences->fromEdit()->setDateTime(QDateTime(QDate(2026, 12, 3), QTime(10, 0)));
        absences->toEdit()->setDateTime(QDateTime(QDate(2026, 12, 3), QTime(14, 0)));
        absences->reasonEdit()->setText(QStringLiteral("Dentist"));

        loseConnection();
        QVERIFY(!therapists->addTyped());
        QVERIFY(therapists->addWaiting()->isWaiting());
        QCOMPARE(therapists->newNameEdit()->text(), QStringLiteral("Nuria Soler"));
        QVERIFY(!rooms->addTyped());
        QVERIFY(rooms->addWaiting()->isWaiting());
        QVERIFY(!absences->add(absences->fromEdit()->dateTime(), absences->toEdit()->dateTime(),
                               absences->reasonEdit()->text()));
        QVERIFY(absences->addWaiting()->isWaiting());
        QVERIFY2(absences->addWaiting()->text().contains(QLatin1String("saved by itself")),
                 qPrintable(absences->addWaiting()->text()));
        QCOMPARE(absences->reasonEdit()->text(), QStringLiteral("Dentist"));
        QVERIFY(!absences->removeSelected());
        QVERIFY(absences->removeWaiting()->isWaiting());
        QVERIFY2(absences->removeWaiting()->text().startsWith(QLatin1String("Not removed yet")),
                 qPrintable(absences->removeWaiting()->text()));
        QVERIFY(absences->list()->currentItem()->text().contains(
            QLatin1String("removal waits for the server")));
        QSignalSpy said(absences, &AbsenceEditor::message);
        QVERIFY(!absences->removeSelected()); // asked again: still one removal
        QVERIFY(said.last().at(0).toString().contains(QLatin1String("already waiting")));

        const QStringList waiting = WaitingSave::pending(&db);
        QCOMPARE(waiting.size(), 4);
        const QStringList expected{
            QStringLiteral("New therapist: Nuria Soler"), QStringLiteral("New room: Sala Sol"),
            QStringLiteral("Absence of Marta Vidal: 03/12/2026 10:00 to 03/12/2026 14:00"),
            QStringLiteral("Absence of Marta Vidal to remove: 10/12/2026 09:00")};
        for (const QString& line : expected) {
            bool found = false;
            for (const QString& w : waiting)
                found = found || w.startsWith(line);
            QVERIFY2(found, qPrintable(line + QStringLiteral(" in ") + waiting.join('|')));
        }
        const QString asked = closingQuestion();
        for (const QString& line : expected)
            QVERIFY2(asked.contains(line), qPrintable(asked));
        QScrollArea* detail = therapists->findChild<QScrollArea*>();
        QVERIFY(detail);
        QCoreApplication::processEvents(); // the strips laid out, so their bottom is known
        detail->ensureWidgetVisible(absences->removeWaiting());
        screenshot(m_window.get(), QStringLiteral("waiting-staff-lists"));
        screenshot(absences, QStringLiteral("waiting-absences"));

        restore();
        QTRY_VERIFY_WITH_TIMEOUT(WaitingSave::pending(&db).isEmpty(), 10000);
        const auto landed = [&] {
            return QList<qint64>{
                desk.scalar(QStringLiteral(
                    "SELECT count(*) FROM therapists WHERE display_name = 'Nuria Soler'")),
                desk.scalar(QStringLiteral("SELECT count(*) FROM rooms WHERE name = 'Sala Sol'")),
                desk.scalar(QStringLiteral("SELECT count(*) FROM therapist_absences WHERE "
                                           "reason = 'Dentist' AND therapist_id = %1 AND "
                                           "starts_at = %2 AND ends_at = %3")
                                .arg(desk.marta)
                                .arg(desk.time(desk.at(QStringLiteral("2026-12-03 10:00"))))
                                .arg(desk.time(desk.at(QStringLiteral("2026-12-03 14:00"))))),
                desk.scalar(QStringLiteral(
                    "SELECT count(*) FROM therapist_absences WHERE reason = 'Course'"))};
        };
        QCOMPARE(landed(), (QList<qint64>{1, 1, 1, 0}));
        QVERIFY(therapists->newNameEdit()->text().isEmpty());
        QVERIFY(rooms->newNameEdit()->text().isEmpty());
        QVERIFY(absences->reasonEdit()->text().isEmpty());
        QCOMPARE(therapists->nameEdit()->text(), QStringLiteral("Marta Vidal"));
        QVERIFY(absences->list()->count() == 1 &&
                absences->list()->item(0)->text().contains(QLatin1String("Dentist")));
        // The connection "back" once more: nothing waits, so nothing is written twice.
        WaitingSave::connectionRestored(&db);
        QCOMPARE(landed(), (QList<qint64>{1, 1, 1, 0}));
        QVERIFY(closingQuestion() == QLatin1String("closed without asking"));
    }

    // A closed day to add and one to remove wait the same way and land once.
    void closedDaysWaitAndLandOnce()
    {
        TestDatabase centre;
        StorageError error;
        QVERIFY2(StaffEditor(centre.db())
                     .addClosedDay(QDate(2026, 12, 8), QStringLiteral("Immaculada"), &error),
                 qPrintable(error.message));
        openWindowOn(centre.path());
        Database& db = *m_window->database();
        settings()->tabs()->setCurrentIndex(1);
        ClosedDaysEditor* closed = settings()->closedDays();
        QCOMPARE(closed->list()->count(), 1);
        closed->list()->setCurrentRow(0);
        closed->dayEdit()->setDate(QDate(2026, 12, 25));
        closed->reasonEdit()->setText(QStringLiteral("Nadal"));

        loseConnection();
        QVERIFY(!closed->add(closed->dayEdit()->date(), closed->reasonEdit()->text()));
        QVERIFY(closed->addWaiting()->isWaiting());
        QVERIFY(!closed->removeSelected());
        QVERIFY(closed->removeWaiting()->isWaiting());
        QVERIFY2(closed->removeWaiting()->text().startsWith(QLatin1String("Not removed yet")),
                 qPrintable(closed->removeWaiting()->text()));
        QVERIFY(!closed->removeSelected()); // asked again: still one removal
        const QStringList waiting = WaitingSave::pending(&db);
        QCOMPARE(waiting.size(), 2);
        QVERIFY2(waiting.join('|').contains(QLatin1String("Closed day: ")) &&
                     waiting.join('|').contains(QLatin1String("Nadal")),
                 qPrintable(waiting.join('|')));
        QVERIFY2(waiting.join('|').contains(QLatin1String("Closed day to remove: ")) &&
                     waiting.join('|').contains(QLatin1String("Immaculada")),
                 qPrintable(waiting.join('|')));
        const QString asked = closingQuestion();
        QVERIFY2(asked.contains(QLatin1String("Nadal")) &&
                     asked.contains(QLatin1String("Immaculada")),
                 qPrintable(asked));
        screenshot(m_window.get(), QStringLiteral("waiting-closed-days"));

        restore();
        QTRY_VERIFY_WITH_TIMEOUT(WaitingSave::pending(&db).isEmpty(), 10000);
        const auto landed = [&] {
            QSqlQuery q(centre.db().connection());
            QStringList days;
            if (q.exec(QStringLiteral("SELECT day, reason FROM closed_days ORDER BY day")))
                while (q.next())
                    days << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
            return days;
        };
        QCOMPARE(landed(), QStringList{QStringLiteral("2026-12-25 Nadal")});
        QVERIFY(closed->reasonEdit()->text().isEmpty());
        QCOMPARE(closed->list()->count(), 1);
        WaitingSave::connectionRestored(&db);
        QCOMPARE(landed(), QStringList{QStringLiteral("2026-12-25 Nadal")});
    }

    // Backup settings wait like any edit; "Back up now", sealing and restoring access are
    // operations: refused at once with the reason, nothing queued, the password not kept.
    void backupSettingsWaitOperationsRefuse()
    {
        TestDatabase centre;
        openWindowOn(centre.path());
        Database& db = *m_window->database();
        settings()->tabs()->setCurrentWidget(settings()->backups());
        BackupSettings* backups = settings()->backups();
        QVERIFY(backups->automaticBox()->isChecked());
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString asked = QDir::cleanPath(folder.path());
        const auto versions = [&] {
            const SettingsRepository stored(centre.db());
            return qMakePair(stored.load(SettingKeys::kBackupAutomatic).version,
                             stored.load(SettingKeys::kBackupFolder).version);
        };
        const auto before = versions();

        loseConnection();
        QVERIFY(!backups->setFolder(asked));
        QVERIFY(backups->waitingSave()->isWaiting());
        QCOMPARE(backups->folderEdit()->text(), QDir::toNativeSeparators(asked));
        backups->automaticBox()->click(); // off, as a person unticks it
        QVERIFY(!backups->automaticBox()->isChecked());
        QVERIFY(backups->waitingSave()->isWaiting());
        QCOMPARE(backups->folderEdit()->text(), QDir::toNativeSeparators(asked));

        QSignalSpy said(backups, &BackupSettings::message);
        QVERIFY(!backups->backUpNow());
        QVERIFY(!backups->noticeLabel()->isHidden());
        QVERIFY2(backups->noticeLabel()->text().contains(QLatin1String("cannot be reached")) &&
                     backups->noticeLabel()->text().contains(QLatin1String("nothing was changed")),
                 qPrintable(backups->noticeLabel()->text()));
        QCOMPARE(said.last().at(0).toString(), backups->noticeLabel()->text());

        PrivacySettings* privacy = settings()->privacy();
        privacy->passwordEdit()->setText(QStringLiteral("Desk at nine 9"));
        QVERIFY(!privacy->sealNow());
        QVERIFY(privacy->passwordEdit()->text().isEmpty()); // never kept while waiting
        QVERIFY2(privacy->stateLabel()->text().startsWith(QLatin1String("Sealing was not turned "
                                                                        "on")),
                 qPrintable(privacy->stateLabel()->text()));
        const QString recovery = privacy->restoreAccess(
            QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"), QStringLiteral("x"));
        QVERIFY2(recovery.startsWith(QLatin1String("Access was not restored")),
                 qPrintable(recovery));

        // Only the edit waits; the operations were not queued.
        const QStringList waiting = WaitingSave::pending(&db);
        QCOMPARE(waiting.size(), 1);
        QVERIFY2(waiting.first().startsWith(QLatin1String("Backup settings: automatic backups "
                                                          "off, folder ")) &&
                     waiting.first().contains(QDir::toNativeSeparators(asked)),
                 qPrintable(waiting.first()));
        QVERIFY2(closingQuestion().contains(waiting.first()), qPrintable(waiting.first()));
        m_window->resize(1100, 760);
        screenshot(m_window.get(), QStringLiteral("waiting-backup-settings"));

        restore();
        QTRY_VERIFY_WITH_TIMEOUT(WaitingSave::pending(&db).isEmpty(), 10000);
        const SettingsRepository stored(centre.db());
        QCOMPARE(stored.value(SettingKeys::kBackupAutomatic), QStringLiteral("0"));
        QCOMPARE(stored.value(SettingKeys::kBackupFolder), asked);
        const auto after = versions();
        QVERIFY(after.first > before.first && after.second > before.second);
        QVERIFY(backups->noticeLabel()->isHidden());
        QVERIFY(!backups->automaticBox()->isChecked());
        QSqlQuery q(centre.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sealing")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        // The connection "back" once more: saved once, not again.
        WaitingSave::connectionRestored(&db);
        QCOMPARE(versions(), after);
    }
};

QTEST_MAIN(TestWaitingSettings)
#include "tst_waiting_settings.moc"
