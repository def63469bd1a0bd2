#include "dialogs/BackupPickerDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

BackupPickerDialog::BackupPickerDialog(const QList<AutomaticBackup::Entry>& backups,
                                       const QTimeZone& zone, QWidget* parent)
    : QDialog(parent), m_list(new QTreeWidget)
{
    setWindowTitle(tr("Restore from a backup"));
    auto* intro = new QLabel(tr("Choose an automatic backup, newest first, or another file."));
    intro->setWordWrap(true);
    m_list->setHeaderLabels({tr("Taken"), tr("Size"), tr("File")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    const QLocale locale;
    for (const AutomaticBackup::Entry& entry : backups) {
        auto* item = new QTreeWidgetItem(
            m_list, {locale.toString(entry.takenUtc.toTimeZone(zone), QLocale::LongFormat),
                     locale.formattedDataSize(entry.bytes), QFileInfo(entry.path).fileName()});
        item->setData(0, Qt::UserRole, entry.path);
        item->setToolTip(2, QDir::toNativeSeparators(entry.path));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton* restore =
        buttons->addButton(tr("&Restore this backup\u2026"), QDialogButtonBox::AcceptRole);
    QPushButton* other = buttons->addButton(tr("&Other file\u2026"), QDialogButtonBox::ActionRole);
    restore->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(other, &QPushButton::clicked, this, [this] {
        m_other = true;
        accept();
    });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this, restore] { restore->setEnabled(m_list->currentItem() != nullptr); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 400);
}

QString BackupPickerDialog::chosenPath() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}
