#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QTimeZone>

class Database;

// A stretch of local wall-clock minutes after midnight.
struct WorkingSpan
{
    int start = 0;
    int end = 0;
};

// When each therapist works on each day of a range: the weekly shifts less the absences, in
// the centre's local minutes. The calendar shades everything else, so the receptionist sees
// where the scheduler would refuse before trying.
class TherapistHours
{
    Q_DECLARE_TR_FUNCTIONS(TherapistHours)

public:
    using Days = QHash<QDate, QList<WorkingSpan>>;

    // therapist id -> day -> spans (sorted, not overlapping). A therapist without shifts that
    // day has no entry for it.
    static QHash<qint64, Days> load(Database& database, const QDate& first, int days,
                                    const QTimeZone& zone, StorageError* error);

    // `spans` less [from, to).
    static QList<WorkingSpan> subtract(const QList<WorkingSpan>& spans, int from, int to);
};
