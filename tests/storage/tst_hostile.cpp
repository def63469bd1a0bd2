#include "HostileStrings.h"
#include "HostileVerdicts.h"
#include "StorageTestHelpers.h"
#include "TestDatabase.h"

#include "core/Clock.h"
#include "core/PrecautionRules.h"
#include "storage/CheckinRepository.h"
#include "storage/ClientRepository.h"
#include "storage/Scheduler.h"
#include "storage/ServiceRevisions.h"
#include "storage/SessionRepository.h"

#include <QTest>
#include <functional>

// Hostile input through the storage API (issue 6): every string of tests/data/hostile-strings.txt
// goes into every text field. Each must be stored exactly as the field's documented clean-up
// leaves it (names simplified, phones, emails and session notes trimmed, the rest untouched) and
// read back so, or be refused with a message and nothing changed. Searching with each must not
// fail. The centre's own texts (staff, rooms, reasons, settings, users): tst_hostile_staff.cpp.

using namespace StorageTest;
using namespace HostileTest;

namespace {

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
        // "Now" is its start: a check-in is taken on the session's day, at the centre.
        t.clock().set(
            QDateTime::fromSecsSinceEpoch(kBaseSlot + slot * kSlotSecs, QTimeZone::utc()));
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

    void clearanceTexts()
    {
        TestDatabase t;
        const Resources r = addResources(t.db());
        const qint64 booking = book(t, r, 0);
        CheckInAnswers answers = allNo(r.serviceCode);
        answers.answers.insert(QStringLiteral("pregnant"), true);
        Evaluation evaluation;
        StorageError error;
        CheckinRepository checkins(t.db());
        QVERIFY2(checkins.record(booking, answers, QStringLiteral("test"), &evaluation, &error),
                 qPrintable(error.message));
        QCOMPARE(evaluation.outcome, Outcome::NeedsClearance);
        SessionRepository sessions(t.db());
        const qint64 confirmedAt = t.db().clock().nowSecs() - 3600;
        const QString read = QStringLiteral("SELECT %1 FROM checkins WHERE booking_id = ?");
        Verdicts verdicts;
        for (const HostileString& s : std::as_const(m_strings)) {
            for (int field = 0; field < 2; ++field) {
                // The clearance may be recorded again (corrected) while the client waits.
                const QString whoBefore =
                    text(t.db(), read.arg(QStringLiteral("clearance_confirmed_by")), booking);
                const QString adviceBefore =
                    text(t.db(), read.arg(QStringLiteral("clearance_advice")), booking);
                const QString who = field == 0 ? s.text : QStringLiteral("Dr. Puig");
                const QString advice = field == 1 ? s.text : QStringLiteral("Gentle pressure");
                StorageError failure;
                const bool stored = sessions.recordClearance(booking, who, confirmedAt, advice,
                                                             QStringLiteral("test"), &failure);
                const QString whoAfter =
                    text(t.db(), read.arg(QStringLiteral("clearance_confirmed_by")), booking);
                const QString adviceAfter =
                    text(t.db(), read.arg(QStringLiteral("clearance_advice")), booking);
                verdicts.judge(s,
                               field == 0 ? QStringLiteral("clearance confirmed by")
                                          : QStringLiteral("clearance advice"),
                               stored, failure, field == 0 ? s.text.simplified() : s.text.trimmed(),
                               field == 0 ? whoAfter : adviceAfter,
                               whoAfter == whoBefore && adviceAfter == adviceBefore);
            }
        }
        verdicts.check("clearance texts");
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
