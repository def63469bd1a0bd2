#include "waitlist/WaitlistPage.h"

#include "models/WaitlistModel.h"
#include "storage/Database.h"
#include "storage/ServiceRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/StaffRepository.h"
#include "waitlist/WaitlistDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

WaitlistPage::WaitlistPage(QWidget* parent)
    : Page(parent), m_model(new WaitlistModel(this)), m_service(new QComboBox),
      m_therapist(new QComboBox), m_urgent(new QCheckBox(tr("&Urgent only"))),
      m_view(new QTableView), m_add(new QPushButton(tr("&Add to the waitlist\u2026"))),
      m_edit(new QPushButton(tr("&Edit\u2026"))), m_remove(new QPushButton(tr("&Remove\u2026"))),
      m_summary(new QLabel), m_removed(new QLabel), m_undo(new QPushButton(tr("&Undo")))
{
    runDialog = [](QDialog* dialog) {
        return dialog->exec();
    };
    confirm = [this](const QString& title, const QString& text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("waitlistTable"));
    m_view->setAccessibleName(tr("Waitlist entries"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(WaitlistModel::Note, QHeaderView::Stretch);
    m_service->setAccessibleName(tr("Service"));
    m_therapist->setAccessibleName(tr("Therapist"));

    auto* filters = new QHBoxLayout;
    auto* serviceLabel = new QLabel(tr("&Service:"));
    serviceLabel->setBuddy(m_service);
    auto* therapistLabel = new QLabel(tr("&Therapist:"));
    therapistLabel->setBuddy(m_therapist);
    filters->addWidget(serviceLabel);
    filters->addWidget(m_service);
    filters->addWidget(therapistLabel);
    filters->addWidget(m_therapist);
    filters->addWidget(m_urgent);
    filters->addStretch();
    filters->addWidget(m_summary);

    auto* undoBar = new QHBoxLayout;
    m_removed->setTextFormat(Qt::PlainText);
    undoBar->addWidget(m_removed);
    undoBar->addWidget(m_undo);
    undoBar->addStretch();
    m_removed->hide();
    m_undo->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    auto* heading = new QLabel(tr("Clients waiting for a freed slot. The calendar says how many "
                                  "wait for a cancelled time, and its booking dialog offers "
                                  "them, urgent first, then the oldest."));
    heading->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(undoBar);
    layout->addLayout(buttons);

    connect(m_service, &QComboBox::currentIndexChanged, this, &WaitlistPage::applyFilter);
    connect(m_therapist, &QComboBox::currentIndexChanged, this, &WaitlistPage::applyFilter);
    connect(m_urgent, &QCheckBox::toggled, this, &WaitlistPage::applyFilter);
    connect(m_add, &QPushButton::clicked, this, &WaitlistPage::addEntry);
    connect(m_edit, &QPushButton::clicked, this, &WaitlistPage::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &WaitlistPage::removeSelected);
    connect(m_undo, &QPushButton::clicked, this, &WaitlistPage::undoRemove);
    connect(m_view, &QTableView::doubleClicked, this, &WaitlistPage::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WaitlistPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WaitlistPage::updateButtons);
    updateButtons();
}

void WaitlistPage::setDatabase(Database* database)
{
    m_database = database;
    m_zone = database ? SettingsRepository(*database).timeZone() : QTimeZone();
    const QSignalBlocker serviceBlock(m_service);
    const QSignalBlocker therapistBlock(m_therapist);
    m_service->clear();
    m_therapist->clear();
    m_service->addItem(tr("All services"), 0);
    m_therapist->addItem(tr("All therapists"), 0);
    if (database) {
        StorageError error;
        for (const Service& s :
             ServiceRepository(*database).list(QLocale().name().left(2), false, &error))
            m_service->addItem(s.texts.name, s.id);
        for (const Therapist& t : StaffRepository(*database).therapists(&error))
            if (t.active)
                m_therapist->addItem(t.name, t.id);
    }
    m_lastRemoved.reset();
    m_removed->hide();
    m_undo->hide();
    m_model->setDatabase(database, m_zone);
    updateButtons();
}

void WaitlistPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    reload(); // bookings made elsewhere may have fulfilled entries
}

void WaitlistPage::reload()
{
    const WaitlistEntry* current = m_model->entryFromIndex(m_view->currentIndex());
    const qint64 id = current ? current->id : 0;
    if (!m_model->reload())
        emit statusMessage(m_model->lastError());
    if (id)
        selectEntry(id);
    updateButtons();
}

void WaitlistPage::applyFilter()
{
    WaitlistRepository::Filter filter;
    filter.serviceId = m_service->currentData().toLongLong();
    filter.therapistId = m_therapist->currentData().toLongLong();
    filter.urgentOnly = m_urgent->isChecked();
    m_model->setFilter(filter);
}

void WaitlistPage::updateButtons()
{
    const bool allowed = m_database && may(Action::Book);
    const bool selected = m_model->entryFromIndex(m_view->currentIndex()) != nullptr;
    m_add->setEnabled(allowed);
    m_edit->setEnabled(allowed && selected);
    m_remove->setEnabled(allowed && selected);
    int urgent = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        urgent += m_model->entryFromIndex(m_model->index(row, 0))->urgent ? 1 : 0;
    m_summary->setText(tr("%n waiting", nullptr, m_model->rowCount()) +
                       (urgent ? tr(" \u00B7 %n urgent", nullptr, urgent) : QString()));
}

bool WaitlistPage::selectEntry(qint64 entryId)
{
    const QModelIndex index = m_model->indexOf(entryId);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->selectRow(index.row());
    return true;
}

void WaitlistPage::addEntry()
{
    if (!m_database)
        return;
    WaitlistDialog dialog(*m_database, m_zone, WaitlistEntry(), this);
    if (runDialog(&dialog) != QDialog::Accepted)
        return;
    reload();
    selectEntry(dialog.entryId());
    emit statusMessage(tr("Added to the waitlist."));
}

void WaitlistPage::editSelected()
{
    const WaitlistEntry* current = m_model->entryFromIndex(m_view->currentIndex());
    if (!m_database || !current || !may(Action::Book))
        return;
    WaitlistDialog dialog(*m_database, m_zone, *current, this);
    if (runDialog(&dialog) != QDialog::Accepted)
        return;
    reload();
    selectEntry(dialog.entryId());
}

void WaitlistPage::removeSelected()
{
    const WaitlistEntry* current = m_model->entryFromIndex(m_view->currentIndex());
    if (!m_database || !current || !may(Action::Book))
        return;
    const WaitlistEntry entry = *current;
    if (!confirm(
            tr("Remove from the waitlist"),
            tr("Remove %1 from the waitlist for %2?").arg(entry.clientName, entry.serviceName)))
        return;
    StorageError error;
    if (!WaitlistRepository(*m_database, m_zone).remove(entry.id, &error)) {
        emit statusMessage(error.message);
        return;
    }
    m_lastRemoved = entry;
    m_removed->setText(
        tr("%1 was removed from the waitlist for %2.").arg(entry.clientName, entry.serviceName));
    m_removed->show();
    m_undo->show();
    reload();
}

bool WaitlistPage::undoRemove()
{
    if (!m_database || !m_lastRemoved)
        return false;
    // Put back with its first date, so it keeps its place in the queue.
    qint64 id = 0;
    StorageError error;
    if (!WaitlistRepository(*m_database, m_zone).add(*m_lastRemoved, &id, &error)) {
        emit statusMessage(error.message);
        return false;
    }
    m_lastRemoved.reset();
    m_removed->hide();
    m_undo->hide();
    reload();
    selectEntry(id);
    return true;
}
