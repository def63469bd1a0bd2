#pragma once

#include "storage/UserRepository.h"

#include <QDialog>

class Database;
class PasswordFields;
class QLabel;
class QLineEdit;

// The first start of a centre without accounts: creates the manager's account and signs that
// person in. "Later" leaves the centre open to everyone at this computer for now; the File
// menu offers the same dialog again.
class FirstManagerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstManagerDialog(Database& database, QWidget* parent = nullptr);
    // With what is typed: adds the manager and signs in; shows why not.
    bool create();
    const User& user() const { return m_user; }
    // The recovery key of the sealing turned on with the account (shown once by the caller).
    const QString& recoveryKey() const { return m_recoveryKey; }

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* displayNameEdit() const { return m_displayName; }
    PasswordFields* passwords() const { return m_passwords; }
    QLabel* problem() const { return m_problem; }

private:
    Database& m_database;
    QLineEdit* m_name;
    QLineEdit* m_displayName;
    PasswordFields* m_passwords;
    QLabel* m_problem;
    User m_user;
    QString m_recoveryKey;
};
