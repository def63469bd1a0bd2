#include "PgTestServer.h"
#include "StorageTestHelpers.h"
#include "TestDatabase.h"
#include "storage/Migrations.h"

#include <QTest>

// The PostgreSQL backend's own facts, on a throwaway server (PgTestServer).
class TestServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { StorageTest::quietLogs(); }

    void connectsAndSetsUp()
    {
        TestDatabase t;
        QVERIFY(t.isServer());
        QVERIFY(t.db().isServer());
        QCOMPARE(t.db().schemaVersion(), Migrations::latestVersion(SqlDialect::postgresql()));
        QCOMPARE(Migrations::latestVersion(SqlDialect::postgresql()),
                 Migrations::latestVersion(SqlDialect::sqlite()));
        QCOMPARE(StorageTest::scalar(t.db(), QStringLiteral("SHOW TimeZone")).toString(),
                 QStringLiteral("UTC"));
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
