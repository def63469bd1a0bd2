#pragma once

#include "pages/Page.h"

class ClientListModel;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

// Find a client as you type: name, phone or email.
class ClientsPage : public Page
{
    Q_OBJECT

public:
    explicit ClientsPage(QWidget* parent = nullptr);
    void setDatabase(Database* database) override;
    QString title() const override { return tr("Clients"); }

    QLineEdit* searchBox() const { return m_search; }
    ClientListModel* model() const { return m_model; }

private:
    void runSearch();

    Database* m_database = nullptr;
    ClientListModel* m_model;
    QLineEdit* m_search;
    QTableView* m_view;
    QLabel* m_count;
};
