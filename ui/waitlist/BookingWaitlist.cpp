#include "waitlist/BookingWaitlist.h"

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/WaitlistRepository.h"

#include <QDateTime>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

BookingWaitlist::BookingWaitlist(Database& database, const QTimeZone& zone, QWidget* parent)
    : QWidget(parent), m_database(database), m_zone(zone), m_heading(new QLabel),
      m_offers(new QListWidget), m_record(new QLabel)
{
    m_offers->setObjectName(QStringLiteral("waitlistOffers"));
    m_offers->setAccessibleName(tr("Waiting for this time"));
    m_offers->setMaximumHeight(96);
    m_heading->setWordWrap(true);
    m_record->setObjectName(QStringLiteral("bookingRecord"));
    m_record->setTextFormat(Qt::PlainText);
    m_record->setWordWrap(true);
    m_record->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_offers);
    connect(m_offers, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { choose(m_offers->row(item)); });
    connect(m_offers, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { choose(m_offers->row(item)); });
    hide();
}

void BookingWaitlist::setTime(qint64 startsAt, qint64 therapistId)
{
    StorageError error;
    WaitlistRepository waitlist(m_database, m_zone);
    FreeSlot slot;
    QList<WaitlistEntry> entries;
    if (waitlist.freedSlotAt(startsAt, therapistId, &slot, &error))
        entries = waitlist.offers(slot, QLocale().name().left(2), &error);
    const auto ids = [](const QList<WaitlistEntry>& list) {
        QList<qint64> found;
        for (const WaitlistEntry& e : list)
            found << e.id;
        return found;
    };
    // The same offers for the same slot: leave the list (and what is selected) alone.
    if (slot.day == m_slot.day && slot.fromMinute == m_slot.fromMinute &&
        slot.therapistId == m_slot.therapistId && ids(entries) == ids(m_entries))
        return;
    m_slot = slot;
    m_entries = entries;
    m_offers->clear();
    const QDate today = m_database.clock().nowUtc().toTimeZone(m_zone).date();
    for (const WaitlistEntry& e : std::as_const(m_entries)) {
        const int start = WaitlistMatch::earliestStart(e, m_slot, today);
        const QString when = QStringLiteral("%1:%2")
                                 .arg(start / 60, 2, 10, QLatin1Char('0'))
                                 .arg(start % 60, 2, 10, QLatin1Char('0'));
        QString text = tr("%1 \u00B7 %2 \u00B7 from %3").arg(e.clientName, e.serviceName, when);
        if (e.urgent)
            text = tr("\u25B2 Urgent: %1").arg(text);
        text +=
            tr(" \u00B7 waiting since %1")
                .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(e.createdAt, m_zone).date(),
                                        QLocale::ShortFormat));
        auto* item = new QListWidgetItem(text, m_offers);
        item->setToolTip(e.note.isEmpty() ? tr("Choose to fill in the booking")
                                          : tr("Note: %1").arg(e.note));
    }
    m_heading->setText(tr("%n waiting for this freed time (urgent first, then the oldest); "
                          "choose one to book them:",
                          nullptr, int(m_entries.size())));
    setVisible(!m_entries.isEmpty());
}

QString BookingWaitlist::recordText(int noShows, int lateCancellations, int waiting)
{
    QStringList parts;
    parts << (noShows ? tr("%n no-show(s)", nullptr, noShows) : tr("no no-shows"));
    parts << (lateCancellations ? tr("%n late cancellation(s)", nullptr, lateCancellations)
                                : tr("no late cancellations"));
    const QString list = waiting ? tr("on the waitlist for %n service(s)", nullptr, waiting)
                                 : tr("not on the waitlist");
    return tr("Last 6 months: %1 \u00B7 %2").arg(parts.join(QStringLiteral(", ")), list);
}

void BookingWaitlist::setClient(qint64 clientId)
{
    ClientBookingRecord record;
    StorageError error;
    if (!clientId ||
        !WaitlistRepository(m_database, m_zone).clientRecord(clientId, &record, &error)) {
        m_record->clear();
        m_record->hide();
        return;
    }
    m_record->setText(recordText(record.noShows, record.lateCancellations, record.waiting));
    // A record worth a word at the desk stands out; in words first, colour second.
    m_record->setStyleSheet(record.noShows + record.lateCancellations > 0
                                ? QStringLiteral("color: #8a4b00")
                                : QStringLiteral("color: #444444"));
    m_record->show();
}

bool BookingWaitlist::choose(int row)
{
    if (row < 0 || row >= m_entries.size())
        return false;
    const QDate today = m_database.clock().nowUtc().toTimeZone(m_zone).date();
    const WaitlistEntry entry = m_entries.at(row);
    emit offerChosen(entry, WaitlistMatch::earliestStart(entry, m_slot, today));
    return true;
}
