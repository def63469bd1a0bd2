#include "HostileStrings.h"
#include "StorageTestHelpers.h"
#include "TestDatabase.h"

#include "core/PrecautionRules.h"
#include "storage/CheckinRepository.h"
#include "storage/ClientRepository.h"
#include "storage/Scheduler.h"
#include "storage/ServiceRevisions.h"
#include "storage/SessionRepository.h"
#include "storage/StaffEditor.h"
#include "storage/UserRepository.h"

#include <QTest>
#include <functional>

// Hostile input through the storage API (issue 6): every string of tests/data/hostile-strings.txt
// goes into every text field. Each must be stored exactly as the field's documented clean-up
// leaves it (names simplified, phones, emails and session notes trimmed, the rest untouched) and
// read back so, or be refused with a message and nothing changed. Searching with each must not
// fail.

using namespace StorageTest;

namespace {

// Where two strings first differ, for a failure message.
QString difference(const QString& expected, const QString& actual)
{
    int i = 0;
    while (i < expected.size() && i < actual.size() && expected.at(i) == actual.at(i))
        ++i;
    const auto unit = [](const QString& s, int at) {
        return at < s.size()
                   ? QStringLiteral("U+%1").arg(s.at(at).unicode(), 4, 16, QLatin1Char('0'))
                   : QStringLiteral("end");
    };
    return QStringLiteral("expected %1 units, got %2; first difference at %3: %4 vs %5")
        .arg(expected.size())
        .arg(actual.size())
        .arg(i)
        .arg(unit(expected, i), unit(actual, i));
}

// Collects every string that misbehaves, so one run names them all.
class Verdicts
{
public:
    // A write either stored `expected` (read back as `actual`) or was refused cleanly.
    void judge(const HostileString& s, const QString& field, bool stored, const StorageError& error,
               const QString& expected, const QString& actual, bool unchangedWhenRefused)
    {
        ++m_checked;
        if (stored) {
            ++m_stored;
            if (actual != expected)
                fail(s, field,
                     QStringLiteral("stored differently: ") + difference(expected, actual));
            return;
        }
        ++m_refused;
        if (error.message.trimmed().isEmpty())
            fail(s, field, QStringLiteral("refused without a message"));
        else if (error.code != StorageError::Code::Refused)
            fail(s, field,
                 QStringLiteral("failed instead of refusing (code %1): %2 / %3")
                     .arg(static_cast<int>(error.code))
                     .arg(error.message, error.detail));
        if (!unchangedWhenRefused)
            fail(s, field, QStringLiteral("refused, but something changed"));
    }
    void fail(const HostileString& s, const QString& field, const QString& why)
    {
        m_failures << field + QStringLiteral(": ") + s.label() + QStringLiteral(": ") + why;
    }
    void check(const char* what) const
    {
        qInfo("%s: %d writes checked, %d stored exactly, %d refused with a message", what,
              m_checked, m_stored, m_refused);
        QVERIFY2(m_failures.isEmpty(),
                 qPrintable(QStringLiteral("%1 problems:\n").arg(m_failures.size()) +
                            m_failures.mid(0, 30).join(QLatin1Char('\n'))));
    }

private:
    int m_checked = 0;
    int m_stored = 0;
    int m_refused = 0;
    QStringList m_failures;
};

qint64 count(Database& db, const QString& sql)
{
    return scalar(db, sql).toLongLong();
}

QString text(Database& db, const QString& sql, qint64 id)
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString() : QStringLiteral("<no row>");
}

CheckInAnswers allNo(const QString& service)
{
    CheckInAnswers answers;
    for (const PrecautionQuestion& q : PrecautionRules::builtIn().questionsFor(service))
        answers.answers.insert(q.id, !q.trigger);
    return answers;
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

    QList<HostileString> m_strings;

    qint64 book(TestDatabase& t, const Resources& r, int slot)
    {
        qint64 id = 0;
        StorageError error;
        if (!Scheduler(t.db(), QTimeZone::utc())
                 .book(bookingAt(r, kBaseSlot + slot * kSlotSecs), QStringLiteral("test"), &id,
                       nullptr, &error))
            qFatal("book: %s", qPrintable(error.message));
        return id;
    }

private slots:
    void initTestCase()
    {
        quietLogs();
        m_strings = HostileStrings::load();
        QVERIFY2(m_strings.size() >= 200, qPrintable(QString::number(m_strings.size())));
    }

    void clientFieldsOnAdd()
    {
        TestDatabase t;
        ClientRepository clients(t.db());
        Verdicts verdicts;
        const QStringList fields = {QStringLiteral("name"), QStringLiteral("phone"),
                                    QStringLiteral("email"), QStringLiteral("notes")};
        for (const HostileString& s : std::as_const(m_strings)) {
            for (const QString& field : fields) {
                ClientRules::Input input;
                input.name = QStringLiteral("Hostile Test");
                QString expected;
                if (field == QLatin1String("name"))
                    input.name = s.text, expected = s.text.simplified();
                else if (field == QLatin1String("phone"))
                    input.phone = s.text, expected = s.text.trimmed();
                else if (field == QLatin1String("email"))
                    input.email = s.text, expected = s.text.trimmed();
                else
                    input.notes = s.text, expected = s.text;
                const qint64 before = count(t.db(), QStringLiteral("SELECT count(*) FROM clients"));
                qint64 id = 0;
                StorageError error;
                const bool stored = clients.add(input, 0, &id, &error);
                ClientDetails back;
                if (stored && !clients.details(id, &back, &error))
                    verdicts.fail(s, field, QStringLiteral("cannot read back: ") + error.message);
                const QString actual = field == QLatin1String("name")    ? back.name
                                       : field == QLatin1String("phone") ? back.phone
                                       : field == QLatin1String("email") ? back.email
                                                                         : back.notes;
                verdicts.judge(
                    s, QStringLiteral("client add ") + field, stored, error, expected, actual,
                    count(t.db(), QStringLiteral("SELECT count(*) FROM clients")) == before);
            }
        }
        verdicts.check("client add");
    }

    void clientFieldsOnUpdate()
    {
        TestDatabase t;
        ClientRepository clients(t.db());
        ClientRules::Input original;
        original.name = QStringLiteral("Original Name");
        original.phone = QStringLiteral("612 345 678");
        original.email = QStringLiteral("original@example.com");
        original.notes = QStringLiteral("Original notes");
        qint64 id = 0;
        StorageError error;
        QVERIFY(clients.add(original, 0, &id, &error));
        Verdicts verdicts;
        for (const HostileString& s : std::as_const(m_strings)) {
            for (int field = 0; field < 4; ++field) {
                ClientDetails before;
                QVERIFY(clients.details(id, &before, &error));
                ClientRules::Input input;
                input.name = before.name;
                input.phone = before.phone;
                input.email = before.email;
                input.notes = before.notes;
                QString* target[] = {&input.name, &input.phone, &input.email, &input.notes};
                *target[field] = s.text;
                const QString expected = field == 0   ? s.text.simplified()
                                         : field == 3 ? s.text
                                                      : s.text.trimmed();
                StorageError failure;
                const bool stored = clients.update(id, input, &failure);
                ClientDetails after;
                QVERIFY(clients.details(id, &after, &error));
                const QString actual[] = {after.name, after.phone, after.email, after.notes};
                const bool unchanged = after.name == before.name && after.phone == before.phone &&
                                       after.email == before.email && after.notes == before.notes;
                verdicts.judge(s, QStringLiteral("client update field %1").arg(field), stored,
                               failure, expected, actual[field], unchanged);
            }
        }
        verdicts.check("client update");
    }

    void searchNeverFails()
    {
        TestDatabase t;
        ClientRepository clients(t.db());
        ClientRules::Input someone;
        someone.name = QStringLiteral("Anna Puig");
        someone.phone = QStringLiteral("612 345 678");
        someone.email = QStringLiteral("anna@example.com");
        qint64 id = 0;
        StorageError error;
        QVERIFY(clients.add(someone, 0, &id, &error));
        Verdicts verdicts;
        for (const HostileString& s : std::as_const(m_strings)) {
            StorageError searchError;
            clients.search(s.text, 50, &searchError);
            if (searchError)
                verdicts.fail(s, QStringLiteral("search"), searchError.message);
            StorageError duplicateError;
            clients.findDuplicates(s.text, s.text, &duplicateError);
            if (duplicateError)
                verdicts.fail(s, QStringLiteral("findDuplicates"), duplicateError.message);
        }
        verdicts.check("search and findDuplicates");
        // The client is still found normally afterwards.
        QCOMPARE(clients.search(QStringLiteral("anna"), 10, &error).size(), 1);
    }

    void checkinTexts()
    {
        TestDatabase t;
        const Resources r = addResources(t.db());
        const qint64 booking = book(t, r, 0);
        CheckinRepository checkins(t.db());
        Verdicts verdicts;
        for (const HostileString& s : std::as_const(m_strings)) {
            for (int field = 0; field < 2; ++field) {
                StoredCheckin before;
                StorageError error;
                const bool hadOne = checkins.read(booking, QStringLiteral("test"), &before, &error);
                CheckInAnswers answers = allNo(r.serviceCode);
                (field == 0 ? answers.avoidAreas : answers.notes) = s.text;
                Evaluation evaluation;
                StorageError failure;
                const bool stored = checkins.record(booking, answers, QStringLiteral("test"),
                                                    &evaluation, &failure);
                StoredCheckin after;
                checkins.read(booking, QStringLiteral("test"), &after, &error);
                const bool unchanged = hadOne &&
                                       after.answers.avoidAreas == before.answers.avoidAreas &&
                                       after.answers.notes == before.answers.notes;
                verdicts.judge(s,
                               field == 0 ? QStringLiteral("check-in avoid areas")
                                          : QStringLiteral("check-in notes"),
                               stored, failure, s.text,
                               field == 0 ? after.answers.avoidAreas : after.answers.notes,
                               unchanged);
            }
        }
        verdicts.check("check-in texts");
    }

    void cancelReasons()
    {
        TestDatabase t;
        const Resources r = addResources(t.db());
        Scheduler scheduler(t.db(), QTimeZone::utc());
        Verdicts verdicts;
        int slot = 0;
        for (const HostileString& s : std::as_const(m_strings)) {
            const qint64 booking = book(t, r, slot++);
            StorageError failure;
            const bool stored = scheduler.cancel(booking, s.text, QStringLiteral("test"), &failure);
            const QString status =
                text(t.db(), QStringLiteral("SELECT status FROM bookings WHERE id = ?"), booking);
            if (stored != (status == QLatin1String("cancelled")))
                verdicts.fail(s, QStringLiteral("cancel"), QStringLiteral("status ") + status);
            verdicts.judge(s, QStringLiteral("cancel reason"), stored, failure, s.text.simplified(),
                           text(t.db(),
                                QStringLiteral("SELECT status_reason FROM bookings WHERE id = ?"),
                                booking),
                           status == QLatin1String("booked"));
        }
        verdicts.check("cancel reasons");
    }

    void sessionNotes()
    {
        TestDatabase t;
        const Resources r = addResources(t.db());
        CheckinRepository checkins(t.db());
        SessionRepository sessions(t.db());
        Verdicts verdicts;
        int slot = 0;
        for (const HostileString& s : std::as_const(m_strings)) {
            for (int field = 0; field < 2; ++field) {
                const qint64 booking = book(t, r, slot++);
                Evaluation evaluation;
                StorageError error;
                QVERIFY2(checkins.record(booking, allNo(r.serviceCode), QStringLiteral("test"),
                                         &evaluation, &error),
                         qPrintable(error.message));
                QVERIFY2(sessions.start(booking, QStringLiteral("test"), &error),
                         qPrintable(error.message));
                StorageError failure;
                const bool stored = sessions.finish(booking, field == 0 ? s.text : QString(),
                                                    field == 1 ? s.text : QString(),
                                                    QStringLiteral("test"), &failure);
                const QString column =
                    field == 0 ? QStringLiteral("session_note") : QStringLiteral("reaction_note");
                const QString actual =
                    text(t.db(),
                         QStringLiteral("SELECT %1 FROM checkins WHERE booking_id = ?").arg(column),
                         booking);
                const QString status = text(
                    t.db(), QStringLiteral("SELECT status FROM bookings WHERE id = ?"), booking);
                verdicts.judge(s, column, stored, failure, s.text.trimmed(), actual,
                               status == QLatin1String("in_session"));
            }
        }
        verdicts.check("session notes");
    }

    void serviceTexts()
    {
        TestDatabase t;
        ServiceRevisions revisions(t.db());
        StorageError error;
        const qint64 service = revisions.idForCode(QStringLiteral("foot"), &error);
        QVERIFY(service > 0);
        Verdicts verdicts;
        for (const HostileString& s : std::as_const(m_strings)) {
            for (const QString& field : ServiceContent::textFields()) {
                ServiceRevision before;
                QVERIFY(revisions.latest(service, &before, &error));
                ServiceContent content = before.content;
                ServiceTexts english = content.texts.value(QStringLiteral("en"));
                ServiceContent::setField(&english, field, s.text);
                content.texts.insert(QStringLiteral("en"), english);
                ServiceRevisions::SaveResult result;
                StorageError failure;
                const bool stored = revisions.saveDraft(service, before.revision, content,
                                                        QStringLiteral("test"), &result, &failure);
                ServiceRevision after;
                QVERIFY(revisions.latest(service, &after, &error));
                verdicts.judge(
                    s, QStringLiteral("service ") + field, stored, failure, s.text,
                    ServiceContent::field(after.content.textsIn(QStringLiteral("en")), field),
                    after.revision == before.revision);
            }
        }
        verdicts.check("service texts");
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
        Verdicts verdicts;
        for (const HostileString& s : std::as_const(m_strings)) {
            const qint64 before = count(t.db(), QStringLiteral("SELECT count(*) FROM users"));
            qint64 id = 0;
            StorageError failure;
            const bool stored =
                users.add(s.text, Role::Receptionist, QStringLiteral("Plenty-of-Words-42-here"), 0,
                          QStringLiteral("test"), &id, &failure);
            verdicts.judge(s, QStringLiteral("user name"), stored, failure, s.text.trimmed(),
                           text(t.db(), QStringLiteral("SELECT name FROM users WHERE id = ?"), id),
                           count(t.db(), QStringLiteral("SELECT count(*) FROM users")) == before);
        }
        verdicts.check("user names");
    }

    void theDatabaseIsSoundAfterwards()
    {
        // Every suite above ran on its own file; one more pass of the worst strings through one
        // file, then the integrity check.
        TestDatabase t;
        ClientRepository clients(t.db());
        for (const HostileString& s : std::as_const(m_strings)) {
            ClientRules::Input input;
            input.name = QStringLiteral("Sound Check");
            input.notes = s.text;
            qint64 id = 0;
            StorageError error;
            clients.add(input, 0, &id, &error);
        }
        QCOMPARE(scalar(t.db(), QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
