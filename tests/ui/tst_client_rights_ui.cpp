#include "TestDatabase.h"
#include "core/PrecautionRules.h"
#include "dialogs/EraseClientDialog.h"
#include "models/ClientListModel.h"
#include "pages/ClientsPage.h"
#include "print/ClientReport.h"
#include "storage/ClientDataRights.h"
#include "storage/DemoGenerator.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTextDocument>

// The Clients page's data-rights actions offscreen on a demo centre: a manager exports a
// client as JSON and a readable PDF, and erases one only after typing their name; a
// receptionist and a therapist do not get the actions.
class TestClientRightsUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ClientsPage> m_page;

    void screenshot(QWidget* widget, const QString& name)
    {
        const QString folder = qEnvironmentVariable("MASSAGE_DESK_SCREENSHOTS");
        QCoreApplication::processEvents();
        if (!folder.isEmpty())
            widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
    }

    QVariant value(const QString& sql)
    {
        QSqlQuery query(m_db->db().connection());
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }

    // A demo client with a check-in among their bookings, selected on the page.
    qint64 selectClientWithCheckin()
    {
        const qint64 id = value(QStringLiteral("SELECT b.client_id FROM bookings b JOIN checkins "
                                               "k ON k.booking_id = b.id ORDER BY b.client_id "
                                               "LIMIT 1"))
                              .toLongLong();
        const QString name =
            value(QStringLiteral("SELECT full_name FROM clients WHERE id = %1").arg(id)).toString();
        m_page->searchBox()->setText(name);
        return m_page->selectClient(id) ? id : 0;
    }

    void signIn(std::optional<Role> role)
    {
        m_db->db().setActor(role ? std::optional<Actor>(Actor{0, QStringLiteral("anna"), *role, 0})
                                 : std::nullopt);
        m_page->setRole(role);
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
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_db.reset();
    }

    void onlyAManagerGetsTheActions()
    {
        QVERIFY(selectClientWithCheckin() > 0);
        for (Role role : {Role::Receptionist, Role::Therapist}) {
            signIn(role);
            QVERIFY(m_page->exportButton()->isHidden());
            QVERIFY(m_page->eraseButton()->isHidden());
        }
        signIn(Role::Manager);
        QVERIFY(m_page->exportButton()->isVisible());
        QVERIFY(m_page->eraseButton()->isVisible());
        QVERIFY(m_page->eraseButton()->isEnabled());
        // A centre without users yet: everything is allowed, as in storage.
        signIn(std::nullopt);
        QVERIFY(m_page->eraseButton()->isVisible());
        // No client shown: nothing to export.
        signIn(Role::Manager);
        m_page->searchBox()->setText(QStringLiteral("no such client zzzz"));
        QVERIFY(!m_page->exportButton()->isEnabled());
        QVERIFY(!m_page->eraseButton()->isEnabled());
    }

    void exportWritesJsonAndAReadablePdf()
    {
        signIn(Role::Manager);
        const qint64 id = selectClientWithCheckin();
        QVERIFY(id > 0);
        screenshot(m_page.get(), QStringLiteral("client-rights"));
        QTemporaryDir out;
        const QString json = QDir(out.path()).filePath(QStringLiteral("client.json"));
        QString pdf;
        QString message;
        QVERIFY2(m_page->exportClientData(id, json, &pdf, &message), qPrintable(message));
        QCOMPARE(pdf, QDir(out.path()).filePath(QStringLiteral("client.pdf")));
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject document = QJsonDocument::fromJson(jsonFile.readAll()).object();
        QCOMPARE(document.value(QLatin1String("client"))
                     .toObject()
                     .value(QLatin1String("id"))
                     .toInteger(),
                 id);
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.size() > 1000);
        QCOMPARE(pdfFile.read(4), QByteArray("%PDF"));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM audit_log WHERE kind = "
                                      "'client.export' AND client_id = %1")
                           .arg(id))
                     .toInt(),
                 1);

        // The report says the answers in words, with the questions' wording.
        const QString html = ClientReport::html(document, QStringLiteral("Centre"));
        if (!qEnvironmentVariableIsEmpty("MASSAGE_DESK_SCREENSHOTS")) {
            QTextDocument page;
            page.setHtml(html);
            page.setTextWidth(800);
            QImage image(page.size().toSize(), QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            page.drawContents(&painter);
            painter.end();
            image.save(QDir(qEnvironmentVariable("MASSAGE_DESK_SCREENSHOTS"))
                           .filePath(QStringLiteral("client-report.png")));
        }
        QJsonObject checkin;
        for (const QJsonValue& b : document.value(QLatin1String("bookings")).toArray()) {
            if (b.toObject().value(QLatin1String("checkin")).isObject())
                checkin = b.toObject().value(QLatin1String("checkin")).toObject();
        }
        QVERIFY(!checkin.isEmpty());
        const QString questionId = checkin.value(QLatin1String("answers"))
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(QLatin1String("question_id"))
                                       .toString();
        const PrecautionQuestion* question = PrecautionRules::builtIn().question(questionId);
        QVERIFY(question);
        QVERIFY(
            html.contains(question->textsIn(QLocale().name().left(2)).question.toHtmlEscaped()));
        QVERIFY(html.contains(QStringLiteral("<td>No</td>")) ||
                html.contains(QStringLiteral("<td>Yes</td>")));
    }

    // The GUI's export goes through the same rule as the CLI's (DESIGN 6): an existing JSON
    // or PDF name is refused before anything is read or written, so neither file is replaced
    // and no half of the pair is left; a link is never written through.
    void exportNeverReplacesAFile()
    {
        signIn(Role::Manager);
        const qint64 id = selectClientWithCheckin();
        QVERIFY(id > 0);
        const int exports = value(QStringLiteral("SELECT count(*) FROM audit_log WHERE kind = "
                                                 "'client.export'"))
                                .toInt();
        QTemporaryDir out;
        const QByteArray precious("someone's report\n");
        const auto put = [&](const QString& name) {
            QFile file(QDir(out.path()).filePath(name));
            return file.open(QIODevice::WriteOnly) && file.write(precious) == precious.size();
        };
        const auto bytes = [&](const QString& name) {
            QFile file(QDir(out.path()).filePath(name));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        QString pdf;
        QString message;
        // The JSON name is taken.
        QVERIFY(put(QStringLiteral("a.json")));
        QVERIFY(!m_page->exportClientData(id, QDir(out.path()).filePath(QStringLiteral("a.json")),
                                          &pdf, &message));
        QVERIFY2(message.contains(QStringLiteral("already exists")), qPrintable(message));
        QCOMPARE(bytes(QStringLiteral("a.json")), precious);
        QVERIFY(!QFile::exists(QDir(out.path()).filePath(QStringLiteral("a.pdf"))));
        // Only the PDF's name is taken: no JSON is written either.
        QVERIFY(put(QStringLiteral("b.pdf")));
        QVERIFY(!m_page->exportClientData(id, QDir(out.path()).filePath(QStringLiteral("b.json")),
                                          &pdf, &message));
        QVERIFY2(message.contains(QStringLiteral("b.pdf")), qPrintable(message));
        QCOMPARE(bytes(QStringLiteral("b.pdf")), precious);
        QVERIFY(!QFile::exists(QDir(out.path()).filePath(QStringLiteral("b.json"))));
        // A link to another file.
        QVERIFY(put(QStringLiteral("real.txt")));
        QVERIFY(QFile::link(QDir(out.path()).filePath(QStringLiteral("real.txt")),
                            QDir(out.path()).filePath(QStringLiteral("c.json"))));
        QVERIFY(!m_page->exportClientData(id, QDir(out.path()).filePath(QStringLiteral("c.json")),
                                          &pdf, &message));
        QCOMPARE(bytes(QStringLiteral("real.txt")), precious);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM audit_log WHERE kind = "
                                      "'client.export'"))
                     .toInt(),
                 exports);
        // Nothing half-written or temporary was left.
        QCOMPARE(
            QDir(out.path())
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
            (QStringList{QStringLiteral("a.json"), QStringLiteral("b.pdf"),
                         QStringLiteral("c.json"), QStringLiteral("real.txt")}));
    }

    void managerErasesAfterTypingTheName()
    {
        signIn(Role::Manager);
        const qint64 id = selectClientWithCheckin();
        QVERIFY(id > 0);
        const QString name =
            value(QStringLiteral("SELECT full_name FROM clients WHERE id = %1").arg(id)).toString();
        QSignalSpy messages(m_page.get(), &Page::statusMessage);
        QPointer<EraseClientDialog> dialog = m_page->eraseSelectedClient();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->eraseButton()->isEnabled());
        QTest::keyClicks(dialog->confirmation(), QStringLiteral("Somebody Else"));
        QVERIFY(!dialog->eraseButton()->isEnabled());
        screenshot(dialog, QStringLiteral("erase-client"));
        // Capitals and extra spaces do not matter; the name does.
        dialog->confirmation()->setText(QStringLiteral("  ") + name.toUpper() +
                                        QStringLiteral(" "));
        QVERIFY(dialog->eraseButton()->isEnabled());
        QCOMPARE(
            value(QStringLiteral("SELECT erased_at IS NULL FROM clients WHERE id = %1").arg(id))
                .toInt(),
            1); // nothing happens before the click
        QTest::mouseClick(dialog->eraseButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        QTRY_COMPARE(
            value(QStringLiteral("SELECT full_name FROM clients WHERE id = %1").arg(id)).toString(),
            QStringLiteral("Erased client #%1").arg(id));
        QVERIFY(
            !value(QStringLiteral("SELECT erased_at FROM clients WHERE id = %1").arg(id)).isNull());
        QVERIFY(!ClientDataRights(m_db->db()).compactionPending());
        QCOMPARE(m_page->selectedClientId() == id, false);
        bool said = false;
        for (const QList<QVariant>& message : messages)
            said = said || message.first().toString().contains(QStringLiteral("Erased client"));
        QVERIFY(said);
        // The file no longer holds the name.
        QFile raw(m_db->path());
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().contains(name.toUtf8()));
    }

    void cancellingTheConfirmationErasesNothing()
    {
        signIn(Role::Manager);
        const qint64 id = selectClientWithCheckin();
        QPointer<EraseClientDialog> dialog = m_page->eraseSelectedClient();
        QVERIFY(dialog);
        dialog->reject();
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(
            value(QStringLiteral("SELECT erased_at IS NULL FROM clients WHERE id = %1").arg(id))
                .toInt(),
            1);
    }
};

QTEST_MAIN(TestClientRightsUi)
#include "tst_client_rights_ui.moc"
