#include "SignedInCli.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// massage-desk-cli sealing (issue 13) through the real program: refused without any account,
// then turned on by a manager with the recovery key printed once, and the recovery key opening
// the centre again for a manager whose password is lost.
class TestCliSealing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString db() const { return m_dir.filePath(QStringLiteral("centre.sqlite")); }

    SignedInRun cli(const QStringList& args, const QString& password = {},
                    const QString& newPassword = {}, const QString& recoveryKey = {})
    {
        if (recoveryKey.isNull())
            qunsetenv("MASSAGE_DESK_RECOVERY_KEY");
        else
            qputenv("MASSAGE_DESK_RECOVERY_KEY", recoveryKey.toUtf8());
        return runSignedIn(m_dir.filePath(QStringLiteral("home")), db(), args, password,
                           newPassword);
    }

private slots:
    void enableThenRecover()
    {
        const QString password = QStringLiteral("Lantern-rock-47");
        QCOMPARE(cli({QStringLiteral("init")}).code, 0);
        SignedInRun run = cli({QStringLiteral("sealing"), QStringLiteral("enable")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("manager's account")), qPrintable(run.err));

        QCOMPARE(cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("boss"),
                      QStringLiteral("--role"), QStringLiteral("manager")},
                     {}, password)
                     .code,
                 0);
        const QStringList as{QStringLiteral("--user"), QStringLiteral("boss")};
        run = cli(as + QStringList{QStringLiteral("sealing"), QStringLiteral("status")}, password);
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QLatin1String("not sealed")), qPrintable(run.out));
        run = cli(as + QStringList{QStringLiteral("sealing"), QStringLiteral("enable")},
                  QStringLiteral("Wrong-guess-11"));
        QCOMPARE(run.code, 1);
        run = cli(as + QStringList{QStringLiteral("sealing"), QStringLiteral("enable")}, password);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QRegularExpressionMatch key =
            QRegularExpression(QStringLiteral("([0-9A-Z]{4}(-[0-9A-Z]{4}){7})")).match(run.out);
        QVERIFY2(key.hasMatch(), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("Backups made before sealing still hold")));
        run = cli(as + QStringList{QStringLiteral("sealing"), QStringLiteral("status")}, password);
        QVERIFY2(run.out.contains(QLatin1String("sealed; 1 account")), qPrintable(run.out));

        const QStringList recover{QStringLiteral("sealing"), QStringLiteral("recover"),
                                  QStringLiteral("--manager"), QStringLiteral("boss")};
        run = cli(recover, {}, QStringLiteral("Fresh-start-58"),
                  QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"));
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("does not open")), qPrintable(run.err));
        run = cli(recover, {}, QStringLiteral("Fresh-start-58"), key.captured(1));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = cli(as + QStringList{QStringLiteral("sealing"), QStringLiteral("status")},
                  QStringLiteral("Fresh-start-58"));
        QVERIFY2(run.code == 0, qPrintable(run.err));
    }

    void enableReplacesThePlainBackupsOnceConfirmed()
    {
        QTemporaryDir dir;
        const QString centre = dir.filePath(QStringLiteral("demo.sqlite"));
        const QString home = dir.filePath(QStringLiteral("home"));
        const auto run = [&](const QStringList& args, const QString& database) {
            return runSignedIn(home, database, args, QStringLiteral("demo"));
        };
        SignedInRun result = run({QStringLiteral("demo"), QStringLiteral("--seed"),
                                  QStringLiteral("3"), QStringLiteral("--unsealed")},
                                 centre);
        QVERIFY2(result.code == 0, qPrintable(result.err));
        const QStringList manager{QStringLiteral("--user"), QStringLiteral("manager")};
        // A plain backup in the automatic folder, as the desk made it the day before.
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        result = run(manager + QStringList{QStringLiteral("backup"), copy}, centre);
        QVERIFY2(result.code == 0, qPrintable(result.err));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("backups"))));
        const QString plain =
            dir.filePath(QStringLiteral("backups/demo-auto-2026-11-24T070000Z.sqlite"));
        QVERIFY(QFile::rename(copy, plain));
        const QByteArray advice("keep away from the injured");
        const auto bytes = [](const QString& path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        QVERIFY(bytes(plain).contains(advice));
        // An area to avoid as the plain backup holds it (the demo writes no notes).
        qint64 booking = 0;
        QString note;
        {
            QSqlDatabase sql =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
            sql.setDatabaseName(plain);
            sql.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec(QStringLiteral("SELECT booking_id, avoid_areas FROM checkins WHERE "
                                          "length(avoid_areas) > 0 LIMIT 1")) &&
                    q.next());
            booking = q.value(0).toLongLong();
            note = q.value(1).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
        QVERIFY(bytes(plain).contains(note.toUtf8()));

        // Asked without a terminal and without --yes: sealed, but nothing deleted.
        const QStringList enable =
            manager + QStringList{QStringLiteral("sealing"), QStringLiteral("enable"),
                                  QStringLiteral("--replace-backups")};
        result = run(enable, centre);
        QCOMPARE(result.code, 1);
        QVERIFY2(result.out.contains(QLatin1String("demo-auto-2026-11-24T070000Z.sqlite")),
                 qPrintable(result.out));
        QVERIFY2(result.err.contains(QLatin1String("No backup was deleted")),
                 qPrintable(result.err));
        QVERIFY(QFile::exists(plain));
        QVERIFY(QDir(dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files).size() == 1);

        result = run(enable + QStringList{QStringLiteral("--yes")}, centre);
        QVERIFY2(result.code == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QLatin1String("1 plain backup deleted")),
                 qPrintable(result.out));
        QVERIFY(!QFile::exists(plain));
        const QString sealed =
            dir.filePath(QStringLiteral("backups/demo-auto-2026-11-25T070000Z.sqlite"));
        QVERIFY(QFile::exists(sealed));
        QVERIFY(!bytes(sealed).contains(advice));
        QVERIFY(!bytes(sealed).contains(note.toUtf8()));

        // The sealed backup opens with a reader's password.
        const QString opened = dir.filePath(QStringLiteral("opened.sqlite"));
        QVERIFY(QFile::copy(sealed, opened));
        result = run(manager + QStringList{QStringLiteral("--json"), QStringLiteral("checkin"),
                                           QStringLiteral("show"), QString::number(booking)},
                     opened);
        QVERIFY2(result.code == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(note), qPrintable(result.out));
    }
};

QTEST_GUILESS_MAIN(TestCliSealing)
#include "tst_cli_sealing.moc"
