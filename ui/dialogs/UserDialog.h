#pragma once

#include "core/Permissions.h"
#include "storage/StaffRepository.h"

#include <QDialog>
#include <functional>

class PasswordFields;
class QComboBox;
class QLabel;
class QLineEdit;
class Database;
class WaitingSave;
struct StorageError;

// A new account (name, display name, role, therapist record, password) or a new password for
// an existing one. The page saves through `submit`, which fills in why not (false), so a
// refusal from storage is shown here and nothing typed is lost. With waitFor, a save the
// centre server could not take waits in the dialog and goes through when it is back.
class UserDialog : public QDialog
{
    Q_OBJECT

public:
    struct Values
    {
        QString name;
        QString displayName;
        Role role = Role::Receptionist;
        qint64 therapistId = 0;
        QString password;
    };
    using Submit = std::function<bool(const Values&, StorageError*)>;

    // A new account; therapists are the records a therapist's account may be linked to.
    UserDialog(const QList<Therapist>& therapists, Submit submit, QWidget* parent = nullptr);
    // A new password for `name`.
    UserDialog(const QString& name, Submit submit, QWidget* parent = nullptr);

    bool trySubmit();
    Values values() const;
    // Saves that fail for a lost server wait here (WaitingSave) instead of being refused.
    void waitFor(Database& database);
    WaitingSave* waitingSave() const { return m_waiting; }

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* displayNameEdit() const { return m_displayName; }
    QComboBox* roleBox() const { return m_role; }
    QComboBox* therapistBox() const { return m_therapist; }
    PasswordFields* passwords() const { return m_passwords; }
    QLabel* problem() const { return m_problem; }

private:
    void build(bool newAccount);

    Submit m_submit;
    bool m_newAccount = true;
    QLineEdit* m_name;
    QLineEdit* m_displayName;
    QComboBox* m_role;
    QComboBox* m_therapist;
    PasswordFields* m_passwords;
    QLabel* m_problem;
    WaitingSave* m_waiting = nullptr;
};
