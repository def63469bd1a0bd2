#pragma once

#include "core/WaitlistMatch.h"

#include <QDialog>
#include <QTimeZone>

class ClientListModel;
class Database;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableView;

// Adds a client to the waitlist, or edits an entry: the service, the therapists they would see
// (none ticked: any), the days and times of day they can come, urgency, a last day and a note.
// Saving goes through WaitlistRepository, which refuses bad input with a sentence shown here.
class WaitlistDialog : public QDialog
{
    Q_OBJECT

public:
    // `entry.id` 0: a new entry (the client is searched for here); otherwise that entry.
    WaitlistDialog(Database& database, const QTimeZone& zone, const WaitlistEntry& entry,
                   QWidget* parent = nullptr);

    QLineEdit* searchEdit() const { return m_search; }
    QTableView* clientView() const { return m_clients; }
    QComboBox* serviceBox() const { return m_service; }
    QListWidget* therapistList() const { return m_therapists; }
    QCheckBox* dayBox(int weekday) const { return m_days.value(weekday - 1); }
    QLineEdit* timesEdit() const { return m_times; }
    QCheckBox* urgentBox() const { return m_urgent; }
    QCheckBox* untilBox() const { return m_hasUntil; }
    QDateEdit* untilEdit() const { return m_until; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QLabel* problemLabel() const { return m_problem; }

    void searchClients(const QString& text);
    bool selectClient(qint64 clientId);
    // The entry as the form stands; false (with the reason) when the times cannot be read.
    bool entry(WaitlistEntry* entry, QString* problem) const;
    bool save(); // shows the reason and keeps the dialog open when refused
    qint64 entryId() const { return m_entry.id; }

public slots:
    void accept() override;

private:
    Database& m_database;
    QTimeZone m_zone;
    WaitlistEntry m_entry;
    ClientListModel* m_clientModel;
    QLineEdit* m_search;
    QTableView* m_clients;
    QLabel* m_client;
    QComboBox* m_service;
    QListWidget* m_therapists;
    QList<QCheckBox*> m_days;
    QLineEdit* m_times;
    QCheckBox* m_urgent;
    QCheckBox* m_hasUntil;
    QDateEdit* m_until;
    QPlainTextEdit* m_note;
    QLabel* m_problem;
};
