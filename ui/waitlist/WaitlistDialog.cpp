#include "waitlist/WaitlistDialog.h"

#include "core/Clock.h"
#include "models/ClientListModel.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/ServiceRepository.h"
#include "storage/StaffRepository.h"
#include "storage/WaitlistRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTableView>

WaitlistDialog::WaitlistDialog(Database& database, const QTimeZone& zone,
                               const WaitlistEntry& entry, QWidget* parent)
    : QDialog(parent), m_database(database), m_zone(zone), m_entry(entry),
      m_clientModel(new ClientListModel(this)), m_search(new QLineEdit), m_clients(new QTableView),
      m_client(new QLabel), m_service(new QComboBox), m_therapists(new QListWidget),
      m_times(new QLineEdit), m_urgent(new QCheckBox(tr("&Urgent: offer before the others"))),
      m_hasUntil(new QCheckBox(tr("Only &until"))), m_until(new QDateEdit),
      m_note(new QPlainTextEdit), m_problem(new QLabel)
{
    setWindowTitle(entry.id ? tr("Edit waitlist entry") : tr("Add to the waitlist"));
    const QString language = QLocale().name().left(2);
    m_clientModel->setDatabase(&database, zone);
    m_clients->setModel(m_clientModel);
    m_clients->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_clients->setSelectionMode(QAbstractItemView::SingleSelection);
    m_clients->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_clients->verticalHeader()->hide();
    m_clients->setColumnHidden(ClientListModel::Language, true);
    m_clients->setColumnHidden(ClientListModel::Email, true);
    m_clients->horizontalHeader()->setSectionResizeMode(ClientListModel::Name,
                                                        QHeaderView::Stretch);
    m_clients->setMaximumHeight(130);
    m_search->setPlaceholderText(tr("Search the client by name or phone"));
    m_search->setClearButtonEnabled(true);

    StorageError error;
    for (const Service& s : ServiceRepository(database).list(language, false, &error))
        m_service->addItem(s.texts.name, s.code);
    for (const Therapist& t : StaffRepository(database).therapists(&error)) {
        if (!t.active)
            continue;
        auto* item = new QListWidgetItem(t.name, m_therapists);
        item->setData(Qt::UserRole, t.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(entry.therapistIds.contains(t.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_therapists->setMaximumHeight(110);
    m_therapists->setToolTip(tr("Tick the therapists the client would see; none ticked: any."));

    auto* days = new QHBoxLayout;
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        auto* box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat));
        box->setChecked(entry.weekdays & (1 << (day - 1)));
        m_days << box;
        days->addWidget(box);
    }
    days->addStretch();
    m_times->setPlaceholderText(tr("any time, or e.g. 09:00-13:00, 16:00-19:00"));
    m_times->setText(entry.windows.isEmpty() ? QString()
                                             : WaitlistMatch::windowsText(entry.windows));
    m_urgent->setChecked(entry.urgent);
    const QDate today = database.clock().nowUtc().toTimeZone(zone).date();
    m_until->setCalendarPopup(true);
    m_until->setMinimumDate(today);
    m_until->setDate(entry.until.isValid() ? entry.until : today.addMonths(1));
    m_hasUntil->setChecked(entry.until.isValid());
    m_until->setEnabled(entry.until.isValid());
    connect(m_hasUntil, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    auto* until = new QHBoxLayout;
    until->addWidget(m_hasUntil);
    until->addWidget(m_until);
    until->addStretch();
    m_note->setPlaceholderText(tr("e.g. prefers a morning; call on the mobile"));
    m_note->setPlainText(entry.note);
    m_note->setMaximumHeight(70);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: #a00000"));
    m_problem->hide();

    auto* form = new QFormLayout;
    if (entry.id) {
        m_client->setText(entry.clientName);
        form->addRow(tr("Client:"), m_client);
        m_search->hide();
        m_clients->hide();
    } else {
        auto* clientBox = new QVBoxLayout;
        clientBox->addWidget(m_search);
        clientBox->addWidget(m_clients);
        clientBox->addWidget(m_client);
        m_client->setText(tr("No client chosen yet."));
        form->addRow(tr("&Client:"), clientBox);
        qobject_cast<QLabel*>(form->labelForField(clientBox))->setBuddy(m_search);
    }
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&Therapists:"), m_therapists);
    form->addRow(tr("Days:"), days);
    form->addRow(tr("T&imes:"), m_times);
    form->addRow(QString(), m_urgent);
    form->addRow(tr("Last day:"), until);
    form->addRow(tr("&Note:"), m_note);
    const int service = m_service->findData(entry.serviceCode);
    if (service >= 0)
        m_service->setCurrentIndex(service);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &WaitlistDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WaitlistDialog::reject);
    connect(m_search, &QLineEdit::textEdited, this, &WaitlistDialog::searchClients);
    // A correction clears the last refusal.
    connect(m_times, &QLineEdit::textEdited, m_problem, &QWidget::hide);
    connect(m_clients->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (const ClientSummary* c = m_clientModel->clientFromIndex(current)) {
                    m_entry.clientId = c->id;
                    m_client->setText(tr("For %1").arg(c->name));
                }
            });
    resize(560, entry.id ? 460 : 600);
}

void WaitlistDialog::searchClients(const QString& text)
{
    m_clientModel->search(text);
    if (m_clientModel->rowCount() == 1)
        m_clients->selectRow(0);
}

bool WaitlistDialog::selectClient(qint64 clientId)
{
    ClientSummary client;
    StorageError error;
    if (!ClientRepository(m_database).find(clientId, &client, &error))
        return false;
    m_search->setText(client.name);
    searchClients(client.name);
    m_entry.clientId = clientId;
    m_client->setText(tr("For %1").arg(client.name));
    return true;
}

bool WaitlistDialog::entry(WaitlistEntry* entry, QString* problem) const
{
    WaitlistEntry e = m_entry;
    if (!e.clientId) {
        *problem = tr("Choose the client first: search above.");
        return false;
    }
    e.serviceCode = m_service->currentData().toString();
    e.serviceId = 0;
    e.therapistIds.clear();
    for (int row = 0; row < m_therapists->count(); ++row)
        if (m_therapists->item(row)->checkState() == Qt::Checked)
            e.therapistIds << m_therapists->item(row)->data(Qt::UserRole).toLongLong();
    e.weekdays = 0;
    for (int day = 0; day < m_days.size(); ++day)
        if (m_days.at(day)->isChecked())
            e.weekdays |= 1 << day;
    if (e.weekdays == WaitlistMatch::kAllDays)
        e.weekdays = 0;
    QString times = m_times->text();
    times.replace(QChar(0x2013), QLatin1Char('-'));
    if (!WaitlistMatch::parseWindows(times, &e.windows)) {
        *problem = tr("Write the times of day as 09:00-13:00, several separated by commas, or "
                      "leave them empty for any time.");
        return false;
    }
    e.urgent = m_urgent->isChecked();
    e.until = m_hasUntil->isChecked() ? m_until->date() : QDate();
    e.note = m_note->toPlainText().trimmed();
    *entry = e;
    return true;
}

bool WaitlistDialog::save()
{
    WaitlistEntry e;
    QString problem;
    StorageError error;
    WaitlistRepository waitlist(m_database, m_zone);
    bool saved = entry(&e, &problem);
    if (saved) {
        qint64 id = e.id;
        saved = e.id ? waitlist.update(e, &error) : waitlist.add(e, &id, &error);
        problem = error.message;
        if (saved)
            m_entry.id = id;
    }
    m_problem->setText(problem);
    m_problem->setVisible(!saved);
    return saved;
}

void WaitlistDialog::accept()
{
    if (save())
        QDialog::accept();
}
