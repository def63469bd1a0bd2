// CalendarGrid's conversation with people: tooltips and what the grid says about a booking,
// clicks, double-clicks, drags that move or stretch a block, the context menu and the keys.
#include "calendar/CalendarGrid.h"

#include "calendar/CalendarModel.h"
#include "core/LocalTime.h"
#include "models/DayAgendaModel.h"
#include "storage/CallRepository.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace {

int snap(double minute, int step)
{
    return int(std::lround(minute / step)) * step;
}

} // namespace

QStringList CalendarGrid::describe(qint64 bookingId) const
{
    const AgendaEntry* e = m_model ? m_model->entryById(bookingId) : nullptr;
    if (!e)
        return {};
    QStringList lines;
    lines << e->clientName << tr("%1 \u00B7 %2 min").arg(e->serviceName).arg(e->minutes)
          << m_model->timeRange(*e) + tr(" + %1 min cleanup").arg(e->cleanupMinutes)
          << tr("%1 in %2").arg(e->therapistName, e->roomName)
          << DayAgendaModel::statusText(e->status);
    if (!e->statusReason.isEmpty())
        lines.last() += tr(": %1").arg(e->statusReason);
    if (!e->checkinOutcome.isEmpty())
        lines << tr("Check-in: %1").arg(DayAgendaModel::outcomeText(e->checkinOutcome));
    if (e->referralBookingId)
        lines << DayAgendaModel::referralText(*e);
    if (const QString call = m_model->callStatus(e->id); !call.isEmpty())
        lines << tr("Call: %1 %2")
                     .arg(CallRepository::statusSymbol(call), CallRepository::statusText(call));
    if (const int n = m_model->waiting(e->id))
        lines << tr("%n waiting for this freed time: double-click to book one", nullptr, n);
    return lines;
}

QString CalendarGrid::tooltipAt(const QPoint& pos) const
{
    const int i = blockAt(pos);
    if (i >= 0) {
        QString text = describe(entryOf(m_blocks.at(i)).id).join(QLatin1Char('\n'));
        if (CalendarModel::isMovable(entryOf(m_blocks.at(i))))
            text += QLatin1Char('\n') + tr("Drag to move, drag the bottom edge to change the "
                                           "length, right-click for more.");
        return text;
    }
    if (const int mark = freeMarkAt(pos); mark >= 0)
        return freeMarkText(freeMarks().at(mark));
    const int column = columnAt(pos.x());
    if (column >= 0 && pos.y() < headerHeight() && m_mode == Mode::Week) {
        // Which therapist a lane belongs to, then what a click does.
        const int lanes = weekGroups();
        const int width = qMax(1, (columnWidth() - 6) / lanes);
        const int lane = (pos.x() - columnX(column) - 2) / width;
        const QString name = lanes > 1 ? m_therapistNames.value(lane) : QString();
        return (name.isEmpty() ? QString() : tr("Lane of %1").arg(name) + QLatin1Char('\n')) +
               tr("Click to open this day");
    }
    if (column < 0 || pos.y() < headerHeight())
        return {};
    if (isCapacityView())
        return capacityTooltip(column, int(std::floor(minuteAt(pos.y()) / kCapacityMinutes)) *
                                           kCapacityMinutes);
    const int minute = int(std::floor(minuteAt(pos.y()) / kCursorMinutes)) * kCursorMinutes;
    return tr("Double-click or press N to book %1 at %2")
        .arg(m_mode == Mode::Week
                 ? QLocale().toString(m_columns.at(column).day, QLocale::LongFormat)
                 : m_columns.at(column).title,
             QTime(0, 0).addSecs(minute * 60).toString(QStringLiteral("HH:mm")));
}

bool CalendarGrid::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = tooltipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void CalendarGrid::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    if (pos.y() < headerHeight()) {
        const int column = columnAt(pos.x());
        if (column >= 0 && event->button() == Qt::LeftButton)
            emit columnActivated(column);
        return;
    }
    bool edge = false;
    const int i = blockAt(pos, &edge);
    if (i >= 0) {
        setSelectedBooking(entryOf(m_blocks.at(i)).id);
        if (event->button() == Qt::LeftButton &&
            CalendarModel::isMovable(entryOf(m_blocks.at(i)))) {
            m_drag = {};
            m_drag.kind = Drag::Pressed;
            m_drag.block = i;
            m_drag.origin = pos;
            m_drag.resize = edge;
        }
        return;
    }
    setSelectedBooking(0);
    const int column = columnAt(pos.x());
    if (column >= 0)
        setCursor(column, int(std::floor(minuteAt(pos.y()) / kCursorMinutes)) * kCursorMinutes);
}

void CalendarGrid::updateDrag(const QPoint& pos)
{
    const Block& block = m_blocks.at(m_drag.block);
    const AgendaEntry& e = entryOf(block);
    const double dy = (pos.y() - m_drag.origin.y()) / pixelsPerMinute();
    Move move{e.id, e.startsAt, e.therapistId, e.roomId, e.minutes};
    int column = block.column;
    int minute = block.startMinute;
    if (m_drag.kind == Drag::Resizing) {
        // A session can only last one of its service's lengths: snap to the nearest.
        const double wanted = e.minutes + dy;
        const QList<int> offered = m_durations.value(e.serviceCode);
        move.minutes =
            offered.isEmpty() ? qMax(kSnapMinutes, snap(wanted, kSnapMinutes)) : offered.first();
        for (int minutes : offered) {
            if (std::abs(minutes - wanted) < std::abs(move.minutes - wanted))
                move.minutes = minutes;
        }
    } else {
        const int over = columnAt(qBound(axisWidth(), pos.x(), viewport()->width() - 1));
        column = over >= 0 ? over : block.column;
        minute = qBound(0, snap(block.startMinute + dy, kSnapMinutes), 24 * 60 - e.minutes);
        const CalendarColumn& target = m_columns.at(column);
        if (m_mode == Mode::Therapists)
            move.therapistId = target.resourceId;
        else if (m_mode == Mode::Rooms)
            move.roomId = target.resourceId;
        QString error;
        if (!LocalTime::fromLocal(target.day, QTime(minute / 60, minute % 60), m_model->zone(),
                                  &move.startsAt, &error)) {
            m_drag.targetColumn = column;
            m_drag.targetMinute = minute;
            m_drag.refusal = error;
            m_drag.valid = false;
            emit dragFeedback(error);
            viewport()->update();
            return;
        }
    }
    if (m_drag.valid && move == m_drag.target)
        return;
    m_drag.target = move;
    m_drag.targetColumn = column;
    m_drag.targetMinute = minute;
    m_drag.valid = true;
    const bool unchanged = move == Move{e.id, e.startsAt, e.therapistId, e.roomId, e.minutes};
    m_drag.refusal = unchanged || !checkMove ? QString() : checkMove(move);
    emit dragFeedback(m_drag.refusal);
    viewport()->update();
}

void CalendarGrid::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag.kind == Drag::Pressed && (event->buttons() & Qt::LeftButton) &&
        (pos - m_drag.origin).manhattanLength() >= QApplication::startDragDistance()) {
        m_drag.kind = m_drag.resize ? Drag::Resizing : Drag::Moving;
    }
    if (m_drag.kind == Drag::Moving || m_drag.kind == Drag::Resizing) {
        updateDrag(pos);
        return;
    }
    bool edge = false;
    const int i = blockAt(pos, &edge);
    const bool active = i >= 0 && CalendarModel::isMovable(entryOf(m_blocks.at(i)));
    viewport()->setCursor(active ? (edge ? Qt::SizeVerCursor : Qt::OpenHandCursor)
                                 : Qt::ArrowCursor);
}

void CalendarGrid::mouseReleaseEvent(QMouseEvent* event)
{
    const Drag drag = m_drag;
    m_drag = {};
    viewport()->update();
    if ((drag.kind != Drag::Moving && drag.kind != Drag::Resizing) ||
        event->button() != Qt::LeftButton)
        return;
    const AgendaEntry& e = entryOf(m_blocks.at(drag.block));
    const Move original{e.id, e.startsAt, e.therapistId, e.roomId, e.minutes};
    if (!drag.valid) {
        emit dragFeedback(drag.refusal);
        return;
    }
    if (drag.target == original)
        return;
    // Refused drops are asked for too: the page explains the refusal and the block stays.
    emit moveRequested(drag.target);
}

void CalendarGrid::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (pos.y() < headerHeight())
        return;
    if (const int i = blockAt(pos); i >= 0) {
        const Block& block = m_blocks.at(i);
        // A freed time with clients waiting for it: the booking dialog, which offers them.
        if (CalendarModel::isInactive(entryOf(block)) && m_model->waiting(entryOf(block).id)) {
            emit createRequested(block.column, block.startMinute);
            return;
        }
        emit bookingActivated(entryOf(block).id);
        return;
    }
    // Free time clients wait for: the booking dialog at its start, with its therapist.
    if (const int i = freeMarkAt(pos); i >= 0) {
        const FreeMark mark = freeMarks().at(i);
        emit waitingRequested(mark.column, mark.free.slot.fromMinute, mark.free.slot.therapistId);
        return;
    }
    const int column = columnAt(pos.x());
    if (column < 0)
        return;
    setCursor(column, int(std::floor(minuteAt(pos.y()) / kCursorMinutes)) * kCursorMinutes);
    emit createRequested(m_cursorColumn, m_cursorMinute);
}

void CalendarGrid::contextMenuEvent(QContextMenuEvent* event)
{
    const QPoint pos = event->pos(); // the viewport's coordinates
    const int i = blockAt(pos);
    if (i < 0)
        return;
    const qint64 id = entryOf(m_blocks.at(i)).id;
    setSelectedBooking(id);
    emit contextMenuRequested(id, event->globalPos());
}

void CalendarGrid::keyPressEvent(QKeyEvent* event)
{
    if (m_drag.kind != Drag::None && event->key() == Qt::Key_Escape) {
        m_drag = {};
        emit dragFeedback(tr("Move cancelled."));
        viewport()->update();
        return;
    }
    if (m_columns.isEmpty())
        return QAbstractScrollArea::keyPressEvent(event);
    const int focused = blockIndex(m_selected);
    if (focused >= 0 && event->modifiers() == Qt::NoModifier) {
        switch (event->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_Left:
        case Qt::Key_Right:
            stepBooking(focused, event->key());
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            emit bookingActivated(m_selected);
            return;
        case Qt::Key_Escape: {
            // Back to free time, where the booking starts.
            const Block& b = m_blocks.at(focused);
            setSelectedBooking(0);
            setCursor(b.column, b.startMinute / kCursorMinutes * kCursorMinutes);
            return;
        }
        default:
            break;
        }
    }
    const int column = m_cursorColumn < 0 ? 0 : m_cursorColumn;
    const int minute = m_cursorMinute < 0 ? m_first : m_cursorMinute;
    switch (event->key()) {
    case Qt::Key_Up:
        moveCursorOrFocus(column, minute - kCursorMinutes);
        return;
    case Qt::Key_Down:
        moveCursorOrFocus(column, minute + kCursorMinutes);
        return;
    case Qt::Key_Left:
        moveCursorOrFocus(column - 1, minute);
        return;
    case Qt::Key_Right:
        moveCursorOrFocus(column + 1, minute);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        setCursor(column, minute);
        emit createRequested(m_cursorColumn, m_cursorMinute);
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void CalendarGrid::moveCursorOrFocus(int column, int minute)
{
    setCursor(column, minute);
    // Landing on a booking gives it the focus: the arrows then go from booking to booking.
    for (int i = 0; i < m_blocks.size(); ++i) {
        const Block& b = m_blocks.at(i);
        const AgendaEntry& e = entryOf(b);
        if (b.column == m_cursorColumn && b.startMinute < m_cursorMinute + kCursorMinutes &&
            b.startMinute + e.minutes > m_cursorMinute) {
            focusBlock(i);
            return;
        }
    }
}

void CalendarGrid::stepBooking(int from, int key)
{
    const Block& current = m_blocks.at(from);
    const AgendaEntry& e = entryOf(current);
    int target = -1;
    if (key == Qt::Key_Up || key == Qt::Key_Down) {
        // Blocks are sorted by column, then time: the neighbours in the list are the
        // previous and next bookings of the column.
        const int next = from + (key == Qt::Key_Down ? 1 : -1);
        if (next >= 0 && next < m_blocks.size() && m_blocks.at(next).column == current.column)
            target = next;
        if (target < 0) {
            // Past the last (or first) booking: on to the free time beyond it.
            setSelectedBooking(0);
            setCursor(
                current.column,
                key == Qt::Key_Down
                    ? (current.startMinute + e.minutes + e.cleanupMinutes + kCursorMinutes - 1) /
                          kCursorMinutes * kCursorMinutes
                    : current.startMinute / kCursorMinutes * kCursorMinutes - kCursorMinutes);
            return;
        }
    } else {
        // The nearest booking in time in the next column that has any.
        const int step = key == Qt::Key_Right ? 1 : -1;
        for (int column = current.column + step;
             target < 0 && column >= 0 && column < m_columns.size(); column += step) {
            int best = -1;
            for (int i = 0; i < m_blocks.size(); ++i) {
                if (m_blocks.at(i).column != column)
                    continue;
                if (best < 0 || std::abs(m_blocks.at(i).startMinute - current.startMinute) <
                                    std::abs(m_blocks.at(best).startMinute - current.startMinute))
                    best = i;
            }
            target = best;
        }
        if (target < 0)
            return;
    }
    focusBlock(target);
}

void CalendarGrid::focusBlock(int index)
{
    const Block& b = m_blocks.at(index);
    setSelectedBooking(entryOf(b).id);
    m_cursorColumn = b.column;
    m_cursorMinute =
        qBound(m_first, b.startMinute / kCursorMinutes * kCursorMinutes, m_last - kCursorMinutes);
    // Bring the whole block into view (setSelectedBooking told a screen reader).
    const QRect r = sessionRect(b);
    if (r.top() < headerHeight())
        verticalScrollBar()->setValue(verticalScrollBar()->value() - (headerHeight() - r.top()) -
                                      4);
    else if (r.bottom() > viewport()->height())
        verticalScrollBar()->setValue(
            verticalScrollBar()->value() +
            qMin(r.bottom() - viewport()->height() + 4, r.top() - headerHeight() - 4));
    if (r.left() < axisWidth())
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - (axisWidth() - r.left()) -
                                        4);
    else if (r.right() > viewport()->width())
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + r.right() -
                                        viewport()->width() + 4);
    viewport()->update();
}

void CalendarGrid::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        emit zoomRequested(event->angleDelta().y() > 0 ? 1 : -1);
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}
