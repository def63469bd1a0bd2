#pragma once

#include "storage/StaffEditor.h"

#include <QWidget>

class QCheckBox;
class QTimeEdit;

// Seven rows, Monday to Sunday: whether the day has hours, and from when to when. Used for the
// centre's opening hours and for each therapist's weekly shifts (one interval a day).
class WeekHoursEditor : public QWidget
{
    Q_OBJECT

public:
    explicit WeekHoursEditor(const QString& onLabel, QWidget* parent = nullptr);
    void setIntervals(const QList<Shift>& intervals);
    QList<Shift> intervals() const;

signals:
    void edited();

private:
    QList<QCheckBox*> m_on;
    QList<QTimeEdit*> m_from;
    QList<QTimeEdit*> m_to;
};
