#include "settings/PrivacySettings.h"

#include "dialogs/PlainBackupsDialog.h"
#include "dialogs/RecoveryAccessDialog.h"
#include "dialogs/RecoveryKeyDialog.h"
#include "storage/Database.h"
#include "storage/SealedBackups.h"
#include "storage/SealingRepository.h"
#include "storage/UserRepository.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

PrivacySettings::PrivacySettings(QWidget* parent)
    : QWidget(parent), m_state(new QLabel), m_password(new QLineEdit),
      m_seal(new QPushButton(tr("&Seal the health data"))),
      m_recover(new QPushButton(tr("&Restore access with the recovery key\u2026"))),
      m_replaceBackups(new QPushButton(tr("Replace older &plain backups\u2026"))),
      m_progress(new QProgressBar)
{
    m_state->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("your password, to wrap the centre's key"));
    m_progress->setVisible(false);
    auto* explain = new QLabel(
        tr("Sealed, the check-in answers, notes, reasons and clearance advice are unreadable in "
           "the database file and its backups without a therapist's or manager's password or "
           "the recovery key. The outcome level stays readable to everyone. Backups made "
           "before sealing still hold them in plain: after sealing, the program offers to "
           "replace its automatic backups with a sealed one."));
    explain->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Password:"), m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(m_seal);
    layout->addWidget(m_progress);
    layout->addWidget(m_replaceBackups);
    layout->addWidget(m_recover);
    layout->addStretch();
    connect(m_seal, &QPushButton::clicked, this, [this] { sealNow(); });
    // Asked again later, when "Keep them" was chosen after sealing.
    connect(m_replaceBackups, &QPushButton::clicked, this, [this] {
        if (!offerSealedBackup())
            emit message(tr("No automatic backup of this centre holds plain data."));
    });
    connect(m_recover, &QPushButton::clicked, this, [this] {
        if (!m_database || !m_database->actor())
            return;
        auto* dialog = new RecoveryAccessDialog(
            m_database->actor()->name,
            [this](const QString& key, const QString& password) {
                return restoreAccess(key, password);
            },
            this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void PrivacySettings::setDatabase(Database* database)
{
    m_database = database;
    if (isVisible())
        refresh();
}

void PrivacySettings::setEditable(bool editable)
{
    m_editable = editable;
    if (isVisible())
        refresh();
}

void PrivacySettings::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void PrivacySettings::refresh()
{
    SealingRepository::State state;
    StorageError error;
    const bool known = m_database && SealingRepository(*m_database).state(&state, &error);
    bool anyUser = false;
    if (known)
        anyUser = UserRepository(*m_database).anyUser(&error);
    if (!known)
        m_state->setText(error ? error.message : QString());
    else if (!state.enabled && !anyUser)
        m_state->setText(tr("Not sealed. Sealing needs the manager's account first (File > "
                            "Create the manager account): the key is wrapped with the passwords "
                            "of those who may read check-ins."));
    else if (!state.enabled)
        m_state->setText(tr("Not sealed: check-in answers and notes are stored in plain."));
    else if (state.plainRows > 0)
        m_state->setText(tr("Sealed; %n check-in(s) still plain: seal again to finish.", nullptr,
                            int(state.plainRows)));
    else
        m_state->setText(tr("Sealed: %n account(s) can open the check-in answers and notes.",
                            nullptr, state.readerWraps));
    if (known)
        m_sealingOn = state.enabled;
    const bool canSeal = known && m_editable && anyUser && (!state.enabled || state.plainRows > 0);
    m_seal->setEnabled(canSeal);
    m_password->setEnabled(canSeal && !state.enabled);
    // Only of use when this sign-in holds no key: every password was reset, or the wraps lost.
    const bool keyless = m_database && m_database->actor() && !m_database->centreKey();
    m_recover->setVisible(known && state.enabled);
    m_replaceBackups->setVisible(known && state.enabled && !m_database->isServer());
    m_replaceBackups->setEnabled(m_editable);
    m_recover->setEnabled(known && state.enabled && m_editable && keyless);
}

bool PrivacySettings::sealNow()
{
    if (!m_database)
        return false;
    // An operation, not an edit: never started by itself later, and the password is not kept
    // in the field while the desk waits (typed again when the connection is back).
    if (m_database->connectionLost()) {
        m_password->clear();
        const QString text =
            !m_sealingOn ? tr("Sealing was not turned on: the server %1 cannot be reached, and "
                              "nothing was changed. Once the connection is back, type your "
                              "password again and press “Seal the health data”.")
                               .arg(m_database->displayName())
                         : tr("The remaining check-ins were not sealed: the server %1 cannot be "
                              "reached, and nothing was changed. Press “Seal the health data” "
                              "again once the connection is back.")
                               .arg(m_database->displayName());
        m_state->setText(text);
        emit message(text);
        return false;
    }
    m_progress->setVisible(true);
    m_progress->setValue(0);
    QString recoveryKey;
    StorageError error;
    SealingRepository sealing(*m_database);
    const bool sealed = sealing.enable(
        m_password->text(), &recoveryKey,
        [this](qint64 done, qint64 total) {
            m_progress->setMaximum(int(qMax<qint64>(1, total)));
            m_progress->setValue(int(done));
            QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        },
        &error);
    m_password->clear();
    m_progress->setVisible(false);
    if (!sealed && !recoveryKey.isEmpty()) {
        // Turned on, then the connection went before every check-in was sealed: the recovery
        // key exists now and is shown only this once, so it is shown all the same.
        refresh();
        const QString text =
            tr("Sealing is turned on, but not every check-in was sealed: %1 Write down the "
               "recovery key now; then press “Seal the health data” again to finish.")
                .arg(error.message);
        m_state->setText(text);
        emit message(text);
        auto* dialog = new RecoveryKeyDialog(recoveryKey, m_database->path(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return false;
    }
    if (!sealed) {
        refresh();
        m_state->setText(error.message);
        return false;
    }
    if (!sealing.compact(&error))
        emit message(error.message);
    refresh();
    emit message(tr("The health data is sealed. Older backups still hold it in plain."));
    if (!recoveryKey.isEmpty()) {
        // Not blocking: shown once, until dismissed; the older backups come up after it.
        auto* dialog = new RecoveryKeyDialog(recoveryKey, m_database->path(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, [this] { offerSealedBackup(); });
        dialog->open();
    } else {
        offerSealedBackup();
    }
    return true;
}

PlainBackupsDialog* PrivacySettings::offerSealedBackup()
{
    if (!m_database)
        return nullptr;
    QList<AutomaticBackup::Entry> plain;
    StorageError error;
    if (!SealedBackups::plainBackups(*m_database, &plain, &error)) {
        emit message(error.message);
        return nullptr;
    }
    if (plain.isEmpty())
        return nullptr;
    QStringList paths;
    for (const AutomaticBackup::Entry& entry : plain)
        paths << entry.path;
    auto* dialog = new PlainBackupsDialog(paths, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, paths] { replacePlainBackups(paths); });
    dialog->open();
    return dialog;
}

bool PrivacySettings::replacePlainBackups(const QStringList& confirmed)
{
    if (!m_database)
        return false;
    SealedBackups::Outcome outcome;
    StorageError error;
    if (!SealedBackups::replace(*m_database, confirmed, &outcome, &error)) {
        m_state->setText(error.message);
        emit message(error.message);
        return false;
    }
    QString text = tr("A sealed backup was written and checked; %n plain backup(s) deleted.",
                      nullptr, int(outcome.removed.size()));
    if (!outcome.kept.isEmpty())
        text += QLatin1Char(' ') + tr("%n could not be deleted: delete them yourself.", nullptr,
                                      int(outcome.kept.size()));
    emit message(text);
    return outcome.kept.isEmpty();
}

QString PrivacySettings::restoreAccess(const QString& recoveryKey, const QString& password)
{
    if (m_database && m_database->connectionLost())
        return tr("Access was not restored: the server %1 cannot be reached, and nothing was "
                  "changed. Press “Restore access” again once the connection is back; the "
                  "passwords are typed again then.")
            .arg(m_database->displayName());
    if (!m_database || !m_database->actor() || !m_editable)
        return tr("Only a manager signed in restores access.");
    StorageError error;
    if (!SealingRepository(*m_database)
             .recover(recoveryKey, m_database->actor()->name, password, &error))
        return error.message;
    refresh();
    emit message(tr("The sealed check-ins open again for %1.").arg(m_database->actor()->name));
    return {};
}
