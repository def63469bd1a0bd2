#include "ConnectionBanner.h"

#include "storage/ConnectionWatch.h"
#include "storage/Database.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

ConnectionBanner::ConnectionBanner(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel), m_text(new QLabel),
      m_retry(new QPushButton(tr("&Try again now")))
{
    setObjectName(QStringLiteral("connectionBanner"));
    setFrameShape(QFrame::StyledPanel);
    // Colour only supports the words: the text itself says what is wrong.
    setStyleSheet(QStringLiteral("#connectionBanner { background: #fff3cd; border: 1px solid "
                                 "#c69500; } #connectionBanner QLabel { color: #3d2e00; }"));
    setAccessibleName(tr("Connection to the server"));
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    m_text->setObjectName(QStringLiteral("connectionBannerText"));
    m_text->setWordWrap(true);
    m_retry->setObjectName(QStringLiteral("connectionRetry"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_watch)
            m_watch->retryNow();
    });
    confirmClose = [this](const QString& title, const QString& text) {
        return QMessageBox::warning(window(), title, text, QMessageBox::Close | QMessageBox::Cancel,
                                    QMessageBox::Cancel) == QMessageBox::Close;
    };
    hide();
}

ConnectionBanner::~ConnectionBanner() = default;

void ConnectionBanner::setDatabase(Database* database)
{
    m_watch.reset();
    m_database = database;
    hide();
    if (!database || !database->isServer())
        return;
    m_watch = std::make_unique<ConnectionWatch>(*database);
    connect(m_watch.get(), &ConnectionWatch::lost, this, &ConnectionBanner::showLost);
    connect(m_watch.get(), &ConnectionWatch::retrying, this, &ConnectionBanner::showLost);
    connect(m_watch.get(), &ConnectionWatch::restored, this, [this] {
        hide();
        emit restored();
    });
}

QString ConnectionBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void ConnectionBanner::showLost()
{
    if (!m_watch || !m_database)
        return;
    const QString since = m_watch->lostSince().toLocalTime().toString(QStringLiteral("HH:mm"));
    QString text = tr("The connection to the server %1 was lost at %2. Massage Desk is "
                      "reconnecting by itself; nothing can be saved until it is back. Open "
                      "windows keep what you typed, and their saves go through when it is back.")
                       .arg(m_database->displayName(), since);
    if (m_watch->attempts() > 0)
        text += QLatin1Char(' ') + tr("Attempt %1 did not get through.").arg(m_watch->attempts());
    m_text->setText(text);
    m_text->setToolTip(m_watch->lastProblem());
    show();
}

bool ConnectionBanner::mayClose(const QStringList& waiting)
{
    if (!m_database || ((!m_watch || !m_watch->isLost()) && waiting.isEmpty()))
        return true;
    QString text;
    QString since;
    if (m_watch && m_watch->isLost()) {
        const int refused = m_database->refusedWhileLost();
        since = m_watch->lostSince().toLocalTime().toString(QStringLiteral("HH:mm"));
        text = tr("The connection to the server %1 has been lost since %2, so nothing done "
                  "since then was saved.")
                   .arg(m_database->displayName(), since);
        if (refused > 0)
            text += QLatin1Char(' ') +
                    tr("%n change(s) or look-up(s) could not reach the server.", nullptr, refused);
    }
    if (!waiting.isEmpty()) {
        text += QStringLiteral("\n\n") + tr("Waiting to be saved, and lost if you close now:");
        for (const QString& line : waiting)
            text += QStringLiteral("\n\u2022 ") + line;
        text += QStringLiteral("\n\n");
    } else {
        text += QLatin1Char(' ');
    }
    text += since.isEmpty() ? tr("What is in open windows is lost when you close.")
                            : tr("What is in open windows is lost when you close. Everything "
                                 "saved before %1 is safe on the server.")
                                  .arg(since);
    text += QStringLiteral("\n\n") + tr("Close Massage Desk anyway?");
    return confirmClose(tr("Not connected to the server"), text);
}
