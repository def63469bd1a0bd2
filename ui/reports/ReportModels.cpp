#include "reports/ReportModels.h"

#include "models/DayAgendaModel.h"

#include <QLocale>

#include <cmath>

namespace {

const char* const kOutcomes[] = {"proceed", "note", "adapt", "needs_clearance", "stop_refer"};
constexpr int kFixedSummaryRows = 11;

QString weekdayName(int weekday)
{
    return QLocale().dayName(weekday, QLocale::ShortFormat);
}

} // namespace

// ---- ReportTableModel

void ReportTableModel::setComparison(const ReportComparison& comparison)
{
    beginResetModel();
    m_comparison = comparison;
    rebuild();
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : rows();
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(headers().size());
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= headers().size())
        return {};
    if (role == Qt::DisplayRole || role == ExportRole)
        return headers().at(section);
    if (role == Qt::TextAlignmentRole) // over its column: text left, numbers right
        return QVariant::fromValue(rows() > 0 && kind(0, section) != Kind::Text
                                       ? Qt::AlignRight | Qt::AlignVCenter
                                       : Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Kind k = kind(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return format(k, cell(index.row(), index.column()));
    case ExportRole: {
        const QVariant value = cell(index.row(), index.column());
        if (k == Kind::Change) { // in the unit of the figure it changes: hours, money, a share
            const QVariantList v = value.toList();
            const auto base = Kind(v.value(2).toInt());
            if (base == Kind::Percent && (v.value(0).toDouble() < 0 || v.value(1).toDouble() < 0))
                return QString();
            const double delta = v.value(0).toDouble() - v.value(1).toDouble();
            if (base == Kind::Hours)
                return QString::number(delta / 60.0, 'f', 2);
            if (base == Kind::Money)
                return QString::number(delta / 100.0, 'f', 2);
            return delta;
        }
        if (k == Kind::Percent)
            return value.toDouble() < 0 ? QVariant(QString()) : value;
        if (k == Kind::Hours)
            return QString::number(value.toDouble() / 60.0, 'f', 2);
        if (k == Kind::Money)
            return QString::number(value.toLongLong() / 100.0, 'f', 2);
        return value;
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(k == Kind::Text ? Qt::AlignLeft | Qt::AlignVCenter
                                                   : Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ReportTableModel::change(Kind kind, double now, double before)
{
    return QVariantList{now, before, int(kind)};
}

QString ReportTableModel::format(Kind kind, const QVariant& value)
{
    const QLocale locale;
    switch (kind) {
    case Kind::Text:
        return value.toString();
    case Kind::Count:
        return locale.toString(value.toLongLong());
    case Kind::Hours:
        return locale.toString(value.toDouble() / 60.0, 'f', 1);
    case Kind::Money:
        return locale.toString(value.toLongLong() / 100.0, 'f', 2);
    case Kind::Percent:
        return value.toDouble() < 0
                   ? QStringLiteral("\u2013")
                   : tr("%1 %").arg(locale.toString(value.toDouble() * 100, 'f', 1));
    case Kind::Change: {
        const QVariantList v = value.toList();
        return changeText(Kind(v.value(2).toInt()), v.value(0).toDouble(), v.value(1).toDouble());
    }
    }
    return {};
}

QString ReportTableModel::changeText(Kind kind, double now, double before)
{
    const double delta = now - before;
    // Rates change in percentage points; counts, hours and money also by how much in per cent.
    const bool rate = kind == Kind::Percent;
    if (rate && (now < 0 || before < 0))
        return QStringLiteral("\u2013");
    const double shown = rate ? delta * 100 : delta;
    if (std::abs(shown) < (kind == Kind::Count ? 0.5 : 0.05))
        return tr("= no change");
    const QLocale locale;
    const QString sign = shown > 0 ? QStringLiteral("+") : QStringLiteral("\u2212");
    QString amount;
    if (kind == Kind::Count)
        amount = locale.toString(qint64(std::llround(std::abs(shown))));
    else if (kind == Kind::Money)
        amount = locale.toString(std::abs(shown) / 100.0, 'f', 2);
    else if (kind == Kind::Hours)
        amount = locale.toString(std::abs(shown) / 60.0, 'f', 1);
    else
        amount = tr("%1 points").arg(locale.toString(std::abs(shown), 'f', 1));
    QString text =
        (shown > 0 ? QStringLiteral("\u25B2 ") : QStringLiteral("\u25BC ")) + sign + amount;
    if (!rate && before > 0)
        text += QStringLiteral(" (%1%2 %)")
                    .arg(sign, locale.toString(std::abs(delta) / before * 100, 'f', 0));
    return text;
}

// ---- ReportSummaryModel

int ReportSummaryModel::rows() const
{
    return kFixedSummaryRows + int(std::size(kOutcomes));
}

QStringList ReportSummaryModel::headers() const
{
    return {tr("Figure"), tr("This period"), tr("Period before"), tr("Change")};
}

ReportTableModel::Kind ReportSummaryModel::kind(int row, int column) const
{
    if (column == Figure)
        return Kind::Text;
    Kind k = Kind::Count;
    if (row == 1)
        k = Kind::Hours;
    else if (row == 2)
        k = Kind::Money;
    else if (row == 4 || row == 6)
        k = Kind::Percent;
    if (column == Difference)
        return Kind::Change;
    return k;
}

QVariant ReportSummaryModel::cell(int row, int column) const
{
    const auto value = [row](const Report& r) -> QVariant {
        switch (row) {
        case 0:
            return r.sessions;
        case 1:
            return r.sessionMinutes;
        case 2:
            return r.revenueCents;
        case 3:
            return r.cancelled;
        case 4:
            return r.cancellationRate();
        case 5:
            return r.noShows;
        case 6:
            return r.noShowRate();
        case 7:
            return r.referred;
        case 8:
            return r.newClients;
        case 9:
            return r.returningClients;
        case 10:
            return r.lateCancelled;
        default:
            return r.outcomes.value(QString::fromLatin1(kOutcomes[row - kFixedSummaryRows]));
        }
    };
    switch (column) {
    case Figure: {
        static const char* const names[] = {
            QT_TR_NOOP("Sessions"),          QT_TR_NOOP("Hours"),
            QT_TR_NOOP("Estimated revenue"), QT_TR_NOOP("Cancelled"),
            QT_TR_NOOP("Cancellation rate"), QT_TR_NOOP("No-shows"),
            QT_TR_NOOP("No-show rate"),      QT_TR_NOOP("Referred"),
            QT_TR_NOOP("New clients"),       QT_TR_NOOP("Returning clients"),
            QT_TR_NOOP("Late cancellations")};
        if (row < kFixedSummaryRows)
            return tr(names[row]);
        return tr("Check-ins: %1")
            .arg(DayAgendaModel::outcomeText(
                QString::fromLatin1(kOutcomes[row - kFixedSummaryRows])));
    }
    case Now:
        return value(m_comparison.current);
    case Before:
        return value(m_comparison.previous);
    case Difference: {
        const Kind base = kind(row, Now);
        return change(base, value(m_comparison.current).toDouble(),
                      value(m_comparison.previous).toDouble());
    }
    default:
        return {};
    }
}

// ---- ReportStaffModel

QString ReportStaffModel::title() const
{
    return m_of == Of::Therapists ? tr("By therapist") : tr("By room");
}

void ReportStaffModel::rebuild()
{
    m_lines.clear();
    const QList<ReportLine>& now =
        m_of == Of::Therapists ? m_comparison.current.byTherapist : m_comparison.current.byRoom;
    const QList<ReportLine>& then =
        m_of == Of::Therapists ? m_comparison.previous.byTherapist : m_comparison.previous.byRoom;
    for (const ReportLine& line : now) {
        const auto found = std::find_if(then.cbegin(), then.cend(),
                                        [&](const ReportLine& l) { return l.id == line.id; });
        m_lines.append({line, found == then.cend() ? ReportLine{} : *found});
    }
    // Someone who worked before and not now is a line too, at zero.
    for (const ReportLine& line : then) {
        if (std::none_of(now.cbegin(), now.cend(),
                         [&](const ReportLine& l) { return l.id == line.id; })) {
            ReportLine zero;
            zero.id = line.id;
            zero.name = line.name;
            m_lines.append({zero, line});
        }
    }
}

QStringList ReportStaffModel::headers() const
{
    return {m_of == Of::Therapists ? tr("Therapist") : tr("Room"),
            tr("Sessions"),
            tr("Hours"),
            m_of == Of::Therapists ? tr("Working hours") : tr("Open hours"),
            tr("Occupancy"),
            tr("Revenue"),
            tr("Sessions before"),
            tr("Change")};
}

ReportTableModel::Kind ReportStaffModel::kind(int, int column) const
{
    switch (column) {
    case Name:
        return Kind::Text;
    case Hours:
    case Available:
        return Kind::Hours;
    case Occupancy:
        return Kind::Percent;
    case Revenue:
        return Kind::Money;
    case SessionsChange:
        return Kind::Change;
    default:
        return Kind::Count;
    }
}

QVariant ReportStaffModel::cell(int row, int column) const
{
    const ReportLine& now = m_lines.at(row).first;
    const ReportLine& then = m_lines.at(row).second;
    switch (column) {
    case Name:
        return now.name;
    case Sessions:
        return now.sessions;
    case Hours:
        return now.sessionMinutes;
    case Available:
        return now.workingMinutes;
    case Occupancy:
        return now.occupancy;
    case Revenue:
        return now.revenueCents;
    case SessionsBefore:
        return then.sessions;
    case SessionsChange:
        return change(Kind::Count, now.sessions, then.sessions);
    default:
        return {};
    }
}

// ---- ReportServiceModel

QStringList ReportServiceModel::headers() const
{
    return {tr("Service"), tr("Length (min)"), tr("Sessions"), tr("Hours"), tr("Revenue")};
}

ReportTableModel::Kind ReportServiceModel::kind(int, int column) const
{
    switch (column) {
    case Service:
        return Kind::Text;
    case Hours:
        return Kind::Hours;
    case Revenue:
        return Kind::Money;
    default:
        return Kind::Count;
    }
}

QVariant ReportServiceModel::cell(int row, int column) const
{
    const ReportLine& line = m_comparison.current.byService.at(row);
    switch (column) {
    case Service:
        return line.name;
    case Length:
        return line.minutes;
    case Sessions:
        return line.sessions;
    case Hours:
        return line.sessionMinutes;
    case Revenue:
        return line.revenueCents;
    default:
        return {};
    }
}

// ---- ReportReasonModel

QStringList ReportReasonModel::headers() const
{
    return {tr("What"), tr("Reason"), tr("Bookings")};
}

ReportTableModel::Kind ReportReasonModel::kind(int, int column) const
{
    return column == Count ? Kind::Count : Kind::Text;
}

QVariant ReportReasonModel::cell(int row, int column) const
{
    const ReportReason& reason = m_comparison.current.reasons.at(row);
    switch (column) {
    case What:
        return DayAgendaModel::statusText(reason.status);
    case Reason:
        return reason.reason.isEmpty() ? tr("(none given)") : reason.reason;
    case Count:
        return reason.count;
    default:
        return {};
    }
}

// ---- ReportWeekModel

QStringList ReportWeekModel::headers() const
{
    return {tr("Week of"), tr("Sessions"), tr("Hours")};
}

ReportTableModel::Kind ReportWeekModel::kind(int, int column) const
{
    return column == Week ? Kind::Text : column == Hours ? Kind::Hours : Kind::Count;
}

QVariant ReportWeekModel::cell(int row, int column) const
{
    const ReportWeek& week = m_comparison.current.weeks.at(row);
    switch (column) {
    case Week: {
        // A week cut by the period's first or last day says so: its count is of fewer days.
        const QString monday = week.monday.toString(Qt::ISODate);
        const bool part = week.monday < m_comparison.current.from ||
                          week.monday.addDays(6) > m_comparison.current.to;
        return part ? tr("%1 (part)").arg(monday) : monday;
    }
    case Sessions:
        return week.sessions;
    case Hours:
        return week.sessionMinutes;
    default:
        return {};
    }
}

// ---- ReportBusyModel

void ReportBusyModel::rebuild()
{
    m_first = 24;
    m_last = -1;
    m_busiest = 0;
    for (int weekday = 1; weekday <= 7; ++weekday) {
        for (int hour = 0; hour < 24; ++hour) {
            const int n = count(weekday, hour);
            if (n == 0)
                continue;
            m_first = std::min(m_first, hour);
            m_last = std::max(m_last, hour);
            m_busiest = std::max(m_busiest, n);
        }
    }
    if (m_last < 0) {
        m_first = 8;
        m_last = 20;
    }
}

QStringList ReportBusyModel::headers() const
{
    QStringList h{tr("Day")};
    for (int hour = m_first; hour <= m_last; ++hour)
        h << QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0'));
    return h;
}

ReportTableModel::Kind ReportBusyModel::kind(int, int column) const
{
    return column == 0 ? Kind::Text : Kind::Count;
}

QVariant ReportBusyModel::cell(int row, int column) const
{
    if (column == 0)
        return weekdayName(row + 1);
    return count(row + 1, m_first + column - 1);
}
