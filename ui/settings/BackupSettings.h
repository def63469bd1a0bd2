#pragma once

#include <QWidget>
#include <functional>
#include <optional>

class AutomaticBackupRunner;
class ChangedElsewhereBar;
struct StorageError;
class Database;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class WaitingSave;

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
    // The settings asked for while the server could not be reached, saved when it is back.
    WaitingSave* waitingSave() const { return m_waiting; }
    // Why "Back up now" did nothing (the server cannot be reached); hidden otherwise.
    QLabel* noticeLabel() const { return m_notice; }
    // Shown when another desk changed these settings after this tab showed them (issue 11 §3):
    // the change asked for here is kept until Reload or Keep mine.
    ChangedElsewhereBar* changedElsewhereBar() const { return m_changed; }

    // Hooks (defaults: QFileDialog, QDesktopServices).
    std::function<QString(const QString& current)> chooseFolder;
    std::function<void(const QString& folder)> showFolder;

signals:
    void message(const QString& text);

private:
    // Writes the two settings as asked here against the versions shown; false when refused.
    bool store(bool automatic, const QString& folder, StorageError* error);
    bool refusedElsewhere(const StorageError& error, bool automatic, const QString& folder);
    // Lost connection: what was asked waits (shown as asked) and is saved when it is back.
    bool waitForServer(const StorageError& error, bool automatic, const QString& folder);
    void saveWaiting();
    // The switch and the folder as this tab shows them: asked and not stored yet, or stored.
    QPair<bool, QString> shown() const;
    void reloadTheirs();
    void keepMine();

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
    QLabel* m_notice;
    WaitingSave* m_waiting;
    ChangedElsewhereBar* m_changed;
    // The versions of the settings as shown (RecordVersion), for the next save.
    qint64 m_automaticVersion = 0;
    qint64 m_folderVersion = 0;
    // The two settings as shown (the folder as stored, "" for the default): a save of one
    // writes the other as this desk saw it, under the same version check.
    bool m_shownAutomatic = true;
    QString m_shownFolder;
    // What was asked and refused because another desk changed it first, until Reload or
    // Keep mine: the automatic switch and the folder as the setting stores it ("" = default).
    std::optional<QPair<bool, QString>> m_refused;
    // What was asked while the server could not be reached, until it is saved.
    std::optional<QPair<bool, QString>> m_waitingAsk;
};
