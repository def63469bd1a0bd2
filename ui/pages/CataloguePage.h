#pragma once

#include "pages/Page.h"

class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class ServiceListModel;
struct Service;

// The service catalogue, and each service as a client would read it.
class CataloguePage : public Page
{
    Q_OBJECT

public:
    explicit CataloguePage(QWidget* parent = nullptr);
    void setDatabase(Database* database) override;
    QString title() const override { return tr("Catalogue"); }

    ServiceListModel* model() const { return m_model; }
    QTextBrowser* preview() const { return m_preview; }
    QTableView* view() const { return m_view; }

    static QString clientFacingHtml(const Service& service);

private:
    void reload();
    void showSelected();

    Database* m_database = nullptr;
    ServiceListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QComboBox* m_language;
    QTableView* m_view;
    QTextBrowser* m_preview;
};
