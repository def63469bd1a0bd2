#pragma once

#include <QWidget>

class Database;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// The Settings page's "Privacy" tab: whether check-in answers and notes are sealed at rest
// (DESIGN 6), and for a manager the switch that seals an older centre, with progress, then the
// recovery key shown once.
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
    QLabel* stateLabel() const { return m_state; }
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
    QLabel* m_state;
    QLineEdit* m_password;
    QPushButton* m_seal;
    QProgressBar* m_progress;
};
