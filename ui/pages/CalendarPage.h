#pragma once

#include "pages/Page.h"

#include <QDate>

class Clock;
class DayAgendaModel;
class QDateEdit;
class QLabel;
class QTableView;

// The day's sessions in time order, with navigation by day. (The resource grid with one column
// per therapist or room arrives with the calendar issue; this list is its day agenda.)
class CalendarPage : public Page
{
    Q_OBJECT

public:
    CalendarPage(const Clock& clock, QWidget* parent = nullptr);
    void setDatabase(Database* database) override;
    QString title() const override { return tr("Calendar"); }

    void showDay(const QDate& day);
    QDate day() const { return m_day; }
    QTableView* view() const { return m_view; }
    DayAgendaModel* model() const { return m_model; }
    QDate today() const;

private:
    void updateSummary();

    const Clock& m_clock;
    Database* m_database = nullptr;
    DayAgendaModel* m_model;
    QTableView* m_view;
    QDateEdit* m_dateEdit;
    QLabel* m_dayLabel;
    QLabel* m_summary;
    QLabel* m_empty;
    QDate m_day;
};
