#include "dialogs/PlainBackupsDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
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
    // File names in the list (they carry the date), the whole path in the tooltip and, when
    // they share a folder, once above: a long path would push the names out of sight.
    QStringList folders;
    for (const QString& path : paths) {
        const QFileInfo file(path);
        auto* item = new QListWidgetItem(file.fileName(), m_list);
        item->setToolTip(QDir::toNativeSeparators(file.absoluteFilePath()));
        if (!folders.contains(file.absolutePath()))
            folders << file.absolutePath();
    }
    auto* where =
        new QLabel(folders.size() == 1 ? tr("In %1").arg(QDir::toNativeSeparators(folders.first()))
                                       : QString());
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setVisible(folders.size() == 1);
    auto* buttons = new QDialogButtonBox;
    m_replace = buttons->addButton(tr("&Write a sealed backup and delete these"),
                                   QDialogButtonBox::AcceptRole);
    QPushButton* keep = buttons->addButton(tr("&Keep them"), QDialogButtonBox::RejectRole);
    keep->setDefault(true); // deleting takes a deliberate click
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addWidget(where);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}
