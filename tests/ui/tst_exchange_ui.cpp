// File → Export calendar…, Export clients/bookings as CSV…, Import clients… offscreen, with the
// dialogs answered through ExchangeActions' hooks, on a real demo centre.
#include "ExchangeActions.h"
#include "TestDatabase.h"
#include "calendar/CalendarGrid.h"
#include "calendar/CalendarModel.h"
#include "core/ICalendar.h"
#include "core/LocalTime.h"
#include "dialogs/ImportPreviewDialog.h"
#include "pages/CalendarPage.h"
#include "pages/SettingsPage.h"
#include "storage/ClientTransfer.h"
#include "storage/DemoGenerator.h"
#include "storage/SettingsRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QWidget>

namespace {

qint64 count(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestExchangeUi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void exportCalendarWritesTheChosenSessions();
    void exportNeverOverwritesAFile();
    void exportClientsWritesASpreadsheet();
    void importShowsThePreviewThenStores();
    void cancellingTheImportChangesNothing();
    void thePreviewListsRowsAndProblems();
    void aBookingsMenuSavesTheClientsCalendarFile();
    void settingsChooseHowCalendarsNameTheClient();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<ExchangeActions> m_actions;
    QStringList m_warnings;
    QString m_saveAs;
};

void TestExchangeUi::init()
{
    m_db = std::make_unique<TestDatabase>();
    DemoGenerator::Summary summary;
    StorageError error;
    QVERIFY2(DemoGenerator::generate(m_db->db(), {}, &summary, &error), qPrintable(error.message));
    m_window = std::make_unique<QWidget>();
    m_actions = std::make_unique<ExchangeActions>(m_window.get(), [this] { return &m_db->db(); });
    m_warnings.clear();
    m_saveAs = QDir(m_db->folder()).filePath(QStringLiteral("out.file"));
    m_actions->chooseFileToSave = [this](const QString&, const QString&, const QString&) {
        return m_saveAs;
    };
    m_actions->warn = [this](const QString&, const QString& text) {
        m_warnings << text;
    };
    m_actions->inform = [](const QString&, const QString&) {
    };
}

void TestExchangeUi::cleanup()
{
    m_actions.reset();
    m_window.reset();
    m_db.reset();
}

void TestExchangeUi::exportCalendarWritesTheChosenSessions()
{
    const qint64 therapist =
        count(m_db->db(), QStringLiteral("SELECT MIN(therapist_id) FROM bookings"));
    m_actions->chooseRange = [&](const QString&, bool withTherapist, ExchangeActions::Range* r) {
        [&] {
            QVERIFY(withTherapist);
        }();
        r->from = QDate(2026, 11, 23);
        r->to = QDate(2026, 11, 29);
        r->therapistId = therapist;
        return true;
    };
    QVERIFY(m_actions->exportCalendar());
    QVERIFY(m_warnings.isEmpty());
    const QByteArray file = TestDatabase::readAll(m_saveAs);
    QVERIFY(file.startsWith("BEGIN:VCALENDAR\r\n"));
    const QTimeZone zone("Europe/Madrid");
    const qint64 expected = count(
        m_db->db(), QStringLiteral("SELECT COUNT(*) FROM bookings WHERE therapist_id = %1 AND "
                                   "starts_at >= %2 AND starts_at < %3")
                        .arg(therapist)
                        .arg(QDateTime(QDate(2026, 11, 23), QTime(0, 0), zone).toSecsSinceEpoch())
                        .arg(QDateTime(QDate(2026, 11, 30), QTime(0, 0), zone).toSecsSinceEpoch()));
    QVERIFY(expected > 0);
    QCOMPARE(file.count("BEGIN:VEVENT"), expected);
}

void TestExchangeUi::exportNeverOverwritesAFile()
{
    {
        QFile f(m_saveAs);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    m_actions->chooseRange = [](const QString&, bool, ExchangeActions::Range*) {
        return true;
    };
    QVERIFY(!m_actions->exportCalendar());
    QVERIFY(!m_actions->exportClients());
    QVERIFY(!m_actions->exportBookings());
    QCOMPARE(m_warnings.size(), 3);
    QVERIFY(m_warnings.first().contains(QStringLiteral("already exists")));
    QCOMPARE(TestDatabase::readAll(m_saveAs), QByteArray("keep me"));
}

void TestExchangeUi::exportClientsWritesASpreadsheet()
{
    QVERIFY(m_actions->exportClients());
    const QByteArray file = TestDatabase::readAll(m_saveAs);
    QVERIFY(file.startsWith("\xEF\xBB\xBF"
                            "id,name,phone,email,language,consent_date,created\r\n"));
    QCOMPARE(file.count("\r\n") - 1,
             count(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM clients")));
}

void TestExchangeUi::importShowsThePreviewThenStores()
{
    const qint64 before = count(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM clients"));
    m_actions->chooseFileToOpen = [](const QString&, const QString&) {
        return QStringLiteral(MASSAGE_DESK_CSV_CORPUS "/excel-cp1252-semicolon-ca.csv");
    };
    int previewed = -1;
    m_actions->confirmImport = [&](const ClientImport::Plan& plan,
                                   const ClientImport::Report& dryRun,
                                   ClientImport::Duplicates* duplicates) {
        // Nothing is stored while the preview is open.
        previewed = int(count(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM clients")));
        [&] {
            QCOMPARE(plan.encoding, QStringLiteral("Windows-1252"));
            QCOMPARE(dryRun.imported, 3);
        }();
        *duplicates = ClientImport::Duplicates::Skip;
        return true;
    };
    QSignalSpy changed(m_actions.get(), &ExchangeActions::clientsChanged);
    QVERIFY(m_actions->importClients());
    QCOMPARE(previewed, int(before));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(count(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM clients")), before + 3);
}

void TestExchangeUi::cancellingTheImportChangesNothing()
{
    const qint64 before = count(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM clients"));
    const qint64 audit = count(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    m_actions->chooseFileToOpen = [](const QString&, const QString&) {
        return QStringLiteral(MASSAGE_DESK_CSV_CORPUS "/excel-utf8-bom-comma.csv");
    };
    m_actions->confirmImport = [](const ClientImport::Plan&, const ClientImport::Report&,
                                  ClientImport::Duplicates*) {
        return false;
    };
    QVERIFY(!m_actions->importClients());
    QCOMPARE(count(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM clients")), before);
    QCOMPARE(count(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
}

void TestExchangeUi::thePreviewListsRowsAndProblems()
{
    QFile f(QStringLiteral(MASSAGE_DESK_CSV_CORPUS "/hostile.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const ClientImport::Plan plan = ClientImport::plan(f.readAll(), {}, QStringLiteral("ca"));
    ClientImport::Report report;
    StorageError error;
    QVERIFY(ClientTransfer(m_db->db())
                .import(plan, ClientImport::Duplicates::Skip, true, QTimeZone("Europe/Madrid"),
                        QStringLiteral("h.csv"), &report, &error));
    ImportPreviewDialog dialog(plan, report);
    dialog.show();
    auto* preview = dialog.findChild<QTableWidget*>(QStringLiteral("preview"));
    auto* problems = dialog.findChild<QTableWidget*>(QStringLiteral("problems"));
    QVERIFY(preview && problems);
    QCOMPARE(preview->rowCount(), report.imported);
    QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("=HYPERLINK(\"http://evil\")"));
    QCOMPARE(problems->rowCount(), report.skipped);
    QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("4")); // the bell character's line
    auto* duplicates = dialog.findChild<QComboBox*>(QStringLiteral("duplicates"));
    duplicates->setCurrentIndex(1);
    QCOMPARE(dialog.duplicates(), ClientImport::Duplicates::Merge);
}

void TestExchangeUi::aBookingsMenuSavesTheClientsCalendarFile()
{
    CalendarPage page(m_db->clock());
    page.setDatabase(&m_db->db());
    page.showDay(QDate(2026, 11, 25));
    QVERIFY(!page.model()->entries().isEmpty());
    const AgendaEntry entry = page.model()->entries().first();
    QString suggested;
    page.chooseConfirmationFile = [&](const QString& name) {
        suggested = name;
        return m_saveAs;
    };
    // The block's menu offers it.
    QStringList offered;
    page.runMenu = [&](QMenu& menu, const QPoint&) -> QAction* {
        QAction* pick = nullptr;
        for (QAction* a : menu.actions()) {
            offered << a->text();
            if (a->text() == CalendarPage::tr("Calendar file for the c&lient\u2026"))
                pick = a;
        }
        return pick;
    };
    CalendarGrid* grid = page.grid();
    page.resize(1200, 900);
    page.show();
    grid->scrollToMinute(LocalTime::minuteOfDay(entry.startsAt, QTimeZone("Europe/Madrid")) - 30);
    const QPoint at = grid->blockRect(entry.id).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, grid->viewport()->mapToGlobal(at));
    QApplication::sendEvent(grid->viewport(), &event);
    QVERIFY2(offered.contains(CalendarPage::tr("Calendar file for the c&lient\u2026")),
             qPrintable(offered.join(QLatin1Char('|'))));
    QCOMPARE(suggested, QStringLiteral("session-2026-11-25.ics"));
    const QByteArray file = TestDatabase::readAll(m_saveAs);
    QCOMPARE(file.count("BEGIN:VEVENT"), 1);
    QVERIFY(file.contains("METHOD:PUBLISH\r\n"));
    QVERIFY(file.contains(QStringLiteral("SUMMARY:%1 at ").arg(entry.serviceName).toUtf8()));
    QVERIFY(!file.contains(entry.checkinOutcome.isEmpty() ? "no-outcome"
                                                          : entry.checkinOutcome.toUtf8()));
}

void TestExchangeUi::settingsChooseHowCalendarsNameTheClient()
{
    SettingsPage settings;
    settings.setDatabase(&m_db->db());
    QCOMPARE(settings.calendarNames()->currentData().toString(), QStringLiteral("first"));
    settings.calendarNames()->setCurrentIndex(
        settings.calendarNames()->findData(QStringLiteral("initials")));
    emit settings.calendarNames()->activated(settings.calendarNames()->currentIndex());
    QVERIFY(settings.saveButton()->isEnabled());
    settings.saveButton()->click();
    QCOMPARE(SettingsRepository(m_db->db()).value(SettingKeys::kCalendarClientName),
             QStringLiteral("initials"));
    m_actions->chooseRange = [](const QString&, bool, ExchangeActions::Range* r) {
        r->from = QDate(2026, 11, 25);
        r->to = QDate(2026, 11, 25);
        return true;
    };
    QVERIFY(m_actions->exportCalendar());
    QSqlQuery q(m_db->db().connection());
    QVERIFY(
        q.exec(QStringLiteral("SELECT c.full_name FROM bookings b JOIN clients c ON c.id = "
                              "b.client_id WHERE b.starts_at >= %1 ORDER BY b.starts_at LIMIT 1")
                   .arg(QDateTime(QDate(2026, 11, 24), QTime(23, 0), QTimeZone::utc())
                            .toSecsSinceEpoch())));
    QVERIFY(q.next());
    const QString name = q.value(0).toString();
    const QByteArray file = TestDatabase::readAll(m_saveAs);
    QVERIFY(!file.contains(name.toUtf8()));
    QVERIFY(
        !file.contains((name.section(QLatin1Char(' '), 0, 0) + QLatin1String("\r\n")).toUtf8()));
    QVERIFY(file.contains(ClientNaming::apply(name, ClientNaming::Mode::Initials).toUtf8()));
}

QTEST_MAIN(TestExchangeUi)
#include "tst_exchange_ui.moc"
