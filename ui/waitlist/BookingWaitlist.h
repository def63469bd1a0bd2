#pragma once

#include "core/WaitlistMatch.h"

#include <QTimeZone>
#include <QWidget>

class Database;
class QLabel;
class QListWidget;

// The booking dialog's part of the waitlist (issue 12 §2, §4): for a freed slot, the entries it
// matches, urgent first, then the oldest (choosing one fills the dialog in); and, once a client
// is chosen, one line with their record for booking: no-shows and late cancellations in the
// last six months, and whether they are on the waitlist.
class BookingWaitlist : public QWidget
{
    Q_OBJECT

public:
    BookingWaitlist(Database& database, const QTimeZone& zone, QWidget* parent = nullptr);

    // Placed by the dialog under the chosen client.
    QLabel* recordLabel() const { return m_record; }
    QListWidget* offerList() const { return m_offers; }
    const QList<WaitlistEntry>& offers() const { return m_entries; }
    const FreeSlot& slot() const { return m_slot; }

    // The time the dialog stands at: offers when it is a freed slot, none otherwise.
    void setTime(qint64 startsAt, qint64 therapistId);
    void setClient(qint64 clientId);
    // "Last 6 months: 1 no-show, no late cancellations · on the waitlist for 1 service".
    static QString recordText(int noShows, int lateCancellations, int waiting);
    bool choose(int row);

signals:
    // The entry chosen and where its session starts in the slot (local minute of slot().day).
    void offerChosen(const WaitlistEntry& entry, int startMinute);

private:
    Database& m_database;
    QTimeZone m_zone;
    FreeSlot m_slot;
    QList<WaitlistEntry> m_entries;
    QLabel* m_heading;
    QListWidget* m_offers;
    QLabel* m_record;
};
