<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BackupSettings</name>
    <message numerus="yes">
        <source>The newest backup of each of the last %1 days, %2 weeks and %3 months; older ones are deleted. Now: %n backup(s), %4 in all.</source>
        <translation>
            <numerusform>The newest backup of each of the last %1 days, %2 weeks and %3 months; older ones are deleted. Now: %n backup, %4 in all.</numerusform>
            <numerusform>The newest backup of each of the last %1 days, %2 weeks and %3 months; older ones are deleted. Now: %n backups, %4 in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message numerus="yes">
        <source>%1: all %n therapist(s) working are busy.</source>
        <translation>
            <numerusform>%1: the %n therapist working is busy.</numerusform>
            <numerusform>%1: all %n therapists working are busy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message numerus="yes">
        <source>%n session(s) booked as a series.</source>
        <translation>
            <numerusform>%n session booked as a series.</numerusform>
            <numerusform>%n sessions booked as a series.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueImporter</name>
    <message numerus="yes">
        <source>The catalogue file makes %n claim(s) that a massage cannot promise; nothing was imported. Change the wording in the file and import it again.</source>
        <translation>
            <numerusform>The catalogue file makes %n claim that a massage cannot promise; nothing was imported. Change the wording in the file and import it again.</numerusform>
            <numerusform>The catalogue file makes %n claims that a massage cannot promise; nothing was imported. Change the wording in the file and import it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message numerus="yes">
        <source>%n question(s) still to answer.</source>
        <translation>
            <numerusform>%n question still to answer.</numerusform>
            <numerusform>%n questions still to answer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckinsPage</name>
    <message numerus="yes">
        <source>%n session(s) need attention before starting</source>
        <translation>
            <numerusform>%n session needs attention before starting</numerusform>
            <numerusform>%n sessions need attention before starting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still to check in</source>
        <translation>
            <numerusform>%n still to check in</numerusform>
            <numerusform>%n still to check in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message numerus="yes">
        <source>This command needs exactly %n argument(s); see --help.</source>
        <translation>
            <numerusform>This command needs exactly %n argument; see --help.</numerusform>
            <numerusform>This command needs exactly %n arguments; see --help.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) found.</source>
        <translation>
            <numerusform>%n claim found.</numerusform>
            <numerusform>%n claims found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upcoming</source>
        <translation>
            <numerusform>%n upcoming</numerusform>
            <numerusform>%n upcoming</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the latest %n past bookings</source>
        <translation>
            <numerusform>the latest past booking</numerusform>
            <numerusform>the latest %n past bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past</source>
        <translation>
            <numerusform>%n past</numerusform>
            <numerusform>%n past</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message numerus="yes">
        <source>Replace the current database (%n booking(s)) with the backup %1?

The current database is kept beside it as a safety copy, so this can be undone.</source>
        <translation>
            <numerusform>Replace the current database (%n booking) with the backup %1?

The current database is kept beside it as a safety copy, so this can be undone.</numerusform>
            <numerusform>Replace the current database (%n bookings) with the backup %1?

The current database is kept beside it as a safety copy, so this can be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceRevisions</name>
    <message numerus="yes">
        <source>The texts still make %n claim(s) that a massage cannot promise. Change the wording, or write why it should be published anyway (at least %1 characters).</source>
        <translation>
            <numerusform>The texts still make %n claim that a massage cannot promise. Change the wording, or write why it should be published anyway (at least %1 characters).</numerusform>
            <numerusform>The texts still make %n claims that a massage cannot promise. Change the wording, or write why it should be published anyway (at least %1 characters).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message numerus="yes">
        <source>Too many wrong passwords for %1. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passwords for %1. Try again in %n second.</numerusform>
            <numerusform>Too many wrong passwords for %1. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingWaitlist</name>
    <message numerus="yes">
        <source>%n no-show(s)</source>
        <translation>
            <numerusform>%n no-show</numerusform>
            <numerusform>%n no-shows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late cancellation(s)</source>
        <translation>
            <numerusform>%n late cancellation</numerusform>
            <numerusform>%n late cancellations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on the waitlist for %n service(s)</source>
        <translation>
            <numerusform>on the waitlist for %n service</numerusform>
            <numerusform>on the waitlist for %n services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangedElsewhereBar</name>
    <message numerus="yes">
        <source>%n field(s) differ.</source>
        <translation>
            <numerusform>%n field differs.</numerusform>
            <numerusform>%n fields differ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message numerus="yes">
        <source>Health data is sealed; %n account(s) can open it.</source>
        <translation>
            <numerusform>Health data is sealed; %n account can open it.</numerusform>
            <numerusform>Health data is sealed; %n accounts can open it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) are still plain: run &quot;sealing enable&quot; again to seal them.</source>
        <translation>
            <numerusform>%n check-in is still plain: run &quot;sealing enable&quot; again to seal it.</numerusform>
            <numerusform>%n check-ins are still plain: run &quot;sealing enable&quot; again to seal them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message numerus="yes">
        <source>%n change(s) or look-up(s) could not reach the server.</source>
        <translation>
            <numerusform>%n change or look-up could not reach the server.</numerusform>
            <numerusform>%n changes or look-ups could not reach the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskSettings</name>
    <message numerus="yes">
        <source>%n desk(s) connected now.</source>
        <translation>
            <numerusform>%n desk connected now.</numerusform>
            <numerusform>%n desks connected now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message numerus="yes">
        <source>%1 %2:00–%3:00: %n session(s)</source>
        <translation>
            <numerusform>%1 %2:00–%3:00: %n session</numerusform>
            <numerusform>%1 %2:00–%3:00: %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacySettings</name>
    <message numerus="yes">
        <source>Sealed; %n check-in(s) still plain: seal again to finish.</source>
        <translation>
            <numerusform>Sealed; %n check-in still plain: seal again to finish.</numerusform>
            <numerusform>Sealed; %n check-ins still plain: seal again to finish.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sealed: %n account(s) can open the check-in answers and notes.</source>
        <translation>
            <numerusform>Sealed: %n account can open the check-in answers and notes.</numerusform>
            <numerusform>Sealed: %n accounts can open the check-in answers and notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message numerus="yes">
        <source>%1 (%n waiting)</source>
        <translation>
            <numerusform>%1 (%n waiting)</numerusform>
            <numerusform>%1 (%n waiting)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the free time %1</source>
        <translation>
            <numerusform>%n waiting for the free time %1</numerusform>
            <numerusform>%n waiting for the free time %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the free time %1 with %2</source>
        <translation>
            <numerusform>%n waiting for the free time %1 with %2</numerusform>
            <numerusform>%n waiting for the free time %1 with %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message numerus="yes">
        <source>%n automatic backup(s) in plain:</source>
        <translation>
            <numerusform>%n automatic backup in plain:</numerusform>
            <numerusform>%n automatic backups in plain:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write a sealed backup, then delete these %n backup(s)?</source>
        <translation>
            <numerusform>Write a sealed backup, then delete this %n backup?</numerusform>
            <numerusform>Write a sealed backup, then delete these %n backups?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plain backup(s) deleted.</source>
        <translation>
            <numerusform>%n plain backup deleted.</numerusform>
            <numerusform>%n plain backups deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlainBackupsDialog</name>
    <message numerus="yes">
        <source>These %n backup(s) were made before sealing and still hold the check-in answers and notes in plain. Write one sealed backup now and delete them? They are deleted only once the new backup is written and checked. Copies kept elsewhere (a USB disk) are not touched: destroy them yourself.</source>
        <translation>
            <numerusform>This %n backup was made before sealing and still holds the check-in answers and notes in plain. Write one sealed backup now and delete it? It is deleted only once the new backup is written and checked. Copies kept elsewhere (a USB disk) are not touched: destroy them yourself.</numerusform>
            <numerusform>These %n backups were made before sealing and still hold the check-in answers and notes in plain. Write one sealed backup now and delete them? They are deleted only once the new backup is written and checked. Copies kept elsewhere (a USB disk) are not touched: destroy them yourself.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacySettings</name>
    <message numerus="yes">
        <source>A sealed backup was written and checked; %n plain backup(s) deleted.</source>
        <translation>
            <numerusform>A sealed backup was written and checked; %n plain backup deleted.</numerusform>
            <numerusform>A sealed backup was written and checked; %n plain backups deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be deleted: delete them yourself.</source>
        <translation>
            <numerusform>%n could not be deleted: delete it yourself.</numerusform>
            <numerusform>%n could not be deleted: delete them yourself.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message numerus="yes">
        <source>Client search rebuilt: %n client(s) can be found.</source>
        <translation>
            <numerusform>Client search rebuilt: %n client can be found.</numerusform>
            <numerusform>Client search rebuilt: %n clients can be found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Client search: %n client(s) found wrongly; a manager&apos;s &quot;clients reindex&quot; writes it again</source>
        <translation>
            <numerusform>Client search: %n client found wrongly; a manager&apos;s &quot;clients reindex&quot; writes it again</numerusform>
            <numerusform>Client search: %n clients found wrongly; a manager&apos;s &quot;clients reindex&quot; writes it again</numerusform>
        </translation>
    </message>
</context>
</TS>
