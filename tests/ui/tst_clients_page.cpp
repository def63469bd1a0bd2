#include "DatabaseActions.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "core/ClientRules.h"
#include "dialogs/ClientDialog.h"
#include "models/ClientBookingsModel.h"
#include "models/ClientListModel.h"
#include "models/DayAgendaModel.h"
#include "pages/ClientsPage.h"
#include "storage/ChangeFeed.h"
#include "storage/ClientRepository.h"
#include "storage/DemoGenerator.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

// The Clients page offscreen on a demo centre: creating a client with accented text and
// finding them, the duplicate warning, editing, asking before changes are thrown away, and the
// selected client's bookings with their check-in outcome levels.
class TestClientsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ClientsPage> m_page;

    void screenshot(QWidget* widget, const QString& name)
    {
        const QString folder = qEnvironmentVariable("MASSAGE_DESK_SCREENSHOTS");
        QCoreApplication::processEvents(); // let the layout settle first
        if (!folder.isEmpty())
            widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
    }

    // QTest::keyClicks sends ASCII only: accented letters go one by one with their text.
    static void type(QWidget* widget, const QString& text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 128)
                QTest::keyClicks(widget, QString(c));
            else
                QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c),
                                    Qt::NoModifier);
        }
    }

    qint64 number(const QString& sql)
    {
        QSqlQuery query(m_db->db().connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

    ClientDetails details(qint64 id)
    {
        ClientDetails d;
        ClientRepository(m_db->db()).details(id, &d, nullptr);
        return d;
    }

    // The demo client with the most bookings that has both past and upcoming ones.
    qint64 busyClient()
    {
        return number(
            QStringLiteral(
                "SELECT client_id FROM bookings GROUP BY client_id HAVING min(starts_at) < %1 AND "
                "max(starts_at) > %1 ORDER BY count(*) DESC, client_id LIMIT 1")
                .arg(m_db->clock().nowSecs()));
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>(
            true, QDateTime(QDate(2026, 11, 25), QTime(10, 30), QTimeZone::utc()));
        DemoGenerator::Summary summary;
        StorageError error;
        QVERIFY2(
            DemoGenerator::generate(m_db->db(), {DemoGenerator::Size::Small, 7}, &summary, &error),
            qPrintable(error.detail));
        m_page = std::make_unique<ClientsPage>();
        m_page->setDatabase(&m_db->db());
        m_page->resize(1160, 760);
        m_page->show();
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_db.reset();
    }

    void createAClientWithAccentsAndFindThem()
    {
        QAbstractItemModelTester listTester(m_page->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester bookingsTester(
            m_page->bookingsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 before = number(QStringLiteral("SELECT count(*) FROM clients"));
        m_page->view()->setFocus();
        QTest::keyClick(m_page->view(), Qt::Key_N, Qt::ControlModifier);
        QPointer<ClientDialog> dialog = m_page->findChild<ClientDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->clientId(), 0);
        QVERIFY(!dialog->saveButton()->isEnabled()); // no name yet
        screenshot(dialog, QStringLiteral("client-new-empty"));

        type(dialog->nameEdit(), QStringLiteral("Núria Soler Pàmies"));
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("Núria Soler Pàmies"));
        QVERIFY(dialog->saveButton()->isEnabled());
        type(dialog->phoneEdit(), QStringLiteral("699 12 34 56"));
        type(dialog->emailEdit(), QStringLiteral("nuria.soler@example.cat"));
        dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData("es"));
        type(dialog->notesEdit(), QStringLiteral("Prefereix les tardes; sempre puntual."));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("consentText"))
                    ->text()
                    .startsWith(ClientRules::consentText().left(20)));
        dialog->consentBox()->setChecked(true);
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("consentState"))
                    ->text()
                    .contains(ClientRules::consentVersion()));
        screenshot(dialog, QStringLiteral("client-new-filled"));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog); // saved, closed and deleted

        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM clients")), before + 1);
        const qint64 id = number(QStringLiteral("SELECT max(id) FROM clients"));
        const ClientDetails stored = details(id);
        QCOMPARE(stored.name, QStringLiteral("Núria Soler Pàmies"));
        QCOMPARE(stored.phone, QStringLiteral("699 12 34 56"));
        QCOMPARE(stored.language, QStringLiteral("es"));
        QCOMPARE(stored.notes, QStringLiteral("Prefereix les tardes; sempre puntual."));
        QVERIFY(stored.hasConsent());
        QCOMPARE(stored.consentVersion, QStringLiteral("2026.1"));
        QCOMPARE(stored.consentAt, m_db->clock().nowSecs());

        // Found as the desk types it: no accents, any case, or a piece of the phone.
        for (const QString& typed : {QStringLiteral("nuria pamies"), QStringLiteral("SOLER PAM"),
                                     QStringLiteral("123456")}) {
            m_page->searchBox()->clear();
            QTest::keyClicks(m_page->searchBox(), typed);
            QVERIFY2(m_page->selectClient(id), qPrintable(typed));
        }
        QCOMPARE(m_page->selectedClientId(), id);
        QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("detailName"))->text(), stored.name);
        QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("detailConsent"))
                    ->text()
                    .contains(QStringLiteral("2026.1")));
        QCOMPARE(m_page->bookingsModel()->rowCount(), 0);
        screenshot(m_page.get(), QStringLiteral("clients-new-client"));
    }

    // A keystroke reads a screenful and more; scrolling to the end reads on, and a reload
    // after another desk's change keeps what was read, so the scroll position stays.
    void aLongListReadsMoreAsItScrolls()
    {
        QAbstractItemModelTester tester(m_page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        constexpr int kMatches = 130;
        for (int i = 0; i < kMatches; ++i) {
            ClientRules::Input input;
            input.name = QStringLiteral("Quimeta Llarga %1").arg(i, 3, 10, QLatin1Char('0'));
            qint64 id = 0;
            StorageError error;
            QVERIFY2(ClientRepository(m_db->db()).add(input, 0, &id, &error),
                     qPrintable(error.message));
        }
        auto* count = m_page->findChild<QLabel*>(QStringLiteral("clientCount"));
        QVERIFY(count);
        QTest::keyClicks(m_page->searchBox(), QStringLiteral("llarga"));
        QTest::qWait(200); // the view reads on only when the end of the list is in sight
        QCOMPARE(m_page->model()->rowCount(), ClientListModel::kPage);
        QVERIFY(m_page->model()->canFetchMore({}));
        QCOMPARE(count->text(),
                 QStringLiteral("Showing the first %1 clients; type more to narrow the search.")
                     .arg(ClientListModel::kPage));
        QCOMPARE(m_page->model()->index(0, ClientListModel::Name).data().toString(),
                 QStringLiteral("Quimeta Llarga 000"));
        screenshot(m_page.get(), QStringLiteral("clients-first-page"));

        m_page->view()->scrollToBottom();
        QTRY_COMPARE(m_page->model()->rowCount(), kMatches);
        QVERIFY(!m_page->model()->canFetchMore({}));
        QCOMPARE(count->text(),
                 QCoreApplication::translate("ClientsPage", "%n client(s)", nullptr, kMatches));
        QVERIFY(count->text().contains(QString::number(kMatches)));
        for (int row = 0; row < kMatches; ++row)
            QCOMPARE(m_page->model()->index(row, ClientListModel::Name).data().toString(),
                     QStringLiteral("Quimeta Llarga %1").arg(row, 3, 10, QLatin1Char('0')));

        // Another desk renames one: read again, as many rows, the view where it was.
        const int scrolled = m_page->view()->verticalScrollBar()->value();
        QVERIFY(scrolled > 0);
        const qint64 renamed = m_page->model()->clientFromIndex(m_page->model()->index(5, 0))->id;
        ClientRules::Input input;
        input.name = QStringLiteral("Quimeta Llarga 005 Bis");
        StorageError error;
        QVERIFY2(ClientRepository(m_db->db()).update(renamed, input, &error),
                 qPrintable(error.message));
        Change change;
        change.kind = Change::Kind::Client;
        change.id = renamed;
        m_page->databaseChanged(change);
        QTRY_COMPARE(m_page->model()->index(5, ClientListModel::Name).data().toString(),
                     input.name);
        QCOMPARE(m_page->model()->rowCount(), kMatches);
        QCOMPARE(m_page->view()->verticalScrollBar()->value(), scrolled);
    }

    void aSearchThatFindsNobodyStartsTheNewClient()
    {
        QTest::keyClicks(m_page->searchBox(), QStringLiteral("Queralt Bosch"));
        QCOMPARE(m_page->model()->rowCount(), 0);
        QCOMPARE(m_page->selectedClientId(), 0);
        QTest::keyClick(m_page->searchBox(), Qt::Key_N, Qt::ControlModifier);
        ClientDialog* dialog = m_page->findChild<ClientDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("Queralt Bosch"));
        QVERIFY(dialog->saveButton()->isEnabled());
        QVERIFY(!dialog->hasUnsavedChanges()); // closing it needs no confirmation
        dialog->reject();
        QTRY_VERIFY(!m_page->findChild<ClientDialog*>());

        m_page->searchBox()->setText(QStringLiteral("699 55"));
        QCOMPARE(m_page->model()->rowCount(), 0);
        dialog = m_page->openNewClient();
        QCOMPARE(dialog->phoneEdit()->text(), QStringLiteral("699 55"));
        QVERIFY(dialog->nameEdit()->text().isEmpty());
        QVERIFY(!dialog->saveButton()->isEnabled());
        dialog->reject();
    }

    void duplicatePhoneOrEmailIsWarnedAsYouType()
    {
        // Two demo clients to collide with.
        const ClientDetails first = details(1);
        const ClientDetails second = details(2);
        QVERIFY(!first.phone.isEmpty() && !second.email.isEmpty());
        ClientDialog* dialog = m_page->openNewClient();
        QVERIFY(dialog);
        QVERIFY(dialog->duplicateWarning()->isHidden());
        type(dialog->nameEdit(), QStringLiteral("Joan Mas"));
        // Typed differently, the same digits are the same phone.
        QString phone = first.phone;
        type(dialog->phoneEdit(), phone.remove(QLatin1Char(' ')));
        QTRY_VERIFY(!dialog->duplicateWarning()->isHidden());
        QString warning = dialog->duplicateWarning()->text();
        QVERIFY2(warning.contains(
                     QStringLiteral("%1 (client 1) already has this phone number").arg(first.name)),
                 qPrintable(warning));
        type(dialog->emailEdit(), second.email.toUpper());
        QTRY_VERIFY(dialog->duplicateWarning()->text().contains(
            QStringLiteral("%1 (client 2) already has this email address").arg(second.name)));
        warning = dialog->duplicateWarning()->text();
        QVERIFY(warning.contains(QStringLiteral("(client 1)"))); // both are named
        screenshot(dialog, QStringLiteral("client-duplicate-warning"));
        // A bad email is explained under its field, and nothing is saved.
        type(dialog->emailEdit(), QStringLiteral("@@"));
        const qint64 before = number(QStringLiteral("SELECT count(*) FROM clients"));
        QVERIFY(!dialog->save());
        QVERIFY(dialog->problem(QStringLiteral("email")).contains(QStringLiteral("email")));
        QVERIFY(dialog->problem(QStringLiteral("phone")).isEmpty());
        QVERIFY(dialog->emailEdit()->hasFocus());
        screenshot(dialog, QStringLiteral("client-invalid-email"));
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM clients")), before);
        // Clearing the field clears the warning and the problem.
        dialog->phoneEdit()->clear();
        dialog->emailEdit()->clear();
        QTRY_VERIFY(dialog->duplicateWarning()->isHidden());
        QVERIFY(dialog->problem(QStringLiteral("email")).isEmpty());
        dialog->confirmDiscard = [](const QString&, const QString&) {
            return true;
        };
        dialog->reject();

        // Editing a client never warns about the client themself.
        m_page->searchBox()->setText(first.phone);
        QVERIFY(m_page->selectClient(1));
        ClientDialog* edit = m_page->editSelectedClient();
        QVERIFY(edit);
        QCOMPARE(edit->phoneEdit()->text(), first.phone);
        QTest::qWait(300);
        QVERIFY(edit->duplicateWarning()->isHidden() ||
                !edit->duplicateWarning()->text().contains(QStringLiteral("(client 1)")));
        edit->reject();
    }

    void enterEditsTheSelectedClient()
    {
        const qint64 id = busyClient();
        QVERIFY(id > 0);
        m_page->searchBox()->setFocus();
        QTest::keyClicks(m_page->searchBox(), details(id).phone);
        QCOMPARE(m_page->selectedClientId(), id);             // the only match is highlighted
        QTest::keyClick(m_page->searchBox(), Qt::Key_Return); // Enter goes to the list...
        QVERIFY(m_page->view()->hasFocus());
        QTest::keyClick(m_page->view(), Qt::Key_Return); // ...and Enter again edits
        QPointer<ClientDialog> dialog = m_page->findChild<ClientDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->clientId(), id);
        QCOMPARE(dialog->nameEdit()->text(), details(id).name);
        QVERIFY(dialog->consentBox()->isChecked()); // the demo recorded version 2026.1
        QVERIFY(!dialog->hasUnsavedChanges());
        screenshot(dialog, QStringLiteral("client-edit"));

        dialog->nameEdit()->selectAll();
        type(dialog->nameEdit(), QStringLiteral("Martí Pujol Güell"));
        dialog->consentBox()->setChecked(false); // the client withdraws
        QVERIFY(dialog->hasUnsavedChanges());
        QTest::keyClick(dialog->nameEdit(), Qt::Key_Return); // Enter saves
        QTRY_VERIFY(!dialog);
        const ClientDetails stored = details(id);
        QCOMPARE(stored.name, QStringLiteral("Martí Pujol Güell"));
        QVERIFY(!stored.hasConsent());
        QCOMPARE(stored.consentWithdrawnAt, m_db->clock().nowSecs());
        QCOMPARE(m_page->selectedClientId(), id);
        QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("detailName"))->text(), stored.name);
        QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("detailConsent"))
                    ->text()
                    .contains(QStringLiteral("Withdrawn")));
        m_page->searchBox()->setText(QStringLiteral("marti guell"));
        QVERIFY(m_page->selectClient(id));
    }

    void cancellingChangesAsksFirst()
    {
        const qint64 id = busyClient();
        m_page->searchBox()->setText(details(id).phone);
        QVERIFY(m_page->selectClient(id));
        QPointer<ClientDialog> dialog = m_page->editSelectedClient();
        QVERIFY(dialog);
        QStringList asked;
        bool discard = false;
        dialog->confirmDiscard = [&](const QString& title, const QString& text) {
            asked << title + QLatin1Char('|') + text;
            return discard;
        };
        // Nothing changed: Escape just closes. Reopen for the real case.
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog);
        QVERIFY(asked.isEmpty());

        dialog = m_page->editSelectedClient();
        dialog->confirmDiscard = [&](const QString& title, const QString& text) {
            asked << title + QLatin1Char('|') + text;
            return discard;
        };
        const QString phone = details(id).phone;
        dialog->phoneEdit()->clear();
        type(dialog->phoneEdit(), QStringLiteral("611 000 999"));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().contains(details(id).name));
        QCoreApplication::processEvents();
        QVERIFY(dialog); // the hook said no: the dialog and its changes stay
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->phoneEdit()->text(), QStringLiteral("611 000 999"));
        // The Cancel button asks the same way.
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel),
                          Qt::LeftButton);
        QCOMPARE(asked.size(), 2);
        QVERIFY(dialog && dialog->isVisible());
        discard = true;
        QTest::keyClick(dialog, Qt::Key_Escape);
        QCOMPARE(asked.size(), 3);
        QTRY_VERIFY(!dialog);
        QCOMPARE(details(id).phone, phone); // nothing was saved
    }

    void detailPanelListsTheClientsBookings()
    {
        QAbstractItemModelTester tester(m_page->bookingsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 id = busyClient();
        QVERIFY(id > 0);
        m_page->searchBox()->setText(details(id).name);
        QVERIFY(m_page->selectClient(id));
        ClientBookingsModel* model = m_page->bookingsModel();
        QCOMPARE(model->clientId(), id);
        const qint64 total =
            number(QStringLiteral("SELECT count(*) FROM bookings WHERE client_id = %1").arg(id));
        QCOMPARE(qint64(model->rowCount()), qMin<qint64>(total, ClientRepository::kBookingLimit));
        QVERIFY(model->upcomingCount() > 0);
        QVERIFY(model->pastCount() > 0);
        const qint64 now = m_db->clock().nowSecs();
        bool sawOutcome = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const ClientBooking* b = model->bookingFromIndex(model->index(row, 0));
            QVERIFY(b);
            // Upcoming first, soonest first; then the history, latest first.
            if (row > 0) {
                const ClientBooking* previous = model->bookingFromIndex(model->index(row - 1, 0));
                if (model->isUpcoming(row))
                    QVERIFY(previous->startsAt <= b->startsAt);
                else if (!model->isUpcoming(row - 1))
                    QVERIFY(previous->startsAt >= b->startsAt);
            }
            QCOMPARE(model->isUpcoming(row), b->startsAt + b->minutes * 60 > now);
            QCOMPARE(model->index(row, ClientBookingsModel::When).data().toString(),
                     model->isUpcoming(row) ? QStringLiteral("Upcoming") : QStringLiteral("Past"));
            QCOMPARE(model->index(row, ClientBookingsModel::Status).data().toString(),
                     DayAgendaModel::statusText(b->status));
            const bool over =
                b->status == QLatin1String("cancelled") || b->status == QLatin1String("no_show");
            // Nothing is awaited from a cancelled or missed session without a check-in.
            QCOMPARE(model->index(row, ClientBookingsModel::Checkin).data().toString(),
                     over && b->checkinOutcome.isEmpty()
                         ? QString()
                         : DayAgendaModel::outcomeText(b->checkinOutcome));
            QVERIFY(!model->index(row, ClientBookingsModel::Service).data().toString().isEmpty());
            QVERIFY(!model->index(row, ClientBookingsModel::Therapist).data().toString().isEmpty());
            sawOutcome = sawOutcome || !b->checkinOutcome.isEmpty();
        }
        QVERIFY(sawOutcome);
        // Times are the centre's (Madrid, UTC+1 in November), not UTC.
        const ClientBooking* first = model->bookingFromIndex(model->index(0, 0));
        const QString shown = model->index(0, ClientBookingsModel::Date).data().toString();
        QVERIFY2(shown.endsWith(
                     QDateTime::fromSecsSinceEpoch(first->startsAt, QTimeZone("Europe/Madrid"))
                         .toString(QStringLiteral("HH:mm"))),
                 qPrintable(shown));
        QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("bookingsSummary"))
                    ->text()
                    .contains(QStringLiteral("upcoming")));
        screenshot(m_page.get(), QStringLiteral("clients-detail"));

        // No client found: the panel says so instead of showing stale details.
        m_page->searchBox()->setText(QStringLiteral("zzzz nobody"));
        QCOMPARE(m_page->selectedClientId(), 0);
        QCOMPARE(model->rowCount(), 0);
    }

    void ctrlNInTheMainWindowMakesAClientNotADatabase()
    {
        m_page.reset();
        Database::Options options;
        options.path = m_db->path();
        options.exclusiveGui = true;
        StorageError error;
        std::unique_ptr<Database> gui = Database::open(options, m_db->clock(), &error);
        QVERIFY2(gui, qPrintable(error.message));
        MainWindow window(m_db->clock(), std::move(gui));
        int fileDialogs = 0;
        window.databaseActions()->chooseFileToSave = [&](const QString&, const QString&) {
            ++fileDialogs;
            return QString();
        };
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showPage(MainWindow::Clients);
        auto* page = static_cast<ClientsPage*>(window.page(MainWindow::Clients));
        page->view()->setFocus();
        QTest::keyClick(page->view(), Qt::Key_N, Qt::ControlModifier);
        ClientDialog* dialog = page->findChild<ClientDialog*>();
        QVERIFY(dialog);
        QCOMPARE(fileDialogs, 0);
        dialog->reject();
        window.resize(1360, 840);
        screenshot(&window, QStringLiteral("clients-mainwindow"));
        window.resize(1024, 680); // a small reception screen
        screenshot(&window, QStringLiteral("clients-mainwindow-small"));
        // File > New database is Ctrl+Shift+N on every page; Ctrl+N never means it.
        window.showPage(MainWindow::Calendar);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(fileDialogs, 0);
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(fileDialogs, 1);
    }
};

QTEST_MAIN(TestClientsPage)
#include "tst_clients_page.moc"
