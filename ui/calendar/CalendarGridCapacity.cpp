// CalendarGrid and the therapists' working time: off-shift time shaded in the day view, and the
// week of a large centre as free therapists per half hour. Counts are written out in every cell
// so the shading is never the only sign.
#include "calendar/CalendarGrid.h"

#include "calendar/CalendarModel.h"

#include <QLocale>
#include <QPainter>
#include <QTime>

namespace {

const QColor kOffShift(0xe4, 0xe4, 0xe0);
const QColor kOffShiftHatch(0xc4, 0xc4, 0xbe);
const QColor kText(0x1b, 0x1b, 0x1b);
const QColor kMuted(0x4d, 0x4d, 0x4d);

bool covers(const QList<WorkingSpan>& spans, int from, int to)
{
    for (const WorkingSpan& s : spans) {
        if (s.start <= from && s.end >= to)
            return true;
    }
    return false;
}

QString hhmm(int minute)
{
    return QTime(0, 0).addSecs(qMin(minute, 24 * 60 - 1) * 60).toString(QStringLiteral("HH:mm"));
}

} // namespace

void CalendarGrid::setWorkingHours(const QHash<qint64, TherapistHours::Days>& hours)
{
    m_working = hours;
    m_workingKnown = true;
    m_capacityValid = false;
    viewport()->update();
}

bool CalendarGrid::isCapacityView() const
{
    return m_mode == Mode::Week && !m_therapistFilter && m_therapists.size() > kMaxWeekLanes;
}

bool CalendarGrid::isWorking(int column, int minute) const
{
    if (column < 0 || column >= m_columns.size())
        return false;
    const CalendarColumn& c = m_columns.at(column);
    return covers(m_working.value(c.resourceId).value(c.day), minute, minute + 1);
}

CalendarGrid::Capacity CalendarGrid::capacityAt(int column, int minute) const
{
    if (!m_capacityValid)
        buildCapacity();
    if (column < 0 || column >= m_capacity.size() || minute < 0)
        return {};
    return m_capacity.at(column).value(minute / kCapacityMinutes);
}

// One pass over the range's sessions, then one look at each therapist's shift per half hour:
// painting a week reads the result instead of scanning every session for every cell.
void CalendarGrid::buildCapacity() const
{
    constexpr int kSlots = 24 * 60 / kCapacityMinutes;
    m_capacity.clear();
    for (int c = 0; c < m_columns.size(); ++c) {
        const QDate day = m_columns.at(c).day;
        QList<QList<qint64>> busy(kSlots);
        if (m_model) {
            const QList<AgendaEntry>& entries = m_model->entries();
            for (int i = 0; i < entries.size(); ++i) {
                const AgendaEntry& e = entries.at(i);
                if (CalendarModel::isInactive(e) || m_model->localDay(i) != day)
                    continue;
                const int start = m_model->localMinute(i);
                const int end = start + e.minutes + e.cleanupMinutes;
                for (int slot = qMax(0, start / kCapacityMinutes);
                     slot < kSlots && slot * kCapacityMinutes < end; ++slot)
                    busy[slot].append(e.therapistId);
            }
        }
        QList<Capacity> cells(kSlots);
        for (int slot = 0; slot < kSlots; ++slot) {
            const int from = slot * kCapacityMinutes;
            for (int t = 0; t < m_therapists.size(); ++t) {
                const qint64 id = m_therapists.at(t);
                if (!covers(m_working.value(id).value(day), from, from + kCapacityMinutes))
                    continue;
                ++cells[slot].working;
                if (!busy.at(slot).contains(id))
                    cells[slot].freeNames.append(m_therapistNames.value(t));
            }
        }
        m_capacity.append(cells);
    }
    m_capacityValid = true;
}

void CalendarGrid::paintOffShift(QPainter& p, const QRect& body) const
{
    if (m_mode != Mode::Therapists || !m_workingKnown)
        return;
    const int width = columnWidth();
    QBrush hatch(kOffShiftHatch, Qt::BDiagPattern);
    for (int c = 0; c < m_columns.size(); ++c) {
        const int x = columnX(c);
        if (x > body.right() || x + width < body.left())
            continue;
        const CalendarColumn& col = m_columns.at(c);
        const QList<WorkingSpan> spans = m_working.value(col.resourceId).value(col.day);
        QList<WorkingSpan> off{{m_first, m_last}};
        for (const WorkingSpan& s : spans)
            off = TherapistHours::subtract(off, s.start, s.end);
        for (const WorkingSpan& o : off) {
            const QRect r(QPoint(x, minuteY(o.start)), QPoint(x + width - 2, minuteY(o.end)));
            if (r.height() < 2)
                continue;
            p.fillRect(r, kOffShift);
            p.fillRect(r, hatch);
            // Words as well as the hatching, where there is room for them.
            if (r.height() > fontMetrics().height() * 2) {
                const QString text = spans.isEmpty() ? tr("Not working today") : tr("Not working");
                const QRect label = r.adjusted(4, 4, -4, 0);
                const int w = fontMetrics().horizontalAdvance(text) + 8;
                p.fillRect(QRect(label.topLeft(),
                                 QSize(qMin(w, label.width()), fontMetrics().height() + 2)),
                           kOffShift);
                p.setPen(kMuted);
                p.drawText(label.adjusted(4, 1, 0, 0), Qt::AlignLeft | Qt::AlignTop, text);
            }
        }
    }
}

void CalendarGrid::paintCapacity(QPainter& p, const QRect& body) const
{
    const int width = columnWidth();
    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setBold(true);
    for (int c = 0; c < m_columns.size(); ++c) {
        const int x = columnX(c);
        if (x > body.right() || x + width < body.left())
            continue;
        for (int m = (m_first / kCapacityMinutes) * kCapacityMinutes; m < m_last;
             m += kCapacityMinutes) {
            const QRect cell(QPoint(x + 2, minuteY(m) + 1),
                             QPoint(x + width - 4, minuteY(m + kCapacityMinutes) - 1));
            if (!cell.intersects(body))
                continue;
            const Capacity cap = capacityAt(c, m);
            if (cap.working == 0)
                continue; // nobody works: the closed shading says it
            const int free = int(cap.freeNames.size());
            // Fuller is darker; the number is always written.
            const double load = 1.0 - double(free) / cap.working;
            const QColor fill =
                QColor::fromRgbF(0.93 - 0.28 * load, 0.96 - 0.24 * load, 1.0 - 0.16 * load);
            p.fillRect(cell, fill);
            if (cell.height() < fm.height())
                continue;
            p.setPen(kText);
            p.setFont(free == 0 ? font() : bold);
            // The longer wording when it fits in this language, else the short one, elided.
            const QFontMetrics metrics(p.font());
            const int room = cell.width() - 10;
            const QString full = tr("%1 of %2 free").arg(free).arg(cap.working);
            const QString text =
                free == 0 ? tr("Full")
                : metrics.horizontalAdvance(full) <= room
                    ? full
                    : metrics.elidedText(tr("%1 free").arg(free), Qt::ElideRight, room);
            p.drawText(cell.adjusted(6, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
        }
    }
    p.setFont(font());
}

QString CalendarGrid::capacityTooltip(int column, int minute) const
{
    const Capacity cap = capacityAt(column, minute);
    const QString when = tr("%1, %2\u2013%3")
                             .arg(QLocale().toString(m_columns.at(column).day, QLocale::LongFormat),
                                  hhmm(minute), hhmm(minute + kCapacityMinutes));
    if (cap.working == 0)
        return tr("%1: nobody is working.").arg(when);
    if (cap.freeNames.isEmpty())
        return tr("%1: all %n therapist(s) working are busy.", nullptr, cap.working).arg(when);
    // Free working time clients wait for (issue 12), named: the week is too full for labels.
    QStringList waiting;
    if (m_model) {
        for (const FreeWaiting& f : m_model->freeWaiting()) {
            if (f.slot.day != m_columns.at(column).day || f.slot.toMinute <= minute ||
                f.slot.fromMinute >= minute + kCapacityMinutes)
                continue;
            const int i = int(m_therapists.indexOf(f.slot.therapistId));
            waiting << tr("%1 (%n waiting)", nullptr, f.count).arg(m_therapistNames.value(i));
        }
    }
    return tr("%1: free for the whole half hour: %2.")
               .arg(when, cap.freeNames.join(QStringLiteral(", "))) +
           (waiting.isEmpty() ? QString()
                              : QLatin1Char('\n') + tr("Clients wait for free time with: %1.")
                                                        .arg(waiting.join(QStringLiteral(", ")))) +
           QLatin1Char('\n') +
           tr("Double-click to book here, or choose one therapist above to see their sessions.");
}
