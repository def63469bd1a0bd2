#pragma once

#include <QFrame>
#include <QStringList>
#include <functional>
#include <memory>

class ConnectionWatch;
class Database;
class QLabel;
class QPushButton;

// The strip above the pages that says, in words, that the centre server cannot be reached and
// that Massage Desk is reconnecting by itself (ConnectionWatch). Nothing is closed meanwhile:
// open dialogs keep what was typed; saving is refused with a sentence until it is back.
class ConnectionBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ConnectionBanner(QWidget* parent = nullptr);
    ~ConnectionBanner() override;

    // Watches this database's connection (a server's; a file never loses it), or none.
    void setDatabase(Database* database);
    // The watch of the open server (nullptr for a file): others set up again on restored().
    ConnectionWatch* watch() const { return m_watch.get(); }
    QString text() const;

    // Closing the window: while the connection is lost, or while forms wait to save
    // (`waiting`, one line each, WaitingSave::pending), asks through `confirmClose` after saying
    // what was not saved; true when the window may close.
    bool mayClose(const QStringList& waiting = {});
    std::function<bool(const QString& title, const QString& text)> confirmClose;

signals:
    // The connection is back: the pages reload what they show.
    void restored();

private:
    void showLost();

    Database* m_database = nullptr;
    std::unique_ptr<ConnectionWatch> m_watch;
    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_retry;
};
