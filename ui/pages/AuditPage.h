#pragma once

#include "pages/Page.h"

class AuditModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

// The audit log for managers: who did what and when, filtered by person, client, kind and
// dates, read a page at a time; "Verify the chain" recomputes the hashes to show whether any
// entry was changed or removed outside the program.
class AuditPage : public Page
{
    Q_OBJECT

public:
    explicit AuditPage(QWidget* parent = nullptr);
    void setDatabase(Database* database) override;
    void setRole(std::optional<Role> role) override;
    QString title() const override { return tr("Audit log"); }

    AuditModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QComboBox* userFilter() const { return m_user; }
    QLineEdit* clientFilter() const { return m_client; }
    QComboBox* kindFilter() const { return m_kind; }
    QCheckBox* dateFilter() const { return m_dated; }
    QDateEdit* fromDate() const { return m_from; }
    QDateEdit* toDate() const { return m_to; }
    QLabel* verifyResult() const { return m_verifyResult; }
    QLabel* explanation() const { return m_explanation; }
    QWidget* controls() const { return m_controls; }

    // Reads the first page for what the filters say now.
    bool applyFilter();
    // Recomputes the hash chain and shows the outcome; true when intact.
    bool verifyChain();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();

    Database* m_database = nullptr;
    AuditModel* m_model;
    QStackedWidget* m_stack;
    QWidget* m_controls;
    QTableView* m_view;
    QComboBox* m_user;
    QLineEdit* m_client;
    QComboBox* m_kind;
    QCheckBox* m_dated;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_verify;
    QLabel* m_verifyResult;
    QLabel* m_status;
    QLabel* m_explanation;
    QTimer* m_debounce;
    bool m_readRecorded = false;
};
