#include "reports/ReportExport.h"

#include "core/Csv.h"
#include "core/NewFile.h"
#include "print/PdfFile.h"
#include "reports/ReportModels.h"

#include <QLocale>
#include <QPagedPaintDevice>
#include <QTextDocument>
#include <QUrl>

QString ReportExport::periodText(const QDate& from, const QDate& to)
{
    const QLocale locale;
    return tr("%1 \u2013 %2")
        .arg(locale.toString(from, QStringLiteral("d MMM yyyy")),
             locale.toString(to, QStringLiteral("d MMM yyyy")));
}

QString ReportExport::csv(const ReportComparison& comparison,
                          const QList<ReportTableModel*>& tables)
{
    const Report& now = comparison.current;
    const Report& before = comparison.previous;
    QString out =
        Csv::row({tr("Report"), now.from.toString(Qt::ISODate), now.to.toString(Qt::ISODate)});
    out += Csv::row(
        {tr("Period before"), before.from.toString(Qt::ISODate), before.to.toString(Qt::ISODate)});
    for (const ReportTableModel* table : tables) {
        out += Csv::row({});
        out += Csv::row({table->title()});
        QStringList header;
        for (int c = 0; c < table->columnCount(); ++c)
            header << table->headerData(c, Qt::Horizontal).toString();
        out += Csv::row(header);
        for (int r = 0; r < table->rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < table->columnCount(); ++c)
                cells << table->index(r, c).data(ReportTableModel::ExportRole).toString();
            out += Csv::row(cells);
        }
    }
    return out;
}

bool ReportExport::writeCsv(const QString& path, const QString& csv, QString* message)
{
    // Revenue and staff figures are the manager's: readable by the owner only.
    return NewFile::write(path, csv.toUtf8(), NewFile::Access::OwnerOnly, message);
}

namespace {

QString tableHtml(const ReportTableModel& table)
{
    QString html = QStringLiteral("<h3>%1</h3><table border=\"1\" cellspacing=\"0\" "
                                  "cellpadding=\"3\" width=\"100%\"><tr>")
                       .arg(table.title().toHtmlEscaped());
    for (int c = 0; c < table.columnCount(); ++c)
        html += QStringLiteral("<th align=\"%1\">%2</th>")
                    .arg(c == 0 ? QStringLiteral("left") : QStringLiteral("right"),
                         table.headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int r = 0; r < table.rowCount(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < table.columnCount(); ++c) {
            const QModelIndex index = table.index(r, c);
            const bool right =
                index.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight;
            html += QStringLiteral("<td align=\"%1\">%2</td>")
                        .arg(right ? QStringLiteral("right") : QStringLiteral("left"),
                             index.data().toString().toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    if (table.rowCount() == 0)
        html += QStringLiteral("<tr><td colspan=\"%1\">%2</td></tr>")
                    .arg(table.columnCount())
                    .arg(ReportExport::tr("Nothing in this period.").toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

} // namespace

QString ReportExport::html(const ReportComparison& comparison,
                           const QList<ReportTableModel*>& tables, const QList<Chart>& charts)
{
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(tr("Report for %1")
                                .arg(periodText(comparison.current.from, comparison.current.to))
                                .toHtmlEscaped(),
                            tr("Compared with the period before, %1.")
                                .arg(periodText(comparison.previous.from, comparison.previous.to))
                                .toHtmlEscaped());
    const auto chartsAfter = [&](int tablesSoFar) {
        for (int i = 0; i < charts.size(); ++i) {
            if (charts.at(i).afterTable == tablesSoFar)
                html += QStringLiteral("<h3>%1</h3><p><img src=\"chart:%2\" width=\"640\"></p>")
                            .arg(charts.at(i).caption.toHtmlEscaped())
                            .arg(i);
        }
    };
    chartsAfter(0);
    for (int i = 0; i < tables.size(); ++i) {
        html += tableHtml(*tables.at(i));
        chartsAfter(i + 1);
    }
    return html;
}

bool ReportExport::render(QPagedPaintDevice* device, const ReportComparison& comparison,
                          const QList<ReportTableModel*>& tables, const QList<Chart>& charts)
{
    QTextDocument document;
    for (int i = 0; i < charts.size(); ++i)
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:%1").arg(i)),
                             charts.at(i).image);
    document.setHtml(html(comparison, tables, charts));
    document.print(device);
    return true;
}

bool ReportExport::writePdf(const QString& path, const ReportComparison& comparison,
                            const QList<ReportTableModel*>& tables, const QList<Chart>& charts,
                            QString* message)
{
    return PdfFile::write(
        path, QPageLayout::Portrait, NewFile::Access::OwnerOnly,
        [&](QPagedPaintDevice* device, QString*) {
            return render(device, comparison, tables, charts);
        },
        message);
}
