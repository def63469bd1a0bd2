#include "pages/ClientsPage.h"

#include "core/ClientRules.h"
#include "dialogs/ClientDialog.h"
#include "models/ClientBookingsModel.h"
#include "models/ClientListModel.h"
#include "pages/LiveReload.h"
#include "storage/ChangeFeed.h"
#include "storage/ClientRepository.h"
#include "storage/SettingsRepository.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <iterator>

namespace {

QLabel* detailLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// Columns widen to fit what is shown but never narrow again, so they do not jump as the
// receptionist types; the last one takes the rest of the width.
void growColumns(QTableView* view)
{
    const int columns = view->model()->columnCount();
    const QAbstractItemView* items = view; // sizeHintForColumn is public here
    for (int column = 0; column + 1 < columns; ++column) {
        const int wanted = qMin(360, qMax(items->sizeHintForColumn(column),
                                          view->horizontalHeader()->sectionSizeHint(column)));
        if (wanted > view->columnWidth(column))
            view->setColumnWidth(column, wanted);
    }
}

QTableView* makeTable()
{
    auto* view = new QTableView;
    view->setWordWrap(false);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

ClientsPage::ClientsPage(QWidget* parent)
    : Page(parent), m_model(new ClientListModel(this)), m_bookings(new ClientBookingsModel(this)),
      m_search(new QLineEdit), m_newClient(new QPushButton(tr("&New client\u2026"))),
      m_view(makeTable()), m_count(new QLabel), m_splitter(new QSplitter(Qt::Vertical)),
      m_detail(new QStackedWidget), m_name(detailLabel(QStringLiteral("detailName"))),
      m_phone(detailLabel(QStringLiteral("detailPhone"))),
      m_email(detailLabel(QStringLiteral("detailEmail"))),
      m_language(detailLabel(QStringLiteral("detailLanguage"))),
      m_notes(detailLabel(QStringLiteral("detailNotes"))),
      m_consent(detailLabel(QStringLiteral("detailConsent"))),
      m_bookingsSummary(detailLabel(QStringLiteral("bookingsSummary"))),
      m_edit(new QPushButton(tr("&Edit client\u2026"))),
      m_exportData(new QPushButton(tr("E&xport data\u2026"))),
      m_eraseClient(new QPushButton(tr("Erase client\u2026"))),
      m_printReport(new QPushButton(tr("Print &report\u2026"))), m_bookingsView(makeTable()),
      m_live(new LiveReload(this, [this] { reloadLive(); }))
{
    m_search->setPlaceholderText(tr("Search by name, phone or email (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("clientSearch"));
    m_count->setObjectName(QStringLiteral("clientCount"));
    m_search->setAccessibleName(tr("Search clients"));
    m_view->setAccessibleName(tr("Clients found"));
    m_search->installEventFilter(this);
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_newClient->setObjectName(QStringLiteral("newClient"));
    m_newClient->setToolTip(tr("Add a client (Ctrl+N)"));
    m_edit->setObjectName(QStringLiteral("editClient"));
    m_edit->setToolTip(tr("Change the selected client's details or consent (Enter or "
                          "double-click in the list)"));
    m_exportData->setObjectName(QStringLiteral("exportClientData"));
    m_exportData->setToolTip(tr("Save everything kept about this client as a JSON file and a "
                                "readable PDF report (recorded in the audit log)"));
    m_printReport->setObjectName(QStringLiteral("printClientReport"));
    m_printReport->setToolTip(tr("Print the readable report of everything kept about this "
                                 "client, or save it as a PDF (recorded in the audit log)"));
    m_eraseClient->setObjectName(QStringLiteral("eraseClient"));
    m_eraseClient->setToolTip(tr("Remove this client's personal and health data for good; "
                                 "their bookings stay as anonymous statistics"));

    m_view->setModel(m_model);
    m_bookingsView->setModel(m_bookings);
    m_bookingsView->setObjectName(QStringLiteral("clientBookings"));
    m_bookingsView->setAccessibleName(tr("The client's bookings"));
    m_bookingsView->setSelectionMode(QAbstractItemView::NoSelection);
    m_bookingsView->setFocusPolicy(Qt::NoFocus);
    m_bookingsView->setAlternatingRowColors(false); // upcoming rows have their own tint
    // Room for a typical row before any client is shown.
    const QFontMetrics metrics = m_bookingsView->fontMetrics();
    const QString samples[] = {tr("Upcoming"), QStringLiteral("Wed 30 Dec 2026, 18:45"),
                               QStringLiteral("Relaxing full-body massage"),
                               QStringLiteral("Jordi Serra"), tr("Completed")};
    for (int column = 0; column < int(std::size(samples)); ++column)
        m_bookingsView->setColumnWidth(column, metrics.horizontalAdvance(samples[column]) + 24);

    // The selected client: name and contact details in a few lines, then the bookings below
    // at full width, so the table keeps its columns even on a small screen.
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_name->setFont(big);
    auto* heading = new QHBoxLayout;
    heading->addWidget(m_name, 1);
    heading->addWidget(m_edit, 0, Qt::AlignTop);
    heading->addWidget(m_exportData, 0, Qt::AlignTop);
    heading->addWidget(m_printReport, 0, Qt::AlignTop);
    heading->addWidget(m_eraseClient, 0, Qt::AlignTop);
    auto* contact = new QGridLayout;
    contact->setHorizontalSpacing(8);
    contact->setVerticalSpacing(4);
    const auto caption = [](const QString& text, int indent = 0) {
        auto* label = new QLabel(text);
        label->setStyleSheet(QStringLiteral("color: palette(placeholder-text)"));
        label->setContentsMargins(indent, 0, 0, 0);
        return label;
    };
    contact->addWidget(caption(tr("Phone:")), 0, 0);
    contact->addWidget(m_phone, 0, 1);
    contact->addWidget(caption(tr("Email:"), 24), 0, 2);
    contact->addWidget(m_email, 0, 3);
    contact->addWidget(caption(tr("Language:"), 24), 0, 4);
    contact->addWidget(m_language, 0, 5);
    contact->addWidget(caption(tr("Consent:")), 1, 0);
    contact->addWidget(m_consent, 1, 1, 1, 6);
    contact->addWidget(caption(tr("Notes:")), 2, 0, Qt::AlignTop);
    contact->addWidget(m_notes, 2, 1, 1, 6);
    // Each caption stays beside its value; the spare width goes to the right.
    contact->setColumnStretch(6, 1);
    auto* details = new QWidget;
    auto* detailLayout = new QVBoxLayout(details);
    detailLayout->setContentsMargins(0, 6, 0, 0);
    detailLayout->addLayout(heading);
    detailLayout->addLayout(contact);
    detailLayout->addSpacing(6);
    detailLayout->addWidget(m_bookingsSummary);
    detailLayout->addWidget(m_bookingsView, 1);
    auto* placeholder = new QLabel(tr("Select a client to see their details and bookings, or "
                                      "press Ctrl+N to add a new one."));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    m_detail->addWidget(placeholder);
    m_detail->addWidget(details);

    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_newClient);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_count);
    layout->addWidget(m_splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this] { runSearch(); });
    // Scrolling to the end of the list reads more matches: the count follows.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ClientsPage::updateCount);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0)
            m_view->setFocus(); // Enter again edits the highlighted client
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ClientsPage::showDetails);
    connect(m_view, &QTableView::activated, this, &ClientsPage::editSelectedClient);
    connect(m_newClient, &QPushButton::clicked, this, &ClientsPage::openNewClient);
    connect(m_edit, &QPushButton::clicked, this, &ClientsPage::editSelectedClient);
    connect(m_exportData, &QPushButton::clicked, this, &ClientsPage::exportSelectedClient);
    connect(m_eraseClient, &QPushButton::clicked, this, &ClientsPage::eraseSelectedClient);
    connect(m_printReport, &QPushButton::clicked, this,
            [this] { printClientReport(selectedClientId()); });
    updateRightsButtons(false);
}

void ClientsPage::setRole(std::optional<Role> role)
{
    Page::setRole(role);
    updateRightsButtons(m_edit->isEnabled());
}

void ClientsPage::updateRightsButtons(bool clientShown)
{
    // Only a manager sees them at all (DESIGN 2.5); storage refuses everyone else as well.
    const bool manager = may(Action::ClientRights);
    for (QPushButton* button : {m_exportData, m_printReport, m_eraseClient}) {
        button->setVisible(manager);
        button->setEnabled(manager && clientShown);
    }
}

void ClientsPage::setDatabase(Database* database)
{
    if (database != m_database) {
        // An open form works on the database it was opened with: it cannot outlive it.
        const QList<ClientDialog*> open = findChildren<ClientDialog*>();
        for (ClientDialog* dialog : open)
            delete dialog;
    }
    m_database = database;
    const QTimeZone zone =
        database ? SettingsRepository(*database).timeZone() : QTimeZone::systemTimeZone();
    m_model->setDatabase(database, zone);
    m_bookings->setDatabase(database, zone);
    m_newClient->setEnabled(database != nullptr);
    // The list is read when the page is first shown, not while the desk starts on another page.
    m_searchPending = !isVisible();
    if (!m_searchPending)
        runSearch();
}

qint64 ClientsPage::selectedClientId() const
{
    const ClientSummary* c = m_model->clientFromIndex(m_view->currentIndex());
    return c ? c->id : 0;
}

bool ClientsPage::selectClient(qint64 id)
{
    // Among the rows read so far, then those scrolling would read.
    for (int row = 0;; ++row) {
        if (row == m_model->rowCount()) {
            if (!m_model->canFetchMore({}))
                return false;
            m_model->fetchMore({});
            if (row == m_model->rowCount())
                return false;
        }
        if (m_model->clientFromIndex(m_model->index(row, 0))->id == id) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            m_view->scrollTo(m_view->currentIndex());
            return true;
        }
    }
}

void ClientsPage::runSearch(int atLeast)
{
    const qint64 selected = selectedClientId();
    if (!m_model->search(m_search->text(), atLeast))
        emit statusMessage(m_model->lastError());
    updateCount();
    // Keep the client in view while typing narrows the list; otherwise show the first match.
    if (!selectClient(selected) && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    if (m_model->rowCount() == 0)
        showDetails();
}

void ClientsPage::updateCount()
{
    const int rows = m_model->rowCount();
    if (m_model->moreThanShown())
        m_count->setText(
            tr("Showing the first %1 clients; type more to narrow the search.").arg(rows));
    else if (rows == 0 && !m_search->text().trimmed().isEmpty())
        m_count->setText(tr("No client matches \u201C%1\u201D. Press Ctrl+N to add them.")
                             .arg(m_search->text().trimmed()));
    else
        m_count->setText(tr("%n client(s)", nullptr, rows));
    growColumns(m_view);
}

void ClientsPage::databaseChanged(const Change& change)
{
    if (!m_database ||
        !(change.isAbout(Change::Kind::Client) || change.isAbout(Change::Kind::Booking) ||
          change.isAbout(Change::Kind::Checkin)))
        return;
    if (isVisible())
        m_live->request();
    else
        m_searchPending = true; // read again when shown
}

// The same search again and the same client's details, where the person left them.
void ClientsPage::reloadLive()
{
    const int list = m_view->verticalScrollBar()->value();
    const int bookings = m_bookingsView->verticalScrollBar()->value();
    runSearch(m_model->rowCount());
    showDetails();
    m_view->verticalScrollBar()->setValue(list);
    m_bookingsView->verticalScrollBar()->setValue(bookings);
}

void ClientsPage::showDetails()
{
    ClientDetails client;
    StorageError error;
    const qint64 id = selectedClientId();
    if (!m_database || id == 0 || !ClientRepository(*m_database).details(id, &client, &error)) {
        if (error)
            emit statusMessage(error.message);
        m_bookings->load(0);
        m_detail->setCurrentIndex(0);
        m_edit->setEnabled(false);
        updateRightsButtons(false);
        return;
    }
    const QTimeZone zone = SettingsRepository(*m_database).timeZone();
    const auto date = [&zone](qint64 secs) {
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(secs, zone).date(),
                                  QStringLiteral("d MMM yyyy"));
    };
    const QString none = tr("\u2013");
    m_name->setText(client.name);
    m_phone->setText(client.phone.isEmpty() ? none : client.phone);
    m_email->setText(client.email.isEmpty() ? none : client.email);
    m_language->setText(
        m_model->index(m_view->currentIndex().row(), ClientListModel::Language).data().toString());
    // Long notes stay a few lines here; the whole text is in the tooltip and the edit form.
    const QString notes = client.notes.simplified();
    m_notes->setText(notes.isEmpty()      ? none
                     : notes.size() > 240 ? notes.left(240) + QChar(0x2026)
                                          : notes);
    m_notes->setToolTip(client.notes);
    if (client.hasConsent() && client.consentVersion == ClientRules::consentVersion())
        m_consent->setText(
            tr("\u2713 Given on %1 (text %2)").arg(date(client.consentAt), client.consentVersion));
    else if (client.hasConsent())
        m_consent->setText(
            tr("\u25B2 Given on %1 for an earlier text (%2); ask again for %3")
                .arg(date(client.consentAt), client.consentVersion, ClientRules::consentVersion()));
    else if (client.consentWithdrawnAt > 0)
        m_consent->setText(tr("\u2716 Withdrawn on %1").arg(date(client.consentWithdrawnAt)));
    else
        m_consent->setText(tr("\u2716 Not recorded yet: ask the client"));

    if (!m_bookings->load(id))
        emit statusMessage(m_bookings->lastError());
    const int upcoming = m_bookings->upcomingCount();
    const int past = m_bookings->pastCount();
    if (upcoming + past == 0)
        m_bookingsSummary->setText(tr("No bookings yet."));
    else
        m_bookingsSummary->setText(
            tr("%n upcoming", nullptr, upcoming) + QStringLiteral(" \u00B7 ") +
            (m_bookings->isCapped() ? tr("the latest %n past bookings", nullptr, past)
                                    : tr("%n past", nullptr, past)));
    growColumns(m_bookingsView);
    m_detail->setCurrentIndex(1);
    m_edit->setEnabled(true);
    updateRightsButtons(true);
}

ClientDialog* ClientsPage::openNewClient()
{
    return openDialog(0);
}

ClientDialog* ClientsPage::editSelectedClient()
{
    const qint64 id = selectedClientId();
    return id > 0 ? openDialog(id) : nullptr;
}

ClientDialog* ClientsPage::openDialog(qint64 id)
{
    if (!m_database)
        return nullptr;
    auto* dialog = new ClientDialog(*m_database, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (id == 0 && m_model->rowCount() == 0)
        dialog->prefill(m_search->text()); // what found nobody is usually the new client
    connect(dialog, &ClientDialog::saved, this, &ClientsPage::clientSaved);
    dialog->open();
    return dialog;
}

void ClientsPage::clientSaved(qint64 id)
{
    ClientSummary client;
    StorageError error;
    if (!m_database || !ClientRepository(*m_database).find(id, &client, &error))
        return;
    runSearch();
    // Show the saved client even when what is in the search box no longer finds them.
    if (!selectClient(id))
        m_search->setText(client.name);
    selectClient(id);
    showDetails();
    emit statusMessage(tr("Saved %1 (client %2).").arg(client.name).arg(id));
}

void ClientsPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (m_searchPending) {
        m_searchPending = false;
        runSearch();
    }
    // Ctrl+N means "new client" here, not File > New database: claim it before the menu does.
    if (!m_filteredWindow) {
        m_filteredWindow = window();
        m_filteredWindow->installEventFilter(this);
    }
}

void ClientsPage::hideEvent(QHideEvent* event)
{
    if (m_filteredWindow) {
        m_filteredWindow->removeEventFilter(this);
        m_filteredWindow = nullptr;
    }
    Page::hideEvent(event);
}

bool ClientsPage::eventFilter(QObject* watched, QEvent* event)
{
    const bool key = event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride;
    if (!key)
        return Page::eventFilter(watched, event);
    auto* keyEvent = static_cast<QKeyEvent*>(event);
    if (watched == m_filteredWindow && keyEvent->matches(QKeySequence::New)) {
        // Accepting the override turns the shortcut into a key press that reaches us next.
        event->accept();
        if (event->type() == QEvent::KeyPress)
            openNewClient();
        return true;
    }
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        keyEvent->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        m_view->setFocus();
        return true;
    }
    return Page::eventFilter(watched, event);
}
