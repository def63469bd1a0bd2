#include "widgets/OutcomeBanner.h"

namespace {

struct BannerStyle
{
    QString symbol;
    QString title;
    QString text;
    QString background;
    QString foreground;
};

// Each level has its own symbol, words and colour: nothing depends on colour alone.
BannerStyle styleFor(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Proceed:
        return {QStringLiteral("\u2713"), OutcomeBanner::tr("Proceed"),
                OutcomeBanner::tr("Nothing in the answers stands in the way of the session."),
                QStringLiteral("#e3f4e6"), QStringLiteral("#1b5e20")};
    case Outcome::Note:
        return {QStringLiteral("\u2139"), OutcomeBanner::tr("Proceed, with a note"),
                OutcomeBanner::tr("The therapist will read the note before starting."),
                QStringLiteral("#e3eefb"), QStringLiteral("#0d47a1")};
    case Outcome::Adapt:
        return {QStringLiteral("\u25B2"), OutcomeBanner::tr("Adapt the session"),
                OutcomeBanner::tr("Record the areas to avoid. The therapist signs the check-in "
                                  "off before starting."),
                QStringLiteral("#fff4d6"), QStringLiteral("#6d4c00")};
    case Outcome::NeedsClearance:
        return {QStringLiteral("\u26A0"), OutcomeBanner::tr("Needs clearance"),
                OutcomeBanner::tr("The session cannot start until clearance from a health "
                                  "professional is recorded, or it is postponed."),
                QStringLiteral("#ffe5cc"), QStringLiteral("#7a3300")};
    case Outcome::StopRefer:
        return {QStringLiteral("\u2716"), OutcomeBanner::tr("Stop: no massage today"),
                OutcomeBanner::tr("Do not massage. Advise the client to seek medical attention "
                                  "promptly. The booking will be marked referred and no one can "
                                  "start this session."),
                QStringLiteral("#fbd5d5"), QStringLiteral("#8b0000")};
    }
    return {};
}

} // namespace

OutcomeBanner::OutcomeBanner(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("outcomeBanner"));
    setWordWrap(true);
    setMargin(10);
    setMinimumHeight(64);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    setTextFormat(Qt::RichText);
}

QString OutcomeBanner::title(Outcome outcome)
{
    return styleFor(outcome).title;
}

void OutcomeBanner::display(Outcome outcome, const QStringList& reasons, const QString& language,
                            const std::optional<OpenReferral>& referral)
{
    const BannerStyle style = styleFor(outcome);
    QString items;
    for (const QString& id : reasons) {
        if (id == openReferralReason() && referral)
            items += QStringLiteral("<li>%1</li>")
                         .arg(PrecautionEngine::openReferralText(*referral).toHtmlEscaped());
        if (const PrecautionQuestion* q = PrecautionRules::builtIn().question(id)) {
            const PrecautionTexts texts = q->textsIn(language);
            items += QStringLiteral("<li>%1 %2</li>")
                         .arg(texts.reason.toHtmlEscaped(), texts.advice.toHtmlEscaped());
        }
    }
    setText(QStringLiteral("<span style=\"font-size:15pt\"><b>%1 %2</b></span><br>%3%4")
                .arg(style.symbol, style.title.toHtmlEscaped(), style.text.toHtmlEscaped(),
                     items.isEmpty() ? QString() : QStringLiteral("<ul>%1</ul>").arg(items)));
    setStyleSheet(QStringLiteral("QLabel#outcomeBanner { background: %1; color: %2; "
                                 "border: 2px solid %2; border-radius: 6px; }")
                      .arg(style.background, style.foreground));
    setAccessibleName(style.title);
    QLabel::show(); // a hidden banner is shown again by any outcome
}
