#pragma once

#include <QDateTime>

// The one source of "now". Injected everywhere so tests run at a fixed moment.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    qint64 nowSecs() const { return nowUtc().toSecsSinceEpoch(); }

    // The system clock, or a fixed one when MASSAGE_DESK_NOW holds an ISO date-time (UTC).
    // Only the programs' composition roots call this.
    static const Clock& fromEnvironment();
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now; }

private:
    QDateTime m_now;
};
