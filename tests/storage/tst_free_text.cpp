#include "StorageTestHelpers.h"
#include "TestDatabase.h"

#include "core/FreeText.h"
#include "core/PrecautionRules.h"
#include "storage/CheckinRepository.h"
#include "storage/ClientRepository.h"
#include "storage/Scheduler.h"
#include "storage/ServiceRevisions.h"
#include "storage/SessionRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/StaffEditor.h"

#include <QTest>
#include <functional>

// Issue 15 item 20: every free text the storage layer writes follows one rule (core/FreeText):
// its limit counts characters as a person does (500 emoji are 500 characters, not 1,000 UTF-16
// units), and control characters are refused everywhere, as the client fields always did. Each
// field is written at its limit in emoji, family emoji and accents written as combining marks
// (stored exactly), one character over (refused, nothing changed), and with each control
// character (refused, nothing changed).

using namespace StorageTest;

namespace {

// 2026-11-25 10:00 UTC, the test's "today": check-ins are taken on the session's day.
constexpr qint64 kToday10 = 1795600800;

const QString kEmoji = QStringLiteral("\U0001F600"); // 2 UTF-16 units
const QString kFamily = QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467"); // 8 units
const QString kAccent = QStringLiteral("e\u0301");                                    // é as two

CheckInAnswers allNo(const QString& service)
{
    CheckInAnswers answers;
    for (const PrecautionQuestion& q : PrecautionRules::builtIn().questionsFor(service))
        answers.answers.insert(q.id, !q.trigger);
    return answers;
}

QString value(Database& db, const QString& sql, const QVariant& id)
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString() : QStringLiteral("<no row>");
}

// One free-text field of the storage API.
struct Field
{
    QString name;
    int limit = 0;
    FreeText::Lines lines = FreeText::Lines::One;
    std::function<void()> prepare;                            // a fresh record to write to
    std::function<bool(const QString&, StorageError*)> write; // the write under test
    std::function<QString()> stored;                          // the field as stored now
};

} // namespace

class TestFreeText : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_t;
    Resources m_r;
    int m_slot = 0;
    QStringList m_failures;

    // A booked session today; new resources (client, therapist, room) when the day is full.
    qint64 bookToday()
    {
        if (m_slot == 11) {
            m_r = addResources(m_t->db());
            m_slot = 0;
        }
        qint64 id = 0;
        StorageError error;
        if (!Scheduler(m_t->db(), QTimeZone::utc())
                 .book(bookingAt(m_r, kToday10 + m_slot++ * kSlotSecs), QStringLiteral("test"), &id,
                       nullptr, &error))
            qFatal("book: %s", qPrintable(error.message));
        return id;
    }

    qint64 checkedIn(const CheckInAnswers& answers)
    {
        const qint64 booking = bookToday();
        Evaluation evaluation;
        StorageError error;
        if (!CheckinRepository(m_t->db()).record(booking, answers, QStringLiteral("test"),
                                                 &evaluation, &error))
            qFatal("check-in: %s", qPrintable(error.message));
        return booking;
    }

    void expectStored(Field& f, const QString& what, const QString& text)
    {
        f.prepare();
        StorageError error;
        if (!f.write(text, &error))
            m_failures << f.name + QStringLiteral(": ") + what + QStringLiteral(" refused: ") +
                              error.message;
        else if (f.stored() != text)
            m_failures << f.name + QStringLiteral(": ") + what + QStringLiteral(" stored as ") +
                              f.stored().left(20);
    }

    void expectRefused(Field& f, const QString& what, const QString& text, const QString& says)
    {
        f.prepare();
        const QString before = f.stored();
        StorageError error;
        if (f.write(text, &error))
            m_failures << f.name + QStringLiteral(": ") + what + QStringLiteral(" stored");
        else if (error.code != StorageError::Code::Refused || !error.message.contains(says))
            m_failures << f.name + QStringLiteral(": ") + what + QStringLiteral(": ") +
                              error.message;
        else if (f.stored() != before)
            m_failures << f.name + QStringLiteral(": ") + what +
                              QStringLiteral(" refused, but the field changed");
    }

    QList<Field> fields()
    {
        // Each field writes to the record its prepare() made; the fresh ones keep their ids here.
        auto booking = std::make_shared<qint64>(0);
        const auto fresh = [this, booking] {
            *booking = bookToday();
        };
        const auto inSession = [this, booking] {
            *booking = checkedIn(allNo(m_r.serviceCode));
            StorageError error;
            if (!SessionRepository(m_t->db()).start(*booking, QStringLiteral("test"), &error))
                qFatal("start: %s", qPrintable(error.message));
        };
        const auto needsClearance = [this, booking] {
            CheckInAnswers answers = allNo(m_r.serviceCode);
            answers.answers.insert(QStringLiteral("pregnant"), true);
            *booking = checkedIn(answers);
        };
        const auto column = [this, booking](const QString& sql) {
            return [this, booking, sql] {
                return value(m_t->db(), sql, *booking);
            };
        };
        const auto checkinText = [this, booking](bool avoid) {
            return [this, booking, avoid](const QString& text, StorageError* error) {
                CheckInAnswers answers = allNo(m_r.serviceCode);
                (avoid ? answers.avoidAreas : answers.notes) = text;
                Evaluation evaluation;
                return CheckinRepository(m_t->db()).record(
                    *booking, answers, QStringLiteral("test"), &evaluation, error);
            };
        };
        const qint64 confirmedAt = m_t->db().clock().nowSecs() - 3600;
        const QString checkin = QStringLiteral("SELECT %1 FROM checkins WHERE booking_id = ?");
        auto therapist = std::make_shared<qint64>(m_r.therapist);
        return {
            {QStringLiteral("cancel reason"), Scheduler::kMaxCancelReason, FreeText::Lines::One,
             fresh,
             [this, booking](const QString& text, StorageError* error) {
                 return Scheduler(m_t->db(), QTimeZone::utc())
                     .cancel(*booking, text, QStringLiteral("test"), error);
             },
             column(QStringLiteral("SELECT status_reason FROM bookings WHERE id = ?"))},
            {QStringLiteral("check-in avoid areas"), CheckinRepository::kMaxAvoidAreas,
             FreeText::Lines::One, fresh, checkinText(true),
             column(checkin.arg(QStringLiteral("avoid_areas")))},
            {QStringLiteral("check-in notes"), CheckinRepository::kMaxNotes, FreeText::Lines::Many,
             fresh, checkinText(false), column(checkin.arg(QStringLiteral("notes")))},
            {QStringLiteral("clearance confirmed by"), SessionRepository::kMaxConfirmedBy,
             FreeText::Lines::One, needsClearance,
             [this, booking, confirmedAt](const QString& text, StorageError* error) {
                 return SessionRepository(m_t->db()).recordClearance(*booking, text, confirmedAt,
                                                                     QStringLiteral("Rest"),
                                                                     QStringLiteral("test"), error);
             },
             column(checkin.arg(QStringLiteral("clearance_confirmed_by")))},
            {QStringLiteral("clearance advice"), SessionRepository::kMaxText, FreeText::Lines::Many,
             needsClearance,
             [this, booking, confirmedAt](const QString& text, StorageError* error) {
                 return SessionRepository(m_t->db()).recordClearance(
                     *booking, QStringLiteral("Dr. Puig"), confirmedAt, text,
                     QStringLiteral("test"), error);
             },
             column(checkin.arg(QStringLiteral("clearance_advice")))},
            {QStringLiteral("session note"), SessionRepository::kMaxText, FreeText::Lines::Many,
             inSession,
             [this, booking](const QString& text, StorageError* error) {
                 return SessionRepository(m_t->db()).finish(*booking, text, QString(),
                                                            QStringLiteral("test"), error);
             },
             column(checkin.arg(QStringLiteral("session_note")))},
            {QStringLiteral("reaction note"), SessionRepository::kMaxText, FreeText::Lines::Many,
             inSession,
             [this, booking](const QString& text, StorageError* error) {
                 return SessionRepository(m_t->db()).finish(*booking, QString(), text,
                                                            QStringLiteral("test"), error);
             },
             column(checkin.arg(QStringLiteral("reaction_note")))},
            {QStringLiteral("absence note"), 300, FreeText::Lines::One, [] {},
             [this, therapist](const QString& text, StorageError* error) {
                 static qint64 startsAt = kToday10 + 30 * 86400;
                 startsAt += 86400;
                 return StaffEditor(m_t->db()).addAbsence(*therapist, startsAt, startsAt + 3600,
                                                          text, error);
             },
             [this, therapist] {
                 return value(m_t->db(),
                              QStringLiteral("SELECT reason FROM therapist_absences WHERE "
                                             "therapist_id = ? ORDER BY id DESC LIMIT 1"),
                              *therapist);
             }},
            {QStringLiteral("centre name"), SettingsRepository::kMaxCentreName,
             FreeText::Lines::One, [] {},
             [this](const QString& text, StorageError* error) {
                 return SettingsRepository(m_t->db()).setValue(SettingKeys::kCentreName, text,
                                                               error);
             },
             [this] {
                 return SettingsRepository(m_t->db()).value(SettingKeys::kCentreName);
             }},
            {QStringLiteral("closed day reason"), 200, FreeText::Lines::One, [] {},
             [this](const QString& text, StorageError* error) {
                 return StaffEditor(m_t->db()).addClosedDay(QDate(2027, 1, 6), text, error);
             },
             [this] {
                 return value(m_t->db(),
                              QStringLiteral("SELECT reason FROM closed_days WHERE day = ?"),
                              QStringLiteral("2027-01-06"));
             }},
        };
    }

private slots:
    void initTestCase() { quietLogs(); }

    void init()
    {
        m_t = std::make_unique<TestDatabase>();
        m_r = addResources(m_t->db());
        m_slot = 0;
        m_failures.clear();
    }

    void everyFreeTextCountsCharactersAsAPersonDoes()
    {
        for (Field& f : fields()) {
            // The limit in emoji (twice as many UTF-16 units), family emoji (five code points
            // each) and accents typed as combining marks: all stored exactly.
            expectStored(f, QStringLiteral("limit in emoji"), kEmoji.repeated(f.limit));
            expectStored(f, QStringLiteral("limit in family emoji"), kFamily.repeated(f.limit));
            expectStored(f, QStringLiteral("limit in combining accents"),
                         kAccent.repeated(f.limit));
            // One more is refused with a message that names the limit.
            expectRefused(f, QStringLiteral("limit + 1"), kEmoji.repeated(f.limit + 1),
                          QString::number(f.limit));
            // A "character" piled with marks cannot smuggle a megabyte past the limit.
            expectRefused(f, QStringLiteral("marks"),
                          QStringLiteral("a") + QString(QChar(0x0301)).repeated(200),
                          QStringLiteral("marks"));
        }
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
    }

    void everyFreeTextRefusesControlCharacters()
    {
        // (U+0085 is whitespace to QString::simplified(), so one-line fields fold it to a space.)
        const QList<QChar> controls = {QChar(0x00), QChar(0x07), QChar(0x08),
                                       QChar(0x1B), QChar(0x7F), QChar(0x9B)};
        for (Field& f : fields()) {
            for (const QChar c : f.lines == FreeText::Lines::Many
                                     ? controls + QList<QChar>{QChar(0x85)}
                                     : controls) {
                expectRefused(f, QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')),
                              QStringLiteral("left ") + c + QStringLiteral("calf"),
                              QStringLiteral("control characters"));
            }
            expectRefused(f, QStringLiteral("a lone surrogate"),
                          QStringLiteral("left ") + QChar(0xD83D) + QStringLiteral(" calf"),
                          QStringLiteral("control characters"));
            // Right-to-left text and its marks are text, not control characters.
            expectStored(f, QStringLiteral("right-to-left"),
                         QStringLiteral("\u05E9\u05DC\u05D5\u05DD \u200F\u202Eabc\u202C"));
            if (f.lines == FreeText::Lines::Many)
                expectStored(f, QStringLiteral("lines and tabs"),
                             QStringLiteral("First line\nSecond line\twith a tab"));
        }
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
    }

    // The override reason of a publish with claims, and the service texts themselves.
    void serviceTextsFollowTheSameRule()
    {
        ServiceRevisions revisions(m_t->db());
        StorageError error;
        const qint64 service = revisions.idForCode(QStringLiteral("foot"), &error);
        QVERIFY(service > 0);
        ServiceRevision latest;
        QVERIFY(revisions.latest(service, &latest, &error));
        ServiceContent content = latest.content;
        ServiceTexts english = content.texts.value(QStringLiteral("en"));
        english.description = QStringLiteral("Improves circulation.\n") + kFamily.repeated(3);
        content.texts.insert(QStringLiteral("en"), english);
        ServiceRevisions::SaveResult result;
        // A ten-character reason in emoji is ten characters.
        QVERIFY2(revisions.publish(service, latest.revision, content, kEmoji.repeated(10),
                                   QStringLiteral("test"), &result, &error),
                 qPrintable(error.message));
        QVERIFY(revisions.latest(service, &latest, &error));
        QCOMPARE(latest.overrideReason, kEmoji.repeated(10));
        english.description += QStringLiteral(" more");
        content.texts.insert(QStringLiteral("en"), english);
        QVERIFY(!revisions.publish(service, latest.revision, content,
                                   QStringLiteral("Approved \x1b[31m by the owner"),
                                   QStringLiteral("test"), &result, &error));
        QVERIFY2(error.message.contains(QLatin1String("control characters")),
                 qPrintable(error.message));

        english.name = QStringLiteral("Foot\x07 massage");
        content.texts.insert(QStringLiteral("en"), english);
        QVERIFY(!revisions.saveDraft(service, latest.revision, content, QStringLiteral("test"),
                                     &result, &error));
        QVERIFY2(error.message.contains(QLatin1String("control characters")),
                 qPrintable(error.message));
        english.name = kEmoji.repeated(200); // the name's limit, 200 characters
        content.texts.insert(QStringLiteral("en"), english);
        QVERIFY2(revisions.saveDraft(service, latest.revision, content, QStringLiteral("test"),
                                     &result, &error),
                 qPrintable(error.message));
    }

    // Client notes: 10,000 characters as a person counts them; the same control rule.
    void clientNotesFollowTheSameRule()
    {
        ClientRepository clients(m_t->db());
        ClientRules::Input input;
        input.name = QStringLiteral("Núria Puig");
        input.notes = kEmoji.repeated(ClientRules::kMaxNotesLength);
        qint64 id = 0;
        StorageError error;
        QVERIFY2(clients.add(input, 0, &id, &error), qPrintable(error.message));
        input.notes = kEmoji.repeated(ClientRules::kMaxNotesLength + 1);
        QVERIFY(!clients.add(input, 0, &id, &error));
        QVERIFY2(error.message.contains(QLatin1String("10000")), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestFreeText)
#include "tst_free_text.moc"
