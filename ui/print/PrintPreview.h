#pragma once

#include "core/NewFile.h"

#include <QCoreApplication>
#include <QList>
#include <QPageLayout>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPrintPreviewDialog;
class QWidget;

// Every printed sheet goes through one print preview: the pages as they will print, the
// system's printers (the print dialog offers "Print to File (PDF)" too) and a "Save as PDF…"
// button of its own. The same render function draws on the preview, a printer or a PDF file.
class PrintPreview
{
    Q_DECLARE_TR_FUNCTIONS(PrintPreview)

public:
    // Draws the document on `device` (a QPrinter or QPdfWriter); false with a message.
    using Render = std::function<bool(QPagedPaintDevice* device, QString* error)>;

    // A check box in the preview's tool bar (e.g. "One page per therapist"); toggling it
    // changes *value and draws the preview again.
    struct Option
    {
        QString label;
        bool* value = nullptr;
    };

    struct Request
    {
        QString title;
        QPageLayout::Orientation orientation = QPageLayout::Portrait;
        Render render;
        QList<Option> options;
        QString suggestedPdf; // the "Save as PDF…" file name offered
        // Where to save the PDF (default: a file dialog); empty = cancelled.
        std::function<QString(const QString& suggested)> choosePdf;
        // Who may read the saved PDF: the client's own sheets hold health data.
        NewFile::Access access = NewFile::Access::OwnerOnly;
    };

    // Opens the preview (modal) over `parent`. Returns false when nothing was drawn (the
    // person closed it, or rendering failed: *error says why).
    static bool run(QWidget* parent, const Request& request, QString* error);

    // Writes the document to a new PDF file at `path` through `render` (never over an
    // existing file; see PdfFile).
    static bool savePdf(const QString& path, QPageLayout::Orientation orientation,
                        const Render& render, QString* error,
                        NewFile::Access access = NewFile::Access::OwnerOnly);
};
