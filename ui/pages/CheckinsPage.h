#pragma once

#include "pages/Page.h"

#include <functional>

class CheckinDialog;
class Clock;
class DayAgendaModel;
class LiveReload;
class QLabel;
class QSplitter;
class QTableView;
class SessionPanel;

// Today's sessions with the outcome of each check-in, so nobody starts a session that needs
// clearance or must not go ahead. Shows the outcome level only, never the answers.
class CheckinsPage : public Page
{
    Q_OBJECT

public:
    CheckinsPage(const Clock& clock, QWidget* parent = nullptr);
    void setDatabase(Database* database) override;
    void setRole(std::optional<Role> role) override;
    QString title() const override { return tr("Check-ins"); }
    void databaseChanged(const Change& change) override;
    DayAgendaModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    SessionPanel* panel() const { return m_panel; }
    QSplitter* splitter() const { return m_splitter; }
    LiveReload* liveReload() const { return m_live; }

    // Opens the check-in form for the selected session (non-modal, deleted on close);
    // nullptr when nothing suitable is selected.
    CheckinDialog* openCheckin();

    // Asked when the client's data-processing consent is not in force: shows the text and
    // returns true when the client agrees now. Replaceable for tests.
    std::function<bool(const QString& clientName)> askConsent;

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void reload();
    // The width the table needs to show every column in full (frame and scroll bar included).
    int columnsWidth() const;
    void fitColumns();
    // True when the client's consent is in force, or was just given; false leaves the
    // check-in closed.
    bool ensureConsent(qint64 clientId, const QString& clientName);

    const Clock& m_clock;
    Database* m_database = nullptr;
    DayAgendaModel* m_model;
    QTableView* m_view;
    QLabel* m_heading;
    QLabel* m_attention;
    SessionPanel* m_panel;
    QSplitter* m_splitter;
    LiveReload* m_live;
};
