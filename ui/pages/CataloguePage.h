#pragma once

#include "pages/Page.h"

#include <functional>

class QComboBox;
class QDialog;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class ServiceListModel;
struct Service;

// The service catalogue, and each service as a client would read it. With editing rights
// (the manager) the page also creates, edits, duplicates and archives services and shows
// their history.
class CataloguePage : public Page
{
    Q_OBJECT

public:
    explicit CataloguePage(QWidget* parent = nullptr);
    void setDatabase(Database* database) override;
    QString title() const override { return tr("Catalogue"); }

    // Until people sign in (a later issue) everyone may edit; a page without editing rights
    // shows no edit controls at all.
    bool canEdit() const { return m_canEdit; }
    void setCanEdit(bool canEdit);
    // Only a manager edits the catalogue (DESIGN 2.5).
    void setRole(std::optional<Role> role) override;
    // Recorded as the author of revisions and audit entries ("desk" when empty).
    QString userName;

    // Hooks, so tests need no modal loop. runDialog shows an editor or the history and returns
    // when it is closed (default: exec()); confirm asks a yes/no question (default: a message
    // box); warn shows a refusal.
    std::function<int(QDialog* dialog)> runDialog;
    std::function<bool(const QString& title, const QString& text)> confirm;
    std::function<void(const QString& title, const QString& text)> warn;

    ServiceListModel* model() const { return m_model; }
    QTextBrowser* preview() const { return m_preview; }
    QTableView* view() const { return m_view; }
    QWidget* editBar() const { return m_editBar; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* duplicateButton() const { return m_duplicate; }
    QPushButton* historyButton() const { return m_history; }
    QPushButton* archiveButton() const { return m_archive; }

    qint64 selectedServiceId() const;
    void selectService(qint64 serviceId);

    void newService();
    void editSelected();
    void duplicateSelected();
    void showHistory();
    // Archives the selected service after asking (or brings an archived one back).
    bool archiveSelected();

    static QString clientFacingHtml(const Service& service);

private:
    void reload();
    void showSelected();
    void updateActions();
    void openEditor(int mode, qint64 serviceId);

    Database* m_database = nullptr;
    bool m_canEdit = true;
    ServiceListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QComboBox* m_language;
    QTableView* m_view;
    QTextBrowser* m_preview;
    QWidget* m_editBar;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_duplicate;
    QPushButton* m_history;
    QPushButton* m_archive;
};
