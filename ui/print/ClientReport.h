#pragma once

#include <QCoreApplication>
#include <QJsonObject>

class QPagedPaintDevice;

// The readable side of a client's data export (storage/ClientDataRights): the same document
// as the JSON file, laid out for a person: details, consent, bookings, each check-in with its
// questions and answers in words, and the audit entries. Health data: it is made only from an
// export, which only a manager may run, and the export is audited.
class ClientReport
{
    Q_DECLARE_TR_FUNCTIONS(ClientReport)

public:
    // `exported` is ClientDataRights::exportClient's document; question texts are taken from
    // the precaution rules in the interface language.
    static QString html(const QJsonObject& exported, const QString& centreName);
    // Draws the report on a printer, the print preview or a PDF writer.
    static bool render(const QJsonObject& exported, const QString& centreName,
                       QPagedPaintDevice* device);
    // Writes the report as a PDF; false with a message when it cannot.
    static bool writePdf(const QJsonObject& exported, const QString& centreName,
                         const QString& path, QString* error);
};
