#include "print/PdfFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QPageSize>
#include <QPdfWriter>

bool PdfFile::write(const QString& path, QPageLayout::Orientation orientation,
                    NewFile::Access access, const Render& render, QString* message)
{
    // Refused before the layout work: an existing file, a link, a pipe.
    *message = NewFile::refusal(path);
    if (!message->isEmpty())
        return false;
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pdf.setResolution(1200); // as QPrinter::HighResolution
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(orientation);
        pdf.setCreator(QCoreApplication::applicationName());
        if (!render(&pdf, message))
            return false;
    }
    if (!bytes.startsWith("%PDF")) {
        *message = QCoreApplication::translate("PdfFile", "Could not lay out %1 as a PDF.")
                       .arg(QDir::toNativeSeparators(path));
        return false;
    }
    return NewFile::write(path, bytes, access, message);
}
