#pragma once

#include <QWidget>

class QChart;
class ReportBusyModel;
class ReportStaffModel;
class ReportWeekModel;

// The Reports page's charts, drawn from the same models as the tables beside them. None relies
// on colour: bars carry their values and the period before is hatched, the weekly line has a
// label on each point, the heat map writes its count in each cell.
namespace ReportCharts {

// Sessions per therapist: this period solid, the period before hatched.
void fillTherapistBars(QChart* chart, const ReportStaffModel& model);
// Sessions in each week of the period.
void fillWeekLine(QChart* chart, const ReportWeekModel& model);

} // namespace ReportCharts

// Busy hours per weekday: a grid of the busy model, darker where more sessions start, with the
// count written in each cell (Qt Charts has no heat map).
class HeatMap : public QWidget
{
    Q_OBJECT

public:
    explicit HeatMap(const ReportBusyModel* model, QWidget* parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }
    // Paints into `painter` within `rect` (the page and the PDF share it).
    void paintGrid(QPainter* painter, const QRectF& rect) const;

    // The weekday (1 = Monday) and hour under `point`; false outside the cells.
    bool cellAt(const QPoint& point, int* weekday, int* hour) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    void describe();

    const ReportBusyModel* m_model;
};
