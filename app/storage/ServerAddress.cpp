#include "storage/ServerAddress.h"

#include <QUrl>
#include <QUrlQuery>

bool ServerAddress::parse(const QString& uri, ServerAddress* address, QString* problem)
{
    const QUrl url(uri.trimmed(), QUrl::StrictMode);
    if (!url.isValid()) {
        *problem = url.errorString();
        return false;
    }
    *address = ServerAddress();
    address->host = url.host(QUrl::FullyDecoded);
    address->port = url.port(-1);
    address->user = url.userName(QUrl::FullyDecoded);
    address->password = url.password(QUrl::FullyDecoded);
    address->database = url.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(url);
    for (const auto& item : query.queryItems(QUrl::FullyDecoded)) {
        const QString& key = item.first;
        const QString& value = item.second;
        if (value.contains(QLatin1Char(';'))) {
            *problem = QStringLiteral("';' in %1").arg(key);
            return false; // QPSQL separates its connect options with ';'
        }
        if (key == QLatin1String("host"))
            address->host = value;
        else if (key == QLatin1String("port"))
            address->port = value.toInt();
        else if (key == QLatin1String("user"))
            address->user = value;
        else if (key == QLatin1String("password"))
            address->password = value;
        else if (key == QLatin1String("dbname"))
            address->database = value;
        else
            address->setOption(key, value);
    }
    return true;
}

QString ServerAddress::option(const QString& key) const
{
    for (const auto& item : options) {
        if (item.first == key)
            return item.second;
    }
    return QString();
}

void ServerAddress::setOption(const QString& key, const QString& value)
{
    for (int i = 0; i < options.size(); ++i) {
        if (options.at(i).first != key)
            continue;
        if (value.isEmpty())
            options.removeAt(i);
        else
            options[i].second = value;
        return;
    }
    if (!value.isEmpty())
        options.append({key, value});
}

QString ServerAddress::uri(bool withPassword) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    QUrlQuery query;
    // A socket folder cannot stand in the authority part: libpq takes it as ?host=.
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (socket)
        query.addQueryItem(QStringLiteral("host"), host);
    else
        url.setHost(host);
    if (port > 0)
        url.setPort(port);
    url.setUserName(user);
    if (withPassword)
        url.setPassword(password);
    url.setPath(QLatin1Char('/') + database);
    for (const auto& item : options)
        query.addQueryItem(item.first, item.second);
    url.setQuery(query);
    QString text = url.toString(QUrl::FullyEncoded);
    // QUrl drops the empty authority ("postgresql:/db"); libpq wants "postgresql:///db".
    if (!text.startsWith(QLatin1String("postgresql://")))
        text.replace(0, int(qstrlen("postgresql:")), QStringLiteral("postgresql://"));
    return text;
}

QString ServerAddress::shortName() const
{
    // Empty parts come from libpq's environment, as the connection itself takes them.
    const auto orEnvironment = [](const QString& value, const char* variable,
                                  const QString& fallback) {
        if (!value.isEmpty())
            return value;
        const QString fromEnvironment = qEnvironmentVariable(variable);
        return fromEnvironment.isEmpty() ? fallback : fromEnvironment;
    };
    const QString service = option(QStringLiteral("service"));
    const QString shownUser = orEnvironment(user, "PGUSER", QString());
    const QString shownHost = orEnvironment(host, "PGHOST", tr("localhost"));
    const QString shownPort = port > 0 ? QString::number(port)
                                       : orEnvironment(QString(), "PGPORT", QStringLiteral("5432"));
    const QString shownDatabase = orEnvironment(database, "PGDATABASE", shownUser);
    QString text = shownUser.isEmpty() ? QString() : shownUser + QLatin1Char('@');
    text += shownHost + QLatin1Char(':') + shownPort + QLatin1Char('/') + shownDatabase;
    if (!service.isEmpty() && host.isEmpty())
        text = tr("service %1").arg(service);
    return text;
}
