#pragma once

#include <QWidget>

class Database;
class DeskListModel;
class QLabel;
class QTableView;
class QTimer;

// Settings > Desks (for the manager): the desks connected to the centre now, refreshed while
// the tab is shown.
class DeskSettings : public QWidget
{
    Q_OBJECT

public:
    explicit DeskSettings(QWidget* parent = nullptr);
    void setDatabase(Database* database);
    void setThisDesk(qint64 id);
    void refresh();
    DeskListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    DeskListModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QTimer* m_timer;
};
