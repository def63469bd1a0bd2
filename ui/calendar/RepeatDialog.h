#pragma once

#include "core/Booking.h"
#include "storage/Scheduler.h"

#include <QDialog>
#include <QTimeZone>

class Database;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

// Repeats a booking every N weeks. Before anything is saved it lists every date: the ones that
// fit are ticked; a date that conflicts says why, and offers another time that day with the same
// therapist and room when there is one, which the receptionist may tick instead.
class RepeatDialog : public QDialog
{
    Q_OBJECT

public:
    struct Planned
    {
        Occurrence occurrence;
        bool hasAlternative = false;
        Placement alternative;
    };

    RepeatDialog(Database& database, const QTimeZone& zone, const AgendaEntry& entry,
                 QWidget* parent = nullptr);

    void plan(int everyWeeks, int count);
    const QList<Planned>& planned() const { return m_planned; }
    QListWidget* list() const { return m_list; }
    // Books the ticked dates as one series; false (with the reason shown) when refused.
    bool book();
    QList<qint64> bookedIds() const { return m_ids; }

private:
    void replan();

    Database& m_database;
    QTimeZone m_zone;
    AgendaEntry m_entry;
    BookingRequest m_request;
    QSpinBox* m_every;
    QSpinBox* m_count;
    QListWidget* m_list;
    QLabel* m_problem;
    QPushButton* m_book;
    QList<Planned> m_planned;
    QList<qint64> m_ids;
};
