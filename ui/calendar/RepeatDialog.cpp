#include "calendar/RepeatDialog.h"

#include "core/LocalTime.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

RepeatDialog::RepeatDialog(Database& database, const QTimeZone& zone, const AgendaEntry& entry,
                           QWidget* parent)
    : QDialog(parent), m_database(database), m_zone(zone), m_entry(entry), m_every(new QSpinBox),
      m_count(new QSpinBox), m_list(new QListWidget), m_problem(new QLabel),
      m_book(new QPushButton(tr("&Book the ticked dates")))
{
    setWindowTitle(tr("Repeat %1's %2").arg(entry.clientName, entry.serviceName));
    m_request.clientId = entry.clientId;
    m_request.serviceCode = entry.serviceCode;
    m_request.therapistId = entry.therapistId;
    m_request.roomId = entry.roomId;
    m_request.minutes = entry.minutes;
    m_every->setRange(1, 12);
    m_every->setSuffix(tr(" week(s)"));
    m_count->setRange(1, 52);
    m_count->setValue(4);
    m_count->setSuffix(tr(" more time(s)"));
    m_problem->setWordWrap(true);
    // Whole reasons, wrapped: a receptionist reads why a date does not fit.
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_problem->setStyleSheet(QStringLiteral("color: #8b0000"));
    auto* form = new QFormLayout;
    form->addRow(tr("Every:"), m_every);
    form->addRow(tr("How many:"), m_count);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_book, QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("Same day of the week and time, therapist, room and length "
           "as %1. Nothing is saved until you book.")
            .arg(LocalTime::format(entry.startsAt, zone, QStringLiteral("dddd HH:mm")))));
    layout->addLayout(form);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_every, &QSpinBox::valueChanged, this, &RepeatDialog::replan);
    connect(m_count, &QSpinBox::valueChanged, this, &RepeatDialog::replan);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_book, &QPushButton::clicked, this, [this] {
        if (book())
            accept();
    });
    resize(620, 460);
    replan();
}

void RepeatDialog::replan()
{
    plan(m_every->value(), m_count->value());
}

void RepeatDialog::plan(int everyWeeks, int count)
{
    m_planned.clear();
    m_list->clear();
    m_problem->clear();
    // The series starts one interval after the booking it repeats.
    const QDateTime local = QDateTime::fromSecsSinceEpoch(m_entry.startsAt, m_zone);
    QString problem;
    if (!LocalTime::fromLocal(local.date().addDays(qint64(7) * everyWeeks), local.time(), m_zone,
                              &m_request.startsAt, &problem)) {
        m_problem->setText(problem);
        return;
    }
    Scheduler scheduler(m_database, m_zone);
    StorageError error;
    const QList<Occurrence> occurrences =
        scheduler.planSeries(m_request, everyWeeks, count, QDate(), &error);
    if (error) {
        m_problem->setText(error.message);
        return;
    }
    for (const Occurrence& o : occurrences) {
        Planned p;
        p.occurrence = o;
        QString text =
            LocalTime::format(o.startsAt, m_zone, QStringLiteral("ddd dd/MM/yyyy HH:mm"));
        if (o.fits) {
            text = tr("\u2713 %1 \u2014 %2, %3")
                       .arg(text, o.placement.therapistName, o.placement.roomName);
        } else {
            // Another time that same day, with the same therapist and room.
            BookingRequest sameDay = m_request;
            const QDate day = QDateTime::fromSecsSinceEpoch(o.startsAt, m_zone).date();
            QString ignored;
            LocalTime::fromLocal(day, QTime(0, 0), m_zone, &sameDay.startsAt, &ignored);
            StorageError slotError;
            const QList<Placement> free = scheduler.findSlots(sameDay, 1, &slotError, 15, 1);
            p.hasAlternative = !free.isEmpty();
            if (p.hasAlternative) {
                p.alternative = free.first();
                text = tr("\u2716 %1 \u2014 %2 Tick to book %3 instead.")
                           .arg(text, o.why,
                                LocalTime::format(p.alternative.startsAt, m_zone,
                                                  QStringLiteral("HH:mm")));
            } else {
                text = tr("\u2716 %1 \u2014 %2 Skipped: no other time that day.").arg(text, o.why);
            }
        }
        auto* item = new QListWidgetItem(text, m_list);
        item->setFlags(o.fits || p.hasAlternative ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable
                                                  : Qt::ItemIsEnabled);
        item->setCheckState(o.fits ? Qt::Checked : Qt::Unchecked);
        m_planned.append(p);
    }
}

bool RepeatDialog::book()
{
    QList<qint64> starts;
    for (int i = 0; i < m_planned.size(); ++i) {
        if (m_list->item(i)->checkState() != Qt::Checked)
            continue;
        const Planned& p = m_planned.at(i);
        starts << (p.occurrence.fits ? p.occurrence.startsAt : p.alternative.startsAt);
    }
    if (starts.isEmpty()) {
        m_problem->setText(tr("Tick at least one date."));
        return false;
    }
    StorageError error;
    if (!Scheduler(m_database, m_zone).bookSeries(m_request, starts, QString(), &m_ids, &error)) {
        m_problem->setText(error.message);
        return false;
    }
    return true;
}
