#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

// A centre server's address in libpq's URI form (postgresql://user:password@host:port/db?…).
// Fields left empty are left to libpq (PGHOST, PGPORT, PGUSER, PGDATABASE, PGSERVICE,
// ~/.pgpass), as a PostgreSQL user expects. A host starting with '/' is a unix socket folder.
struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    QString host, user, password, database;
    int port = -1;
    // Other libpq keywords in the order given (sslmode, service, connect_timeout, …).
    QList<QPair<QString, QString>> options;

    static bool parse(const QString& uri, ServerAddress* address, QString* problem);

    QString option(const QString& key) const;
    void setOption(const QString& key, const QString& value); // empty value removes it
    // The postgresql:// URI; the password only when asked for (never for settings or logs).
    QString uri(bool withPassword = false) const;
    // "user@host:port/db" for the status bar and menus: what the URI names, without password.
    QString shortName() const;
};
