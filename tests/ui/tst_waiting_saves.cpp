#include "CheckinTestHelpers.h"
#include "FrontDeskCentre.h"
#include "MainWindow.h"
#include "PgTestServer.h"
#include "TestDatabase.h"
#include "calendar/BookingDialog.h"
#include "dialogs/CheckinDialog.h"
#include "dialogs/ClientDialog.h"
#include "storage/ClientRepository.h"
#include "storage/ConnectionWatch.h"
#include "storage/ServerAddress.h"
#include "widgets/ConnectionBanner.h"
#include "widgets/WaitingSave.h"

#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSqlQuery>
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
};

QTEST_MAIN(TestWaitingSaves)
#include "tst_waiting_saves.moc"
