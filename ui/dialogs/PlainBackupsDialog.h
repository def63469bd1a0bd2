#pragma once

#include <QDialog>
#include <QStringList>

class QListWidget;
class QPushButton;

// After sealing (issue 13): the automatic backups that still hold the check-in answers in plain,
// with the offer to write one sealed backup and then delete them. Accepting is the confirmation;
// the deleting itself is SealedBackups::replace, after the new backup is checked.
class PlainBackupsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PlainBackupsDialog(const QStringList& paths, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    QPushButton* replaceButton() const { return m_replace; }

private:
    QListWidget* m_list;
    QPushButton* m_replace;
};
