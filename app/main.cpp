#include "Startup.h"
#include "core/AppPaths.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "core/Translations.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    AppPaths::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Massage Desk"));
    QApplication::setDesktopFileName(QStringLiteral("massage-desk"));

    // --language must act before any widget is built, so it is read here, ahead of Startup.
    QString language;
    const QStringList args = QCoreApplication::arguments();
    const int at = int(args.indexOf(QStringLiteral("--language")));
    if (at >= 0 && at + 1 < args.size())
        language = args.at(at + 1);
    Translations::install(app, language);

    Logging::start(QStringLiteral("massage-desk"), AppPaths::logFolder(), Logging::Console::Off);
    const int status = Startup::run(app, Clock::fromEnvironment());
    Logging::stop();
    return status;
}
