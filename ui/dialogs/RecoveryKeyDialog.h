#pragma once

#include <QDialog>

class QLabel;
class QPagedPaintDevice;

// The centre's recovery key, shown once when sealing is turned on (DESIGN 6), with a printable
// sheet (print preview, "Save as PDF…"). It is never stored plain, so closing this is the last
// chance to keep it.
class RecoveryKeyDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryKeyDialog(const QString& recoveryKey, const QString& centre, QWidget* parent = nullptr);
    ~RecoveryKeyDialog() override;

    QLabel* keyLabel() const { return m_key; }
    // The sheet as printed: the key, the centre and what to do with it.
    static bool render(QPagedPaintDevice* device, const QString& recoveryKey, const QString& centre,
                       QString* error);

private:
    void print();

    QString m_recoveryKey;
    QString m_centre;
    QLabel* m_key;
};
