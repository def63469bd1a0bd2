#include "waitlist/CallListPage.h"

#include "core/Clock.h"
#include "models/CallListModel.h"
#include "print/PrintPreview.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "waitlist/CallListSheet.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

CallListPage::CallListPage(const Clock& clock, QWidget* parent)
    : Page(parent), m_clock(clock), m_model(new CallListModel(this)), m_day(new QDateEdit),
      m_view(new QTableView), m_print(new QPushButton(tr("&Print or save as PDF\u2026"))),
      m_summary(new QLabel)
{
    askReason = [this](const QString& client) {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Cancel on the call"),
                                                     tr("Why does %1 cancel?").arg(client),
                                                     QLineEdit::Normal, QString(), &ok);
        return ok ? reason : QString();
    };
    print = [this](const QString& html, QString* error) {
        PrintPreview::Request request;
        request.title = tr("Call list");
        request.suggestedPdf = tr("calls-%1.pdf").arg(m_model->day().toString(Qt::ISODate));
        request.access = NewFile::Access::OwnerOnly; // phone numbers
        request.render = [html](QPagedPaintDevice* device, QString*) {
            CallListSheet::render(html, device);
            return true;
        };
        return PrintPreview::run(this, request, error);
    };
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("ddd dd/MM/yyyy"));
    m_day->setAccessibleName(tr("Day to call about"));
    auto* tomorrow = new QPushButton(tr("&Tomorrow"));
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("callListTable"));
    m_view->setAccessibleName(tr("Sessions to confirm by phone"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CallListModel::Call, QHeaderView::Stretch);

    auto* top = new QHBoxLayout;
    auto* dayLabel = new QLabel(tr("Sessions on:"));
    dayLabel->setBuddy(m_day);
    top->addWidget(dayLabel);
    top->addWidget(m_day);
    top->addWidget(tomorrow);
    top->addStretch();
    top->addWidget(m_summary);
    top->addWidget(m_print);

    auto* calls = new QHBoxLayout;
    calls->addWidget(new QLabel(tr("The call:")));
    const QList<QPair<QString, QString>> statuses{
        {QStringLiteral("confirmed"), tr("\u2714 &Confirmed")},
        {QStringLiteral("left_message"), tr("\u2709 &Left a message")},
        {QStringLiteral("no_answer"), tr("\u260E? &No answer")},
        {QStringLiteral("cancelled"), tr("\u2716 C&ancelled\u2026")}};
    for (const auto& [status, label] : statuses) {
        auto* button = new QPushButton(label);
        button->setProperty("callStatus", status);
        connect(button, &QPushButton::clicked, this,
                [this, status = status] { recordSelected(status); });
        m_statusButtons << button;
        calls->addWidget(button);
    }
    calls->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(calls);

    connect(m_day, &QDateEdit::dateChanged, this, &CallListPage::showDay);
    connect(tomorrow, &QPushButton::clicked, this,
            [this] { m_day->setDate(m_clock.nowUtc().toTimeZone(m_zone).date().addDays(1)); });
    connect(m_print, &QPushButton::clicked, this, &CallListPage::printList);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CallListPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CallListPage::updateButtons);
    updateButtons();
}

void CallListPage::setDatabase(Database* database)
{
    m_database = database;
    m_zone = database ? SettingsRepository(*database).timeZone() : QTimeZone();
    m_model->setDatabase(database, m_zone);
    const QDate tomorrow = m_clock.nowUtc().toTimeZone(m_zone).date().addDays(1);
    const QSignalBlocker block(m_day);
    m_day->setDate(tomorrow);
    showDay(tomorrow);
}

QPushButton* CallListPage::statusButton(const QString& status) const
{
    for (QPushButton* button : m_statusButtons)
        if (button->property("callStatus").toString() == status)
            return button;
    return nullptr;
}

void CallListPage::showDay(const QDate& day)
{
    if (!m_model->load(day))
        emit statusMessage(m_model->lastError());
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateButtons();
}

void CallListPage::updateButtons()
{
    const CallListLine* line = m_model->lineFromIndex(m_view->currentIndex());
    const bool active = line && (line->bookingStatus == QLatin1String("booked") ||
                                 line->bookingStatus == QLatin1String("arrived"));
    for (QPushButton* button : m_statusButtons)
        button->setEnabled(m_database && active && may(Action::Book));
    int open = 0;
    for (const CallListLine& l : m_model->lines())
        open += l.callStatus.isEmpty() ? 1 : 0;
    m_summary->setText(m_model->rowCount() == 0 ? tr("No sessions to confirm")
                                                : tr("%n to call", nullptr, open) +
                                                      tr(" of %n", nullptr, m_model->rowCount()));
    m_print->setEnabled(m_database != nullptr);
}

bool CallListPage::selectBooking(qint64 bookingId)
{
    const QModelIndex index = m_model->indexOf(bookingId);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->selectRow(index.row());
    return true;
}

bool CallListPage::recordSelected(const QString& status)
{
    const CallListLine* line = m_model->lineFromIndex(m_view->currentIndex());
    if (!m_database || !line)
        return false;
    const qint64 booking = line->bookingId;
    QString reason;
    if (status == QLatin1String("cancelled")) {
        reason = askReason(line->clientName);
        if (reason.trimmed().isEmpty())
            return false; // nothing cancelled
    }
    StorageError error;
    if (!CallRepository(*m_database, m_zone)
             .record(booking, status, reason, m_database->actorName(), &error)) {
        emit statusMessage(error.message);
        return false;
    }
    m_model->reload();
    // On to the next client still to call.
    int next = -1;
    for (int row = 0; row < m_model->rowCount() && next < 0; ++row)
        if (m_model->lines().at(row).callStatus.isEmpty())
            next = row;
    if (next >= 0)
        m_view->selectRow(next);
    else
        selectBooking(booking);
    updateButtons();
    return true;
}

QString CallListPage::sheetHtml() const
{
    const QString centre =
        m_database ? SettingsRepository(*m_database).value(SettingKeys::kCentreName) : QString();
    return CallListSheet::html(centre, m_model->day(), m_zone, m_model->lines());
}

bool CallListPage::printList()
{
    QString error;
    if (!print(sheetHtml(), &error) && !error.isEmpty()) {
        emit statusMessage(error);
        return false;
    }
    return true;
}
