#include "CheckinTestHelpers.h"
#include "FrontDeskCentre.h"
#include "MainWindow.h"
#include "PgTestServer.h"
#include "TestDatabase.h"
#include "calendar/BookingDialog.h"
#include "catalogue/ServiceEditor.h"
#include "catalogue/ServiceForm.h"
#include "dialogs/CheckinDialog.h"
#include "dialogs/ClientDialog.h"
#include "dialogs/UserDialog.h"
#include "pages/SettingsPage.h"
#include "settings/StaffSettings.h"
#include "settings/WeekHoursEditor.h"
#include "storage/ClientRepository.h"
#include "storage/ConnectionWatch.h"
#include "storage/ServerAddress.h"
#include "storage/ServiceRevisions.h"
#include "storage/SettingsRepository.h"
#include "storage/UserRepository.h"
#include "widgets/ChangedElsewhereBar.h"
#include "widgets/ConnectionBanner.h"
#include "widgets/PasswordFields.h"
#include "widgets/WaitingSave.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>

// Writes wait for the connection (issue 11 §4): a form saved while the centre server is away
// keeps what was typed, says it waits, is listed when the window closes, and saves by itself,
// once, when the connection is back. The main window offscreen on a real throwaway server
// (PgTestServer); the connection is lost with pg_terminate_backend while the server refuses
// new connections to the database.
class TestWaitingSaves : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_file; // only for its clock
    std::unique_ptr<MainWindow> m_window;

    PgTestServer& server() { return PgTestServer::instance(); }

    void openWindowOn(std::unique_ptr<Database> database)
    {
        QVERIFY(database);
        m_window = std::make_unique<MainWindow>(m_file->clock(), std::move(database));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    std::unique_ptr<Database> openServer(const QString& uri)
    {
        Database::Options options;
        options.path = uri;
        StorageError error;
        std::unique_ptr<Database> db = Database::open(options, m_file->clock(), &error);
        if (!db)
            qWarning("%s", qPrintable(error.message));
        return db;
    }

    // The window's backend ends and the server lets no one back in until restore().
    void loseConnection(const ServerAddress& address)
    {
        QSqlQuery q(m_window->database()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next());
        const qint64 pid = q.value(0).toLongLong();
        q.finish();
        QVERIFY(server().psql(
            QStringLiteral("postgres"),
            QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(address.database)));
        QVERIFY(server().psql(QStringLiteral("postgres"),
                              QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)));
        QTRY_VERIFY(m_window->connectionWatch()->isLost());
    }

    void screenshot(QWidget* widget, const QString& name)
    {
        QCoreApplication::processEvents();
        const QString folder = qEnvironmentVariable("MASSAGE_DESK_SCREENSHOTS");
        if (!folder.isEmpty())
            widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
    }

    void restore(const ServerAddress& address)
    {
        QVERIFY(server().psql(
            QStringLiteral("postgres"),
            QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(address.database)));
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

    // A save while the server is away waits in its form: what was typed stays, the form says
    // it waits, closing the window lists it as not saved; when the connection is back it saves
    // by itself, once, and the form closes.
    void aSaveWaitsForTheConnectionAndGoesThroughOnce()
    {
        TestDatabase centre;
        openWindowOn(openServer(centre.path()));
        ConnectionWatch* watch = m_window->connectionWatch();
        QVERIFY(watch);
        watch->setIntervals(50, 20, 200);
        ServerAddress address;
        QString problem;
        QVERIFY(ServerAddress::parse(centre.path(), &address, &problem));
        const auto count = [&] {
            QSqlQuery q(m_window->database()->connection());
            return q.exec(QStringLiteral(
                       "SELECT count(*) FROM clients WHERE full_name = 'Waited for the server'")) &&
                           q.next()
                       ? q.value(0).toInt()
                       : -1;
        };
        QCOMPARE(count(), 0);

        auto* form = new ClientDialog(*m_window->database(), 0, m_window.get());
        form->setAttribute(Qt::WA_DeleteOnClose);
        form->show();
        QPointer<ClientDialog> alive(form);
        form->nameEdit()->setText(QStringLiteral("Waited for the server"));
        form->phoneEdit()->setText(QStringLiteral("600 123 456"));

        QSqlQuery q(m_window->database()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next());
        const qint64 pid = q.value(0).toLongLong();
        q.finish();
        QVERIFY(server().psql(
            QStringLiteral("postgres"),
            QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(address.database)));
        QVERIFY(server().psql(QStringLiteral("postgres"),
                              QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)));
        QTRY_VERIFY(watch->isLost());

        form->saveButton()->click();
        QVERIFY(alive && form->isVisible());
        QVERIFY(form->waitingSave()->isWaiting());
        QVERIFY2(form->waitingSave()->text().contains(QLatin1String("saved by itself")),
                 qPrintable(form->waitingSave()->text()));
        QCOMPARE(form->nameEdit()->text(), QStringLiteral("Waited for the server"));
        QCOMPARE(WaitingSave::pending(m_window->database()),
                 QStringList{QStringLiteral("Client: Waited for the server")});

        // Closing now says what waits; Cancel keeps the window and the form.
        QString asked;
        m_window->connectionBanner()->confirmClose = [&](const QString&, const QString& text) {
            asked = text;
            return false;
        };
        QVERIFY(!m_window->close());
        QVERIFY2(asked.contains(QLatin1String("Client: Waited for the server")), qPrintable(asked));
        QVERIFY2(asked.contains(QLatin1String("Waiting to be saved")), qPrintable(asked));
        QVERIFY(alive && form->isVisible());

        QVERIFY(server().psql(
            QStringLiteral("postgres"),
            QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(address.database)));
        QTRY_VERIFY_WITH_TIMEOUT(!alive || !form->isVisible(), 10000);
        QVERIFY(WaitingSave::pending(m_window->database()).isEmpty());
        QCOMPARE(count(), 1);
        // Closing now asks nothing.
        asked.clear();
        QVERIFY(m_window->close());
        QVERIFY(asked.isEmpty());
    }

    // The check-in and the booking forms wait the same way; each is saved once when the
    // connection is back (the booking's time checked again inside its transaction).
    void checkinAndBookingFormsWaitToo()
    {
        TestDatabase centre;
        FrontDeskCentre desk(centre);
        const qint64 anna = desk.client(QStringLiteral("Anna Berg"), QStringLiteral("600222333"));
        StorageError error;
        QVERIFY2(ClientRepository(centre.db())
                     .recordConsent(anna, ClientRules::consentVersion(), 0, &error),
                 qPrintable(error.message));
        const qint64 visit = desk.book(anna, QStringLiteral("2026-11-25 12:00"), desk.marta);
        QVERIFY(visit > 0);
        openWindowOn(openServer(centre.path()));
        m_window->connectionWatch()->setIntervals(50, 20, 200);
        ServerAddress address;
        QString problem;
        QVERIFY(ServerAddress::parse(centre.path(), &address, &problem));

        auto* checkin =
            new CheckinDialog(*m_window->database(),
                              {visit, QStringLiteral("Anna Berg"), QStringLiteral("leg"),
                               QStringLiteral("Legs"), QStringLiteral("12:00")},
                              m_window.get());
        checkin->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<CheckinDialog> checkinAlive(checkin);
        checkin->show();
        const CheckInAnswers answers = CheckinTestHelpers::allNo(QStringLiteral("leg"));
        for (auto it = answers.answers.constBegin(); it != answers.answers.constEnd(); ++it)
            QVERIFY(checkin->answer(it.key(), it.value()));
        QVERIFY(checkin->canSave());

        BookingDialog::Prefill prefill;
        prefill.clientId = anna;
        prefill.serviceCode = QStringLiteral("leg");
        prefill.therapistId = desk.marta;
        prefill.day = QDate(2026, 11, 25);
        prefill.minute = 15 * 60;
        auto* booking =
            new BookingDialog(*m_window->database(), desk.zone, prefill, m_window.get());
        booking->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<BookingDialog> bookingAlive(booking);
        booking->show();
        QVERIFY2(booking->check(), qPrintable(booking->explanation()));

        loseConnection(address);
        QVERIFY(!checkin->save());
        QVERIFY(checkin->waitingSave()->isWaiting());
        QVERIFY(!booking->check()); // the server is away: Save still waits for it
        QVERIFY(booking->saveButton()->isEnabled());
        booking->saveButton()->click();
        QVERIFY(bookingAlive && booking->isVisible());
        QVERIFY(booking->waitingSave()->isWaiting());
        const QStringList waiting = WaitingSave::pending(m_window->database());
        QCOMPARE(waiting.size(), 2);
        QVERIFY2(waiting.at(0).startsWith(QLatin1String("Check-in: Anna Berg")),
                 qPrintable(waiting.join(QLatin1Char('|'))));
        QVERIFY2(waiting.at(1).startsWith(QLatin1String("Booking: ")),
                 qPrintable(waiting.join(QLatin1Char('|'))));

        restore(address);
        QTRY_VERIFY_WITH_TIMEOUT(!checkinAlive || !checkin->isVisible(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!bookingAlive || !booking->isVisible(), 10000);
        QVERIFY(WaitingSave::pending(m_window->database()).isEmpty());
        QCOMPARE(
            desk.scalar(
                QStringLiteral("SELECT count(*) FROM checkins WHERE booking_id = %1").arg(visit)),
            1);
        QCOMPARE(
            desk.scalar(
                QStringLiteral("SELECT count(*) FROM bookings WHERE client_id = %1").arg(anna)),
            2);
    }

    // The other editors wait the same way (issue 11 §4): a therapist, the centre's settings,
    // the opening hours, a new user, a service draft and the booking form's inline new client.
    // Each keeps what was typed across the reload on reconnection and saves once by itself,
    // still checking the version it was opened at: what another desk changed meanwhile is
    // refused with who and when, never overwritten.
    void editorsWaitAndStillCheckVersions()
    {
        TestDatabase centre;
        FrontDeskCentre desk(centre);
        const qint64 leg =
            desk.scalar(QStringLiteral("SELECT id FROM services WHERE code = 'leg'"));
        QVERIFY(leg > 0);
        openWindowOn(openServer(centre.path()));
        m_window->connectionWatch()->setIntervals(50, 20, 200);
        ServerAddress address;
        QString problem;
        QVERIFY(ServerAddress::parse(centre.path(), &address, &problem));
        Database& db = *m_window->database();

        auto* settings = static_cast<SettingsPage*>(m_window->page(MainWindow::Settings));
        StaffSettings* therapists = settings->therapists();
        QVERIFY(therapists->select(QStringLiteral("Marta Vidal")));
        therapists->nameEdit()->setText(QStringLiteral("Marta Vidal Puig"));
        StaffSettings* rooms = settings->rooms();
        QVERIFY(rooms->select(QStringLiteral("Sala Mar")));
        rooms->nameEdit()->setText(QStringLiteral("Sala del Mar"));
        settings->idleLockMinutes()->setValue(17);
        QList<Shift> hours = settings->openingHours()->intervals();
        QVERIFY(!hours.isEmpty());
        hours.first().endMinute = 19 * 60;
        settings->openingHours()->setIntervals(hours);

        ServiceEditor service(db, ServiceEditor::Mode::Edit, leg, m_window.get());
        const int revisionBefore = service.baseRevision();
        QLineEdit* serviceName = service.form()->nameEdit(QStringLiteral("en"));
        QVERIFY(serviceName);
        serviceName->setText(serviceName->text() + QStringLiteral(" (waited)"));
        service.show();

        BookingDialog::Prefill prefill;
        prefill.serviceCode = QStringLiteral("leg");
        prefill.day = QDate(2026, 11, 25);
        prefill.minute = 15 * 60;
        BookingDialog booking(db, desk.zone, prefill, m_window.get());
        booking.show();

        // Last: once the centre has an account, the other saves would need a signed-in user.
        UserDialog user(
            QList<Therapist>{},
            [&db](const UserDialog::Values& v, StorageError* error) {
                qint64 id = 0;
                return UserRepository(db).add(v.name, v.displayName, v.role, v.password,
                                              v.therapistId, QString(), &id, error);
            },
            m_window.get());
        user.waitFor(db);
        user.nameEdit()->setText(QStringLiteral("pau"));
        user.roleBox()->setCurrentIndex(user.roleBox()->findData(int(Role::Manager)));
        user.passwords()->first()->setText(QStringLiteral("Desk at nine 9"));
        user.passwords()->second()->setText(QStringLiteral("Desk at nine 9"));
        user.show();

        loseConnection(address);
        QVERIFY(!therapists->save());
        QVERIFY(therapists->waitingSave()->isWaiting());
        QVERIFY(!rooms->save());
        QVERIFY(rooms->waitingSave()->isWaiting());
        settings->save();
        QVERIFY(settings->centreWaiting()->isWaiting());
        QVERIFY(!settings->saveOpeningHours());
        QVERIFY(settings->hoursWaiting()->isWaiting());
        QVERIFY(!user.trySubmit());
        QVERIFY(user.waitingSave()->isWaiting());
        QVERIFY(user.problem()->text().isEmpty()); // the strip says it, not a refusal
        QVERIFY(!service.saveDraft());
        QVERIFY(service.waitingSave()->isWaiting());
        QVERIFY(
            !booking.addClient(QStringLiteral("Inline Waiting"), QStringLiteral("600 999 888")));
        QVERIFY(booking.newClientWaiting()->isWaiting());
        QVERIFY2(service.waitingSave()->text().contains(QLatin1String("saved by itself")),
                 qPrintable(service.waitingSave()->text()));
        const QStringList waiting = WaitingSave::pending(&db);
        for (const QString& line :
             {QStringLiteral("Therapist: Marta Vidal Puig"), QStringLiteral("Room: Sala del Mar"),
              QStringLiteral("Settings: opening hours"), QStringLiteral("User: pau"),
              QStringLiteral("New client: Inline Waiting")})
            QVERIFY2(waiting.contains(line), qPrintable(waiting.join(QLatin1Char('|'))));
        QCOMPARE(waiting.size(), 7);
        m_window->resize(1100, 760);
        settings->tabs()->setCurrentWidget(therapists);
        m_window->showPage(MainWindow::Settings);
        screenshot(m_window.get(), QStringLiteral("waiting-therapist-editor"));
        screenshot(&user, QStringLiteral("waiting-user-dialog"));
        screenshot(&service, QStringLiteral("waiting-service-editor"));
        screenshot(&booking, QStringLiteral("waiting-booking-new-client"));
        settings->tabs()->setCurrentIndex(0);
        screenshot(m_window.get(), QStringLiteral("waiting-centre-settings"));

        // Meanwhile another desk (its connection stayed) renames Marta and sets the idle lock.
        QSqlQuery other(centre.db().connection());
        QVERIFY(other.exec(QStringLiteral("UPDATE therapists SET display_name = 'Marta Elsewhere' "
                                          "WHERE id = %1")
                               .arg(desk.marta)));
        StorageError error;
        QVERIFY2(SettingsRepository(centre.db())
                     .setValue(SettingKeys::kIdleLockMinutes, QStringLiteral("9"), &error),
                 qPrintable(error.message));

        restore(address);
        QTRY_VERIFY_WITH_TIMEOUT(WaitingSave::pending(&db).isEmpty(), 10000);
        // Saved once each: the room, the hours, the user, the service draft, the client.
        QCOMPARE(
            desk.scalar(QStringLiteral("SELECT count(*) FROM rooms WHERE name = 'Sala del Mar'")),
            1);
        QCOMPARE(desk.scalar(QStringLiteral(
                     "SELECT closes_minute FROM opening_hours ORDER BY weekday LIMIT 1")),
                 19 * 60);
        QTRY_VERIFY(!user.isVisible());
        QCOMPARE(desk.scalar(QStringLiteral("SELECT count(*) FROM users WHERE name = 'pau'")), 1);
        QVERIFY2(service.baseRevision() > revisionBefore, qPrintable(service.problem()));
        QCOMPARE(desk.scalar(QStringLiteral(
                     "SELECT count(*) FROM clients WHERE full_name = 'Inline Waiting'")),
                 1);
        QVERIFY(booking.newClientWaiting()->isHidden());
        // Refused, with who and when, and what was typed still there: Marta and the settings.
        QVERIFY(!therapists->changedElsewhereBar()->isHidden());
        QCOMPARE(therapists->nameEdit()->text(), QStringLiteral("Marta Vidal Puig"));
        QCOMPARE(desk.scalar(QStringLiteral(
                     "SELECT count(*) FROM therapists WHERE display_name = 'Marta Elsewhere'")),
                 1);
        settings->tabs()->setCurrentIndex(0);
        QVERIFY(!settings->changedElsewhereBar()->isHidden());
        QCOMPARE(settings->idleLockMinutes()->value(), 17);
        QCOMPARE(SettingsRepository(centre.db()).value(SettingKeys::kIdleLockMinutes),
                 QStringLiteral("9"));
    }
};

QTEST_MAIN(TestWaitingSaves)
#include "tst_waiting_saves.moc"
