#pragma once

#include <QWidget>

class Database;
class PlainBackupsDialog;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// The Settings page's "Privacy" tab: whether check-in answers and notes are sealed at rest
// (DESIGN 6), and for a manager the switch that seals an older centre, with progress, then the
// recovery key shown once, the offer to replace older plain backups, and access restored with
// the recovery key when no password opens the sealed data any more.
class PrivacySettings : public QWidget
{
    Q_OBJECT

public:
    explicit PrivacySettings(QWidget* parent = nullptr);
    void setDatabase(Database* database);
    void setEditable(bool editable);
    void refresh();

    // The switch: seals with the signed-in manager's password; false with the reason shown.
    bool sealNow();
    // Offered after sealing: the automatic backups still in plain, in a dialog whose confirm
    // writes a sealed backup and then deletes them. Null when there are none.
    PlainBackupsDialog* offerSealedBackup();
    // The confirmed replacement; false with the reason shown (nothing deleted then).
    bool replacePlainBackups(const QStringList& confirmed);
    // Recovery key and the signed-in manager's password: the centre's key wrapped for them
    // again. Returns the reason when refused (nothing changed), else an empty string.
    QString restoreAccess(const QString& recoveryKey, const QString& password);
    QLabel* stateLabel() const { return m_state; }
    QPushButton* recoverButton() const { return m_recover; }
    QPushButton* replaceBackupsButton() const { return m_replaceBackups; }
    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* sealButton() const { return m_seal; }

signals:
    void message(const QString& text);

protected:
    // The state counts the check-ins still plain (a scan on a large centre): asked when the tab
    // is shown, not at every start.
    void showEvent(QShowEvent* event) override;

private:
    Database* m_database = nullptr;
    bool m_editable = true;
    bool m_sealingOn = false; // as last read: what "Seal" would do (turn on, or finish)
    QLabel* m_state;
    QLineEdit* m_password;
    QPushButton* m_seal;
    QPushButton* m_recover;
    QPushButton* m_replaceBackups;
    QProgressBar* m_progress;
};
