#include "settings/StaffSettings.h"

#include "settings/AbsenceEditor.h"
#include "settings/WeekHoursEditor.h"
#include "storage/Database.h"
#include "storage/ServiceRepository.h"
#include "storage/StaffEditor.h"
#include "storage/StaffRepository.h"
#include "widgets/ChangedElsewhereBar.h"
#include "widgets/WaitingSave.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <optional>

StaffSettings::StaffSettings(Kind kind, QWidget* parent)
    : QWidget(parent), m_kind(kind), m_list(new QListWidget), m_newName(new QLineEdit),
      m_name(new QLineEdit), m_active(new QCheckBox), m_servicesLayout(new QVBoxLayout),
      m_save(new QPushButton(tr("&Save changes"))), m_detail(new QWidget),
      m_changed(new ChangedElsewhereBar),
      m_waiting(new WaitingSave(
          nullptr,
          [this] {
              return (m_kind == Kind::Therapists ? tr("Therapist: %1") : tr("Room: %1"))
                  .arg(m_name->text().simplified());
          },
          [this] { save(); }, this)),
      m_addWaiting(new WaitingSave(
          nullptr,
          [this] {
              return (m_kind == Kind::Therapists ? tr("New therapist: %1") : tr("New room: %1"))
                  .arg(m_newName->text().simplified());
          },
          [this] { addTyped(); }, this))
{
    const bool therapists = kind == Kind::Therapists;
    m_newName->setPlaceholderText(therapists ? tr("New therapist's name") : tr("New room's name"));
    auto* add = new QPushButton(therapists ? tr("&Add therapist") : tr("&Add room"));
    m_active->setText(therapists ? tr("Works here (inactive therapists keep their history)")
                                 : tr("In use (rooms out of use keep their history)"));
    m_name->setMaxLength(200);
    m_list->setAccessibleName(therapists ? tr("Therapists") : tr("Rooms"));
    m_newName->setAccessibleName(m_newName->placeholderText());
    m_name->setAccessibleName(tr("Name"));

    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(m_newName);
    left->addWidget(add);
    left->addWidget(m_addWaiting);

    auto* services =
        new QGroupBox(therapists ? tr("Services they perform") : tr("Services the room suits"));
    services->setLayout(m_servicesLayout);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_active);
    auto* detail = new QVBoxLayout(m_detail);
    detail->setContentsMargins(0, 0, 0, 0);
    detail->addWidget(m_changed);
    detail->addLayout(form);
    detail->addWidget(services);
    if (therapists) {
        m_shifts = new WeekHoursEditor(tr("works"));
        auto* shiftBox = new QGroupBox(tr("Weekly shifts"));
        (new QVBoxLayout(shiftBox))->addWidget(m_shifts);
        detail->addWidget(shiftBox);
        m_absences = new AbsenceEditor([this] { return m_name->text().simplified(); });
        detail->addWidget(m_absences);
        connect(m_absences, &AbsenceEditor::message, this, &StaffSettings::message);
    }
    detail->addWidget(m_waiting);
    detail->addWidget(m_save, 0, Qt::AlignLeft);
    detail->addStretch();

    // A therapist's details are taller than a laptop's screen once a strip waits in them:
    // they scroll instead of squeezing the strips' words.
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(scroll, 2);

    connect(add, &QPushButton::clicked, this, &StaffSettings::addTyped);
    connect(m_newName, &QLineEdit::returnPressed, add, &QPushButton::click);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_waiting->clear(); // another one chosen: what waited is no longer shown
        showSelected();
    });
    connect(m_save, &QPushButton::clicked, this, &StaffSettings::save);
    m_changed->differences = [this] {
        return differences();
    };
    connect(m_changed, &ChangedElsewhereBar::reloadRequested, this, &StaffSettings::showSelected);
    connect(m_changed, &ChangedElsewhereBar::keepMineRequested, this, [this] {
        m_loadedVersion = stored(selectedId()).version; // the next save replaces theirs
    });
    m_detail->setEnabled(false);
}

QString StaffSettings::table() const
{
    return m_kind == Kind::Therapists ? QStringLiteral("therapists") : QStringLiteral("rooms");
}

qint64 StaffSettings::selectedId() const
{
    QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void StaffSettings::setDatabase(Database* database)
{
    // The same centre reloaded (reconnection, another desk's change) while a save waits for the
    // server or its refusal is shown: the one being edited stays selected and as typed, with the
    // version it was loaded at, so its save still refuses what another desk changed meanwhile.
    struct Typed
    {
        qint64 id = 0;
        qint64 version = 0;
        QString name;
        bool active = true;
        QStringList codes;
        QList<Shift> shifts;
        QString refusal;
    };
    std::optional<Typed> typed;
    // A refresh of the same centre keeps the one selected.
    const qint64 keep = database && database == m_database ? selectedId() : 0;
    if (database && database == m_database && (m_waiting->isWaiting() || !m_changed->isHidden())) {
        typed = Typed{selectedId(),
                      m_loadedVersion,
                      m_name->text(),
                      m_active->isChecked(),
                      {},
                      {},
                      m_changed->isHidden() ? QString() : m_changed->sentenceLabel()->text()};
        for (QCheckBox* box : std::as_const(m_services))
            if (box->isChecked())
                typed->codes << box->property("code").toString();
        if (m_shifts)
            typed->shifts = m_shifts->intervals();
    }
    m_waiting->setDatabase(database);
    m_addWaiting->setDatabase(database);
    if (m_absences)
        m_absences->setDatabase(database);
    m_database = database;
    // The service checkboxes follow the catalogue.
    qDeleteAll(m_services);
    m_services.clear();
    if (database) {
        StorageError error;
        for (const Service& s :
             ServiceRepository(*database).list(QLocale().name().left(2), false, &error)) {
            auto* box = new QCheckBox(s.texts.name);
            box->setProperty("code", s.code);
            m_servicesLayout->addWidget(box);
            m_services.append(box);
        }
    }
    reload(keep);
    if (typed && selectedId() == typed->id) {
        m_loadedVersion = typed->version;
        m_name->setText(typed->name);
        m_active->setChecked(typed->active);
        for (QCheckBox* box : std::as_const(m_services))
            box->setChecked(typed->codes.contains(box->property("code").toString()));
        if (m_shifts)
            m_shifts->setIntervals(typed->shifts);
        if (!typed->refusal.isEmpty())
            m_changed->showRefusal(typed->refusal);
    } else if (typed) {
        m_waiting->clear(); // it is gone here (its record no longer listed)
    }
}

void StaffSettings::reload(qint64 keep)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (!m_database)
        return;
    StorageError error;
    StaffRepository staff(*m_database);
    const auto add = [&](qint64 id, const QString& name, bool active) {
        auto* item = new QListWidgetItem(active ? name : tr("%1 (inactive)").arg(name), m_list);
        item->setData(Qt::UserRole, id);
        item->setData(Qt::UserRole + 1, name);
        if (id == keep)
            m_list->setCurrentItem(item);
    };
    if (m_kind == Kind::Therapists) {
        for (const Therapist& t : staff.therapists(&error))
            add(t.id, t.name, t.active);
    } else {
        for (const Room& r : staff.rooms(&error))
            add(r.id, r.name, r.active);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    showSelected();
}

void StaffSettings::showSelected()
{
    const qint64 id = selectedId();
    m_detail->setEnabled(id != 0 && m_database);
    if (!id || !m_database)
        return;
    const Stored record = stored(id);
    m_loadedVersion = record.version;
    m_changed->hide();
    StorageError error;
    const QString name = record.name;
    const bool active = record.active;
    const QStringList codes = record.codes;
    m_name->setText(name);
    m_active->setChecked(active);
    for (QCheckBox* box : std::as_const(m_services))
        box->setChecked(codes.contains(box->property("code").toString()));
    if (m_shifts)
        m_shifts->setIntervals(StaffEditor(*m_database).shifts(id, &error));
    if (m_absences)
        m_absences->load(id);
}

bool StaffSettings::addNamed(const QString& name)
{
    if (!m_database)
        return false;
    StorageError error;
    qint64 id = 0;
    StaffEditor editor(*m_database);
    const bool ok = m_kind == Kind::Therapists ? editor.addTherapist(name, &id, &error)
                                               : editor.addRoom(name, &id, &error);
    if (!ok) {
        // Lost: the insert did not commit, so adding it again adds it once.
        if (!m_addWaiting->waitIfDisconnected(error))
            emit message(error.message);
        return false;
    }
    m_addWaiting->clear();
    // Shown at once, unless the one shown has a change waiting that showing another would drop.
    reload(detailWaits() ? selectedId() : id);
    emit message(tr("Added %1.").arg(name.simplified()));
    return true;
}

bool StaffSettings::addTyped()
{
    if (!addNamed(m_newName->text()))
        return false;
    m_newName->clear();
    return true;
}

bool StaffSettings::detailWaits() const
{
    return !m_waiting->isHidden() || (m_absences && m_absences->waits());
}

bool StaffSettings::select(const QString& name)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole + 1).toString() == name) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

bool StaffSettings::save()
{
    const qint64 id = selectedId();
    if (!id || !m_database)
        return false;
    QStringList codes;
    for (QCheckBox* box : std::as_const(m_services))
        if (box->isChecked())
            codes << box->property("code").toString();
    StorageError error;
    StaffEditor::Details details{table(),
                                 id,
                                 m_loadedVersion,
                                 m_name->text(),
                                 m_active->isChecked(),
                                 codes,
                                 m_shifts != nullptr,
                                 {}};
    if (m_shifts)
        details.shifts = m_shifts->intervals();
    if (!StaffEditor(*m_database).save(details, &error)) {
        if (m_waiting->waitIfDisconnected(error))
            return false; // what was typed stays and is saved when the server is back
        if (error.code == StorageError::Code::ChangedElsewhere)
            m_changed->showRefusal(error.message); // what was typed stays
        emit message(error.message);
        return false;
    }
    m_waiting->clear();
    reload(id);
    emit message(tr("Saved %1.").arg(m_name->text().simplified()));
    return true;
}

bool StaffSettings::addAbsence(const QDateTime& from, const QDateTime& to, const QString& reason)
{
    return m_absences && selectedId() && m_absences->add(from, to, reason);
}

StaffSettings::Stored StaffSettings::stored(qint64 id) const
{
    Stored record;
    StorageError error;
    StaffRepository staff(*m_database);
    if (m_kind == Kind::Therapists) {
        for (const Therapist& t : staff.therapists(&error))
            if (t.id == id)
                record = {t.name, t.active, t.serviceCodes, t.version};
    } else {
        for (const Room& r : staff.rooms(&error))
            if (r.id == id)
                record = {r.name, r.active, r.serviceCodes, r.version};
    }
    return record;
}

QList<FieldDifference> StaffSettings::differences() const
{
    QList<FieldDifference> list;
    const qint64 id = selectedId();
    if (!id || !m_database)
        return list;
    const Stored theirs = stored(id);
    const auto yesNo = [](bool yes) {
        return yes ? tr("yes") : tr("no");
    };
    addIfDifferent(&list, tr("Name"), theirs.name, m_name->text().simplified());
    addIfDifferent(&list, m_kind == Kind::Therapists ? tr("Works here") : tr("In use"),
                   yesNo(theirs.active), yesNo(m_active->isChecked()));
    QStringList theirServices, yourServices;
    for (QCheckBox* box : m_services) {
        const QString code = box->property("code").toString();
        if (theirs.codes.contains(code))
            theirServices << box->text();
        if (box->isChecked())
            yourServices << box->text();
    }
    addIfDifferent(&list, tr("Services"), theirServices.join(QStringLiteral(", ")),
                   yourServices.join(QStringLiteral(", ")));
    if (m_shifts) {
        const auto text = [](const QList<Shift>& shifts) {
            QStringList parts;
            for (const Shift& s : shifts)
                parts << QStringLiteral("%1 %2\u2013%3")
                             .arg(QLocale().dayName(s.weekday, QLocale::ShortFormat),
                                  QTime(0, 0)
                                      .addSecs(s.startMinute * 60)
                                      .toString(QStringLiteral("HH:mm")),
                                  s.endMinute >= 1440 ? QStringLiteral("24:00")
                                                      : QTime(0, 0)
                                                            .addSecs(s.endMinute * 60)
                                                            .toString(QStringLiteral("HH:mm")));
            return parts.join(QStringLiteral(", "));
        };
        StorageError error;
        addIfDifferent(&list, tr("Weekly shifts"),
                       text(StaffEditor(*m_database).shifts(id, &error)),
                       text(m_shifts->intervals()));
    }
    return list;
}
