// NewFile (DESIGN 6): files written for people never overwrite, never go through a link or
// into a pipe or device, appear whole or not at all, and a failed write is reported.
#include "core/NewFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList everything(const QString& folder)
{
    return QDir(folder).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

mode_t modeOf(const QString& path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : 0;
}

} // namespace

class TestNewFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QByteArray m_bytes = QByteArray("{\"client\": 7}\n").repeated(200);

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void writesANewFileWholeWithItsMode()
    {
        QString message;
        QVERIFY2(NewFile::write(path(QStringLiteral("export.json")), m_bytes,
                                NewFile::Access::OwnerOnly, &message),
                 qPrintable(message));
        QVERIFY(message.isEmpty());
        QCOMPARE(readAll(path(QStringLiteral("export.json"))), m_bytes);
        QCOMPARE(modeOf(path(QStringLiteral("export.json"))), mode_t(0600));
        QVERIFY(NewFile::write(path(QStringLiteral("backup.bin")), m_bytes,
                               NewFile::Access::OwnerAndGroup, &message));
        QCOMPARE(modeOf(path(QStringLiteral("backup.bin"))), mode_t(0660));
        // Nothing else is left in the folder: no temporary file.
        QCOMPARE(everything(m_dir.path()),
                 (QStringList{QStringLiteral("backup.bin"), QStringLiteral("export.json")}));
        QVERIFY(QFile::remove(path(QStringLiteral("export.json"))));
        QVERIFY(QFile::remove(path(QStringLiteral("backup.bin"))));
    }

    void anExistingFileIsRefusedAndKept()
    {
        const QString target = path(QStringLiteral("precious.json"));
        QVERIFY(writeAll(target, "last month's accounts"));
        QString message;
        QVERIFY(!NewFile::write(target, m_bytes, NewFile::Access::OwnerOnly, &message));
        QVERIFY2(message.contains(QStringLiteral("already exists")), qPrintable(message));
        QVERIFY2(message.contains(QDir::toNativeSeparators(target)), qPrintable(message));
        QCOMPARE(readAll(target), QByteArray("last month's accounts"));
        QCOMPARE(everything(m_dir.path()), QStringList{QStringLiteral("precious.json")});
        QVERIFY(QFile::remove(target));
    }

    void aLinkIsNeverWrittenThrough()
    {
        const QString real = path(QStringLiteral("real.txt"));
        QVERIFY(writeAll(real, "kept"));
        const QString link = path(QStringLiteral("link.json"));
        QVERIFY(QFile::link(real, link));
        const QString dangling = path(QStringLiteral("dangling.json"));
        QVERIFY(QFile::link(path(QStringLiteral("nowhere.txt")), dangling));
        for (const QString& target : {link, dangling}) {
            QString message;
            QVERIFY(!NewFile::write(target, m_bytes, NewFile::Access::OwnerOnly, &message));
            QVERIFY2(message.contains(QStringLiteral("link")), qPrintable(message));
        }
        QCOMPARE(readAll(real), QByteArray("kept"));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("nowhere.txt"))));
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(QFile::remove(link) && QFile::remove(dangling) && QFile::remove(real));
    }

    void aPipeIsNeverOpened()
    {
        const QString fifo = path(QStringLiteral("pipe.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // Both ends held here (so nothing can block), with bytes waiting in the pipe: had
        // anything opened and written or read it, they would differ afterwards.
        const int fd = ::open(QFile::encodeName(fifo).constData(), O_RDWR | O_NONBLOCK);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, "waiting", 7), ssize_t(7));
        QString message;
        QVERIFY(!NewFile::write(fifo, m_bytes, NewFile::Access::OwnerOnly, &message));
        QVERIFY2(message.contains(QStringLiteral("not an ordinary file")), qPrintable(message));
        char buffer[64] = {};
        QCOMPARE(::read(fd, buffer, sizeof buffer), ssize_t(7));
        QCOMPARE(QByteArray(buffer, 7), QByteArray("waiting"));
        ::close(fd);
        QVERIFY(QFile::remove(fifo));
    }

    void aDeviceIsRefused_data()
    {
        QTest::addColumn<QString>("device");
        QTest::newRow("/dev/full") << QStringLiteral("/dev/full");
        QTest::newRow("/dev/null") << QStringLiteral("/dev/null");
    }
    void aDeviceIsRefused()
    {
        QFETCH(QString, device);
        const QStringList before = everything(QStringLiteral("/dev"));
        QString message;
        QVERIFY(!NewFile::write(device, m_bytes, NewFile::Access::OwnerOnly, &message));
        QVERIFY2(message.contains(QStringLiteral("not an ordinary file")), qPrintable(message));
        QCOMPARE(everything(QStringLiteral("/dev")), before);
    }

    void aFolderOrAMissingFolderIsRefused()
    {
        QString message;
        QVERIFY(!NewFile::write(m_dir.path(), m_bytes, NewFile::Access::OwnerOnly, &message));
        QVERIFY2(message.contains(QStringLiteral("is a folder")), qPrintable(message));
        const QString inMissing = path(QStringLiteral("absent/export.json"));
        QVERIFY(!NewFile::write(inMissing, m_bytes, NewFile::Access::OwnerOnly, &message));
        QVERIFY2(message.contains(QStringLiteral("does not exist")), qPrintable(message));
        QVERIFY(!NewFile::write(QString(), m_bytes, NewFile::Access::OwnerOnly, &message));
        QVERIFY(!message.isEmpty());
        QVERIFY(everything(m_dir.path()).isEmpty());
    }

    void aReadOnlyFolderIsRefused()
    {
        const QString folder = path(QStringLiteral("read-only"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        QString message;
        const bool written = NewFile::write(folder + QStringLiteral("/x.json"), m_bytes,
                                            NewFile::Access::OwnerOnly, &message);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
        QVERIFY(!written);
        QVERIFY2(message.contains(QStringLiteral("read-only")), qPrintable(message));
        QVERIFY(everything(folder).isEmpty());
        QVERIFY(QDir(folder).removeRecursively());
    }

    // A full disk, made real for this process: RLIMIT_FSIZE below the file's size (SIGXFSZ
    // ignored, so write() fails with EFBIG instead of the kernel killing the test).
    void aFailedWriteIsReportedAndLeavesNothing()
    {
        rlimit saved{};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = saved;
        small.rlim_cur = 1024;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        const QString target = path(QStringLiteral("too-big.json"));
        QString message;
        const bool written = NewFile::write(target, m_bytes, NewFile::Access::OwnerOnly, &message);
        ::setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previousHandler);
        QVERIFY(m_bytes.size() > 1024);
        QVERIFY(!written);
        QVERIFY2(message.contains(QStringLiteral("Could not write")), qPrintable(message));
        QVERIFY2(message.contains(QDir::toNativeSeparators(target)), qPrintable(message));
        QVERIFY2(everything(m_dir.path()).isEmpty(),
                 qPrintable(everything(m_dir.path()).join(QLatin1Char(' '))));
    }

    void aProducerThatFailsLeavesNothing()
    {
        const QString target = path(QStringLiteral("sheet.pdf"));
        QString message;
        QVERIFY(!NewFile::produce(
            target, NewFile::Access::Shared,
            [](QFile& file, QString* problem) {
                file.write("%PDF-half");
                *problem = QStringLiteral("The layout failed.");
                return false;
            },
            &message));
        QCOMPARE(message, QStringLiteral("The layout failed."));
        QVERIFY(everything(m_dir.path()).isEmpty());
        // Writing nothing at all is a failure too, never an empty file under the name.
        QVERIFY(!NewFile::produce(
            target, NewFile::Access::Shared, [](QFile&, QString*) { return true; }, &message));
        QVERIFY2(message.contains(QStringLiteral("nothing was written")), qPrintable(message));
        QVERIFY(everything(m_dir.path()).isEmpty());
    }

    // Another program takes the name while the file is being written: it keeps it. The name is
    // given in one step that refuses an existing file, not looked at once and then replaced.
    void aFileThatAppearsMeanwhileIsNotReplaced()
    {
        const QString target = path(QStringLiteral("race.json"));
        QString message;
        QVERIFY(!NewFile::produce(
            target, NewFile::Access::OwnerOnly,
            [&](QFile& file, QString*) {
                writeAll(target, "the other program's file");
                return file.write(m_bytes) == m_bytes.size();
            },
            &message));
        QVERIFY2(message.contains(QStringLiteral("appeared")), qPrintable(message));
        QCOMPARE(readAll(target), QByteArray("the other program's file"));
        QCOMPARE(everything(m_dir.path()), QStringList{QStringLiteral("race.json")});
        QVERIFY(QFile::remove(target));
    }

    // The file carries its name only once it is complete: the producer sees a temporary name
    // in the same folder (so the rename stays on one file system), never the target.
    void theProducerWritesUnderATemporaryName()
    {
        const QString target = path(QStringLiteral("backup.sqlite"));
        QString seen;
        QString message;
        QVERIFY2(NewFile::produce(
                     target, NewFile::Access::OwnerAndGroup,
                     [&](QFile& file, QString*) {
                         seen = file.fileName();
                         return !QFileInfo::exists(target) && file.write("data") == 4;
                     },
                     &message),
                 qPrintable(message));
        QCOMPARE(QFileInfo(seen).absolutePath(), QFileInfo(target).absolutePath());
        QVERIFY(seen != target);
        QVERIFY(!QFileInfo::exists(seen));
        QCOMPARE(readAll(target), QByteArray("data"));
        QVERIFY(QFile::remove(target));
    }
};

QTEST_GUILESS_MAIN(TestNewFile)
#include "tst_newfile.moc"
