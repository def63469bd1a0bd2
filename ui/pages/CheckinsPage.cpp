#include "pages/CheckinsPage.h"

#include "core/ClientRules.h"
#include "core/Clock.h"
#include "dialogs/CheckinDialog.h"
#include "models/DayAgendaModel.h"
#include "pages/LiveReload.h"
#include "storage/ChangeFeed.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "widgets/SessionPanel.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

CheckinsPage::CheckinsPage(const Clock& clock, QWidget* parent)
    : Page(parent), m_clock(clock), m_model(new DayAgendaModel(this)), m_view(new QTableView),
      m_heading(new QLabel), m_attention(new QLabel), m_panel(new SessionPanel),
      m_splitter(new QSplitter),
      m_live(new LiveReload(
          this, [this] { reload(); },
          // The panel's own forms (clearance, finish, postpone) act on the session shown: it
          // must not change under them. The check-in form holds its own copy of the booking.
          [this] {
              const QList<QDialog*> forms = m_panel->findChildren<QDialog*>();
              return std::any_of(forms.begin(), forms.end(),
                                 [](const QDialog* d) { return d->isVisible(); });
          }))
{
    askConsent = [this](const QString& clientName) {
        QMessageBox box(QMessageBox::Question, tr("Consent before the check-in"),
                        tr("%1 has not agreed to the data-processing consent, which the check-in "
                           "needs. Please let the client read it:")
                            .arg(clientName),
                        QMessageBox::NoButton, this);
        box.setInformativeText(ClientRules::consentText());
        box.addButton(tr("The client &agrees"), QMessageBox::AcceptRole);
        QAbstractButton* no = box.addButton(tr("&Not now"), QMessageBox::RejectRole);
        box.setDefaultButton(static_cast<QPushButton*>(no));
        box.exec();
        return box.clickedButton() != no;
    };
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_heading->setFont(big);
    m_attention->setWordWrap(true);
    m_attention->setObjectName(QStringLiteral("checkinAttention"));

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Today's sessions"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnHidden(DayAgendaModel::Length, true);
    m_view->setColumnHidden(DayAgendaModel::Room, true);
    // The outcome is what this page is for: right after the time, never scrolled out of view.
    m_view->horizontalHeader()->moveSection(DayAgendaModel::Checkin, 1);

    auto* legend = new QLabel(
        tr("Outcomes, mildest first: \u2713 Proceed \u00B7 \u2139 Note for the therapist \u00B7 "
           "\u25B2 Adapt (areas to avoid; therapist signs off) \u00B7 \u26A0 Needs clearance "
           "(cannot start until clearance is recorded) \u00B7 \u2716 Stop and refer (no "
           "massage; the client is advised to seek medical attention)."));
    legend->setWordWrap(true);

    auto* checkIn = new QPushButton(tr("&Check in the selected client\u2026"));
    checkIn->setToolTip(tr("Run the check-in questions with the client (Enter or double-click "
                           "a session)"));
    connect(checkIn, &QPushButton::clicked, this, &CheckinsPage::openCheckin);
    connect(m_view, &QTableView::activated, this, &CheckinsPage::openCheckin);

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(checkIn);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_attention);
    m_splitter->setObjectName(QStringLiteral("checkinsSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_panel);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(legend);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_panel->setBooking(m_model->entryFromIndex(current));
            });
    connect(m_panel, &SessionPanel::checkinRequested, this, &CheckinsPage::openCheckin);
    connect(m_panel, &SessionPanel::changed, this, [this](const QString& message) {
        reload();
        emit statusMessage(message);
    });
}

void CheckinsPage::setDatabase(Database* database)
{
    m_database = database;
    m_panel->setDatabase(database);
    m_model->setDatabase(database, database ? SettingsRepository(*database).timeZone()
                                            : QTimeZone::systemTimeZone());
    if (isVisible())
        reload();
}

int CheckinsPage::columnsWidth() const
{
    const QHeaderView* header = m_view->horizontalHeader();
    const QAbstractItemView* view = m_view; // sizeHintForColumn is public here
    int width = 2 * m_view->frameWidth() + m_view->verticalScrollBar()->sizeHint().width();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (!m_view->isColumnHidden(c))
            width += qMax(view->sizeHintForColumn(c), header->sectionSizeHint(c));
    }
    return width;
}

// Every column reads without sideways scrolling: the table takes the width its columns need,
// and when the session panel no longer fits beside it, the panel goes underneath.
void CheckinsPage::fitColumns()
{
    // A stretched last section keeps the width it was stretched to: measure without it.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->resizeColumnsToContents();
    const int needed = columnsWidth();
    const int panel = m_panel->minimumSizeHint().width();
    const int handle = m_splitter->handleWidth();
    const bool sideBySide = needed + handle + panel <= m_splitter->width();
    const Qt::Orientation orientation = sideBySide ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter->orientation() != orientation)
        m_splitter->setOrientation(orientation);
    m_view->setMinimumWidth(sideBySide ? needed : 0);
    if (sideBySide) {
        m_splitter->setSizes({needed, m_splitter->width() - needed - handle});
    } else {
        const int total = m_splitter->height() - handle;
        const int below = qMin(m_panel->sizeHint().height(), total / 2);
        m_splitter->setSizes({total - below, below});
    }
    m_view->horizontalHeader()->setStretchLastSection(true);
}

void CheckinsPage::resizeEvent(QResizeEvent* event)
{
    Page::resizeEvent(event);
    fitColumns();
}

void CheckinsPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    reload(); // "today" moves on while the window stays open
}

void CheckinsPage::databaseChanged(const Change& change)
{
    if (m_database && change.touches(m_model->day()))
        m_live->request();
}

void CheckinsPage::reload()
{
    const AgendaEntry* selected = m_model->entryFromIndex(m_view->currentIndex());
    const qint64 keep = selected ? selected->id : 0;
    const int scrolled = m_view->verticalScrollBar()->value();
    const QTimeZone zone =
        m_database ? SettingsRepository(*m_database).timeZone() : QTimeZone::systemTimeZone();
    const QDate today = m_clock.nowUtc().toTimeZone(zone).date();
    if (!m_model->load(today))
        emit statusMessage(m_model->lastError());
    m_heading->setText(
        tr("Check-ins for today, %1").arg(QLocale().toString(today, QLocale::LongFormat)));
    int attention = 0;
    int waiting = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const AgendaEntry* e = m_model->entryFromIndex(m_model->index(row, 0));
        if (e->checkinOutcome == QLatin1String("stop_refer") ||
            e->checkinOutcome == QLatin1String("needs_clearance"))
            ++attention;
        if (e->checkinOutcome.isEmpty() &&
            (e->status == QLatin1String("booked") || e->status == QLatin1String("arrived")))
            ++waiting;
    }
    m_attention->setText(tr("%n session(s) need attention before starting", nullptr, attention) +
                         QStringLiteral(" \u00B7 ") + tr("%n still to check in", nullptr, waiting));
    fitColumns();
    // Keep the same session selected across reloads, so the panel stays on it.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (keep > 0 && m_model->entryFromIndex(m_model->index(row, 0))->id == keep) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            break;
        }
    }
    m_view->verticalScrollBar()->setValue(scrolled);
    m_panel->setBooking(m_model->entryFromIndex(m_view->currentIndex()));
}

CheckinDialog* CheckinsPage::openCheckin()
{
    const AgendaEntry* e = m_model->entryFromIndex(m_view->currentIndex());
    if (!m_database || !e)
        return nullptr;
    if (e->status != QLatin1String("booked") && e->status != QLatin1String("arrived")) {
        emit statusMessage(tr("Only booked or arrived sessions take a check-in; this one is %1.")
                               .arg(DayAgendaModel::statusText(e->status).toLower()));
        return nullptr;
    }
    if (!ensureConsent(e->clientId, e->clientName))
        return nullptr;
    const QTimeZone zone = SettingsRepository(*m_database).timeZone();
    CheckinDialog::Booking booking{
        e->id, e->clientName, e->serviceCode, e->serviceName,
        QDateTime::fromSecsSinceEpoch(e->startsAt, zone).toString(QStringLiteral("HH:mm"))};
    auto* dialog = new CheckinDialog(*m_database, booking, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CheckinDialog::recorded, this, [this] { reload(); });
    dialog->open();
    return dialog;
}

void CheckinsPage::setRole(std::optional<Role> role)
{
    Page::setRole(role);
    m_panel->setRole(role);
}

bool CheckinsPage::ensureConsent(qint64 clientId, const QString& clientName)
{
    ClientDetails client;
    StorageError error;
    if (!ClientRepository(*m_database).details(clientId, &client, &error)) {
        emit statusMessage(error.message);
        return false;
    }
    if (client.hasConsent())
        return true;
    // Check-in answers are health data: they are only taken with the client's consent, which
    // is asked here rather than discovered when the form is saved.
    if (!askConsent(clientName)) {
        emit statusMessage(tr("No check-in for %1: the data-processing consent is needed "
                              "first.")
                               .arg(clientName));
        return false;
    }
    const qint64 by = m_database->actor() ? m_database->actor()->userId : 0;
    if (!ClientRepository(*m_database)
             .recordConsent(clientId, ClientRules::consentVersion(), by, &error)) {
        emit statusMessage(error.message);
        return false;
    }
    return true;
}
