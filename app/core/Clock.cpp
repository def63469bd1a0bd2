#include "core/Clock.h"

#include <QTimeZone>

const Clock& Clock::fromEnvironment()
{
    static const SystemClock system;
    static const FixedClock fixed([] {
        QDateTime at = QDateTime::fromString(qEnvironmentVariable("MASSAGE_DESK_NOW"), Qt::ISODate);
        at.setTimeZone(QTimeZone::utc());
        return at;
    }());
    if (fixed.nowUtc().isValid())
        return fixed;
    return system;
}
