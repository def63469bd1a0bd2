#pragma once

#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

// Settings › Privacy "Restore access with the recovery key…" (issue 13): when no password opens
// the sealed check-ins any more, the manager signed in types the printed recovery key and their
// password (twice), and the centre's key is wrapped for them again. The dialog stays open with
// the reason when the key is wrong; nothing is changed then.
class RecoveryAccessDialog : public QDialog
{
    Q_OBJECT

public:
    // Returns an empty string on success, else the reason to show.
    using Restore = std::function<QString(const QString& recoveryKey, const QString& password)>;

    RecoveryAccessDialog(const QString& managerName, Restore restore, QWidget* parent = nullptr);

    QLineEdit* keyEdit() const { return m_key; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* againEdit() const { return m_again; }
    QLabel* problemLabel() const { return m_problem; }
    QPushButton* restoreButton() const { return m_restore; }

private:
    void tryRestore();

    Restore m_restoreFn;
    QLineEdit* m_key;
    QLineEdit* m_password;
    QLineEdit* m_again;
    QLabel* m_problem;
    QPushButton* m_restore;
};
