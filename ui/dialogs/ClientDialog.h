#pragma once

#include "core/Client.h"
#include "core/ClientRules.h"

#include <QDialog>
#include <functional>

class Database;
class ChangedElsewhereBar;
struct FieldDifference;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class WaitingSave;

// Creates a client (clientId 0) or edits one: contact details, preferred language, notes and
// the data-processing consent. Warns as you type when the phone or email already belongs to
// someone else, shows each problem under its field, and asks before throwing away changes.
class ClientDialog : public QDialog
{
    Q_OBJECT

public:
    ClientDialog(Database& database, qint64 clientId, QWidget* parent = nullptr);
    ~ClientDialog() override;

    qint64 clientId() const { return m_clientId; }
    bool hasUnsavedChanges() const;
    // Starts a new client from what was typed in the search box: a phone number or a name.
    void prefill(const QString& typed);
    bool save(); // false (with the reason shown in the dialog) when nothing could be saved

    // Asked before unsaved changes are thrown away (Cancel, Escape, closing the window);
    // returns true to discard. Default: a question box. Tests replace it.
    std::function<bool(const QString& title, const QString& text)> confirmDiscard;
    // The user id recorded with a new consent (0 until people sign in).
    qint64 userId = 0;

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QLineEdit* emailEdit() const { return m_email; }
    QComboBox* languageBox() const { return m_language; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QCheckBox* consentBox() const { return m_consent; }
    QLabel* duplicateWarning() const { return m_duplicates; }
    QPushButton* saveButton() const { return m_save; }
    // Shown when another desk saved the client after this dialog loaded it.
    ChangedElsewhereBar* changedElsewhereBar() const { return m_changed; }
    // Shown while a save waits for the server's connection (and saves by itself when it is back).
    WaitingSave* waitingSave() const { return m_waiting; }
    // The message under a field ("name", "phone", "email", "notes") or below the form ("").
    QString problem(const QString& field = {}) const;

public slots:
    void reject() override;

signals:
    void saved(qint64 clientId);

private:
    struct Snapshot
    {
        ClientRules::Input input;
        bool consent = false;
        bool operator==(const Snapshot& other) const;
    };

    Snapshot current() const;
    void load();
    // After a refusal: the stored client against what is typed, and keeping what is typed.
    QList<FieldDifference> differences() const;
    void keepMine();
    void updateButtons();
    void updateConsentState();
    void checkDuplicates();
    bool checkFields(); // shows each field's problem; true when all are fine
    void showProblem(QLabel* label, const QString& text);
    void fitContents();
    QLabel* problemLabel(const QString& field) const;

    Database& m_database;
    qint64 m_clientId;
    ClientDetails m_details;
    Snapshot m_saved;
    QLineEdit* m_name;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QComboBox* m_language;
    QPlainTextEdit* m_notes;
    QCheckBox* m_consent;
    QLabel* m_consentState;
    QLabel* m_nameProblem;
    QLabel* m_phoneProblem;
    QLabel* m_emailProblem;
    QLabel* m_notesProblem;
    QLabel* m_duplicates;
    QLabel* m_error;
    ChangedElsewhereBar* m_changed;
    WaitingSave* m_waiting = nullptr;
    QPushButton* m_save;
    QTimer* m_duplicateTimer;
};
