#include "dialogs/RecoveryKeyDialog.h"

#include "print/PrintPreview.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

RecoveryKeyDialog::RecoveryKeyDialog(const QString& recoveryKey, const QString& centre,
                                     QWidget* parent)
    : QDialog(parent), m_recoveryKey(recoveryKey), m_centre(centre), m_key(new QLabel)
{
    setObjectName(QStringLiteral("recoveryKeyDialog"));
    setWindowTitle(tr("The centre's recovery key"));
    auto* intro = new QLabel(tr("Check-in answers and notes are now sealed: only therapists and "
                                "managers open them, with their passwords. If every password is "
                                "ever lost, this recovery key is the only way back in. It is "
                                "shown this once: print it or write it down, and keep it away "
                                "from this computer."));
    intro->setWordWrap(true);
    m_key->setText(recoveryKey);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.6);
    m_key->setFont(mono);
    m_key->setAlignment(Qt::AlignCenter);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("I have kept it"));
    QPushButton* printButton =
        buttons->addButton(tr("&Print or save as PDF…"), QDialogButtonBox::ActionRole);
    connect(printButton, &QPushButton::clicked, this, &RecoveryKeyDialog::print);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_key);
    layout->addWidget(buttons);
}

RecoveryKeyDialog::~RecoveryKeyDialog()
{
    m_recoveryKey.fill(QLatin1Char(' ')); // not left behind in freed memory
    m_key->clear();
}

bool RecoveryKeyDialog::render(QPagedPaintDevice* device, const QString& recoveryKey,
                               const QString& centre, QString* error)
{
    QPainter painter;
    if (!painter.begin(device)) {
        *error = tr("The page could not be drawn.");
        return false;
    }
    const QRect page = painter.viewport();
    const int margin = page.width() / 12;
    QRect area = page.adjusted(margin, margin, -margin, -margin);
    QFont title = painter.font();
    title.setPointSizeF(18);
    title.setBold(true);
    painter.setFont(title);
    QRect used;
    painter.drawText(area, Qt::TextWordWrap, tr("Massage Desk recovery key"), &used);
    area.setTop(used.bottom() + margin / 3);
    QFont body = painter.font();
    body.setPointSizeF(11);
    body.setBold(false);
    painter.setFont(body);
    painter.drawText(area, Qt::TextWordWrap, tr("Centre: %1").arg(centre), &used);
    area.setTop(used.bottom() + margin / 3);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(20);
    painter.setFont(mono);
    painter.drawText(area, Qt::AlignHCenter | Qt::TextWordWrap, recoveryKey, &used);
    area.setTop(used.bottom() + margin / 2);
    painter.setFont(body);
    painter.drawText(area, Qt::TextWordWrap,
                     tr("This key opens the centre's sealed check-in answers and notes when "
                        "every password is lost: run \"massage-desk-cli sealing recover "
                        "--manager NAME\" and type it. Keep this sheet locked away from the "
                        "computer and its backups; whoever holds it and a copy of the centre "
                        "can read its health data."));
    painter.end();
    return true;
}

void RecoveryKeyDialog::print()
{
    PrintPreview::Request request;
    request.title = tr("Recovery key");
    request.suggestedPdf = tr("massage-desk-recovery-key.pdf");
    const QString key = m_recoveryKey;
    const QString centre = m_centre;
    request.render = [key, centre](QPagedPaintDevice* device, QString* error) {
        return render(device, key, centre, error);
    };
    QString error;
    PrintPreview::run(this, request, &error);
}
