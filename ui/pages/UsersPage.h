#pragma once

#include "pages/Page.h"

#include <functional>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class UserListModel;
struct StorageError;
struct User;

// The manager's accounts page: add, reset a password, change the role, deactivate or
// reactivate (never delete: the audit log names people). Others see why they cannot; storage
// refuses them anyway.
class UsersPage : public Page
{
    Q_OBJECT

public:
    explicit UsersPage(QWidget* parent = nullptr);
    void setDatabase(Database* database) override;
    void setRole(std::optional<Role> role) override;
    QString title() const override { return tr("Users"); }

    UserListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLabel* message() const { return m_message; }
    QLabel* explanation() const { return m_explanation; }
    QWidget* controls() const { return m_controls; }
    QPushButton* activeButton() const { return m_activeButton; }

    bool select(const QString& name);
    // The actions behind the buttons, with what the dialogs collect; each shows the outcome.
    bool addUser(const QString& name, const QString& displayName, Role role, qint64 therapistId,
                 const QString& password);
    bool resetPassword(const QString& name, const QString& password);
    bool changeRole(const QString& name, Role role);
    // Deactivating asks first; reactivating does not.
    bool toggleActive();

signals:
    // There are no accounts yet: the main window runs the first-start dialog.
    void createManagerRequested();
    // The signed-in person changed their own role or account: they sign in again.
    void ownAccountChanged();

private:
    void reload();
    void follow();
    void addFromDialog();
    void resetFromDialog();
    void report(bool ok, const QString& text);
    const User* selected() const;
    QString byUser() const;
    // Reactivating or promoting a reader of a sealed centre: the change made with a new
    // password typed in the password dialog (`change` fills in why not when it fails).
    bool grantWithNewPassword(const QString& name,
                              const std::function<bool(const QString&, StorageError*)>& change);

    Database* m_database = nullptr;
    UserListModel* m_model;
    QStackedWidget* m_stack;
    QWidget* m_controls;
    QTableView* m_view;
    QLabel* m_explanation;
    QLabel* m_message;
    QLabel* m_noUsers;
    QPushButton* m_add;
    QPushButton* m_createManager;
    QPushButton* m_reset;
    QComboBox* m_roleBox;
    QGroupBox* m_selectedBox;
    QPushButton* m_roleButton;
    QPushButton* m_activeButton;
};
