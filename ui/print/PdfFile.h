#pragma once

#include "core/NewFile.h"

#include <QPageLayout>

#include <functional>

class QPagedPaintDevice;
class QString;

// Saves pages as a PDF for people: drawn in memory, then written through NewFile, so a PDF
// never replaces an existing file, never goes through a link or into a device, never appears
// half-written, and a failed write (a full disk) is reported rather than lost.
namespace PdfFile {

using Render = std::function<bool(QPagedPaintDevice* device, QString* error)>;

bool write(const QString& path, QPageLayout::Orientation orientation, NewFile::Access access,
           const Render& render, QString* message);

} // namespace PdfFile
