#include "TestDatabase.h"
#include "catalogue/ClaimsTextEdit.h"
#include "catalogue/ServiceEditor.h"
#include "catalogue/ServiceForm.h"
#include "catalogue/ServiceHistoryDialog.h"
#include "models/ServiceListModel.h"
#include "pages/CataloguePage.h"
#include "storage/ServiceRevisions.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

// QVERIFY and QCOMPARE for the dialog hooks, which return the dialog's result.
#define CHECK_RETURN(condition)                                                                    \
    do {                                                                                           \
        if (!QTest::qVerify(static_cast<bool>(condition), #condition, "", __FILE__, __LINE__))     \
            return int(QDialog::Rejected);                                                         \
    } while (false)
#define COMPARE_RETURN(actual, expected)                                                           \
    do {                                                                                           \
        if (!QTest::qCompare(actual, expected, #actual, #expected, __FILE__, __LINE__))            \
            return int(QDialog::Rejected);                                                         \
    } while (false)

// The manager's service editor offscreen: the claims check while typing (underline, tooltip,
// the side list and jumping to a finding), publishing blocked until an override reason is
// written, undo and redo, never losing changes silently, the history side by side with a
// restore, and a page without editing rights that shows no edit controls.
class TestCatalogueEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    void screenshot(QWidget* widget, const QString& name)
    {
        const QString folder = qEnvironmentVariable("MASSAGE_DESK_SCREENSHOTS");
        QCoreApplication::processEvents(); // let the layout settle first
        if (!folder.isEmpty())
            widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
    }

    qint64 scalar(const QString& sql)
    {
        QSqlQuery query(m_db->db().connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

    QString text(const QString& sql)
    {
        QSqlQuery query(m_db->db().connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }

    qint64 serviceId(const QString& code)
    {
        return ServiceRevisions(m_db->db()).idForCode(code, nullptr);
    }

    // An editor on the leg massage, shown and active so focus and shortcuts behave.
    std::unique_ptr<ServiceEditor> legEditor()
    {
        auto editor = std::make_unique<ServiceEditor>(m_db->db(), ServiceEditor::Mode::Edit,
                                                      serviceId(QStringLiteral("leg")));
        editor->show();
        editor->activateWindow();
        if (!QTest::qWaitForWindowActive(editor.get()))
            qWarning("the editor did not become active");
        return editor;
    }

    static void typeAtEnd(ClaimsTextEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->moveCursor(QTextCursor::End);
        QTest::keyClicks(edit, text);
    }

    int row(CataloguePage& page, const QString& code)
    {
        for (int r = 0; r < page.model()->rowCount(); ++r) {
            if (page.model()->serviceFromIndex(page.model()->index(r, 0))->code == code)
                return r;
        }
        return -1;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    void cleanup() { m_db.reset(); }

    void typingAClaimShowsAFinding()
    {
        auto editor = legEditor();
        QCOMPARE(editor->openFindings(), 0); // the shipped catalogue is clean
        QCOMPARE(editor->findingsList()->count(), 0);
        QVERIFY(!editor->overrideBox()->isVisible());
        ClaimsTextEdit* description =
            editor->form()->textEdit(QStringLiteral("en"), QStringLiteral("description"));
        typeAtEnd(description, QStringLiteral(" It improves circulation."));
        QCOMPARE(editor->openFindings(), 1);
        QCOMPARE(editor->findingsList()->count(), 1);
        const QString item = editor->findingsList()->item(0)->text();
        QVERIFY2(item.contains(QStringLiteral("improves circulation")), qPrintable(item));
        QVERIFY2(item.contains(QStringLiteral("Description \u00B7 English \u00B7 line 1")),
                 qPrintable(item));
        QVERIFY(editor->findingDetail()->text().contains(QStringLiteral("Instead")));
        screenshot(editor.get(), QStringLiteral("catalogue-editor-underline"));
        QCOMPARE(description->findings().size(), 1);
        QVERIFY(editor->form()->tabs()->tabText(0).contains(QStringLiteral("1 to check")));

        // The tooltip over the words explains why and what to write instead.
        const int at = int(description->toPlainText().indexOf(QStringLiteral("circulation")));
        const QString tip = description->toolTipAt(at + 2);
        QVERIFY2(tip.contains(QStringLiteral("Instead")), qPrintable(tip));
        QVERIFY(tip.contains(description->findings().constFirst().reason.toHtmlEscaped()));
        QVERIFY(description->toolTipAt(3).isEmpty());

        // A click in the side list selects the words in the text.
        editor->form()->tabs()->setCurrentIndex(ServiceForm::SessionTab);
        QTest::mouseClick(
            editor->findingsList()->viewport(), Qt::LeftButton, {},
            editor->findingsList()->visualItemRect(editor->findingsList()->item(0)).center());
        QCOMPARE(editor->form()->tabs()->currentIndex(), 0);
        QCOMPARE(description->textCursor().selectedText(), QStringLiteral("improves circulation"));
        screenshot(editor.get(), QStringLiteral("catalogue-editor-finding"));

        // An honest negation typed before the claim clears it (data/claims/README.md).
        QTextCursor cursor = description->textCursor();
        cursor.setPosition(int(description->toPlainText().indexOf(QStringLiteral("improves"))));
        description->setTextCursor(cursor);
        QTest::keyClicks(description, QStringLiteral("does not claim it "));
        QCOMPARE(editor->openFindings(), 0);

        // Claims in a name are found too, and in the other languages.
        QTest::keyClicks(editor->form()->nameEdit(QStringLiteral("es")),
                         QStringLiteral(" adelgazante"));
        QCOMPARE(editor->openFindings(), 1);
        QVERIFY(editor->form()
                    ->nameEdit(QStringLiteral("es"))
                    ->toolTip()
                    .contains(QStringLiteral("adelgazante")));
    }

    void publishingIsBlockedUntilAnOverrideReason()
    {
        auto editor = legEditor();
        typeAtEnd(editor->form()->textEdit(QStringLiteral("ca"), QStringLiteral("aftercare")),
                  QStringLiteral(" Elimina toxines."));
        QCOMPARE(editor->openFindings(), 1);
        QVERIFY(editor->overrideBox()->isVisible());
        QVERIFY(!editor->publishButton()->isEnabled());
        QVERIFY(editor->saveDraftButton()->isEnabled()); // a draft may hold the claim
        QVERIFY(!editor->publish());
        QTest::keyClicks(editor->overrideReasonEdit(), QStringLiteral("too short"));
        QVERIFY(!editor->publishButton()->isEnabled());
        editor->form()->tabs()->setCurrentIndex(1); // Catalan, where the claim is
        screenshot(editor.get(), QStringLiteral("catalogue-editor-override"));
        QTest::keyClicks(editor->overrideReasonEdit(),
                         QStringLiteral(", but quoted from a client review"));
        QVERIFY(editor->publishButton()->isEnabled());
        QCOMPARE(editor->publishButton()->text(), QStringLiteral("Publish anyway"));
        screenshot(editor.get(), QStringLiteral("catalogue-editor-override-written"));
        QTest::mouseClick(editor->publishButton(), Qt::LeftButton);
        QCOMPARE(editor->result(), int(QDialog::Accepted));
        QCOMPARE(editor->problem(), QString());
        QCOMPARE(text(QStringLiteral("SELECT override_reason FROM service_revisions ORDER BY id "
                                     "DESC LIMIT 1")),
                 QStringLiteral("too short, but quoted from a client review"));
        QCOMPARE(text(QStringLiteral("SELECT kind FROM audit_log ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("catalogue.publish_override"));
    }

    // Issue 15 item 20: five emoji are five characters, not the ten UTF-16 units the minimum
    // once counted; ten are enough.
    void anOverrideReasonCountsCharactersAsAPersonDoes()
    {
        auto editor = legEditor();
        typeAtEnd(editor->form()->textEdit(QStringLiteral("en"), QStringLiteral("aftercare")),
                  QStringLiteral(" Eliminates toxins."));
        QCOMPARE(editor->openFindings(), 1);
        const QString emoji = QStringLiteral("\U0001F44D");
        editor->overrideReasonEdit()->setPlainText(emoji.repeated(5));
        QVERIFY(!editor->publishButton()->isEnabled());
        editor->overrideReasonEdit()->setPlainText(emoji.repeated(10));
        QVERIFY(editor->publishButton()->isEnabled());
    }

    void cleanTextPublishesWithoutAReason()
    {
        auto editor = legEditor();
        QVERIFY(!editor->publishButton()->isEnabled()); // nothing to publish yet
        typeAtEnd(editor->form()->textEdit(QStringLiteral("en"), QStringLiteral("aftercare")),
                  QStringLiteral(" Enjoy the rest of your day."));
        QVERIFY(editor->publishButton()->isEnabled());
        QVERIFY(!editor->overrideBox()->isVisible());
        QVERIFY(editor->publish());
        QCOMPARE(text(QStringLiteral("SELECT kind FROM audit_log ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("catalogue.publish"));
    }

    void unsavedChangesAreNeverLostSilently()
    {
        auto editor = legEditor();
        int asked = 0;
        bool discard = false;
        editor->confirmDiscard = [&](const QString&, const QString&) {
            ++asked;
            return discard;
        };
        editor->reject(); // nothing changed: closes without asking
        QCOMPARE(asked, 0);
        QVERIFY(!editor->isVisible());

        editor = legEditor();
        editor->confirmDiscard = [&](const QString&, const QString&) {
            ++asked;
            return discard;
        };
        editor->form()->cleanupBox()->setValue(25);
        QVERIFY(editor->hasUnsavedChanges());
        QTest::keyClick(editor.get(), Qt::Key_Escape);
        QCOMPARE(asked, 1);
        QVERIFY(editor->isVisible()); // kept open: the answer was "keep"
        editor->close();
        QCOMPARE(asked, 2);
        QVERIFY(editor->isVisible());

        // Saving a draft makes the changes safe: closing asks nothing.
        QVERIFY(editor->saveDraft());
        QVERIFY(!editor->hasUnsavedChanges());
        QCOMPARE(editor->baseRevision(), 2);
        editor->reject();
        QCOMPARE(asked, 2);
        QVERIFY(!editor->isVisible());
        QCOMPARE(scalar(QStringLiteral("SELECT cleanup_minutes FROM service_revisions WHERE "
                                       "revision = 2 AND state = 'draft'")),
                 25);

        // Answering "discard" closes it and saves nothing.
        editor = legEditor();
        editor->confirmDiscard = [&](const QString&, const QString&) {
            ++asked;
            return true;
        };
        QTest::keyClicks(editor->form()->nameEdit(QStringLiteral("en")), QStringLiteral("!"));
        editor->reject();
        QCOMPARE(asked, 3);
        QVERIFY(!editor->isVisible());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM service_revisions WHERE service_id "
                                       "= %1")
                            .arg(serviceId(QStringLiteral("leg")))),
                 2);
    }

    void undoAndRedo()
    {
        auto editor = legEditor();
        ServiceForm* form = editor->form();
        // The form: body areas, pressure, durations.
        QCheckBox* back = form->bodyAreaBox(QStringLiteral("back"));
        QVERIFY(!back->isChecked());
        back->setChecked(true);
        form->cleanupBox()->setValue(11);
        form->cleanupBox()->setValue(12); // typed digit by digit: one step
        form->durations()->priceBox(0)->setValue(36.5);
        QVERIFY(editor->hasUnsavedChanges());
        editor->undo();
        QCOMPARE(form->durations()->priceBox(0)->value(), 35.0);
        editor->undo();
        QCOMPARE(form->cleanupBox()->value(), 10);
        editor->undo();
        QVERIFY(!back->isChecked());
        QVERIFY(!editor->hasUnsavedChanges());
        editor->redo();
        QVERIFY(back->isChecked());
        form->tabs()->setCurrentIndex(ServiceForm::SessionTab);
        screenshot(editor.get(), QStringLiteral("catalogue-editor-session"));
        form->tabs()->setCurrentIndex(ServiceForm::PrecautionsTab);
        screenshot(editor.get(), QStringLiteral("catalogue-editor-precautions"));

        // A text field: Ctrl+Z and Ctrl+Shift+Z in the field use its own history.
        ClaimsTextEdit* text = form->textEdit(QStringLiteral("es"), QStringLiteral("description"));
        const QString before = text->toPlainText();
        typeAtEnd(text, QStringLiteral(" Extra."));
        QVERIFY(text->hasFocus());
        QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(text->toPlainText(), before);
        QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(text->toPlainText(), before + QStringLiteral(" Extra."));
        // The Undo button (which takes no focus) acts on the field being edited.
        QTest::mouseClick(editor->undoButton(), Qt::LeftButton);
        QCOMPARE(text->toPlainText(), before);
        QVERIFY(back->isChecked()); // the form's history was left alone

        // Ctrl+Z outside a text field undoes the form.
        back->setFocus();
        QTest::keyClick(back, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!back->isChecked());
        QTest::keyClick(back, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(back->isChecked());
    }

    void aNonEditingPageShowsNoEditControls()
    {
        CataloguePage page;
        int dialogs = 0;
        page.runDialog = [&](QDialog*) {
            ++dialogs;
            return int(QDialog::Rejected);
        };
        page.setDatabase(&m_db->db());
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.canEdit()); // until people sign in
        QVERIFY(page.editButton()->isVisible());
        QVERIFY(page.newButton()->isVisible());

        page.setCanEdit(false);
        QVERIFY(!page.editBar()->isVisible());
        for (QPushButton* button : page.findChildren<QPushButton*>())
            QVERIFY2(!button->isVisible(), qPrintable(button->text()));
        QTest::mouseDClick(page.view()->viewport(), Qt::LeftButton, {},
                           page.view()->visualRect(page.view()->model()->index(0, 0)).center());
        page.editSelected();
        page.newService();
        page.showHistory();
        QVERIFY(!page.archiveSelected());
        QCOMPARE(dialogs, 0);
        QVERIFY(page.preview()->toPlainText().contains(QStringLiteral("minutes")));
        screenshot(&page, QStringLiteral("catalogue-page-read-only"));
    }

    void pageCreatesDuplicatesAndArchives()
    {
        CataloguePage page;
        page.setDatabase(&m_db->db());
        page.resize(1200, 640);
        page.show();
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.model()->rowCount(), 5);
        screenshot(&page, QStringLiteral("catalogue-page"));

        // New service: code, name, area, a price; published straight away.
        page.runDialog = [&](QDialog* dialog) {
            auto* editor = qobject_cast<ServiceEditor*>(dialog);
            if (!editor)
                return int(QDialog::Rejected);
            CHECK_RETURN(editor->codeEdit()->isVisibleTo(editor));
            QTest::keyClicks(editor->codeEdit(), QStringLiteral("hand"));
            QTest::keyClicks(editor->form()->nameEdit(QStringLiteral("en")),
                             QStringLiteral("Hand massage"));
            editor->form()->bodyAreaBox(QStringLiteral("hands"))->setChecked(true);
            editor->form()->durations()->priceBox(0)->setValue(30);
            screenshot(editor, QStringLiteral("catalogue-editor-new"));
            editor->publish();
            return editor->result();
        };
        page.newService();
        QCOMPARE(page.model()->rowCount(), 6);
        QCOMPARE(page.model()->serviceFromIndex(page.view()->currentIndex())->code,
                 QStringLiteral("hand"));

        // Duplicate: a new code is suggested; saved as a draft it is listed as not published.
        page.view()->selectRow(row(page, QStringLiteral("leg")));
        page.runDialog = [&](QDialog* dialog) {
            auto* editor = qobject_cast<ServiceEditor*>(dialog);
            COMPARE_RETURN(editor->codeEdit()->text(), QStringLiteral("leg-2"));
            COMPARE_RETURN(editor->form()->content().normalised(),
                           ServiceRevisions(m_db->db())
                               .history(serviceId(QStringLiteral("leg")), nullptr)
                               .constFirst()
                               .content);
            editor->codeEdit()->setText(QStringLiteral("leg-long"));
            editor->form()->nameEdit(QStringLiteral("en"))->setText(QStringLiteral("Long legs"));
            editor->saveDraft();
            return int(QDialog::Rejected);
        };
        page.duplicateSelected();
        QCOMPARE(page.model()->rowCount(), 7);
        const QModelIndex copy = page.view()->currentIndex();
        QCOMPARE(page.model()->serviceFromIndex(copy)->code, QStringLiteral("leg-long"));
        QCOMPARE(page.model()->index(copy.row(), ServiceListModel::State).data().toString(),
                 QStringLiteral("Draft, not published"));
        QCOMPARE(text(QStringLiteral("SELECT kind FROM audit_log ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("catalogue.duplicate"));

        // Archive after confirming; the confirmation says nothing is deleted.
        page.view()->selectRow(row(page, QStringLiteral("foot")));
        QString question;
        page.confirm = [&](const QString&, const QString& text) {
            question = text;
            return true;
        };
        QVERIFY(page.archiveSelected());
        QVERIFY(question.contains(QStringLiteral("Nothing is deleted")));
        QCOMPARE(page.model()
                     ->index(row(page, QStringLiteral("foot")), ServiceListModel::State)
                     .data()
                     .toString(),
                 QStringLiteral("Archived"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM services")), 7);
        QCOMPARE(page.archiveButton()->text(), QStringLiteral("Offer again\u2026"));
        page.confirm = [](const QString&, const QString&) {
            return false;
        };
        QVERIFY(!page.archiveSelected());
        QCOMPARE(scalar(QStringLiteral("SELECT archived FROM services WHERE code = 'foot'")), 1);
    }

    void historyComparesAndRestores()
    {
        const qint64 leg = serviceId(QStringLiteral("leg"));
        ServiceRevisions revisions(m_db->db());
        ServiceRevision first;
        QVERIFY(revisions.latest(leg, &first, nullptr));
        ServiceContent changed = first.content;
        changed.texts[QStringLiteral("en")].description.replace(QStringLiteral("calves and thighs"),
                                                                QStringLiteral("calves and knees"));
        changed.durations.removeLast();
        m_db->clock().set(m_db->clock().nowUtc().addDays(2));
        QVERIFY(revisions.publish(leg, 1, changed, {}, QStringLiteral("anna"), nullptr, nullptr));

        CataloguePage page;
        page.setDatabase(&m_db->db());
        page.view()->selectRow(row(page, QStringLiteral("leg")));
        int confirmations = 0;
        page.confirm = [&](const QString&, const QString&) {
            ++confirmations;
            return true;
        };
        page.runDialog = [&](QDialog* dialog) {
            auto* history = qobject_cast<ServiceHistoryDialog*>(dialog);
            CHECK_RETURN(history);
            COMPARE_RETURN(history->revisionList()->rowCount(), 2);
            COMPARE_RETURN(history->revisionList()->item(0, 3)->text(), QStringLiteral("anna"));
            const QString changes = history->revisionList()->item(0, 4)->text();
            CHECK_RETURN(changes.contains(QStringLiteral("Description (English)")));
            CHECK_RETURN(changes.contains(QStringLiteral("Durations and prices")));
            const QString html = history->comparison()->toHtml();
            CHECK_RETURN(html.contains(QStringLiteral("thighs")));
            CHECK_RETURN(html.contains(QStringLiteral("knees")));
            CHECK_RETURN(html.contains(QStringLiteral("line-through")));
            // Unchanged fields are hidden unless asked for.
            CHECK_RETURN(!history->comparison()->toPlainText().contains(
                QStringLiteral("Massatge de cames")));
            history->onlyChangesBox()->setChecked(false);
            CHECK_RETURN(
                history->comparison()->toPlainText().contains(QStringLiteral("Massatge de cames")));
            history->onlyChangesBox()->setChecked(true);
            history->resize(1100, 700);
            screenshot(history, QStringLiteral("catalogue-history"));
            CHECK_RETURN(history->restoreButton()->isEnabled());
            CHECK_RETURN(history->restoreOlder());
            COMPARE_RETURN(history->revisionList()->rowCount(), 3);
            return int(QDialog::Accepted);
        };
        page.showHistory();
        QCOMPARE(confirmations, 1);
        ServiceRevision restored;
        QVERIFY(revisions.latest(leg, &restored, nullptr));
        QCOMPARE(restored.revision, 3);
        QCOMPARE(restored.content, first.content);
        QCOMPARE(restored.state, QStringLiteral("draft"));
        QCOMPARE(page.model()
                     ->index(row(page, QStringLiteral("leg")), ServiceListModel::State)
                     .data()
                     .toString(),
                 QStringLiteral("Active, draft waiting"));
    }
};

QTEST_MAIN(TestCatalogueEditor)
#include "tst_catalogue_editor.moc"
