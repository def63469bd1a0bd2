#pragma once

#include "core/PrecautionRules.h"

#include <QLabel>

// A check-in outcome made impossible to miss: its own symbol, words and colour for each level
// (nothing depends on colour alone), with each reason's advice underneath.
class OutcomeBanner : public QLabel
{
    Q_OBJECT

public:
    explicit OutcomeBanner(QWidget* parent = nullptr);
    void display(Outcome outcome, const QStringList& reasons, const QString& language);
    static QString title(Outcome outcome);
};
