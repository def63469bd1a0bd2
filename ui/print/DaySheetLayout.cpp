#include "print/DaySheetLayout.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>

namespace {

constexpr int kTherapistHeading = 3;

QList<QTextBlock> headings(const QTextDocument& document)
{
    QList<QTextBlock> result;
    // Only the root frame's own blocks: cells never hold a therapist's heading.
    for (QTextFrame::iterator it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        const QTextBlock block = it.currentBlock();
        if (block.isValid() && block.blockFormat().headingLevel() == kTherapistHeading)
            result.append(block);
    }
    return result;
}

QList<QTextTable*> tables(const QTextDocument& document)
{
    QList<QTextTable*> result;
    for (QTextFrame* frame : document.rootFrame()->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(frame))
            result.append(table);
    }
    return result;
}

int pageOf(const QTextDocument& document, const QTextBlock& block)
{
    const qreal height = document.pageSize().height();
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    return height > 0 ? int(std::floor(rect.top() / height)) : 0;
}

QTextBlock cellBlock(QTextTable* table, int row, int column)
{
    return table->cellAt(row, column).firstCursorPosition().block();
}

void breakBefore(QTextDocument& document, const QTextBlock& block)
{
    QTextCursor cursor(block);
    QTextBlockFormat format;
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.mergeBlockFormat(format);
    Q_UNUSED(document);
}

} // namespace

void DaySheetLayout::paginate(QTextDocument& document, QPagedPaintDevice* device,
                              bool onePagePerTherapist)
{
    document.documentLayout()->setPaintDevice(device);
    const QPageLayout page = device->pageLayout();
    document.setPageSize(page.paintRectPixels(device->logicalDpiX()).size());
    const QList<QTextBlock> heads = headings(document);
    const QList<QTextTable*> sheets = tables(document);
    for (int i = 0; i < heads.size() && i < sheets.size(); ++i) {
        if (onePagePerTherapist && i > 0) {
            breakBefore(document, heads.at(i));
            continue;
        }
        // Laid out in order: an earlier break moves everything after it.
        QTextTable* table = sheets.at(i);
        const int firstRow = table->rows() > 1 ? 1 : 0;
        if (pageOf(document, heads.at(i)) != pageOf(document, cellBlock(table, firstRow, 0)))
            breakBefore(document, heads.at(i));
    }
}

QList<DaySheetLayout::Section> DaySheetLayout::sections(const QTextDocument& document)
{
    QList<Section> result;
    const QList<QTextBlock> heads = headings(document);
    const QList<QTextTable*> sheets = tables(document);
    for (int i = 0; i < heads.size() && i < sheets.size(); ++i) {
        QTextTable* table = sheets.at(i);
        Section s;
        s.headingPage = pageOf(document, heads.at(i));
        s.firstRowPage = pageOf(document, cellBlock(table, table->rows() > 1 ? 1 : 0, 0));
        s.lastRowPage = pageOf(document, cellBlock(table, table->rows() - 1, 0));
        for (int c = 0; c < table->columns(); ++c)
            s.columnLefts.append(int(std::lround(
                document.documentLayout()->blockBoundingRect(cellBlock(table, 0, c)).left())));
        result.append(s);
    }
    return result;
}

int DaySheetLayout::pageCount(const QTextDocument& document)
{
    return document.pageCount();
}
