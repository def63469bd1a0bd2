#include "cli/CliOutput.h"

#include <QJsonDocument>

CliOutput::CliOutput(FILE* out, FILE* err, bool json) : m_out(out), m_err(err), m_json(json)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

void CliOutput::printJson(const QJsonObject& object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    m_out.flush();
}

int CliOutput::fail(int exitCode, const QString& message)
{
    if (m_json) {
        printJson({{QStringLiteral("error"), message}});
    }
    m_err << message << Qt::endl;
    return exitCode;
}
