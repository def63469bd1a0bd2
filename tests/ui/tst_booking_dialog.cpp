#include "TestDatabase.h"
#include "calendar/BookingDialog.h"
#include "core/LocalTime.h"

#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// The booking dialog on the night the clocks go back (2026-10-25 in Madrid): it asks which of
// the two 02:30s is meant, books the one chosen, and offers each free instant once. A centre
// open all Sunday night, one therapist and one room.
class TestBookingDialog : public QObject
{
    Q_OBJECT

    const QTimeZone m_zone{"Europe/Madrid"};
    std::unique_ptr<TestDatabase> m_db;
    qint64 m_client = 0;

    qint64 insert(const QString& sql)
    {
        QSqlQuery query(m_db->db().connection());
        if (!query.exec(sql))
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query.lastInsertId().toLongLong();
    }

    QList<qint64> starts()
    {
        QList<qint64> list;
        QSqlQuery query(m_db->db().connection());
        query.exec(QStringLiteral("SELECT starts_at FROM bookings ORDER BY starts_at"));
        while (query.next())
            list << query.value(0).toLongLong();
        return list;
    }

    static qint64 utc(int hour, int minute)
    {
        return QDateTime(QDate(2026, 10, 25), QTime(hour, minute), Qt::UTC).toSecsSinceEpoch();
    }

    BookingDialog::Prefill atHalfPastTwo() const
    {
        BookingDialog::Prefill prefill;
        prefill.clientId = m_client;
        prefill.serviceCode = QStringLiteral("leg");
        prefill.day = QDate(2026, 10, 25);
        prefill.minute = 2 * 60 + 30;
        return prefill;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>(
            true, QDateTime(QDate(2026, 10, 20), QTime(9, 0), QTimeZone::utc()));
        insert(QStringLiteral("INSERT INTO opening_hours (weekday, opens_minute, closes_minute) "
                              "VALUES (7, 0, 1440)"));
        const qint64 marta = insert(QStringLiteral(
            "INSERT INTO therapists (display_name, created_at) VALUES ('Marta Vidal', 0)"));
        const qint64 room =
            insert(QStringLiteral("INSERT INTO rooms (name, created_at) VALUES ('Sala Mar', 0)"));
        insert(QStringLiteral("INSERT INTO therapist_services SELECT %1, id FROM services")
                   .arg(marta));
        insert(QStringLiteral("INSERT INTO room_services SELECT %1, id FROM services").arg(room));
        insert(QStringLiteral("INSERT INTO therapist_shifts (therapist_id, weekday, start_minute, "
                              "end_minute) VALUES (%1, 7, 0, 1440)")
                   .arg(marta));
        m_client = insert(QStringLiteral("INSERT INTO clients (full_name, created_at, updated_at) "
                                         "VALUES ('Núria Puig', 0, 0)"));
    }

    void cleanup() { m_db.reset(); }

    void theRepeatedHourIsAskedNotAssumed()
    {
        BookingDialog dialog(m_db->db(), m_zone, atHalfPastTwo());
        dialog.show();
        QComboBox* which = dialog.repeatedHourBox();
        QVERIFY(which->isVisible());
        QCOMPARE(which->count(), 2);
        QCOMPARE(which->itemText(0), QStringLiteral("02:30 summer time (CEST, +02:00)"));
        QCOMPARE(which->itemText(1), QStringLiteral("02:30 winter time (CET, +01:00)"));
        QCOMPARE(which->currentIndex(), -1);
        // Until the person says which, nothing is booked.
        QVERIFY(!dialog.check());
        QVERIFY2(dialog.explanation().contains(QStringLiteral("happens twice")) &&
                     dialog.explanation().contains(which->itemText(0)),
                 qPrintable(dialog.explanation()));
        QVERIFY(!dialog.save());
        QVERIFY(starts().isEmpty());
        // The first one, as a person picks it in the box.
        which->setCurrentIndex(0);
        QVERIFY2(dialog.check(), qPrintable(dialog.explanation()));
        QVERIFY2(dialog.explanation().contains(QStringLiteral("02:30+02:00")),
                 qPrintable(dialog.explanation()));
        QVERIFY(dialog.save());
        QCOMPARE(starts(), QList<qint64>{utc(0, 30)});
        // An ordinary time needs no choice.
        dialog.setStart(QDate(2026, 10, 25), QTime(10, 0));
        QVERIFY(!which->isVisible());
    }

    void freeSlotsListEachInstantOnce()
    {
        {
            BookingDialog first(m_db->db(), m_zone, atHalfPastTwo());
            QVERIFY(first.chooseRepeated(true));
            QVERIFY(first.save()); // 00:30-01:10 UTC with the cleanup
        }
        BookingDialog dialog(m_db->db(), m_zone, atHalfPastTwo());
        dialog.show();
        const QList<Placement> offered = dialog.findSlots();
        QCOMPARE(offered.size(), 5);
        QCOMPARE(offered.first().startsAt, utc(1, 15)); // 02:15 winter time
        QVERIFY2(dialog.slotList()->item(0)->text().contains(QStringLiteral("02:15+01:00")),
                 qPrintable(dialog.slotList()->item(0)->text()));
        // Picking it picks winter time in the box too; the booked summer 02:30 is not offered.
        QVERIFY(dialog.useSlot(0));
        QCOMPARE(dialog.repeatedHourBox()->currentIndex(), 1);
        for (const Placement& p : offered)
            QVERIFY(p.startsAt != utc(0, 30));
        // The second 02:30 can be chosen and booked for another client as well.
        const qint64 other = insert(QStringLiteral("INSERT INTO clients (full_name, created_at, "
                                                   "updated_at) VALUES ('Pau Soler', 0, 0)"));
        QVERIFY(dialog.selectClient(other));
        dialog.setStart(QDate(2026, 10, 25), QTime(2, 30));
        QVERIFY(dialog.chooseRepeated(false));
        QVERIFY2(dialog.save(), qPrintable(dialog.explanation()));
        QCOMPARE(starts(), (QList<qint64>{utc(0, 30), utc(1, 30)}));
    }

    void aStartOutsideTheBookableYearsSaysSo()
    {
        BookingDialog dialog(m_db->db(), m_zone, atHalfPastTwo());
        dialog.setStart(QDate(9999, 12, 31), QTime(10, 0));
        QVERIFY(!dialog.check());
        QVERIFY2(dialog.explanation().contains(QStringLiteral("outside the dates")),
                 qPrintable(dialog.explanation()));
        QVERIFY(!dialog.save());
        QVERIFY(starts().isEmpty());
    }
};

QTEST_MAIN(TestBookingDialog)
#include "tst_booking_dialog.moc"
