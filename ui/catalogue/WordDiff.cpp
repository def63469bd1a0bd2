#include "catalogue/WordDiff.h"

#include <QRegularExpression>
#include <QStringList>

#include <vector>

namespace WordDiff {

namespace {

// Beyond this many cells the table would cost too much memory: the changed middle is then
// shown as one removed and one added piece.
constexpr qsizetype kMaxCells = 4000000;

QStringList tokens(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("\\w+|\\s+|[^\\w\\s]"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    QStringList list;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        list << it.next().captured();
    return list;
}

void append(QList<Piece>* pieces, Op op, const QString& text)
{
    if (text.isEmpty())
        return;
    if (!pieces->isEmpty() && pieces->last().op == op)
        pieces->last().text += text;
    else
        pieces->append({op, text});
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

QList<Piece> compare(const QString& before, const QString& after)
{
    const QStringList a = tokens(before);
    const QStringList b = tokens(after);
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;

    QList<Piece> pieces;
    append(&pieces, Op::Same, a.mid(0, prefix).join(QString()));
    if ((n + 1) * (m + 1) > kMaxCells) {
        append(&pieces, Op::Removed, a.mid(prefix, n).join(QString()));
        append(&pieces, Op::Added, b.mid(prefix, m).join(QString()));
    } else {
        // lcs[i][j]: the longest common subsequence of a[prefix+i..] and b[prefix+j..].
        std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
        const auto at = [m](qsizetype i, qsizetype j) {
            return size_t(i * (m + 1) + j);
        };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                lcs[at(i, j)] = a.at(prefix + i) == b.at(prefix + j)
                                    ? lcs[at(i + 1, j + 1)] + 1
                                    : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.at(prefix + i) == b.at(prefix + j)) {
                append(&pieces, Op::Same, a.at(prefix + i));
                ++i;
                ++j;
            } else if (j < m && (i == n || lcs[at(i, j + 1)] >= lcs[at(i + 1, j)])) {
                append(&pieces, Op::Added, b.at(prefix + j));
                ++j;
            } else {
                append(&pieces, Op::Removed, a.at(prefix + i));
                ++i;
            }
        }
    }
    append(&pieces, Op::Same, a.mid(a.size() - suffix).join(QString()));
    return pieces;
}

QString beforeHtml(const QList<Piece>& pieces)
{
    QString html;
    for (const Piece& p : pieces) {
        if (p.op == Op::Same)
            html += escaped(p.text);
        else if (p.op == Op::Removed)
            html += QStringLiteral("<span style=\"background-color:#f9d0d0; color:#8a1010; "
                                   "text-decoration:line-through\">%1</span>")
                        .arg(escaped(p.text));
    }
    return html;
}

QString afterHtml(const QList<Piece>& pieces)
{
    QString html;
    for (const Piece& p : pieces) {
        if (p.op == Op::Same)
            html += escaped(p.text);
        else if (p.op == Op::Added)
            html += QStringLiteral("<span style=\"background-color:#cdeccd; color:#0b5a0b; "
                                   "font-weight:600\">%1</span>")
                        .arg(escaped(p.text));
    }
    return html;
}

} // namespace WordDiff
