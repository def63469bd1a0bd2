#include "dialogs/FirstManagerDialog.h"

#include "storage/Database.h"
#include "storage/SealingRepository.h"
#include "widgets/PasswordFields.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

FirstManagerDialog::FirstManagerDialog(Database& database, QWidget* parent)
    : QDialog(parent), m_database(database), m_name(new QLineEdit), m_displayName(new QLineEdit),
      m_passwords(new PasswordFields(this)), m_problem(new QLabel)
{
    setWindowTitle(tr("Create the manager account"));
    m_name->setMaxLength(100);
    m_name->setPlaceholderText(tr("e.g. anna (no spaces)"));
    m_displayName->setMaxLength(100);
    m_displayName->setPlaceholderText(tr("e.g. Anna Puig"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    auto* intro = new QLabel(
        tr("<p><b>This centre has no user accounts yet.</b></p>"
           "<p>Create the manager's account now. The manager adds everyone else on the Users "
           "page; each person then signs in with their own name, and what they read and change "
           "is recorded under it.</p>"
           "<p>Until then, anyone at this computer can do everything.</p>"));
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create and sign in"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Later"));
    auto* form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&User name:"), m_name);
    form->addRow(tr("&Display name:"), m_displayName);
    m_passwords->addTo(form);
    form->addRow(m_problem);
    form->addRow(buttons);
    connect(m_name, &QLineEdit::textChanged, m_passwords, &PasswordFields::setUserName);
    // An old complaint must not stand next to what is typed now.
    connect(m_passwords, &PasswordFields::changed, m_problem, &QLabel::clear);
    connect(m_name, &QLineEdit::textEdited, m_problem, &QLabel::clear);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (create())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_name->setFocus();
    resize(480, sizeHint().height());
}

bool FirstManagerDialog::create()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_problem->setText(tr("\u2717 Choose a user name (no spaces)."));
        m_name->setFocus();
        return false;
    }
    const QString weak = m_passwords->problem();
    if (!weak.isEmpty()) {
        m_problem->setText(tr("\u2717 %1").arg(weak));
        m_passwords->first()->setFocus();
        return false;
    }
    UserRepository users(m_database);
    StorageError error;
    qint64 id = 0;
    // Nobody is signed in yet: storage allows this first account only while there is none.
    if (!users.add(name, m_displayName->text(), Role::Manager, m_passwords->password(), 0, name,
                   &id, &error) ||
        !users.signIn(name, m_passwords->password(), &m_user, &error)) {
        m_problem->setText(tr("\u2717 %1").arg(error.message));
        return false;
    }
    // A centre with a manager seals its health data from the start (DESIGN 6). The account
    // exists either way; a failure here is said, and Settings can turn sealing on later.
    m_database.setActor(m_user.actor());
    if (!SealingRepository(m_database).enable(m_passwords->password(), &m_recoveryKey, {}, &error))
        m_problem->setText(tr("\u2717 %1").arg(error.message));
    m_passwords->clear();
    return true;
}
