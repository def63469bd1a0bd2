#pragma once

#include "core/Service.h"
#include "storage/Scheduler.h"
#include "storage/StaffRepository.h"

#include <QDate>
#include <QDialog>

class BookingWaitlist;
class ClientListModel;
class Database;
class QComboBox;
class QDateEdit;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTimeEdit;
class QTimer;
class WaitingSave;

// A new booking: the client (search as you type, or add one inline), the service and one of its
// lengths, a therapist who performs it and a room that suits it ("any" for either), and the
// start. Scheduler::check explains live why the time does not fit; "Find the next free slot"
// offers the first few places that do. Saving books through Scheduler::book, which checks again
// inside its write transaction.
class BookingDialog : public QDialog
{
    Q_OBJECT

public:
    struct Prefill
    {
        qint64 clientId = 0;
        QString serviceCode;
        qint64 therapistId = 0;
        qint64 roomId = 0;
        QDate day;
        int minute = 10 * 60; // local minutes after midnight
    };

    BookingDialog(Database& database, const QTimeZone& zone, const Prefill& prefill,
                  QWidget* parent = nullptr);

    // Recorded with the booking ("desk" when empty).
    QString userName;

    QLineEdit* searchEdit() const { return m_search; }
    QTableView* clientView() const { return m_clients; }
    ClientListModel* clientModel() const { return m_clientModel; }
    QComboBox* serviceBox() const { return m_service; }
    QComboBox* durationBox() const { return m_duration; }
    QComboBox* therapistBox() const { return m_therapist; }
    QComboBox* roomBox() const { return m_room; }
    QDateEdit* dateEdit() const { return m_date; }
    QTimeEdit* timeEdit() const { return m_time; }
    // Shown only for a time in the repeated autumn hour: summer or winter time, none chosen yet.
    QComboBox* repeatedHourBox() const { return m_repeated; }
    QLabel* conflictLabel() const { return m_conflict; }
    QLabel* referralLabel() const { return m_referral; }
    QListWidget* slotList() const { return m_slotList; }
    // The freed slot's waitlist offers and the chosen client's record line (issue 12).
    BookingWaitlist* waitlist() const { return m_waitlist; }
    QPushButton* saveButton() const { return m_save; }
    // Shown while the booking waits for the server's connection.
    WaitingSave* waitingSave() const { return m_waiting; }
    // Shown while the inline new client waits for the server's connection.
    WaitingSave* newClientWaiting() const { return m_newWaiting; }

    // The same steps a person takes, for keyboard users' shortcuts and for tests.
    void searchClients(const QString& text);
    bool selectClient(qint64 clientId);
    qint64 clientId() const { return m_clientId; }
    bool addClient(const QString& name, const QString& phone);
    bool setService(const QString& code);
    bool setMinutes(int minutes);
    bool setTherapist(qint64 therapistId);
    bool setRoom(qint64 roomId);
    void setStart(const QDate& day, const QTime& time);
    // In the repeated autumn hour: the first (summer time) or the second (winter time) of the
    // two; false when the chosen start happens once.
    bool chooseRepeated(bool earlier);

    // The request as the form stands; false (with the reason) when the start does not exist.
    bool request(BookingRequest* request, QString* error) const;
    bool check(); // updates the explanation; true when the booking fits
    QString explanation() const;
    QList<Placement> findSlots(); // the first five free places, also listed in the dialog
    bool useSlot(int row);
    bool save();
    qint64 bookingId() const { return m_bookingId; }
    Placement placement() const { return m_placement; }

public slots:
    void accept() override;

protected:
    // Enter in the search picks the first client; in the new-client fields it adds the client.
    // Neither books by surprise through the dialog's default button.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void loadChoices(const Prefill& prefill);
    void serviceChanged();
    void fillResources();
    void showClient();
    void scheduleCheck();
    void updateSaveButton();
    void updateRepeatedChoice();
    QTime wallTime() const;
    const Service* currentService() const;

    Database& m_database;
    QTimeZone m_zone;
    QList<Service> m_services;
    QList<Therapist> m_therapists;
    QList<Room> m_rooms;
    QList<Placement> m_slots;
    qint64 m_clientId = 0;
    qint64 m_bookingId = 0;
    Placement m_placement;
    bool m_fits = false;
    bool m_unchecked = false; // the check could not reach the server
    ClientListModel* m_clientModel;
    QLineEdit* m_search;
    QTableView* m_clients;
    QLabel* m_chosenClient;
    QLabel* m_referral; // the chosen client's open referral (DESIGN 2.2), hidden when none
    QPushButton* m_newClientButton;
    QFrame* m_newClient;
    QLineEdit* m_newName;
    QLineEdit* m_newPhone;
    QLabel* m_newProblem;
    QComboBox* m_service;
    QComboBox* m_duration;
    QComboBox* m_therapist;
    QComboBox* m_room;
    QDateEdit* m_date;
    QTimeEdit* m_time;
    QComboBox* m_repeated;
    QLabel* m_conflict;
    QLabel* m_slotHeading;
    QListWidget* m_slotList;
    QPushButton* m_save;
    QTimer* m_checkTimer;
    BookingWaitlist* m_waitlist;
    WaitingSave* m_waiting = nullptr;
    WaitingSave* m_newWaiting = nullptr;
};
