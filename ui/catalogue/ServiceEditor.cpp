#include "catalogue/ServiceEditor.h"

#include "catalogue/CatalogueTexts.h"
#include "catalogue/ClaimsTextEdit.h"
#include "catalogue/ServiceForm.h"
#include "core/FreeText.h"
#include "storage/ServiceRevisions.h"
#include "widgets/ChangedElsewhereBar.h"
#include "widgets/WaitingSave.h"

#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

enum FindingRole
{
    LanguageRole = Qt::UserRole,
    FieldRole,
    StartRole,
    LengthRole
};

QPushButton* flatButton(const QString& text, const QString& tip)
{
    auto* button = new QPushButton(text);
    button->setToolTip(tip);
    button->setFocusPolicy(Qt::NoFocus); // the focus stays in the field being edited
    button->setAutoDefault(false);
    return button;
}

} // namespace

ServiceEditor::ServiceEditor(Database& database, Mode mode, qint64 serviceId, QWidget* parent)
    : QDialog(parent), m_database(database), m_mode(mode), m_changed(new ChangedElsewhereBar),
      m_header(new QLabel), m_code(new QLineEdit), m_codeRow(new QWidget), m_form(new ServiceForm),
      m_findingsTitle(new QLabel), m_findingsList(new QListWidget), m_findingDetail(new QLabel),
      m_noFindings(new QLabel), m_overrideBox(new QGroupBox(tr("Publish anyway?"))),
      m_overrideText(new QLabel), m_overrideReason(new QPlainTextEdit), m_overrideCount(new QLabel),
      m_status(new QLabel), m_problem(new QLabel),
      m_undoButton(flatButton(tr("Undo"), tr("Undo the last change (Ctrl+Z)"))),
      m_redoButton(flatButton(tr("Redo"), tr("Redo what was undone (Ctrl+Shift+Z)"))),
      m_saveDraft(new QPushButton(tr("Save draft"))), m_publish(new QPushButton(tr("Publish")))
{
    setWindowTitle(tr("Edit service"));
    resize(1120, 720);
    confirmDiscard = [this](const QString& title, const QString& text) {
        return QMessageBox::question(this, title, text, QMessageBox::Discard | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Discard;
    };

    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_code->setObjectName(QStringLiteral("serviceCode"));
    m_code->setMaxLength(40);
    m_code->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[a-z0-9][a-z0-9-]{0,39}")), m_code));
    auto* codeLayout = new QHBoxLayout(m_codeRow);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addWidget(new QLabel(tr("Code:")));
    codeLayout->addWidget(m_code);
    auto* codeHint = new QLabel(tr("Short and stable, in lower case (for example leg-long): the "
                                   "command line, imports and exports use it."));
    codeHint->setForegroundRole(QPalette::PlaceholderText);
    codeLayout->addWidget(codeHint, 1);

    // The claims check beside the texts: every finding, a click away from its words.
    m_findingsTitle->setWordWrap(true);
    m_findingsList->setObjectName(QStringLiteral("claimFindings"));
    m_findingsList->setWordWrap(true);
    m_findingsList->setTextElideMode(Qt::ElideNone);
    m_findingsList->setSpacing(2);
    m_findingsList->setAlternatingRowColors(true);
    m_findingDetail->setObjectName(QStringLiteral("findingDetail"));
    m_findingDetail->setWordWrap(true);
    m_findingDetail->setTextFormat(Qt::RichText);
    m_findingDetail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_findingDetail->setFrameShape(QFrame::StyledPanel);
    m_findingDetail->setMargin(6);
    m_noFindings->setWordWrap(true);
    m_noFindings->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_noFindings->setText(
        tr("While you type, the texts are checked in English, Catalan and Spanish. A phrase that "
           "promises a medical or body-shaping effect (“improves circulation”, “detox”, "
           "“reduces cellulite”, ...) is underlined in red and "
           "listed here, with the reason and wording to use instead.\n\nDescribe how the session "
           "feels: relaxation, a sense of rest and lightness, well-being."));
    m_noFindings->setForegroundRole(QPalette::PlaceholderText);
    m_overrideBox->setObjectName(QStringLiteral("overrideBox"));
    m_overrideText->setWordWrap(true);
    m_overrideReason->setObjectName(QStringLiteral("overrideReason"));
    m_overrideReason->setPlaceholderText(
        tr("Why this wording should be published as it is (at least %1 characters)")
            .arg(ServiceRevisions::kMinimumOverrideReason));
    m_overrideReason->setTabChangesFocus(true);
    m_overrideReason->setMaximumHeight(80);
    auto* overrideLayout = new QVBoxLayout(m_overrideBox);
    overrideLayout->addWidget(m_overrideText);
    overrideLayout->addWidget(m_overrideReason);
    overrideLayout->addWidget(m_overrideCount);
    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_findingsTitle);
    sideLayout->addWidget(m_findingsList, 2);
    sideLayout->addWidget(m_findingDetail, 1);
    sideLayout->addWidget(m_noFindings, 1);
    sideLayout->addWidget(m_overrideBox);
    side->setMinimumWidth(300);

    auto* splitter = new QSplitter;
    splitter->addWidget(m_form);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({780, 340});

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    m_status->setWordWrap(true);
    auto* close = new QPushButton(tr("Close"));
    close->setAutoDefault(false);
    m_saveDraft->setObjectName(QStringLiteral("saveDraft"));
    m_saveDraft->setAutoDefault(false);
    m_saveDraft->setToolTip(tr("Keep these changes as a draft; clients keep seeing the "
                               "published texts"));
    m_publish->setObjectName(QStringLiteral("publish"));
    m_publish->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_undoButton);
    buttons->addWidget(m_redoButton);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(close);
    buttons->addWidget(m_saveDraft);
    buttons->addWidget(m_publish);

    // A save the server could not take waits here, and is saved (or published) when it is back,
    // still on the revision it was opened at.
    m_waiting = new WaitingSave(
        m_database,
        [this] {
            const QString name = m_form->content().textsIn(QStringLiteral("en")).name;
            return tr("Service: %1").arg(name.isEmpty() ? currentCode() : name);
        },
        [this] { save(m_waitingPublish); }, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_changed);
    layout->addWidget(m_codeRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_waiting);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    auto* undoAction = new QAction(this);
    undoAction->setShortcut(QKeySequence::Undo);
    auto* redoAction = new QAction(this);
    redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    for (QAction* action : {undoAction, redoAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(undoAction, &QAction::triggered, this, &ServiceEditor::undo);
    connect(redoAction, &QAction::triggered, this, &ServiceEditor::redo);
    connect(m_undoButton, &QPushButton::clicked, this, &ServiceEditor::undo);
    connect(m_redoButton, &QPushButton::clicked, this, &ServiceEditor::redo);
    connect(close, &QPushButton::clicked, this, &ServiceEditor::reject);
    connect(m_saveDraft, &QPushButton::clicked, this, &ServiceEditor::saveDraft);
    // Another desk saved a revision first: take theirs, or keep this text on top of theirs.
    connect(m_changed, &ChangedElsewhereBar::reloadRequested, this, [this] {
        load(Mode::Edit, m_serviceId);
        showProblem(QString());
        updateHeader();
        updateButtons();
    });
    connect(m_changed, &ChangedElsewhereBar::keepMineRequested, this, [this] {
        ServiceRevision latest;
        StorageError error;
        if (ServiceRevisions(m_database).latest(m_serviceId, &latest, &error))
            m_baseRevision = latest.revision; // the next save builds on theirs, knowingly
        showProblem(QString());
        updateHeader();
    });
    m_changed->differences = [this] {
        QList<FieldDifference> list;
        ServiceRevision latest;
        StorageError error;
        if (!ServiceRevisions(m_database).latest(m_serviceId, &latest, &error))
            return list;
        const ServiceContent mine = m_form->content();
        const ServiceContent& theirs = latest.content;
        for (const QString& key : ServiceContent::changedFields(theirs, mine)) {
            const QString field = key.section(QLatin1Char('.'), 0, 0);
            const QString language = key.section(QLatin1Char('.'), 1);
            if (!language.isEmpty())
                list.append({CatalogueTexts::changeName(key),
                             ServiceContent::field(theirs.textsIn(language), field),
                             ServiceContent::field(mine.textsIn(language), field)});
            else if (key == QLatin1String("cleanup_minutes"))
                list.append({CatalogueTexts::changeName(key),
                             QString::number(theirs.cleanupMinutes),
                             QString::number(mine.cleanupMinutes)});
            else
                list.append({CatalogueTexts::changeName(key), tr("(as saved)"), tr("(changed)")});
        }
        return list;
    };
    connect(m_publish, &QPushButton::clicked, this, &ServiceEditor::publish);
    connect(m_form, &ServiceForm::textsChanged, this, &ServiceEditor::updateFindings);
    connect(m_form, &ServiceForm::changed, this, &ServiceEditor::updateButtons);
    connect(m_code, &QLineEdit::textChanged, this, &ServiceEditor::updateButtons);
    connect(m_overrideReason, &QPlainTextEdit::textChanged, this, &ServiceEditor::updateButtons);
    connect(m_findingsList, &QListWidget::currentRowChanged, this,
            &ServiceEditor::showFindingDetail);
    connect(m_findingsList, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { jumpToFinding(m_findingsList->row(item)); });
    connect(m_findingsList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { jumpToFinding(m_findingsList->row(item)); });

    if (!load(mode, serviceId))
        m_form->setEnabled(false);
    updateFindings();
    updateHeader();
    updateButtons();
}

bool ServiceEditor::load(Mode mode, qint64 serviceId)
{
    ServiceRevisions revisions(m_database);
    StorageError error;
    ServiceContent content;
    if (mode == Mode::New) {
        content.durations = {{60, 0}};
        content.precautionIds = ServiceContent::everyServicePrecautions();
    } else {
        ServiceRevision latest;
        ServiceState state;
        if (!revisions.latest(serviceId, &latest, &error) ||
            !revisions.state(serviceId, &state, &error)) {
            showProblem(error.message);
            return false;
        }
        content = latest.content;
        if (mode == Mode::Edit) {
            m_serviceId = serviceId;
            m_serviceCode = latest.code;
            m_baseRevision = latest.revision;
            m_publishedRevision = state.publishedRevision;
            m_latestIsDraft = !latest.isPublished();
        } else {
            m_sourceId = serviceId;
            m_sourceName = content.textsIn(QStringLiteral("en")).name;
            m_code->setText(revisions.freeCode(latest.code, &error));
        }
    }
    m_codeRow->setVisible(mode != Mode::Edit);
    m_form->setContent(content);
    m_saved = m_form->content().normalised();
    m_savedCode = currentCode();
    return true;
}

QString ServiceEditor::currentCode() const
{
    return m_mode == Mode::Edit ? m_serviceCode : m_code->text().trimmed();
}

bool ServiceEditor::hasUnsavedChanges() const
{
    return m_form->content().normalised() != m_saved || currentCode() != m_savedCode;
}

QString ServiceEditor::problem() const
{
    return m_problem->text();
}

void ServiceEditor::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void ServiceEditor::updateHeader()
{
    const QString name = m_form->nameEdit(QStringLiteral("en"))->text().toHtmlEscaped();
    if (m_mode == Mode::New) {
        setWindowTitle(tr("New service"));
        m_header->setText(tr("<b>New service</b> \u2014 nothing is offered to clients until "
                             "you publish it."));
        return;
    }
    if (m_mode == Mode::Duplicate) {
        setWindowTitle(tr("New service"));
        m_header->setText(tr("<b>New service</b>, a copy of \u201C%1\u201D \u2014 choose its "
                             "code and change what differs.")
                              .arg(m_sourceName.toHtmlEscaped()));
        return;
    }
    setWindowTitle(
        tr("Edit service \u2014 %1").arg(m_form->nameEdit(QStringLiteral("en"))->text()));
    QString state;
    if (!m_latestIsDraft)
        state = tr("published; clients see this revision");
    else if (m_publishedRevision > 0)
        state = tr("draft; clients still see revision %1").arg(m_publishedRevision);
    else
        state = tr("draft; never published yet");
    m_header->setText(
        tr("<b>%1</b> &nbsp;\u00B7&nbsp; code %2 &nbsp;\u00B7&nbsp; revision %3 "
           "(%4)")
            .arg(name, m_serviceCode.toHtmlEscaped())
            .arg(m_baseRevision)
            .arg(state.toHtmlEscaped()) +
        (hasUnsavedChanges() ? tr(" &nbsp;\u00B7&nbsp; <i>changes not saved yet</i>") : QString()));
}

void ServiceEditor::updateFindings()
{
    m_findings = claimsIn(m_form->content());
    QHash<QString, int> counts;
    const int current = m_findingsList->currentRow();
    {
        const QSignalBlocker block(m_findingsList);
        m_findingsList->clear();
        for (const ServiceTextFinding& f : m_findings) {
            counts[f.language] += 1;
            QString where = tr("%1 \u00B7 %2")
                                .arg(CatalogueTexts::fieldName(f.field),
                                     ServiceContent::languageName(f.language));
            if (f.field != QLatin1String("name"))
                where = tr("%1 \u00B7 line %2").arg(where).arg(f.finding.line);
            auto* item = new QListWidgetItem(
                tr("\u201C%1\u201D\n%2").arg(f.finding.matchedText.simplified(), where));
            item->setToolTip(tr("Click to select these words in the text."));
            item->setData(LanguageRole, f.language);
            item->setData(FieldRole, f.field);
            item->setData(StartRole, f.finding.start);
            item->setData(LengthRole, f.finding.length);
            m_findingsList->addItem(item);
        }
        if (!m_findings.isEmpty())
            m_findingsList->setCurrentRow(qBound(0, current, int(m_findings.size()) - 1));
    }
    showFindingDetail();
    m_form->setFindingCounts(counts);
    // The names are line edits: mark them with a frame and say why in their tooltip.
    for (const QString& language : ServiceContent::languages()) {
        QStringList tips;
        for (const ServiceTextFinding& f : m_findings) {
            if (f.language == language && f.field == QLatin1String("name"))
                tips << ClaimsTextEdit::toolTipFor(f.finding);
        }
        QLineEdit* name = m_form->nameEdit(language);
        name->setStyleSheet(tips.isEmpty() ? QString()
                                           : QStringLiteral("QLineEdit { border: 2px solid "
                                                            "#c62828; border-radius: 3px; }"));
        name->setToolTip(tips.join(QString()));
    }
    const int count = int(m_findings.size());
    m_findingsTitle->setText(
        count == 0 ? tr("<b>Claims check</b> \u2014 nothing to look at")
                   : tr("<b>Claims check</b> \u2014 phrases to look at: %1").arg(count));
    m_findingsList->setVisible(count > 0);
    m_findingDetail->setVisible(count > 0);
    m_noFindings->setVisible(count == 0);
    m_overrideBox->setVisible(count > 0);
    m_overrideText->setText(
        tr("Publishing is blocked while these phrases stay. Reword them, or write why the text "
           "should be published as it is: the reason is kept with the revision and in the audit "
           "log."));
    updateButtons();
}

void ServiceEditor::showFindingDetail()
{
    const int row = m_findingsList->currentRow();
    if (row < 0 || row >= m_findings.size()) {
        m_findingDetail->clear();
        return;
    }
    const ClaimFinding& f = m_findings.at(row).finding;
    m_findingDetail->setText(tr("<p><b>Why:</b> %1</p><p><b>Instead:</b> %2</p>")
                                 .arg(f.reason.toHtmlEscaped(), f.suggestion.toHtmlEscaped()));
}

void ServiceEditor::updateButtons()
{
    const bool dirty = hasUnsavedChanges();
    // Characters as a person counts them, as storage counts them (core/FreeText).
    const int reason = FreeText::length(m_overrideReason->toPlainText().simplified());
    const bool blocked = !m_findings.isEmpty() && reason < ServiceRevisions::kMinimumOverrideReason;
    const bool somethingToPublish = dirty || m_latestIsDraft || m_serviceId == 0;
    m_saveDraft->setEnabled(dirty && m_form->isEnabled());
    m_publish->setEnabled(somethingToPublish && !blocked && m_form->isEnabled());
    m_publish->setText(m_findings.isEmpty() ? tr("Publish") : tr("Publish anyway"));
    m_publish->setToolTip(blocked ? tr("Reword the claims listed on the right, or write why "
                                       "the text should be published as it is.")
                                  : tr("Publish these texts: clients see them from now on"));
    m_overrideCount->setText(reason >= ServiceRevisions::kMinimumOverrideReason
                                 ? tr("The reason will be recorded.")
                                 : tr("Characters still needed: %1")
                                       .arg(ServiceRevisions::kMinimumOverrideReason - reason));
    if (m_mode == Mode::Edit)
        updateHeader();
    if (dirty)
        m_status->clear();
}

bool ServiceEditor::save(bool publish)
{
    ServiceRevisions::SaveRequest request;
    request.serviceId = m_serviceId;
    request.code = currentCode();
    request.baseRevision = m_baseRevision;
    request.content = m_form->content();
    request.publish = publish;
    request.overrideReason = m_findings.isEmpty() ? QString() : m_overrideReason->toPlainText();
    request.author = userName;
    request.duplicatedFrom = m_mode == Mode::Duplicate ? m_sourceId : 0;
    ServiceRevisions::SaveResult result;
    StorageError error;
    if (!ServiceRevisions(m_database).save(request, &result, &error)) {
        if (m_waiting->waitIfDisconnected(error)) {
            m_waitingPublish = publish;
            showProblem(QString());
            return false;
        }
        if (error.code == StorageError::Code::ChangedElsewhere)
            m_changed->showRefusal(error.message); // what was typed stays
        showProblem(error.message);
        return false;
    }
    m_waiting->clear();
    showProblem(QString());
    m_serviceId = result.serviceId;
    m_serviceCode = request.code;
    m_mode = Mode::Edit;
    m_codeRow->hide();
    m_baseRevision = result.revision;
    m_latestIsDraft = !publish;
    if (publish)
        m_publishedRevision = result.revision;
    m_saved = request.content.normalised();
    m_savedCode = m_serviceCode;
    m_overrideReason->clear();
    updateHeader();
    updateButtons();
    m_status->setText(publish ? tr("Published as revision %1.").arg(result.revision)
                              : tr("Saved as draft revision %1.").arg(result.revision));
    emit saved(m_serviceId);
    if (publish)
        QDialog::accept();
    return true;
}

bool ServiceEditor::saveDraft()
{
    return save(false);
}

bool ServiceEditor::publish()
{
    if (!m_publish->isEnabled())
        return false;
    return save(true);
}

void ServiceEditor::undo()
{
    QWidget* focus = QApplication::focusWidget();
    if (focus && isAncestorOf(focus)) {
        auto* text = qobject_cast<QPlainTextEdit*>(focus);
        if (text && text->document()->isUndoAvailable()) {
            text->undo();
            return;
        }
        auto* line = qobject_cast<QLineEdit*>(focus);
        if (line && line->isUndoAvailable()) {
            line->undo();
            return;
        }
    }
    m_form->undoStack()->undo();
}

void ServiceEditor::redo()
{
    QWidget* focus = QApplication::focusWidget();
    if (focus && isAncestorOf(focus)) {
        auto* text = qobject_cast<QPlainTextEdit*>(focus);
        if (text && text->document()->isRedoAvailable()) {
            text->redo();
            return;
        }
        auto* line = qobject_cast<QLineEdit*>(focus);
        if (line && line->isRedoAvailable()) {
            line->redo();
            return;
        }
    }
    m_form->undoStack()->redo();
}

void ServiceEditor::jumpToFinding(int row)
{
    QListWidgetItem* item = m_findingsList->item(row);
    if (!item)
        return;
    m_form->showText(item->data(LanguageRole).toString(), item->data(FieldRole).toString(),
                     item->data(StartRole).toInt(), item->data(LengthRole).toInt());
}

void ServiceEditor::reject()
{
    if (hasUnsavedChanges() &&
        !confirmDiscard(tr("Discard changes?"),
                        tr("The changes to this service have not been saved. Discard them?")))
        return;
    QDialog::reject();
}
