#include "pages/ReportsPage.h"

#include "core/Clock.h"
#include "reports/ReportCharts.h"
#include "reports/ReportExport.h"
#include "reports/ReportModels.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"

#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int kChartMinimumWidth = 420;

QChartView* chartView(const QString& name)
{
    auto* view = new QChartView(new QChart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(kChartMinimumWidth, 300);
    view->setAccessibleName(name);
    view->chart()->setAnimationOptions(QChart::NoAnimation);
    return view;
}

// A chart drawn again at a fixed size for the PDF, whatever the window's size: in a scene of its
// own, laid out at once (a hidden view would lay it out only when shown).
QImage chartImage(void (*fill)(QChart*, const QAbstractItemModel&), const QAbstractItemModel& m)
{
    const QSizeF size(720, 360); // about the printed width, so the labels stay readable
    QGraphicsScene scene;
    auto* chart = new QChart;
    scene.addItem(chart);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->resize(size);
    fill(chart, m);
    if (chart->layout())
        chart->layout()->activate();
    QImage image((size * 2).toSize(), QImage::Format_ARGB32);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), size), chart->geometry());
    return image;
}

void barsOf(QChart* chart, const QAbstractItemModel& model)
{
    ReportCharts::fillTherapistBars(chart, static_cast<const ReportStaffModel&>(model));
}

void lineOf(QChart* chart, const QAbstractItemModel& model)
{
    ReportCharts::fillWeekLine(chart, static_cast<const ReportWeekModel&>(model));
}

} // namespace

ReportsPage::ReportsPage(const Clock& clock, QWidget* parent)
    : Page(parent), m_clock(clock), m_stack(new QStackedWidget), m_controls(new QWidget),
      m_scroll(new QScrollArea), m_explanation(new QLabel), m_period(new QComboBox),
      m_day(new QDateEdit), m_to(new QDateEdit), m_toLabel(new QLabel(tr("&to"))),
      m_earlier(new QToolButton), m_later(new QToolButton), m_caption(new QLabel),
      m_status(new QLabel), m_csv(new QPushButton(tr("Export &CSV\u2026"))),
      m_pdf(new QPushButton(tr("Export &PDF\u2026"))), m_debounce(new QTimer(this)),
      m_summary(new ReportSummaryModel(this)),
      m_therapists(new ReportStaffModel(ReportStaffModel::Of::Therapists, this)),
      m_rooms(new ReportStaffModel(ReportStaffModel::Of::Rooms, this)),
      m_services(new ReportServiceModel(this)), m_reasons(new ReportReasonModel(this)),
      m_weeks(new ReportWeekModel(this)), m_busy(new ReportBusyModel(this)),
      m_therapistChart(chartView(tr("Sessions per therapist"))),
      m_weekChart(chartView(tr("Sessions per week"))), m_heatMap(new HeatMap(m_busy))
{
    chooseFileToSave = [this](const QString& title, const QString& suggested,
                              const QString& filter) {
        return QFileDialog::getSaveFileName(this, title, suggested, filter);
    };
    m_period->addItem(tr("Week"), int(Period::Week));
    m_period->addItem(tr("Month"), int(Period::Month));
    m_period->addItem(tr("Quarter"), int(Period::Quarter));
    m_period->addItem(tr("Year"), int(Period::Year));
    m_period->addItem(tr("From\u2013to"), int(Period::Custom));
    m_period->setCurrentIndex(1);
    m_period->setAccessibleName(tr("Period"));
    for (QDateEdit* date : {m_day, m_to}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_day->setAccessibleName(tr("A day of the period"));
    m_to->setAccessibleName(tr("Last day"));
    m_toLabel->setBuddy(m_to);
    m_earlier->setText(tr("\u25C0 Earlier"));
    m_later->setText(tr("Later \u25B6"));
    m_earlier->setToolTip(tr("The period before"));
    m_later->setToolTip(tr("The period after"));
    m_caption->setObjectName(QStringLiteral("reportCaption"));
    m_caption->setWordWrap(true);
    m_status->setWordWrap(true);

    auto* periodLabel = new QLabel(tr("&Period:"));
    periodLabel->setBuddy(m_period);
    auto* bar = new QHBoxLayout;
    bar->addWidget(periodLabel);
    bar->addWidget(m_period);
    bar->addWidget(m_day);
    bar->addWidget(m_toLabel);
    bar->addWidget(m_to);
    bar->addWidget(m_earlier);
    bar->addWidget(m_later);
    bar->addStretch();
    bar->addWidget(m_csv);
    bar->addWidget(m_pdf);

    // The figures, each chart beside the table of its numbers.
    auto* content = new QWidget;
    auto* sections = new QVBoxLayout(content);
    const auto section = [&](const QString& title, QWidget* chart, ReportTableModel* model) {
        auto* box = new QGroupBox(title);
        auto* row = new QBoxLayout(QBoxLayout::LeftToRight, box);
        if (chart)
            row->addWidget(chart, 1);
        QTableView* table = addTable(model);
        row->addWidget(table, 0, Qt::AlignTop | Qt::AlignLeft);
        if (chart)
            m_chartRows.append({row, chart, table});
        else
            row->addStretch(1);
        sections->addWidget(box);
    };
    section(tr("Summary, compared with the period before"), nullptr, m_summary);
    section(tr("By therapist"), m_therapistChart, m_therapists);
    section(tr("Sessions over the weeks"), m_weekChart, m_weeks);
    {
        auto* box = new QGroupBox(tr("Busy hours per weekday"));
        auto* column = new QVBoxLayout(box);
        auto* note = new QLabel(tr("Sessions starting in each hour (centre time); darker cells "
                                   "are busier, the number in each cell is the count, and the "
                                   "table holds the same numbers."));
        note->setWordWrap(true);
        column->addWidget(note);
        // The grid beside the table of its numbers, like the other charts.
        auto* row = new QBoxLayout(QBoxLayout::LeftToRight);
        row->addWidget(m_heatMap, 0, Qt::AlignTop | Qt::AlignLeft);
        QTableView* table = addTable(m_busy);
        row->addWidget(table, 0, Qt::AlignTop | Qt::AlignLeft);
        row->addStretch(1);
        column->addLayout(row);
        m_chartRows.append({row, m_heatMap, table});
        sections->addWidget(box);
    }
    section(tr("By room"), nullptr, m_rooms);
    section(tr("By service and length"), nullptr, m_services);
    section(tr("Cancellations and no-shows by reason"), nullptr, m_reasons);
    sections->addStretch();
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(content);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(m_controls);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_caption);
    layout->addWidget(m_status);
    layout->addWidget(m_scroll, 1);

    m_explanation->setObjectName(QStringLiteral("reportsExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_explanation->setText(tr("<p><b>Only a manager reads the reports.</b></p><p>They show "
                              "sessions, occupancy, cancellations and revenue for the centre. "
                              "Ask a manager if you need a figure from them.</p>"));
    m_stack->addWidget(m_controls);
    m_stack->addWidget(m_explanation);
    (new QVBoxLayout(this))->addWidget(m_stack);

    // Spinning through dates waits a moment; a report of a year takes a tenth of a second.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &ReportsPage::refresh);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ReportsPage::periodChanged);
    connect(m_day, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_to, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_earlier, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_later, &QToolButton::clicked, this, [this] { step(1); });
    connect(m_csv, &QPushButton::clicked, this, &ReportsPage::exportCsv);
    connect(m_pdf, &QPushButton::clicked, this, &ReportsPage::exportPdf);
    periodChanged();
}

QTableView* ReportsPage::addTable(ReportTableModel* model)
{
    auto* view = new QTableView;
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setAccessibleName(model->title());
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    // The whole table shows, every row and column: the page scrolls, not each table.
    connect(model, &QAbstractItemModel::modelReset, view, [view] {
        view->resizeColumnsToContents();
        QHeaderView* header = view->horizontalHeader();
        const int frame = 2 * view->frameWidth();
        const int rows = std::max(1, view->model()->rowCount());
        view->setFixedSize(header->length() + frame,
                           header->sizeHint().height() +
                               rows * view->verticalHeader()->defaultSectionSize() + frame);
    });
    m_views.append({model, view});
    return view;
}

QTableView* ReportsPage::tableFor(const ReportTableModel* model) const
{
    for (const auto& pair : m_views) {
        if (pair.first == model)
            return pair.second;
    }
    return nullptr;
}

QList<ReportTableModel*> ReportsPage::tables() const
{
    return {m_summary, m_therapists, m_weeks, m_busy, m_rooms, m_services, m_reasons};
}

QString ReportsPage::statusText() const
{
    return m_status->text();
}

QString ReportsPage::captionText() const
{
    return m_caption->text();
}

void ReportsPage::resizeEvent(QResizeEvent* event)
{
    Page::resizeEvent(event);
    arrangeCharts();
}

void ReportsPage::arrangeCharts()
{
    // Beside its table while both fit the width, else above it: never sideways scrolling.
    for (const auto& [row, chart, table] : std::as_const(m_chartRows)) {
        // The heat map keeps its own width (its cells hold numbers); charts shrink to a minimum.
        const int chartWidth =
            chart == m_heatMap ? m_heatMap->sizeHint().width() : kChartMinimumWidth;
        const int needed = chartWidth + table->width() + 4 * row->spacing() + 40;
        row->setDirection(m_scroll->viewport()->width() >= needed ? QBoxLayout::LeftToRight
                                                                  : QBoxLayout::TopToBottom);
    }
}

void ReportsPage::setDatabase(Database* database)
{
    m_database = database;
    setEnabled(database != nullptr);
    forget();
    if (isVisible())
        refresh();
}

void ReportsPage::setRole(std::optional<Role> role)
{
    Page::setRole(role);
    m_stack->setCurrentWidget(may(Action::ReadReports) ? m_controls : m_explanation);
    forget();
    if (isVisible())
        refresh();
}

void ReportsPage::forget()
{
    // Another centre or another person: the last figures go, whoever may read them next.
    m_dirty = true;
    m_comparison = ReportComparison();
    for (ReportTableModel* model : tables())
        model->setComparison(m_comparison);
}

void ReportsPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (!m_loaded) {
        // The first look: the month we are in.
        m_loaded = true;
        const QDate today = m_clock.nowUtc()
                                .toTimeZone(m_database ? SettingsRepository(*m_database).timeZone()
                                                       : QTimeZone::systemTimeZone())
                                .date();
        QSignalBlocker block(m_day);
        m_day->setDate(today);
        m_to->setDate(today);
    }
    if (m_dirty)
        refresh();
}

void ReportsPage::periodAround(Period period, const QDate& day, QDate* from, QDate* to)
{
    switch (period) {
    case Period::Week:
        *from = day.addDays(1 - day.dayOfWeek());
        *to = from->addDays(6);
        return;
    case Period::Month:
        *from = QDate(day.year(), day.month(), 1);
        *to = from->addMonths(1).addDays(-1);
        return;
    case Period::Quarter:
        *from = QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
        *to = from->addMonths(3).addDays(-1);
        return;
    case Period::Year:
        *from = QDate(day.year(), 1, 1);
        *to = QDate(day.year(), 12, 31);
        return;
    case Period::Custom:
        *from = day;
        *to = day;
        return;
    }
}

void ReportsPage::chosenDays(QDate* from, QDate* to) const
{
    const auto period = Period(m_period->currentData().toInt());
    if (period == Period::Custom) {
        *from = m_day->date();
        *to = m_to->date();
        return;
    }
    periodAround(period, m_day->date(), from, to);
}

void ReportsPage::periodChanged()
{
    const bool custom = Period(m_period->currentData().toInt()) == Period::Custom;
    m_toLabel->setVisible(custom);
    m_to->setVisible(custom);
    m_day->setToolTip(custom ? tr("First day") : tr("Any day of the period"));
    m_day->setAccessibleName(custom ? tr("First day") : tr("A day of the period"));
    if (custom && m_to->date() < m_day->date()) {
        QSignalBlocker block(m_to);
        QDate from, to;
        periodAround(Period::Month, m_day->date(), &from, &to);
        m_to->setDate(to);
    }
    m_debounce->start();
}

bool ReportsPage::showPeriod(Period period, const QDate& day, const QDate& to)
{
    const QSignalBlocker blockPeriod(m_period), blockDay(m_day), blockTo(m_to);
    m_period->setCurrentIndex(m_period->findData(int(period)));
    m_day->setDate(day);
    m_to->setDate(to.isValid() ? to : day);
    m_toLabel->setVisible(period == Period::Custom);
    m_to->setVisible(period == Period::Custom);
    m_loaded = true;
    return refresh();
}

void ReportsPage::step(int direction)
{
    QDate from, to;
    chosenDays(&from, &to);
    const auto period = Period(m_period->currentData().toInt());
    const QSignalBlocker blockDay(m_day), blockTo(m_to);
    switch (period) {
    case Period::Week:
        m_day->setDate(from.addDays(7 * direction));
        break;
    case Period::Month:
        m_day->setDate(from.addMonths(direction));
        break;
    case Period::Quarter:
        m_day->setDate(from.addMonths(3 * direction));
        break;
    case Period::Year:
        m_day->setDate(from.addYears(direction));
        break;
    case Period::Custom: {
        const qint64 days = from.daysTo(to) + 1;
        m_day->setDate(from.addDays(days * direction));
        m_to->setDate(to.addDays(days * direction));
        break;
    }
    }
    refresh();
}

bool ReportsPage::refresh()
{
    m_debounce->stop();
    if (!m_database || !may(Action::ReadReports))
        return false;
    m_dirty = false;
    QDate from, to;
    chosenDays(&from, &to);
    ReportComparison comparison;
    StorageError error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = ReportRepository(*m_database, SettingsRepository(*m_database).timeZone())
                        .compare(from, to, QLocale().name().left(2), &comparison, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        m_status->setText(error.message);
        m_status->show();
        return false;
    }
    m_status->clear();
    m_status->hide();
    m_comparison = comparison;
    for (ReportTableModel* model : tables())
        model->setComparison(comparison);
    // A new chart each time: refilling one left the old axis drawn under the new one.
    const auto replace = [](QChartView* view, const auto& fill, const auto& model) {
        auto* chart = new QChart;
        chart->setAnimationOptions(QChart::NoAnimation);
        fill(chart, model);
        QChart* old = view->chart();
        view->setChart(chart);
        delete old;
    };
    replace(m_therapistChart, ReportCharts::fillTherapistBars, *m_therapists);
    replace(m_weekChart, ReportCharts::fillWeekLine, *m_weeks);
    arrangeCharts();
    m_caption->setText(
        tr("%1, compared with the period of the same length before it (%2).")
            .arg(ReportExport::periodText(from, to),
                 ReportExport::periodText(comparison.previous.from, comparison.previous.to)));
    return true;
}

bool ReportsPage::writeCsv(const QString& path, QString* message)
{
    return ReportExport::writeCsv(path, ReportExport::csv(m_comparison, tables()), message);
}

QList<ReportExport::Chart> ReportsPage::pdfCharts() const
{
    QImage heat(m_heatMap->sizeHint() * 2, QImage::Format_ARGB32);
    heat.setDevicePixelRatio(2);
    heat.fill(Qt::white);
    {
        QPainter painter(&heat);
        painter.setFont(m_heatMap->font());
        m_heatMap->paintGrid(&painter, QRectF(QPointF(0, 0), m_heatMap->sizeHint()));
    }
    return {{tr("Sessions per therapist"), chartImage(barsOf, *m_therapists), 2},
            {tr("Sessions per week"), chartImage(lineOf, *m_weeks), 3},
            {tr("Busy hours per weekday (the count in each cell)"), heat, 4}};
}

bool ReportsPage::writePdf(const QString& path, QString* message)
{
    return ReportExport::writePdf(path, m_comparison, tables(), pdfCharts(), message);
}

bool ReportsPage::save(bool pdf)
{
    if (!m_database || m_comparison.current.from.isNull())
        return false;
    const QString suggested = QStringLiteral("report-%1-to-%2.%3")
                                  .arg(m_comparison.current.from.toString(Qt::ISODate),
                                       m_comparison.current.to.toString(Qt::ISODate),
                                       pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    const QString path =
        chooseFileToSave(pdf ? tr("Export the report as PDF") : tr("Export the report as CSV"),
                         QDir::home().filePath(suggested),
                         pdf ? tr("PDF documents (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    QString message;
    const bool ok = pdf ? writePdf(path, &message) : writeCsv(path, &message);
    m_status->setText(ok ? tr("Report saved as %1.").arg(QDir::toNativeSeparators(path)) : message);
    m_status->show();
    emit statusMessage(m_status->text());
    return ok;
}

bool ReportsPage::exportCsv()
{
    return save(false);
}

bool ReportsPage::exportPdf()
{
    return save(true);
}
