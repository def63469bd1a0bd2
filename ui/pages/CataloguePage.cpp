#include "pages/CataloguePage.h"

#include "catalogue/ServiceEditor.h"
#include "catalogue/ServiceHistoryDialog.h"
#include "models/ServiceListModel.h"
#include "storage/ServiceRevisions.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

CataloguePage::CataloguePage(QWidget* parent)
    : Page(parent), m_model(new ServiceListModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit), m_language(new QComboBox), m_view(new QTableView),
      m_preview(new QTextBrowser), m_editBar(new QWidget),
      m_new(new QPushButton(tr("New service\u2026"))), m_edit(new QPushButton(tr("Edit\u2026"))),
      m_duplicate(new QPushButton(tr("Duplicate\u2026"))),
      m_history(new QPushButton(tr("History\u2026"))),
      m_archive(new QPushButton(tr("Archive\u2026")))
{
    runDialog = [](QDialog* dialog) {
        return dialog->exec();
    };
    confirm = [this](const QString& title, const QString& text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    warn = [this](const QString& title, const QString& text) {
        QMessageBox::warning(this, title, text);
    };
    m_new->setObjectName(QStringLiteral("newService"));
    m_new->setToolTip(tr("Add a service to the catalogue"));
    m_edit->setObjectName(QStringLiteral("editService"));
    m_edit->setToolTip(tr("Change the selected service's texts, durations, prices and "
                          "precautions"));
    m_duplicate->setObjectName(QStringLiteral("duplicateService"));
    m_duplicate->setToolTip(tr("Start a new service as a copy of the selected one"));
    m_history->setObjectName(QStringLiteral("serviceHistory"));
    m_history->setToolTip(tr("Earlier revisions of the selected service, side by side"));
    m_archive->setObjectName(QStringLiteral("archiveService"));
    auto* editLayout = new QHBoxLayout(m_editBar);
    editLayout->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* button : {m_new, m_edit, m_duplicate, m_history, m_archive})
        editLayout->addWidget(button);
    editLayout->addStretch(1);

    m_filter->setPlaceholderText(tr("Filter services"));
    m_filter->setAccessibleName(tr("Filter services"));
    m_view->setAccessibleName(tr("Services"));
    m_filter->setClearButtonEnabled(true);
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Catalan"), QStringLiteral("ca"));
    m_language->addItem(tr("Spanish"), QStringLiteral("es"));
    const int own = m_language->findData(QLocale().name().left(2));
    m_language->setCurrentIndex(own >= 0 ? own : 0);
    m_language->setToolTip(tr("Language of the client-facing texts"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(Qt::UserRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(0);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_preview->setOpenExternalLinks(false);
    m_preview->setObjectName(QStringLiteral("servicePreview"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(new QLabel(tr("Client texts in:")));
    bar->addWidget(m_language);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_editBar);
    leftLayout->addWidget(m_view);
    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    m_preview->setMinimumWidth(360);
    m_view->horizontalHeader()->setSectionResizeMode(ServiceListModel::BodyAreas,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_language, &QComboBox::currentIndexChanged, this, &CataloguePage::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CataloguePage::showSelected);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_canEdit)
            editSelected();
    });
    connect(m_new, &QPushButton::clicked, this, &CataloguePage::newService);
    connect(m_edit, &QPushButton::clicked, this, &CataloguePage::editSelected);
    connect(m_duplicate, &QPushButton::clicked, this, &CataloguePage::duplicateSelected);
    connect(m_history, &QPushButton::clicked, this, &CataloguePage::showHistory);
    connect(m_archive, &QPushButton::clicked, this, &CataloguePage::archiveSelected);
    updateActions();
}

void CataloguePage::setCanEdit(bool canEdit)
{
    if (m_canEdit == canEdit)
        return;
    m_canEdit = canEdit;
    reload(); // a page without editing rights lists only what clients can see
}

qint64 CataloguePage::selectedServiceId() const
{
    const Service* service =
        m_model->serviceFromIndex(m_proxy->mapToSource(m_view->currentIndex()));
    return service ? service->id : 0;
}

void CataloguePage::selectService(qint64 serviceId)
{
    const int row = m_model->rowForId(serviceId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_view->selectRow(index.row());
}

void CataloguePage::updateActions()
{
    m_editBar->setVisible(m_canEdit);
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const Service* service = m_model->serviceFromIndex(current);
    const bool ready = m_canEdit && m_database;
    m_new->setEnabled(ready);
    for (QPushButton* button : {m_edit, m_duplicate, m_history, m_archive})
        button->setEnabled(ready && service);
    const bool archived = service && service->archived;
    m_archive->setText(archived ? tr("Offer again\u2026") : tr("Archive\u2026"));
    m_archive->setToolTip(archived ? tr("Make the selected service bookable again")
                                   : tr("Stop offering the selected service; its bookings and "
                                        "history stay"));
}

void CataloguePage::openEditor(int mode, qint64 serviceId)
{
    if (!m_canEdit || !m_database)
        return;
    auto editor =
        std::make_unique<ServiceEditor>(*m_database, ServiceEditor::Mode(mode), serviceId, this);
    editor->userName = userName;
    qint64 savedId = 0;
    connect(editor.get(), &ServiceEditor::saved, this, [&savedId](qint64 id) { savedId = id; });
    runDialog(editor.get());
    if (savedId == 0)
        return;
    reload();
    selectService(savedId);
}

void CataloguePage::newService()
{
    openEditor(int(ServiceEditor::Mode::New), 0);
}

void CataloguePage::editSelected()
{
    if (const qint64 id = selectedServiceId())
        openEditor(int(ServiceEditor::Mode::Edit), id);
}

void CataloguePage::duplicateSelected()
{
    if (const qint64 id = selectedServiceId())
        openEditor(int(ServiceEditor::Mode::Duplicate), id);
}

void CataloguePage::showHistory()
{
    const qint64 id = selectedServiceId();
    if (!m_canEdit || !m_database || id == 0)
        return;
    auto dialog = std::make_unique<ServiceHistoryDialog>(*m_database, id, this);
    dialog->userName = userName;
    dialog->confirm = confirm;
    bool restored = false;
    connect(dialog.get(), &ServiceHistoryDialog::restored, this, [&restored] { restored = true; });
    runDialog(dialog.get());
    if (restored) {
        reload();
        selectService(id);
    }
}

bool CataloguePage::archiveSelected()
{
    const qint64 id = selectedServiceId();
    const Service* service =
        m_model->serviceFromIndex(m_proxy->mapToSource(m_view->currentIndex()));
    if (!m_canEdit || !m_database || !service)
        return false;
    const QString name = service->texts.name;
    const bool archive = !service->archived;
    ServiceRevisions revisions(*m_database);
    StorageError error;
    const int bookings = revisions.bookingCount(id, &error);
    QString text;
    if (!archive) {
        text = tr("Offer \u201C%1\u201D again? It can be booked as soon as it is published.")
                   .arg(name);
    } else if (bookings > 0) {
        text = tr("Archive \u201C%1\u201D? It can no longer be booked. Its bookings (%2) and "
                  "its history stay as they are, and you can offer it again later.")
                   .arg(name)
                   .arg(bookings);
    } else {
        text = tr("Archive \u201C%1\u201D? It can no longer be booked. Nothing is deleted: its "
                  "history stays, and you can offer it again later.")
                   .arg(name);
    }
    if (!confirm(archive ? tr("Archive service") : tr("Offer service again"), text))
        return false;
    if (error || !revisions.setArchived(id, archive, userName, &error)) {
        warn(tr("Not changed"), error.message);
        return false;
    }
    reload();
    selectService(id);
    emit statusMessage(archive ? tr("\u201C%1\u201D is archived.").arg(name)
                               : tr("\u201C%1\u201D is offered again.").arg(name));
    return true;
}

void CataloguePage::setDatabase(Database* database)
{
    m_database = database;
    reload();
}

void CataloguePage::reload()
{
    const qint64 selected = selectedServiceId();
    if (!m_model->load(m_database, m_language->currentData().toString(), m_canEdit))
        emit statusMessage(m_model->lastError());
    m_view->resizeColumnsToContents();
    if (m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    selectService(selected);
    showSelected();
}

void CataloguePage::showSelected()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const Service* service = m_model->serviceFromIndex(current);
    const ServiceState* state = m_model->stateFromIndex(current);
    QString note;
    if (m_canEdit && state && state->publishedRevision == 0)
        note = tr("Not published yet: clients do not see this service. This is its latest draft.");
    else if (m_canEdit && state && state->hasUnpublishedDraft())
        note = tr("A newer draft (revision %1) is waiting to be published; clients see the text "
                  "below.")
                   .arg(state->latestRevision);
    const QString noteHtml =
        note.isEmpty() ? QString()
                       : QStringLiteral("<p style=\"background-color:#fff4d6\">&nbsp;%1&nbsp;</p>")
                             .arg(note.toHtmlEscaped());
    m_preview->setHtml(service ? noteHtml + clientFacingHtml(*service)
                               : tr("<p>Select a service to see it as a client reads it.</p>"));
    updateActions();
}

QString CataloguePage::clientFacingHtml(const Service& s)
{
    QStringList areas;
    for (const QString& key : s.bodyAreas)
        areas << ServiceListModel::bodyAreaText(key);
    QString prices;
    for (const ServiceDuration& d : s.durations) {
        prices += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                      .arg(tr("%1 minutes").arg(d.minutes), formatEuros(d.priceCents));
    }
    const auto para = [](const QString& text) {
        return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
    };
    return QStringLiteral("<h2>%1</h2>").arg(s.texts.name.toHtmlEscaped()) +
           para(s.texts.description) + QStringLiteral("<h3>%1</h3>").arg(tr("What to expect")) +
           para(s.texts.whatToExpect) + QStringLiteral("<h3>%1</h3>").arg(tr("Afterwards")) +
           para(s.texts.aftercare) +
           QStringLiteral("<h3>%1</h3><table cellpadding=\"3\">%2</table>")
               .arg(tr("Durations and prices"), prices) +
           QStringLiteral("<p><small>%1</small></p>")
               .arg(tr("Body areas: %1 \u00B7 Pressure: %2 \u00B7 Cleanup after the session: "
                       "%3 min")
                        .arg(areas.join(QStringLiteral(", ")).toHtmlEscaped(),
                             ServiceListModel::pressureText(s.pressure).toHtmlEscaped())
                        .arg(s.cleanupMinutes));
}

void CataloguePage::setRole(std::optional<Role> role)
{
    Page::setRole(role);
    setCanEdit(may(Action::EditCentre));
}
