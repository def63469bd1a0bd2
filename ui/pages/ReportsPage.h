#pragma once

#include "pages/Page.h"
#include "reports/ReportExport.h"
#include "storage/ReportRepository.h"

#include <functional>

class Clock;
class HeatMap;
class QChart;
class QChartView;
class QBoxLayout;
class QComboBox;
class QScrollArea;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;
class ReportBusyModel;
class ReportServiceModel;
class ReportStaffModel;
class ReportReasonModel;
class ReportSummaryModel;
class ReportTableModel;
class ReportWeekModel;

// The manager's numbers (issue 12): a period (week, month, quarter, year or any days) against
// the period of the same length before it, in tables, each chart beside its table, and
// exported as CSV or as a PDF with the charts. Other roles see why they cannot.
class ReportsPage : public Page
{
    Q_OBJECT

public:
    enum class Period
    {
        Week,
        Month,
        Quarter,
        Year,
        Custom
    };

    explicit ReportsPage(const Clock& clock, QWidget* parent = nullptr);
    void setDatabase(Database* database) override;
    void setRole(std::optional<Role> role) override;
    QString title() const override { return tr("Reports"); }

    // The days of the period of `period` that holds `day` (Monday weeks, calendar months,
    // quarters and years).
    static void periodAround(Period period, const QDate& day, QDate* from, QDate* to);

    // Shows `period` around `day` (Custom: from `day` to `to`) and reads it now.
    bool showPeriod(Period period, const QDate& day, const QDate& to = {});
    // Reads the chosen period again; false with the reason in statusText().
    bool refresh();
    // One period earlier (-1) or later (+1).
    void step(int direction);

    bool exportCsv();
    bool exportPdf();
    bool writeCsv(const QString& path, QString* message);
    bool writePdf(const QString& path, QString* message);
    // The charts as the PDF shows them, each after its table.
    QList<ReportExport::Chart> pdfCharts() const;

    const ReportComparison& comparison() const { return m_comparison; }
    QList<ReportTableModel*> tables() const;
    ReportSummaryModel* summaryModel() const { return m_summary; }
    ReportStaffModel* therapistModel() const { return m_therapists; }
    ReportStaffModel* roomModel() const { return m_rooms; }
    ReportServiceModel* serviceModel() const { return m_services; }
    ReportReasonModel* reasonModel() const { return m_reasons; }
    ReportWeekModel* weekModel() const { return m_weeks; }
    ReportBusyModel* busyModel() const { return m_busy; }
    QChartView* therapistChart() const { return m_therapistChart; }
    QChartView* weekChart() const { return m_weekChart; }
    HeatMap* heatMap() const { return m_heatMap; }
    QTableView* tableFor(const ReportTableModel* model) const;
    QWidget* controls() const { return m_controls; }
    QLabel* explanation() const { return m_explanation; }
    QString statusText() const;
    QString captionText() const;

    // Where to save (default: a file dialog); empty = cancelled. Tests answer it.
    std::function<QString(const QString& title, const QString& suggested, const QString& filter)>
        chooseFileToSave;

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void arrangeCharts();
    void forget();
    void periodChanged();
    void chosenDays(QDate* from, QDate* to) const;
    QTableView* addTable(ReportTableModel* model);
    bool save(bool pdf);

    const Clock& m_clock;
    Database* m_database = nullptr;
    ReportComparison m_comparison;
    bool m_loaded = false;
    bool m_dirty = true;

    QStackedWidget* m_stack;
    QWidget* m_controls;
    QScrollArea* m_scroll;
    // Each chart's row: beside its table when both fit, else above it (arrangeCharts).
    struct ChartRow
    {
        QBoxLayout* row;
        QWidget* chart;
        QTableView* table;
    };
    QList<ChartRow> m_chartRows;
    QLabel* m_explanation;
    QComboBox* m_period;
    QDateEdit* m_day;
    QDateEdit* m_to;
    QLabel* m_toLabel;
    QToolButton* m_earlier;
    QToolButton* m_later;
    QLabel* m_caption;
    QLabel* m_status;
    QPushButton* m_csv;
    QPushButton* m_pdf;
    QTimer* m_debounce;

    ReportSummaryModel* m_summary;
    ReportStaffModel* m_therapists;
    ReportStaffModel* m_rooms;
    ReportServiceModel* m_services;
    ReportReasonModel* m_reasons;
    ReportWeekModel* m_weeks;
    ReportBusyModel* m_busy;
    QList<QPair<const ReportTableModel*, QTableView*>> m_views;
    QChartView* m_therapistChart;
    QChartView* m_weekChart;
    HeatMap* m_heatMap;
};
