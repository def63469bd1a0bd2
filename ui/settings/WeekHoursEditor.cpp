#include "settings/WeekHoursEditor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeEdit>

WeekHoursEditor::WeekHoursEditor(const QString& onLabel, QWidget* parent) : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("<b>Day</b>")), 0, 0);
    grid->addWidget(new QLabel(tr("<b>From</b>")), 0, 2);
    grid->addWidget(new QLabel(tr("<b>To</b>")), 0, 3);
    for (int weekday = 1; weekday <= 7; ++weekday) {
        auto* on = new QCheckBox(onLabel);
        auto* from = new QTimeEdit(QTime(9, 0));
        auto* to = new QTimeEdit(QTime(20, 0));
        for (QTimeEdit* edit : {from, to}) {
            edit->setDisplayFormat(QStringLiteral("HH:mm"));
            edit->setEnabled(false);
            connect(edit, &QTimeEdit::timeChanged, this, &WeekHoursEditor::edited);
        }
        connect(on, &QCheckBox::toggled, this, [this, from, to](bool checked) {
            from->setEnabled(checked);
            to->setEnabled(checked);
            emit edited();
        });
        const QString day = QLocale().dayName(weekday);
        on->setAccessibleName(tr("%1: %2").arg(day, onLabel));
        from->setAccessibleName(tr("%1 from").arg(day));
        to->setAccessibleName(tr("%1 until").arg(day));
        grid->addWidget(new QLabel(day), weekday, 0);
        grid->addWidget(on, weekday, 1);
        grid->addWidget(from, weekday, 2);
        grid->addWidget(to, weekday, 3);
        m_on.append(on);
        m_from.append(from);
        m_to.append(to);
    }
    grid->setColumnStretch(4, 1);
}

void WeekHoursEditor::setIntervals(const QList<Shift>& intervals)
{
    const QSignalBlocker blocker(this);
    for (int i = 0; i < 7; ++i) {
        m_on.at(i)->setChecked(false);
        m_from.at(i)->setEnabled(false);
        m_to.at(i)->setEnabled(false);
    }
    for (const Shift& s : intervals) {
        if (s.weekday < 1 || s.weekday > 7)
            continue;
        const int i = s.weekday - 1;
        m_on.at(i)->setChecked(true);
        m_from.at(i)->setTime(QTime(0, 0).addSecs(s.startMinute * 60));
        // 24:00 shows as 23:59: QTime has no end-of-day value.
        m_to.at(i)->setTime(s.endMinute >= 24 * 60 ? QTime(23, 59)
                                                   : QTime(0, 0).addSecs(s.endMinute * 60));
    }
}

QList<Shift> WeekHoursEditor::intervals() const
{
    QList<Shift> result;
    for (int i = 0; i < 7; ++i) {
        if (!m_on.at(i)->isChecked())
            continue;
        const QTime from = m_from.at(i)->time();
        const QTime to = m_to.at(i)->time();
        const int end = to == QTime(23, 59) ? 24 * 60 : to.hour() * 60 + to.minute();
        result.append({i + 1, from.hour() * 60 + from.minute(), end});
    }
    return result;
}
