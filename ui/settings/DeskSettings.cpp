#include "settings/DeskSettings.h"

#include "models/DeskListModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

DeskSettings::DeskSettings(QWidget* parent)
    : QWidget(parent), m_model(new DeskListModel(this)), m_view(new QTableView),
      m_summary(new QLabel), m_timer(new QTimer(this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Desks connected now"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    auto* refreshButton = new QPushButton(tr("&Refresh"));
    auto* note = new QLabel(tr("A desk is listed while its window is open and it was heard from "
                               "in the last two minutes."));
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(note);
    layout->addWidget(refreshButton, 0, Qt::AlignLeft);
    connect(refreshButton, &QPushButton::clicked, this, &DeskSettings::refresh);
    m_timer->setInterval(30 * 1000);
    connect(m_timer, &QTimer::timeout, this, &DeskSettings::refresh);
}

void DeskSettings::setDatabase(Database* database)
{
    m_model->setDatabase(database);
    refresh();
}

void DeskSettings::setThisDesk(qint64 id)
{
    m_model->setThisDesk(id);
    refresh();
}

void DeskSettings::refresh()
{
    if (!m_model->reload()) {
        m_summary->setText(m_model->lastError());
        return;
    }
    m_summary->setText(tr("%n desk(s) connected now.", nullptr, m_model->rowCount()));
    m_view->resizeColumnsToContents();
}

void DeskSettings::showEvent(QShowEvent* event)
{
    refresh();
    m_timer->start();
    QWidget::showEvent(event);
}

void DeskSettings::hideEvent(QHideEvent* event)
{
    m_timer->stop();
    QWidget::hideEvent(event);
}
