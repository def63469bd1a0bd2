#pragma once

#include <QWidget>
#include <functional>

class AutomaticBackupRunner;
class Database;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The Settings page's "Backups" tab: automatic backups on or off, their folder, "Back up now",
// and how the last one went. Only a manager changes the settings; anyone may back up now.
class BackupSettings : public QWidget
{
    Q_OBJECT

public:
    explicit BackupSettings(QWidget* parent = nullptr);
    void setDatabase(Database* database);
    void setRunner(AutomaticBackupRunner* runner);
    void setEditable(bool editable);
    void refresh();

    // For tests and keyboard users: the actions behind the controls.
    bool setAutomatic(bool on);
    bool setFolder(const QString& folder); // empty: the default beside the database
    bool backUpNow();
    QCheckBox* automaticBox() const { return m_automatic; }
    QPushButton* backUpNowButton() const { return m_backUpNow; }
    QLineEdit* folderEdit() const { return m_folder; }
    QLabel* lastBackupLabel() const { return m_last; }

    // Hooks (defaults: QFileDialog, QDesktopServices).
    std::function<QString(const QString& current)> chooseFolder;
    std::function<void(const QString& folder)> showFolder;

signals:
    void message(const QString& text);

private:
    Database* m_database = nullptr;
    AutomaticBackupRunner* m_runner = nullptr;
    bool m_editable = true;
    QCheckBox* m_automatic;
    QLineEdit* m_folder;
    QPushButton* m_change;
    QPushButton* m_useDefault;
    QPushButton* m_open;
    QPushButton* m_backUpNow;
    QLabel* m_last;
    QLabel* m_kept;
};
