#include "TestDatabase.h"

#include "PgTestServer.h"
#include "storage/CatalogueImporter.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

TestDatabase::TestDatabase(bool withCatalogue, const QDateTime& now) : m_clock(now)
{
    if (PgTestServer::selected())
        m_uri = PgTestServer::instance().createDatabase();
    StorageError error;
    if (!reopen(&error))
        qFatal("TestDatabase: cannot create %s: %s", qPrintable(path()), qPrintable(error.detail));
    if (withCatalogue && !CatalogueImporter::importDefault(*m_database, &error))
        qFatal("TestDatabase: cannot import the catalogue: %s", qPrintable(error.detail));
}

bool TestDatabase::reopen(StorageError* error)
{
    m_database.reset();
    Database::Options options;
    options.path = path();
    m_database = Database::open(options, m_clock, error);
    return m_database != nullptr;
}

QByteArray TestDatabase::readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
