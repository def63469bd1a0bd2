#pragma once

#include "storage/ClientDataRights.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

// Asks before a client is erased: says what goes and what stays, that it cannot be undone,
// and enables the erase button only once the client's name has been typed (accents, capitals
// and extra spaces aside), so the wrong client is not erased by a slip of the mouse.
class EraseClientDialog : public QDialog
{
    Q_OBJECT

public:
    EraseClientDialog(qint64 clientId, const ClientDataRights::ErasurePlan& plan,
                      QWidget* parent = nullptr);

    qint64 clientId() const { return m_clientId; }
    QLineEdit* confirmation() const { return m_confirmation; }
    QPushButton* eraseButton() const { return m_erase; }
    // True when `typed` names the client.
    bool matches(const QString& typed) const;

private:
    qint64 m_clientId;
    QString m_name;
    QLineEdit* m_confirmation;
    QPushButton* m_erase;
};
