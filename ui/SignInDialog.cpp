#include "SignInDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

SignInDialog::SignInDialog(Database& database, const QString& lastUser, QWidget* parent)
    : QDialog(parent), m_database(database), m_names(new QComboBox), m_password(new QLineEdit),
      m_problem(new QLabel)
{
    setWindowTitle(tr("Sign in to Massage Desk"));
    // Switching user at a shared desk: pick the name, type the password.
    m_names->setEditable(true);
    m_names->setInsertPolicy(QComboBox::NoInsert);
    StorageError error;
    for (const User& u : UserRepository(m_database).list(&error)) {
        if (u.active)
            m_names->addItem(u.name);
    }
    m_names->setCurrentIndex(-1);
    m_names->setEditText(lastUser);
    connect(m_names, &QComboBox::activated, m_password, qOverload<>(&QWidget::setFocus));
    m_password->setEchoMode(QLineEdit::Password);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #8b0000"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    auto* form = new QFormLayout(this);
    form->addRow(new QLabel(tr("Sign in with your own name: what you read and change is "
                               "recorded under it.")));
    form->addRow(tr("&User:"), m_names);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_problem);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (trySignIn())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (lastUser.isEmpty())
        m_names->setFocus();
    else
        m_password->setFocus();
    resize(420, sizeHint().height());
}

QLineEdit* SignInDialog::nameEdit() const
{
    return m_names->lineEdit();
}

bool SignInDialog::trySignIn()
{
    StorageError error;
    if (!UserRepository(m_database)
             .signIn(m_names->currentText(), m_password->text(), &m_user, &error)) {
        m_problem->setText(error.message);
        m_password->clear();
        m_password->setFocus();
        return false;
    }
    m_password->clear();
    return true;
}
