#include "settings/AbsenceEditor.h"

#include "core/Clock.h"
#include "core/LocalTime.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/StaffEditor.h"
#include "widgets/WaitingSave.h"

#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

const QString kShown = QStringLiteral("dd/MM/yyyy HH:mm");

} // namespace

AbsenceEditor::AbsenceEditor(std::function<QString()> therapist, QWidget* parent)
    : QGroupBox(tr("Absences"), parent), m_therapistName(std::move(therapist)),
      m_list(new QListWidget), m_from(new QDateTimeEdit), m_to(new QDateTimeEdit),
      m_reason(new QLineEdit)
{
    m_list->setMaximumHeight(90);
    for (QDateTimeEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(kShown);
    }
    m_reason->setPlaceholderText(tr("Reason (e.g. holiday)"));
    m_list->setAccessibleName(tr("Absences"));
    m_from->setAccessibleName(tr("Absence from"));
    m_to->setAccessibleName(tr("Absence until"));
    m_reason->setAccessibleName(tr("Reason for the absence"));
    auto* addButton = new QPushButton(tr("Add a&bsence"));
    auto* removeButton = new QPushButton(tr("Remove selected absence"));
    m_addWaiting = new WaitingSave(
        nullptr,
        [this] {
            return tr("Absence of %1: %2 to %3")
                .arg(m_therapistName(), m_from->dateTime().toString(kShown),
                     m_to->dateTime().toString(kShown));
        },
        [this] { add(m_from->dateTime(), m_to->dateTime(), m_reason->text()); }, this);
    m_removeWaiting = new WaitingSave(
        nullptr,
        [this] {
            return tr("Absence of %1 to remove: %2")
                .arg(m_therapistName(), m_removing.values().join(QStringLiteral("; ")));
        },
        [this] { removeWaitingOnes(); }, this);
    // A removal is not a save: the strip says what waits in those words.
    m_removeWaiting->setWording(
        tr("Not removed yet: the server %1 cannot be reached. The absence stays marked in the "
           "list and is removed by itself as soon as the connection is back."),
        tr("If it is still listed, press Remove now."), tr("&Remove now"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("From")));
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("to")));
    row->addWidget(m_to);
    row->addWidget(m_reason, 1);
    row->addWidget(addButton);
    layout->addLayout(row);
    layout->addWidget(m_addWaiting);
    layout->addWidget(removeButton, 0, Qt::AlignLeft);
    layout->addWidget(m_removeWaiting);
    connect(addButton, &QPushButton::clicked, this,
            [this] { add(m_from->dateTime(), m_to->dateTime(), m_reason->text()); });
    connect(removeButton, &QPushButton::clicked, this, &AbsenceEditor::removeSelected);
}

void AbsenceEditor::setDatabase(Database* database)
{
    if (database != m_database) {
        m_removing.clear(); // WaitingSave drops what waited for another centre
        m_therapist = 0;
    }
    m_database = database;
    m_addWaiting->setDatabase(database);
    m_removeWaiting->setDatabase(database);
}

bool AbsenceEditor::waits() const
{
    return !m_addWaiting->isHidden() || !m_removeWaiting->isHidden();
}

void AbsenceEditor::load(qint64 therapistId)
{
    if (therapistId != m_therapist) {
        clearWaiting(); // what waited belonged to the one shown before
        m_list->clear();
        m_therapist = therapistId;
        resetNew();
    } else if (m_addWaiting->isHidden()) {
        resetNew();
    }
    relist();
}

void AbsenceEditor::clearWaiting()
{
    m_addWaiting->clear();
    m_removeWaiting->clear();
    m_removing.clear();
}

void AbsenceEditor::resetNew()
{
    if (!m_database)
        return;
    const QTimeZone zone = SettingsRepository(*m_database).timeZone();
    const QDateTime now = m_database->clock().nowUtc().toTimeZone(zone);
    m_from->setDateTime(QDateTime(now.date().addDays(1), QTime(9, 0)));
    m_to->setDateTime(QDateTime(now.date().addDays(1), QTime(20, 0)));
}

void AbsenceEditor::relist()
{
    if (!m_database || !m_therapist)
        return;
    StorageError error;
    const QList<Absence> absences = StaffEditor(*m_database).absences(m_therapist, &error);
    if (error)
        return;
    const QTimeZone zone = SettingsRepository(*m_database).timeZone();
    QMap<qint64, QString> stillWaiting;
    m_list->clear();
    for (const Absence& a : absences) {
        const QString text = tr("%1 \u2013 %2  %3")
                                 .arg(LocalTime::format(a.startsAt, zone, kShown),
                                      LocalTime::format(a.endsAt, zone, kShown), a.reason)
                                 .trimmed();
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, a.id);
        if (m_removing.contains(a.id))
            stillWaiting.insert(a.id, m_removing.value(a.id));
    }
    // Gone meanwhile (removed after all, or by another desk): nothing is left to wait for.
    m_removing = stillWaiting;
    if (m_removing.isEmpty())
        m_removeWaiting->clear();
    markWaiting();
}

void AbsenceEditor::markWaiting()
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        if (!m_removing.contains(item->data(Qt::UserRole).toLongLong()) || item->font().italic())
            continue;
        QFont italic = item->font();
        italic.setItalic(true);
        item->setFont(italic);
        item->setText(tr("%1 (removal waits for the server)").arg(item->text()));
    }
}

bool AbsenceEditor::add(const QDateTime& from, const QDateTime& to, const QString& reason)
{
    if (!m_therapist || !m_database)
        return false;
    const QTimeZone zone = SettingsRepository(*m_database).timeZone();
    qint64 start = 0, end = 0;
    QString problem;
    if (!LocalTime::fromLocal(from.date(), from.time(), zone, &start, &problem) ||
        !LocalTime::fromLocal(to.date(), to.time(), zone, &end, &problem)) {
        emit message(problem);
        return false;
    }
    StorageError error;
    if (!StaffEditor(*m_database).addAbsence(m_therapist, start, end, reason, &error)) {
        // Lost: one transaction that did not commit, so saving it again adds it once.
        if (!m_addWaiting->waitIfDisconnected(error))
            emit message(error.message);
        return false;
    }
    m_addWaiting->clear();
    m_reason->clear();
    resetNew();
    relist();
    emit message(tr("Absence added."));
    return true;
}

bool AbsenceEditor::removeSelected()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item || !m_database)
        return false;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    if (m_removing.contains(id)) {
        emit message(tr("That absence is already waiting to be removed."));
        return false;
    }
    m_removing.insert(id, item->text());
    return removeWaitingOnes();
}

bool AbsenceEditor::removeWaitingOnes()
{
    if (!m_database)
        return false;
    // Each removal is one transaction of its own; removing one already gone changes nothing,
    // so one retried after all can never remove anything else.
    const QList<qint64> ids = m_removing.keys();
    bool removed = false;
    bool refused = false;
    for (qint64 id : ids) {
        StorageError error;
        if (!StaffEditor(*m_database).removeAbsence(id, &error)) {
            if (m_removeWaiting->waitIfDisconnected(error)) {
                markWaiting();
                return false;
            }
            m_removing.remove(id);
            refused = true;
            emit message(error.message);
            continue;
        }
        m_removing.remove(id);
        removed = true;
    }
    m_removeWaiting->clear();
    relist();
    if (removed && !refused)
        emit message(tr("Absence removed."));
    return !refused;
}
