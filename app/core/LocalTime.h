#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

// The centre's wall clock: what people type and read. The database stores UTC seconds.
class LocalTime
{
    Q_DECLARE_TR_FUNCTIONS(LocalTime)

public:
    // "YYYY-MM-DD HH:MM" in `zone` -> UTC seconds. Refuses malformed and impossible dates, and
    // times that do not exist because the clocks go forward that night, with a message.
    static bool parse(const QString& text, const QTimeZone& zone, qint64* utc, QString* error);
    static bool fromLocal(const QDate& date, const QTime& time, const QTimeZone& zone, qint64* utc,
                          QString* error);
    // Minutes after local midnight of `utc` on its local day.
    static int minuteOfDay(qint64 utc, const QTimeZone& zone);
    static QString format(qint64 utc, const QTimeZone& zone,
                          const QString& pattern = QStringLiteral("yyyy-MM-dd HH:mm"));
};
