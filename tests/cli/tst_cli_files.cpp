// What massage-desk-cli does with files that are not what they seem (issue 15, items 11-12):
// a --database that names a pipe, a device or a link to nothing is refused from its type alone,
// at once, with a sentence for a person (never SQLite's text) and nothing written beside it;
// an empty file is a database not made yet, like a missing one.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// Every entry of a folder but the program's data folder (its logs).
QStringList everything(const QString& folder)
{
    QStringList names = QDir(folder).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    names.removeAll(QStringLiteral("home"));
    return names;
}

} // namespace

class TestCliFiles : public QObject
{
    Q_OBJECT

private slots:
    void databaseThatIsNotAnOrdinaryFileIsRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("arguments");
        const QList<QPair<const char*, QStringList>> commands = {
            {"init", {QStringLiteral("init")}},
            {"demo", {QStringLiteral("demo")}},
            {"check", {QStringLiteral("check")}},
            {"services list", {QStringLiteral("services"), QStringLiteral("list")}},
            {"backup", {QStringLiteral("backup"), QStringLiteral("copy.sqlite")}},
        };
        for (const char* kind : {"fifo", "/dev/null", "dangling link"})
            for (const auto& command : commands)
                QTest::addRow("%s: %s", kind, command.first)
                    << QString::fromLatin1(kind) << command.second;
    }
    void databaseThatIsNotAnOrdinaryFileIsRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, arguments);
        CliRunner cli;
        QVERIFY(cli.isValid());
        QString database = kind;
        int fd = -1;
        if (kind == QLatin1String("fifo")) {
            database = cli.path(QStringLiteral("pipe.sqlite"));
            QCOMPARE(::mkfifo(QFile::encodeName(database).constData(), 0600), 0);
            // Both ends held here, with bytes waiting: a program that opened the pipe would not
            // block, and what it read would be missing afterwards.
            fd = ::open(QFile::encodeName(database).constData(), O_RDWR | O_NONBLOCK);
            QVERIFY(fd >= 0);
            QCOMPARE(::write(fd, "SQLite format 3", 15), ssize_t(15));
        } else if (kind == QLatin1String("dangling link")) {
            database = cli.path(QStringLiteral("link.sqlite"));
            QVERIFY(QFile::link(cli.path(QStringLiteral("gone.sqlite")), database));
        }
        const QString folder = QFileInfo(database).absolutePath();
        const QStringList before = everything(folder);
        const QStringList rootBefore = everything(cli.root());

        const CliResult result =
            cli.runOn(database, QStringList{QStringLiteral("--json")} + arguments);
        CLI_EXPECT_EXIT(result, 1);
        QJsonObject error;
        CLI_PARSE_JSON(result, error);
        const QString message = error.value(QStringLiteral("error")).toString();
        QVERIFY2(message.contains(QDir::toNativeSeparators(database)), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("SQLite")) &&
                     !result.errText().contains(QLatin1String("QSQLITE")),
                 qPrintable(result.describe()));
        // Nothing beside it: no /dev/null-journal, no -wal, no lock, no backup copy.
        QCOMPARE(everything(folder), before);
        QCOMPARE(everything(cli.root()), rootBefore);
        if (fd >= 0) {
            char buffer[32] = {};
            QCOMPARE(::read(fd, buffer, sizeof buffer), ssize_t(15));
            ::close(fd);
        }
    }

    // An empty (0-byte) file, as a script's "touch" leaves it: commands that read a database
    // refuse it as they refuse a missing one and leave it empty, so "init" afterwards still
    // makes the whole database, catalogue included.
    void anEmptyFileIsADatabaseNotMadeYet()
    {
        CliRunner cli;
        QVERIFY(cli.isValid());
        QFile empty(cli.database());
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        for (const QStringList& arguments :
             {QStringList{QStringLiteral("check")},
              QStringList{QStringLiteral("services"), QStringLiteral("list")},
              QStringList{QStringLiteral("backup"), QStringLiteral("copy.sqlite")}}) {
            const CliResult result = cli.run(arguments);
            CLI_EXPECT_EXIT(result, 1);
            QVERIFY2(result.errText().contains(QLatin1String("empty")),
                     qPrintable(result.describe()));
            QCOMPARE(QFileInfo(cli.database()).size(), 0);
            QCOMPARE(everything(cli.root()), QStringList{QStringLiteral("x.sqlite")});
        }
        const CliResult init = cli.run({QStringLiteral("--json"), QStringLiteral("init")});
        CLI_EXPECT_EXIT(init, 0);
        QJsonObject created;
        CLI_PARSE_JSON(init, created);
        QCOMPARE(created.value(QStringLiteral("created")).toBool(), true);
        const CliResult services =
            cli.run({QStringLiteral("--json"), QStringLiteral("services"), QStringLiteral("list")});
        CLI_EXPECT_EXIT(services, 0);
        QJsonObject list;
        CLI_PARSE_JSON(services, list);
        QCOMPARE(list.value(QStringLiteral("services")).toArray().size(), 5);
    }

    // A file to read that is a pipe with nobody writing to it: opening it would wait for ever,
    // so each command refuses it from its type alone and returns at once.
    void inputThatIsAPipeIsRefused()
    {
        CliRunner cli;
        QVERIFY(cli.isValid());
        const QString pipe = cli.path(QStringLiteral("input.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        for (const QStringList& arguments :
             {QStringList{QStringLiteral("checkin"), QStringLiteral("1"),
                          QStringLiteral("--answers"), pipe},
              QStringList{QStringLiteral("services"), QStringLiteral("check"), pipe},
              QStringList{QStringLiteral("services"), QStringLiteral("import"), pipe},
              QStringList{QStringLiteral("clients"), QStringLiteral("import"), pipe}}) {
            const CliResult result = cli.run(arguments);
            CLI_EXPECT_EXIT(result, 1);
            QVERIFY2(result.errText().contains(QLatin1String("not an ordinary file")) &&
                         result.errText().contains(QDir::toNativeSeparators(pipe)),
                     qPrintable(result.describe()));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliFiles)
#include "tst_cli_files.moc"
