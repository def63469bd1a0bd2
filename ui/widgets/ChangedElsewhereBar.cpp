#include "widgets/ChangedElsewhereBar.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

void addIfDifferent(QList<FieldDifference>* list, const QString& field, const QString& theirs,
                    const QString& yours)
{
    if (theirs != yours)
        list->append({field, theirs, yours});
}

ChangedElsewhereBar::ChangedElsewhereBar(QWidget* parent)
    : QFrame(parent), m_sentence(new QLabel), m_reload(new QPushButton(tr("&Reload"))),
      m_compare(new QPushButton(tr("Com&pare\u2026")))
{
    setObjectName(QStringLiteral("changedElsewhereBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, QColor(0xfd, 0xf0, 0xc8));
    tinted.setColor(QPalette::WindowText, Qt::black);
    setPalette(tinted);
    m_sentence->setWordWrap(true);
    m_reload->setToolTip(tr("Show what the other desk saved (what you typed is replaced)"));
    m_compare->setToolTip(tr("List the fields that differ between their version and yours"));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_sentence, 1);
    layout->addWidget(m_reload);
    layout->addWidget(m_compare);
    connect(m_reload, &QPushButton::clicked, this, [this] {
        hide();
        emit reloadRequested();
    });
    connect(m_compare, &QPushButton::clicked, this, &ChangedElsewhereBar::compare);
    hide();
}

void ChangedElsewhereBar::showRefusal(const QString& sentence)
{
    m_sentence->setText(sentence);
    setAccessibleName(sentence);
    show();
}

void ChangedElsewhereBar::compare()
{
    const QList<FieldDifference> rows = differences ? differences() : QList<FieldDifference>();
    delete m_dialog;
    m_dialog = new QDialog(this);
    m_dialog->setWindowTitle(tr("Their version and yours"));
    auto* table = new QTableWidget(int(rows.size()), 3, m_dialog);
    table->setObjectName(QStringLiteral("differences"));
    table->setHorizontalHeaderLabels({tr("Field"), tr("Theirs"), tr("Yours")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows.at(row).field));
        table->setItem(row, 1, new QTableWidgetItem(rows.at(row).theirs));
        table->setItem(row, 2, new QTableWidgetItem(rows.at(row).yours));
    }
    table->resizeColumnsToContents();
    auto* note = new QLabel(rows.isEmpty() ? tr("Their version and yours are the same.")
                                           : tr("%n field(s) differ.", nullptr, int(rows.size())));
    auto* buttons = new QDialogButtonBox(m_dialog);
    QPushButton* theirs = buttons->addButton(tr("Use &theirs"), QDialogButtonBox::RejectRole);
    QPushButton* mine = buttons->addButton(tr("&Keep mine"), QDialogButtonBox::AcceptRole);
    theirs->setObjectName(QStringLiteral("useTheirs"));
    mine->setObjectName(QStringLiteral("keepMine"));
    mine->setToolTip(tr("Your next save replaces their version"));
    auto* layout = new QVBoxLayout(m_dialog);
    layout->addWidget(note);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    connect(theirs, &QPushButton::clicked, this, [this] {
        m_dialog->deleteLater();
        m_dialog = nullptr;
        hide();
        emit reloadRequested();
    });
    connect(mine, &QPushButton::clicked, this, [this] {
        m_dialog->deleteLater();
        m_dialog = nullptr;
        hide();
        emit keepMineRequested();
    });
    m_dialog->resize(560, 240);
    m_dialog->open();
}
