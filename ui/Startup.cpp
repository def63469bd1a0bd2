#include "Startup.h"

#include "MainWindow.h"
#include "SignInDialog.h"
#include "core/AppPaths.h"
#include "dialogs/ConnectServerDialog.h"
#include "dialogs/FirstManagerDialog.h"
#include "dialogs/RecoveryKeyDialog.h"
#include "storage/CatalogueImporter.h"
#include "storage/Database.h"
#include "storage/DemoGenerator.h"
#include "storage/RecentCentres.h"
#include "storage/ServerAddress.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlDialect.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

#include <cstdio>
#include <spdlog/spdlog.h>

namespace {

std::unique_ptr<Database> openForGui(const QString& path, const QString& password, bool demo,
                                     const Clock& clock, StorageError* error)
{
    Database::Options options;
    options.path = path;
    options.password = password;
    options.exclusiveGui = true;
    std::unique_ptr<Database> database = Database::open(options, clock, error);
    if (!database)
        return nullptr;
    if (database->createdNow()) {
        if (!CatalogueImporter::importDefault(*database, error))
            return nullptr;
        if (demo) {
            DemoGenerator::Summary summary;
            DemoGenerator::Options options;
            options.accounts = true; // who is working is asked, as at a real desk
            options.sealed = true;   // and its health data sealed, as a new centre's
            if (!DemoGenerator::generate(*database, options, &summary, error))
                return nullptr;
            spdlog::info("demo centre created with {} bookings", summary.bookings);
        }
    }
    return database;
}

} // namespace

int Startup::run(QApplication& app, const Clock& clock)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Massage Desk: reception for massage centres."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        tr("Open the database file PATH (created if missing), or a centre server given as a "
           "postgresql:// address. Default: %1")
            .arg(AppPaths::defaultDatabasePath()),
        QStringLiteral("PATH"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        tr("Open a demo centre (created on first use in %1).")
            .arg(QDir(AppPaths::dataFolder()).filePath(QStringLiteral("demo-centre.sqlite"))));
    const QCommandLineOption readyOption(
        QStringLiteral("exit-when-ready"),
        tr("Quit as soon as the first window has been painted (smoke tests, start-up timing)."));
    const QCommandLineOption languageOption(
        QStringLiteral("language"), tr("Interface language: en, ca or es."), QStringLiteral("L"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        tr("Start on a page: calendar, clients, catalogue, checkins, settings, users, audit "
           "or my-day (a therapist's sessions today)."),
        QStringLiteral("NAME"));
    parser.addOptions({databaseOption, demoOption, readyOption, languageOption, pageOption});
    parser.process(app);

    const bool demo = parser.isSet(demoOption);
    const bool exitWhenReady = parser.isSet(readyOption);
    QString path = parser.value(databaseOption);
    if (path.isEmpty())
        path = demo ? QDir(AppPaths::dataFolder()).filePath(QStringLiteral("demo-centre.sqlite"))
                    : AppPaths::defaultDatabasePath();

    std::unique_ptr<Database> database;
    for (;;) {
        StorageError error;
        database = openForGui(path, QString(), demo, clock, &error);
        if (database)
            break;
        spdlog::error("gui: cannot open {}: {}", SqlDialect::shownName(path).toStdString(),
                      error.detail.toStdString());
        if (exitWhenReady) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            return 1;
        }
        if (SqlDialect::isServerUri(path)) {
            // A server that refused: the connect dialog says why, keeps the address, retries
            // (a password typed there never reaches the command line, settings or the log).
            ConnectServerDialog dialog;
            ServerAddress address;
            QString invalid;
            if (ServerAddress::parse(path, &address, &invalid))
                dialog.setAddress(address);
            dialog.showProblem(error);
            dialog.attempt = [&](const ServerAddress& typed) {
                StorageError failure;
                database = openForGui(typed.uri(false), typed.password, demo, clock, &failure);
                return failure;
            };
            if (dialog.exec() != QDialog::Accepted || !database)
                return 1;
            break;
        }
        QMessageBox box(QMessageBox::Warning, tr("Massage Desk"), error.message);
        QPushButton* other =
            box.addButton(tr("Open another database\u2026"), QMessageBox::AcceptRole);
        box.addButton(tr("Quit"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != other)
            return 1;
        path = QFileDialog::getOpenFileName(nullptr, tr("Open database"), AppPaths::dataFolder(),
                                            tr("Massage Desk databases (*.sqlite *.db);;All "
                                               "files (*)"));
        if (path.isEmpty())
            return 1;
    }

    RecentCentres().add(database->path());

    // Once the centre has users, someone signs in before anything is shown. Without users the
    // first start offers the manager's account; the demo and smoke tests never wait on it (the
    // status bar and the File menu offer it there). --exit-when-ready on a demo centre (whose
    // passwords are public anyway) paints with nobody signed in, so start-up smoke tests and
    // timings run unattended; on any other centre with users it is refused.
    std::optional<User> user;
    {
        StorageError error;
        const bool anyUser = UserRepository(*database).anyUser(&error);
        if (!anyUser && !demo && !exitWhenReady && !error) {
            FirstManagerDialog first(*database);
            if (first.exec() == QDialog::Accepted) {
                user = first.user();
                if (!first.recoveryKey().isEmpty())
                    RecoveryKeyDialog(first.recoveryKey(), database->path()).exec();
            }
        }
        const bool demoCentre =
            SettingsRepository(*database).value(SettingKeys::kDemoCentre) == QLatin1String("1");
        if (anyUser && !(exitWhenReady && demoCentre)) {
            if (exitWhenReady) {
                std::fprintf(stderr, "%s\n",
                             qPrintable(tr("This database has users; sign in interactively.")));
                return 1;
            }
            SignInDialog dialog(*database, QString());
            if (dialog.exec() != QDialog::Accepted)
                return 0;
            user = dialog.user();
        }
    }
    MainWindow window(clock, std::move(database));
    window.setUser(user);
    const QStringList pages = {QStringLiteral("calendar"),  QStringLiteral("clients"),
                               QStringLiteral("catalogue"), QStringLiteral("checkins"),
                               QStringLiteral("settings"),  QStringLiteral("users"),
                               QStringLiteral("audit"),     QStringLiteral("my-day")};
    if (parser.isSet(pageOption)) {
        const int index = int(pages.indexOf(parser.value(pageOption)));
        if (index < 0) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(tr("Unknown page \"%1\"; choose one of: %2.")
                               .arg(parser.value(pageOption), pages.join(QStringLiteral(", ")))));
            return 2;
        }
        window.showPage(MainWindow::PageIndex(index));
    }
    if (exitWhenReady) {
        // exit(), not quit(): quit() closes the window, and closing writes an automatic backup
        // that a smoke test or a start-up timing must not wait for.
        QObject::connect(
            &window, &MainWindow::firstPainted, &app, [&app] { app.exit(0); },
            Qt::QueuedConnection);
    }
    window.show();
    return app.exec();
}
