#pragma once

#include <QJsonObject>
#include <QTextStream>

// Everything the CLI prints goes through here, so --json and human output stay consistent:
// one JSON object on stdout per command, messages for people on stderr.
class CliOutput
{
public:
    CliOutput(FILE* out, FILE* err, bool json);

    bool json() const { return m_json; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    void printJson(const QJsonObject& object);
    // Prints a refusal or usage error: JSON {"error": ...} on stdout with --json, else stderr.
    int fail(int exitCode, const QString& message);

private:
    QTextStream m_out;
    QTextStream m_err;
    bool m_json;
};
