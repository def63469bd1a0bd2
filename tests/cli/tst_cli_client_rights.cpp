#include "DemoFixture.h"
#include "SignedInCli.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

// A client's data rights through the real massage-desk-cli on a demo centre: clients export
// writes valid JSON with the client's bookings and is audited; clients erase says what it
// would do and changes nothing without --yes, erases with it (no byte of the name left in the
// file), and refuses a second time; once the centre has users only a manager may do either.
class TestCliClientRights : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    qint64 m_client = 0;
    QString m_name;

    using Run = SignedInRun;

    Run cli(const QStringList& args, const QString& password = {}, const QString& newPassword = {})
    {
        return runSignedIn(m_dir.filePath(QStringLiteral("home")), db(), args, password,
                           newPassword);
    }

    QString db() const { return m_dir.filePath(QStringLiteral("centre.sqlite")); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

    // The first column of the first row of `sql`, read behind the program's back.
    QVariant peek(const QString& sql)
    {
        QVariant value;
        {
            QSqlDatabase connection =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            connection.setDatabaseName(db());
            if (connection.open()) {
                QSqlQuery query(connection);
                if (query.exec(sql) && query.next())
                    value = query.value(0);
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return value;
    }

    int audit(const QString& kind)
    {
        return peek(QStringLiteral("SELECT count(*) FROM audit_log WHERE kind = '%1'").arg(kind))
            .toInt();
    }

    QString nameOf(qint64 client)
    {
        return peek(QStringLiteral("SELECT full_name FROM clients WHERE id = %1").arg(client))
            .toString();
    }

    const QString anna = QStringLiteral("Blue sea 2026!");
    const QString pau = QStringLiteral("Desk at nine 9");

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--unsealed")}).code, 0);
        // Without the demo's accounts: the sign-in part is the last test's (anna, pau).
        QVERIFY(withoutDemoAccounts(db()));
        // The demo client with the most bookings, with upcoming ones too.
        m_client = peek(QStringLiteral("SELECT client_id FROM bookings GROUP BY client_id "
                                       "HAVING max(starts_at) > 1795590000 ORDER BY count(*) "
                                       "DESC, client_id LIMIT 1"))
                       .toLongLong();
        QVERIFY(m_client > 0);
        m_name = nameOf(m_client);
        QVERIFY(m_name.size() > 5);
    }

    void exportWritesTheClientsBookings()
    {
        const int before = audit(QStringLiteral("client.export"));
        const QString out = file(QStringLiteral("export.json"));
        const Run r =
            cli({QStringLiteral("--json"), QStringLiteral("clients"), QStringLiteral("export"),
                 QString::number(m_client), QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        const QJsonObject printed = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const int bookings =
            peek(QStringLiteral("SELECT count(*) FROM bookings WHERE client_id = %1").arg(m_client))
                .toInt();
        QVERIFY(bookings >= 2);
        QCOMPARE(printed.value(QLatin1String("bookings")).toInt(), bookings);
        QCOMPARE(audit(QStringLiteral("client.export")), before + 1);

        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        QJsonParseError error;
        const QJsonObject document = QJsonDocument::fromJson(written.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(document.value(QLatin1String("format")).toString(),
                 QStringLiteral("massage-desk-client-export"));
        QCOMPARE(document.value(QLatin1String("client"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 m_name);
        const QJsonArray list = document.value(QLatin1String("bookings")).toArray();
        QCOMPARE(list.size(), bookings);
        QSet<qint64> ids;
        for (const QJsonValue& b : list)
            ids.insert(b.toObject().value(QLatin1String("id")).toInteger());
        QVERIFY(ids.contains(
            peek(QStringLiteral("SELECT max(id) FROM bookings WHERE client_id = %1").arg(m_client))
                .toLongLong()));

        // Human output names the file; the PDF is the GUI's; usage errors come first.
        const Run human =
            cli({QStringLiteral("clients"), QStringLiteral("export"), QString::number(m_client),
                 QStringLiteral("--out"), file(QStringLiteral("export-again.json"))});
        QCOMPARE(human.code, 0);
        QVERIFY(human.out.contains(QStringLiteral("Exported client %1").arg(m_client)));
        for (const QStringList& bad :
             {QStringList{QStringLiteral("clients"), QStringLiteral("export"),
                          QString::number(m_client)},
              QStringList{QStringLiteral("clients"), QStringLiteral("export"), QStringLiteral("x"),
                          QStringLiteral("--out"), out},
              QStringList{QStringLiteral("clients"), QStringLiteral("export"),
                          QString::number(m_client), QStringLiteral("--out"), out,
                          QStringLiteral("--pdf"), file(QStringLiteral("r.pdf"))}})
            QCOMPARE(cli(bad).code, 2);
        QVERIFY(!QFile::exists(file(QStringLiteral("r.pdf"))));
        QCOMPARE(cli({QStringLiteral("clients"), QStringLiteral("export"), QStringLiteral("99999"),
                      QStringLiteral("--out"), file(QStringLiteral("nobody.json"))})
                     .code,
                 1);
        QVERIFY(!QFile::exists(file(QStringLiteral("nobody.json"))));
        QCOMPARE(audit(QStringLiteral("client.export")), before + 2);
    }

    // DESIGN 6: the export is a new file or nothing. An existing file, a link (even to
    // nothing), a pipe and a device are refused before the client's data is read (so no
    // export is audited), nothing is written anywhere, and no temporary file is left.
    void exportRefusesAnythingButANewFile_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char* kind :
             {"existing file", "link to a file", "dangling link", "fifo", "/dev/full", "folder"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }
    void exportRefusesAnythingButANewFile()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString kept = dir.filePath(QStringLiteral("kept.txt"));
        const QByteArray keptBytes("last month's accounts\n");
        {
            QFile f(kept);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(keptBytes) == keptBytes.size());
        }
        QString out = dir.filePath(QStringLiteral("export.json"));
        int fd = -1;
        if (kind == QLatin1String("existing file")) {
            out = kept;
        } else if (kind == QLatin1String("link to a file")) {
            QVERIFY(QFile::link(kept, out));
        } else if (kind == QLatin1String("dangling link")) {
            QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere.json")), out));
        } else if (kind == QLatin1String("fifo")) {
            QCOMPARE(::mkfifo(QFile::encodeName(out).constData(), 0600), 0);
            // Both ends held here: a program that opened the pipe would not block, and
            // whatever it wrote would be waiting in it afterwards.
            fd = ::open(QFile::encodeName(out).constData(), O_RDWR | O_NONBLOCK);
            QVERIFY(fd >= 0);
        } else if (kind == QLatin1String("/dev/full")) {
            out = kind;
        } else {
            out = dir.path();
        }
        const QStringList before =
            QDir(dir.path())
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        const int exports = audit(QStringLiteral("client.export"));
        const Run r =
            cli({QStringLiteral("--json"), QStringLiteral("clients"), QStringLiteral("export"),
                 QString::number(m_client), QStringLiteral("--out"), out});
        QVERIFY2(r.code == 1 || (kind == QLatin1String("folder") && r.code == 2),
                 qPrintable(QString::number(r.code) + r.err + r.out));
        const QString error = QJsonDocument::fromJson(r.out.toUtf8())
                                  .object()
                                  .value(QLatin1String("error"))
                                  .toString();
        QVERIFY2(error.contains(QDir::toNativeSeparators(out)), qPrintable(r.out));
        QCOMPARE(audit(QStringLiteral("client.export")), exports);
        QCOMPARE(
            QDir(dir.path())
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
            before);
        QFile f(kept);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), keptBytes);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("nowhere.json"))));
        if (fd >= 0) {
            char byte = 0;
            QCOMPARE(::read(fd, &byte, 1), ssize_t(-1)); // empty: nothing was written into it
            ::close(fd);
        }
    }

    void eraseWithoutYesChangesNothing()
    {
        const int entries = peek(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
        const Run r =
            cli({QStringLiteral("clients"), QStringLiteral("erase"), QString::number(m_client)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--yes")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("cannot be undone")));
        QVERIFY(r.err.contains(m_name));
        QCOMPARE(nameOf(m_client), m_name);
        QCOMPARE(peek(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), entries);
    }

    void eraseWithYesErases()
    {
        const int bookings =
            peek(QStringLiteral("SELECT count(*) FROM bookings WHERE client_id = %1").arg(m_client))
                .toInt();
        const Run r =
            cli({QStringLiteral("--json"), QStringLiteral("clients"), QStringLiteral("erase"),
                 QString::number(m_client), QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        const QJsonObject printed = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(printed.value(QLatin1String("erased")).toBool(), true);
        QCOMPARE(printed.value(QLatin1String("compacted")).toBool(), true);
        QCOMPARE(printed.value(QLatin1String("bookings_kept")).toInt(), bookings);
        QCOMPARE(nameOf(m_client), QStringLiteral("Erased client #%1").arg(m_client));
        QCOMPARE(
            peek(QStringLiteral("SELECT count(*) FROM bookings WHERE client_id = %1").arg(m_client))
                .toInt(),
            bookings);
        QCOMPARE(audit(QStringLiteral("client.erase")), 1);
        // No byte of the name is left in the file (the program has closed it: no WAL).
        QVERIFY(!QFile::exists(db() + QStringLiteral("-wal")) ||
                QFile(db() + QStringLiteral("-wal")).size() == 0);
        QFile raw(db());
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(!bytes.contains(m_name.toUtf8()));

        const Run find = cli(
            {QStringLiteral("--json"), QStringLiteral("clients"), QStringLiteral("find"), m_name});
        QCOMPARE(find.code, 0);
        QVERIFY(QJsonDocument::fromJson(find.out.toUtf8())
                    .object()
                    .value(QLatin1String("clients"))
                    .toArray()
                    .isEmpty());
        const Run again = cli({QStringLiteral("clients"), QStringLiteral("erase"),
                               QString::number(m_client), QStringLiteral("--yes")});
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(QStringLiteral("already erased")));
        QCOMPARE(audit(QStringLiteral("client.erase")), 1);
    }

    void clientsAddRecordsConsentWhenAsked()
    {
        for (const bool consent : {false, true}) {
            QStringList args = {QStringLiteral("--json"), QStringLiteral("clients"),
                                QStringLiteral("add"), QStringLiteral("--name"),
                                QStringLiteral("Consent %1").arg(consent)};
            if (consent)
                args << QStringLiteral("--consent");
            const Run r = cli(args);
            QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
            const qint64 id = QJsonDocument::fromJson(r.out.toUtf8())
                                  .object()
                                  .value(QLatin1String("id"))
                                  .toInteger();
            QCOMPARE(
                peek(QStringLiteral("SELECT consent_version FROM clients WHERE id = %1").arg(id))
                    .toString(),
                consent ? QStringLiteral("2026.1") : QString());
        }
    }

    void onlyAManagerExportsOrErases()
    {
        QCOMPARE(
            cli({QStringLiteral("init"), QStringLiteral("--manager"), QStringLiteral("anna")}, anna)
                .code,
            0);
        QCOMPARE(cli({QStringLiteral("--user"), QStringLiteral("anna"), QStringLiteral("users"),
                      QStringLiteral("add"), QStringLiteral("pau"), QStringLiteral("--role"),
                      QStringLiteral("receptionist")},
                     anna, pau)
                     .code,
                 0);
        const qint64 other =
            peek(QStringLiteral("SELECT id FROM clients WHERE erased_at IS NULL ORDER BY id "
                                "LIMIT 1"))
                .toLongLong();
        const QString name = nameOf(other);
        const QString out = file(QStringLiteral("pau.json"));
        Run r =
            cli({QStringLiteral("--user"), QStringLiteral("pau"), QStringLiteral("clients"),
                 QStringLiteral("export"), QString::number(other), QStringLiteral("--out"), out},
                pau);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Only a manager")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        r = cli({QStringLiteral("--user"), QStringLiteral("pau"), QStringLiteral("clients"),
                 QStringLiteral("erase"), QString::number(other), QStringLiteral("--yes")},
                pau);
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("Only a manager")));
        QCOMPARE(nameOf(other), name);
        // Without signing in at all: refused too.
        QCOMPARE(cli({QStringLiteral("clients"), QStringLiteral("erase"), QString::number(other),
                      QStringLiteral("--yes")})
                     .code,
                 1);
        QCOMPARE(nameOf(other), name);
        // The manager may; the audit entry names her.
        r = cli({QStringLiteral("--user"), QStringLiteral("anna"), QStringLiteral("clients"),
                 QStringLiteral("export"), QString::number(other), QStringLiteral("--out"), out},
                anna);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(peek(QStringLiteral("SELECT user_name FROM audit_log WHERE kind = "
                                     "'client.export' ORDER BY id DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("anna"));
    }
};

QTEST_GUILESS_MAIN(TestCliClientRights)
#include "tst_cli_client_rights.moc"
