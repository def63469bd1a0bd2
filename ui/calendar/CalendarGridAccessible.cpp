// The calendar grid for assistive technology: the grid is a list whose items are the bookings
// shown, each named by a sentence, with the keyboard's focus reported as it moves.
#include "calendar/CalendarGrid.h"

#include "calendar/CalendarModel.h"
#include "models/DayAgendaModel.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QHash>
#include <QLocale>
#include <QPointer>
#include <QWindow>

namespace {

class BookingAccessible : public QAccessibleInterface
{
public:
    BookingAccessible(CalendarGrid* grid, qint64 bookingId) : m_grid(grid), m_id(bookingId) {}

    qint64 bookingId() const { return m_id; }
    bool isValid() const override { return m_grid && m_grid->isShown(m_id); }
    QObject* object() const override { return nullptr; }
    QWindow* window() const override { return m_grid ? m_grid->window()->windowHandle() : nullptr; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    QAccessibleInterface* parent() const override
    {
        return m_grid ? QAccessible::queryAccessibleInterface(m_grid.data()) : nullptr;
    }
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        if (t == QAccessible::Name)
            return m_grid->spokenText(m_id);
        if (t == QAccessible::Description)
            return m_grid->describe(m_id).join(QLatin1Char('\n'));
        return {};
    }
    void setText(QAccessible::Text, const QString&) override {}
    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect r = m_grid->blockRect(m_id);
        return QRect(m_grid->viewport()->mapToGlobal(r.topLeft()), r.size());
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.focusable = true;
        s.selectable = true;
        if (!isValid()) {
            s.invisible = true;
            return s;
        }
        s.selected = m_grid->selectedBooking() == m_id;
        s.focused = s.selected && m_grid->hasFocus();
        const QRect r = m_grid->blockRect(m_id);
        s.offscreen = !m_grid->viewport()->rect().intersects(r);
        return s;
    }

private:
    QPointer<CalendarGrid> m_grid;
    qint64 m_id;
};

class CalendarGridAccessible : public QAccessibleWidget
{
public:
    explicit CalendarGridAccessible(CalendarGrid* grid) : QAccessibleWidget(grid, QAccessible::List)
    {
    }
    ~CalendarGridAccessible() override
    {
        for (QAccessibleInterface* item : std::as_const(m_items))
            QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(item));
    }

    int childCount() const override { return int(grid()->shownBookings().size()); }
    QAccessibleInterface* child(int index) const override
    {
        const QList<qint64> shown = grid()->shownBookings();
        return index >= 0 && index < shown.size() ? item(shown.at(index)) : nullptr;
    }
    int indexOfChild(const QAccessibleInterface* child) const override
    {
        const auto* booking = dynamic_cast<const BookingAccessible*>(child);
        return booking ? int(grid()->shownBookings().indexOf(booking->bookingId())) : -1;
    }
    QAccessibleInterface* childAt(int x, int y) const override
    {
        const QPoint pos = grid()->viewport()->mapFromGlobal(QPoint(x, y));
        for (qint64 id : grid()->shownBookings()) {
            if (grid()->blockRect(id).contains(pos))
                return item(id);
        }
        return nullptr;
    }
    QAccessibleInterface* focusChild() const override
    {
        const qint64 id = grid()->selectedBooking();
        return grid()->hasFocus() && grid()->isShown(id) ? item(id) : nullptr;
    }

private:
    CalendarGrid* grid() const { return static_cast<CalendarGrid*>(widget()); }
    // One interface per booking, kept while the grid lives (a booking no longer shown answers
    // isValid() == false).
    QAccessibleInterface* item(qint64 id) const
    {
        QAccessibleInterface*& cached = m_items[id];
        if (!cached) {
            cached = new BookingAccessible(grid(), id);
            QAccessible::registerAccessibleInterface(cached);
        }
        return cached;
    }
    mutable QHash<qint64, QAccessibleInterface*> m_items;
};

QAccessibleInterface* gridFactory(const QString& className, QObject* object)
{
    if (className == QLatin1String("CalendarGrid") && object && object->isWidgetType())
        return new CalendarGridAccessible(static_cast<CalendarGrid*>(object));
    return nullptr;
}

QString outcomeWords(const QString& outcome)
{
    if (outcome == QLatin1String("proceed"))
        return CalendarGrid::tr("check-in proceed");
    if (outcome == QLatin1String("note"))
        return CalendarGrid::tr("check-in note for the therapist");
    if (outcome == QLatin1String("adapt"))
        return CalendarGrid::tr("check-in adapt");
    if (outcome == QLatin1String("needs_clearance"))
        return CalendarGrid::tr("check-in needs clearance");
    if (outcome == QLatin1String("stop_refer"))
        return CalendarGrid::tr("check-in stop and refer");
    return outcome;
}

} // namespace

void CalendarGrid::installAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(gridFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

QList<qint64> CalendarGrid::shownBookings() const
{
    QList<qint64> ids;
    ids.reserve(m_blocks.size());
    for (const Block& b : m_blocks)
        ids.append(entryOf(b).id);
    return ids;
}

QString CalendarGrid::spokenText(qint64 bookingId) const
{
    const AgendaEntry* e = m_model ? m_model->entryById(bookingId) : nullptr;
    if (!e)
        return {};
    QStringList parts;
    const int i = blockIndex(bookingId);
    if (m_mode == Mode::Week && i >= 0)
        parts << QLocale().toString(m_columns.at(m_blocks.at(i).column).day,
                                    QStringLiteral("dddd d MMMM"));
    parts << m_model->timeRange(*e) << e->clientName
          << tr("%1 with %2").arg(e->serviceName, e->therapistName)
          << DayAgendaModel::statusText(e->status).toLower();
    if (!e->checkinOutcome.isEmpty())
        parts << outcomeWords(e->checkinOutcome);
    else if (e->status == QLatin1String("booked") || e->status == QLatin1String("arrived"))
        parts << tr("no check-in yet");
    if (!e->statusReason.isEmpty())
        parts << e->statusReason;
    return parts.join(QStringLiteral(", "));
}

void CalendarGrid::notifyFocus(int index)
{
    if (!QAccessible::isActive())
        return;
    QAccessibleEvent focus(this, QAccessible::Focus);
    focus.setChild(index);
    QAccessible::updateAccessibility(&focus);
}
