<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ca_ES">
<context>
    <name>BackupService</name>
    <message>
        <source>%1 already exists. Choose a new name: a backup never overwrites a file.</source>
        <translation>%1 ja existeix. Trieu un nom nou: una còpia de seguretat mai no sobreescriu cap fitxer.</translation>
    </message>
    <message>
        <source>Cannot write a backup into %1: the folder cannot be created or is read-only.</source>
        <translation>No es pot escriure una còpia de seguretat a %1: la carpeta no es pot crear o és només de lectura.</translation>
    </message>
    <message>
        <source>write the backup</source>
        <translation>escriure la còpia de seguretat</translation>
    </message>
    <message>
        <source>This is not a usable backup. %1</source>
        <translation>Aquesta còpia de seguretat no es pot fer servir. %1</translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation>No hi ha cap fitxer de còpia de seguretat a %1.</translation>
    </message>
    <message>
        <source>%1 is empty, so it is not a backup.</source>
        <translation>%1 està buit, així que no és una còpia de seguretat.</translation>
    </message>
    <message>
        <source>%1 is not a Massage Desk backup: it belongs to another program.</source>
        <translation>%1 no és una còpia de seguretat del Massage Desk: pertany a un altre programa.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Massage Desk (data version %2). Install that version to restore it.</source>
        <translation>%1 s&apos;ha creat amb una versió més nova del Massage Desk (versió de dades %2). Instal·leu aquella versió per restaurar-lo.</translation>
    </message>
    <message>
        <source>%1 is damaged (its integrity check failed), so it cannot be restored.</source>
        <translation>%1 està malmès (la comprovació d&apos;integritat ha fallat) i no es pot restaurar.</translation>
    </message>
    <message>
        <source>The backup and the database are the same file; nothing to restore.</source>
        <translation>La còpia de seguretat i la base de dades són el mateix fitxer; no hi ha res per restaurar.</translation>
    </message>
    <message>
        <source>Could not keep a copy of the current database at %1, so nothing was restored.</source>
        <translation>No s&apos;ha pogut desar una còpia de la base de dades actual a %1, així que no s&apos;ha restaurat res.</translation>
    </message>
    <message>
        <source>Could not copy the backup next to the database. Nothing was changed.</source>
        <translation>No s&apos;ha pogut copiar la còpia de seguretat al costat de la base de dades. No s&apos;ha canviat res.</translation>
    </message>
    <message>
        <source>Could not put the restored database in place. The previous database is kept at %1.</source>
        <translation>No s&apos;ha pogut posar la base de dades restaurada al seu lloc. La base de dades anterior es conserva a %1.</translation>
    </message>
</context>
<context>
    <name>BookingRepository</name>
    <message>
        <source>check for overlapping bookings</source>
        <translation>comprovar si hi ha reserves encavalcades</translation>
    </message>
    <message>
        <source>booking %1, %2–%3 (cleanup included)</source>
        <translation>reserva %1, %2–%3 (neteja inclosa)</translation>
    </message>
    <message>
        <source>A session lasts between 5 and 480 minutes, with up to 120 minutes of cleanup.</source>
        <translation>Una sessió dura entre 5 i 480 minuts, amb un màxim de 120 minuts de neteja.</translation>
    </message>
    <message>
        <source>The therapist is already busy at that time: %1.</source>
        <translation>El terapeuta ja està ocupat a aquesta hora: %1.</translation>
    </message>
    <message>
        <source>The room is already taken at that time: %1.</source>
        <translation>La sala ja està ocupada a aquesta hora: %1.</translation>
    </message>
    <message>
        <source>save the booking</source>
        <translation>desar la reserva</translation>
    </message>
    <message>
        <source>read a booking</source>
        <translation>llegir una reserva</translation>
    </message>
    <message>
        <source>read the bookings</source>
        <translation>llegir les reserves</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>◀ Previous day</source>
        <translation>◀ Dia anterior</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Dia anterior (Alt+Esquerra)</translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation>Dia següent ▶</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Dia següent (Alt+Dreta)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Avui</translation>
    </message>
    <message>
        <source>Go to today (Alt+T)</source>
        <translation>Vés a avui (Alt+A)</translation>
    </message>
    <message>
        <source>Go to a date</source>
        <translation>Vés a una data</translation>
    </message>
    <message>
        <source>No sessions on this day.</source>
        <translation>No hi ha cap sessió aquest dia.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Avui, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sessió</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n cancelled or no-show</source>
        <translation>
            <numerusform> · %n cancel·lada o no presentada</numerusform>
            <numerusform> · %n cancel·lades o no presentades</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendari</translation>
    </message>
</context>
<context>
    <name>CatalogueImporter</name>
    <message>
        <source>The catalogue file is not valid JSON (%1 at byte %2).</source>
        <translation>El fitxer del catàleg no és un JSON vàlid (%1 al byte %2).</translation>
    </message>
    <message>
        <source>The catalogue file has an unknown format; expected &quot;format&quot;: 1.</source>
        <translation>El fitxer del catàleg té un format desconegut; s&apos;esperava &quot;format&quot;: 1.</translation>
    </message>
    <message>
        <source>Service %1 in the catalogue file needs a code, at least one duration and an English name.</source>
        <translation>El servei %1 del fitxer del catàleg necessita un codi, almenys una durada i un nom en anglès.</translation>
    </message>
    <message>
        <source>read the catalogue</source>
        <translation>llegir el catàleg</translation>
    </message>
    <message>
        <source>add a service</source>
        <translation>afegir un servei</translation>
    </message>
    <message>
        <source>Imported from the catalogue file</source>
        <translation>Importat del fitxer del catàleg</translation>
    </message>
    <message>
        <source>add a service text</source>
        <translation>afegir el text d&apos;un servei</translation>
    </message>
    <message>
        <source>add a service duration</source>
        <translation>afegir la durada d&apos;un servei</translation>
    </message>
    <message>
        <source>publish a service</source>
        <translation>publicar un servei</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Filter services</source>
        <translation>Filtra els serveis</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglès</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Català</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Castellà</translation>
    </message>
    <message>
        <source>Language of the client-facing texts</source>
        <translation>Idioma dels textos per als clients</translation>
    </message>
    <message>
        <source>Client texts in:</source>
        <translation>Textos per al client en:</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a service to see it as a client reads it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seleccioneu un servei per veure&apos;l tal com el llegeix un client.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minuts</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Què cal esperar</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Després</translation>
    </message>
    <message>
        <source>Durations and prices</source>
        <translation>Durades i preus</translation>
    </message>
    <message>
        <source>Body areas: %1 · Pressure: %2 · Cleanup after the session: %3 min</source>
        <translation>Zones del cos: %1 · Pressió: %2 · Neteja després de la sessió: %3 min</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catàleg</translation>
    </message>
</context>
<context>
    <name>CheckinsPage</name>
    <message>
        <source>Outcomes, mildest first: ✓ Proceed · ℹ Note for the therapist · ▲ Adapt (areas to avoid; therapist signs off) · ⚠ Needs clearance (cannot start until clearance is recorded) · ✖ Stop and refer (no massage; the client is advised to seek medical attention).</source>
        <translation>Resultats, del més lleu al més greu: ✓ Continuar · ℹ Nota per al terapeuta · ▲ Adaptar (zones a evitar; el terapeuta ho ha de validar) · ⚠ Cal autorització (no es pot començar fins que no es registri l&apos;autorització) · ✖ Aturar i derivar (sense massatge; s&apos;aconsella al client que consulti un metge).</translation>
    </message>
    <message>
        <source>Check-ins for today, %1</source>
        <translation>Acollides d&apos;avui, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) need attention before starting</source>
        <translation>
            <numerusform>%n sessió requereix atenció abans de començar</numerusform>
            <numerusform>%n sessions requereixen atenció abans de començar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still to check in</source>
        <translation>
            <numerusform>%n pendent d&apos;acollida</numerusform>
            <numerusform>%n pendents d&apos;acollida</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Acollides</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>--language must be en, ca or es, not &quot;%1&quot;.</source>
        <translation>--language ha de ser en, ca o es, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 min %2</source>
        <translation>%1 min %2</translation>
    </message>
    <message>
        <source>  (inactive)</source>
        <translation>  (inactiu)</translation>
    </message>
    <message>
        <source>  (archived)</source>
        <translation>  (arxivat)</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Què cal esperar</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Després</translation>
    </message>
    <message>
        <source>Durations and prices: %1</source>
        <translation>Durades i preus: %1</translation>
    </message>
    <message>
        <source>No therapists yet.</source>
        <translation>Encara no hi ha cap terapeuta.</translation>
    </message>
    <message>
        <source>No rooms yet.</source>
        <translation>Encara no hi ha cap sala.</translation>
    </message>
    <message>
        <source>Create a new database with the default catalogue</source>
        <translation>Crea una base de dades nova amb el catàleg per defecte</translation>
    </message>
    <message>
        <source>Creates the database file (and its folder) with the default service catalogue. Running it on an existing Massage Desk database changes nothing.</source>
        <translation>Crea el fitxer de la base de dades (i la seva carpeta) amb el catàleg de serveis per defecte. Si s&apos;executa sobre una base de dades del Massage Desk que ja existeix, no canvia res.</translation>
    </message>
    <message>
        <source>Create a demo centre in a new database</source>
        <translation>Crea un centre de demostració en una base de dades nova</translation>
    </message>
    <message>
        <source>Fills a new database with a demo centre: therapists, rooms, shifts, clients and bookings with check-ins around today. The same seed gives the same centre.
  --size small   4 therapists, 3 rooms, 150 clients, about six weeks (default)
  --size large   12 therapists, 8 rooms, 30,000 clients, 200,000 bookings over 5 years
  --seed N       random seed (default 1)</source>
        <translation>Omple una base de dades nova amb un centre de demostració: terapeutes, sales, torns, clients i reserves amb acollides al voltant d&apos;avui. La mateixa llavor genera el mateix centre.
  --size small   4 terapeutes, 3 sales, 150 clients, unes sis setmanes (per defecte)
  --size large   12 terapeutes, 8 sales, 30.000 clients, 200.000 reserves en 5 anys
  --seed N       llavor aleatòria (per defecte, 1)</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity, data version and contents</source>
        <translation>Comprova la integritat, la versió de dades i el contingut de la base de dades</translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s integrity check, looks for double-booked therapists or rooms, and counts what the database holds. Exit status 1 when a problem is found.</source>
        <translation>Executa la comprovació d&apos;integritat de l&apos;SQLite, cerca terapeutes o sales amb reserves encavalcades i compta el que conté la base de dades. Estat de sortida 1 si es troba algun problema.</translation>
    </message>
    <message>
        <source>Write a consistent backup copy</source>
        <translation>Escriu una còpia de seguretat coherent</translation>
    </message>
    <message>
        <source>Writes a backup to DEST (a new file, or an existing folder to put a dated file in) and checks it. Safe while Massage Desk is open. Never overwrites a file.</source>
        <translation>Escriu una còpia de seguretat a DEST (un fitxer nou, o una carpeta existent on es desa un fitxer amb la data) i la comprova. Es pot fer amb el Massage Desk obert. Mai no sobreescriu cap fitxer.</translation>
    </message>
    <message>
        <source>Replace the database with a backup</source>
        <translation>Substitueix la base de dades per una còpia de seguretat</translation>
    </message>
    <message>
        <source>Checks the backup SRC (integrity, that it is a Massage Desk file, its data version) and only then replaces the database. The replaced database is kept beside it as &lt;name&gt;.before-restore-&lt;time&gt;.sqlite. Close Massage Desk first.</source>
        <translation>Comprova la còpia de seguretat SRC (la integritat, que sigui un fitxer del Massage Desk i la versió de dades) i només llavors substitueix la base de dades. La base de dades substituïda es conserva al costat com a &lt;nom&gt;.before-restore-&lt;hora&gt;.sqlite. Abans tanqueu el Massage Desk.</translation>
    </message>
    <message>
        <source>List the service catalogue</source>
        <translation>Llista el catàleg de serveis</translation>
    </message>
    <message>
        <source>Lists the published services with their durations and prices.
  --language L   en, ca or es (default: your language)</source>
        <translation>Llista els serveis publicats amb les durades i els preus.
  --language L   en, ca o es (per defecte: el vostre idioma)</translation>
    </message>
    <message>
        <source>Show a service as a client reads it</source>
        <translation>Mostra un servei tal com el llegeix un client</translation>
    </message>
    <message>
        <source>Prints the client-facing text of one service: description, what to expect, aftercare, durations and prices.
  --language L   en, ca or es (default: your language)</source>
        <translation>Mostra el text per al client d&apos;un servei: descripció, què cal esperar, cures posteriors, durades i preus.
  --language L   en, ca o es (per defecte: el vostre idioma)</translation>
    </message>
    <message>
        <source>List therapists and the services they perform</source>
        <translation>Llista els terapeutes i els serveis que fan</translation>
    </message>
    <message>
        <source>Lists every therapist with the services they perform.</source>
        <translation>Llista tots els terapeutes amb els serveis que fan.</translation>
    </message>
    <message>
        <source>List rooms and the services they suit</source>
        <translation>Llista les sales i els serveis per als quals serveixen</translation>
    </message>
    <message>
        <source>Lists every room with the services it suits.</source>
        <translation>Llista totes les sales amb els serveis per als quals serveix cadascuna.</translation>
    </message>
    <message>
        <source>Usage: massage-desk-cli [--database PATH] [--json] COMMAND ...

The command-line companion of Massage Desk: same database, same rules.

Options:
  --database PATH  the database file (default: %1)
  --json           print one JSON object on stdout
  --help           this help; COMMAND --help explains a command
  --version        the program&apos;s version

Commands:
</source>
        <translation>Ús: massage-desk-cli [--database PATH] [--json] COMMAND ...

L&apos;eina de línia d&apos;ordres del Massage Desk: la mateixa base de dades, les mateixes regles.

Opcions:
  --database PATH  el fitxer de la base de dades (per defecte: %1)
  --json           escriu un únic objecte JSON a la sortida estàndard
  --help           aquesta ajuda; COMMAND --help explica una ordre
  --version        la versió del programa

Ordres:
</translation>
    </message>
    <message>
        <source>
Exit status: 0 success, 1 refused (nothing changed), 2 usage error.
</source>
        <translation>
Estat de sortida: 0 èxit, 1 refusat (no s&apos;ha canviat res), 2 error d&apos;ús.
</translation>
    </message>
    <message>
        <source>--database needs a file path.</source>
        <translation>--database necessita la ruta d&apos;un fitxer.</translation>
    </message>
    <message>
        <source>Unknown option %1.

%2</source>
        <translation>Opció desconeguda: %1.

%2</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run massage-desk-cli --help to see the commands.</source>
        <translation>Ordre desconeguda: &quot;%1&quot;. Executeu massage-desk-cli --help per veure les ordres.</translation>
    </message>
    <message>
        <source>Usage: massage-desk-cli [--database PATH] [--json] %1 %2</source>
        <translation>Ús: massage-desk-cli [--database PATH] [--json] %1 %2</translation>
    </message>
    <message>
        <source>This command takes no arguments: %1</source>
        <translation>Aquesta ordre no admet arguments: %1</translation>
    </message>
    <message numerus="yes">
        <source>This command needs exactly %n argument(s); see --help.</source>
        <translation>
            <numerusform>Aquesta ordre necessita exactament %n argument; vegeu --help.</numerusform>
            <numerusform>Aquesta ordre necessita exactament %n arguments; vegeu --help.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1 with the default catalogue.</source>
        <translation>S&apos;ha creat %1 amb el catàleg per defecte.</translation>
    </message>
    <message>
        <source>%1 is already a Massage Desk database (data version %2); nothing was changed.</source>
        <translation>%1 ja és una base de dades del Massage Desk (versió de dades %2); no s&apos;ha canviat res.</translation>
    </message>
    <message>
        <source>--size must be small or large, not &quot;%1&quot;.</source>
        <translation>--size ha de ser small o large, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295, not &quot;%1&quot;.</source>
        <translation>--seed ha de ser un nombre enter entre 0 i 4294967295, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Demo centre written to %1 in %2 s: %3 therapists, %4 rooms, %5 clients, %6 bookings, %7 check-ins.</source>
        <translation>S&apos;ha escrit el centre de demostració a %1 en %2 s: %3 terapeutes, %4 sales, %5 clients, %6 reserves, %7 acollides.</translation>
    </message>
    <message>
        <source>Database:  %1</source>
        <translation>Base de dades: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integritat:    %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>Data version: %1 (this program: %2)</source>
        <translation>Versió de dades: %1 (aquest programa: %2)</translation>
    </message>
    <message>
        <source>Double bookings: %1</source>
        <translation>Reserves encavalcades: %1</translation>
    </message>
    <message>
        <source>Problems were found; see above.</source>
        <translation>S&apos;han trobat problemes; vegeu-los més amunt.</translation>
    </message>
    <message>
        <source>Backup written and checked: %1 (%2 KiB).</source>
        <translation>Còpia de seguretat escrita i comprovada: %1 (%2 KiB).</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>S&apos;ha restaurat %1 a partir de %2.</translation>
    </message>
    <message>
        <source>The previous database was kept as %1.</source>
        <translation>La base de dades anterior s&apos;ha conservat com a %1.</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Catalan</source>
        <translation>Català</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Castellà</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglès</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telèfon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correu electrònic</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Latest booking</source>
        <translation>Última reserva</translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
    <message>
        <source>search the clients</source>
        <translation>cercar els clients</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Search by name, phone or email (Ctrl+F)</source>
        <translation>Cerca per nom, telèfon o correu electrònic (Ctrl+F)</translation>
    </message>
    <message>
        <source>Showing the first %1 clients; type more to narrow the search.</source>
        <translation>Es mostren els primers %1 clients; escriviu més per afinar la cerca.</translation>
    </message>
    <message>
        <source>No client matches “%1”.</source>
        <translation>No hi ha cap client que coincideixi amb «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database is busy with another program for too long. Nothing was changed; try again in a moment.</source>
        <translation>Un altre programa fa massa estona que ocupa la base de dades. No s&apos;ha canviat res; torneu-ho a provar d&apos;aquí a un moment.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was changed; free some space and try again.</source>
        <translation>El disc que conté %1 és ple. No s&apos;ha canviat res; allibereu espai i torneu-ho a provar.</translation>
    </message>
    <message>
        <source>%1 cannot be written to. Nothing was changed.</source>
        <translation>No es pot escriure a %1. No s&apos;ha canviat res.</translation>
    </message>
    <message>
        <source>%1 is damaged. Nothing was changed; restore it from a backup.</source>
        <translation>%1 està malmès. No s&apos;ha canviat res; restaureu-lo des d&apos;una còpia de seguretat.</translation>
    </message>
    <message>
        <source>The computer could not read or write %1. Nothing was changed.</source>
        <translation>L&apos;ordinador no ha pogut llegir o escriure %1. No s&apos;ha canviat res.</translation>
    </message>
    <message>
        <source>The change was refused because it breaks a rule of the centre&apos;s data (%1). Nothing was changed.</source>
        <translation>S&apos;ha rebutjat el canvi perquè incompleix una regla de les dades del centre (%1). No s&apos;ha canviat res.</translation>
    </message>
    <message>
        <source>The database could not %1. Nothing was changed.</source>
        <translation>La base de dades no ha pogut %1. No s&apos;ha canviat res.</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>No es pot obrir %1.</translation>
    </message>
    <message>
        <source>%1 is locked by another program. Try again in a moment.</source>
        <translation>%1 està bloquejat per un altre programa. Torneu-ho a provar d&apos;aquí a un moment.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read. It was left untouched; restore it from a backup.</source>
        <translation>%1 està malmès i no es pot llegir. No s&apos;ha modificat; restaureu-lo des d&apos;una còpia de seguretat.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>No s&apos;ha indicat cap fitxer de base de dades.</translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with &quot;massage-desk-cli init&quot; or start Massage Desk to make a new one.</source>
        <translation>No hi ha cap base de dades a %1. Creeu-ne una amb &quot;massage-desk-cli init&quot; o inicieu el Massage Desk per crear-ne una de nova.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>No es pot crear la carpeta %1 per a la base de dades.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Massage Desk (data version %2; this version reads up to %3). Install the newer version to open it; the file was left untouched.</source>
        <translation>%1 s&apos;ha desat amb una versió més nova del Massage Desk (versió de dades %2; aquesta versió llegeix fins a la %3). Instal·leu la versió més nova per obrir-lo; no s&apos;ha modificat el fitxer.</translation>
    </message>
    <message>
        <source>%1 is a database that belongs to another program, not Massage Desk. It was left untouched; choose another file.</source>
        <translation>%1 és una base de dades d&apos;un altre programa, no del Massage Desk. No s&apos;ha modificat; trieu un altre fitxer.</translation>
    </message>
    <message>
        <source>prepare the database</source>
        <translation>preparar la base de dades</translation>
    </message>
    <message>
        <source>%1 cannot use write-ahead logging (is it on a network share?). Keep the database on this computer&apos;s own disk.</source>
        <translation>%1 no pot fer servir el registre d&apos;escriptura anticipada (potser és en una unitat de xarxa?). Deseu la base de dades al disc d&apos;aquest ordinador.</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <source>Massage Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de dades del Massage Desk (*.sqlite *.db);;Tots els fitxers (*)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>Base de dades &amp;nova…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Obre una base de dades…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Fes una &amp;còpia de seguretat ara…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaura des d&apos;una còpia de seguretat…</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No es pot obrir la base de dades</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>S&apos;ha obert %1</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Base de dades nova</translation>
    </message>
    <message>
        <source>centre.sqlite</source>
        <translation>centre.sqlite</translation>
    </message>
    <message>
        <source>%1 already exists. Use Open to work with it, or choose a new name.</source>
        <translation>%1 ja existeix. Feu servir «Obre una base de dades» per treballar-hi, o trieu un nom nou.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Obre una base de dades</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Fes una còpia de seguretat de la base de dades</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>La còpia de seguretat ha fallat</translation>
    </message>
    <message>
        <source>Backup written and checked: %1 (%2 KiB).</source>
        <translation>Còpia de seguretat escrita i comprovada: %1 (%2 KiB).</translation>
    </message>
    <message>
        <source>Backup complete</source>
        <translation>Còpia de seguretat completada</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaura des d&apos;una còpia de seguretat</translation>
    </message>
    <message>
        <source>Cannot restore this backup</source>
        <translation>No es pot restaurar aquesta còpia de seguretat</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>La restauració ha fallat</translation>
    </message>
    <message>
        <source>Restored from %1. The previous database was kept as %2.</source>
        <translation>S&apos;ha restaurat des de %1. La base de dades anterior s&apos;ha conservat com a %2.</translation>
    </message>
    <message>
        <source>Restore complete</source>
        <translation>Restauració completada</translation>
    </message>
    <message numerus="yes">
        <source>Replace the current database (%n booking(s)) with the backup %1?

The current database is kept beside it as a safety copy, so this can be undone.</source>
        <translation>
            <numerusform>Voleu substituir la base de dades actual (%n reserva) per la còpia %1?

La base de dades actual es conserva al costat com a còpia de seguretat, de manera que es pot desfer.</numerusform>
            <numerusform>Voleu substituir la base de dades actual (%n reserves) per la còpia %1?

La base de dades actual es conserva al costat com a còpia de seguretat, de manera que es pot desfer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseFileCheck</name>
    <message>
        <source>%1 is a folder, not a database file. Choose a file inside it instead.</source>
        <translation>%1 és una carpeta, no un fitxer de base de dades. Trieu un fitxer que hi hagi a dins.</translation>
    </message>
    <message>
        <source>Cannot create a database in %1: the folder is read-only.</source>
        <translation>No es pot crear una base de dades a %1: la carpeta és només de lectura.</translation>
    </message>
    <message>
        <source>Cannot read %1: you do not have permission to open it.</source>
        <translation>No es pot llegir %1: no teniu permís per obrir-lo.</translation>
    </message>
    <message>
        <source>%1 is read-only, so Massage Desk cannot save bookings in it. Make the file writable, or open a copy.</source>
        <translation>%1 és només de lectura, així que el Massage Desk no hi pot desar reserves. Feu que s&apos;hi pugui escriure, o obriu-ne una còpia.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only. Massage Desk needs to write its journal files beside the database; move the database to a writable folder.</source>
        <translation>La carpeta %1 és només de lectura. El Massage Desk ha d&apos;escriure els fitxers de diari al costat de la base de dades; moveu la base de dades a una carpeta on es pugui escriure.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No es pot llegir %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Massage Desk database: it is too small to be a database file (%2 bytes).</source>
        <translation>%1 no és una base de dades del Massage Desk: és massa petit per ser un fitxer de base de dades (%2 bytes).</translation>
    </message>
    <message>
        <source>The start of %1 has been wiped (it is all zeros). The file is damaged; restore it from a backup.</source>
        <translation>L&apos;inici de %1 s&apos;ha esborrat (tot són zeros). El fitxer està malmès; restaureu-lo des d&apos;una còpia de seguretat.</translation>
    </message>
    <message>
        <source>%1 is not a Massage Desk database: it is not a database file at all.</source>
        <translation>%1 no és una base de dades del Massage Desk: ni tan sols és un fitxer de base de dades.</translation>
    </message>
    <message>
        <source>%1 is damaged: its header is not valid. Restore it from a backup.</source>
        <translation>%1 està malmès: la capçalera no és vàlida. Restaureu-lo des d&apos;una còpia de seguretat.</translation>
    </message>
    <message>
        <source>%1 is incomplete: the file was cut short (%2 bytes). Restore it from a backup.</source>
        <translation>%1 està incomplet: el fitxer s&apos;ha truncat (%2 bytes). Restaureu-lo des d&apos;una còpia de seguretat.</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>another program</source>
        <translation>un altre programa</translation>
    </message>
    <message>
        <source>%1 is already open in %2 (process %3 on computer &quot;%4&quot;). Close it there first: only one Massage Desk window may use a database at a time.</source>
        <translation>%1 ja està obert a %2 (procés %3 a l&apos;ordinador &quot;%4&quot;). Primer tanqueu-lo allà: només una finestra del Massage Desk pot fer servir una base de dades alhora.</translation>
    </message>
    <message>
        <source>Cannot create the lock file beside %1: check that its folder is writable.</source>
        <translation>No es pot crear el fitxer de bloqueig al costat de %1: comproveu que es pugui escriure a la carpeta.</translation>
    </message>
</context>
<context>
    <name>DayAgendaModel</name>
    <message>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Ha arribat</translation>
    </message>
    <message>
        <source>In session</source>
        <translation>En sessió</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancel·lada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No presentat</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Derivat</translation>
    </message>
    <message>
        <source>– not yet</source>
        <translation>– encara no</translation>
    </message>
    <message>
        <source>✓ Proceed</source>
        <translation>✓ Continuar</translation>
    </message>
    <message>
        <source>ℹ Note</source>
        <translation>ℹ Nota</translation>
    </message>
    <message>
        <source>▲ Adapt</source>
        <translation>▲ Adaptar</translation>
    </message>
    <message>
        <source>⚠ Needs clearance</source>
        <translation>⚠ Cal autorització</translation>
    </message>
    <message>
        <source>✖ Stop and refer</source>
        <translation>✖ Aturar i derivar</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Booking %1 · %2 min session + %3 min cleanup</source>
        <translation>Reserva %1 · sessió de %2 min + %3 min de neteja</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motiu: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servei</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durada</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapeuta</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Acollida</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>inspect the database</source>
        <translation>inspeccionar la base de dades</translation>
    </message>
    <message>
        <source>This database already has therapists, rooms, clients or bookings. Demo data is only added to a new, empty database; choose a new file.</source>
        <translation>Aquesta base de dades ja té terapeutes, sales, clients o reserves. Les dades de demostració només s&apos;afegeixen a una base de dades nova i buida; trieu un fitxer nou.</translation>
    </message>
    <message>
        <source>read the catalogue</source>
        <translation>llegir el catàleg</translation>
    </message>
    <message>
        <source>The catalogue is empty, so there is nothing to book in a demo.</source>
        <translation>El catàleg està buit, així que no hi ha res per reservar en una demostració.</translation>
    </message>
    <message>
        <source>write the demo centre</source>
        <translation>escriure el centre de demostració</translation>
    </message>
    <message>
        <source>Client called to cancel</source>
        <translation>El client ha trucat per cancel·lar</translation>
    </message>
    <message>
        <source>Client asked to move it; rebooked separately</source>
        <translation>El client ha demanat canviar-la; s&apos;ha reservat de nou a part</translation>
    </message>
    <message>
        <source>left calf</source>
        <translation>panxell esquerre</translation>
    </message>
    <message>
        <source>Client&apos;s physiotherapist (by phone)</source>
        <translation>Fisioterapeuta del client (per telèfon)</translation>
    </message>
    <message>
        <source>Gentle pressure; keep away from the injured ankle.</source>
        <translation>Pressió suau; eviteu el turmell lesionat.</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>count the %1</source>
        <translation>comptar els registres de %1</translation>
    </message>
    <message>
        <source>check its integrity</source>
        <translation>comprovar-ne la integritat</translation>
    </message>
    <message>
        <source>check the bookings</source>
        <translation>comprovar les reserves</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Massage Desk</source>
        <translation>Massage Desk</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fitxer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Surt</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Vés</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About Massage Desk</source>
        <translation>Quant al &amp;Massage Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Quant a &amp;Qt</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>No hi ha cap base de dades oberta</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de dades: %1</translation>
    </message>
    <message>
        <source>Data version %1</source>
        <translation>Versió de dades %1</translation>
    </message>
    <message>
        <source>%1 — Massage Desk</source>
        <translation>%1 — Massage Desk</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconegut</translation>
    </message>
    <message>
        <source>About Massage Desk</source>
        <translation>Quant al Massage Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Massage Desk %1&lt;/h3&gt;&lt;p&gt;Reception for massage centres: bookings, check-ins and the service catalogue.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 · spdlog %4.%5.%6&lt;/p&gt;&lt;p&gt;Database: %7&lt;br&gt;Data version %8&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Massage Desk %1&lt;/h3&gt;&lt;p&gt;Recepció per a centres de massatge: reserves, acollides i el catàleg de serveis.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 · spdlog %4.%5.%6&lt;/p&gt;&lt;p&gt;Base de dades: %7&lt;br&gt;Versió de dades %8&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>cap</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Massage Desk is incomplete: migration %1 is missing.</source>
        <translation>El Massage Desk està incomplet: falta la migració %1.</translation>
    </message>
    <message>
        <source>update its structure</source>
        <translation>actualitzar-ne l&apos;estructura</translation>
    </message>
    <message>
        <source>Could not update the database to data version %1: %2</source>
        <translation>No s&apos;ha pogut actualitzar la base de dades a la versió de dades %1: %2</translation>
    </message>
</context>
<context>
    <name>PrecautionRules</name>
    <message>
        <source>The precaution rule file is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The precaution rule file must hold one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The precaution rule file has an unknown field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The precaution rule file has no &quot;format&quot; number; expected &quot;format&quot;: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The precaution rule file has format %1; this program reads format %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The precaution rule file needs a &quot;version&quot; text such as &quot;2026.1&quot;; every check-in records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown outcome level &quot;%1&quot; in &quot;levels&quot;; the known levels are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;levels&quot; must list every outcome level once, mildest first: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The precaution rule file has no &quot;questions&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 has no valid &quot;id&quot; (lowercase letters, digits and underscores, starting with a letter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question id &quot;%1&quot; is used more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has an unknown field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: every entry of &quot;applies_to&quot; must be a service code such as &quot;leg&quot;, or &quot;*&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: &quot;applies_to&quot; names no service; list service codes, or &quot;*&quot; for every service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: &quot;*&quot; already means every service; list nothing else with it in &quot;applies_to&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: &quot;trigger&quot; must be true or false (the answer that triggers the outcome).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has an unknown outcome &quot;%2&quot;; the known levels are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: the outcome &quot;proceed&quot; would never change a check-in; choose a more severe level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has no English texts (&quot;texts&quot;: {&quot;en&quot;: ...}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: the &quot;%2&quot; texts need a &quot;question&quot; and a &quot;reason&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: &quot;follow_up&quot; needs an &quot;id&quot; and an English label (&quot;texts&quot;: {&quot;en&quot;: {&quot;label&quot;: ...}}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in precaution rules (%1) are missing from this program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceListModel</name>
    <message>
        <source>calves</source>
        <translation>panxells</translation>
    </message>
    <message>
        <source>thighs</source>
        <translation>cuixes</translation>
    </message>
    <message>
        <source>feet</source>
        <translation>peus</translation>
    </message>
    <message>
        <source>back</source>
        <translation>esquena</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>espatlles</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>coll</translation>
    </message>
    <message>
        <source>arms</source>
        <translation>braços</translation>
    </message>
    <message>
        <source>hands</source>
        <translation>mans</translation>
    </message>
    <message>
        <source>head</source>
        <translation>cap</translation>
    </message>
    <message>
        <source>full body</source>
        <translation>cos sencer</translation>
    </message>
    <message>
        <source>light</source>
        <translation>suau</translation>
    </message>
    <message>
        <source>light to medium</source>
        <translation>suau a mitjana</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mitjana</translation>
    </message>
    <message>
        <source>medium to firm</source>
        <translation>mitjana a ferma</translation>
    </message>
    <message>
        <source>firm</source>
        <translation>ferma</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>des de %1</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arxivat</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actiu</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servei</translation>
    </message>
    <message>
        <source>Body areas</source>
        <translation>Zones del cos</translation>
    </message>
    <message>
        <source>Durations</source>
        <translation>Durades</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estat</translation>
    </message>
</context>
<context>
    <name>ServiceRepository</name>
    <message>
        <source>read the catalogue</source>
        <translation>llegir el catàleg</translation>
    </message>
    <message>
        <source>There is no service with the code &quot;%1&quot;.</source>
        <translation>No hi ha cap servei amb el codi &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Desa la configuració</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Centre &amp;name:</source>
        <translation>&amp;Nom del centre:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horària:</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dades</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horari d&apos;obertura</translation>
    </message>
    <message>
        <source>Database file: %1
Data version: %2 · SQLite %3
Logs: %4
Backups: %5</source>
        <translation>Fitxer de la base de dades: %1
Versió de dades: %2 · SQLite %3
Registres: %4
Còpies de seguretat: %5</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>tancat</translation>
    </message>
    <message>
        <source>The centre needs a name.</source>
        <translation>Cal posar un nom al centre.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>S&apos;ha desat la configuració.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuració</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>save the setting</source>
        <translation>desar el paràmetre</translation>
    </message>
    <message>
        <source>read the opening hours</source>
        <translation>llegir l&apos;horari d&apos;obertura</translation>
    </message>
</context>
<context>
    <name>StaffRepository</name>
    <message>
        <source>read the therapists</source>
        <translation>llegir els terapeutes</translation>
    </message>
    <message>
        <source>read the rooms</source>
        <translation>llegir les sales</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Massage Desk: reception for massage centres.</source>
        <translation>Massage Desk: recepció per a centres de massatge.</translation>
    </message>
    <message>
        <source>Open the database file PATH (created if missing). Default: %1</source>
        <translation>Obre el fitxer de base de dades PATH (es crea si no existeix). Per defecte: %1</translation>
    </message>
    <message>
        <source>Open a demo centre (created on first use in %1).</source>
        <translation>Obre un centre de demostració (es crea el primer cop que s&apos;usa, a %1).</translation>
    </message>
    <message>
        <source>Quit as soon as the first window has been painted (smoke tests, start-up timing).</source>
        <translation>Surt tan bon punt s&apos;ha dibuixat la primera finestra (proves de fum, temps d&apos;inici).</translation>
    </message>
    <message>
        <source>Interface language: en, ca or es.</source>
        <translation>Idioma de la interfície: en, ca o es.</translation>
    </message>
    <message>
        <source>Start on a page: calendar, clients, catalogue, checkins or settings.</source>
        <translation>Comença en una pàgina: calendar, clients, catalogue, checkins o settings.</translation>
    </message>
    <message>
        <source>Massage Desk</source>
        <translation>Massage Desk</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Obre una altra base de dades…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Surt</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Obre una base de dades</translation>
    </message>
    <message>
        <source>Massage Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de dades del Massage Desk (*.sqlite *.db);;Tots els fitxers (*)</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;; choose one of: %2.</source>
        <translation>Pàgina desconeguda: &quot;%1&quot;; trieu-ne una d&apos;aquestes: %2.</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>start a change</source>
        <translation>començar un canvi</translation>
    </message>
    <message>
        <source>save the change</source>
        <translation>desar el canvi</translation>
    </message>
</context>
</TS>
