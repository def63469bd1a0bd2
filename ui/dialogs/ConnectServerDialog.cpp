#include "ConnectServerDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>

namespace {

QString environmentOr(const char* variable, const QString& fallback)
{
    const QString value = qEnvironmentVariable(variable);
    return value.isEmpty() ? fallback : value;
}

const QString kSslMode = QStringLiteral("sslmode");

} // namespace

ConnectServerDialog::ConnectServerDialog(QWidget* parent)
    : QDialog(parent), m_host(new QLineEdit), m_port(new QSpinBox), m_database(new QLineEdit),
      m_user(new QLineEdit), m_password(new QLineEdit), m_tls(new QComboBox), m_problem(new QLabel)
{
    setWindowTitle(tr("Connect to a centre server"));
    setObjectName(QStringLiteral("connectServerDialog"));
    auto* intro = new QLabel(tr("Several desks share one centre on a PostgreSQL server. Ask "
                                "whoever set it up for these details."));
    intro->setWordWrap(true);

    // libpq's defaults, as a PostgreSQL user expects: PGHOST, PGPORT, PGDATABASE, PGUSER.
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setText(qEnvironmentVariable("PGHOST"));
    m_host->setPlaceholderText(tr("e.g. centre-server or 192.168.1.10 (empty: this computer)"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(environmentOr("PGPORT", QStringLiteral("5432")).toInt());
    m_port->setAccelerated(true);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setText(environmentOr("PGDATABASE", QStringLiteral("massage_desk")));
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setText(environmentOr("PGUSER", qEnvironmentVariable("USER")));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: the one kept in ~/.pgpass, if any"));
    m_tls->setObjectName(QStringLiteral("tls"));
    // Health data crosses the network: TLS is asked for unless someone chooses otherwise.
    m_tls->addItem(tr("Require TLS (encrypted)"), QStringLiteral("require"));
    m_tls->addItem(tr("Require TLS and check the server's certificate"),
                   QStringLiteral("verify-full"));
    m_tls->addItem(tr("Use TLS when the server offers it"), QStringLiteral("prefer"));
    m_tls->addItem(tr("No TLS (only on this computer or a trusted network)"),
                   QStringLiteral("disable"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("color: #8b0000"));
    m_problem->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    auto* form = new QFormLayout(this);
    // Grows with the sentence shown under the fields, never clipping it.
    form->setSizeConstraint(QLayout::SetMinimumSize);
    form->addRow(intro);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Encryption:"), m_tls);
    form->addRow(m_problem);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectServerDialog::tryConnect);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_host->setFocus();
}

void ConnectServerDialog::setAddress(const ServerAddress& address)
{
    m_host->setText(address.host);
    if (address.port > 0)
        m_port->setValue(address.port);
    if (!address.database.isEmpty())
        m_database->setText(address.database);
    if (!address.user.isEmpty())
        m_user->setText(address.user);
    m_otherOptions.clear();
    for (const auto& item : address.options) {
        if (item.first == kSslMode) {
            const int index = m_tls->findData(item.second);
            if (index >= 0) {
                m_tls->setCurrentIndex(index);
                continue;
            }
        }
        m_otherOptions.append(item); // service=, connect_timeout=, sslrootcert= …
    }
    // Back at a remembered server, it is mostly the password that is missing.
    m_password->setFocus();
}

ServerAddress ConnectServerDialog::address(bool withPassword) const
{
    ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    if (withPassword)
        address.password = m_password->text();
    address.options = m_otherOptions;
    address.setOption(kSslMode, m_tls->currentData().toString());
    return address;
}

bool ConnectServerDialog::tryConnect()
{
    if (!attempt)
        return false;
    m_problem->clear();
    m_problem->hide();
    m_connect->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const StorageError error = attempt(address(true));
    QApplication::restoreOverrideCursor();
    m_connect->setEnabled(true);
    if (!error) {
        accept();
        return true;
    }
    showProblem(error);
    return false;
}

void ConnectServerDialog::showProblem(const StorageError& error)
{
    m_problem->setText(tr("Not connected: %1").arg(error.message));
    m_problem->show();
    adjustSize();
    m_connect->setText(tr("&Retry"));
    // Everything typed stays; the cursor goes where the fix most likely is.
    QLineEdit* focus = m_host;
    if (error.code == StorageError::Code::WrongPassword)
        focus = m_password;
    else if (error.code == StorageError::Code::DatabaseMissing ||
             error.code == StorageError::Code::FileMissing ||
             error.code == StorageError::Code::NotEmpty ||
             error.code == StorageError::Code::ForeignDatabase)
        focus = m_database;
    else if (error.code == StorageError::Code::PermissionDenied)
        focus = m_user;
    focus->setFocus();
    focus->selectAll();
}

QString ConnectServerDialog::problem() const
{
    return m_problem->text();
}
