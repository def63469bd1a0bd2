#include "calendar/BookingDialog.h"

#include "core/Clock.h"
#include "core/LocalTime.h"
#include "models/ClientListModel.h"
#include "storage/CheckinRepository.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/ServiceRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/StorageError.h"
#include "waitlist/BookingWaitlist.h"
#include "widgets/WaitingSave.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimeEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace {

const QString kFits = QStringLiteral("color: #1b5e20");
const QString kRefused = QStringLiteral("color: #8b0000");

QString hhmm(qint64 utc, const QTimeZone& zone)
{
    return LocalTime::formatExact(utc, zone, QStringLiteral("HH:mm"));
}

} // namespace

BookingDialog::BookingDialog(Database& database, const QTimeZone& zone, const Prefill& prefill,
                             QWidget* parent)
    : QDialog(parent), m_database(database), m_zone(zone), m_clientModel(new ClientListModel(this)),
      m_search(new QLineEdit), m_clients(new QTableView), m_chosenClient(new QLabel),
      m_referral(new QLabel), m_newClientButton(new QPushButton(tr("&New client\u2026"))),
      m_newClient(new QFrame), m_newName(new QLineEdit), m_newPhone(new QLineEdit),
      m_newProblem(new QLabel), m_service(new QComboBox), m_duration(new QComboBox),
      m_therapist(new QComboBox), m_room(new QComboBox), m_date(new QDateEdit),
      m_time(new QTimeEdit), m_repeated(new QComboBox), m_conflict(new QLabel),
      m_slotHeading(new QLabel), m_slotList(new QListWidget), m_save(nullptr),
      m_checkTimer(new QTimer(this))
{
    setWindowTitle(tr("New booking"));
    setObjectName(QStringLiteral("bookingDialog"));
    m_clientModel->setDatabase(&database, zone);

    m_search->setPlaceholderText(tr("Type a name, phone or email\u2026"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("bookingClientSearch"));
    m_clients->setModel(m_clientModel);
    m_clients->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_clients->setSelectionMode(QAbstractItemView::SingleSelection);
    m_clients->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_clients->verticalHeader()->hide();
    m_clients->setColumnHidden(ClientListModel::Language, true);
    m_clients->setColumnHidden(ClientListModel::Email, true);
    m_clients->setWordWrap(false);
    m_clients->horizontalHeader()->setSectionResizeMode(ClientListModel::Name,
                                                        QHeaderView::Stretch);
    m_clients->horizontalHeader()->setSectionResizeMode(ClientListModel::Phone,
                                                        QHeaderView::ResizeToContents);
    m_clients->horizontalHeader()->setSectionResizeMode(ClientListModel::LastVisit,
                                                        QHeaderView::ResizeToContents);
    m_clients->verticalHeader()->setDefaultSectionSize(m_clients->fontMetrics().height() + 8);
    m_clients->setMinimumHeight(130);
    m_clients->setMaximumHeight(160);
    m_chosenClient->setTextFormat(Qt::PlainText);

    m_newName->setPlaceholderText(tr("First name and surnames"));
    m_newPhone->setPlaceholderText(tr("Phone, e.g. 612 34 56 78"));
    m_newProblem->setWordWrap(true);
    m_newProblem->setStyleSheet(kRefused);
    m_newProblem->hide();
    auto* addButton = new QPushButton(tr("&Add client"));
    auto* newLayout = new QGridLayout(m_newClient);
    newLayout->setContentsMargins(8, 6, 8, 6);
    newLayout->addWidget(new QLabel(tr("Name:")), 0, 0);
    newLayout->addWidget(m_newName, 0, 1);
    newLayout->addWidget(new QLabel(tr("Phone:")), 0, 2);
    newLayout->addWidget(m_newPhone, 0, 3);
    newLayout->addWidget(addButton, 0, 4);
    newLayout->addWidget(m_newProblem, 1, 0, 1, 5);
    // A new client the server could not take waits here and is added when it is back.
    m_newWaiting = new WaitingSave(
        m_database, [this] { return tr("New client: %1").arg(m_newName->text().trimmed()); },
        [this] { addClient(m_newName->text(), m_newPhone->text()); }, this);
    newLayout->addWidget(m_newWaiting, 2, 0, 1, 5);
    m_newClient->setFrameShape(QFrame::StyledPanel);
    m_newClient->hide();

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_newClientButton);
    auto* clientBox = new QVBoxLayout;
    clientBox->addLayout(searchRow);
    clientBox->addWidget(m_newClient);
    clientBox->addWidget(m_clients);
    clientBox->addWidget(m_chosenClient);
    m_referral->setObjectName(QStringLiteral("bookingReferral"));
    m_referral->setTextFormat(Qt::PlainText);
    m_referral->setWordWrap(true);
    m_referral->setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold"));
    m_referral->hide();
    clientBox->addWidget(m_referral);
    m_waitlist = new BookingWaitlist(database, zone, this);
    clientBox->addWidget(m_waitlist->recordLabel());

    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("ddd dd/MM/yyyy"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    auto* when = new QHBoxLayout;
    when->addWidget(m_date);
    when->addWidget(m_time);
    // Only on the night the clocks go back: which of the two times the person means.
    m_repeated->setObjectName(QStringLiteral("bookingRepeatedHour"));
    m_repeated->setAccessibleName(tr("Which of the two times"));
    m_repeated->hide();
    when->addWidget(m_repeated);
    when->addStretch();

    m_conflict->setWordWrap(true);
    m_conflict->setObjectName(QStringLiteral("bookingConflict"));
    m_conflict->setMinimumHeight(m_conflict->fontMetrics().height() * 2 + 4);
    m_conflict->setTextFormat(Qt::PlainText);
    auto* findButton = new QPushButton(tr("&Find the next free slot"));
    findButton->setToolTip(tr("The first five free places for this service and length at or "
                              "after the chosen start"));
    m_slotHeading->setWordWrap(true);
    m_slotHeading->hide();
    m_slotList->hide();
    m_slotList->setMaximumHeight(120);

    auto* form = new QFormLayout;
    form->addRow(tr("&Client:"), clientBox);
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&Length:"), m_duration);
    form->addRow(tr("&Therapist:"), m_therapist);
    form->addRow(tr("&Room:"), m_room);
    form->addRow(tr("S&tart:"), when);
    qobject_cast<QLabel*>(form->labelForField(clientBox))->setBuddy(m_search);
    qobject_cast<QLabel*>(form->labelForField(when))->setBuddy(m_date);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(tr("&Book"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_waitlist);
    layout->addLayout(form);
    layout->addWidget(m_conflict);
    // A booking the server could not take waits here and is booked when the connection is back;
    // Scheduler::book checks the time again inside its one transaction then.
    m_waiting = new WaitingSave(
        m_database,
        [this] {
            return tr("Booking: %1, %2 %3")
                .arg(m_chosenClient->text(), m_date->date().toString(QStringLiteral("dd/MM")),
                     m_time->time().toString(QStringLiteral("HH:mm")));
        },
        [this] { accept(); }, this);
    layout->addWidget(m_waiting);
    auto* findRow = new QHBoxLayout;
    findRow->addWidget(findButton);
    findRow->addStretch();
    layout->addLayout(findRow);
    layout->addWidget(m_slotHeading);
    layout->addWidget(m_slotList);
    layout->addWidget(buttons);
    resize(640, 620);

    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(150);
    connect(m_checkTimer, &QTimer::timeout, this, &BookingDialog::check);
    connect(m_search, &QLineEdit::textEdited, this, &BookingDialog::searchClients);
    connect(m_clients->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (const ClientSummary* c = m_clientModel->clientFromIndex(current)) {
                    m_clientId = c->id;
                    showClient();
                }
            });
    connect(m_newClientButton, &QPushButton::clicked, this, [this] {
        const QString typed = m_search->text().trimmed();
        const bool digits = !typed.isEmpty() && typed.at(0).isDigit();
        m_newName->setText(digits ? QString() : typed);
        m_newPhone->setText(digits ? typed : QString());
        m_newClient->show();
        m_newName->setFocus();
    });
    connect(addButton, &QPushButton::clicked, this,
            [this] { addClient(m_newName->text(), m_newPhone->text()); });
    connect(m_service, &QComboBox::currentIndexChanged, this, &BookingDialog::serviceChanged);
    for (QComboBox* box : {m_duration, m_therapist, m_room})
        connect(box, &QComboBox::currentIndexChanged, this, &BookingDialog::scheduleCheck);
    connect(m_date, &QDateEdit::dateChanged, this, &BookingDialog::scheduleCheck);
    connect(m_time, &QTimeEdit::timeChanged, this, &BookingDialog::scheduleCheck);
    connect(m_repeated, &QComboBox::currentIndexChanged, this, &BookingDialog::scheduleCheck);
    connect(findButton, &QPushButton::clicked, this, &BookingDialog::findSlots);
    connect(m_slotList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { useSlot(m_slotList->row(item)); });
    connect(m_slotList, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { useSlot(m_slotList->row(item)); });
    connect(buttons, &QDialogButtonBox::accepted, this, &BookingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BookingDialog::reject);

    for (QLineEdit* edit : {m_search, m_newName, m_newPhone})
        edit->installEventFilter(this);
    loadChoices(prefill);
    // A freed slot offers its waitlist: choosing an entry fills the form in.
    connect(m_waitlist, &BookingWaitlist::offerChosen, this,
            [this](const WaitlistEntry& entry, int minute) {
                selectClient(entry.clientId);
                setService(entry.serviceCode);
                setTherapist(m_waitlist->slot().therapistId);
                setStart(m_waitlist->slot().day, QTime(minute / 60, minute % 60));
            });
    BookingRequest asked;
    QString unused;
    if (request(&asked, &unused))
        m_waitlist->setTime(asked.startsAt, asked.therapistId);
    m_search->setFocus();
}

bool BookingDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (watched == m_search) {
                if (m_clientModel->rowCount() > 0) {
                    m_clients->selectRow(0);
                    m_service->setFocus();
                }
            } else {
                addClient(m_newName->text(), m_newPhone->text());
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void BookingDialog::loadChoices(const Prefill& prefill)
{
    StorageError error;
    m_services = ServiceRepository(m_database).list(QLocale().name().left(2), false, &error);
    StaffRepository staff(m_database);
    m_therapists = staff.therapists(&error);
    m_rooms = staff.rooms(&error);
    if (error)
        m_conflict->setText(error.message);

    // The service: the one asked for, else the first that the chosen therapist and room offer.
    QString code = prefill.serviceCode;
    if (code.isEmpty()) {
        for (const Service& s : std::as_const(m_services)) {
            bool ok = true;
            for (const Therapist& t : std::as_const(m_therapists))
                ok = ok && (t.id != prefill.therapistId || t.serviceCodes.contains(s.code));
            for (const Room& r : std::as_const(m_rooms))
                ok = ok && (r.id != prefill.roomId || r.serviceCodes.contains(s.code));
            if (ok) {
                code = s.code;
                break;
            }
        }
    }
    {
        const QSignalBlocker blocker(m_service);
        for (const Service& s : std::as_const(m_services))
            m_service->addItem(s.texts.name, s.code);
    }
    m_service->setCurrentIndex(-1);
    setService(code.isEmpty() && !m_services.isEmpty() ? m_services.first().code : code);
    setTherapist(prefill.therapistId);
    setRoom(prefill.roomId);
    const QDate day =
        prefill.day.isValid()
            ? prefill.day
            : QDateTime::fromSecsSinceEpoch(m_database.clock().nowSecs(), m_zone).date();
    setStart(day, QTime(prefill.minute / 60, prefill.minute % 60));
    if (prefill.clientId)
        selectClient(prefill.clientId);
    showClient();
    check();
}

const Service* BookingDialog::currentService() const
{
    const QString code = m_service->currentData().toString();
    for (const Service& s : m_services) {
        if (s.code == code)
            return &s;
    }
    return nullptr;
}

void BookingDialog::serviceChanged()
{
    const Service* service = currentService();
    const int minutes = m_duration->currentData().toInt();
    {
        const QSignalBlocker blocker(m_duration);
        m_duration->clear();
        if (service) {
            for (const ServiceDuration& d : service->durations)
                m_duration->addItem(
                    tr("%1 min \u00B7 %2").arg(d.minutes).arg(formatEuros(d.priceCents)),
                    d.minutes);
        }
        const int keep = m_duration->findData(minutes);
        m_duration->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    fillResources();
    scheduleCheck();
}

// Only the therapists who perform the service and the rooms that suit it, "any" first.
void BookingDialog::fillResources()
{
    const QString code = m_service->currentData().toString();
    const qint64 therapist = m_therapist->currentData().toLongLong();
    const qint64 room = m_room->currentData().toLongLong();
    const QSignalBlocker blockTherapist(m_therapist);
    const QSignalBlocker blockRoom(m_room);
    m_therapist->clear();
    m_therapist->addItem(tr("Any therapist"), qint64(0));
    for (const Therapist& t : std::as_const(m_therapists)) {
        if (t.active && t.serviceCodes.contains(code))
            m_therapist->addItem(t.name, t.id);
    }
    m_room->clear();
    m_room->addItem(tr("Any room"), qint64(0));
    for (const Room& r : std::as_const(m_rooms)) {
        if (r.active && r.serviceCodes.contains(code))
            m_room->addItem(r.name, r.id);
    }
    m_therapist->setCurrentIndex(qMax(0, m_therapist->findData(therapist)));
    m_room->setCurrentIndex(qMax(0, m_room->findData(room)));
}

void BookingDialog::searchClients(const QString& text)
{
    if (m_search->text() != text)
        m_search->setText(text);
    m_clientModel->search(text);
    // Keep the chosen client highlighted if still listed; pick the only match otherwise.
    for (int row = 0; row < m_clientModel->rowCount(); ++row) {
        if (m_clientModel->clientFromIndex(m_clientModel->index(row, 0))->id == m_clientId) {
            m_clients->selectRow(row);
            return;
        }
    }
    if (m_clientModel->rowCount() == 1)
        m_clients->selectRow(0);
}

bool BookingDialog::selectClient(qint64 clientId)
{
    ClientSummary client;
    StorageError error;
    if (!ClientRepository(m_database).find(clientId, &client, &error))
        return false;
    m_clientId = clientId;
    searchClients(client.name);
    showClient();
    return true;
}

void BookingDialog::showClient()
{
    ClientSummary client;
    StorageError error;
    if (m_clientId && ClientRepository(m_database).find(m_clientId, &client, &error)) {
        m_chosenClient->setText(
            client.phone.isEmpty() ? tr("Booking for %1").arg(client.name)
                                   : tr("Booking for %1 \u00B7 %2").arg(client.name, client.phone));
    } else {
        m_chosenClient->setText(tr("No client chosen yet: search above, or add a new client."));
    }
    // The session can still be booked; it will need clearance before it starts.
    std::optional<OpenReferral> referral;
    if (m_clientId && CheckinRepository(m_database).openReferral(m_clientId, &referral, &error) &&
        referral) {
        m_referral->setText(tr("\u26A0 %1").arg(PrecautionEngine::openReferralText(*referral)));
        m_referral->show();
    } else {
        m_referral->clear();
        m_referral->hide();
    }
    m_waitlist->setClient(m_clientId);
    updateSaveButton();
}

bool BookingDialog::addClient(const QString& name, const QString& phone)
{
    ClientRules::Input input;
    input.name = name;
    input.phone = phone;
    input.language = SettingsRepository(m_database).value(SettingKeys::kClientLanguage);
    qint64 id = 0;
    StorageError error;
    if (!ClientRepository(m_database).add(input, 0, &id, &error)) {
        const bool waits = m_newWaiting->waitIfDisconnected(error);
        // The strip saves what is in the fields when the server is back.
        for (const auto& [edit, text] : {std::pair{m_newName, name}, std::pair{m_newPhone, phone}})
            if (waits && edit->text() != text)
                edit->setText(text);
        m_newProblem->setText(error.message);
        m_newProblem->setVisible(!waits);
        m_newClient->show();
        return false;
    }
    m_newWaiting->clear();
    m_newProblem->hide();
    m_newClient->hide();
    m_clientId = id;
    searchClients(input.name.trimmed());
    showClient();
    return true;
}

bool BookingDialog::setService(const QString& code)
{
    const int i = m_service->findData(code);
    if (i < 0)
        return false;
    if (i == m_service->currentIndex())
        serviceChanged();
    m_service->setCurrentIndex(i);
    return true;
}

bool BookingDialog::setMinutes(int minutes)
{
    const int i = m_duration->findData(minutes);
    if (i >= 0)
        m_duration->setCurrentIndex(i);
    return i >= 0;
}

bool BookingDialog::setTherapist(qint64 therapistId)
{
    const int i = m_therapist->findData(therapistId);
    if (i >= 0)
        m_therapist->setCurrentIndex(i);
    return i >= 0;
}

bool BookingDialog::setRoom(qint64 roomId)
{
    const int i = m_room->findData(roomId);
    if (i >= 0)
        m_room->setCurrentIndex(i);
    return i >= 0;
}

void BookingDialog::scheduleCheck()
{
    updateRepeatedChoice();
    m_fits = false;
    updateSaveButton();
    m_checkTimer->start();
}

bool BookingDialog::check()
{
    m_checkTimer->stop();
    BookingRequest wanted;
    QString problem;
    m_fits = false;
    m_unchecked = false;
    if (request(&wanted, &problem)) {
        m_waitlist->setTime(wanted.startsAt, wanted.therapistId);
        StorageError error;
        Placement place;
        if (Scheduler(m_database, m_zone).check(wanted, &place, &error)) {
            m_fits = true;
            m_placement = place;
            problem = tr("\u2713 Free: %1 in %2, %3\u2013%4 (then %5 min cleanup).")
                          .arg(place.therapistName, place.roomName, hhmm(place.startsAt, m_zone),
                               hhmm(place.startsAt + qint64(place.minutes) * 60, m_zone))
                          .arg(place.cleanupMinutes);
            if (place.startsAt < m_database.clock().nowSecs())
                problem += QLatin1Char(' ') + tr("Note: this time has already passed.");
        } else {
            problem = error.message;
            // The server is away: the form may still be saved, and waits for it (WaitingSave).
            m_unchecked = error.code == StorageError::Code::ConnectionFailed;
        }
    }
    if (!m_fits)
        problem = tr("\u2716 %1").arg(problem);
    m_conflict->setText(problem);
    m_conflict->setStyleSheet(m_fits ? kFits : kRefused);
    updateSaveButton();
    return m_fits;
}

QString BookingDialog::explanation() const
{
    return m_conflict->text();
}

void BookingDialog::updateSaveButton()
{
    m_save->setEnabled(m_clientId != 0 && (m_fits || m_unchecked || m_checkTimer->isActive()));
    m_save->setToolTip(m_clientId ? QString() : tr("Choose or add the client first."));
}

QList<Placement> BookingDialog::findSlots()
{
    BookingRequest wanted;
    QString problem;
    if (!request(&wanted, &problem)) {
        // The repeated hour not chosen yet: search from its first instant. A start inside the
        // spring gap: from the hour after it.
        const QList<qint64> instants = LocalTime::instants(m_date->date(), wallTime(), m_zone);
        if (!instants.isEmpty())
            wanted.startsAt = instants.first();
        else
            LocalTime::fromLocal(m_date->date(), QTime(m_time->time().hour() + 1, 0), m_zone,
                                 &wanted.startsAt, &problem);
    }
    wanted.startsAt = qMax(wanted.startsAt, m_database.clock().nowSecs());
    StorageError error;
    m_slots = Scheduler(m_database, m_zone).findSlots(wanted, 5, &error);
    m_slotList->clear();
    const QString who =
        m_therapist->currentIndex() > 0 ? m_therapist->currentText() : tr("any therapist");
    const QString after =
        LocalTime::format(wanted.startsAt, m_zone, QStringLiteral("ddd dd/MM HH:mm"));
    if (error) {
        m_slotHeading->setText(error.message);
    } else if (m_slots.isEmpty()) {
        m_slotHeading->setText(tr("No free %1-minute %2 with %3 in the four weeks after %4.")
                                   .arg(wanted.minutes)
                                   .arg(m_service->currentText().toLower(), who, after));
    } else {
        m_slotHeading->setText(tr("First free %1-minute %2 with %3 after %4 \u2014 pick one:")
                                   .arg(wanted.minutes)
                                   .arg(m_service->currentText().toLower(), who, after));
    }
    for (const Placement& p : std::as_const(m_slots)) {
        m_slotList->addItem(
            tr("%1 %2\u2013%3 \u00B7 %4 \u00B7 %5")
                .arg(LocalTime::format(p.startsAt, m_zone, QStringLiteral("ddd dd/MM")),
                     hhmm(p.startsAt, m_zone), hhmm(p.startsAt + qint64(p.minutes) * 60, m_zone),
                     p.therapistName, p.roomName));
    }
    m_slotHeading->show();
    m_slotList->setVisible(!m_slots.isEmpty());
    return m_slots;
}

bool BookingDialog::useSlot(int row)
{
    if (row < 0 || row >= m_slots.size())
        return false;
    const Placement p = m_slots.at(row);
    setTherapist(p.therapistId);
    setRoom(p.roomId);
    const QDateTime local = QDateTime::fromSecsSinceEpoch(p.startsAt, m_zone);
    setStart(local.date(), local.time());
    const int repeated = m_repeated->findData(p.startsAt);
    if (repeated >= 0)
        m_repeated->setCurrentIndex(repeated);
    return check();
}

bool BookingDialog::save()
{
    if (!m_clientId) {
        m_conflict->setText(tr("\u2716 Choose or add the client first."));
        m_conflict->setStyleSheet(kRefused);
        return false;
    }
    BookingRequest wanted;
    QString problem;
    StorageError error;
    if (!request(&wanted, &problem)) {
        m_conflict->setText(tr("\u2716 %1").arg(problem));
        m_conflict->setStyleSheet(kRefused);
        return false;
    }
    if (!Scheduler(m_database, m_zone).book(wanted, userName, &m_bookingId, &m_placement, &error)) {
        m_bookingId = 0;
        if (m_waiting->waitIfDisconnected(error)) {
            m_conflict->setText(tr("\u2716 Not booked yet: the server cannot be reached."));
            m_conflict->setStyleSheet(kRefused);
            return false;
        }
        m_conflict->setText(tr("\u2716 Not booked: %1").arg(error.message));
        m_conflict->setStyleSheet(kRefused);
        return false;
    }
    m_waiting->clear();
    return true;
}

void BookingDialog::accept()
{
    if (save())
        QDialog::accept();
}
