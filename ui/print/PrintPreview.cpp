#include "print/PrintPreview.h"

#include "print/PdfFile.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QToolBar>

bool PrintPreview::savePdf(const QString& path, QPageLayout::Orientation orientation,
                           const Render& render, QString* error, NewFile::Access access)
{
    return PdfFile::write(path, orientation, access, render, error);
}

bool PrintPreview::run(QWidget* parent, const Request& request, QString* error)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(request.orientation);
    printer.setDocName(request.title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreview"));
    dialog.setWindowTitle(request.title);
    // Big enough to read a page: most of the window it was opened from.
    const QSize around = parent ? parent->window()->size() : QSize(1200, 800);
    dialog.resize(qMax(800, around.width() * 9 / 10), qMax(600, around.height() * 9 / 10));
    bool drawn = false;
    QString failure;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* target) {
        failure.clear();
        drawn = request.render(target, &failure);
    });
    QToolBar* bar = dialog.findChild<QToolBar*>();
    auto* preview = dialog.findChild<QPrintPreviewWidget*>();
    if (bar) {
        bar->addSeparator();
        // Saving as a PDF first: a wide tool bar must not hide it behind its overflow.
        QAction* save = bar->addAction(tr("Save as &PDF\u2026"));
        save->setObjectName(QStringLiteral("saveAsPdf"));
        save->setToolTip(tr("Save these pages as a PDF file instead of printing them"));
        QObject::connect(save, &QAction::triggered, &dialog, [&] {
            const QString path =
                request.choosePdf
                    ? request.choosePdf(request.suggestedPdf)
                    : QFileDialog::getSaveFileName(&dialog, tr("Save as PDF"), request.suggestedPdf,
                                                   tr("PDF documents (*.pdf)"));
            if (path.isEmpty())
                return;
            if (savePdf(path, printer.pageLayout().orientation(), request.render, &failure,
                        request.access)) {
                drawn = true;
                dialog.accept();
            } else {
                dialog.reject();
            }
        });
        for (const Option& option : request.options) {
            auto* box = new QCheckBox(option.label, bar);
            box->setChecked(*option.value);
            box->setAccessibleName(QString(option.label).remove(QLatin1Char('&')));
            bar->addWidget(box);
            bool* value = option.value;
            QObject::connect(box, &QCheckBox::toggled, &dialog, [value, preview](bool on) {
                *value = on;
                if (preview)
                    preview->updatePreview();
            });
        }
    }
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (!failure.isEmpty()) {
        *error = failure;
        return false;
    }
    return accepted && drawn;
}
