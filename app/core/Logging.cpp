#include "core/Logging.h"

#include <QDir>
#include <QtGlobal>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace {

void qtMessageToSpdlog(QtMsgType type, const QMessageLogContext& context, const QString& text)
{
    const std::string message = text.toStdString();
    const char* category = context.category ? context.category : "qt";
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("[{}] {}", category, message);
        break;
    case QtInfoMsg:
        spdlog::info("[{}] {}", category, message);
        break;
    case QtWarningMsg:
        spdlog::warn("[{}] {}", category, message);
        break;
    case QtCriticalMsg:
        spdlog::error("[{}] {}", category, message);
        break;
    case QtFatalMsg:
        spdlog::critical("[{}] {}", category, message);
        spdlog::default_logger()->flush();
        break;
    }
}

} // namespace

namespace Logging {

QString start(const QString& program, const QString& folder, Console console)
{
    std::vector<spdlog::sink_ptr> sinks;
    QString file;
    if (QDir().mkpath(folder)) {
        file = QDir(folder).filePath(program + QStringLiteral(".log"));
        try {
            auto rotating = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                file.toStdString(), 2 * 1024 * 1024, 5);
            rotating->set_level(spdlog::level::info);
            rotating->set_pattern("%Y-%m-%d %H:%M:%S.%e %n[%P] %l: %v");
            sinks.push_back(rotating);
        } catch (const spdlog::spdlog_ex&) {
            file.clear(); // a read-only home must not stop the program
        }
    }
    if (console == Console::WarningsToStderr) {
        auto err = std::make_shared<spdlog::sinks::stderr_sink_mt>();
        err->set_level(spdlog::level::warn);
        err->set_pattern("%l: %v");
        sinks.push_back(err);
    }
    auto logger =
        std::make_shared<spdlog::logger>(program.toStdString(), sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::info);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(qtMessageToSpdlog);
    spdlog::info("{} {} started", program.toStdString(), MASSAGE_DESK_VERSION);
    return file;
}

void stop()
{
    qInstallMessageHandler(nullptr);
    spdlog::default_logger()->flush();
}

} // namespace Logging
