#include "calendar/BookingDialog.h"

#include "core/LocalTime.h"

#include <QComboBox>
#include <QDateEdit>
#include <QTimeEdit>

// The start of a booking: the date and wall time, and on the night the clocks go back, which of
// the two instants showing that time the person means (asked, never assumed).

void BookingDialog::setStart(const QDate& day, const QTime& time)
{
    m_date->setDate(day);
    m_time->setTime(time);
    updateRepeatedChoice();
}

void BookingDialog::updateRepeatedChoice()
{
    const QList<qint64> instants = LocalTime::instants(m_date->date(), wallTime(), m_zone);
    if (instants.size() < 2) {
        m_repeated->hide();
        const QSignalBlocker blocker(m_repeated);
        m_repeated->clear();
        return;
    }
    if (m_repeated->count() == 2 && m_repeated->itemData(0).toLongLong() == instants.first())
        return; // the same night and time: keep what the person chose
    {
        const QSignalBlocker blocker(m_repeated);
        m_repeated->clear();
        for (const qint64 instant : instants)
            m_repeated->addItem(LocalTime::choiceText(instant, m_zone), instant);
        m_repeated->setPlaceholderText(tr("Which %1?").arg(wallTime().toString(u"HH:mm")));
        m_repeated->setCurrentIndex(-1); // nobody is assumed to mean one or the other
    }
    m_repeated->show();
}

bool BookingDialog::chooseRepeated(bool earlier)
{
    updateRepeatedChoice();
    if (m_repeated->count() != 2)
        return false;
    m_repeated->setCurrentIndex(earlier ? 0 : 1);
    return true;
}

QTime BookingDialog::wallTime() const
{
    return QTime(m_time->time().hour(), m_time->time().minute());
}

bool BookingDialog::request(BookingRequest* request, QString* error) const
{
    request->clientId = m_clientId;
    request->serviceCode = m_service->currentData().toString();
    request->minutes = m_duration->currentData().toInt();
    request->therapistId = m_therapist->currentData().toLongLong();
    request->roomId = m_room->currentData().toLongLong();
    const QList<qint64> instants = LocalTime::instants(m_date->date(), wallTime(), m_zone);
    if (instants.size() == 2 && m_repeated->count() == 2) {
        if (m_repeated->currentIndex() < 0) {
            *error = tr("%1 happens twice that night (the clocks go back): choose %2 or %3.")
                         .arg(wallTime().toString(u"HH:mm"), m_repeated->itemText(0),
                              m_repeated->itemText(1));
            return false;
        }
        request->startsAt = m_repeated->currentData().toLongLong();
        return true;
    }
    return LocalTime::fromLocal(m_date->date(), wallTime(), m_zone, &request->startsAt, error);
}
