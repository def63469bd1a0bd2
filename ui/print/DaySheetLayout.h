#pragma once

#include <QList>

class QPagedPaintDevice;
class QTextDocument;

// The day sheet's pages: laid out on the device it will print on, so what is measured here is
// what comes out of the printer. Each therapist's heading (an <h3>, followed by their table)
// stays on the page of their first session; optionally every therapist starts a page.
class DaySheetLayout
{
public:
    static void paginate(QTextDocument& document, QPagedPaintDevice* device,
                         bool onePagePerTherapist);

    // Where each therapist's section fell, for tests and for people checking a sheet.
    struct Section
    {
        int headingPage = -1;
        int firstRowPage = -1;
        int lastRowPage = -1;
        QList<int> columnLefts; // each column's left edge (header cells), in device pixels
    };
    static QList<Section> sections(const QTextDocument& document);
    static int pageCount(const QTextDocument& document);
};
