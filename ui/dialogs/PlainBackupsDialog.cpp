#include "dialogs/PlainBackupsDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

PlainBackupsDialog::PlainBackupsDialog(const QStringList& paths, QWidget* parent)
    : QDialog(parent), m_list(new QListWidget)
{
    setWindowTitle(tr("Older backups in plain"));
    auto* explain = new QLabel(
        tr("These %n backup(s) were made before sealing and still hold the check-in answers "
           "and notes in plain. Write one sealed backup now and delete them? They are deleted "
           "only once the new backup is written and checked. Copies kept elsewhere (a USB "
           "disk) are not touched: destroy them yourself.",
           nullptr, int(paths.size())));
    explain->setWordWrap(true);
    for (const QString& path : paths)
        m_list->addItem(QDir::toNativeSeparators(path));
    auto* buttons = new QDialogButtonBox;
    m_replace = buttons->addButton(tr("&Write a sealed backup and delete these"),
                                   QDialogButtonBox::AcceptRole);
    QPushButton* keep = buttons->addButton(tr("&Keep them"), QDialogButtonBox::RejectRole);
    keep->setDefault(true); // deleting takes a deliberate click
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}
