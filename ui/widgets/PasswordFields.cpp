#include "widgets/PasswordFields.h"

#include "storage/UserRepository.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

PasswordFields::PasswordFields(QObject* parent)
    : QObject(parent), m_first(new QLineEdit), m_second(new QLineEdit), m_feedback(new QLabel)
{
    for (QLineEdit* edit : {m_first, m_second}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(200);
        connect(edit, &QLineEdit::textChanged, this, &PasswordFields::update);
    }
    m_first->setObjectName(QStringLiteral("password"));
    m_second->setObjectName(QStringLiteral("passwordAgain"));
    m_feedback->setObjectName(QStringLiteral("passwordFeedback"));
    m_feedback->setWordWrap(true);
    update();
}

void PasswordFields::addTo(QFormLayout* form)
{
    form->addRow(tr("&Password:"), m_first);
    form->addRow(tr("&Again:"), m_second);
    form->addRow(QString(), m_feedback);
}

void PasswordFields::setUserName(const QString& name)
{
    m_userName = name.trimmed();
    update();
}

QString PasswordFields::problem() const
{
    const QString weak = UserRepository::passwordProblem(m_userName, m_first->text());
    if (!weak.isEmpty())
        return weak;
    if (m_second->text() != m_first->text())
        return tr("The two passwords are not the same.");
    return {};
}

QString PasswordFields::password() const
{
    return m_first->text();
}

void PasswordFields::clear()
{
    m_first->clear();
    m_second->clear();
}

void PasswordFields::update()
{
    const QString weak = UserRepository::passwordProblem(m_userName, m_first->text());
    QString text;
    if (m_first->text().isEmpty()) {
        text = tr("At least 10 characters: mix letters with digits or symbols, or use a phrase "
                  "of 16 characters or more.");
    } else if (!weak.isEmpty()) {
        text = tr("\u2717 Not yet: %1").arg(weak);
    } else if (m_second->text().isEmpty()) {
        text = tr("\u2713 Strong enough. Type it again below.");
    } else if (m_second->text() != m_first->text()) {
        text = tr("\u2717 The two passwords are not the same.");
    } else {
        text = tr("\u2713 Strong enough, and both are the same.");
    }
    m_feedback->setText(text);
    emit changed(problem().isEmpty());
}
