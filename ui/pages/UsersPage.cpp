#include "pages/UsersPage.h"

#include "dialogs/UserDialog.h"
#include "models/UserListModel.h"
#include "storage/Database.h"
#include "storage/StaffRepository.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

UsersPage::UsersPage(QWidget* parent)
    : Page(parent), m_model(new UserListModel(this)), m_stack(new QStackedWidget),
      m_controls(new QWidget), m_view(new QTableView), m_explanation(new QLabel),
      m_message(new QLabel), m_noUsers(new QLabel), m_add(new QPushButton(tr("&Add user\u2026"))),
      m_createManager(new QPushButton(tr("&Create the manager account\u2026"))),
      m_reset(new QPushButton(tr("Reset &password\u2026"))), m_roleBox(new QComboBox),
      m_roleButton(new QPushButton(tr("Change &role"))), m_activeButton(new QPushButton)
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setAlternatingRowColors(true);
    for (Role role : {Role::Receptionist, Role::Therapist, Role::Manager})
        m_roleBox->addItem(UserListModel::roleTitle(role), int(role));

    m_noUsers->setWordWrap(true);
    m_noUsers->setText(tr("This centre has no user accounts yet, so anyone at this computer can "
                          "do everything. Create the manager's account first; the manager then "
                          "adds everyone else here."));
    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setWordWrap(true);

    m_selectedBox = new QGroupBox;
    auto* selectedLayout = new QVBoxLayout(m_selectedBox);
    selectedLayout->addWidget(m_reset);
    auto* roleRow = new QHBoxLayout;
    roleRow->addWidget(m_roleBox, 1);
    roleRow->addWidget(m_roleButton);
    selectedLayout->addLayout(roleRow);
    selectedLayout->addWidget(m_activeButton);
    auto* note = new QLabel(tr("Accounts are never deleted: the audit log names the people "
                               "who did things. Deactivate an account when someone leaves."));
    note->setWordWrap(true);
    selectedLayout->addWidget(note);
    selectedLayout->addStretch();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_createManager);
    buttons->addStretch();
    auto* left = new QVBoxLayout;
    left->addWidget(m_noUsers);
    left->addWidget(m_view, 1);
    left->addLayout(buttons);
    left->addWidget(m_message);
    left->addStretch(); // takes the room while the list is hidden (no accounts yet)
    auto* controlsLayout = new QHBoxLayout(m_controls);
    controlsLayout->setContentsMargins(0, 0, 0, 0);
    controlsLayout->addLayout(left, 3);
    controlsLayout->addWidget(m_selectedBox, 1);

    m_explanation->setObjectName(QStringLiteral("usersExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_explanation->setText(tr("<p><b>Only a manager manages user accounts.</b></p><p>Ask a "
                              "manager to add a colleague, reset a forgotten password or change "
                              "someone's role.</p>"));
    m_stack->addWidget(m_controls);
    m_stack->addWidget(m_explanation);
    (new QVBoxLayout(this))->addWidget(m_stack);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersPage::follow);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::follow);
    connect(m_add, &QPushButton::clicked, this, &UsersPage::addFromDialog);
    connect(m_createManager, &QPushButton::clicked, this, &UsersPage::createManagerRequested);
    connect(m_reset, &QPushButton::clicked, this, &UsersPage::resetFromDialog);
    connect(m_roleButton, &QPushButton::clicked, this, [this] {
        if (const User* u = selected())
            changeRole(u->name, Role(m_roleBox->currentData().toInt()));
    });
    connect(m_activeButton, &QPushButton::clicked, this, &UsersPage::toggleActive);
    follow();
}

void UsersPage::setDatabase(Database* database)
{
    m_database = database;
    setEnabled(database != nullptr);
    m_message->clear();
    reload();
}

void UsersPage::setRole(std::optional<Role> role)
{
    Page::setRole(role);
    // Without accounts everyone may (role is nullopt); the page then only offers the first one.
    m_stack->setCurrentWidget(may(Action::EditCentre) ? m_controls : m_explanation);
    reload();
}

void UsersPage::reload()
{
    const QString current = selected() ? selected()->name : QString();
    // Non-managers get no list at all: names and roles are the manager's business.
    m_model->setDatabase(may(Action::EditCentre) ? m_database : nullptr);
    if (!current.isEmpty())
        select(current);
    if (!m_model->lastError().isEmpty())
        report(false, m_model->lastError());
}

const User* UsersPage::selected() const
{
    return m_model->userFromIndex(m_view->currentIndex());
}

QString UsersPage::byUser() const
{
    return m_database ? m_database->actorName() : QString();
}

bool UsersPage::select(const QString& name)
{
    const QModelIndex index = m_model->indexOf(name);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    return true;
}

void UsersPage::follow()
{
    const bool none = m_model->rowCount() == 0;
    m_noUsers->setVisible(none && m_database);
    m_createManager->setVisible(none && m_database);
    m_add->setVisible(!none);
    m_view->setVisible(!none);
    m_selectedBox->setVisible(!none);
    const User* u = selected();
    m_selectedBox->setTitle(u ? tr("Selected: %1").arg(u->name) : tr("Select a user in the list"));
    m_reset->setEnabled(u != nullptr);
    m_roleBox->setEnabled(u != nullptr);
    m_roleButton->setEnabled(u != nullptr);
    m_activeButton->setEnabled(u != nullptr);
    m_activeButton->setText(u && !u->active ? tr("Reac&tivate the account")
                                            : tr("Deac&tivate the account\u2026"));
    if (u)
        m_roleBox->setCurrentIndex(m_roleBox->findData(int(u->role)));
}

void UsersPage::report(bool ok, const QString& text)
{
    m_message->setText(ok ? tr("\u2713 %1").arg(text) : tr("\u2717 %1").arg(text));
    emit statusMessage(text);
}

bool UsersPage::addUser(const QString& name, const QString& displayName, Role role,
                        qint64 therapistId, const QString& password)
{
    if (!m_database)
        return false;
    StorageError error;
    qint64 id = 0;
    if (!UserRepository(*m_database)
             .add(name, displayName, role, password, therapistId, byUser(), &id, &error)) {
        report(false, error.message);
        return false;
    }
    reload();
    select(name.trimmed());
    report(true, tr("%1 can now sign in as %2.").arg(name.trimmed(), Permissions::roleName(role)));
    return true;
}

bool UsersPage::resetPassword(const QString& name, const QString& password)
{
    if (!m_database)
        return false;
    StorageError error;
    if (!UserRepository(*m_database).setPassword(name, password, byUser(), &error)) {
        report(false, error.message);
        return false;
    }
    report(true, tr("New password set for %1. Give it to them in person.").arg(name));
    return true;
}

bool UsersPage::changeRole(const QString& name, Role role)
{
    if (!m_database)
        return false;
    const QModelIndex index = m_model->indexOf(name);
    const User* user = m_model->userFromIndex(index);
    // A therapist account without its therapist record would see no sessions of its own.
    if (role == Role::Therapist && user && user->therapistId == 0) {
        report(false, tr("%1 has no therapist record. Add a new account with the role "
                         "Therapist and choose the record there.")
                          .arg(name));
        return false;
    }
    StorageError error;
    bool needsKey = false;
    if (!UserRepository(*m_database).needsKeyGrant(name, role, &needsKey, &error)) {
        report(false, error.message);
        return false;
    }
    if (needsKey) {
        // The sealed check-ins open for the account only through a password (DESIGN 6).
        if (!grantWithNewPassword(
                name, [this, name, role](const QString& password, StorageError* grantError) {
                    return UserRepository(*m_database)
                        .setRole(name, role, byUser(), grantError, password);
                }))
            return false;
    } else if (!UserRepository(*m_database).setRole(name, role, byUser(), &error)) {
        report(false, error.message);
        reload();
        return false;
    }
    reload();
    report(true, tr("%1 is now a %2.").arg(name, Permissions::roleName(role)));
    if (name == byUser())
        emit ownAccountChanged();
    return true;
}

bool UsersPage::toggleActive()
{
    const User* u = selected();
    if (!m_database || !u)
        return false;
    const QString name = u->name;
    const bool activate = !u->active;
    if (!activate) {
        QMessageBox box(QMessageBox::Question, tr("Deactivate %1").arg(name),
                        tr("Deactivate the account %1?\n\n%1 will no longer be able to sign in. "
                           "The account stays in the list and in the audit log, and you can "
                           "reactivate it later.")
                            .arg(name),
                        QMessageBox::NoButton, this);
        QPushButton* yes = box.addButton(tr("&Deactivate"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != yes)
            return false;
    }
    StorageError error;
    bool needsKey = false;
    if (activate && !UserRepository(*m_database).needsKeyGrant(name, u->role, &needsKey, &error)) {
        report(false, error.message);
        return false;
    }
    if (needsKey) {
        if (!grantWithNewPassword(name,
                                  [this, name](const QString& password, StorageError* grantError) {
                                      return UserRepository(*m_database)
                                          .setActive(name, true, byUser(), grantError, password);
                                  }))
            return false;
    } else if (!UserRepository(*m_database).setActive(name, activate, byUser(), &error)) {
        report(false, error.message);
        return false;
    }
    reload();
    select(name);
    report(true, activate ? tr("%1 can sign in again.").arg(name)
                          : tr("%1 can no longer sign in.").arg(name));
    if (name == byUser())
        emit ownAccountChanged();
    return true;
}

void UsersPage::addFromDialog()
{
    if (!m_database)
        return;
    StorageError error;
    UserDialog dialog(
        StaffRepository(*m_database).therapists(&error),
        [this](const UserDialog::Values& v, StorageError* addError) {
            qint64 id = 0;
            return UserRepository(*m_database)
                .add(v.name, v.displayName, v.role, v.password, v.therapistId, byUser(), &id,
                     addError);
        },
        this);
    dialog.waitFor(*m_database);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const UserDialog::Values v = dialog.values();
    reload();
    select(v.name);
    report(true, tr("%1 can now sign in as %2.").arg(v.name, Permissions::roleName(v.role)));
}

void UsersPage::resetFromDialog()
{
    const User* u = selected();
    if (!m_database || !u)
        return;
    const QString name = u->name;
    UserDialog dialog(
        name,
        [this, name](const UserDialog::Values& v, StorageError* error) {
            return UserRepository(*m_database).setPassword(name, v.password, byUser(), error);
        },
        this);
    dialog.waitFor(*m_database);
    if (dialog.exec() == QDialog::Accepted)
        report(true, tr("New password set for %1. Give it to them in person.").arg(name));
}

bool UsersPage::grantWithNewPassword(
    const QString& name, const std::function<bool(const QString&, StorageError*)>& change)
{
    UserDialog dialog(
        name,
        [&change](const UserDialog::Values& v, StorageError* error) {
            return change(v.password, error);
        },
        this);
    dialog.waitFor(*m_database);
    // Why a password now: the key is wrapped with it, as for a new account.
    dialog.setWindowTitle(tr("A new password for %1, to open the sealed check-ins").arg(name));
    return dialog.exec() == QDialog::Accepted;
}
