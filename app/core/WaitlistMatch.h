#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

// A time of day a client can come, in local minutes after midnight: [fromMinute, toMinute).
struct WaitlistWindow
{
    int fromMinute = 0;
    int toMinute = 24 * 60;
    bool operator==(const WaitlistWindow& o) const
    {
        return fromMinute == o.fromMinute && toMinute == o.toMinute;
    }
};

// A client waiting for a service (issue 12 §2). Empty therapist list: any therapist; weekdays
// 0: any day (bit 0 Monday ... bit 6 Sunday); no window: any time of the day.
struct WaitlistEntry
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString clientName;
    QString clientPhone;
    qint64 serviceId = 0;
    QString serviceCode;
    QString serviceName;
    // The service's shortest session and its cleanup: what a freed slot must hold.
    int sessionMinutes = 0;
    int cleanupMinutes = 0;
    QList<qint64> therapistIds;
    QStringList therapistNames;
    int weekdays = 0;
    QList<WaitlistWindow> windows;
    bool urgent = false;
    QString note;
    QDate until;          // the last day the client still wants it; invalid: no end
    qint64 createdAt = 0; // UTC seconds
    QString createdBy;
};

// A free span of one therapist on one local day, in local minutes: [fromMinute, toMinute).
struct FreeSlot
{
    QDate day;
    int fromMinute = 0;
    int toMinute = 0;
    qint64 therapistId = 0;
};

// A stretch of free working time and how many waitlist entries it can offer.
struct FreeWaiting
{
    FreeSlot slot;
    int count = 0;
};

// The waitlist's rules, QtCore only: which entries a freed slot can offer, and in what order.
class WaitlistMatch
{
    Q_DECLARE_TR_FUNCTIONS(WaitlistMatch)

public:
    static constexpr int kAllDays = 0x7F;

    static bool expired(const WaitlistEntry& entry, const QDate& today);
    // The earliest local minute of `slot` where the entry's session can start (inside one of
    // its windows, the session and its cleanup inside the slot), or -1 when it does not match:
    // another therapist than those preferred, a day not wanted, a day after its end, expired.
    static int earliestStart(const WaitlistEntry& entry, const FreeSlot& slot, const QDate& today);
    static bool matches(const WaitlistEntry& entry, const FreeSlot& slot, const QDate& today)
    {
        return earliestStart(entry, slot, today) >= 0;
    }
    // Urgent first, then the oldest, then by number so the order is total.
    static bool before(const WaitlistEntry& a, const WaitlistEntry& b);
    // The entries matching `slot`, in offer order.
    static QList<WaitlistEntry> offers(const QList<WaitlistEntry>& entries, const FreeSlot& slot,
                                       const QDate& today);

    // "Mon Wed Fri", "any day"; "09:00–13:00, 16:00–19:00", "any time" (for lists and the CLI).
    static QString daysText(int weekdays);
    static QString windowsText(const QList<WaitlistWindow>& windows);
    // Parses "09:00-13:00,16:00-19:00"; false on anything else (or an empty or reversed span).
    static bool parseWindows(const QString& text, QList<WaitlistWindow>* windows);
};
