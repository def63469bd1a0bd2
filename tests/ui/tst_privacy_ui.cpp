#include "TestDatabase.h"
#include "dialogs/PlainBackupsDialog.h"
#include "dialogs/RecoveryAccessDialog.h"
#include "dialogs/RecoveryKeyDialog.h"
#include "pages/SettingsPage.h"
#include "settings/PrivacySettings.h"
#include "storage/AutomaticBackup.h"
#include "storage/CheckinRepository.h"
#include "storage/DemoGenerator.h"
#include "storage/SealingRepository.h"
#include "storage/UserRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPdfWriter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>

// Settings > Privacy (issue 13): an older centre is sealed by a manager with their password, the
// recovery key is shown once with a printable sheet; without any account it cannot be done and
// the tab says why.
class TestPrivacyUi : public QObject
{
    Q_OBJECT

    // Saved for a person to look at when MASSAGE_DESK_SCREENSHOTS names a folder.
    static void shot(QWidget* widget, const QString& name)
    {
        const QString folder = qEnvironmentVariable("MASSAGE_DESK_SCREENSHOTS");
        if (!folder.isEmpty())
            widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
    }

private slots:
    void aManagerSealsAnOlderCentre()
    {
        TestDatabase db;
        DemoGenerator::Summary summary;
        StorageError error;
        QVERIFY(
            DemoGenerator::generate(db.db(), {DemoGenerator::Size::Small, 2}, &summary, &error));
        SettingsPage page;
        page.setDatabase(&db.db());
        page.setRole(Role::Manager);
        PrivacySettings* privacy = page.privacy();
        // Nothing is counted while the tab is not shown; showing it says the state.
        QVERIFY(privacy->stateLabel()->text().isEmpty());
        page.show();
        page.tabs()->setCurrentWidget(privacy);
        QVERIFY2(privacy->stateLabel()->text().contains(QLatin1String("manager's account")),
                 qPrintable(privacy->stateLabel()->text()));
        QVERIFY(!privacy->sealButton()->isEnabled());

        qint64 id = 0;
        const QString password = QStringLiteral("Harbour-light-61");
        QVERIFY(UserRepository(db.db()).add(QStringLiteral("boss"), Role::Manager, password, 0,
                                            QString(), &id, &error));
        User boss;
        QVERIFY(UserRepository(db.db()).signIn(QStringLiteral("boss"), password, &boss, &error));
        db.db().setActor(boss.actor());
        privacy->refresh();
        QVERIFY(privacy->sealButton()->isEnabled());
        QVERIFY(privacy->stateLabel()->text().contains(QLatin1String("Not sealed")));

        privacy->passwordEdit()->setText(QStringLiteral("Not-my-password-1"));
        QVERIFY(!privacy->sealNow());
        QVERIFY2(privacy->stateLabel()->text().contains(QLatin1String("Wrong password")),
                 qPrintable(privacy->stateLabel()->text()));
        SealingRepository::State state;
        QVERIFY(SealingRepository(db.db()).state(&state, &error));
        QVERIFY(!state.enabled);

        privacy->passwordEdit()->setText(password);
        QTest::mouseClick(privacy->sealButton(), Qt::LeftButton);
        QVERIFY(SealingRepository(db.db()).state(&state, &error));
        QVERIFY(state.enabled);
        QCOMPARE(state.plainRows, 0);
        QVERIFY2(privacy->stateLabel()->text().contains(QLatin1String("Sealed")),
                 qPrintable(privacy->stateLabel()->text()));
        QVERIFY(privacy->passwordEdit()->text().isEmpty());

        // The recovery key, shown once, and its printable sheet.
        auto* dialog = privacy->findChild<RecoveryKeyDialog*>();
        QVERIFY(dialog);
        const QString key = dialog->keyLabel()->text();
        QCOMPARE(key.size(), 39);
        const QString pdf = db.folder() + QStringLiteral("/recovery.pdf");
        {
            QPdfWriter writer(pdf);
            QString problem;
            QVERIFY2(RecoveryKeyDialog::render(&writer, key, db.path(), &problem),
                     qPrintable(problem));
        }
        QVERIFY(QFile(pdf).size() > 1000);
        // And it opens the data when every password is lost.
        QSqlQuery forget(db.db().connection());
        QVERIFY(forget.exec(QStringLiteral("DELETE FROM sealing_wraps WHERE kind = 'password'")));
        db.db().setActor(std::nullopt);
        QVERIFY2(SealingRepository(db.db()).recover(key, QStringLiteral("boss"),
                                                    QStringLiteral("Harbour-light-62"), &error),
                 qPrintable(error.message));
    }

    // After sealing, the older plain backups are offered for replacement (deleted only on the
    // confirm); later, with every password wrap lost, the manager restores access from the tab.
    void plainBackupsReplacedAndAccessRestored()
    {
        TestDatabase db;
        DemoGenerator::Summary summary;
        StorageError error;
        QVERIFY(
            DemoGenerator::generate(db.db(), {DemoGenerator::Size::Small, 6}, &summary, &error));
        qint64 id = 0;
        const QString password = QStringLiteral("Harbour-light-61");
        QVERIFY(UserRepository(db.db()).add(QStringLiteral("boss"), Role::Manager, password, 0,
                                            QString(), &id, &error));
        User boss;
        QVERIFY(UserRepository(db.db()).signIn(QStringLiteral("boss"), password, &boss, &error));
        db.db().setActor(boss.actor());
        QString plainBackup;
        if (!db.isServer()) {
            AutomaticBackup::Outcome made;
            QVERIFY(AutomaticBackup(db.db()).run(AutomaticBackup::Reason::Manual, &made));
            QVERIFY(made.ok);
            plainBackup = made.facts.path;
            db.clock().set(db.clock().nowUtc().addSecs(60));
        }
        SettingsPage page;
        page.setDatabase(&db.db());
        page.setRole(Role::Manager);
        PrivacySettings* privacy = page.privacy();
        page.show();
        page.tabs()->setCurrentWidget(privacy);
        QVERIFY(!privacy->recoverButton()->isVisible()); // not sealed: nothing to restore
        privacy->passwordEdit()->setText(password);
        QVERIFY(privacy->sealNow());
        auto* keyDialog = privacy->findChild<RecoveryKeyDialog*>();
        QVERIFY(keyDialog);
        const QString recoveryKey = keyDialog->keyLabel()->text();
        keyDialog->reject(); // the older backups come up once the key is put away
        if (!db.isServer()) {
            PlainBackupsDialog* offer = nullptr;
            QTRY_VERIFY((offer = privacy->findChild<PlainBackupsDialog*>()) != nullptr);
            QCOMPARE(offer->list()->count(), 1);
            QVERIFY(offer->list()->item(0)->text().endsWith(QFileInfo(plainBackup).fileName()));
            QVERIFY(QFileInfo::exists(plainBackup)); // nothing deleted before the confirm
            shot(offer, QStringLiteral("privacy-plain-backups"));
            QTest::mouseClick(offer->replaceButton(), Qt::LeftButton);
            QVERIFY(!QFileInfo::exists(plainBackup));
            const QList<AutomaticBackup::Entry> left = AutomaticBackup(db.db()).backups();
            QCOMPARE(left.size(), 1);
            QVERIFY(
                !TestDatabase::readAll(left.first().path).contains("keep away from the injured"));
            // Asked again later: nothing plain is left to replace.
            QSignalSpy said(privacy, &PrivacySettings::message);
            QVERIFY(privacy->replaceBackupsButton()->isVisible());
            QTest::mouseClick(privacy->replaceBackupsButton(), Qt::LeftButton);
            QCOMPARE(said.size(), 1);
            QVERIFY(said.first().first().toString().contains(QLatin1String("No automatic backup")));
        } else {
            QVERIFY(!privacy->findChild<PlainBackupsDialog*>());
        }

        // Every password wrap lost; this sign-in holds no key.
        QSqlQuery forget(db.db().connection());
        QVERIFY(forget.exec(QStringLiteral("DELETE FROM sealing_wraps WHERE kind = 'password'")));
        db.db().setCentreKey(boss.id, nullptr);
        privacy->refresh();
        QVERIFY(privacy->recoverButton()->isVisible());
        QVERIFY(privacy->recoverButton()->isEnabled());
        QTest::mouseClick(privacy->recoverButton(), Qt::LeftButton);
        RecoveryAccessDialog* restore = nullptr;
        QTRY_VERIFY((restore = privacy->findChild<RecoveryAccessDialog*>()) != nullptr);
        restore->keyEdit()->setText(QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"));
        restore->passwordEdit()->setText(QStringLiteral("Harbour-light-62"));
        restore->againEdit()->setText(QStringLiteral("Harbour-light-62"));
        QTest::mouseClick(restore->restoreButton(), Qt::LeftButton);
        QVERIFY(restore->isVisible());
        QVERIFY2(restore->problemLabel()->text().contains(QLatin1String("does not open")),
                 qPrintable(restore->problemLabel()->text()));
        shot(restore, QStringLiteral("privacy-recovery-wrong-key"));
        QVERIFY(!db.db().centreKey());
        QVERIFY(UserRepository(db.db()).signIn(QStringLiteral("boss"), password, &boss, &error,
                                               false)); // the password is unchanged
        db.db().setActor(boss.actor());
        QSqlQuery wraps(db.db().connection());
        QVERIFY(wraps.exec(QStringLiteral("SELECT count(*) FROM sealing_wraps WHERE kind = "
                                          "'password'")) &&
                wraps.next());
        QCOMPARE(wraps.value(0).toInt(), 0);
        wraps.finish();

        restore->keyEdit()->setText(recoveryKey);
        restore->passwordEdit()->setText(QStringLiteral("Harbour-light-62"));
        restore->againEdit()->setText(QStringLiteral("Harbour-light-62"));
        QTest::mouseClick(restore->restoreButton(), Qt::LeftButton);
        QVERIFY2(!restore->isVisible(), qPrintable(restore->problemLabel()->text()));
        QVERIFY(db.db().centreKey());
        QVERIFY(!privacy->recoverButton()->isEnabled());
        QSqlQuery q(db.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT booking_id FROM checkins WHERE clearance_advice "
                                      "IS NOT NULL LIMIT 1")) &&
                q.next());
        const qint64 booking = q.value(0).toLongLong();
        q.finish();
        StoredCheckin checkin;
        QVERIFY2(CheckinRepository(db.db()).read(booking, QStringLiteral("boss"), &checkin, &error),
                 qPrintable(error.message));
        QVERIFY(checkin.clearanceAdvice.contains(QLatin1String("injured")));
    }
};

QTEST_MAIN(TestPrivacyUi)
#include "tst_privacy_ui.moc"
