#pragma once

#include "storage/UserRepository.h"

#include <QDialog>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;

// Who is at the desk. Shown at start when the database has users, and again to unlock or to
// switch user on a shared reception PC.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(Database& database, const QString& lastUser, QWidget* parent = nullptr);
    bool trySignIn(); // with what is typed; shows why not
    const User& user() const { return m_user; }
    QLineEdit* nameEdit() const;
    // The active accounts to choose from; one can still type a name.
    QComboBox* names() const { return m_names; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLabel* problem() const { return m_problem; }
    // On a demo centre: the names to try and the shared password; else nullptr.
    QLabel* demoHint() const { return m_demoHint; }

private:
    Database& m_database;
    QComboBox* m_names;
    QLineEdit* m_password;
    QLabel* m_problem;
    QLabel* m_demoHint = nullptr;
    User m_user;
};
