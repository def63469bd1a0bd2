#include "catalogue/ClaimsTextEdit.h"

#include <QHelpEvent>
#include <QTextBlock>
#include <QToolTip>

namespace {

bool sameFindings(const QList<ClaimFinding>& a, const QList<ClaimFinding>& b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).start != b.at(i).start || a.at(i).length != b.at(i).length ||
            a.at(i).ruleId != b.at(i).ruleId)
            return false;
    }
    return true;
}

} // namespace

ClaimsHighlighter::ClaimsHighlighter(QTextDocument* document, const QString& language)
    : QSyntaxHighlighter(document), m_language(language)
{
    connect(document, &QTextDocument::contentsChanged, this, &ClaimsHighlighter::refresh);
    refresh();
}

const ClaimFinding* ClaimsHighlighter::findingAt(int position) const
{
    for (const ClaimFinding& f : m_findings) {
        if (position >= f.start && position < f.start + f.length)
            return &f;
    }
    return nullptr;
}

void ClaimsHighlighter::refresh()
{
    // QTextDocument::toPlainText() ends blocks with "\n", so offsets match block positions.
    const QList<ClaimFinding> found =
        ClaimsChecker::builtIn().check(document()->toPlainText(), m_language);
    if (sameFindings(found, m_findings))
        return;
    m_findings = found;
    rehighlight();
    emit findingsChanged();
}

void ClaimsHighlighter::highlightBlock(const QString& text)
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(QColor(0xc6, 0x28, 0x28));
    format.setBackground(QColor(0xfc, 0xde, 0xde));
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + int(text.size());
    for (const ClaimFinding& f : m_findings) {
        const int from = qMax(f.start, blockStart);
        const int to = qMin(f.start + f.length, blockEnd);
        if (from < to)
            setFormat(from - blockStart, to - from, format);
    }
}

ClaimsTextEdit::ClaimsTextEdit(const QString& language, QWidget* parent)
    : QPlainTextEdit(parent), m_language(language),
      m_highlighter(new ClaimsHighlighter(document(), language))
{
    setTabChangesFocus(true);
    connect(m_highlighter, &ClaimsHighlighter::findingsChanged, this,
            &ClaimsTextEdit::findingsChanged);
}

QString ClaimsTextEdit::toolTipFor(const ClaimFinding& f)
{
    return tr("<p><b>\u201C%1\u201D</b> %2</p><p><i>Instead:</i> %3</p>")
        .arg(f.matchedText.simplified().toHtmlEscaped(), f.reason.toHtmlEscaped(),
             f.suggestion.toHtmlEscaped());
}

QString ClaimsTextEdit::toolTipAt(int position) const
{
    // The cursor position nearest the mouse may sit just after the last letter of a claim.
    const ClaimFinding* f = m_highlighter->findingAt(position);
    if (!f)
        f = m_highlighter->findingAt(position - 1);
    return f ? toolTipFor(*f) : QString();
}

void ClaimsTextEdit::selectRange(int start, int length)
{
    QTextCursor cursor(document());
    cursor.setPosition(start);
    cursor.setPosition(start + length, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
    setFocus(Qt::OtherFocusReason);
}

bool ClaimsTextEdit::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = toolTipAt(cursorForPosition(help->pos()).position());
        if (tip.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), tip, viewport());
        }
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}
