#pragma once

#include <QGroupBox>
#include <QMap>
#include <functional>

class Database;
class QDateTimeEdit;
class QLineEdit;
class QListWidget;
class WaitingSave;

// A therapist's absences in the therapist editor: the list, a new one's from, to and reason,
// and removing the selected one. Each change is one write transaction of its own. One that
// cannot reach the centre server waits in its strip (WaitingSave) with what was typed or the
// absence marked, and goes through by itself, once, when the connection is back.
class AbsenceEditor : public QGroupBox
{
    Q_OBJECT

public:
    // `therapist` names the one shown, for the lines listed when the window closes.
    explicit AbsenceEditor(std::function<QString()> therapist, QWidget* parent = nullptr);
    void setDatabase(Database* database);
    // Lists the absences of `therapistId`. The same one again (a refresh, the connection back)
    // keeps what is typed and what waits; another one drops what waited for the last.
    void load(qint64 therapistId);

    bool add(const QDateTime& from, const QDateTime& to, const QString& reason);
    bool removeSelected();
    // Something waits for the server (an absence to add or to remove).
    bool waits() const;

    QListWidget* list() const { return m_list; }
    QDateTimeEdit* fromEdit() const { return m_from; }
    QDateTimeEdit* toEdit() const { return m_to; }
    QLineEdit* reasonEdit() const { return m_reason; }
    WaitingSave* addWaiting() const { return m_addWaiting; }
    WaitingSave* removeWaiting() const { return m_removeWaiting; }

signals:
    void message(const QString& text);

private:
    void clearWaiting();
    void resetNew();
    // Lists them again; a failed read leaves the list as it was (nothing waiting is dropped).
    void relist();
    // In italics, with words: the absences whose removal waits.
    void markWaiting();
    // True when every absence waiting to be removed is gone.
    bool removeWaitingOnes();

    Database* m_database = nullptr;
    qint64 m_therapist = 0;
    std::function<QString()> m_therapistName;
    QListWidget* m_list;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_to;
    QLineEdit* m_reason;
    WaitingSave* m_addWaiting;
    WaitingSave* m_removeWaiting;
    // Absences whose removal waits for the server: id -> as the list showed it.
    QMap<qint64, QString> m_removing;
};
