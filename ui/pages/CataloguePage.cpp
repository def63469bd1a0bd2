#include "pages/CataloguePage.h"

#include "models/ServiceListModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

CataloguePage::CataloguePage(QWidget* parent)
    : Page(parent), m_model(new ServiceListModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit), m_language(new QComboBox), m_view(new QTableView),
      m_preview(new QTextBrowser)
{
    m_filter->setPlaceholderText(tr("Filter services"));
    m_filter->setClearButtonEnabled(true);
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Catalan"), QStringLiteral("ca"));
    m_language->addItem(tr("Spanish"), QStringLiteral("es"));
    const int own = m_language->findData(QLocale().name().left(2));
    m_language->setCurrentIndex(own >= 0 ? own : 0);
    m_language->setToolTip(tr("Language of the client-facing texts"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(Qt::UserRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(0);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_preview->setOpenExternalLinks(false);
    m_preview->setObjectName(QStringLiteral("servicePreview"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(new QLabel(tr("Client texts in:")));
    bar->addWidget(m_language);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_view);
    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    m_preview->setMinimumWidth(360);
    m_view->horizontalHeader()->setSectionResizeMode(ServiceListModel::BodyAreas,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_language, &QComboBox::currentIndexChanged, this, &CataloguePage::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CataloguePage::showSelected);
}

void CataloguePage::setDatabase(Database* database)
{
    m_database = database;
    reload();
}

void CataloguePage::reload()
{
    if (!m_model->load(m_database, m_language->currentData().toString()))
        emit statusMessage(m_model->lastError());
    m_view->resizeColumnsToContents();
    if (m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    showSelected();
}

void CataloguePage::showSelected()
{
    const Service* service =
        m_model->serviceFromIndex(m_proxy->mapToSource(m_view->currentIndex()));
    m_preview->setHtml(service ? clientFacingHtml(*service)
                               : tr("<p>Select a service to see it as a client reads it.</p>"));
}

QString CataloguePage::clientFacingHtml(const Service& s)
{
    QStringList areas;
    for (const QString& key : s.bodyAreas)
        areas << ServiceListModel::bodyAreaText(key);
    QString prices;
    for (const ServiceDuration& d : s.durations) {
        prices += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                      .arg(tr("%1 minutes").arg(d.minutes), formatEuros(d.priceCents));
    }
    const auto para = [](const QString& text) {
        return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
    };
    return QStringLiteral("<h2>%1</h2>").arg(s.texts.name.toHtmlEscaped()) +
           para(s.texts.description) + QStringLiteral("<h3>%1</h3>").arg(tr("What to expect")) +
           para(s.texts.whatToExpect) + QStringLiteral("<h3>%1</h3>").arg(tr("Afterwards")) +
           para(s.texts.aftercare) +
           QStringLiteral("<h3>%1</h3><table cellpadding=\"3\">%2</table>")
               .arg(tr("Durations and prices"), prices) +
           QStringLiteral("<p><small>%1</small></p>")
               .arg(tr("Body areas: %1 \u00B7 Pressure: %2 \u00B7 Cleanup after the session: "
                       "%3 min")
                        .arg(areas.join(QStringLiteral(", ")).toHtmlEscaped(),
                             ServiceListModel::pressureText(s.pressure).toHtmlEscaped())
                        .arg(s.cleanupMinutes));
}
