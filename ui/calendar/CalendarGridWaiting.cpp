// CalendarGrid and the waitlist's free working time (issue 12 §2: a new or longer shift, an
// absence removed): a marked label at the top of each free stretch that entries match, in words
// ("2 waiting") with a dashed frame, never colour alone; a double-click books there.
#include "calendar/CalendarGrid.h"

#include "calendar/CalendarModel.h"

#include <QPainter>
#include <QTime>

namespace {

const QColor kWaitingFill(0xff, 0xf6, 0xd8);
const QColor kWaitingFrame(0x6d, 0x4c, 0x00);
const QColor kWaitingText(0x3d, 0x2a, 0x00);

QString hhmm(int minute)
{
    return QTime(0, 0).addSecs(qMin(minute, 24 * 60 - 1) * 60).toString(QStringLiteral("HH:mm"));
}

} // namespace

QList<CalendarGrid::FreeMark> CalendarGrid::freeMarks() const
{
    QList<FreeMark> marks;
    if (!m_model || m_mode == Mode::Rooms || isCapacityView())
        return marks;
    for (const FreeWaiting& f : m_model->freeWaiting()) {
        if (f.slot.toMinute <= m_first || f.slot.fromMinute >= m_last)
            continue;
        for (int c = 0; c < m_columns.size(); ++c) {
            const CalendarColumn& column = m_columns.at(c);
            if (column.day != f.slot.day)
                continue;
            FreeMark mark{c, 0, 1, f};
            if (m_mode == Mode::Therapists) {
                if (column.resourceId != f.slot.therapistId)
                    continue;
            } else if (m_therapistFilter) {
                if (m_therapistFilter != f.slot.therapistId)
                    continue;
            } else {
                mark.groups = weekGroups();
                mark.group = int(m_therapists.indexOf(f.slot.therapistId));
                if (mark.group < 0)
                    continue;
            }
            marks << mark;
        }
    }
    return marks;
}

QRect CalendarGrid::freeMarkRect(const FreeMark& mark) const
{
    const int width = (columnWidth() - 6) / mark.groups;
    const int left = columnX(mark.column) + 2 + mark.group * width;
    const int top = minuteY(qMax(m_first, mark.free.slot.fromMinute)) + 1;
    const int bottom = minuteY(qMin(m_last, mark.free.slot.toMinute)) - 1;
    const int height = qMin(bottom - top, fontMetrics().height() + 6);
    return height < 4 ? QRect() : QRect(left + 1, top, width - 4, height);
}

QString CalendarGrid::freeMarkText(const FreeMark& mark) const
{
    const int i = int(m_therapists.indexOf(mark.free.slot.therapistId));
    const QString name = i >= 0 ? m_therapistNames.value(i) : QString();
    const QString when =
        tr("%1\u2013%2").arg(hhmm(mark.free.slot.fromMinute), hhmm(mark.free.slot.toMinute));
    return (name.isEmpty()
                ? tr("%n waiting for the free time %1", nullptr, mark.free.count).arg(when)
                : tr("%n waiting for the free time %1 with %2", nullptr, mark.free.count)
                      .arg(when, name)) +
           QLatin1Char('\n') + tr("Double-click to book one of them.");
}

int CalendarGrid::freeMarkAt(const QPoint& pos) const
{
    const QList<FreeMark> marks = freeMarks();
    for (int i = 0; i < marks.size(); ++i)
        if (freeMarkRect(marks.at(i)).contains(pos))
            return i;
    return -1;
}

void CalendarGrid::paintFreeMarks(QPainter& p, const QRect& body) const
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    p.save();
    p.setFont(bold);
    for (const FreeMark& mark : freeMarks()) {
        const QRect r = freeMarkRect(mark);
        if (r.isEmpty() || !r.intersects(body))
            continue;
        p.fillRect(r, kWaitingFill);
        p.setPen(QPen(kWaitingFrame, 1, Qt::DashLine));
        p.drawRect(r.adjusted(0, 0, -1, -1));
        p.setPen(kWaitingText);
        const QString text = fm.elidedText(tr("%n waiting", nullptr, mark.free.count),
                                           Qt::ElideRight, r.width() - 8);
        p.drawText(r.adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    p.restore();
}
