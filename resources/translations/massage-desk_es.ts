<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BackupService</name>
    <message>
        <source>%1 already exists. Choose a new name: a backup never overwrites a file.</source>
        <translation>%1 ya existe. Elija un nombre nuevo: una copia de seguridad nunca sobrescribe un archivo.</translation>
    </message>
    <message>
        <source>Cannot write a backup into %1: the folder cannot be created or is read-only.</source>
        <translation>No se puede escribir una copia de seguridad en %1: la carpeta no se puede crear o es de solo lectura.</translation>
    </message>
    <message>
        <source>write the backup</source>
        <translation>escribir la copia de seguridad</translation>
    </message>
    <message>
        <source>This is not a usable backup. %1</source>
        <translation>Esta copia de seguridad no se puede usar. %1</translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation>No hay ningún archivo de copia de seguridad en %1.</translation>
    </message>
    <message>
        <source>%1 is empty, so it is not a backup.</source>
        <translation>%1 está vacío, así que no es una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 is not a Massage Desk backup: it belongs to another program.</source>
        <translation>%1 no es una copia de seguridad de Massage Desk: pertenece a otro programa.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Massage Desk (data version %2). Install that version to restore it.</source>
        <translation>%1 se creó con una versión más reciente de Massage Desk (versión de datos %2). Instale esa versión para restaurarlo.</translation>
    </message>
    <message>
        <source>%1 is damaged (its integrity check failed), so it cannot be restored.</source>
        <translation>%1 está dañado (la comprobación de integridad ha fallado) y no se puede restaurar.</translation>
    </message>
    <message>
        <source>The backup and the database are the same file; nothing to restore.</source>
        <translation>La copia de seguridad y la base de datos son el mismo archivo; no hay nada que restaurar.</translation>
    </message>
    <message>
        <source>Could not keep a copy of the current database at %1, so nothing was restored.</source>
        <translation>No se ha podido guardar una copia de la base de datos actual en %1, así que no se ha restaurado nada.</translation>
    </message>
    <message>
        <source>Could not copy the backup next to the database. Nothing was changed.</source>
        <translation>No se ha podido copiar la copia de seguridad junto a la base de datos. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Could not put the restored database in place. The previous database is kept at %1.</source>
        <translation>No se ha podido colocar la base de datos restaurada en su sitio. La base de datos anterior se conserva en %1.</translation>
    </message>
</context>
<context>
    <name>BookingRepository</name>
    <message>
        <source>check for overlapping bookings</source>
        <translation>comprobar si hay reservas solapadas</translation>
    </message>
    <message>
        <source>booking %1, %2–%3 (cleanup included)</source>
        <translation>reserva %1, %2–%3 (limpieza incluida)</translation>
    </message>
    <message>
        <source>A session lasts between 5 and 480 minutes, with up to 120 minutes of cleanup.</source>
        <translation>Una sesión dura entre 5 y 480 minutos, con un máximo de 120 minutos de limpieza.</translation>
    </message>
    <message>
        <source>The therapist is already busy at that time: %1.</source>
        <translation>El terapeuta ya está ocupado a esa hora: %1.</translation>
    </message>
    <message>
        <source>The room is already taken at that time: %1.</source>
        <translation>La sala ya está ocupada a esa hora: %1.</translation>
    </message>
    <message>
        <source>save the booking</source>
        <translation>guardar la reserva</translation>
    </message>
    <message>
        <source>read a booking</source>
        <translation>leer una reserva</translation>
    </message>
    <message>
        <source>read the bookings</source>
        <translation>leer las reservas</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>◀ Previous day</source>
        <translation>◀ Día anterior</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Día anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation>Día siguiente ▶</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Día siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Go to today (Alt+T)</source>
        <translation>Ir a hoy (Alt+H)</translation>
    </message>
    <message>
        <source>Go to a date</source>
        <translation>Ir a una fecha</translation>
    </message>
    <message>
        <source>No sessions on this day.</source>
        <translation>No hay sesiones este día.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n cancelled or no-show</source>
        <translation>
            <numerusform> · %n cancelada o no presentada</numerusform>
            <numerusform> · %n canceladas o no presentadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
</context>
<context>
    <name>CatalogueImporter</name>
    <message>
        <source>The catalogue file is not valid JSON (%1 at byte %2).</source>
        <translation>El archivo del catálogo no es un JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>The catalogue file has an unknown format; expected &quot;format&quot;: 1.</source>
        <translation>El archivo del catálogo tiene un formato desconocido; se esperaba &quot;format&quot;: 1.</translation>
    </message>
    <message>
        <source>Service %1 in the catalogue file needs a code, at least one duration and an English name.</source>
        <translation>El servicio %1 del archivo del catálogo necesita un código, al menos una duración y un nombre en inglés.</translation>
    </message>
    <message>
        <source>read the catalogue</source>
        <translation>leer el catálogo</translation>
    </message>
    <message>
        <source>add a service</source>
        <translation>añadir un servicio</translation>
    </message>
    <message>
        <source>Imported from the catalogue file</source>
        <translation>Importado del archivo del catálogo</translation>
    </message>
    <message>
        <source>add a service text</source>
        <translation>añadir el texto de un servicio</translation>
    </message>
    <message>
        <source>add a service duration</source>
        <translation>añadir la duración de un servicio</translation>
    </message>
    <message>
        <source>publish a service</source>
        <translation>publicar un servicio</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Filter services</source>
        <translation>Filtrar servicios</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Catalán</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Language of the client-facing texts</source>
        <translation>Idioma de los textos para los clientes</translation>
    </message>
    <message>
        <source>Client texts in:</source>
        <translation>Textos para el cliente en:</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a service to see it as a client reads it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seleccione un servicio para verlo tal como lo lee un cliente.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Qué esperar</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Durations and prices</source>
        <translation>Duraciones y precios</translation>
    </message>
    <message>
        <source>Body areas: %1 · Pressure: %2 · Cleanup after the session: %3 min</source>
        <translation>Zonas del cuerpo: %1 · Presión: %2 · Limpieza después de la sesión: %3 min</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
</context>
<context>
    <name>CheckinsPage</name>
    <message>
        <source>Outcomes, mildest first: ✓ Proceed · ℹ Note for the therapist · ▲ Adapt (areas to avoid; therapist signs off) · ⚠ Needs clearance (cannot start until clearance is recorded) · ✖ Stop and refer (no massage; the client is advised to seek medical attention).</source>
        <translation>Resultados, del más leve al más grave: ✓ Continuar · ℹ Nota para el terapeuta · ▲ Adaptar (zonas que evitar; el terapeuta debe validarlo) · ⚠ Requiere autorización (no se puede empezar hasta que se registre la autorización) · ✖ Detener y derivar (sin masaje; se aconseja al cliente que consulte a un médico).</translation>
    </message>
    <message>
        <source>Check-ins for today, %1</source>
        <translation>Acogidas de hoy, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) need attention before starting</source>
        <translation>
            <numerusform>%n sesión requiere atención antes de empezar</numerusform>
            <numerusform>%n sesiones requieren atención antes de empezar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still to check in</source>
        <translation>
            <numerusform>%n pendiente de acogida</numerusform>
            <numerusform>%n pendientes de acogida</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Acogidas</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>--language must be en, ca or es, not &quot;%1&quot;.</source>
        <translation>--language debe ser en, ca o es, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 min %2</source>
        <translation>%1 min %2</translation>
    </message>
    <message>
        <source>  (inactive)</source>
        <translation>  (inactivo)</translation>
    </message>
    <message>
        <source>  (archived)</source>
        <translation>  (archivado)</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Qué esperar</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Durations and prices: %1</source>
        <translation>Duraciones y precios: %1</translation>
    </message>
    <message>
        <source>No therapists yet.</source>
        <translation>Todavía no hay terapeutas.</translation>
    </message>
    <message>
        <source>No rooms yet.</source>
        <translation>Todavía no hay salas.</translation>
    </message>
    <message>
        <source>Create a new database with the default catalogue</source>
        <translation>Crear una base de datos nueva con el catálogo predeterminado</translation>
    </message>
    <message>
        <source>Creates the database file (and its folder) with the default service catalogue. Running it on an existing Massage Desk database changes nothing.</source>
        <translation>Crea el archivo de la base de datos (y su carpeta) con el catálogo de servicios predeterminado. Ejecutarlo sobre una base de datos de Massage Desk ya existente no cambia nada.</translation>
    </message>
    <message>
        <source>Create a demo centre in a new database</source>
        <translation>Crear un centro de demostración en una base de datos nueva</translation>
    </message>
    <message>
        <source>Fills a new database with a demo centre: therapists, rooms, shifts, clients and bookings with check-ins around today. The same seed gives the same centre.
  --size small   4 therapists, 3 rooms, 150 clients, about six weeks (default)
  --size large   12 therapists, 8 rooms, 30,000 clients, 200,000 bookings over 5 years
  --seed N       random seed (default 1)</source>
        <translation>Llena una base de datos nueva con un centro de demostración: terapeutas, salas, turnos, clientes y reservas con acogidas en torno a hoy. La misma semilla genera el mismo centro.
  --size small   4 terapeutas, 3 salas, 150 clientes, unas seis semanas (predeterminado)
  --size large   12 terapeutas, 8 salas, 30.000 clientes, 200.000 reservas en 5 años
  --seed N       semilla aleatoria (predeterminada: 1)</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity, data version and contents</source>
        <translation>Comprobar la integridad, la versión de datos y el contenido de la base de datos</translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s integrity check, looks for double-booked therapists or rooms, and counts what the database holds. Exit status 1 when a problem is found.</source>
        <translation>Ejecuta la comprobación de integridad de SQLite, busca terapeutas o salas con reservas solapadas y cuenta lo que contiene la base de datos. Estado de salida 1 si se encuentra algún problema.</translation>
    </message>
    <message>
        <source>Write a consistent backup copy</source>
        <translation>Escribir una copia de seguridad coherente</translation>
    </message>
    <message>
        <source>Writes a backup to DEST (a new file, or an existing folder to put a dated file in) and checks it. Safe while Massage Desk is open. Never overwrites a file.</source>
        <translation>Escribe una copia de seguridad en DEST (un archivo nuevo, o una carpeta existente donde se guarda un archivo con la fecha) y la comprueba. Se puede hacer con Massage Desk abierto. Nunca sobrescribe un archivo.</translation>
    </message>
    <message>
        <source>Replace the database with a backup</source>
        <translation>Reemplazar la base de datos por una copia de seguridad</translation>
    </message>
    <message>
        <source>Checks the backup SRC (integrity, that it is a Massage Desk file, its data version) and only then replaces the database. The replaced database is kept beside it as &lt;name&gt;.before-restore-&lt;time&gt;.sqlite. Close Massage Desk first.</source>
        <translation>Comprueba la copia de seguridad SRC (la integridad, que sea un archivo de Massage Desk y su versión de datos) y solo entonces reemplaza la base de datos. La base de datos reemplazada se conserva junto a ella como &lt;nombre&gt;.before-restore-&lt;hora&gt;.sqlite. Cierre antes Massage Desk.</translation>
    </message>
    <message>
        <source>List the service catalogue</source>
        <translation>Listar el catálogo de servicios</translation>
    </message>
    <message>
        <source>Lists the published services with their durations and prices.
  --language L   en, ca or es (default: your language)</source>
        <translation>Lista los servicios publicados con sus duraciones y precios.
  --language L   en, ca o es (predeterminado: su idioma)</translation>
    </message>
    <message>
        <source>Show a service as a client reads it</source>
        <translation>Mostrar un servicio tal como lo lee un cliente</translation>
    </message>
    <message>
        <source>Prints the client-facing text of one service: description, what to expect, aftercare, durations and prices.
  --language L   en, ca or es (default: your language)</source>
        <translation>Muestra el texto para el cliente de un servicio: descripción, qué esperar, cuidados posteriores, duraciones y precios.
  --language L   en, ca o es (predeterminado: su idioma)</translation>
    </message>
    <message>
        <source>List therapists and the services they perform</source>
        <translation>Listar los terapeutas y los servicios que realizan</translation>
    </message>
    <message>
        <source>Lists every therapist with the services they perform.</source>
        <translation>Lista todos los terapeutas con los servicios que realizan.</translation>
    </message>
    <message>
        <source>List rooms and the services they suit</source>
        <translation>Listar las salas y los servicios para los que sirven</translation>
    </message>
    <message>
        <source>Lists every room with the services it suits.</source>
        <translation>Lista todas las salas con los servicios para los que sirve cada una.</translation>
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
        <translation>Uso: massage-desk-cli [--database PATH] [--json] COMMAND ...

La herramienta de línea de comandos de Massage Desk: la misma base de datos, las mismas reglas.

Opciones:
  --database PATH  el archivo de la base de datos (predeterminado: %1)
  --json           escribe un único objeto JSON en la salida estándar
  --help           esta ayuda; COMMAND --help explica un comando
  --version        la versión del programa

Comandos:
</translation>
    </message>
    <message>
        <source>
Exit status: 0 success, 1 refused (nothing changed), 2 usage error.
</source>
        <translation>
Estado de salida: 0 éxito, 1 rechazado (no se ha cambiado nada), 2 error de uso.
</translation>
    </message>
    <message>
        <source>--database needs a file path.</source>
        <translation>--database necesita la ruta de un archivo.</translation>
    </message>
    <message>
        <source>Unknown option %1.

%2</source>
        <translation>Opción desconocida: %1.

%2</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run massage-desk-cli --help to see the commands.</source>
        <translation>Comando desconocido: &quot;%1&quot;. Ejecute massage-desk-cli --help para ver los comandos.</translation>
    </message>
    <message>
        <source>Usage: massage-desk-cli [--database PATH] [--json] %1 %2</source>
        <translation>Uso: massage-desk-cli [--database PATH] [--json] %1 %2</translation>
    </message>
    <message>
        <source>This command takes no arguments: %1</source>
        <translation>Este comando no admite argumentos: %1</translation>
    </message>
    <message numerus="yes">
        <source>This command needs exactly %n argument(s); see --help.</source>
        <translation>
            <numerusform>Este comando necesita exactamente %n argumento; consulte --help.</numerusform>
            <numerusform>Este comando necesita exactamente %n argumentos; consulte --help.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1 with the default catalogue.</source>
        <translation>Se ha creado %1 con el catálogo predeterminado.</translation>
    </message>
    <message>
        <source>%1 is already a Massage Desk database (data version %2); nothing was changed.</source>
        <translation>%1 ya es una base de datos de Massage Desk (versión de datos %2); no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>--size must be small or large, not &quot;%1&quot;.</source>
        <translation>--size debe ser small o large, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295, not &quot;%1&quot;.</source>
        <translation>--seed debe ser un número entero entre 0 y 4294967295, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Demo centre written to %1 in %2 s: %3 therapists, %4 rooms, %5 clients, %6 bookings, %7 check-ins.</source>
        <translation>Centro de demostración escrito en %1 en %2 s: %3 terapeutas, %4 salas, %5 clientes, %6 reservas, %7 acogidas.</translation>
    </message>
    <message>
        <source>Database:  %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integridad:    %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>Data version: %1 (this program: %2)</source>
        <translation>Versión de datos: %1 (este programa: %2)</translation>
    </message>
    <message>
        <source>Double bookings: %1</source>
        <translation>Reservas solapadas: %1</translation>
    </message>
    <message>
        <source>Problems were found; see above.</source>
        <translation>Se han encontrado problemas; consulte los detalles más arriba.</translation>
    </message>
    <message>
        <source>Backup written and checked: %1 (%2 KiB).</source>
        <translation>Copia de seguridad escrita y comprobada: %1 (%2 KiB).</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Se ha restaurado %1 a partir de %2.</translation>
    </message>
    <message>
        <source>The previous database was kept as %1.</source>
        <translation>La base de datos anterior se ha conservado como %1.</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Catalan</source>
        <translation>Catalán</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
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
        <translation>buscar los clientes</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Search by name, phone or email (Ctrl+F)</source>
        <translation>Buscar por nombre, teléfono o correo electrónico (Ctrl+F)</translation>
    </message>
    <message>
        <source>Showing the first %1 clients; type more to narrow the search.</source>
        <translation>Se muestran los primeros %1 clientes; escriba más para acotar la búsqueda.</translation>
    </message>
    <message>
        <source>No client matches “%1”.</source>
        <translation>Ningún cliente coincide con «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database is busy with another program for too long. Nothing was changed; try again in a moment.</source>
        <translation>Otro programa lleva demasiado tiempo ocupando la base de datos. No se ha cambiado nada; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was changed; free some space and try again.</source>
        <translation>El disco que contiene %1 está lleno. No se ha cambiado nada; libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 cannot be written to. Nothing was changed.</source>
        <translation>No se puede escribir en %1. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 is damaged. Nothing was changed; restore it from a backup.</source>
        <translation>%1 está dañado. No se ha cambiado nada; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The computer could not read or write %1. Nothing was changed.</source>
        <translation>El ordenador no ha podido leer o escribir %1. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The change was refused because it breaks a rule of the centre&apos;s data (%1). Nothing was changed.</source>
        <translation>Se ha rechazado el cambio porque incumple una regla de los datos del centro (%1). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The database could not %1. Nothing was changed.</source>
        <translation>La base de datos no ha podido %1. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>No se puede abrir %1.</translation>
    </message>
    <message>
        <source>%1 is locked by another program. Try again in a moment.</source>
        <translation>%1 está bloqueado por otro programa. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read. It was left untouched; restore it from a backup.</source>
        <translation>%1 está dañado y no se puede leer. No se ha modificado; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>No se ha indicado ningún archivo de base de datos.</translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with &quot;massage-desk-cli init&quot; or start Massage Desk to make a new one.</source>
        <translation>No hay ninguna base de datos en %1. Cree una con &quot;massage-desk-cli init&quot; o inicie Massage Desk para crear una nueva.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>No se puede crear la carpeta %1 para la base de datos.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Massage Desk (data version %2; this version reads up to %3). Install the newer version to open it; the file was left untouched.</source>
        <translation>%1 se guardó con una versión más reciente de Massage Desk (versión de datos %2; esta versión lee hasta la %3). Instale la versión más reciente para abrirlo; no se ha modificado el archivo.</translation>
    </message>
    <message>
        <source>%1 is a database that belongs to another program, not Massage Desk. It was left untouched; choose another file.</source>
        <translation>%1 es una base de datos de otro programa, no de Massage Desk. No se ha modificado; elija otro archivo.</translation>
    </message>
    <message>
        <source>prepare the database</source>
        <translation>preparar la base de datos</translation>
    </message>
    <message>
        <source>%1 cannot use write-ahead logging (is it on a network share?). Keep the database on this computer&apos;s own disk.</source>
        <translation>%1 no puede usar el registro de escritura anticipada (¿está en una unidad de red?). Guarde la base de datos en el disco de este ordenador.</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <source>Massage Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de Massage Desk (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Hacer &amp;copia de seguridad ahora…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Se ha abierto %1</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>centre.sqlite</source>
        <translation>centre.sqlite</translation>
    </message>
    <message>
        <source>%1 already exists. Use Open to work with it, or choose a new name.</source>
        <translation>%1 ya existe. Use «Abrir base de datos» para trabajar con ella, o elija un nombre nuevo.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Hacer una copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Error en la copia de seguridad</translation>
    </message>
    <message>
        <source>Backup written and checked: %1 (%2 KiB).</source>
        <translation>Copia de seguridad escrita y comprobada: %1 (%2 KiB).</translation>
    </message>
    <message>
        <source>Backup complete</source>
        <translation>Copia de seguridad completada</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Cannot restore this backup</source>
        <translation>No se puede restaurar esta copia de seguridad</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Error en la restauración</translation>
    </message>
    <message>
        <source>Restored from %1. The previous database was kept as %2.</source>
        <translation>Se ha restaurado desde %1. La base de datos anterior se ha conservado como %2.</translation>
    </message>
    <message>
        <source>Restore complete</source>
        <translation>Restauración completada</translation>
    </message>
    <message numerus="yes">
        <source>Replace the current database (%n booking(s)) with the backup %1?

The current database is kept beside it as a safety copy, so this can be undone.</source>
        <translation>
            <numerusform>¿Desea sustituir la base de datos actual (%n reserva) por la copia %1?

La base de datos actual se conserva al lado como copia de seguridad, de modo que se puede deshacer.</numerusform>
            <numerusform>¿Desea sustituir la base de datos actual (%n reservas) por la copia %1?

La base de datos actual se conserva al lado como copia de seguridad, de modo que se puede deshacer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseFileCheck</name>
    <message>
        <source>%1 is a folder, not a database file. Choose a file inside it instead.</source>
        <translation>%1 es una carpeta, no un archivo de base de datos. Elija un archivo que esté dentro de ella.</translation>
    </message>
    <message>
        <source>Cannot create a database in %1: the folder is read-only.</source>
        <translation>No se puede crear una base de datos en %1: la carpeta es de solo lectura.</translation>
    </message>
    <message>
        <source>Cannot read %1: you do not have permission to open it.</source>
        <translation>No se puede leer %1: no tiene permiso para abrirlo.</translation>
    </message>
    <message>
        <source>%1 is read-only, so Massage Desk cannot save bookings in it. Make the file writable, or open a copy.</source>
        <translation>%1 es de solo lectura, así que Massage Desk no puede guardar reservas en él. Permita la escritura en el archivo o abra una copia.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only. Massage Desk needs to write its journal files beside the database; move the database to a writable folder.</source>
        <translation>La carpeta %1 es de solo lectura. Massage Desk necesita escribir sus archivos de diario junto a la base de datos; mueva la base de datos a una carpeta con permiso de escritura.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Massage Desk database: it is too small to be a database file (%2 bytes).</source>
        <translation>%1 no es una base de datos de Massage Desk: es demasiado pequeño para ser un archivo de base de datos (%2 bytes).</translation>
    </message>
    <message>
        <source>The start of %1 has been wiped (it is all zeros). The file is damaged; restore it from a backup.</source>
        <translation>El inicio de %1 se ha borrado (todo son ceros). El archivo está dañado; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 is not a Massage Desk database: it is not a database file at all.</source>
        <translation>%1 no es una base de datos de Massage Desk: ni siquiera es un archivo de base de datos.</translation>
    </message>
    <message>
        <source>%1 is damaged: its header is not valid. Restore it from a backup.</source>
        <translation>%1 está dañado: su cabecera no es válida. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 is incomplete: the file was cut short (%2 bytes). Restore it from a backup.</source>
        <translation>%1 está incompleto: el archivo se ha truncado (%2 bytes). Restáurelo desde una copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
    <message>
        <source>%1 is already open in %2 (process %3 on computer &quot;%4&quot;). Close it there first: only one Massage Desk window may use a database at a time.</source>
        <translation>%1 ya está abierto en %2 (proceso %3 en el ordenador &quot;%4&quot;). Ciérrelo allí primero: solo una ventana de Massage Desk puede usar una base de datos a la vez.</translation>
    </message>
    <message>
        <source>Cannot create the lock file beside %1: check that its folder is writable.</source>
        <translation>No se puede crear el archivo de bloqueo junto a %1: compruebe que se puede escribir en su carpeta.</translation>
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
        <translation>Ha llegado</translation>
    </message>
    <message>
        <source>In session</source>
        <translation>En sesión</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No presentado</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Derivado</translation>
    </message>
    <message>
        <source>– not yet</source>
        <translation>– todavía no</translation>
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
        <translation>⚠ Requiere autorización</translation>
    </message>
    <message>
        <source>✖ Stop and refer</source>
        <translation>✖ Detener y derivar</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Booking %1 · %2 min session + %3 min cleanup</source>
        <translation>Reserva %1 · sesión de %2 min + %3 min de limpieza</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
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
        <translation>Estado</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Acogida</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>inspect the database</source>
        <translation>inspeccionar la base de datos</translation>
    </message>
    <message>
        <source>This database already has therapists, rooms, clients or bookings. Demo data is only added to a new, empty database; choose a new file.</source>
        <translation>Esta base de datos ya tiene terapeutas, salas, clientes o reservas. Los datos de demostración solo se añaden a una base de datos nueva y vacía; elija un archivo nuevo.</translation>
    </message>
    <message>
        <source>read the catalogue</source>
        <translation>leer el catálogo</translation>
    </message>
    <message>
        <source>The catalogue is empty, so there is nothing to book in a demo.</source>
        <translation>El catálogo está vacío, así que no hay nada que reservar en una demostración.</translation>
    </message>
    <message>
        <source>write the demo centre</source>
        <translation>escribir el centro de demostración</translation>
    </message>
    <message>
        <source>Client called to cancel</source>
        <translation>El cliente llamó para cancelar</translation>
    </message>
    <message>
        <source>Client asked to move it; rebooked separately</source>
        <translation>El cliente pidió cambiarla; se reservó de nuevo aparte</translation>
    </message>
    <message>
        <source>left calf</source>
        <translation>pantorrilla izquierda</translation>
    </message>
    <message>
        <source>Client&apos;s physiotherapist (by phone)</source>
        <translation>Fisioterapeuta del cliente (por teléfono)</translation>
    </message>
    <message>
        <source>Gentle pressure; keep away from the injured ankle.</source>
        <translation>Presión suave; evitar el tobillo lesionado.</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>count the %1</source>
        <translation>contar los registros de %1</translation>
    </message>
    <message>
        <source>check its integrity</source>
        <translation>comprobar su integridad</translation>
    </message>
    <message>
        <source>check the bookings</source>
        <translation>comprobar las reservas</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Massage Desk</source>
        <translation>&amp;Acerca de Massage Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>No hay ninguna base de datos abierta</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Data version %1</source>
        <translation>Versión de datos %1</translation>
    </message>
    <message>
        <source>%1 — Massage Desk</source>
        <translation>%1 — Massage Desk</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>About Massage Desk</source>
        <translation>Acerca de Massage Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Massage Desk %1&lt;/h3&gt;&lt;p&gt;Reception for massage centres: bookings, check-ins and the service catalogue.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 · spdlog %4.%5.%6&lt;/p&gt;&lt;p&gt;Database: %7&lt;br&gt;Data version %8&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Massage Desk %1&lt;/h3&gt;&lt;p&gt;Recepción para centros de masaje: reservas, acogidas y el catálogo de servicios.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 · spdlog %4.%5.%6&lt;/p&gt;&lt;p&gt;Base de datos: %7&lt;br&gt;Versión de datos %8&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Massage Desk is incomplete: migration %1 is missing.</source>
        <translation>Massage Desk está incompleto: falta la migración %1.</translation>
    </message>
    <message>
        <source>update its structure</source>
        <translation>actualizar su estructura</translation>
    </message>
    <message>
        <source>Could not update the database to data version %1: %2</source>
        <translation>No se ha podido actualizar la base de datos a la versión de datos %1: %2</translation>
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
        <translation>pantorrillas</translation>
    </message>
    <message>
        <source>thighs</source>
        <translation>muslos</translation>
    </message>
    <message>
        <source>feet</source>
        <translation>pies</translation>
    </message>
    <message>
        <source>back</source>
        <translation>espalda</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>hombros</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>cuello</translation>
    </message>
    <message>
        <source>arms</source>
        <translation>brazos</translation>
    </message>
    <message>
        <source>hands</source>
        <translation>manos</translation>
    </message>
    <message>
        <source>head</source>
        <translation>cabeza</translation>
    </message>
    <message>
        <source>full body</source>
        <translation>cuerpo entero</translation>
    </message>
    <message>
        <source>light</source>
        <translation>suave</translation>
    </message>
    <message>
        <source>light to medium</source>
        <translation>suave a media</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>medium to firm</source>
        <translation>media a firme</translation>
    </message>
    <message>
        <source>firm</source>
        <translation>firme</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Body areas</source>
        <translation>Zonas del cuerpo</translation>
    </message>
    <message>
        <source>Durations</source>
        <translation>Duraciones</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ServiceRepository</name>
    <message>
        <source>read the catalogue</source>
        <translation>leer el catálogo</translation>
    </message>
    <message>
        <source>There is no service with the code &quot;%1&quot;.</source>
        <translation>No hay ningún servicio con el código &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Guardar la configuración</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Centre &amp;name:</source>
        <translation>&amp;Nombre del centro:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horario de apertura</translation>
    </message>
    <message>
        <source>Database file: %1
Data version: %2 · SQLite %3
Logs: %4
Backups: %5</source>
        <translation>Archivo de la base de datos: %1
Versión de datos: %2 · SQLite %3
Registros: %4
Copias de seguridad: %5</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>The centre needs a name.</source>
        <translation>El centro necesita un nombre.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Se ha guardado la configuración.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>save the setting</source>
        <translation>guardar el ajuste</translation>
    </message>
    <message>
        <source>read the opening hours</source>
        <translation>leer el horario de apertura</translation>
    </message>
</context>
<context>
    <name>StaffRepository</name>
    <message>
        <source>read the therapists</source>
        <translation>leer los terapeutas</translation>
    </message>
    <message>
        <source>read the rooms</source>
        <translation>leer las salas</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Massage Desk: reception for massage centres.</source>
        <translation>Massage Desk: recepción para centros de masaje.</translation>
    </message>
    <message>
        <source>Open the database file PATH (created if missing). Default: %1</source>
        <translation>Abre el archivo de base de datos PATH (se crea si no existe). Predeterminado: %1</translation>
    </message>
    <message>
        <source>Open a demo centre (created on first use in %1).</source>
        <translation>Abre un centro de demostración (se crea la primera vez que se usa, en %1).</translation>
    </message>
    <message>
        <source>Quit as soon as the first window has been painted (smoke tests, start-up timing).</source>
        <translation>Sale en cuanto se ha dibujado la primera ventana (pruebas de humo, tiempo de arranque).</translation>
    </message>
    <message>
        <source>Interface language: en, ca or es.</source>
        <translation>Idioma de la interfaz: en, ca o es.</translation>
    </message>
    <message>
        <source>Start on a page: calendar, clients, catalogue, checkins or settings.</source>
        <translation>Empieza en una página: calendar, clients, catalogue, checkins o settings.</translation>
    </message>
    <message>
        <source>Massage Desk</source>
        <translation>Massage Desk</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Abrir otra base de datos…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>Massage Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de Massage Desk (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;; choose one of: %2.</source>
        <translation>Página desconocida: &quot;%1&quot;; elija una de estas: %2.</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>start a change</source>
        <translation>iniciar un cambio</translation>
    </message>
    <message>
        <source>save the change</source>
        <translation>guardar el cambio</translation>
    </message>
</context>
</TS>
