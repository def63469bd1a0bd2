#pragma once

#include "pages/Page.h"

#include <QSet>

class Clock;
class LiveReload;
class MyDayModel;
class QLabel;
class QTableView;
class QTimer;
class QVBoxLayout;
struct MyDaySession;

// The therapist's day (issue 11 §2), for the treatment-room PC (`massage-desk --page my-day`):
// their own sessions today in order, each with its check-in state in words and a symbol, what
// still blocks the start and the areas to avoid. A check-in saved at reception shows at once
// with a short notice; a stop-and-refer stays on top until the therapist acknowledges it.
class MyDayPage : public Page
{
    Q_OBJECT

public:
    static constexpr int kNoticeMs = 12000;

    explicit MyDayPage(const Clock& clock, QWidget* parent = nullptr);
    void setDatabase(Database* database) override;
    void setRole(std::optional<Role> role) override;
    QString title() const override { return tr("My day"); }
    void databaseChanged(const Change& change) override;

    MyDayModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLabel* notice() const { return m_notice; }
    // The bookings whose stop-and-refer is shown and not yet acknowledged, in start order.
    QList<qint64> alertsShown() const;
    // "I have read this" on the alert of `bookingId`; false when none is shown for it.
    bool acknowledge(qint64 bookingId);
    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    qint64 therapistId() const;
    void checkinArrived(const MyDaySession& session);
    void updateAlerts();
    // The alerts of the loaded sessions this therapist acknowledged (on any PC), from storage.
    void loadAcknowledged();

    const Clock& m_clock;
    Database* m_database = nullptr;
    MyDayModel* m_model;
    QTableView* m_view;
    QLabel* m_heading;
    QLabel* m_empty;
    QLabel* m_notice;
    QTimer* m_noticeTimer;
    QWidget* m_alerts;
    QVBoxLayout* m_alertLayout;
    LiveReload* m_live;
    QSet<qint64> m_acknowledged; // bookings whose stop-and-refer the therapist has read
};
