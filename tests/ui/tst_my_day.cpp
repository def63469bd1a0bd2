#include "CheckinTestHelpers.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "models/MyDayModel.h"
#include "pages/MyDayPage.h"
#include "storage/CheckinRepository.h"
#include "storage/DemoGenerator.h"
#include "storage/StopAcknowledgements.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableView>
#include <QTest>

// My day (issue 11 §2): a signed-in therapist's own sessions today, with the check-in state
// in words and symbols, what blocks the start and the areas to avoid; a check-in saved at
// reception (another connection) shows live with a notice, and a stop-and-refer stays on top
// until acknowledged. The _pg variant runs the same on a server.
class TestMyDay : public QObject
{
    Q_OBJECT

private:
    const QTimeZone m_zone{"Europe/Madrid"};
    const QDateTime m_now{QDate(2026, 11, 25), QTime(8, 0), QTimeZone::utc()};
    std::unique_ptr<TestDatabase> m_db;   // reception's connection
    std::unique_ptr<MainWindow> m_window; // the treatment room's
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    User m_therapist;

    QVariantList row(const QString& sql)
    {
        QSqlQuery query(m_db->db().connection());
        QVariantList values;
        if (query.exec(sql) && query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                values << query.value(i);
        }
        return values;
    }

    MyDayPage* page() const { return static_cast<MyDayPage*>(m_window->page(MainWindow::MyDay)); }

    QString todayBounds() const
    {
        const QDate day = m_now.toTimeZone(m_zone).date();
        return QStringLiteral("b.starts_at >= %1 AND b.starts_at < %2")
            .arg(m_db->time(QDateTime(day, QTime(0, 0), m_zone).toSecsSinceEpoch()),
                 m_db->time(QDateTime(day.addDays(1), QTime(0, 0), m_zone).toSecsSinceEpoch()));
    }

    // The therapist's `skip`-th still-booked session today, and its service code.
    QPair<qint64, QString> booked(int skip)
    {
        const QVariantList r =
            row(QStringLiteral("SELECT b.id, s.code FROM bookings b JOIN services s ON s.id = "
                               "b.service_id WHERE b.therapist_id = %1 AND b.status = 'booked' "
                               "AND %2 ORDER BY b.starts_at LIMIT 1 OFFSET %3")
                    .arg(m_therapist.therapistId)
                    .arg(todayBounds())
                    .arg(skip));
        return r.size() == 2 ? qMakePair(r.at(0).toLongLong(), r.at(1).toString())
                             : qMakePair(qint64(0), QString());
    }

    // Reception checks the client in on its own connection.
    bool receptionChecksIn(qint64 booking, const QString& service, const QString& yes,
                           const QString& avoid = {})
    {
        CheckInAnswers answers = CheckinTestHelpers::allNo(service, yes);
        answers.avoidAreas = avoid;
        Evaluation evaluation;
        StorageError error;
        const bool ok =
            CheckinRepository(m_db->db())
                .record(booking, answers, QStringLiteral("reception"), &evaluation, &error);
        if (!ok)
            qWarning("check-in refused: %s", qPrintable(error.detail));
        return ok;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>(true, m_now);
        DemoGenerator::Summary summary;
        StorageError error;
        DemoGenerator::Options options{DemoGenerator::Size::Small, 5};
        options.accounts = true;
        QVERIFY2(DemoGenerator::generate(m_db->db(), options, &summary, &error),
                 qPrintable(error.detail));
        // The therapist with the most sessions still ahead today.
        const QVariantList busiest = row(
            QStringLiteral("SELECT u.id, u.name, u.therapist_id FROM users u JOIN bookings b ON "
                           "b.therapist_id = u.therapist_id WHERE u.role = 'therapist' AND "
                           "b.status = 'booked' AND %1 GROUP BY u.id, u.name, u.therapist_id "
                           "ORDER BY count(*) DESC LIMIT 1")
                .arg(todayBounds()));
        QCOMPARE(busiest.size(), 3);
        m_therapist = User{busiest.at(0).toLongLong(), busiest.at(1).toString(), Role::Therapist,
                           busiest.at(2).toLongLong()};
        const QVariantList reception =
            row(QStringLiteral("SELECT id FROM users WHERE name = 'reception'"));
        QCOMPARE(reception.size(), 1);
        m_db->db().setActor(
            Actor{reception.at(0).toLongLong(), QStringLiteral("reception"), Role::Receptionist});

        Database::Options open;
        open.path = m_db->path();
        std::unique_ptr<Database> room = Database::open(open, m_db->clock(), &error);
        QVERIFY2(room, qPrintable(error.message));
        m_window = std::make_unique<MainWindow>(m_db->clock(), std::move(room));
        m_window->setUser(m_therapist);
        m_window->resize(1200, 720);
        m_window->showPage(MainWindow::MyDay);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_tester = std::make_unique<QAbstractItemModelTester>(
            page()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    // Another treatment-room PC: its own connection and window, the same therapist signed in.
    std::unique_ptr<MainWindow> openAnotherPc()
    {
        Database::Options open;
        open.path = m_db->path();
        StorageError error;
        std::unique_ptr<Database> room = Database::open(open, m_db->clock(), &error);
        if (!room)
            qWarning("%s", qPrintable(error.message));
        auto window = std::make_unique<MainWindow>(m_db->clock(), std::move(room));
        window->setUser(m_therapist);
        window->showPage(MainWindow::MyDay);
        window->show();
        return window;
    }

    static MyDayPage* myDayOf(MainWindow* window)
    {
        return static_cast<MyDayPage*>(window->page(MainWindow::MyDay));
    }

    void cleanup()
    {
        m_tester.reset();
        m_window.reset();
        m_db.reset();
    }

    // Only the signed-in therapist's sessions of today, in start order, and the page is in
    // the sidebar for them (not for reception).
    void onlyTheirSessionsInOrder()
    {
        const qint64 expected =
            row(QStringLiteral("SELECT count(*) FROM bookings b WHERE b.therapist_id = %1 AND "
                               "b.status <> 'cancelled' AND %2")
                    .arg(m_therapist.therapistId)
                    .arg(todayBounds()))
                .value(0)
                .toLongLong();
        const qint64 everyone =
            row(QStringLiteral("SELECT count(*) FROM bookings b WHERE %1").arg(todayBounds()))
                .value(0)
                .toLongLong();
        MyDayModel* model = page()->model();
        QVERIFY(expected >= 2);
        QVERIFY(everyone > expected);
        QCOMPARE(qint64(model->rowCount()), expected);
        for (int r = 0; r < model->rowCount(); ++r) {
            QCOMPARE(model->sessionAt(r)->entry.therapistId, m_therapist.therapistId);
            if (r > 0)
                QVERIFY(model->sessionAt(r - 1)->entry.startsAt <=
                        model->sessionAt(r)->entry.startsAt);
        }
        // Not checked in yet: said in words, with what blocks the start.
        const int first = model->rowOf(booked(0).first);
        QVERIFY(first >= 0);
        QVERIFY(model->index(first, MyDayModel::Checkin).data().toString().contains("not yet"));
        QVERIFY(model->index(first, MyDayModel::Blocks).data().toString().contains("check-in"));
        auto* sidebar = m_window->findChild<QListWidget*>(QStringLiteral("sidebar"));
        QVERIFY(!sidebar->item(MainWindow::MyDay)->isHidden());
        const auto goToMyDay = [this] {
            for (QAction* action : m_window->findChildren<QAction*>()) {
                if (action->text() == page()->title())
                    return action;
            }
            return static_cast<QAction*>(nullptr);
        };
        QVERIFY(goToMyDay() && goToMyDay()->isVisible());
        User reception{1, QStringLiteral("reception"), Role::Receptionist, 0};
        m_window->setUser(reception);
        QVERIFY(sidebar->item(MainWindow::MyDay)->isHidden());
        QVERIFY(!goToMyDay()->isVisible());
    }

    // Reception saves a check-in: it shows at once with a notice naming the client, and the
    // areas to avoid are on the row.
    void aCheckinFromReceptionShowsLive()
    {
        const auto [booking, service] = booked(0);
        QVERIFY(booking > 0);
        MyDayModel* model = page()->model();
        QVERIFY(!page()->notice()->isVisible());
        QVERIFY(receptionChecksIn(booking, service, QStringLiteral("skin_problems"),
                                  QStringLiteral("right shin")));
        QTRY_VERIFY_WITH_TIMEOUT(
            model->rowOf(booking) >= 0 &&
                !model->sessionAt(model->rowOf(booking))->entry.checkinOutcome.isEmpty(),
            5000);
        const int r = model->rowOf(booking);
        QVERIFY(page()->notice()->isVisible());
        QVERIFY(page()->notice()->text().contains(model->sessionAt(r)->entry.clientName));
        const QString state = model->index(r, MyDayModel::Checkin).data().toString();
        QVERIFY2(state.startsWith(QChar(0x25B2)) || state.startsWith(QChar(0x2713)),
                 qPrintable(state));
        QCOMPARE(model->index(r, MyDayModel::Avoid).data().toString(),
                 QStringLiteral("right shin"));
        QVERIFY(page()->alertsShown().isEmpty());
    }

    // A stop-and-refer is on top until the therapist says they have read it; reloads for
    // other changes keep it, and once acknowledged it stays acknowledged.
    void stopAndReferStaysUntilAcknowledged()
    {
        const auto [stop, stopService] = booked(0);
        const auto [other, otherService] = booked(1);
        QVERIFY(stop > 0 && other > 0);
        QVERIFY(receptionChecksIn(stop, stopService, QStringLiteral("one_leg_symptoms")));
        QTRY_COMPARE_WITH_TIMEOUT(page()->alertsShown(), QList<qint64>{stop}, 5000);
        QVERIFY(page()->notice()->isVisible());
        const QString state = page()
                                  ->model()
                                  ->index(page()->model()->rowOf(stop), MyDayModel::Checkin)
                                  .data()
                                  .toString();
        QVERIFY2(state.contains(QChar(0x2716)) && state.contains("Stop"), qPrintable(state));
        // A later change elsewhere reloads the page; the alert is still there.
        QVERIFY(receptionChecksIn(other, otherService, QString()));
        QTRY_VERIFY_WITH_TIMEOUT(!page()
                                      ->model()
                                      ->sessionAt(page()->model()->rowOf(other))
                                      ->entry.checkinOutcome.isEmpty(),
                                 5000);
        QCOMPARE(page()->alertsShown(), QList<qint64>{stop});
        const QString shot =
            QDir(QStringLiteral(QT_TESTCASE_BUILDDIR)).filePath(QStringLiteral("my-day.png"));
        QVERIFY(m_window->grab().save(shot));

        auto* button = page()->findChild<QPushButton*>();
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(page()->alertsShown().isEmpty());
        page()->reload();
        QVERIFY(page()->alertsShown().isEmpty());
        QVERIFY(!page()->acknowledge(stop));
    }

    // The acknowledgement is kept in the centre: the therapist's other PC drops the alert by
    // itself, a restart does not show it again, and the audit log has it once.
    void anAcknowledgementHoldsOnEveryPcAndAfterARestart()
    {
        const auto [stop, stopService] = booked(0);
        const auto [plain, plainService] = booked(1);
        QVERIFY(stop > 0 && plain > 0);
        std::unique_ptr<MainWindow> other = openAnotherPc();
        QVERIFY(QTest::qWaitForWindowExposed(other.get()));
        QVERIFY(receptionChecksIn(stop, stopService, QStringLiteral("one_leg_symptoms")));
        QTRY_COMPARE_WITH_TIMEOUT(page()->alertsShown(), QList<qint64>{stop}, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(myDayOf(other.get())->alertsShown(), QList<qint64>{stop}, 5000);

        QVERIFY(page()->acknowledge(stop));
        QVERIFY(page()->alertsShown().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(myDayOf(other.get())->alertsShown().isEmpty(), 5000);
        QVERIFY(!myDayOf(other.get())->acknowledge(stop));

        // Restarted: a new connection and window, nothing in memory.
        m_tester.reset();
        m_window.reset();
        m_window = openAnotherPc();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(page()->model()->rowOf(stop) >= 0);
        QVERIFY(page()->alertsShown().isEmpty());

        const QVariantList stored =
            row(QStringLiteral("SELECT count(*), min(therapist_id), min(user_name) FROM "
                               "stop_acknowledgements WHERE booking_id = %1")
                    .arg(stop));
        QCOMPARE(stored.size(), 3);
        QCOMPARE(stored.at(0).toInt(), 1);
        QCOMPARE(stored.at(1).toLongLong(), m_therapist.therapistId);
        QCOMPARE(stored.at(2).toString(), m_therapist.name);
        const QVariantList audited =
            row(QStringLiteral("SELECT count(*), min(user_name), min(booking_id) FROM audit_log "
                               "WHERE kind = 'checkin.stop_acknowledged'"));
        QCOMPARE(audited.size(), 3);
        QCOMPARE(audited.at(0).toInt(), 1);
        QCOMPARE(audited.at(1).toString(), m_therapist.name);
        QCOMPARE(audited.at(2).toLongLong(), stop);
        StorageError error;

        // Reception cannot acknowledge for the therapist, and another booking without a
        // stop-and-refer has nothing to acknowledge.
        QVERIFY(
            !StopAcknowledgements(m_db->db())
                 .acknowledge(m_therapist.therapistId, stop, QStringLiteral("reception"), &error));
        QVERIFY(receptionChecksIn(plain, plainService, QString()));
        QTRY_VERIFY_WITH_TIMEOUT(!page()
                                      ->model()
                                      ->sessionAt(page()->model()->rowOf(plain))
                                      ->entry.checkinOutcome.isEmpty(),
                                 5000);
        QVERIFY(!page()->acknowledge(plain));
        QVERIFY(!StopAcknowledgements(*m_window->database())
                     .acknowledge(m_therapist.therapistId, plain, m_therapist.name, &error));
        QVERIFY2(error.message.contains(QLatin1String("no stop-and-refer")),
                 qPrintable(error.message));
        QCOMPARE(row(QStringLiteral("SELECT count(*) FROM stop_acknowledgements")).value(0).toInt(),
                 1);
    }
};

QTEST_MAIN(TestMyDay)
#include "tst_my_day.moc"
