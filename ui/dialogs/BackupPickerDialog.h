#pragma once

#include "storage/AutomaticBackup.h"

#include <QDialog>

class QTreeWidget;

// Restore's first question when automatic backups exist: which one? Newest first, with the
// time (centre's clock) and size; "Other file…" leads to the ordinary file dialog.
class BackupPickerDialog : public QDialog
{
    Q_OBJECT

public:
    BackupPickerDialog(const QList<AutomaticBackup::Entry>& backups, const QTimeZone& zone,
                       QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QString chosenPath() const; // empty when none is selected
    bool wantsOtherFile() const { return m_other; }

private:
    QTreeWidget* m_list;
    bool m_other = false;
};
