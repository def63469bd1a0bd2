#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Database;

struct Therapist
{
    qint64 id = 0;
    QString name;
    bool active = true;
    QStringList serviceCodes;
    qint64 version = 0; // the stored version (RecordVersion), for the next save
};

struct Room
{
    qint64 id = 0;
    QString name;
    bool active = true;
    QStringList serviceCodes;
    qint64 version = 0; // the stored version (RecordVersion), for the next save
};

// Therapists and rooms, each with the services they perform or suit.
class StaffRepository
{
    Q_DECLARE_TR_FUNCTIONS(StaffRepository)

public:
    explicit StaffRepository(Database& database) : m_database(database) {}

    QList<Therapist> therapists(StorageError* error) const;
    QList<Room> rooms(StorageError* error) const;

private:
    Database& m_database;
};
