#include "settings/ClosedDaysEditor.h"

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/StaffEditor.h"
#include "widgets/WaitingSave.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

ClosedDaysEditor::ClosedDaysEditor(QWidget* parent)
    : QGroupBox(tr("Closed days"), parent), m_list(new QListWidget), m_day(new QDateEdit),
      m_reason(new QLineEdit)
{
    m_day->setCalendarPopup(true);
    m_list->setAccessibleName(tr("Closed days"));
    m_day->setAccessibleName(tr("Closed day"));
    m_reason->setAccessibleName(tr("Reason for closing"));
    m_day->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_reason->setPlaceholderText(tr("Reason (e.g. Sant Joan)"));
    auto* addButton = new QPushButton(tr("Add closed &day"));
    auto* removeButton = new QPushButton(tr("Remove selected day"));
    m_addWaiting = new WaitingSave(
        nullptr,
        [this] {
            return tr("Closed day: %1 %2")
                .arg(QLocale().toString(m_day->date(), QLocale::ShortFormat),
                     m_reason->text().simplified())
                .trimmed();
        },
        [this] { add(m_day->date(), m_reason->text()); }, this);
    m_removeWaiting = new WaitingSave(
        nullptr,
        [this] {
            return tr("Closed day to remove: %1")
                .arg(m_removing.values().join(QStringLiteral("; ")));
        },
        [this] { removeWaitingOnes(); }, this);
    // A removal is not a save: the strip says what waits in those words.
    m_removeWaiting->setWording(
        tr("Not removed yet: the server %1 cannot be reached. The day stays marked in the list "
           "and is removed by itself as soon as the connection is back."),
        tr("If it is still listed, press Remove now."), tr("&Remove now"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    auto* row = new QHBoxLayout;
    row->addWidget(m_day);
    row->addWidget(m_reason, 1);
    row->addWidget(addButton);
    layout->addLayout(row);
    layout->addWidget(m_addWaiting);
    layout->addWidget(removeButton, 0, Qt::AlignLeft);
    layout->addWidget(m_removeWaiting);
    connect(addButton, &QPushButton::clicked, this,
            [this] { add(m_day->date(), m_reason->text()); });
    connect(removeButton, &QPushButton::clicked, this, &ClosedDaysEditor::removeSelected);
}

void ClosedDaysEditor::setDatabase(Database* database)
{
    if (database != m_database)
        m_removing.clear(); // WaitingSave drops what waited for another centre
    m_database = database;
    m_addWaiting->setDatabase(database);
    m_removeWaiting->setDatabase(database);
    if (!database)
        return;
    if (m_addWaiting->isHidden())
        m_day->setDate(
            database->clock().nowUtc().toTimeZone(SettingsRepository(*database).timeZone()).date());
    relist();
}

void ClosedDaysEditor::relist()
{
    if (!m_database)
        return;
    StorageError error;
    const QList<ClosedDay> days = StaffEditor(*m_database).closedDays(&error);
    if (error)
        return;
    QMap<QDate, QString> stillWaiting;
    m_list->clear();
    for (const ClosedDay& d : days) {
        auto* item = new QListWidgetItem(
            tr("%1  %2").arg(QLocale().toString(d.day, QLocale::ShortFormat), d.reason), m_list);
        item->setData(Qt::UserRole, d.day);
        if (m_removing.contains(d.day))
            stillWaiting.insert(d.day, m_removing.value(d.day));
    }
    // Gone meanwhile (removed after all, or by another desk): nothing is left to wait for.
    m_removing = stillWaiting;
    if (m_removing.isEmpty())
        m_removeWaiting->clear();
    markWaiting();
}

void ClosedDaysEditor::markWaiting()
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        if (!m_removing.contains(item->data(Qt::UserRole).toDate()) || item->font().italic())
            continue;
        QFont italic = item->font();
        italic.setItalic(true);
        item->setFont(italic);
        item->setText(tr("%1 (removal waits for the server)").arg(item->text()));
    }
}

bool ClosedDaysEditor::add(const QDate& day, const QString& reason)
{
    if (!m_database)
        return false;
    StorageError error;
    if (!StaffEditor(*m_database).addClosedDay(day, reason, &error)) {
        if (!m_addWaiting->waitIfDisconnected(error))
            emit message(error.message);
        return false;
    }
    m_addWaiting->clear();
    m_reason->clear();
    relist();
    emit message(tr("Closed day added."));
    return true;
}

bool ClosedDaysEditor::removeSelected()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item || !m_database)
        return false;
    const QDate day = item->data(Qt::UserRole).toDate();
    if (m_removing.contains(day)) {
        emit message(tr("That day is already waiting to be removed."));
        return false;
    }
    m_removing.insert(day, item->text());
    return removeWaitingOnes();
}

bool ClosedDaysEditor::removeWaitingOnes()
{
    if (!m_database)
        return false;
    bool removed = false;
    bool refused = false;
    const QList<QDate> days = m_removing.keys();
    for (const QDate& day : days) {
        StorageError error;
        if (!StaffEditor(*m_database).removeClosedDay(day, &error)) {
            if (m_removeWaiting->waitIfDisconnected(error)) {
                markWaiting();
                return false;
            }
            m_removing.remove(day);
            refused = true;
            emit message(error.message);
            continue;
        }
        m_removing.remove(day);
        removed = true;
    }
    m_removeWaiting->clear();
    relist();
    if (removed && !refused)
        emit message(tr("Closed day removed."));
    return !refused;
}
