#pragma once

#include "core/Settings.h"
#include "storage/RecordVersion.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

class Database;

// A weekly working interval of a therapist, in local minutes after midnight (weekday 1 = Monday).
struct Shift
{
    int weekday = 1;
    int startMinute = 0;
    int endMinute = 0;
};

struct Absence
{
    qint64 id = 0;
    qint64 startsAt = 0; // UTC seconds
    qint64 endsAt = 0;
    QString reason;
};

struct ClosedDay
{
    QDate day;
    QString reason;
};

// The manager's changes to therapists, rooms, opening hours and closed days. Each call is one
// write transaction and validates first: intervals inside the day, starting before they end,
// not overlapping on the same weekday; services named by their codes.
class StaffEditor
{
    Q_DECLARE_TR_FUNCTIONS(StaffEditor)

public:
    explicit StaffEditor(Database& database) : m_database(database) {}

    bool addTherapist(const QString& name, qint64* id, StorageError* error);
    bool addRoom(const QString& name, qint64* id, StorageError* error);
    // table: "therapists" or "rooms".
    bool rename(const QString& table, qint64 id, const QString& name, StorageError* error);
    bool setActive(const QString& table, qint64 id, bool active, StorageError* error);
    bool setServices(const QString& table, qint64 id, const QStringList& codes,
                     StorageError* error);

    // What the therapist or room editor saves at once (StaffSave.cpp): all or nothing in one
    // transaction, refused (ChangedElsewhere) when the record is no longer at loadedVersion.
    struct Details
    {
        QString table; // "therapists" or "rooms"
        qint64 id = 0;
        qint64 loadedVersion = RecordVersion::kUnchecked;
        QString name;
        bool active = true;
        QStringList serviceCodes;
        bool withShifts = false; // therapists: replace the weekly shifts too
        QList<Shift> shifts;
    };
    bool save(const Details& details, StorageError* error);

    QList<Shift> shifts(qint64 therapistId, StorageError* error) const;
    bool setShifts(qint64 therapistId, const QList<Shift>& shifts, StorageError* error);
    QList<Absence> absences(qint64 therapistId, StorageError* error) const;
    bool addAbsence(qint64 therapistId, qint64 startsAt, qint64 endsAt, const QString& reason,
                    StorageError* error);
    bool removeAbsence(qint64 absenceId, StorageError* error);

    bool setOpeningHours(const QList<OpeningHours>& hours, StorageError* error);
    QList<ClosedDay> closedDays(StorageError* error) const;
    bool addClosedDay(const QDate& day, const QString& reason, StorageError* error);
    bool removeClosedDay(const QDate& day, StorageError* error);

    // Empty when the intervals are valid (used by the forms before saving as well).
    static QString checkIntervals(const QList<Shift>& intervals);

private:
    bool run(const QString& sql, const QVariantList& values, const QString& what,
             StorageError* error, qint64* insertId = nullptr);
    QString cleanName(const QString& name, StorageError* error) const;
    // Inside a write transaction: the links and shifts, and the record's stamp (its version
    // rises), so an editor holding the old version cannot save over the change.
    bool writeServices(const QString& table, qint64 id, const QStringList& codes,
                       StorageError* error);
    bool writeShifts(qint64 therapistId, const QList<Shift>& shifts, StorageError* error);
    bool touch(const QString& table, qint64 id, StorageError* error);
    // Inside the write transaction: false (with a message) when another room has the name.
    bool roomNameFree(const QString& name, qint64 exceptId, StorageError* error);

    Database& m_database;
};
