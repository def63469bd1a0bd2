#include "SignedInCli.h"

#include <QRegularExpression>
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
        QVERIFY(run.out.contains(QLatin1String("Older backups still hold")));
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
};

QTEST_GUILESS_MAIN(TestCliSealing)
#include "tst_cli_sealing.moc"
