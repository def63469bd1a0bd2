#include "StorageTestHelpers.h"

#include "core/Clock.h"
#include "storage/CatalogueImporter.h"
#include "storage/Database.h"
#include "storage/HealthCheck.h"
#include "storage/Migrations.h"

#include <QFileInfo>
#include <QMultiMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace StorageTest;
using Code = StorageError::Code;

namespace {

// One bad file of the corpus. `namesFolder`: the message is about the folder (read-only
// folders), so it must name the folder rather than the file. Code::None: the file opens (its
// damage is beyond what opening reads) and the health check must find the damage instead.
struct BadFile
{
    const char* name;
    Code code;
    bool namesFolder;
};

const BadFile kCorpus[] = {
    {"truncated-mid-page", Code::Truncated, false},
    {"truncated-at-page", Code::Truncated, false},
    {"header-only", Code::Truncated, false},
    {"zeroed-header", Code::HeaderZeroed, false},
    {"zeroed-first-page", Code::HeaderZeroed, false},
    {"random-bytes", Code::NotSqlite, false},
    {"text-file", Code::NotSqlite, false},
    {"tiny-file", Code::NotSqlite, false},
    {"png-image", Code::NotSqlite, false},
    {"foreign-app-id-0", Code::ForeignDatabase, false},
    {"foreign-app-id-other", Code::ForeignDatabase, false},
    {"foreign-wal-mode", Code::ForeignDatabase, false},
    {"newer-version", Code::NewerSchema, false},
    {"read-only-file", Code::FileReadOnly, false},
    {"read-only-folder", Code::FolderReadOnly, true},
    {"read-only-folder-no-db", Code::FolderReadOnly, true},
    {"path-is-folder", Code::IsFolder, false},
    {"invalid-page-size", Code::Corrupt, false},
    {"garbage-from-page-2", Code::Corrupt, false},
    {"garbage-in-last-pages", Code::None, false},
    {"garbled-schema-page", Code::Corrupt, false},
};

} // namespace

class TestBadFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc())};
    // What each case looked like when generated: bytes, folder listing, existence, mode.
    struct Snapshot
    {
        QByteArray bytes;
        QStringList listing;
        bool exists = false;
        QFileDevice::Permissions permissions;
        bool operator==(const Snapshot& o) const
        {
            return bytes == o.bytes && listing == o.listing && exists == o.exists &&
                   permissions == o.permissions;
        }
    };
    QHash<QString, Snapshot> m_snapshots;

    Snapshot snapshot(const QString& name) const
    {
        const QFileInfo info(pathOf(name));
        return {readBytes(pathOf(name)), listing(folderOf(name)), info.exists(),
                info.permissions()};
    }

    QString folderOf(const QString& name) const { return m_dir.filePath(name); }
    QString pathOf(const QString& name) const
    {
        return folderOf(name) + QLatin1Char('/') + name + QStringLiteral(".sqlite");
    }

    std::unique_ptr<Database> open(const QString& path, Database::Mode mode, StorageError* error)
    {
        Database::Options options;
        options.path = path;
        options.mode = mode;
        return Database::open(options, m_clock, error);
    }

    QString shown(const QString& path) const { return QDir::toNativeSeparators(path); }

    // Writes `bytes` as case `name`'s file.
    void make(const QString& name, const QByteArray& bytes)
    {
        QVERIFY(QDir().mkpath(folderOf(name)));
        QVERIFY(writeBytes(pathOf(name), bytes));
    }

    static QByteArray overwrite(QByteArray bytes, int from, const QByteArray& with)
    {
        bytes.replace(from, with.size(), with);
        return bytes;
    }

    void makeForeign(const QString& name, const QStringList& extra)
    {
        QVERIFY(QDir().mkpath(folderOf(name)));
        QString failure;
        QVERIFY2(rawExec(pathOf(name),
                         QStringList{QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, "
                                                    "path TEXT, taken INTEGER)"),
                                     QStringLiteral("INSERT INTO photos (path, taken) "
                                                    "VALUES ('beach.jpg', 1700000000)")} +
                             extra,
                         &failure),
                 qPrintable(failure));
    }

    // Removes the paths of a case from a message and digits, leaving the sentence itself.
    QString normalised(const QString& message, const QString& name) const
    {
        QString text = message;
        text.replace(shown(pathOf(name)), QStringLiteral("<path>"));
        text.replace(shown(folderOf(name)), QStringLiteral("<folder>"));
        text.replace(QRegularExpression(QStringLiteral("\\d+")), QStringLiteral("#"));
        return text;
    }

    static void corpusRows()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<Code>("code");
        QTest::addColumn<bool>("namesFolder");
        QTest::addColumn<Database::Mode>("mode");
        for (const BadFile& bad : kCorpus) {
            for (const auto mode :
                 {Database::Mode::CreateIfMissing, Database::Mode::OpenExisting}) {
                const bool create = mode == Database::Mode::CreateIfMissing;
                // A missing file is a different story when it may not be created.
                if (!create && QLatin1String(bad.name) == QLatin1String("read-only-folder-no-db"))
                    continue;
                QTest::addRow("%s (%s)", bad.name, create ? "create" : "existing")
                    << QString::fromLatin1(bad.name) << bad.code << bad.namesFolder << mode;
            }
        }
    }

private slots:
    void initTestCase()
    {
        quietLogs();
        QVERIFY(m_dir.isValid());
        // A real Massage Desk database with its catalogue: dozens of pages.
        const QString source = m_dir.filePath(QStringLiteral("source/ours.sqlite"));
        {
            StorageError error;
            auto db = open(source, Database::Mode::CreateIfMissing, &error);
            QVERIFY2(db, qPrintable(error.detail));
            QVERIFY2(CatalogueImporter::importDefault(*db, &error), qPrintable(error.detail));
            addResources(*db);
        }
        const QByteArray ours = readBytes(source);
        const int page = pageSizeOf(ours);
        const int pages = ours.size() / page;
        QVERIFY2(pages >= 8, qPrintable(QString::number(pages)));
        QCOMPARE(ours.size() % page, 0);

        make(QStringLiteral("truncated-mid-page"), ours.left(ours.size() / 2 + page / 3));
        make(QStringLiteral("truncated-at-page"), ours.left(page * (pages / 2)));
        make(QStringLiteral("header-only"), ours.left(100));
        make(QStringLiteral("zeroed-header"), overwrite(ours, 0, QByteArray(100, '\0')));
        make(QStringLiteral("zeroed-first-page"), overwrite(ours, 0, QByteArray(page, '\0')));
        make(QStringLiteral("random-bytes"), randomBytes(64 * 1024, 20261125));
        make(QStringLiteral("text-file"),
             QByteArray("name;phone;email\n").repeated(1) +
                 QByteArray("Maria Puig;+34 600 000 000;maria@example.com\n").repeated(40));
        make(QStringLiteral("tiny-file"), QByteArray("SQLite for"));
        make(QStringLiteral("png-image"),
             QByteArray("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16) + randomBytes(2000, 7));
        makeForeign(QStringLiteral("foreign-app-id-0"), {});
        makeForeign(QStringLiteral("foreign-app-id-other"),
                    {QStringLiteral("PRAGMA application_id = 1196444487"), // "GPKG"
                     QStringLiteral("PRAGMA user_version = 10300")});
        makeForeign(QStringLiteral("foreign-wal-mode"),
                    {QStringLiteral("PRAGMA journal_mode = WAL"),
                     QStringLiteral("PRAGMA application_id = 1")});
        {
            make(QStringLiteral("newer-version"), ours);
            QString failure;
            QVERIFY2(rawExec(pathOf(QStringLiteral("newer-version")),
                             {QStringLiteral("PRAGMA user_version = %1")
                                  .arg(Migrations::latestVersion() + 1)},
                             &failure),
                     qPrintable(failure));
        }
        make(QStringLiteral("read-only-file"), ours);
        QVERIFY(QFile::setPermissions(pathOf(QStringLiteral("read-only-file")),
                                      QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                          QFileDevice::ReadOther));
        const auto readOnlyFolder = QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                    QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                                    QFileDevice::ReadOther | QFileDevice::ExeOther;
        make(QStringLiteral("read-only-folder"), ours);
        QVERIFY(
            QFile::setPermissions(folderOf(QStringLiteral("read-only-folder")), readOnlyFolder));
        QVERIFY(QDir().mkpath(folderOf(QStringLiteral("read-only-folder-no-db"))));
        QVERIFY(QFile::setPermissions(folderOf(QStringLiteral("read-only-folder-no-db")),
                                      readOnlyFolder));
        QVERIFY(QDir().mkpath(pathOf(QStringLiteral("path-is-folder"))));
        make(QStringLiteral("invalid-page-size"), overwrite(ours, 16, QByteArray("\x03\x00", 2)));
        make(QStringLiteral("garbage-from-page-2"),
             overwrite(ours, page, randomBytes(ours.size() - page, 2)));
        make(QStringLiteral("garbage-in-last-pages"),
             overwrite(ours, ours.size() - 3 * page, randomBytes(3 * page, 3)));
        make(QStringLiteral("garbled-schema-page"),
             overwrite(ours, 100, randomBytes(page - 100, 4)));

        for (const BadFile& bad : kCorpus) {
            const QString name = QString::fromLatin1(bad.name);
            m_snapshots.insert(name, snapshot(name));
        }
        QVERIFY(std::size(kCorpus) >= 15);
    }

    void cleanupTestCase()
    {
        const auto writable =
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
        QFile::setPermissions(folderOf(QStringLiteral("read-only-folder")), writable);
        QFile::setPermissions(folderOf(QStringLiteral("read-only-folder-no-db")), writable);
    }

    void badFileIsRefusedAndLeftUntouched_data() { corpusRows(); }
    void badFileIsRefusedAndLeftUntouched()
    {
        QFETCH(QString, name);
        QFETCH(Code, code);
        QFETCH(bool, namesFolder);
        QFETCH(Database::Mode, mode);
        const QString path = pathOf(name);
        StorageError error;
        {
            auto db = open(path, mode, &error);
            if (code == Code::None) {
                QVERIFY2(db, qPrintable(error.message + QLatin1Char(' ') + error.detail));
                HealthCheck::Report report;
                StorageError checkError;
                HealthCheck::run(*db, &report, &checkError);
                QVERIFY(!report.ok());
                QVERIFY2(!report.integrityProblems.isEmpty(), qPrintable(checkError.detail));
            } else {
                QVERIFY2(!db, "a bad file was opened");
                QCOMPARE(error.code, code);
                QVERIFY(!error.message.trimmed().isEmpty());
                const QString named = shown(namesFolder ? folderOf(name) : path);
                QVERIFY2(error.message.contains(named), qPrintable(error.message));
            }
        }
        const Snapshot before = m_snapshots.value(name);
        const Snapshot after = snapshot(name);
        QCOMPARE(after.bytes, before.bytes);
        QCOMPARE(after.exists, before.exists);
        QCOMPARE(after.permissions, before.permissions);
    }

    // Refusing a file leaves nothing beside it either: no -wal, -shm or .lock appears. (Runs
    // after the test above has opened every case in both modes.)
    void nothingIsLeftBesideABadFile_data() { corpusRows(); }
    void nothingIsLeftBesideABadFile()
    {
        QFETCH(QString, name);
        QFETCH(Database::Mode, mode);
        StorageError error;
        open(pathOf(name), mode, &error);
        const QStringList before = m_snapshots.value(name).listing;
        QStringList appeared = listing(folderOf(name));
        for (const QString& existing : before)
            appeared.removeAll(existing);
        QVERIFY2(appeared.isEmpty(), qPrintable(QStringLiteral("left beside the refused file: ") +
                                                appeared.join(QStringLiteral(", "))));
        QCOMPARE(listing(folderOf(name)).size(), before.size());
    }

    // Each kind of trouble has its own sentence: with the paths and numbers taken out, no two
    // codes share a message.
    void eachCodeHasItsOwnMessage()
    {
        QMultiMap<int, QString> byCode;
        for (const BadFile& bad : kCorpus) {
            if (bad.code == Code::None)
                continue;
            const QString name = QString::fromLatin1(bad.name);
            StorageError error;
            QVERIFY(!open(pathOf(name), Database::Mode::CreateIfMissing, &error));
            QCOMPARE(error.code, bad.code);
            byCode.insert(static_cast<int>(error.code), normalised(error.message, name));
        }
        QVERIFY(byCode.uniqueKeys().size() >= 9);
        const QList<int> codes = byCode.uniqueKeys();
        for (int a : codes) {
            for (int b : codes) {
                if (a >= b)
                    continue;
                for (const QString& message : byCode.values(a))
                    QVERIFY2(!byCode.values(b).contains(message), qPrintable(message));
            }
        }
    }

    void missingFolderIsCreated()
    {
        const QString path = m_dir.filePath(QStringLiteral("new/deeper/centre.sqlite"));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("new"))));
        StorageError error;
        auto db = open(path, Database::Mode::CreateIfMissing, &error);
        QVERIFY2(db, qPrintable(error.message));
        QVERIFY(db->createdNow());
        QVERIFY(QFileInfo(path).isFile());
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
    }

    void openExistingOnMissingFileCreatesNothing()
    {
        const QString folder = m_dir.filePath(QStringLiteral("absent"));
        const QString path = folder + QStringLiteral("/centre.sqlite");
        const QStringList before = listing(m_dir.path());
        StorageError error;
        QVERIFY(!open(path, Database::Mode::OpenExisting, &error));
        QCOMPARE(error.code, Code::FileMissing);
        QVERIFY2(error.message.contains(shown(path)), qPrintable(error.message));
        QVERIFY(!QFileInfo::exists(folder));
        QCOMPARE(listing(m_dir.path()), before);

        // And in a folder that exists: still nothing appears in it.
        const QString existing = m_dir.filePath(QStringLiteral("source/other.sqlite"));
        const QStringList sourceBefore = listing(m_dir.filePath(QStringLiteral("source")));
        QVERIFY(!open(existing, Database::Mode::OpenExisting, &error));
        QCOMPARE(error.code, Code::FileMissing);
        QCOMPARE(listing(m_dir.filePath(QStringLiteral("source"))), sourceBefore);
    }

    // A named pipe, a device or a link to nothing is refused from its type alone: never
    // opened (a pipe would wait for a writer for ever), nothing written beside it (SQLite would
    // make /dev/null-journal), in both modes.
    void nonRegularFilesAreRefusedWithoutOpening_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<Database::Mode>("mode");
        for (const char* kind : {"fifo", "/dev/null", "/dev/full", "dangling link"}) {
            QTest::addRow("%s (create)", kind)
                << QString::fromLatin1(kind) << Database::Mode::CreateIfMissing;
            QTest::addRow("%s (existing)", kind)
                << QString::fromLatin1(kind) << Database::Mode::OpenExisting;
        }
    }
    void nonRegularFilesAreRefusedWithoutOpening()
    {
        QFETCH(QString, kind);
        QFETCH(Database::Mode, mode);
        QTemporaryDir dir;
        QString path = kind;
        int fd = -1;
        if (kind == QLatin1String("fifo")) {
            path = dir.filePath(QStringLiteral("pipe.sqlite"));
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
            // Both ends held here, with bytes waiting: had anything opened and read the pipe,
            // they would be gone (and without the write end held, the open would block).
            fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_NONBLOCK);
            QVERIFY(fd >= 0);
            QCOMPARE(::write(fd, "SQLite format 3", 15), ssize_t(15));
        } else if (kind == QLatin1String("dangling link")) {
            path = dir.filePath(QStringLiteral("link.sqlite"));
            QVERIFY(QFile::link(dir.filePath(QStringLiteral("gone.sqlite")), path));
        }
        const QString folder = QFileInfo(path).absolutePath();
        const QStringList before = QDir(folder).entryList(QDir::AllEntries | QDir::System |
                                                          QDir::Hidden | QDir::NoDotAndDotDot);
        StorageError error;
        QVERIFY(!open(path, mode, &error));
        QCOMPARE(error.code, Code::NotRegularFile);
        QVERIFY2(error.message.contains(shown(path)), qPrintable(error.message));
        QVERIFY2(!error.message.contains(QLatin1String("SQLite")), qPrintable(error.message));
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::System | QDir::Hidden |
                                        QDir::NoDotAndDotDot),
                 before);
        if (fd >= 0) {
            char buffer[32] = {};
            QCOMPARE(::read(fd, buffer, sizeof buffer), ssize_t(15));
            ::close(fd);
        }
    }

    // A link to a real database is that database: links are followed, only links to nothing
    // are refused.
    void aLinkToADatabaseOpensIt()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("real.sqlite"));
        StorageError error;
        QVERIFY(open(real, Database::Mode::CreateIfMissing, &error));
        const QString link = dir.filePath(QStringLiteral("link.sqlite"));
        QVERIFY(QFile::link(real, link));
        auto db = open(link, Database::Mode::OpenExisting, &error);
        QVERIFY2(db, qPrintable(error.message));
        QVERIFY(!db->createdNow());
    }

    // An empty (0-byte) file is a database not made yet, like a missing one: opening "an
    // existing database" refuses it and leaves it empty (so "check" cannot turn it into a
    // database without services that "init" would then take as done); creating one sets it up.
    void anEmptyFileIsLikeAMissingOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        QVERIFY(writeBytes(path, {}));
        StorageError error;
        QVERIFY(!open(path, Database::Mode::OpenExisting, &error));
        QCOMPARE(error.code, Code::FileMissing);
        QVERIFY2(error.message.contains(shown(path)), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("empty")), qPrintable(error.message));
        QCOMPARE(QFileInfo(path).size(), 0);
        QCOMPARE(listing(dir.path()), QStringList{QStringLiteral("empty.sqlite")});

        auto db = open(path, Database::Mode::CreateIfMissing, &error);
        QVERIFY2(db, qPrintable(error.message));
        QVERIFY(db->createdNow()); // so the caller adds the catalogue, as for a new file
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
    }
};

QTEST_GUILESS_MAIN(TestBadFiles)
#include "tst_badfiles.moc"
