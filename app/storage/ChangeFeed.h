#pragma once

#include <QDate>
#include <QObject>
#include <QSqlDriver>
#include <QTimeZone>
#include <optional>

class Database;
class QTimer;

// What another program changed in the centre, as far as a screen needs to know to reload: the
// kind of thing, the booking (or client) id and the booking's local day. Never health data: on
// PostgreSQL it is built from the NOTIFY payload of migration 9 ("kind id starts_at").
struct Change
{
    enum class Kind
    {
        Any, // something changed, not said what (SQLite: another connection committed)
        Booking,
        Checkin,
        Client,
        Service,
        Staff,
        Settings
    };
    Kind kind = Kind::Any;
    qint64 id = 0; // the booking for Booking and Checkin, the client for Client; 0 otherwise
    QDate day;     // the booking's day in the centre's time zone, when the change has one

    // "booking 12 1764669600" → Booking 12 on that start's local day; nullopt when unreadable.
    static std::optional<Change> fromPayload(const QString& payload, const QTimeZone& zone);
    // True when a view of the local days [first, first + days) may show something else now.
    bool touches(const QDate& first, int days = 1) const;
    bool isAbout(Kind k) const { return kind == k || kind == Kind::Any; }
};
Q_DECLARE_METATYPE(Change)

// Tells the open screens when another desk or program changed the centre (DESIGN 7), so they
// reload what is visible. PostgreSQL: LISTEN on one channel, fed by the triggers of migration 9
// (so the GUI, the CLI and psql all notify). SQLite: PRAGMA data_version on this program's
// connection, polled; it moves when any other connection commits, so a massage-desk-cli write
// beside the open window is seen within the poll interval. This program's own writes are not
// reported: the screen that made them already shows them. A change of the centre's settings
// (time zone, opening hours, closed days, rules) is reported as Kind::Settings on both engines
// (on SQLite after a look at the settings tables when another connection committed), so the
// desks reload what depends on them.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr const char* kChannel = "massage_desk_changes"; // lower case: LISTEN quotes it
    static constexpr int kDefaultPollMs = 300;

    explicit ChangeFeed(Database& database, QObject* parent = nullptr);
    ~ChangeFeed() override;
    ChangeFeed(const ChangeFeed&) = delete;
    ChangeFeed& operator=(const ChangeFeed&) = delete;

    // Subscribes again (after the connection came back: a lost connection drops LISTEN) and
    // reports a general change, since whatever happened meanwhile was not heard.
    void resubscribe();
    bool isListening() const { return m_listening; }
    void setPollInterval(int ms);

signals:
    void changed(const Change& change);

private:
    void subscribe();
    void poll();
    void notified(const QString& name, QSqlDriver::NotificationSource source,
                  const QVariant& payload);
    // What the settings tables hold, in brief: it moves with every change of a setting, the
    // opening hours or the closed days. Empty when it could not be read.
    QString settingsStamp() const;
    void settingsChanged();

    Database& m_database;
    QTimeZone m_zone;
    QTimer* m_poll = nullptr;
    qint64 m_dataVersion = -1;
    QString m_settingsStamp;
    bool m_listening = false;
};
