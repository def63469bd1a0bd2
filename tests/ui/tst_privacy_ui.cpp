#include "TestDatabase.h"
#include "dialogs/RecoveryKeyDialog.h"
#include "pages/SettingsPage.h"
#include "settings/PrivacySettings.h"
#include "storage/DemoGenerator.h"
#include "storage/SealingRepository.h"
#include "storage/UserRepository.h"

#include <QLabel>
#include <QLineEdit>
#include <QPdfWriter>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>

// Settings > Privacy (issue 13): an older centre is sealed by a manager with their password, the
// recovery key is shown once with a printable sheet; without any account it cannot be done and
// the tab says why.
class TestPrivacyUi : public QObject
{
    Q_OBJECT

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
};

QTEST_MAIN(TestPrivacyUi)
#include "tst_privacy_ui.moc"
