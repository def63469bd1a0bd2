#include "dialogs/ImportPreviewDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ImportPreviewDialog::ImportPreviewDialog(const ClientImport::Plan& plan,
                                         const ClientImport::Report& dryRun, QWidget* parent)
    : QDialog(parent), m_duplicates(new QComboBox)
{
    setWindowTitle(tr("Import clients"));
    auto* layout = new QVBoxLayout(this);
    QStringList columns;
    for (qsizetype i = 0; i < plan.header.size(); ++i) {
        if (plan.fields.at(i) != ClientImport::Field::Ignore)
            columns << tr("%1 \u2192 %2")
                           .arg(plan.header.at(i), ClientImport::fieldName(plan.fields.at(i)));
    }
    auto* facts = new QLabel(
        tr("%1, columns separated by \"%2\". Read: %3.")
            .arg(plan.encoding,
                 plan.delimiter == QLatin1Char('\t') ? tr("tab") : QString(plan.delimiter),
                 columns.join(QStringLiteral(", "))) +
        (plan.unusedColumns.isEmpty()
             ? QString()
             : QLatin1Char('\n') +
                   tr("Not imported: %1.").arg(plan.unusedColumns.join(QStringLiteral(", ")))));
    facts->setWordWrap(true);
    layout->addWidget(facts);

    layout->addWidget(new QLabel(tr("The first rows as they will be stored:")));
    auto* preview = new QTableWidget(0, 6);
    preview->setObjectName(QStringLiteral("preview"));
    preview->setHorizontalHeaderLabels(
        {tr("Line"), tr("Name"), tr("Phone"), tr("Email"), tr("Language"), tr("Consent")});
    preview->horizontalHeader()->setStretchLastSection(true);
    preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (const ClientImport::Row& row : plan.rows) {
        if (!row.problem.isEmpty())
            continue;
        const int r = preview->rowCount();
        if (r >= kPreviewRows)
            break;
        preview->insertRow(r);
        const QStringList cells = {QString::number(row.line),
                                   row.input.name,
                                   row.input.phone,
                                   row.input.email,
                                   row.input.language,
                                   row.consentDate.isValid() ? row.consentDate.toString(Qt::ISODate)
                                                             : tr("none")};
        for (int c = 0; c < cells.size(); ++c)
            preview->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    layout->addWidget(preview);

    layout->addWidget(new QLabel(tr("Rows that will not be imported as new clients:")));
    auto* problems = new QTableWidget(0, 2);
    problems->setObjectName(QStringLiteral("problems"));
    problems->setHorizontalHeaderLabels({tr("Line"), tr("Why")});
    problems->horizontalHeader()->setStretchLastSection(true);
    problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (const ClientImport::Outcome& o : dryRun.outcomes) {
        if (o.kind == ClientImport::Outcome::Kind::Imported && o.reason.isEmpty())
            continue;
        const int r = problems->rowCount();
        problems->insertRow(r);
        problems->setItem(r, 0, new QTableWidgetItem(QString::number(o.line)));
        problems->setItem(r, 1, new QTableWidgetItem(o.reason));
    }
    layout->addWidget(problems);

    auto* form = new QFormLayout;
    m_duplicates->setObjectName(QStringLiteral("duplicates"));
    m_duplicates->addItem(tr("Skip them"), int(ClientImport::Duplicates::Skip));
    m_duplicates->addItem(tr("Merge into the existing client (fill in what is missing)"),
                          int(ClientImport::Duplicates::Merge));
    m_duplicates->addItem(tr("Create them as new clients"), int(ClientImport::Duplicates::Create));
    form->addRow(tr("Likely duplicates:"), m_duplicates);
    layout->addLayout(form);
    auto* counts = new QLabel(tr("With duplicates skipped: %1 new, %2 skipped; %3 with a consent "
                                 "date. Nothing is stored until you press Import.")
                                  .arg(dryRun.imported)
                                  .arg(dryRun.skipped)
                                  .arg(dryRun.withConsent));
    counts->setWordWrap(true);
    layout->addWidget(counts);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 560);
}

ClientImport::Duplicates ImportPreviewDialog::duplicates() const
{
    return ClientImport::Duplicates(m_duplicates->currentData().toInt());
}
