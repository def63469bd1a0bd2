#include "SignInDialog.h"

#include "storage/DemoGenerator.h"
#include "storage/SettingsRepository.h"

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
    QStringList therapists;
    for (const User& u : UserRepository(m_database).list(&error)) {
        if (u.active)
            m_names->addItem(u.name);
        if (u.active && u.role == Role::Therapist)
            therapists << u.name;
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
    auto* intro = new QLabel(tr("Sign in with your own name: what you read and change is "
                                "recorded under it."));
    intro->setWordWrap(true);
    form->addRow(intro);
    // A demo centre says who is there to try and the password every account shares.
    if (SettingsRepository(m_database).value(SettingKeys::kDemoCentre) == QLatin1String("1")) {
        m_demoHint =
            new QLabel(tr("This is a demo centre. Who is working? Sign in as <b>manager</b>, "
                          "<b>reception</b> or a therapist (%1); every password is <b>%2</b>.")
                           .arg(therapists.join(QStringLiteral(", ")).toHtmlEscaped(),
                                QLatin1String(DemoGenerator::kPassword)));
        m_demoHint->setObjectName(QStringLiteral("demoHint"));
        m_demoHint->setWordWrap(true);
        form->addRow(m_demoHint);
    }
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
