#pragma once

#include "core/PrecautionEngine.h"

#include <QLabel>

// A check-in outcome made impossible to miss: its own symbol, words and colour for each level
// (nothing depends on colour alone), with each reason's advice underneath.
class OutcomeBanner : public QLabel
{
    Q_OBJECT

public:
    explicit OutcomeBanner(QWidget* parent = nullptr);
    // `referral` explains the reason openReferralReason() (a stop-and-refer that follows the
    // client, DESIGN 2.2).
    void display(Outcome outcome, const QStringList& reasons, const QString& language,
                 const std::optional<OpenReferral>& referral = std::nullopt);
    static QString title(Outcome outcome);
};
