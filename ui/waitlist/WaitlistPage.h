#pragma once

#include "core/WaitlistMatch.h"
#include "pages/Page.h"

#include <QTimeZone>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialog;
class QLabel;
class QPushButton;
class QTableView;
class WaitlistModel;

// The waitlist (issue 12 §2): every client waiting for a service, urgent first, then the oldest,
// filtered by service, therapist or urgency; add, edit and remove (asked first, and undone from
// the bar that says it was removed). Expired entries are gone whenever the list is read.
class WaitlistPage : public Page
{
    Q_OBJECT

public:
    explicit WaitlistPage(QWidget* parent = nullptr);

    void setDatabase(Database* database) override;
    QString title() const override { return tr("Waitlist"); }

    // Hooks, so tests need no modal loop (defaults: exec(), a question box).
    std::function<int(QDialog* dialog)> runDialog;
    std::function<bool(const QString& title, const QString& text)> confirm;

    WaitlistModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QComboBox* serviceFilter() const { return m_service; }
    QComboBox* therapistFilter() const { return m_therapist; }
    QCheckBox* urgentFilter() const { return m_urgent; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* undoButton() const { return m_undo; }
    QLabel* summaryLabel() const { return m_summary; }

    void reload();
    void addEntry();
    void editSelected();
    void removeSelected();
    bool undoRemove();
    bool selectEntry(qint64 entryId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyFilter();
    void updateButtons();

    Database* m_database = nullptr;
    QTimeZone m_zone;
    WaitlistModel* m_model;
    QComboBox* m_service;
    QComboBox* m_therapist;
    QCheckBox* m_urgent;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QLabel* m_summary;
    QLabel* m_removed;
    QPushButton* m_undo;
    std::optional<WaitlistEntry> m_lastRemoved;
};
