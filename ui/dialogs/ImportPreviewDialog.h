#pragma once

#include "core/ClientImport.h"

#include <QDialog>

class QComboBox;

// Before a client import stores anything: how the columns were read, the first rows as they
// will be stored, every row's problem or likely duplicate with its line number, the dry run's
// counts, and what to do with duplicates.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ImportPreviewDialog(const ClientImport::Plan& plan, const ClientImport::Report& dryRun,
                        QWidget* parent = nullptr);
    ClientImport::Duplicates duplicates() const;

    static constexpr int kPreviewRows = 20;

private:
    QComboBox* m_duplicates;
};
