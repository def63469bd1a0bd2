#include "core/LocalTime.h"

#include <QRegularExpression>

bool LocalTime::fromLocal(const QDate& date, const QTime& time, const QTimeZone& zone, qint64* utc,
                          QString* error)
{
    if (!date.isValid() || !time.isValid()) {
        *error = tr("That date or time does not exist.");
        return false;
    }
    const QDateTime local(date, time, zone);
    // Qt moves a time inside the spring gap forward; reading it back tells us it did.
    if (!local.isValid() || local.date() != date || local.time() != time) {
        *error = tr("%1 at %2 does not exist in %3: the clocks go forward that night. Choose a "
                    "time before or after the change.")
                     .arg(date.toString(Qt::ISODate), time.toString(QStringLiteral("HH:mm")),
                          QString::fromUtf8(zone.id()));
        return false;
    }
    *utc = local.toSecsSinceEpoch();
    return true;
}

bool LocalTime::parse(const QString& text, const QTimeZone& zone, qint64* utc, QString* error)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{4})-(\\d{2})-(\\d{2})[ T](\\d{1,2}):(\\d{2})\\s*$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch()) {
        *error = tr("\"%1\" is not a date and time; write it as YYYY-MM-DD HH:MM, e.g. "
                    "2026-11-25 16:30.")
                     .arg(text.left(40));
        return false;
    }
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt());
    return fromLocal(date, time, zone, utc, error);
}

int LocalTime::minuteOfDay(qint64 utc, const QTimeZone& zone)
{
    const QTime t = QDateTime::fromSecsSinceEpoch(utc, zone).time();
    return t.hour() * 60 + t.minute();
}

QString LocalTime::format(qint64 utc, const QTimeZone& zone, const QString& pattern)
{
    return QDateTime::fromSecsSinceEpoch(utc, zone).toString(pattern);
}
