#include "HostileStrings.h"
#include "HostileVerdicts.h"
#include "StorageTestHelpers.h"
#include "TestDatabase.h"

#include "core/Settings.h"
#include "storage/SettingsRepository.h"
#include "storage/StaffEditor.h"
#include "storage/UserRepository.h"

#include <QTest>

// Hostile input through the storage API (issue 6), the centre's own texts: therapist and room
// names (added and renamed), absence and closed-day reasons, the centre's name, user names and
// display names. Each string of tests/data/hostile-strings.txt must be stored as the field's
// clean-up leaves it (names and reasons simplified, user names trimmed, the centre's name
// untouched) or be refused with a message in plain words and nothing changed.

using namespace StorageTest;
using namespace HostileTest;

class TestHostileStaff : public QObject
{
    Q_OBJECT

    QList<HostileString> m_strings;

    static const QString& password()
    {
        static const QString value = QStringLiteral("Plenty-of-Words-42-here");
        return value;
    }

    // With an account in the file every change needs someone signed in: a manager, here.
    static void signInManager(TestDatabase& t, UserRepository& users)
    {
        qint64 id = 0;
        StorageError error;
        if (!users.add(QStringLiteral("boss"), Role::Manager, password(), 0, QStringLiteral("test"),
                       &id, &error))
            qFatal("add the manager: %s", qPrintable(error.message));
        t.db().setActor(Actor{id, QStringLiteral("boss"), Role::Manager, 0});
    }

private slots:
    void initTestCase()
    {
        quietLogs();
        m_strings = HostileStrings::load();
        QVERIFY2(m_strings.size() >= 200, qPrintable(QString::number(m_strings.size())));
    }

    void staffNames()
    {
        TestDatabase t;
        StaffEditor staff(t.db());
        Verdicts verdicts;
        for (const HostileString& s : std::as_const(m_strings)) {
            for (const QString& table : {QStringLiteral("therapists"), QStringLiteral("rooms")}) {
                const QString column = table == QLatin1String("rooms")
                                           ? QStringLiteral("name")
                                           : QStringLiteral("display_name");
                const qint64 before =
                    count(t.db(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
                qint64 id = 0;
                StorageError failure;
                const bool stored = table == QLatin1String("rooms")
                                        ? staff.addRoom(s.text, &id, &failure)
                                        : staff.addTherapist(s.text, &id, &failure);
                verdicts.judge(
                    s, table, stored, failure, s.text.simplified(),
                    text(t.db(),
                         QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table), id),
                    count(t.db(), QStringLiteral("SELECT count(*) FROM %1").arg(table)) == before);
            }
        }
        verdicts.check("staff names");
    }

    void userNames()
    {
        TestDatabase t;
        UserRepository users(t.db());
        signInManager(t, users);
        Verdicts verdicts;
        for (const HostileString& s : std::as_const(m_strings)) {
            const qint64 before = count(t.db(), QStringLiteral("SELECT count(*) FROM users"));
            qint64 id = 0;
            StorageError failure;
            const bool stored = users.add(s.text, Role::Receptionist, password(), 0,
                                          QStringLiteral("boss"), &id, &failure);
            verdicts.judge(s, QStringLiteral("user name"), stored, failure, s.text.trimmed(),
                           text(t.db(), QStringLiteral("SELECT name FROM users WHERE id = ?"), id),
                           count(t.db(), QStringLiteral("SELECT count(*) FROM users")) == before);
        }
        verdicts.check("user names");
    }

    void staffRenames()
    {
        TestDatabase t;
        StaffEditor staff(t.db());
        StorageError error;
        qint64 therapist = 0;
        qint64 room = 0;
        qint64 otherRoom = 0;
        QVERIFY(staff.addTherapist(QStringLiteral("Marta Soler"), &therapist, &error));
        QVERIFY(staff.addRoom(QStringLiteral("Garden Room"), &room, &error));
        QVERIFY(staff.addRoom(QStringLiteral("Blue Room"), &otherRoom, &error));
        Verdicts verdicts;
        for (const HostileString& s : std::as_const(m_strings)) {
            for (const QString& table : {QStringLiteral("therapists"), QStringLiteral("rooms")}) {
                const bool rooms = table == QLatin1String("rooms");
                const qint64 id = rooms ? room : therapist;
                // Every name in the table, to see that a refusal touched none of them.
                const QString all =
                    QStringLiteral("SELECT group_concat(%1, '|') FROM %2 WHERE id >= ?")
                        .arg(rooms ? QStringLiteral("name") : QStringLiteral("display_name"),
                             table);
                const QString before = text(t.db(), all, 0);
                StorageError failure;
                const bool stored = staff.rename(table, id, s.text, &failure);
                const QString after = text(t.db(), all, 0);
                const QString actual =
                    text(t.db(),
                         QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                             .arg(rooms ? QStringLiteral("name") : QStringLiteral("display_name"),
                                  table),
                         id);
                verdicts.judge(s, QStringLiteral("rename ") + table, stored, failure,
                               s.text.simplified(), actual, after == before);
            }
        }
        verdicts.check("staff renames");
        // The other room kept its name throughout.
        QCOMPARE(text(t.db(), QStringLiteral("SELECT name FROM rooms WHERE id = ?"), otherRoom),
                 QStringLiteral("Blue Room"));
    }

    void roomNamesEqualAfterCleaningAreRefusedInPlainWords()
    {
        TestDatabase t;
        StaffEditor staff(t.db());
        StorageError error;
        qint64 first = 0;
        qint64 second = 0;
        QVERIFY(staff.addRoom(QStringLiteral("Room  One"), &first, &error));
        QVERIFY(staff.addRoom(QStringLiteral("Room Two"), &second, &error));
        const qint64 rooms = count(t.db(), QStringLiteral("SELECT count(*) FROM rooms"));
        for (const QString& same : {QStringLiteral(" Room One "), QStringLiteral("Room\tOne"),
                                    QStringLiteral("Room One")}) {
            qint64 id = 0;
            StorageError failure;
            QVERIFY(!staff.addRoom(same, &id, &failure));
            QCOMPARE(failure.code, StorageError::Code::Refused);
            QVERIFY2(failure.message.contains(QLatin1String("Room One")) &&
                         !failure.message.contains(QLatin1String("constraint")),
                     qPrintable(failure.message));
            StorageError renameFailure;
            QVERIFY(!staff.rename(QStringLiteral("rooms"), second, same, &renameFailure));
            QVERIFY2(!renameFailure.message.contains(QLatin1String("constraint")),
                     qPrintable(renameFailure.message));
        }
        QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM rooms")), rooms);
        QCOMPARE(text(t.db(), QStringLiteral("SELECT name FROM rooms WHERE id = ?"), second),
                 QStringLiteral("Room Two"));
        // Renaming a room to its own name, or to another spacing of it, is no clash.
        QVERIFY2(staff.rename(QStringLiteral("rooms"), first, QStringLiteral(" Room One"), &error),
                 qPrintable(error.message));
    }

    void absenceReasons()
    {
        TestDatabase t;
        StaffEditor staff(t.db());
        StorageError error;
        qint64 therapist = 0;
        QVERIFY(staff.addTherapist(QStringLiteral("Marta Soler"), &therapist, &error));
        const QString rows = QStringLiteral("SELECT count(*) FROM therapist_absences");
        Verdicts verdicts;
        qint64 startsAt = kBaseSlot;
        for (const HostileString& s : std::as_const(m_strings)) {
            startsAt += 86400;
            const qint64 before = count(t.db(), rows);
            StorageError failure;
            const bool stored =
                staff.addAbsence(therapist, startsAt, startsAt + 3600, s.text, &failure);
            verdicts.judge(s, QStringLiteral("absence reason"), stored, failure,
                           s.text.simplified(),
                           text(t.db(),
                                QStringLiteral("SELECT reason FROM therapist_absences WHERE "
                                               "therapist_id = ? ORDER BY id DESC LIMIT 1"),
                                therapist),
                           count(t.db(), rows) == before);
        }
        verdicts.check("absence reasons");
        // What the editor reads back is what was stored.
        QCOMPARE(staff.absences(therapist, &error).size(), count(t.db(), rows));
    }

    void closedDayReasons()
    {
        TestDatabase t;
        StaffEditor staff(t.db());
        const QDate day(2026, 12, 24);
        const auto reason = [&t, day]() {
            QSqlQuery query(t.db().connection());
            query.prepare(QStringLiteral("SELECT reason FROM closed_days WHERE day = ?"));
            query.addBindValue(day.toString(Qt::ISODate));
            return query.exec() && query.next() ? query.value(0).toString()
                                                : QStringLiteral("<no row>");
        };
        const QString rows = QStringLiteral("SELECT count(*) FROM closed_days");
        Verdicts verdicts;
        for (const HostileString& s : std::as_const(m_strings)) {
            // The same day each time: a second reason replaces the first.
            const QString before = reason();
            const qint64 days = count(t.db(), rows);
            StorageError failure;
            const bool stored = staff.addClosedDay(day, s.text, &failure);
            verdicts.judge(s, QStringLiteral("closed day reason"), stored, failure,
                           s.text.simplified(), reason(),
                           reason() == before && count(t.db(), rows) == days);
        }
        verdicts.check("closed day reasons");
        StorageError error;
        QCOMPARE(staff.closedDays(&error).size(), 1);
    }

    void centreName()
    {
        TestDatabase t;
        SettingsRepository settings(t.db());
        Verdicts verdicts;
        for (const HostileString& s : std::as_const(m_strings)) {
            const QString before = settings.value(SettingKeys::kCentreName);
            StorageError failure;
            const bool stored = settings.setValue(SettingKeys::kCentreName, s.text, &failure);
            const QString after = settings.value(SettingKeys::kCentreName);
            verdicts.judge(s, QStringLiteral("centre name"), stored, failure, s.text, after,
                           after == before);
        }
        verdicts.check("centre name");
    }

    void userDisplayNames()
    {
        TestDatabase t;
        UserRepository users(t.db());
        signInManager(t, users);
        const QString rows = QStringLiteral("SELECT count(*) FROM users");
        Verdicts verdicts;
        int n = 0;
        for (const HostileString& s : std::as_const(m_strings)) {
            const qint64 before = count(t.db(), rows);
            qint64 id = 0;
            StorageError failure;
            const bool stored =
                users.add(QStringLiteral("desk%1").arg(++n), s.text, Role::Receptionist, password(),
                          0, QStringLiteral("boss"), &id, &failure);
            verdicts.judge(
                s, QStringLiteral("user display name"), stored, failure, s.text.simplified(),
                text(t.db(), QStringLiteral("SELECT display_name FROM users WHERE id = ?"), id),
                count(t.db(), rows) == before);
        }
        verdicts.check("user display names");
    }
};

QTEST_GUILESS_MAIN(TestHostileStaff)
#include "tst_hostile_staff.moc"
