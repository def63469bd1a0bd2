#pragma once

#include <QString>

// One rotating log file per data folder, shared by the GUI and the CLI.
// Policy: never pass check-in answers, notes or client contact details to the log;
// log identifiers (booking 42, client 7) and outcomes of operations instead.
namespace Logging {

enum class Console
{
    Off,
    WarningsToStderr
};

// Returns the log file in use, or an empty string when only the console could be set up.
QString start(const QString& program, const QString& folder, Console console);
void stop();

} // namespace Logging
