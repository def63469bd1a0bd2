// The Clients page's data-rights actions (managers): export a client's data as JSON and a
// readable PDF, and erase a client after a typed confirmation.
#include "pages/ClientsPage.h"

#include "core/NewFile.h"
#include "dialogs/ClientDialog.h"
#include "dialogs/EraseClientDialog.h"
#include "print/ClientReport.h"
#include "print/PrintPreview.h"
#include "storage/ClientDataRights.h"
#include "storage/SettingsRepository.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

bool ClientsPage::exportClientData(qint64 id, const QString& jsonPath, QString* pdfPath,
                                   QString* message)
{
    if (!m_database)
        return false;
    const QFileInfo info(jsonPath);
    *pdfPath = info.dir().filePath(info.completeBaseName() + QStringLiteral(".pdf"));
    // Both names are checked before anything is read (and audited) or written: a refusal of
    // the PDF's name must not leave the JSON file behind.
    for (const QString& path : {jsonPath, *pdfPath}) {
        *message = NewFile::refusal(path);
        if (!message->isEmpty())
            return false;
    }
    QJsonObject document;
    StorageError error;
    if (!ClientDataRights(*m_database).exportClient(id, &document, &error)) {
        *message = error.message;
        return false;
    }
    // Health data: readable by the owner only, and never half-written.
    if (!NewFile::write(jsonPath, QJsonDocument(document).toJson(QJsonDocument::Indented),
                        NewFile::Access::OwnerOnly, message))
        return false;
    const QString centre = SettingsRepository(*m_database).value(SettingKeys::kCentreName);
    return ClientReport::writePdf(document, centre, *pdfPath, message);
}

void ClientsPage::exportSelectedClient()
{
    const qint64 id = selectedClientId();
    if (!m_database || id == 0)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the client's data"),
        QDir::home().filePath(QStringLiteral("client-%1-data.json").arg(id)),
        tr("JSON files (*.json)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    QString pdf;
    QString message;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool done = exportClientData(id, path, &pdf, &message);
    QApplication::restoreOverrideCursor();
    if (!done) {
        QMessageBox::warning(this, tr("Export the client's data"), message);
        return;
    }
    emit statusMessage(tr("Exported client %1 to %2 and %3.")
                           .arg(id)
                           .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(pdf)));
}

bool ClientsPage::printClientReport(qint64 id)
{
    if (!m_database || id == 0)
        return false;
    QJsonObject document;
    StorageError error;
    if (!ClientDataRights(*m_database).exportClient(id, &document, &error)) {
        QMessageBox::warning(this, tr("Print the client's report"), error.message);
        return false;
    }
    const QString centre = SettingsRepository(*m_database).value(SettingKeys::kCentreName);
    PrintPreview::Request request;
    request.title = tr("Print the client's report");
    request.render = [&](QPagedPaintDevice* device, QString*) {
        return ClientReport::render(document, centre, device);
    };
    request.suggestedPdf = QDir::home().filePath(QStringLiteral("client-%1-report.pdf").arg(id));
    request.choosePdf = choosePdfPath;
    QString message;
    if (!PrintPreview::run(this, request, &message)) {
        if (!message.isEmpty())
            QMessageBox::warning(this, tr("Print the client's report"), message);
        return false;
    }
    emit statusMessage(tr("Report of client %1 printed.").arg(id));
    return true;
}

EraseClientDialog* ClientsPage::eraseSelectedClient()
{
    const qint64 id = selectedClientId();
    if (!m_database || id == 0)
        return nullptr;
    ClientDataRights::ErasurePlan plan;
    StorageError error;
    if (!ClientDataRights(*m_database).planErasure(id, &plan, &error)) {
        emit statusMessage(error.message);
        QMessageBox::warning(this, tr("Erase client"), error.message);
        return nullptr;
    }
    auto* dialog = new EraseClientDialog(id, plan, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Queued: the erasure shows progress (and so processes events) after the dialog is gone.
    connect(
        dialog, &QDialog::accepted, this, [this, id] { eraseConfirmed(id); }, Qt::QueuedConnection);
    dialog->open();
    return dialog;
}

void ClientsPage::eraseConfirmed(qint64 id)
{
    if (!m_database)
        return;
    // An open form on this client would only fail to save: close it first.
    const QList<ClientDialog*> open = findChildren<ClientDialog*>();
    for (ClientDialog* dialog : open)
        delete dialog;
    // Compacting a large file takes a few seconds: say so while it runs.
    QProgressDialog progress(tr("Erasing the client and wiping their old data from the "
                                "file\u2026"),
                             QString(), 0, 0, this);
    progress.setWindowTitle(tr("Erase client"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.show();
    QCoreApplication::processEvents();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ClientDataRights rights(*m_database);
    ClientDataRights::ErasureResult result;
    StorageError error;
    const bool erased = rights.eraseClient(id, &result, &error);
    QApplication::restoreOverrideCursor();
    progress.close();
    runSearch();
    if (!erased) {
        QMessageBox::warning(this, tr("Erase client"), error.message);
        return;
    }
    emit statusMessage(
        tr("Erased client %1; their bookings stay as anonymous statistics.").arg(id));
    if (!result.compacted) {
        // The erasure holds; only the wiping of the old bytes waits for the other program.
        auto* box =
            new QMessageBox(QMessageBox::Warning, tr("Erase client"), result.compactionProblem,
                            QMessageBox::Retry | QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this, box](int) {
            if (box->clickedButton() != box->button(QMessageBox::Retry) || !m_database)
                return;
            StorageError again;
            QApplication::setOverrideCursor(Qt::WaitCursor);
            const bool done = ClientDataRights(*m_database).compact(&again);
            QApplication::restoreOverrideCursor();
            emit statusMessage(done ? tr("The erased client's old data is now wiped from the "
                                         "file.")
                                    : again.message);
        });
        box->open();
    }
}
