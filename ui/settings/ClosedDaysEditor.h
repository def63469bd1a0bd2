#pragma once

#include <QDate>
#include <QGroupBox>
#include <QMap>

class Database;
class QDateEdit;
class QLineEdit;
class QListWidget;
class WaitingSave;

// The days the whole centre is closed, beside the opening hours: the list, a new day with its
// reason, and removing the selected one. Each change is one write transaction; adding a day
// already listed replaces its reason and removing one already gone changes nothing, so one
// that waited for the server (WaitingSave) and goes through when it is back lands once.
class ClosedDaysEditor : public QGroupBox
{
    Q_OBJECT

public:
    explicit ClosedDaysEditor(QWidget* parent = nullptr);
    // Lists the days; the same centre again keeps what is typed and what waits.
    void setDatabase(Database* database);

    bool add(const QDate& day, const QString& reason);
    bool removeSelected();

    QListWidget* list() const { return m_list; }
    QDateEdit* dayEdit() const { return m_day; }
    QLineEdit* reasonEdit() const { return m_reason; }
    WaitingSave* addWaiting() const { return m_addWaiting; }
    WaitingSave* removeWaiting() const { return m_removeWaiting; }

signals:
    void message(const QString& text);

private:
    // Lists them again; a failed read leaves the list as it was (nothing waiting is dropped).
    void relist();
    void markWaiting();
    // True when every day waiting to be removed is gone.
    bool removeWaitingOnes();

    Database* m_database = nullptr;
    QListWidget* m_list;
    QDateEdit* m_day;
    QLineEdit* m_reason;
    WaitingSave* m_addWaiting;
    WaitingSave* m_removeWaiting;
    QMap<QDate, QString> m_removing; // day -> as the list showed it, removal waiting
};
