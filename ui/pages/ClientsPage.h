#pragma once

#include "pages/Page.h"

#include <QPointer>
#include <functional>

class ClientBookingsModel;
class ClientDialog;
class EraseClientDialog;
class ClientListModel;
class LiveReload;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

// Find a client as you type (name, phone or email), create or edit one, and see the selected
// client's details, consent and bookings (check-in outcome levels only) below the list.
// Ctrl+N makes a new client while this page is shown; Enter or a double-click edits one.
class ClientsPage : public Page
{
    Q_OBJECT

public:
    explicit ClientsPage(QWidget* parent = nullptr);
    void setDatabase(Database* database) override;
    QString title() const override { return tr("Clients"); }
    void databaseChanged(const Change& change) override;
    // Managers also get "Export data" and "Erase client" for the selected client.
    void setRole(std::optional<Role> role) override;

    QLineEdit* searchBox() const { return m_search; }
    ClientListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    ClientBookingsModel* bookingsModel() const { return m_bookings; }
    QTableView* bookingsView() const { return m_bookingsView; }

    qint64 selectedClientId() const;
    bool selectClient(qint64 id); // false when the client is not in the list

    // Open the client form (non-modal, deleted on close); nullptr without a database or,
    // for editing, without a selected client.
    ClientDialog* openNewClient();
    ClientDialog* editSelectedClient();

    // The client's data rights (managers only; storage refuses everyone else too).
    // Writes the export to `jsonPath` and its readable report beside it (same name, .pdf);
    // false with `message` saying why not.
    bool exportClientData(qint64 id, const QString& jsonPath, QString* pdfPath, QString* message);
    // Asks where to save, then exports the selected client.
    void exportSelectedClient();
    // The client's readable report in a print preview (printers, or "Save as PDF…" through
    // choosePdfPath). The export behind it is audited once, whatever the preview redraws.
    bool printClientReport(qint64 id);
    std::function<QString(const QString& suggested)> choosePdfPath;
    // The confirmation for erasing the selected client (non-modal, deleted on close); erasing
    // runs when it is accepted. nullptr when the client cannot be erased (a message says why).
    EraseClientDialog* eraseSelectedClient();
    QPushButton* exportButton() const { return m_exportData; }
    QPushButton* eraseButton() const { return m_eraseClient; }
    QPushButton* printReportButton() const { return m_printReport; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    // `atLeast`: as many rows as before (a reload keeping what was scrolled to).
    void runSearch(int atLeast = 0);
    void updateCount();
    void reloadLive();
    void showDetails();
    void clientSaved(qint64 id);
    ClientDialog* openDialog(qint64 id);
    void eraseConfirmed(qint64 id);
    void updateRightsButtons(bool clientShown);

    Database* m_database = nullptr;
    ClientListModel* m_model;
    ClientBookingsModel* m_bookings;
    QLineEdit* m_search;
    QPushButton* m_newClient;
    QTableView* m_view;
    QLabel* m_count;
    QSplitter* m_splitter;
    QStackedWidget* m_detail;
    QLabel* m_name;
    QLabel* m_phone;
    QLabel* m_email;
    QLabel* m_language;
    QLabel* m_notes;
    QLabel* m_consent;
    QLabel* m_bookingsSummary;
    QPushButton* m_edit;
    QPushButton* m_exportData;
    QPushButton* m_eraseClient;
    QPushButton* m_printReport;
    QTableView* m_bookingsView;
    QPointer<QWidget> m_filteredWindow; // the window whose Ctrl+N we answer while shown
    bool m_searchPending = false;
    LiveReload* m_live;
};
