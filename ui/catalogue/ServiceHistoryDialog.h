#pragma once

#include "storage/ServiceRevisions.h"

#include <QDialog>
#include <functional>

class Database;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

// The revisions of one service, newest first (who, when, what changed), and two of them side
// by side with the changed words marked. An earlier revision can be restored: it comes back
// as a new draft revision, and nothing in between is lost.
class ServiceHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    ServiceHistoryDialog(Database& database, qint64 serviceId, QWidget* parent = nullptr);

    // Asked before restoring; returns true to go ahead. Default: a question box.
    std::function<bool(const QString& title, const QString& text)> confirm;
    QString userName;
    // Without editing rights the history is read-only: no Restore button.
    void setCanRestore(bool canRestore);

    QTableWidget* revisionList() const { return m_list; }
    QComboBox* olderBox() const { return m_older; }
    QComboBox* newerBox() const { return m_newer; }
    QCheckBox* onlyChangesBox() const { return m_onlyChanges; }
    QTextBrowser* comparison() const { return m_view; }
    QPushButton* restoreButton() const { return m_restore; }
    const QList<ServiceRevision>& revisions() const { return m_revisions; }

    // Shows revision `older` (left) beside revision `newer` (right).
    void compare(int older, int newer);
    // Restores the revision on the left as a new draft; false when refused or not confirmed.
    bool restoreOlder();

signals:
    void restored(int newRevision);

private:
    void reload();
    void showComparison();
    const ServiceRevision* find(int revision) const;
    QString caption(const ServiceRevision& revision) const;

    Database& m_database;
    qint64 m_serviceId;
    QList<ServiceRevision> m_revisions; // newest first
    bool m_canRestore = true;
    QTableWidget* m_list;
    QComboBox* m_older;
    QComboBox* m_newer;
    QCheckBox* m_onlyChanges;
    QTextBrowser* m_view;
    QLabel* m_message;
    QPushButton* m_restore;
};
