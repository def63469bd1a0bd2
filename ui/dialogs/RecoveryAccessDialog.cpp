#include "dialogs/RecoveryAccessDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

RecoveryAccessDialog::RecoveryAccessDialog(const QString& managerName, Restore restore,
                                           QWidget* parent)
    : QDialog(parent), m_restoreFn(std::move(restore)), m_key(new QLineEdit),
      m_password(new QLineEdit), m_again(new QLineEdit), m_problem(new QLabel)
{
    setWindowTitle(tr("Restore access with the recovery key"));
    auto* explain = new QLabel(
        tr("Type the recovery key printed when sealing was turned on (eight groups of four "
           "letters and digits). With it, the sealed check-ins open again for %1 with the "
           "password below, which becomes the account's password.")
            .arg(managerName));
    explain->setWordWrap(true);
    m_key->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    m_key->setAccessibleName(tr("Recovery key"));
    // The whole key in sight, in a face where 0 and O differ, so it can be checked by eye.
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_key->setFont(fixed);
    m_key->setMinimumWidth(QFontMetrics(fixed).horizontalAdvance(m_key->placeholderText()) + 24);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_again->setEchoMode(QLineEdit::Password);
    m_again->setAccessibleName(tr("Password again"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setVisible(false);
    auto* form = new QFormLayout;
    form->addRow(tr("&Recovery key:"), m_key);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Again:"), m_again);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_restore = buttons->addButton(tr("&Restore access"), QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    // Wide enough that the explanation wraps into a few lines instead of being cut.
    setMinimumWidth(520);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecoveryAccessDialog::tryRestore);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void RecoveryAccessDialog::tryRestore()
{
    QString problem;
    if (m_key->text().trimmed().isEmpty())
        problem = tr("Type the recovery key.");
    else if (m_password->text() != m_again->text())
        problem = tr("The two passwords differ; type them again.");
    else
        problem = m_restoreFn(m_key->text(), m_password->text());
    // Neither the key nor the password stays in the fields once they were used.
    m_password->clear();
    m_again->clear();
    if (problem.isEmpty()) {
        m_key->clear();
        accept();
        return;
    }
    m_problem->setText(problem);
    m_problem->setVisible(true);
}
