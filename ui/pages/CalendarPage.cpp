#include "pages/CalendarPage.h"

#include "calendar/BookingActions.h"
#include "calendar/CalendarModel.h"
#include "calendar/RepeatDialog.h"
#include "core/Clock.h"
#include "core/LocalTime.h"
#include "core/NewFile.h"
#include "models/DayAgendaModel.h"
#include "pages/LiveReload.h"
#include "storage/CalendarFeed.h"
#include "storage/ServiceRepository.h"
#include "storage/SettingsRepository.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

QToolButton* toggle(const QString& text, const QString& tip, QButtonGroup* group)
{
    auto* button = new QToolButton;
    button->setText(text);
    button->setToolTip(tip);
    button->setCheckable(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    group->addButton(button);
    return button;
}

QAction* shortcutAction(QWidget* owner, const QList<QKeySequence>& keys)
{
    auto* action = new QAction(owner);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    owner->addAction(action);
    return action;
}

} // namespace

CalendarPage::CalendarPage(const Clock& clock, QWidget* parent)
    : Page(parent), m_clock(clock), m_model(new CalendarModel(this)), m_grid(new CalendarGrid),
      m_actions(new BookingActions(this)), m_dateEdit(new QDateEdit), m_dayLabel(new QLabel),
      m_summary(new QLabel), m_previous(new QToolButton), m_next(new QToolButton),
      m_filter(new QComboBox), m_showCancelled(new QCheckBox(tr("Show &cancelled"))),
      m_wholeDay(new QCheckBox(tr("&Whole day"))), m_nowTimer(new QTimer(this)),
      m_live(new LiveReload(
          this, [this] { reload(); }, [this] { return m_grid->isDragging(); }))
{
    runBookingDialog = [](BookingDialog& dialog) {
        return dialog.exec() == QDialog::Accepted;
    };
    runMenu = [](QMenu& menu, const QPoint& pos) {
        return menu.exec(pos);
    };
    chooseConfirmationFile = [this](const QString& suggested) {
        return QFileDialog::getSaveFileName(this, tr("Calendar file for the client"),
                                            QDir::home().filePath(suggested),
                                            tr("Calendar files (*.ics)"));
    };

    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    auto* todayButton = new QPushButton(tr("&Today"));
    todayButton->setToolTip(tr("Go to today (Alt+T)"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_dateEdit->setToolTip(tr("Go to a date"));
    m_dateEdit->setAccessibleName(tr("Go to a date"));
    auto* newButton = new QPushButton(tr("&New booking\u2026"));
    newButton->setToolTip(tr("Book at the selected time (N, Enter or double-click free time)"));
    QFont big = m_dayLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_dayLabel->setFont(big);

    auto* viewGroup = new QButtonGroup(this);
    m_dayButton = toggle(tr("Day"), tr("One column per therapist or room"), viewGroup);
    m_weekButton = toggle(tr("Week"), tr("One column per day of the week"), viewGroup);
    auto* resourceGroup = new QButtonGroup(this);
    m_therapistButton = toggle(tr("By therapist"), tr("One column per therapist"), resourceGroup);
    m_roomButton = toggle(tr("By room"), tr("One column per room"), resourceGroup);
    m_dayButton->setChecked(true);
    m_therapistButton->setChecked(true);
    m_filter->setToolTip(tr("Show one therapist's week, or everyone's"));
    m_filter->setVisible(false);
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_showCancelled->setChecked(true);
    m_showCancelled->setToolTip(tr("Cancelled and no-show sessions stay visible, greyed"));
    m_wholeDay->setToolTip(tr("Show all 24 hours instead of the opening hours"));
    m_summary->setObjectName(QStringLiteral("calendarSummary"));

    auto* zoomOut = new QToolButton;
    zoomOut->setText(QStringLiteral("\u2212"));
    zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    auto* zoomIn = new QToolButton;
    zoomIn->setText(QStringLiteral("+"));
    zoomIn->setToolTip(tr("Zoom in (Ctrl++)"));
    auto* undoButton = new QToolButton;
    undoButton->setText(tr("\u21B6 Undo"));
    auto* redoButton = new QToolButton;
    redoButton->setText(tr("\u21B7 Redo"));
    undoButton->setEnabled(false);
    redoButton->setEnabled(false);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_dayLabel);
    bar->addStretch();
    bar->addWidget(m_previous);
    bar->addWidget(todayButton);
    bar->addWidget(m_next);
    bar->addWidget(m_dateEdit);
    bar->addSpacing(12);
    bar->addWidget(newButton);
    auto* tools = new QHBoxLayout;
    tools->addWidget(m_dayButton);
    tools->addWidget(m_weekButton);
    tools->addSpacing(12);
    tools->addWidget(m_therapistButton);
    tools->addWidget(m_roomButton);
    tools->addWidget(m_filter);
    tools->addSpacing(12);
    tools->addWidget(m_showCancelled);
    tools->addWidget(m_wholeDay);
    tools->addStretch();
    tools->addWidget(m_summary);
    tools->addSpacing(12);
    tools->addWidget(zoomOut);
    tools->addWidget(zoomIn);
    tools->addSpacing(12);
    tools->addWidget(undoButton);
    tools->addWidget(redoButton);

    m_grid->setModel(m_model);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(tools);
    layout->addWidget(m_grid, 1);

    connect(m_previous, &QToolButton::clicked, this,
            [this] { showDay(m_day.addDays(m_view == View::Week ? -7 : -1)); });
    connect(m_next, &QToolButton::clicked, this,
            [this] { showDay(m_day.addDays(m_view == View::Week ? 7 : 1)); });
    connect(todayButton, &QPushButton::clicked, this, [this] { showDay(today()); });
    connect(m_dateEdit, &QDateEdit::dateChanged, this, [this](const QDate& d) {
        if (d != m_day)
            showDay(d);
    });
    connect(newButton, &QPushButton::clicked, this, [this] { newBooking(); });
    connect(m_dayButton, &QToolButton::clicked, this, [this] { setView(View::Day); });
    connect(m_weekButton, &QToolButton::clicked, this, [this] { setView(View::Week); });
    connect(m_therapistButton, &QToolButton::clicked, this, [this] { setByRoom(false); });
    connect(m_roomButton, &QToolButton::clicked, this, [this] { setByRoom(true); });
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_grid->setTherapistFilter(m_filter->currentData().toLongLong());
        buildColumns();
        updateHeading();
    });
    connect(m_showCancelled, &QCheckBox::toggled, this, &CalendarPage::setShowCancelled);
    connect(m_wholeDay, &QCheckBox::toggled, this, &CalendarPage::setWholeDay);
    connect(zoomOut, &QToolButton::clicked, this, [this] { zoom(-1); });
    connect(zoomIn, &QToolButton::clicked, this, [this] { zoom(1); });

    // Keyboard: zoom, undo and redo, and N for a new booking while the calendar is shown.
    connect(shortcutAction(this, {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)}),
            &QAction::triggered, this, [this] { zoom(1); });
    connect(shortcutAction(this, {QKeySequence::ZoomOut}), &QAction::triggered, this,
            [this] { zoom(-1); });
    QUndoStack* undo = m_actions->undoStack();
    connect(shortcutAction(this, {QKeySequence::Undo}), &QAction::triggered, undo,
            &QUndoStack::undo);
    connect(shortcutAction(this, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                                  QKeySequence(Qt::CTRL | Qt::Key_Y)}),
            &QAction::triggered, undo, &QUndoStack::redo);
    connect(shortcutAction(this, {QKeySequence(Qt::Key_N)}), &QAction::triggered, this,
            [this] { newBooking(); });
    connect(undoButton, &QToolButton::clicked, undo, &QUndoStack::undo);
    connect(redoButton, &QToolButton::clicked, undo, &QUndoStack::redo);
    connect(undo, &QUndoStack::canUndoChanged, undoButton, &QToolButton::setEnabled);
    connect(undo, &QUndoStack::canRedoChanged, redoButton, &QToolButton::setEnabled);
    connect(undo, &QUndoStack::undoTextChanged, undoButton, [undoButton](const QString& text) {
        undoButton->setToolTip(text.isEmpty() ? QString() : tr("Undo: %1 (Ctrl+Z)").arg(text));
    });
    connect(undo, &QUndoStack::redoTextChanged, redoButton, [redoButton](const QString& text) {
        redoButton->setToolTip(text.isEmpty() ? QString()
                                              : tr("Redo: %1 (Ctrl+Shift+Z)").arg(text));
    });

    m_grid->checkMove = [this](const CalendarGrid::Move& move) {
        const AgendaEntry* entry = m_model->entryById(move.bookingId);
        return entry ? m_actions->check(move, *entry) : tr("That booking is no longer shown.");
    };
    connect(m_grid, &CalendarGrid::moveRequested, this, &CalendarPage::moveBooking);
    connect(m_grid, &CalendarGrid::createRequested, this,
            [this](int column, int minute) { newBooking(column, minute); });
    connect(m_grid, &CalendarGrid::waitingRequested, this,
            [this](int column, int minute, qint64 therapist) {
                newBooking(column, minute, therapist);
            });
    connect(m_grid, &CalendarGrid::contextMenuRequested, this, &CalendarPage::showMenu);
    // Enter or a double-click on a booking opens its menu, beside the block.
    connect(m_grid, &CalendarGrid::bookingActivated, this, [this](qint64 id) {
        const QRect block = m_grid->blockRect(id);
        showMenu(id, m_grid->viewport()->mapToGlobal(block.topLeft() + QPoint(8, 8)));
    });
    connect(m_grid, &CalendarGrid::zoomRequested, this, &CalendarPage::zoom);
    connect(m_grid, &CalendarGrid::columnActivated, this, [this](int column) {
        if (m_view == View::Week) {
            const QDate day = m_grid->columns().at(column).day;
            setView(View::Day);
            showDay(day);
        }
    });
    connect(m_grid, &CalendarGrid::dragFeedback, this, [this](const QString& refusal) {
        emit statusMessage(refusal.isEmpty() ? tr("Free: release to move the session here.")
                                             : tr("Cannot go there: %1").arg(refusal));
    });
    connect(m_actions, &BookingActions::changed, this, &CalendarPage::reload);
    connect(m_actions, &BookingActions::message, this, &CalendarPage::statusMessage);
    connect(m_nowTimer, &QTimer::timeout, this, [this] { m_grid->setNow(m_clock.nowSecs()); });
    m_nowTimer->start(30 * 1000);
    setView(View::Day);
}

QTimeZone CalendarPage::zone() const
{
    return m_zone;
}

QDate CalendarPage::today() const
{
    return m_clock.nowUtc().toTimeZone(zone()).date();
}

QDate CalendarPage::weekStart() const
{
    return m_day.addDays(1 - m_day.dayOfWeek());
}

QUndoStack* CalendarPage::undoStack() const
{
    return m_actions->undoStack();
}

void CalendarPage::setDatabase(Database* database)
{
    // The same centre reloaded (its settings changed at this desk or another): the therapist
    // chosen in the filter stays chosen.
    const bool sameCentre = database && database == m_database;
    const qint64 keptFilter = sameCentre ? m_filter->currentData().toLongLong() : 0;
    // ...and so does the scroll position, as for a reload of the bookings (the selection and an
    // open dialog are not touched by a reload).
    const qint64 keptSelection = sameCentre ? m_grid->selectedBooking() : 0;
    const QPoint keptScroll(m_grid->horizontalScrollBar()->value(),
                            m_grid->verticalScrollBar()->value());
    m_database = database;
    m_zone = database ? SettingsRepository(*database).timeZone() : QTimeZone::systemTimeZone();
    const QTimeZone z = m_zone;
    m_model->setDatabase(database, z);
    m_actions->setDatabase(database, z);
    m_hours.clear();
    m_therapists.clear();
    m_rooms.clear();
    if (database) {
        StorageError error;
        m_hours = SettingsRepository(*database).openingHours(&error);
        StaffRepository staff(*database);
        m_therapists = staff.therapists(&error);
        m_rooms = staff.rooms(&error);
        QHash<QString, QList<int>> durations;
        for (const Service& service :
             ServiceRepository(*database).list(QLocale().name().left(2), true, &error)) {
            for (const ServiceDuration& d : service.durations)
                durations[service.code].append(d.minutes);
        }
        m_grid->setDurations(durations);
        if (error)
            emit statusMessage(error.message);
    }
    m_grid->setOpeningHours(m_hours);
    {
        const QSignalBlocker blocker(m_filter);
        m_filter->clear();
        m_filter->addItem(tr("All therapists"), qint64(0));
        for (const Therapist& t : std::as_const(m_therapists))
            m_filter->addItem(t.name, t.id);
        m_filter->setCurrentIndex(qMax(0, m_filter->findData(keptFilter)));
    }
    QList<qint64> ids;
    QStringList names;
    for (const Therapist& t : std::as_const(m_therapists)) {
        if (t.active) {
            ids << t.id;
            names << t.name;
        }
    }
    m_grid->setTherapists(ids, names);
    m_grid->setTherapistFilter(m_filter->currentData().toLongLong());
    if (!sameCentre)
        m_scrollPending = true;
    showDay(m_day.isValid() ? m_day : today());
    if (sameCentre) {
        m_grid->horizontalScrollBar()->setValue(keptScroll.x());
        m_grid->verticalScrollBar()->setValue(keptScroll.y());
        if (keptSelection)
            m_grid->setSelectedBooking(keptSelection);
    }
}

void CalendarPage::setView(View view)
{
    m_view = view;
    m_dayButton->setChecked(view == View::Day);
    m_weekButton->setChecked(view == View::Week);
    m_therapistButton->setVisible(view == View::Day);
    m_roomButton->setVisible(view == View::Day);
    m_filter->setVisible(view == View::Week);
    const bool week = view == View::Week;
    m_previous->setText(week ? tr("\u25C0 Previous week") : tr("\u25C0 Previous day"));
    m_previous->setToolTip(week ? tr("Previous week (Alt+Left)") : tr("Previous day (Alt+Left)"));
    m_next->setText(week ? tr("Next week \u25B6") : tr("Next day \u25B6"));
    m_next->setToolTip(week ? tr("Next week (Alt+Right)") : tr("Next day (Alt+Right)"));
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_actions->roomChosen = !week && m_byRoom;
    m_grid->setMode(week ? CalendarGrid::Mode::Week
                         : (m_byRoom ? CalendarGrid::Mode::Rooms : CalendarGrid::Mode::Therapists));
    m_scrollPending = true;
    if (m_day.isValid())
        showDay(m_day);
    if (week && !m_filter->currentData().toLongLong() &&
        m_therapists.size() > CalendarGrid::kMaxWeekLanes)
        emit statusMessage(tr("Each half hour shows how many therapists are free; choose one "
                              "therapist to see their sessions."));
}

void CalendarPage::setByRoom(bool byRoom)
{
    m_byRoom = byRoom;
    m_therapistButton->setChecked(!byRoom);
    m_roomButton->setChecked(byRoom);
    setView(m_view);
}

void CalendarPage::setShowCancelled(bool show)
{
    if (m_showCancelled->isChecked() != show)
        m_showCancelled->setChecked(show);
    m_grid->setShowCancelled(show);
    updateHeading();
}

void CalendarPage::setWholeDay(bool whole)
{
    if (m_wholeDay->isChecked() != whole)
        m_wholeDay->setChecked(whole);
    updateRange();
}

void CalendarPage::zoom(int delta)
{
    m_grid->setZoomLevel(m_grid->zoomLevel() + delta);
}

void CalendarPage::showDay(const QDate& day)
{
    const QDate first = m_view == View::Week ? day.addDays(1 - day.dayOfWeek()) : day;
    const int days = m_view == View::Week ? 7 : 1;
    if (first != m_model->firstDay() || days != m_model->days())
        m_scrollPending = true;
    m_day = day;
    if (!m_model->load(first, days))
        emit statusMessage(m_model->lastError());
    m_working = m_model->workingHours(); // read with the bookings
    m_grid->setWorkingHours(m_working);
    {
        const QSignalBlocker blocker(m_dateEdit);
        m_dateEdit->setDate(day);
    }
    m_grid->setNow(m_clock.nowSecs());
    buildColumns();
    updateRange();
    updateHeading();
    if (m_scrollPending) {
        m_scrollPending = false;
        const int now = LocalTime::minuteOfDay(m_clock.nowSecs(), zone());
        const bool todayShown = today() >= first && today() < first.addDays(days);
        if (todayShown && now > m_grid->firstMinute() + 60 && now < m_grid->lastMinute())
            m_grid->scrollToMinute(now - 60);
        else
            m_grid->scrollToMinute(m_grid->firstMinute());
    }
}

void CalendarPage::reload()
{
    showDay(m_day);
}

void CalendarPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    // The first show already has the day loaded by setDatabase.
    if (m_shownBefore && m_database)
        reload();
    m_shownBefore = true;
}

qint64 CalendarPage::newBooking(int column, int minute, qint64 therapistId)
{
    if (!m_database)
        return 0;
    const QList<CalendarColumn>& columns = m_grid->columns();
    if (column < 0)
        column = m_grid->cursorColumn();
    if (minute < 0)
        minute = m_grid->cursorMinute();
    BookingDialog::Prefill prefill;
    prefill.day = column >= 0 && column < columns.size() ? columns.at(column).day : m_day;
    if (column >= 0 && column < columns.size()) {
        if (m_view == View::Week)
            prefill.therapistId = m_filter->currentData().toLongLong();
        else if (m_byRoom)
            prefill.roomId = columns.at(column).resourceId;
        else
            prefill.therapistId = columns.at(column).resourceId;
    }
    if (therapistId > 0)
        prefill.therapistId = therapistId;
    if (minute < 0) {
        // The next quarter hour from now today, otherwise the start of the visible day.
        const int now = LocalTime::minuteOfDay(m_clock.nowSecs(), zone());
        minute = prefill.day == today() ? (now / 15 + 1) * 15 : m_grid->firstMinute();
        minute = qBound(m_grid->firstMinute(), minute, m_grid->lastMinute() - 15);
    }
    prefill.minute = minute;
    BookingDialog dialog(*m_database, zone(), prefill, this);
    dialog.userName = m_actions->userName;
    if (!runBookingDialog(dialog) || !dialog.bookingId())
        return 0;
    const Placement p = dialog.placement();
    reload();
    m_grid->setSelectedBooking(dialog.bookingId());
    emit statusMessage(
        tr("Booked %1 with %2 in %3.")
            .arg(LocalTime::format(p.startsAt, zone(), QStringLiteral("ddd dd/MM HH:mm")),
                 p.therapistName, p.roomName));
    return dialog.bookingId();
}

bool CalendarPage::moveBooking(const CalendarGrid::Move& move)
{
    const AgendaEntry* entry = m_model->entryById(move.bookingId);
    if (!entry)
        return false;
    const AgendaEntry copy = *entry; // the model reloads during the move
    return m_actions->move(move, copy);
}

bool CalendarPage::setStatus(qint64 bookingId, const QString& status)
{
    const AgendaEntry* entry = m_model->entryById(bookingId);
    return entry && m_actions->setStatus(bookingId, status, QString(entry->clientName));
}

bool CalendarPage::cancelBooking(qint64 bookingId)
{
    const AgendaEntry* entry = m_model->entryById(bookingId);
    return entry && m_actions->cancel(bookingId, QString(entry->clientName));
}

bool CalendarPage::saveConfirmation(qint64 bookingId)
{
    const AgendaEntry* found = m_model->entryById(bookingId);
    if (!found || !m_database)
        return false;
    const AgendaEntry copy = *found; // the rows may reload while the file dialog is open
    const AgendaEntry* entry = &copy;
    const QString path = chooseConfirmationFile(
        tr("session-%1.ics")
            .arg(LocalTime::format(entry->startsAt, SettingsRepository(*m_database).timeZone(),
                                   QStringLiteral("yyyy-MM-dd"))));
    if (path.isEmpty())
        return false;
    QByteArray file;
    StorageError error;
    QString problem;
    const bool written = CalendarFeed::confirmation(*m_database, *entry, &file, &error)
                             ? NewFile::write(path, file, NewFile::Access::OwnerOnly, &problem)
                             : (problem = error.message, false);
    if (!written) {
        QMessageBox::warning(this, tr("Calendar file for the client"), problem);
        return false;
    }
    emit statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void CalendarPage::showMenu(qint64 bookingId, const QPoint& globalPos)
{
    const AgendaEntry* entry = m_model->entryById(bookingId);
    if (!entry)
        return;
    // A copy: another desk's change may reload the rows while the menu is open.
    const AgendaEntry shown = *entry;
    const QString status = shown.status;
    QMenu menu(this);
    QAction* heading = menu.addAction(
        tr("%1 \u00B7 %2 \u00B7 %3")
            .arg(shown.clientName, m_model->timeRange(shown), DayAgendaModel::statusText(status)));
    heading->setEnabled(false);
    menu.addSeparator();
    QAction* arrived = menu.addAction(tr("Mark &arrived"));
    arrived->setEnabled(status == QLatin1String("booked"));
    QAction* noShow = menu.addAction(tr("&No-show"));
    noShow->setEnabled(status == QLatin1String("booked"));
    QAction* completed = menu.addAction(tr("&Completed"));
    completed->setEnabled(status == QLatin1String("in_session"));
    menu.addSeparator();
    QAction* repeat = menu.addAction(tr("&Repeat every week(s)\u2026"));
    repeat->setEnabled(status == QLatin1String("booked") || status == QLatin1String("arrived"));
    QAction* cancel = menu.addAction(tr("Cancel &with a reason\u2026"));
    cancel->setEnabled(status == QLatin1String("booked") || status == QLatin1String("arrived"));
    menu.addSeparator();
    QAction* confirmation = menu.addAction(tr("Calendar file for the c&lient\u2026"));
    QAction* chosen = runMenu(menu, globalPos);
    if (chosen == arrived)
        setStatus(bookingId, QStringLiteral("arrived"));
    else if (chosen == noShow)
        setStatus(bookingId, QStringLiteral("no_show"));
    else if (chosen == completed)
        setStatus(bookingId, QStringLiteral("completed"));
    else if (chosen == cancel)
        cancelBooking(bookingId);
    else if (chosen == confirmation)
        saveConfirmation(bookingId);
    else if (chosen == repeat && m_database) {
        auto* dialog =
            new RepeatDialog(*m_database, SettingsRepository(*m_database).timeZone(), shown, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            emit statusMessage(
                tr("%n session(s) booked as a series.", nullptr, int(dialog->bookedIds().size())));
            showDay(m_day);
        });
        dialog->open();
    }
}
