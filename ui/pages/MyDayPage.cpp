#include "pages/MyDayPage.h"

#include "core/Clock.h"
#include "models/MyDayModel.h"
#include "pages/LiveReload.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/StopAcknowledgements.h"

#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

MyDayPage::MyDayPage(const Clock& clock, QWidget* parent)
    : Page(parent), m_clock(clock), m_model(new MyDayModel(this)), m_view(new QTableView),
      m_heading(new QLabel), m_empty(new QLabel), m_notice(new QLabel),
      m_noticeTimer(new QTimer(this)), m_alerts(new QWidget), m_alertLayout(new QVBoxLayout),
      m_live(new LiveReload(this, [this] { reload(); }))
{
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_heading->setFont(big);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("My day lists a therapist's own sessions. Sign in as a therapist to see "
                        "yours."));

    m_notice->setObjectName(QStringLiteral("myDayNotice"));
    m_notice->setWordWrap(true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setStyleSheet(
        QStringLiteral("QLabel { background: #e8f0fe; color: #0b2a5b; padding: 6px; }"));
    m_notice->hide();
    m_noticeTimer->setSingleShot(true);
    connect(m_noticeTimer, &QTimer::timeout, m_notice, &QWidget::hide);

    m_alerts->setObjectName(QStringLiteral("myDayAlerts"));
    m_alertLayout->setContentsMargins(0, 0, 0, 0);
    m_alerts->setLayout(m_alertLayout);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("My sessions today"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto* legend = new QLabel(
        tr("\u2713 Proceed \u00B7 \u2139 Note \u00B7 \u25B2 Adapt (areas to avoid; you sign off) "
           "\u00B7 \u26A0 Needs clearance \u00B7 \u2716 Stop and refer (no massage) \u00B7 "
           "\u2013 not checked in yet. Sign-off, clearance and the start are on the Check-ins "
           "page."));
    legend->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_alerts);
    layout->addWidget(m_notice);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    layout->addWidget(legend);

    connect(m_model, &MyDayModel::checkinArrived, this, &MyDayPage::checkinArrived);
}

qint64 MyDayPage::therapistId() const
{
    return m_database && m_database->actor() && m_database->actor()->role == Role::Therapist
               ? m_database->actor()->therapistId
               : 0;
}

void MyDayPage::setDatabase(Database* database)
{
    m_database = database;
    m_acknowledged.clear();
    m_model->setDatabase(database, database ? SettingsRepository(*database).timeZone()
                                            : QTimeZone::systemTimeZone());
    if (isVisible())
        reload();
}

void MyDayPage::setRole(std::optional<Role> role)
{
    Page::setRole(role);
    m_acknowledged.clear();
    if (isVisible())
        reload();
}

void MyDayPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    reload(); // "today" moves on while the window stays open
}

void MyDayPage::databaseChanged(const Change& change)
{
    if (therapistId() &&
        change.touches(m_model->day().isValid() ? m_model->day() : QDate::currentDate()))
        m_live->request();
}

void MyDayPage::reload()
{
    const QTimeZone zone =
        m_database ? SettingsRepository(*m_database).timeZone() : QTimeZone::systemTimeZone();
    const QDate today = m_clock.nowUtc().toTimeZone(zone).date();
    const qint64 therapist = therapistId();
    const QModelIndex current = m_view->currentIndex();
    const qint64 keep = current.isValid() && m_model->sessionAt(current.row())
                            ? m_model->sessionAt(current.row())->entry.id
                            : 0;
    const int scrolled = m_view->verticalScrollBar()->value();
    if (!m_model->load(therapist, today))
        emit statusMessage(m_model->lastError());
    loadAcknowledged();
    const QString who = !m_model->sessions().isEmpty()
                            ? m_model->sessions().first().entry.therapistName
                        : m_database && m_database->actor() ? m_database->actor()->name
                                                            : QString();
    m_heading->setText(therapist ? tr("My day \u00B7 %1 \u00B7 %2")
                                       .arg(who, QLocale().toString(today, QLocale::LongFormat))
                                 : tr("My day"));
    m_empty->setVisible(!therapist);
    m_view->setVisible(therapist);
    for (int c = 0; c < MyDayModel::Blocks; ++c)
        m_view->resizeColumnToContents(c);
    m_view->resizeRowsToContents();
    if (keep && m_model->rowOf(keep) >= 0)
        m_view->setCurrentIndex(m_model->index(m_model->rowOf(keep), 0));
    m_view->verticalScrollBar()->setValue(scrolled);
    updateAlerts();
}

void MyDayPage::checkinArrived(const MyDaySession& session)
{
    const QTimeZone zone =
        m_database ? SettingsRepository(*m_database).timeZone() : QTimeZone::systemTimeZone();
    const QString time = QDateTime::fromSecsSinceEpoch(session.entry.startsAt, zone)
                             .toString(QStringLiteral("HH:mm"));
    m_notice->setText(
        tr("\u25CF New check-in: %1 at %2 \u2014 %3")
            .arg(
                session.entry.clientName, time,
                m_model->data(m_model->index(m_model->rowOf(session.entry.id), MyDayModel::Checkin))
                    .toString()));
    m_notice->show();
    m_noticeTimer->start(kNoticeMs);
}

QList<qint64> MyDayPage::alertsShown() const
{
    QList<qint64> shown;
    for (const QFrame* frame : m_alerts->findChildren<QFrame*>(QStringLiteral("stopReferAlert")))
        shown << frame->property("bookingId").toLongLong();
    return shown;
}

bool MyDayPage::acknowledge(qint64 bookingId)
{
    if (!alertsShown().contains(bookingId) || !m_database)
        return false;
    // Kept in the centre (migration 14): gone after a restart and on the other PCs as well.
    StorageError error;
    if (!StopAcknowledgements(*m_database)
             .acknowledge(therapistId(), bookingId, m_database->actorName(), &error)) {
        emit statusMessage(error.message);
        return false;
    }
    m_acknowledged.insert(bookingId);
    updateAlerts();
    return true;
}

void MyDayPage::loadAcknowledged()
{
    m_acknowledged.clear();
    if (!m_database || !therapistId())
        return;
    QList<qint64> checkins;
    for (const MyDaySession& s : m_model->sessions()) {
        if (s.entry.checkinOutcome == QLatin1String("stop_refer") && s.state.checkinId > 0)
            checkins << s.state.checkinId;
    }
    QSet<qint64> read;
    StorageError error;
    if (!StopAcknowledgements(*m_database).acknowledged(therapistId(), checkins, &read, &error)) {
        emit statusMessage(error.message);
        return;
    }
    for (const MyDaySession& s : m_model->sessions()) {
        if (read.contains(s.state.checkinId))
            m_acknowledged.insert(s.entry.id);
    }
}

// One red-framed alert per stop-and-refer of today not yet acknowledged: words and a symbol
// say it, not the colour alone.
void MyDayPage::updateAlerts()
{
    QList<qint64> wanted;
    for (const MyDaySession& s : m_model->sessions()) {
        if (s.entry.checkinOutcome == QLatin1String("stop_refer") &&
            !m_acknowledged.contains(s.entry.id))
            wanted << s.entry.id;
    }
    if (wanted == alertsShown())
        return; // unchanged: no flicker on every reload
    // Later, not now: this may run inside the click of an alert's own button.
    while (QLayoutItem* item = m_alertLayout->takeAt(0)) {
        if (QWidget* old = item->widget()) {
            old->hide();
            old->setParent(nullptr);
            old->deleteLater();
        }
        delete item;
    }
    const QTimeZone zone =
        m_database ? SettingsRepository(*m_database).timeZone() : QTimeZone::systemTimeZone();
    for (const MyDaySession& s : m_model->sessions()) {
        if (s.entry.checkinOutcome != QLatin1String("stop_refer") ||
            m_acknowledged.contains(s.entry.id))
            continue;
        auto* frame = new QFrame;
        frame->setObjectName(QStringLiteral("stopReferAlert"));
        frame->setProperty("bookingId", s.entry.id);
        frame->setFrameShape(QFrame::Box);
        frame->setLineWidth(3);
        frame->setStyleSheet(QStringLiteral(
            "QFrame#stopReferAlert { border: 3px solid #a10000; background: #fff0f0; }"));
        auto* text = new QLabel(
            tr("<b>\u2716 STOP \u2014 no massage for %1 at %2 (%3).</b><br>The check-in says "
               "stop and refer: the client is advised to seek medical attention promptly. The "
               "session cannot start.")
                .arg(s.entry.clientName.toHtmlEscaped(),
                     QDateTime::fromSecsSinceEpoch(s.entry.startsAt, zone)
                         .toString(QStringLiteral("HH:mm")),
                     s.entry.serviceName.toHtmlEscaped()));
        text->setWordWrap(true);
        text->setStyleSheet(QStringLiteral("color: #5a0000; border: none;"));
        auto* read = new QPushButton(tr("I have &read this"));
        const qint64 id = s.entry.id;
        connect(read, &QPushButton::clicked, this, [this, id] { acknowledge(id); });
        auto* row = new QHBoxLayout(frame);
        row->addWidget(text, 1);
        row->addWidget(read);
        m_alertLayout->addWidget(frame);
        frame->show();
    }
    m_alerts->setVisible(m_alertLayout->count() > 0);
}
