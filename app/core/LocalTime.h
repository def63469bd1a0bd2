#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

// The centre's wall clock: what people type and read. The database stores UTC seconds.
class LocalTime
{
    Q_DECLARE_TR_FUNCTIONS(LocalTime)

public:
    // Which instant a wall time in the repeated autumn hour (clocks go back) means.
    enum class Repeated
    {
        Earlier, // the first time the clocks show it (summer time)
        Later,   // the second (winter time)
        Refuse,  // neither: the person must say which
    };

    // "YYYY-MM-DD HH:MM" in `zone` -> UTC seconds, optionally followed by the offset from UTC
    // ("2026-10-25 02:30+02:00") to say which of a repeated hour's two instants is meant.
    // Refuses malformed and impossible dates, times that do not exist because the clocks go
    // forward that night, a bare time that happens twice (naming both choices), and an offset
    // the zone's clocks do not have at that time, each with a message.
    static bool parse(const QString& text, const QTimeZone& zone, qint64* utc, QString* error);
    static bool fromLocal(const QDate& date, const QTime& time, const QTimeZone& zone, qint64* utc,
                          QString* error, Repeated repeated = Repeated::Later);
    // Every instant (earlier first) at which the zone's clocks show `date` `time`: none inside
    // the spring gap, two inside the repeated autumn hour, one otherwise.
    static QList<qint64> instants(const QDate& date, const QTime& time, const QTimeZone& zone);
    // True when the wall time of `utc` happens twice that day.
    static bool isRepeated(qint64 utc, const QTimeZone& zone);
    // "+02:00": the zone's offset from UTC at `utc`.
    static QString offsetText(qint64 utc, const QTimeZone& zone);
    // "02:30 summer time (CEST, +02:00)": one of a repeated hour's instants, for a choice.
    static QString choiceText(qint64 utc, const QTimeZone& zone);
    // Minutes after local midnight of `utc` on its local day.
    static int minuteOfDay(qint64 utc, const QTimeZone& zone);
    static QString format(qint64 utc, const QTimeZone& zone,
                          const QString& pattern = QStringLiteral("yyyy-MM-dd HH:mm"));
    // format() with the offset appended ("2026-10-25 02:30+02:00") when the wall time happens
    // twice, so each instant reads once and can be typed back into parse().
    static QString formatExact(qint64 utc, const QTimeZone& zone,
                               const QString& pattern = QStringLiteral("yyyy-MM-dd HH:mm"));

    // Bookings start between 1 January 2000 (history typed in or imported from paper) and five
    // years after today in the centre (DESIGN 2.4); refuses anything else with a message.
    static bool bookable(qint64 utc, qint64 nowUtc, const QTimeZone& zone, QString* error);
    static QDate firstBookableDay() { return QDate(2000, 1, 1); }
    static QDate lastBookableDay(qint64 nowUtc, const QTimeZone& zone);
};
