#pragma once

#include "calendar/CalendarGrid.h"

#include <QObject>
#include <QTimeZone>
#include <functional>

class Database;
class QUndoStack;
struct AgendaEntry;

// Where a booking sits: what a move changes and its undo puts back.
struct BookingPlace
{
    qint64 startsAt = 0;
    qint64 therapistId = 0;
    qint64 roomId = 0;
    int minutes = 0;
};

// The calendar's changes to existing bookings, all through Scheduler so every rule of
// DESIGN 2.4 holds: moves and resizes (undoable), arrived / no-show / completed, and
// cancellation with a reason. Refusals come back as messages; nothing changes then.
class BookingActions : public QObject
{
    Q_OBJECT

public:
    explicit BookingActions(QObject* parent = nullptr);

    void setDatabase(Database* database, const QTimeZone& zone);
    QUndoStack* undoStack() const { return m_undo; }
    // Recorded with every change ("desk" when empty, until people sign in).
    QString userName;
    // True in the room view, where a drop chooses the room and no other room will do.
    bool roomChosen = false;

    // Empty when the move fits, otherwise why not. `resolved` gets the move as it would be
    // saved: unless the room was chosen (the room view), a session keeps its room when that room
    // is free and otherwise takes any free room that suits the service.
    QString check(const CalendarGrid::Move& move, const AgendaEntry& entry,
                  CalendarGrid::Move* resolved = nullptr) const;
    // Moves through the undo stack; false with message() emitted when refused.
    bool move(const CalendarGrid::Move& move, const AgendaEntry& entry);
    bool setStatus(qint64 bookingId, const QString& status, const QString& clientName);
    // Asks for the reason through askReason; false when none was given or it was refused.
    bool cancel(qint64 bookingId, const QString& clientName);

    // The reason prompt (default: QInputDialog). Returns false when the person gave up.
    std::function<bool(const QString& title, const QString& label, QString* reason)> askReason;

    // Used by the undo commands: one Scheduler::move, reporting a refusal.
    // `version` (when given) is the booking's version as this desk last saw it, and becomes the
    // version after the move: a booking changed elsewhere since is refused, not overwritten.
    bool place(qint64 bookingId, const BookingPlace& where, QString* error,
               qint64* version = nullptr);

signals:
    void changed(qint64 bookingId);
    void message(const QString& text);

private:
    Database* m_database = nullptr;
    QTimeZone m_zone;
    QUndoStack* m_undo;
};
