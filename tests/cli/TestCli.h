#pragma once

#include "CliRunner.h"

#include <QJsonArray>
#include <QObject>
#include <memory>

// End-to-end tests of massage-desk-cli (DESIGN section 4): every test runs the real program in
// its own temporary folder. tst_cli.cpp holds the parsing and init tests, tst_cli_catalogue.cpp
// the catalogue and hostile-input tests, tst_cli_data.cpp the demo, check, lists and language
// tests, tst_cli_backup.cpp the backup and restore tests, tst_cli_clients.cpp the clients and
// check-in tests, tst_cli_bookings.cpp the booking, cancel and slots tests, tst_cli_times.cpp their
// edges.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // tst_cli.cpp: the command line itself
    void helpListsEveryCommand();
    void versionNamesTheProgram();
    void commandHelpShowsItsUsage_data();
    void commandHelpShowsItsUsage();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void usageErrorsInJsonArePrintedAsAnErrorObject();
    void emptyDatabaseValueIsAUsageError_data();
    void emptyDatabaseValueIsAUsageError();
    void englishPluralsAreWords();
    void logsStayInTheDataFolder();

    // tst_cli.cpp: init and missing or foreign files
    void initCreatesTheDatabase();
    void initTwiceChangesNothing();
    void initCreatesMissingFolders();
    void commandsRefuseAFileThatIsNotOurs_data();
    void commandsRefuseAFileThatIsNotOurs();
    void commandsRefuseAMissingDatabase_data();
    void commandsRefuseAMissingDatabase();

    // tst_cli_catalogue.cpp: the catalogue
    void servicesListShowsTheCatalogue();
    void servicesListFollowsTheLanguage();
    void servicesShowPrintsTheClientText();
    void servicesShowJsonHasEveryText();
    void servicesShowRefusesAnUnknownCode();

    // tst_cli_catalogue.cpp: hostile input
    void hostileServiceCodesAreRefused_data();
    void hostileServiceCodesAreRefused();
    void hostilePathsAreTakenLiterally();
    void overlongPathsAreRefused();

    // tst_cli_data.cpp: demo
    void demoCreatesASmallCentre();
    void demoIsDeterministic();
    void demoSeedChangesTheCentre();
    void demoRefusesADatabaseWithData();

    // tst_cli_data.cpp: check and lists
    void checkReportsAHealthyDatabase();
    void checkFindsADoubleBooking();
    void therapistsAndRoomsListTheDemoCentre();
    void listsOfAFreshDatabaseAreEmpty();

    // tst_cli_backup.cpp: backup and restore
    void backupWritesACheckedCopy();
    void backupNeverOverwrites();
    void backupIntoAFolderUsesADatedName();
    void backupIntoANewFolderPath();
    void backupToAnEmptyNameIsAUsageError();
    void restoreBringsBackTheBackup();
    void restoreRefusesABadBackup_data();
    void restoreRefusesABadBackup();
    void restoreReplacesADamagedDatabase();
    void restoreIntoAMissingDatabase();

    // tst_cli_clients.cpp: clients
    void clientsAddPrintsTheNewClient();
    void clientsAddNotesTheSameContact();
    void clientsAddRefusesBadDetails_data();
    void clientsAddRefusesBadDetails();
    void clientsFindIgnoresAccentsAndCapitals();
    void clientsFindTakesSyntaxLiterally_data();
    void clientsFindTakesSyntaxLiterally();
    void clientsFindHonoursTheLimit();
    void clientAndCheckinUsageErrorsExitWithTwo_data();
    void clientAndCheckinUsageErrorsExitWithTwo();

    // tst_cli_clients.cpp: check-in
    void checkinProceedsWhenNothingTriggers();
    void checkinNeedsClearanceWhenATriggerIsAnswered();
    void checkinStopReferMarksTheBookingReferred();
    void checkinRefusesBadAnswers_data();
    void checkinRefusesBadAnswers();
    void checkinRefusesBadBookings();
    void checkinShowReturnsWhatWasSent();
    void checkinShowMarksWhatChanged();

    // tst_cli_checkin_safety.cpp: the red flag through the program
    void checkinRefusesAKeyGivenTwice();
    void checkinReferralFollowsTheClient();
    void checkinOnlyOnTheSessionsDay();

    // tst_cli_bookings.cpp: book, bookings list, cancel and slots find (DESIGN 2.4)
    void bookPrintsTheBookingAndListsIt();
    void bookRefusesAndChangesNothing_data();
    void bookRefusesAndChangesNothing();
    void bookMayTouchTheCleanupButNotOverlapIt();
    void bookingUsageErrorsExitWithTwo_data();
    void bookingUsageErrorsExitWithTwo();
    void cancelKeepsTheBookingWithItsReason();
    void slotsFindOffersBookableTimes();
    void slotsFindFollowsTheTherapist();
    void bookingOnTheAutumnChangeDayKeepsItsLocalTime();

    // tst_cli_times.cpp: times and bookings at their edges
    void theRepeatedHourIsTypedWithItsOffset();
    void aClientIsBookedOnceAtATime();
    void aSessionCrossingMidnightSaysSo();
    void startsOutsideTheBookableYearsAreRefused_data();
    void startsOutsideTheBookableYearsAreRefused();
    void bookingNumbersThatDoNotExistAreNamed();
    void theDemoHasEachClientInOneSessionAtATime();

    // tst_cli_data.cpp: another language
    void catalanLocaleKeepsTheExitCodes();

private:
    std::unique_ptr<CliRunner> m_cli;
};

// The default catalogue's service codes, in catalogue order (DESIGN 4).
QStringList catalogueCodes();
// Writes `bytes` to `path`; false when the file cannot be written.
bool writeFile(const QString& path, const QByteArray& bytes);
// The sibling files of a database (journal, lock, safety copies) that exist now.
QStringList filesBeside(const QString& databasePath);
// The "code" of every service in a JSON list.
QStringList codesOf(const QJsonArray& services);
QStringList sorted(QStringList list);
// Changes a file behind the program's back, the way another tool or a damaged disk would.
// Empty result on success, else what went wrong.
QString runSql(const QString& path, const QStringList& statements);

// Runs a command with --json, checks its exit status and parses its output into `object`.
#define CLI_JSON(object, code, ...)                                                                \
    QJsonObject object;                                                                            \
    do {                                                                                           \
        const CliResult jsonResult_ =                                                              \
            m_cli->run(QStringList{QStringLiteral("--json")} + QStringList{__VA_ARGS__});          \
        CLI_EXPECT_EXIT(jsonResult_, code);                                                        \
        CLI_PARSE_JSON(jsonResult_, object);                                                       \
    } while (false)

// The same on another database file.
#define CLI_JSON_ON(object, database, code, ...)                                                   \
    QJsonObject object;                                                                            \
    do {                                                                                           \
        const CliResult jsonResult_ = m_cli->runOn(                                                \
            database, QStringList{QStringLiteral("--json")} + QStringList{__VA_ARGS__});           \
        CLI_EXPECT_EXIT(jsonResult_, code);                                                        \
        CLI_PARSE_JSON(jsonResult_, object);                                                       \
    } while (false)
