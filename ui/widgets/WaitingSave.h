#pragma once

#include <QFrame>
#include <functional>

class Database;
class QLabel;
class QPushButton;
struct StorageError;

// A strip in a form whose save could not reach the centre server (issue 11): what was typed
// stays in the form, the strip says the save waits for the connection, and the form saves by
// itself when the connection is back (MainWindow calls connectionRestored) or at "Save now".
// Every save is one write transaction, so a save that did not get through changed nothing and
// running it again cannot leave half of it behind. Closing the main window lists the saves
// still waiting (pending). Dialogs and pages alike use it: a page whose database changes
// passes it again with setDatabase (a different centre drops what waited for the old one).
class WaitingSave : public QFrame
{
    Q_OBJECT

public:
    // `what` names the record for the closing question ("Client: Anna Berg"); `attempt` runs
    // the form's save as its Save button does (and closes the form when it succeeds).
    WaitingSave(Database& database, std::function<QString()> what, std::function<void()> attempt,
                QWidget* parent = nullptr);
    // A page's form: the database may still be unknown (nullptr) and change later.
    WaitingSave(Database* database, std::function<QString()> what, std::function<void()> attempt,
                QWidget* parent = nullptr);
    ~WaitingSave() override;

    // After a failed save: true when it failed for a lost or unreachable server, and it now
    // waits (shown in the strip); false, and hidden, for any other refusal.
    bool waitIfDisconnected(const StorageError& error);
    // The save went through or the form stopped waiting.
    void clear();
    // Another centre (or none): what waited for the old one is dropped with it.
    void setDatabase(Database* database);
    // A form whose change is not a save (a removal) says so: `waiting` with %1 for the server,
    // `unsure` after the sentence of a change lost during COMMIT, and the button's text.
    void setWording(const QString& waiting, const QString& unsure, const QString& button);
    bool isWaiting() const { return m_waiting; }
    QPushButton* saveNowButton() const { return m_saveNow; }
    QString text() const;

    // What waits for this database's connection (or may not have been saved), one line each.
    static QStringList pending(const Database* database);
    // The connection of `database` is back: every form waiting for it saves again, in turn.
    static void connectionRestored(const Database* database);

private:
    void retry();

    Database* m_database;
    std::function<QString()> m_what;
    std::function<void()> m_attempt;
    QString m_waitingWords;
    QString m_unsureWords;
    QLabel* m_text;
    QPushButton* m_saveNow;
    bool m_waiting = false;
    bool m_unsure = false; // lost during COMMIT: saved or not, only the server knows
    bool m_retrying = false;
};
