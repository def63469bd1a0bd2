#include "catalogue/ServiceForm.h"

#include "catalogue/CatalogueTexts.h"
#include "catalogue/ClaimsTextEdit.h"
#include "core/PrecautionRules.h"
#include "models/ServiceListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

// One change of the non-text fields: the whole before and after, so undo is exact. Changes
// typed into the same spin box one after another merge into one step.
class FormChange : public QUndoCommand
{
public:
    FormChange(std::function<void(const ServiceContent&)> apply, ServiceContent before,
               ServiceContent after, QString source)
        : m_apply(std::move(apply)), m_before(std::move(before)), m_after(std::move(after)),
          m_source(std::move(source))
    {
        setText(QCoreApplication::translate("ServiceForm", "change"));
    }
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const FormChange*>(other);
        if (m_source.isEmpty() || next->m_source != m_source)
            return false;
        m_after = next->m_after;
        return true;
    }
    void undo() override { m_apply(m_before); }
    void redo() override
    {
        if (m_done) // the widgets already show it when the command is pushed
            m_apply(m_after);
        m_done = true;
    }

private:
    std::function<void(const ServiceContent&)> m_apply;
    ServiceContent m_before;
    ServiceContent m_after;
    QString m_source;
    bool m_done = false;
};

QString key(const QString& language, const QString& field)
{
    return language + QLatin1Char('/') + field;
}

QString uiLanguage()
{
    return QLocale().name().left(2);
}

} // namespace

DurationsEditor::DurationsEditor(QWidget* parent) : QWidget(parent), m_rowsLayout(new QVBoxLayout)
{
    auto* add = new QPushButton(tr("Add a duration"));
    add->setObjectName(QStringLiteral("addDuration"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    auto* addRowLayout = new QHBoxLayout;
    addRowLayout->addWidget(add);
    addRowLayout->addStretch(1);
    layout->addLayout(addRowLayout);
    connect(add, &QPushButton::clicked, this, [this] {
        int longest = 0;
        for (const ServiceDuration& d : durations())
            longest = qMax(longest, d.minutes);
        addRow(qMin(480, longest + 15), 0);
        emit changed(QString());
    });
}

void DurationsEditor::addRow(int minutes, int priceCents)
{
    Row row;
    row.widget = new QWidget;
    row.minutes = new QSpinBox;
    row.minutes->setRange(5, 480);
    row.minutes->setSingleStep(5);
    row.minutes->setSuffix(tr(" min"));
    row.minutes->setValue(minutes);
    row.minutes->setAccessibleName(tr("Minutes"));
    row.price = new QDoubleSpinBox;
    row.price->setRange(0, 100000);
    row.price->setDecimals(2);
    row.price->setSuffix(QStringLiteral(" \u20AC"));
    row.price->setValue(priceCents / 100.0);
    row.price->setAccessibleName(tr("Price"));
    row.remove = new QToolButton;
    row.remove->setText(tr("Remove"));
    row.remove->setToolTip(tr("Stop offering this duration"));
    auto* layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row.minutes);
    layout->addWidget(row.price);
    layout->addWidget(row.remove);
    layout->addStretch(1);
    m_rowsLayout->addWidget(row.widget);
    m_rows.append(row);
    QWidget* widget = row.widget;
    connect(row.minutes, &QSpinBox::valueChanged, this,
            [this, widget] { emit changed(QStringLiteral("minutes/%1").arg(quintptr(widget))); });
    connect(row.price, &QDoubleSpinBox::valueChanged, this,
            [this, widget] { emit changed(QStringLiteral("price/%1").arg(quintptr(widget))); });
    connect(row.remove, &QToolButton::clicked, this, [this, widget] {
        removeRow(widget);
        emit changed(QString());
    });
}

void DurationsEditor::removeRow(QWidget* widget)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).widget == widget) {
            m_rows.removeAt(i);
            widget->hide();
            widget->deleteLater();
            return;
        }
    }
}

void DurationsEditor::setDurations(const QList<ServiceDuration>& durations)
{
    const QList<Row> old = m_rows;
    m_rows.clear();
    for (const Row& row : old) {
        row.widget->hide();
        row.widget->deleteLater();
    }
    for (const ServiceDuration& d : durations)
        addRow(d.minutes, d.priceCents);
}

QList<ServiceDuration> DurationsEditor::durations() const
{
    QList<ServiceDuration> list;
    for (const Row& row : m_rows)
        list.append({row.minutes->value(), int(qRound(row.price->value() * 100))});
    return list;
}

ServiceForm::ServiceForm(QWidget* parent)
    : QWidget(parent), m_tabs(new QTabWidget), m_undo(new QUndoStack(this))
{
    for (const QString& language : ServiceContent::languages())
        m_tabs->addTab(buildTextsTab(language), ServiceContent::languageName(language));
    m_tabs->addTab(buildSessionTab(), tr("Session and prices"));
    m_tabs->addTab(buildPrecautionsTab(), tr("Check-in questions"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_formState = content();
}

QWidget* ServiceForm::buildTextsTab(const QString& language)
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    auto* name = new QLineEdit;
    name->setObjectName(QStringLiteral("name_") + language);
    name->setMaxLength(200);
    m_names.insert(language, name);
    form->addRow(CatalogueTexts::fieldName(QStringLiteral("name")), name);
    connect(name, &QLineEdit::textChanged, this, [this] {
        emit textsChanged();
        emit changed();
    });
    for (const QString& field : ServiceContent::textFields().mid(1)) {
        auto* edit = new ClaimsTextEdit(language);
        edit->setObjectName(field + QLatin1Char('_') + language);
        edit->setMinimumHeight(90);
        m_texts.insert(key(language, field), edit);
        form->addRow(CatalogueTexts::fieldName(field), edit);
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            emit textsChanged();
            emit changed();
        });
    }
    if (language != QLatin1String("en")) {
        auto* hint = new QLabel(tr("Leave a text empty to show the English one instead."));
        hint->setForegroundRole(QPalette::PlaceholderText);
        form->addRow(hint);
    }
    return page;
}

QWidget* ServiceForm::buildSessionTab()
{
    auto* areas = new QGroupBox(tr("Body areas"));
    auto* grid = new QGridLayout(areas);
    const QStringList keys = ServiceContent::bodyAreaKeys();
    for (int i = 0; i < keys.size(); ++i) {
        auto* box = new QCheckBox(ServiceListModel::bodyAreaText(keys.at(i)));
        box->setObjectName(QStringLiteral("area_") + keys.at(i));
        m_areas.insert(keys.at(i), box);
        grid->addWidget(box, i % 5, i / 5);
        connect(box, &QCheckBox::toggled, this, [this] { recordFormChange(QString()); });
    }
    m_pressure = new QComboBox;
    for (const QString& pressure : ServiceContent::pressureKeys())
        m_pressure->addItem(ServiceListModel::pressureText(pressure), pressure);
    m_cleanup = new QSpinBox;
    m_cleanup->setRange(0, 120);
    m_cleanup->setSuffix(tr(" min"));
    m_cleanup->setToolTip(tr("The therapist and the room stay booked this long after each "
                             "session, to get ready for the next client."));
    m_durations = new DurationsEditor;
    connect(m_pressure, &QComboBox::currentIndexChanged, this,
            [this] { recordFormChange(QString()); });
    connect(m_cleanup, &QSpinBox::valueChanged, this,
            [this] { recordFormChange(QStringLiteral("cleanup")); });
    connect(m_durations, &DurationsEditor::changed, this, &ServiceForm::recordFormChange);

    auto* session = new QGroupBox(tr("Session"));
    auto* form = new QFormLayout(session);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Pressure"), m_pressure);
    form->addRow(tr("Cleanup after each session"), m_cleanup);
    form->addRow(tr("Durations and prices"), m_durations);

    auto* page = new QWidget;
    auto* layout = new QHBoxLayout(page);
    layout->addWidget(areas, 0, Qt::AlignTop);
    layout->addWidget(session, 1, Qt::AlignTop);
    return page;
}

QWidget* ServiceForm::buildPrecautionsTab()
{
    const PrecautionRules& rules = PrecautionRules::builtIn();
    auto* always = new QGroupBox(tr("Asked before every service"));
    auto* alwaysLayout = new QVBoxLayout(always);
    auto* chosen = new QGroupBox(tr("Asked before this service when ticked"));
    auto* chosenLayout = new QVBoxLayout(chosen);
    for (const PrecautionQuestion& q : rules.questions()) {
        auto* box = new QCheckBox(q.textsIn(uiLanguage()).question);
        box->setObjectName(QStringLiteral("precaution_") + q.id);
        box->setToolTip(q.textsIn(uiLanguage()).reason);
        m_precautions.insert(q.id, box);
        if (q.appliesTo.contains(QStringLiteral("*"))) {
            box->setChecked(true);
            box->setEnabled(false);
            alwaysLayout->addWidget(box);
        } else {
            chosenLayout->addWidget(box);
            connect(box, &QCheckBox::toggled, this, [this] { recordFormChange(QString()); });
        }
    }
    auto* note = new QLabel(tr("The receptionist asks these questions at check-in, every visit "
                               "(precaution rules %1).")
                                .arg(rules.version()));
    note->setWordWrap(true);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(note);
    layout->addWidget(chosen);
    layout->addWidget(always);
    layout->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    return scroll;
}

ClaimsTextEdit* ServiceForm::textEdit(const QString& language, const QString& field) const
{
    return m_texts.value(key(language, field));
}

void ServiceForm::setContent(const ServiceContent& content)
{
    m_applying = true;
    for (const QString& language : ServiceContent::languages()) {
        const ServiceTexts texts = content.textsIn(language);
        m_names.value(language)->setText(texts.name);
        for (const QString& field : ServiceContent::textFields().mid(1))
            textEdit(language, field)->setPlainText(ServiceContent::field(texts, field));
    }
    m_applying = false;
    setFormPart(content);
    m_undo->clear(); // setText() and setPlainText() have cleared the fields' own histories
    m_formState = this->content();
    emit textsChanged();
    emit changed();
}

void ServiceForm::setFormPart(const ServiceContent& content)
{
    m_applying = true;
    for (auto it = m_areas.constBegin(); it != m_areas.constEnd(); ++it)
        it.value()->setChecked(content.bodyAreas.contains(it.key()));
    const int pressure = m_pressure->findData(content.pressure);
    m_pressure->setCurrentIndex(pressure >= 0 ? pressure
                                              : m_pressure->findData(QStringLiteral("medium")));
    m_cleanup->setValue(content.cleanupMinutes);
    m_durations->setDurations(content.durations);
    for (auto it = m_precautions.constBegin(); it != m_precautions.constEnd(); ++it) {
        if (it.value()->isEnabled())
            it.value()->setChecked(content.precautionIds.contains(it.key()));
    }
    m_applying = false;
}

ServiceContent ServiceForm::content() const
{
    ServiceContent c;
    for (const QString& language : ServiceContent::languages()) {
        ServiceTexts texts;
        texts.name = m_names.value(language)->text();
        for (const QString& field : ServiceContent::textFields().mid(1))
            ServiceContent::setField(&texts, field, textEdit(language, field)->toPlainText());
        c.texts.insert(language, texts);
    }
    for (const QString& area : ServiceContent::bodyAreaKeys()) {
        if (m_areas.value(area)->isChecked())
            c.bodyAreas << area;
    }
    c.pressure = m_pressure->currentData().toString();
    c.cleanupMinutes = m_cleanup->value();
    c.durations = m_durations->durations();
    for (const PrecautionQuestion& q : PrecautionRules::builtIn().questions()) {
        if (m_precautions.value(q.id)->isChecked())
            c.precautionIds << q.id;
    }
    return c;
}

void ServiceForm::recordFormChange(const QString& source)
{
    if (m_applying)
        return;
    ServiceContent now = content();
    now.texts.clear();
    ServiceContent before = m_formState;
    before.texts.clear();
    if (now == before)
        return;
    m_formState = now;
    auto apply = [this](const ServiceContent& state) {
        setFormPart(state);
        m_formState = state;
        emit changed();
    };
    m_undo->push(new FormChange(apply, before, now, source));
    emit changed();
}

void ServiceForm::showText(const QString& language, const QString& field, int start, int length)
{
    m_tabs->setCurrentIndex(int(ServiceContent::languages().indexOf(language)));
    if (field == QLatin1String("name")) {
        QLineEdit* name = m_names.value(language);
        name->setFocus(Qt::OtherFocusReason);
        name->setSelection(start, length);
        return;
    }
    if (ClaimsTextEdit* edit = textEdit(language, field))
        edit->selectRange(start, length);
}

void ServiceForm::setFindingCounts(const QHash<QString, int>& counts)
{
    for (int i = 0; i < ServiceContent::languages().size(); ++i) {
        const QString language = ServiceContent::languages().at(i);
        const int count = counts.value(language);
        m_tabs->setTabText(
            i, count == 0
                   ? ServiceContent::languageName(language)
                   : tr("%1 (%2 to check)").arg(ServiceContent::languageName(language)).arg(count));
    }
}
