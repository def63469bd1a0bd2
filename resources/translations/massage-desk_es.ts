<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AbsenceEditor</name>
    <message>
        <source>Absences</source>
        <translation>Ausencias</translation>
    </message>
    <message>
        <source>Reason (e.g. holiday)</source>
        <translation>Motivo (p. ej. vacaciones)</translation>
    </message>
    <message>
        <source>Absence from</source>
        <translation>Ausencia desde</translation>
    </message>
    <message>
        <source>Absence until</source>
        <translation>Ausencia hasta</translation>
    </message>
    <message>
        <source>Reason for the absence</source>
        <translation>Motivo de la ausencia</translation>
    </message>
    <message>
        <source>Add a&amp;bsence</source>
        <translation>Añadir a&amp;usencia</translation>
    </message>
    <message>
        <source>Remove selected absence</source>
        <translation>Eliminar la ausencia seleccionada</translation>
    </message>
    <message>
        <source>Absence of %1: %2 to %3</source>
        <translation>Ausencia de %1: del %2 al %3</translation>
    </message>
    <message>
        <source>Absence of %1 to remove: %2</source>
        <translation>Ausencia de %1 por eliminar: %2</translation>
    </message>
    <message>
        <source>Not removed yet: the server %1 cannot be reached. The absence stays marked in the list and is removed by itself as soon as the connection is back.</source>
        <translation>Todavía no se ha eliminado: no se puede conectar con el servidor %1. La ausencia queda marcada en la lista y se elimina automáticamente en cuanto se recupera la conexión.</translation>
    </message>
    <message>
        <source>If it is still listed, press Remove now.</source>
        <translation>Si todavía aparece en la lista, pulse Eliminar ahora.</translation>
    </message>
    <message>
        <source>&amp;Remove now</source>
        <translation>&amp;Eliminar ahora</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>%1 – %2  %3</source>
        <translation>%1 – %2  %3</translation>
    </message>
    <message>
        <source>%1 (removal waits for the server)</source>
        <translation>%1 (la eliminación espera al servidor)</translation>
    </message>
    <message>
        <source>Absence added.</source>
        <translation>Se ha añadido la ausencia.</translation>
    </message>
    <message>
        <source>That absence is already waiting to be removed.</source>
        <translation>Esa ausencia ya está esperando para eliminarse.</translation>
    </message>
    <message>
        <source>Absence removed.</source>
        <translation>Se ha eliminado la ausencia.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>read the audit log</source>
        <translation>leer el registro de auditoría</translation>
    </message>
    <message>
        <source>write the audit log</source>
        <translation>escribir en el registro de auditoría</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Signed in</source>
        <translation>Identificación</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Identificación rechazada</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>Cuenta añadida</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Contraseña cambiada</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rol cambiado</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Cuenta desactivada</translation>
    </message>
    <message>
        <source>Account reactivated</source>
        <translation>Cuenta reactivada</translation>
    </message>
    <message>
        <source>Check-in recorded</source>
        <translation>Acogida registrada</translation>
    </message>
    <message>
        <source>Check-in answers read</source>
        <translation>Respuestas de la acogida consultadas</translation>
    </message>
    <message>
        <source>Check-in signed off by the therapist</source>
        <translation>Acogida validada por el terapeuta</translation>
    </message>
    <message>
        <source>Medical clearance recorded</source>
        <translation>Autorización médica registrada</translation>
    </message>
    <message>
        <source>Session note written</source>
        <translation>Nota de la sesión escrita</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consentimiento registrado</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentimiento retirado</translation>
    </message>
    <message>
        <source>Client&apos;s data exported</source>
        <translation>Datos del cliente exportados</translation>
    </message>
    <message>
        <source>Client&apos;s data erased</source>
        <translation>Datos del cliente borrados</translation>
    </message>
    <message>
        <source>Service created</source>
        <translation>Servicio creado</translation>
    </message>
    <message>
        <source>Service duplicated</source>
        <translation>Servicio duplicado</translation>
    </message>
    <message>
        <source>Service draft saved</source>
        <translation>Borrador del servicio guardado</translation>
    </message>
    <message>
        <source>Service published</source>
        <translation>Servicio publicado</translation>
    </message>
    <message>
        <source>Service published despite warnings</source>
        <translation>Servicio publicado pese a los avisos</translation>
    </message>
    <message>
        <source>Earlier service version restored</source>
        <translation>Versión anterior del servicio restaurada</translation>
    </message>
    <message>
        <source>Service archived</source>
        <translation>Servicio archivado</translation>
    </message>
    <message>
        <source>Service brought back</source>
        <translation>Servicio ofrecido de nuevo</translation>
    </message>
    <message>
        <source>Audit log read</source>
        <translation>Registro de auditoría consultado</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Client no.</source>
        <translation>N.º de cliente</translation>
    </message>
    <message>
        <source>Booking no.</source>
        <translation>N.º de reserva</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Client list exported as CSV</source>
        <translation>Lista de clientes exportada en CSV</translation>
    </message>
    <message>
        <source>Clients imported from a file</source>
        <translation>Clientes importados desde un archivo</translation>
    </message>
    <message>
        <source>Stop-and-refer read by the therapist on My day</source>
        <translation>Aviso de detener y derivar leído por el terapeuta en Mi día</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>&amp;Between</source>
        <translation>&amp;Entre</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verificar la cadena</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>number or name</source>
        <translation>número o nombre</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>Q&amp;ué:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Only a manager reads the audit log.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;It records who signed in, who read or recorded check-ins and who changed accounts or the catalogue. Ask a manager if you need to know something from it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Solo un gerente puede leer el registro de auditoría.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Registra quién se ha identificado, quién ha consultado o registrado acogidas y quién ha cambiado cuentas o el catálogo. Pregunte a un gerente si necesita saber algo de él.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>No client matches “%1”.</source>
        <translation>Ningún cliente coincide con “%1”.</translation>
    </message>
    <message>
        <source>Many clients match “%1”: showing the first %2; type more of the name or the client&apos;s number.</source>
        <translation>Muchos clientes coinciden con “%1”: se muestran los %2 primeros; escriba más letras del nombre o el número del cliente.</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Ninguna entrada coincide con estos filtros.</translation>
    </message>
    <message>
        <source>✗ The chain could not be checked: %1</source>
        <translation>✗ No se ha podido comprobar la cadena: %1</translation>
    </message>
    <message>
        <source>✓ The chain is intact: no entry was changed or removed outside Massage Desk.</source>
        <translation>✓ La cadena está intacta: ninguna entrada se ha modificado ni eliminado fuera de Massage Desk.</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>la entrada %1</translation>
    </message>
    <message>
        <source>entry %1 (%2, %3, %4)</source>
        <translation>la entrada %1 (%2, %3, %4)</translation>
    </message>
    <message>
        <source>✗ The chain is broken at %1: that entry or the one before it was changed or removed outside Massage Desk. Keep a copy of this database file as evidence and tell whoever looks after the computer.</source>
        <translation>✗ La cadena está rota en %1: esa entrada o la anterior se ha modificado o eliminado fuera de Massage Desk. Guarde una copia de este archivo de base de datos como prueba y avise a quien se encargue del ordenador.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entradas del registro de auditoría</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
</context>
<context>
    <name>AutomaticBackup</name>
    <message>
        <source>Cannot write backups into %1: the folder cannot be created or is read-only. Choose another backup folder in Settings.</source>
        <translation>No se pueden escribir copias de seguridad en %1: la carpeta no se puede crear o es de solo lectura. Elija otra carpeta para las copias de seguridad en Configuración.</translation>
    </message>
    <message>
        <source>Could not write the backup %1 (is the disk full?). The database itself is unchanged.</source>
        <translation>No se ha podido escribir la copia de seguridad %1 (¿está lleno el disco?). La base de datos no ha cambiado.</translation>
    </message>
    <message>
        <source>The new backup failed its check and was deleted; the older backups are kept. %1</source>
        <translation>La nueva copia de seguridad no ha superado la comprobación y se ha eliminado; se conservan las copias anteriores. %1</translation>
    </message>
</context>
<context>
    <name>AutomaticBackupRunner</name>
    <message>
        <source>Backup written and checked: %1 (%2).</source>
        <translation>Copia de seguridad escrita y comprobada: %1 (%2).</translation>
    </message>
    <message>
        <source>Automatic backup written and checked: %1 (%2).</source>
        <translation>Copia de seguridad automática escrita y comprobada: %1 (%2).</translation>
    </message>
    <message>
        <source>The automatic backup failed. The database itself is unchanged. %1</source>
        <translation>La copia de seguridad automática ha fallado. La base de datos no ha cambiado. %1</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Error en la copia de seguridad</translation>
    </message>
    <message>
        <source>Backing up the database before closing…</source>
        <translation>Haciendo una copia de seguridad de la base de datos antes de cerrar…</translation>
    </message>
    <message>
        <source>Massage Desk</source>
        <translation>Massage Desk</translation>
    </message>
</context>
<context>
    <name>BackupPickerDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose an automatic backup, newest first, or another file.</source>
        <translation>Elija una copia de seguridad automática (las más recientes aparecen primero) u otro archivo.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restaurar esta copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Otro archivo…</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
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
    <message>
        <source>No backup file was given.</source>
        <translation>No se ha indicado ningún archivo de copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup and the database are the same file (%1 names the database itself, through a link or another name); nothing to restore.</source>
        <translation>La copia de seguridad y la base de datos son el mismo archivo (%1 es la propia base de datos, mediante un enlace o con otro nombre); no hay nada que restaurar.</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Back up &amp;automatically: once a day, and whenever Massage Desk closes</source>
        <translation>Hacer copias de seguridad &amp;automáticamente: una vez al día y cada vez que se cierra Massage Desk</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <source>Use the &amp;default</source>
        <translation>Usar la &amp;predeterminada</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>A&amp;brir carpeta</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Hacer copia de seguridad a&amp;hora</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Carpeta para las copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Se conservan:</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Última copia:</translation>
    </message>
    <message numerus="yes">
        <source>The newest backup of each of the last %1 days, %2 weeks and %3 months; older ones are deleted. Now: %n backup(s), %4 in all.</source>
        <translation>
            <numerusform>Se conserva la copia más reciente de cada uno de los últimos %1 días, %2 semanas y %3 meses; las más antiguas se eliminan. Ahora: %n copia, %4 en total.</numerusform>
            <numerusform>Se conserva la copia más reciente de cada uno de los últimos %1 días, %2 semanas y %3 meses; las más antiguas se eliminan. Ahora: %n copias, %4 en total.</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup is being written…</source>
        <translation>Se está escribiendo una copia de seguridad…</translation>
    </message>
    <message>
        <source>No automatic backup yet.</source>
        <translation>Todavía no hay ninguna copia de seguridad automática.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1
The last attempt, %2, failed: %3</source>
        <translation>%1
El último intento, %2, ha fallado: %3</translation>
    </message>
    <message>
        <source>Automatic backups are on.</source>
        <translation>Las copias de seguridad automáticas están activadas.</translation>
    </message>
    <message>
        <source>Cannot write backups into %1: the folder cannot be created or is read-only.</source>
        <translation>No se pueden escribir copias de seguridad en %1: la carpeta no se puede crear o es de solo lectura.</translation>
    </message>
    <message>
        <source>Automatic backups now go to %1.</source>
        <translation>Las copias de seguridad automáticas se guardan ahora en %1.</translation>
    </message>
    <message>
        <source>A backup is already being written; try again in a moment.</source>
        <translation>Ya se está escribiendo una copia de seguridad; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Writing a backup…</source>
        <translation>Escribiendo una copia de seguridad…</translation>
    </message>
    <message>
        <source>Automatic backups are off. Use “Back up now” or the File menu to keep copies.</source>
        <translation>Las copias de seguridad automáticas están desactivadas. Use “Hacer copia de seguridad ahora” o el menú Archivo para guardar copias.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activadas</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivadas</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Your backup settings were saved.</source>
        <translation>Se ha guardado su configuración de las copias de seguridad.</translation>
    </message>
    <message>
        <source>Backup settings: automatic backups %1, folder %2</source>
        <translation>Configuración de las copias: copias automáticas %1, carpeta %2</translation>
    </message>
    <message>
        <source>No backup was written: the server %1 cannot be reached, and nothing was changed. Press “Back up now” again once the connection is back.</source>
        <translation>No se ha hecho ninguna copia: no se puede conectar con el servidor %1 y no se ha cambiado nada. Vuelva a pulsar “Hacer copia de seguridad ahora” cuando se recupere la conexión.</translation>
    </message>
</context>
<context>
    <name>BookingActions</name>
    <message>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <source>A %1 session cannot be moved.</source>
        <translation>No se puede mover una sesión en estado «%1».</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>No se ha movido: %1</translation>
    </message>
    <message>
        <source>Change %1&apos;s session to %2 min</source>
        <translation>Cambiar la sesión de %1 a %2 min</translation>
    </message>
    <message>
        <source>Move %1&apos;s session to %2</source>
        <translation>Mover la sesión de %1 a %2</translation>
    </message>
    <message>
        <source> It is now in another room (%1 was taken).</source>
        <translation> Ahora está en otra sala (%1 no estaba disponible).</translation>
    </message>
    <message>
        <source>%1: done.%2 Undo with Ctrl+Z.</source>
        <translation>%1: hecho.%2 Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Cancel %1&apos;s session</source>
        <translation>Cancelar la sesión de %1</translation>
    </message>
    <message>
        <source>Why is it cancelled? (required; kept with the booking)</source>
        <translation>¿Por qué se cancela? (obligatorio; se guarda con la reserva)</translation>
    </message>
    <message>
        <source>Not cancelled: a cancellation needs a reason.</source>
        <translation>No se ha cancelado: una cancelación necesita un motivo.</translation>
    </message>
    <message>
        <source>Not cancelled: %1</source>
        <translation>No se ha cancelado: %1</translation>
    </message>
    <message>
        <source>%1&apos;s session is cancelled; it stays on the calendar, greyed.</source>
        <translation>Se ha cancelado la sesión de %1; permanece en el calendario, en gris.</translation>
    </message>
    <message>
        <source>Undo or redo refused (%1): %2</source>
        <translation>Se ha rechazado deshacer o rehacer (%1): %2</translation>
    </message>
</context>
<context>
    <name>BookingCalendar</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Therapist: %1</source>
        <translation>Terapeuta: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>With %1, room %2.</source>
        <translation>Con %1, sala %2.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>Nueva reserva</translation>
    </message>
    <message>
        <source>Type a name, phone or email…</source>
        <translation>Escriba un nombre, un teléfono o un correo electrónico…</translation>
    </message>
    <message>
        <source>First name and surnames</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <source>Phone, e.g. 612 34 56 78</source>
        <translation>Teléfono, p. ej. 612 34 56 78</translation>
    </message>
    <message>
        <source>&amp;Add client</source>
        <translation>&amp;Añadir cliente</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Find the next free slot</source>
        <translation>Buscar el &amp;primer hueco libre</translation>
    </message>
    <message>
        <source>The first five free places for this service and length at or after the chosen start</source>
        <translation>Los cinco primeros huecos libres para este servicio y esta duración a partir del inicio elegido</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Servicio:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>&amp;Therapist:</source>
        <translation>&amp;Terapeuta:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>Sa&amp;la:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Reservar</translation>
    </message>
    <message>
        <source>%1 min · %2</source>
        <translation>%1 min · %2</translation>
    </message>
    <message>
        <source>Any therapist</source>
        <translation>Cualquier terapeuta</translation>
    </message>
    <message>
        <source>Any room</source>
        <translation>Cualquier sala</translation>
    </message>
    <message>
        <source>Booking for %1</source>
        <translation>Reserva para %1</translation>
    </message>
    <message>
        <source>Booking for %1 · %2</source>
        <translation>Reserva para %1 · %2</translation>
    </message>
    <message>
        <source>No client chosen yet: search above, or add a new client.</source>
        <translation>Todavía no ha elegido ningún cliente: búsquelo arriba o añada uno nuevo.</translation>
    </message>
    <message>
        <source>✓ Free: %1 in %2, %3–%4 (then %5 min cleanup).</source>
        <translation>✓ Libre: %1 en %2, %3–%4 (después, %5 min de limpieza).</translation>
    </message>
    <message>
        <source>Note: this time has already passed.</source>
        <translation>Atención: esta hora ya ha pasado.</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Choose or add the client first.</source>
        <translation>Primero elija o añada el cliente.</translation>
    </message>
    <message>
        <source>any therapist</source>
        <translation>cualquier terapeuta</translation>
    </message>
    <message>
        <source>No free %1-minute %2 with %3 in the four weeks after %4.</source>
        <translation>No hay ningún hueco libre para %2 de %1 minutos con %3 en las cuatro semanas posteriores a %4.</translation>
    </message>
    <message>
        <source>First free %1-minute %2 with %3 after %4 — pick one:</source>
        <translation>Primeros huecos libres para %2 de %1 minutos con %3 después de %4 — elija uno:</translation>
    </message>
    <message>
        <source>%1 %2–%3 · %4 · %5</source>
        <translation>%1 %2–%3 · %4 · %5</translation>
    </message>
    <message>
        <source>✖ Choose or add the client first.</source>
        <translation>✖ Primero elija o añada el cliente.</translation>
    </message>
    <message>
        <source>✖ Not booked: %1</source>
        <translation>✖ No se ha reservado: %1</translation>
    </message>
    <message>
        <source>Which of the two times</source>
        <translation>Cuál de las dos horas</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Which %1?</source>
        <translation>¿Cuál de las %1?</translation>
    </message>
    <message>
        <source>%1 happens twice that night (the clocks go back): choose %2 or %3.</source>
        <translation>Las %1 se repiten esa noche (se atrasan los relojes): elija %2 o %3.</translation>
    </message>
    <message>
        <source>Booking: %1, %2 %3</source>
        <translation>Reserva: %1, %2 %3</translation>
    </message>
    <message>
        <source>✖ Not booked yet: the server cannot be reached.</source>
        <translation>✖ Todavía no se ha reservado: no se puede conectar con el servidor.</translation>
    </message>
    <message>
        <source>New client: %1</source>
        <translation>Cliente nuevo: %1</translation>
    </message>
</context>
<context>
    <name>BookingRepository</name>
    <message>
        <source>read a booking</source>
        <translation>leer una reserva</translation>
    </message>
    <message>
        <source>read the bookings</source>
        <translation>leer las reservas</translation>
    </message>
    <message>
        <source>There is no booking %1.</source>
        <translation>No existe la reserva %1.</translation>
    </message>
</context>
<context>
    <name>BookingWaitlist</name>
    <message>
        <source>Waiting for this time</source>
        <translation>Esperando esta hora</translation>
    </message>
    <message>
        <source>%1 · %2 · from %3</source>
        <translation>%1 · %2 · a partir de las %3</translation>
    </message>
    <message>
        <source>▲ Urgent: %1</source>
        <translation>▲ Urgente: %1</translation>
    </message>
    <message>
        <source> · waiting since %1</source>
        <translation> · en espera desde %1</translation>
    </message>
    <message>
        <source>Choose to fill in the booking</source>
        <translation>Elija uno para rellenar la reserva</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for this freed time (urgent first, then the oldest); choose one to book them:</source>
        <translation>
            <numerusform>%n en espera de esta hora liberada (primero los urgentes y después los más antiguos); elija uno para reservarle la hora:</numerusform>
            <numerusform>%n en espera de esta hora liberada (primero los urgentes y después los más antiguos); elija uno para reservarle la hora:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no-show(s)</source>
        <translation>
            <numerusform>%n vez sin presentarse</numerusform>
            <numerusform>%n veces sin presentarse</numerusform>
        </translation>
    </message>
    <message>
        <source>no no-shows</source>
        <translation>ninguna vez sin presentarse</translation>
    </message>
    <message numerus="yes">
        <source>%n late cancellation(s)</source>
        <translation>
            <numerusform>%n cancelación tardía</numerusform>
            <numerusform>%n cancelaciones tardías</numerusform>
        </translation>
    </message>
    <message>
        <source>no late cancellations</source>
        <translation>ninguna cancelación tardía</translation>
    </message>
    <message numerus="yes">
        <source>on the waitlist for %n service(s)</source>
        <translation>
            <numerusform>en la lista de espera de %n servicio</numerusform>
            <numerusform>en la lista de espera de %n servicios</numerusform>
        </translation>
    </message>
    <message>
        <source>not on the waitlist</source>
        <translation>no está en la lista de espera</translation>
    </message>
    <message>
        <source>Last 6 months: %1 · %2</source>
        <translation>Últimos 6 meses: %1 · %2</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <source>%1 · %2 min</source>
        <translation>%1 · %2 min</translation>
    </message>
    <message>
        <source> + %1 min cleanup</source>
        <translation> + %1 min de limpieza</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Check-in: %1</source>
        <translation>Acogida: %1</translation>
    </message>
    <message>
        <source>Drag to move, drag the bottom edge to change the length, right-click for more.</source>
        <translation>Arrastre para mover; arrastre el borde inferior para cambiar la duración; haga clic derecho para más opciones.</translation>
    </message>
    <message>
        <source>Lane of %1</source>
        <translation>Columna de %1</translation>
    </message>
    <message>
        <source>Click to open this day</source>
        <translation>Haga clic para abrir este día</translation>
    </message>
    <message>
        <source>Double-click or press N to book %1 at %2</source>
        <translation>Haga doble clic o pulse N para reservar: %1, %2</translation>
    </message>
    <message>
        <source>Move cancelled.</source>
        <translation>Se ha cancelado el movimiento.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1–%2 · %3 min</source>
        <translation>%1–%2 · %3 min</translation>
    </message>
    <message>
        <source>Not working today</source>
        <translation>Hoy no trabaja</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>No trabaja</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Completo</translation>
    </message>
    <message>
        <source>%1 of %2 free</source>
        <translation>Libres: %1 de %2</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>Libres: %1</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>%1: nobody is working.</source>
        <translation>%1: no trabaja nadie.</translation>
    </message>
    <message numerus="yes">
        <source>%1: all %n therapist(s) working are busy.</source>
        <translation>
            <numerusform>%1: trabaja %n terapeuta y está ocupado.</numerusform>
            <numerusform>%1: trabajan %n terapeutas y todos están ocupados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: free for the whole half hour: %2.</source>
        <translation>%1: libres durante toda la media hora: %2.</translation>
    </message>
    <message>
        <source>Double-click to book here, or choose one therapist above to see their sessions.</source>
        <translation>Haga doble clic para reservar aquí o elija un terapeuta arriba para ver sus sesiones.</translation>
    </message>
    <message>
        <source>check-in proceed</source>
        <translation>acogida: continuar</translation>
    </message>
    <message>
        <source>check-in note for the therapist</source>
        <translation>acogida: nota para el terapeuta</translation>
    </message>
    <message>
        <source>check-in adapt</source>
        <translation>acogida: adaptar</translation>
    </message>
    <message>
        <source>check-in needs clearance</source>
        <translation>acogida: requiere autorización</translation>
    </message>
    <message>
        <source>check-in stop and refer</source>
        <translation>acogida: detener y derivar</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <source>no check-in yet</source>
        <translation>todavía sin acogida</translation>
    </message>
    <message>
        <source>⚠ referred %1</source>
        <translation>⚠ derivado %1</translation>
    </message>
    <message>
        <source>Call: %1 %2</source>
        <translation>Llamada: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for this freed time: double-click to book one</source>
        <translation>
            <numerusform>%n en espera de esta hora liberada: haga doble clic para reservársela a uno</numerusform>
            <numerusform>%n en espera de esta hora liberada: haga doble clic para reservársela a uno</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n waiting)</source>
        <translation>
            <numerusform>%1 (%n en espera)</numerusform>
            <numerusform>%1 (%n en espera)</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients wait for free time with: %1.</source>
        <translation>Hay clientes esperando un hueco libre con: %1.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the free time %1</source>
        <translation>
            <numerusform>%n en espera del hueco libre %1</numerusform>
            <numerusform>%n en espera del hueco libre %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the free time %1 with %2</source>
        <translation>
            <numerusform>%n en espera del hueco libre %1 con %2</numerusform>
            <numerusform>%n en espera del hueco libre %1 con %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to book one of them.</source>
        <translation>Haga doble clic para reservársela a uno de ellos.</translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
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
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sesión</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 sesiones</translation>
    </message>
    <message>
        <source>Show &amp;cancelled</source>
        <translation>Mostrar &amp;canceladas</translation>
    </message>
    <message>
        <source>&amp;Whole day</source>
        <translation>&amp;Todo el día</translation>
    </message>
    <message>
        <source>&amp;New booking…</source>
        <translation>&amp;Nueva reserva…</translation>
    </message>
    <message>
        <source>Book at the selected time (N, Enter or double-click free time)</source>
        <translation>Reservar a la hora seleccionada (N, Intro o doble clic en un hueco libre)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>One column per therapist or room</source>
        <translation>Una columna por terapeuta o sala</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>One column per day of the week</source>
        <translation>Una columna por día de la semana</translation>
    </message>
    <message>
        <source>By therapist</source>
        <translation>Por terapeuta</translation>
    </message>
    <message>
        <source>One column per therapist</source>
        <translation>Una columna por terapeuta</translation>
    </message>
    <message>
        <source>By room</source>
        <translation>Por sala</translation>
    </message>
    <message>
        <source>One column per room</source>
        <translation>Una columna por sala</translation>
    </message>
    <message>
        <source>Show one therapist&apos;s week, or everyone&apos;s</source>
        <translation>Mostrar la semana de un terapeuta o la de todos</translation>
    </message>
    <message>
        <source>Cancelled and no-show sessions stay visible, greyed</source>
        <translation>Las sesiones canceladas y no presentadas siguen visibles, en gris</translation>
    </message>
    <message>
        <source>Show all 24 hours instead of the opening hours</source>
        <translation>Mostrar las 24 horas en lugar del horario de apertura</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Alejar (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Acercar (Ctrl++)</translation>
    </message>
    <message>
        <source>↶ Undo</source>
        <translation>↶ Deshacer</translation>
    </message>
    <message>
        <source>↷ Redo</source>
        <translation>↷ Rehacer</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Deshacer: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Rehacer: %1 (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>That booking is no longer shown.</source>
        <translation>Esa reserva ya no se muestra.</translation>
    </message>
    <message>
        <source>Free: release to move the session here.</source>
        <translation>Libre: suelte para mover la sesión aquí.</translation>
    </message>
    <message>
        <source>Cannot go there: %1</source>
        <translation>No se puede mover aquí: %1</translation>
    </message>
    <message>
        <source>All therapists</source>
        <translation>Todos los terapeutas</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Semana anterior</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Semana anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Semana siguiente ▶</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Semana siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Today · %1</source>
        <translation>Hoy · %1</translation>
    </message>
    <message>
        <source> · %1 cancelled or no-show</source>
        <translation> · %1 canceladas o no presentadas</translation>
    </message>
    <message>
        <source> · %1 cancelled or no-show hidden</source>
        <translation> · %1 canceladas o no presentadas (ocultas)</translation>
    </message>
    <message>
        <source>Week of %1–%2</source>
        <translation>Semana del %1 al %2</translation>
    </message>
    <message>
        <source>Week of %1 – %2</source>
        <translation>Semana del %1 al %2</translation>
    </message>
    <message>
        <source>%1 (this week)</source>
        <translation>%1 (esta semana)</translation>
    </message>
    <message>
        <source> — closed</source>
        <translation> — cerrado</translation>
    </message>
    <message>
        <source>Booked %1 with %2 in %3.</source>
        <translation>Reservado: %1 con %2 en %3.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Mark &amp;arrived</source>
        <translation>Marcar &amp;llegada</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>&amp;No presentado</translation>
    </message>
    <message>
        <source>&amp;Completed</source>
        <translation>&amp;Completada</translation>
    </message>
    <message>
        <source>Cancel &amp;with a reason…</source>
        <translation>Cancelar indicando el &amp;motivo…</translation>
    </message>
    <message>
        <source>&amp;Repeat every week(s)…</source>
        <translation>&amp;Repetir cada N semanas…</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) booked as a series.</source>
        <translation>
            <numerusform>Se ha reservado %n sesión como serie.</numerusform>
            <numerusform>Se han reservado %n sesiones como serie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each half hour shows how many therapists are free; choose one therapist to see their sessions.</source>
        <translation>Cada media hora muestra cuántos terapeutas están libres; elija un terapeuta para ver sus sesiones.</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>No trabaja</translation>
    </message>
    <message>
        <source>Calendar, %1, %2</source>
        <translation>Calendario, %1, %2</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>por día</translation>
    </message>
    <message>
        <source>by room</source>
        <translation>por sala</translation>
    </message>
    <message>
        <source>by therapist</source>
        <translation>por terapeuta</translation>
    </message>
    <message>
        <source>Arrow keys move between sessions and free time; Enter opens a session or books the free time; Escape leaves a session.</source>
        <translation>Las teclas de flecha permiten moverse entre las sesiones y los huecos libres; Intro abre una sesión o reserva el hueco libre; Esc sale de una sesión.</translation>
    </message>
    <message>
        <source>Calendar file for the client</source>
        <translation>Archivo de calendario para el cliente</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>session-%1.ics</source>
        <translation>session-%1.ics</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se ha guardado %1.</translation>
    </message>
    <message>
        <source>Calendar file for the c&amp;lient…</source>
        <translation>Archivo de calendario para el c&amp;liente…</translation>
    </message>
</context>
<context>
    <name>CallListModel</name>
    <message>
        <source>%1 %2 (%3, %4)</source>
        <translation>%1 %2 (%3, %4)</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>sin teléfono</translation>
    </message>
    <message>
        <source>%1 · %2 min</source>
        <translation>%1 · %2 min</translation>
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
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapeuta</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
</context>
<context>
    <name>CallListPage</name>
    <message>
        <source>&amp;Print or save as PDF…</source>
        <translation>&amp;Imprimir o guardar en PDF…</translation>
    </message>
    <message>
        <source>Cancel on the call</source>
        <translation>Cancelar en la llamada</translation>
    </message>
    <message>
        <source>Why does %1 cancel?</source>
        <translation>¿Por qué cancela %1?</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Lista de llamadas</translation>
    </message>
    <message>
        <source>calls-%1.pdf</source>
        <translation>llamadas-%1.pdf</translation>
    </message>
    <message>
        <source>Day to call about</source>
        <translation>Día de las sesiones que confirmar</translation>
    </message>
    <message>
        <source>&amp;Tomorrow</source>
        <translation>&amp;Mañana</translation>
    </message>
    <message>
        <source>Sessions to confirm by phone</source>
        <translation>Sesiones que confirmar por teléfono</translation>
    </message>
    <message>
        <source>Sessions on:</source>
        <translation>Sesiones del:</translation>
    </message>
    <message>
        <source>The call:</source>
        <translation>La llamada:</translation>
    </message>
    <message>
        <source>✔ &amp;Confirmed</source>
        <translation>✔ &amp;Confirmada</translation>
    </message>
    <message>
        <source>✉ &amp;Left a message</source>
        <translation>✉ &amp;Mensaje dejado</translation>
    </message>
    <message>
        <source>☎? &amp;No answer</source>
        <translation>☎? &amp;Sin respuesta</translation>
    </message>
    <message>
        <source>✖ C&amp;ancelled…</source>
        <translation>✖ C&amp;ancelada…</translation>
    </message>
    <message>
        <source>No sessions to confirm</source>
        <translation>No hay sesiones que confirmar</translation>
    </message>
    <message numerus="yes">
        <source>%n to call</source>
        <translation>
            <numerusform>%n por llamar</numerusform>
            <numerusform>%n por llamar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> of %n</source>
        <translation>
            <numerusform> de %n</numerusform>
            <numerusform> de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
</context>
<context>
    <name>CallListSheet</name>
    <message>
        <source>Calls for %1</source>
        <translation>Llamadas del %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;No sessions to confirm on this day.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No hay sesiones que confirmar este día.&lt;/p&gt;</translation>
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
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapeuta</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>☐ confirmed ☐ message ☐ no answer ☐ cancelled</source>
        <translation>☐ confirmada ☐ mensaje ☐ sin respuesta ☐ cancelada</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Contact details: keep this list at the desk and shred it after the calls.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Datos de contacto: guarde esta lista en la recepción y destrúyala después de las llamadas.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CallRepository</name>
    <message>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <source>left a message</source>
        <translation>mensaje dejado</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>cancelled on the call</source>
        <translation>cancelada en la llamada</translation>
    </message>
    <message>
        <source>not called yet</source>
        <translation>todavía sin llamar</translation>
    </message>
    <message>
        <source>Choose a day for the call list.</source>
        <translation>Elija un día para la lista de llamadas.</translation>
    </message>
    <message>
        <source>read the call list</source>
        <translation>leer la lista de llamadas</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>recepción</translation>
    </message>
    <message>
        <source>A call is confirmed, left_message, no_answer or cancelled, not &quot;%1&quot;.</source>
        <translation>Una llamada es confirmed, left_message, no_answer o cancelled, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Say why the booking is cancelled (the client&apos;s words are enough).</source>
        <translation>Indique por qué se cancela la reserva (basta con las palabras del cliente).</translation>
    </message>
    <message>
        <source>read the booking</source>
        <translation>leer la reserva</translation>
    </message>
    <message>
        <source>There is no booking %1.</source>
        <translation>No existe la reserva %1.</translation>
    </message>
    <message>
        <source>Booking %1 is no longer booked: there is nothing to confirm.</source>
        <translation>La reserva %1 ya no está reservada: no hay nada que confirmar.</translation>
    </message>
    <message>
        <source>record the call</source>
        <translation>registrar la llamada</translation>
    </message>
    <message>
        <source>read the calls</source>
        <translation>leer las llamadas</translation>
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
    <message>
        <source>add a service precaution</source>
        <translation>añadir una precaución de un servicio</translation>
    </message>
    <message>
        <source>The catalogue file has an unknown format; expected &quot;format&quot;: 1 and a list of &quot;services&quot;.</source>
        <translation>El archivo del catálogo tiene un formato desconocido; se esperaba &quot;format&quot;: 1 y una lista &quot;services&quot;.</translation>
    </message>
    <message>
        <source>Service %1 in the catalogue file has no valid code (1 to 40 lower-case letters, digits or dashes).</source>
        <translation>El servicio %1 del archivo del catálogo no tiene un código válido (de 1 a 40 letras minúsculas, dígitos o guiones).</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; appears twice in the catalogue file.</source>
        <translation>El código &quot;%1&quot; aparece dos veces en el archivo del catálogo.</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; in the catalogue file: %2</source>
        <translation>Servicio &quot;%1&quot; del archivo del catálogo: %2</translation>
    </message>
    <message numerus="yes">
        <source>The catalogue file makes %n claim(s) that a massage cannot promise; nothing was imported. Change the wording in the file and import it again.</source>
        <translation>
            <numerusform>El archivo del catálogo contiene %n afirmación que un masaje no puede prometer; no se ha importado nada. Cambie la redacción del archivo y vuelva a importarlo.</numerusform>
            <numerusform>El archivo del catálogo contiene %n afirmaciones que un masaje no puede prometer; no se ha importado nada. Cambie la redacción del archivo y vuelva a importarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalogue file</source>
        <translation>El archivo del catálogo</translation>
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
    <message>
        <source>New service…</source>
        <translation>Nuevo servicio…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplicar…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archivar…</translation>
    </message>
    <message>
        <source>Add a service to the catalogue</source>
        <translation>Añadir un servicio al catálogo</translation>
    </message>
    <message>
        <source>Change the selected service&apos;s texts, durations, prices and precautions</source>
        <translation>Cambiar los textos, las duraciones, los precios y las precauciones del servicio seleccionado</translation>
    </message>
    <message>
        <source>Start a new service as a copy of the selected one</source>
        <translation>Crear un servicio nuevo como copia del seleccionado</translation>
    </message>
    <message>
        <source>Earlier revisions of the selected service, side by side</source>
        <translation>Revisiones anteriores del servicio seleccionado, una al lado de otra</translation>
    </message>
    <message>
        <source>Offer again…</source>
        <translation>Volver a ofrecer…</translation>
    </message>
    <message>
        <source>Make the selected service bookable again</source>
        <translation>Hacer que el servicio seleccionado se pueda volver a reservar</translation>
    </message>
    <message>
        <source>Stop offering the selected service; its bookings and history stay</source>
        <translation>Dejar de ofrecer el servicio seleccionado; se conservan sus reservas y su historial</translation>
    </message>
    <message>
        <source>Offer “%1” again? It can be booked as soon as it is published.</source>
        <translation>¿Desea volver a ofrecer “%1”? Se podrá reservar en cuanto se publique.</translation>
    </message>
    <message>
        <source>Archive “%1”? It can no longer be booked. Its bookings (%2) and its history stay as they are, and you can offer it again later.</source>
        <translation>¿Desea archivar “%1”? Ya no se podrá reservar. Sus reservas (%2) y su historial se mantienen tal como están, y más adelante puede volver a ofrecerlo.</translation>
    </message>
    <message>
        <source>Archive “%1”? It can no longer be booked. Nothing is deleted: its history stays, and you can offer it again later.</source>
        <translation>¿Desea archivar “%1”? Ya no se podrá reservar. No se elimina nada: se conserva su historial y más adelante puede volver a ofrecerlo.</translation>
    </message>
    <message>
        <source>Archive service</source>
        <translation>Archivar servicio</translation>
    </message>
    <message>
        <source>Offer service again</source>
        <translation>Volver a ofrecer el servicio</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>No se ha cambiado</translation>
    </message>
    <message>
        <source>“%1” is archived.</source>
        <translation>Se ha archivado “%1”.</translation>
    </message>
    <message>
        <source>“%1” is offered again.</source>
        <translation>Se vuelve a ofrecer “%1”.</translation>
    </message>
    <message>
        <source>Not published yet: clients do not see this service. This is its latest draft.</source>
        <translation>Todavía no se ha publicado: los clientes no ven este servicio. Este es su último borrador.</translation>
    </message>
    <message>
        <source>A newer draft (revision %1) is waiting to be published; clients see the text below.</source>
        <translation>Hay un borrador más reciente (revisión %1) pendiente de publicar; los clientes ven el texto de abajo.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
</context>
<context>
    <name>CatalogueTexts</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
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
        <source>Body areas</source>
        <translation>Zonas del cuerpo</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Presión</translation>
    </message>
    <message>
        <source>Cleanup time</source>
        <translation>Tiempo de limpieza</translation>
    </message>
    <message>
        <source>Durations and prices</source>
        <translation>Duraciones y precios</translation>
    </message>
    <message>
        <source>Check-in questions</source>
        <translation>Preguntas de la acogida</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Nuevo servicio</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Copied from %1</source>
        <translation>Copiado de %1</translation>
    </message>
    <message>
        <source>Draft revision %1 published as it was</source>
        <translation>Se ha publicado el borrador de la revisión %1 tal como estaba</translation>
    </message>
    <message>
        <source>Restored from revision %1</source>
        <translation>Restaurado a partir de la revisión %1</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Published with an override</source>
        <translation>Publicado con una excepción</translation>
    </message>
</context>
<context>
    <name>CentreCopy</name>
    <message>
        <source>count the rows of %1</source>
        <translation>contar las filas de %1</translation>
    </message>
    <message>
        <source>read the centre</source>
        <translation>leer el centro</translation>
    </message>
    <message>
        <source>read the %1</source>
        <translation>leer la tabla %1</translation>
    </message>
    <message>
        <source>copy the %1</source>
        <translation>copiar la tabla %1</translation>
    </message>
    <message>
        <source>The centre holds two bookings of one therapist or room at the same time, which the target refuses; &quot;check&quot; lists them. Nothing was copied.</source>
        <translation>El centro contiene dos reservas del mismo terapeuta o de la misma sala a la misma hora, algo que el destino rechaza; &quot;check&quot; las muestra. No se ha copiado nada.</translation>
    </message>
    <message>
        <source>The target has no table %1, so it cannot take this centre. Nothing was copied.</source>
        <translation>El destino no tiene la tabla %1, así que no puede recibir este centro. No se ha copiado nada.</translation>
    </message>
    <message>
        <source>The target is at data version %1 and the centre at %2, so it cannot take this centre. Nothing was copied; use an empty database.</source>
        <translation>El destino tiene la versión de datos %1 y el centro la %2, así que no puede recibir este centro. No se ha copiado nada; use una base de datos vacía.</translation>
    </message>
    <message>
        <source>A centre file is copied with backup, not by moving it between engines. Nothing was copied.</source>
        <translation>Un archivo de centro se copia con backup, no pasándolo de un motor a otro. No se ha copiado nada.</translation>
    </message>
    <message>
        <source>Only a centre on a server can be replaced by a copy. Nothing was copied.</source>
        <translation>Solo un centro en un servidor puede sustituirse por una copia. No se ha copiado nada.</translation>
    </message>
    <message>
        <source>The target %1 already holds a centre (it has data in it), so nothing was copied. Copy into an empty database.</source>
        <translation>El destino %1 ya contiene un centro (tiene datos), así que no se ha copiado nada. Copie en una base de datos vacía.</translation>
    </message>
    <message>
        <source>copy the centre</source>
        <translation>copiar el centro</translation>
    </message>
    <message>
        <source>empty the target</source>
        <translation>vaciar el destino</translation>
    </message>
    <message>
        <source>The copy of %1 holds %2 rows instead of %3, so nothing was copied.</source>
        <translation>La copia de %1 contiene %2 filas en lugar de %3, así que no se ha copiado nada.</translation>
    </message>
    <message>
        <source>The audit log&apos;s chain does not verify on the copy, so nothing was copied.</source>
        <translation>La cadena del registro de auditoría no se verifica en la copia, así que no se ha copiado nada.</translation>
    </message>
</context>
<context>
    <name>CentreSchema</name>
    <message>
        <source>read the list of tables</source>
        <translation>leer la lista de tablas</translation>
    </message>
    <message>
        <source>read the columns of %1</source>
        <translation>leer las columnas de %1</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhereBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Com&amp;pare…</source>
        <translation>Com&amp;parar…</translation>
    </message>
    <message>
        <source>Show what the other desk saved (what you typed is replaced)</source>
        <translation>Mostrar lo que se ha guardado desde el otro equipo (lo que ha escrito se sustituye)</translation>
    </message>
    <message>
        <source>List the fields that differ between their version and yours</source>
        <translation>Mostrar los campos que difieren entre la otra versión y la suya</translation>
    </message>
    <message>
        <source>Their version and yours</source>
        <translation>La otra versión y la suya</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La otra</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La suya</translation>
    </message>
    <message>
        <source>Their version and yours are the same.</source>
        <translation>La otra versión y la suya son iguales.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ.</source>
        <translation>
            <numerusform>%n campo es distinto.</numerusform>
            <numerusform>%n campos son distintos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use &amp;theirs</source>
        <translation>Usar la &amp;otra</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Conservar la mía</translation>
    </message>
    <message>
        <source>Your next save replaces their version</source>
        <translation>Al guardar de nuevo, se sustituirá la otra versión</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <source>Check-in: %1</source>
        <translation>Acogida: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>Ask each question; every one needs an answer.</source>
        <translation>Haga cada pregunta; todas necesitan una respuesta.</translation>
    </message>
    <message>
        <source>Ask each question; every one needs an answer. ● marks an answer that differs from the last visit.</source>
        <translation>Haga cada pregunta; todas necesitan una respuesta. ● marca una respuesta distinta de la de la última visita.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Question&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pregunta&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sí&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;No&lt;/b&gt;</source>
        <translation>&lt;b&gt;No&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last visit&lt;/b&gt;</source>
        <translation>&lt;b&gt;Última visita&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Areas to &amp;avoid:</source>
        <translation>Zonas que &amp;evitar:</translation>
    </message>
    <message>
        <source>e.g. left calf</source>
        <translation>p. ej. pantorrilla izquierda</translation>
    </message>
    <message>
        <source>Anything the therapist should know</source>
        <translation>Cualquier cosa que el terapeuta deba saber</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>● was %1</source>
        <translation>● antes: %1</translation>
    </message>
    <message>
        <source>Changed since the last visit</source>
        <translation>Ha cambiado desde la última visita</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still to answer.</source>
        <translation>
            <numerusform>Queda %n pregunta por responder.</numerusform>
            <numerusform>Quedan %n preguntas por responder.</numerusform>
        </translation>
    </message>
    <message>
        <source>All questions answered.</source>
        <translation>Se han respondido todas las preguntas.</translation>
    </message>
    <message>
        <source>Check-in: %1, %2</source>
        <translation>Acogida: %1, %2</translation>
    </message>
</context>
<context>
    <name>CheckinRepository</name>
    <message>
        <source>read the booking</source>
        <translation>leer la reserva</translation>
    </message>
    <message>
        <source>There is no booking %1.</source>
        <translation>No existe la reserva %1.</translation>
    </message>
    <message>
        <source>Booking %1 cannot be checked in: it is %2. Only booked or arrived sessions take a check-in.</source>
        <translation>No se puede hacer la acogida de la reserva %1: su estado es %2. Solo se puede hacer la acogida de sesiones reservadas o con el cliente ya llegado.</translation>
    </message>
    <message>
        <source>save the check-in</source>
        <translation>guardar la acogida</translation>
    </message>
    <message>
        <source>update the booking</source>
        <translation>actualizar la reserva</translation>
    </message>
    <message>
        <source>read the check-in</source>
        <translation>leer la acogida</translation>
    </message>
    <message>
        <source>Booking %1 has no check-in yet.</source>
        <translation>La reserva %1 todavía no tiene acogida.</translation>
    </message>
    <message>
        <source>read the previous check-in</source>
        <translation>leer la acogida anterior</translation>
    </message>
    <message>
        <source>Client %1&apos;s data was erased: no check-in can be recorded for them.</source>
        <translation>Los datos del cliente %1 se han borrado: no se puede registrar ninguna acogida para este cliente.</translation>
    </message>
    <message>
        <source>Client %1 withdrew their data-processing consent: no check-in can be recorded until they give it again.</source>
        <translation>El cliente %1 retiró su consentimiento para el tratamiento de datos: no se puede registrar ninguna acogida hasta que lo vuelva a otorgar.</translation>
    </message>
    <message>
        <source>Client %1 has not given their data-processing consent yet: record it on the Clients page before the check-in.</source>
        <translation>El cliente %1 todavía no ha otorgado su consentimiento para el tratamiento de datos: regístrelo en la página Clientes antes de la acogida.</translation>
    </message>
    <message>
        <source>The areas to avoid</source>
        <translation>Las zonas que evitar</translation>
    </message>
    <message>
        <source>The check-in notes</source>
        <translation>Las notas de la acogida</translation>
    </message>
    <message>
        <source>Booking %1 is on %2, and a check-in is taken on the session&apos;s day (today is %3 at the centre).</source>
        <translation>La reserva %1 es el %2, y la acogida se hace el día de la sesión (hoy es %3 en el centro).</translation>
    </message>
    <message>
        <source>read the client&apos;s referrals</source>
        <translation>leer las derivaciones del cliente</translation>
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
    <message>
        <source>&amp;Check in the selected client…</source>
        <translation>Hacer la acogida del cliente &amp;seleccionado…</translation>
    </message>
    <message>
        <source>Run the check-in questions with the client (Enter or double-click a session)</source>
        <translation>Hacer las preguntas de la acogida al cliente (Intro o doble clic en una sesión)</translation>
    </message>
    <message>
        <source>Only booked or arrived sessions take a check-in; this one is %1.</source>
        <translation>Solo se puede hacer la acogida de sesiones reservadas o con el cliente ya llegado; el estado de esta es «%1».</translation>
    </message>
    <message>
        <source>Consent before the check-in</source>
        <translation>Consentimiento antes de la acogida</translation>
    </message>
    <message>
        <source>%1 has not agreed to the data-processing consent, which the check-in needs. Please let the client read it:</source>
        <translation>%1 no ha aceptado el consentimiento para el tratamiento de datos, que es necesario para la acogida. Deje que el cliente lo lea:</translation>
    </message>
    <message>
        <source>The client &amp;agrees</source>
        <translation>El cliente lo &amp;acepta</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>Ahora &amp;no</translation>
    </message>
    <message>
        <source>No check-in for %1: the data-processing consent is needed first.</source>
        <translation>No se ha hecho la acogida de %1: primero se necesita el consentimiento para el tratamiento de datos.</translation>
    </message>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>Sesiones de hoy</translation>
    </message>
</context>
<context>
    <name>ClaimsChecker</name>
    <message>
        <source>The built-in claim phrase list (%1) is missing from this program.</source>
        <translation>En este programa falta la lista integrada de frases de afirmaciones (%1).</translation>
    </message>
    <message>
        <source>&quot;negation&quot;: &quot;%1&quot; must be an object of word lists by language, such as {&quot;en&quot;: [...], &quot;ca&quot;: [...], &quot;es&quot;: [...]}.</source>
        <translation>&quot;negation&quot;: &quot;%1&quot; debe ser un objeto con listas de palabras por idioma, como {&quot;en&quot;: [...], &quot;ca&quot;: [...], &quot;es&quot;: [...]}.</translation>
    </message>
    <message>
        <source>&quot;negation&quot;: &quot;%1&quot; has an unknown language &quot;%2&quot;; the languages are %3.</source>
        <translation>&quot;negation&quot;: &quot;%1&quot; tiene un idioma desconocido, &quot;%2&quot;; los idiomas son %3.</translation>
    </message>
    <message>
        <source>&quot;negation&quot;: &quot;%1&quot; / &quot;%2&quot; must be a list of words.</source>
        <translation>&quot;negation&quot;: &quot;%1&quot; / &quot;%2&quot; debe ser una lista de palabras.</translation>
    </message>
    <message>
        <source>&quot;negation&quot;: &quot;%1&quot; / &quot;%2&quot; has an entry that is not a word or phrase.</source>
        <translation>&quot;negation&quot;: &quot;%1&quot; / &quot;%2&quot; tiene una entrada que no es una palabra ni una frase.</translation>
    </message>
    <message>
        <source>&quot;negation&quot;: &quot;%1&quot; needs words for &quot;%2&quot;.</source>
        <translation>&quot;negation&quot;: &quot;%1&quot; necesita palabras para &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: &quot;%2&quot; has an unknown language &quot;%3&quot;.</source>
        <translation>Regla &quot;%1&quot;: &quot;%2&quot; tiene un idioma desconocido, &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; has no &quot;%2&quot; text in &quot;%3&quot;; every rule explains itself in %4.</source>
        <translation>La regla &quot;%1&quot; no tiene ningún texto &quot;%2&quot; en &quot;%3&quot;; cada regla debe explicarse en %4.</translation>
    </message>
    <message>
        <source>is not a valid regular expression (%1 at character %2)</source>
        <translation>no es una expresión regular válida (%1 en el carácter %2)</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;, which normalised text never contains (patterns see the text without accents, in lower case, with &quot;l·l&quot; as &quot;ll&quot; and &quot;’&quot; as &quot;&apos;&quot;); write the pattern in that form</source>
        <translation>contiene &quot;%1&quot;, que el texto normalizado nunca contiene (los patrones ven el texto sin acentos, en minúsculas, con &quot;l·l&quot; como &quot;ll&quot; y &quot;’&quot; como &quot;&apos;&quot;); escriba el patrón de esa forma</translation>
    </message>
    <message>
        <source>matches an empty text, so it would flag every description</source>
        <translation>coincide con un texto vacío, así que marcaría todas las descripciones</translation>
    </message>
    <message>
        <source>The claim phrase list is not valid JSON (%1 at byte %2).</source>
        <translation>La lista de frases de afirmaciones no es un JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>The claim phrase list must hold one JSON object.</source>
        <translation>La lista de frases de afirmaciones debe contener un único objeto JSON.</translation>
    </message>
    <message>
        <source>The claim phrase list has an unknown field &quot;%1&quot;.</source>
        <translation>La lista de frases de afirmaciones tiene un campo desconocido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The claim phrase list has no &quot;format&quot; number; expected &quot;format&quot;: %1.</source>
        <translation>La lista de frases de afirmaciones no tiene ningún número &quot;format&quot;; se esperaba &quot;format&quot;: %1.</translation>
    </message>
    <message>
        <source>The claim phrase list has format %1; this program reads format %2.</source>
        <translation>La lista de frases de afirmaciones tiene el formato %1; este programa lee el formato %2.</translation>
    </message>
    <message>
        <source>The claim phrase list needs a &quot;version&quot; text such as &quot;2026.1&quot;.</source>
        <translation>La lista de frases de afirmaciones necesita un texto &quot;version&quot;, como &quot;2026.1&quot;.</translation>
    </message>
    <message>
        <source>The claim phrase list has no &quot;negation&quot; object; it decides which honest wording (&quot;does not improve circulation&quot;) is not flagged.</source>
        <translation>La lista de frases de afirmaciones no tiene ningún objeto &quot;negation&quot;; es lo que decide qué redacción honesta (&quot;no mejora la circulación&quot;) no se marca.</translation>
    </message>
    <message>
        <source>&quot;negation&quot; has an unknown field &quot;%1&quot;.</source>
        <translation>&quot;negation&quot; tiene un campo desconocido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;negation&quot;: &quot;window_words&quot; must be a whole number from 0 to 12 (how many words before a claim a negation may stand).</source>
        <translation>&quot;negation&quot;: &quot;window_words&quot; debe ser un número entero entre 0 y 12 (cuántas palabras antes de una afirmación puede aparecer una negación).</translation>
    </message>
    <message>
        <source>&quot;negation&quot;: &quot;clause_breaks&quot; must be a text of punctuation marks.</source>
        <translation>&quot;negation&quot;: &quot;clause_breaks&quot; debe ser un texto de signos de puntuación.</translation>
    </message>
    <message>
        <source>The claim phrase list has no &quot;rules&quot;.</source>
        <translation>La lista de frases de afirmaciones no tiene &quot;rules&quot;.</translation>
    </message>
    <message>
        <source>Rule %1 has no valid &quot;id&quot; (lowercase letters, digits and underscores, starting with a letter).</source>
        <translation>La regla %1 no tiene un &quot;id&quot; válido (letras minúsculas, dígitos y guiones bajos, empezando por una letra).</translation>
    </message>
    <message>
        <source>The rule id &quot;%1&quot; is used more than once.</source>
        <translation>El id de regla &quot;%1&quot; se usa más de una vez.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; has an unknown field &quot;%2&quot;.</source>
        <translation>La regla &quot;%1&quot; tiene un campo desconocido: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; has an unknown category &quot;%2&quot;; the categories are %3.</source>
        <translation>La regla &quot;%1&quot; tiene una categoría desconocida, &quot;%2&quot;; las categorías son %3.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; needs &quot;patterns&quot;: {&quot;en&quot;: [...], &quot;ca&quot;: [...], &quot;es&quot;: [...]}.</source>
        <translation>La regla &quot;%1&quot; necesita &quot;patterns&quot;: {&quot;en&quot;: [...], &quot;ca&quot;: [...], &quot;es&quot;: [...]}.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; has patterns in an unknown language &quot;%2&quot;; the languages are %3.</source>
        <translation>La regla &quot;%1&quot; tiene patrones en un idioma desconocido, &quot;%2&quot;; los idiomas son %3.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; has no patterns for &quot;%2&quot;.</source>
        <translation>La regla &quot;%1&quot; no tiene patrones para &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: pattern %2 #%3 is empty or not a text.</source>
        <translation>Regla &quot;%1&quot;: el patrón %2 #%3 está vacío o no es un texto.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: pattern %2 #%3 %4.</source>
        <translation>Regla &quot;%1&quot;: el patrón %2 #%3 %4.</translation>
    </message>
    <message>
        <source>&quot;forms&quot; must be an object of endings by language and class, such as {&quot;ca&quot;: {&quot;ar&quot;: [&quot;a&quot;, &quot;en&quot;, &quot;ara&quot;]}}.</source>
        <translation>&quot;forms&quot; debe ser un objeto de terminaciones por idioma y clase, como {&quot;ca&quot;: {&quot;ar&quot;: [&quot;a&quot;, &quot;en&quot;, &quot;ara&quot;]}}.</translation>
    </message>
    <message>
        <source>&quot;forms&quot; has an unknown language &quot;%1&quot;; the languages are %2, each an object of classes.</source>
        <translation>&quot;forms&quot; tiene un idioma desconocido, &quot;%1&quot;; los idiomas son %2, cada uno un objeto de clases.</translation>
    </message>
    <message>
        <source>&quot;forms&quot; / &quot;%1&quot;: the class &quot;%2&quot; needs a name in lowercase letters and a list of endings.</source>
        <translation>&quot;forms&quot; / &quot;%1&quot;: la clase &quot;%2&quot; necesita un nombre en minúsculas y una lista de terminaciones.</translation>
    </message>
    <message>
        <source>&quot;forms&quot; / &quot;%1&quot; / &quot;%2&quot;: every ending is plain lowercase letters without accents.</source>
        <translation>&quot;forms&quot; / &quot;%1&quot; / &quot;%2&quot;: cada terminación debe ser solo letras minúsculas sin tildes.</translation>
    </message>
    <message>
        <source>&quot;words&quot; must be an object of named word lists by language, such as {&quot;improve&quot;: {&quot;en&quot;: [&quot;improv:e&quot;]}}.</source>
        <translation>&quot;words&quot; debe ser un objeto de listas de palabras con nombre, por idioma, como {&quot;improve&quot;: {&quot;en&quot;: [&quot;improv:e&quot;]}}.</translation>
    </message>
    <message>
        <source>&quot;words&quot;: &quot;%1&quot; needs a name in lowercase letters and an object of lists by language.</source>
        <translation>&quot;words&quot;: &quot;%1&quot; necesita un nombre en minúsculas y un objeto de listas por idioma.</translation>
    </message>
    <message>
        <source>&quot;words&quot; / &quot;%1&quot; has an unknown language &quot;%2&quot;.</source>
        <translation>&quot;words&quot; / &quot;%1&quot; tiene un idioma desconocido: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;words&quot; / &quot;%1&quot; / &quot;%2&quot; has an entry that is not a text.</source>
        <translation>&quot;words&quot; / &quot;%1&quot; / &quot;%2&quot; tiene una entrada que no es un texto.</translation>
    </message>
    <message>
        <source>&quot;words&quot; / &quot;%1&quot; / &quot;%2&quot; is empty.</source>
        <translation>&quot;words&quot; / &quot;%1&quot; / &quot;%2&quot; está vacío.</translation>
    </message>
    <message>
        <source>refers to word lists that refer to each other in a circle</source>
        <translation>remite a listas de palabras que se remiten entre sí en círculo</translation>
    </message>
    <message>
        <source>uses {%1}, which has no &quot;words&quot; in &quot;%2&quot;</source>
        <translation>usa {%1}, que no tiene &quot;words&quot; en &quot;%2&quot;</translation>
    </message>
    <message>
        <source>uses {%1}, whose verb &quot;%2&quot; names the class &quot;%3&quot;, which &quot;forms&quot; has no endings for in &quot;%4&quot;</source>
        <translation>usa {%1}, cuyo verbo &quot;%2&quot; indica la clase &quot;%3&quot;, para la que &quot;forms&quot; no tiene terminaciones en &quot;%4&quot;</translation>
    </message>
</context>
<context>
    <name>ClaimsTextEdit</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;“%1”&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;i&gt;Instead:&lt;/i&gt; %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;“%1”&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;i&gt;En su lugar:&lt;/i&gt; %3&lt;/p&gt;</translation>
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
        <source>Create a demo centre in a new database</source>
        <translation>Crear un centro de demostración en una base de datos nueva</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity, data version and contents</source>
        <translation>Comprobar la integridad, la versión de datos y el contenido de la base de datos</translation>
    </message>
    <message>
        <source>Write a consistent backup copy</source>
        <translation>Escribir una copia de seguridad coherente</translation>
    </message>
    <message>
        <source>Replace the database with a backup</source>
        <translation>Reemplazar la base de datos por una copia de seguridad</translation>
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
    <message>
        <source>--%1 takes a number or &quot;any&quot;, not &quot;%2&quot;.</source>
        <translation>--%1 admite un número o &quot;any&quot;, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a positive number, not &quot;%2&quot;.</source>
        <translation>%1 debe ser un número positivo, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1, %2 min (+%3 min cleanup), %4, %5</source>
        <translation>%1, %2 min (+%3 min de limpieza), %4, %5</translation>
    </message>
    <message>
        <source>--service CODE is required.</source>
        <translation>Se requiere --service CODE.</translation>
    </message>
    <message>
        <source>--%1 &quot;YYYY-MM-DD HH:MM&quot; is required.</source>
        <translation>Se requiere --%1 &quot;YYYY-MM-DD HH:MM&quot;.</translation>
    </message>
    <message>
        <source>Booked %1: %2</source>
        <translation>Se ha creado la reserva %1: %2</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 admite una fecha con el formato YYYY-MM-DD, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--to must be on or after --from, at most a year later.</source>
        <translation>--to debe ser igual o posterior a --from, y como máximo un año después.</translation>
    </message>
    <message>
        <source>cancel needs --reason TEXT.</source>
        <translation>cancel necesita --reason TEXT.</translation>
    </message>
    <message>
        <source>Cancelled booking %1.</source>
        <translation>Se ha cancelado la reserva %1.</translation>
    </message>
    <message>
        <source>No free slot in the next 28 days.</source>
        <translation>No hay ningún hueco libre en los próximos 28 días.</translation>
    </message>
    <message>
        <source>Suggestion: %1</source>
        <translation>Sugerencia: %1</translation>
    </message>
    <message>
        <source>No claims found.</source>
        <translation>No se ha encontrado ninguna afirmación.</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) found.</source>
        <translation>
            <numerusform>Se ha encontrado %n afirmación.</numerusform>
            <numerusform>Se han encontrado %n afirmaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: new service, published as revision %2</source>
        <translation>%1: servicio nuevo, publicado como revisión %2</translation>
    </message>
    <message>
        <source>%1: published as revision %2</source>
        <translation>%1: publicado como revisión %2</translation>
    </message>
    <message>
        <source>%1: unchanged (revision %2)</source>
        <translation>%1: sin cambios (revisión %2)</translation>
    </message>
    <message>
        <source>%1 new, %2 revised, %3 unchanged.</source>
        <translation>Nuevos: %1; revisados: %2; sin cambios: %3.</translation>
    </message>
    <message>
        <source>proceed</source>
        <translation>continuar</translation>
    </message>
    <message>
        <source>proceed, with a note for the therapist</source>
        <translation>continuar, con una nota para el terapeuta</translation>
    </message>
    <message>
        <source>adapt: areas are avoided; the therapist signs off before starting</source>
        <translation>adaptar: se evitan algunas zonas; el terapeuta lo valida antes de empezar</translation>
    </message>
    <message>
        <source>needs clearance: the session cannot start until clearance from a health professional is recorded, or it is postponed</source>
        <translation>requiere autorización: la sesión no puede empezar hasta que se registre la autorización de un profesional sanitario, o bien se aplaza</translation>
    </message>
    <message>
        <source>STOP AND REFER: no massage; the client is advised to seek medical attention promptly. The booking is marked referred</source>
        <translation>DETENER Y DERIVAR: sin masaje; se aconseja al cliente que consulte a un médico cuanto antes. La reserva se marca como derivada</translation>
    </message>
    <message>
        <source>BOOKING must be a booking number, not &quot;%1&quot;.</source>
        <translation>BOOKING debe ser un número de reserva, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>checkin needs --answers FILE.json; see --help.</source>
        <translation>checkin necesita --answers FILE.json; consulte --help.</translation>
    </message>
    <message>
        <source>%1 is too large to be an answers file.</source>
        <translation>%1 es demasiado grande para ser un archivo de respuestas.</translation>
    </message>
    <message>
        <source>Check-in recorded for booking %1 (rules %2).</source>
        <translation>Se ha registrado la acogida de la reserva %1 (reglas %2).</translation>
    </message>
    <message>
        <source>Outcome: %1.</source>
        <translation>Resultado: %1.</translation>
    </message>
    <message>
        <source>Booking %1, %2 (rules %3)</source>
        <translation>Reserva %1, %2 (reglas %3)</translation>
    </message>
    <message>
        <source>(not asked)</source>
        <translation>(no preguntada)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>* changed since the previous check-in</source>
        <translation>* ha cambiado desde la acogida anterior</translation>
    </message>
    <message>
        <source>Areas to avoid: %1</source>
        <translation>Zonas que evitar: %1</translation>
    </message>
    <message>
        <source>For the therapist: %1</source>
        <translation>Para el terapeuta: %1</translation>
    </message>
    <message>
        <source>Creates the database file (and its folder) with the default service catalogue. Running it on an existing Massage Desk database changes nothing.
  --manager NAME   also create the first manager (password from MASSAGE_DESK_PASSWORD or a prompt); from then on commands need --user</source>
        <translation>Crea el archivo de base de datos (y su carpeta) con el catálogo de servicios predeterminado. Si se ejecuta sobre una base de datos existente de Massage Desk, no cambia nada.
  --manager NAME   crea también el primer gerente (la contraseña se obtiene de MASSAGE_DESK_PASSWORD o se solicita); a partir de entonces los comandos necesitan --user</translation>
    </message>
    <message>
        <source>Find medical or body-shaping claims in a text</source>
        <translation>Buscar afirmaciones médicas o de remodelación corporal en un texto</translation>
    </message>
    <message>
        <source>Runs the claims check on a UTF-8 text file (English, Catalan and Spanish phrases are all checked) and prints each finding with line and column, why it is a claim and a wellness wording to use instead. Exit status 1 when anything is found, 0 when the text is clean. Needs no database.
  --language L   language of the explanations: en, ca or es</source>
        <translation>Ejecuta la comprobación de afirmaciones sobre un archivo de texto UTF-8 (se comprueban frases en inglés, catalán y español) y muestra cada hallazgo con la línea y la columna, por qué es una afirmación y una redacción de bienestar que usar en su lugar. Estado de salida 1 si se encuentra algo, 0 si el texto está limpio. No necesita ninguna base de datos.
  --language L   idioma de las explicaciones: en, ca o es</translation>
    </message>
    <message>
        <source>Print the catalogue as JSON, for import elsewhere</source>
        <translation>Mostrar el catálogo en JSON, para importarlo en otro lugar</translation>
    </message>
    <message>
        <source>Prints the published revision of every service, in every language, as the JSON that services import reads (archived services are marked &quot;archived&quot;: true). Redirect it to a file to move the catalogue to another centre.</source>
        <translation>Muestra la revisión publicada de cada servicio, en todos los idiomas, en el JSON que lee services import (los servicios archivados se marcan con &quot;archived&quot;: true). Redirija la salida a un archivo para trasladar el catálogo a otro centro.</translation>
    </message>
    <message>
        <source>Import a catalogue exported with services export</source>
        <translation>Importar un catálogo exportado con services export</translation>
    </message>
    <message>
        <source>Reads a catalogue JSON file: a service with a new code is added and published, a known code gets a new published revision when anything differs (earlier revisions are kept). The whole file is refused, with nothing changed and exit status 1, when any text makes a medical or body-shaping claim: each finding is listed with its service, language, field, line and column.</source>
        <translation>Lee un archivo JSON de catálogo: un servicio con un código nuevo se añade y se publica, y un código conocido recibe una nueva revisión publicada si hay alguna diferencia (las revisiones anteriores se conservan). Todo el archivo se rechaza, sin cambiar nada y con el estado de salida 1, si algún texto hace una afirmación médica o de remodelación corporal: cada hallazgo se lista con su servicio, idioma, campo, línea y columna.</translation>
    </message>
    <message>
        <source>Add a client</source>
        <translation>Añadir un cliente</translation>
    </message>
    <message>
        <source>Find clients by name, phone or email</source>
        <translation>Buscar clientes por nombre, teléfono o correo electrónico</translation>
    </message>
    <message>
        <source>Searches as the Clients page does: accents and capitals do not matter (&quot;nuria&quot; finds &quot;Núria&quot;), words match from their start, and any part of a phone number matches.
  --limit N   at most N clients (default 50)</source>
        <translation>Busca como lo hace la página Clientes: los acentos y las mayúsculas no importan (&quot;nuria&quot; encuentra &quot;Núria&quot;), las palabras coinciden desde su inicio y cualquier parte de un número de teléfono coincide.
  --limit N   como máximo N clientes (predeterminado: 50)</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>Reservar una sesión</translation>
    </message>
    <message>
        <source>List bookings</source>
        <translation>Listar las reservas</translation>
    </message>
    <message>
        <source>Lists the bookings from --from to --to (dates as YYYY-MM-DD, default today), cancelled ones included with their reason.</source>
        <translation>Lista las reservas de --from a --to (fechas con el formato YYYY-MM-DD; predeterminado: hoy), incluidas las canceladas con su motivo.</translation>
    </message>
    <message>
        <source>Cancel a booking, with a reason</source>
        <translation>Cancelar una reserva, con un motivo</translation>
    </message>
    <message>
        <source>Cancels a booked or arrived session. The booking stays, marked cancelled with the reason.</source>
        <translation>Cancela una sesión reservada o con el cliente ya llegado. La reserva se conserva, marcada como cancelada con el motivo.</translation>
    </message>
    <message>
        <source>Find the next free slots</source>
        <translation>Buscar los próximos huecos libres</translation>
    </message>
    <message>
        <source>Prints the first free places (default 5) for the service after the given time, trying every 15 minutes for 28 days.</source>
        <translation>Muestra los primeros huecos libres (predeterminado: 5) para el servicio después de la hora indicada, probando cada 15 minutos durante 28 días.</translation>
    </message>
    <message>
        <source>Add a user who signs in</source>
        <translation>Añadir un usuario que se identifica</translation>
    </message>
    <message>
        <source>Adds a user with a role (a therapist user can be linked to a therapist). The new password comes from MASSAGE_DESK_NEW_PASSWORD or is asked for; it needs 10 characters or more, mixing letters with digits or symbols (or 16 or more).</source>
        <translation>Añade un usuario con un rol (un usuario terapeuta se puede vincular a un terapeuta). La contraseña nueva se obtiene de MASSAGE_DESK_NEW_PASSWORD o se solicita; debe tener 10 caracteres o más, combinando letras con dígitos o símbolos (o bien 16 o más).</translation>
    </message>
    <message>
        <source>List the users</source>
        <translation>Listar los usuarios</translation>
    </message>
    <message>
        <source>Lists the users with their roles; deactivated ones are kept and marked.</source>
        <translation>Lista los usuarios con sus roles; los desactivados se conservan y se marcan.</translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation>Leer el registro de auditoría</translation>
    </message>
    <message>
        <source>Check that the audit log was not tampered with</source>
        <translation>Comprobar que el registro de auditoría no se ha manipulado</translation>
    </message>
    <message>
        <source>Recomputes the hash chain of the audit log. Exit status 1 names the first entry that was changed or removed.</source>
        <translation>Vuelve a calcular la cadena de hash del registro de auditoría. Con el estado de salida 1, indica la primera entrada que se ha modificado o eliminado.</translation>
    </message>
    <message>
        <source>Record a check-in and print its outcome</source>
        <translation>Registrar una acogida y mostrar su resultado</translation>
    </message>
    <message>
        <source>Evaluates the answers against the precaution rules for the booked service and records them. FILE.json holds {&quot;answers&quot;: {&quot;one_leg_symptoms&quot;: false, ...}, &quot;avoid_areas&quot;: &quot;...&quot;, &quot;notes&quot;: &quot;...&quot;}, every answer true or false; every question that applies to the service must be answered. Exit status 0 whatever the outcome; a stop-and-refer outcome marks the booking referred.</source>
        <translation>Evalúa las respuestas según las reglas de precaución del servicio reservado y las registra. FILE.json contiene {&quot;answers&quot;: {&quot;one_leg_symptoms&quot;: false, ...}, &quot;avoid_areas&quot;: &quot;...&quot;, &quot;notes&quot;: &quot;...&quot;}, con cada respuesta true o false; hay que responder todas las preguntas que se aplican al servicio. Estado de salida 0 sea cual sea el resultado; un resultado de detener y derivar marca la reserva como derivada.</translation>
    </message>
    <message>
        <source>Show a booking&apos;s check-in</source>
        <translation>Mostrar la acogida de una reserva</translation>
    </message>
    <message>
        <source>Usage: massage-desk-cli [--database PATH] [--json] COMMAND ...

The command-line companion of Massage Desk: same database, same rules.

Options:
  --database PATH  the database file (default: %1)
  --user NAME      sign in (needed once the database has users; the password comes from MASSAGE_DESK_PASSWORD or a prompt)
  --json           print one JSON object on stdout
  --help           this help; COMMAND --help explains a command
  --version        the program&apos;s version

Commands:
</source>
        <translation>Uso: massage-desk-cli [--database PATH] [--json] COMMAND ...

La herramienta de línea de comandos de Massage Desk: la misma base de datos, las mismas reglas.

Opciones:
  --database PATH  el archivo de base de datos (predeterminado: %1)
  --user NAME      identifica al usuario (necesario cuando la base de datos tiene usuarios; la contraseña se obtiene de MASSAGE_DESK_PASSWORD o se solicita)
  --json           muestra un único objeto JSON en stdout
  --help           esta ayuda; COMMAND --help explica un comando
  --version        la versión del programa

Comandos:
</translation>
    </message>
    <message>
        <source>--user needs a user name.</source>
        <translation>--user necesita un nombre de usuario.</translation>
    </message>
    <message>
        <source>clients add needs --name.</source>
        <translation>clients add necesita --name.</translation>
    </message>
    <message>
        <source>Note: client %1 (%2) already has this phone or email.</source>
        <translation>Nota: el cliente %1 (%2) ya tiene este teléfono o correo electrónico.</translation>
    </message>
    <message>
        <source>Added client %1: %2</source>
        <translation>Se ha añadido el cliente %1: %2</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to 10000.</source>
        <translation>--limit debe ser un número entre 1 y 10000.</translation>
    </message>
    <message>
        <source>No client matches.</source>
        <translation>Ningún cliente coincide.</translation>
    </message>
    <message>
        <source>This database already has users; a manager adds more with &quot;users add&quot;.</source>
        <translation>Esta base de datos ya tiene usuarios; un gerente puede añadir más con &quot;users add&quot;.</translation>
    </message>
    <message>
        <source>Password for the manager %1: </source>
        <translation>Contraseña del gerente %1: </translation>
    </message>
    <message>
        <source>Created the manager %1.</source>
        <translation>Se ha creado el gerente %1.</translation>
    </message>
    <message>
        <source>This database has users: sign in with --user NAME (the password from MASSAGE_DESK_PASSWORD or typed at the prompt).</source>
        <translation>Esta base de datos tiene usuarios: identifíquese con --user NAME (la contraseña se obtiene de MASSAGE_DESK_PASSWORD o se escribe cuando se solicita).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>--role must be receptionist, therapist or manager.</source>
        <translation>--role debe ser receptionist, therapist o manager.</translation>
    </message>
    <message>
        <source>--therapist takes a therapist number.</source>
        <translation>--therapist admite un número de terapeuta.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nueva contraseña para %1: </translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation>Se ha añadido %1 como %2.</translation>
    </message>
    <message>
        <source>  (deactivated)</source>
        <translation>  (desactivado)</translation>
    </message>
    <message>
        <source>--limit takes 1 to 100000 and --client a client number.</source>
        <translation>--limit admite de 1 a 100000, y --client, un número de cliente.</translation>
    </message>
    <message>
        <source>The audit log is intact.</source>
        <translation>El registro de auditoría está intacto.</translation>
    </message>
    <message>
        <source>The audit log has been tampered with: entry %1 does not match the chain.</source>
        <translation>El registro de auditoría se ha manipulado: la entrada %1 no coincide con la cadena.</translation>
    </message>
    <message>
        <source>Adds a client and prints the new client&apos;s number. A note on stderr names any client who already has the same phone or email (the client is still added). --consent records that the client has read and agreed to the data-processing consent text; a check-in needs it.</source>
        <translation>Añade un cliente y muestra el número del nuevo cliente. Una nota en stderr indica cualquier cliente que ya tenga el mismo teléfono o correo electrónico (el cliente se añade igualmente). --consent registra que el cliente ha leído y aceptado el texto del consentimiento para el tratamiento de datos, que es necesario para una acogida.</translation>
    </message>
    <message>
        <source>Export everything about a client as JSON (managers)</source>
        <translation>Exportar en JSON todo lo relativo a un cliente (gerentes)</translation>
    </message>
    <message>
        <source>Writes everything the centre keeps about the client to FILE.json (readable by the owner only): details, consent, every booking with its events, check-ins with their answers and notes, and the audit entries about them. The format is &quot;massage-desk-client-export&quot; version 1. The export itself is recorded in the audit log. The readable PDF report is made on the Clients page of Massage Desk.</source>
        <translation>Escribe en FILE.json (legible solo por su propietario) todo lo que el centro conserva sobre el cliente: datos, consentimiento, cada reserva con sus eventos, las acogidas con sus respuestas y notas, y las entradas de auditoría que le afectan. El formato es &quot;massage-desk-client-export&quot; versión 1. La propia exportación queda anotada en el registro de auditoría. El informe PDF legible se genera en la página Clientes de Massage Desk.</translation>
    </message>
    <message>
        <source>Erase a client by anonymisation (managers)</source>
        <translation>Borrar un cliente mediante anonimización (gerentes)</translation>
    </message>
    <message>
        <source>Removes the client&apos;s name, phone, email and notes, every check-in answer and note, booking reasons and event details, and takes them out of search; cancels their upcoming bookings. Their bookings stay as anonymous statistics (date, service, length, therapist, room, status, check-in outcome level). The file is then compacted so the old bytes are gone. Cannot be undone: without --yes (or --confirm) it only says what would happen. Backups made before keep the old data until they are pruned.</source>
        <translation>Elimina el nombre, el teléfono, el correo electrónico y las notas del cliente, todas las respuestas y notas de la acogida, los motivos de las reservas y los detalles de los eventos, y lo excluye de las búsquedas; cancela sus próximas reservas. Sus reservas se conservan como estadísticas anónimas (fecha, servicio, duración, terapeuta, sala, estado, nivel del resultado de la acogida). Después se compacta el archivo para que los bytes antiguos desaparezcan. No se puede deshacer: sin --yes (o --confirm) solo indica lo que pasaría. Las copias de seguridad hechas antes conservan los datos antiguos hasta que se eliminan.</translation>
    </message>
    <message>
        <source>clients export needs --out FILE.</source>
        <translation>clients export necesita --out FILE.</translation>
    </message>
    <message>
        <source>The PDF report is made by Massage Desk itself (Clients page, Export data); the command line writes the JSON file only.</source>
        <translation>El informe PDF lo genera el propio Massage Desk (página Clientes, Exportar datos); la línea de comandos solo escribe el archivo JSON.</translation>
    </message>
    <message>
        <source>%1 is a folder; --out needs a file name.</source>
        <translation>%1 es una carpeta; --out necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>Exported client %1 to %2.</source>
        <translation>Se ha exportado el cliente %1 a %2.</translation>
    </message>
    <message>
        <source>Bookings: %1; with a check-in: %2.</source>
        <translation>Reservas: %1; con acogida: %2.</translation>
    </message>
    <message>
        <source>Erasing client %1 (%2) removes their name, phone, email, notes and every check-in answer and note for good; it cannot be undone. Their bookings stay as anonymous statistics (%3 kept) and their upcoming ones are cancelled (%4). Nothing was changed: run again with --yes to erase.</source>
        <translation>Borrar el cliente %1 (%2) elimina definitivamente su nombre, teléfono, correo electrónico, notas y todas las respuestas y notas de la acogida; no se puede deshacer. Sus reservas se conservan como estadísticas anónimas (se conservan %3) y se cancelan las próximas (%4). No se ha cambiado nada: vuelva a ejecutarlo con --yes para borrar.</translation>
    </message>
    <message>
        <source>Client %1 was already erased; their old details are now wiped from the file.</source>
        <translation>El cliente %1 ya estaba borrado; sus datos antiguos se han eliminado ahora del archivo.</translation>
    </message>
    <message>
        <source>Erased client %1: name, contact details, notes and check-in answers removed. Bookings kept as anonymous statistics: %2; upcoming bookings cancelled: %3.</source>
        <translation>Se ha borrado el cliente %1: se han eliminado el nombre, los datos de contacto, las notas y las respuestas de la acogida. Reservas conservadas como estadísticas anónimas: %2; próximas reservas canceladas: %3.</translation>
    </message>
    <message>
        <source>Lists audit entries, newest first: who did what, when, to which client or booking. Never the health answers themselves. --kind (e.g. checkin.read; may be repeated) and --from/--to (YYYY-MM-DD, the centre&apos;s days, both included) narrow it. Reading it is recorded too.</source>
        <translation>Lista las entradas de auditoría, de la más reciente a la más antigua: quién hizo qué, cuándo y a qué cliente o reserva. Nunca muestra las respuestas de salud. --kind (p. ej. checkin.read; se puede repetir) y --from/--to (AAAA-MM-DD, días del centro, ambos incluidos) la restringen. La lectura también queda registrada.</translation>
    </message>
    <message>
        <source>--from and --to take dates as YYYY-MM-DD, the first not after the second.</source>
        <translation>--from y --to toman fechas como AAAA-MM-DD, y la primera no puede ser posterior a la segunda.</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>registrada</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>todavía no registrada</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>no es necesaria</translation>
    </message>
    <message>
        <source>Therapist&apos;s sign-off: %1</source>
        <translation>Validación del terapeuta: %1</translation>
    </message>
    <message>
        <source>Clearance from a health professional: %1</source>
        <translation>Autorización de un profesional sanitario: %1</translation>
    </message>
    <message>
        <source>Export every client as CSV (managers)</source>
        <translation>Exportar todos los clientes en CSV (gerentes)</translation>
    </message>
    <message>
        <source>Writes id, name, phone, email, language, consent date and creation date of every client; never notes or check-in answers. To stdout, or to a new FILE (UTF-8 with a BOM, never over an existing file). Cells a spreadsheet would run as a formula get a leading apostrophe, which clients import removes again. Recorded in the audit log.</source>
        <translation>Escribe el id, el nombre, el teléfono, el correo electrónico, el idioma, la fecha del consentimiento y la fecha de creación de cada cliente; nunca las notas ni las respuestas de la acogida. En stdout, o en un FILE nuevo (UTF-8 con BOM, nunca sobre un archivo existente). Las celdas que una hoja de cálculo ejecutaría como fórmula reciben un apóstrofo delante, que clients import vuelve a quitar. Queda anotado en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Import clients from a CSV file (managers)</source>
        <translation>Importar clientes desde un archivo CSV (gerentes)</translation>
    </message>
    <message>
        <source>Reads a client list written by a spreadsheet or another booking tool: UTF-8 with or without a BOM or Windows-1252, separated by commas, semicolons or tabs. Columns are matched by their header in English, Catalan or Spanish (name, or first and last name, phone or mobile, email, notes, language, consent date); --map COLUMN=FIELD sets one (FIELD: name, first_name, last_name, phone, email, notes, language, consent_date, ignore). Each row with a problem is skipped with its line number. A likely duplicate of a client or an earlier row (same name and phone, or same email) is skipped (default), merged into it or created anyway. Everything goes in in one transaction and is recorded in the audit log. Clients get a data-processing consent only from a consent column with a date. --dry-run shows the first rows as they will be stored and the report, and stores nothing.</source>
        <translation>Lee una lista de clientes escrita por una hoja de cálculo u otra herramienta de reservas: UTF-8 con o sin BOM, o Windows-1252, separada por comas, puntos y comas o tabulaciones. Las columnas se reconocen por su cabecera en inglés, catalán o español (nombre, o nombre y apellidos, teléfono o móvil, correo electrónico, notas, idioma, fecha del consentimiento); --map COLUMN=FIELD asigna una (FIELD: name, first_name, last_name, phone, email, notes, language, consent_date, ignore). Cada fila con algún problema se omite indicando su número de línea. Un probable duplicado de un cliente o de una fila anterior (mismo nombre y teléfono, o mismo correo electrónico) se omite (predeterminado), se fusiona con él o se crea de todos modos. Todo se añade en una sola transacción y queda anotado en el registro de auditoría. Los clientes solo reciben un consentimiento para el tratamiento de datos si hay una columna de consentimiento con una fecha. --dry-run muestra las primeras filas tal como se guardarán y el informe, y no guarda nada.</translation>
    </message>
    <message>
        <source>Books a session at the centre&apos;s local time, obeying every scheduling rule: one of the service&apos;s durations (default: the shortest), a therapist who performs it and a room that suits it (&quot;any&quot; picks the first free one), opening hours, shifts, no overlap with another booking, cleanup included, and no other session of the same client then. A time the clocks show twice (the night they go back) takes its offset: &quot;2026-10-25 02:30+02:00&quot; (summer time) or &quot;+01:00&quot; (winter time). A refusal says why.</source>
        <translation>Reserva una sesión a la hora local del centro, cumpliendo todas las reglas de programación: una de las duraciones del servicio (predeterminado: la más corta), un terapeuta que lo realice y una sala adecuada (&quot;any&quot; elige la primera libre), el horario de apertura, los turnos, ningún solapamiento con otra reserva, con la limpieza incluida, y ninguna otra sesión del mismo cliente a la misma hora. Una hora que los relojes marcan dos veces (la noche en que se atrasan) lleva su desfase horario: &quot;2026-10-25 02:30+02:00&quot; (horario de verano) o &quot;+01:00&quot; (horario de invierno). Si se rechaza, se indica el motivo.</translation>
    </message>
    <message>
        <source>Export sessions as an iCalendar file</source>
        <translation>Exportar las sesiones en un archivo iCalendar</translation>
    </message>
    <message>
        <source>Writes the sessions from --from to --to (the centre&apos;s days) as an iCalendar file for calendar apps: one therapist&apos;s with --therapist, else the whole centre&apos;s. Cancelled sessions are marked cancelled; importing a later export again updates the same events. Events name the service, the room, the therapist and the client as Settings say (first name by default); never check-in answers, notes or contact details. Never overwrites a file.</source>
        <translation>Escribe las sesiones de --from a --to (días del centro) en un archivo iCalendar para aplicaciones de calendario: las de un terapeuta con --therapist, o si no, las de todo el centro. Las sesiones canceladas se marcan como canceladas; si se vuelve a importar una exportación posterior, se actualizan los mismos eventos. Los eventos indican el servicio, la sala, el terapeuta y el cliente según la Configuración (predeterminado: el nombre de pila); nunca las respuestas de la acogida, las notas ni los datos de contacto. Nunca sobrescribe un archivo.</translation>
    </message>
    <message>
        <source>Export sessions as CSV for a spreadsheet</source>
        <translation>Exportar las sesiones en CSV para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Writes one row per session from --from to --to: date, start, end, length, service, therapist, room, client, status and the check-in outcome level; never answers, notes or reasons. To stdout, or to a new FILE (UTF-8 with a BOM, never over an existing file). Cells a spreadsheet would run as a formula get a leading apostrophe.</source>
        <translation>Escribe una fila por sesión de --from a --to: fecha, inicio, fin, duración, servicio, terapeuta, sala, cliente, estado y nivel del resultado de la acogida; nunca las respuestas, las notas ni los motivos. En stdout, o en un FILE nuevo (UTF-8 con BOM, nunca sobre un archivo existente). Las celdas que una hoja de cálculo ejecutaría como fórmula reciben un apóstrofo delante.</translation>
    </message>
    <message>
        <source>Prints the check-in&apos;s outcome, reasons and answers, marking what changed since the client&apos;s previous check-in. The read is recorded in the audit log. A receptionist sees the outcome level only, and whether the therapist&apos;s sign-off and the clearance are recorded: no answers, reasons or notes.</source>
        <translation>Muestra el resultado, los motivos y las respuestas de la acogida, y marca lo que ha cambiado desde la acogida anterior del cliente. La consulta queda anotada en el registro de auditoría. Un recepcionista solo ve el nivel del resultado y si se han registrado la validación del terapeuta y la autorización: ni respuestas, ni motivos, ni notas.</translation>
    </message>
    <message>
        <source>The value of %1 (argument %2)</source>
        <translation>El valor de %1 (argumento %2)</translation>
    </message>
    <message>
        <source>Argument %1 (&quot;%2&quot;)</source>
        <translation>El argumento %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>Massage Desk stores text exactly; check the terminal&apos;s encoding (it should be UTF-8).</source>
        <translation>Massage Desk guarda el texto exactamente tal como es; compruebe la codificación del terminal (debería ser UTF-8).</translation>
    </message>
    <message>
        <source>Demo users: %1, all with the password &quot;%2&quot;. Sign in with --user NAME; the password comes from MASSAGE_DESK_PASSWORD or the prompt.</source>
        <translation>Usuarios de demostración: %1, todos con la contraseña &quot;%2&quot;. Identifíquese con --user NAME; la contraseña se obtiene de MASSAGE_DESK_PASSWORD o se solicita.</translation>
    </message>
    <message>
        <source>The centre already has its own user accounts, so no demo users were added.</source>
        <translation>El centro ya tiene sus propias cuentas de usuario, así que no se han añadido usuarios de demostración.</translation>
    </message>
    <message>
        <source>backup needs a file or folder to write to: backup DEST (see --help).</source>
        <translation>backup necesita un archivo o una carpeta donde escribir: backup DEST (consulte --help).</translation>
    </message>
    <message>
        <source>restore needs the backup file to restore from: restore SRC (see --help).</source>
        <translation>restore necesita el archivo de copia de seguridad desde el que restaurar: restore SRC (consulte --help).</translation>
    </message>
    <message>
        <source>%1 needs --from DATE and --to DATE.</source>
        <translation>%1 necesita --from DATE y --to DATE.</translation>
    </message>
    <message>
        <source>Rows written to %1: %2.</source>
        <translation>Filas escritas en %1: %2.</translation>
    </message>
    <message>
        <source>--out needs a file name.</source>
        <translation>--out necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>With --json, give --out FILE: the CSV cannot share stdout with the JSON answer.</source>
        <translation>Con --json, indique --out FILE: el CSV no puede compartir stdout con la respuesta JSON.</translation>
    </message>
    <message>
        <source>bookings ics needs --out FILE.ics.</source>
        <translation>bookings ics necesita --out FILE.ics.</translation>
    </message>
    <message>
        <source>Events written to %1: %2.</source>
        <translation>Eventos escritos en %1: %2.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulación</translation>
    </message>
    <message>
        <source>%1: %2, columns separated by %3, %4 rows.</source>
        <translation>%1: %2, columnas separadas por %3, %4 filas.</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Columnas no importadas: %1</translation>
    </message>
    <message>
        <source>The first rows as they will be stored (name | phone | email | language | consent):</source>
        <translation>Las primeras filas tal como se guardarán (nombre | teléfono | correo electrónico | idioma | consentimiento):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>line %1: skipped: %2</source>
        <translation>línea %1: omitida: %2</translation>
    </message>
    <message>
        <source>line %1: merged into client %2: %3</source>
        <translation>línea %1: fusionada con el cliente %2: %3</translation>
    </message>
    <message>
        <source>line %1: client %2 %3</source>
        <translation>línea %1: cliente %2 %3</translation>
    </message>
    <message>
        <source>Imported: %1. Merged: %2. Skipped: %3. With a consent date: %4.</source>
        <translation>Importados: %1. Fusionados: %2. Omitidos: %3. Con fecha de consentimiento: %4.</translation>
    </message>
    <message>
        <source>Dry run: nothing was stored.</source>
        <translation>Simulación: no se ha guardado nada.</translation>
    </message>
    <message>
        <source>--duplicates takes skip, merge or create, not &quot;%1&quot;.</source>
        <translation>--duplicates admite skip, merge o create, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB; split it into smaller files.</source>
        <translation>%1 supera los 64 MB; divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>This centre has no user accounts yet, so nobody can sign in as %1: run the command without --user (init --manager NAME creates the first account).</source>
        <translation>Este centro todavía no tiene cuentas de usuario, así que nadie puede identificarse como %1: ejecute el comando sin --user (init --manager NAME crea la primera cuenta).</translation>
    </message>
    <message>
        <source>Print the manager&apos;s report for a period</source>
        <translation>Mostrar el informe de gerencia de un período</translation>
    </message>
    <message>
        <source>Prints sessions (booked, arrived, in session, completed), cancellations, no-shows, referrals, hours and estimated revenue (each session&apos;s length at the published price) from --from to --to (the centre&apos;s days, both included, at most a year), per therapist with occupancy of their working time, per room with occupancy of the opening hours, per service and length; new and returning clients; check-in outcomes as counts only. Managers only.</source>
        <translation>Muestra las sesiones (reservadas, con el cliente ya llegado, en sesión, completadas), las cancelaciones, los no presentados, las derivaciones, las horas y los ingresos estimados (la duración de cada sesión al precio publicado) de --from a --to (días del centro, ambos incluidos, como máximo un año), por terapeuta con la ocupación de su horario de trabajo, por sala con la ocupación del horario de apertura, y por servicio y duración; los clientes nuevos y los recurrentes; los resultados de la acogida solo como recuentos. Solo para gerentes.</translation>
    </message>
    <message>
        <source>%1, %2 min</source>
        <translation>%1, %2 min</translation>
    </message>
    <message>
        <source>Report %1 to %2</source>
        <translation>Informe del %1 al %2</translation>
    </message>
    <message>
        <source>Sessions: %1 (booked %2, arrived %3, in session %4, completed %5)</source>
        <translation>Sesiones: %1 (reservadas %2, cliente llegado %3, en sesión %4, completadas %5)</translation>
    </message>
    <message>
        <source>Cancelled: %1   No-shows: %2   Referred: %3</source>
        <translation>Canceladas: %1   No presentados: %2   Derivados: %3</translation>
    </message>
    <message>
        <source>Hours: %1   Estimated revenue: %2</source>
        <translation>Horas: %1   Ingresos estimados: %2</translation>
    </message>
    <message>
        <source>Clients: %1 new, %2 returning</source>
        <translation>Clientes: %1 nuevos, %2 recurrentes</translation>
    </message>
    <message>
        <source>(sessions, hours, revenue)</source>
        <translation>(sesiones, horas, ingresos)</translation>
    </message>
    <message>
        <source>By therapist %1, occupancy of working time</source>
        <translation>Por terapeuta %1, ocupación del horario de trabajo</translation>
    </message>
    <message>
        <source>By room %1, occupancy of opening hours</source>
        <translation>Por sala %1, ocupación del horario de apertura</translation>
    </message>
    <message>
        <source>By service and length %1</source>
        <translation>Por servicio y duración %1</translation>
    </message>
    <message>
        <source>Check-in outcomes</source>
        <translation>Resultados de la acogida</translation>
    </message>
    <message>
        <source>report needs --from DATE and --to DATE.</source>
        <translation>report necesita --from DATE y --to DATE.</translation>
    </message>
    <message>
        <source>Writes a backup to DEST (a new file, or an existing folder to put a dated file in) and checks it. Safe while Massage Desk is open. Never overwrites a file. For a centre on a server it is a portable SQLite file of the whole centre, which Massage Desk opens on any PC and restore takes back to a server.</source>
        <translation>Escribe una copia de seguridad en DEST (un archivo nuevo o una carpeta existente donde guardar un archivo con la fecha) y la comprueba. Se puede usar con Massage Desk abierto. Nunca sobrescribe un archivo. Para un centro en un servidor, es un archivo SQLite portátil con todo el centro, que Massage Desk abre en cualquier PC y que restore devuelve a un servidor.</translation>
    </message>
    <message>
        <source>Checks the backup SRC (integrity, that it is a Massage Desk file, its data version) and only then replaces the database. The replaced database is kept beside it as &lt;name&gt;.before-restore-&lt;time&gt;.sqlite. Close Massage Desk first.
On a server (--database postgresql://...) the backup&apos;s centre is copied into the database, which must be empty; --replace --yes (or --confirm) replaces a centre that is there, in one step that either completes or changes nothing.</source>
        <translation>Comprueba la copia de seguridad SRC (integridad, que sea un archivo de Massage Desk, su versión de datos) y solo entonces sustituye la base de datos. La base de datos sustituida se conserva al lado como &lt;nombre&gt;.before-restore-&lt;hora&gt;.sqlite. Cierre antes Massage Desk.
En un servidor (--database postgresql://...), el centro de la copia se copia en la base de datos, que debe estar vacía; --replace --yes (o --confirm) sustituye el centro que haya, en un solo paso que o bien se completa o bien no cambia nada.</translation>
    </message>
    <message>
        <source>Move a centre file to a PostgreSQL server</source>
        <translation>Trasladar un archivo de centro a un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>Copies everything in the centre file (catalogue with every revision, clients, staff, hours, bookings, check-ins, accounts, settings and the audit log) into an empty database on the server, keeping every number, in one transaction: a failure leaves the server database empty. It ends by comparing the rows of every table and verifying the audit log&apos;s chain on the server. A database that already holds a centre is refused. The file is left as it was; shows progress on stderr.</source>
        <translation>Copia todo lo que contiene el archivo del centro (el catálogo con todas sus revisiones, clientes, personal, horarios, reservas, acogidas, cuentas, configuración y el registro de auditoría) en una base de datos vacía del servidor, conservando todos los números, en una sola transacción: si algo falla, la base de datos del servidor queda vacía. Al final compara las filas de todas las tablas y verifica la cadena del registro de auditoría en el servidor. Se rechaza una base de datos que ya contenga un centro. El archivo queda como estaba; el progreso se muestra en stderr.</translation>
    </message>
    <message>
        <source>Say whether the health data is sealed</source>
        <translation>Indicar si los datos de salud están cifrados</translation>
    </message>
    <message>
        <source>Says whether check-in answers and notes are sealed to the centre&apos;s key, how many accounts can open them, and how many check-ins are still plain.</source>
        <translation>Indica si las respuestas y las notas de las acogidas están cifradas con la clave del centro, cuántas cuentas pueden abrirlas y cuántas acogidas siguen sin cifrar.</translation>
    </message>
    <message>
        <source>Seal the check-in answers and notes</source>
        <translation>Cifrar las respuestas y las notas de las acogidas</translation>
    </message>
    <message>
        <source>Rewrite the file so no freed page keeps a plain value</source>
        <translation>Reescribir el archivo para que ninguna página liberada conserve un valor sin cifrar</translation>
    </message>
    <message>
        <source>Runs the compaction of &quot;sealing enable&quot; again, e.g. after another program held the file open.</source>
        <translation>Vuelve a ejecutar la compactación de &quot;sealing enable&quot;, por ejemplo después de que otro programa haya tenido el archivo abierto.</translation>
    </message>
    <message>
        <source>Open the sealed data with the recovery key when every password is lost</source>
        <translation>Abrir los datos cifrados con la clave de recuperación cuando se han perdido todas las contraseñas</translation>
    </message>
    <message>
        <source>Reads the recovery key from MASSAGE_DESK_RECOVERY_KEY or a prompt and the manager&apos;s new password from MASSAGE_DESK_NEW_PASSWORD or a prompt; sets that password and wraps the centre&apos;s key for the manager again. Needs nobody signed in.</source>
        <translation>Lee la clave de recuperación de MASSAGE_DESK_RECOVERY_KEY o la solicita, y la nueva contraseña del gerente de MASSAGE_DESK_NEW_PASSWORD o la solicita; establece esa contraseña y vuelve a proteger la clave del centro para el gerente. No necesita que haya nadie identificado.</translation>
    </message>
    <message>
        <source>Put a client on the waitlist for a service</source>
        <translation>Poner a un cliente en la lista de espera de un servicio</translation>
    </message>
    <message>
        <source>Adds a waitlist entry: the client wants the service with one of the therapists given (--therapist may be repeated; any by default), on the days of --days (e.g. mon,wed,fri; any day by default), within the times of --times (e.g. 09:00-13:00,16:00-19:00; any time by default), until --until (YYYY-MM-DD, the last day, included). A freed slot offers urgent entries first, then the oldest. The entry goes when the client books that service, or after its last day.</source>
        <translation>Añade una entrada a la lista de espera: el cliente quiere el servicio con uno de los terapeutas indicados (--therapist puede repetirse; cualquiera de forma predeterminada), los días de --days (p. ej., mon,wed,fri; cualquier día de forma predeterminada), dentro de las horas de --times (p. ej., 09:00-13:00,16:00-19:00; cualquier hora de forma predeterminada), hasta --until (AAAA-MM-DD, el último día, incluido). Un hueco liberado se ofrece primero a las entradas urgentes y después a las más antiguas. La entrada desaparece cuando el cliente reserva ese servicio o cuando pasa su último día.</translation>
    </message>
    <message>
        <source>List the waitlist</source>
        <translation>Mostrar la lista de espera</translation>
    </message>
    <message>
        <source>Lists the entries, urgent first, then the oldest. Expired entries are removed first.</source>
        <translation>Muestra las entradas, primero las urgentes y después las más antiguas. Antes se eliminan las entradas caducadas.</translation>
    </message>
    <message>
        <source>Remove a waitlist entry</source>
        <translation>Eliminar una entrada de la lista de espera</translation>
    </message>
    <message>
        <source>Removes the entry ID from the waitlist.</source>
        <translation>Elimina la entrada ID de la lista de espera.</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 rows</source>
        <translation>  %1: %2 de %3 filas</translation>
    </message>
    <message>
        <source>Counts equal on both sides; the audit log&apos;s chain verifies (%1 entries).</source>
        <translation>Los recuentos coinciden en ambos lados; la cadena del registro de auditoría se verifica (%1 entradas).</translation>
    </message>
    <message>
        <source>Counts equal on both sides. The audit log was already broken at entry %1 in the original and was copied as it is.</source>
        <translation>Los recuentos coinciden en ambos lados. El registro de auditoría ya estaba roto en la entrada %1 del original y se ha copiado tal cual.</translation>
    </message>
    <message>
        <source>migrate needs the server to move the centre to: migrate --to postgresql://user@host/database (see --help).</source>
        <translation>migrate necesita el servidor al que trasladar el centro: migrate --to postgresql://usuario@host/base_de_datos (consulte --help).</translation>
    </message>
    <message>
        <source>This centre is already on a server; migrate moves a centre file. Use backup for a copy.</source>
        <translation>Este centro ya está en un servidor; migrate traslada un archivo de centro. Use backup para hacer una copia.</translation>
    </message>
    <message>
        <source>Copying %1 to %2 ...</source>
        <translation>Copiando %1 en %2...</translation>
    </message>
    <message>
        <source>Moved the centre to %1 in %2 s: %3 rows.</source>
        <translation>Se ha trasladado el centro a %1 en %2 s: %3 filas.</translation>
    </message>
    <message>
        <source>Desks now open it with --database %1; %2 is left as it was.</source>
        <translation>Ahora los equipos lo abren con --database %1; %2 queda como estaba.</translation>
    </message>
    <message>
        <source>Backup written and checked: %1 (%2 KiB), a SQLite file Massage Desk opens on any PC.</source>
        <translation>Copia de seguridad escrita y comprobada: %1 (%2 KiB), un archivo SQLite que Massage Desk abre en cualquier PC.</translation>
    </message>
    <message>
        <source>Restoring %1 with --replace removes everything the centre %2 holds now (clients, bookings, check-ins, accounts, the audit log) and puts the backup&apos;s centre in its place; it cannot be undone (make a backup first). Nothing was changed: run again with --replace --yes.</source>
        <translation>Restaurar %1 con --replace elimina todo lo que contiene ahora el centro %2 (clientes, reservas, acogidas, cuentas, el registro de auditoría) y pone en su lugar el centro de la copia de seguridad; no se puede deshacer (haga antes una copia de seguridad). No se ha cambiado nada: vuelva a ejecutarlo con --replace --yes.</translation>
    </message>
    <message>
        <source>Check-in answers and notes are sealed. The recovery key, shown this once only:</source>
        <translation>Las respuestas y las notas de las acogidas están cifradas. La clave de recuperación, que solo se muestra esta vez:</translation>
    </message>
    <message>
        <source>Print it or write it down and keep it away from this computer: when every password is lost, &quot;sealing recover&quot; opens the data with it, and nothing else can.</source>
        <translation>Imprímala o anótela y guárdela lejos de este ordenador: cuando se pierdan todas las contraseñas, &quot;sealing recover&quot; abre los datos con ella, y nada más puede hacerlo.</translation>
    </message>
    <message>
        <source>Health data is not sealed: check-in answers and notes are stored plain. &quot;sealing enable&quot; seals them.</source>
        <translation>Los datos de salud no están cifrados: las respuestas y las notas de las acogidas se guardan sin cifrar. &quot;sealing enable&quot; las cifra.</translation>
    </message>
    <message numerus="yes">
        <source>Health data is sealed; %n account(s) can open it.</source>
        <translation>
            <numerusform>Los datos de salud están cifrados; %n cuenta puede abrirlos.</numerusform>
            <numerusform>Los datos de salud están cifrados; %n cuentas pueden abrirlos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) are still plain: run &quot;sealing enable&quot; again to seal them.</source>
        <translation>
            <numerusform>%n acogida sigue sin cifrar: vuelva a ejecutar &quot;sealing enable&quot; para cifrarla.</numerusform>
            <numerusform>%n acogidas siguen sin cifrar: vuelva a ejecutar &quot;sealing enable&quot; para cifrarlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sealed %1 of %2 check-ins</source>
        <translation>Cifradas %1 de %2 acogidas</translation>
    </message>
    <message>
        <source>Sealing was already on; every check-in is sealed now.</source>
        <translation>El cifrado ya estaba activado; ahora todas las acogidas están cifradas.</translation>
    </message>
    <message>
        <source>Name the manager to re-open it for: --manager NAME.</source>
        <translation>Indique el gerente para el que volver a abrirlo: --manager NAME.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Clave de recuperación: </translation>
    </message>
    <message>
        <source>%1 signs in with the new password and opens the sealed check-ins again.</source>
        <translation>%1 se identifica con la nueva contraseña y vuelve a abrir las acogidas cifradas.</translation>
    </message>
    <message>
        <source>waitlist add needs --client ID and --service CODE.</source>
        <translation>waitlist add necesita --client ID y --service CODE.</translation>
    </message>
    <message>
        <source>--days takes days such as mon,wed,fri (or 1-7), not &quot;%1&quot;.</source>
        <translation>--days admite días como mon,wed,fri (o 1-7), no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--times takes times of day such as 09:00-13:00,16:00-19:00, not &quot;%1&quot;.</source>
        <translation>--times admite horas del día como 09:00-13:00,16:00-19:00, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--until must be a date YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--until debe ser una fecha AAAA-MM-DD, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Added %1 to the waitlist for %2 (entry %3).</source>
        <translation>Se ha añadido %1 a la lista de espera de %2 (entrada %3).</translation>
    </message>
    <message>
        <source>Nobody is on the waitlist.</source>
        <translation>No hay nadie en la lista de espera.</translation>
    </message>
    <message>
        <source>any therapist</source>
        <translation>cualquier terapeuta</translation>
    </message>
    <message>
        <source>URGENT </source>
        <translation>URGENTE </translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>Removed waitlist entry %1.</source>
        <translation>Se ha eliminado la entrada %1 de la lista de espera.</translation>
    </message>
    <message>
        <source>Fills a new database with a demo centre: therapists, rooms, shifts, clients and bookings with check-ins around today. The same seed gives the same centre. It also creates the demo users manager, reception and one per therapist (the first name in lower case, e.g. marta), all with the password &quot;demo&quot;; from then on commands need --user NAME (e.g. MASSAGE_DESK_PASSWORD=demo massage-desk-cli --user manager bookings list).
  --size small   4 therapists, 3 rooms, 150 clients, about six weeks (default)
  --size large   12 therapists, 8 rooms, 30,000 clients, 200,000 bookings over 5 years
  --seed N       random seed (default 1)
  --unsealed     leave the health data in plain (it is sealed to the centre&apos;s key like a real centre&apos;s by default)</source>
        <translation>Llena una base de datos nueva con un centro de demostración: terapeutas, salas, turnos, clientes y reservas con acogidas alrededor de hoy. La misma semilla da el mismo centro. También crea los usuarios de demostración manager, reception y uno por terapeuta (el nombre de pila en minúsculas, p. ej., marta), todos con la contraseña &quot;demo&quot;; a partir de entonces las órdenes necesitan --user NAME (p. ej., MASSAGE_DESK_PASSWORD=demo massage-desk-cli --user manager bookings list).
  --size small   4 terapeutas, 3 salas, 150 clientes, unas seis semanas (predeterminado)
  --size large   12 terapeutas, 8 salas, 30.000 clientes, 200.000 reservas en 5 años
  --seed N       semilla aleatoria (predeterminado: 1)
  --unsealed     deja los datos de salud sin cifrar (de forma predeterminada se cifran con la clave del centro, como en un centro real)</translation>
    </message>
    <message>
        <source>Turns sealing on (a manager, with their password again from MASSAGE_DESK_PASSWORD or a prompt): makes the centre&apos;s key, wraps it for you and by a recovery key printed once, seals every existing check-in in batches and compacts the file so no plain value remains in it or its journal. Lists the automatic backups that still hold plain data; with --replace-backups writes one sealed backup, checks it, and only then deletes them, after a yes at the prompt or with --yes.</source>
        <translation>Activa el cifrado (un gerente, con su contraseña otra vez, que se obtiene de MASSAGE_DESK_PASSWORD o se solicita): crea la clave del centro, la protege para usted y con una clave de recuperación que se muestra una sola vez, cifra por lotes todas las acogidas existentes y compacta el archivo para que no quede ningún valor sin cifrar ni en el archivo ni en su diario. Muestra las copias de seguridad automáticas que todavía contienen datos sin cifrar; con --replace-backups escribe una copia de seguridad cifrada, la comprueba y solo entonces las elimina, tras responder que sí a la pregunta o con --yes.</translation>
    </message>
    <message>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Older dumps and backups of this centre still hold the answers in plain: make a new backup (massage-desk-cli backup FILE) and destroy the old ones.</source>
        <translation>Los volcados y las copias de seguridad anteriores de este centro todavía contienen las respuestas sin cifrar: haga una copia de seguridad nueva (massage-desk-cli backup FILE) y destruya las antiguas.</translation>
    </message>
    <message>
        <source>Backups made before sealing still hold the answers in plain; copies kept elsewhere (a USB disk) too: replace them with a new backup and destroy the old ones.</source>
        <translation>Las copias de seguridad hechas antes de cifrar todavía contienen las respuestas sin cifrar, y también las copias guardadas en otros lugares (un disco USB): sustitúyalas por una copia de seguridad nueva y destruya las antiguas.</translation>
    </message>
    <message numerus="yes">
        <source>%n automatic backup(s) in plain:</source>
        <translation>
            <numerusform>%n copia de seguridad automática sin cifrar:</numerusform>
            <numerusform>%n copias de seguridad automáticas sin cifrar:</numerusform>
        </translation>
    </message>
    <message>
        <source>Run &quot;sealing enable --replace-backups&quot; to write one sealed backup and delete these.</source>
        <translation>Ejecute &quot;sealing enable --replace-backups&quot; para escribir una copia de seguridad cifrada y eliminar estas.</translation>
    </message>
    <message numerus="yes">
        <source>Write a sealed backup, then delete these %n backup(s)?</source>
        <translation>
            <numerusform>¿Desea escribir una copia de seguridad cifrada y después eliminar esta %n copia?</numerusform>
            <numerusform>¿Desea escribir una copia de seguridad cifrada y después eliminar estas %n copias?</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup was deleted. To replace them, confirm at the prompt or run again with --replace-backups --yes.</source>
        <translation>No se ha eliminado ninguna copia de seguridad. Para sustituirlas, confírmelo en la pregunta o vuelva a ejecutar la orden con --replace-backups --yes.</translation>
    </message>
    <message>
        <source>Sealed backup written and checked: %1.</source>
        <translation>Copia de seguridad cifrada escrita y comprobada: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n plain backup(s) deleted.</source>
        <translation>
            <numerusform>Se ha eliminado %n copia de seguridad sin cifrar.</numerusform>
            <numerusform>Se han eliminado %n copias de seguridad sin cifrar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete %1: delete it yourself.</source>
        <translation>No se ha podido eliminar %1: elimínelo usted mismo.</translation>
    </message>
    <message>
        <source>Backups made before sealing still hold the answers in plain: &quot;sealing enable --replace-backups&quot; replaces them with a sealed one.</source>
        <translation>Las copias de seguridad hechas antes de cifrar todavía contienen las respuestas sin cifrar: &quot;sealing enable --replace-backups&quot; las sustituye por una cifrada.</translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s integrity check, looks for double-booked therapists or rooms, on a server compares the client search with the clients, and counts what the database holds. Exit status 1 when a problem is found.</source>
        <translation>Ejecuta la comprobación de integridad de SQLite, busca terapeutas o salas con reservas solapadas, en un servidor compara la búsqueda de clientes con los clientes y cuenta lo que contiene la base de datos. Estado de salida 1 si se encuentra algún problema.</translation>
    </message>
    <message>
        <source>Rebuild the client search from the clients (managers)</source>
        <translation>Rehace la búsqueda de clientes a partir de los clientes (gerentes)</translation>
    </message>
    <message>
        <source>Writes the index that client search reads again from the clients themselves, erased clients left out. Nothing else changes. For when check reports clients the search has wrong; recorded in the audit log.</source>
        <translation>Vuelve a escribir el índice que lee la búsqueda de clientes a partir de los propios clientes, sin los clientes borrados. No cambia nada más. Para cuando check informa de clientes que la búsqueda encuentra mal; queda anotado en el registro de auditoría.</translation>
    </message>
    <message numerus="yes">
        <source>Client search rebuilt: %n client(s) can be found.</source>
        <translation>
            <numerusform>Búsqueda de clientes rehecha: se puede encontrar %n cliente.</numerusform>
            <numerusform>Búsqueda de clientes rehecha: se pueden encontrar %n clientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Client search: ok</source>
        <translation>Búsqueda de clientes: correcta</translation>
    </message>
    <message numerus="yes">
        <source>Client search: %n client(s) found wrongly; a manager&apos;s &quot;clients reindex&quot; writes it again</source>
        <translation>
            <numerusform>Búsqueda de clientes: %n cliente encontrado mal; un gerente lo vuelve a escribir con &quot;clients reindex&quot;</numerusform>
            <numerusform>Búsqueda de clientes: %n clientes encontrados mal; un gerente lo vuelve a escribir con &quot;clients reindex&quot;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientBookingsModel</name>
    <message>
        <source>Upcoming</source>
        <translation>Futura</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Pasada</translation>
    </message>
    <message>
        <source>Booking %1 · %2 min · %3</source>
        <translation>Reserva %1 · %2 min · %3</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapeuta</translation>
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
    <name>ClientDataRights</name>
    <message>
        <source>read the client</source>
        <translation>leer el cliente</translation>
    </message>
    <message>
        <source>There is no client with number %1.</source>
        <translation>No hay ningún cliente con el número %1.</translation>
    </message>
    <message>
        <source>Client %1 is already erased: nothing personal is left.</source>
        <translation>El cliente %1 ya está borrado: no queda ningún dato personal.</translation>
    </message>
    <message>
        <source>erase the client</source>
        <translation>borrar el cliente</translation>
    </message>
    <message>
        <source>erase the client&apos;s bookings</source>
        <translation>borrar las reservas del cliente</translation>
    </message>
    <message>
        <source>cancel the client&apos;s upcoming bookings</source>
        <translation>cancelar las próximas reservas del cliente</translation>
    </message>
    <message>
        <source>erase the client&apos;s check-ins</source>
        <translation>borrar las acogidas del cliente</translation>
    </message>
    <message>
        <source>The client is erased, but another program is reading the database, so their old details are still in the file&apos;s free space. They are wiped at the next export or erasure, or when you try again after closing the other program.</source>
        <translation>El cliente se ha borrado, pero otro programa está leyendo la base de datos, así que sus datos antiguos siguen en el espacio libre del archivo. Se eliminarán en la próxima exportación o el próximo borrado, o cuando vuelva a intentarlo después de cerrar el otro programa.</translation>
    </message>
    <message>
        <source>Client %1 was erased: nothing personal is left to export.</source>
        <translation>El cliente %1 se ha borrado: no queda ningún dato personal que exportar.</translation>
    </message>
    <message>
        <source>read the client&apos;s bookings</source>
        <translation>leer las reservas del cliente</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>leer el registro de auditoría</translation>
    </message>
    <message>
        <source>Client %1 has a session marked arrived or in session that is not finished (booking %2). Finish or cancel it before erasing the client.</source>
        <translation>El cliente %1 tiene una sesión marcada como llegada o en sesión que no ha terminado (reserva %2). Termínela o cancélela antes de borrar el cliente.</translation>
    </message>
    <message>
        <source>read the client&apos;s check-ins</source>
        <translation>leer las acogidas del cliente</translation>
    </message>
    <message>
        <source>erase the client&apos;s waitlist entries</source>
        <translation>borrar las entradas del cliente en la lista de espera</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>First name and surnames</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <source>e.g. 612 34 56 78</source>
        <translation>p. ej. 612 34 56 78</translation>
    </message>
    <message>
        <source>e.g. name@example.com</source>
        <translation>p. ej. nombre@example.com</translation>
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
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Preferences for the desk, e.g. prefers mornings</source>
        <translation>Preferencias para la recepción, p. ej. prefiere las mañanas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>Preferred &amp;language:</source>
        <translation>&amp;Idioma preferido:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Data-processing consent</source>
        <translation>Consentimiento para el tratamiento de datos</translation>
    </message>
    <message>
        <source>Text version %1</source>
        <translation>Versión del texto: %1</translation>
    </message>
    <message>
        <source>The client has read this text and &amp;agrees to it</source>
        <translation>El cliente ha leído este texto y lo &amp;acepta</translation>
    </message>
    <message>
        <source>Client %1: %2</source>
        <translation>Cliente %1: %2</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Will be recorded now, for text version %1, when you save.</source>
        <translation>Se registrará ahora, para la versión %1 del texto, cuando guarde.</translation>
    </message>
    <message>
        <source>Will be recorded as withdrawn when you save.</source>
        <translation>Se registrará como retirado cuando guarde.</translation>
    </message>
    <message>
        <source>at the desk</source>
        <translation>en la recepción</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>✓ Agreed to text version %1 on %2, recorded %3.</source>
        <translation>✓ Aceptó la versión %1 del texto el %2; registrado %3.</translation>
    </message>
    <message>
        <source>The text has changed since: tick the box once the client agrees to version %1.</source>
        <translation>Desde entonces el texto ha cambiado: marque la casilla cuando el cliente acepte la versión %1.</translation>
    </message>
    <message>
        <source>✖ Withdrawn on %1 (had agreed to version %2 on %3).</source>
        <translation>✖ Retirado el %1 (había aceptado la versión %2 el %3).</translation>
    </message>
    <message>
        <source>Not recorded yet: ask the client to read the text.</source>
        <translation>Todavía no se ha registrado: pida al cliente que lea el texto.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (client %2)</source>
        <translation>%1 (cliente %2)</translation>
    </message>
    <message>
        <source>⚠ %1 already has this phone number and email address.</source>
        <translation>⚠ %1 ya tiene este número de teléfono y esta dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>⚠ %1 already has this phone number.</source>
        <translation>⚠ %1 ya tiene este número de teléfono.</translation>
    </message>
    <message>
        <source>⚠ %1 already has this email address.</source>
        <translation>⚠ %1 ya tiene esta dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The client needs a name.</source>
        <translation>El cliente necesita un nombre.</translation>
    </message>
    <message>
        <source>The details were saved, but not the consent: %1</source>
        <translation>Se han guardado los datos, pero no el consentimiento: %1</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Desea descartar los cambios?</translation>
    </message>
    <message>
        <source>Your changes to %1 have not been saved. Discard them?</source>
        <translation>Los cambios en %1 no se han guardado. ¿Desea descartarlos?</translation>
    </message>
    <message>
        <source>This new client has not been saved. Discard it?</source>
        <translation>Este cliente nuevo no se ha guardado. ¿Desea descartarlo?</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
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
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Their version is loaded underneath yours: save to replace it.</source>
        <translation>La otra versión se ha cargado debajo de la suya: guarde para sustituirla.</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Cliente: %1</translation>
    </message>
</context>
<context>
    <name>ClientImport</name>
    <message>
        <source>--map takes COLUMN=FIELD, FIELD being one of %1; not &quot;%2&quot;.</source>
        <translation>--map admite COLUMN=FIELD, donde FIELD es uno de %1; no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;; its columns are: %2.</source>
        <translation>El archivo no tiene ninguna columna &quot;%1&quot;; sus columnas son: %2.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>No column holds the clients&apos; names. The columns are: %1. Say which one with --map COLUMN=name (or first_name and last_name).</source>
        <translation>Ninguna columna contiene los nombres de los clientes. Las columnas son: %1. Indique cuál es con --map COLUMN=name (o first_name y last_name).</translation>
    </message>
    <message>
        <source>A quoted field is never closed; the rest of the file is this one field.</source>
        <translation>Un campo entre comillas no se cierra nunca; el resto del archivo es este único campo.</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header only %2.</source>
        <translation>La fila tiene %1 campos, pero la cabecera solo %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language Massage Desk knows (ca, es or en).</source>
        <translation>&quot;%1&quot; no es un idioma que Massage Desk conozca (ca, es o en).</translation>
    </message>
    <message>
        <source>The row contains a broken or invalid character (for example half of an emoji).</source>
        <translation>La fila contiene un carácter roto o no válido (por ejemplo, la mitad de un emoji).</translation>
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
    <name>ClientReport</name>
    <message>
        <source>Personal data held about %1</source>
        <translation>Datos personales conservados sobre %1</translation>
    </message>
    <message>
        <source>%1 · exported on %2 by %3</source>
        <translation>%1 · exportado el %2 por %3</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Número de cliente</translation>
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
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <source>Data-processing consent</source>
        <translation>Consentimiento para el tratamiento de datos</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Versión del texto</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Otorgado el</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retirado el</translation>
    </message>
    <message>
        <source>%1: withdrawn</source>
        <translation>%1: retirado</translation>
    </message>
    <message>
        <source>%1: given for text %2</source>
        <translation>%1: otorgado para el texto %2</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Bookings (%1)</source>
        <translation>Reservas (%1)</translation>
    </message>
    <message>
        <source>No bookings.</source>
        <translation>No hay reservas.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
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
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Acogida</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Check-in for %1, %2</source>
        <translation>Acogida del %1, %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Areas to avoid</source>
        <translation>Zonas que evitar</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Autorización</translation>
    </message>
    <message>
        <source>confirmed by %1 on %2: %3</source>
        <translation>confirmada por %1 el %2: %3</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>Nota de la sesión</translation>
    </message>
    <message>
        <source>Unusual reaction</source>
        <translation>Reacción inusual</translation>
    </message>
    <message>
        <source>Who read or changed this data</source>
        <translation>Quién ha consultado o cambiado estos datos</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>The JSON file exported with this report holds the same data in the format “%1”, version %2.</source>
        <translation>El archivo JSON exportado con este informe contiene los mismos datos en el formato “%1”, versión %2.</translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
    <message>
        <source>search the clients</source>
        <translation>buscar los clientes</translation>
    </message>
    <message>
        <source>look for clients with the same details</source>
        <translation>buscar clientes con los mismos datos</translation>
    </message>
    <message>
        <source>save the client</source>
        <translation>guardar el cliente</translation>
    </message>
    <message>
        <source>read the client</source>
        <translation>leer el cliente</translation>
    </message>
    <message>
        <source>There is no client with number %1.</source>
        <translation>No hay ningún cliente con el número %1.</translation>
    </message>
    <message>
        <source>A consent needs the version of the text the client agreed to.</source>
        <translation>Un consentimiento necesita la versión del texto que el cliente aceptó.</translation>
    </message>
    <message>
        <source>Client %1 has no data-processing consent in force to withdraw.</source>
        <translation>El cliente %1 no tiene ningún consentimiento vigente para el tratamiento de datos que se pueda retirar.</translation>
    </message>
    <message>
        <source>record the client&apos;s consent</source>
        <translation>registrar el consentimiento del cliente</translation>
    </message>
    <message>
        <source>read the client&apos;s bookings</source>
        <translation>leer las reservas del cliente</translation>
    </message>
    <message>
        <source>read the clients</source>
        <translation>leer los clientes</translation>
    </message>
</context>
<context>
    <name>ClientRules</name>
    <message>
        <source>The client needs a name.</source>
        <translation>El cliente necesita un nombre.</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters (this one has %2).</source>
        <translation>Un nombre puede tener como máximo %1 caracteres (este tiene %2).</translation>
    </message>
    <message>
        <source>The client&apos;s details contain invisible control characters; please retype them.</source>
        <translation>Los datos del cliente contienen caracteres de control invisibles; vuelva a escribirlos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like a phone number: use digits, spaces and an optional leading +.</source>
        <translation>&quot;%1&quot; no parece un número de teléfono: use dígitos, espacios y, opcionalmente, un + al principio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an email address.</source>
        <translation>&quot;%1&quot; no parece una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The preferred language must be ca, es or en.</source>
        <translation>El idioma preferido debe ser ca, es o en.</translation>
    </message>
    <message>
        <source>I agree that this centre keeps my name, contact details, preferred language, bookings and the answers I give at each check-in, to arrange my sessions and so that a therapist can adapt or decline a massage when it would not be safe. Check-in answers are seen only by therapists and managers, and the data is never shared for advertising. I can ask to see, correct or erase my data, or withdraw this consent, at the desk at any time.</source>
        <translation>Acepto que este centro conserve mi nombre, mis datos de contacto, mi idioma preferido, mis reservas y las respuestas que doy en cada acogida, para organizar mis sesiones y para que un terapeuta pueda adaptar o rechazar un masaje cuando no sea seguro. Las respuestas de la acogida solo las ven los terapeutas y los gerentes, y los datos nunca se comparten con fines publicitarios. Puedo pedir ver, corregir o borrar mis datos, o retirar este consentimiento, en la recepción en cualquier momento.</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Las notas</translation>
    </message>
</context>
<context>
    <name>ClientSearchIndex</name>
    <message>
        <source>compare the client search with the clients</source>
        <translation>comparar la búsqueda de clientes con los clientes</translation>
    </message>
    <message>
        <source>rebuild the client search</source>
        <translation>rehacer la búsqueda de clientes</translation>
    </message>
</context>
<context>
    <name>ClientTransfer</name>
    <message>
        <source>read the clients</source>
        <translation>leer los clientes</translation>
    </message>
    <message>
        <source>same name and phone as</source>
        <translation>mismo nombre y teléfono que</translation>
    </message>
    <message>
        <source>same email as</source>
        <translation>mismo correo electrónico que</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>la línea %1</translation>
    </message>
    <message>
        <source>client %1 (%2)</source>
        <translation>el cliente %1 (%2)</translation>
    </message>
    <message>
        <source>merge the client</source>
        <translation>fusionar el cliente</translation>
    </message>
    <message>
        <source>save the client</source>
        <translation>guardar el cliente</translation>
    </message>
    <message>
        <source>created anyway; %1 %2</source>
        <translation>creado de todos modos; %1 %2</translation>
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
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>&amp;Editar cliente…</translation>
    </message>
    <message>
        <source>Add a client (Ctrl+N)</source>
        <translation>Añadir un cliente (Ctrl+N)</translation>
    </message>
    <message>
        <source>Change the selected client&apos;s details or consent (Enter or double-click in the list)</source>
        <translation>Cambiar los datos o el consentimiento del cliente seleccionado (Intro o doble clic en la lista)</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Futura</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consentimiento:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Select a client to see their details and bookings, or press Ctrl+N to add a new one.</source>
        <translation>Seleccione un cliente para ver sus datos y sus reservas, o pulse Ctrl+N para añadir uno nuevo.</translation>
    </message>
    <message>
        <source>No client matches “%1”. Press Ctrl+N to add them.</source>
        <translation>Ningún cliente coincide con “%1”. Pulse Ctrl+N para añadirlo.</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>✓ Given on %1 (text %2)</source>
        <translation>✓ Otorgado el %1 (texto %2)</translation>
    </message>
    <message>
        <source>▲ Given on %1 for an earlier text (%2); ask again for %3</source>
        <translation>▲ Otorgado el %1 para un texto anterior (%2); vuelva a pedirlo para el texto %3</translation>
    </message>
    <message>
        <source>✖ Withdrawn on %1</source>
        <translation>✖ Retirado el %1</translation>
    </message>
    <message>
        <source>✖ Not recorded yet: ask the client</source>
        <translation>✖ Todavía no se ha registrado: pídalo al cliente</translation>
    </message>
    <message>
        <source>No bookings yet.</source>
        <translation>Todavía no hay reservas.</translation>
    </message>
    <message numerus="yes">
        <source>%n upcoming</source>
        <translation>
            <numerusform>%n futura</numerusform>
            <numerusform>%n futuras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the latest %n past bookings</source>
        <translation>
            <numerusform>%n reserva pasada (la más reciente)</numerusform>
            <numerusform>las %n reservas pasadas más recientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past</source>
        <translation>
            <numerusform>%n pasada</numerusform>
            <numerusform>%n pasadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1 (client %2).</source>
        <translation>Se ha guardado %1 (cliente %2).</translation>
    </message>
    <message>
        <source>E&amp;xport data…</source>
        <translation>E&amp;xportar datos…</translation>
    </message>
    <message>
        <source>Erase client…</source>
        <translation>Borrar cliente…</translation>
    </message>
    <message>
        <source>Save everything kept about this client as a JSON file and a readable PDF report (recorded in the audit log)</source>
        <translation>Guardar todo lo que se conserva sobre este cliente en un archivo JSON y en un informe PDF legible (queda anotado en el registro de auditoría)</translation>
    </message>
    <message>
        <source>Remove this client&apos;s personal and health data for good; their bookings stay as anonymous statistics</source>
        <translation>Eliminar definitivamente los datos personales y de salud de este cliente; sus reservas se conservan como estadísticas anónimas</translation>
    </message>
    <message>
        <source>Export the client&apos;s data</source>
        <translation>Exportar los datos del cliente</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported client %1 to %2 and %3.</source>
        <translation>Se ha exportado el cliente %1 a %2 y %3.</translation>
    </message>
    <message>
        <source>Erase client</source>
        <translation>Borrar cliente</translation>
    </message>
    <message>
        <source>Erasing the client and wiping their old data from the file…</source>
        <translation>Borrando el cliente y eliminando sus datos antiguos del archivo…</translation>
    </message>
    <message>
        <source>Erased client %1; their bookings stay as anonymous statistics.</source>
        <translation>Se ha borrado el cliente %1; sus reservas se conservan como estadísticas anónimas.</translation>
    </message>
    <message>
        <source>The erased client&apos;s old data is now wiped from the file.</source>
        <translation>Los datos antiguos del cliente borrado se han eliminado del archivo.</translation>
    </message>
    <message>
        <source>Print &amp;report…</source>
        <translation>Imprimir &amp;informe…</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>Clients found</source>
        <translation>Clientes encontrados</translation>
    </message>
    <message>
        <source>Print the readable report of everything kept about this client, or save it as a PDF (recorded in the audit log)</source>
        <translation>Imprimir el informe legible de todo lo que se conserva sobre este cliente, o guardarlo en PDF (queda anotado en el registro de auditoría)</translation>
    </message>
    <message>
        <source>The client&apos;s bookings</source>
        <translation>Las reservas del cliente</translation>
    </message>
    <message>
        <source>Print the client&apos;s report</source>
        <translation>Imprimir el informe del cliente</translation>
    </message>
    <message>
        <source>Report of client %1 printed.</source>
        <translation>Se ha impreso el informe del cliente %1.</translation>
    </message>
</context>
<context>
    <name>ClosedDaysEditor</name>
    <message>
        <source>Closed days</source>
        <translation>Días de cierre</translation>
    </message>
    <message>
        <source>Closed day</source>
        <translation>Día de cierre</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Motivo del cierre</translation>
    </message>
    <message>
        <source>Reason (e.g. Sant Joan)</source>
        <translation>Motivo (p. ej. San Juan)</translation>
    </message>
    <message>
        <source>Add closed &amp;day</source>
        <translation>Añadir &amp;día de cierre</translation>
    </message>
    <message>
        <source>Remove selected day</source>
        <translation>Eliminar el día seleccionado</translation>
    </message>
    <message>
        <source>Closed day: %1 %2</source>
        <translation>Día cerrado: %1 %2</translation>
    </message>
    <message>
        <source>Closed day to remove: %1</source>
        <translation>Día cerrado por eliminar: %1</translation>
    </message>
    <message>
        <source>Not removed yet: the server %1 cannot be reached. The day stays marked in the list and is removed by itself as soon as the connection is back.</source>
        <translation>Todavía no se ha eliminado: no se puede conectar con el servidor %1. El día queda marcado en la lista y se elimina automáticamente en cuanto se recupera la conexión.</translation>
    </message>
    <message>
        <source>If it is still listed, press Remove now.</source>
        <translation>Si todavía aparece en la lista, pulse Eliminar ahora.</translation>
    </message>
    <message>
        <source>&amp;Remove now</source>
        <translation>&amp;Eliminar ahora</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 (removal waits for the server)</source>
        <translation>%1 (la eliminación espera al servidor)</translation>
    </message>
    <message>
        <source>Closed day added.</source>
        <translation>Se ha añadido el día cerrado.</translation>
    </message>
    <message>
        <source>That day is already waiting to be removed.</source>
        <translation>Ese día ya está esperando para eliminarse.</translation>
    </message>
    <message>
        <source>Closed day removed.</source>
        <translation>Se ha eliminado el día cerrado.</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>Connect to a centre server</source>
        <translation>Conectar a un servidor del centro</translation>
    </message>
    <message>
        <source>Several desks share one centre on a PostgreSQL server. Ask whoever set it up for these details.</source>
        <translation>Varios equipos comparten un centro en un servidor PostgreSQL. Pida estos datos a quien lo haya configurado.</translation>
    </message>
    <message>
        <source>e.g. centre-server or 192.168.1.10 (empty: this computer)</source>
        <translation>p. ej., servidor-centro o 192.168.1.10 (vacío: este ordenador)</translation>
    </message>
    <message>
        <source>empty: the one kept in ~/.pgpass, if any</source>
        <translation>vacío: la guardada en ~/.pgpass, si la hay</translation>
    </message>
    <message>
        <source>Require TLS (encrypted)</source>
        <translation>Exigir TLS (cifrado)</translation>
    </message>
    <message>
        <source>Require TLS and check the server&apos;s certificate</source>
        <translation>Exigir TLS y comprobar el certificado del servidor</translation>
    </message>
    <message>
        <source>Use TLS when the server offers it</source>
        <translation>Usar TLS cuando el servidor lo ofrezca</translation>
    </message>
    <message>
        <source>No TLS (only on this computer or a trusted network)</source>
        <translation>Sin TLS (solo en este ordenador o en una red de confianza)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Co&amp;nectar</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>C&amp;ifrado:</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Sin conexión: %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>&amp;Try again now</source>
        <translation>&amp;Volver a intentarlo ahora</translation>
    </message>
    <message>
        <source>Connection to the server</source>
        <translation>Conexión con el servidor</translation>
    </message>
    <message>
        <source>Attempt %1 did not get through.</source>
        <translation>El intento %1 no ha podido conectar.</translation>
    </message>
    <message>
        <source>The connection to the server %1 has been lost since %2, so nothing done since then was saved.</source>
        <translation>La conexión con el servidor %1 está perdida desde las %2, así que no se ha guardado nada de lo hecho desde entonces.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) or look-up(s) could not reach the server.</source>
        <translation>
            <numerusform>%n cambio o consulta no ha podido llegar al servidor.</numerusform>
            <numerusform>%n cambios o consultas no han podido llegar al servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>What is in open windows is lost when you close. Everything saved before %1 is safe on the server.</source>
        <translation>Lo que hay en las ventanas abiertas se pierde al cerrar. Todo lo guardado antes de las %1 está a salvo en el servidor.</translation>
    </message>
    <message>
        <source>Close Massage Desk anyway?</source>
        <translation>¿Cerrar Massage Desk de todos modos?</translation>
    </message>
    <message>
        <source>Not connected to the server</source>
        <translation>Sin conexión con el servidor</translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost at %2. Massage Desk is reconnecting by itself; nothing can be saved until it is back. Open windows keep what you typed, and their saves go through when it is back.</source>
        <translation>La conexión con el servidor %1 se ha perdido a las %2. Massage Desk se está volviendo a conectar automáticamente; no se puede guardar nada hasta que se recupere. Las ventanas abiertas conservan lo que ha escrito, y se guardará cuando se recupere la conexión.</translation>
    </message>
    <message>
        <source>Waiting to be saved, and lost if you close now:</source>
        <translation>Pendiente de guardar, y se perderá si cierra ahora:</translation>
    </message>
    <message>
        <source>What is in open windows is lost when you close.</source>
        <translation>Lo que hay en las ventanas abiertas se pierde al cerrar.</translation>
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
    <message>
        <source>%1 could not be written: the disk may be full, or the file may have reached the largest size allowed there. Nothing was changed; free some space and try again.</source>
        <translation>No se ha podido escribir %1: puede que el disco esté lleno o que el archivo haya alcanzado el tamaño máximo permitido en esa ubicación. No se ha cambiado nada; libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>read the users</source>
        <translation>leer los usuarios</translation>
    </message>
    <message>
        <source>Sign in first: this centre has user accounts.</source>
        <translation>Identifíquese primero: este centro tiene cuentas de usuario.</translation>
    </message>
    <message>
        <source>The text contains a broken or invalid character (for example half of an emoji). Nothing was changed; type it again.</source>
        <translation>El texto contiene un carácter roto o no válido (por ejemplo, la mitad de un emoji). No se ha cambiado nada; vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>read the booking</source>
        <translation>leer la reserva</translation>
    </message>
    <message>
        <source>A therapist enters check-ins only for their own sessions: booking %1 is another therapist&apos;s.</source>
        <translation>Un terapeuta solo puede registrar acogidas de sus propias sesiones: la reserva %1 es de otro terapeuta.</translation>
    </message>
    <message>
        <source>A therapist books and changes only their own sessions.</source>
        <translation>Un terapeuta solo puede reservar y cambiar sus propias sesiones.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Massage Desk database yet; it was left untouched. Make a new database in it with &quot;massage-desk-cli init&quot; or New database in Massage Desk.</source>
        <translation>%1 es un archivo vacío, todavía no es una base de datos de Massage Desk; no se ha modificado. Cree en él una base de datos nueva con &quot;massage-desk-cli init&quot; o con Nueva base de datos en Massage Desk.</translation>
    </message>
    <message>
        <source>Another desk has just booked that time. Nothing was changed; look at the calendar again.</source>
        <translation>Desde otro equipo se acaba de reservar esa hora. No se ha cambiado nada; vuelva a mirar el calendario.</translation>
    </message>
    <message>
        <source>Another desk was changing the same data. Nothing was changed; try again.</source>
        <translation>Desde otro equipo se estaban cambiando los mismos datos. No se ha cambiado nada; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full. Nothing was changed; ask whoever runs the server to free some space.</source>
        <translation>El disco del servidor está lleno. No se ha cambiado nada; pida a quien administre el servidor que libere espacio.</translation>
    </message>
    <message>
        <source>The server refused: this account may not %1. Nothing was changed.</source>
        <translation>El servidor lo ha rechazado: esta cuenta no tiene permiso para %1. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Nothing was changed; try again once the server can be reached.</source>
        <translation>Se ha perdido la conexión con el servidor. No se ha cambiado nada; vuelva a intentarlo cuando el servidor esté disponible.</translation>
    </message>
    <message>
        <source>Cannot reach the server %1. Check the address and that the server is running, then try again.</source>
        <translation>No se puede conectar con el servidor %1. Compruebe la dirección y que el servidor esté en funcionamiento, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server address is not a valid postgresql:// address.</source>
        <translation>La dirección del servidor no es una dirección postgresql:// válida.</translation>
    </message>
    <message>
        <source>This installation cannot talk to PostgreSQL: Qt&apos;s QPSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation>Esta instalación no puede comunicarse con PostgreSQL: falta el controlador QPSQL de Qt (paquete de Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>prepare the connection</source>
        <translation>preparar la conexión</translation>
    </message>
    <message>
        <source>read the database</source>
        <translation>leer la base de datos</translation>
    </message>
    <message>
        <source>The database %1 belongs to another program, not Massage Desk. It was left untouched; choose another database.</source>
        <translation>La base de datos %1 es de otro programa, no de Massage Desk. No se ha modificado; elija otra base de datos.</translation>
    </message>
    <message>
        <source>The database %1 was set up by a newer version of Massage Desk (data version %2; this version reads up to %3). Install the newer version on this desk; the database was left untouched.</source>
        <translation>La base de datos %1 la configuró una versión más reciente de Massage Desk (versión de datos %2; esta versión lee hasta la %3). Instale la versión más reciente en este equipo; la base de datos no se ha modificado.</translation>
    </message>
    <message>
        <source>The database %1 already holds other tables, so it is not set up for Massage Desk. It was left untouched; give Massage Desk an empty database of its own.</source>
        <translation>La base de datos %1 ya contiene otras tablas, así que no está preparada para Massage Desk. No se ha modificado; proporcione a Massage Desk una base de datos vacía solo para él.</translation>
    </message>
    <message>
        <source>The database %1 holds no centre yet. Set it up with &quot;massage-desk-cli --database ... init&quot;.</source>
        <translation>La base de datos %1 todavía no contiene ningún centro. Configúrela con &quot;massage-desk-cli --database ... init&quot;.</translation>
    </message>
    <message>
        <source>The server %1 asks for a password for this user. Type the password (or keep it in ~/.pgpass) and try again.</source>
        <translation>El servidor %1 pide una contraseña para este usuario. Escriba la contraseña (o guárdela en ~/.pgpass) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server %1 did not accept the user name or password. Check both and try again.</source>
        <translation>El servidor %1 no ha aceptado el nombre de usuario o la contraseña. Compruebe ambos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server %1 has no such database. Check its name, or ask whoever runs the server to create it (createdb) and set it up with &quot;massage-desk-cli init&quot;.</source>
        <translation>El servidor %1 no tiene esa base de datos. Compruebe el nombre o pida a quien administre el servidor que la cree (createdb) y la prepare con &quot;massage-desk-cli init&quot;.</translation>
    </message>
    <message>
        <source>The server %1 does not let this computer in with this user and database. Ask whoever runs the server to allow this desk&apos;s network in pg_hba.conf.</source>
        <translation>El servidor %1 no permite la entrada a este ordenador con este usuario y esta base de datos. Pida a quien administre el servidor que permita la red de este equipo en pg_hba.conf.</translation>
    </message>
    <message>
        <source>The server %1 refused this user access to the database. Ask whoever runs the server to grant it.</source>
        <translation>El servidor %1 ha denegado a este usuario el acceso a la base de datos. Pida a quien administre el servidor que se lo conceda.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to %1 could not be set up. Check the TLS mode, and that the server offers TLS with a certificate this computer trusts.</source>
        <translation>No se ha podido establecer una conexión segura (TLS) con %1. Compruebe el modo TLS y que el servidor ofrezca TLS con un certificado en el que confíe este ordenador.</translation>
    </message>
    <message>
        <source>The server %1 is not taking connections at the moment (it is starting, stopping or full). Try again in a moment.</source>
        <translation>El servidor %1 no acepta conexiones en este momento (se está iniciando, deteniendo o está lleno). Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Cannot reach the server %1.</source>
        <translation>No se puede conectar con el servidor %1.</translation>
    </message>
    <message>
        <source>The connection to the server %1 is lost; Massage Desk is reconnecting. Nothing was changed: try again when the connection is back.</source>
        <translation>Se ha perdido la conexión con el servidor %1; Massage Desk se está reconectando. No se ha cambiado nada: vuelva a intentarlo cuando se restablezca la conexión.</translation>
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
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Print the day sheet…</source>
        <translation>&amp;Imprimir la hoja del día…</translation>
    </message>
    <message>
        <source>Save the day sheet</source>
        <translation>Guardar la hoja del día</translation>
    </message>
    <message>
        <source>day-sheet-%1.pdf</source>
        <translation>day-sheet-%1.pdf</translation>
    </message>
    <message>
        <source>Could not print the day sheet</source>
        <translation>No se ha podido imprimir la hoja del día</translation>
    </message>
    <message>
        <source>Print the day sheet</source>
        <translation>Imprimir la hoja del día</translation>
    </message>
    <message>
        <source>One page per &amp;therapist</source>
        <translation>Una página por &amp;terapeuta</translation>
    </message>
    <message>
        <source>Include &amp;cancelled and no-shows</source>
        <translation>Incluir las &amp;canceladas y las no presentadas</translation>
    </message>
    <message>
        <source>Day sheet for %1 printed.</source>
        <translation>Se ha impreso la hoja del día %1.</translation>
    </message>
    <message>
        <source>Connect to a centre &amp;server…</source>
        <translation>Conectar a un &amp;servidor del centro…</translation>
    </message>
    <message>
        <source>Recen&amp;t centres</source>
        <translation>Centros recient&amp;es</translation>
    </message>
    <message>
        <source>Connected to the server %1</source>
        <translation>Conectado al servidor %1</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Servidor %1</translation>
    </message>
    <message>
        <source>No centres opened yet</source>
        <translation>Todavía no se ha abierto ningún centro</translation>
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
    <message>
        <source>%1 is not an ordinary file (it is a device, a named pipe or a socket), so it cannot hold a database. Choose a database file.</source>
        <translation>%1 no es un archivo normal (es un dispositivo, una tubería con nombre o un socket), así que no puede contener una base de datos. Elija un archivo de base de datos.</translation>
    </message>
    <message>
        <source>%1 is a link to a file that does not exist. Choose the database file itself.</source>
        <translation>%1 es un enlace a un archivo que no existe. Elija directamente el archivo de base de datos.</translation>
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
    <message>
        <source>⚠ Stopped and referred on %1 (booking %2): this session needs a health professional&apos;s clearance before it starts.</source>
        <translation>⚠ Detenido y derivado el %1 (reserva %2): esta sesión necesita la autorización de un profesional sanitario antes de empezar.</translation>
    </message>
    <message>
        <source>%1 · ⚠ referred %2</source>
        <translation>%1 · ⚠ derivado %2</translation>
    </message>
</context>
<context>
    <name>DaySheet</name>
    <message>
        <source>&lt;p&gt;No sessions on this day.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No hay sesiones este día.&lt;/p&gt;</translation>
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
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Check-in outcomes only; the answers are in Massage Desk, for the therapist.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Solo los resultados de la acogida; las respuestas están en Massage Desk, para el terapeuta.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Contains health information for the therapist: keep this sheet out of clients&apos; sight and shred it at the end of the day.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Contiene información de salud para el terapeuta: mantenga esta hoja fuera de la vista de los clientes y destrúyala al final del día.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Avoid: %1</source>
        <translation>Evitar: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>stopped and referred on %1 (booking %2), no clearance recorded since</source>
        <translation>detenido y derivado el %1 (reserva %2), sin ninguna autorización registrada desde entonces</translation>
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
        <source>add the demo&apos;s user accounts</source>
        <translation>añadir las cuentas de usuario de la demostración</translation>
    </message>
    <message>
        <source>The demo&apos;s passwords could not be protected (out of memory?). Nothing was written.</source>
        <translation>No se han podido proteger las contraseñas de la demostración (¿falta de memoria?). No se ha escrito nada.</translation>
    </message>
    <message>
        <source>read the users</source>
        <translation>leer los usuarios</translation>
    </message>
</context>
<context>
    <name>DeskListModel</name>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (este ordenador)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordenador</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Conectado desde</translation>
    </message>
</context>
<context>
    <name>DeskRegistry</name>
    <message>
        <source>list this desk</source>
        <translation>añadir este equipo a la lista</translation>
    </message>
    <message>
        <source>keep this desk listed</source>
        <translation>mantener este equipo en la lista</translation>
    </message>
    <message>
        <source>remove this desk from the list</source>
        <translation>quitar este equipo de la lista</translation>
    </message>
    <message>
        <source>read the desks</source>
        <translation>leer los equipos</translation>
    </message>
</context>
<context>
    <name>DeskSettings</name>
    <message>
        <source>Desks connected now</source>
        <translation>Equipos conectados ahora</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>A desk is listed while its window is open and it was heard from in the last two minutes.</source>
        <translation>Un equipo aparece en la lista mientras tiene la ventana abierta y ha respondido en los últimos dos minutos.</translation>
    </message>
    <message numerus="yes">
        <source>%n desk(s) connected now.</source>
        <translation>
            <numerusform>%n equipo conectado ahora.</numerusform>
            <numerusform>%n equipos conectados ahora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DurationsEditor</name>
    <message>
        <source>Add a duration</source>
        <translation>Añadir una duración</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Stop offering this duration</source>
        <translation>Dejar de ofrecer esta duración</translation>
    </message>
</context>
<context>
    <name>EraseClientDialog</name>
    <message>
        <source>Erase client</source>
        <translation>Borrar cliente</translation>
    </message>
    <message>
        <source>Erase %1 (client %2)?</source>
        <translation>¿Desea borrar a %1 (cliente %2)?</translation>
    </message>
    <message>
        <source>This removes the client&apos;s name, phone, email and notes, every check-in answer and note, and the reasons written on their bookings, and wipes them from the database file. It cannot be undone.</source>
        <translation>Se eliminan el nombre, el teléfono, el correo electrónico y las notas del cliente, todas las respuestas y notas de la acogida y los motivos escritos en sus reservas, y se borran del archivo de la base de datos. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Their bookings stay as anonymous statistics (date, service, length, therapist, room, status and check-in outcome level): %1 kept. Upcoming bookings are cancelled: %2. Check-ins cleared: %3.</source>
        <translation>Sus reservas se conservan como estadísticas anónimas (fecha, servicio, duración, terapeuta, sala, estado y nivel del resultado de la acogida): se conservan %1. Próximas reservas canceladas: %2. Acogidas vaciadas: %3.</translation>
    </message>
    <message>
        <source>Backups made before now still hold the old data until they are pruned.</source>
        <translation>Las copias de seguridad hechas hasta ahora siguen conteniendo los datos antiguos hasta que se eliminan.</translation>
    </message>
    <message>
        <source>Type the client&apos;s name to confirm:</source>
        <translation>Escriba el nombre del cliente para confirmar:</translation>
    </message>
    <message>
        <source>&amp;Erase client</source>
        <translation>&amp;Borrar cliente</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <source>The whole centre</source>
        <translation>Todo el centro</translation>
    </message>
    <message>
        <source>Sessions of:</source>
        <translation>Sesiones de:</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>Exportar ca&amp;lendario…</translation>
    </message>
    <message>
        <source>Export clients as CSV…</source>
        <translation>Exportar clientes en CSV…</translation>
    </message>
    <message>
        <source>Export bookings as CSV…</source>
        <translation>Exportar reservas en CSV…</translation>
    </message>
    <message>
        <source>&amp;Import clients…</source>
        <translation>I&amp;mportar clientes…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se ha guardado %1.</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>The last day must be on or after the first, at most a year later.</source>
        <translation>El último día debe ser igual o posterior al primero, como máximo un año después.</translation>
    </message>
    <message>
        <source>sessions.ics</source>
        <translation>sessions.ics</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation>Exportar clientes</translation>
    </message>
    <message>
        <source>clients.csv</source>
        <translation>clients.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export bookings</source>
        <translation>Exportar reservas</translation>
    </message>
    <message>
        <source>bookings.csv</source>
        <translation>bookings.csv</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>larger than 64 MB</source>
        <translation>supera los 64 MB</translation>
    </message>
    <message>
        <source>Imported: %1. Merged: %2. Skipped: %3. With a consent date: %4.</source>
        <translation>Importados: %1. Fusionados: %2. Omitidos: %3. Con fecha de consentimiento: %4.</translation>
    </message>
</context>
<context>
    <name>FirstManagerDialog</name>
    <message>
        <source>Create the manager account</source>
        <translation>Crear la cuenta del gerente</translation>
    </message>
    <message>
        <source>e.g. anna (no spaces)</source>
        <translation>p. ej. anna (sin espacios)</translation>
    </message>
    <message>
        <source>e.g. Anna Puig</source>
        <translation>p. ej. Anna Puig</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This centre has no user accounts yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Create the manager&apos;s account now. The manager adds everyone else on the Users page; each person then signs in with their own name, and what they read and change is recorded under it.&lt;/p&gt;&lt;p&gt;Until then, anyone at this computer can do everything.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Este centro todavía no tiene cuentas de usuario.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Cree ahora la cuenta del gerente. El gerente añade a todos los demás en la página Usuarios; después, cada persona se identifica con su propio nombre, y lo que consulta y cambia queda registrado a su nombre.&lt;/p&gt;&lt;p&gt;Hasta entonces, cualquiera que use este ordenador puede hacerlo todo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>C&amp;rear e identificarse</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nombre &amp;visible:</translation>
    </message>
    <message>
        <source>✗ Choose a user name (no spaces).</source>
        <translation>✗ Elija un nombre de usuario (sin espacios).</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
</context>
<context>
    <name>FreeText</name>
    <message>
        <source>%1 contains invisible control characters (only line breaks and tabs are allowed); please retype it.</source>
        <translation>%1: hay caracteres de control invisibles (solo se permiten saltos de línea y tabulaciones); vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>%1 contains invisible control characters or line breaks; please retype it.</source>
        <translation>%1: hay caracteres de control invisibles o saltos de línea; vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>%1 can have at most %2 characters (this one has %3).</source>
        <translation>%1: como máximo %2 caracteres (este texto tiene %3).</translation>
    </message>
    <message>
        <source>%1 has characters with too many accents or marks; please retype it.</source>
        <translation>%1: hay caracteres con demasiados acentos o marcas; vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text: byte %2 cannot be read, and nothing was changed.</source>
        <translation>%1: el texto no es UTF-8 válido; el byte %2 no se puede leer y no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text: the byte at line %2, column %3 cannot be read, and nothing was changed. Save it as UTF-8 and try again.</source>
        <translation>%1: el texto no es UTF-8 válido; el byte de la línea %2, columna %3, no se puede leer y no se ha cambiado nada. Guárdelo en UTF-8 y vuelva a intentarlo.</translation>
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
    <name>HeatMap</name>
    <message>
        <source>Busy hours per weekday</source>
        <translation>Horas de más actividad por día de la semana</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>No hay sesiones en este período.</translation>
    </message>
    <message>
        <source>Busiest: %1 at %2:00, %3 sessions.</source>
        <translation>Máxima actividad: %1 a las %2:00, %3 sesiones.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2:00–%3:00: %n session(s)</source>
        <translation>
            <numerusform>%1 %2:00–%3:00: %n sesión</numerusform>
            <numerusform>%1 %2:00–%3:00: %n sesiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import clients</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1, columns separated by &quot;%2&quot;. Read: %3.</source>
        <translation>%1, columnas separadas por &quot;%2&quot;. Columnas leídas: %3.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulación</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>No se importan: %1.</translation>
    </message>
    <message>
        <source>The first rows as they will be stored:</source>
        <translation>Las primeras filas tal como se guardarán:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
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
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Rows that will not be imported as new clients:</source>
        <translation>Filas que no se importarán como clientes nuevos:</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Omitirlas</translation>
    </message>
    <message>
        <source>Merge into the existing client (fill in what is missing)</source>
        <translation>Fusionarlas con el cliente existente (completar lo que falte)</translation>
    </message>
    <message>
        <source>Create them as new clients</source>
        <translation>Crearlas como clientes nuevos</translation>
    </message>
    <message>
        <source>Likely duplicates:</source>
        <translation>Duplicados probables:</translation>
    </message>
    <message>
        <source>With duplicates skipped: %1 new, %2 skipped; %3 with a consent date. Nothing is stored until you press Import.</source>
        <translation>Si se omiten los duplicados: %1 nuevos, %2 omitidos; %3 con fecha de consentimiento. No se guarda nada hasta que pulse Importar.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>No file name was given.</source>
        <translation>No se ha indicado ningún nombre de archivo.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is a folder; give a file.</source>
        <translation>No se puede leer %1: es una carpeta; indique un archivo.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is not an ordinary file (it is a device, a pipe or a socket); give a file.</source>
        <translation>No se puede leer %1: no es un archivo normal (es un dispositivo, una tubería o un socket); indique un archivo.</translation>
    </message>
</context>
<context>
    <name>LocalTime</name>
    <message>
        <source>That date or time does not exist.</source>
        <translation>Esa fecha u hora no existe.</translation>
    </message>
    <message>
        <source>%1 at %2 does not exist in %3: the clocks go forward that night. Choose a time before or after the change.</source>
        <translation>El %1 a las %2 no existe en %3: esa noche se adelantan los relojes. Elija una hora anterior o posterior al cambio.</translation>
    </message>
    <message>
        <source>%1 summer time (%2, %3)</source>
        <translation>%1 horario de verano (%2, %3)</translation>
    </message>
    <message>
        <source>%1 winter time (%2, %3)</source>
        <translation>%1 horario de invierno (%2, %3)</translation>
    </message>
    <message>
        <source>%1 happens twice in %2: the clocks go back that night. Say which one with its offset: &quot;%3&quot; for %4, or &quot;%5&quot; for %6.</source>
        <translation>La hora %1 se repite en %2: esa noche se atrasan los relojes. Indique cuál es con su desfase horario: &quot;%3&quot; para %4, o &quot;%5&quot; para %6.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time; write it as YYYY-MM-DD HH:MM, e.g. 2026-11-25 16:30 (or 2026-10-25 02:30+02:00 to give the offset from UTC).</source>
        <translation>&quot;%1&quot; no es una fecha y hora; escríbala con el formato AAAA-MM-DD HH:MM, p. ej. 2026-11-25 16:30 (o 2026-10-25 02:30+02:00 para indicar el desfase respecto a UTC).</translation>
    </message>
    <message>
        <source>%1 %2 in %3 is at %4 from UTC, not %5.</source>
        <translation>El %1 a las %2, en %3, tiene un desfase de %4 respecto a UTC, no de %5.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>%1 is outside the dates a session can start: from %2 to %3 (five years from today).</source>
        <translation>%1 queda fuera de las fechas en que puede empezar una sesión: del %2 al %3 (cinco años a partir de hoy).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Massage Desk</source>
        <translation>Massage Desk</translation>
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
    <message>
        <source>&amp;Lock or switch user</source>
        <translation>&amp;Bloquear o cambiar de usuario</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Usuario: %1 (%2)</translation>
    </message>
    <message>
        <source>Create the &amp;manager account…</source>
        <translation>Crear la cuenta del &amp;gerente…</translation>
    </message>
    <message>
        <source>No user accounts yet</source>
        <translation>Todavía no hay cuentas de usuario</translation>
    </message>
    <message>
        <source>Anyone at this computer can do everything until the manager&apos;s account exists: File &gt; Create the manager account.</source>
        <translation>Cualquiera que use este ordenador puede hacerlo todo hasta que exista la cuenta del gerente: Archivo &gt; Crear la cuenta del gerente.</translation>
    </message>
    <message>
        <source>This centre already has user accounts: a manager adds more on the Users page.</source>
        <translation>Este centro ya tiene cuentas de usuario: un gerente puede añadir más en la página Usuarios.</translation>
    </message>
    <message>
        <source>Welcome, %1. Add your colleagues on the Users page.</source>
        <translation>Le damos la bienvenida, %1. Añada a sus compañeros en la página Usuarios.</translation>
    </message>
    <message>
        <source>There are no users yet, so there is nothing to lock: create the manager account first (File menu).</source>
        <translation>Todavía no hay usuarios, así que no hay nada que bloquear: primero cree la cuenta del gerente (menú Archivo).</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+9, then Ctrl+0, open the pages in their order</source>
        <translation>Ctrl+1 a Ctrl+9, y luego Ctrl+0, abren las páginas en su orden</translation>
    </message>
    <message>
        <source>The connection to the server is back.</source>
        <translation>Se ha restablecido la conexión con el servidor.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
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
    <name>MyDayModel</name>
    <message>
        <source>▶ Ready to start</source>
        <translation>▶ Lista para empezar</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Booking %1 · %2 · %3</source>
        <translation>Reserva %1 · %2 · %3</translation>
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
        <source>Check-in</source>
        <translation>Acogida</translation>
    </message>
    <message>
        <source>Before the start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Areas to avoid</source>
        <translation>Zonas que evitar</translation>
    </message>
</context>
<context>
    <name>MyDayPage</name>
    <message>
        <source>My day lists a therapist&apos;s own sessions. Sign in as a therapist to see yours.</source>
        <translation>Mi día muestra las sesiones propias de un terapeuta. Identifíquese como terapeuta para ver las suyas.</translation>
    </message>
    <message>
        <source>My sessions today</source>
        <translation>Mis sesiones de hoy</translation>
    </message>
    <message>
        <source>✓ Proceed · ℹ Note · ▲ Adapt (areas to avoid; you sign off) · ⚠ Needs clearance · ✖ Stop and refer (no massage) · – not checked in yet. Sign-off, clearance and the start are on the Check-ins page.</source>
        <translation>✓ Continuar · ℹ Nota · ▲ Adaptar (zonas que evitar; usted lo valida) · ⚠ Requiere autorización · ✖ Detener y derivar (sin masaje) · – todavía sin acogida. La validación, la autorización y el inicio están en la página Acogidas.</translation>
    </message>
    <message>
        <source>My day · %1 · %2</source>
        <translation>Mi día · %1 · %2</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Mi día</translation>
    </message>
    <message>
        <source>● New check-in: %1 at %2 — %3</source>
        <translation>● Nueva acogida: %1 a las %2 — %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;✖ STOP — no massage for %1 at %2 (%3).&lt;/b&gt;&lt;br&gt;The check-in says stop and refer: the client is advised to seek medical attention promptly. The session cannot start.</source>
        <translation>&lt;b&gt;✖ DETENER — sin masaje para %1 a las %2 (%3).&lt;/b&gt;&lt;br&gt;La acogida indica detener y derivar: se aconseja al cliente que consulte a un médico cuanto antes. La sesión no puede empezar.</translation>
    </message>
    <message>
        <source>I have &amp;read this</source>
        <translation>&amp;Lo he leído</translation>
    </message>
</context>
<context>
    <name>NewFile</name>
    <message>
        <source>No file name was given.</source>
        <translation>No se ha indicado ningún nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 is a link to another file. Massage Desk does not write through links: choose a new file name.</source>
        <translation>%1 es un enlace a otro archivo. Massage Desk no escribe a través de enlaces: elija un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name inside it.</source>
        <translation>%1 es una carpeta; elija un nombre de archivo dentro de ella.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name: Massage Desk never overwrites a file.</source>
        <translation>%1 ya existe. Elija un nombre nuevo: Massage Desk nunca sobrescribe un archivo.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (it is a device, a pipe or a socket). Choose a new file name.</source>
        <translation>%1 no es un archivo normal (es un dispositivo, una tubería o un socket). Elija un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>No se puede escribir %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 is read-only.</source>
        <translation>No se puede escribir %1: la carpeta %2 es de solo lectura.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was saved under that name; free some space or choose another place.</source>
        <translation>No se ha podido escribir %1: %2. No se ha guardado nada con ese nombre; libere espacio o elija otra ubicación.</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>no se ha escrito nada</translation>
    </message>
    <message>
        <source>%1 appeared while it was being written (another program?) and was left as it is. Choose a new name.</source>
        <translation>%1 ha aparecido mientras se escribía (¿otro programa?) y se ha dejado tal como estaba. Elija un nombre nuevo.</translation>
    </message>
</context>
<context>
    <name>OutcomeBanner</name>
    <message>
        <source>Proceed</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Nothing in the answers stands in the way of the session.</source>
        <translation>Ninguna de las respuestas impide la sesión.</translation>
    </message>
    <message>
        <source>Proceed, with a note</source>
        <translation>Continuar, con una nota</translation>
    </message>
    <message>
        <source>The therapist will read the note before starting.</source>
        <translation>El terapeuta leerá la nota antes de empezar.</translation>
    </message>
    <message>
        <source>Adapt the session</source>
        <translation>Adaptar la sesión</translation>
    </message>
    <message>
        <source>Record the areas to avoid. The therapist signs the check-in off before starting.</source>
        <translation>Registre las zonas que evitar. El terapeuta valida la acogida antes de empezar.</translation>
    </message>
    <message>
        <source>Needs clearance</source>
        <translation>Requiere autorización</translation>
    </message>
    <message>
        <source>The session cannot start until clearance from a health professional is recorded, or it is postponed.</source>
        <translation>La sesión no puede empezar hasta que se registre la autorización de un profesional sanitario; si no, se debe aplazar.</translation>
    </message>
    <message>
        <source>Stop: no massage today</source>
        <translation>Detener: hoy no hay masaje</translation>
    </message>
    <message>
        <source>Do not massage. Advise the client to seek medical attention promptly. The booking will be marked referred and no one can start this session.</source>
        <translation>No realice el masaje. Aconseje al cliente que consulte a un médico cuanto antes. La reserva se marcará como derivada y nadie podrá empezar esta sesión.</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Re&amp;petir:</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>At least 10 characters: mix letters with digits or symbols, or use a phrase of 16 characters or more.</source>
        <translation>Al menos 10 caracteres: combine letras con dígitos o símbolos, o use una frase de 16 caracteres o más.</translation>
    </message>
    <message>
        <source>✗ Not yet: %1</source>
        <translation>✗ Todavía no: %1</translation>
    </message>
    <message>
        <source>✓ Strong enough. Type it again below.</source>
        <translation>✓ Suficientemente segura. Vuelva a escribirla abajo.</translation>
    </message>
    <message>
        <source>✗ The two passwords are not the same.</source>
        <translation>✗ Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>✓ Strong enough, and both are the same.</source>
        <translation>✓ Suficientemente segura, y las dos coinciden.</translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <source>Could not lay out %1 as a PDF.</source>
        <translation>No se ha podido generar %1 como PDF.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>A %1 sees the outcome of a check-in, not the answers.</source>
        <translation>Con el rol de %1 se ve el resultado de la acogida, no las respuestas.</translation>
    </message>
    <message>
        <source>Only the therapist signs off, starts and writes the note of a session.</source>
        <translation>Solo el terapeuta valida una sesión, la empieza y escribe su nota.</translation>
    </message>
    <message>
        <source>Only a manager changes the catalogue, staff, rooms, hours and users.</source>
        <translation>Solo un gerente puede cambiar el catálogo, el personal, las salas, los horarios y los usuarios.</translation>
    </message>
    <message>
        <source>Only a manager reads the audit log.</source>
        <translation>Solo un gerente puede leer el registro de auditoría.</translation>
    </message>
    <message>
        <source>Only a manager exports or erases a client&apos;s data.</source>
        <translation>Solo un gerente puede exportar o borrar los datos de un cliente.</translation>
    </message>
    <message>
        <source>A %1 may not do this.</source>
        <translation>Con el rol de %1 no se puede hacer esto.</translation>
    </message>
    <message>
        <source>receptionist</source>
        <translation>recepcionista</translation>
    </message>
    <message>
        <source>therapist</source>
        <translation>terapeuta</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>gerente</translation>
    </message>
    <message>
        <source>Only a manager reads the reports.</source>
        <translation>Solo un gerente puede leer los informes.</translation>
    </message>
</context>
<context>
    <name>PlainBackupsDialog</name>
    <message>
        <source>Older backups in plain</source>
        <translation>Copias de seguridad anteriores sin cifrar</translation>
    </message>
    <message numerus="yes">
        <source>These %n backup(s) were made before sealing and still hold the check-in answers and notes in plain. Write one sealed backup now and delete them? They are deleted only once the new backup is written and checked. Copies kept elsewhere (a USB disk) are not touched: destroy them yourself.</source>
        <translation>
            <numerusform>Esta %n copia de seguridad se hizo antes de cifrar y todavía contiene las respuestas y las notas de las acogidas sin cifrar. ¿Desea escribir ahora una copia de seguridad cifrada y eliminarla? Solo se elimina cuando la copia nueva se ha escrito y comprobado. Las copias guardadas en otros lugares (un disco USB) no se tocan: destrúyalas usted mismo.</numerusform>
            <numerusform>Estas %n copias de seguridad se hicieron antes de cifrar y todavía contienen las respuestas y las notas de las acogidas sin cifrar. ¿Desea escribir ahora una copia de seguridad cifrada y eliminarlas? Solo se eliminan cuando la copia nueva se ha escrito y comprobado. Las copias guardadas en otros lugares (un disco USB) no se tocan: destrúyalas usted mismo.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Write a sealed backup and delete these</source>
        <translation>&amp;Escribir una copia cifrada y eliminar estas</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Conservarlas</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
</context>
<context>
    <name>PortableBackup</name>
    <message>
        <source>No backup file was given.</source>
        <translation>No se ha indicado ningún archivo de copia de seguridad.</translation>
    </message>
    <message>
        <source>The centre %1 already holds data, so the backup was not restored into it. Nothing was changed. To replace everything in it with the backup, run restore again with --replace --yes.</source>
        <translation>El centro %1 ya contiene datos, así que no se ha restaurado en él la copia de seguridad. No se ha cambiado nada. Para sustituir todo su contenido por la copia de seguridad, vuelva a ejecutar restore con --replace --yes.</translation>
    </message>
    <message>
        <source>Could not read the backup %1. Nothing was changed.</source>
        <translation>No se ha podido leer la copia de seguridad %1. No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>PrecautionEngine</name>
    <message>
        <source>No precaution rules are loaded, so the answers cannot be checked.</source>
        <translation>No se ha cargado ninguna regla de precaución, así que no se pueden comprobar las respuestas.</translation>
    </message>
    <message>
        <source>The check-in names no service.</source>
        <translation>La acogida no indica ningún servicio.</translation>
    </message>
    <message>
        <source>These answers are not questions of precaution rules %1: %2.</source>
        <translation>Estas respuestas no corresponden a ninguna pregunta de las reglas de precaución %1: %2.</translation>
    </message>
    <message>
        <source>Every question must be answered; missing: %1.</source>
        <translation>Hay que responder todas las preguntas; faltan: %1.</translation>
    </message>
    <message>
        <source>The check-in answers are not valid JSON (%1 at byte %2).</source>
        <translation>Las respuestas de la acogida no son un JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>The check-in answers must be one JSON object with an &quot;answers&quot; object inside.</source>
        <translation>Las respuestas de la acogida deben ser un único objeto JSON que contenga un objeto &quot;answers&quot;.</translation>
    </message>
    <message>
        <source>The check-in answers have an unknown field &quot;%1&quot;; the fields are &quot;answers&quot;, &quot;avoid_areas&quot; and &quot;notes&quot;.</source>
        <translation>Las respuestas de la acogida tienen un campo desconocido, &quot;%1&quot;; los campos son &quot;answers&quot;, &quot;avoid_areas&quot; y &quot;notes&quot;.</translation>
    </message>
    <message>
        <source>The check-in answers need an &quot;answers&quot; object, e.g. {&quot;answers&quot;: {&quot;pregnant&quot;: false}}.</source>
        <translation>Las respuestas de la acogida necesitan un objeto &quot;answers&quot;, p. ej. {&quot;answers&quot;: {&quot;pregnant&quot;: false}}.</translation>
    </message>
    <message>
        <source>The answer to &quot;%1&quot; must be true or false.</source>
        <translation>La respuesta a &quot;%1&quot; debe ser true o false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the check-in answers must be text.</source>
        <translation>&quot;%1&quot; en las respuestas de la acogida debe ser un texto.</translation>
    </message>
    <message>
        <source>This client was stopped and referred to a health professional on %1 (booking %2). Until their clearance is recorded (who, when, what they advised), every session needs clearance before it starts.</source>
        <translation>El %1 (reserva %2) se detuvo la sesión de este cliente y se le derivó a un profesional sanitario. Hasta que se registre la autorización del profesional (quién, cuándo y qué recomendó), todas las sesiones requieren autorización antes de empezar.</translation>
    </message>
    <message>
        <source>The check-in answers file</source>
        <translation>El archivo de respuestas de la acogida</translation>
    </message>
    <message>
        <source>The check-in answers give &quot;%1&quot; more than once; each key may appear only once, so nothing was recorded.</source>
        <translation>Las respuestas de la acogida indican &quot;%1&quot; más de una vez; cada clave solo puede aparecer una vez, así que no se ha registrado nada.</translation>
    </message>
</context>
<context>
    <name>PrecautionRules</name>
    <message>
        <source>The precaution rule file is not valid JSON (%1 at byte %2).</source>
        <translation>El archivo de reglas de precaución no es un JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>The precaution rule file must hold one JSON object.</source>
        <translation>El archivo de reglas de precaución debe contener un único objeto JSON.</translation>
    </message>
    <message>
        <source>The precaution rule file has an unknown field &quot;%1&quot;.</source>
        <translation>El archivo de reglas de precaución tiene un campo desconocido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The precaution rule file has no &quot;format&quot; number; expected &quot;format&quot;: %1.</source>
        <translation>El archivo de reglas de precaución no tiene ningún número &quot;format&quot;; se esperaba &quot;format&quot;: %1.</translation>
    </message>
    <message>
        <source>The precaution rule file has format %1; this program reads format %2.</source>
        <translation>El archivo de reglas de precaución tiene el formato %1; este programa lee el formato %2.</translation>
    </message>
    <message>
        <source>The precaution rule file needs a &quot;version&quot; text such as &quot;2026.1&quot;; every check-in records it.</source>
        <translation>El archivo de reglas de precaución necesita un texto &quot;version&quot;, como &quot;2026.1&quot;; cada acogida lo registra.</translation>
    </message>
    <message>
        <source>Unknown outcome level &quot;%1&quot; in &quot;levels&quot;; the known levels are: %2.</source>
        <translation>Nivel de resultado desconocido, &quot;%1&quot;, en &quot;levels&quot;; los niveles conocidos son: %2.</translation>
    </message>
    <message>
        <source>&quot;levels&quot; must list every outcome level once, mildest first: %1.</source>
        <translation>&quot;levels&quot; debe listar cada nivel de resultado una sola vez, del más leve al más grave: %1.</translation>
    </message>
    <message>
        <source>The precaution rule file has no &quot;questions&quot;.</source>
        <translation>El archivo de reglas de precaución no tiene &quot;questions&quot;.</translation>
    </message>
    <message>
        <source>Question %1 has no valid &quot;id&quot; (lowercase letters, digits and underscores, starting with a letter).</source>
        <translation>La pregunta %1 no tiene un &quot;id&quot; válido (letras minúsculas, dígitos y guiones bajos, empezando por una letra).</translation>
    </message>
    <message>
        <source>The question id &quot;%1&quot; is used more than once.</source>
        <translation>El id de pregunta &quot;%1&quot; se usa más de una vez.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has an unknown field &quot;%2&quot;.</source>
        <translation>La pregunta &quot;%1&quot; tiene un campo desconocido: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: every entry of &quot;applies_to&quot; must be a service code such as &quot;leg&quot;, or &quot;*&quot;.</source>
        <translation>Pregunta &quot;%1&quot;: cada entrada de &quot;applies_to&quot; debe ser un código de servicio, como &quot;leg&quot;, o bien &quot;*&quot;.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: &quot;applies_to&quot; names no service; list service codes, or &quot;*&quot; for every service.</source>
        <translation>Pregunta &quot;%1&quot;: &quot;applies_to&quot; no indica ningún servicio; indique códigos de servicio, o &quot;*&quot; para todos los servicios.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: &quot;*&quot; already means every service; list nothing else with it in &quot;applies_to&quot;.</source>
        <translation>Pregunta &quot;%1&quot;: &quot;*&quot; ya significa todos los servicios; no ponga nada más junto a él en &quot;applies_to&quot;.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: &quot;trigger&quot; must be true or false (the answer that triggers the outcome).</source>
        <translation>Pregunta &quot;%1&quot;: &quot;trigger&quot; debe ser true o false (la respuesta que activa el resultado).</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has an unknown outcome &quot;%2&quot;; the known levels are: %3.</source>
        <translation>La pregunta &quot;%1&quot; tiene un resultado desconocido, &quot;%2&quot;; los niveles conocidos son: %3.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: the outcome &quot;proceed&quot; would never change a check-in; choose a more severe level.</source>
        <translation>Pregunta &quot;%1&quot;: el resultado &quot;proceed&quot; nunca cambiaría una acogida; elija un nivel más grave.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has no English texts (&quot;texts&quot;: {&quot;en&quot;: ...}).</source>
        <translation>La pregunta &quot;%1&quot; no tiene textos en inglés (&quot;texts&quot;: {&quot;en&quot;: ...}).</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: the &quot;%2&quot; texts need a &quot;question&quot; and a &quot;reason&quot;.</source>
        <translation>Pregunta &quot;%1&quot;: los textos &quot;%2&quot; necesitan &quot;question&quot; y &quot;reason&quot;.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: &quot;follow_up&quot; needs an &quot;id&quot; and an English label (&quot;texts&quot;: {&quot;en&quot;: {&quot;label&quot;: ...}}).</source>
        <translation>Pregunta &quot;%1&quot;: &quot;follow_up&quot; necesita un &quot;id&quot; y una etiqueta en inglés (&quot;texts&quot;: {&quot;en&quot;: {&quot;label&quot;: ...}}).</translation>
    </message>
    <message>
        <source>The built-in precaution rules (%1) are missing from this program.</source>
        <translation>En este programa faltan las reglas de precaución integradas (%1).</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Save these pages as a PDF file instead of printing them</source>
        <translation>Guardar estas páginas en un archivo PDF en lugar de imprimirlas</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrivacySettings</name>
    <message>
        <source>&amp;Seal the health data</source>
        <translation>&amp;Cifrar los datos de salud</translation>
    </message>
    <message>
        <source>your password, to wrap the centre&apos;s key</source>
        <translation>su contraseña, para proteger la clave del centro</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Not sealed. Sealing needs the manager&apos;s account first (File &gt; Create the manager account): the key is wrapped with the passwords of those who may read check-ins.</source>
        <translation>Sin cifrar. Para cifrar, primero hace falta la cuenta del gerente (Archivo &gt; Crear la cuenta del gerente): la clave se protege con las contraseñas de quienes pueden leer las acogidas.</translation>
    </message>
    <message>
        <source>Not sealed: check-in answers and notes are stored in plain.</source>
        <translation>Sin cifrar: las respuestas y las notas de las acogidas se guardan sin cifrar.</translation>
    </message>
    <message numerus="yes">
        <source>Sealed; %n check-in(s) still plain: seal again to finish.</source>
        <translation>
            <numerusform>Cifrado; %n acogida sigue sin cifrar: vuelva a cifrar para terminar.</numerusform>
            <numerusform>Cifrado; %n acogidas siguen sin cifrar: vuelva a cifrar para terminar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sealed: %n account(s) can open the check-in answers and notes.</source>
        <translation>
            <numerusform>Cifrado: %n cuenta puede abrir las respuestas y las notas de las acogidas.</numerusform>
            <numerusform>Cifrado: %n cuentas pueden abrir las respuestas y las notas de las acogidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The health data is sealed. Older backups still hold it in plain.</source>
        <translation>Los datos de salud están cifrados. Las copias de seguridad anteriores los siguen conteniendo sin cifrar.</translation>
    </message>
    <message>
        <source>&amp;Restore access with the recovery key…</source>
        <translation>&amp;Restaurar el acceso con la clave de recuperación…</translation>
    </message>
    <message>
        <source>Replace older &amp;plain backups…</source>
        <translation>Sustituir las copias anteriores sin ci&amp;frar…</translation>
    </message>
    <message>
        <source>Sealed, the check-in answers, notes, reasons and clearance advice are unreadable in the database file and its backups without a therapist&apos;s or manager&apos;s password or the recovery key. The outcome level stays readable to everyone. Backups made before sealing still hold them in plain: after sealing, the program offers to replace its automatic backups with a sealed one.</source>
        <translation>Una vez cifradas, las respuestas, las notas, los motivos y las indicaciones de autorización de las acogidas no se pueden leer en el archivo de la base de datos ni en sus copias de seguridad sin la contraseña de un terapeuta o de un gerente, o la clave de recuperación. El nivel del resultado sigue siendo legible para todos. Las copias de seguridad hechas antes de cifrar todavía las contienen sin cifrar: después de cifrar, el programa ofrece sustituir sus copias automáticas por una cifrada.</translation>
    </message>
    <message>
        <source>No automatic backup of this centre holds plain data.</source>
        <translation>Ninguna copia de seguridad automática de este centro contiene datos sin cifrar.</translation>
    </message>
    <message numerus="yes">
        <source>A sealed backup was written and checked; %n plain backup(s) deleted.</source>
        <translation>
            <numerusform>Se ha escrito y comprobado una copia de seguridad cifrada; se ha eliminado %n copia sin cifrar.</numerusform>
            <numerusform>Se ha escrito y comprobado una copia de seguridad cifrada; se han eliminado %n copias sin cifrar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be deleted: delete them yourself.</source>
        <translation>
            <numerusform>%n no se ha podido eliminar: elimínela usted mismo.</numerusform>
            <numerusform>%n no se han podido eliminar: elimínelas usted mismo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a manager signed in restores access.</source>
        <translation>Solo un gerente identificado puede restaurar el acceso.</translation>
    </message>
    <message>
        <source>The sealed check-ins open again for %1.</source>
        <translation>Las acogidas cifradas vuelven a abrirse para %1.</translation>
    </message>
    <message>
        <source>Sealing was not turned on: the server %1 cannot be reached, and nothing was changed. Once the connection is back, type your password again and press “Seal the health data”.</source>
        <translation>No se ha activado el cifrado: no se puede conectar con el servidor %1 y no se ha cambiado nada. Cuando se recupere la conexión, vuelva a escribir la contraseña y pulse “Cifrar los datos de salud”.</translation>
    </message>
    <message>
        <source>The remaining check-ins were not sealed: the server %1 cannot be reached, and nothing was changed. Press “Seal the health data” again once the connection is back.</source>
        <translation>No se han cifrado los registros de llegada que faltaban: no se puede conectar con el servidor %1 y no se ha cambiado nada. Vuelva a pulsar “Cifrar los datos de salud” cuando se recupere la conexión.</translation>
    </message>
    <message>
        <source>Sealing is turned on, but not every check-in was sealed: %1 Write down the recovery key now; then press “Seal the health data” again to finish.</source>
        <translation>El cifrado está activado, pero no se han cifrado todos los registros de llegada: %1 Anote ahora la clave de recuperación; después vuelva a pulsar “Cifrar los datos de salud” para terminar.</translation>
    </message>
    <message>
        <source>Access was not restored: the server %1 cannot be reached, and nothing was changed. Press “Restore access” again once the connection is back; the passwords are typed again then.</source>
        <translation>No se ha restaurado el acceso: no se puede conectar con el servidor %1 y no se ha cambiado nada. Vuelva a pulsar “Restaurar el acceso” cuando se recupere la conexión; entonces hay que volver a escribir las contraseñas.</translation>
    </message>
</context>
<context>
    <name>RecordVersion</name>
    <message>
        <source>read who changed it</source>
        <translation>leer quién lo ha cambiado</translation>
    </message>
    <message>
        <source>Cancelled by %1 at %2 since you opened it.</source>
        <translation>%1 lo ha cancelado (%2) desde que lo abrió.</translation>
    </message>
    <message>
        <source>Cancelled at another desk since you opened it.</source>
        <translation>Se ha cancelado desde otro equipo desde que lo abrió.</translation>
    </message>
    <message>
        <source>Changed by %1 at %2 since you opened it.</source>
        <translation>%1 lo ha cambiado (%2) desde que lo abrió.</translation>
    </message>
    <message>
        <source>Changed at another desk at %1 since you opened it.</source>
        <translation>Se ha cambiado desde otro equipo (%1) desde que lo abrió.</translation>
    </message>
    <message>
        <source>Changed at another desk since you opened it.</source>
        <translation>Se ha cambiado desde otro equipo desde que lo abrió.</translation>
    </message>
</context>
<context>
    <name>RecoveryAccessDialog</name>
    <message>
        <source>Restore access with the recovery key</source>
        <translation>Restaurar el acceso con la clave de recuperación</translation>
    </message>
    <message>
        <source>Type the recovery key printed when sealing was turned on (eight groups of four letters and digits). With it, the sealed check-ins open again for %1 with the password below, which becomes the account&apos;s password.</source>
        <translation>Escriba la clave de recuperación que se mostró al activar el cifrado (ocho grupos de cuatro letras y cifras). Con ella, las acogidas cifradas vuelven a abrirse para %1 con la contraseña de abajo, que pasa a ser la contraseña de la cuenta.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repetir la contraseña</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>Clave de &amp;recuperación:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Re&amp;petir:</translation>
    </message>
    <message>
        <source>&amp;Restore access</source>
        <translation>Restaurar el &amp;acceso</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>Escriba la clave de recuperación.</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>Las dos contraseñas no coinciden; vuelva a escribirlas.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>The centre&apos;s recovery key</source>
        <translation>La clave de recuperación del centro</translation>
    </message>
    <message>
        <source>Check-in answers and notes are now sealed: only therapists and managers open them, with their passwords. If every password is ever lost, this recovery key is the only way back in. It is shown this once: print it or write it down, and keep it away from this computer.</source>
        <translation>Las respuestas y las notas de las acogidas ya están cifradas: solo los terapeutas y los gerentes pueden abrirlas, con sus contraseñas. Si alguna vez se pierden todas las contraseñas, esta clave de recuperación es la única forma de volver a acceder. Solo se muestra esta vez: imprímala o anótela, y guárdela lejos de este ordenador.</translation>
    </message>
    <message>
        <source>I have kept it</source>
        <translation>La he guardado</translation>
    </message>
    <message>
        <source>&amp;Print or save as PDF…</source>
        <translation>&amp;Imprimir o guardar en PDF…</translation>
    </message>
    <message>
        <source>The page could not be drawn.</source>
        <translation>No se ha podido dibujar la página.</translation>
    </message>
    <message>
        <source>Massage Desk recovery key</source>
        <translation>Clave de recuperación de Massage Desk</translation>
    </message>
    <message>
        <source>Centre: %1</source>
        <translation>Centro: %1</translation>
    </message>
    <message>
        <source>This key opens the centre&apos;s sealed check-in answers and notes when every password is lost: run &quot;massage-desk-cli sealing recover --manager NAME&quot; and type it. Keep this sheet locked away from the computer and its backups; whoever holds it and a copy of the centre can read its health data.</source>
        <translation>Esta clave abre las respuestas y las notas cifradas de las acogidas del centro cuando se han perdido todas las contraseñas: ejecute &quot;massage-desk-cli sealing recover --manager NAME&quot; y escríbala. Guarde esta hoja bajo llave, lejos del ordenador y de sus copias de seguridad; quien la tenga junto con una copia del centro puede leer sus datos de salud.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>massage-desk-recovery-key.pdf</source>
        <translation>massage-desk-clave-de-recuperacion.pdf</translation>
    </message>
</context>
<context>
    <name>RepeatDialog</name>
    <message>
        <source>&amp;Book the ticked dates</source>
        <translation>&amp;Reservar las fechas marcadas</translation>
    </message>
    <message>
        <source>Repeat %1&apos;s %2</source>
        <translation>Repetir %2 de %1</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> semana(s)</translation>
    </message>
    <message>
        <source> more time(s)</source>
        <translation> vez/veces más</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Cada:</translation>
    </message>
    <message>
        <source>How many:</source>
        <translation>Cuántas veces:</translation>
    </message>
    <message>
        <source>Same day of the week and time, therapist, room and length as %1. Nothing is saved until you book.</source>
        <translation>El mismo día de la semana y la misma hora, terapeuta, sala y duración que %1. No se guarda nada hasta que reserve.</translation>
    </message>
    <message>
        <source>✓ %1 — %2, %3</source>
        <translation>✓ %1 — %2, %3</translation>
    </message>
    <message>
        <source>✖ %1 — %2 Tick to book %3 instead.</source>
        <translation>✖ %1 — %2 Márquela para reservar a las %3 en su lugar.</translation>
    </message>
    <message>
        <source>✖ %1 — %2 Skipped: no other time that day.</source>
        <translation>✖ %1 — %2 Se omite: no hay otra hora ese día.</translation>
    </message>
    <message>
        <source>Tick at least one date.</source>
        <translation>Marque al menos una fecha.</translation>
    </message>
</context>
<context>
    <name>ReportBusyModel</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Busy hours</source>
        <translation>Horas de más actividad</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Sessions per therapist</source>
        <translation>Sesiones por terapeuta</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Este período</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Período anterior</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message>
        <source>Week of (month-day)</source>
        <translation>Semana del (mes-día)</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Período anterior</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>No hay nada en este período.</translation>
    </message>
    <message>
        <source>Report for %1</source>
        <translation>Informe de %1</translation>
    </message>
    <message>
        <source>Compared with the period before, %1.</source>
        <translation>En comparación con el período anterior, %1.</translation>
    </message>
</context>
<context>
    <name>ReportReasonModel</name>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(no se ha indicado)</translation>
    </message>
    <message>
        <source>Cancellations and no-shows by reason</source>
        <translation>Cancelaciones y no presentados por motivo</translation>
    </message>
</context>
<context>
    <name>ReportRepository</name>
    <message>
        <source>A report needs a first and a last day, the last on or after the first.</source>
        <translation>Un informe necesita un primer y un último día, y el último debe ser el mismo día o posterior al primero.</translation>
    </message>
    <message>
        <source>read the therapists</source>
        <translation>leer los terapeutas</translation>
    </message>
    <message>
        <source>read the rooms</source>
        <translation>leer las salas</translation>
    </message>
    <message>
        <source>read the services</source>
        <translation>leer los servicios</translation>
    </message>
    <message>
        <source>count the sessions</source>
        <translation>contar las sesiones</translation>
    </message>
    <message>
        <source>count the check-in outcomes</source>
        <translation>contar los resultados de la acogida</translation>
    </message>
    <message>
        <source>count the clients</source>
        <translation>contar los clientes</translation>
    </message>
    <message>
        <source>read the opening hours</source>
        <translation>leer el horario de apertura</translation>
    </message>
    <message>
        <source>read the closed days</source>
        <translation>leer los días de cierre</translation>
    </message>
    <message>
        <source>read the price lists</source>
        <translation>leer las listas de precios</translation>
    </message>
    <message>
        <source>count the cancellation reasons</source>
        <translation>contar los motivos de cancelación</translation>
    </message>
    <message>
        <source>count the sessions by hour</source>
        <translation>contar las sesiones por hora</translation>
    </message>
    <message>
        <source>count the late cancellations</source>
        <translation>contar las cancelaciones tardías</translation>
    </message>
</context>
<context>
    <name>ReportServiceModel</name>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Length (min)</source>
        <translation>Duración (min)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>By service and length</source>
        <translation>Por servicio y duración</translation>
    </message>
</context>
<context>
    <name>ReportStaffModel</name>
    <message>
        <source>By therapist</source>
        <translation>Por terapeuta</translation>
    </message>
    <message>
        <source>By room</source>
        <translation>Por sala</translation>
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
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horario de trabajo</translation>
    </message>
    <message>
        <source>Open hours</source>
        <translation>Horario de apertura</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Sessions before</source>
        <translation>Sesiones antes</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
</context>
<context>
    <name>ReportSummaryModel</name>
    <message>
        <source>Figure</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Este período</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Período anterior</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Estimated revenue</source>
        <translation>Ingresos estimados</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>Cancellation rate</source>
        <translation>Tasa de cancelación</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No presentados</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Tasa de no presentados</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Derivados</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Clientes nuevos</translation>
    </message>
    <message>
        <source>Returning clients</source>
        <translation>Clientes recurrentes</translation>
    </message>
    <message>
        <source>Check-ins: %1</source>
        <translation>Acogidas: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Late cancellations</source>
        <translation>Cancelaciones tardías</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>= no change</source>
        <translation>= sin cambios</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
</context>
<context>
    <name>ReportWeekModel</name>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>%1 (part)</source>
        <translation>%1 (parcial)</translation>
    </message>
    <message>
        <source>Sessions over the weeks</source>
        <translation>Sesiones a lo largo de las semanas</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Sessions per therapist</source>
        <translation>Sesiones por terapeuta</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>From–to</source>
        <translation>Desde–hasta</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>A day of the period</source>
        <translation>Un día del período</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>◀ Earlier</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Later ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>The period before</source>
        <translation>El período anterior</translation>
    </message>
    <message>
        <source>The period after</source>
        <translation>El período siguiente</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>Summary, compared with the period before</source>
        <translation>Resumen, en comparación con el período anterior</translation>
    </message>
    <message>
        <source>By therapist</source>
        <translation>Por terapeuta</translation>
    </message>
    <message>
        <source>Sessions over the weeks</source>
        <translation>Sesiones a lo largo de las semanas</translation>
    </message>
    <message>
        <source>Busy hours per weekday</source>
        <translation>Horas de más actividad por día de la semana</translation>
    </message>
    <message>
        <source>By room</source>
        <translation>Por sala</translation>
    </message>
    <message>
        <source>By service and length</source>
        <translation>Por servicio y duración</translation>
    </message>
    <message>
        <source>Cancellations and no-shows by reason</source>
        <translation>Cancelaciones y no presentados por motivo</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Only a manager reads the reports.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;They show sessions, occupancy, cancellations and revenue for the centre. Ask a manager if you need a figure from them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Solo un gerente puede leer los informes.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Muestran las sesiones, la ocupación, las cancelaciones y los ingresos del centro. Pregunte a un gerente si necesita algún dato de ellos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Any day of the period</source>
        <translation>Cualquier día del período</translation>
    </message>
    <message>
        <source>%1, compared with the period of the same length before it (%2).</source>
        <translation>%1, en comparación con el período de la misma duración inmediatamente anterior (%2).</translation>
    </message>
    <message>
        <source>Busy hours per weekday (the count in each cell)</source>
        <translation>Horas de más actividad por día de la semana (el recuento de cada celda)</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exportar el informe en PDF</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Exportar el informe en CSV</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation>Informe guardado como %1.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Sessions starting in each hour (centre time); darker cells are busier, the number in each cell is the count, and the table holds the same numbers.</source>
        <translation>Sesiones que empiezan en cada hora (hora del centro); las celdas más oscuras tienen más actividad, el número de cada celda es el recuento y la tabla contiene los mismos números.</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>read the service</source>
        <translation>leer el servicio</translation>
    </message>
    <message>
        <source>There is no service with the code &quot;%1&quot;.</source>
        <translation>No hay ningún servicio con el código &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is archived and can no longer be booked.</source>
        <translation>El servicio %1 está archivado y ya no se puede reservar.</translation>
    </message>
    <message>
        <source>%1 is offered in %2 minutes, not %3.</source>
        <translation>%1 se ofrece en sesiones de %2 minutos, no de %3.</translation>
    </message>
    <message>
        <source>read the therapists and rooms</source>
        <translation>leer los terapeutas y las salas</translation>
    </message>
    <message>
        <source>There is no therapist %1.</source>
        <translation>No existe el terapeuta %1.</translation>
    </message>
    <message>
        <source>%1 does not perform %2 (or is not active).</source>
        <translation>%1 no realiza %2 (o no está en activo).</translation>
    </message>
    <message>
        <source>No active therapist performs %1 yet (Settings → Therapists).</source>
        <translation>Todavía no hay ningún terapeuta en activo que realice %1 (Configuración → Terapeutas).</translation>
    </message>
    <message>
        <source>There is no room %1.</source>
        <translation>No existe la sala %1.</translation>
    </message>
    <message>
        <source>%1 is not set up for %2 (or is not in use).</source>
        <translation>%1 no admite %2 (o no está en uso).</translation>
    </message>
    <message>
        <source>No room in use is set up for %1 yet (Settings → Rooms).</source>
        <translation>Todavía no hay ninguna sala en uso preparada para %1 (Configuración → Salas).</translation>
    </message>
    <message>
        <source>read the opening hours</source>
        <translation>leer el horario de apertura</translation>
    </message>
    <message>
        <source>The centre is closed on %1 (%2).</source>
        <translation>El centro está cerrado el %1 (%2).</translation>
    </message>
    <message>
        <source>%1–%2 (cleanup included) is outside the opening hours on %3.</source>
        <translation>%1–%2 (limpieza incluida) queda fuera del horario de apertura del %3.</translation>
    </message>
    <message>
        <source>%1 is not working %2–%3 on %4.</source>
        <translation>%1 no trabaja en la franja %2–%3 del %4.</translation>
    </message>
    <message>
        <source>%1 is away then (%2).</source>
        <translation>%1 está ausente en ese momento (%2).</translation>
    </message>
    <message>
        <source>check for overlapping bookings</source>
        <translation>comprobar si hay reservas solapadas</translation>
    </message>
    <message>
        <source>%1–%2 with %3</source>
        <translation>%1–%2, %3</translation>
    </message>
    <message>
        <source>%1 is busy %2 (cleanup included).</source>
        <translation>%1 no está disponible: %2 (limpieza incluida).</translation>
    </message>
    <message>
        <source>%1 is taken %2 (cleanup included).</source>
        <translation>%1 no está disponible: %2 (limpieza incluida).</translation>
    </message>
    <message>
        <source>read the client</source>
        <translation>leer el cliente</translation>
    </message>
    <message>
        <source>There is no client with number %1.</source>
        <translation>No hay ningún cliente con el número %1.</translation>
    </message>
    <message>
        <source>save the booking</source>
        <translation>guardar la reserva</translation>
    </message>
    <message>
        <source>read the booking</source>
        <translation>leer la reserva</translation>
    </message>
    <message>
        <source>There is no booking %1.</source>
        <translation>No existe la reserva %1.</translation>
    </message>
    <message>
        <source>Only a booked or arrived session can be moved.</source>
        <translation>Solo se puede mover una sesión reservada o con el cliente ya llegado.</translation>
    </message>
    <message>
        <source>move the booking</source>
        <translation>mover la reserva</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>Only a booked or arrived session can be postponed.</source>
        <translation>Solo se puede aplazar una sesión reservada o con el cliente ya llegado.</translation>
    </message>
    <message>
        <source>postpone the booking</source>
        <translation>aplazar la reserva</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <source>Repeat every 1 to 52 weeks, for up to 104 occurrences.</source>
        <translation>La repetición debe ser cada 1 a 52 semanas, hasta 104 veces.</translation>
    </message>
    <message>
        <source>A series has 1 to 104 bookings.</source>
        <translation>Una serie tiene entre 1 y 104 reservas.</translation>
    </message>
    <message>
        <source>save the series</source>
        <translation>guardar la serie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>series %1</source>
        <translation>serie %1</translation>
    </message>
    <message>
        <source>cancel the booking</source>
        <translation>cancelar la reserva</translation>
    </message>
    <message>
        <source>Booking %1 cannot be cancelled: only booked or arrived sessions can.</source>
        <translation>La reserva %1 no se puede cancelar: solo se pueden cancelar las sesiones reservadas o con el cliente ya llegado.</translation>
    </message>
    <message>
        <source>The status can be set to arrived, no_show or completed here, not &quot;%1&quot;.</source>
        <translation>Aquí el estado solo se puede cambiar a arrived, no_show o completed, no a &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>change the booking</source>
        <translation>cambiar la reserva</translation>
    </message>
    <message>
        <source>Booking %1 cannot become %2 from its current status.</source>
        <translation>La reserva %1 no puede pasar a %2 desde su estado actual.</translation>
    </message>
    <message>
        <source>record the change</source>
        <translation>registrar el cambio</translation>
    </message>
    <message>
        <source>A therapist books and changes only their own sessions.</source>
        <translation>Un terapeuta solo puede reservar y cambiar sus propias sesiones.</translation>
    </message>
    <message>
        <source>%1–%2 (cleanup included) crosses midnight: a session ends by 24:00 on the day it starts (%3).</source>
        <translation>%1–%2 (con la limpieza incluida) pasa de la medianoche: una sesión debe terminar antes de las 24:00 del día en que empieza (%3).</translation>
    </message>
    <message>
        <source>A cancellation needs a reason (up to %1 characters).</source>
        <translation>Una cancelación necesita un motivo (hasta %1 caracteres).</translation>
    </message>
    <message>
        <source>The cancellation reason</source>
        <translation>El motivo de la cancelación</translation>
    </message>
    <message>
        <source>read the client&apos;s sessions</source>
        <translation>leer las sesiones del cliente</translation>
    </message>
    <message>
        <source>%1 already has a session then: %2–%3, %4 with %5 (booking %6). A client can be in one session at a time.</source>
        <translation>%1 ya tiene una sesión a esa hora: %2–%3, %4 con %5 (reserva %6). Un cliente solo puede estar en una sesión a la vez.</translation>
    </message>
    <message>
        <source>read the service names</source>
        <translation>leer los nombres de los servicios</translation>
    </message>
</context>
<context>
    <name>SealedBackups</name>
    <message>
        <source>The health data is not sealed yet, so a new backup would hold it in plain too. Nothing was deleted.</source>
        <translation>Los datos de salud todavía no están cifrados, así que una copia de seguridad nueva también los contendría sin cifrar. No se ha eliminado nada.</translation>
    </message>
    <message>
        <source>A centre on a server has no backup folder of the program&apos;s own: make a new backup (massage-desk-cli backup FILE) and destroy the older dumps and backups yourself.</source>
        <translation>Un centro en un servidor no tiene ninguna carpeta de copias de seguridad propia del programa: haga una copia de seguridad nueva (massage-desk-cli backup FILE) y destruya usted mismo los volcados y las copias de seguridad anteriores.</translation>
    </message>
    <message>
        <source>The new backup could not be written.</source>
        <translation>No se ha podido escribir la copia de seguridad nueva.</translation>
    </message>
    <message>
        <source>No older backup was deleted.</source>
        <translation>No se ha eliminado ninguna copia de seguridad anterior.</translation>
    </message>
    <message>
        <source>The new backup %1 is not sealed as it should be (it still holds plain values or no reader&apos;s key). No older backup was deleted; try again.</source>
        <translation>La copia de seguridad nueva %1 no está cifrada como debería (todavía contiene valores sin cifrar o no tiene la clave de ningún lector). No se ha eliminado ninguna copia de seguridad anterior; vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>SealingRepository</name>
    <message>
        <source>store the recovery key</source>
        <translation>guardar la clave de recuperación</translation>
    </message>
    <message>
        <source>Sealing needs a manager&apos;s account: the centre&apos;s key is wrapped with the passwords of the people who may read check-ins, and this centre has no account yet. Create the manager&apos;s account first.</source>
        <translation>El cifrado necesita la cuenta de un gerente: la clave del centro se protege con las contraseñas de las personas que pueden leer las acogidas, y este centro todavía no tiene ninguna cuenta. Cree primero la cuenta del gerente.</translation>
    </message>
    <message>
        <source>read the users</source>
        <translation>leer los usuarios</translation>
    </message>
    <message>
        <source>Wrong password: sealing was not turned on.</source>
        <translation>Contraseña incorrecta: no se ha activado el cifrado.</translation>
    </message>
    <message>
        <source>The centre&apos;s key could not be made (out of memory?). Nothing was changed.</source>
        <translation>No se ha podido crear la clave del centro (¿falta de memoria?). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>turn sealing on</source>
        <translation>activar el cifrado</translation>
    </message>
    <message>
        <source>Sealing is not turned on for this centre.</source>
        <translation>El cifrado no está activado en este centro.</translation>
    </message>
    <message>
        <source>read the check-ins</source>
        <translation>leer las acogidas</translation>
    </message>
    <message>
        <source>seal the check-ins</source>
        <translation>cifrar las acogidas</translation>
    </message>
    <message>
        <source>compact the centre</source>
        <translation>compactar el centro</translation>
    </message>
    <message>
        <source>Another program has the centre open, so its journal still holds older pages. Close the other programs and run the compaction again (massage-desk-cli sealing compact).</source>
        <translation>Otro programa tiene abierto el centro, así que su diario todavía contiene páginas antiguas. Cierre los demás programas y vuelva a ejecutar la compactación (massage-desk-cli sealing compact).</translation>
    </message>
    <message>
        <source>%1 is not an active manager: the recovery key re-opens the centre for a manager&apos;s account.</source>
        <translation>%1 no es un gerente activo: la clave de recuperación vuelve a abrir el centro para la cuenta de un gerente.</translation>
    </message>
    <message>
        <source>read the recovery key</source>
        <translation>leer la clave de recuperación</translation>
    </message>
    <message>
        <source>This centre&apos;s check-ins are not sealed, so there is nothing to recover.</source>
        <translation>Las acogidas de este centro no están cifradas, así que no hay nada que recuperar.</translation>
    </message>
    <message>
        <source>That recovery key does not open this centre&apos;s sealed check-ins. Check it group by group (eight groups of four letters and digits).</source>
        <translation>Esa clave de recuperación no abre las acogidas cifradas de este centro. Compruébela grupo por grupo (ocho grupos de cuatro letras y cifras).</translation>
    </message>
    <message>
        <source>change the password</source>
        <translation>cambiar la contraseña</translation>
    </message>
    <message>
        <source>read the centre&apos;s sealing</source>
        <translation>leer el cifrado del centro</translation>
    </message>
    <message>
        <source>The check-in answers are sealed, and this sign-in holds no key to them. Sign in again with your password; if that does not help, a manager gives you access by setting your password on the Users page.</source>
        <translation>Las respuestas de las acogidas están cifradas y esta sesión no tiene ninguna clave para abrirlas. Vuelva a identificarse con su contraseña; si eso no funciona, un gerente puede darle acceso estableciendo su contraseña en la página Usuarios.</translation>
    </message>
    <message>
        <source>A sealed value of check-in %1 does not open: it was copied from another record, damaged, or sealed to another centre&apos;s key. Nothing was shown.</source>
        <translation>Un valor cifrado de la acogida %1 no se puede abrir: se ha copiado de otro registro, está dañado o se cifró con la clave de otro centro. No se ha mostrado nada.</translation>
    </message>
    <message>
        <source>The key to the sealed check-ins could not be protected (out of memory?).</source>
        <translation>No se ha podido proteger la clave de las acogidas cifradas (¿falta de memoria?).</translation>
    </message>
    <message>
        <source>give the account its key</source>
        <translation>dar su clave a la cuenta</translation>
    </message>
    <message>
        <source>remove the account&apos;s key</source>
        <translation>quitar la clave de la cuenta</translation>
    </message>
    <message>
        <source>read the account&apos;s key</source>
        <translation>leer la clave de la cuenta</translation>
    </message>
    <message>
        <source>This account has no key to the sealed check-ins yet: a manager gives it one by setting its password.</source>
        <translation>Esta cuenta todavía no tiene clave para las acogidas cifradas: un gerente se la da al establecer su contraseña.</translation>
    </message>
    <message>
        <source>The password does not open the key to the sealed check-ins.</source>
        <translation>La contraseña no abre la clave de las acogidas cifradas.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>servicio %1</translation>
    </message>
</context>
<context>
    <name>ServiceContent</name>
    <message>
        <source>The service needs an English name.</source>
        <translation>El servicio necesita un nombre en inglés.</translation>
    </message>
    <message>
        <source>The %1 texts need a name as well.</source>
        <translation>Los textos (%1) también necesitan un nombre.</translation>
    </message>
    <message>
        <source>Choose at least one body area.</source>
        <translation>Elija al menos una zona del cuerpo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known body area.</source>
        <translation>&quot;%1&quot; no es una zona del cuerpo conocida.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known pressure.</source>
        <translation>&quot;%1&quot; no es una presión conocida.</translation>
    </message>
    <message>
        <source>Cleanup time must be between 0 and 120 minutes.</source>
        <translation>El tiempo de limpieza debe estar entre 0 y 120 minutos.</translation>
    </message>
    <message>
        <source>Offer at least one duration.</source>
        <translation>Ofrezca al menos una duración.</translation>
    </message>
    <message>
        <source>A duration must be between 5 and 480 minutes.</source>
        <translation>Una duración debe estar entre 5 y 480 minutos.</translation>
    </message>
    <message>
        <source>A price must be between 0 and %1.</source>
        <translation>Un precio debe estar entre 0 y %1.</translation>
    </message>
    <message>
        <source>The duration of %1 minutes is listed twice.</source>
        <translation>La duración de %1 minutos aparece dos veces.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a precaution rule of rule set %2.</source>
        <translation>&quot;%1&quot; no es una regla de precaución del conjunto de reglas %2.</translation>
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
        <source>A service name</source>
        <translation>Un nombre de servicio</translation>
    </message>
    <message>
        <source>A service text</source>
        <translation>Un texto del servicio</translation>
    </message>
</context>
<context>
    <name>ServiceEditor</name>
    <message>
        <source>Publish anyway?</source>
        <translation>¿Publicar de todos modos?</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Deshacer el último cambio (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo what was undone (Ctrl+Shift+Z)</source>
        <translation>Rehacer lo que se ha deshecho (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Editar servicio</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Código:</translation>
    </message>
    <message>
        <source>Short and stable, in lower case (for example leg-long): the command line, imports and exports use it.</source>
        <translation>Corto y estable, en minúsculas (por ejemplo, leg-long): lo usan la línea de comandos, las importaciones y las exportaciones.</translation>
    </message>
    <message>
        <source>Why this wording should be published as it is (at least %1 characters)</source>
        <translation>Por qué se debe publicar esta redacción tal como está (al menos %1 caracteres)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Keep these changes as a draft; clients keep seeing the published texts</source>
        <translation>Guardar estos cambios como borrador; los clientes siguen viendo los textos publicados</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Nuevo servicio</translation>
    </message>
    <message>
        <source>&lt;b&gt;New service&lt;/b&gt; — nothing is offered to clients until you publish it.</source>
        <translation>&lt;b&gt;Nuevo servicio&lt;/b&gt; — no se ofrece nada a los clientes hasta que lo publique.</translation>
    </message>
    <message>
        <source>&lt;b&gt;New service&lt;/b&gt;, a copy of “%1” — choose its code and change what differs.</source>
        <translation>&lt;b&gt;Nuevo servicio&lt;/b&gt;, copia de “%1” — elija su código y cambie lo que sea diferente.</translation>
    </message>
    <message>
        <source>Edit service — %1</source>
        <translation>Editar servicio — %1</translation>
    </message>
    <message>
        <source>published; clients see this revision</source>
        <translation>publicada; los clientes ven esta revisión</translation>
    </message>
    <message>
        <source>draft; clients still see revision %1</source>
        <translation>borrador; los clientes todavía ven la revisión %1</translation>
    </message>
    <message>
        <source>draft; never published yet</source>
        <translation>borrador; todavía no se ha publicado nunca</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; code %2 &amp;nbsp;·&amp;nbsp; revision %3 (%4)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; código %2 &amp;nbsp;·&amp;nbsp; revisión %3 (%4)</translation>
    </message>
    <message>
        <source> &amp;nbsp;·&amp;nbsp; &lt;i&gt;changes not saved yet&lt;/i&gt;</source>
        <translation> &amp;nbsp;·&amp;nbsp; &lt;i&gt;cambios todavía sin guardar&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · line %2</source>
        <translation>%1 · línea %2</translation>
    </message>
    <message>
        <source>“%1”
%2</source>
        <translation>“%1”
%2</translation>
    </message>
    <message>
        <source>Click to select these words in the text.</source>
        <translation>Haga clic para seleccionar estas palabras en el texto.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Claims check&lt;/b&gt; — nothing to look at</source>
        <translation>&lt;b&gt;Comprobación de afirmaciones&lt;/b&gt; — nada que revisar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Claims check&lt;/b&gt; — phrases to look at: %1</source>
        <translation>&lt;b&gt;Comprobación de afirmaciones&lt;/b&gt; — frases que revisar: %1</translation>
    </message>
    <message>
        <source>Publishing is blocked while these phrases stay. Reword them, or write why the text should be published as it is: the reason is kept with the revision and in the audit log.</source>
        <translation>No se puede publicar mientras estén estas frases. Reformúlelas o explique por qué se debe publicar el texto tal como está: el motivo se guarda con la revisión y en el registro de auditoría.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Instead:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Por qué:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;En su lugar:&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Publish anyway</source>
        <translation>Publicar de todos modos</translation>
    </message>
    <message>
        <source>Reword the claims listed on the right, or write why the text should be published as it is.</source>
        <translation>Reformule las afirmaciones de la derecha o explique por qué se debe publicar el texto tal como está.</translation>
    </message>
    <message>
        <source>Publish these texts: clients see them from now on</source>
        <translation>Publicar estos textos: los clientes los verán a partir de ahora</translation>
    </message>
    <message>
        <source>The reason will be recorded.</source>
        <translation>El motivo quedará registrado.</translation>
    </message>
    <message>
        <source>Characters still needed: %1</source>
        <translation>Caracteres que faltan: %1</translation>
    </message>
    <message>
        <source>Published as revision %1.</source>
        <translation>Se ha publicado como revisión %1.</translation>
    </message>
    <message>
        <source>Saved as draft revision %1.</source>
        <translation>Se ha guardado como borrador (revisión %1).</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Desea descartar los cambios?</translation>
    </message>
    <message>
        <source>The changes to this service have not been saved. Discard them?</source>
        <translation>Los cambios de este servicio no se han guardado. ¿Desea descartarlos?</translation>
    </message>
    <message>
        <source>While you type, the texts are checked in English, Catalan and Spanish. A phrase that promises a medical or body-shaping effect (“improves circulation”, “detox”, “reduces cellulite”, ...) is underlined in red and listed here, with the reason and wording to use instead.

Describe how the session feels: relaxation, a sense of rest and lightness, well-being.</source>
        <translation>Mientras escribe, los textos se comprueban en inglés, catalán y español. Una frase que promete un efecto médico o de remodelación corporal (“mejora la circulación”, “detox”, “reduce la celulitis”, ...) se subraya en rojo y aparece aquí, con el motivo y la redacción que conviene usar en su lugar.

Describa cómo se siente la sesión: relajación, una sensación de descanso y ligereza, bienestar.</translation>
    </message>
    <message>
        <source>(as saved)</source>
        <translation>(tal como se guardó)</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(modificado)</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Servicio: %1</translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <source>change</source>
        <translation>cambio</translation>
    </message>
    <message>
        <source>Session and prices</source>
        <translation>Sesión y precios</translation>
    </message>
    <message>
        <source>Check-in questions</source>
        <translation>Preguntas de la acogida</translation>
    </message>
    <message>
        <source>Leave a text empty to show the English one instead.</source>
        <translation>Deje un texto vacío para que se muestre el texto en inglés.</translation>
    </message>
    <message>
        <source>Body areas</source>
        <translation>Zonas del cuerpo</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The therapist and the room stay booked this long after each session, to get ready for the next client.</source>
        <translation>El terapeuta y la sala quedan reservados este tiempo después de cada sesión, para prepararse para el siguiente cliente.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Presión</translation>
    </message>
    <message>
        <source>Cleanup after each session</source>
        <translation>Limpieza después de cada sesión</translation>
    </message>
    <message>
        <source>Durations and prices</source>
        <translation>Duraciones y precios</translation>
    </message>
    <message>
        <source>Asked before every service</source>
        <translation>Se pregunta antes de todos los servicios</translation>
    </message>
    <message>
        <source>Asked before this service when ticked</source>
        <translation>Se pregunta antes de este servicio si está marcada</translation>
    </message>
    <message>
        <source>The receptionist asks these questions at check-in, every visit (precaution rules %1).</source>
        <translation>El recepcionista hace estas preguntas en la acogida, en cada visita (reglas de precaución %1).</translation>
    </message>
    <message>
        <source>%1 (%2 to check)</source>
        <translation>%1 (%2 por revisar)</translation>
    </message>
</context>
<context>
    <name>ServiceHistoryDialog</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min: %2</source>
        <translation>%1 min: %2</translation>
    </message>
    <message>
        <source>Reason for publishing over open claims</source>
        <translation>Motivo para publicar pese a las afirmaciones pendientes</translation>
    </message>
    <message>
        <source>Only what changed</source>
        <translation>Solo lo que ha cambiado</translation>
    </message>
    <message>
        <source>Service history</source>
        <translation>Historial del servicio</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué ha cambiado</translation>
    </message>
    <message>
        <source>Compare revision</source>
        <translation>Comparar la revisión</translation>
    </message>
    <message>
        <source>with revision</source>
        <translation>con la revisión</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>Revision %1 · %2 · %3 · %4</source>
        <translation>Revisión %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Restore revision %1 as a new draft</source>
        <translation>Restaurar la revisión %1 como nuevo borrador</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ha cambiado</translation>
    </message>
    <message>
        <source>These two revisions say exactly the same.</source>
        <translation>Estas dos revisiones dicen exactamente lo mismo.</translation>
    </message>
    <message>
        <source>Restore revision %1?</source>
        <translation>¿Desea restaurar la revisión %1?</translation>
    </message>
    <message>
        <source>The texts and settings of revision %1 come back as a new draft, revision %2. Every revision stays in the history. Clients see the change once you publish the draft.</source>
        <translation>Los textos y la configuración de la revisión %1 se recuperan como nuevo borrador, la revisión %2. Todas las revisiones se mantienen en el historial. Los clientes verán el cambio cuando publique el borrador.</translation>
    </message>
    <message>
        <source>Revision %1 was restored as draft revision %2.</source>
        <translation>Se ha restaurado la revisión %1 como borrador (revisión %2).</translation>
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
    <message>
        <source>Draft, not published</source>
        <translation>Borrador, no publicado</translation>
    </message>
    <message>
        <source>Active, draft waiting</source>
        <translation>Activo, con borrador pendiente</translation>
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
    <name>ServiceRevisions</name>
    <message>
        <source>A service code is 1 to 40 lower-case letters, digits or dashes, starting with a letter or a digit (for example &quot;leg-long&quot;).</source>
        <translation>Un código de servicio tiene de 1 a 40 letras minúsculas, dígitos o guiones, y empieza por una letra o un dígito (por ejemplo, &quot;leg-long&quot;).</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is already used by another service.</source>
        <translation>Otro servicio ya usa el código &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>add a service</source>
        <translation>añadir un servicio</translation>
    </message>
    <message>
        <source>Nothing changed since revision %1.</source>
        <translation>No ha cambiado nada desde la revisión %1.</translation>
    </message>
    <message numerus="yes">
        <source>The texts still make %n claim(s) that a massage cannot promise. Change the wording, or write why it should be published anyway (at least %1 characters).</source>
        <translation>
            <numerusform>Los textos todavía contienen %n afirmación que un masaje no puede prometer. Cambie la redacción o explique por qué se debe publicar de todos modos (al menos %1 caracteres).</numerusform>
            <numerusform>Los textos todavía contienen %n afirmaciones que un masaje no puede prometer. Cambie la redacción o explique por qué se debe publicar de todos modos (al menos %1 caracteres).</numerusform>
        </translation>
    </message>
    <message>
        <source>save the service</source>
        <translation>guardar el servicio</translation>
    </message>
    <message>
        <source>publish the service</source>
        <translation>publicar el servicio</translation>
    </message>
    <message>
        <source>archive the service</source>
        <translation>archivar el servicio</translation>
    </message>
    <message>
        <source>read the catalogue</source>
        <translation>leer el catálogo</translation>
    </message>
    <message>
        <source>That service no longer exists.</source>
        <translation>Ese servicio ya no existe.</translation>
    </message>
    <message>
        <source>read the service&apos;s revisions</source>
        <translation>leer las revisiones del servicio</translation>
    </message>
    <message>
        <source>That revision of the service does not exist.</source>
        <translation>Esa revisión del servicio no existe.</translation>
    </message>
    <message>
        <source>read the service&apos;s texts</source>
        <translation>leer los textos del servicio</translation>
    </message>
    <message>
        <source>read the service&apos;s durations</source>
        <translation>leer las duraciones del servicio</translation>
    </message>
    <message>
        <source>read the service&apos;s precautions</source>
        <translation>leer las precauciones del servicio</translation>
    </message>
    <message>
        <source>save the service&apos;s texts</source>
        <translation>guardar los textos del servicio</translation>
    </message>
    <message>
        <source>save the service&apos;s durations</source>
        <translation>guardar las duraciones del servicio</translation>
    </message>
    <message>
        <source>save the service&apos;s precautions</source>
        <translation>guardar las precauciones del servicio</translation>
    </message>
    <message>
        <source>count the service&apos;s bookings</source>
        <translation>contar las reservas del servicio</translation>
    </message>
    <message>
        <source>The reason for publishing anyway</source>
        <translation>El motivo para publicar de todos modos</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>Check &amp;in…</source>
        <translation>Hacer la a&amp;cogida…</translation>
    </message>
    <message>
        <source>&amp;Review answers</source>
        <translation>&amp;Revisar respuestas</translation>
    </message>
    <message>
        <source>Record c&amp;learance…</source>
        <translation>Registrar a&amp;utorización…</translation>
    </message>
    <message>
        <source>Sign &amp;off</source>
        <translation>&amp;Validar</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation>&amp;Empezar sesión</translation>
    </message>
    <message>
        <source>&amp;Finish session…</source>
        <translation>&amp;Terminar sesión…</translation>
    </message>
    <message>
        <source>&amp;Postpone…</source>
        <translation>A&amp;plazar…</translation>
    </message>
    <message>
        <source>&amp;Print check-in…</source>
        <translation>I&amp;mprimir acogida…</translation>
    </message>
    <message>
        <source>Shows the client&apos;s answers; the reading is recorded in the audit log.</source>
        <translation>Muestra las respuestas del cliente; la consulta queda anotada en el registro de auditoría.</translation>
    </message>
    <message>
        <source>A one-page sheet with the outcome and its advice, to show or give to the client</source>
        <translation>Una hoja de una página con el resultado y sus recomendaciones, para mostrarla o entregarla al cliente</translation>
    </message>
    <message>
        <source>check-in-%1.pdf</source>
        <translation>check-in-%1.pdf</translation>
    </message>
    <message>
        <source>Save the check-in sheet</source>
        <translation>Guardar la hoja de acogida</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Select a session to see what it needs before it starts.</source>
        <translation>Seleccione una sesión para ver qué necesita antes de empezar.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>✓ clearance recorded</source>
        <translation>✓ autorización registrada</translation>
    </message>
    <message>
        <source>✗ clearance not recorded</source>
        <translation>✗ autorización no registrada</translation>
    </message>
    <message>
        <source>✓ signed off</source>
        <translation>✓ validada</translation>
    </message>
    <message>
        <source>✗ not signed off</source>
        <translation>✗ no validada</translation>
    </message>
    <message>
        <source>Cannot start yet: %1</source>
        <translation>Todavía no se puede empezar: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;yes&lt;/b&gt;</source>
        <translation>&lt;b&gt;sí&lt;/b&gt;</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source> ● changed since last visit</source>
        <translation> ● ha cambiado desde la última visita</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Areas to avoid:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Zonas que evitar:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;For the therapist:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Para el terapeuta:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Clearance:&lt;/b&gt; %1 — %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Autorización:&lt;/b&gt; %1 — %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Answers shown; the reading was recorded in the audit log.</source>
        <translation>Se muestran las respuestas; la consulta ha quedado anotada en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Clearance recorded.</source>
        <translation>Se ha registrado la autorización.</translation>
    </message>
    <message>
        <source>Check-in signed off.</source>
        <translation>Se ha validado la acogida.</translation>
    </message>
    <message>
        <source>Session started.</source>
        <translation>La sesión ha empezado.</translation>
    </message>
    <message>
        <source>Session finished.</source>
        <translation>La sesión ha terminado.</translation>
    </message>
    <message>
        <source>Session finished. The client was given the aftercare advice.</source>
        <translation>La sesión ha terminado. Se han dado al cliente las recomendaciones para después de la sesión.</translation>
    </message>
    <message>
        <source>Record clearance</source>
        <translation>Registrar autorización</translation>
    </message>
    <message>
        <source>e.g. Dr. Puig, the client&apos;s GP, by phone</source>
        <translation>p. ej. Dr. Puig, médico de cabecera del cliente, por teléfono</translation>
    </message>
    <message>
        <source>What the health professional advised</source>
        <translation>Qué ha recomendado el profesional sanitario</translation>
    </message>
    <message>
        <source>&amp;Confirmed by:</source>
        <translation>&amp;Confirmado por:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>C&amp;uándo:</translation>
    </message>
    <message>
        <source>&amp;Advice:</source>
        <translation>&amp;Indicaciones:</translation>
    </message>
    <message>
        <source>Finish the session</source>
        <translation>Terminar la sesión</translation>
    </message>
    <message>
        <source>A short note for next time (pressure, areas, preferences)</source>
        <translation>Una nota breve para la próxima vez (presión, zonas, preferencias)</translation>
    </message>
    <message>
        <source>The client had an &amp;unusual reaction (dizziness, discomfort that does not pass, anything unexpected)</source>
        <translation>El cliente ha tenido una reacción &amp;inusual (mareo, molestias que no se pasan, cualquier cosa inesperada)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ha pasado</translation>
    </message>
    <message>
        <source>Tell the client: rest a few minutes before going on with the day; discomfort that does not pass, dizziness or any unusual symptom is worth a health professional&apos;s advice.</source>
        <translation>Diga al cliente que descanse unos minutos antes de seguir con su día; si tiene molestias que no se pasan, mareo o cualquier síntoma inusual, conviene que consulte a un profesional sanitario.</translation>
    </message>
    <message>
        <source>Session note:</source>
        <translation>Nota de la sesión:</translation>
    </message>
    <message>
        <source>Unusual reaction (no details given)</source>
        <translation>Reacción inusual (sin detalles)</translation>
    </message>
    <message>
        <source>Postponed to %1 with %2 in %3; the client checks in again then.</source>
        <translation>Se ha aplazado a %1 con %2 en %3; entonces se volverá a hacer la acogida al cliente.</translation>
    </message>
    <message>
        <source>Postpone the session</source>
        <translation>Aplazar la sesión</translation>
    </message>
    <message>
        <source>Same service and length. The same therapist and room are kept when they are free; the check-in is asked again at the new visit.</source>
        <translation>El mismo servicio y la misma duración. Se mantienen el terapeuta y la sala si están libres; en la nueva visita se volverá a hacer la acogida.</translation>
    </message>
    <message>
        <source>New &amp;time:</source>
        <translation>&amp;Nueva hora:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;There will be no massage today.&lt;/b&gt; Please seek medical attention promptly and show this sheet to the health professional.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Hoy no habrá masaje.&lt;/b&gt; Consulte a un médico cuanto antes y muestre esta hoja al profesional sanitario.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Areas to avoid: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zonas que evitar: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;A massage is a wellness service, not a medical treatment. This sheet records what you told us at the desk.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Un masaje es un servicio de bienestar, no un tratamiento médico. Esta hoja recoge lo que nos dijo en la recepción.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Check-in sheet saved to %1.</source>
        <translation>Se ha guardado la hoja de acogida en %1.</translation>
    </message>
    <message>
        <source>⚠ stopped and referred on %1 (booking %2): needs clearance</source>
        <translation>⚠ detenido y derivado el %1 (reserva %2): requiere autorización</translation>
    </message>
    <message>
        <source>Print the check-in sheet</source>
        <translation>Imprimir la hoja de acogida</translation>
    </message>
    <message>
        <source>Check-in sheet printed.</source>
        <translation>Se ha impreso la hoja de acogida.</translation>
    </message>
</context>
<context>
    <name>SessionRepository</name>
    <message>
        <source>read the booking</source>
        <translation>leer la reserva</translation>
    </message>
    <message>
        <source>There is no booking %1.</source>
        <translation>No existe la reserva %1.</translation>
    </message>
    <message>
        <source>The session has already started.</source>
        <translation>La sesión ya ha empezado.</translation>
    </message>
    <message>
        <source>This session must not go ahead: the check-in says stop and refer. The client is advised to seek medical attention.</source>
        <translation>Esta sesión no se puede realizar: la acogida indica detener y derivar. Se aconseja al cliente que consulte a un médico.</translation>
    </message>
    <message>
        <source>Only a booked or arrived session can start.</source>
        <translation>Solo puede empezar una sesión reservada o con el cliente ya llegado.</translation>
    </message>
    <message>
        <source>Run the check-in with the client first.</source>
        <translation>Primero haga la acogida al cliente.</translation>
    </message>
    <message>
        <source>Clearance from a health professional must be recorded first (or the session postponed).</source>
        <translation>Primero hay que registrar la autorización de un profesional sanitario (o aplazar la sesión).</translation>
    </message>
    <message>
        <source>The therapist must read and sign off the check-in first.</source>
        <translation>Primero el terapeuta debe leer y validar la acogida.</translation>
    </message>
    <message>
        <source>update the check-in</source>
        <translation>actualizar la acogida</translation>
    </message>
    <message>
        <source>The clearance cannot be dated in the future.</source>
        <translation>La autorización no puede tener una fecha futura.</translation>
    </message>
    <message>
        <source>Booking %1 has nothing to sign off: sign-off is for an arrived client whose check-in says &quot;adapt&quot; or &quot;needs clearance&quot;.</source>
        <translation>La reserva %1 no tiene nada que validar: la validación es para un cliente ya llegado cuya acogida indique &quot;adaptar&quot; o &quot;requiere autorización&quot;.</translation>
    </message>
    <message>
        <source>start the session</source>
        <translation>empezar la sesión</translation>
    </message>
    <message>
        <source>Only a session under way can be finished.</source>
        <translation>Solo se puede terminar una sesión en curso.</translation>
    </message>
    <message>
        <source>finish the session</source>
        <translation>terminar la sesión</translation>
    </message>
    <message>
        <source>Say who confirmed the clearance (up to %1 characters) and what they advised (up to %2 characters).</source>
        <translation>Indique quién ha confirmado la autorización (hasta %1 caracteres) y qué ha recomendado (hasta %2 caracteres).</translation>
    </message>
    <message>
        <source>Who confirmed the clearance</source>
        <translation>Quién ha confirmado la autorización</translation>
    </message>
    <message>
        <source>The health professional&apos;s advice</source>
        <translation>La recomendación del profesional sanitario</translation>
    </message>
    <message>
        <source>Booking %1 does not need clearance: only an arrived client whose check-in says &quot;needs clearance&quot;, or a stop-and-refer, does.</source>
        <translation>La reserva %1 no requiere autorización: solo la requiere un cliente ya llegado cuya acogida indique &quot;requiere autorización&quot;, o un &quot;detener y derivar&quot;.</translation>
    </message>
    <message>
        <source>The session note</source>
        <translation>La nota de la sesión</translation>
    </message>
    <message>
        <source>The note on the client&apos;s reaction</source>
        <translation>La nota sobre la reacción del cliente</translation>
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
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>Therapists</source>
        <translation>Terapeutas</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>Save &amp;opening hours</source>
        <translation>Guardar el &amp;horario de apertura</translation>
    </message>
    <message>
        <source>Weekly opening hours</source>
        <translation>Horario de apertura semanal</translation>
    </message>
    <message>
        <source>Opening hours saved.</source>
        <translation>Se ha guardado el horario de apertura.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>After this many minutes without typing or using the mouse the window locks and asks for a password. 0: never.</source>
        <translation>Tras estos minutos sin escribir ni usar el ratón, la ventana se bloquea y pide una contraseña. 0: nunca.</translation>
    </message>
    <message>
        <source>&amp;Lock when idle for:</source>
        <translation>&amp;Bloquear tras una inactividad de:</translation>
    </message>
    <message>
        <source>Centre name</source>
        <translation>Nombre del centro</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Lock when idle for, in minutes</source>
        <translation>Bloquear tras una inactividad de, en minutos</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Iniciales</translation>
    </message>
    <message>
        <source>How sessions in exported calendar files (File → Export calendar, massage-desk-cli bookings ics) name the client. They never hold contact details or health information.</source>
        <translation>Cómo se nombra al cliente en las sesiones de los archivos de calendario exportados (Archivo → Exportar calendario, massage-desk-cli bookings ics). Nunca contienen datos de contacto ni información de salud.</translation>
    </message>
    <message>
        <source>Clients in &amp;calendar files:</source>
        <translation>Clientes en los archivos de &amp;calendario:</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>Bloquear tras una inactividad de</translation>
    </message>
    <message>
        <source>Clients in calendar files</source>
        <translation>Clientes en los archivos de calendario</translation>
    </message>
    <message>
        <source>Booking rules</source>
        <translation>Normas de reserva</translation>
    </message>
    <message>
        <source> h before</source>
        <translation> h de antelación</translation>
    </message>
    <message>
        <source>Late cancellation, hours before the session</source>
        <translation>Cancelación tardía, horas antes de la sesión</translation>
    </message>
    <message>
        <source>A cancellation made less than this many hours before the session counts as late: in the booking dialog&apos;s line about the client and in the reports.</source>
        <translation>Una cancelación hecha con menos de estas horas de antelación respecto a la sesión cuenta como tardía: en la línea sobre el cliente del diálogo de reserva y en los informes.</translation>
    </message>
    <message>
        <source>Cancellation is &amp;late when less than:</source>
        <translation>La cancelación es &amp;tardía si se hace con menos de:</translation>
    </message>
    <message>
        <source>Cancellation is late when less than</source>
        <translation>La cancelación es tardía si se hace con menos de</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Configuración: %1</translation>
    </message>
    <message>
        <source>Settings: opening hours</source>
        <translation>Configuración: horario de apertura</translation>
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
    <message>
        <source>The centre&apos;s name</source>
        <translation>El nombre del centro</translation>
    </message>
    <message>
        <source>A late cancellation is one made less than a whole number of hours before the session, from %1 to %2; &quot;%3&quot; is not one.</source>
        <translation>Una cancelación tardía es la que se hace con menos de un número entero de horas de antelación respecto a la sesión, de %1 a %2; &quot;%3&quot; no lo es.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Massage Desk</source>
        <translation>Identificación en Massage Desk</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>Sign in with your own name: what you read and change is recorded under it.</source>
        <translation>Identifíquese con su propio nombre: todo lo que consulte y cambie queda registrado a su nombre.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>This is a demo centre. Who is working? Sign in as &lt;b&gt;manager&lt;/b&gt;, &lt;b&gt;reception&lt;/b&gt; or a therapist (%1); every password is &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Este es un centro de demostración. ¿Quién trabaja? Identifíquese como &lt;b&gt;manager&lt;/b&gt;, &lt;b&gt;reception&lt;/b&gt; o un terapeuta (%1); todas las contraseñas son &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>StaffEditor</name>
    <message>
        <source>On %1 the start must come before the end, within the day.</source>
        <translation>El %1 el inicio debe ser anterior al final, dentro del mismo día.</translation>
    </message>
    <message>
        <source>Two intervals overlap on %1.</source>
        <translation>Dos intervalos se solapan el %1.</translation>
    </message>
    <message>
        <source>A name has 1 to 200 characters.</source>
        <translation>Un nombre debe tener entre 1 y 200 caracteres.</translation>
    </message>
    <message>
        <source>add the therapist</source>
        <translation>añadir el terapeuta</translation>
    </message>
    <message>
        <source>add the room</source>
        <translation>añadir la sala</translation>
    </message>
    <message>
        <source>rename</source>
        <translation>cambiar el nombre</translation>
    </message>
    <message>
        <source>change the status</source>
        <translation>cambiar el estado</translation>
    </message>
    <message>
        <source>change the services</source>
        <translation>cambiar los servicios</translation>
    </message>
    <message>
        <source>There is no service with the code &quot;%1&quot;.</source>
        <translation>No hay ningún servicio con el código &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>read the shifts</source>
        <translation>leer los turnos</translation>
    </message>
    <message>
        <source>change the shifts</source>
        <translation>cambiar los turnos</translation>
    </message>
    <message>
        <source>read the absences</source>
        <translation>leer las ausencias</translation>
    </message>
    <message>
        <source>add the absence</source>
        <translation>añadir la ausencia</translation>
    </message>
    <message>
        <source>remove the absence</source>
        <translation>eliminar la ausencia</translation>
    </message>
    <message>
        <source>change the opening hours</source>
        <translation>cambiar el horario de apertura</translation>
    </message>
    <message>
        <source>read the closed days</source>
        <translation>leer los días de cierre</translation>
    </message>
    <message>
        <source>add the closed day</source>
        <translation>añadir el día de cierre</translation>
    </message>
    <message>
        <source>remove the closed day</source>
        <translation>eliminar el día de cierre</translation>
    </message>
    <message>
        <source>The name contains invisible control characters; please retype it.</source>
        <translation>El nombre contiene caracteres de control invisibles; vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>read the rooms</source>
        <translation>leer las salas</translation>
    </message>
    <message>
        <source>There is already a room called &quot;%1&quot;. Nothing was changed; choose another name.</source>
        <translation>Ya hay una sala llamada &quot;%1&quot;. No se ha cambiado nada; elija otro nombre.</translation>
    </message>
    <message>
        <source>An absence ends after it starts.</source>
        <translation>Una ausencia debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>The absence&apos;s note</source>
        <translation>La nota de la ausencia</translation>
    </message>
    <message>
        <source>Choose a valid date.</source>
        <translation>Elija una fecha válida.</translation>
    </message>
    <message>
        <source>The closed day&apos;s reason</source>
        <translation>El motivo del día de cierre</translation>
    </message>
    <message>
        <source>save the changes</source>
        <translation>guardar los cambios</translation>
    </message>
    <message>
        <source>It no longer exists.</source>
        <translation>Ya no existe.</translation>
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
    <name>StaffSettings</name>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar los cambios</translation>
    </message>
    <message>
        <source>New therapist&apos;s name</source>
        <translation>Nombre del nuevo terapeuta</translation>
    </message>
    <message>
        <source>New room&apos;s name</source>
        <translation>Nombre de la nueva sala</translation>
    </message>
    <message>
        <source>&amp;Add therapist</source>
        <translation>Añadir &amp;terapeuta</translation>
    </message>
    <message>
        <source>&amp;Add room</source>
        <translation>Añadir &amp;sala</translation>
    </message>
    <message>
        <source>Works here (inactive therapists keep their history)</source>
        <translation>Trabaja aquí (los terapeutas inactivos conservan su historial)</translation>
    </message>
    <message>
        <source>In use (rooms out of use keep their history)</source>
        <translation>En uso (las salas fuera de uso conservan su historial)</translation>
    </message>
    <message>
        <source>Services they perform</source>
        <translation>Servicios que realiza</translation>
    </message>
    <message>
        <source>Services the room suits</source>
        <translation>Servicios para los que sirve la sala</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>works</source>
        <translation>trabaja</translation>
    </message>
    <message>
        <source>Weekly shifts</source>
        <translation>Turnos semanales</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactivo)</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Se ha añadido %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se ha guardado %1.</translation>
    </message>
    <message>
        <source>Therapists</source>
        <translation>Terapeutas</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Works here</source>
        <translation>Trabaja aquí</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Therapist: %1</source>
        <translation>Terapeuta: %1</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Sala: %1</translation>
    </message>
    <message>
        <source>New therapist: %1</source>
        <translation>Terapeuta nuevo: %1</translation>
    </message>
    <message>
        <source>New room: %1</source>
        <translation>Sala nueva: %1</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Massage Desk: reception for massage centres.</source>
        <translation>Massage Desk: recepción para centros de masaje.</translation>
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
    <message>
        <source>This database has users; sign in interactively.</source>
        <translation>Esta base de datos tiene usuarios; identifíquese de forma interactiva.</translation>
    </message>
    <message>
        <source>Open the database file PATH (created if missing), or a centre server given as a postgresql:// address. Default: %1</source>
        <translation>Abrir el archivo de base de datos PATH (se crea si no existe) o un servidor del centro indicado con una dirección postgresql://. Predeterminado: %1</translation>
    </message>
    <message>
        <source>Start on a page: calendar, clients, catalogue, checkins, settings, users, audit or my-day (a therapist&apos;s sessions today).</source>
        <translation>Empezar en una página: calendar, clients, catalogue, checkins, settings, users, audit o my-day (las sesiones de hoy de un terapeuta).</translation>
    </message>
</context>
<context>
    <name>StopAcknowledgements</name>
    <message>
        <source>read which alerts were acknowledged</source>
        <translation>leer qué avisos se han confirmado</translation>
    </message>
    <message>
        <source>read the booking</source>
        <translation>leer la reserva</translation>
    </message>
    <message>
        <source>There is no booking %1.</source>
        <translation>No existe la reserva %1.</translation>
    </message>
    <message>
        <source>Booking %1 has no stop-and-refer check-in to acknowledge.</source>
        <translation>La reserva %1 no tiene ninguna acogida con &quot;detener y derivar&quot; que confirmar.</translation>
    </message>
    <message>
        <source>Booking %1 is another therapist&apos;s session.</source>
        <translation>La reserva %1 es una sesión de otro terapeuta.</translation>
    </message>
    <message>
        <source>record the acknowledgement</source>
        <translation>registrar la confirmación</translation>
    </message>
</context>
<context>
    <name>TherapistHours</name>
    <message>
        <source>read the shifts</source>
        <translation>leer los turnos</translation>
    </message>
    <message>
        <source>read the absences</source>
        <translation>leer las ausencias</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Añadir un usuario</translation>
    </message>
    <message>
        <source>(choose the therapist)</source>
        <translation>(elija el terapeuta)</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Nueva contraseña para %1</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Añadir usuario</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>&amp;Establecer contraseña</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>e.g. pau (no spaces)</source>
        <translation>p. ej. pau (sin espacios)</translation>
    </message>
    <message>
        <source>e.g. Pau Soler</source>
        <translation>p. ej. Pau Soler</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nombre &amp;visible:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Therapist record:</source>
        <translation>Ficha de &amp;terapeuta:</translation>
    </message>
    <message>
        <source>A therapist&apos;s account is linked to their therapist record: they see and change their own sessions.</source>
        <translation>La cuenta de un terapeuta está vinculada a su ficha de terapeuta: ve y cambia sus propias sesiones.</translation>
    </message>
    <message>
        <source>Choose a user name (no spaces).</source>
        <translation>Elija un nombre de usuario (sin espacios).</translation>
    </message>
    <message>
        <source>Choose the therapist record this account belongs to.</source>
        <translation>Elija la ficha de terapeuta a la que pertenece esta cuenta.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Usuario: %1</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Contraseña para %1</translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <source>Receptionist</source>
        <translation>Recepcionista</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapeuta</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>ficha %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Therapist record</source>
        <translation>Ficha de terapeuta</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>Use at least 10 characters.</source>
        <translation>Use al menos 10 caracteres.</translation>
    </message>
    <message>
        <source>Use at most 200 characters.</source>
        <translation>Use como máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>La contraseña no puede contener el nombre de usuario.</translation>
    </message>
    <message>
        <source>Mix letters with digits or symbols, or use a longer phrase (16 characters or more).</source>
        <translation>Combine letras con dígitos o símbolos, o use una frase más larga (16 caracteres o más).</translation>
    </message>
    <message>
        <source>A password of one repeated character is too easy to guess.</source>
        <translation>Una contraseña de un solo carácter repetido es demasiado fácil de adivinar.</translation>
    </message>
    <message>
        <source>read the users</source>
        <translation>leer los usuarios</translation>
    </message>
    <message>
        <source>A user name has 1 to 100 characters and no spaces.</source>
        <translation>Un nombre de usuario debe tener entre 1 y 100 caracteres, sin espacios.</translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory?). Nothing was saved.</source>
        <translation>No se ha podido proteger la contraseña (¿falta de memoria?). No se ha guardado nada.</translation>
    </message>
    <message>
        <source>There is already a user called %1.</source>
        <translation>Ya existe un usuario llamado %1.</translation>
    </message>
    <message>
        <source>add the user</source>
        <translation>añadir el usuario</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for %1. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiadas contraseñas incorrectas para %1. Vuelva a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Demasiadas contraseñas incorrectas para %1. Vuelva a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>record the sign-in</source>
        <translation>registrar la identificación</translation>
    </message>
    <message>
        <source>The account %1 is deactivated.</source>
        <translation>La cuenta %1 está desactivada.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>change the password</source>
        <translation>cambiar la contraseña</translation>
    </message>
    <message>
        <source>There is no user called %1.</source>
        <translation>No existe ningún usuario llamado %1.</translation>
    </message>
    <message>
        <source>change the account</source>
        <translation>cambiar la cuenta</translation>
    </message>
    <message>
        <source>change the role</source>
        <translation>cambiar el rol</translation>
    </message>
    <message>
        <source>A display name has at most 100 characters.</source>
        <translation>Un nombre visible puede tener como máximo 100 caracteres.</translation>
    </message>
    <message>
        <source>%1 is the last active manager. Make another user a manager first, so someone can still manage the centre and its users.</source>
        <translation>%1 es el último gerente activo. Primero asigne el rol de gerente a otro usuario, para que alguien pueda seguir gestionando el centro y sus usuarios.</translation>
    </message>
    <message>
        <source>The name contains invisible control characters; please retype it.</source>
        <translation>El nombre contiene caracteres de control invisibles; vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>Your sign-in holds no key to the sealed check-ins, so it cannot give one to %1. Restore your access first (Settings &gt; Privacy, the recovery key). Nothing was changed.</source>
        <translation>Su identificación no tiene ninguna clave de las acogidas cifradas, así que no puede dar una a %1. Primero restaure su acceso (Configuración &gt; Privacidad, la clave de recuperación). No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Añadir usuario…</translation>
    </message>
    <message>
        <source>&amp;Create the manager account…</source>
        <translation>&amp;Crear la cuenta del gerente…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Restablecer la contra&amp;seña…</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>Cambiar el &amp;rol</translation>
    </message>
    <message>
        <source>This centre has no user accounts yet, so anyone at this computer can do everything. Create the manager&apos;s account first; the manager then adds everyone else here.</source>
        <translation>Este centro todavía no tiene cuentas de usuario, así que cualquiera que use este ordenador puede hacerlo todo. Primero cree la cuenta del gerente; después, el gerente añade aquí a todos los demás.</translation>
    </message>
    <message>
        <source>Accounts are never deleted: the audit log names the people who did things. Deactivate an account when someone leaves.</source>
        <translation>Las cuentas nunca se eliminan: el registro de auditoría identifica a las personas que han hecho cada cosa. Desactive una cuenta cuando alguien se vaya.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Only a manager manages user accounts.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ask a manager to add a colleague, reset a forgotten password or change someone&apos;s role.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Solo un gerente puede gestionar las cuentas de usuario.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Pida a un gerente que añada a un compañero, restablezca una contraseña olvidada o cambie el rol de alguien.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Seleccionado: %1</translation>
    </message>
    <message>
        <source>Select a user in the list</source>
        <translation>Seleccione un usuario de la lista</translation>
    </message>
    <message>
        <source>Reac&amp;tivate the account</source>
        <translation>Reac&amp;tivar la cuenta</translation>
    </message>
    <message>
        <source>Deac&amp;tivate the account…</source>
        <translation>Desac&amp;tivar la cuenta…</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>%1 can now sign in as %2.</source>
        <translation>%1 ya puede identificarse como %2.</translation>
    </message>
    <message>
        <source>New password set for %1. Give it to them in person.</source>
        <translation>Se ha establecido una nueva contraseña para %1. Entréguesela en persona.</translation>
    </message>
    <message>
        <source>%1 has no therapist record. Add a new account with the role Therapist and choose the record there.</source>
        <translation>%1 no tiene ficha de terapeuta. Añada una cuenta nueva con el rol Terapeuta y elija allí la ficha.</translation>
    </message>
    <message>
        <source>%1 is now a %2.</source>
        <translation>%1 tiene ahora el rol de %2.</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Desactivar %1</translation>
    </message>
    <message>
        <source>Deactivate the account %1?

%1 will no longer be able to sign in. The account stays in the list and in the audit log, and you can reactivate it later.</source>
        <translation>¿Desea desactivar la cuenta %1?

%1 ya no podrá identificarse. La cuenta se mantiene en la lista y en el registro de auditoría, y más adelante puede reactivarla.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 puede volver a identificarse.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 ya no puede identificarse.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>A new password for %1, to open the sealed check-ins</source>
        <translation>Una contraseña nueva para %1, para abrir las acogidas cifradas</translation>
    </message>
</context>
<context>
    <name>WaitingSave</name>
    <message>
        <source>&amp;Save now</source>
        <translation>&amp;Guardar ahora</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>Esperando al servidor</translation>
    </message>
    <message>
        <source>Not saved yet: the server %1 cannot be reached. What you typed stays here and is saved by itself as soon as the connection is back.</source>
        <translation>Todavía no se ha guardado: no se puede conectar con el servidor %1. Lo que ha escrito se queda aquí y se guarda automáticamente en cuanto se recupera la conexión.</translation>
    </message>
    <message>
        <source>If it was not saved, press Save now.</source>
        <translation>Si no se ha guardado, pulse Guardar ahora.</translation>
    </message>
</context>
<context>
    <name>WaitlistDialog</name>
    <message>
        <source>&amp;Urgent: offer before the others</source>
        <translation>&amp;Urgente: ofrecer antes que a los demás</translation>
    </message>
    <message>
        <source>Only &amp;until</source>
        <translation>Solo h&amp;asta</translation>
    </message>
    <message>
        <source>Edit waitlist entry</source>
        <translation>Editar la entrada de la lista de espera</translation>
    </message>
    <message>
        <source>Add to the waitlist</source>
        <translation>Añadir a la lista de espera</translation>
    </message>
    <message>
        <source>Search the client by name or phone</source>
        <translation>Buscar el cliente por nombre o teléfono</translation>
    </message>
    <message>
        <source>Tick the therapists the client would see; none ticked: any.</source>
        <translation>Marque los terapeutas que el cliente aceptaría; si no marca ninguno: cualquiera.</translation>
    </message>
    <message>
        <source>any time, or e.g. 09:00-13:00, 16:00-19:00</source>
        <translation>cualquier hora, o p. ej. 09:00-13:00, 16:00-19:00</translation>
    </message>
    <message>
        <source>e.g. prefers a morning; call on the mobile</source>
        <translation>p. ej., prefiere por la mañana; llamar al móvil</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>No client chosen yet.</source>
        <translation>Todavía no se ha elegido ningún cliente.</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Servicio:</translation>
    </message>
    <message>
        <source>&amp;Therapists:</source>
        <translation>&amp;Terapeutas:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Días:</translation>
    </message>
    <message>
        <source>T&amp;imes:</source>
        <translation>&amp;Horas:</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>Último día:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Para %1</translation>
    </message>
    <message>
        <source>Choose the client first: search above.</source>
        <translation>Elija primero el cliente: búsquelo arriba.</translation>
    </message>
    <message>
        <source>Write the times of day as 09:00-13:00, several separated by commas, or leave them empty for any time.</source>
        <translation>Escriba las horas del día como 09:00-13:00, separando varias con comas, o déjelas vacías para cualquier hora.</translation>
    </message>
</context>
<context>
    <name>WaitlistMatch</name>
    <message>
        <source>any day</source>
        <translation>cualquier día</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>cualquier hora</translation>
    </message>
</context>
<context>
    <name>WaitlistModel</name>
    <message>
        <source>▲ Urgent</source>
        <translation>▲ Urgente</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>any therapist</source>
        <translation>cualquier terapeuta</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>sin fin</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
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
        <source>Therapists</source>
        <translation>Terapeutas</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
</context>
<context>
    <name>WaitlistPage</name>
    <message>
        <source>&amp;Urgent only</source>
        <translation>Solo &amp;urgentes</translation>
    </message>
    <message>
        <source>&amp;Add to the waitlist…</source>
        <translation>&amp;Añadir a la lista de espera…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Waitlist entries</source>
        <translation>Entradas de la lista de espera</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapeuta</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Servicio:</translation>
    </message>
    <message>
        <source>&amp;Therapist:</source>
        <translation>&amp;Terapeuta:</translation>
    </message>
    <message>
        <source>Clients waiting for a freed slot. The calendar says how many wait for a cancelled time, and its booking dialog offers them, urgent first, then the oldest.</source>
        <translation>Clientes que esperan un hueco liberado. El calendario indica cuántos esperan una hora cancelada, y su diálogo de reserva los ofrece, primero los urgentes y después los más antiguos.</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Todos los servicios</translation>
    </message>
    <message>
        <source>All therapists</source>
        <translation>Todos los terapeutas</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n urgent</source>
        <translation>
            <numerusform> · %n urgente</numerusform>
            <numerusform> · %n urgentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Added to the waitlist.</source>
        <translation>Añadido a la lista de espera.</translation>
    </message>
    <message>
        <source>Remove from the waitlist</source>
        <translation>Eliminar de la lista de espera</translation>
    </message>
    <message>
        <source>Remove %1 from the waitlist for %2?</source>
        <translation>¿Eliminar a %1 de la lista de espera de %2?</translation>
    </message>
    <message>
        <source>%1 was removed from the waitlist for %2.</source>
        <translation>Se ha eliminado a %1 de la lista de espera de %2.</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Lista de espera</translation>
    </message>
</context>
<context>
    <name>WaitlistRepository</name>
    <message>
        <source>read the client</source>
        <translation>leer el cliente</translation>
    </message>
    <message>
        <source>There is no client with number %1.</source>
        <translation>No hay ningún cliente con el número %1.</translation>
    </message>
    <message>
        <source>read the service</source>
        <translation>leer el servicio</translation>
    </message>
    <message>
        <source>There is no service with number %1.</source>
        <translation>No hay ningún servicio con el número %1.</translation>
    </message>
    <message>
        <source>There is no service &quot;%1&quot;.</source>
        <translation>No existe el servicio &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>read the therapists</source>
        <translation>leer los terapeutas</translation>
    </message>
    <message>
        <source>There is no therapist with number %1.</source>
        <translation>No hay ningún terapeuta con el número %1.</translation>
    </message>
    <message>
        <source>The days of the week are not valid.</source>
        <translation>Los días de la semana no son válidos.</translation>
    </message>
    <message>
        <source>A time of day must end after it starts, within the day.</source>
        <translation>Una franja horaria debe terminar después de empezar, dentro del mismo día.</translation>
    </message>
    <message>
        <source>The last day (%1) has already passed.</source>
        <translation>El último día (%1) ya ha pasado.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La nota</translation>
    </message>
    <message>
        <source>save the waitlist entry</source>
        <translation>guardar la entrada de la lista de espera</translation>
    </message>
    <message>
        <source>There is no waitlist entry %1.</source>
        <translation>No existe la entrada %1 de la lista de espera.</translation>
    </message>
    <message>
        <source>remove the waitlist entry</source>
        <translation>eliminar la entrada de la lista de espera</translation>
    </message>
    <message>
        <source>clean up the waitlist</source>
        <translation>limpiar la lista de espera</translation>
    </message>
    <message>
        <source>read the waitlist</source>
        <translation>leer la lista de espera</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>recepción</translation>
    </message>
    <message>
        <source>read the client&apos;s bookings</source>
        <translation>leer las reservas del cliente</translation>
    </message>
    <message>
        <source>update the waitlist</source>
        <translation>actualizar la lista de espera</translation>
    </message>
    <message>
        <source>read the therapists&apos; services</source>
        <translation>leer los servicios de los terapeutas</translation>
    </message>
    <message>
        <source>read the closed days</source>
        <translation>leer los días de cierre</translation>
    </message>
    <message>
        <source>read the rooms&apos; services</source>
        <translation>leer los servicios de las salas</translation>
    </message>
</context>
<context>
    <name>WeekHoursEditor</name>
    <message>
        <source>&lt;b&gt;Day&lt;/b&gt;</source>
        <translation>&lt;b&gt;Día&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;From&lt;/b&gt;</source>
        <translation>&lt;b&gt;Desde&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;To&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hasta&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 from</source>
        <translation>%1 desde</translation>
    </message>
    <message>
        <source>%1 until</source>
        <translation>%1 hasta</translation>
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
    <message>
        <source>The connection to the server was lost while the change was being saved. The server keeps a change whole or not at all: once the connection is back, look again to see whether it was saved.</source>
        <translation>Se ha perdido la conexión con el servidor mientras se guardaba el cambio. El servidor guarda un cambio completo o no lo guarda en absoluto: cuando se restablezca la conexión, vuelva a mirar si se ha guardado.</translation>
    </message>
</context>
</TS>
