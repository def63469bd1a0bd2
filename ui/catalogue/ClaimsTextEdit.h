#pragma once

#include "core/ClaimsChecker.h"

#include <QPlainTextEdit>
#include <QSyntaxHighlighter>

// Underlines the claims the claims check finds in a document (DESIGN 2.3): a red wavy line
// under exactly the words that make the claim, across line breaks too. The check runs on the
// whole text after every change, so a negation typed earlier in the sentence clears a finding.
class ClaimsHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    ClaimsHighlighter(QTextDocument* document, const QString& language);

    const QList<ClaimFinding>& findings() const { return m_findings; }
    // The finding covering a character position, or nullptr.
    const ClaimFinding* findingAt(int position) const;

signals:
    void findingsChanged();

protected:
    void highlightBlock(const QString& text) override;

private:
    void refresh();

    QString m_language;
    QList<ClaimFinding> m_findings;
};

// A plain text field for a service text, with its claims underlined and explained in a
// tooltip (why it is a claim, and wording to use instead).
class ClaimsTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    ClaimsTextEdit(const QString& language, QWidget* parent = nullptr);

    QString language() const { return m_language; }
    const QList<ClaimFinding>& findings() const { return m_highlighter->findings(); }
    ClaimsHighlighter* highlighter() const { return m_highlighter; }
    // What the tooltip says over a character position; empty where there is no claim.
    QString toolTipAt(int position) const;
    // Selects the words of a finding and scrolls to them.
    void selectRange(int start, int length);

    static QString toolTipFor(const ClaimFinding& finding);

signals:
    void findingsChanged();

protected:
    bool viewportEvent(QEvent* event) override;

private:
    QString m_language;
    ClaimsHighlighter* m_highlighter;
};
