#include "pages/CalendarPage.h"

#include "core/Clock.h"
#include "models/DayAgendaModel.h"
#include "storage/SettingsRepository.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

CalendarPage::CalendarPage(const Clock& clock, QWidget* parent)
    : Page(parent), m_clock(clock), m_model(new DayAgendaModel(this)), m_view(new QTableView),
      m_dateEdit(new QDateEdit), m_dayLabel(new QLabel), m_summary(new QLabel), m_empty(new QLabel)
{
    auto* previous = new QToolButton;
    previous->setText(tr("\u25C0 Previous day"));
    previous->setToolTip(tr("Previous day (Alt+Left)"));
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    auto* next = new QToolButton;
    next->setText(tr("Next day \u25B6"));
    next->setToolTip(tr("Next day (Alt+Right)"));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    auto* todayButton = new QPushButton(tr("&Today"));
    todayButton->setToolTip(tr("Go to today (Alt+T)"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_dateEdit->setToolTip(tr("Go to a date"));
    QFont big = m_dayLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_dayLabel->setFont(big);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_dayLabel);
    bar->addStretch();
    bar->addWidget(previous);
    bar->addWidget(todayButton);
    bar->addWidget(next);
    bar->addWidget(m_dateEdit);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setObjectName(QStringLiteral("calendarView"));

    m_empty->setText(tr("No sessions on this day."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setVisible(false);
    m_summary->setObjectName(QStringLiteral("calendarSummary"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);

    connect(previous, &QToolButton::clicked, this, [this] { showDay(m_day.addDays(-1)); });
    connect(next, &QToolButton::clicked, this, [this] { showDay(m_day.addDays(1)); });
    connect(todayButton, &QPushButton::clicked, this, [this] { showDay(today()); });
    connect(m_dateEdit, &QDateEdit::dateChanged, this, [this](const QDate& d) {
        if (d != m_day)
            showDay(d);
    });
}

QDate CalendarPage::today() const
{
    const QTimeZone zone =
        m_database ? SettingsRepository(*m_database).timeZone() : QTimeZone::systemTimeZone();
    return m_clock.nowUtc().toTimeZone(zone).date();
}

void CalendarPage::setDatabase(Database* database)
{
    m_database = database;
    m_model->setDatabase(database, database ? SettingsRepository(*database).timeZone()
                                            : QTimeZone::systemTimeZone());
    showDay(m_day.isValid() ? m_day : today());
}

void CalendarPage::showDay(const QDate& day)
{
    m_day = day;
    if (!m_model->load(day))
        emit statusMessage(m_model->lastError());
    {
        const QSignalBlocker blocker(m_dateEdit);
        m_dateEdit->setDate(day);
    }
    QString label = QLocale().toString(day, QLocale::LongFormat);
    if (day == today())
        label = tr("Today, %1").arg(label);
    m_dayLabel->setText(label);
    updateSummary();
    if (m_model->rowCount() > 0) {
        m_view->resizeColumnsToContents();
        for (int c = 0; c < DayAgendaModel::ColumnCount - 1; ++c)
            m_view->setColumnWidth(c, m_view->columnWidth(c) + 16);
    }
}

void CalendarPage::updateSummary()
{
    int active = 0;
    int cancelled = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const AgendaEntry* e = m_model->entryFromIndex(m_model->index(row, 0));
        if (e->status == QLatin1String("cancelled") || e->status == QLatin1String("no_show"))
            ++cancelled;
        else
            ++active;
    }
    m_summary->setText(
        tr("%n session(s)", nullptr, active) +
        (cancelled ? tr(" \u00B7 %n cancelled or no-show", nullptr, cancelled) : QString()));
    m_empty->setVisible(m_model->rowCount() == 0);
    m_view->setVisible(m_model->rowCount() > 0);
}
