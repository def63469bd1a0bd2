#include "calendar/CalendarGrid.h"

#include "calendar/CalendarModel.h"

#include <QEvent>
#include <QScrollBar>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace {

constexpr double kZoom[] = {0.75, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0};
constexpr int kEdge = 6; // pixels at a block's bottom edge that resize it

} // namespace

CalendarGrid::CalendarGrid(QWidget* parent) : QAbstractScrollArea(parent)
{
    installAccessibility();
    setObjectName(QStringLiteral("calendarGrid"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAutoFillBackground(false);
    setFrameShape(QFrame::StyledPanel);
    verticalScrollBar()->setSingleStep(20);
    horizontalScrollBar()->setSingleStep(40);
}

void CalendarGrid::setModel(CalendarModel* model)
{
    m_model = model;
    connect(model, &QAbstractItemModel::modelReset, this, &CalendarGrid::relayout);
    relayout();
}

void CalendarGrid::setMode(Mode mode)
{
    m_mode = mode;
    relayout();
}

void CalendarGrid::setColumns(const QList<CalendarColumn>& columns)
{
    m_columns = columns;
    if (m_cursorColumn >= int(columns.size()))
        m_cursorColumn = -1;
    relayout();
}

void CalendarGrid::setVisibleMinutes(int first, int last)
{
    m_first = qBound(0, first, 24 * 60 - 60);
    m_last = qBound(m_first + 60, last, 24 * 60);
    updateScrollBars();
    viewport()->update();
}

void CalendarGrid::setOpeningHours(const QList<OpeningHours>& hours)
{
    m_hours = hours;
    viewport()->update();
}

void CalendarGrid::setNow(qint64 utc)
{
    m_now = utc;
    viewport()->update();
}

void CalendarGrid::setShowCancelled(bool show)
{
    m_showCancelled = show;
    relayout();
}

void CalendarGrid::setTherapistFilter(qint64 therapistId)
{
    m_therapistFilter = therapistId;
    relayout();
}

void CalendarGrid::setTherapists(const QList<qint64>& ids, const QStringList& names)
{
    m_therapists = ids;
    m_therapistNames = names;
    relayout();
}

QString CalendarGrid::initials(const QString& name)
{
    QString letters;
    for (const QString& word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (letters.size() < 2)
            letters += word.at(0).toUpper();
    }
    return letters;
}

int CalendarGrid::weekGroups() const
{
    return m_mode == Mode::Week && !m_therapistFilter && !isCapacityView()
               ? qMax(1, int(m_therapists.size()))
               : 1;
}

int CalendarGrid::zoomLevels()
{
    return int(std::size(kZoom));
}

double CalendarGrid::pixelsPerMinute() const
{
    return kZoom[m_zoom];
}

void CalendarGrid::setZoomLevel(int level)
{
    level = qBound(0, level, zoomLevels() - 1);
    if (level == m_zoom)
        return;
    // Keep the minute in the middle of the view where it was.
    const double centre = minuteAt(headerHeight() + (viewport()->height() - headerHeight()) / 2);
    m_zoom = level;
    updateScrollBars();
    const int body = viewport()->height() - headerHeight();
    verticalScrollBar()->setValue(
        int(std::lround((centre - m_first) * pixelsPerMinute() - body / 2.0)));
    viewport()->update();
}

void CalendarGrid::setSelectedBooking(qint64 bookingId)
{
    if (m_selected == bookingId)
        return;
    m_selected = bookingId;
    viewport()->update();
    if (const int i = blockIndex(bookingId); i >= 0)
        notifyFocus(i);
    emit selectionChanged(bookingId);
}

void CalendarGrid::setCursor(int column, int minute)
{
    if (m_columns.isEmpty())
        return;
    m_cursorColumn = qBound(0, column, int(m_columns.size()) - 1);
    m_cursorMinute = qBound(m_first, minute, m_last - kCursorMinutes);
    const int top = minuteY(m_cursorMinute);
    const int bottom = minuteY(m_cursorMinute + kCursorMinutes);
    if (top < headerHeight())
        verticalScrollBar()->setValue(verticalScrollBar()->value() - (headerHeight() - top));
    else if (bottom > viewport()->height())
        verticalScrollBar()->setValue(verticalScrollBar()->value() + bottom - viewport()->height());
    viewport()->update();
}

// Which column each booking belongs to, and side-by-side lanes where blocks overlap (a
// cancelled booking whose time was given to someone else, or several therapists in a day of
// the week view), so no block ever hides another.
void CalendarGrid::relayout()
{
    m_capacityValid = false;
    m_blocks.clear();
    if (m_model && !isCapacityView()) {
        const QList<AgendaEntry>& entries = m_model->entries();
        for (int i = 0; i < entries.size(); ++i) {
            const AgendaEntry& e = entries.at(i);
            if (!m_therapists.contains(e.therapistId)) { // not active any more: a lane too
                m_therapists.append(e.therapistId);
                m_therapistNames.append(e.therapistName);
            }
            if (!m_showCancelled && CalendarModel::isInactive(e))
                continue;
            if (m_mode == Mode::Week && m_therapistFilter && e.therapistId != m_therapistFilter)
                continue;
            const QDate day = m_model->localDay(i);
            int column = -1;
            for (int c = 0; c < m_columns.size() && column < 0; ++c) {
                const CalendarColumn& col = m_columns.at(c);
                if (col.day != day)
                    continue;
                if (m_mode == Mode::Week ||
                    (m_mode == Mode::Therapists && col.resourceId == e.therapistId) ||
                    (m_mode == Mode::Rooms && col.resourceId == e.roomId))
                    column = c;
            }
            if (column < 0)
                continue;
            Block b;
            b.entry = i;
            b.column = column;
            b.startMinute = m_model->localMinute(i);
            b.groups = weekGroups();
            b.group = b.groups > 1 ? int(m_therapists.indexOf(e.therapistId)) : 0;
            m_blocks.append(b);
        }
    }
    std::stable_sort(m_blocks.begin(), m_blocks.end(), [this](const Block& a, const Block& b) {
        if (a.column != b.column)
            return a.column < b.column;
        if (a.group != b.group)
            return a.group < b.group;
        if (a.startMinute != b.startMinute)
            return a.startMinute < b.startMinute;
        // Active bookings take the first lane.
        return !CalendarModel::isInactive(entryOf(a)) && CalendarModel::isInactive(entryOf(b));
    });
    // Greedy lanes inside each cluster of transitively overlapping blocks.
    int clusterStart = 0;
    int clusterEnd = -1;
    QList<int> laneEnds;
    auto closeCluster = [&](int endIndex) {
        for (int k = clusterStart; k < endIndex; ++k)
            m_blocks[k].lanes = int(laneEnds.size());
    };
    for (int i = 0; i < m_blocks.size(); ++i) {
        Block& b = m_blocks[i];
        const AgendaEntry& e = entryOf(b);
        const int end = b.startMinute + e.minutes + e.cleanupMinutes;
        if (i == 0 || b.column != m_blocks.at(i - 1).column ||
            b.group != m_blocks.at(i - 1).group || b.startMinute >= clusterEnd) {
            closeCluster(i);
            clusterStart = i;
            clusterEnd = end;
            laneEnds.clear();
        }
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds.at(lane) > b.startMinute)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.append(end);
        else
            laneEnds[lane] = end;
        b.lane = lane;
        clusterEnd = qMax(clusterEnd, end);
    }
    closeCluster(int(m_blocks.size()));
    if (m_selected && blockIndex(m_selected) < 0 && !(m_model && m_model->entryById(m_selected)))
        setSelectedBooking(0);
    m_drag = {};
    updateScrollBars();
    viewport()->update();
}

const AgendaEntry& CalendarGrid::entryOf(const Block& block) const
{
    return m_model->entries().at(block.entry);
}

int CalendarGrid::headerHeight() const
{
    // The week view adds a row naming each therapist's lane; long names take a second line.
    return fontMetrics().height() * (weekGroups() > 1 ? 3 : 2) + 14 +
           (m_titleLines > 1 ? QFontMetrics(titleFont()).height() : 0);
}

QFont CalendarGrid::titleFont() const
{
    QFont bold = font();
    bold.setBold(true);
    return bold;
}

QStringList CalendarGrid::wrapTitle(const QString& title, const QFontMetrics& fm, int width)
{
    if (fm.horizontalAdvance(title) <= width)
        return {title};
    // Break at the last space that lets the first line fit; the rest is elided only when even
    // two lines cannot hold it.
    const QStringList words = title.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString first;
    int used = 0;
    while (used < words.size()) {
        const QString wider =
            first.isEmpty() ? words.at(used) : first + QLatin1Char(' ') + words.at(used);
        if (!first.isEmpty() && fm.horizontalAdvance(wider) > width)
            break;
        first = wider;
        ++used;
    }
    const QString rest = words.mid(used).join(QLatin1Char(' '));
    QStringList lines{fm.elidedText(first, Qt::ElideRight, width)};
    if (!rest.isEmpty())
        lines << fm.elidedText(rest, Qt::ElideRight, width);
    return lines;
}

QStringList CalendarGrid::headerTitleLines(int column) const
{
    if (column < 0 || column >= m_columns.size())
        return {};
    return wrapTitle(m_columns.at(column).title, QFontMetrics(titleFont()), columnWidth() - 12);
}

int CalendarGrid::minimumColumnWidth() const
{
    if (m_mode == Mode::Week)
        return 120;
    // A day column shows a client's name, the service and the time in full: about 22
    // characters, never less than that however many therapists or rooms there are.
    return qMax(140, fontMetrics().averageCharWidth() * 22);
}

int CalendarGrid::axisWidth() const
{
    // Measured once per font: every rectangle of every paint asks for it.
    if (m_axisWidth < 0)
        m_axisWidth = fontMetrics().horizontalAdvance(QStringLiteral("00:00")) + 20;
    return m_axisWidth;
}

void CalendarGrid::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange) {
        m_axisWidth = -1;
        updateScrollBars();
    }
    QAbstractScrollArea::changeEvent(event);
}

int CalendarGrid::columnWidth() const
{
    const int n = qMax(1, int(m_columns.size()));
    const int available = viewport()->width() - axisWidth();
    return qMax(minimumColumnWidth(), available / n);
}

int CalendarGrid::columnX(int column) const
{
    return axisWidth() + column * columnWidth() - horizontalScrollBar()->value();
}

int CalendarGrid::minuteY(double minute) const
{
    return headerHeight() + int(std::lround((minute - m_first) * pixelsPerMinute())) -
           verticalScrollBar()->value();
}

double CalendarGrid::minuteAt(int y) const
{
    return m_first + (y - headerHeight() + verticalScrollBar()->value()) / pixelsPerMinute();
}

int CalendarGrid::columnAt(int x) const
{
    if (x < axisWidth() || m_columns.isEmpty())
        return -1;
    const int column = (x - axisWidth() + horizontalScrollBar()->value()) / columnWidth();
    return column < m_columns.size() ? column : -1;
}

QPoint CalendarGrid::pointAt(int column, int minute) const
{
    return {columnX(column) + columnWidth() / 2, minuteY(minute)};
}

QRect CalendarGrid::bodyRect() const
{
    return QRect(axisWidth(), headerHeight(), viewport()->width() - axisWidth(),
                 viewport()->height() - headerHeight());
}

QRect CalendarGrid::sessionRect(const Block& block) const
{
    const AgendaEntry& e = entryOf(block);
    const int width = (columnWidth() - 6) / block.groups;
    const int x = columnX(block.column) + 2 + block.group * width;
    const int left = x + block.lane * width / block.lanes;
    const int right = x + (block.lane + 1) * width / block.lanes;
    const int top = minuteY(block.startMinute) + 1;
    const int bottom = minuteY(block.startMinute + e.minutes);
    return QRect(QPoint(left, top), QPoint(right - 2, bottom - 1));
}

QRect CalendarGrid::cleanupRect(const Block& block) const
{
    const AgendaEntry& e = entryOf(block);
    const QRect session = sessionRect(block);
    const int bottom = minuteY(block.startMinute + e.minutes + e.cleanupMinutes) - 1;
    return QRect(QPoint(session.left(), session.bottom() + 1), QPoint(session.right(), bottom));
}

void CalendarGrid::updateScrollBars()
{
    int lines = 1;
    for (int c = 0; c < m_columns.size() && lines < 2; ++c)
        lines = int(headerTitleLines(c).size());
    m_titleLines = lines;
    const int body = viewport()->height() - headerHeight();
    const int content = int(std::ceil((m_last - m_first) * pixelsPerMinute())) + 8;
    verticalScrollBar()->setRange(0, qMax(0, content - body));
    verticalScrollBar()->setPageStep(qMax(1, body));
    const int available = viewport()->width() - axisWidth();
    const int width = columnWidth() * int(m_columns.size());
    horizontalScrollBar()->setRange(0, qMax(0, width - available));
    horizontalScrollBar()->setPageStep(qMax(1, available));
}

void CalendarGrid::scrollToMinute(int minute)
{
    verticalScrollBar()->setValue(int((minute - m_first) * pixelsPerMinute()));
}

void CalendarGrid::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void CalendarGrid::scrollContentsBy(int, int)
{
    viewport()->update();
}

int CalendarGrid::blockIndex(qint64 bookingId) const
{
    for (int i = 0; i < m_blocks.size(); ++i) {
        if (entryOf(m_blocks.at(i)).id == bookingId)
            return i;
    }
    return -1;
}

bool CalendarGrid::isShown(qint64 bookingId) const
{
    return blockIndex(bookingId) >= 0;
}

QRect CalendarGrid::blockRect(qint64 bookingId) const
{
    const int i = blockIndex(bookingId);
    return i < 0 ? QRect() : sessionRect(m_blocks.at(i));
}

int CalendarGrid::blockAt(const QPoint& pos, bool* onBottomEdge) const
{
    if (!bodyRect().contains(pos))
        return -1;
    // Later blocks are painted on top: search them first.
    for (int i = int(m_blocks.size()) - 1; i >= 0; --i) {
        const QRect r = sessionRect(m_blocks.at(i));
        if (r.adjusted(0, 0, 0, 2).contains(pos)) {
            if (onBottomEdge)
                *onBottomEdge = pos.y() >= r.bottom() - kEdge && r.height() > 2 * kEdge;
            return i;
        }
    }
    return -1;
}
