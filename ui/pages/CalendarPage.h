#pragma once

#include "calendar/BookingDialog.h"
#include "calendar/CalendarGrid.h"
#include "pages/Page.h"

#include <QDate>
#include <functional>

class BookingActions;
class CalendarModel;
class LiveReload;
class Clock;
class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QMenu;
class QTimer;
class QToolButton;
class QUndoStack;

// The receptionist's main screen: a day with one column per therapist (or per room), or a
// week with one column per day. Only the visible range is loaded. Free time books (double-click,
// Enter or N), blocks move and stretch by dragging (undo with Ctrl+Z), and a block's menu marks
// arrivals, no-shows, completions and cancellations with a reason.
class CalendarPage : public Page
{
    Q_OBJECT

public:
    enum class View
    {
        Day,
        Week
    };

    CalendarPage(const Clock& clock, QWidget* parent = nullptr);
    void setDatabase(Database* database) override;
    QString title() const override { return tr("Calendar"); }
    void databaseChanged(const Change& change) override;
    LiveReload* liveReload() const { return m_live; }

    void showDay(const QDate& day);
    QDate day() const { return m_day; }
    QDate today() const;
    void setView(View view);
    View view() const { return m_view; }
    void setByRoom(bool byRoom);
    bool byRoom() const { return m_byRoom; }
    void setShowCancelled(bool show);
    void setWholeDay(bool whole);
    void zoom(int delta);

    CalendarModel* model() const { return m_model; }
    CalendarGrid* grid() const { return m_grid; }
    BookingActions* actions() const { return m_actions; }
    QUndoStack* undoStack() const;

    // Opens the booking dialog for column `column` at local minute `minute` (-1: the next
    // sensible time). Returns the new booking's id, or 0 when nothing was booked.
    // `therapistId` (when not 0) chooses the therapist, e.g. for free time clients wait for.
    qint64 newBooking(int column = -1, int minute = -1, qint64 therapistId = 0);
    bool moveBooking(const CalendarGrid::Move& move);
    bool setStatus(qint64 bookingId, const QString& status);
    bool cancelBooking(qint64 bookingId);
    // The booking as a one-event calendar file for the client (no health data, never over an
    // existing file); the file name comes from chooseConfirmationFile.
    bool saveConfirmation(qint64 bookingId);
    void reload();

    // Hooks, replaceable so tests need no modal loop. Defaults: exec() the dialog or menu.
    std::function<bool(BookingDialog& dialog)> runBookingDialog;
    std::function<QAction*(QMenu& menu, const QPoint& globalPos)> runMenu;
    std::function<QString(const QString& suggested)> chooseConfirmationFile;

protected:
    // Coming back to the calendar shows what other pages changed (a waitlist entry, a call).
    void showEvent(QShowEvent* event) override;

private:
    bool m_shownBefore = false;
    void buildColumns();
    void updateHeading();
    void updateRange();
    void showMenu(qint64 bookingId, const QPoint& globalPos);
    QTimeZone zone() const;
    QDate weekStart() const;

    const Clock& m_clock;
    Database* m_database = nullptr;
    CalendarModel* m_model;
    CalendarGrid* m_grid;
    BookingActions* m_actions;
    QDateEdit* m_dateEdit;
    QLabel* m_dayLabel;
    QLabel* m_summary;
    QToolButton* m_previous;
    QToolButton* m_next;
    QToolButton* m_dayButton;
    QToolButton* m_weekButton;
    QToolButton* m_therapistButton;
    QToolButton* m_roomButton;
    QComboBox* m_filter;
    QCheckBox* m_showCancelled;
    QCheckBox* m_wholeDay;
    QTimer* m_nowTimer;
    LiveReload* m_live;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QList<OpeningHours> m_hours;
    QHash<qint64, TherapistHours::Days> m_working; // of the days shown
    QList<Therapist> m_therapists;
    QList<Room> m_rooms;
    QDate m_day;
    View m_view = View::Day;
    bool m_byRoom = false;
    bool m_scrollPending = true;
};
