#pragma once

#include "core/PrecautionEngine.h"

#include <QDialog>
#include <QHash>

class Database;
class QButtonGroup;
class QDialogButtonBox;
class OutcomeBanner;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class WaitingSave;

// The check-in a receptionist runs with the client at the desk: only the questions that apply
// to the booked service, the previous visit's answers beside them with changes marked, and a
// banner whose outcome follows every answer. Saving is possible only when every question is
// answered; the storage layer evaluates the rules again when it records them.
class CheckinDialog : public QDialog
{
    Q_OBJECT

public:
    struct Booking
    {
        qint64 id = 0;
        QString clientName;
        QString serviceCode;
        QString serviceName;
        QString when;
    };

    CheckinDialog(Database& database, const Booking& booking, QWidget* parent = nullptr);

    // For tests and keyboard users alike: answer question `id` (true = yes).
    bool answer(const QString& id, bool yes);
    Evaluation evaluation() const { return m_evaluation; }
    OutcomeBanner* banner() const { return m_banner; }
    bool canSave() const;
    bool save(); // records the check-in; false (with a message shown) when refused
    // Whether the form shows the previous visit's answers (not to a receptionist).
    bool showsPreviousAnswers() const { return m_showsPrevious; }
    // Shown while the save waits for the server's connection.
    WaitingSave* waitingSave() const { return m_waiting; }

signals:
    void recorded(qint64 bookingId, const QString& outcome);

private:
    void update();
    QHash<QString, bool> answers() const;

    Database& m_database;
    Booking m_booking;
    QString m_language;
    QList<PrecautionQuestion> m_questions;
    QHash<QString, QButtonGroup*> m_groups;
    QHash<QString, QLabel*> m_changeMarks;
    QHash<QString, bool> m_previous;
    bool m_showsPrevious = false;           // the "Last visit" column, for roles that read answers
    std::optional<OpenReferral> m_referral; // the client's earlier stop-and-refer, still open
    OutcomeBanner* m_banner;
    QLabel* m_remaining;
    QLabel* m_error;
    QLineEdit* m_avoidAreas;
    QLabel* m_avoidLabel;
    QPlainTextEdit* m_notes;
    QDialogButtonBox* m_buttons;
    WaitingSave* m_waiting = nullptr;
    Evaluation m_evaluation;
};
