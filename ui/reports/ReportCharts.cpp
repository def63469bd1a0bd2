#include "reports/ReportCharts.h"

#include "reports/ReportModels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHelpEvent>
#include <QLineSeries>
#include <QPainter>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

// Replaces the chart's series and axes (a chart is refilled when the period changes).
void clear(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QValueAxis* countAxis(QChart* chart, int highest)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, std::max(4, highest + highest / 5 + 1));
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->applyNiceNumbers(); // ticks at round numbers
    axis->setTitleText(QCoreApplication::translate("ReportCharts", "Sessions"));
    chart->addAxis(axis, Qt::AlignLeft);
    return axis;
}

} // namespace

namespace ReportCharts {

void fillTherapistBars(QChart* chart, const ReportStaffModel& model)
{
    clear(chart);
    chart->setTitle(QCoreApplication::translate("ReportCharts", "Sessions per therapist"));
    auto* now = new QBarSet(QCoreApplication::translate("ReportCharts", "This period"));
    auto* before = new QBarSet(QCoreApplication::translate("ReportCharts", "Period before"));
    // Told apart by pattern as well as shade, so a grey print or colour blindness loses nothing.
    now->setBrush(QBrush(QColor(0x2a, 0x5d, 0x8f), Qt::SolidPattern));
    before->setBrush(QBrush(QColor(0x55, 0x55, 0x55), Qt::BDiagPattern));
    before->setBorderColor(QColor(0x55, 0x55, 0x55));
    QStringList names;
    int highest = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        names << model.line(row).name;
        *now << model.line(row).sessions;
        *before << model.before(row).sessions;
        highest = std::max({highest, model.line(row).sessions, model.before(row).sessions});
    }
    auto* series = new QBarSeries;
    series->append(now);
    series->append(before);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    now->setLabelColor(Qt::black);
    before->setLabelColor(Qt::black);
    chart->addSeries(series);
    auto* axis = new QBarCategoryAxis;
    axis->append(names);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    series->attachAxis(countAxis(chart, highest));
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void fillWeekLine(QChart* chart, const ReportWeekModel& model)
{
    clear(chart);
    chart->setTitle(QCoreApplication::translate("ReportCharts", "Sessions per week"));
    auto* series = new QLineSeries;
    series->setName(QCoreApplication::translate("ReportCharts", "Sessions"));
    series->setPointsVisible(true);
    series->setPointLabelsVisible(true);
    series->setPointLabelsFormat(QStringLiteral("@yPoint"));
    series->setPointLabelsClipping(false);
    series->setPen(QPen(QColor(0x2a, 0x5d, 0x8f), 2));
    QStringList weeks;
    int highest = 0;
    const int count = model.rowCount();
    for (int row = 0; row < count; ++row) {
        const int sessions =
            model.index(row, ReportWeekModel::Sessions).data(ReportTableModel::ExportRole).toInt();
        series->append(row, sessions);
        highest = std::max(highest, sessions);
        // Long periods name every fourth week: the table beside has them all.
        const QString monday =
            model.index(row, ReportWeekModel::Week).data().toString().mid(5, 5); // MM-dd
        weeks << (count <= 14 || row % 4 == 0 ? monday : QString(row, QChar(0x200B)));
    }
    // Many points: the labels would cover each other; the table carries the numbers.
    series->setPointLabelsVisible(count <= 14);
    chart->addSeries(series);
    auto* axis = new QBarCategoryAxis;
    axis->append(weeks);
    axis->setTitleText(QCoreApplication::translate("ReportCharts", "Week of (month-day)"));
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    series->attachAxis(countAxis(chart, highest));
    chart->legend()->setVisible(false);
}

} // namespace ReportCharts

HeatMap::HeatMap(const ReportBusyModel* model, QWidget* parent) : QWidget(parent), m_model(model)
{
    setAccessibleName(tr("Busy hours per weekday"));
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        describe();
        updateGeometry();
        update();
    });
}

void HeatMap::describe()
{
    // A screen reader hears the busiest hour; hovering a cell says what it counts.
    int best = 0, bestDay = 1, bestHour = 0;
    for (int weekday = 1; weekday <= 7; ++weekday) {
        for (int hour = 0; hour < 24; ++hour) {
            if (m_model->count(weekday, hour) > best) {
                best = m_model->count(weekday, hour);
                bestDay = weekday;
                bestHour = hour;
            }
        }
    }
    setAccessibleDescription(best == 0 ? tr("No sessions in this period.")
                                       : tr("Busiest: %1 at %2:00, %3 sessions.")
                                             .arg(m_model->index(bestDay - 1, 0).data().toString())
                                             .arg(bestHour, 2, 10, QLatin1Char('0'))
                                             .arg(best));
}

bool HeatMap::cellAt(const QPoint& point, int* weekday, int* hour) const
{
    const int first = m_model->firstHour();
    const int hours = m_model->lastHour() - first + 1;
    const double labelWidth = double(width()) / (hours + 2) * 2;
    const double cellWidth = (width() - labelWidth) / hours;
    const double cellHeight = height() / 8.0;
    const int column = int(std::floor((point.x() - labelWidth) / cellWidth));
    const int row = int(std::floor(point.y() / cellHeight)) - 1;
    if (point.x() < labelWidth || column < 0 || column >= hours || row < 0 || row >= 7)
        return false;
    *weekday = row + 1;
    *hour = first + column;
    return true;
}

bool HeatMap::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        int weekday = 0, hour = 0;
        if (cellAt(help->pos(), &weekday, &hour))
            QToolTip::showText(
                help->globalPos(),
                tr("%1 %2:00\u2013%3:00: %n session(s)", nullptr, m_model->count(weekday, hour))
                    .arg(m_model->index(weekday - 1, 0).data().toString())
                    .arg(hour, 2, 10, QLatin1Char('0'))
                    .arg(hour + 1, 2, 10, QLatin1Char('0')),
                this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

QSize HeatMap::sizeHint() const
{
    const QFontMetrics metrics(font());
    const int hours = m_model->lastHour() - m_model->firstHour() + 1;
    const int cell = metrics.horizontalAdvance(QStringLiteral("8888")) + 6;
    const int label = metrics.horizontalAdvance(QStringLiteral("Wed.")) * 2;
    return {label + hours * cell + 2, (8 * (metrics.height() + 10)) + 2};
}

void HeatMap::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paintGrid(&painter, rect());
}

void HeatMap::paintGrid(QPainter* painter, const QRectF& rect) const
{
    const int first = m_model->firstHour();
    const int hours = m_model->lastHour() - first + 1;
    const double labelWidth = rect.width() / (hours + 2) * 2;
    const double cellWidth = (rect.width() - labelWidth) / hours;
    const double cellHeight = rect.height() / 8;
    const int busiest = std::max(1, m_model->busiest());
    painter->save();
    painter->setPen(Qt::black);
    for (int h = 0; h < hours; ++h)
        painter->drawText(
            QRectF(rect.left() + labelWidth + h * cellWidth, rect.top(), cellWidth, cellHeight),
            Qt::AlignCenter, QStringLiteral("%1").arg(first + h, 2, 10, QLatin1Char('0')));
    for (int row = 0; row < 7; ++row) {
        const double y = rect.top() + (row + 1) * cellHeight;
        painter->setPen(Qt::black);
        painter->drawText(QRectF(rect.left(), y, labelWidth - 4, cellHeight),
                          Qt::AlignRight | Qt::AlignVCenter,
                          m_model->index(row, 0).data().toString());
        for (int h = 0; h < hours; ++h) {
            const int n = m_model->count(row + 1, first + h);
            // From white (none) to a dark blue-grey (the busiest hour); the number says it too.
            const double share = double(n) / busiest;
            const QColor fill = QColor::fromHslF(0.58, 0.35, 1.0 - 0.75 * share);
            const QRectF cell(rect.left() + labelWidth + h * cellWidth, y, cellWidth, cellHeight);
            painter->fillRect(cell, fill);
            painter->setPen(QColor(0xc0, 0xc0, 0xc0));
            painter->drawRect(cell);
            painter->setPen(share > 0.5 ? Qt::white : Qt::black);
            painter->drawText(cell, Qt::AlignCenter, QString::number(n));
        }
    }
    painter->restore();
}
