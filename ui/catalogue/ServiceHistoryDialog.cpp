#include "catalogue/ServiceHistoryDialog.h"

#include "catalogue/CatalogueTexts.h"
#include "catalogue/WordDiff.h"
#include "core/PrecautionRules.h"
#include "models/ServiceListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

struct FieldText
{
    QString key;
    QString label;
    QString text;
};

// Every field of a revision as text a person reads, in a fixed order.
QList<FieldText> fieldsOf(const ServiceRevision& r)
{
    QList<FieldText> fields;
    for (const QString& language : ServiceContent::languages()) {
        for (const QString& field : ServiceContent::textFields()) {
            const QString key = field + QLatin1Char('.') + language;
            fields.append({key, CatalogueTexts::changeName(key),
                           ServiceContent::field(r.content.textsIn(language), field)});
        }
    }
    QStringList areas;
    for (const QString& area : r.content.bodyAreas)
        areas << ServiceListModel::bodyAreaText(area);
    fields.append({QStringLiteral("body_areas"),
                   CatalogueTexts::fieldName(QStringLiteral("body_areas")),
                   areas.join(QStringLiteral(", "))});
    fields.append({QStringLiteral("pressure"),
                   CatalogueTexts::fieldName(QStringLiteral("pressure")),
                   ServiceListModel::pressureText(r.content.pressure)});
    fields.append({QStringLiteral("cleanup_minutes"),
                   CatalogueTexts::fieldName(QStringLiteral("cleanup_minutes")),
                   ServiceHistoryDialog::tr("%1 min").arg(r.content.cleanupMinutes)});
    QStringList durations;
    for (const ServiceDuration& d : r.content.durations)
        durations
            << ServiceHistoryDialog::tr("%1 min: %2").arg(d.minutes).arg(formatEuros(d.priceCents));
    fields.append({QStringLiteral("durations"),
                   CatalogueTexts::fieldName(QStringLiteral("durations")),
                   durations.join(QLatin1Char('\n'))});
    QStringList questions;
    const QString language = QLocale().name().left(2);
    for (const QString& id : r.content.precautionIds) {
        const PrecautionQuestion* q = PrecautionRules::builtIn().question(id);
        questions << (q ? q->textsIn(language).question : id);
    }
    fields.append({QStringLiteral("precautions"),
                   CatalogueTexts::fieldName(QStringLiteral("precautions")),
                   questions.join(QLatin1Char('\n'))});
    fields.append({QStringLiteral("override"),
                   ServiceHistoryDialog::tr("Reason for publishing over open claims"),
                   r.overrideReason});
    return fields;
}

} // namespace

ServiceHistoryDialog::ServiceHistoryDialog(Database& database, qint64 serviceId, QWidget* parent)
    : QDialog(parent), m_database(database), m_serviceId(serviceId), m_list(new QTableWidget),
      m_older(new QComboBox), m_newer(new QComboBox),
      m_onlyChanges(new QCheckBox(tr("Only what changed"))), m_view(new QTextBrowser),
      m_message(new QLabel), m_restore(new QPushButton)
{
    setWindowTitle(tr("Service history"));
    resize(1100, 720);
    confirm = [this](const QString& title, const QString& text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    m_list->setColumnCount(5);
    m_list->setHorizontalHeaderLabels(
        {tr("Revision"), tr("State"), tr("Saved"), tr("By"), tr("What changed")});
    m_list->verticalHeader()->hide();
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(false);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_onlyChanges->setChecked(true);
    m_view->setObjectName(QStringLiteral("revisionComparison"));
    m_restore->setObjectName(QStringLiteral("restoreRevision"));
    m_restore->setAutoDefault(false);
    m_message->setWordWrap(true);

    auto* compareBar = new QHBoxLayout;
    compareBar->addWidget(new QLabel(tr("Compare revision")));
    compareBar->addWidget(m_older);
    compareBar->addWidget(new QLabel(tr("with revision")));
    compareBar->addWidget(m_newer);
    compareBar->addWidget(m_onlyChanges);
    compareBar->addStretch(1);
    compareBar->addWidget(m_restore);
    auto* lower = new QWidget;
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(compareBar);
    lowerLayout->addWidget(m_view, 1);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_list);
    splitter->addWidget(lower);
    splitter->setSizes({200, 520});
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_older, &QComboBox::currentIndexChanged, this, &ServiceHistoryDialog::showComparison);
    connect(m_newer, &QComboBox::currentIndexChanged, this, &ServiceHistoryDialog::showComparison);
    connect(m_onlyChanges, &QCheckBox::toggled, this, &ServiceHistoryDialog::showComparison);
    connect(m_restore, &QPushButton::clicked, this, &ServiceHistoryDialog::restoreOlder);
    connect(m_list, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0 || row >= m_revisions.size())
            return;
        const int picked = m_revisions.at(row).revision;
        const int latest = m_revisions.constFirst().revision;
        if (picked == latest && m_revisions.size() > 1)
            compare(m_revisions.at(1).revision, latest);
        else
            compare(picked, latest);
    });
    reload();
}

void ServiceHistoryDialog::setCanRestore(bool canRestore)
{
    m_canRestore = canRestore;
    showComparison();
}

void ServiceHistoryDialog::reload()
{
    StorageError error;
    m_revisions = ServiceRevisions(m_database).history(m_serviceId, &error);
    m_message->setText(error.message);
    const QSignalBlocker blockOlder(m_older);
    const QSignalBlocker blockNewer(m_newer);
    const QSignalBlocker blockList(m_list);
    m_older->clear();
    m_newer->clear();
    m_list->setRowCount(int(m_revisions.size()));
    for (int row = 0; row < m_revisions.size(); ++row) {
        const ServiceRevision& r = m_revisions.at(row);
        const QString when = QLocale().toString(
            QDateTime::fromSecsSinceEpoch(r.createdAt).toLocalTime(), QLocale::ShortFormat);
        const QStringList cells{QString::number(r.revision), CatalogueTexts::stateText(r), when,
                                r.author.isEmpty() ? tr("unknown") : r.author,
                                CatalogueTexts::changesText(r.changes)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == 4)
                item->setToolTip(cells.at(column));
            m_list->setItem(row, column, item);
        }
        m_older->addItem(QString::number(r.revision), r.revision);
        m_newer->addItem(QString::number(r.revision), r.revision);
    }
    m_list->resizeColumnsToContents();
    if (m_revisions.isEmpty())
        return;
    const QString name = m_revisions.constFirst().content.textsIn(QStringLiteral("en")).name;
    setWindowTitle(tr("History of %1").arg(name));
    compare(m_revisions.size() > 1 ? m_revisions.at(1).revision : m_revisions.constFirst().revision,
            m_revisions.constFirst().revision);
}

const ServiceRevision* ServiceHistoryDialog::find(int revision) const
{
    for (const ServiceRevision& r : m_revisions) {
        if (r.revision == revision)
            return &r;
    }
    return nullptr;
}

void ServiceHistoryDialog::compare(int older, int newer)
{
    {
        const QSignalBlocker blockOlder(m_older);
        const QSignalBlocker blockNewer(m_newer);
        m_older->setCurrentIndex(m_older->findData(older));
        m_newer->setCurrentIndex(m_newer->findData(newer));
    }
    showComparison();
}

QString ServiceHistoryDialog::caption(const ServiceRevision& r) const
{
    return tr("Revision %1 \u00B7 %2 \u00B7 %3 \u00B7 %4")
        .arg(r.revision)
        .arg(CatalogueTexts::stateText(r),
             QLocale().toString(QDateTime::fromSecsSinceEpoch(r.createdAt).toLocalTime(),
                                QLocale::ShortFormat),
             r.author.isEmpty() ? tr("unknown") : r.author);
}

void ServiceHistoryDialog::showComparison()
{
    const ServiceRevision* older = find(m_older->currentData().toInt());
    const ServiceRevision* newer = find(m_newer->currentData().toInt());
    const bool latestOnLeft =
        older && !m_revisions.isEmpty() && older->revision == m_revisions.constFirst().revision;
    m_restore->setVisible(m_canRestore && older);
    m_restore->setEnabled(older && !latestOnLeft);
    m_restore->setText(older ? tr("Restore revision %1 as a new draft").arg(older->revision)
                             : tr("Restore"));
    if (!older || !newer) {
        m_view->clear();
        return;
    }
    const QList<FieldText> left = fieldsOf(*older);
    const QList<FieldText> right = fieldsOf(*newer);
    QString rows;
    int changed = 0;
    for (int i = 0; i < left.size(); ++i) {
        const bool differs = left.at(i).text != right.at(i).text;
        changed += differs ? 1 : 0;
        if (!differs && (m_onlyChanges->isChecked() || left.at(i).text.isEmpty()))
            continue;
        const QList<WordDiff::Piece> pieces = WordDiff::compare(left.at(i).text, right.at(i).text);
        rows +=
            QStringLiteral("<tr><td colspan=\"2\" bgcolor=\"#e8edf3\"><b>%1</b>%2</td></tr>"
                           "<tr><td valign=\"top\">%3</td><td valign=\"top\">%4</td></tr>")
                .arg(left.at(i).label.toHtmlEscaped(),
                     differs ? QStringLiteral(" &nbsp;<i>%1</i>").arg(tr("changed")) : QString(),
                     WordDiff::beforeHtml(pieces), WordDiff::afterHtml(pieces));
    }
    if (changed == 0) {
        rows += QStringLiteral("<tr><td colspan=\"2\"><i>%1</i></td></tr>")
                    .arg(tr("These two revisions say exactly the same."));
    }
    m_view->setHtml(
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\">"
                       "<tr><th width=\"50%\" align=\"left\">%1</th>"
                       "<th width=\"50%\" align=\"left\">%2</th></tr>%3</table>")
            .arg(caption(*older).toHtmlEscaped(), caption(*newer).toHtmlEscaped(), rows));
}

bool ServiceHistoryDialog::restoreOlder()
{
    const ServiceRevision* older = find(m_older->currentData().toInt());
    if (!older || m_revisions.isEmpty() || !m_canRestore)
        return false;
    const int number = older->revision;
    const int next = m_revisions.constFirst().revision + 1;
    if (!confirm(tr("Restore revision %1?").arg(number),
                 tr("The texts and settings of revision %1 come back as a new draft, revision "
                    "%2. Every revision stays in the history. Clients see the change once you "
                    "publish the draft.")
                     .arg(number)
                     .arg(next)))
        return false;
    ServiceRevisions::SaveResult result;
    StorageError error;
    if (!ServiceRevisions(m_database).restore(m_serviceId, number, userName, &result, &error)) {
        m_message->setText(error.message);
        return false;
    }
    reload();
    m_message->setText(
        tr("Revision %1 was restored as draft revision %2.").arg(number).arg(result.revision));
    emit restored(result.revision);
    return true;
}
