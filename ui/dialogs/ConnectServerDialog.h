#pragma once

#include "storage/ServerAddress.h"
#include "storage/StorageError.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// File > Connect to a centre server…: host, port, database, user, password and TLS mode.
// Connect runs `attempt`; a refusal is shown in the dialog in the storage layer's words, with
// everything typed kept and the button turned into Retry. The password goes to the attempt
// only: it is never part of address(false), of what is remembered, or of a log.
class ConnectServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectServerDialog(QWidget* parent = nullptr);

    // Fills the fields from a remembered or current server (its password is never there).
    void setAddress(const ServerAddress& address);
    // What was typed; the password only when asked for.
    ServerAddress address(bool withPassword) const;

    // Connects (the caller opens the database); returns what went wrong, nothing on success.
    std::function<StorageError(const ServerAddress& address)> attempt;

    // Connect or Retry: runs the attempt, accepts on success, otherwise shows why.
    bool tryConnect();
    void showProblem(const StorageError& error);
    QString problem() const;
    QPushButton* connectButton() const { return m_connect; }

private:
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_tls;
    QLabel* m_problem;
    QPushButton* m_connect;
    QList<QPair<QString, QString>> m_otherOptions; // from a URI, kept as given
};
