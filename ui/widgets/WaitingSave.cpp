#include "widgets/WaitingSave.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QList>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QTimer>

namespace {

// Every strip alive, so the main window can ask which forms wait for its server.
QList<WaitingSave*>& strips()
{
    static QList<WaitingSave*> all;
    return all;
}

} // namespace

WaitingSave::WaitingSave(Database& database, std::function<QString()> what,
                         std::function<void()> attempt, QWidget* parent)
    : WaitingSave(&database, std::move(what), std::move(attempt), parent)
{
}

WaitingSave::WaitingSave(Database* database, std::function<QString()> what,
                         std::function<void()> attempt, QWidget* parent)
    : QFrame(parent), m_database(database), m_what(std::move(what)), m_attempt(std::move(attempt)),
      m_waitingWords(tr("Not saved yet: the server %1 cannot be reached. What you typed stays "
                        "here and is saved by itself as soon as the connection is back.")),
      m_unsureWords(tr("If it was not saved, press Save now.")), m_text(new QLabel),
      m_saveNow(new QPushButton(tr("&Save now")))
{
    setObjectName(QStringLiteral("waitingSave"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#waitingSave { background: #fff3cd; border: 1px solid #c69500; "
                                 "} #waitingSave QLabel { color: #3d2e00; }"));
    setAccessibleName(tr("Waiting for the server"));
    auto* icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_BrowserReload).pixmap(20, 20));
    m_text->setObjectName(QStringLiteral("waitingSaveText"));
    m_text->setWordWrap(true);
    m_saveNow->setObjectName(QStringLiteral("waitingSaveNow"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_saveNow);
    connect(m_saveNow, &QPushButton::clicked, this, &WaitingSave::retry);
    strips().append(this);
    hide();
}

WaitingSave::~WaitingSave()
{
    strips().removeAll(this);
}

bool WaitingSave::waitIfDisconnected(const StorageError& error)
{
    if (!m_database || !m_database->isServer() ||
        error.code != StorageError::Code::ConnectionFailed) {
        clear();
        return false;
    }
    // Lost during COMMIT (WriteTransaction): the server may have it already, so saving again
    // by itself could save it twice; the person looks first and presses Save now if not.
    m_unsure = error.detail.startsWith(QLatin1String("COMMIT outcome unknown"));
    m_waiting = !m_unsure;
    m_text->setText(m_waiting ? m_waitingWords.arg(m_database->displayName())
                              : error.message + QLatin1Char(' ') + m_unsureWords);
    m_text->setToolTip(error.message);
    show();
    return true;
}

void WaitingSave::setWording(const QString& waiting, const QString& unsure, const QString& button)
{
    m_waitingWords = waiting;
    m_unsureWords = unsure;
    m_saveNow->setText(button);
}

void WaitingSave::clear()
{
    m_waiting = false;
    m_unsure = false;
    hide();
}

void WaitingSave::setDatabase(Database* database)
{
    if (database != m_database)
        clear();
    m_database = database;
}

QString WaitingSave::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void WaitingSave::retry()
{
    if (m_retrying)
        return;
    m_retrying = true;
    QPointer<WaitingSave> self(this);
    m_attempt(); // may close and delete the form, and this strip with it
    if (self)
        m_retrying = false;
}

QStringList WaitingSave::pending(const Database* database)
{
    QStringList lines;
    for (const WaitingSave* strip : std::as_const(strips())) {
        if ((strip->m_waiting || strip->m_unsure) && strip->m_database == database)
            lines << strip->m_what();
    }
    return lines;
}

void WaitingSave::connectionRestored(const Database* database)
{
    // Guarded copies: a save that succeeds closes its form, which may delete other strips too.
    QList<QPointer<WaitingSave>> waiting;
    for (WaitingSave* strip : std::as_const(strips())) {
        if (strip->m_waiting && strip->m_database == database)
            waiting << strip;
    }
    for (const QPointer<WaitingSave>& strip : std::as_const(waiting)) {
        // Lost again meanwhile: the next restored() tries once more.
        if (strip && strip->m_waiting && !database->connectionLost())
            strip->retry();
    }
}
