#include "storage/DemoWaitlist.h"

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/DemoGenerator.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace DemoWaitlist {

bool add(Database& database, StorageError* error)
{
    struct Wish
    {
        const char* service;
        bool urgent;
        int weekdays;             // bit 0 Monday; 0 any day
        int fromMinute, toMinute; // -1: any time
        const char* note;
    };
    // Data, not interface: the demo's notes are in English whatever the desk's language.
    static const Wish wishes[] = {
        {"sports", true, 0, -1, -1, "Race on Sunday: any time this week"},
        {"leg", false, 1 | 4 | 16, 9 * 60, 13 * 60, "Mornings only, Monday Wednesday Friday"},
        {"foot", false, 0, 16 * 60, 20 * 60, "After work"},
        {"leg", false, 0, -1, -1, "Would like Marta if possible"},
        {"full-body", false, 0, -1, -1, ""},
    };
    const qint64 now = database.clock().nowSecs();
    QSqlQuery clients(database.connection());
    clients.prepare(QStringLiteral("SELECT id FROM clients WHERE erased_at IS NULL ORDER BY id "
                                   "LIMIT 5 OFFSET 7"));
    if (!database.exec(clients, error, DemoGenerator::tr("write the demo centre")))
        return false;
    QList<qint64> ids;
    while (clients.next())
        ids << clients.value(0).toLongLong();
    clients.finish();
    QSqlQuery q(database.connection());
    for (int i = 0; i < ids.size(); ++i) {
        const Wish& wish = wishes[i];
        q.prepare(QStringLiteral(
            "INSERT INTO waitlist (client_id, service_id, weekdays, urgent, note, created_at, "
            "created_by) SELECT ?, id, ?, ?, ?, ?, 'reception' FROM services WHERE code = ? "
            "RETURNING id"));
        for (const QVariant& v :
             {QVariant(ids.at(i)), QVariant(wish.weekdays), QVariant(wish.urgent ? 1 : 0),
              QVariant(QString::fromUtf8(wish.note)),
              database.timeValue(now - 3600 * qint64(30 - 5 * i)),
              QVariant(QString::fromLatin1(wish.service))})
            q.addBindValue(v);
        if (!database.exec(q, error, DemoGenerator::tr("write the demo centre")))
            return false;
        if (!q.next())
            continue; // a catalogue without that service
        const qint64 entry = q.value(0).toLongLong();
        q.finish();
        if (wish.fromMinute < 0)
            continue;
        q.prepare(QStringLiteral("INSERT INTO waitlist_windows (entry_id, from_minute, to_minute) "
                                 "VALUES (?, ?, ?)"));
        q.addBindValue(entry);
        q.addBindValue(wish.fromMinute);
        q.addBindValue(wish.toMinute);
        if (!database.exec(q, error, DemoGenerator::tr("write the demo centre")))
            return false;
    }
    return true;
}

} // namespace DemoWaitlist
