// CalendarPage: what frames the grid for the range shown: the columns with their session
// counts, the hours shown, and the heading with the day's or week's totals.
#include "pages/CalendarPage.h"

#include "calendar/CalendarModel.h"
#include "core/Clock.h"
#include "core/LocalTime.h"
#include "pages/LiveReload.h"
#include "storage/ChangeFeed.h"
#include "storage/StaffRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLocale>

#include <algorithm>
#include <functional>

namespace {

// "1 session" / "5 sessions" (plain words even without an English translation loaded).
QString sessions(int n)
{
    return n == 1 ? CalendarPage::tr("1 session") : CalendarPage::tr("%1 sessions").arg(n);
}

} // namespace

void CalendarPage::buildColumns()
{
    QList<CalendarColumn> columns;
    const QList<AgendaEntry>& entries = m_model->entries();
    const auto count = [&](const std::function<bool(const AgendaEntry&)>& match) {
        int active = 0;
        for (const AgendaEntry& e : entries)
            active += match(e) && !CalendarModel::isInactive(e) ? 1 : 0;
        return active;
    };
    if (m_view == View::Week) {
        const qint64 only = m_filter->currentData().toLongLong();
        const QDate now = today();
        for (int i = 0; i < 7; ++i) {
            CalendarColumn c;
            c.day = m_model->firstDay().addDays(i);
            c.title = QLocale().toString(c.day, QStringLiteral("ddd d MMM"));
            int n = 0;
            for (int row = 0; row < entries.size(); ++row) {
                const AgendaEntry& e = entries.at(row);
                n += m_model->localDay(row) == c.day && (!only || e.therapistId == only) &&
                             !CalendarModel::isInactive(e)
                         ? 1
                         : 0;
            }
            bool open = false;
            for (const OpeningHours& h : std::as_const(m_hours))
                open = open || h.weekday == c.day.dayOfWeek();
            c.subtitle = !open && n == 0 ? tr("Closed") : sessions(n);
            if (c.day == now)
                c.subtitle = tr("Today \u00B7 %1").arg(c.subtitle);
            columns.append(c);
        }
    } else if (m_byRoom) {
        for (const Room& r : std::as_const(m_rooms)) {
            const int n = count([&](const AgendaEntry& e) { return e.roomId == r.id; });
            const bool listed = std::any_of(entries.begin(), entries.end(),
                                            [&](const AgendaEntry& e) { return e.roomId == r.id; });
            if (r.active || listed)
                columns.append({r.id, m_day, r.name, sessions(n)});
        }
    } else {
        for (const Therapist& t : std::as_const(m_therapists)) {
            const int n = count([&](const AgendaEntry& e) { return e.therapistId == t.id; });
            const bool listed =
                std::any_of(entries.begin(), entries.end(),
                            [&](const AgendaEntry& e) { return e.therapistId == t.id; });
            const bool off = m_working.value(t.id).value(m_day).isEmpty();
            if (t.active || listed)
                columns.append(
                    {t.id, m_day, t.name, off && n == 0 ? tr("Not working") : sessions(n)});
        }
    }
    m_grid->setColumns(columns);
}

// Only the opening hours by default (08:00–21:00 when the day has none), widened to whole hours
// around any booking that lies outside them so nothing is ever cut off.
void CalendarPage::updateRange()
{
    int first = 24 * 60;
    int last = 0;
    const QDate from = m_model->firstDay();
    for (int i = 0; i < m_model->days(); ++i) {
        for (const OpeningHours& h : std::as_const(m_hours)) {
            if (h.weekday == from.addDays(i).dayOfWeek()) {
                first = qMin(first, h.opensMinute);
                last = qMax(last, h.closesMinute);
            }
        }
    }
    if (first >= last) {
        first = 8 * 60;
        last = 21 * 60;
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const AgendaEntry& e = m_model->entries().at(row);
        const int start = m_model->localMinute(row);
        first = qMin(first, start / 60 * 60);
        last = qMin(24 * 60, qMax(last, (start + e.minutes + e.cleanupMinutes + 59) / 60 * 60));
    }
    if (m_wholeDay->isChecked()) {
        first = 0;
        last = 24 * 60;
    }
    m_grid->setVisibleMinutes(first, last);
}

void CalendarPage::updateHeading()
{
    int active = 0;
    int inactive = 0;
    const qint64 only = m_view == View::Week ? m_filter->currentData().toLongLong() : 0;
    for (const AgendaEntry& e : m_model->entries()) {
        if (only && e.therapistId != only)
            continue;
        (CalendarModel::isInactive(e) ? inactive : active) += 1;
    }
    QString summary = sessions(active);
    if (inactive)
        summary += m_showCancelled->isChecked()
                       ? tr(" \u00B7 %1 cancelled or no-show").arg(inactive)
                       : tr(" \u00B7 %1 cancelled or no-show hidden").arg(inactive);
    m_summary->setText(summary);

    QString label;
    if (m_view == View::Week) {
        const QDate first = m_model->firstDay();
        const QDate last = first.addDays(6);
        label = first.month() == last.month()
                    ? tr("Week of %1\u2013%2")
                          .arg(first.day())
                          .arg(QLocale().toString(last, QStringLiteral("d MMMM yyyy")))
                    : tr("Week of %1 \u2013 %2")
                          .arg(QLocale().toString(first, QStringLiteral("d MMMM")),
                               QLocale().toString(last, QStringLiteral("d MMMM yyyy")));
        if (today() >= first && today() <= last)
            label = tr("%1 (this week)").arg(label);
    } else {
        label = QLocale().toString(m_day, QLocale::LongFormat);
        if (m_day == today())
            label = tr("Today, %1").arg(label);
        bool open = false;
        for (const OpeningHours& h : std::as_const(m_hours))
            open = open || h.weekday == m_day.dayOfWeek();
        if (!open && m_database)
            label += tr(" \u2014 closed");
    }
    m_dayLabel->setText(label);
    // A screen reader says what the grid shows and how to move in it.
    m_grid->setAccessibleName(tr("Calendar, %1, %2")
                                  .arg(label, m_view == View::Week ? tr("by day")
                                              : m_byRoom           ? tr("by room")
                                                                   : tr("by therapist")));
    m_grid->setAccessibleDescription(
        tr("Arrow keys move between sessions and free time; Enter opens a session or books "
           "the free time; Escape leaves a session."));
}

void CalendarPage::databaseChanged(const Change& change)
{
    if (m_database && change.touches(m_model->firstDay(), m_model->days()))
        m_live->request();
}
