#include "DemoFixture.h"
#include "TestCli.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTest>

#include <unistd.h>

static const QString kDemo = QStringLiteral("demo");
static const QString kSeed = QStringLiteral("--seed");
static const QString kCheck = QStringLiteral("check");
static const QString kBackup = QStringLiteral("backup");
static const QString kRestore = QStringLiteral("restore");

// ---------------------------------------------------------------------------------------------
// backup and restore

void TestCli::backupWritesACheckedCopy()
{
    CLI_EXPECT_EXIT(m_cli->run({kDemo, kSeed, QStringLiteral("3"), QStringLiteral("--unsealed")}),
                    0);
    QVERIFY(withoutDemoAccounts(m_cli->database()));
    CLI_JSON(source, 0, kCheck);
    const QByteArray sourceBytes = CliRunner::readAll(m_cli->database());
    const QString copy = m_cli->path(QStringLiteral("copy.sqlite"));

    CLI_JSON(facts, 0, kBackup, copy);
    QCOMPARE(facts.value(QStringLiteral("path")).toString(), copy);
    QVERIFY(QFileInfo(copy).isFile());
    QVERIFY(facts.value(QStringLiteral("bytes")).toInteger() > 0);
    QCOMPARE(facts.value(QStringLiteral("bytes")).toInteger(), QFileInfo(copy).size());
    QVERIFY(facts.value(QStringLiteral("schema_version")).toInt() >= 1);
    QVERIFY2(CliRunner::readAll(m_cli->database()) == sourceBytes, "backup changed the source");

    // The copy is a whole Massage Desk database with the same contents.
    CLI_JSON_ON(copied, copy, 0, kCheck);
    QCOMPARE(copied, source);

    // A relative destination is relative to the working folder; human output says something.
    const CliResult human = m_cli->run({kBackup, QStringLiteral("relative.sqlite")});
    CLI_EXPECT_EXIT(human, 0);
    QVERIFY(!human.outText().trimmed().isEmpty());
    QVERIFY(QFileInfo(m_cli->path(QStringLiteral("relative.sqlite"))).isFile());
}

void TestCli::backupNeverOverwrites()
{
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("init")}), 0);
    const QString existing = m_cli->path(QStringLiteral("existing.sqlite"));
    const QByteArray precious("last month's accounts, not a backup\n");
    QVERIFY(writeFile(existing, precious));

    const CliResult result = m_cli->run({QStringLiteral("--json"), kBackup, existing});
    CLI_EXPECT_EXIT(result, 1);
    QJsonObject error;
    CLI_PARSE_JSON(result, error);
    QVERIFY(!error.value(QStringLiteral("error")).toString().isEmpty());
    QVERIFY(!result.errText().trimmed().isEmpty());
    QCOMPARE(CliRunner::readAll(existing), precious);

    // Nor the database itself.
    const QByteArray database = CliRunner::readAll(m_cli->database());
    CLI_EXPECT_EXIT(m_cli->run({kBackup, m_cli->database()}), 1);
    QVERIFY(CliRunner::readAll(m_cli->database()) == database);
}

void TestCli::backupIntoAFolderUsesADatedName()
{
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("init")}), 0);
    const QString folder = m_cli->path(QStringLiteral("backups"));
    QVERIFY(QDir().mkpath(folder));

    CLI_JSON(facts, 0, kBackup, folder);
    const QFileInfo written(facts.value(QStringLiteral("path")).toString());
    QCOMPARE(written.absolutePath(), folder);
    QVERIFY2(written.fileName().startsWith(QLatin1String("massage-desk-")),
             qPrintable(written.fileName()));
    QVERIFY2(written.fileName().contains(QLatin1String("2026-11-25")), // the fixed "now"
             qPrintable(written.fileName()));
    QVERIFY2(written.fileName().endsWith(QLatin1String(".sqlite")), qPrintable(written.fileName()));
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{written.fileName()});
    CLI_EXPECT_EXIT(m_cli->runOn(written.filePath(), {kCheck}), 0);

    // Again within the same second (the clock is fixed): a name of its own ("-2", then "-3")
    // rather than a refusal of the name it chose itself; the first backup is kept as it was.
    const QByteArray first = CliRunner::readAll(written.filePath());
    for (const char* suffix : {"-2.sqlite", "-3.sqlite"}) {
        CLI_JSON(again, 0, kBackup, folder);
        const QFileInfo next(again.value(QStringLiteral("path")).toString());
        QCOMPARE(next.absolutePath(), folder);
        QCOMPARE(next.fileName(), written.completeBaseName() + QLatin1String(suffix));
        CLI_EXPECT_EXIT(m_cli->runOn(next.filePath(), {kCheck}), 0);
    }
    QVERIFY(CliRunner::readAll(written.filePath()) == first);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 3); // no temporary file
}

void TestCli::backupToAnEmptyNameIsAUsageError()
{
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("init")}), 0);
    const QStringList before = filesBeside(m_cli->database());
    for (const QString& command : {kBackup, kRestore}) {
        const CliResult result = m_cli->run({command, QString()});
        CLI_EXPECT_EXIT(result, 2);
        QVERIFY2(result.errText().contains(command + QLatin1String(" needs")),
                 qPrintable(result.describe()));
        // A message for a person, not a warning from Qt's file classes.
        QVERIFY2(!result.errText().contains(QLatin1String("QFSFileEngine")) &&
                     !result.errText().contains(QLatin1String("QFile")) &&
                     !result.errText().contains(QLatin1String("QDir")),
                 qPrintable(result.describe()));
    }
    QCOMPARE(filesBeside(m_cli->database()), before);
}

void TestCli::backupIntoANewFolderPath()
{
    // "backup DEST/" names a folder. Either the backup lands inside it, or the command is
    // refused and, as every refusal, changes nothing: no folder left behind.
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("init")}), 0);
    const QString folder = m_cli->path(QStringLiteral("new-folder"));
    const CliResult result =
        m_cli->run({QStringLiteral("--json"), kBackup, folder + QLatin1Char('/')});
    if (result.exitCode == 0) {
        QJsonObject facts;
        CLI_PARSE_JSON(result, facts);
        const QFileInfo written(facts.value(QStringLiteral("path")).toString());
        QCOMPARE(written.absolutePath(), folder);
        QVERIFY(written.isFile());
    } else {
        CLI_EXPECT_EXIT(result, 1);
        QVERIFY2(!QFileInfo::exists(folder),
                 qPrintable(QStringLiteral("refused, yet it created %1\n").arg(folder) +
                            result.describe()));
    }
}

void TestCli::restoreBringsBackTheBackup()
{
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("init")}), 0);
    const QString backup = m_cli->path(QStringLiteral("before-demo.sqlite"));
    CLI_EXPECT_EXIT(m_cli->run({kBackup, backup}), 0);
    const QByteArray backupBytes = CliRunner::readAll(backup);

    // The change to undo: a whole demo centre.
    CLI_JSON(summary, 0, kDemo, kSeed, QStringLiteral("5"), QStringLiteral("--unsealed"));
    QVERIFY(withoutDemoAccounts(m_cli->database()));
    const qint64 bookings = summary.value(QStringLiteral("bookings")).toInteger();
    QVERIFY(bookings > 0);

    CLI_JSON(restored, 0, kRestore, backup);
    QCOMPARE(QFileInfo(restored.value(QStringLiteral("database")).toString()).canonicalFilePath(),
             QFileInfo(m_cli->database()).canonicalFilePath());
    QCOMPARE(
        QFileInfo(restored.value(QStringLiteral("restored_from")).toString()).canonicalFilePath(),
        QFileInfo(backup).canonicalFilePath());
    QVERIFY(restored.value(QStringLiteral("schema_version")).toInt() >= 1);
    const QString safety = restored.value(QStringLiteral("safety_copy")).toString();
    QVERIFY2(QFileInfo(safety).isFile(), qPrintable(safety));
    QVERIFY(safety != m_cli->database() && safety != backup);

    CLI_JSON(now, 0, kCheck);
    QCOMPARE(now.value(QStringLiteral("ok")), QJsonValue(true));
    const QJsonObject counts = now.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("bookings")).toInt(), 0);
    QCOMPARE(counts.value(QStringLiteral("therapists")).toInt(), 0);
    QCOMPARE(counts.value(QStringLiteral("services")).toInt(), 5);

    // The replaced database, demo centre and all, is kept; the backup itself is untouched.
    CLI_JSON_ON(kept, safety, 0, kCheck);
    QCOMPARE(kept.value(QStringLiteral("counts"))
                 .toObject()
                 .value(QStringLiteral("bookings"))
                 .toInteger(),
             bookings);
    QVERIFY2(CliRunner::readAll(backup) == backupBytes, "restore changed its source");
}

void TestCli::restoreRefusesABadBackup_data()
{
    QTest::addColumn<QString>("kind");
    for (const char* kind : {"text file", "missing file", "empty file", "zeroed file",
                             "truncated backup", "damaged pages", "newer data version",
                             "another program's database", "the database itself", "a folder",
                             "a symbolic link to the database", "a hard link to the database"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestCli::restoreRefusesABadBackup()
{
    QFETCH(QString, kind);
    CLI_EXPECT_EXIT(m_cli->run({kDemo, kSeed, QStringLiteral("2"), QStringLiteral("--unsealed")}),
                    0);
    QVERIFY(withoutDemoAccounts(m_cli->database()));
    CLI_JSON(before, 0, kCheck);

    QString source = m_cli->path(QStringLiteral("source.sqlite"));
    if (kind == QLatin1String("text file")) {
        QVERIFY(writeFile(source, QByteArray(4096, 'x') + "\nnot a backup\n"));
    } else if (kind == QLatin1String("empty file")) {
        QVERIFY(writeFile(source, QByteArray()));
    } else if (kind == QLatin1String("zeroed file")) {
        QVERIFY(writeFile(source, QByteArray(65536, '\0')));
    } else if (kind == QLatin1String("truncated backup") ||
               kind == QLatin1String("damaged pages") ||
               kind == QLatin1String("newer data version")) {
        CLI_EXPECT_EXIT(m_cli->run({kBackup, source}), 0);
        QByteArray bytes = CliRunner::readAll(source);
        QVERIFY(bytes.size() > 16384);
        if (kind == QLatin1String("truncated backup")) {
            QVERIFY(writeFile(source, bytes.left(bytes.size() / 2 + 100)));
        } else if (kind == QLatin1String("damaged pages")) {
            // Keep the first page (header and schema root), scribble over every other one.
            for (int i = 4096; i < bytes.size(); ++i)
                bytes[i] = char((i * 7919) & 0xff);
            QVERIFY(writeFile(source, bytes));
        } else {
            const QString problem = runSql(source, {QStringLiteral("PRAGMA user_version = 999")});
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    } else if (kind == QLatin1String("another program's database")) {
        const QString problem =
            runSql(source,
                   {QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)"),
                    QStringLiteral("INSERT INTO invoices (total) VALUES (120)")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    } else if (kind == QLatin1String("the database itself")) {
        source = m_cli->database();
    } else if (kind == QLatin1String("a folder")) {
        QVERIFY(QDir().mkpath(source));
    } else if (kind == QLatin1String("a symbolic link to the database")) {
        QVERIFY(QFile::link(m_cli->database(), source));
    } else if (kind == QLatin1String("a hard link to the database")) {
        QVERIFY(QFile::setPermissions(m_cli->database(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(::link(QFile::encodeName(m_cli->database()).constData(),
                        QFile::encodeName(source).constData()),
                 0);
    } else {
        QCOMPARE(kind, QStringLiteral("missing file"));
    }
    const QByteArray databaseBytes = CliRunner::readAll(m_cli->database());
    const QByteArray sourceBytes = CliRunner::readAll(source);
    const QFileDevice::Permissions mode = QFileInfo(m_cli->database()).permissions();

    const CliResult result = m_cli->run({QStringLiteral("--json"), kRestore, source});
    CLI_EXPECT_EXIT(result, 1);
    QJsonObject error;
    CLI_PARSE_JSON(result, error);
    QVERIFY(!error.value(QStringLiteral("error")).toString().isEmpty());
    QVERIFY(!result.errText().trimmed().isEmpty());

    QVERIFY2(CliRunner::readAll(m_cli->database()) == databaseBytes,
             "a refused restore changed the database");
    QVERIFY2(CliRunner::readAll(source) == sourceBytes, "a refused restore changed its source");
    QCOMPARE(QFileInfo(m_cli->database()).permissions(), mode);
    // No safety copy, no staged file. (SQLite's own -wal/-shm may appear when the source is the
    // live database, opened read-only for the check; they hold nothing.)
    const QStringList beside = filesBeside(m_cli->database());
    QVERIFY2(beside.filter(QStringLiteral("before-restore")).isEmpty() &&
                 beside.filter(QStringLiteral(".restoring")).isEmpty(),
             qPrintable(beside.join(QLatin1Char(' '))));
    CLI_JSON(after, 0, kCheck);
    QCOMPARE(after, before);
}

void TestCli::restoreReplacesADamagedDatabase()
{
    // One often restores because the database is damaged: that must not stand in the way.
    const QString good = m_cli->path(QStringLiteral("good.sqlite"));
    const QString backup = m_cli->path(QStringLiteral("good-backup.sqlite"));
    CLI_EXPECT_EXIT(
        m_cli->runOn(good, {kDemo, kSeed, QStringLiteral("4"), QStringLiteral("--unsealed")}), 0);
    QVERIFY(withoutDemoAccounts(good));
    CLI_EXPECT_EXIT(m_cli->runOn(good, {kBackup, backup}), 0);
    const QByteArray damaged = QByteArray(2048, 'z') + "\nthe disk ate this file\n";
    QVERIFY(writeFile(m_cli->database(), damaged));

    CLI_JSON(restored, 0, kRestore, backup);
    const QString safety = restored.value(QStringLiteral("safety_copy")).toString();
    QVERIFY2(QFileInfo(safety).isFile(), qPrintable(safety));
    QCOMPARE(CliRunner::readAll(safety), damaged);

    CLI_JSON_ON(expected, good, 0, kCheck);
    CLI_JSON(now, 0, kCheck);
    QCOMPARE(now, expected);
}

void TestCli::restoreIntoAMissingDatabase()
{
    const QString good = m_cli->path(QStringLiteral("good.sqlite"));
    const QString backup = m_cli->path(QStringLiteral("good-backup.sqlite"));
    CLI_EXPECT_EXIT(m_cli->runOn(good, {QStringLiteral("init")}), 0);
    CLI_EXPECT_EXIT(m_cli->runOn(good, {kBackup, backup}), 0);

    CLI_JSON(restored, 0, kRestore, backup);
    QCOMPARE(restored.value(QStringLiteral("safety_copy")).toString(), QString());
    QVERIFY(QFileInfo(m_cli->database()).isFile());
    CLI_JSON(now, 0, kCheck);
    QCOMPARE(now.value(QStringLiteral("ok")), QJsonValue(true));
    QCOMPARE(
        now.value(QStringLiteral("counts")).toObject().value(QStringLiteral("services")).toInt(),
        5);
}
