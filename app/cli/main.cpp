#include "cli/CliApp.h"
#include "core/AppPaths.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "core/Translations.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    AppPaths::setApplicationIdentity();
    Translations::install(app);
    Logging::start(QStringLiteral("massage-desk-cli"), AppPaths::logFolder(),
                   Logging::Console::WarningsToStderr);
    QList<QByteArray> raw;
    for (int i = 0; i < argc; ++i)
        raw << QByteArray(argv[i]);
    int status = CliApp::checkRawArguments(raw);
    if (status == CliApp::Ok)
        status = CliApp(Clock::fromEnvironment()).run(QCoreApplication::arguments());
    Logging::stop();
    return status;
}
