#include "dialogs/EraseClientDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// Case, accents and runs of spaces do not count when the name is typed back.
QString folded(const QString& text)
{
    QString plain;
    for (const QChar c : text.simplified().normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            plain += c;
    }
    return plain.toCaseFolded();
}

} // namespace

EraseClientDialog::EraseClientDialog(qint64 clientId, const ClientDataRights::ErasurePlan& plan,
                                     QWidget* parent)
    : QDialog(parent), m_clientId(clientId), m_name(plan.name), m_confirmation(new QLineEdit),
      m_erase(nullptr)
{
    setWindowTitle(tr("Erase client"));
    setObjectName(QStringLiteral("eraseClientDialog"));
    auto* heading = new QLabel(tr("Erase %1 (client %2)?").arg(plan.name).arg(clientId));
    heading->setTextFormat(Qt::PlainText);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setWordWrap(true);
    auto* explanation = new QLabel(
        tr("This removes the client's name, phone, email and notes, every check-in answer and "
           "note, and the reasons written on their bookings, and wipes them from the database "
           "file. It cannot be undone.") +
        QStringLiteral("\n\n") +
        tr("Their bookings stay as anonymous statistics (date, service, length, therapist, room, "
           "status and check-in outcome level): %1 kept. Upcoming bookings are cancelled: %2. "
           "Check-ins cleared: %3.")
            .arg(plan.bookings)
            .arg(plan.upcomingCancelled)
            .arg(plan.checkins) +
        QStringLiteral("\n\n") +
        tr("Backups made before now still hold the old data until they are pruned."));
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);
    auto* prompt = new QLabel(tr("Type the client's name to confirm:"));
    prompt->setBuddy(m_confirmation);
    m_confirmation->setObjectName(QStringLiteral("eraseConfirmation"));
    m_confirmation->setPlaceholderText(plan.name);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_erase = buttons->addButton(tr("&Erase client"), QDialogButtonBox::DestructiveRole);
    m_erase->setObjectName(QStringLiteral("eraseButton"));
    m_erase->setEnabled(false);
    m_erase->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addWidget(prompt);
    layout->addWidget(m_confirmation);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(m_confirmation, &QLineEdit::textChanged, this,
            [this](const QString& typed) { m_erase->setEnabled(matches(typed)); });
    connect(m_erase, &QPushButton::clicked, this, [this] {
        if (matches(m_confirmation->text()))
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool EraseClientDialog::matches(const QString& typed) const
{
    return !typed.trimmed().isEmpty() && folded(typed) == folded(m_name);
}
