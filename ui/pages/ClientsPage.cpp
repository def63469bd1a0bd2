#include "pages/ClientsPage.h"

#include "models/ClientListModel.h"
#include "storage/SettingsRepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

ClientsPage::ClientsPage(QWidget* parent)
    : Page(parent), m_model(new ClientListModel(this)), m_search(new QLineEdit),
      m_view(new QTableView), m_count(new QLabel)
{
    m_search->setPlaceholderText(tr("Search by name, phone or email (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("clientSearch"));
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_count);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, this, &ClientsPage::runSearch);
}

void ClientsPage::setDatabase(Database* database)
{
    m_database = database;
    m_model->setDatabase(database, database ? SettingsRepository(*database).timeZone()
                                            : QTimeZone::systemTimeZone());
    runSearch();
}

void ClientsPage::runSearch()
{
    if (!m_model->search(m_search->text()))
        emit statusMessage(m_model->lastError());
    const int rows = m_model->rowCount();
    if (rows >= ClientListModel::kLimit)
        m_count->setText(tr("Showing the first %1 clients; type more to narrow the search.")
                             .arg(ClientListModel::kLimit));
    else if (rows == 0 && !m_search->text().trimmed().isEmpty())
        m_count->setText(tr("No client matches \u201C%1\u201D.").arg(m_search->text().trimmed()));
    else
        m_count->setText(tr("%n client(s)", nullptr, rows));
    if (rows > 0 && m_view->columnWidth(0) < 120)
        m_view->resizeColumnsToContents();
}
