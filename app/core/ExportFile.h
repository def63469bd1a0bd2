#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Files written for people (calendars, spreadsheets): never over an existing file, through a
// temporary file renamed into place, and a failed write is reported.
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)

public:
    static bool writeNew(const QString& path, const QByteArray& bytes, QString* error);
};
