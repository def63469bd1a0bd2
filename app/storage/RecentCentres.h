#pragma once

#include <QString>
#include <QStringList>

// The centres this desk opened lately, newest first, for File > Recent centres: database files
// and servers (a postgresql:// URI). Kept in the desk's own settings file, never with a
// password: one given in a URI is dropped before anything is written.
class RecentCentres
{
public:
    static constexpr int kMaximum = 8;

    // The desk's settings file (beside its data: MASSAGE_DESK_DATA_DIR moves it too).
    static QString defaultSettingsFile();
    explicit RecentCentres(QString settingsFile = defaultSettingsFile());

    QStringList locations() const;
    void add(const QString& location);
    void remove(const QString& location);
    void clear();

    // What a menu shows: the file's path, or "user@host:port/db" for a server.
    static QString displayName(const QString& location);
    // The location as it may be kept: a URI without its password, a file's absolute path.
    static QString storable(const QString& location);

private:
    void write(const QStringList& locations);
    QString m_file;
};
