#pragma once

#include <QWidget>

class Database;

// A screen hosted by the main window. Pages get the open database (or nullptr while none is
// open) and reload what they show; they never own it.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;
    virtual void setDatabase(Database* database) = 0;
    virtual QString title() const = 0;

signals:
    void statusMessage(const QString& text);
};
