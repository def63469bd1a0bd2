#pragma once

#include "core/Settings.h"
#include "core/WaitlistMatch.h"
#include "storage/TherapistHours.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QHash>
#include <QList>
#include <QTimeZone>
#include <functional>

class CalendarModel;
struct AgendaEntry;

// One column of the grid: a therapist or a room on one day, or a whole day in the week view.
struct CalendarColumn
{
    qint64 resourceId = 0; // therapist or room id; 0 in the week view
    QDate day;
    QString title;
    QString subtitle;
};

// The painted calendar: a time axis down the left, one column per therapist, room or day, and
// each booking as a block with its cleanup drawn after it. Free time is clicked (or reached with
// the arrow keys) to place the booking cursor; a double-click, Enter or N asks for a booking
// there. Blocks are dragged to move them or by their bottom edge to change their length; the
// grid only asks (moveRequested) and shows live whether the drop fits (checkMove).
class CalendarGrid : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class Mode
    {
        Therapists,
        Rooms,
        Week
    };

    // A move or resize the grid asks for: the booking's new start, resources and length.
    struct Move
    {
        qint64 bookingId = 0;
        qint64 startsAt = 0;
        qint64 therapistId = 0;
        qint64 roomId = 0;
        int minutes = 0;
        bool operator==(const Move& o) const
        {
            return bookingId == o.bookingId && startsAt == o.startsAt &&
                   therapistId == o.therapistId && roomId == o.roomId && minutes == o.minutes;
        }
    };

    static constexpr int kSnapMinutes = 5;
    // More therapists than this and the everyone's-week view shows free capacity per half hour
    // instead of one narrow lane per therapist, which nobody could read.
    static constexpr int kMaxWeekLanes = 6;
    static constexpr int kCapacityMinutes = 30;
    static constexpr int kCursorMinutes = 15;

    explicit CalendarGrid(QWidget* parent = nullptr);

    void setModel(CalendarModel* model);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setColumns(const QList<CalendarColumn>& columns);
    const QList<CalendarColumn>& columns() const { return m_columns; }
    // The local minutes of the day shown, e.g. opening hours 9:00–20:00 as 540..1200.
    void setVisibleMinutes(int first, int last);
    int firstMinute() const { return m_first; }
    int lastMinute() const { return m_last; }
    void setOpeningHours(const QList<OpeningHours>& hours);
    void setNow(qint64 utc);
    // When each therapist works (shifts less absences); time outside is shaded in the
    // therapists' day view and counted in the week's capacity view.
    void setWorkingHours(const QHash<qint64, TherapistHours::Days>& hours);
    void setShowCancelled(bool show);
    bool showCancelled() const { return m_showCancelled; }
    // Week view: only this therapist's bookings (0: everyone's, each therapist in a lane of
    // their own, in this order and colour).
    void setTherapistFilter(qint64 therapistId);
    void setTherapists(const QList<qint64>& ids, const QStringList& names);
    static QString initials(const QString& name);

    // The lengths each service is offered in: stretching a block snaps to them.
    void setDurations(const QHash<QString, QList<int>>& minutesByService)
    {
        m_durations = minutesByService;
    }

    double pixelsPerMinute() const;
    int zoomLevel() const { return m_zoom; }
    static int zoomLevels();
    void setZoomLevel(int level);

    // Empty when the move fits, otherwise why not. Called while dragging.
    std::function<QString(const Move& move)> checkMove;

    qint64 selectedBooking() const { return m_selected; }
    // A block is being pressed, moved or stretched: the rows under it must not be reloaded.
    bool isDragging() const { return m_drag.kind != Drag::None; }
    void setSelectedBooking(qint64 bookingId);
    int cursorColumn() const { return m_cursorColumn; }
    int cursorMinute() const { return m_cursorMinute; }
    void setCursor(int column, int minute);

    // Geometry in viewport coordinates, for the page and for tests.
    bool isShown(qint64 bookingId) const;
    QRect blockRect(qint64 bookingId) const; // the session part; empty when not shown
    QPoint pointAt(int column, int minute) const;
    int columnAt(int x) const;
    double minuteAt(int y) const;
    int shownCount() const { return int(m_blocks.size()); }
    void scrollToMinute(int minute);
    // The week of all therapists in a large centre: free therapists per half hour.
    bool isCapacityView() const;
    struct Capacity
    {
        int working = 0;       // therapists on shift for the whole half hour
        QStringList freeNames; // of those, who has no session or cleanup in it
    };
    Capacity capacityAt(int column, int minute) const;
    // True when the therapist of the column works [minute, minute + 1) (day view).
    bool isWorking(int column, int minute) const;
    // The header's lines for a column's title: the full name, on two lines when it is too
    // wide for one.
    QStringList headerTitleLines(int column) const;
    int columnWidth() const;
    // Day views never squeeze a column below this: they scroll sideways instead.
    int minimumColumnWidth() const;
    static QStringList wrapTitle(const QString& title, const QFontMetrics& fm, int width);
    // For assistive technology: the bookings shown, in reading order (column, then time), and
    // each one as a sentence ("10:00–11:00, Núria Puig, Leg massage with Marta Vidal, booked,
    // check-in proceed").
    QList<qint64> shownBookings() const;
    QString spokenText(qint64 bookingId) const;
    // Registers the grid's QAccessibleInterface (once per program).
    static void installAccessibility();
    // What the grid shows for a booking, line by line (tests read it; the tooltip too).
    QStringList describe(qint64 bookingId) const;
    // Free working time that waitlist entries match ("2 waiting" at its top, CalendarModel::
    // freeWaiting): in the therapists' day view and the week with lanes or one therapist.
    struct FreeMark
    {
        int column = 0;
        int group = 0; // the therapist's lane in the week view
        int groups = 1;
        FreeWaiting free;
    };
    QList<FreeMark> freeMarks() const;
    QRect freeMarkRect(const FreeMark& mark) const;
    // "2 waiting for free time 15:00–19:00 with Marta Vidal: double-click to book one".
    QString freeMarkText(const FreeMark& mark) const;
    // The capacity view's words for a half hour (its tooltip), waiting clients included.
    QString capacityTooltip(int column, int minute) const;

signals:
    void createRequested(int column, int minute);
    void moveRequested(const CalendarGrid::Move& move);
    void contextMenuRequested(qint64 bookingId, const QPoint& globalPos);
    void selectionChanged(qint64 bookingId);
    void dragFeedback(const QString& text);
    void columnActivated(int column);
    // Enter or a double-click on a booking: the page opens its menu of actions.
    void bookingActivated(qint64 bookingId);
    void zoomRequested(int delta);
    // A double-click on free time marked as waited for: a booking there with that therapist.
    void waitingRequested(int column, int minute, qint64 therapistId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    struct Block
    {
        int entry = 0; // row in the model
        int column = 0;
        int group = 0; // the therapist's lane in the week view
        int groups = 1;
        int lane = 0; // side by side within the group where blocks overlap
        int lanes = 1;
        int startMinute = 0;
    };
    struct Drag
    {
        enum Kind
        {
            None,
            Pressed,
            Moving,
            Resizing
        };
        Kind kind = None;
        int block = -1;
        QPoint origin;
        bool resize = false;
        Move target;
        int targetColumn = 0;
        int targetMinute = 0;
        QString refusal;
        bool valid = false;
    };

    void relayout();
    void updateScrollBars();
    int headerHeight() const;
    int axisWidth() const;
    QFont titleFont() const;
    int columnX(int column) const;
    int minuteY(double minute) const;
    QRect sessionRect(const Block& block) const;
    QRect cleanupRect(const Block& block) const;
    QRect bodyRect() const;
    int blockAt(const QPoint& pos, bool* onBottomEdge = nullptr) const;
    int blockIndex(qint64 bookingId) const;
    const AgendaEntry& entryOf(const Block& block) const;
    QColor accentFor(const AgendaEntry& entry) const;
    void updateDrag(const QPoint& pos);
    // The keys: the free-time cursor, and from booking to booking (CalendarGridInput.cpp).
    void moveCursorOrFocus(int column, int minute);
    void stepBooking(int from, int key);
    void focusBlock(int index);
    // Tells assistive technology that the booking at `index` has the focus
    // (CalendarGridAccessible.cpp).
    void notifyFocus(int index);
    QString tooltipAt(const QPoint& pos) const;

    // Painting (CalendarGridPaint.cpp).
    void paintBody(QPainter& p, const QRect& body) const;
    struct BlockFonts
    {
        QFont bold;
        QFont struck; // cancelled and no-show
        QFont small;
        QFontMetrics fmBold;
        QFontMetrics fmSmall;
    };
    void paintBlock(QPainter& p, const Block& block, const BlockFonts& fonts) const;
    void paintGhost(QPainter& p) const;
    void paintHeader(QPainter& p) const;
    void paintAxis(QPainter& p) const;
    void paintLaneNames(QPainter& p, int x, int y) const;
    void paintNow(QPainter& p, const QRect& body) const;
    // CalendarGridWaiting.cpp
    void paintFreeMarks(QPainter& p, const QRect& body) const;
    int freeMarkAt(const QPoint& pos) const;
    // CalendarGridCapacity.cpp
    void paintOffShift(QPainter& p, const QRect& body) const;
    void paintCapacity(QPainter& p, const QRect& body) const;
    bool columnIsToday(int column) const;
    int nowMinute() const;

    CalendarModel* m_model = nullptr;
    Mode m_mode = Mode::Therapists;
    QList<CalendarColumn> m_columns;
    QList<OpeningHours> m_hours;
    QList<Block> m_blocks;
    QList<qint64> m_therapists; // the week view's lanes and colours
    QStringList m_therapistNames;
    QHash<QString, QList<int>> m_durations;
    QHash<qint64, TherapistHours::Days> m_working;
    bool m_workingKnown = false;
    // Capacity per column and half hour from midnight, built on first use after a change.
    mutable QList<QList<Capacity>> m_capacity;
    mutable bool m_capacityValid = false;
    void buildCapacity() const;
    int weekGroups() const;
    int m_first = 9 * 60;
    int m_last = 20 * 60;
    int m_zoom = 3;
    qint64 m_now = 0;
    bool m_showCancelled = true;
    qint64 m_therapistFilter = 0;
    qint64 m_selected = 0;
    int m_cursorColumn = -1;
    int m_cursorMinute = -1;
    Drag m_drag;
    mutable int m_axisWidth = -1;
    int m_titleLines = 1; // the header's title lines, 2 when a name wraps
};
