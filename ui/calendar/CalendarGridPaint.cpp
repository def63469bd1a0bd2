// CalendarGrid's painting: the grid, the blocks with their cleanup, the drag ghost, the line at
// the current time, the column headers and the time axis. Colours are light backgrounds with
// near-black text; status and check-in outcome are always spelled out, never colour alone.
#include "calendar/CalendarGrid.h"

#include "calendar/CalendarModel.h"
#include "models/DayAgendaModel.h"
#include "storage/CallRepository.h"

#include <QLocale>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>

#include <iterator>

namespace {

struct BlockStyle
{
    QColor background;
    QColor accent;
    QColor text;
};

const QColor kText(0x1b, 0x1b, 0x1b);
const QColor kMuted(0x4d, 0x4d, 0x4d);
const QColor kLine(0xd3, 0xd7, 0xdc);
const QColor kHalfLine(0xea, 0xec, 0xef);
const QColor kClosed(0xf1, 0xf1, 0xee);
const QColor kHeader(0xf6, 0xf7, 0xf9);
const QColor kNow(0xd3, 0x2f, 0x2f);
const QColor kToday(0xe3, 0xed, 0xfb);

QColor mixWithWhite(const QColor& c, double amount)
{
    return QColor::fromRgbF(c.redF() + (1 - c.redF()) * amount,
                            c.greenF() + (1 - c.greenF()) * amount,
                            c.blueF() + (1 - c.blueF()) * amount);
}

BlockStyle statusStyle(const QString& status)
{
    if (status == QLatin1String("arrived"))
        return {QColor(0xdb, 0xf2, 0xe6), QColor(0x1d, 0x7f, 0x50), kText};
    if (status == QLatin1String("in_session"))
        return {QColor(0xc6, 0xea, 0xd5), QColor(0x11, 0x66, 0x3c), kText};
    if (status == QLatin1String("completed"))
        return {QColor(0xec, 0xee, 0xf1), QColor(0x6b, 0x77, 0x85), kText};
    if (status == QLatin1String("referred"))
        return {QColor(0xfb, 0xe1, 0xdf), QColor(0xa5, 0x2a, 0x1f), kText};
    if (status == QLatin1String("cancelled") || status == QLatin1String("no_show"))
        return {QColor(0xf0, 0xf0, 0xf0), QColor(0xa0, 0xa0, 0xa0), kMuted};
    return {QColor(0xe2, 0xed, 0xfb), QColor(0x2f, 0x6d, 0xb5), kText};
}

// Outcome badges follow the check-in banner's colours (ui/widgets/OutcomeBanner).
QPair<QColor, QColor> outcomeColours(const QString& outcome)
{
    if (outcome == QLatin1String("proceed"))
        return {QColor(0xe3, 0xf4, 0xe6), QColor(0x1b, 0x5e, 0x20)};
    if (outcome == QLatin1String("note"))
        return {QColor(0xe3, 0xee, 0xfb), QColor(0x0d, 0x47, 0xa1)};
    if (outcome == QLatin1String("adapt"))
        return {QColor(0xff, 0xf4, 0xd6), QColor(0x6d, 0x4c, 0x00)};
    if (outcome == QLatin1String("needs_clearance"))
        return {QColor(0xff, 0xe5, 0xcc), QColor(0x7a, 0x33, 0x00)};
    return {QColor(0xfb, 0xd5, 0xd5), QColor(0x8b, 0x00, 0x00)};
}

const QColor kPalette[] = {
    QColor(0x2f, 0x6d, 0xb5), QColor(0x1d, 0x7f, 0x50), QColor(0x8e, 0x44, 0xad),
    QColor(0xc0, 0x56, 0x2b), QColor(0x00, 0x83, 0x8f), QColor(0xad, 0x14, 0x57),
    QColor(0x6d, 0x4c, 0x41), QColor(0x5c, 0x6b, 0xc0), QColor(0x55, 0x8b, 0x2f),
    QColor(0xb2, 0x6a, 0x00), QColor(0x00, 0x69, 0x5c), QColor(0x7b, 0x1f, 0xa2)};

QString formatMinute(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QColor CalendarGrid::accentFor(const AgendaEntry& entry) const
{
    const int i = int(m_therapists.indexOf(entry.therapistId));
    return kPalette[qMax(0, i) % int(std::size(kPalette))];
}

int CalendarGrid::nowMinute() const
{
    const QTime t = QDateTime::fromSecsSinceEpoch(m_now, m_model->zone()).time();
    return t.hour() * 60 + t.minute();
}

bool CalendarGrid::columnIsToday(int column) const
{
    return m_model && m_now &&
           m_columns.at(column).day == QDateTime::fromSecsSinceEpoch(m_now, m_model->zone()).date();
}

void CalendarGrid::paintEvent(QPaintEvent*)
{
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), Qt::white);
    const QRect body = bodyRect();
    if (m_model) {
        p.save();
        p.setClipRect(body);
        paintBody(p, body);
        p.restore();
    }
    paintHeader(p);
    paintAxis(p);
    p.fillRect(QRect(0, 0, axisWidth(), headerHeight()), kHeader);
    p.setPen(kLine);
    p.drawLine(0, headerHeight() - 1, axisWidth(), headerHeight() - 1);
    p.drawLine(axisWidth() - 1, 0, axisWidth() - 1, headerHeight());
}

void CalendarGrid::paintBody(QPainter& p, const QRect& body) const
{
    const int width = columnWidth();
    // Closed time (outside the opening hours of the column's weekday) is shaded.
    for (int c = 0; c < m_columns.size(); ++c) {
        const int x = columnX(c);
        if (x > body.right() || x + width < body.left())
            continue;
        const int weekday = m_columns.at(c).day.dayOfWeek();
        int minute = m_first;
        QList<OpeningHours> open;
        for (const OpeningHours& h : m_hours) {
            if (h.weekday == weekday)
                open.append(h);
        }
        for (const OpeningHours& h : open) {
            if (h.opensMinute > minute)
                p.fillRect(
                    QRect(QPoint(x, minuteY(minute)), QPoint(x + width, minuteY(h.opensMinute))),
                    kClosed);
            minute = qMax(minute, h.closesMinute);
        }
        if (minute < m_last)
            p.fillRect(QRect(QPoint(x, minuteY(minute)), QPoint(x + width, minuteY(m_last) + 8)),
                       kClosed);
        if (m_mode == Mode::Week && columnIsToday(c))
            p.fillRect(QRect(x, body.top(), width, body.height()), QColor(0xf5, 0xf9, 0xff));
    }
    paintOffShift(p, body);
    if (isCapacityView())
        paintCapacity(p, body);
    // Hour and half-hour lines, then the column separators.
    for (int m = (m_first / 30) * 30; m <= m_last; m += 30) {
        const int y = minuteY(m);
        if (y < body.top() - 1 || y > body.bottom())
            continue;
        p.setPen(m % 60 == 0 ? kLine : kHalfLine);
        p.drawLine(body.left(), y, body.right(), y);
    }
    p.setPen(kLine);
    for (int c = 0; c <= m_columns.size(); ++c)
        p.drawLine(columnX(c) - 1, body.top(), columnX(c) - 1, body.bottom());

    // The free-time cursor steps aside while a booking has the focus.
    if (m_cursorColumn >= 0 && m_cursorMinute >= 0 && m_cursorColumn < m_columns.size() &&
        !m_selected) {
        const QRect cell(QPoint(columnX(m_cursorColumn) + 1, minuteY(m_cursorMinute) + 1),
                         QPoint(columnX(m_cursorColumn) + width - 3,
                                minuteY(m_cursorMinute + kCursorMinutes) - 1));
        p.fillRect(cell, QColor(0xd6, 0xe4, 0xf7));
        p.setPen(QPen(QColor(0x2f, 0x6d, 0xb5), hasFocus() ? 2 : 1));
        p.drawRect(cell.adjusted(0, 0, -1, -1));
    }
    // Below the last hour shown: not part of the day.
    const int end = minuteY(m_last);
    if (end < body.bottom())
        p.fillRect(QRect(QPoint(body.left(), end + 1), body.bottomRight()), kClosed);
    // The current time goes under the blocks so it never crosses their text.
    paintNow(p, body);
    paintFreeMarks(p, body);
    BlockFonts fonts{font(), font(), font(), QFontMetrics(font()), QFontMetrics(font())};
    fonts.bold.setBold(true);
    fonts.struck = fonts.bold;
    fonts.struck.setStrikeOut(true);
    fonts.small.setPointSizeF(font().pointSizeF() * 0.9);
    fonts.fmBold = QFontMetrics(fonts.bold);
    fonts.fmSmall = QFontMetrics(fonts.small);
    for (const Block& b : m_blocks) {
        const QRect whole = sessionRect(b).united(cleanupRect(b));
        if (whole.intersects(body))
            paintBlock(p, b, fonts);
    }
    if (m_drag.kind == Drag::Moving || m_drag.kind == Drag::Resizing)
        paintGhost(p);
}

void CalendarGrid::paintBlock(QPainter& p, const Block& block, const BlockFonts& fonts) const
{
    const AgendaEntry& e = entryOf(block);
    const bool inactive = CalendarModel::isInactive(e);
    BlockStyle style = statusStyle(e.status);
    if (m_mode == Mode::Week && !inactive) {
        style.accent = accentFor(e);
        style.background = mixWithWhite(style.accent, 0.86);
    }
    const QRect r = sessionRect(block);
    const QRect cleanup = cleanupRect(block);
    const bool dragged = m_drag.kind != Drag::None && m_drag.kind != Drag::Pressed &&
                         m_drag.block == blockIndex(e.id);

    // Cleanup: a light hatched strip after the session, so the gap reads as taken.
    if (cleanup.height() > 0) {
        p.fillRect(cleanup, mixWithWhite(style.accent, 0.9));
        // Opaque hatch colour: blending a pattern with alpha is the slow path.
        p.fillRect(cleanup, QBrush(mixWithWhite(style.accent, 0.55), Qt::BDiagPattern));
    }
    p.setOpacity(dragged ? 0.45 : 1.0);
    p.fillRect(r, style.background);
    p.fillRect(QRect(r.left(), r.top(), 4, r.height()), style.accent);
    if (inactive) {
        p.setPen(QPen(style.accent, 1, Qt::DashLine));
        p.drawRect(r.adjusted(0, 0, -1, -1));
    } else {
        p.setPen(mixWithWhite(style.accent, 0.45));
        p.drawRect(r.adjusted(0, 0, -1, -1));
    }
    if (e.id == m_selected) {
        p.setPen(QPen(QColor(0x10, 0x2a, 0x5c), 2));
        p.drawRect(r.adjusted(1, 1, -1, -1));
        if (hasFocus()) {
            // The keyboard's focus: a second, dashed frame just outside the block.
            p.setPen(QPen(QColor(0x10, 0x2a, 0x5c), 1, Qt::DashLine));
            p.drawRect(r.adjusted(-2, -2, 1, 1));
        }
    }

    // Text: as many lines as fit, the status folded in when the block is short.
    const QFont& bold = inactive ? fonts.struck : fonts.bold;
    const QFont& small = fonts.small;
    const QFontMetrics& fmBold = fonts.fmBold;
    const QFontMetrics& fmSmall = fonts.fmSmall;
    const int textLeft = r.left() + 7;
    const int textWidth = r.width() - 10;
    const int avail = r.height() - 3;
    if (avail < fmBold.height() - 3 || textWidth < 12) {
        p.setOpacity(1.0);
        return;
    }
    const int lines = 1 + qMax(0, (avail - fmBold.height()) / fmSmall.height());
    // Narrow columns (many therapists) put the time first: it reads in full where the service
    // name would not.
    const bool narrow = textWidth < 120;
    const QString status = DayAgendaModel::statusText(e.status);
    const QString when = QStringLiteral("%1\u2013%2")
                             .arg(formatMinute(block.startMinute),
                                  formatMinute((block.startMinute + e.minutes) % (24 * 60)));
    const QString length = tr("%1 \u00B7 %2 min").arg(e.serviceName).arg(e.minutes);
    QString statusLine = status;
    if (inactive && !e.statusReason.isEmpty())
        statusLine = tr("%1: %2").arg(status, e.statusReason);
    else if (!narrow)
        statusLine = tr("%1 \u00B7 %2").arg(status, when);
    // The day-before call, in words beside the status where there is room.
    const QString call = inactive ? QString() : m_model->callStatus(e.id);
    if (!call.isEmpty() && !narrow)
        statusLine = tr("%1 \u00B7 %2").arg(statusLine, CallRepository::statusText(call));
    // One therapist's week reads like their day column; everyone's week leads with who.
    const Mode mode = m_mode == Mode::Week && m_therapistFilter ? Mode::Therapists : m_mode;
    QString primary = mode == Mode::Week ? e.therapistName : e.clientName;
    if (mode == Mode::Week && fmBold.horizontalAdvance(primary) > textWidth * 2 / 3)
        primary = initials(primary);
    QStringList secondary;
    switch (mode) {
    case Mode::Week:
        secondary << e.clientName;
        if (narrow)
            secondary << when << statusLine;
        else
            secondary << length << statusLine << e.roomName;
        break;
    case Mode::Rooms:
        if (narrow)
            secondary << when << e.therapistName << length << statusLine;
        else
            secondary << e.therapistName << length << statusLine;
        break;
    case Mode::Therapists:
        if (narrow)
            secondary << when << length << statusLine;
        else
            secondary << length << statusLine << e.roomName;
        break;
    }
    if (textWidth < 56) {
        // A narrow lane: two letters of text say nothing, so only what still reads.
        secondary = {inactive ? status : when.section(QChar(0x2013), 0, 0)};
    }
    // Issue 12: a freed time with waitlist matches says so first, in words; the day-before
    // call's symbol leads the name (the tooltip says it in words).
    const int waiting = m_model->waiting(e.id);
    if (waiting)
        secondary.prepend(tr("%n waiting", nullptr, waiting));
    if (!call.isEmpty())
        primary = tr("%1 %2").arg(CallRepository::statusSymbol(call), primary);
    const int statusIndex = int(secondary.indexOf(statusLine));
    const int shown = qMin(int(secondary.size()), lines - 1);
    // The line (0 = the bold one) that carries the status, and the check-in badge beside it.
    int statusRow = statusIndex >= 0 && statusIndex < shown ? statusIndex + 1 : shown;
    if ((statusIndex < 0 || statusIndex >= shown) && !(textWidth < 56 && inactive) &&
        e.status != QLatin1String("booked")) {
        if (shown > 0)
            secondary[shown - 1] = tr("%1 \u00B7 %2").arg(status, secondary.at(shown - 1));
        else if (inactive) // a one-line block: the name, unless it is off
            primary = tr("%1 \u00B7 %2").arg(status, primary);
    }

    // The check-in outcome badge, symbol and words (the symbol alone when narrow).
    QString badge;
    int badgeWidth = 0;
    // Before its check-in, a session of a client with an open referral already needs
    // clearance (DESIGN 2.2): the badge says so.
    const QString badgeOutcome = !e.checkinOutcome.isEmpty() ? e.checkinOutcome
                                 : e.referralBookingId       ? QStringLiteral("needs_clearance")
                                                             : QString();
    if (!badgeOutcome.isEmpty()) {
        badge = e.checkinOutcome.isEmpty() ? tr("\u26A0 referred %1").arg(e.referralDay)
                                           : DayAgendaModel::outcomeText(e.checkinOutcome);
        badgeWidth = fmSmall.horizontalAdvance(badge) + 10;
        if (badgeWidth > textWidth / 3) {
            badge = badge.section(QLatin1Char(' '), 0, 0);
            badgeWidth = fmSmall.horizontalAdvance(badge) + 10;
        }
        if (badgeWidth > textWidth / 2)
            badgeWidth = 0;
    }
    const int reserved = badgeWidth ? badgeWidth + 4 : 0;

    int y = r.top() + 2;
    for (int row = 0; row <= shown; ++row) {
        const QFontMetrics& fm = row == 0 ? fmBold : fmSmall;
        const int width = textWidth - (row == statusRow ? reserved : 0);
        p.setFont(row == 0 ? bold : small);
        p.setPen(row == 0 ? style.text : (inactive ? kMuted : QColor(0x2e, 0x2e, 0x2e)));
        if (row == 1 && waiting) {
            // The freed time's "2 waiting" is the point of the block now: dark and bold.
            QFont strong = small;
            strong.setBold(true);
            p.setFont(strong);
            p.setPen(QColor(0x0b, 0x4f, 0x6c));
        }
        const QString text = row == 0 ? primary : secondary.at(row - 1);
        // In a narrow lane a clipped word says nothing: show it whole or not at all.
        if (textWidth >= 56 || row == 0 || fm.horizontalAdvance(text) <= width)
            p.drawText(QRect(textLeft, y, width, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(text, Qt::ElideRight, width));
        if (row == statusRow && badgeWidth) {
            const auto [bg, fg] = outcomeColours(badgeOutcome);
            const QRect pill(r.right() - 3 - badgeWidth, y + (fm.height() - fmSmall.height()) / 2,
                             badgeWidth, fmSmall.height());
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setPen(fg);
            p.setBrush(bg);
            p.drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
            p.setBrush(Qt::NoBrush);
            p.setRenderHint(QPainter::Antialiasing, false);
            QFont badgeFont = small;
            badgeFont.setBold(badgeOutcome == QLatin1String("needs_clearance") ||
                              badgeOutcome == QLatin1String("stop_refer"));
            p.setFont(badgeFont);
            p.drawText(pill, Qt::AlignCenter, badge);
        }
        y += fm.height();
    }
    p.setOpacity(1.0);
}

void CalendarGrid::paintGhost(QPainter& p) const
{
    const AgendaEntry& e = entryOf(m_blocks.at(m_drag.block));
    const int width = columnWidth();
    const int minutes = m_drag.kind == Drag::Resizing ? m_drag.target.minutes : e.minutes;
    const int column = m_drag.targetColumn;
    const int minute =
        m_drag.kind == Drag::Resizing ? m_blocks.at(m_drag.block).startMinute : m_drag.targetMinute;
    QRect r(QPoint(columnX(column) + 2, minuteY(minute) + 1),
            QPoint(columnX(column) + width - 5, minuteY(minute + minutes) - 1));
    const bool ok = m_drag.valid && m_drag.refusal.isEmpty();
    const QColor colour = ok ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28);
    QColor fill = colour;
    fill.setAlpha(40);
    p.fillRect(r, Qt::white);
    p.fillRect(r, fill);
    p.setPen(QPen(colour, 2, Qt::DashLine));
    p.drawRect(r.adjusted(1, 1, -1, -1));
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(colour.darker(130));
    const QString when = tr("%1\u2013%2 \u00B7 %3 min")
                             .arg(formatMinute(minute), formatMinute(minute + minutes))
                             .arg(minutes);
    QString text = (ok ? QStringLiteral("\u2713 ") : QStringLiteral("\u2716 ")) + when;
    if (!ok && !m_drag.refusal.isEmpty())
        text += QLatin1Char('\n') + m_drag.refusal;
    p.drawText(r.adjusted(6, 3, -4, -2), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
}

void CalendarGrid::paintNow(QPainter& p, const QRect& body) const
{
    if (!m_now)
        return;
    const int minute = nowMinute();
    if (minute < m_first || minute > m_last)
        return;
    const int y = minuteY(minute);
    if (y < body.top() || y > body.bottom())
        return;
    p.setRenderHint(QPainter::Antialiasing, true);
    for (int c = 0; c < m_columns.size(); ++c) {
        if (!columnIsToday(c))
            continue;
        p.setPen(QPen(kNow, 2));
        p.drawLine(columnX(c), y, columnX(c) + columnWidth() - 2, y);
        p.setBrush(kNow);
        p.drawEllipse(QPoint(columnX(c) + 1, y), 4, 4);
        p.setBrush(Qt::NoBrush);
    }
    p.setRenderHint(QPainter::Antialiasing, false);
}

void CalendarGrid::paintHeader(QPainter& p) const
{
    const int height = headerHeight();
    p.save();
    p.setClipRect(QRect(axisWidth(), 0, viewport()->width() - axisWidth(), height));
    p.fillRect(QRect(0, 0, viewport()->width(), height), kHeader);
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    const QFontMetrics fmBold(bold);
    const QFontMetrics fmSmall(small);
    const int width = columnWidth();
    for (int c = 0; c < m_columns.size(); ++c) {
        const int x = columnX(c);
        if (x > viewport()->width() || x + width < axisWidth())
            continue;
        const CalendarColumn& col = m_columns.at(c);
        if (m_mode == Mode::Week && columnIsToday(c))
            p.fillRect(QRect(x, 0, width, height), kToday);
        QRect text(x + 6, 6, width - 12, fmBold.height());
        p.setFont(bold);
        p.setPen(kText);
        const QStringList title = wrapTitle(col.title, fmBold, text.width());
        for (int line = 0; line < m_titleLines; ++line) {
            p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, title.value(line));
            if (line + 1 < m_titleLines)
                text.translate(0, fmBold.height());
        }
        p.setFont(small);
        p.setPen(kMuted);
        p.drawText(text.translated(0, fmBold.height() + 1), Qt::AlignLeft | Qt::AlignVCenter,
                   fmSmall.elidedText(col.subtitle, Qt::ElideRight, text.width()));
        if (weekGroups() > 1)
            paintLaneNames(p, x, text.bottom() + fmSmall.height() + 4);
        p.setPen(kLine);
        p.drawLine(x + width - 1, 0, x + width - 1, height);
    }
    p.setPen(kLine);
    p.drawLine(0, height - 1, viewport()->width(), height - 1);
    p.restore();
}

// The week view's lanes, one per therapist: initials in the therapist's colour, or a coloured
// tick when the lane is too narrow for them.
void CalendarGrid::paintLaneNames(QPainter& p, int x, int y) const
{
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    small.setBold(true);
    const QFontMetrics fm(small);
    p.setFont(small);
    const int groups = weekGroups();
    const int width = (columnWidth() - 6) / groups;
    for (int g = 0; g < groups; ++g) {
        const QRect lane(x + 2 + g * width, y, width, fm.height());
        const QColor colour = kPalette[g % int(std::size(kPalette))];
        const QString letters = initials(m_therapistNames.value(g));
        if (fm.horizontalAdvance(letters) + 2 <= width) {
            p.setPen(colour.darker(115));
            p.drawText(lane, Qt::AlignCenter, letters);
        } else {
            p.fillRect(QRect(lane.left() + 1, lane.center().y() - 2, lane.width() - 2, 4), colour);
        }
    }
}

void CalendarGrid::paintAxis(QPainter& p) const
{
    const int width = axisWidth();
    const QRect axis(0, headerHeight(), width, viewport()->height() - headerHeight());
    p.save();
    p.setClipRect(axis);
    p.fillRect(axis, kHeader);
    p.setFont(font());
    const QFontMetrics fm(font());
    for (int m = ((m_first + 59) / 60) * 60; m <= m_last; m += 60) {
        const int y = minuteY(m);
        p.setPen(kMuted);
        const QRect label(0, y - fm.height() / 2, width - 8, fm.height());
        p.drawText(label.top() < axis.top() ? label.translated(0, fm.height() / 2) : label,
                   Qt::AlignRight | Qt::AlignVCenter, formatMinute(m));
        p.setPen(kLine);
        p.drawLine(width - 5, y, width, y);
    }
    p.setPen(kLine);
    p.drawLine(width - 1, axis.top(), width - 1, axis.bottom());
    bool today = false;
    for (int c = 0; c < m_columns.size(); ++c)
        today = today || columnIsToday(c);
    if (today) {
        const int minute = nowMinute();
        const int y = minuteY(minute);
        if (minute >= m_first && minute <= m_last && y - fm.height() / 2 - 1 >= axis.top()) {
            QFont bold = font();
            bold.setBold(true);
            p.setFont(bold);
            const QRect pill(2, y - fm.height() / 2 - 1, width - 5, fm.height() + 2);
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setPen(Qt::NoPen);
            p.setBrush(kNow);
            p.drawRoundedRect(pill, 4, 4);
            p.setPen(Qt::white);
            p.drawText(pill, Qt::AlignCenter, formatMinute(minute));
        }
    }
    p.restore();
}
