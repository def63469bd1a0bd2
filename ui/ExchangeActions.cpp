#include "ExchangeActions.h"

#include "core/Clock.h"
#include "core/InputFile.h"
#include "core/NewFile.h"
#include "core/SpreadsheetExport.h"
#include "dialogs/ImportPreviewDialog.h"
#include "storage/BookingRepository.h"
#include "storage/CalendarFeed.h"
#include "storage/ClientTransfer.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/StaffRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>

namespace {

bool rangeDialog(QWidget* parent, Database* database, const QString& title, bool withTherapist,
                 ExchangeActions::Range* range)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* form = new QFormLayout(&dialog);
    auto* from = new QDateEdit(range->from);
    auto* to = new QDateEdit(range->to);
    for (QDateEdit* edit : {from, to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    form->addRow(ExchangeActions::tr("From:"), from);
    form->addRow(ExchangeActions::tr("To:"), to);
    auto* therapist = new QComboBox;
    therapist->addItem(ExchangeActions::tr("The whole centre"), qint64(0));
    if (withTherapist && database) {
        StorageError error;
        for (const Therapist& t : StaffRepository(*database).therapists(&error))
            therapist->addItem(t.name, t.id);
        form->addRow(ExchangeActions::tr("Sessions of:"), therapist);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    range->from = from->date();
    range->to = to->date();
    range->therapistId = therapist->currentData().toLongLong();
    return true;
}

} // namespace

ExchangeActions::ExchangeActions(QWidget* parent, std::function<Database*()> database)
    : QObject(parent), m_parent(parent), m_database(std::move(database))
{
    chooseFileToSave = [this](const QString& title, const QString& suggested,
                              const QString& filter) {
        return QFileDialog::getSaveFileName(m_parent, title, suggested, filter);
    };
    chooseFileToOpen = [this](const QString& title, const QString& filter) {
        return QFileDialog::getOpenFileName(m_parent, title, QString(), filter);
    };
    chooseRange = [this](const QString& title, bool withTherapist, Range* range) {
        return rangeDialog(m_parent, m_database(), title, withTherapist, range);
    };
    confirmImport = [this](const ClientImport::Plan& plan, const ClientImport::Report& dryRun,
                           ClientImport::Duplicates* duplicates) {
        ImportPreviewDialog dialog(plan, dryRun, m_parent);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        *duplicates = dialog.duplicates();
        return true;
    };
    inform = [this](const QString& title, const QString& text) {
        QMessageBox::information(m_parent, title, text);
    };
    warn = [this](const QString& title, const QString& text) {
        QMessageBox::warning(m_parent, title, text);
    };
}

void ExchangeActions::addTo(QMenu* menu)
{
    menu->addAction(tr("Export &calendar\u2026"), this, &ExchangeActions::exportCalendar);
    menu->addAction(tr("Export clients as CSV\u2026"), this, &ExchangeActions::exportClients);
    menu->addAction(tr("Export bookings as CSV\u2026"), this, &ExchangeActions::exportBookings);
    menu->addAction(tr("&Import clients\u2026"), this, &ExchangeActions::importClients);
}

bool ExchangeActions::save(const QString& title, const QString& suggested, const QString& filter,
                           const QByteArray& bytes)
{
    const QString path = chooseFileToSave(title, QDir::home().filePath(suggested), filter);
    if (path.isEmpty())
        return false;
    QString problem;
    // Clients, bookings and calendars name people: readable by the owner only.
    if (!NewFile::write(path, bytes, NewFile::Access::OwnerOnly, &problem)) {
        warn(title, problem);
        return false;
    }
    emit message(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ExchangeActions::exportCalendar()
{
    Database* database = m_database();
    if (!database)
        return false;
    const QDate today =
        database->clock().nowUtc().toTimeZone(SettingsRepository(*database).timeZone()).date();
    Range range{today, today.addDays(27), 0};
    const QString title = tr("Export calendar");
    if (!chooseRange(title, true, &range))
        return false;
    if (range.to < range.from || range.from.daysTo(range.to) > 366) {
        warn(title, tr("The last day must be on or after the first, at most a year later."));
        return false;
    }
    QByteArray file;
    int events = 0;
    StorageError error;
    if (!CalendarFeed::sessions(*database, range.from, range.to, range.therapistId,
                                QLocale().name().left(2), &file, &events, &error)) {
        warn(title, error.message);
        return false;
    }
    return save(title, tr("sessions.ics"), tr("Calendar files (*.ics)"), file);
}

bool ExchangeActions::exportClients()
{
    Database* database = m_database();
    if (!database)
        return false;
    QList<ClientDetails> clients;
    StorageError error;
    const QString title = tr("Export clients");
    if (!ClientTransfer(*database).exportAll(&clients, &error)) {
        warn(title, error.message);
        return false;
    }
    return save(
        title, tr("clients.csv"), tr("CSV files (*.csv)"),
        "\xEF\xBB\xBF" +
            SpreadsheetExport::clients(clients, SettingsRepository(*database).timeZone()).toUtf8());
}

bool ExchangeActions::exportBookings()
{
    Database* database = m_database();
    if (!database)
        return false;
    const QTimeZone zone = SettingsRepository(*database).timeZone();
    const QDate today = database->clock().nowUtc().toTimeZone(zone).date();
    Range range{QDate(today.year(), today.month(), 1), today, 0};
    const QString title = tr("Export bookings");
    if (!chooseRange(title, true, &range))
        return false;
    StorageError error;
    QList<AgendaEntry> entries =
        BookingRepository(*database, zone)
            .agenda(QDateTime(range.from, QTime(0, 0), zone).toSecsSinceEpoch(),
                    QDateTime(range.to.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch(),
                    QLocale().name().left(2), &error);
    if (error) {
        warn(title, error.message);
        return false;
    }
    if (range.therapistId != 0)
        entries.removeIf([&](const AgendaEntry& e) { return e.therapistId != range.therapistId; });
    return save(title, tr("bookings.csv"), tr("CSV files (*.csv)"),
                "\xEF\xBB\xBF" + SpreadsheetExport::bookings(entries, zone).toUtf8());
}

bool ExchangeActions::importClients()
{
    Database* database = m_database();
    if (!database)
        return false;
    const QString title = tr("Import clients");
    const QString path =
        chooseFileToOpen(title, tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (path.isEmpty())
        return false;
    QFile file(path);
    // A pipe or a device is refused from its type, never opened (it could wait for ever).
    QString problem;
    if (!InputFile::open(file, &problem)) {
        warn(title, problem);
        return false;
    }
    if (file.size() > 64 * 1024 * 1024) {
        warn(title,
             tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), tr("larger than 64 MB")));
        return false;
    }
    SettingsRepository settings(*database);
    const ClientImport::Plan plan =
        ClientImport::plan(file.readAll(), {}, settings.value(SettingKeys::kClientLanguage));
    if (!plan.problem.isEmpty()) {
        warn(title, plan.problem);
        return false;
    }
    const QString source = QFileInfo(path).fileName();
    ClientTransfer transfer(*database);
    ClientImport::Report report;
    StorageError error;
    if (!transfer.import(plan, ClientImport::Duplicates::Skip, true, settings.timeZone(), source,
                         &report, &error)) {
        warn(title, error.message);
        return false;
    }
    ClientImport::Duplicates duplicates = ClientImport::Duplicates::Skip;
    if (!confirmImport(plan, report, &duplicates))
        return false; // cancelled: nothing was stored
    if (!transfer.import(plan, duplicates, false, settings.timeZone(), source, &report, &error)) {
        warn(title, error.message);
        return false;
    }
    emit clientsChanged();
    inform(title, tr("Imported: %1. Merged: %2. Skipped: %3. With a consent date: %4.")
                      .arg(report.imported)
                      .arg(report.merged)
                      .arg(report.skipped)
                      .arg(report.withConsent));
    return true;
}
