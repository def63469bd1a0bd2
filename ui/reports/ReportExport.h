#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

class QPagedPaintDevice;
class ReportTableModel;
struct ReportComparison;

// A report as files for people: CSV for a spreadsheet (every table, the plain numbers) and a
// PDF with the charts and every table. Both through NewFile: never over an existing file,
// through a temporary file and a rename, a failed write reported.
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)

public:
    // The period, the period before, then each table: its title, its header row, its rows.
    static QString csv(const ReportComparison& comparison, const QList<ReportTableModel*>& tables);
    static bool writeCsv(const QString& path, const QString& csv, QString* message);

    struct Chart
    {
        QString caption;
        QImage image;
        int afterTable = 0; // shown after this many tables
    };
    // The PDF document: a heading, then the tables with the charts between them.
    static QString html(const ReportComparison& comparison, const QList<ReportTableModel*>& tables,
                        const QList<Chart>& charts);
    static bool render(QPagedPaintDevice* device, const ReportComparison& comparison,
                       const QList<ReportTableModel*>& tables, const QList<Chart>& charts);
    static bool writePdf(const QString& path, const ReportComparison& comparison,
                         const QList<ReportTableModel*>& tables, const QList<Chart>& charts,
                         QString* message);

    // "1 Nov 2026 – 30 Nov 2026" in the interface's language.
    static QString periodText(const QDate& from, const QDate& to);
};
