#include "cli/CliApp.h"

#include "cli/CliOutput.h"
#include "cli/Commands.h"
#include "cli/SignIn.h"
#include "core/AppPaths.h"
#include "core/FreeText.h"

#include "storage/SqlDialect.h"

#include <QFileInfo>

#include <cstdio>

CliApp::CliApp(const Clock& clock) : m_clock(clock)
{
}

QList<CliApp::Command> CliApp::commands()
{
    using namespace Commands;
    return {
        {{QStringLiteral("init")},
         QStringLiteral("[--manager NAME]"),
         tr("Create a new database with the default catalogue"),
         tr("Creates the database file (and its folder) with the default service catalogue. "
            "Running it on an existing Massage Desk database changes nothing.\n"
            "  --manager NAME   also create the first manager (password from "
            "MASSAGE_DESK_PASSWORD or a prompt); from then on commands need --user"),
         init},
        {{QStringLiteral("demo")},
         QStringLiteral("[--size small|large] [--seed N] [--unsealed]"),
         tr("Create a demo centre in a new database"),
         tr("Fills a new database with a demo centre: therapists, rooms, shifts, clients and "
            "bookings with check-ins around today. The same seed gives the same centre. It "
            "also creates the demo users manager, reception and one per therapist (the first "
            "name in lower case, e.g. marta), all with the password \"demo\"; from then on "
            "commands need --user NAME (e.g. MASSAGE_DESK_PASSWORD=demo massage-desk-cli --user "
            "manager bookings list).\n"
            "  --size small   4 therapists, 3 rooms, 150 clients, about six weeks (default)\n"
            "  --size large   12 therapists, 8 rooms, 30,000 clients, 200,000 bookings over "
            "5 years\n"
            "  --seed N       random seed (default 1)\n"
            "  --unsealed     leave the health data in plain (it is sealed to the centre's "
            "key like a real centre's by default)"),
         demo},
        {{QStringLiteral("check")},
         QString(),
         tr("Check the database's integrity, data version and contents"),
         tr("Runs SQLite's integrity check, looks for double-booked therapists or rooms, on a "
            "server compares the client search with the clients, and counts what the database "
            "holds. Exit status 1 when a problem is found."),
         check},
        {{QStringLiteral("backup")},
         QStringLiteral("DEST"),
         tr("Write a consistent backup copy"),
         tr("Writes a backup to DEST (a new file, or an existing folder to put a dated file in) "
            "and checks it. Safe while Massage Desk is open. Never overwrites a file. For a "
            "centre on a server it is a portable SQLite file of the whole centre, which "
            "Massage Desk opens on any PC and restore takes back to a server."),
         backup},
        {{QStringLiteral("restore")},
         QStringLiteral("SRC [--replace --yes]"),
         tr("Replace the database with a backup"),
         tr("Checks the backup SRC (integrity, that it is a Massage Desk file, its data "
            "version) and only then replaces the database. The replaced database is kept "
            "beside it as <name>.before-restore-<time>.sqlite. Close Massage Desk first.\n"
            "On a server (--database postgresql://...) the backup's centre is copied into "
            "the database, which must be empty; --replace --yes (or --confirm) replaces a "
            "centre that is there, in one step that either completes or changes nothing."),
         restore},
        {{QStringLiteral("migrate")},
         QStringLiteral("--to postgresql://USER@HOST/DATABASE"),
         tr("Move a centre file to a PostgreSQL server"),
         tr("Copies everything in the centre file (catalogue with every revision, clients, "
            "staff, hours, bookings, check-ins, accounts, settings and the audit log) into an "
            "empty database on the server, keeping every number, in one transaction: a "
            "failure leaves the server database empty. It ends by comparing the rows of every "
            "table and verifying the audit log's chain on the server. A database that already "
            "holds a centre is refused. The file is left as it was; shows progress on stderr."),
         migrate},
        {{QStringLiteral("services"), QStringLiteral("list")},
         QStringLiteral("[--language L]"),
         tr("List the service catalogue"),
         tr("Lists the published services with their durations and prices.\n"
            "  --language L   en, ca or es (default: your language)"),
         servicesList},
        {{QStringLiteral("services"), QStringLiteral("show")},
         QStringLiteral("CODE [--language L]"),
         tr("Show a service as a client reads it"),
         tr("Prints the client-facing text of one service: description, what to expect, "
            "aftercare, durations and prices.\n"
            "  --language L   en, ca or es (default: your language)"),
         servicesShow},
        {{QStringLiteral("services"), QStringLiteral("check")},
         QStringLiteral("FILE [--language L]"),
         tr("Find medical or body-shaping claims in a text"),
         tr("Runs the claims check on a UTF-8 text file (English, Catalan and Spanish phrases "
            "are all checked) and prints each finding with line and column, why it is a claim "
            "and a wellness wording to use instead. Exit status 1 when anything is found, 0 "
            "when the text is clean. Needs no database.\n"
            "  --language L   language of the explanations: en, ca or es"),
         servicesCheck},
        {{QStringLiteral("services"), QStringLiteral("export")},
         QString(),
         tr("Print the catalogue as JSON, for import elsewhere"),
         tr("Prints the published revision of every service, in every language, as the JSON "
            "that services import reads (archived services are marked \"archived\": true). "
            "Redirect it to a file to move the catalogue to another centre."),
         servicesExport},
        {{QStringLiteral("services"), QStringLiteral("import")},
         QStringLiteral("FILE"),
         tr("Import a catalogue exported with services export"),
         tr("Reads a catalogue JSON file: a service with a new code is added and published, a "
            "known code gets a new published revision when anything differs (earlier revisions "
            "are kept). The whole file is refused, with nothing changed and exit status 1, when "
            "any text makes a medical or body-shaping claim: each finding is listed with its "
            "service, language, field, line and column."),
         servicesImport},
        {{QStringLiteral("therapists"), QStringLiteral("list")},
         QString(),
         tr("List therapists and the services they perform"),
         tr("Lists every therapist with the services they perform."),
         therapistsList},
        {{QStringLiteral("clients"), QStringLiteral("add")},
         QStringLiteral("--name N [--phone P] [--email E] [--language ca|es|en] [--consent]"),
         tr("Add a client"),
         tr("Adds a client and prints the new client's number. A note on stderr names any "
            "client who already has the same phone or email (the client is still added). "
            "--consent records that the client has read and agreed to the data-processing "
            "consent text; a check-in needs it."),
         clientsAdd},
        {{QStringLiteral("clients"), QStringLiteral("find")},
         QStringLiteral("TEXT [--limit N]"),
         tr("Find clients by name, phone or email"),
         tr("Searches as the Clients page does: accents and capitals do not matter (\"nuria\" "
            "finds \"N\u00FAria\"), words match from their start, and any part of a phone "
            "number matches.\n  --limit N   at most N clients (default 50)"),
         clientsFind},
        {{QStringLiteral("clients"), QStringLiteral("export")},
         QStringLiteral("ID --out FILE.json"),
         tr("Export everything about a client as JSON (managers)"),
         tr("Writes everything the centre keeps about the client to FILE.json (readable by the "
            "owner only): details, consent, every booking with its events, check-ins with their "
            "answers and notes, and the audit entries about them. The format is "
            "\"massage-desk-client-export\" version 1. The export itself is recorded in the "
            "audit log. The readable PDF report is made on the Clients page of Massage Desk."),
         clientsExport},
        {{QStringLiteral("clients"), QStringLiteral("erase")},
         QStringLiteral("ID --yes"),
         tr("Erase a client by anonymisation (managers)"),
         tr("Removes the client's name, phone, email and notes, every check-in answer and note, "
            "booking reasons and event details, and takes them out of search; cancels their "
            "upcoming bookings. Their bookings stay as anonymous statistics (date, service, "
            "length, therapist, room, status, check-in outcome level). The file is then "
            "compacted so the old bytes are gone. Cannot be undone: without --yes (or "
            "--confirm) it only says what would happen. Backups made before keep the old data "
            "until they are pruned."),
         clientsErase},
        {{QStringLiteral("clients"), QStringLiteral("reindex")},
         QString(),
         tr("Rebuild the client search from the clients (managers)"),
         tr("Writes the index that client search reads again from the clients themselves, "
            "erased clients left out. Nothing else changes. For when check reports clients the "
            "search has wrong; recorded in the audit log."),
         clientsReindex},
        {{QStringLiteral("clients"), QStringLiteral("export-csv")},
         QStringLiteral("[--out FILE]"),
         tr("Export every client as CSV (managers)"),
         tr("Writes id, name, phone, email, language, consent date and creation date of every "
            "client; never notes or check-in answers. To stdout, or to a new FILE (UTF-8 with a "
            "BOM, never over an existing file). Cells a spreadsheet would run as a formula get a "
            "leading apostrophe, which clients import removes again. Recorded in the audit "
            "log."),
         clientsExportCsv},
        {{QStringLiteral("clients"), QStringLiteral("import")},
         QStringLiteral(
             "FILE.csv [--dry-run] [--map COLUMN=FIELD]... [--duplicates skip|merge|create]"),
         tr("Import clients from a CSV file (managers)"),
         tr("Reads a client list written by a spreadsheet or another booking tool: UTF-8 with or "
            "without a BOM or Windows-1252, separated by commas, semicolons or tabs. Columns are "
            "matched by their header in English, Catalan or Spanish (name, or first and last "
            "name, phone or mobile, email, notes, language, consent date); --map COLUMN=FIELD "
            "sets one (FIELD: name, first_name, last_name, phone, email, notes, language, "
            "consent_date, ignore). Each row with a problem is skipped with its line number. A "
            "likely duplicate of a client or an earlier row (same name and phone, or same email) "
            "is skipped (default), merged into it or created anyway. Everything goes in in one "
            "transaction and is recorded in the audit log. Clients get a data-processing consent "
            "only from a consent column with a date. --dry-run shows the first rows as they "
            "will be stored and the report, and stores nothing."),
         clientsImport},
        {{QStringLiteral("book")},
         QStringLiteral(
             "--client ID --service CODE --start \"YYYY-MM-DD HH:MM[+HH:MM]\" [--minutes M] "
             "[--therapist ID|any] [--room ID|any]"),
         tr("Book a session"),
         tr("Books a session at the centre's local time, obeying every scheduling rule: one of "
            "the service's durations (default: the shortest), a therapist who performs it and a "
            "room that suits it (\"any\" picks the first free one), opening hours, shifts, no "
            "overlap with another booking, cleanup included, and no other session of the same "
            "client then. A time the clocks show twice (the night they go back) takes its "
            "offset: \"2026-10-25 02:30+02:00\" (summer time) or \"+01:00\" (winter time). A "
            "refusal says why."),
         book},
        {{QStringLiteral("bookings"), QStringLiteral("list")},
         QStringLiteral("[--from DATE] [--to DATE] [--therapist ID]"),
         tr("List bookings"),
         tr("Lists the bookings from --from to --to (dates as YYYY-MM-DD, default today), "
            "cancelled ones included with their reason."),
         bookingsList},
        {{QStringLiteral("bookings"), QStringLiteral("ics")},
         QStringLiteral("--from DATE --to DATE [--therapist ID] --out FILE.ics"),
         tr("Export sessions as an iCalendar file"),
         tr("Writes the sessions from --from to --to (the centre's days) as an iCalendar file "
            "for calendar apps: one therapist's with --therapist, else the whole centre's. "
            "Cancelled sessions are marked cancelled; importing a later export again updates "
            "the same events. Events name the service, the room, the therapist and the client "
            "as Settings say (first name by default); never check-in answers, notes or contact "
            "details. Never overwrites a file."),
         bookingsIcs},
        {{QStringLiteral("bookings"), QStringLiteral("export-csv")},
         QStringLiteral("--from DATE --to DATE [--therapist ID] [--out FILE]"),
         tr("Export sessions as CSV for a spreadsheet"),
         tr("Writes one row per session from --from to --to: date, start, end, length, "
            "service, therapist, room, client, status and the check-in outcome level; never "
            "answers, notes or reasons. To stdout, or to a new FILE (UTF-8 with a BOM, never "
            "over an existing file). Cells a spreadsheet would run as a formula get a leading "
            "apostrophe."),
         bookingsExportCsv},
        {{QStringLiteral("cancel")},
         QStringLiteral("BOOKING --reason TEXT"),
         tr("Cancel a booking, with a reason"),
         tr("Cancels a booked or arrived session. The booking stays, marked cancelled with the "
            "reason."),
         cancelBooking},
        {{QStringLiteral("slots"), QStringLiteral("find")},
         QStringLiteral("--service CODE --minutes M --after \"YYYY-MM-DD HH:MM[+HH:MM]\" "
                        "[--therapist ID|any] [--count N]"),
         tr("Find the next free slots"),
         tr("Prints the first free places (default 5) for the service after the given time, "
            "trying every 15 minutes for 28 days."),
         slotsFind},
        {{QStringLiteral("users"), QStringLiteral("add")},
         QStringLiteral("NAME --role receptionist|therapist|manager [--therapist ID]"),
         tr("Add a user who signs in"),
         tr("Adds a user with a role (a therapist user can be linked to a therapist). The new "
            "password comes from MASSAGE_DESK_NEW_PASSWORD or is asked for; it needs 10 "
            "characters or more, mixing letters with digits or symbols (or 16 or more)."),
         usersAdd},
        {{QStringLiteral("users"), QStringLiteral("list")},
         QString(),
         tr("List the users"),
         tr("Lists the users with their roles; deactivated ones are kept and marked."),
         usersList},
        {{QStringLiteral("sealing"), QStringLiteral("status")},
         QString(),
         tr("Say whether the health data is sealed"),
         tr("Says whether check-in answers and notes are sealed to the centre's key, how many "
            "accounts can open them, and how many check-ins are still plain."),
         sealingStatus},
        {{QStringLiteral("sealing"), QStringLiteral("enable")},
         QStringLiteral("[--replace-backups [--yes]]"),
         tr("Seal the check-in answers and notes"),
         tr("Turns sealing on (a manager, with their password again from MASSAGE_DESK_PASSWORD "
            "or a prompt): makes the centre's key, wraps it for you and by a recovery key "
            "printed once, seals every existing check-in in batches and compacts the file so "
            "no plain value remains in it or its journal. Lists the automatic backups that still "
            "hold plain data; with --replace-backups writes one sealed backup, checks it, and "
            "only then deletes them, after a yes at the prompt or with --yes."),
         sealingEnable},
        {{QStringLiteral("sealing"), QStringLiteral("compact")},
         QString(),
         tr("Rewrite the file so no freed page keeps a plain value"),
         tr("Runs the compaction of \"sealing enable\" again, e.g. after another program held "
            "the file open."),
         sealingCompact},
        {{QStringLiteral("sealing"), QStringLiteral("recover")},
         QStringLiteral("--manager NAME"),
         tr("Open the sealed data with the recovery key when every password is lost"),
         tr("Reads the recovery key from MASSAGE_DESK_RECOVERY_KEY or a prompt and the "
            "manager's new password from MASSAGE_DESK_NEW_PASSWORD or a prompt; sets that "
            "password and wraps the centre's key for the manager again. Needs nobody signed "
            "in."),
         sealingRecover},
        {{QStringLiteral("report")},
         QStringLiteral("--from DATE --to DATE"),
         tr("Print the manager's report for a period"),
         tr("Prints sessions (booked, arrived, in session, completed), cancellations, no-shows, "
            "referrals, hours and estimated revenue (each session's length at the published "
            "price) from --from to --to (the centre's days, both included, at most a year), "
            "per therapist with occupancy of their working time, per room with occupancy of the "
            "opening hours, per service and length; new and returning clients; check-in outcomes "
            "as counts only. Managers "
            "only."),
         report},
        {{QStringLiteral("waitlist"), QStringLiteral("add")},
         QStringLiteral("--client ID --service CODE [--therapist ID|any]... [--days LIST] "
                        "[--times LIST] [--urgent] [--until DATE] [--note TEXT]"),
         tr("Put a client on the waitlist for a service"),
         tr("Adds a waitlist entry: the client wants the service with one of the therapists "
            "given (--therapist may be repeated; any by default), on the days of --days (e.g. "
            "mon,wed,fri; any day by default), within the times of --times (e.g. "
            "09:00-13:00,16:00-19:00; any time by default), until --until (YYYY-MM-DD, the last "
            "day, included). A freed slot offers urgent entries first, then the oldest. The "
            "entry goes when the client books that service, or after its last day."),
         waitlistAdd},
        {{QStringLiteral("waitlist"), QStringLiteral("list")},
         QString(),
         tr("List the waitlist"),
         tr("Lists the entries, urgent first, then the oldest. Expired entries are removed "
            "first."),
         waitlistList},
        {{QStringLiteral("waitlist"), QStringLiteral("remove")},
         QStringLiteral("ID"),
         tr("Remove a waitlist entry"),
         tr("Removes the entry ID from the waitlist."),
         waitlistRemove},
        {{QStringLiteral("audit"), QStringLiteral("list")},
         QStringLiteral("[--client ID] [--user NAME] [--kind KIND]... [--from DATE] [--to DATE] "
                        "[--limit N]"),
         tr("Read the audit log"),
         tr("Lists audit entries, newest first: who did what, when, to which client or "
            "booking. Never the health answers themselves. --kind (e.g. checkin.read; may be "
            "repeated) and --from/--to (YYYY-MM-DD, the centre's days, both included) narrow "
            "it. Reading it is recorded too."),
         auditList},
        {{QStringLiteral("audit"), QStringLiteral("verify")},
         QString(),
         tr("Check that the audit log was not tampered with"),
         tr("Recomputes the hash chain of the audit log. Exit status 1 names the first entry "
            "that was changed or removed."),
         auditVerify},
        {{QStringLiteral("checkin")},
         QStringLiteral("BOOKING --answers FILE.json"),
         tr("Record a check-in and print its outcome"),
         tr("Evaluates the answers against the precaution rules for the booked service and "
            "records them. FILE.json holds {\"answers\": {\"one_leg_symptoms\": false, ...}, "
            "\"avoid_areas\": \"...\", \"notes\": \"...\"}, every answer true or false; every "
            "question that applies to the service must be answered. Exit status 0 whatever the "
            "outcome; a stop-and-refer outcome marks the booking referred."),
         checkin},
        {{QStringLiteral("checkin"), QStringLiteral("show")},
         QStringLiteral("BOOKING"),
         tr("Show a booking's check-in"),
         tr("Prints the check-in's outcome, reasons and answers, marking what changed since "
            "the client's previous check-in. The read is recorded in the audit log. A "
            "receptionist sees the outcome level only, and whether the therapist's sign-off "
            "and the clearance are recorded: no answers, reasons or notes."),
         checkinShow},
        {{QStringLiteral("rooms"), QStringLiteral("list")},
         QString(),
         tr("List rooms and the services they suit"),
         tr("Lists every room with the services it suits."),
         roomsList},
    };
}

QString CliApp::usage()
{
    QString text = tr("Usage: massage-desk-cli [--database PATH] [--json] COMMAND ...\n\n"
                      "The command-line companion of Massage Desk: same database, same rules.\n\n"
                      "Options:\n"
                      "  --database PATH  the database file (default: %1)\n"
                      "  --user NAME      sign in (needed once the database has users; the "
                      "password comes from MASSAGE_DESK_PASSWORD or a prompt)\n"
                      "  --json           print one JSON object on stdout\n"
                      "  --help           this help; COMMAND --help explains a command\n"
                      "  --version        the program's version\n\n"
                      "Commands:\n")
                       .arg(AppPaths::defaultDatabasePath());
    for (const Command& command : commands()) {
        const QString name = command.words.join(QLatin1Char(' '));
        QString line = QStringLiteral("  %1 %2").arg(name, command.arguments).trimmed();
        text += QStringLiteral("  ") + line.leftJustified(44) + QLatin1Char(' ') + command.summary +
                QLatin1Char('\n');
    }
    text += tr("\nExit status: 0 success, 1 refused (nothing changed), 2 usage error.\n");
    return text;
}

int CliApp::checkRawArguments(const QList<QByteArray>& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        if (FreeText::invalidUtf8At(arguments.at(i)) < 0)
            continue;
        CliOutput output(stdout, stderr, arguments.contains(QByteArrayLiteral("--json")));
        const QByteArray& before = arguments.at(i - 1);
        // Name the argument the way a person finds it on their command line.
        const QString which =
            i > 1 && before.startsWith("--") && FreeText::invalidUtf8At(before) < 0
                ? tr("The value of %1 (argument %2)").arg(QString::fromUtf8(before)).arg(i)
                : tr("Argument %1 (\"%2\")").arg(i).arg(QString::fromUtf8(arguments.at(i)));
        return output.fail(Usage, FreeText::utf8Problem(arguments.at(i), which) + QLatin1Char(' ') +
                                      tr("Massage Desk stores text exactly; check the terminal's "
                                         "encoding (it should be UTF-8)."));
    }
    return Ok;
}

int CliApp::run(const QStringList& arguments)
{
    QString database = AppPaths::defaultDatabasePath();
    QString user;
    bool help = false;
    int index = 1;
    CliOutput output(stdout, stderr, arguments.contains(QLatin1String("--json")));
    for (; index < arguments.size(); ++index) {
        const QString& arg = arguments.at(index);
        if (!arg.startsWith(QLatin1String("--")) && arg != QLatin1String("-h"))
            break;
        if (arg == QLatin1String("--json")) {
            continue; // already applied to `output`
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            help = true;
        } else if (arg == QLatin1String("--version")) {
            output.out() << "massage-desk-cli " << QCoreApplication::applicationVersion()
                         << Qt::endl;
            return Ok;
        } else if (arg == QLatin1String("--database")) {
            if (index + 1 >= arguments.size())
                return output.fail(Usage, tr("--database needs a file path."));
            database = arguments.at(++index);
            if (database.trimmed().isEmpty())
                return output.fail(Usage, tr("--database needs a file path."));
        } else if (arg == QLatin1String("--user")) {
            if (index + 1 >= arguments.size() || arguments.at(index + 1).trimmed().isEmpty())
                return output.fail(Usage, tr("--user needs a user name."));
            user = arguments.at(++index).trimmed();
        } else if (arg.startsWith(QLatin1String("--database="))) {
            database = arg.mid(int(qstrlen("--database=")));
            if (database.trimmed().isEmpty())
                return output.fail(Usage, tr("--database needs a file path."));
        } else {
            return output.fail(Usage, tr("Unknown option %1.\n\n%2").arg(arg, usage()));
        }
    }
    const QStringList rest = arguments.mid(index);
    if (rest.isEmpty()) {
        if (help) {
            output.out() << usage();
            return Ok;
        }
        return output.fail(Usage, usage());
    }

    // The longest run of words that names a command wins ("services list" before "services").
    const QList<Command> all = commands();
    const Command* found = nullptr;
    for (const Command& command : all) {
        if (rest.mid(0, int(command.words.size())) == command.words &&
            (!found || command.words.size() > found->words.size()))
            found = &command;
    }
    if (!found) {
        return output.fail(Usage, tr("Unknown command \"%1\". Run massage-desk-cli --help to see "
                                     "the commands.")
                                      .arg(rest.join(QLatin1Char(' '))));
    }
    // --json is a global option, but people also type it after the command: accept both.
    QStringList commandArgs = rest.mid(int(found->words.size()));
    commandArgs.removeAll(QStringLiteral("--json"));
    if (help || commandArgs.contains(QLatin1String("--help")) ||
        commandArgs.contains(QLatin1String("-h"))) {
        output.out() << tr("Usage: massage-desk-cli [--database PATH] [--json] %1 %2")
                            .arg(found->words.join(QLatin1Char(' ')), found->arguments)
                            .trimmed()
                     << "\n\n"
                     << found->help << '\n';
        return Ok;
    }
    // A postgresql:// URI is passed on as given (libpq's conventions), a file path made absolute.
    CliContext context{SqlDialect::isServerUri(database) ? database
                                                         : QFileInfo(database).absoluteFilePath(),
                       output, m_clock, QString(), std::nullopt};
    int exitCode = Ok;
    if (!SignIn::authorize(context, found->words, user, &exitCode))
        return exitCode;
    return found->run(context, commandArgs);
}
