#include "TestCli.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

// ---------------------------------------------------------------------------------------------
// Shared helpers

QStringList catalogueCodes()
{
    return {QStringLiteral("leg"), QStringLiteral("foot"), QStringLiteral("sports"),
            QStringLiteral("lymphatic"), QStringLiteral("full-body")};
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QStringList filesBeside(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    return QDir(info.absolutePath())
        .entryList({info.fileName() + QLatin1Char('*')}, QDir::Files | QDir::Hidden);
}

QStringList codesOf(const QJsonArray& services)
{
    QStringList codes;
    for (const QJsonValue& value : services)
        codes << value.toObject().value(QStringLiteral("code")).toString();
    return codes;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

namespace {

// Plain text long enough to fill a SQLite header, so the check is "not a database at all".
QByteArray someText()
{
    QByteArray text;
    for (int i = 0; i < 20; ++i)
        text += "Appointments for Tuesday: nothing planned yet.\n";
    return text;
}

// Every regular file below `folder`, relative to it.
QStringList filesBelow(const QString& folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(folder).relativeFilePath(it.next());
    files.sort();
    return files;
}

} // namespace

void TestCli::init()
{
    m_cli = std::make_unique<CliRunner>();
    QVERIFY2(m_cli->isValid(), "cannot create a temporary folder");
    QVERIFY2(QFileInfo(CliRunner::program()).isExecutable(),
             qPrintable(CliRunner::program() + QStringLiteral(" is not built")));
}

void TestCli::cleanup()
{
    m_cli.reset();
}

// ---------------------------------------------------------------------------------------------
// The command line itself

void TestCli::helpListsEveryCommand()
{
    const CliResult result = m_cli->runRaw({QStringLiteral("--help")});
    CLI_EXPECT_EXIT(result, 0);
    const QString text = result.outText();
    QVERIFY2(text.contains(QLatin1String("massage-desk-cli")), qPrintable(text));
    for (const char* line :
         {"init", "demo [--size small|large] [--seed N] [--unsealed]", "check", "backup DEST",
          "restore SRC", "migrate --to", "services list", "services show CODE", "therapists list",
          "rooms list", "--database", "--json", "--version"}) {
        QVERIFY2(text.contains(QLatin1String(line)), line);
    }
    // The default database follows MASSAGE_DESK_DATA_DIR, never the real home.
    QVERIFY2(text.contains(m_cli->home()), qPrintable(text));
    QCOMPARE(QFileInfo::exists(m_cli->path(QStringLiteral("home/massage-desk.sqlite"))), false);

    const CliResult shortForm = m_cli->runRaw({QStringLiteral("-h")});
    CLI_EXPECT_EXIT(shortForm, 0);
    QCOMPARE(shortForm.out, result.out);
}

void TestCli::versionNamesTheProgram()
{
    const CliResult result = m_cli->runRaw({QStringLiteral("--version")});
    CLI_EXPECT_EXIT(result, 0);
    const QString text = result.outText().trimmed();
    QVERIFY2(text.startsWith(QLatin1String("massage-desk-cli ")), qPrintable(text));
    const QString version = text.section(QLatin1Char(' '), 1);
    QVERIFY2(!version.isEmpty() && version.at(0).isDigit(), qPrintable(text));
}

void TestCli::commandHelpShowsItsUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("usage");
    const QString prefix = QStringLiteral("Usage: massage-desk-cli [--database PATH] [--json] ");
    auto row = [&](const char* name, const QStringList& arguments, const char* usage) {
        QTest::newRow(name) << arguments << prefix + QLatin1String(usage);
    };
    const QString help = QStringLiteral("--help");
    row("init", {QStringLiteral("init"), help}, "init [--manager NAME]");
    row("demo", {QStringLiteral("demo"), help},
        "demo [--size small|large] [--seed N] [--unsealed]");
    row("check", {QStringLiteral("check"), help}, "check");
    row("backup", {QStringLiteral("backup"), help}, "backup DEST");
    row("restore", {QStringLiteral("restore"), help}, "restore SRC [--replace --yes]");
    row("services list", {QStringLiteral("services"), QStringLiteral("list"), help},
        "services list [--language L]");
    row("services show", {QStringLiteral("services"), QStringLiteral("show"), help},
        "services show CODE [--language L]");
    row("therapists list", {QStringLiteral("therapists"), QStringLiteral("list"), help},
        "therapists list");
    row("rooms list", {QStringLiteral("rooms"), QStringLiteral("list"), help}, "rooms list");
    row("help before the command", {help, QStringLiteral("backup")}, "backup DEST");
    row("short -h", {QStringLiteral("restore"), QStringLiteral("-h")},
        "restore SRC [--replace --yes]");
    row("help beside other arguments",
        {QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("7"), help},
        "demo [--size small|large] [--seed N] [--unsealed]");
}

void TestCli::commandHelpShowsItsUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, usage);
    const CliResult result = m_cli->run(arguments);
    CLI_EXPECT_EXIT(result, 0);
    const QStringList lines = result.outText().split(QLatin1Char('\n'));
    QVERIFY2(lines.contains(usage), qPrintable(result.describe()));
    // Beyond the usage line, a sentence or more that explains the command.
    QVERIFY2(result.outText().trimmed().size() > usage.size() + 20, qPrintable(result.describe()));
    // Asking for help never creates or touches a database.
    QCOMPARE(QFileInfo::exists(m_cli->database()), false);
}

void TestCli::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("withDatabase");
    auto row = [](const char* name, std::initializer_list<const char*> words,
                  bool withDatabase = true) {
        QStringList arguments;
        for (const char* word : words)
            arguments << QString::fromUtf8(word);
        QTest::newRow(name) << arguments << withDatabase;
    };
    row("no command", {});
    row("unknown command", {"bogus"});
    row("unknown sub-command", {"services", "delete"});
    row("group word alone", {"services"});
    row("unknown global option", {"--bogus", "check"});
    row("single-dash word", {"-x", "check"});
    row("missing --database value", {"--database"}, false);
    row("missing --database value after --json", {"--json", "--database"}, false);
    row("unknown command option", {"check", "--force"});
    row("option of another command", {"init", "--size", "small"});
    row("init with an argument", {"init", "now"});
    row("check with an argument", {"check", "all"});
    row("demo with an argument", {"demo", "small"});
    row("services list with an argument", {"services", "list", "leg"});
    row("services show without a code", {"services", "show"});
    row("services show with two codes", {"services", "show", "leg", "foot"});
    row("therapists list with an argument", {"therapists", "list", "1"});
    row("rooms list with an argument", {"rooms", "list", "1"});
    row("backup without a destination", {"backup"});
    row("backup with two destinations", {"backup", "a.sqlite", "b.sqlite"});
    row("restore without a source", {"restore"});
    row("restore with two sources", {"restore", "a.sqlite", "b.sqlite"});
    row("demo --size huge", {"demo", "--size", "huge"});
    row("demo --size without a value", {"demo", "--size"});
    row("demo --size in capitals", {"demo", "--size", "SMALL"});
    row("demo --seed abc", {"demo", "--seed", "abc"});
    row("demo --seed negative", {"demo", "--seed", "-1"});
    row("demo --seed too big", {"demo", "--seed", "4294967296"});
    row("demo --seed fraction", {"demo", "--seed", "1.5"});
    row("demo --seed empty", {"demo", "--seed", ""});
    row("services list --language fr", {"services", "list", "--language", "fr"});
    row("services list --language SQL", {"services", "list", "--language", "en' OR '1'='1"});
    row("services list --language without a value", {"services", "list", "--language"});
    row("services show --language xx", {"services", "show", "leg", "--language", "xx"});
}

void TestCli::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, withDatabase);
    const CliResult result = withDatabase ? m_cli->run(arguments) : m_cli->runRaw(arguments);
    CLI_EXPECT_EXIT(result, 2);
    QVERIFY2(!result.errText().trimmed().isEmpty(), qPrintable(result.describe()));
    if (!arguments.contains(QLatin1String("--json")))
        QVERIFY2(result.out.isEmpty(), qPrintable(result.describe()));
    // A usage error touches no file: no database here, none at the default place either.
    QCOMPARE(filesBeside(m_cli->database()), QStringList());
    QCOMPARE(QFileInfo::exists(m_cli->path(QStringLiteral("home/massage-desk.sqlite"))), false);
}

void TestCli::usageErrorsInJsonArePrintedAsAnErrorObject()
{
    const CliResult result = m_cli->run({QStringLiteral("--json"), QStringLiteral("demo"),
                                         QStringLiteral("--seed"), QStringLiteral("abc")});
    CLI_EXPECT_EXIT(result, 2);
    QJsonObject object;
    CLI_PARSE_JSON(result, object);
    QCOMPARE(object.keys(), QStringList{QStringLiteral("error")});
    QVERIFY(!object.value(QStringLiteral("error")).toString().isEmpty());
    QCOMPARE(QFileInfo::exists(m_cli->database()), false);
}

void TestCli::emptyDatabaseValueIsAUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--database=") << QStringList{QStringLiteral("--database="),
                                                QStringLiteral("check")};
    QTest::newRow("--database \"\"")
        << QStringList{QStringLiteral("--database"), QString(), QStringLiteral("check")};
}

void TestCli::emptyDatabaseValueIsAUsageError()
{
    // `--database` with no value is a usage error (2); an empty value is the same mistake.
    QFETCH(QStringList, arguments);
    const CliResult result = m_cli->runRaw(arguments);
    QVERIFY2(!result.errText().trimmed().isEmpty(), qPrintable(result.describe()));
    CLI_EXPECT_EXIT(result, 2);
}

void TestCli::englishPluralsAreWords()
{
    // English carries only its plural forms: "exactly 1 argument", never "1 argument(s)".
    const CliResult result = m_cli->run({QStringLiteral("services"), QStringLiteral("show")});
    CLI_EXPECT_EXIT(result, 2);
    QVERIFY2(result.errText().contains(QStringLiteral("exactly 1 argument;")),
             qPrintable(result.describe()));
}

void TestCli::logsStayInTheDataFolder()
{
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("init")}), 0);
    const QStringList logs = filesBelow(m_cli->home());
    QVERIFY2(!logs.isEmpty(), "no log file in MASSAGE_DESK_DATA_DIR");
    qint64 bytes = 0;
    for (const QString& log : logs)
        bytes += QFileInfo(QDir(m_cli->home()).filePath(log)).size();
    QVERIFY2(bytes > 0, qPrintable(logs.join(QLatin1Char(' '))));
    // HOME and the XDG folders point into the temporary folder: nothing may land there.
    QCOMPARE(filesBelow(m_cli->path(QStringLiteral("user"))), QStringList());
}

// ---------------------------------------------------------------------------------------------
// init, and files that are missing or not ours

void TestCli::initCreatesTheDatabase()
{
    const CliResult result = m_cli->run({QStringLiteral("--json"), QStringLiteral("init")});
    CLI_EXPECT_EXIT(result, 0);
    QJsonObject object;
    CLI_PARSE_JSON(result, object);
    QVERIFY(QFileInfo(m_cli->database()).isFile());
    QVERIFY(QFileInfo(m_cli->database()).size() > 0);
    QCOMPARE(QFileInfo(object.value(QStringLiteral("path")).toString()).canonicalFilePath(),
             QFileInfo(m_cli->database()).canonicalFilePath());
    QCOMPARE(object.value(QStringLiteral("created")), QJsonValue(true));
    QVERIFY(object.value(QStringLiteral("schema_version")).isDouble());
    QVERIFY(object.value(QStringLiteral("schema_version")).toInt() >= 1);

    // The new database holds the default catalogue.
    const CliResult list =
        m_cli->run({QStringLiteral("--json"), QStringLiteral("services"), QStringLiteral("list")});
    CLI_EXPECT_EXIT(list, 0);
    QJsonObject services;
    CLI_PARSE_JSON(list, services);
    QCOMPARE(sorted(codesOf(services.value(QStringLiteral("services")).toArray())),
             sorted(catalogueCodes()));
}

void TestCli::initTwiceChangesNothing()
{
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("init")}), 0);
    const QByteArray before = CliRunner::readAll(m_cli->database());
    QVERIFY(!before.isEmpty());

    const CliResult second = m_cli->run({QStringLiteral("--json"), QStringLiteral("init")});
    CLI_EXPECT_EXIT(second, 0);
    QJsonObject object;
    CLI_PARSE_JSON(second, object);
    QCOMPARE(object.value(QStringLiteral("created")), QJsonValue(false));
    QVERIFY(object.value(QStringLiteral("schema_version")).toInt() >= 1);
    QVERIFY2(CliRunner::readAll(m_cli->database()) == before, "a second init changed the file");

    // Without --json it still succeeds and says something.
    const CliResult human = m_cli->run({QStringLiteral("init")});
    CLI_EXPECT_EXIT(human, 0);
    QVERIFY(!human.outText().trimmed().isEmpty());
    QVERIFY(CliRunner::readAll(m_cli->database()) == before);
}

void TestCli::initCreatesMissingFolders()
{
    const QString nested = m_cli->path(QStringLiteral("centre/2026/desk.sqlite"));
    const CliResult result =
        m_cli->runOn(nested, {QStringLiteral("--json"), QStringLiteral("init")});
    CLI_EXPECT_EXIT(result, 0);
    QJsonObject object;
    CLI_PARSE_JSON(result, object);
    QCOMPARE(object.value(QStringLiteral("created")), QJsonValue(true));
    QVERIFY(QFileInfo(nested).isFile());
    CLI_EXPECT_EXIT(m_cli->runOn(nested, {QStringLiteral("check")}), 0);
}

void TestCli::commandsRefuseAFileThatIsNotOurs_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("arguments");
    // Two real SQLite files that are not ours to change: another program's, and a Massage Desk
    // database from a newer version (rollback journal, so a read-only look leaves no -wal).
    CliRunner maker;
    QVERIFY(maker.isValid());
    const QString foreign = maker.path(QStringLiteral("foreign.sqlite"));
    QString problem = runSql(foreign, {QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY "
                                                      "KEY, total INTEGER)"),
                                       QStringLiteral("INSERT INTO invoices (total) VALUES (90)")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString newer = maker.path(QStringLiteral("newer.sqlite"));
    CLI_EXPECT_EXIT(maker.runOn(newer, {QStringLiteral("init")}), 0);
    problem = runSql(newer, {QStringLiteral("PRAGMA journal_mode = DELETE"),
                             QStringLiteral("PRAGMA user_version = 999")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const QList<QPair<const char*, QByteArray>> files = {
        {"short text", QByteArrayLiteral("hello, this is not a database\n")},
        {"long text", someText()},
        {"zeroed header", QByteArray(8192, '\0')},
        {"fake magic", QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\x7f')},
        {"another program's database", CliRunner::readAll(foreign)},
        {"newer data version", CliRunner::readAll(newer)},
    };
    for (const auto& file : files)
        QVERIFY2(!file.second.isEmpty(), file.first);
    const QList<QPair<const char*, QStringList>> commands = {
        {"init", {QStringLiteral("init")}},
        {"demo", {QStringLiteral("demo")}},
        {"check", {QStringLiteral("check")}},
        {"services list", {QStringLiteral("services"), QStringLiteral("list")}},
        {"services show",
         {QStringLiteral("services"), QStringLiteral("show"), QStringLiteral("leg")}},
        {"therapists list", {QStringLiteral("therapists"), QStringLiteral("list")}},
        {"rooms list", {QStringLiteral("rooms"), QStringLiteral("list")}},
        {"backup", {QStringLiteral("backup"), QStringLiteral("copy.sqlite")}},
    };
    for (const auto& file : files) {
        for (const auto& command : commands) {
            QTest::addRow("%s: %s", file.first, command.first) << file.second << command.second;
        }
    }
}

void TestCli::commandsRefuseAFileThatIsNotOurs()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, arguments);
    QVERIFY(writeFile(m_cli->database(), content));

    const CliResult result = m_cli->run(QStringList{QStringLiteral("--json")} + arguments);
    CLI_EXPECT_EXIT(result, 1);
    QJsonObject object;
    CLI_PARSE_JSON(result, object);
    QVERIFY2(!object.value(QStringLiteral("error")).toString().isEmpty(),
             qPrintable(result.describe()));
    QVERIFY2(!result.errText().trimmed().isEmpty(), qPrintable(result.describe()));

    QVERIFY2(CliRunner::readAll(m_cli->database()) == content, "the file was changed");
    QCOMPARE(filesBeside(m_cli->database()), QStringList{QStringLiteral("x.sqlite")});
    QCOMPARE(QFileInfo::exists(m_cli->path(QStringLiteral("copy.sqlite"))), false);
}

void TestCli::commandsRefuseAMissingDatabase_data()
{
    QTest::addColumn<QString>("database");
    QTest::addColumn<QStringList>("arguments");
    const QList<QPair<const char*, QStringList>> commands = {
        {"check", {QStringLiteral("check")}},
        {"services list", {QStringLiteral("services"), QStringLiteral("list")}},
        {"services show",
         {QStringLiteral("services"), QStringLiteral("show"), QStringLiteral("leg")}},
        {"therapists list", {QStringLiteral("therapists"), QStringLiteral("list")}},
        {"rooms list", {QStringLiteral("rooms"), QStringLiteral("list")}},
        {"backup", {QStringLiteral("backup"), QStringLiteral("copy.sqlite")}},
    };
    for (const auto& command : commands) {
        QTest::addRow("%s", command.first) << QStringLiteral("x.sqlite") << command.second;
        QTest::addRow("%s in a missing folder", command.first)
            << QStringLiteral("absent/x.sqlite") << command.second;
    }
}

void TestCli::commandsRefuseAMissingDatabase()
{
    QFETCH(QString, database);
    QFETCH(QStringList, arguments);
    const CliResult result =
        m_cli->runOn(m_cli->path(database), QStringList{QStringLiteral("--json")} + arguments);
    CLI_EXPECT_EXIT(result, 1);
    QJsonObject object;
    CLI_PARSE_JSON(result, object);
    QVERIFY(!object.value(QStringLiteral("error")).toString().isEmpty());
    QVERIFY(!result.errText().trimmed().isEmpty());

    // Nothing was created: no database, no journal, no folder, no backup.
    QCOMPARE(filesBelow(m_cli->root()).filter(QStringLiteral(".sqlite")), QStringList());
    QCOMPARE(QFileInfo::exists(m_cli->path(QStringLiteral("absent"))), false);
}

QTEST_GUILESS_MAIN(TestCli)
