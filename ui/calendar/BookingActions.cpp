#include "calendar/BookingActions.h"

#include "core/Booking.h"
#include "core/LocalTime.h"
#include "models/DayAgendaModel.h"
#include "storage/Scheduler.h"

#include <QInputDialog>
#include <QUndoCommand>
#include <QUndoStack>

namespace {

// Moves a booking; undo moves it back. Both go through Scheduler::move, so an undo that would
// now collide with a newer booking is refused like any other move (and dropped from the stack).
class MoveBookingCommand : public QUndoCommand
{
public:
    MoveBookingCommand(BookingActions* actions, qint64 bookingId, const BookingPlace& before,
                       const BookingPlace& after, const QString& text, qint64 version)
        : QUndoCommand(text), m_actions(actions), m_id(bookingId), m_before(before), m_after(after),
          m_version(version)
    {
    }

    void undo() override { apply(m_before); }
    void redo() override
    {
        if (m_done) { // the move was made before the command was pushed
            m_done = false;
            return;
        }
        apply(m_after);
    }

private:
    void apply(const BookingPlace& where)
    {
        QString error;
        if (!m_actions->place(m_id, where, &error, &m_version)) {
            setObsolete(true);
            // The command's own name ("Move Núria's booking") is a whole phrase, never spliced.
            emit m_actions->message(
                BookingActions::tr("Undo or redo refused (%1): %2").arg(text(), error));
        }
    }

    BookingActions* m_actions;
    qint64 m_id;
    BookingPlace m_before;
    BookingPlace m_after;
    qint64 m_version; // the booking as this desk last moved it
    bool m_done = true;
};

} // namespace

BookingActions::BookingActions(QObject* parent) : QObject(parent), m_undo(new QUndoStack(this))
{
    askReason = [](const QString& title, const QString& label, QString* reason) {
        bool ok = false;
        *reason = QInputDialog::getText(nullptr, title, label, QLineEdit::Normal, QString(), &ok);
        return ok;
    };
}

void BookingActions::setDatabase(Database* database, const QTimeZone& zone)
{
    m_database = database;
    m_zone = zone;
    m_undo->clear();
}

QString BookingActions::check(const CalendarGrid::Move& move, const AgendaEntry& entry,
                              CalendarGrid::Move* resolved) const
{
    if (!m_database)
        return tr("No database is open.");
    if (entry.status != QLatin1String("booked") && entry.status != QLatin1String("arrived"))
        return tr("A %1 session cannot be moved.")
            .arg(DayAgendaModel::statusText(entry.status).toLower());
    Scheduler scheduler(*m_database, m_zone);
    BookingRequest request;
    request.clientId = entry.clientId;
    request.serviceCode = entry.serviceCode;
    request.therapistId = move.therapistId;
    request.roomId = move.roomId;
    request.startsAt = move.startsAt;
    request.minutes = move.minutes;
    request.ignoreBooking = entry.id;
    Placement placement;
    StorageError error;
    bool ok = scheduler.check(request, &placement, &error);
    if (!ok && !roomChosen) {
        // The room was not the point of the move: any free room will do if it is taken.
        StorageError second;
        request.roomId = 0;
        if (scheduler.check(request, &placement, &second))
            ok = true;
    }
    if (!ok)
        return error.message;
    if (resolved) {
        *resolved = move;
        resolved->roomId = placement.roomId;
    }
    return {};
}

bool BookingActions::place(qint64 bookingId, const BookingPlace& where, QString* error,
                           qint64* version)
{
    if (!m_database) {
        *error = tr("No database is open.");
        return false;
    }
    Scheduler scheduler(*m_database, m_zone);
    StorageError storageError;
    Placement placement;
    if (!scheduler.move(bookingId, where.startsAt, where.therapistId, where.roomId, where.minutes,
                        userName, &placement, &storageError,
                        version ? *version : RecordVersion::kUnchecked)) {
        *error = storageError.message;
        emit changed(bookingId); // the calendar reloads: the block is shown where it really is
        return false;
    }
    if (version)
        *version = placement.version;
    emit changed(bookingId);
    return true;
}

bool BookingActions::move(const CalendarGrid::Move& wanted, const AgendaEntry& entry)
{
    CalendarGrid::Move move;
    const QString refusal = check(wanted, entry, &move);
    if (!refusal.isEmpty()) {
        emit message(tr("Not moved: %1").arg(refusal));
        return false;
    }
    const BookingPlace before{entry.startsAt, entry.therapistId, entry.roomId, entry.minutes};
    const BookingPlace after{move.startsAt, move.therapistId, move.roomId, move.minutes};
    QString error;
    qint64 version = entry.version; // as this desk loaded it: moved or cancelled elsewhere refuses
    if (!place(entry.id, after, &error, &version)) {
        emit message(tr("Not moved: %1").arg(error));
        return false;
    }
    const QString when = LocalTime::format(move.startsAt, m_zone, QStringLiteral("ddd HH:mm"));
    const QString text =
        move.minutes != entry.minutes && move.startsAt == entry.startsAt
            ? tr("Change %1's session to %2 min").arg(entry.clientName).arg(move.minutes)
            : tr("Move %1's session to %2").arg(entry.clientName, when);
    m_undo->push(new MoveBookingCommand(this, entry.id, before, after, text, version));
    QString room;
    if (move.roomId != entry.roomId && !roomChosen)
        room = tr(" It is now in another room (%1 was taken).").arg(entry.roomName);
    emit message(tr("%1: done.%2 Undo with Ctrl+Z.").arg(text, room));
    return true;
}

bool BookingActions::setStatus(qint64 bookingId, const QString& status, const QString& clientName)
{
    if (!m_database)
        return false;
    StorageError error;
    if (!Scheduler(*m_database, m_zone).setStatus(bookingId, status, userName, &error)) {
        emit message(error.message);
        return false;
    }
    emit changed(bookingId);
    emit message(tr("%1: %2.").arg(clientName, DayAgendaModel::statusText(status)));
    return true;
}

bool BookingActions::cancel(qint64 bookingId, const QString& clientName)
{
    if (!m_database)
        return false;
    QString reason;
    if (!askReason(tr("Cancel %1's session").arg(clientName),
                   tr("Why is it cancelled? (required; kept with the booking)"), &reason))
        return false;
    if (reason.trimmed().isEmpty()) {
        emit message(tr("Not cancelled: a cancellation needs a reason."));
        return false;
    }
    StorageError error;
    if (!Scheduler(*m_database, m_zone).cancel(bookingId, reason, userName, &error)) {
        emit message(tr("Not cancelled: %1").arg(error.message));
        return false;
    }
    emit changed(bookingId);
    emit message(
        tr("%1's session is cancelled; it stays on the calendar, greyed.").arg(clientName));
    return true;
}
