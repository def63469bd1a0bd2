#pragma once

#include "core/NewFile.h"

#include <QPageLayout>

class QString;
class QTextDocument;

// Saves a document as a PDF for people: laid out in memory, then written through NewFile, so a
// PDF never replaces an existing file, never goes through a link or into a device, never
// appears half-written, and a failed write (a full disk) is reported rather than lost.
namespace PdfFile {

bool write(const QTextDocument& document, QPageLayout::Orientation orientation, const QString& path,
           NewFile::Access access, QString* message);

} // namespace PdfFile
