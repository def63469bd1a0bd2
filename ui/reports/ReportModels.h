#pragma once

#include "storage/ReportRepository.h"

#include <QAbstractTableModel>

// The tables of the Reports page, one small model each (the shape of KeePassXC's EntryModel: a
// column enum, data() by column). DisplayRole is for a person (the locale's digits, "12.5 %",
// "▲ +3"); ExportRole gives the plain number for the CSV (a dot for decimals, no separators).
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int ExportRole = Qt::UserRole + 1;

    // How a cell reads: the change columns compare this period with the one before.
    enum class Kind
    {
        Text,
        Count,
        Hours,   // minutes, shown as hours
        Money,   // cents
        Percent, // a share, -1 when there is nothing to share
        Change   // a Count, Hours or Money now against before (cellChange)
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setComparison(const ReportComparison& comparison);
    const ReportComparison& comparison() const { return m_comparison; }
    // The table's caption, e.g. "By therapist".
    virtual QString title() const = 0;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString format(Kind kind, const QVariant& value);
    // "▲ +3 (+12 %)", "▼ −2 (−5 %)", "= 0": an arrow and a sign, never colour alone.
    static QString changeText(Kind kind, double now, double before);

protected:
    virtual void rebuild() {}
    virtual int rows() const = 0;
    virtual QStringList headers() const = 0;
    virtual Kind kind(int row, int column) const = 0;
    // The raw value: QString, an integer, a double, or change() for Kind::Change.
    virtual QVariant cell(int row, int column) const = 0;
    // {now, before, the kind they are}, as Kind::Change cells carry them.
    static QVariant change(Kind kind, double now, double before);

    ReportComparison m_comparison;
};

// The period's totals beside the previous period's, with the change.
class ReportSummaryModel : public ReportTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Figure,
        Now,
        Before,
        Difference,
        ColumnCount
    };
    using ReportTableModel::ReportTableModel;
    QString title() const override { return tr("Summary"); }

protected:
    int rows() const override;
    QStringList headers() const override;
    Kind kind(int row, int column) const override;
    QVariant cell(int row, int column) const override;
};

// Sessions, hours and occupancy per therapist (working time) or per room (opening hours).
class ReportStaffModel : public ReportTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Sessions,
        Hours,
        Available,
        Occupancy,
        Revenue,
        SessionsBefore,
        SessionsChange,
        ColumnCount
    };
    enum class Of
    {
        Therapists,
        Rooms
    };
    explicit ReportStaffModel(Of of, QObject* parent = nullptr) : ReportTableModel(parent), m_of(of)
    {
    }
    QString title() const override;
    // The line of row `row` now and before (a zero line when it had none then).
    const ReportLine& line(int row) const { return m_lines.at(row).first; }
    const ReportLine& before(int row) const { return m_lines.at(row).second; }

protected:
    void rebuild() override;
    int rows() const override { return int(m_lines.size()); }
    QStringList headers() const override;
    Kind kind(int row, int column) const override;
    QVariant cell(int row, int column) const override;

private:
    Of m_of;
    QList<QPair<ReportLine, ReportLine>> m_lines;
};

// Sessions per service and length.
class ReportServiceModel : public ReportTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Service,
        Length,
        Sessions,
        Hours,
        Revenue,
        ColumnCount
    };
    using ReportTableModel::ReportTableModel;
    QString title() const override { return tr("By service and length"); }

protected:
    int rows() const override { return int(m_comparison.current.byService.size()); }
    QStringList headers() const override;
    Kind kind(int row, int column) const override;
    QVariant cell(int row, int column) const override;
};

// Cancellations and no-shows by the reason given.
class ReportReasonModel : public ReportTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        What,
        Reason,
        Count,
        ColumnCount
    };
    using ReportTableModel::ReportTableModel;
    QString title() const override { return tr("Cancellations and no-shows by reason"); }

protected:
    int rows() const override { return int(m_comparison.current.reasons.size()); }
    QStringList headers() const override;
    Kind kind(int row, int column) const override;
    QVariant cell(int row, int column) const override;
};

// Sessions in each week of the period (the line chart's numbers).
class ReportWeekModel : public ReportTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Week,
        Sessions,
        Hours,
        ColumnCount
    };
    using ReportTableModel::ReportTableModel;
    QString title() const override { return tr("Sessions over the weeks"); }

protected:
    int rows() const override { return int(m_comparison.current.weeks.size()); }
    QStringList headers() const override;
    Kind kind(int row, int column) const override;
    QVariant cell(int row, int column) const override;
};

// Sessions starting in each hour of each weekday (the heat map's numbers): a row per weekday,
// a column per hour from the first to the last hour anything started in (08–20 when empty).
class ReportBusyModel : public ReportTableModel
{
    Q_OBJECT

public:
    using ReportTableModel::ReportTableModel;
    QString title() const override { return tr("Busy hours"); }
    int firstHour() const { return m_first; }
    int lastHour() const { return m_last; }
    int busiest() const { return m_busiest; }
    // Sessions in the cell of `weekday` (1 = Monday) and `hour`.
    int count(int weekday, int hour) const { return m_comparison.current.busyAt(weekday, hour); }

protected:
    void rebuild() override;
    int rows() const override { return 7; }
    QStringList headers() const override;
    Kind kind(int row, int column) const override;
    QVariant cell(int row, int column) const override;

private:
    int m_first = 8;
    int m_last = 20;
    int m_busiest = 0;
};
