#include "dialogs/UserDialog.h"

#include "models/UserListModel.h"
#include "storage/StorageError.h"
#include "widgets/PasswordFields.h"
#include "widgets/WaitingSave.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

UserDialog::UserDialog(const QList<Therapist>& therapists, Submit submit, QWidget* parent)
    : QDialog(parent), m_submit(std::move(submit)), m_name(new QLineEdit),
      m_displayName(new QLineEdit), m_role(new QComboBox), m_therapist(new QComboBox),
      m_passwords(new PasswordFields(this)), m_problem(new QLabel)
{
    setWindowTitle(tr("Add a user"));
    for (Role role : {Role::Receptionist, Role::Therapist, Role::Manager})
        m_role->addItem(UserListModel::roleTitle(role), int(role));
    m_therapist->addItem(tr("(choose the therapist)"), 0);
    for (const Therapist& t : therapists) {
        if (t.active)
            m_therapist->addItem(t.name, t.id);
    }
    build(true);
}

UserDialog::UserDialog(const QString& name, Submit submit, QWidget* parent)
    : QDialog(parent), m_submit(std::move(submit)), m_name(new QLineEdit(name)),
      m_displayName(new QLineEdit), m_role(new QComboBox), m_therapist(new QComboBox),
      m_passwords(new PasswordFields(this)), m_problem(new QLabel)
{
    setWindowTitle(tr("New password for %1").arg(name));
    m_name->setReadOnly(true);
    m_passwords->setUserName(name);
    build(false);
}

void UserDialog::build(bool newAccount)
{
    m_newAccount = newAccount;
    m_name->setMaxLength(100);
    m_displayName->setMaxLength(100);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(newAccount ? tr("&Add user") : tr("&Set password"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("&User name:"), m_name);
    if (newAccount) {
        m_name->setPlaceholderText(tr("e.g. pau (no spaces)"));
        m_displayName->setPlaceholderText(tr("e.g. Pau Soler"));
        form->addRow(tr("&Display name:"), m_displayName);
        form->addRow(tr("&Role:"), m_role);
        form->addRow(tr("&Therapist record:"), m_therapist);
        auto* hint = new QLabel(tr("A therapist's account is linked to their therapist record: "
                                   "they see and change their own sessions."));
        hint->setWordWrap(true);
        form->addRow(QString(), hint);
        const auto followRole = [this, hint] {
            const bool therapist = values().role == Role::Therapist;
            m_therapist->setEnabled(therapist);
            hint->setEnabled(therapist);
        };
        connect(m_role, &QComboBox::currentIndexChanged, this, followRole);
        followRole();
        connect(m_name, &QLineEdit::textChanged, m_passwords, &PasswordFields::setUserName);
    } else {
        // Not shown: owned by the dialog all the same.
        for (QWidget* unused : {static_cast<QWidget*>(m_displayName), static_cast<QWidget*>(m_role),
                                static_cast<QWidget*>(m_therapist)}) {
            unused->setParent(this);
            unused->hide();
        }
    }
    m_passwords->addTo(form);
    form->addRow(m_problem);
    // An old complaint must not stand next to what is typed now.
    connect(m_passwords, &PasswordFields::changed, m_problem, &QLabel::clear);
    connect(m_name, &QLineEdit::textEdited, m_problem, &QLabel::clear);
    for (QComboBox* box : {m_role, m_therapist})
        connect(box, &QComboBox::currentIndexChanged, m_problem, &QLabel::clear);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (trySubmit())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (newAccount ? m_name : m_passwords->first())->setFocus();
    resize(460, sizeHint().height());
}

UserDialog::Values UserDialog::values() const
{
    Values v;
    v.name = m_name->text().trimmed();
    v.displayName = m_displayName->text().simplified();
    v.role = Role(m_role->currentData().toInt());
    v.therapistId = v.role == Role::Therapist ? m_therapist->currentData().toLongLong() : 0;
    v.password = m_passwords->password();
    return v;
}

bool UserDialog::trySubmit()
{
    const Values v = values();
    QString why;
    if (v.name.isEmpty())
        why = tr("Choose a user name (no spaces).");
    else if (m_newAccount && v.role == Role::Therapist && v.therapistId == 0)
        why = tr("Choose the therapist record this account belongs to.");
    else
        why = m_passwords->problem();
    if (why.isEmpty() && m_submit) {
        StorageError error;
        if (!m_submit(v, &error)) {
            if (m_waiting && m_waiting->waitIfDisconnected(error)) {
                m_problem->clear(); // the strip says why, and that it waits
                resize(width(), qMax(height(), heightForWidth(width())));
                return false;
            }
            why = error.message;
        } else if (m_waiting) {
            m_waiting->clear();
        }
    }
    m_problem->setText(why.isEmpty() ? QString() : tr("\u2717 %1").arg(why));
    return why.isEmpty();
}

void UserDialog::waitFor(Database& database)
{
    if (m_waiting)
        return;
    m_waiting = new WaitingSave(
        database,
        [this] {
            return m_newAccount ? tr("User: %1").arg(m_name->text().trimmed())
                                : tr("Password for %1").arg(m_name->text().trimmed());
        },
        [this] {
            if (trySubmit())
                accept();
        },
        this);
    auto* form = static_cast<QFormLayout*>(layout());
    int row = 0;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(m_problem, &row, &role);
    form->insertRow(row, m_waiting);
}
