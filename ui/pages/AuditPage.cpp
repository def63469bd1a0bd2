#include "pages/AuditPage.h"

#include "core/Clock.h"
#include "core/LocalTime.h"
#include "models/AuditModel.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/UserRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int kClientMatches = 50; // a name search filters on this many clients at most

} // namespace

AuditPage::AuditPage(QWidget* parent)
    : Page(parent), m_model(new AuditModel(this)), m_stack(new QStackedWidget),
      m_controls(new QWidget), m_view(new QTableView), m_user(new QComboBox),
      m_client(new QLineEdit), m_kind(new QComboBox), m_dated(new QCheckBox(tr("&Between"))),
      m_from(new QDateEdit), m_to(new QDateEdit),
      m_verify(new QPushButton(tr("&Verify the chain"))), m_verifyResult(new QLabel),
      m_status(new QLabel), m_explanation(new QLabel), m_debounce(new QTimer(this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);

    m_user->setEditable(true);
    m_user->setInsertPolicy(QComboBox::NoInsert);
    m_user->lineEdit()->setPlaceholderText(tr("anyone"));
    m_user->setMinimumContentsLength(12);
    m_client->setPlaceholderText(tr("number or name"));
    m_view->setAccessibleName(tr("Audit log entries"));
    m_user->setAccessibleName(tr("Who"));
    m_user->lineEdit()->setAccessibleName(tr("Who"));
    m_client->setAccessibleName(tr("Client"));
    m_kind->setAccessibleName(tr("What"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_client->setClearButtonEnabled(true);
    m_kind->addItem(tr("Everything"));
    for (const QString& kind : AuditModel::knownKinds())
        m_kind->addItem(AuditModel::kindText(kind), kind);
    for (QDateEdit* date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        date->setEnabled(false);
    }
    m_verifyResult->setObjectName(QStringLiteral("verifyResult"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);

    auto* filters = new QGridLayout;
    const auto label = [](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    };
    filters->addWidget(label(tr("&Who:"), m_user), 0, 0);
    filters->addWidget(m_user, 0, 1);
    filters->addWidget(label(tr("&Client:"), m_client), 0, 2);
    filters->addWidget(m_client, 0, 3);
    filters->addWidget(label(tr("W&hat:"), m_kind), 0, 4);
    filters->addWidget(m_kind, 0, 5);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_dated);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("and")));
    dates->addWidget(m_to);
    dates->addStretch();
    filters->addLayout(dates, 1, 0, 1, 6);
    filters->setColumnStretch(3, 1);

    auto* verifyRow = new QHBoxLayout;
    verifyRow->addWidget(m_verify, 0, Qt::AlignTop);
    verifyRow->addWidget(m_verifyResult, 1);

    auto* layout = new QVBoxLayout(m_controls);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addLayout(verifyRow);

    m_explanation->setObjectName(QStringLiteral("auditExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_explanation->setText(tr("<p><b>Only a manager reads the audit log.</b></p><p>It records "
                              "who signed in, who read or recorded check-ins and who changed "
                              "accounts or the catalogue. Ask a manager if you need to know "
                              "something from it.</p>"));
    m_stack->addWidget(m_controls);
    m_stack->addWidget(m_explanation);
    (new QVBoxLayout(this))->addWidget(m_stack);

    // Typing waits a moment; choosing applies at once.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &AuditPage::applyFilter);
    connect(m_user, &QComboBox::currentTextChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_client, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_dated, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_to, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
}

void AuditPage::setDatabase(Database* database)
{
    m_database = database;
    m_readRecorded = false;
    setEnabled(database != nullptr);
    m_verifyResult->clear();
    reload();
}

void AuditPage::setRole(std::optional<Role> role)
{
    Page::setRole(role);
    m_readRecorded = false;
    m_stack->setCurrentWidget(may(Action::ReadAudit) ? m_controls : m_explanation);
    reload();
}

void AuditPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    reload();
}

void AuditPage::reload()
{
    const bool allowed = m_database && may(Action::ReadAudit);
    m_model->setDatabase(allowed ? m_database : nullptr,
                         m_database ? SettingsRepository(*m_database).timeZone() : QTimeZone());
    if (!allowed || !isVisible())
        return;
    // Reading the log is itself recorded, once each time the page is opened.
    if (!m_readRecorded) {
        StorageError error;
        if (!AuditLog(*m_database)
                 .appendAlone(m_database->actorName(), QStringLiteral("audit.read"), 0, 0,
                              QString(), &error)) {
            m_status->setText(tr("\u2717 %1").arg(error.message));
            return;
        }
        m_readRecorded = true;
    }
    const QString typed = m_user->currentText();
    m_user->blockSignals(true);
    m_user->clear();
    StorageError error;
    for (const User& u : UserRepository(*m_database).list(&error))
        m_user->addItem(u.name);
    m_user->setCurrentText(typed);
    m_user->blockSignals(false);
    if (m_from->date() == QDate(2000, 1, 1)) { // never set: the last week
        const QDate today = m_database->clock()
                                .nowUtc()
                                .toTimeZone(SettingsRepository(*m_database).timeZone())
                                .date();
        m_to->setDate(today);
        m_from->setDate(today.addDays(-7));
    }
    applyFilter();
}

bool AuditPage::applyFilter()
{
    m_debounce->stop();
    if (!m_database || !may(Action::ReadAudit))
        return false;
    AuditFilter filter;
    filter.user = m_user->currentText().trimmed();
    if (m_kind->currentIndex() > 0)
        filter.kinds = {m_kind->currentData().toString()};
    const QString client = m_client->text().trimmed();
    QString note;
    if (!client.isEmpty()) {
        bool number = false;
        const qint64 id = client.toLongLong(&number);
        if (number) {
            filter.clientIds = {id};
        } else {
            StorageError error;
            for (const ClientSummary& c :
                 ClientRepository(*m_database).search(client, kClientMatches, &error))
                filter.clientIds.append(c.id);
            if (filter.clientIds.isEmpty()) {
                filter.clientIds = {-1}; // nobody: show nothing rather than everything
                note = tr("No client matches \u201c%1\u201d.").arg(client);
            } else if (filter.clientIds.size() == kClientMatches) {
                note = tr("Many clients match \u201c%1\u201d: showing the first %2; type more of "
                          "the name or the client's number.")
                           .arg(client)
                           .arg(kClientMatches);
            }
        }
    }
    if (m_dated->isChecked()) {
        const QTimeZone zone = SettingsRepository(*m_database).timeZone();
        const QDate from = qMin(m_from->date(), m_to->date());
        const QDate to = qMax(m_from->date(), m_to->date());
        filter.fromSecs = QDateTime(from, QTime(0, 0), zone).toSecsSinceEpoch();
        filter.toSecs = QDateTime(to.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
    }
    const bool ok = m_model->setFilter(filter);
    if (!ok)
        note = tr("\u2717 %1").arg(m_model->lastError());
    else if (m_model->rowCount() == 0 && note.isEmpty())
        note = tr("No entries match these filters.");
    m_status->setText(note);
    m_status->setVisible(!note.isEmpty());
    m_view->resizeColumnsToContents();
    return ok;
}

bool AuditPage::verifyChain()
{
    if (!m_database)
        return false;
    StorageError error;
    AuditLog log(*m_database);
    const qint64 broken = log.firstBrokenEntry(&error);
    if (broken < 0) {
        m_verifyResult->setText(tr("\u2717 The chain could not be checked: %1").arg(error.message));
        return false;
    }
    if (broken == 0) {
        m_verifyResult->setText(tr("\u2713 The chain is intact: no entry was changed or removed "
                                   "outside Massage Desk."));
        return true;
    }
    AuditFilter one;
    one.beforeId = broken + 1;
    const QList<AuditEntry> entry = log.entries(one, 1, &error);
    const QString what =
        entry.isEmpty() || entry.first().id != broken
            ? tr("entry %1").arg(broken)
            : tr("entry %1 (%2, %3, %4)")
                  .arg(broken)
                  .arg(LocalTime::format(entry.first().at,
                                         SettingsRepository(*m_database).timeZone()),
                       entry.first().user, AuditModel::kindText(entry.first().kind));
    // Show the entry as it reads now, selected.
    applyFilter();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->entryFromIndex(m_model->index(row, 0))->id == broken) {
            m_view->selectRow(row);
            m_view->scrollTo(m_model->index(row, 0));
            break;
        }
    }
    m_verifyResult->setText(
        tr("\u2717 The chain is broken at %1: that entry or the one before it was changed or "
           "removed outside Massage Desk. Keep a copy of this database file as evidence and "
           "tell whoever looks after the computer.")
            .arg(what));
    return false;
}
