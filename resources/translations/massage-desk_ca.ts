<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ca_ES">
<context>
    <name>AbsenceEditor</name>
    <message>
        <source>Absences</source>
        <translation>Absències</translation>
    </message>
    <message>
        <source>Reason (e.g. holiday)</source>
        <translation>Motiu (p. ex. vacances)</translation>
    </message>
    <message>
        <source>Absence from</source>
        <translation>Absència des de</translation>
    </message>
    <message>
        <source>Absence until</source>
        <translation>Absència fins a</translation>
    </message>
    <message>
        <source>Reason for the absence</source>
        <translation>Motiu de l&apos;absència</translation>
    </message>
    <message>
        <source>Add a&amp;bsence</source>
        <translation>Afegeix una a&amp;bsència</translation>
    </message>
    <message>
        <source>Remove selected absence</source>
        <translation>Elimina l&apos;absència seleccionada</translation>
    </message>
    <message>
        <source>Absence of %1: %2 to %3</source>
        <translation>Absència de %1: del %2 al %3</translation>
    </message>
    <message>
        <source>Absence of %1 to remove: %2</source>
        <translation>Absència de %1 per eliminar: %2</translation>
    </message>
    <message>
        <source>Not removed yet: the server %1 cannot be reached. The absence stays marked in the list and is removed by itself as soon as the connection is back.</source>
        <translation>Encara no s&apos;ha eliminat: no es pot connectar amb el servidor %1. L&apos;absència queda marcada a la llista i s&apos;elimina automàticament tan bon punt es recupera la connexió.</translation>
    </message>
    <message>
        <source>If it is still listed, press Remove now.</source>
        <translation>Si encara surt a la llista, premeu Elimina ara.</translation>
    </message>
    <message>
        <source>&amp;Remove now</source>
        <translation>&amp;Elimina ara</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Des de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>fins a</translation>
    </message>
    <message>
        <source>%1 – %2  %3</source>
        <translation>%1 – %2  %3</translation>
    </message>
    <message>
        <source>%1 (removal waits for the server)</source>
        <translation>%1 (l&apos;eliminació espera el servidor)</translation>
    </message>
    <message>
        <source>Absence added.</source>
        <translation>S&apos;ha afegit l&apos;absència.</translation>
    </message>
    <message>
        <source>That absence is already waiting to be removed.</source>
        <translation>Aquesta absència ja espera per eliminar-se.</translation>
    </message>
    <message>
        <source>Absence removed.</source>
        <translation>S&apos;ha eliminat l&apos;absència.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>read the audit log</source>
        <translation>llegir el registre d&apos;auditoria</translation>
    </message>
    <message>
        <source>write the audit log</source>
        <translation>escriure al registre d&apos;auditoria</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Signed in</source>
        <translation>Identificació</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Identificació rebutjada</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>Compte afegit</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Contrasenya canviada</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rol canviat</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Compte desactivat</translation>
    </message>
    <message>
        <source>Account reactivated</source>
        <translation>Compte reactivat</translation>
    </message>
    <message>
        <source>Check-in recorded</source>
        <translation>Acollida registrada</translation>
    </message>
    <message>
        <source>Check-in answers read</source>
        <translation>Respostes de l&apos;acollida consultades</translation>
    </message>
    <message>
        <source>Check-in signed off by the therapist</source>
        <translation>Acollida validada pel terapeuta</translation>
    </message>
    <message>
        <source>Medical clearance recorded</source>
        <translation>Autorització mèdica registrada</translation>
    </message>
    <message>
        <source>Session note written</source>
        <translation>Nota de sessió escrita</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consentiment registrat</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentiment retirat</translation>
    </message>
    <message>
        <source>Client&apos;s data exported</source>
        <translation>Dades del client exportades</translation>
    </message>
    <message>
        <source>Client&apos;s data erased</source>
        <translation>Dades del client esborrades</translation>
    </message>
    <message>
        <source>Service created</source>
        <translation>Servei creat</translation>
    </message>
    <message>
        <source>Service duplicated</source>
        <translation>Servei duplicat</translation>
    </message>
    <message>
        <source>Service draft saved</source>
        <translation>Esborrany de servei desat</translation>
    </message>
    <message>
        <source>Service published</source>
        <translation>Servei publicat</translation>
    </message>
    <message>
        <source>Service published despite warnings</source>
        <translation>Servei publicat malgrat els avisos</translation>
    </message>
    <message>
        <source>Earlier service version restored</source>
        <translation>Versió anterior del servei restaurada</translation>
    </message>
    <message>
        <source>Service archived</source>
        <translation>Servei arxivat</translation>
    </message>
    <message>
        <source>Service brought back</source>
        <translation>Servei tornat a oferir</translation>
    </message>
    <message>
        <source>Audit log read</source>
        <translation>Registre d&apos;auditoria consultat</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quan</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Què</translation>
    </message>
    <message>
        <source>Client no.</source>
        <translation>Núm. client</translation>
    </message>
    <message>
        <source>Booking no.</source>
        <translation>Núm. reserva</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detall</translation>
    </message>
    <message>
        <source>Client list exported as CSV</source>
        <translation>Llista de clients exportada en CSV</translation>
    </message>
    <message>
        <source>Clients imported from a file</source>
        <translation>Clients importats des d&apos;un fitxer</translation>
    </message>
    <message>
        <source>Stop-and-refer read by the therapist on My day</source>
        <translation>Avís d&apos;aturar i derivar llegit pel terapeuta a El meu dia</translation>
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
        <translation>&amp;Verifica la cadena</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>qualsevol</translation>
    </message>
    <message>
        <source>number or name</source>
        <translation>número o nom</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Qui:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client:</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>Q&amp;uè:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>i</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Only a manager reads the audit log.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;It records who signed in, who read or recorded check-ins and who changed accounts or the catalogue. Ask a manager if you need to know something from it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Només un gerent pot llegir el registre d&apos;auditoria.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Hi consta qui s&apos;ha identificat, qui ha consultat o registrat acollides i qui ha canviat comptes o el catàleg. Si necessiteu saber-ne alguna cosa, demaneu-ho a un gerent.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>No client matches “%1”.</source>
        <translation>Cap client no coincideix amb “%1”.</translation>
    </message>
    <message>
        <source>Many clients match “%1”: showing the first %2; type more of the name or the client&apos;s number.</source>
        <translation>Hi ha molts clients que coincideixen amb “%1”: es mostren els primers %2; escriviu més lletres del nom o el número del client.</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Cap entrada no coincideix amb aquests filtres.</translation>
    </message>
    <message>
        <source>✗ The chain could not be checked: %1</source>
        <translation>✗ No s&apos;ha pogut comprovar la cadena: %1</translation>
    </message>
    <message>
        <source>✓ The chain is intact: no entry was changed or removed outside Massage Desk.</source>
        <translation>✓ La cadena està intacta: no s&apos;ha modificat ni eliminat cap entrada fora del Massage Desk.</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <source>entry %1 (%2, %3, %4)</source>
        <translation>entrada %1 (%2, %3, %4)</translation>
    </message>
    <message>
        <source>✗ The chain is broken at %1: that entry or the one before it was changed or removed outside Massage Desk. Keep a copy of this database file as evidence and tell whoever looks after the computer.</source>
        <translation>✗ La cadena està trencada (%1): aquesta entrada o l&apos;anterior s&apos;ha modificat o eliminat fora del Massage Desk. Conserveu una còpia d&apos;aquest fitxer de base de dades com a prova i aviseu la persona que s&apos;ocupa de l&apos;ordinador.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registre d&apos;auditoria</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entrades del registre d&apos;auditoria</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Què</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Des de</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fins a</translation>
    </message>
</context>
<context>
    <name>AutomaticBackup</name>
    <message>
        <source>Cannot write backups into %1: the folder cannot be created or is read-only. Choose another backup folder in Settings.</source>
        <translation>No es poden escriure còpies de seguretat a %1: la carpeta no es pot crear o és només de lectura. Trieu una altra carpeta de còpies de seguretat a Configuració.</translation>
    </message>
    <message>
        <source>Could not write the backup %1 (is the disk full?). The database itself is unchanged.</source>
        <translation>No s&apos;ha pogut escriure la còpia de seguretat %1 (potser el disc és ple?). La base de dades no ha canviat.</translation>
    </message>
    <message>
        <source>The new backup failed its check and was deleted; the older backups are kept. %1</source>
        <translation>La còpia de seguretat nova no ha superat la comprovació i s&apos;ha eliminat; es conserven les còpies anteriors. %1</translation>
    </message>
</context>
<context>
    <name>AutomaticBackupRunner</name>
    <message>
        <source>Backup written and checked: %1 (%2).</source>
        <translation>Còpia de seguretat escrita i comprovada: %1 (%2).</translation>
    </message>
    <message>
        <source>Automatic backup written and checked: %1 (%2).</source>
        <translation>Còpia de seguretat automàtica escrita i comprovada: %1 (%2).</translation>
    </message>
    <message>
        <source>The automatic backup failed. The database itself is unchanged. %1</source>
        <translation>La còpia de seguretat automàtica ha fallat. La base de dades no ha canviat. %1</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>La còpia de seguretat ha fallat</translation>
    </message>
    <message>
        <source>Backing up the database before closing…</source>
        <translation>S&apos;està fent una còpia de seguretat de la base de dades abans de tancar…</translation>
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
        <translation>Restaura des d&apos;una còpia de seguretat</translation>
    </message>
    <message>
        <source>Choose an automatic backup, newest first, or another file.</source>
        <translation>Trieu una còpia de seguretat automàtica (de la més recent a la més antiga) o un altre fitxer.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Mida</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fitxer</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restaura aquesta còpia…</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Un altre fitxer…</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
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
    <message>
        <source>No backup file was given.</source>
        <translation>No s&apos;ha indicat cap fitxer de còpia de seguretat.</translation>
    </message>
    <message>
        <source>The backup and the database are the same file (%1 names the database itself, through a link or another name); nothing to restore.</source>
        <translation>La còpia de seguretat i la base de dades són el mateix fitxer (%1 és la mateixa base de dades, a través d&apos;un enllaç o amb un altre nom); no hi ha res per restaurar.</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Back up &amp;automatically: once a day, and whenever Massage Desk closes</source>
        <translation>Fes còpies de seguretat &amp;automàticament: un cop al dia i cada vegada que es tanqui el Massage Desk</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Canvia…</translation>
    </message>
    <message>
        <source>Use the &amp;default</source>
        <translation>Usa la carpeta &amp;predeterminada</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Obre la carpeta</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Fes una còpia a&amp;ra</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Carpeta per a les còpies de seguretat automàtiques</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Còpies de seguretat automàtiques</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Es conserven:</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Última còpia:</translation>
    </message>
    <message numerus="yes">
        <source>The newest backup of each of the last %1 days, %2 weeks and %3 months; older ones are deleted. Now: %n backup(s), %4 in all.</source>
        <translation>
            <numerusform>La còpia més recent de cadascun dels últims %1 dies, %2 setmanes i %3 mesos; les més antigues s&apos;eliminen. Ara: %n còpia, %4 en total.</numerusform>
            <numerusform>La còpia més recent de cadascun dels últims %1 dies, %2 setmanes i %3 mesos; les més antigues s&apos;eliminen. Ara: %n còpies, %4 en total.</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup is being written…</source>
        <translation>S&apos;està escrivint una còpia de seguretat…</translation>
    </message>
    <message>
        <source>No automatic backup yet.</source>
        <translation>Encara no hi ha cap còpia de seguretat automàtica.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1
The last attempt, %2, failed: %3</source>
        <translation>%1
L&apos;últim intent, %2, ha fallat: %3</translation>
    </message>
    <message>
        <source>Automatic backups are on.</source>
        <translation>Les còpies de seguretat automàtiques estan activades.</translation>
    </message>
    <message>
        <source>Cannot write backups into %1: the folder cannot be created or is read-only.</source>
        <translation>No es poden escriure còpies de seguretat a %1: la carpeta no es pot crear o és només de lectura.</translation>
    </message>
    <message>
        <source>Automatic backups now go to %1.</source>
        <translation>Ara les còpies de seguretat automàtiques es desen a %1.</translation>
    </message>
    <message>
        <source>A backup is already being written; try again in a moment.</source>
        <translation>Ja s&apos;està escrivint una còpia de seguretat; torneu-ho a provar d&apos;aquí a un moment.</translation>
    </message>
    <message>
        <source>Writing a backup…</source>
        <translation>S&apos;està escrivint una còpia de seguretat…</translation>
    </message>
    <message>
        <source>Automatic backups are off. Use “Back up now” or the File menu to keep copies.</source>
        <translation>Les còpies de seguretat automàtiques estan desactivades. Feu servir “Fes una còpia ara” o el menú Fitxer per conservar còpies.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activades</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivades</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Your backup settings were saved.</source>
        <translation>S&apos;ha desat la vostra configuració de les còpies de seguretat.</translation>
    </message>
    <message>
        <source>Backup settings: automatic backups %1, folder %2</source>
        <translation>Configuració de les còpies: còpies automàtiques %1, carpeta %2</translation>
    </message>
    <message>
        <source>No backup was written: the server %1 cannot be reached, and nothing was changed. Press “Back up now” again once the connection is back.</source>
        <translation>No s&apos;ha fet cap còpia: no es pot connectar amb el servidor %1 i no s&apos;ha canviat res. Torneu a prémer “Fes una còpia ara” quan es recuperi la connexió.</translation>
    </message>
</context>
<context>
    <name>BookingActions</name>
    <message>
        <source>No database is open.</source>
        <translation>No hi ha cap base de dades oberta.</translation>
    </message>
    <message>
        <source>A %1 session cannot be moved.</source>
        <translation>No es pot moure una sessió en estat «%1».</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>No s&apos;ha mogut: %1</translation>
    </message>
    <message>
        <source>Change %1&apos;s session to %2 min</source>
        <translation>Canvia la sessió de %1 a %2 min</translation>
    </message>
    <message>
        <source>Move %1&apos;s session to %2</source>
        <translation>Mou la sessió de %1 a %2</translation>
    </message>
    <message>
        <source> It is now in another room (%1 was taken).</source>
        <translation> Ara és en una altra sala (%1 no estava disponible).</translation>
    </message>
    <message>
        <source>%1: done.%2 Undo with Ctrl+Z.</source>
        <translation>%1: fet.%2 Podeu desfer-ho amb Ctrl+Z.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Cancel %1&apos;s session</source>
        <translation>Cancel·la la sessió de %1</translation>
    </message>
    <message>
        <source>Why is it cancelled? (required; kept with the booking)</source>
        <translation>Per què es cancel·la? (obligatori; es desa amb la reserva)</translation>
    </message>
    <message>
        <source>Not cancelled: a cancellation needs a reason.</source>
        <translation>No s&apos;ha cancel·lat: cal indicar el motiu de la cancel·lació.</translation>
    </message>
    <message>
        <source>Not cancelled: %1</source>
        <translation>No s&apos;ha cancel·lat: %1</translation>
    </message>
    <message>
        <source>%1&apos;s session is cancelled; it stays on the calendar, greyed.</source>
        <translation>S&apos;ha cancel·lat la sessió de %1; es manté al calendari, en gris.</translation>
    </message>
    <message>
        <source>Undo or redo refused (%1): %2</source>
        <translation>No s&apos;ha pogut desfer o refer (%1): %2</translation>
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
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>With %1, room %2.</source>
        <translation>Amb %1, sala %2.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nou client…</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>Reserva nova</translation>
    </message>
    <message>
        <source>Type a name, phone or email…</source>
        <translation>Escriviu un nom, un telèfon o un correu electrònic…</translation>
    </message>
    <message>
        <source>First name and surnames</source>
        <translation>Nom i cognoms</translation>
    </message>
    <message>
        <source>Phone, e.g. 612 34 56 78</source>
        <translation>Telèfon, p. ex. 612 34 56 78</translation>
    </message>
    <message>
        <source>&amp;Add client</source>
        <translation>&amp;Afegeix el client</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telèfon:</translation>
    </message>
    <message>
        <source>&amp;Find the next free slot</source>
        <translation>Cerca la &amp;propera hora lliure</translation>
    </message>
    <message>
        <source>The first five free places for this service and length at or after the chosen start</source>
        <translation>Les cinc primeres hores lliures per a aquest servei i aquesta durada a partir de l&apos;inici triat</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Servei:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Durada:</translation>
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
        <translation>&amp;Inici:</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Reserva</translation>
    </message>
    <message>
        <source>%1 min · %2</source>
        <translation>%1 min · %2</translation>
    </message>
    <message>
        <source>Any therapist</source>
        <translation>Qualsevol terapeuta</translation>
    </message>
    <message>
        <source>Any room</source>
        <translation>Qualsevol sala</translation>
    </message>
    <message>
        <source>Booking for %1</source>
        <translation>Reserva per a %1</translation>
    </message>
    <message>
        <source>Booking for %1 · %2</source>
        <translation>Reserva per a %1 · %2</translation>
    </message>
    <message>
        <source>No client chosen yet: search above, or add a new client.</source>
        <translation>Encara no heu triat cap client: cerqueu-lo a dalt o afegiu-ne un de nou.</translation>
    </message>
    <message>
        <source>✓ Free: %1 in %2, %3–%4 (then %5 min cleanup).</source>
        <translation>✓ Lliure: %1 a %2, %3–%4 (després, %5 min de neteja).</translation>
    </message>
    <message>
        <source>Note: this time has already passed.</source>
        <translation>Atenció: aquesta hora ja ha passat.</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Choose or add the client first.</source>
        <translation>Primer trieu o afegiu el client.</translation>
    </message>
    <message>
        <source>any therapist</source>
        <translation>qualsevol terapeuta</translation>
    </message>
    <message>
        <source>No free %1-minute %2 with %3 in the four weeks after %4.</source>
        <translation>No hi ha cap hora lliure per a %2 de %1 minuts amb %3 en les quatre setmanes posteriors a %4.</translation>
    </message>
    <message>
        <source>First free %1-minute %2 with %3 after %4 — pick one:</source>
        <translation>Primeres hores lliures per a %2 de %1 minuts amb %3 després de %4 — trieu-ne una:</translation>
    </message>
    <message>
        <source>%1 %2–%3 · %4 · %5</source>
        <translation>%1 %2–%3 · %4 · %5</translation>
    </message>
    <message>
        <source>✖ Choose or add the client first.</source>
        <translation>✖ Primer trieu o afegiu el client.</translation>
    </message>
    <message>
        <source>✖ Not booked: %1</source>
        <translation>✖ No s&apos;ha reservat: %1</translation>
    </message>
    <message>
        <source>Which of the two times</source>
        <translation>Quina de les dues hores</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Which %1?</source>
        <translation>Quina de les %1?</translation>
    </message>
    <message>
        <source>%1 happens twice that night (the clocks go back): choose %2 or %3.</source>
        <translation>Les %1 es repeteixen aquella nit (s&apos;endarrereixen els rellotges): trieu %2 o %3.</translation>
    </message>
    <message>
        <source>Booking: %1, %2 %3</source>
        <translation>Reserva: %1, %2 %3</translation>
    </message>
    <message>
        <source>✖ Not booked yet: the server cannot be reached.</source>
        <translation>✖ Encara no s&apos;ha reservat: no es pot connectar amb el servidor.</translation>
    </message>
    <message>
        <source>New client: %1</source>
        <translation>Client nou: %1</translation>
    </message>
</context>
<context>
    <name>BookingRepository</name>
    <message>
        <source>read a booking</source>
        <translation>llegir una reserva</translation>
    </message>
    <message>
        <source>read the bookings</source>
        <translation>llegir les reserves</translation>
    </message>
    <message>
        <source>There is no booking %1.</source>
        <translation>No hi ha cap reserva %1.</translation>
    </message>
</context>
<context>
    <name>BookingWaitlist</name>
    <message>
        <source>Waiting for this time</source>
        <translation>Esperen aquesta hora</translation>
    </message>
    <message>
        <source>%1 · %2 · from %3</source>
        <translation>%1 · %2 · des del %3</translation>
    </message>
    <message>
        <source>▲ Urgent: %1</source>
        <translation>▲ Urgent: %1</translation>
    </message>
    <message>
        <source> · waiting since %1</source>
        <translation> · en espera des del %1</translation>
    </message>
    <message>
        <source>Choose to fill in the booking</source>
        <translation>Trieu-ne un per omplir la reserva</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for this freed time (urgent first, then the oldest); choose one to book them:</source>
        <translation>
            <numerusform>%n persona espera aquesta hora alliberada (primer les urgents, després la més antiga); trieu-ne una per reservar-li:</numerusform>
            <numerusform>%n persones esperen aquesta hora alliberada (primer les urgents, després les més antigues); trieu-ne una per reservar-li:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no-show(s)</source>
        <translation>
            <numerusform>%n no presentat</numerusform>
            <numerusform>%n no presentats</numerusform>
        </translation>
    </message>
    <message>
        <source>no no-shows</source>
        <translation>cap no presentat</translation>
    </message>
    <message numerus="yes">
        <source>%n late cancellation(s)</source>
        <translation>
            <numerusform>%n cancel·lació tardana</numerusform>
            <numerusform>%n cancel·lacions tardanes</numerusform>
        </translation>
    </message>
    <message>
        <source>no late cancellations</source>
        <translation>cap cancel·lació tardana</translation>
    </message>
    <message numerus="yes">
        <source>on the waitlist for %n service(s)</source>
        <translation>
            <numerusform>a la llista d&apos;espera per a %n servei</numerusform>
            <numerusform>a la llista d&apos;espera per a %n serveis</numerusform>
        </translation>
    </message>
    <message>
        <source>not on the waitlist</source>
        <translation>no és a la llista d&apos;espera</translation>
    </message>
    <message>
        <source>Last 6 months: %1 · %2</source>
        <translation>Últims 6 mesos: %1 · %2</translation>
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
        <translation> + %1 min de neteja</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Check-in: %1</source>
        <translation>Acollida: %1</translation>
    </message>
    <message>
        <source>Drag to move, drag the bottom edge to change the length, right-click for more.</source>
        <translation>Arrossegueu per moure; arrossegueu la vora inferior per canviar la durada; feu clic dret per a més opcions.</translation>
    </message>
    <message>
        <source>Lane of %1</source>
        <translation>Columna de %1</translation>
    </message>
    <message>
        <source>Click to open this day</source>
        <translation>Feu clic per obrir aquest dia</translation>
    </message>
    <message>
        <source>Double-click or press N to book %1 at %2</source>
        <translation>Feu doble clic o premeu N per reservar: %1, %2</translation>
    </message>
    <message>
        <source>Move cancelled.</source>
        <translation>S&apos;ha cancel·lat el moviment.</translation>
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
        <translation>Avui no treballa</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>No treballa</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Ple</translation>
    </message>
    <message>
        <source>%1 of %2 free</source>
        <translation>Lliures: %1 de %2</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>Lliures: %1</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>%1: nobody is working.</source>
        <translation>%1: no treballa ningú.</translation>
    </message>
    <message numerus="yes">
        <source>%1: all %n therapist(s) working are busy.</source>
        <translation>
            <numerusform>%1: el terapeuta que treballa (%n) està ocupat.</numerusform>
            <numerusform>%1: tots els terapeutes que treballen (%n) estan ocupats.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: free for the whole half hour: %2.</source>
        <translation>%1: lliures tota la mitja hora: %2.</translation>
    </message>
    <message>
        <source>Double-click to book here, or choose one therapist above to see their sessions.</source>
        <translation>Feu doble clic per reservar aquí o trieu un terapeuta a dalt per veure&apos;n les sessions.</translation>
    </message>
    <message>
        <source>check-in proceed</source>
        <translation>acollida: continuar</translation>
    </message>
    <message>
        <source>check-in note for the therapist</source>
        <translation>acollida: nota per al terapeuta</translation>
    </message>
    <message>
        <source>check-in adapt</source>
        <translation>acollida: adaptar</translation>
    </message>
    <message>
        <source>check-in needs clearance</source>
        <translation>acollida: cal autorització</translation>
    </message>
    <message>
        <source>check-in stop and refer</source>
        <translation>acollida: aturar i derivar</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 amb %2</translation>
    </message>
    <message>
        <source>no check-in yet</source>
        <translation>encara sense acollida</translation>
    </message>
    <message>
        <source>⚠ referred %1</source>
        <translation>⚠ derivat %1</translation>
    </message>
    <message>
        <source>Call: %1 %2</source>
        <translation>Trucada: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for this freed time: double-click to book one</source>
        <translation>
            <numerusform>%n persona espera aquesta hora alliberada: feu doble clic per reservar-li</numerusform>
            <numerusform>%n persones esperen aquesta hora alliberada: feu doble clic per reservar a una d&apos;elles</numerusform>
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
        <translation>Hi ha clients que esperen una hora lliure amb: %1.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the free time %1</source>
        <translation>
            <numerusform>%n persona espera l&apos;hora lliure %1</numerusform>
            <numerusform>%n persones esperen l&apos;hora lliure %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the free time %1 with %2</source>
        <translation>
            <numerusform>%n persona espera l&apos;hora lliure %1 amb %2</numerusform>
            <numerusform>%n persones esperen l&apos;hora lliure %1 amb %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to book one of them.</source>
        <translation>Feu doble clic per reservar a una d&apos;elles.</translation>
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
        <source>Today, %1</source>
        <translation>Avui, %1</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendari</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sessió</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 sessions</translation>
    </message>
    <message>
        <source>Show &amp;cancelled</source>
        <translation>Mostra les &amp;cancel·lades</translation>
    </message>
    <message>
        <source>&amp;Whole day</source>
        <translation>&amp;Tot el dia</translation>
    </message>
    <message>
        <source>&amp;New booking…</source>
        <translation>&amp;Nova reserva…</translation>
    </message>
    <message>
        <source>Book at the selected time (N, Enter or double-click free time)</source>
        <translation>Reserva a l&apos;hora seleccionada (N, Retorn o doble clic en una hora lliure)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>One column per therapist or room</source>
        <translation>Una columna per terapeuta o sala</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Setmana</translation>
    </message>
    <message>
        <source>One column per day of the week</source>
        <translation>Una columna per dia de la setmana</translation>
    </message>
    <message>
        <source>By therapist</source>
        <translation>Per terapeuta</translation>
    </message>
    <message>
        <source>One column per therapist</source>
        <translation>Una columna per terapeuta</translation>
    </message>
    <message>
        <source>By room</source>
        <translation>Per sala</translation>
    </message>
    <message>
        <source>One column per room</source>
        <translation>Una columna per sala</translation>
    </message>
    <message>
        <source>Show one therapist&apos;s week, or everyone&apos;s</source>
        <translation>Mostra la setmana d&apos;un terapeuta o la de tots</translation>
    </message>
    <message>
        <source>Cancelled and no-show sessions stay visible, greyed</source>
        <translation>Les sessions cancel·lades i no presentades es continuen veient, en gris</translation>
    </message>
    <message>
        <source>Show all 24 hours instead of the opening hours</source>
        <translation>Mostra les 24 hores en lloc de l&apos;horari d&apos;obertura</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Redueix (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Amplia (Ctrl++)</translation>
    </message>
    <message>
        <source>↶ Undo</source>
        <translation>↶ Desfés</translation>
    </message>
    <message>
        <source>↷ Redo</source>
        <translation>↷ Refés</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Desfés: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Refés: %1 (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>That booking is no longer shown.</source>
        <translation>Aquesta reserva ja no es mostra.</translation>
    </message>
    <message>
        <source>Free: release to move the session here.</source>
        <translation>Lliure: deixeu anar per moure la sessió aquí.</translation>
    </message>
    <message>
        <source>Cannot go there: %1</source>
        <translation>No es pot moure aquí: %1</translation>
    </message>
    <message>
        <source>All therapists</source>
        <translation>Tots els terapeutes</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Setmana anterior</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Setmana anterior (Alt+Esquerra)</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Setmana següent ▶</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Setmana següent (Alt+Dreta)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Tancat</translation>
    </message>
    <message>
        <source>Today · %1</source>
        <translation>Avui · %1</translation>
    </message>
    <message>
        <source> · %1 cancelled or no-show</source>
        <translation> · %1 cancel·lades o no presentades</translation>
    </message>
    <message>
        <source> · %1 cancelled or no-show hidden</source>
        <translation> · %1 cancel·lades o no presentades (amagades)</translation>
    </message>
    <message>
        <source>Week of %1–%2</source>
        <translation>Setmana del %1 al %2</translation>
    </message>
    <message>
        <source>Week of %1 – %2</source>
        <translation>Setmana del %1 al %2</translation>
    </message>
    <message>
        <source>%1 (this week)</source>
        <translation>%1 (aquesta setmana)</translation>
    </message>
    <message>
        <source> — closed</source>
        <translation> — tancat</translation>
    </message>
    <message>
        <source>Booked %1 with %2 in %3.</source>
        <translation>Reservat: %1 amb %2 a %3.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Mark &amp;arrived</source>
        <translation>Marca l&apos;&amp;arribada</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>&amp;No presentat</translation>
    </message>
    <message>
        <source>&amp;Completed</source>
        <translation>&amp;Completada</translation>
    </message>
    <message>
        <source>Cancel &amp;with a reason…</source>
        <translation>Cancel·la indicant-ne el &amp;motiu…</translation>
    </message>
    <message>
        <source>&amp;Repeat every week(s)…</source>
        <translation>&amp;Repeteix cada N setmanes…</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) booked as a series.</source>
        <translation>
            <numerusform>S&apos;ha reservat %n sessió com a sèrie.</numerusform>
            <numerusform>S&apos;han reservat %n sessions com a sèrie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each half hour shows how many therapists are free; choose one therapist to see their sessions.</source>
        <translation>Cada mitja hora mostra quants terapeutes estan lliures; trieu un terapeuta per veure&apos;n les sessions.</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>No treballa</translation>
    </message>
    <message>
        <source>Calendar, %1, %2</source>
        <translation>Calendari, %1, %2</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>per dia</translation>
    </message>
    <message>
        <source>by room</source>
        <translation>per sala</translation>
    </message>
    <message>
        <source>by therapist</source>
        <translation>per terapeuta</translation>
    </message>
    <message>
        <source>Arrow keys move between sessions and free time; Enter opens a session or books the free time; Escape leaves a session.</source>
        <translation>Les tecles de fletxa permeten moure&apos;s entre les sessions i les hores lliures; Retorn obre una sessió o reserva l&apos;hora lliure; Esc surt d&apos;una sessió.</translation>
    </message>
    <message>
        <source>Calendar file for the client</source>
        <translation>Fitxer de calendari per al client</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fitxers de calendari (*.ics)</translation>
    </message>
    <message>
        <source>session-%1.ics</source>
        <translation>session-%1.ics</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>S&apos;ha desat %1.</translation>
    </message>
    <message>
        <source>Calendar file for the c&amp;lient…</source>
        <translation>Fitxer de calendari per al c&amp;lient…</translation>
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
        <translation>sense telèfon</translation>
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
        <translation>Client</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telèfon</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servei</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapeuta</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Trucada</translation>
    </message>
</context>
<context>
    <name>CallListPage</name>
    <message>
        <source>&amp;Print or save as PDF…</source>
        <translation>&amp;Imprimeix o desa en PDF…</translation>
    </message>
    <message>
        <source>Cancel on the call</source>
        <translation>Cancel·la per telèfon</translation>
    </message>
    <message>
        <source>Why does %1 cancel?</source>
        <translation>Per què cancel·la %1?</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Llista de trucades</translation>
    </message>
    <message>
        <source>calls-%1.pdf</source>
        <translation>trucades-%1.pdf</translation>
    </message>
    <message>
        <source>Day to call about</source>
        <translation>Dia sobre el qual cal trucar</translation>
    </message>
    <message>
        <source>&amp;Tomorrow</source>
        <translation>&amp;Demà</translation>
    </message>
    <message>
        <source>Sessions to confirm by phone</source>
        <translation>Sessions per confirmar per telèfon</translation>
    </message>
    <message>
        <source>Sessions on:</source>
        <translation>Sessions del:</translation>
    </message>
    <message>
        <source>The call:</source>
        <translation>La trucada:</translation>
    </message>
    <message>
        <source>✔ &amp;Confirmed</source>
        <translation>✔ &amp;Confirmada</translation>
    </message>
    <message>
        <source>✉ &amp;Left a message</source>
        <translation>✉ &amp;Missatge deixat</translation>
    </message>
    <message>
        <source>☎? &amp;No answer</source>
        <translation>☎? &amp;Sense resposta</translation>
    </message>
    <message>
        <source>✖ C&amp;ancelled…</source>
        <translation>✖ C&amp;ancel·lada…</translation>
    </message>
    <message>
        <source>No sessions to confirm</source>
        <translation>No hi ha cap sessió per confirmar</translation>
    </message>
    <message numerus="yes">
        <source>%n to call</source>
        <translation>
            <numerusform>%n per trucar</numerusform>
            <numerusform>%n per trucar</numerusform>
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
        <translation>Trucades</translation>
    </message>
</context>
<context>
    <name>CallListSheet</name>
    <message>
        <source>Calls for %1</source>
        <translation>Trucades per al %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;No sessions to confirm on this day.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No hi ha cap sessió per confirmar aquest dia.&lt;/p&gt;</translation>
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
        <source>Phone</source>
        <translation>Telèfon</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servei</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapeuta</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Trucada</translation>
    </message>
    <message>
        <source>☐ confirmed ☐ message ☐ no answer ☐ cancelled</source>
        <translation>☐ confirmada ☐ missatge ☐ sense resposta ☐ cancel·lada</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Contact details: keep this list at the desk and shred it after the calls.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Dades de contacte: conserveu aquesta llista a la recepció i destruïu-la després de les trucades.&lt;/small&gt;&lt;/p&gt;</translation>
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
        <translation>missatge deixat</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sense resposta</translation>
    </message>
    <message>
        <source>cancelled on the call</source>
        <translation>cancel·lada per telèfon</translation>
    </message>
    <message>
        <source>not called yet</source>
        <translation>encara no s&apos;ha trucat</translation>
    </message>
    <message>
        <source>Choose a day for the call list.</source>
        <translation>Trieu un dia per a la llista de trucades.</translation>
    </message>
    <message>
        <source>read the call list</source>
        <translation>llegir la llista de trucades</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>recepció</translation>
    </message>
    <message>
        <source>A call is confirmed, left_message, no_answer or cancelled, not &quot;%1&quot;.</source>
        <translation>Una trucada és confirmed, left_message, no_answer o cancelled, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Say why the booking is cancelled (the client&apos;s words are enough).</source>
        <translation>Indiqueu per què es cancel·la la reserva (n&apos;hi ha prou amb les paraules del client).</translation>
    </message>
    <message>
        <source>read the booking</source>
        <translation>llegir la reserva</translation>
    </message>
    <message>
        <source>There is no booking %1.</source>
        <translation>No hi ha cap reserva %1.</translation>
    </message>
    <message>
        <source>Booking %1 is no longer booked: there is nothing to confirm.</source>
        <translation>La reserva %1 ja no està reservada: no hi ha res per confirmar.</translation>
    </message>
    <message>
        <source>record the call</source>
        <translation>registrar la trucada</translation>
    </message>
    <message>
        <source>read the calls</source>
        <translation>llegir les trucades</translation>
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
    <message>
        <source>add a service precaution</source>
        <translation>afegir una precaució d&apos;un servei</translation>
    </message>
    <message>
        <source>The catalogue file has an unknown format; expected &quot;format&quot;: 1 and a list of &quot;services&quot;.</source>
        <translation>El fitxer del catàleg té un format desconegut; s&apos;esperava &quot;format&quot;: 1 i una llista &quot;services&quot;.</translation>
    </message>
    <message>
        <source>Service %1 in the catalogue file has no valid code (1 to 40 lower-case letters, digits or dashes).</source>
        <translation>El servei %1 del fitxer del catàleg no té cap codi vàlid (d&apos;1 a 40 lletres minúscules, xifres o guions).</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; appears twice in the catalogue file.</source>
        <translation>El codi &quot;%1&quot; apareix dues vegades al fitxer del catàleg.</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; in the catalogue file: %2</source>
        <translation>Servei &quot;%1&quot; del fitxer del catàleg: %2</translation>
    </message>
    <message numerus="yes">
        <source>The catalogue file makes %n claim(s) that a massage cannot promise; nothing was imported. Change the wording in the file and import it again.</source>
        <translation>
            <numerusform>El fitxer del catàleg conté %n afirmació que un massatge no pot prometre; no s&apos;ha importat res. Canvieu la redacció del fitxer i torneu-lo a importar.</numerusform>
            <numerusform>El fitxer del catàleg conté %n afirmacions que un massatge no pot prometre; no s&apos;ha importat res. Canvieu la redacció del fitxer i torneu-lo a importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalogue file</source>
        <translation>El fitxer del catàleg</translation>
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
    <message>
        <source>New service…</source>
        <translation>Servei nou…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edita…</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplica…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Arxiva…</translation>
    </message>
    <message>
        <source>Add a service to the catalogue</source>
        <translation>Afegeix un servei al catàleg</translation>
    </message>
    <message>
        <source>Change the selected service&apos;s texts, durations, prices and precautions</source>
        <translation>Canvia els textos, les durades, els preus i les precaucions del servei seleccionat</translation>
    </message>
    <message>
        <source>Start a new service as a copy of the selected one</source>
        <translation>Crea un servei nou a partir d&apos;una còpia del seleccionat</translation>
    </message>
    <message>
        <source>Earlier revisions of the selected service, side by side</source>
        <translation>Revisions anteriors del servei seleccionat, una al costat de l&apos;altra</translation>
    </message>
    <message>
        <source>Offer again…</source>
        <translation>Torna a oferir…</translation>
    </message>
    <message>
        <source>Make the selected service bookable again</source>
        <translation>Fa que el servei seleccionat es pugui tornar a reservar</translation>
    </message>
    <message>
        <source>Stop offering the selected service; its bookings and history stay</source>
        <translation>Deixa d&apos;oferir el servei seleccionat; se&apos;n conserven les reserves i l&apos;historial</translation>
    </message>
    <message>
        <source>Offer “%1” again? It can be booked as soon as it is published.</source>
        <translation>Voleu tornar a oferir “%1”? Es podrà reservar tan bon punt es publiqui.</translation>
    </message>
    <message>
        <source>Archive “%1”? It can no longer be booked. Its bookings (%2) and its history stay as they are, and you can offer it again later.</source>
        <translation>Voleu arxivar “%1”? Ja no es podrà reservar. Les seves reserves (%2) i el seu historial es mantenen tal com són, i més endavant el podeu tornar a oferir.</translation>
    </message>
    <message>
        <source>Archive “%1”? It can no longer be booked. Nothing is deleted: its history stays, and you can offer it again later.</source>
        <translation>Voleu arxivar “%1”? Ja no es podrà reservar. No s&apos;esborra res: se&apos;n conserva l&apos;historial i més endavant el podeu tornar a oferir.</translation>
    </message>
    <message>
        <source>Archive service</source>
        <translation>Arxiva el servei</translation>
    </message>
    <message>
        <source>Offer service again</source>
        <translation>Torna a oferir el servei</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>No s&apos;ha canviat</translation>
    </message>
    <message>
        <source>“%1” is archived.</source>
        <translation>S&apos;ha arxivat “%1”.</translation>
    </message>
    <message>
        <source>“%1” is offered again.</source>
        <translation>Es torna a oferir “%1”.</translation>
    </message>
    <message>
        <source>Not published yet: clients do not see this service. This is its latest draft.</source>
        <translation>Encara no s&apos;ha publicat: els clients no veuen aquest servei. Aquest és el darrer esborrany.</translation>
    </message>
    <message>
        <source>A newer draft (revision %1) is waiting to be published; clients see the text below.</source>
        <translation>Hi ha un esborrany més nou (revisió %1) pendent de publicar; els clients veuen el text següent.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Serveis</translation>
    </message>
</context>
<context>
    <name>CatalogueTexts</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripció</translation>
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
        <source>Body areas</source>
        <translation>Zones del cos</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Pressió</translation>
    </message>
    <message>
        <source>Cleanup time</source>
        <translation>Temps de neteja</translation>
    </message>
    <message>
        <source>Durations and prices</source>
        <translation>Durades i preus</translation>
    </message>
    <message>
        <source>Check-in questions</source>
        <translation>Preguntes de l&apos;acollida</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Servei nou</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importat</translation>
    </message>
    <message>
        <source>Copied from %1</source>
        <translation>Copiat de %1</translation>
    </message>
    <message>
        <source>Draft revision %1 published as it was</source>
        <translation>S&apos;ha publicat l&apos;esborrany de la revisió %1 tal com era</translation>
    </message>
    <message>
        <source>Restored from revision %1</source>
        <translation>Restaurat a partir de la revisió %1</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Sense canvis</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Esborrany</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicat</translation>
    </message>
    <message>
        <source>Published with an override</source>
        <translation>Publicat amb una excepció</translation>
    </message>
</context>
<context>
    <name>CentreCopy</name>
    <message>
        <source>count the rows of %1</source>
        <translation>comptar les files de %1</translation>
    </message>
    <message>
        <source>read the centre</source>
        <translation>llegir el centre</translation>
    </message>
    <message>
        <source>read the %1</source>
        <translation>llegir %1</translation>
    </message>
    <message>
        <source>copy the %1</source>
        <translation>copiar %1</translation>
    </message>
    <message>
        <source>The centre holds two bookings of one therapist or room at the same time, which the target refuses; &quot;check&quot; lists them. Nothing was copied.</source>
        <translation>El centre conté dues reserves d&apos;un mateix terapeuta o d&apos;una mateixa sala a la mateixa hora, cosa que la destinació no accepta; &quot;check&quot; les llista. No s&apos;ha copiat res.</translation>
    </message>
    <message>
        <source>The target has no table %1, so it cannot take this centre. Nothing was copied.</source>
        <translation>La destinació no té la taula %1, de manera que no pot acollir aquest centre. No s&apos;ha copiat res.</translation>
    </message>
    <message>
        <source>The target is at data version %1 and the centre at %2, so it cannot take this centre. Nothing was copied; use an empty database.</source>
        <translation>La destinació és a la versió de dades %1 i el centre a la %2, de manera que no pot acollir aquest centre. No s&apos;ha copiat res; feu servir una base de dades buida.</translation>
    </message>
    <message>
        <source>A centre file is copied with backup, not by moving it between engines. Nothing was copied.</source>
        <translation>Un fitxer de centre es copia amb backup, no movent-lo d&apos;un motor a un altre. No s&apos;ha copiat res.</translation>
    </message>
    <message>
        <source>Only a centre on a server can be replaced by a copy. Nothing was copied.</source>
        <translation>Només es pot substituir per una còpia un centre que sigui en un servidor. No s&apos;ha copiat res.</translation>
    </message>
    <message>
        <source>The target %1 already holds a centre (it has data in it), so nothing was copied. Copy into an empty database.</source>
        <translation>La destinació %1 ja conté un centre (té dades), de manera que no s&apos;ha copiat res. Copieu-lo en una base de dades buida.</translation>
    </message>
    <message>
        <source>copy the centre</source>
        <translation>copiar el centre</translation>
    </message>
    <message>
        <source>empty the target</source>
        <translation>buidar la destinació</translation>
    </message>
    <message>
        <source>The copy of %1 holds %2 rows instead of %3, so nothing was copied.</source>
        <translation>La còpia de %1 conté %2 files en lloc de %3, de manera que no s&apos;ha copiat res.</translation>
    </message>
    <message>
        <source>The audit log&apos;s chain does not verify on the copy, so nothing was copied.</source>
        <translation>La cadena del registre d&apos;auditoria no es verifica a la còpia, de manera que no s&apos;ha copiat res.</translation>
    </message>
</context>
<context>
    <name>CentreSchema</name>
    <message>
        <source>read the list of tables</source>
        <translation>llegir la llista de taules</translation>
    </message>
    <message>
        <source>read the columns of %1</source>
        <translation>llegir les columnes de %1</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhereBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Torna a carregar</translation>
    </message>
    <message>
        <source>Com&amp;pare…</source>
        <translation>Com&amp;para…</translation>
    </message>
    <message>
        <source>Show what the other desk saved (what you typed is replaced)</source>
        <translation>Mostra el que s&apos;ha desat des de l&apos;altre equip (el que heu escrit se substitueix)</translation>
    </message>
    <message>
        <source>List the fields that differ between their version and yours</source>
        <translation>Llista els camps que difereixen entre la seva versió i la vostra</translation>
    </message>
    <message>
        <source>Their version and yours</source>
        <translation>La seva versió i la vostra</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Camp</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La seva</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vostra</translation>
    </message>
    <message>
        <source>Their version and yours are the same.</source>
        <translation>La seva versió i la vostra són iguals.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ.</source>
        <translation>
            <numerusform>%n camp és diferent.</numerusform>
            <numerusform>%n camps són diferents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use &amp;theirs</source>
        <translation>Fes servir la &amp;seva</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Conserva la meva</translation>
    </message>
    <message>
        <source>Your next save replaces their version</source>
        <translation>Quan torneu a desar se substituirà la seva versió</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <source>Check-in: %1</source>
        <translation>Acollida: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>Ask each question; every one needs an answer.</source>
        <translation>Feu cada pregunta; totes necessiten una resposta.</translation>
    </message>
    <message>
        <source>Ask each question; every one needs an answer. ● marks an answer that differs from the last visit.</source>
        <translation>Feu cada pregunta; totes necessiten una resposta. ● marca una resposta diferent de la de l&apos;última visita.</translation>
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
        <translation>Zones a &amp;evitar:</translation>
    </message>
    <message>
        <source>e.g. left calf</source>
        <translation>p. ex. panxell esquerre</translation>
    </message>
    <message>
        <source>Anything the therapist should know</source>
        <translation>Qualsevol cosa que el terapeuta hagi de saber</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>● was %1</source>
        <translation>● abans: %1</translation>
    </message>
    <message>
        <source>Changed since the last visit</source>
        <translation>Ha canviat des de l&apos;última visita</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still to answer.</source>
        <translation>
            <numerusform>Queda %n pregunta per respondre.</numerusform>
            <numerusform>Queden %n preguntes per respondre.</numerusform>
        </translation>
    </message>
    <message>
        <source>All questions answered.</source>
        <translation>S&apos;han respost totes les preguntes.</translation>
    </message>
    <message>
        <source>Check-in: %1, %2</source>
        <translation>Acollida: %1, %2</translation>
    </message>
</context>
<context>
    <name>CheckinRepository</name>
    <message>
        <source>read the booking</source>
        <translation>llegir la reserva</translation>
    </message>
    <message>
        <source>There is no booking %1.</source>
        <translation>No hi ha cap reserva %1.</translation>
    </message>
    <message>
        <source>Booking %1 cannot be checked in: it is %2. Only booked or arrived sessions take a check-in.</source>
        <translation>No es pot fer l&apos;acollida de la reserva %1: el seu estat és %2. Només es pot fer l&apos;acollida de sessions reservades o amb el client ja arribat.</translation>
    </message>
    <message>
        <source>save the check-in</source>
        <translation>desar l&apos;acollida</translation>
    </message>
    <message>
        <source>update the booking</source>
        <translation>actualitzar la reserva</translation>
    </message>
    <message>
        <source>read the check-in</source>
        <translation>llegir l&apos;acollida</translation>
    </message>
    <message>
        <source>Booking %1 has no check-in yet.</source>
        <translation>La reserva %1 encara no té acollida.</translation>
    </message>
    <message>
        <source>read the previous check-in</source>
        <translation>llegir l&apos;acollida anterior</translation>
    </message>
    <message>
        <source>Client %1&apos;s data was erased: no check-in can be recorded for them.</source>
        <translation>Les dades del client %1 s&apos;han esborrat: no se li pot registrar cap acollida.</translation>
    </message>
    <message>
        <source>Client %1 withdrew their data-processing consent: no check-in can be recorded until they give it again.</source>
        <translation>El client %1 ha retirat el consentiment per al tractament de dades: no se li pot registrar cap acollida fins que no el torni a donar.</translation>
    </message>
    <message>
        <source>Client %1 has not given their data-processing consent yet: record it on the Clients page before the check-in.</source>
        <translation>El client %1 encara no ha donat el consentiment per al tractament de dades: registreu-lo a la pàgina Clients abans de l&apos;acollida.</translation>
    </message>
    <message>
        <source>The areas to avoid</source>
        <translation>Les zones a evitar</translation>
    </message>
    <message>
        <source>The check-in notes</source>
        <translation>Les notes de l&apos;acollida</translation>
    </message>
    <message>
        <source>Booking %1 is on %2, and a check-in is taken on the session&apos;s day (today is %3 at the centre).</source>
        <translation>La reserva %1 és el %2, i l&apos;acollida es fa el dia de la sessió (avui és %3 al centre).</translation>
    </message>
    <message>
        <source>read the client&apos;s referrals</source>
        <translation>llegir les derivacions del client</translation>
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
    <message>
        <source>&amp;Check in the selected client…</source>
        <translation>Fes l&apos;acollida al client &amp;seleccionat…</translation>
    </message>
    <message>
        <source>Run the check-in questions with the client (Enter or double-click a session)</source>
        <translation>Feu les preguntes de l&apos;acollida al client (Retorn o doble clic en una sessió)</translation>
    </message>
    <message>
        <source>Only booked or arrived sessions take a check-in; this one is %1.</source>
        <translation>Només es pot fer l&apos;acollida de sessions reservades o amb el client ja arribat; l&apos;estat d&apos;aquesta és «%1».</translation>
    </message>
    <message>
        <source>Consent before the check-in</source>
        <translation>Consentiment abans de l&apos;acollida</translation>
    </message>
    <message>
        <source>%1 has not agreed to the data-processing consent, which the check-in needs. Please let the client read it:</source>
        <translation>%1 no ha acceptat el consentiment per al tractament de dades, que és necessari per a l&apos;acollida. Deixeu que el client el llegeixi:</translation>
    </message>
    <message>
        <source>The client &amp;agrees</source>
        <translation>El client ho &amp;accepta</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>Ara &amp;no</translation>
    </message>
    <message>
        <source>No check-in for %1: the data-processing consent is needed first.</source>
        <translation>No s&apos;ha fet l&apos;acollida de %1: primer cal el consentiment per al tractament de dades.</translation>
    </message>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>Sessions d&apos;avui</translation>
    </message>
</context>
<context>
    <name>ClaimsChecker</name>
    <message>
        <source>The built-in claim phrase list (%1) is missing from this program.</source>
        <translation>En aquest programa falta la llista integrada de frases d&apos;afirmacions (%1).</translation>
    </message>
    <message>
        <source>&quot;negation&quot;: &quot;%1&quot; must be an object of word lists by language, such as {&quot;en&quot;: [...], &quot;ca&quot;: [...], &quot;es&quot;: [...]}.</source>
        <translation>&quot;negation&quot;: &quot;%1&quot; ha de ser un objecte amb llistes de paraules per idioma, com ara {&quot;en&quot;: [...], &quot;ca&quot;: [...], &quot;es&quot;: [...]}.</translation>
    </message>
    <message>
        <source>&quot;negation&quot;: &quot;%1&quot; has an unknown language &quot;%2&quot;; the languages are %3.</source>
        <translation>&quot;negation&quot;: &quot;%1&quot; té un idioma desconegut, &quot;%2&quot;; els idiomes són %3.</translation>
    </message>
    <message>
        <source>&quot;negation&quot;: &quot;%1&quot; / &quot;%2&quot; must be a list of words.</source>
        <translation>&quot;negation&quot;: &quot;%1&quot; / &quot;%2&quot; ha de ser una llista de paraules.</translation>
    </message>
    <message>
        <source>&quot;negation&quot;: &quot;%1&quot; / &quot;%2&quot; has an entry that is not a word or phrase.</source>
        <translation>&quot;negation&quot;: &quot;%1&quot; / &quot;%2&quot; té una entrada que no és cap paraula ni frase.</translation>
    </message>
    <message>
        <source>&quot;negation&quot;: &quot;%1&quot; needs words for &quot;%2&quot;.</source>
        <translation>&quot;negation&quot;: &quot;%1&quot; necessita paraules per a &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: &quot;%2&quot; has an unknown language &quot;%3&quot;.</source>
        <translation>Regla &quot;%1&quot;: &quot;%2&quot; té un idioma desconegut, &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; has no &quot;%2&quot; text in &quot;%3&quot;; every rule explains itself in %4.</source>
        <translation>La regla &quot;%1&quot; no té cap text &quot;%2&quot; en &quot;%3&quot;; cada regla s&apos;ha d&apos;explicar en %4.</translation>
    </message>
    <message>
        <source>is not a valid regular expression (%1 at character %2)</source>
        <translation>no és una expressió regular vàlida (%1 al caràcter %2)</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;, which normalised text never contains (patterns see the text without accents, in lower case, with &quot;l·l&quot; as &quot;ll&quot; and &quot;’&quot; as &quot;&apos;&quot;); write the pattern in that form</source>
        <translation>conté &quot;%1&quot;, que el text normalitzat no conté mai (els patrons veuen el text sense accents, en minúscules, amb &quot;l·l&quot; com a &quot;ll&quot; i &quot;’&quot; com a &quot;&apos;&quot;); escriviu el patró d&apos;aquesta manera</translation>
    </message>
    <message>
        <source>matches an empty text, so it would flag every description</source>
        <translation>coincideix amb un text buit, així que marcaria totes les descripcions</translation>
    </message>
    <message>
        <source>The claim phrase list is not valid JSON (%1 at byte %2).</source>
        <translation>La llista de frases d&apos;afirmacions no és un JSON vàlid (%1 al byte %2).</translation>
    </message>
    <message>
        <source>The claim phrase list must hold one JSON object.</source>
        <translation>La llista de frases d&apos;afirmacions ha de contenir un sol objecte JSON.</translation>
    </message>
    <message>
        <source>The claim phrase list has an unknown field &quot;%1&quot;.</source>
        <translation>La llista de frases d&apos;afirmacions té un camp desconegut: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The claim phrase list has no &quot;format&quot; number; expected &quot;format&quot;: %1.</source>
        <translation>La llista de frases d&apos;afirmacions no té cap número &quot;format&quot;; s&apos;esperava &quot;format&quot;: %1.</translation>
    </message>
    <message>
        <source>The claim phrase list has format %1; this program reads format %2.</source>
        <translation>La llista de frases d&apos;afirmacions té el format %1; aquest programa llegeix el format %2.</translation>
    </message>
    <message>
        <source>The claim phrase list needs a &quot;version&quot; text such as &quot;2026.1&quot;.</source>
        <translation>La llista de frases d&apos;afirmacions necessita un text &quot;version&quot;, com ara &quot;2026.1&quot;.</translation>
    </message>
    <message>
        <source>The claim phrase list has no &quot;negation&quot; object; it decides which honest wording (&quot;does not improve circulation&quot;) is not flagged.</source>
        <translation>La llista de frases d&apos;afirmacions no té cap objecte &quot;negation&quot;; és el que decideix quina redacció honesta (&quot;no millora la circulació&quot;) no es marca.</translation>
    </message>
    <message>
        <source>&quot;negation&quot; has an unknown field &quot;%1&quot;.</source>
        <translation>&quot;negation&quot; té un camp desconegut: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;negation&quot;: &quot;window_words&quot; must be a whole number from 0 to 12 (how many words before a claim a negation may stand).</source>
        <translation>&quot;negation&quot;: &quot;window_words&quot; ha de ser un nombre enter entre 0 i 12 (quantes paraules abans d&apos;una afirmació pot aparèixer una negació).</translation>
    </message>
    <message>
        <source>&quot;negation&quot;: &quot;clause_breaks&quot; must be a text of punctuation marks.</source>
        <translation>&quot;negation&quot;: &quot;clause_breaks&quot; ha de ser un text de signes de puntuació.</translation>
    </message>
    <message>
        <source>The claim phrase list has no &quot;rules&quot;.</source>
        <translation>La llista de frases d&apos;afirmacions no té &quot;rules&quot;.</translation>
    </message>
    <message>
        <source>Rule %1 has no valid &quot;id&quot; (lowercase letters, digits and underscores, starting with a letter).</source>
        <translation>La regla %1 no té cap &quot;id&quot; vàlid (lletres minúscules, xifres i guions baixos, començant per una lletra).</translation>
    </message>
    <message>
        <source>The rule id &quot;%1&quot; is used more than once.</source>
        <translation>L&apos;id de regla &quot;%1&quot; s&apos;utilitza més d&apos;una vegada.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; has an unknown field &quot;%2&quot;.</source>
        <translation>La regla &quot;%1&quot; té un camp desconegut: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; has an unknown category &quot;%2&quot;; the categories are %3.</source>
        <translation>La regla &quot;%1&quot; té una categoria desconeguda, &quot;%2&quot;; les categories són %3.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; needs &quot;patterns&quot;: {&quot;en&quot;: [...], &quot;ca&quot;: [...], &quot;es&quot;: [...]}.</source>
        <translation>La regla &quot;%1&quot; necessita &quot;patterns&quot;: {&quot;en&quot;: [...], &quot;ca&quot;: [...], &quot;es&quot;: [...]}.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; has patterns in an unknown language &quot;%2&quot;; the languages are %3.</source>
        <translation>La regla &quot;%1&quot; té patrons en un idioma desconegut, &quot;%2&quot;; els idiomes són %3.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; has no patterns for &quot;%2&quot;.</source>
        <translation>La regla &quot;%1&quot; no té patrons per a &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: pattern %2 #%3 is empty or not a text.</source>
        <translation>Regla &quot;%1&quot;: el patró %2 #%3 és buit o no és un text.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: pattern %2 #%3 %4.</source>
        <translation>Regla &quot;%1&quot;: el patró %2 #%3 %4.</translation>
    </message>
    <message>
        <source>&quot;forms&quot; must be an object of endings by language and class, such as {&quot;ca&quot;: {&quot;ar&quot;: [&quot;a&quot;, &quot;en&quot;, &quot;ara&quot;]}}.</source>
        <translation>&quot;forms&quot; ha de ser un objecte de terminacions per idioma i classe, com ara {&quot;ca&quot;: {&quot;ar&quot;: [&quot;a&quot;, &quot;en&quot;, &quot;ara&quot;]}}.</translation>
    </message>
    <message>
        <source>&quot;forms&quot; has an unknown language &quot;%1&quot;; the languages are %2, each an object of classes.</source>
        <translation>&quot;forms&quot; té un idioma desconegut, &quot;%1&quot;; els idiomes són %2, cadascun un objecte de classes.</translation>
    </message>
    <message>
        <source>&quot;forms&quot; / &quot;%1&quot;: the class &quot;%2&quot; needs a name in lowercase letters and a list of endings.</source>
        <translation>&quot;forms&quot; / &quot;%1&quot;: la classe &quot;%2&quot; necessita un nom en minúscules i una llista de terminacions.</translation>
    </message>
    <message>
        <source>&quot;forms&quot; / &quot;%1&quot; / &quot;%2&quot;: every ending is plain lowercase letters without accents.</source>
        <translation>&quot;forms&quot; / &quot;%1&quot; / &quot;%2&quot;: cada terminació ha de ser només lletres minúscules sense accents.</translation>
    </message>
    <message>
        <source>&quot;words&quot; must be an object of named word lists by language, such as {&quot;improve&quot;: {&quot;en&quot;: [&quot;improv:e&quot;]}}.</source>
        <translation>&quot;words&quot; ha de ser un objecte de llistes de paraules amb nom, per idioma, com ara {&quot;improve&quot;: {&quot;en&quot;: [&quot;improv:e&quot;]}}.</translation>
    </message>
    <message>
        <source>&quot;words&quot;: &quot;%1&quot; needs a name in lowercase letters and an object of lists by language.</source>
        <translation>&quot;words&quot;: &quot;%1&quot; necessita un nom en minúscules i un objecte de llistes per idioma.</translation>
    </message>
    <message>
        <source>&quot;words&quot; / &quot;%1&quot; has an unknown language &quot;%2&quot;.</source>
        <translation>&quot;words&quot; / &quot;%1&quot; té un idioma desconegut: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;words&quot; / &quot;%1&quot; / &quot;%2&quot; has an entry that is not a text.</source>
        <translation>&quot;words&quot; / &quot;%1&quot; / &quot;%2&quot; té una entrada que no és un text.</translation>
    </message>
    <message>
        <source>&quot;words&quot; / &quot;%1&quot; / &quot;%2&quot; is empty.</source>
        <translation>&quot;words&quot; / &quot;%1&quot; / &quot;%2&quot; és buit.</translation>
    </message>
    <message>
        <source>refers to word lists that refer to each other in a circle</source>
        <translation>fa referència a llistes de paraules que es fan referència entre si en cercle</translation>
    </message>
    <message>
        <source>uses {%1}, which has no &quot;words&quot; in &quot;%2&quot;</source>
        <translation>fa servir {%1}, que no té &quot;words&quot; en &quot;%2&quot;</translation>
    </message>
    <message>
        <source>uses {%1}, whose verb &quot;%2&quot; names the class &quot;%3&quot;, which &quot;forms&quot; has no endings for in &quot;%4&quot;</source>
        <translation>fa servir {%1}, el verb del qual, &quot;%2&quot;, indica la classe &quot;%3&quot;, per a la qual &quot;forms&quot; no té terminacions en &quot;%4&quot;</translation>
    </message>
</context>
<context>
    <name>ClaimsTextEdit</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;“%1”&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;i&gt;Instead:&lt;/i&gt; %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;“%1”&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;i&gt;En lloc d&apos;això:&lt;/i&gt; %3&lt;/p&gt;</translation>
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
        <source>Create a demo centre in a new database</source>
        <translation>Crea un centre de demostració en una base de dades nova</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity, data version and contents</source>
        <translation>Comprova la integritat, la versió de dades i el contingut de la base de dades</translation>
    </message>
    <message>
        <source>Write a consistent backup copy</source>
        <translation>Escriu una còpia de seguretat coherent</translation>
    </message>
    <message>
        <source>Replace the database with a backup</source>
        <translation>Substitueix la base de dades per una còpia de seguretat</translation>
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
    <message>
        <source>--%1 takes a number or &quot;any&quot;, not &quot;%2&quot;.</source>
        <translation>--%1 accepta un número o &quot;any&quot;, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a positive number, not &quot;%2&quot;.</source>
        <translation>%1 ha de ser un nombre positiu, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1, %2 min (+%3 min cleanup), %4, %5</source>
        <translation>%1, %2 min (+%3 min de neteja), %4, %5</translation>
    </message>
    <message>
        <source>--service CODE is required.</source>
        <translation>Cal indicar --service CODE.</translation>
    </message>
    <message>
        <source>--%1 &quot;YYYY-MM-DD HH:MM&quot; is required.</source>
        <translation>Cal indicar --%1 &quot;YYYY-MM-DD HH:MM&quot;.</translation>
    </message>
    <message>
        <source>Booked %1: %2</source>
        <translation>S&apos;ha creat la reserva %1: %2</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 accepta una data en format YYYY-MM-DD, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--to must be on or after --from, at most a year later.</source>
        <translation>--to ha de ser igual o posterior a --from, i com a màxim un any després.</translation>
    </message>
    <message>
        <source>cancel needs --reason TEXT.</source>
        <translation>cancel necessita --reason TEXT.</translation>
    </message>
    <message>
        <source>Cancelled booking %1.</source>
        <translation>S&apos;ha cancel·lat la reserva %1.</translation>
    </message>
    <message>
        <source>No free slot in the next 28 days.</source>
        <translation>No hi ha cap hora lliure en els pròxims 28 dies.</translation>
    </message>
    <message>
        <source>Suggestion: %1</source>
        <translation>Suggeriment: %1</translation>
    </message>
    <message>
        <source>No claims found.</source>
        <translation>No s&apos;ha trobat cap afirmació.</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) found.</source>
        <translation>
            <numerusform>S&apos;ha trobat %n afirmació.</numerusform>
            <numerusform>S&apos;han trobat %n afirmacions.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: new service, published as revision %2</source>
        <translation>%1: servei nou, publicat com a revisió %2</translation>
    </message>
    <message>
        <source>%1: published as revision %2</source>
        <translation>%1: publicat com a revisió %2</translation>
    </message>
    <message>
        <source>%1: unchanged (revision %2)</source>
        <translation>%1: sense canvis (revisió %2)</translation>
    </message>
    <message>
        <source>%1 new, %2 revised, %3 unchanged.</source>
        <translation>Nous: %1; revisats: %2; sense canvis: %3.</translation>
    </message>
    <message>
        <source>proceed</source>
        <translation>continuar</translation>
    </message>
    <message>
        <source>proceed, with a note for the therapist</source>
        <translation>continuar, amb una nota per al terapeuta</translation>
    </message>
    <message>
        <source>adapt: areas are avoided; the therapist signs off before starting</source>
        <translation>adaptar: s&apos;eviten algunes zones; el terapeuta ho valida abans de començar</translation>
    </message>
    <message>
        <source>needs clearance: the session cannot start until clearance from a health professional is recorded, or it is postponed</source>
        <translation>cal autorització: la sessió no pot començar fins que no es registri l&apos;autorització d&apos;un professional sanitari, o bé s&apos;ajorna</translation>
    </message>
    <message>
        <source>STOP AND REFER: no massage; the client is advised to seek medical attention promptly. The booking is marked referred</source>
        <translation>ATURAR I DERIVAR: sense massatge; s&apos;aconsella al client que consulti un metge com més aviat millor. La reserva es marca com a derivada</translation>
    </message>
    <message>
        <source>BOOKING must be a booking number, not &quot;%1&quot;.</source>
        <translation>BOOKING ha de ser un número de reserva, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>checkin needs --answers FILE.json; see --help.</source>
        <translation>checkin necessita --answers FILE.json; vegeu --help.</translation>
    </message>
    <message>
        <source>%1 is too large to be an answers file.</source>
        <translation>%1 és massa gran per ser un fitxer de respostes.</translation>
    </message>
    <message>
        <source>Check-in recorded for booking %1 (rules %2).</source>
        <translation>S&apos;ha registrat l&apos;acollida de la reserva %1 (regles %2).</translation>
    </message>
    <message>
        <source>Outcome: %1.</source>
        <translation>Resultat: %1.</translation>
    </message>
    <message>
        <source>Booking %1, %2 (rules %3)</source>
        <translation>Reserva %1, %2 (regles %3)</translation>
    </message>
    <message>
        <source>(not asked)</source>
        <translation>(no s&apos;ha preguntat)</translation>
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
        <translation>* ha canviat des de l&apos;acollida anterior</translation>
    </message>
    <message>
        <source>Areas to avoid: %1</source>
        <translation>Zones a evitar: %1</translation>
    </message>
    <message>
        <source>For the therapist: %1</source>
        <translation>Per al terapeuta: %1</translation>
    </message>
    <message>
        <source>Creates the database file (and its folder) with the default service catalogue. Running it on an existing Massage Desk database changes nothing.
  --manager NAME   also create the first manager (password from MASSAGE_DESK_PASSWORD or a prompt); from then on commands need --user</source>
        <translation>Crea el fitxer de base de dades (i la seva carpeta) amb el catàleg de serveis per defecte. Si s&apos;executa sobre una base de dades existent del Massage Desk, no canvia res.
  --manager NAME   crea també el primer gerent (la contrasenya s&apos;obté de MASSAGE_DESK_PASSWORD o es demana); a partir d&apos;aleshores les ordres necessiten --user</translation>
    </message>
    <message>
        <source>Find medical or body-shaping claims in a text</source>
        <translation>Cerca afirmacions mèdiques o de remodelació corporal en un text</translation>
    </message>
    <message>
        <source>Runs the claims check on a UTF-8 text file (English, Catalan and Spanish phrases are all checked) and prints each finding with line and column, why it is a claim and a wellness wording to use instead. Exit status 1 when anything is found, 0 when the text is clean. Needs no database.
  --language L   language of the explanations: en, ca or es</source>
        <translation>Executa la comprovació d&apos;afirmacions sobre un fitxer de text UTF-8 (es comproven frases en anglès, català i castellà) i mostra cada troballa amb la línia i la columna, per què és una afirmació i una redacció de benestar per fer servir en lloc seu. Estat de sortida 1 si es troba alguna cosa, 0 si el text és net. No necessita cap base de dades.
  --language L   idioma de les explicacions: en, ca o es</translation>
    </message>
    <message>
        <source>Print the catalogue as JSON, for import elsewhere</source>
        <translation>Mostra el catàleg en JSON, per importar-lo en un altre lloc</translation>
    </message>
    <message>
        <source>Prints the published revision of every service, in every language, as the JSON that services import reads (archived services are marked &quot;archived&quot;: true). Redirect it to a file to move the catalogue to another centre.</source>
        <translation>Mostra la revisió publicada de cada servei, en tots els idiomes, en el JSON que llegeix services import (els serveis arxivats es marquen amb &quot;archived&quot;: true). Redirigiu la sortida a un fitxer per traslladar el catàleg a un altre centre.</translation>
    </message>
    <message>
        <source>Import a catalogue exported with services export</source>
        <translation>Importa un catàleg exportat amb services export</translation>
    </message>
    <message>
        <source>Reads a catalogue JSON file: a service with a new code is added and published, a known code gets a new published revision when anything differs (earlier revisions are kept). The whole file is refused, with nothing changed and exit status 1, when any text makes a medical or body-shaping claim: each finding is listed with its service, language, field, line and column.</source>
        <translation>Llegeix un fitxer JSON de catàleg: un servei amb un codi nou s&apos;afegeix i es publica, i un codi conegut rep una revisió publicada nova si hi ha alguna diferència (les revisions anteriors es conserven). Tot el fitxer es rebutja, sense canviar res i amb l&apos;estat de sortida 1, si algun text fa una afirmació mèdica o de remodelació corporal: cada troballa es llista amb el servei, l&apos;idioma, el camp, la línia i la columna.</translation>
    </message>
    <message>
        <source>Add a client</source>
        <translation>Afegeix un client</translation>
    </message>
    <message>
        <source>Find clients by name, phone or email</source>
        <translation>Cerca clients per nom, telèfon o correu electrònic</translation>
    </message>
    <message>
        <source>Searches as the Clients page does: accents and capitals do not matter (&quot;nuria&quot; finds &quot;Núria&quot;), words match from their start, and any part of a phone number matches.
  --limit N   at most N clients (default 50)</source>
        <translation>Cerca com ho fa la pàgina Clients: els accents i les majúscules no importen (&quot;nuria&quot; troba &quot;Núria&quot;), les paraules coincideixen des del principi i qualsevol part d&apos;un número de telèfon coincideix.
  --limit N   com a màxim N clients (per defecte, 50)</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>Reserva una sessió</translation>
    </message>
    <message>
        <source>List bookings</source>
        <translation>Llista les reserves</translation>
    </message>
    <message>
        <source>Lists the bookings from --from to --to (dates as YYYY-MM-DD, default today), cancelled ones included with their reason.</source>
        <translation>Llista les reserves de --from a --to (dates en format YYYY-MM-DD; per defecte, avui), incloses les cancel·lades amb el motiu.</translation>
    </message>
    <message>
        <source>Cancel a booking, with a reason</source>
        <translation>Cancel·la una reserva, amb un motiu</translation>
    </message>
    <message>
        <source>Cancels a booked or arrived session. The booking stays, marked cancelled with the reason.</source>
        <translation>Cancel·la una sessió reservada o amb el client ja arribat. La reserva es conserva, marcada com a cancel·lada amb el motiu.</translation>
    </message>
    <message>
        <source>Find the next free slots</source>
        <translation>Cerca les properes hores lliures</translation>
    </message>
    <message>
        <source>Prints the first free places (default 5) for the service after the given time, trying every 15 minutes for 28 days.</source>
        <translation>Mostra les primeres hores lliures (per defecte, 5) per al servei després de l&apos;hora indicada, provant cada 15 minuts durant 28 dies.</translation>
    </message>
    <message>
        <source>Add a user who signs in</source>
        <translation>Afegeix un usuari que s&apos;identifica</translation>
    </message>
    <message>
        <source>Adds a user with a role (a therapist user can be linked to a therapist). The new password comes from MASSAGE_DESK_NEW_PASSWORD or is asked for; it needs 10 characters or more, mixing letters with digits or symbols (or 16 or more).</source>
        <translation>Afegeix un usuari amb un rol (un usuari terapeuta es pot vincular a un terapeuta). La contrasenya nova s&apos;obté de MASSAGE_DESK_NEW_PASSWORD o es demana; ha de tenir 10 caràcters o més, combinant lletres amb xifres o símbols (o bé 16 o més).</translation>
    </message>
    <message>
        <source>List the users</source>
        <translation>Llista els usuaris</translation>
    </message>
    <message>
        <source>Lists the users with their roles; deactivated ones are kept and marked.</source>
        <translation>Llista els usuaris amb els seus rols; els desactivats es conserven i es marquen.</translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation>Llegeix el registre d&apos;auditoria</translation>
    </message>
    <message>
        <source>Check that the audit log was not tampered with</source>
        <translation>Comprova que el registre d&apos;auditoria no s&apos;ha manipulat</translation>
    </message>
    <message>
        <source>Recomputes the hash chain of the audit log. Exit status 1 names the first entry that was changed or removed.</source>
        <translation>Torna a calcular la cadena de hash del registre d&apos;auditoria. Amb l&apos;estat de sortida 1, indica la primera entrada que s&apos;ha modificat o eliminat.</translation>
    </message>
    <message>
        <source>Record a check-in and print its outcome</source>
        <translation>Registra una acollida i mostra&apos;n el resultat</translation>
    </message>
    <message>
        <source>Evaluates the answers against the precaution rules for the booked service and records them. FILE.json holds {&quot;answers&quot;: {&quot;one_leg_symptoms&quot;: false, ...}, &quot;avoid_areas&quot;: &quot;...&quot;, &quot;notes&quot;: &quot;...&quot;}, every answer true or false; every question that applies to the service must be answered. Exit status 0 whatever the outcome; a stop-and-refer outcome marks the booking referred.</source>
        <translation>Avalua les respostes segons les regles de precaució del servei reservat i les registra. FILE.json conté {&quot;answers&quot;: {&quot;one_leg_symptoms&quot;: false, ...}, &quot;avoid_areas&quot;: &quot;...&quot;, &quot;notes&quot;: &quot;...&quot;}, amb cada resposta true o false; cal respondre totes les preguntes que s&apos;apliquen al servei. Estat de sortida 0 sigui quin sigui el resultat; un resultat d&apos;aturar i derivar marca la reserva com a derivada.</translation>
    </message>
    <message>
        <source>Show a booking&apos;s check-in</source>
        <translation>Mostra l&apos;acollida d&apos;una reserva</translation>
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
        <translation>Ús: massage-desk-cli [--database PATH] [--json] COMMAND ...

L&apos;eina de línia d&apos;ordres del Massage Desk: la mateixa base de dades, les mateixes regles.

Opcions:
  --database PATH  el fitxer de base de dades (per defecte: %1)
  --user NAME      identifica l&apos;usuari (cal quan la base de dades té usuaris; la contrasenya s&apos;obté de MASSAGE_DESK_PASSWORD o es demana)
  --json           mostra un sol objecte JSON a stdout
  --help           aquesta ajuda; COMMAND --help explica una ordre
  --version        la versió del programa

Ordres:
</translation>
    </message>
    <message>
        <source>--user needs a user name.</source>
        <translation>--user necessita un nom d&apos;usuari.</translation>
    </message>
    <message>
        <source>clients add needs --name.</source>
        <translation>clients add necessita --name.</translation>
    </message>
    <message>
        <source>Note: client %1 (%2) already has this phone or email.</source>
        <translation>Nota: el client %1 (%2) ja té aquest telèfon o correu electrònic.</translation>
    </message>
    <message>
        <source>Added client %1: %2</source>
        <translation>S&apos;ha afegit el client %1: %2</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to 10000.</source>
        <translation>--limit ha de ser un número entre 1 i 10000.</translation>
    </message>
    <message>
        <source>No client matches.</source>
        <translation>Cap client no coincideix.</translation>
    </message>
    <message>
        <source>This database already has users; a manager adds more with &quot;users add&quot;.</source>
        <translation>Aquesta base de dades ja té usuaris; un gerent n&apos;hi pot afegir més amb &quot;users add&quot;.</translation>
    </message>
    <message>
        <source>Password for the manager %1: </source>
        <translation>Contrasenya del gerent %1: </translation>
    </message>
    <message>
        <source>Created the manager %1.</source>
        <translation>S&apos;ha creat el gerent %1.</translation>
    </message>
    <message>
        <source>This database has users: sign in with --user NAME (the password from MASSAGE_DESK_PASSWORD or typed at the prompt).</source>
        <translation>Aquesta base de dades té usuaris: identifiqueu-vos amb --user NAME (la contrasenya s&apos;obté de MASSAGE_DESK_PASSWORD o s&apos;escriu quan es demana).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contrasenya de %1: </translation>
    </message>
    <message>
        <source>--role must be receptionist, therapist or manager.</source>
        <translation>--role ha de ser receptionist, therapist o manager.</translation>
    </message>
    <message>
        <source>--therapist takes a therapist number.</source>
        <translation>--therapist accepta un número de terapeuta.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Contrasenya nova per a %1: </translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation>S&apos;ha afegit %1 com a %2.</translation>
    </message>
    <message>
        <source>  (deactivated)</source>
        <translation>  (desactivat)</translation>
    </message>
    <message>
        <source>--limit takes 1 to 100000 and --client a client number.</source>
        <translation>--limit accepta de 1 a 100000, i --client, un número de client.</translation>
    </message>
    <message>
        <source>The audit log is intact.</source>
        <translation>El registre d&apos;auditoria està intacte.</translation>
    </message>
    <message>
        <source>The audit log has been tampered with: entry %1 does not match the chain.</source>
        <translation>El registre d&apos;auditoria s&apos;ha manipulat: l&apos;entrada %1 no coincideix amb la cadena.</translation>
    </message>
    <message>
        <source>Adds a client and prints the new client&apos;s number. A note on stderr names any client who already has the same phone or email (the client is still added). --consent records that the client has read and agreed to the data-processing consent text; a check-in needs it.</source>
        <translation>Afegeix un client i mostra el número del client nou. Una nota a stderr indica qualsevol client que ja tingui el mateix telèfon o correu electrònic (el client s&apos;afegeix igualment). --consent registra que el client ha llegit i acceptat el text del consentiment per al tractament de dades; l&apos;acollida el necessita.</translation>
    </message>
    <message>
        <source>Export everything about a client as JSON (managers)</source>
        <translation>Exporta en JSON tot el que hi ha sobre un client (gerents)</translation>
    </message>
    <message>
        <source>Writes everything the centre keeps about the client to FILE.json (readable by the owner only): details, consent, every booking with its events, check-ins with their answers and notes, and the audit entries about them. The format is &quot;massage-desk-client-export&quot; version 1. The export itself is recorded in the audit log. The readable PDF report is made on the Clients page of Massage Desk.</source>
        <translation>Escriu a FILE.json (només el pot llegir el propietari) tot el que el centre conserva sobre el client: dades, consentiment, cada reserva amb els seus esdeveniments, les acollides amb les respostes i les notes, i les entrades d&apos;auditoria que hi fan referència. El format és &quot;massage-desk-client-export&quot; versió 1. L&apos;exportació mateixa queda anotada al registre d&apos;auditoria. L&apos;informe PDF llegible es fa a la pàgina Clients del Massage Desk.</translation>
    </message>
    <message>
        <source>Erase a client by anonymisation (managers)</source>
        <translation>Esborra un client per anonimització (gerents)</translation>
    </message>
    <message>
        <source>Removes the client&apos;s name, phone, email and notes, every check-in answer and note, booking reasons and event details, and takes them out of search; cancels their upcoming bookings. Their bookings stay as anonymous statistics (date, service, length, therapist, room, status, check-in outcome level). The file is then compacted so the old bytes are gone. Cannot be undone: without --yes (or --confirm) it only says what would happen. Backups made before keep the old data until they are pruned.</source>
        <translation>Elimina el nom, el telèfon, el correu electrònic i les notes del client, totes les respostes i notes de les acollides, els motius de les reserves i els detalls dels esdeveniments, i els treu de la cerca; cancel·la les reserves futures. Les reserves es conserven com a estadístiques anònimes (data, servei, durada, terapeuta, sala, estat, nivell del resultat de l&apos;acollida). Després es compacta el fitxer perquè les dades antigues desapareguin. No es pot desfer: sense --yes (o --confirm) només indica què passaria. Les còpies de seguretat fetes abans conserven les dades antigues fins que s&apos;eliminen.</translation>
    </message>
    <message>
        <source>clients export needs --out FILE.</source>
        <translation>clients export necessita --out FILE.</translation>
    </message>
    <message>
        <source>The PDF report is made by Massage Desk itself (Clients page, Export data); the command line writes the JSON file only.</source>
        <translation>L&apos;informe PDF el fa el mateix Massage Desk (pàgina Clients, Exporta les dades); la línia d&apos;ordres només escriu el fitxer JSON.</translation>
    </message>
    <message>
        <source>%1 is a folder; --out needs a file name.</source>
        <translation>%1 és una carpeta; --out necessita un nom de fitxer.</translation>
    </message>
    <message>
        <source>Exported client %1 to %2.</source>
        <translation>S&apos;ha exportat el client %1 a %2.</translation>
    </message>
    <message>
        <source>Bookings: %1; with a check-in: %2.</source>
        <translation>Reserves: %1; amb acollida: %2.</translation>
    </message>
    <message>
        <source>Erasing client %1 (%2) removes their name, phone, email, notes and every check-in answer and note for good; it cannot be undone. Their bookings stay as anonymous statistics (%3 kept) and their upcoming ones are cancelled (%4). Nothing was changed: run again with --yes to erase.</source>
        <translation>Esborrar el client %1 (%2) n&apos;elimina definitivament el nom, el telèfon, el correu electrònic, les notes i totes les respostes i notes de les acollides; no es pot desfer. Les reserves es conserven com a estadístiques anònimes (se&apos;n conserven %3) i les futures es cancel·len (%4). No s&apos;ha canviat res: torneu-ho a executar amb --yes per esborrar-lo.</translation>
    </message>
    <message>
        <source>Client %1 was already erased; their old details are now wiped from the file.</source>
        <translation>El client %1 ja estava esborrat; ara les seves dades antigues s&apos;han eliminat del fitxer.</translation>
    </message>
    <message>
        <source>Erased client %1: name, contact details, notes and check-in answers removed. Bookings kept as anonymous statistics: %2; upcoming bookings cancelled: %3.</source>
        <translation>S&apos;ha esborrat el client %1: s&apos;han eliminat el nom, les dades de contacte, les notes i les respostes de les acollides. Reserves conservades com a estadístiques anònimes: %2; reserves futures cancel·lades: %3.</translation>
    </message>
    <message>
        <source>Lists audit entries, newest first: who did what, when, to which client or booking. Never the health answers themselves. --kind (e.g. checkin.read; may be repeated) and --from/--to (YYYY-MM-DD, the centre&apos;s days, both included) narrow it. Reading it is recorded too.</source>
        <translation>Llista les entrades d&apos;auditoria, de la més recent a la més antiga: qui ha fet què, quan i a quin client o reserva. Mai no mostra les respostes de salut. --kind (p. ex. checkin.read; es pot repetir) i --from/--to (AAAA-MM-DD, dies del centre, tots dos inclosos) la restringeixen. La lectura també queda registrada.</translation>
    </message>
    <message>
        <source>--from and --to take dates as YYYY-MM-DD, the first not after the second.</source>
        <translation>--from i --to prenen dates com a AAAA-MM-DD, i la primera no pot ser posterior a la segona.</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>registrada</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>encara no registrada</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>no cal</translation>
    </message>
    <message>
        <source>Therapist&apos;s sign-off: %1</source>
        <translation>Validació del terapeuta: %1</translation>
    </message>
    <message>
        <source>Clearance from a health professional: %1</source>
        <translation>Autorització d&apos;un professional sanitari: %1</translation>
    </message>
    <message>
        <source>Export every client as CSV (managers)</source>
        <translation>Exporta tots els clients en CSV (gerents)</translation>
    </message>
    <message>
        <source>Writes id, name, phone, email, language, consent date and creation date of every client; never notes or check-in answers. To stdout, or to a new FILE (UTF-8 with a BOM, never over an existing file). Cells a spreadsheet would run as a formula get a leading apostrophe, which clients import removes again. Recorded in the audit log.</source>
        <translation>Escriu l&apos;id, el nom, el telèfon, el correu electrònic, l&apos;idioma, la data del consentiment i la data de creació de cada client; mai les notes ni les respostes de les acollides. A stdout, o a un FILE nou (UTF-8 amb BOM, mai sobre un fitxer existent). Les cel·les que un full de càlcul executaria com a fórmula reben un apòstrof al davant, que clients import torna a treure. Queda anotat al registre d&apos;auditoria.</translation>
    </message>
    <message>
        <source>Import clients from a CSV file (managers)</source>
        <translation>Importa clients d&apos;un fitxer CSV (gerents)</translation>
    </message>
    <message>
        <source>Reads a client list written by a spreadsheet or another booking tool: UTF-8 with or without a BOM or Windows-1252, separated by commas, semicolons or tabs. Columns are matched by their header in English, Catalan or Spanish (name, or first and last name, phone or mobile, email, notes, language, consent date); --map COLUMN=FIELD sets one (FIELD: name, first_name, last_name, phone, email, notes, language, consent_date, ignore). Each row with a problem is skipped with its line number. A likely duplicate of a client or an earlier row (same name and phone, or same email) is skipped (default), merged into it or created anyway. Everything goes in in one transaction and is recorded in the audit log. Clients get a data-processing consent only from a consent column with a date. --dry-run shows the first rows as they will be stored and the report, and stores nothing.</source>
        <translation>Llegeix una llista de clients escrita per un full de càlcul o una altra eina de reserves: UTF-8 amb BOM o sense, o Windows-1252, separada per comes, punts i comes o tabulacions. Les columnes es reconeixen per la capçalera en anglès, català o castellà (nom, o nom i cognoms, telèfon o mòbil, correu electrònic, notes, idioma, data del consentiment); --map COLUMN=FIELD n&apos;assigna una (FIELD: name, first_name, last_name, phone, email, notes, language, consent_date, ignore). Cada fila amb algun problema s&apos;omet indicant-ne el número de línia. Un probable duplicat d&apos;un client o d&apos;una fila anterior (mateix nom i telèfon, o mateix correu electrònic) s&apos;omet (per defecte), s&apos;hi fusiona o es crea igualment. Tot s&apos;hi afegeix en una sola transacció i queda anotat al registre d&apos;auditoria. Els clients només reben un consentiment per al tractament de dades si hi ha una columna de consentiment amb una data. --dry-run mostra les primeres files tal com es desaran i l&apos;informe, i no desa res.</translation>
    </message>
    <message>
        <source>Books a session at the centre&apos;s local time, obeying every scheduling rule: one of the service&apos;s durations (default: the shortest), a therapist who performs it and a room that suits it (&quot;any&quot; picks the first free one), opening hours, shifts, no overlap with another booking, cleanup included, and no other session of the same client then. A time the clocks show twice (the night they go back) takes its offset: &quot;2026-10-25 02:30+02:00&quot; (summer time) or &quot;+01:00&quot; (winter time). A refusal says why.</source>
        <translation>Reserva una sessió a l&apos;hora local del centre, complint totes les regles de programació: una de les durades del servei (per defecte, la més curta), un terapeuta que el faci i una sala adequada (&quot;any&quot; tria la primera lliure), l&apos;horari d&apos;obertura, els torns, cap encavalcament amb una altra reserva, amb la neteja inclosa, i cap altra sessió del mateix client a la mateixa hora. Una hora que els rellotges marquen dues vegades (la nit que s&apos;endarrereixen) porta la diferència horària: &quot;2026-10-25 02:30+02:00&quot; (horari d&apos;estiu) o &quot;+01:00&quot; (horari d&apos;hivern). Si es rebutja, s&apos;indica el motiu.</translation>
    </message>
    <message>
        <source>Export sessions as an iCalendar file</source>
        <translation>Exporta les sessions en un fitxer iCalendar</translation>
    </message>
    <message>
        <source>Writes the sessions from --from to --to (the centre&apos;s days) as an iCalendar file for calendar apps: one therapist&apos;s with --therapist, else the whole centre&apos;s. Cancelled sessions are marked cancelled; importing a later export again updates the same events. Events name the service, the room, the therapist and the client as Settings say (first name by default); never check-in answers, notes or contact details. Never overwrites a file.</source>
        <translation>Escriu les sessions de --from a --to (dies del centre) en un fitxer iCalendar per a aplicacions de calendari: les d&apos;un terapeuta amb --therapist, o si no, les de tot el centre. Les sessions cancel·lades es marquen com a cancel·lades; si es torna a importar una exportació posterior, s&apos;actualitzen els mateixos esdeveniments. Els esdeveniments indiquen el servei, la sala, el terapeuta i el client segons la Configuració (per defecte, el nom de pila); mai les respostes de l&apos;acollida, les notes ni les dades de contacte. Mai no sobreescriu cap fitxer.</translation>
    </message>
    <message>
        <source>Export sessions as CSV for a spreadsheet</source>
        <translation>Exporta les sessions en CSV per a un full de càlcul</translation>
    </message>
    <message>
        <source>Writes one row per session from --from to --to: date, start, end, length, service, therapist, room, client, status and the check-in outcome level; never answers, notes or reasons. To stdout, or to a new FILE (UTF-8 with a BOM, never over an existing file). Cells a spreadsheet would run as a formula get a leading apostrophe.</source>
        <translation>Escriu una fila per sessió de --from a --to: data, inici, final, durada, servei, terapeuta, sala, client, estat i nivell del resultat de l&apos;acollida; mai les respostes, les notes ni els motius. A stdout, o a un FILE nou (UTF-8 amb BOM, mai sobre un fitxer existent). Les cel·les que un full de càlcul executaria com a fórmula reben un apòstrof al davant.</translation>
    </message>
    <message>
        <source>Prints the check-in&apos;s outcome, reasons and answers, marking what changed since the client&apos;s previous check-in. The read is recorded in the audit log. A receptionist sees the outcome level only, and whether the therapist&apos;s sign-off and the clearance are recorded: no answers, reasons or notes.</source>
        <translation>Mostra el resultat, els motius i les respostes de l&apos;acollida, i marca què ha canviat des de l&apos;acollida anterior del client. La consulta queda anotada al registre d&apos;auditoria. Un recepcionista només veu el nivell del resultat i si s&apos;han registrat la validació del terapeuta i l&apos;autorització: ni respostes, ni motius, ni notes.</translation>
    </message>
    <message>
        <source>The value of %1 (argument %2)</source>
        <translation>El valor de %1 (argument %2)</translation>
    </message>
    <message>
        <source>Argument %1 (&quot;%2&quot;)</source>
        <translation>L&apos;argument %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>Massage Desk stores text exactly; check the terminal&apos;s encoding (it should be UTF-8).</source>
        <translation>El Massage Desk desa el text exactament tal com és; comproveu la codificació del terminal (hauria de ser UTF-8).</translation>
    </message>
    <message>
        <source>Demo users: %1, all with the password &quot;%2&quot;. Sign in with --user NAME; the password comes from MASSAGE_DESK_PASSWORD or the prompt.</source>
        <translation>Usuaris de demostració: %1, tots amb la contrasenya &quot;%2&quot;. Identifiqueu-vos amb --user NAME; la contrasenya s&apos;obté de MASSAGE_DESK_PASSWORD o es demana.</translation>
    </message>
    <message>
        <source>The centre already has its own user accounts, so no demo users were added.</source>
        <translation>El centre ja té els seus propis comptes d&apos;usuari, així que no s&apos;han afegit usuaris de demostració.</translation>
    </message>
    <message>
        <source>backup needs a file or folder to write to: backup DEST (see --help).</source>
        <translation>backup necessita un fitxer o una carpeta on escriure: backup DEST (vegeu --help).</translation>
    </message>
    <message>
        <source>restore needs the backup file to restore from: restore SRC (see --help).</source>
        <translation>restore necessita el fitxer de còpia de seguretat des del qual restaurar: restore SRC (vegeu --help).</translation>
    </message>
    <message>
        <source>%1 needs --from DATE and --to DATE.</source>
        <translation>%1 necessita --from DATE i --to DATE.</translation>
    </message>
    <message>
        <source>Rows written to %1: %2.</source>
        <translation>Files escrites a %1: %2.</translation>
    </message>
    <message>
        <source>--out needs a file name.</source>
        <translation>--out necessita un nom de fitxer.</translation>
    </message>
    <message>
        <source>With --json, give --out FILE: the CSV cannot share stdout with the JSON answer.</source>
        <translation>Amb --json, indiqueu --out FILE: el CSV no pot compartir stdout amb la resposta JSON.</translation>
    </message>
    <message>
        <source>bookings ics needs --out FILE.ics.</source>
        <translation>bookings ics necessita --out FILE.ics.</translation>
    </message>
    <message>
        <source>Events written to %1: %2.</source>
        <translation>Esdeveniments escrits a %1: %2.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulació</translation>
    </message>
    <message>
        <source>%1: %2, columns separated by %3, %4 rows.</source>
        <translation>%1: %2, columnes separades per %3, %4 files.</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Columnes no importades: %1</translation>
    </message>
    <message>
        <source>The first rows as they will be stored (name | phone | email | language | consent):</source>
        <translation>Les primeres files tal com es desaran (nom | telèfon | correu electrònic | idioma | consentiment):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>cap</translation>
    </message>
    <message>
        <source>line %1: skipped: %2</source>
        <translation>línia %1: omesa: %2</translation>
    </message>
    <message>
        <source>line %1: merged into client %2: %3</source>
        <translation>línia %1: fusionada amb el client %2: %3</translation>
    </message>
    <message>
        <source>line %1: client %2 %3</source>
        <translation>línia %1: client %2 %3</translation>
    </message>
    <message>
        <source>Imported: %1. Merged: %2. Skipped: %3. With a consent date: %4.</source>
        <translation>Importats: %1. Fusionats: %2. Omesos: %3. Amb data de consentiment: %4.</translation>
    </message>
    <message>
        <source>Dry run: nothing was stored.</source>
        <translation>Simulació: no s&apos;ha desat res.</translation>
    </message>
    <message>
        <source>--duplicates takes skip, merge or create, not &quot;%1&quot;.</source>
        <translation>--duplicates accepta skip, merge o create, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB; split it into smaller files.</source>
        <translation>%1 supera els 64 MB; dividiu-lo en fitxers més petits.</translation>
    </message>
    <message>
        <source>This centre has no user accounts yet, so nobody can sign in as %1: run the command without --user (init --manager NAME creates the first account).</source>
        <translation>Aquest centre encara no té comptes d&apos;usuari, així que ningú no es pot identificar com a %1: executeu l&apos;ordre sense --user (init --manager NAME crea el primer compte).</translation>
    </message>
    <message>
        <source>Print the manager&apos;s report for a period</source>
        <translation>Mostra l&apos;informe de gerència d&apos;un període</translation>
    </message>
    <message>
        <source>Prints sessions (booked, arrived, in session, completed), cancellations, no-shows, referrals, hours and estimated revenue (each session&apos;s length at the published price) from --from to --to (the centre&apos;s days, both included, at most a year), per therapist with occupancy of their working time, per room with occupancy of the opening hours, per service and length; new and returning clients; check-in outcomes as counts only. Managers only.</source>
        <translation>Mostra les sessions (reservades, amb el client ja arribat, en sessió, completades), les cancel·lacions, els no presentats, les derivacions, les hores i els ingressos estimats (la durada de cada sessió al preu publicat) de --from a --to (dies del centre, tots dos inclosos, com a màxim un any), per terapeuta amb l&apos;ocupació del seu horari de treball, per sala amb l&apos;ocupació de l&apos;horari d&apos;obertura, i per servei i durada; els clients nous i els recurrents; els resultats de l&apos;acollida només com a recomptes. Només per a gerents.</translation>
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
        <translation>Sessions: %1 (reservades %2, client arribat %3, en sessió %4, completades %5)</translation>
    </message>
    <message>
        <source>Cancelled: %1   No-shows: %2   Referred: %3</source>
        <translation>Cancel·lades: %1   No presentats: %2   Derivats: %3</translation>
    </message>
    <message>
        <source>Hours: %1   Estimated revenue: %2</source>
        <translation>Hores: %1   Ingressos estimats: %2</translation>
    </message>
    <message>
        <source>Clients: %1 new, %2 returning</source>
        <translation>Clients: %1 nous, %2 recurrents</translation>
    </message>
    <message>
        <source>(sessions, hours, revenue)</source>
        <translation>(sessions, hores, ingressos)</translation>
    </message>
    <message>
        <source>By therapist %1, occupancy of working time</source>
        <translation>Per terapeuta %1, ocupació de l&apos;horari de treball</translation>
    </message>
    <message>
        <source>By room %1, occupancy of opening hours</source>
        <translation>Per sala %1, ocupació de l&apos;horari d&apos;obertura</translation>
    </message>
    <message>
        <source>By service and length %1</source>
        <translation>Per servei i durada %1</translation>
    </message>
    <message>
        <source>Check-in outcomes</source>
        <translation>Resultats de l&apos;acollida</translation>
    </message>
    <message>
        <source>report needs --from DATE and --to DATE.</source>
        <translation>report necessita --from DATE i --to DATE.</translation>
    </message>
    <message>
        <source>Writes a backup to DEST (a new file, or an existing folder to put a dated file in) and checks it. Safe while Massage Desk is open. Never overwrites a file. For a centre on a server it is a portable SQLite file of the whole centre, which Massage Desk opens on any PC and restore takes back to a server.</source>
        <translation>Escriu una còpia de seguretat a DEST (un fitxer nou, o una carpeta existent on es desa un fitxer amb data) i la comprova. Es pot fer amb el Massage Desk obert. Mai no sobreescriu cap fitxer. Per a un centre en un servidor, és un fitxer SQLite portable de tot el centre, que el Massage Desk obre en qualsevol ordinador i que restore torna a portar a un servidor.</translation>
    </message>
    <message>
        <source>Checks the backup SRC (integrity, that it is a Massage Desk file, its data version) and only then replaces the database. The replaced database is kept beside it as &lt;name&gt;.before-restore-&lt;time&gt;.sqlite. Close Massage Desk first.
On a server (--database postgresql://...) the backup&apos;s centre is copied into the database, which must be empty; --replace --yes (or --confirm) replaces a centre that is there, in one step that either completes or changes nothing.</source>
        <translation>Comprova la còpia de seguretat SRC (integritat, que sigui un fitxer del Massage Desk, la seva versió de dades) i només aleshores substitueix la base de dades. La base de dades substituïda es conserva al costat com a &lt;name&gt;.before-restore-&lt;time&gt;.sqlite. Primer tanqueu el Massage Desk.
En un servidor (--database postgresql://...), el centre de la còpia de seguretat es copia a la base de dades, que ha d&apos;estar buida; --replace --yes (o --confirm) substitueix el centre que hi hagi, en un sol pas que o bé s&apos;acaba del tot o bé no canvia res.</translation>
    </message>
    <message>
        <source>Move a centre file to a PostgreSQL server</source>
        <translation>Mou un fitxer de centre a un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>Copies everything in the centre file (catalogue with every revision, clients, staff, hours, bookings, check-ins, accounts, settings and the audit log) into an empty database on the server, keeping every number, in one transaction: a failure leaves the server database empty. It ends by comparing the rows of every table and verifying the audit log&apos;s chain on the server. A database that already holds a centre is refused. The file is left as it was; shows progress on stderr.</source>
        <translation>Copia tot el contingut del fitxer de centre (el catàleg amb totes les revisions, clients, personal, horaris, reserves, acollides, comptes, configuració i el registre d&apos;auditoria) a una base de dades buida del servidor, conservant tots els números, en una sola transacció: si falla, la base de dades del servidor queda buida. Acaba comparant les files de cada taula i verificant la cadena del registre d&apos;auditoria al servidor. Es rebutja una base de dades que ja contingui un centre. El fitxer queda tal com estava; mostra el progrés a stderr.</translation>
    </message>
    <message>
        <source>Say whether the health data is sealed</source>
        <translation>Indica si les dades de salut estan segellades</translation>
    </message>
    <message>
        <source>Says whether check-in answers and notes are sealed to the centre&apos;s key, how many accounts can open them, and how many check-ins are still plain.</source>
        <translation>Indica si les respostes i les notes de les acollides estan segellades amb la clau del centre, quants comptes les poden obrir i quantes acollides encara estan sense segellar.</translation>
    </message>
    <message>
        <source>Seal the check-in answers and notes</source>
        <translation>Segella les respostes i les notes de les acollides</translation>
    </message>
    <message>
        <source>Rewrite the file so no freed page keeps a plain value</source>
        <translation>Reescriu el fitxer perquè cap pàgina alliberada no conservi cap valor sense segellar</translation>
    </message>
    <message>
        <source>Runs the compaction of &quot;sealing enable&quot; again, e.g. after another program held the file open.</source>
        <translation>Torna a executar la compactació de &quot;sealing enable&quot;, per exemple després que un altre programa hagi tingut el fitxer obert.</translation>
    </message>
    <message>
        <source>Open the sealed data with the recovery key when every password is lost</source>
        <translation>Obre les dades segellades amb la clau de recuperació quan s&apos;han perdut totes les contrasenyes</translation>
    </message>
    <message>
        <source>Reads the recovery key from MASSAGE_DESK_RECOVERY_KEY or a prompt and the manager&apos;s new password from MASSAGE_DESK_NEW_PASSWORD or a prompt; sets that password and wraps the centre&apos;s key for the manager again. Needs nobody signed in.</source>
        <translation>Llegeix la clau de recuperació de MASSAGE_DESK_RECOVERY_KEY o la demana, i la nova contrasenya del gerent de MASSAGE_DESK_NEW_PASSWORD o la demana; estableix aquesta contrasenya i torna a embolcallar la clau del centre per al gerent. No cal que hi hagi ningú identificat.</translation>
    </message>
    <message>
        <source>Put a client on the waitlist for a service</source>
        <translation>Afegeix un client a la llista d&apos;espera d&apos;un servei</translation>
    </message>
    <message>
        <source>Adds a waitlist entry: the client wants the service with one of the therapists given (--therapist may be repeated; any by default), on the days of --days (e.g. mon,wed,fri; any day by default), within the times of --times (e.g. 09:00-13:00,16:00-19:00; any time by default), until --until (YYYY-MM-DD, the last day, included). A freed slot offers urgent entries first, then the oldest. The entry goes when the client books that service, or after its last day.</source>
        <translation>Afegeix una entrada a la llista d&apos;espera: el client vol el servei amb un dels terapeutes indicats (--therapist es pot repetir; per defecte, qualsevol), els dies de --days (p. ex. mon,wed,fri; per defecte, qualsevol dia), dins de les franges de --times (p. ex. 09:00-13:00,16:00-19:00; per defecte, qualsevol hora), fins a --until (AAAA-MM-DD, l&apos;últim dia, inclòs). Quan s&apos;allibera una hora, s&apos;ofereix primer a les entrades urgents i després a les més antigues. L&apos;entrada desapareix quan el client reserva aquest servei, o després del seu últim dia.</translation>
    </message>
    <message>
        <source>List the waitlist</source>
        <translation>Llista la llista d&apos;espera</translation>
    </message>
    <message>
        <source>Lists the entries, urgent first, then the oldest. Expired entries are removed first.</source>
        <translation>Llista les entrades, primer les urgents i després les més antigues. Abans s&apos;eliminen les entrades caducades.</translation>
    </message>
    <message>
        <source>Remove a waitlist entry</source>
        <translation>Elimina una entrada de la llista d&apos;espera</translation>
    </message>
    <message>
        <source>Removes the entry ID from the waitlist.</source>
        <translation>Elimina l&apos;entrada ID de la llista d&apos;espera.</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 rows</source>
        <translation>  %1: %2 de %3 files</translation>
    </message>
    <message>
        <source>Counts equal on both sides; the audit log&apos;s chain verifies (%1 entries).</source>
        <translation>Els recomptes coincideixen a totes dues bandes; la cadena del registre d&apos;auditoria es verifica (%1 entrades).</translation>
    </message>
    <message>
        <source>Counts equal on both sides. The audit log was already broken at entry %1 in the original and was copied as it is.</source>
        <translation>Els recomptes coincideixen a totes dues bandes. El registre d&apos;auditoria ja estava trencat a l&apos;entrada %1 a l&apos;original i s&apos;ha copiat tal com era.</translation>
    </message>
    <message>
        <source>migrate needs the server to move the centre to: migrate --to postgresql://user@host/database (see --help).</source>
        <translation>migrate necessita el servidor on s&apos;ha de moure el centre: migrate --to postgresql://user@host/database (vegeu --help).</translation>
    </message>
    <message>
        <source>This centre is already on a server; migrate moves a centre file. Use backup for a copy.</source>
        <translation>Aquest centre ja és en un servidor; migrate mou un fitxer de centre. Feu servir backup per fer-ne una còpia.</translation>
    </message>
    <message>
        <source>Copying %1 to %2 ...</source>
        <translation>S&apos;està copiant %1 a %2 ...</translation>
    </message>
    <message>
        <source>Moved the centre to %1 in %2 s: %3 rows.</source>
        <translation>S&apos;ha mogut el centre a %1 en %2 s: %3 files.</translation>
    </message>
    <message>
        <source>Desks now open it with --database %1; %2 is left as it was.</source>
        <translation>Ara els equips l&apos;obren amb --database %1; %2 queda tal com estava.</translation>
    </message>
    <message>
        <source>Backup written and checked: %1 (%2 KiB), a SQLite file Massage Desk opens on any PC.</source>
        <translation>S&apos;ha escrit i comprovat la còpia de seguretat: %1 (%2 KiB), un fitxer SQLite que el Massage Desk obre en qualsevol ordinador.</translation>
    </message>
    <message>
        <source>Restoring %1 with --replace removes everything the centre %2 holds now (clients, bookings, check-ins, accounts, the audit log) and puts the backup&apos;s centre in its place; it cannot be undone (make a backup first). Nothing was changed: run again with --replace --yes.</source>
        <translation>Restaurar %1 amb --replace elimina tot el que conté ara el centre %2 (clients, reserves, acollides, comptes, el registre d&apos;auditoria) i hi posa el centre de la còpia de seguretat; no es pot desfer (feu abans una còpia de seguretat). No s&apos;ha canviat res: torneu-ho a executar amb --replace --yes.</translation>
    </message>
    <message>
        <source>Check-in answers and notes are sealed. The recovery key, shown this once only:</source>
        <translation>Les respostes i les notes de les acollides estan segellades. La clau de recuperació, que només es mostra aquesta vegada:</translation>
    </message>
    <message>
        <source>Print it or write it down and keep it away from this computer: when every password is lost, &quot;sealing recover&quot; opens the data with it, and nothing else can.</source>
        <translation>Imprimiu-la o anoteu-la i guardeu-la lluny d&apos;aquest ordinador: quan s&apos;hagin perdut totes les contrasenyes, &quot;sealing recover&quot; obre les dades amb aquesta clau, i res més no les pot obrir.</translation>
    </message>
    <message>
        <source>Health data is not sealed: check-in answers and notes are stored plain. &quot;sealing enable&quot; seals them.</source>
        <translation>Les dades de salut no estan segellades: les respostes i les notes de les acollides es desen sense segellar. &quot;sealing enable&quot; les segella.</translation>
    </message>
    <message numerus="yes">
        <source>Health data is sealed; %n account(s) can open it.</source>
        <translation>
            <numerusform>Les dades de salut estan segellades; %n compte les pot obrir.</numerusform>
            <numerusform>Les dades de salut estan segellades; %n comptes les poden obrir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) are still plain: run &quot;sealing enable&quot; again to seal them.</source>
        <translation>
            <numerusform>%n acollida encara està sense segellar: torneu a executar &quot;sealing enable&quot; per segellar-la.</numerusform>
            <numerusform>%n acollides encara estan sense segellar: torneu a executar &quot;sealing enable&quot; per segellar-les.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sealed %1 of %2 check-ins</source>
        <translation>S&apos;han segellat %1 de %2 acollides</translation>
    </message>
    <message>
        <source>Sealing was already on; every check-in is sealed now.</source>
        <translation>El segellat ja estava activat; ara totes les acollides estan segellades.</translation>
    </message>
    <message>
        <source>Name the manager to re-open it for: --manager NAME.</source>
        <translation>Indiqueu el gerent per a qui s&apos;ha de tornar a obrir: --manager NAME.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Clau de recuperació: </translation>
    </message>
    <message>
        <source>%1 signs in with the new password and opens the sealed check-ins again.</source>
        <translation>%1 s&apos;identifica amb la contrasenya nova i torna a obrir les acollides segellades.</translation>
    </message>
    <message>
        <source>waitlist add needs --client ID and --service CODE.</source>
        <translation>waitlist add necessita --client ID i --service CODE.</translation>
    </message>
    <message>
        <source>--days takes days such as mon,wed,fri (or 1-7), not &quot;%1&quot;.</source>
        <translation>--days admet dies com ara mon,wed,fri (o 1-7), no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--times takes times of day such as 09:00-13:00,16:00-19:00, not &quot;%1&quot;.</source>
        <translation>--times admet hores del dia com ara 09:00-13:00,16:00-19:00, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--until must be a date YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--until ha de ser una data AAAA-MM-DD, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Added %1 to the waitlist for %2 (entry %3).</source>
        <translation>S&apos;ha afegit %1 a la llista d&apos;espera de %2 (entrada %3).</translation>
    </message>
    <message>
        <source>Nobody is on the waitlist.</source>
        <translation>No hi ha ningú a la llista d&apos;espera.</translation>
    </message>
    <message>
        <source>any therapist</source>
        <translation>qualsevol terapeuta</translation>
    </message>
    <message>
        <source>URGENT </source>
        <translation>URGENT </translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>fins al %1</translation>
    </message>
    <message>
        <source>Removed waitlist entry %1.</source>
        <translation>S&apos;ha eliminat l&apos;entrada %1 de la llista d&apos;espera.</translation>
    </message>
    <message>
        <source>Fills a new database with a demo centre: therapists, rooms, shifts, clients and bookings with check-ins around today. The same seed gives the same centre. It also creates the demo users manager, reception and one per therapist (the first name in lower case, e.g. marta), all with the password &quot;demo&quot;; from then on commands need --user NAME (e.g. MASSAGE_DESK_PASSWORD=demo massage-desk-cli --user manager bookings list).
  --size small   4 therapists, 3 rooms, 150 clients, about six weeks (default)
  --size large   12 therapists, 8 rooms, 30,000 clients, 200,000 bookings over 5 years
  --seed N       random seed (default 1)
  --unsealed     leave the health data in plain (it is sealed to the centre&apos;s key like a real centre&apos;s by default)</source>
        <translation>Omple una base de dades nova amb un centre de demostració: terapeutes, sales, torns, clients i reserves amb acollides al voltant d&apos;avui. La mateixa llavor dona el mateix centre. També crea els usuaris de demostració manager, reception i un per terapeuta (el nom de pila en minúscules, p. ex. marta), tots amb la contrasenya &quot;demo&quot;; a partir d&apos;aleshores les ordres necessiten --user NAME (p. ex. MASSAGE_DESK_PASSWORD=demo massage-desk-cli --user manager bookings list).
  --size small   4 terapeutes, 3 sales, 150 clients, unes sis setmanes (per defecte)
  --size large   12 terapeutes, 8 sales, 30.000 clients, 200.000 reserves en 5 anys
  --seed N       llavor aleatòria (per defecte, 1)
  --unsealed     deixa les dades de salut sense segellar (per defecte se segellen amb la clau del centre, com en un centre real)</translation>
    </message>
    <message>
        <source>Turns sealing on (a manager, with their password again from MASSAGE_DESK_PASSWORD or a prompt): makes the centre&apos;s key, wraps it for you and by a recovery key printed once, seals every existing check-in in batches and compacts the file so no plain value remains in it or its journal. Lists the automatic backups that still hold plain data; with --replace-backups writes one sealed backup, checks it, and only then deletes them, after a yes at the prompt or with --yes.</source>
        <translation>Activa el segellat (un gerent, amb la seva contrasenya un altre cop, que s&apos;obté de MASSAGE_DESK_PASSWORD o es demana): crea la clau del centre, l&apos;embolcalla per a vós i amb una clau de recuperació que es mostra una sola vegada, segella per lots totes les acollides existents i compacta el fitxer perquè no hi quedi cap valor sense segellar ni en el fitxer ni en el seu diari. Llista les còpies de seguretat automàtiques que encara contenen dades sense segellar; amb --replace-backups escriu una còpia de seguretat segellada, la comprova i només aleshores les elimina, després de respondre que sí a la pregunta o amb --yes.</translation>
    </message>
    <message>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Older dumps and backups of this centre still hold the answers in plain: make a new backup (massage-desk-cli backup FILE) and destroy the old ones.</source>
        <translation>Els bolcats i les còpies de seguretat anteriors d&apos;aquest centre encara contenen les respostes sense segellar: feu una còpia de seguretat nova (massage-desk-cli backup FILE) i destruïu les antigues.</translation>
    </message>
    <message>
        <source>Backups made before sealing still hold the answers in plain; copies kept elsewhere (a USB disk) too: replace them with a new backup and destroy the old ones.</source>
        <translation>Les còpies de seguretat fetes abans de segellar encara contenen les respostes sense segellar, i també les còpies desades en altres llocs (un disc USB): substituïu-les per una còpia de seguretat nova i destruïu les antigues.</translation>
    </message>
    <message numerus="yes">
        <source>%n automatic backup(s) in plain:</source>
        <translation>
            <numerusform>%n còpia de seguretat automàtica sense segellar:</numerusform>
            <numerusform>%n còpies de seguretat automàtiques sense segellar:</numerusform>
        </translation>
    </message>
    <message>
        <source>Run &quot;sealing enable --replace-backups&quot; to write one sealed backup and delete these.</source>
        <translation>Executeu &quot;sealing enable --replace-backups&quot; per escriure una còpia de seguretat segellada i eliminar aquestes.</translation>
    </message>
    <message numerus="yes">
        <source>Write a sealed backup, then delete these %n backup(s)?</source>
        <translation>
            <numerusform>Voleu escriure una còpia de seguretat segellada i després eliminar aquesta %n còpia?</numerusform>
            <numerusform>Voleu escriure una còpia de seguretat segellada i després eliminar aquestes %n còpies?</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup was deleted. To replace them, confirm at the prompt or run again with --replace-backups --yes.</source>
        <translation>No s&apos;ha eliminat cap còpia de seguretat. Per substituir-les, confirmeu-ho a la pregunta o torneu a executar l&apos;ordre amb --replace-backups --yes.</translation>
    </message>
    <message>
        <source>Sealed backup written and checked: %1.</source>
        <translation>Còpia de seguretat segellada escrita i comprovada: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n plain backup(s) deleted.</source>
        <translation>
            <numerusform>S&apos;ha eliminat %n còpia de seguretat sense segellar.</numerusform>
            <numerusform>S&apos;han eliminat %n còpies de seguretat sense segellar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete %1: delete it yourself.</source>
        <translation>No s&apos;ha pogut eliminar %1: elimineu-lo vós mateix.</translation>
    </message>
    <message>
        <source>Backups made before sealing still hold the answers in plain: &quot;sealing enable --replace-backups&quot; replaces them with a sealed one.</source>
        <translation>Les còpies de seguretat fetes abans de segellar encara contenen les respostes sense segellar: &quot;sealing enable --replace-backups&quot; les substitueix per una de segellada.</translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s integrity check, looks for double-booked therapists or rooms, on a server compares the client search with the clients, and counts what the database holds. Exit status 1 when a problem is found.</source>
        <translation>Executa la comprovació d&apos;integritat de l&apos;SQLite, cerca terapeutes o sales amb reserves encavalcades, en un servidor compara la cerca de clients amb els clients i compta el que conté la base de dades. Estat de sortida 1 si es troba algun problema.</translation>
    </message>
    <message>
        <source>Rebuild the client search from the clients (managers)</source>
        <translation>Refà la cerca de clients a partir dels clients (gerents)</translation>
    </message>
    <message>
        <source>Writes the index that client search reads again from the clients themselves, erased clients left out. Nothing else changes. For when check reports clients the search has wrong; recorded in the audit log.</source>
        <translation>Torna a escriure l&apos;índex que llegeix la cerca de clients a partir dels mateixos clients, sense els clients esborrats. No canvia res més. Per quan check informa de clients que la cerca troba malament; queda registrat al registre d&apos;auditoria.</translation>
    </message>
    <message numerus="yes">
        <source>Client search rebuilt: %n client(s) can be found.</source>
        <translation>
            <numerusform>Cerca de clients refeta: es pot trobar %n client.</numerusform>
            <numerusform>Cerca de clients refeta: es poden trobar %n clients.</numerusform>
        </translation>
    </message>
    <message>
        <source>Client search: ok</source>
        <translation>Cerca de clients: correcta</translation>
    </message>
    <message numerus="yes">
        <source>Client search: %n client(s) found wrongly; a manager&apos;s &quot;clients reindex&quot; writes it again</source>
        <translation>
            <numerusform>Cerca de clients: %n client trobat malament; un gerent ho torna a escriure amb &quot;clients reindex&quot;</numerusform>
            <numerusform>Cerca de clients: %n clients trobats malament; un gerent ho torna a escriure amb &quot;clients reindex&quot;</numerusform>
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
        <translation>Passada</translation>
    </message>
    <message>
        <source>Booking %1 · %2 min · %3</source>
        <translation>Reserva %1 · %2 min · %3</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motiu: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quan</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data i hora</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servei</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapeuta</translation>
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
    <name>ClientDataRights</name>
    <message>
        <source>read the client</source>
        <translation>llegir el client</translation>
    </message>
    <message>
        <source>There is no client with number %1.</source>
        <translation>No hi ha cap client amb el número %1.</translation>
    </message>
    <message>
        <source>Client %1 is already erased: nothing personal is left.</source>
        <translation>El client %1 ja està esborrat: no en queda cap dada personal.</translation>
    </message>
    <message>
        <source>erase the client</source>
        <translation>esborrar el client</translation>
    </message>
    <message>
        <source>erase the client&apos;s bookings</source>
        <translation>esborrar les reserves del client</translation>
    </message>
    <message>
        <source>cancel the client&apos;s upcoming bookings</source>
        <translation>cancel·lar les reserves futures del client</translation>
    </message>
    <message>
        <source>erase the client&apos;s check-ins</source>
        <translation>esborrar les acollides del client</translation>
    </message>
    <message>
        <source>The client is erased, but another program is reading the database, so their old details are still in the file&apos;s free space. They are wiped at the next export or erasure, or when you try again after closing the other program.</source>
        <translation>El client s&apos;ha esborrat, però un altre programa està llegint la base de dades, de manera que les seves dades antigues encara són a l&apos;espai lliure del fitxer. S&apos;eliminaran en la propera exportació o el proper esborrament, o quan ho torneu a provar després de tancar l&apos;altre programa.</translation>
    </message>
    <message>
        <source>Client %1 was erased: nothing personal is left to export.</source>
        <translation>El client %1 s&apos;ha esborrat: no queda cap dada personal per exportar.</translation>
    </message>
    <message>
        <source>read the client&apos;s bookings</source>
        <translation>llegir les reserves del client</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>llegir el registre d&apos;auditoria</translation>
    </message>
    <message>
        <source>Client %1 has a session marked arrived or in session that is not finished (booking %2). Finish or cancel it before erasing the client.</source>
        <translation>El client %1 té una sessió marcada com a arribada o en sessió que no s&apos;ha acabat (reserva %2). Acabeu-la o cancel·leu-la abans d&apos;esborrar el client.</translation>
    </message>
    <message>
        <source>read the client&apos;s check-ins</source>
        <translation>llegir les acollides del client</translation>
    </message>
    <message>
        <source>erase the client&apos;s waitlist entries</source>
        <translation>esborrar les entrades del client a la llista d&apos;espera</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>First name and surnames</source>
        <translation>Nom i cognoms</translation>
    </message>
    <message>
        <source>e.g. 612 34 56 78</source>
        <translation>p. ex. 612 34 56 78</translation>
    </message>
    <message>
        <source>e.g. name@example.com</source>
        <translation>p. ex. nom@example.com</translation>
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
        <source>English</source>
        <translation>Anglès</translation>
    </message>
    <message>
        <source>Preferences for the desk, e.g. prefers mornings</source>
        <translation>Preferències per a la recepció, p. ex. prefereix els matins</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telèfon:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correu electrònic:</translation>
    </message>
    <message>
        <source>Preferred &amp;language:</source>
        <translation>&amp;Idioma preferit:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Data-processing consent</source>
        <translation>Consentiment per al tractament de dades</translation>
    </message>
    <message>
        <source>Text version %1</source>
        <translation>Versió del text: %1</translation>
    </message>
    <message>
        <source>The client has read this text and &amp;agrees to it</source>
        <translation>El client ha llegit aquest text i hi està d&apos;&amp;acord</translation>
    </message>
    <message>
        <source>Client %1: %2</source>
        <translation>Client %1: %2</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Client nou</translation>
    </message>
    <message>
        <source>Will be recorded now, for text version %1, when you save.</source>
        <translation>Es registrarà ara, per a la versió %1 del text, quan deseu.</translation>
    </message>
    <message>
        <source>Will be recorded as withdrawn when you save.</source>
        <translation>Es registrarà com a retirat quan deseu.</translation>
    </message>
    <message>
        <source>at the desk</source>
        <translation>a la recepció</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>per %1</translation>
    </message>
    <message>
        <source>✓ Agreed to text version %1 on %2, recorded %3.</source>
        <translation>✓ Ha acceptat la versió %1 del text el %2; registrat %3.</translation>
    </message>
    <message>
        <source>The text has changed since: tick the box once the client agrees to version %1.</source>
        <translation>Des d&apos;aleshores el text ha canviat: marqueu la casella quan el client accepti la versió %1.</translation>
    </message>
    <message>
        <source>✖ Withdrawn on %1 (had agreed to version %2 on %3).</source>
        <translation>✖ Retirat el %1 (havia acceptat la versió %2 el %3).</translation>
    </message>
    <message>
        <source>Not recorded yet: ask the client to read the text.</source>
        <translation>Encara no s&apos;ha registrat: demaneu al client que llegeixi el text.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… i %n més.</numerusform>
            <numerusform>… i %n més.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (client %2)</source>
        <translation>%1 (client %2)</translation>
    </message>
    <message>
        <source>⚠ %1 already has this phone number and email address.</source>
        <translation>⚠ %1 ja té aquest número de telèfon i aquesta adreça electrònica.</translation>
    </message>
    <message>
        <source>⚠ %1 already has this phone number.</source>
        <translation>⚠ %1 ja té aquest número de telèfon.</translation>
    </message>
    <message>
        <source>⚠ %1 already has this email address.</source>
        <translation>⚠ %1 ja té aquesta adreça electrònica.</translation>
    </message>
    <message>
        <source>The client needs a name.</source>
        <translation>Cal posar un nom al client.</translation>
    </message>
    <message>
        <source>The details were saved, but not the consent: %1</source>
        <translation>S&apos;han desat les dades, però no el consentiment: %1</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Voleu descartar els canvis?</translation>
    </message>
    <message>
        <source>Your changes to %1 have not been saved. Discard them?</source>
        <translation>Els canvis a %1 no s&apos;han desat. Voleu descartar-los?</translation>
    </message>
    <message>
        <source>This new client has not been saved. Discard it?</source>
        <translation>Aquest client nou no s&apos;ha desat. Voleu descartar-lo?</translation>
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
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentiment</translation>
    </message>
    <message>
        <source>Their version is loaded underneath yours: save to replace it.</source>
        <translation>La seva versió s&apos;ha carregat sota la vostra: deseu per substituir-la.</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Client: %1</translation>
    </message>
</context>
<context>
    <name>ClientImport</name>
    <message>
        <source>--map takes COLUMN=FIELD, FIELD being one of %1; not &quot;%2&quot;.</source>
        <translation>--map accepta COLUMN=FIELD, on FIELD és un de %1; no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;; its columns are: %2.</source>
        <translation>El fitxer no té cap columna &quot;%1&quot;; les seves columnes són: %2.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El fitxer és buit.</translation>
    </message>
    <message>
        <source>No column holds the clients&apos; names. The columns are: %1. Say which one with --map COLUMN=name (or first_name and last_name).</source>
        <translation>Cap columna no conté els noms dels clients. Les columnes són: %1. Indiqueu quina és amb --map COLUMN=name (o first_name i last_name).</translation>
    </message>
    <message>
        <source>A quoted field is never closed; the rest of the file is this one field.</source>
        <translation>Un camp entre cometes no es tanca mai; la resta del fitxer és aquest únic camp.</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header only %2.</source>
        <translation>La fila té %1 camps, però la capçalera només %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language Massage Desk knows (ca, es or en).</source>
        <translation>&quot;%1&quot; no és un idioma que el Massage Desk conegui (ca, es o en).</translation>
    </message>
    <message>
        <source>The row contains a broken or invalid character (for example half of an emoji).</source>
        <translation>La fila conté un caràcter trencat o no vàlid (per exemple, la meitat d&apos;un emoji).</translation>
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
    <name>ClientReport</name>
    <message>
        <source>Personal data held about %1</source>
        <translation>Dades personals conservades sobre %1</translation>
    </message>
    <message>
        <source>%1 · exported on %2 by %3</source>
        <translation>%1 · exportat el %2 per %3</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dades</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Número de client</translation>
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
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Client des de</translation>
    </message>
    <message>
        <source>Data-processing consent</source>
        <translation>Consentiment per al tractament de dades</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Versió del text</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donat el</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retirat el</translation>
    </message>
    <message>
        <source>%1: withdrawn</source>
        <translation>%1: retirat</translation>
    </message>
    <message>
        <source>%1: given for text %2</source>
        <translation>%1: donat per al text %2</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Bookings (%1)</source>
        <translation>Reserves (%1)</translation>
    </message>
    <message>
        <source>No bookings.</source>
        <translation>Cap reserva.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quan</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servei</translation>
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
        <source>Reason</source>
        <translation>Motiu</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Acollida</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Check-in for %1, %2</source>
        <translation>Acollida: %1, %2</translation>
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
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Areas to avoid</source>
        <translation>Zones a evitar</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Autorització</translation>
    </message>
    <message>
        <source>confirmed by %1 on %2: %3</source>
        <translation>confirmada per %1 el %2: %3</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>Nota de la sessió</translation>
    </message>
    <message>
        <source>Unusual reaction</source>
        <translation>Reacció inusual</translation>
    </message>
    <message>
        <source>Who read or changed this data</source>
        <translation>Qui ha consultat o canviat aquestes dades</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Què</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>The JSON file exported with this report holds the same data in the format “%1”, version %2.</source>
        <translation>El fitxer JSON exportat amb aquest informe conté les mateixes dades en el format “%1”, versió %2.</translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
    <message>
        <source>search the clients</source>
        <translation>cercar els clients</translation>
    </message>
    <message>
        <source>look for clients with the same details</source>
        <translation>cercar clients amb les mateixes dades</translation>
    </message>
    <message>
        <source>save the client</source>
        <translation>desar el client</translation>
    </message>
    <message>
        <source>read the client</source>
        <translation>llegir el client</translation>
    </message>
    <message>
        <source>There is no client with number %1.</source>
        <translation>No hi ha cap client amb el número %1.</translation>
    </message>
    <message>
        <source>A consent needs the version of the text the client agreed to.</source>
        <translation>Un consentiment necessita la versió del text que el client ha acceptat.</translation>
    </message>
    <message>
        <source>Client %1 has no data-processing consent in force to withdraw.</source>
        <translation>El client %1 no té cap consentiment vigent per al tractament de dades que es pugui retirar.</translation>
    </message>
    <message>
        <source>record the client&apos;s consent</source>
        <translation>registrar el consentiment del client</translation>
    </message>
    <message>
        <source>read the client&apos;s bookings</source>
        <translation>llegir les reserves del client</translation>
    </message>
    <message>
        <source>read the clients</source>
        <translation>llegir els clients</translation>
    </message>
</context>
<context>
    <name>ClientRules</name>
    <message>
        <source>The client needs a name.</source>
        <translation>Cal posar un nom al client.</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters (this one has %2).</source>
        <translation>Un nom pot tenir com a màxim %1 caràcters (aquest en té %2).</translation>
    </message>
    <message>
        <source>The client&apos;s details contain invisible control characters; please retype them.</source>
        <translation>Les dades del client contenen caràcters de control invisibles; torneu-les a escriure.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like a phone number: use digits, spaces and an optional leading +.</source>
        <translation>&quot;%1&quot; no sembla un número de telèfon: feu servir xifres, espais i, opcionalment, un + al principi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an email address.</source>
        <translation>&quot;%1&quot; no sembla una adreça electrònica.</translation>
    </message>
    <message>
        <source>The preferred language must be ca, es or en.</source>
        <translation>L&apos;idioma preferit ha de ser ca, es o en.</translation>
    </message>
    <message>
        <source>I agree that this centre keeps my name, contact details, preferred language, bookings and the answers I give at each check-in, to arrange my sessions and so that a therapist can adapt or decline a massage when it would not be safe. Check-in answers are seen only by therapists and managers, and the data is never shared for advertising. I can ask to see, correct or erase my data, or withdraw this consent, at the desk at any time.</source>
        <translation>Accepto que aquest centre conservi el meu nom, les meves dades de contacte, el meu idioma preferit, les meves reserves i les respostes que dono a cada acollida, per organitzar les meves sessions i perquè un terapeuta pugui adaptar o declinar un massatge quan no sigui segur. Les respostes de l&apos;acollida només les veuen els terapeutes i els gerents, i les dades no es comparteixen mai amb finalitats publicitàries. Puc demanar de veure, corregir o esborrar les meves dades, o retirar aquest consentiment, a la recepció en qualsevol moment.</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Les notes</translation>
    </message>
</context>
<context>
    <name>ClientSearchIndex</name>
    <message>
        <source>compare the client search with the clients</source>
        <translation>comparar la cerca de clients amb els clients</translation>
    </message>
    <message>
        <source>rebuild the client search</source>
        <translation>refer la cerca de clients</translation>
    </message>
</context>
<context>
    <name>ClientTransfer</name>
    <message>
        <source>read the clients</source>
        <translation>llegir els clients</translation>
    </message>
    <message>
        <source>same name and phone as</source>
        <translation>mateix nom i telèfon que</translation>
    </message>
    <message>
        <source>same email as</source>
        <translation>mateix correu electrònic que</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>la línia %1</translation>
    </message>
    <message>
        <source>client %1 (%2)</source>
        <translation>el client %1 (%2)</translation>
    </message>
    <message>
        <source>merge the client</source>
        <translation>fusionar el client</translation>
    </message>
    <message>
        <source>save the client</source>
        <translation>desar el client</translation>
    </message>
    <message>
        <source>created anyway; %1 %2</source>
        <translation>creat igualment; %1 %2</translation>
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
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nou client…</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>&amp;Edita el client…</translation>
    </message>
    <message>
        <source>Add a client (Ctrl+N)</source>
        <translation>Afegeix un client (Ctrl+N)</translation>
    </message>
    <message>
        <source>Change the selected client&apos;s details or consent (Enter or double-click in the list)</source>
        <translation>Canvia les dades o el consentiment del client seleccionat (Retorn o doble clic a la llista)</translation>
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
        <translation>Telèfon:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correu electrònic:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consentiment:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Select a client to see their details and bookings, or press Ctrl+N to add a new one.</source>
        <translation>Seleccioneu un client per veure&apos;n les dades i les reserves, o premeu Ctrl+N per afegir-ne un de nou.</translation>
    </message>
    <message>
        <source>No client matches “%1”. Press Ctrl+N to add them.</source>
        <translation>Cap client no coincideix amb “%1”. Premeu Ctrl+N per afegir-lo.</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>✓ Given on %1 (text %2)</source>
        <translation>✓ Donat el %1 (text %2)</translation>
    </message>
    <message>
        <source>▲ Given on %1 for an earlier text (%2); ask again for %3</source>
        <translation>▲ Donat el %1 per a un text anterior (%2); torneu-lo a demanar per al text %3</translation>
    </message>
    <message>
        <source>✖ Withdrawn on %1</source>
        <translation>✖ Retirat el %1</translation>
    </message>
    <message>
        <source>✖ Not recorded yet: ask the client</source>
        <translation>✖ Encara no s&apos;ha registrat: demaneu-lo al client</translation>
    </message>
    <message>
        <source>No bookings yet.</source>
        <translation>Encara no hi ha cap reserva.</translation>
    </message>
    <message numerus="yes">
        <source>%n upcoming</source>
        <translation>
            <numerusform>%n futura</numerusform>
            <numerusform>%n futures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the latest %n past bookings</source>
        <translation>
            <numerusform>%n reserva passada (la més recent)</numerusform>
            <numerusform>les %n reserves passades més recents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past</source>
        <translation>
            <numerusform>%n passada</numerusform>
            <numerusform>%n passades</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1 (client %2).</source>
        <translation>S&apos;ha desat %1 (client %2).</translation>
    </message>
    <message>
        <source>E&amp;xport data…</source>
        <translation>E&amp;xporta les dades…</translation>
    </message>
    <message>
        <source>Erase client…</source>
        <translation>Esborra el client…</translation>
    </message>
    <message>
        <source>Save everything kept about this client as a JSON file and a readable PDF report (recorded in the audit log)</source>
        <translation>Desa tot el que es conserva d&apos;aquest client en un fitxer JSON i un informe PDF llegible (queda anotat al registre d&apos;auditoria)</translation>
    </message>
    <message>
        <source>Remove this client&apos;s personal and health data for good; their bookings stay as anonymous statistics</source>
        <translation>Elimina definitivament les dades personals i de salut d&apos;aquest client; les reserves es conserven com a estadístiques anònimes</translation>
    </message>
    <message>
        <source>Export the client&apos;s data</source>
        <translation>Exporta les dades del client</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fitxers JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported client %1 to %2 and %3.</source>
        <translation>S&apos;ha exportat el client %1 a %2 i %3.</translation>
    </message>
    <message>
        <source>Erase client</source>
        <translation>Esborra el client</translation>
    </message>
    <message>
        <source>Erasing the client and wiping their old data from the file…</source>
        <translation>S&apos;està esborrant el client i eliminant-ne les dades antigues del fitxer…</translation>
    </message>
    <message>
        <source>Erased client %1; their bookings stay as anonymous statistics.</source>
        <translation>S&apos;ha esborrat el client %1; les seves reserves es conserven com a estadístiques anònimes.</translation>
    </message>
    <message>
        <source>The erased client&apos;s old data is now wiped from the file.</source>
        <translation>Les dades antigues del client esborrat ja s&apos;han eliminat del fitxer.</translation>
    </message>
    <message>
        <source>Print &amp;report…</source>
        <translation>Imprimeix l&apos;&amp;informe…</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Cerca clients</translation>
    </message>
    <message>
        <source>Clients found</source>
        <translation>Clients trobats</translation>
    </message>
    <message>
        <source>Print the readable report of everything kept about this client, or save it as a PDF (recorded in the audit log)</source>
        <translation>Imprimeix l&apos;informe llegible de tot el que es conserva d&apos;aquest client, o desa&apos;l en PDF (queda anotat al registre d&apos;auditoria)</translation>
    </message>
    <message>
        <source>The client&apos;s bookings</source>
        <translation>Les reserves del client</translation>
    </message>
    <message>
        <source>Print the client&apos;s report</source>
        <translation>Imprimeix l&apos;informe del client</translation>
    </message>
    <message>
        <source>Report of client %1 printed.</source>
        <translation>S&apos;ha imprès l&apos;informe del client %1.</translation>
    </message>
</context>
<context>
    <name>ClosedDaysEditor</name>
    <message>
        <source>Closed days</source>
        <translation>Dies tancats</translation>
    </message>
    <message>
        <source>Closed day</source>
        <translation>Dia tancat</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Motiu del tancament</translation>
    </message>
    <message>
        <source>Reason (e.g. Sant Joan)</source>
        <translation>Motiu (p. ex. Sant Joan)</translation>
    </message>
    <message>
        <source>Add closed &amp;day</source>
        <translation>Afegeix un &amp;dia tancat</translation>
    </message>
    <message>
        <source>Remove selected day</source>
        <translation>Elimina el dia seleccionat</translation>
    </message>
    <message>
        <source>Closed day: %1 %2</source>
        <translation>Dia tancat: %1 %2</translation>
    </message>
    <message>
        <source>Closed day to remove: %1</source>
        <translation>Dia tancat per eliminar: %1</translation>
    </message>
    <message>
        <source>Not removed yet: the server %1 cannot be reached. The day stays marked in the list and is removed by itself as soon as the connection is back.</source>
        <translation>Encara no s&apos;ha eliminat: no es pot connectar amb el servidor %1. El dia queda marcat a la llista i s&apos;elimina automàticament tan bon punt es recupera la connexió.</translation>
    </message>
    <message>
        <source>If it is still listed, press Remove now.</source>
        <translation>Si encara surt a la llista, premeu Elimina ara.</translation>
    </message>
    <message>
        <source>&amp;Remove now</source>
        <translation>&amp;Elimina ara</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 (removal waits for the server)</source>
        <translation>%1 (l&apos;eliminació espera el servidor)</translation>
    </message>
    <message>
        <source>Closed day added.</source>
        <translation>S&apos;ha afegit el dia tancat.</translation>
    </message>
    <message>
        <source>That day is already waiting to be removed.</source>
        <translation>Aquest dia ja espera per eliminar-se.</translation>
    </message>
    <message>
        <source>Closed day removed.</source>
        <translation>S&apos;ha eliminat el dia tancat.</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>Connect to a centre server</source>
        <translation>Connecta a un servidor de centre</translation>
    </message>
    <message>
        <source>Several desks share one centre on a PostgreSQL server. Ask whoever set it up for these details.</source>
        <translation>Diversos equips comparteixen un centre en un servidor PostgreSQL. Demaneu aquestes dades a qui l&apos;hagi configurat.</translation>
    </message>
    <message>
        <source>e.g. centre-server or 192.168.1.10 (empty: this computer)</source>
        <translation>p. ex. servidor-centre o 192.168.1.10 (buit: aquest ordinador)</translation>
    </message>
    <message>
        <source>empty: the one kept in ~/.pgpass, if any</source>
        <translation>buit: la que es desa a ~/.pgpass, si n&apos;hi ha</translation>
    </message>
    <message>
        <source>Require TLS (encrypted)</source>
        <translation>Requereix TLS (xifrat)</translation>
    </message>
    <message>
        <source>Require TLS and check the server&apos;s certificate</source>
        <translation>Requereix TLS i comprova el certificat del servidor</translation>
    </message>
    <message>
        <source>Use TLS when the server offers it</source>
        <translation>Fes servir TLS quan el servidor l&apos;ofereixi</translation>
    </message>
    <message>
        <source>No TLS (only on this computer or a trusted network)</source>
        <translation>Sense TLS (només en aquest ordinador o en una xarxa de confiança)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecta</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de dades:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuari:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Contr&amp;asenya:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Xifratge:</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>No connectat: %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Torna-ho a provar</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>&amp;Try again now</source>
        <translation>&amp;Torna-ho a provar ara</translation>
    </message>
    <message>
        <source>Connection to the server</source>
        <translation>Connexió amb el servidor</translation>
    </message>
    <message>
        <source>Attempt %1 did not get through.</source>
        <translation>L&apos;intent %1 no ha reeixit.</translation>
    </message>
    <message>
        <source>The connection to the server %1 has been lost since %2, so nothing done since then was saved.</source>
        <translation>La connexió amb el servidor %1 està perduda des de les %2, de manera que no s&apos;ha desat res del que s&apos;ha fet des d&apos;aleshores.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) or look-up(s) could not reach the server.</source>
        <translation>
            <numerusform>%n canvi o consulta no ha pogut arribar al servidor.</numerusform>
            <numerusform>%n canvis o consultes no han pogut arribar al servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>What is in open windows is lost when you close. Everything saved before %1 is safe on the server.</source>
        <translation>El que hi ha a les finestres obertes es perd en tancar. Tot el que s&apos;ha desat abans de les %1 és segur al servidor.</translation>
    </message>
    <message>
        <source>Close Massage Desk anyway?</source>
        <translation>Voleu tancar el Massage Desk igualment?</translation>
    </message>
    <message>
        <source>Not connected to the server</source>
        <translation>No connectat al servidor</translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost at %2. Massage Desk is reconnecting by itself; nothing can be saved until it is back. Open windows keep what you typed, and their saves go through when it is back.</source>
        <translation>La connexió amb el servidor %1 s&apos;ha perdut a les %2. El Massage Desk s&apos;està tornant a connectar automàticament; no es pot desar res fins que no es recuperi. Les finestres obertes conserven el que hi heu escrit, i es desarà quan es recuperi la connexió.</translation>
    </message>
    <message>
        <source>Waiting to be saved, and lost if you close now:</source>
        <translation>Pendent de desar, i es perdrà si tanqueu ara:</translation>
    </message>
    <message>
        <source>What is in open windows is lost when you close.</source>
        <translation>El que hi ha a les finestres obertes es perd quan tanqueu.</translation>
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
    <message>
        <source>%1 could not be written: the disk may be full, or the file may have reached the largest size allowed there. Nothing was changed; free some space and try again.</source>
        <translation>No s&apos;ha pogut escriure %1: potser el disc és ple o el fitxer ha arribat a la mida màxima permesa en aquesta ubicació. No s&apos;ha canviat res; allibereu espai i torneu-ho a provar.</translation>
    </message>
    <message>
        <source>read the users</source>
        <translation>llegir els usuaris</translation>
    </message>
    <message>
        <source>Sign in first: this centre has user accounts.</source>
        <translation>Primer identifiqueu-vos: aquest centre té comptes d&apos;usuari.</translation>
    </message>
    <message>
        <source>The text contains a broken or invalid character (for example half of an emoji). Nothing was changed; type it again.</source>
        <translation>El text conté un caràcter trencat o no vàlid (per exemple, mig emoji). No s&apos;ha canviat res; torneu-lo a escriure.</translation>
    </message>
    <message>
        <source>read the booking</source>
        <translation>llegir la reserva</translation>
    </message>
    <message>
        <source>A therapist enters check-ins only for their own sessions: booking %1 is another therapist&apos;s.</source>
        <translation>Un terapeuta només pot registrar acollides de les seves pròpies sessions: la reserva %1 és d&apos;un altre terapeuta.</translation>
    </message>
    <message>
        <source>A therapist books and changes only their own sessions.</source>
        <translation>Un terapeuta només pot reservar i canviar les seves pròpies sessions.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Massage Desk database yet; it was left untouched. Make a new database in it with &quot;massage-desk-cli init&quot; or New database in Massage Desk.</source>
        <translation>%1 és un fitxer buit, encara no és una base de dades del Massage Desk; no s&apos;ha modificat. Creeu-hi una base de dades nova amb &quot;massage-desk-cli init&quot; o amb Base de dades nova al Massage Desk.</translation>
    </message>
    <message>
        <source>Another desk has just booked that time. Nothing was changed; look at the calendar again.</source>
        <translation>Des d&apos;un altre equip s&apos;acaba de reservar aquesta hora. No s&apos;ha canviat res; torneu a mirar el calendari.</translation>
    </message>
    <message>
        <source>Another desk was changing the same data. Nothing was changed; try again.</source>
        <translation>Des d&apos;un altre equip s&apos;estaven canviant les mateixes dades. No s&apos;ha canviat res; torneu-ho a provar.</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full. Nothing was changed; ask whoever runs the server to free some space.</source>
        <translation>El disc del servidor és ple. No s&apos;ha canviat res; demaneu a qui gestiona el servidor que alliberi espai.</translation>
    </message>
    <message>
        <source>The server refused: this account may not %1. Nothing was changed.</source>
        <translation>El servidor s&apos;hi ha negat: aquest compte no té permís per %1. No s&apos;ha canviat res.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Nothing was changed; try again once the server can be reached.</source>
        <translation>S&apos;ha perdut la connexió amb el servidor. No s&apos;ha canviat res; torneu-ho a provar quan el servidor estigui disponible.</translation>
    </message>
    <message>
        <source>Cannot reach the server %1. Check the address and that the server is running, then try again.</source>
        <translation>No es pot connectar amb el servidor %1. Comproveu l&apos;adreça i que el servidor estigui en funcionament, i torneu-ho a provar.</translation>
    </message>
    <message>
        <source>The server address is not a valid postgresql:// address.</source>
        <translation>L&apos;adreça del servidor no és una adreça postgresql:// vàlida.</translation>
    </message>
    <message>
        <source>This installation cannot talk to PostgreSQL: Qt&apos;s QPSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation>Aquesta instal·lació no es pot comunicar amb PostgreSQL: falta el controlador QPSQL de Qt (paquet de Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>prepare the connection</source>
        <translation>preparar la connexió</translation>
    </message>
    <message>
        <source>read the database</source>
        <translation>llegir la base de dades</translation>
    </message>
    <message>
        <source>The database %1 belongs to another program, not Massage Desk. It was left untouched; choose another database.</source>
        <translation>La base de dades %1 és d&apos;un altre programa, no del Massage Desk. No s&apos;ha modificat; trieu una altra base de dades.</translation>
    </message>
    <message>
        <source>The database %1 was set up by a newer version of Massage Desk (data version %2; this version reads up to %3). Install the newer version on this desk; the database was left untouched.</source>
        <translation>La base de dades %1 l&apos;ha configurat una versió més nova del Massage Desk (versió de dades %2; aquesta versió llegeix fins a la %3). Instal·leu la versió més nova en aquest equip; la base de dades no s&apos;ha modificat.</translation>
    </message>
    <message>
        <source>The database %1 already holds other tables, so it is not set up for Massage Desk. It was left untouched; give Massage Desk an empty database of its own.</source>
        <translation>La base de dades %1 ja conté altres taules, així que no està preparada per al Massage Desk. No s&apos;ha modificat; doneu al Massage Desk una base de dades buida només per a ell.</translation>
    </message>
    <message>
        <source>The database %1 holds no centre yet. Set it up with &quot;massage-desk-cli --database ... init&quot;.</source>
        <translation>La base de dades %1 encara no conté cap centre. Configureu-la amb &quot;massage-desk-cli --database ... init&quot;.</translation>
    </message>
    <message>
        <source>The server %1 asks for a password for this user. Type the password (or keep it in ~/.pgpass) and try again.</source>
        <translation>El servidor %1 demana una contrasenya per a aquest usuari. Escriviu la contrasenya (o deseu-la a ~/.pgpass) i torneu-ho a provar.</translation>
    </message>
    <message>
        <source>The server %1 did not accept the user name or password. Check both and try again.</source>
        <translation>El servidor %1 no ha acceptat el nom d&apos;usuari o la contrasenya. Comproveu-los tots dos i torneu-ho a provar.</translation>
    </message>
    <message>
        <source>The server %1 has no such database. Check its name, or ask whoever runs the server to create it (createdb) and set it up with &quot;massage-desk-cli init&quot;.</source>
        <translation>El servidor %1 no té aquesta base de dades. Comproveu-ne el nom, o demaneu a qui gestiona el servidor que la creï (createdb) i la configuri amb &quot;massage-desk-cli init&quot;.</translation>
    </message>
    <message>
        <source>The server %1 does not let this computer in with this user and database. Ask whoever runs the server to allow this desk&apos;s network in pg_hba.conf.</source>
        <translation>El servidor %1 no permet l&apos;accés d&apos;aquest ordinador amb aquest usuari i aquesta base de dades. Demaneu a qui gestiona el servidor que permeti la xarxa d&apos;aquest equip a pg_hba.conf.</translation>
    </message>
    <message>
        <source>The server %1 refused this user access to the database. Ask whoever runs the server to grant it.</source>
        <translation>El servidor %1 ha denegat a aquest usuari l&apos;accés a la base de dades. Demaneu a qui gestiona el servidor que l&apos;hi concedeixi.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to %1 could not be set up. Check the TLS mode, and that the server offers TLS with a certificate this computer trusts.</source>
        <translation>No s&apos;ha pogut establir una connexió segura (TLS) amb %1. Comproveu el mode TLS i que el servidor ofereixi TLS amb un certificat en què aquest ordinador confiï.</translation>
    </message>
    <message>
        <source>The server %1 is not taking connections at the moment (it is starting, stopping or full). Try again in a moment.</source>
        <translation>El servidor %1 no accepta connexions en aquest moment (s&apos;està iniciant, s&apos;està aturant o està ple). Torneu-ho a provar d&apos;aquí a un moment.</translation>
    </message>
    <message>
        <source>Cannot reach the server %1.</source>
        <translation>No es pot connectar amb el servidor %1.</translation>
    </message>
    <message>
        <source>The connection to the server %1 is lost; Massage Desk is reconnecting. Nothing was changed: try again when the connection is back.</source>
        <translation>S&apos;ha perdut la connexió amb el servidor %1; el Massage Desk s&apos;està tornant a connectar. No s&apos;ha canviat res: torneu-ho a provar quan es recuperi la connexió.</translation>
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
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Print the day sheet…</source>
        <translation>&amp;Imprimeix el full del dia…</translation>
    </message>
    <message>
        <source>Save the day sheet</source>
        <translation>Desa el full del dia</translation>
    </message>
    <message>
        <source>day-sheet-%1.pdf</source>
        <translation>day-sheet-%1.pdf</translation>
    </message>
    <message>
        <source>Could not print the day sheet</source>
        <translation>No s&apos;ha pogut imprimir el full del dia</translation>
    </message>
    <message>
        <source>Print the day sheet</source>
        <translation>Imprimeix el full del dia</translation>
    </message>
    <message>
        <source>One page per &amp;therapist</source>
        <translation>Una pàgina per &amp;terapeuta</translation>
    </message>
    <message>
        <source>Include &amp;cancelled and no-shows</source>
        <translation>Inclou les &amp;cancel·lades i les no presentades</translation>
    </message>
    <message>
        <source>Day sheet for %1 printed.</source>
        <translation>S&apos;ha imprès el full del dia %1.</translation>
    </message>
    <message>
        <source>Connect to a centre &amp;server…</source>
        <translation>Connecta a un &amp;servidor de centre…</translation>
    </message>
    <message>
        <source>Recen&amp;t centres</source>
        <translation>Centres &amp;recents</translation>
    </message>
    <message>
        <source>Connected to the server %1</source>
        <translation>Connectat al servidor %1</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Servidor %1</translation>
    </message>
    <message>
        <source>No centres opened yet</source>
        <translation>Encara no s&apos;ha obert cap centre</translation>
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
    <message>
        <source>%1 is not an ordinary file (it is a device, a named pipe or a socket), so it cannot hold a database. Choose a database file.</source>
        <translation>%1 no és un fitxer normal (és un dispositiu, una canonada amb nom o un sòcol), així que no pot contenir una base de dades. Trieu un fitxer de base de dades.</translation>
    </message>
    <message>
        <source>%1 is a link to a file that does not exist. Choose the database file itself.</source>
        <translation>%1 és un enllaç a un fitxer que no existeix. Trieu directament el fitxer de base de dades.</translation>
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
    <message>
        <source>⚠ Stopped and referred on %1 (booking %2): this session needs a health professional&apos;s clearance before it starts.</source>
        <translation>⚠ Aturat i derivat el %1 (reserva %2): aquesta sessió necessita l&apos;autorització d&apos;un professional sanitari abans de començar.</translation>
    </message>
    <message>
        <source>%1 · ⚠ referred %2</source>
        <translation>%1 · ⚠ derivat %2</translation>
    </message>
</context>
<context>
    <name>DaySheet</name>
    <message>
        <source>&lt;p&gt;No sessions on this day.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No hi ha cap sessió aquest dia.&lt;/p&gt;</translation>
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
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Check-in outcomes only; the answers are in Massage Desk, for the therapist.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Només els resultats de l&apos;acollida; les respostes són al Massage Desk, per al terapeuta.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Contains health information for the therapist: keep this sheet out of clients&apos; sight and shred it at the end of the day.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Conté informació de salut per al terapeuta: manteniu aquest full fora de la vista dels clients i destruïu-lo al final del dia.&lt;/small&gt;&lt;/p&gt;</translation>
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
        <translation>aturat i derivat el %1 (reserva %2), sense cap autorització registrada des de llavors</translation>
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
        <source>add the demo&apos;s user accounts</source>
        <translation>afegir els comptes d&apos;usuari de la demostració</translation>
    </message>
    <message>
        <source>The demo&apos;s passwords could not be protected (out of memory?). Nothing was written.</source>
        <translation>No s&apos;han pogut protegir les contrasenyes de la demostració (manca de memòria?). No s&apos;ha escrit res.</translation>
    </message>
    <message>
        <source>read the users</source>
        <translation>llegir els usuaris</translation>
    </message>
</context>
<context>
    <name>DeskListModel</name>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (aquest ordinador)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ningú</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinador</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Usuari identificat</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Connectat des de</translation>
    </message>
</context>
<context>
    <name>DeskRegistry</name>
    <message>
        <source>list this desk</source>
        <translation>registrar aquest equip a la llista</translation>
    </message>
    <message>
        <source>keep this desk listed</source>
        <translation>mantenir aquest equip a la llista</translation>
    </message>
    <message>
        <source>remove this desk from the list</source>
        <translation>treure aquest equip de la llista</translation>
    </message>
    <message>
        <source>read the desks</source>
        <translation>llegir els equips</translation>
    </message>
</context>
<context>
    <name>DeskSettings</name>
    <message>
        <source>Desks connected now</source>
        <translation>Equips connectats ara</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualitza</translation>
    </message>
    <message>
        <source>A desk is listed while its window is open and it was heard from in the last two minutes.</source>
        <translation>Un equip apareix a la llista mentre té la finestra oberta i se n&apos;ha tingut notícia en els últims dos minuts.</translation>
    </message>
    <message numerus="yes">
        <source>%n desk(s) connected now.</source>
        <translation>
            <numerusform>Ara hi ha %n equip connectat.</numerusform>
            <numerusform>Ara hi ha %n equips connectats.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DurationsEditor</name>
    <message>
        <source>Add a duration</source>
        <translation>Afegeix una durada</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuts</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Stop offering this duration</source>
        <translation>Deixa d&apos;oferir aquesta durada</translation>
    </message>
</context>
<context>
    <name>EraseClientDialog</name>
    <message>
        <source>Erase client</source>
        <translation>Esborra el client</translation>
    </message>
    <message>
        <source>Erase %1 (client %2)?</source>
        <translation>Voleu esborrar %1 (client %2)?</translation>
    </message>
    <message>
        <source>This removes the client&apos;s name, phone, email and notes, every check-in answer and note, and the reasons written on their bookings, and wipes them from the database file. It cannot be undone.</source>
        <translation>Això elimina el nom, el telèfon, el correu electrònic i les notes del client, totes les respostes i notes de les acollides i els motius escrits a les seves reserves, i els esborra del fitxer de base de dades. No es pot desfer.</translation>
    </message>
    <message>
        <source>Their bookings stay as anonymous statistics (date, service, length, therapist, room, status and check-in outcome level): %1 kept. Upcoming bookings are cancelled: %2. Check-ins cleared: %3.</source>
        <translation>Les seves reserves es conserven com a estadístiques anònimes (data, servei, durada, terapeuta, sala, estat i nivell del resultat de l&apos;acollida): se&apos;n conserven %1. Reserves futures que es cancel·len: %2. Acollides buidades: %3.</translation>
    </message>
    <message>
        <source>Backups made before now still hold the old data until they are pruned.</source>
        <translation>Les còpies de seguretat fetes fins ara conserven les dades antigues fins que s&apos;eliminin.</translation>
    </message>
    <message>
        <source>Type the client&apos;s name to confirm:</source>
        <translation>Escriviu el nom del client per confirmar-ho:</translation>
    </message>
    <message>
        <source>&amp;Erase client</source>
        <translation>&amp;Esborra el client</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>From:</source>
        <translation>Des de:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Fins a:</translation>
    </message>
    <message>
        <source>The whole centre</source>
        <translation>Tot el centre</translation>
    </message>
    <message>
        <source>Sessions of:</source>
        <translation>Sessions de:</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>Exporta el ca&amp;lendari…</translation>
    </message>
    <message>
        <source>Export clients as CSV…</source>
        <translation>Exporta els clients en CSV…</translation>
    </message>
    <message>
        <source>Export bookings as CSV…</source>
        <translation>Exporta les reserves en CSV…</translation>
    </message>
    <message>
        <source>&amp;Import clients…</source>
        <translation>I&amp;mporta clients…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>S&apos;ha desat %1.</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exporta el calendari</translation>
    </message>
    <message>
        <source>The last day must be on or after the first, at most a year later.</source>
        <translation>L&apos;últim dia ha de ser igual o posterior al primer, com a màxim un any després.</translation>
    </message>
    <message>
        <source>sessions.ics</source>
        <translation>sessions.ics</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fitxers de calendari (*.ics)</translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation>Exporta els clients</translation>
    </message>
    <message>
        <source>clients.csv</source>
        <translation>clients.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fitxers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export bookings</source>
        <translation>Exporta les reserves</translation>
    </message>
    <message>
        <source>bookings.csv</source>
        <translation>bookings.csv</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Importa clients</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Fitxers CSV (*.csv *.txt *.tsv);;Tots els fitxers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No es pot llegir %1: %2</translation>
    </message>
    <message>
        <source>larger than 64 MB</source>
        <translation>supera els 64 MB</translation>
    </message>
    <message>
        <source>Imported: %1. Merged: %2. Skipped: %3. With a consent date: %4.</source>
        <translation>Importats: %1. Fusionats: %2. Omesos: %3. Amb data de consentiment: %4.</translation>
    </message>
</context>
<context>
    <name>FirstManagerDialog</name>
    <message>
        <source>Create the manager account</source>
        <translation>Crea el compte del gerent</translation>
    </message>
    <message>
        <source>e.g. anna (no spaces)</source>
        <translation>p. ex. anna (sense espais)</translation>
    </message>
    <message>
        <source>e.g. Anna Puig</source>
        <translation>p. ex. Anna Puig</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This centre has no user accounts yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Create the manager&apos;s account now. The manager adds everyone else on the Users page; each person then signs in with their own name, and what they read and change is recorded under it.&lt;/p&gt;&lt;p&gt;Until then, anyone at this computer can do everything.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aquest centre encara no té comptes d&apos;usuari.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Creeu ara el compte del gerent. El gerent afegeix totes les altres persones a la pàgina Usuaris; després, cadascú s&apos;identifica amb el seu propi nom, i el que consulta i canvia queda registrat amb aquest nom.&lt;/p&gt;&lt;p&gt;Fins aleshores, qualsevol persona en aquest ordinador ho pot fer tot.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>Crea i &amp;entra</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Més tard</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;usuari:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom &amp;visible:</translation>
    </message>
    <message>
        <source>✗ Choose a user name (no spaces).</source>
        <translation>✗ Trieu un nom d&apos;usuari (sense espais).</translation>
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
        <translation>%1: hi ha caràcters de control invisibles (només es permeten salts de línia i tabulacions); torneu-ho a escriure.</translation>
    </message>
    <message>
        <source>%1 contains invisible control characters or line breaks; please retype it.</source>
        <translation>%1: hi ha caràcters de control invisibles o salts de línia; torneu-ho a escriure.</translation>
    </message>
    <message>
        <source>%1 can have at most %2 characters (this one has %3).</source>
        <translation>%1: com a màxim %2 caràcters (aquest text en té %3).</translation>
    </message>
    <message>
        <source>%1 has characters with too many accents or marks; please retype it.</source>
        <translation>%1: hi ha caràcters amb massa accents o marques; torneu-ho a escriure.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text: byte %2 cannot be read, and nothing was changed.</source>
        <translation>%1: el text no és UTF-8 vàlid; el byte %2 no es pot llegir i no s&apos;ha canviat res.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text: the byte at line %2, column %3 cannot be read, and nothing was changed. Save it as UTF-8 and try again.</source>
        <translation>%1: el text no és UTF-8 vàlid; el byte de la línia %2, columna %3, no es pot llegir i no s&apos;ha canviat res. Deseu-lo en UTF-8 i torneu-ho a provar.</translation>
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
    <name>HeatMap</name>
    <message>
        <source>Busy hours per weekday</source>
        <translation>Hores amb més activitat per dia de la setmana</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>No hi ha cap sessió en aquest període.</translation>
    </message>
    <message>
        <source>Busiest: %1 at %2:00, %3 sessions.</source>
        <translation>Més activitat: %1 a les %2:00, %3 sessions.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2:00–%3:00: %n session(s)</source>
        <translation>
            <numerusform>%1 %2:00–%3:00: %n sessió</numerusform>
            <numerusform>%1 %2:00–%3:00: %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import clients</source>
        <translation>Importa clients</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1, columns separated by &quot;%2&quot;. Read: %3.</source>
        <translation>%1, columnes separades per &quot;%2&quot;. Columnes llegides: %3.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulació</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>No s&apos;importen: %1.</translation>
    </message>
    <message>
        <source>The first rows as they will be stored:</source>
        <translation>Les primeres files tal com es desaran:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línia</translation>
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
        <source>Consent</source>
        <translation>Consentiment</translation>
    </message>
    <message>
        <source>none</source>
        <translation>cap</translation>
    </message>
    <message>
        <source>Rows that will not be imported as new clients:</source>
        <translation>Files que no s&apos;importaran com a clients nous:</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motiu</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Omet-les</translation>
    </message>
    <message>
        <source>Merge into the existing client (fill in what is missing)</source>
        <translation>Fusiona-les amb el client existent (completa el que falti)</translation>
    </message>
    <message>
        <source>Create them as new clients</source>
        <translation>Crea-les com a clients nous</translation>
    </message>
    <message>
        <source>Likely duplicates:</source>
        <translation>Duplicats probables:</translation>
    </message>
    <message>
        <source>With duplicates skipped: %1 new, %2 skipped; %3 with a consent date. Nothing is stored until you press Import.</source>
        <translation>Si s&apos;ometen els duplicats: nous, %1; omesos, %2; amb data de consentiment, %3. No es desa res fins que no premeu Importa.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>No file name was given.</source>
        <translation>No s&apos;ha indicat cap nom de fitxer.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No es pot llegir %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is a folder; give a file.</source>
        <translation>No es pot llegir %1: és una carpeta; indiqueu un fitxer.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is not an ordinary file (it is a device, a pipe or a socket); give a file.</source>
        <translation>No es pot llegir %1: no és un fitxer normal (és un dispositiu, una canonada o un sòcol); indiqueu un fitxer.</translation>
    </message>
</context>
<context>
    <name>LocalTime</name>
    <message>
        <source>That date or time does not exist.</source>
        <translation>Aquesta data o hora no existeix.</translation>
    </message>
    <message>
        <source>%1 at %2 does not exist in %3: the clocks go forward that night. Choose a time before or after the change.</source>
        <translation>El %1 a les %2 no existeix a %3: aquella nit s&apos;avancen els rellotges. Trieu una hora anterior o posterior al canvi.</translation>
    </message>
    <message>
        <source>%1 summer time (%2, %3)</source>
        <translation>%1 horari d&apos;estiu (%2, %3)</translation>
    </message>
    <message>
        <source>%1 winter time (%2, %3)</source>
        <translation>%1 horari d&apos;hivern (%2, %3)</translation>
    </message>
    <message>
        <source>%1 happens twice in %2: the clocks go back that night. Say which one with its offset: &quot;%3&quot; for %4, or &quot;%5&quot; for %6.</source>
        <translation>L&apos;hora %1 es repeteix a %2: aquella nit s&apos;endarrereixen els rellotges. Indiqueu quina és amb la diferència horària: &quot;%3&quot; per a %4, o &quot;%5&quot; per a %6.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time; write it as YYYY-MM-DD HH:MM, e.g. 2026-11-25 16:30 (or 2026-10-25 02:30+02:00 to give the offset from UTC).</source>
        <translation>&quot;%1&quot; no és una data i hora; escriviu-la en el format AAAA-MM-DD HH:MM, p. ex. 2026-11-25 16:30 (o 2026-10-25 02:30+02:00 per indicar la diferència respecte a UTC).</translation>
    </message>
    <message>
        <source>%1 %2 in %3 is at %4 from UTC, not %5.</source>
        <translation>El %1 a les %2, a %3, té una diferència de %4 respecte a UTC, no de %5.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>%1 is outside the dates a session can start: from %2 to %3 (five years from today).</source>
        <translation>%1 queda fora de les dates en què pot començar una sessió: del %2 al %3 (cinc anys a partir d&apos;avui).</translation>
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
    <message>
        <source>&amp;Lock or switch user</source>
        <translation>&amp;Bloqueja o canvia d&apos;usuari</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Usuari: %1 (%2)</translation>
    </message>
    <message>
        <source>Create the &amp;manager account…</source>
        <translation>Crea el compte del &amp;gerent…</translation>
    </message>
    <message>
        <source>No user accounts yet</source>
        <translation>Encara no hi ha comptes d&apos;usuari</translation>
    </message>
    <message>
        <source>Anyone at this computer can do everything until the manager&apos;s account exists: File &gt; Create the manager account.</source>
        <translation>Fins que no existeixi el compte del gerent, qualsevol persona en aquest ordinador ho pot fer tot: Fitxer &gt; Crea el compte del gerent.</translation>
    </message>
    <message>
        <source>This centre already has user accounts: a manager adds more on the Users page.</source>
        <translation>Aquest centre ja té comptes d&apos;usuari: un gerent n&apos;hi pot afegir més a la pàgina Usuaris.</translation>
    </message>
    <message>
        <source>Welcome, %1. Add your colleagues on the Users page.</source>
        <translation>Us donem la benvinguda, %1. Afegiu els vostres companys a la pàgina Usuaris.</translation>
    </message>
    <message>
        <source>There are no users yet, so there is nothing to lock: create the manager account first (File menu).</source>
        <translation>Encara no hi ha usuaris, així que no hi ha res a bloquejar: primer creeu el compte del gerent (menú Fitxer).</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pàgines</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+9, then Ctrl+0, open the pages in their order</source>
        <translation>De Ctrl+1 a Ctrl+9, i després Ctrl+0, obren les pàgines en ordre</translation>
    </message>
    <message>
        <source>The connection to the server is back.</source>
        <translation>S&apos;ha recuperat la connexió amb el servidor.</translation>
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
    <name>MyDayModel</name>
    <message>
        <source>▶ Ready to start</source>
        <translation>▶ A punt per començar</translation>
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
        <translation>Client</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servei</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Acollida</translation>
    </message>
    <message>
        <source>Before the start</source>
        <translation>Abans de començar</translation>
    </message>
    <message>
        <source>Areas to avoid</source>
        <translation>Zones a evitar</translation>
    </message>
</context>
<context>
    <name>MyDayPage</name>
    <message>
        <source>My day lists a therapist&apos;s own sessions. Sign in as a therapist to see yours.</source>
        <translation>El meu dia mostra les sessions pròpies d&apos;un terapeuta. Identifiqueu-vos com a terapeuta per veure les vostres.</translation>
    </message>
    <message>
        <source>My sessions today</source>
        <translation>Les meves sessions d&apos;avui</translation>
    </message>
    <message>
        <source>✓ Proceed · ℹ Note · ▲ Adapt (areas to avoid; you sign off) · ⚠ Needs clearance · ✖ Stop and refer (no massage) · – not checked in yet. Sign-off, clearance and the start are on the Check-ins page.</source>
        <translation>✓ Continuar · ℹ Nota · ▲ Adaptar (zones a evitar; ho valideu vós) · ⚠ Cal autorització · ✖ Aturar i derivar (sense massatge) · – encara sense acollida. La validació, l&apos;autorització i l&apos;inici es fan a la pàgina Acollides.</translation>
    </message>
    <message>
        <source>My day · %1 · %2</source>
        <translation>El meu dia · %1 · %2</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>El meu dia</translation>
    </message>
    <message>
        <source>● New check-in: %1 at %2 — %3</source>
        <translation>● Acollida nova: %1 a les %2 — %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;✖ STOP — no massage for %1 at %2 (%3).&lt;/b&gt;&lt;br&gt;The check-in says stop and refer: the client is advised to seek medical attention promptly. The session cannot start.</source>
        <translation>&lt;b&gt;✖ ATUREU — sense massatge per a %1 a les %2 (%3).&lt;/b&gt;&lt;br&gt;L&apos;acollida indica aturar i derivar: s&apos;aconsella al client que consulti un metge com més aviat millor. La sessió no pot començar.</translation>
    </message>
    <message>
        <source>I have &amp;read this</source>
        <translation>Ho he &amp;llegit</translation>
    </message>
</context>
<context>
    <name>NewFile</name>
    <message>
        <source>No file name was given.</source>
        <translation>No s&apos;ha indicat cap nom de fitxer.</translation>
    </message>
    <message>
        <source>%1 is a link to another file. Massage Desk does not write through links: choose a new file name.</source>
        <translation>%1 és un enllaç a un altre fitxer. El Massage Desk no escriu a través d&apos;enllaços: trieu un nom de fitxer nou.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name inside it.</source>
        <translation>%1 és una carpeta; trieu un nom de fitxer dins d&apos;aquesta carpeta.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name: Massage Desk never overwrites a file.</source>
        <translation>%1 ja existeix. Trieu un nom nou: el Massage Desk mai no sobreescriu cap fitxer.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (it is a device, a pipe or a socket). Choose a new file name.</source>
        <translation>%1 no és un fitxer normal (és un dispositiu, una canonada o un sòcol). Trieu un nom de fitxer nou.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No es pot escriure %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>No es pot escriure %1: la carpeta %2 no existeix.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 is read-only.</source>
        <translation>No es pot escriure %1: la carpeta %2 és només de lectura.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was saved under that name; free some space or choose another place.</source>
        <translation>No s&apos;ha pogut escriure %1: %2. No s&apos;ha desat res amb aquest nom; allibereu espai o trieu una altra ubicació.</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>no s&apos;ha escrit res</translation>
    </message>
    <message>
        <source>%1 appeared while it was being written (another program?) and was left as it is. Choose a new name.</source>
        <translation>%1 ha aparegut mentre s&apos;escrivia (un altre programa?) i s&apos;ha deixat tal com era. Trieu un nom nou.</translation>
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
        <translation>Cap de les respostes no impedeix la sessió.</translation>
    </message>
    <message>
        <source>Proceed, with a note</source>
        <translation>Continuar, amb una nota</translation>
    </message>
    <message>
        <source>The therapist will read the note before starting.</source>
        <translation>El terapeuta llegirà la nota abans de començar.</translation>
    </message>
    <message>
        <source>Adapt the session</source>
        <translation>Adaptar la sessió</translation>
    </message>
    <message>
        <source>Record the areas to avoid. The therapist signs the check-in off before starting.</source>
        <translation>Registreu les zones a evitar. El terapeuta valida l&apos;acollida abans de començar.</translation>
    </message>
    <message>
        <source>Needs clearance</source>
        <translation>Cal autorització</translation>
    </message>
    <message>
        <source>The session cannot start until clearance from a health professional is recorded, or it is postponed.</source>
        <translation>La sessió no pot començar fins que no es registri l&apos;autorització d&apos;un professional sanitari; si no, s&apos;ha d&apos;ajornar.</translation>
    </message>
    <message>
        <source>Stop: no massage today</source>
        <translation>Aturar: avui no hi ha massatge</translation>
    </message>
    <message>
        <source>Do not massage. Advise the client to seek medical attention promptly. The booking will be marked referred and no one can start this session.</source>
        <translation>No feu el massatge. Aconselleu al client que consulti un metge com més aviat millor. La reserva es marcarà com a derivada i ningú no podrà començar aquesta sessió.</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contrasenya:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Re&amp;petiu-la:</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les dues contrasenyes no coincideixen.</translation>
    </message>
    <message>
        <source>At least 10 characters: mix letters with digits or symbols, or use a phrase of 16 characters or more.</source>
        <translation>Almenys 10 caràcters: combineu lletres amb xifres o símbols, o feu servir una frase de 16 caràcters o més.</translation>
    </message>
    <message>
        <source>✗ Not yet: %1</source>
        <translation>✗ Encara no: %1</translation>
    </message>
    <message>
        <source>✓ Strong enough. Type it again below.</source>
        <translation>✓ Prou segura. Torneu-la a escriure a sota.</translation>
    </message>
    <message>
        <source>✗ The two passwords are not the same.</source>
        <translation>✗ Les dues contrasenyes no coincideixen.</translation>
    </message>
    <message>
        <source>✓ Strong enough, and both are the same.</source>
        <translation>✓ Prou segura, i totes dues coincideixen.</translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <source>Could not lay out %1 as a PDF.</source>
        <translation>No s&apos;ha pogut generar %1 com a PDF.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>A %1 sees the outcome of a check-in, not the answers.</source>
        <translation>Amb el rol de %1 es veu el resultat de l&apos;acollida, no les respostes.</translation>
    </message>
    <message>
        <source>Only the therapist signs off, starts and writes the note of a session.</source>
        <translation>Només el terapeuta valida una sessió, la comença i n&apos;escriu la nota.</translation>
    </message>
    <message>
        <source>Only a manager changes the catalogue, staff, rooms, hours and users.</source>
        <translation>Només un gerent pot canviar el catàleg, el personal, les sales, els horaris i els usuaris.</translation>
    </message>
    <message>
        <source>Only a manager reads the audit log.</source>
        <translation>Només un gerent pot llegir el registre d&apos;auditoria.</translation>
    </message>
    <message>
        <source>Only a manager exports or erases a client&apos;s data.</source>
        <translation>Només un gerent pot exportar o esborrar les dades d&apos;un client.</translation>
    </message>
    <message>
        <source>A %1 may not do this.</source>
        <translation>Amb el rol de %1 no es pot fer això.</translation>
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
        <translation>gerent</translation>
    </message>
    <message>
        <source>Only a manager reads the reports.</source>
        <translation>Només un gerent pot llegir els informes.</translation>
    </message>
</context>
<context>
    <name>PlainBackupsDialog</name>
    <message>
        <source>Older backups in plain</source>
        <translation>Còpies de seguretat anteriors sense segellar</translation>
    </message>
    <message numerus="yes">
        <source>These %n backup(s) were made before sealing and still hold the check-in answers and notes in plain. Write one sealed backup now and delete them? They are deleted only once the new backup is written and checked. Copies kept elsewhere (a USB disk) are not touched: destroy them yourself.</source>
        <translation>
            <numerusform>Aquesta %n còpia de seguretat es va fer abans de segellar i encara conté les respostes i les notes de les acollides sense segellar. Voleu escriure ara una còpia de seguretat segellada i eliminar-la? Només s&apos;elimina quan la còpia nova s&apos;ha escrit i comprovat. Les còpies desades en altres llocs (un disc USB) no es toquen: destruïu-les vós mateix.</numerusform>
            <numerusform>Aquestes %n còpies de seguretat es van fer abans de segellar i encara contenen les respostes i les notes de les acollides sense segellar. Voleu escriure ara una còpia de seguretat segellada i eliminar-les? Només s&apos;eliminen quan la còpia nova s&apos;ha escrit i comprovat. Les còpies desades en altres llocs (un disc USB) no es toquen: destruïu-les vós mateix.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Write a sealed backup and delete these</source>
        <translation>&amp;Escriu una còpia segellada i elimina aquestes</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Conserva-les</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>A %1</translation>
    </message>
</context>
<context>
    <name>PortableBackup</name>
    <message>
        <source>No backup file was given.</source>
        <translation>No s&apos;ha indicat cap fitxer de còpia de seguretat.</translation>
    </message>
    <message>
        <source>The centre %1 already holds data, so the backup was not restored into it. Nothing was changed. To replace everything in it with the backup, run restore again with --replace --yes.</source>
        <translation>El centre %1 ja conté dades, de manera que no s&apos;hi ha restaurat la còpia de seguretat. No s&apos;ha canviat res. Per substituir-ne tot el contingut per la còpia de seguretat, torneu a executar restore amb --replace --yes.</translation>
    </message>
    <message>
        <source>Could not read the backup %1. Nothing was changed.</source>
        <translation>No s&apos;ha pogut llegir la còpia de seguretat %1. No s&apos;ha canviat res.</translation>
    </message>
</context>
<context>
    <name>PrecautionEngine</name>
    <message>
        <source>No precaution rules are loaded, so the answers cannot be checked.</source>
        <translation>No s&apos;ha carregat cap regla de precaució, així que no es poden comprovar les respostes.</translation>
    </message>
    <message>
        <source>The check-in names no service.</source>
        <translation>L&apos;acollida no indica cap servei.</translation>
    </message>
    <message>
        <source>These answers are not questions of precaution rules %1: %2.</source>
        <translation>Aquestes respostes no corresponen a cap pregunta de les regles de precaució %1: %2.</translation>
    </message>
    <message>
        <source>Every question must be answered; missing: %1.</source>
        <translation>Cal respondre totes les preguntes; en falten: %1.</translation>
    </message>
    <message>
        <source>The check-in answers are not valid JSON (%1 at byte %2).</source>
        <translation>Les respostes de l&apos;acollida no són un JSON vàlid (%1 al byte %2).</translation>
    </message>
    <message>
        <source>The check-in answers must be one JSON object with an &quot;answers&quot; object inside.</source>
        <translation>Les respostes de l&apos;acollida han de ser un sol objecte JSON que contingui un objecte &quot;answers&quot;.</translation>
    </message>
    <message>
        <source>The check-in answers have an unknown field &quot;%1&quot;; the fields are &quot;answers&quot;, &quot;avoid_areas&quot; and &quot;notes&quot;.</source>
        <translation>Les respostes de l&apos;acollida tenen un camp desconegut, &quot;%1&quot;; els camps són &quot;answers&quot;, &quot;avoid_areas&quot; i &quot;notes&quot;.</translation>
    </message>
    <message>
        <source>The check-in answers need an &quot;answers&quot; object, e.g. {&quot;answers&quot;: {&quot;pregnant&quot;: false}}.</source>
        <translation>Les respostes de l&apos;acollida necessiten un objecte &quot;answers&quot;, p. ex. {&quot;answers&quot;: {&quot;pregnant&quot;: false}}.</translation>
    </message>
    <message>
        <source>The answer to &quot;%1&quot; must be true or false.</source>
        <translation>La resposta a &quot;%1&quot; ha de ser true o false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the check-in answers must be text.</source>
        <translation>&quot;%1&quot; de les respostes de l&apos;acollida ha de ser un text.</translation>
    </message>
    <message>
        <source>This client was stopped and referred to a health professional on %1 (booking %2). Until their clearance is recorded (who, when, what they advised), every session needs clearance before it starts.</source>
        <translation>El %1 (reserva %2) es va aturar la sessió d&apos;aquest client i se&apos;l va derivar a un professional sanitari. Fins que no es registri l&apos;autorització del professional (qui, quan i què va recomanar), totes les sessions necessiten autorització abans de començar.</translation>
    </message>
    <message>
        <source>The check-in answers file</source>
        <translation>El fitxer de respostes de l&apos;acollida</translation>
    </message>
    <message>
        <source>The check-in answers give &quot;%1&quot; more than once; each key may appear only once, so nothing was recorded.</source>
        <translation>Les respostes de l&apos;acollida donen &quot;%1&quot; més d&apos;una vegada; cada clau només pot aparèixer una vegada, així que no s&apos;ha registrat res.</translation>
    </message>
</context>
<context>
    <name>PrecautionRules</name>
    <message>
        <source>The precaution rule file is not valid JSON (%1 at byte %2).</source>
        <translation>El fitxer de regles de precaució no és un JSON vàlid (%1 al byte %2).</translation>
    </message>
    <message>
        <source>The precaution rule file must hold one JSON object.</source>
        <translation>El fitxer de regles de precaució ha de contenir un sol objecte JSON.</translation>
    </message>
    <message>
        <source>The precaution rule file has an unknown field &quot;%1&quot;.</source>
        <translation>El fitxer de regles de precaució té un camp desconegut: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The precaution rule file has no &quot;format&quot; number; expected &quot;format&quot;: %1.</source>
        <translation>El fitxer de regles de precaució no té cap número &quot;format&quot;; s&apos;esperava &quot;format&quot;: %1.</translation>
    </message>
    <message>
        <source>The precaution rule file has format %1; this program reads format %2.</source>
        <translation>El fitxer de regles de precaució té el format %1; aquest programa llegeix el format %2.</translation>
    </message>
    <message>
        <source>The precaution rule file needs a &quot;version&quot; text such as &quot;2026.1&quot;; every check-in records it.</source>
        <translation>El fitxer de regles de precaució necessita un text &quot;version&quot;, com ara &quot;2026.1&quot;; cada acollida el registra.</translation>
    </message>
    <message>
        <source>Unknown outcome level &quot;%1&quot; in &quot;levels&quot;; the known levels are: %2.</source>
        <translation>Nivell de resultat desconegut, &quot;%1&quot;, a &quot;levels&quot;; els nivells coneguts són: %2.</translation>
    </message>
    <message>
        <source>&quot;levels&quot; must list every outcome level once, mildest first: %1.</source>
        <translation>&quot;levels&quot; ha de llistar cada nivell de resultat una sola vegada, del més lleu al més greu: %1.</translation>
    </message>
    <message>
        <source>The precaution rule file has no &quot;questions&quot;.</source>
        <translation>El fitxer de regles de precaució no té &quot;questions&quot;.</translation>
    </message>
    <message>
        <source>Question %1 has no valid &quot;id&quot; (lowercase letters, digits and underscores, starting with a letter).</source>
        <translation>La pregunta %1 no té cap &quot;id&quot; vàlid (lletres minúscules, xifres i guions baixos, començant per una lletra).</translation>
    </message>
    <message>
        <source>The question id &quot;%1&quot; is used more than once.</source>
        <translation>L&apos;id de pregunta &quot;%1&quot; s&apos;utilitza més d&apos;una vegada.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has an unknown field &quot;%2&quot;.</source>
        <translation>La pregunta &quot;%1&quot; té un camp desconegut: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: every entry of &quot;applies_to&quot; must be a service code such as &quot;leg&quot;, or &quot;*&quot;.</source>
        <translation>Pregunta &quot;%1&quot;: cada entrada de &quot;applies_to&quot; ha de ser un codi de servei, com ara &quot;leg&quot;, o bé &quot;*&quot;.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: &quot;applies_to&quot; names no service; list service codes, or &quot;*&quot; for every service.</source>
        <translation>Pregunta &quot;%1&quot;: &quot;applies_to&quot; no indica cap servei; indiqueu-hi codis de servei, o &quot;*&quot; per a tots els serveis.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: &quot;*&quot; already means every service; list nothing else with it in &quot;applies_to&quot;.</source>
        <translation>Pregunta &quot;%1&quot;: &quot;*&quot; ja vol dir tots els serveis; no hi poseu res més a &quot;applies_to&quot;.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: &quot;trigger&quot; must be true or false (the answer that triggers the outcome).</source>
        <translation>Pregunta &quot;%1&quot;: &quot;trigger&quot; ha de ser true o false (la resposta que activa el resultat).</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has an unknown outcome &quot;%2&quot;; the known levels are: %3.</source>
        <translation>La pregunta &quot;%1&quot; té un resultat desconegut, &quot;%2&quot;; els nivells coneguts són: %3.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: the outcome &quot;proceed&quot; would never change a check-in; choose a more severe level.</source>
        <translation>Pregunta &quot;%1&quot;: el resultat &quot;proceed&quot; no canviaria mai una acollida; trieu un nivell més greu.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has no English texts (&quot;texts&quot;: {&quot;en&quot;: ...}).</source>
        <translation>La pregunta &quot;%1&quot; no té textos en anglès (&quot;texts&quot;: {&quot;en&quot;: ...}).</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: the &quot;%2&quot; texts need a &quot;question&quot; and a &quot;reason&quot;.</source>
        <translation>Pregunta &quot;%1&quot;: els textos &quot;%2&quot; necessiten &quot;question&quot; i &quot;reason&quot;.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: &quot;follow_up&quot; needs an &quot;id&quot; and an English label (&quot;texts&quot;: {&quot;en&quot;: {&quot;label&quot;: ...}}).</source>
        <translation>Pregunta &quot;%1&quot;: &quot;follow_up&quot; necessita un &quot;id&quot; i una etiqueta en anglès (&quot;texts&quot;: {&quot;en&quot;: {&quot;label&quot;: ...}}).</translation>
    </message>
    <message>
        <source>The built-in precaution rules (%1) are missing from this program.</source>
        <translation>En aquest programa falten les regles de precaució integrades (%1).</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Desa com a &amp;PDF…</translation>
    </message>
    <message>
        <source>Save these pages as a PDF file instead of printing them</source>
        <translation>Desa aquestes pàgines en un fitxer PDF en lloc d&apos;imprimir-les</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Desa com a PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrivacySettings</name>
    <message>
        <source>&amp;Seal the health data</source>
        <translation>&amp;Segella les dades de salut</translation>
    </message>
    <message>
        <source>your password, to wrap the centre&apos;s key</source>
        <translation>la vostra contrasenya, per embolcallar la clau del centre</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contrasenya:</translation>
    </message>
    <message>
        <source>Not sealed. Sealing needs the manager&apos;s account first (File &gt; Create the manager account): the key is wrapped with the passwords of those who may read check-ins.</source>
        <translation>Sense segellar. Per segellar cal primer el compte del gerent (Fitxer &gt; Crea el compte del gerent): la clau s&apos;embolcalla amb les contrasenyes de les persones que poden llegir les acollides.</translation>
    </message>
    <message>
        <source>Not sealed: check-in answers and notes are stored in plain.</source>
        <translation>Sense segellar: les respostes i les notes de les acollides es desen sense segellar.</translation>
    </message>
    <message numerus="yes">
        <source>Sealed; %n check-in(s) still plain: seal again to finish.</source>
        <translation>
            <numerusform>Segellat; %n acollida encara està sense segellar: torneu a segellar per acabar.</numerusform>
            <numerusform>Segellat; %n acollides encara estan sense segellar: torneu a segellar per acabar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sealed: %n account(s) can open the check-in answers and notes.</source>
        <translation>
            <numerusform>Segellat: %n compte pot obrir les respostes i les notes de les acollides.</numerusform>
            <numerusform>Segellat: %n comptes poden obrir les respostes i les notes de les acollides.</numerusform>
        </translation>
    </message>
    <message>
        <source>The health data is sealed. Older backups still hold it in plain.</source>
        <translation>Les dades de salut estan segellades. Les còpies de seguretat anteriors encara les contenen sense segellar.</translation>
    </message>
    <message>
        <source>&amp;Restore access with the recovery key…</source>
        <translation>&amp;Restaura l&apos;accés amb la clau de recuperació…</translation>
    </message>
    <message>
        <source>Replace older &amp;plain backups…</source>
        <translation>Substitueix les còpies anteriors sense se&amp;gellar…</translation>
    </message>
    <message>
        <source>Sealed, the check-in answers, notes, reasons and clearance advice are unreadable in the database file and its backups without a therapist&apos;s or manager&apos;s password or the recovery key. The outcome level stays readable to everyone. Backups made before sealing still hold them in plain: after sealing, the program offers to replace its automatic backups with a sealed one.</source>
        <translation>Un cop segellades, les respostes, les notes, els motius i les indicacions d&apos;autorització de les acollides no es poden llegir al fitxer de la base de dades ni a les seves còpies de seguretat sense la contrasenya d&apos;un terapeuta o d&apos;un gerent, o la clau de recuperació. El nivell del resultat continua sent llegible per a tothom. Les còpies de seguretat fetes abans de segellar encara les contenen sense segellar: després de segellar, el programa ofereix substituir les seves còpies automàtiques per una de segellada.</translation>
    </message>
    <message>
        <source>No automatic backup of this centre holds plain data.</source>
        <translation>Cap còpia de seguretat automàtica d&apos;aquest centre conté dades sense segellar.</translation>
    </message>
    <message numerus="yes">
        <source>A sealed backup was written and checked; %n plain backup(s) deleted.</source>
        <translation>
            <numerusform>S&apos;ha escrit i comprovat una còpia de seguretat segellada; s&apos;ha eliminat %n còpia sense segellar.</numerusform>
            <numerusform>S&apos;ha escrit i comprovat una còpia de seguretat segellada; s&apos;han eliminat %n còpies sense segellar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be deleted: delete them yourself.</source>
        <translation>
            <numerusform>%n no s&apos;ha pogut eliminar: elimineu-la vós mateix.</numerusform>
            <numerusform>%n no s&apos;han pogut eliminar: elimineu-les vós mateix.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a manager signed in restores access.</source>
        <translation>Només un gerent identificat pot restaurar l&apos;accés.</translation>
    </message>
    <message>
        <source>The sealed check-ins open again for %1.</source>
        <translation>Les acollides segellades es tornen a obrir per a %1.</translation>
    </message>
    <message>
        <source>Sealing was not turned on: the server %1 cannot be reached, and nothing was changed. Once the connection is back, type your password again and press “Seal the health data”.</source>
        <translation>No s&apos;ha activat el segellat: no es pot connectar amb el servidor %1 i no s&apos;ha canviat res. Quan es recuperi la connexió, torneu a escriure la contrasenya i premeu “Segella les dades de salut”.</translation>
    </message>
    <message>
        <source>The remaining check-ins were not sealed: the server %1 cannot be reached, and nothing was changed. Press “Seal the health data” again once the connection is back.</source>
        <translation>No s&apos;han segellat els registres d&apos;arribada que faltaven: no es pot connectar amb el servidor %1 i no s&apos;ha canviat res. Torneu a prémer “Segella les dades de salut” quan es recuperi la connexió.</translation>
    </message>
    <message>
        <source>Sealing is turned on, but not every check-in was sealed: %1 Write down the recovery key now; then press “Seal the health data” again to finish.</source>
        <translation>El segellat està activat, però no s&apos;han segellat tots els registres d&apos;arribada: %1 Apunteu ara la clau de recuperació; després torneu a prémer “Segella les dades de salut” per acabar.</translation>
    </message>
    <message>
        <source>Access was not restored: the server %1 cannot be reached, and nothing was changed. Press “Restore access” again once the connection is back; the passwords are typed again then.</source>
        <translation>No s&apos;ha restaurat l&apos;accés: no es pot connectar amb el servidor %1 i no s&apos;ha canviat res. Torneu a prémer “Restaura l&apos;accés” quan es recuperi la connexió; aleshores s&apos;han de tornar a escriure les contrasenyes.</translation>
    </message>
</context>
<context>
    <name>RecordVersion</name>
    <message>
        <source>read who changed it</source>
        <translation>llegir qui ho ha modificat</translation>
    </message>
    <message>
        <source>Cancelled by %1 at %2 since you opened it.</source>
        <translation>Cancel·lat per %1 a les %2 des que l&apos;heu obert.</translation>
    </message>
    <message>
        <source>Cancelled at another desk since you opened it.</source>
        <translation>Cancel·lat des d&apos;un altre equip des que l&apos;heu obert.</translation>
    </message>
    <message>
        <source>Changed by %1 at %2 since you opened it.</source>
        <translation>Modificat per %1 a les %2 des que l&apos;heu obert.</translation>
    </message>
    <message>
        <source>Changed at another desk at %1 since you opened it.</source>
        <translation>Modificat des d&apos;un altre equip a les %1 des que l&apos;heu obert.</translation>
    </message>
    <message>
        <source>Changed at another desk since you opened it.</source>
        <translation>Modificat des d&apos;un altre equip des que l&apos;heu obert.</translation>
    </message>
</context>
<context>
    <name>RecoveryAccessDialog</name>
    <message>
        <source>Restore access with the recovery key</source>
        <translation>Restaura l&apos;accés amb la clau de recuperació</translation>
    </message>
    <message>
        <source>Type the recovery key printed when sealing was turned on (eight groups of four letters and digits). With it, the sealed check-ins open again for %1 with the password below, which becomes the account&apos;s password.</source>
        <translation>Escriviu la clau de recuperació que es va mostrar quan es va activar el segellat (vuit grups de quatre lletres i xifres). Amb aquesta clau, les acollides segellades es tornen a obrir per a %1 amb la contrasenya de sota, que passa a ser la contrasenya del compte.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clau de recuperació</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contrasenya</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repetiu la contrasenya</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Clau de recuperació:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Contr&amp;asenya:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Re&amp;petiu-la:</translation>
    </message>
    <message>
        <source>&amp;Restore access</source>
        <translation>&amp;Restaura l&apos;accés</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>Escriviu la clau de recuperació.</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>Les dues contrasenyes no coincideixen; torneu-les a escriure.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>The centre&apos;s recovery key</source>
        <translation>La clau de recuperació del centre</translation>
    </message>
    <message>
        <source>Check-in answers and notes are now sealed: only therapists and managers open them, with their passwords. If every password is ever lost, this recovery key is the only way back in. It is shown this once: print it or write it down, and keep it away from this computer.</source>
        <translation>Les respostes i les notes de les acollides ara estan segellades: només els terapeutes i els gerents les poden obrir, amb les seves contrasenyes. Si mai es perden totes les contrasenyes, aquesta clau de recuperació és l&apos;única manera de tornar-hi a accedir. Només es mostra aquesta vegada: imprimiu-la o anoteu-la i guardeu-la lluny d&apos;aquest ordinador.</translation>
    </message>
    <message>
        <source>I have kept it</source>
        <translation>Ja l&apos;he guardada</translation>
    </message>
    <message>
        <source>&amp;Print or save as PDF…</source>
        <translation>&amp;Imprimeix o desa en PDF…</translation>
    </message>
    <message>
        <source>The page could not be drawn.</source>
        <translation>No s&apos;ha pogut dibuixar la pàgina.</translation>
    </message>
    <message>
        <source>Massage Desk recovery key</source>
        <translation>Clau de recuperació del Massage Desk</translation>
    </message>
    <message>
        <source>Centre: %1</source>
        <translation>Centre: %1</translation>
    </message>
    <message>
        <source>This key opens the centre&apos;s sealed check-in answers and notes when every password is lost: run &quot;massage-desk-cli sealing recover --manager NAME&quot; and type it. Keep this sheet locked away from the computer and its backups; whoever holds it and a copy of the centre can read its health data.</source>
        <translation>Aquesta clau obre les respostes i les notes segellades de les acollides del centre quan s&apos;han perdut totes les contrasenyes: executeu &quot;massage-desk-cli sealing recover --manager NAME&quot; i escriviu-la. Guardeu aquest full tancat amb clau, lluny de l&apos;ordinador i de les seves còpies de seguretat; qui el tingui, juntament amb una còpia del centre, en pot llegir les dades de salut.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clau de recuperació</translation>
    </message>
    <message>
        <source>massage-desk-recovery-key.pdf</source>
        <translation>massage-desk-clau-recuperacio.pdf</translation>
    </message>
</context>
<context>
    <name>RepeatDialog</name>
    <message>
        <source>&amp;Book the ticked dates</source>
        <translation>&amp;Reserva les dates marcades</translation>
    </message>
    <message>
        <source>Repeat %1&apos;s %2</source>
        <translation>Repeteix %2 de %1</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> setmana(es)</translation>
    </message>
    <message>
        <source> more time(s)</source>
        <translation> vegada(es) més</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Cada:</translation>
    </message>
    <message>
        <source>How many:</source>
        <translation>Quantes vegades:</translation>
    </message>
    <message>
        <source>Same day of the week and time, therapist, room and length as %1. Nothing is saved until you book.</source>
        <translation>El mateix dia de la setmana i la mateixa hora, terapeuta, sala i durada que %1. No es desa res fins que no feu la reserva.</translation>
    </message>
    <message>
        <source>✓ %1 — %2, %3</source>
        <translation>✓ %1 — %2, %3</translation>
    </message>
    <message>
        <source>✖ %1 — %2 Tick to book %3 instead.</source>
        <translation>✖ %1 — %2 Marqueu-la per reservar a les %3 en lloc d&apos;aquesta hora.</translation>
    </message>
    <message>
        <source>✖ %1 — %2 Skipped: no other time that day.</source>
        <translation>✖ %1 — %2 S&apos;omet: no hi ha cap altra hora aquell dia.</translation>
    </message>
    <message>
        <source>Tick at least one date.</source>
        <translation>Marqueu almenys una data.</translation>
    </message>
</context>
<context>
    <name>ReportBusyModel</name>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Busy hours</source>
        <translation>Hores amb més activitat</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Sessions per therapist</source>
        <translation>Sessions per terapeuta</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Aquest període</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Període anterior</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Sessions per setmana</translation>
    </message>
    <message>
        <source>Week of (month-day)</source>
        <translation>Setmana del (mes-dia)</translation>
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
        <translation>Període anterior</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>No hi ha res en aquest període.</translation>
    </message>
    <message>
        <source>Report for %1</source>
        <translation>Informe de %1</translation>
    </message>
    <message>
        <source>Compared with the period before, %1.</source>
        <translation>En comparació amb el període anterior, %1.</translation>
    </message>
</context>
<context>
    <name>ReportReasonModel</name>
    <message>
        <source>What</source>
        <translation>Què</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motiu</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Reserves</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(no s&apos;ha indicat)</translation>
    </message>
    <message>
        <source>Cancellations and no-shows by reason</source>
        <translation>Cancel·lacions i no presentats per motiu</translation>
    </message>
</context>
<context>
    <name>ReportRepository</name>
    <message>
        <source>A report needs a first and a last day, the last on or after the first.</source>
        <translation>Un informe necessita un primer i un últim dia, i l&apos;últim ha de ser el mateix dia o posterior al primer.</translation>
    </message>
    <message>
        <source>read the therapists</source>
        <translation>llegir els terapeutes</translation>
    </message>
    <message>
        <source>read the rooms</source>
        <translation>llegir les sales</translation>
    </message>
    <message>
        <source>read the services</source>
        <translation>llegir els serveis</translation>
    </message>
    <message>
        <source>count the sessions</source>
        <translation>comptar les sessions</translation>
    </message>
    <message>
        <source>count the check-in outcomes</source>
        <translation>comptar els resultats de l&apos;acollida</translation>
    </message>
    <message>
        <source>count the clients</source>
        <translation>comptar els clients</translation>
    </message>
    <message>
        <source>read the opening hours</source>
        <translation>llegir l&apos;horari d&apos;obertura</translation>
    </message>
    <message>
        <source>read the closed days</source>
        <translation>llegir els dies tancats</translation>
    </message>
    <message>
        <source>read the price lists</source>
        <translation>llegir les llistes de preus</translation>
    </message>
    <message>
        <source>count the cancellation reasons</source>
        <translation>comptar els motius de cancel·lació</translation>
    </message>
    <message>
        <source>count the sessions by hour</source>
        <translation>comptar les sessions per hora</translation>
    </message>
    <message>
        <source>count the late cancellations</source>
        <translation>comptar les cancel·lacions tardanes</translation>
    </message>
</context>
<context>
    <name>ReportServiceModel</name>
    <message>
        <source>Service</source>
        <translation>Servei</translation>
    </message>
    <message>
        <source>Length (min)</source>
        <translation>Durada (min)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hores</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingressos</translation>
    </message>
    <message>
        <source>By service and length</source>
        <translation>Per servei i durada</translation>
    </message>
</context>
<context>
    <name>ReportStaffModel</name>
    <message>
        <source>By therapist</source>
        <translation>Per terapeuta</translation>
    </message>
    <message>
        <source>By room</source>
        <translation>Per sala</translation>
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
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hores</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Hores de treball</translation>
    </message>
    <message>
        <source>Open hours</source>
        <translation>Hores d&apos;obertura</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Ocupació</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingressos</translation>
    </message>
    <message>
        <source>Sessions before</source>
        <translation>Sessions abans</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variació</translation>
    </message>
</context>
<context>
    <name>ReportSummaryModel</name>
    <message>
        <source>Figure</source>
        <translation>Dada</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Aquest període</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Període anterior</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variació</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hores</translation>
    </message>
    <message>
        <source>Estimated revenue</source>
        <translation>Ingressos estimats</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancel·lades</translation>
    </message>
    <message>
        <source>Cancellation rate</source>
        <translation>Taxa de cancel·lació</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No presentats</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Taxa de no presentats</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Derivats</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Clients nous</translation>
    </message>
    <message>
        <source>Returning clients</source>
        <translation>Clients recurrents</translation>
    </message>
    <message>
        <source>Check-ins: %1</source>
        <translation>Acollides: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resum</translation>
    </message>
    <message>
        <source>Late cancellations</source>
        <translation>Cancel·lacions tardanes</translation>
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
        <translation>= sense canvis</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 punts</translation>
    </message>
</context>
<context>
    <name>ReportWeekModel</name>
    <message>
        <source>Week of</source>
        <translation>Setmana del</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hores</translation>
    </message>
    <message>
        <source>%1 (part)</source>
        <translation>%1 (parcial)</translation>
    </message>
    <message>
        <source>Sessions over the weeks</source>
        <translation>Sessions al llarg de les setmanes</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>&amp;to</source>
        <translation>&amp;fins a</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporta en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporta en &amp;PDF…</translation>
    </message>
    <message>
        <source>Sessions per therapist</source>
        <translation>Sessions per terapeuta</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Sessions per setmana</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Setmana</translation>
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
        <translation>Any</translation>
    </message>
    <message>
        <source>From–to</source>
        <translation>Des de–fins a</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Període</translation>
    </message>
    <message>
        <source>A day of the period</source>
        <translation>Un dia del període</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Últim dia</translation>
    </message>
    <message>
        <source>◀ Earlier</source>
        <translation>◀ Abans</translation>
    </message>
    <message>
        <source>Later ▶</source>
        <translation>Després ▶</translation>
    </message>
    <message>
        <source>The period before</source>
        <translation>El període anterior</translation>
    </message>
    <message>
        <source>The period after</source>
        <translation>El període següent</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Període:</translation>
    </message>
    <message>
        <source>Summary, compared with the period before</source>
        <translation>Resum, en comparació amb el període anterior</translation>
    </message>
    <message>
        <source>By therapist</source>
        <translation>Per terapeuta</translation>
    </message>
    <message>
        <source>Sessions over the weeks</source>
        <translation>Sessions al llarg de les setmanes</translation>
    </message>
    <message>
        <source>Busy hours per weekday</source>
        <translation>Hores amb més activitat per dia de la setmana</translation>
    </message>
    <message>
        <source>By room</source>
        <translation>Per sala</translation>
    </message>
    <message>
        <source>By service and length</source>
        <translation>Per servei i durada</translation>
    </message>
    <message>
        <source>Cancellations and no-shows by reason</source>
        <translation>Cancel·lacions i no presentats per motiu</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Only a manager reads the reports.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;They show sessions, occupancy, cancellations and revenue for the centre. Ask a manager if you need a figure from them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Només un gerent pot llegir els informes.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Mostren les sessions, l&apos;ocupació, les cancel·lacions i els ingressos del centre. Demaneu a un gerent si necessiteu alguna dada.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer dia</translation>
    </message>
    <message>
        <source>Any day of the period</source>
        <translation>Qualsevol dia del període</translation>
    </message>
    <message>
        <source>%1, compared with the period of the same length before it (%2).</source>
        <translation>%1, en comparació amb el període de la mateixa durada immediatament anterior (%2).</translation>
    </message>
    <message>
        <source>Busy hours per weekday (the count in each cell)</source>
        <translation>Hores amb més activitat per dia de la setmana (el recompte de cada cel·la)</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exporta l&apos;informe en PDF</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Exporta l&apos;informe en CSV</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fitxers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation>S&apos;ha desat l&apos;informe com a %1.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Sessions starting in each hour (centre time); darker cells are busier, the number in each cell is the count, and the table holds the same numbers.</source>
        <translation>Sessions que comencen a cada hora (hora del centre); les cel·les més fosques tenen més activitat, el número de cada cel·la és el recompte i la taula conté els mateixos números.</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>read the service</source>
        <translation>llegir el servei</translation>
    </message>
    <message>
        <source>There is no service with the code &quot;%1&quot;.</source>
        <translation>No hi ha cap servei amb el codi &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is archived and can no longer be booked.</source>
        <translation>El servei %1 està arxivat i ja no es pot reservar.</translation>
    </message>
    <message>
        <source>%1 is offered in %2 minutes, not %3.</source>
        <translation>%1 s&apos;ofereix en sessions de %2 minuts, no de %3.</translation>
    </message>
    <message>
        <source>read the therapists and rooms</source>
        <translation>llegir els terapeutes i les sales</translation>
    </message>
    <message>
        <source>There is no therapist %1.</source>
        <translation>No existeix el terapeuta %1.</translation>
    </message>
    <message>
        <source>%1 does not perform %2 (or is not active).</source>
        <translation>%1 no fa %2 (o no està en actiu).</translation>
    </message>
    <message>
        <source>No active therapist performs %1 yet (Settings → Therapists).</source>
        <translation>Encara no hi ha cap terapeuta en actiu que faci %1 (Configuració → Terapeutes).</translation>
    </message>
    <message>
        <source>There is no room %1.</source>
        <translation>No existeix la sala %1.</translation>
    </message>
    <message>
        <source>%1 is not set up for %2 (or is not in use).</source>
        <translation>%1 no admet %2 (o no està en ús).</translation>
    </message>
    <message>
        <source>No room in use is set up for %1 yet (Settings → Rooms).</source>
        <translation>Encara no hi ha cap sala en ús preparada per a %1 (Configuració → Sales).</translation>
    </message>
    <message>
        <source>read the opening hours</source>
        <translation>llegir l&apos;horari d&apos;obertura</translation>
    </message>
    <message>
        <source>The centre is closed on %1 (%2).</source>
        <translation>El centre està tancat el %1 (%2).</translation>
    </message>
    <message>
        <source>%1–%2 (cleanup included) is outside the opening hours on %3.</source>
        <translation>%1–%2 (neteja inclosa) queda fora de l&apos;horari d&apos;obertura del %3.</translation>
    </message>
    <message>
        <source>%1 is not working %2–%3 on %4.</source>
        <translation>%1 no treballa en la franja %2–%3 del %4.</translation>
    </message>
    <message>
        <source>%1 is away then (%2).</source>
        <translation>%1 està absent en aquell moment (%2).</translation>
    </message>
    <message>
        <source>check for overlapping bookings</source>
        <translation>comprovar si hi ha reserves encavalcades</translation>
    </message>
    <message>
        <source>%1–%2 with %3</source>
        <translation>%1–%2, %3</translation>
    </message>
    <message>
        <source>%1 is busy %2 (cleanup included).</source>
        <translation>%1 no està disponible: %2 (neteja inclosa).</translation>
    </message>
    <message>
        <source>%1 is taken %2 (cleanup included).</source>
        <translation>%1 no està disponible: %2 (neteja inclosa).</translation>
    </message>
    <message>
        <source>read the client</source>
        <translation>llegir el client</translation>
    </message>
    <message>
        <source>There is no client with number %1.</source>
        <translation>No hi ha cap client amb el número %1.</translation>
    </message>
    <message>
        <source>save the booking</source>
        <translation>desar la reserva</translation>
    </message>
    <message>
        <source>read the booking</source>
        <translation>llegir la reserva</translation>
    </message>
    <message>
        <source>There is no booking %1.</source>
        <translation>No hi ha cap reserva %1.</translation>
    </message>
    <message>
        <source>Only a booked or arrived session can be moved.</source>
        <translation>Només es pot moure una sessió reservada o amb el client ja arribat.</translation>
    </message>
    <message>
        <source>move the booking</source>
        <translation>moure la reserva</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>des de %1</translation>
    </message>
    <message>
        <source>Only a booked or arrived session can be postponed.</source>
        <translation>Només es pot ajornar una sessió reservada o amb el client ja arribat.</translation>
    </message>
    <message>
        <source>postpone the booking</source>
        <translation>ajornar la reserva</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <source>Repeat every 1 to 52 weeks, for up to 104 occurrences.</source>
        <translation>La repetició ha de ser cada 1 a 52 setmanes, fins a 104 vegades.</translation>
    </message>
    <message>
        <source>A series has 1 to 104 bookings.</source>
        <translation>Una sèrie té entre 1 i 104 reserves.</translation>
    </message>
    <message>
        <source>save the series</source>
        <translation>desar la sèrie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>series %1</source>
        <translation>sèrie %1</translation>
    </message>
    <message>
        <source>cancel the booking</source>
        <translation>cancel·lar la reserva</translation>
    </message>
    <message>
        <source>Booking %1 cannot be cancelled: only booked or arrived sessions can.</source>
        <translation>La reserva %1 no es pot cancel·lar: només es poden cancel·lar les sessions reservades o amb el client ja arribat.</translation>
    </message>
    <message>
        <source>The status can be set to arrived, no_show or completed here, not &quot;%1&quot;.</source>
        <translation>Aquí l&apos;estat només es pot canviar a arrived, no_show o completed, no a &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>change the booking</source>
        <translation>canviar la reserva</translation>
    </message>
    <message>
        <source>Booking %1 cannot become %2 from its current status.</source>
        <translation>La reserva %1 no pot passar a %2 des del seu estat actual.</translation>
    </message>
    <message>
        <source>record the change</source>
        <translation>registrar el canvi</translation>
    </message>
    <message>
        <source>A therapist books and changes only their own sessions.</source>
        <translation>Un terapeuta només pot reservar i canviar les seves pròpies sessions.</translation>
    </message>
    <message>
        <source>%1–%2 (cleanup included) crosses midnight: a session ends by 24:00 on the day it starts (%3).</source>
        <translation>%1–%2 (amb la neteja inclosa) passa de la mitjanit: una sessió ha d&apos;acabar abans de les 24:00 del dia que comença (%3).</translation>
    </message>
    <message>
        <source>A cancellation needs a reason (up to %1 characters).</source>
        <translation>Una cancel·lació necessita un motiu (fins a %1 caràcters).</translation>
    </message>
    <message>
        <source>The cancellation reason</source>
        <translation>El motiu de la cancel·lació</translation>
    </message>
    <message>
        <source>read the client&apos;s sessions</source>
        <translation>llegir les sessions del client</translation>
    </message>
    <message>
        <source>%1 already has a session then: %2–%3, %4 with %5 (booking %6). A client can be in one session at a time.</source>
        <translation>%1 ja té una sessió a aquesta hora: %2–%3, %4 amb %5 (reserva %6). Un client només pot estar en una sessió alhora.</translation>
    </message>
    <message>
        <source>read the service names</source>
        <translation>llegir els noms dels serveis</translation>
    </message>
</context>
<context>
    <name>SealedBackups</name>
    <message>
        <source>The health data is not sealed yet, so a new backup would hold it in plain too. Nothing was deleted.</source>
        <translation>Les dades de salut encara no estan segellades, de manera que una còpia de seguretat nova també les contindria sense segellar. No s&apos;ha eliminat res.</translation>
    </message>
    <message>
        <source>A centre on a server has no backup folder of the program&apos;s own: make a new backup (massage-desk-cli backup FILE) and destroy the older dumps and backups yourself.</source>
        <translation>Un centre en un servidor no té cap carpeta de còpies de seguretat pròpia del programa: feu una còpia de seguretat nova (massage-desk-cli backup FILE) i destruïu vós mateix els bolcats i les còpies de seguretat anteriors.</translation>
    </message>
    <message>
        <source>The new backup could not be written.</source>
        <translation>No s&apos;ha pogut escriure la còpia de seguretat nova.</translation>
    </message>
    <message>
        <source>No older backup was deleted.</source>
        <translation>No s&apos;ha eliminat cap còpia de seguretat anterior.</translation>
    </message>
    <message>
        <source>The new backup %1 is not sealed as it should be (it still holds plain values or no reader&apos;s key). No older backup was deleted; try again.</source>
        <translation>La còpia de seguretat nova %1 no està segellada com caldria (encara conté valors sense segellar o no té la clau de cap lector). No s&apos;ha eliminat cap còpia de seguretat anterior; torneu-ho a provar.</translation>
    </message>
</context>
<context>
    <name>SealingRepository</name>
    <message>
        <source>store the recovery key</source>
        <translation>desar la clau de recuperació</translation>
    </message>
    <message>
        <source>Sealing needs a manager&apos;s account: the centre&apos;s key is wrapped with the passwords of the people who may read check-ins, and this centre has no account yet. Create the manager&apos;s account first.</source>
        <translation>Per segellar cal el compte d&apos;un gerent: la clau del centre s&apos;embolcalla amb les contrasenyes de les persones que poden llegir les acollides, i aquest centre encara no té cap compte. Primer creeu el compte del gerent.</translation>
    </message>
    <message>
        <source>read the users</source>
        <translation>llegir els usuaris</translation>
    </message>
    <message>
        <source>Wrong password: sealing was not turned on.</source>
        <translation>Contrasenya incorrecta: no s&apos;ha activat el segellat.</translation>
    </message>
    <message>
        <source>The centre&apos;s key could not be made (out of memory?). Nothing was changed.</source>
        <translation>No s&apos;ha pogut crear la clau del centre (falta de memòria?). No s&apos;ha canviat res.</translation>
    </message>
    <message>
        <source>turn sealing on</source>
        <translation>activar el segellat</translation>
    </message>
    <message>
        <source>Sealing is not turned on for this centre.</source>
        <translation>El segellat no està activat per a aquest centre.</translation>
    </message>
    <message>
        <source>read the check-ins</source>
        <translation>llegir les acollides</translation>
    </message>
    <message>
        <source>seal the check-ins</source>
        <translation>segellar les acollides</translation>
    </message>
    <message>
        <source>compact the centre</source>
        <translation>compactar el centre</translation>
    </message>
    <message>
        <source>Another program has the centre open, so its journal still holds older pages. Close the other programs and run the compaction again (massage-desk-cli sealing compact).</source>
        <translation>Un altre programa té el centre obert, de manera que el seu diari encara conté pàgines antigues. Tanqueu els altres programes i torneu a executar la compactació (massage-desk-cli sealing compact).</translation>
    </message>
    <message>
        <source>%1 is not an active manager: the recovery key re-opens the centre for a manager&apos;s account.</source>
        <translation>%1 no és un gerent actiu: la clau de recuperació torna a obrir el centre per al compte d&apos;un gerent.</translation>
    </message>
    <message>
        <source>read the recovery key</source>
        <translation>llegir la clau de recuperació</translation>
    </message>
    <message>
        <source>This centre&apos;s check-ins are not sealed, so there is nothing to recover.</source>
        <translation>Les acollides d&apos;aquest centre no estan segellades, de manera que no hi ha res a recuperar.</translation>
    </message>
    <message>
        <source>That recovery key does not open this centre&apos;s sealed check-ins. Check it group by group (eight groups of four letters and digits).</source>
        <translation>Aquesta clau de recuperació no obre les acollides segellades d&apos;aquest centre. Comproveu-la grup per grup (vuit grups de quatre lletres i xifres).</translation>
    </message>
    <message>
        <source>change the password</source>
        <translation>canviar la contrasenya</translation>
    </message>
    <message>
        <source>read the centre&apos;s sealing</source>
        <translation>llegir el segellat del centre</translation>
    </message>
    <message>
        <source>The check-in answers are sealed, and this sign-in holds no key to them. Sign in again with your password; if that does not help, a manager gives you access by setting your password on the Users page.</source>
        <translation>Les respostes de les acollides estan segellades i aquesta identificació no en té la clau. Torneu-vos a identificar amb la vostra contrasenya; si no n&apos;hi ha prou, un gerent us hi pot donar accés establint-vos la contrasenya a la pàgina Usuaris.</translation>
    </message>
    <message>
        <source>A sealed value of check-in %1 does not open: it was copied from another record, damaged, or sealed to another centre&apos;s key. Nothing was shown.</source>
        <translation>Un valor segellat de l&apos;acollida %1 no s&apos;obre: s&apos;ha copiat d&apos;un altre registre, està malmès o es va segellar amb la clau d&apos;un altre centre. No s&apos;ha mostrat res.</translation>
    </message>
    <message>
        <source>The key to the sealed check-ins could not be protected (out of memory?).</source>
        <translation>No s&apos;ha pogut protegir la clau de les acollides segellades (falta de memòria?).</translation>
    </message>
    <message>
        <source>give the account its key</source>
        <translation>donar la clau al compte</translation>
    </message>
    <message>
        <source>remove the account&apos;s key</source>
        <translation>treure la clau del compte</translation>
    </message>
    <message>
        <source>read the account&apos;s key</source>
        <translation>llegir la clau del compte</translation>
    </message>
    <message>
        <source>This account has no key to the sealed check-ins yet: a manager gives it one by setting its password.</source>
        <translation>Aquest compte encara no té cap clau de les acollides segellades: un gerent li&apos;n dona una establint-ne la contrasenya.</translation>
    </message>
    <message>
        <source>The password does not open the key to the sealed check-ins.</source>
        <translation>La contrasenya no obre la clau de les acollides segellades.</translation>
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
        <translation>servei %1</translation>
    </message>
</context>
<context>
    <name>ServiceContent</name>
    <message>
        <source>The service needs an English name.</source>
        <translation>El servei necessita un nom en anglès.</translation>
    </message>
    <message>
        <source>The %1 texts need a name as well.</source>
        <translation>Els textos (%1) també necessiten un nom.</translation>
    </message>
    <message>
        <source>Choose at least one body area.</source>
        <translation>Trieu almenys una zona del cos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known body area.</source>
        <translation>&quot;%1&quot; no és una zona del cos coneguda.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known pressure.</source>
        <translation>&quot;%1&quot; no és una pressió coneguda.</translation>
    </message>
    <message>
        <source>Cleanup time must be between 0 and 120 minutes.</source>
        <translation>El temps de neteja ha de ser d&apos;entre 0 i 120 minuts.</translation>
    </message>
    <message>
        <source>Offer at least one duration.</source>
        <translation>Oferiu almenys una durada.</translation>
    </message>
    <message>
        <source>A duration must be between 5 and 480 minutes.</source>
        <translation>Una durada ha de ser d&apos;entre 5 i 480 minuts.</translation>
    </message>
    <message>
        <source>A price must be between 0 and %1.</source>
        <translation>Un preu ha de ser d&apos;entre 0 i %1.</translation>
    </message>
    <message>
        <source>The duration of %1 minutes is listed twice.</source>
        <translation>La durada de %1 minuts apareix dues vegades.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a precaution rule of rule set %2.</source>
        <translation>&quot;%1&quot; no és una regla de precaució del conjunt de regles %2.</translation>
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
        <source>A service name</source>
        <translation>Un nom de servei</translation>
    </message>
    <message>
        <source>A service text</source>
        <translation>Un text del servei</translation>
    </message>
</context>
<context>
    <name>ServiceEditor</name>
    <message>
        <source>Publish anyway?</source>
        <translation>Publicar igualment?</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfés</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Desfés l&apos;últim canvi (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refés</translation>
    </message>
    <message>
        <source>Redo what was undone (Ctrl+Shift+Z)</source>
        <translation>Refés el que s&apos;ha desfet (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Desa l&apos;esborrany</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publica</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Edita el servei</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Codi:</translation>
    </message>
    <message>
        <source>Short and stable, in lower case (for example leg-long): the command line, imports and exports use it.</source>
        <translation>Curt i estable, en minúscules (per exemple, leg-long): el fan servir la línia d&apos;ordres, les importacions i les exportacions.</translation>
    </message>
    <message>
        <source>Why this wording should be published as it is (at least %1 characters)</source>
        <translation>Per què s&apos;ha de publicar aquesta redacció tal com és (almenys %1 caràcters)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tanca</translation>
    </message>
    <message>
        <source>Keep these changes as a draft; clients keep seeing the published texts</source>
        <translation>Desa aquests canvis com a esborrany; els clients continuen veient els textos publicats</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Servei nou</translation>
    </message>
    <message>
        <source>&lt;b&gt;New service&lt;/b&gt; — nothing is offered to clients until you publish it.</source>
        <translation>&lt;b&gt;Servei nou&lt;/b&gt; — no s&apos;ofereix res als clients fins que no el publiqueu.</translation>
    </message>
    <message>
        <source>&lt;b&gt;New service&lt;/b&gt;, a copy of “%1” — choose its code and change what differs.</source>
        <translation>&lt;b&gt;Servei nou&lt;/b&gt;, còpia de “%1” — trieu-ne el codi i canvieu el que sigui diferent.</translation>
    </message>
    <message>
        <source>Edit service — %1</source>
        <translation>Edita el servei — %1</translation>
    </message>
    <message>
        <source>published; clients see this revision</source>
        <translation>publicada; els clients veuen aquesta revisió</translation>
    </message>
    <message>
        <source>draft; clients still see revision %1</source>
        <translation>esborrany; els clients encara veuen la revisió %1</translation>
    </message>
    <message>
        <source>draft; never published yet</source>
        <translation>esborrany; encara no s&apos;ha publicat mai</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; code %2 &amp;nbsp;·&amp;nbsp; revision %3 (%4)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; codi %2 &amp;nbsp;·&amp;nbsp; revisió %3 (%4)</translation>
    </message>
    <message>
        <source> &amp;nbsp;·&amp;nbsp; &lt;i&gt;changes not saved yet&lt;/i&gt;</source>
        <translation> &amp;nbsp;·&amp;nbsp; &lt;i&gt;canvis encara no desats&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · line %2</source>
        <translation>%1 · línia %2</translation>
    </message>
    <message>
        <source>“%1”
%2</source>
        <translation>“%1”
%2</translation>
    </message>
    <message>
        <source>Click to select these words in the text.</source>
        <translation>Feu clic per seleccionar aquestes paraules al text.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Claims check&lt;/b&gt; — nothing to look at</source>
        <translation>&lt;b&gt;Comprovació d&apos;afirmacions&lt;/b&gt; — res a revisar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Claims check&lt;/b&gt; — phrases to look at: %1</source>
        <translation>&lt;b&gt;Comprovació d&apos;afirmacions&lt;/b&gt; — frases a revisar: %1</translation>
    </message>
    <message>
        <source>Publishing is blocked while these phrases stay. Reword them, or write why the text should be published as it is: the reason is kept with the revision and in the audit log.</source>
        <translation>No es pot publicar mentre hi hagi aquestes frases. Reformuleu-les o expliqueu per què s&apos;ha de publicar el text tal com és: el motiu es desa amb la revisió i al registre d&apos;auditoria.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Instead:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Per què:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;En lloc d&apos;això:&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Publish anyway</source>
        <translation>Publica igualment</translation>
    </message>
    <message>
        <source>Reword the claims listed on the right, or write why the text should be published as it is.</source>
        <translation>Reformuleu les afirmacions de la dreta o expliqueu per què s&apos;ha de publicar el text tal com és.</translation>
    </message>
    <message>
        <source>Publish these texts: clients see them from now on</source>
        <translation>Publica aquests textos: els clients els veuran a partir d&apos;ara</translation>
    </message>
    <message>
        <source>The reason will be recorded.</source>
        <translation>El motiu quedarà registrat.</translation>
    </message>
    <message>
        <source>Characters still needed: %1</source>
        <translation>Caràcters que falten: %1</translation>
    </message>
    <message>
        <source>Published as revision %1.</source>
        <translation>S&apos;ha publicat com a revisió %1.</translation>
    </message>
    <message>
        <source>Saved as draft revision %1.</source>
        <translation>S&apos;ha desat com a esborrany (revisió %1).</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Voleu descartar els canvis?</translation>
    </message>
    <message>
        <source>The changes to this service have not been saved. Discard them?</source>
        <translation>Els canvis d&apos;aquest servei no s&apos;han desat. Voleu descartar-los?</translation>
    </message>
    <message>
        <source>While you type, the texts are checked in English, Catalan and Spanish. A phrase that promises a medical or body-shaping effect (“improves circulation”, “detox”, “reduces cellulite”, ...) is underlined in red and listed here, with the reason and wording to use instead.

Describe how the session feels: relaxation, a sense of rest and lightness, well-being.</source>
        <translation>Mentre escriviu, es comproven els textos en anglès, català i castellà. Les frases que prometen un efecte mèdic o de remodelació corporal (“millora la circulació”, “detox”, “redueix la cel·lulitis”, ...) se subratllen en vermell i es mostren aquí, amb el motiu i la redacció que cal fer servir en lloc seu.

Descriviu com se sent la sessió: relaxació, sensació de descans i lleugeresa, benestar.</translation>
    </message>
    <message>
        <source>(as saved)</source>
        <translation>(tal com s&apos;ha desat)</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(modificat)</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Servei: %1</translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <source>change</source>
        <translation>canvi</translation>
    </message>
    <message>
        <source>Session and prices</source>
        <translation>Sessió i preus</translation>
    </message>
    <message>
        <source>Check-in questions</source>
        <translation>Preguntes de l&apos;acollida</translation>
    </message>
    <message>
        <source>Leave a text empty to show the English one instead.</source>
        <translation>Deixeu un text buit perquè es mostri el text en anglès.</translation>
    </message>
    <message>
        <source>Body areas</source>
        <translation>Zones del cos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The therapist and the room stay booked this long after each session, to get ready for the next client.</source>
        <translation>El terapeuta i la sala queden reservats aquest temps després de cada sessió, per preparar-se per al client següent.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessió</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Pressió</translation>
    </message>
    <message>
        <source>Cleanup after each session</source>
        <translation>Neteja després de cada sessió</translation>
    </message>
    <message>
        <source>Durations and prices</source>
        <translation>Durades i preus</translation>
    </message>
    <message>
        <source>Asked before every service</source>
        <translation>Es pregunta abans de tots els serveis</translation>
    </message>
    <message>
        <source>Asked before this service when ticked</source>
        <translation>Es pregunta abans d&apos;aquest servei si està marcada</translation>
    </message>
    <message>
        <source>The receptionist asks these questions at check-in, every visit (precaution rules %1).</source>
        <translation>El recepcionista fa aquestes preguntes a l&apos;acollida, a cada visita (regles de precaució %1).</translation>
    </message>
    <message>
        <source>%1 (%2 to check)</source>
        <translation>%1 (%2 per revisar)</translation>
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
        <translation>Motiu per publicar malgrat les afirmacions pendents</translation>
    </message>
    <message>
        <source>Only what changed</source>
        <translation>Només el que ha canviat</translation>
    </message>
    <message>
        <source>Service history</source>
        <translation>Historial del servei</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisió</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estat</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Desada</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Què ha canviat</translation>
    </message>
    <message>
        <source>Compare revision</source>
        <translation>Compara la revisió</translation>
    </message>
    <message>
        <source>with revision</source>
        <translation>amb la revisió</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconegut</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>Revision %1 · %2 · %3 · %4</source>
        <translation>Revisió %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Restore revision %1 as a new draft</source>
        <translation>Restaura la revisió %1 com a esborrany nou</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaura</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ha canviat</translation>
    </message>
    <message>
        <source>These two revisions say exactly the same.</source>
        <translation>Aquestes dues revisions diuen exactament el mateix.</translation>
    </message>
    <message>
        <source>Restore revision %1?</source>
        <translation>Voleu restaurar la revisió %1?</translation>
    </message>
    <message>
        <source>The texts and settings of revision %1 come back as a new draft, revision %2. Every revision stays in the history. Clients see the change once you publish the draft.</source>
        <translation>Els textos i la configuració de la revisió %1 es recuperen com a esborrany nou, la revisió %2. Totes les revisions es mantenen a l&apos;historial. Els clients veuran el canvi quan publiqueu l&apos;esborrany.</translation>
    </message>
    <message>
        <source>Revision %1 was restored as draft revision %2.</source>
        <translation>S&apos;ha restaurat la revisió %1 com a esborrany (revisió %2).</translation>
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
    <message>
        <source>Draft, not published</source>
        <translation>Esborrany, no publicat</translation>
    </message>
    <message>
        <source>Active, draft waiting</source>
        <translation>Actiu, amb esborrany pendent</translation>
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
    <name>ServiceRevisions</name>
    <message>
        <source>A service code is 1 to 40 lower-case letters, digits or dashes, starting with a letter or a digit (for example &quot;leg-long&quot;).</source>
        <translation>Un codi de servei té d&apos;1 a 40 lletres minúscules, xifres o guions, i comença per una lletra o una xifra (per exemple, &quot;leg-long&quot;).</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is already used by another service.</source>
        <translation>Un altre servei ja fa servir el codi &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>add a service</source>
        <translation>afegir un servei</translation>
    </message>
    <message>
        <source>Nothing changed since revision %1.</source>
        <translation>No ha canviat res des de la revisió %1.</translation>
    </message>
    <message numerus="yes">
        <source>The texts still make %n claim(s) that a massage cannot promise. Change the wording, or write why it should be published anyway (at least %1 characters).</source>
        <translation>
            <numerusform>Els textos encara contenen %n afirmació que un massatge no pot prometre. Canvieu la redacció o expliqueu per què s&apos;ha de publicar igualment (almenys %1 caràcters).</numerusform>
            <numerusform>Els textos encara contenen %n afirmacions que un massatge no pot prometre. Canvieu la redacció o expliqueu per què s&apos;ha de publicar igualment (almenys %1 caràcters).</numerusform>
        </translation>
    </message>
    <message>
        <source>save the service</source>
        <translation>desar el servei</translation>
    </message>
    <message>
        <source>publish the service</source>
        <translation>publicar el servei</translation>
    </message>
    <message>
        <source>archive the service</source>
        <translation>arxivar el servei</translation>
    </message>
    <message>
        <source>read the catalogue</source>
        <translation>llegir el catàleg</translation>
    </message>
    <message>
        <source>That service no longer exists.</source>
        <translation>Aquest servei ja no existeix.</translation>
    </message>
    <message>
        <source>read the service&apos;s revisions</source>
        <translation>llegir les revisions del servei</translation>
    </message>
    <message>
        <source>That revision of the service does not exist.</source>
        <translation>Aquesta revisió del servei no existeix.</translation>
    </message>
    <message>
        <source>read the service&apos;s texts</source>
        <translation>llegir els textos del servei</translation>
    </message>
    <message>
        <source>read the service&apos;s durations</source>
        <translation>llegir les durades del servei</translation>
    </message>
    <message>
        <source>read the service&apos;s precautions</source>
        <translation>llegir les precaucions del servei</translation>
    </message>
    <message>
        <source>save the service&apos;s texts</source>
        <translation>desar els textos del servei</translation>
    </message>
    <message>
        <source>save the service&apos;s durations</source>
        <translation>desar les durades del servei</translation>
    </message>
    <message>
        <source>save the service&apos;s precautions</source>
        <translation>desar les precaucions del servei</translation>
    </message>
    <message>
        <source>count the service&apos;s bookings</source>
        <translation>comptar les reserves del servei</translation>
    </message>
    <message>
        <source>The reason for publishing anyway</source>
        <translation>El motiu per publicar igualment</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>Check &amp;in…</source>
        <translation>Fes l&apos;&amp;acollida…</translation>
    </message>
    <message>
        <source>&amp;Review answers</source>
        <translation>&amp;Revisa les respostes</translation>
    </message>
    <message>
        <source>Record c&amp;learance…</source>
        <translation>Registra l&apos;a&amp;utorització…</translation>
    </message>
    <message>
        <source>Sign &amp;off</source>
        <translation>Va&amp;lida</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation>&amp;Comença la sessió</translation>
    </message>
    <message>
        <source>&amp;Finish session…</source>
        <translation>Aca&amp;ba la sessió…</translation>
    </message>
    <message>
        <source>&amp;Postpone…</source>
        <translation>Aj&amp;orna…</translation>
    </message>
    <message>
        <source>&amp;Print check-in…</source>
        <translation>&amp;Imprimeix l&apos;acollida…</translation>
    </message>
    <message>
        <source>Shows the client&apos;s answers; the reading is recorded in the audit log.</source>
        <translation>Mostra les respostes del client; la consulta queda anotada al registre d&apos;auditoria.</translation>
    </message>
    <message>
        <source>A one-page sheet with the outcome and its advice, to show or give to the client</source>
        <translation>Un full d&apos;una pàgina amb el resultat i les recomanacions, per mostrar-lo o donar-lo al client</translation>
    </message>
    <message>
        <source>check-in-%1.pdf</source>
        <translation>check-in-%1.pdf</translation>
    </message>
    <message>
        <source>Save the check-in sheet</source>
        <translation>Desa el full d&apos;acollida</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Select a session to see what it needs before it starts.</source>
        <translation>Seleccioneu una sessió per veure què necessita abans de començar.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estat: %1</translation>
    </message>
    <message>
        <source>✓ clearance recorded</source>
        <translation>✓ autorització registrada</translation>
    </message>
    <message>
        <source>✗ clearance not recorded</source>
        <translation>✗ autorització no registrada</translation>
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
        <translation>Encara no es pot començar: %1</translation>
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
        <translation> ● ha canviat des de l&apos;última visita</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Areas to avoid:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Zones a evitar:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;For the therapist:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Per al terapeuta:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Clearance:&lt;/b&gt; %1 — %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Autorització:&lt;/b&gt; %1 — %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Answers shown; the reading was recorded in the audit log.</source>
        <translation>Es mostren les respostes; la consulta ha quedat anotada al registre d&apos;auditoria.</translation>
    </message>
    <message>
        <source>Clearance recorded.</source>
        <translation>S&apos;ha registrat l&apos;autorització.</translation>
    </message>
    <message>
        <source>Check-in signed off.</source>
        <translation>S&apos;ha validat l&apos;acollida.</translation>
    </message>
    <message>
        <source>Session started.</source>
        <translation>La sessió ha començat.</translation>
    </message>
    <message>
        <source>Session finished.</source>
        <translation>La sessió ha acabat.</translation>
    </message>
    <message>
        <source>Session finished. The client was given the aftercare advice.</source>
        <translation>La sessió ha acabat. S&apos;han donat al client les recomanacions per a després de la sessió.</translation>
    </message>
    <message>
        <source>Record clearance</source>
        <translation>Registra l&apos;autorització</translation>
    </message>
    <message>
        <source>e.g. Dr. Puig, the client&apos;s GP, by phone</source>
        <translation>p. ex. Dr. Puig, metge de capçalera del client, per telèfon</translation>
    </message>
    <message>
        <source>What the health professional advised</source>
        <translation>Què ha recomanat el professional sanitari</translation>
    </message>
    <message>
        <source>&amp;Confirmed by:</source>
        <translation>&amp;Confirmat per:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quan:</translation>
    </message>
    <message>
        <source>&amp;Advice:</source>
        <translation>&amp;Indicacions:</translation>
    </message>
    <message>
        <source>Finish the session</source>
        <translation>Acaba la sessió</translation>
    </message>
    <message>
        <source>A short note for next time (pressure, areas, preferences)</source>
        <translation>Una nota breu per a la pròxima vegada (pressió, zones, preferències)</translation>
    </message>
    <message>
        <source>The client had an &amp;unusual reaction (dizziness, discomfort that does not pass, anything unexpected)</source>
        <translation>El client ha tingut una reacció &amp;inusual (mareig, molèsties que no passen, qualsevol cosa inesperada)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Què ha passat</translation>
    </message>
    <message>
        <source>Tell the client: rest a few minutes before going on with the day; discomfort that does not pass, dizziness or any unusual symptom is worth a health professional&apos;s advice.</source>
        <translation>Digueu al client que descansi uns minuts abans de continuar amb el dia; si té molèsties que no passen, mareig o qualsevol símptoma inusual, val la pena que consulti un professional sanitari.</translation>
    </message>
    <message>
        <source>Session note:</source>
        <translation>Nota de la sessió:</translation>
    </message>
    <message>
        <source>Unusual reaction (no details given)</source>
        <translation>Reacció inusual (sense detalls)</translation>
    </message>
    <message>
        <source>Postponed to %1 with %2 in %3; the client checks in again then.</source>
        <translation>S&apos;ha ajornat a %1 amb %2 a %3; llavors es tornarà a fer l&apos;acollida al client.</translation>
    </message>
    <message>
        <source>Postpone the session</source>
        <translation>Ajorna la sessió</translation>
    </message>
    <message>
        <source>Same service and length. The same therapist and room are kept when they are free; the check-in is asked again at the new visit.</source>
        <translation>El mateix servei i la mateixa durada. Es mantenen el terapeuta i la sala si estan lliures; a la nova visita es tornarà a fer l&apos;acollida.</translation>
    </message>
    <message>
        <source>New &amp;time:</source>
        <translation>&amp;Nova hora:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;There will be no massage today.&lt;/b&gt; Please seek medical attention promptly and show this sheet to the health professional.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Avui no hi haurà massatge.&lt;/b&gt; Consulteu un metge com més aviat millor i mostreu aquest full al professional sanitari.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Areas to avoid: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zones a evitar: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;A massage is a wellness service, not a medical treatment. This sheet records what you told us at the desk.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Un massatge és un servei de benestar, no un tractament mèdic. Aquest full recull el que ens vau dir a la recepció.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Check-in sheet saved to %1.</source>
        <translation>S&apos;ha desat el full d&apos;acollida a %1.</translation>
    </message>
    <message>
        <source>⚠ stopped and referred on %1 (booking %2): needs clearance</source>
        <translation>⚠ aturat i derivat el %1 (reserva %2): cal autorització</translation>
    </message>
    <message>
        <source>Print the check-in sheet</source>
        <translation>Imprimeix el full d&apos;acollida</translation>
    </message>
    <message>
        <source>Check-in sheet printed.</source>
        <translation>S&apos;ha imprès el full d&apos;acollida.</translation>
    </message>
</context>
<context>
    <name>SessionRepository</name>
    <message>
        <source>read the booking</source>
        <translation>llegir la reserva</translation>
    </message>
    <message>
        <source>There is no booking %1.</source>
        <translation>No hi ha cap reserva %1.</translation>
    </message>
    <message>
        <source>The session has already started.</source>
        <translation>La sessió ja ha començat.</translation>
    </message>
    <message>
        <source>This session must not go ahead: the check-in says stop and refer. The client is advised to seek medical attention.</source>
        <translation>Aquesta sessió no es pot fer: l&apos;acollida indica aturar i derivar. S&apos;aconsella al client que consulti un metge.</translation>
    </message>
    <message>
        <source>Only a booked or arrived session can start.</source>
        <translation>Només pot començar una sessió reservada o amb el client ja arribat.</translation>
    </message>
    <message>
        <source>Run the check-in with the client first.</source>
        <translation>Primer feu l&apos;acollida al client.</translation>
    </message>
    <message>
        <source>Clearance from a health professional must be recorded first (or the session postponed).</source>
        <translation>Primer cal registrar l&apos;autorització d&apos;un professional sanitari (o ajornar la sessió).</translation>
    </message>
    <message>
        <source>The therapist must read and sign off the check-in first.</source>
        <translation>Primer el terapeuta ha de llegir i validar l&apos;acollida.</translation>
    </message>
    <message>
        <source>update the check-in</source>
        <translation>actualitzar l&apos;acollida</translation>
    </message>
    <message>
        <source>The clearance cannot be dated in the future.</source>
        <translation>L&apos;autorització no pot tenir una data futura.</translation>
    </message>
    <message>
        <source>Booking %1 has nothing to sign off: sign-off is for an arrived client whose check-in says &quot;adapt&quot; or &quot;needs clearance&quot;.</source>
        <translation>La reserva %1 no té res per validar: la validació és per a un client ja arribat amb una acollida que indiqui &quot;adaptar&quot; o &quot;cal autorització&quot;.</translation>
    </message>
    <message>
        <source>start the session</source>
        <translation>començar la sessió</translation>
    </message>
    <message>
        <source>Only a session under way can be finished.</source>
        <translation>Només es pot acabar una sessió en curs.</translation>
    </message>
    <message>
        <source>finish the session</source>
        <translation>acabar la sessió</translation>
    </message>
    <message>
        <source>Say who confirmed the clearance (up to %1 characters) and what they advised (up to %2 characters).</source>
        <translation>Indiqueu qui ha confirmat l&apos;autorització (fins a %1 caràcters) i què ha recomanat (fins a %2 caràcters).</translation>
    </message>
    <message>
        <source>Who confirmed the clearance</source>
        <translation>Qui ha confirmat l&apos;autorització</translation>
    </message>
    <message>
        <source>The health professional&apos;s advice</source>
        <translation>La recomanació del professional sanitari</translation>
    </message>
    <message>
        <source>Booking %1 does not need clearance: only an arrived client whose check-in says &quot;needs clearance&quot;, or a stop-and-refer, does.</source>
        <translation>La reserva %1 no necessita autorització: només en necessita un client ja arribat amb una acollida que indiqui &quot;cal autorització&quot;, o un &quot;aturar i derivar&quot;.</translation>
    </message>
    <message>
        <source>The session note</source>
        <translation>La nota de la sessió</translation>
    </message>
    <message>
        <source>The note on the client&apos;s reaction</source>
        <translation>La nota sobre la reacció del client</translation>
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
    <message>
        <source>open</source>
        <translation>obert</translation>
    </message>
    <message>
        <source>Therapists</source>
        <translation>Terapeutes</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Save &amp;opening hours</source>
        <translation>Desa l&apos;&amp;horari d&apos;obertura</translation>
    </message>
    <message>
        <source>Weekly opening hours</source>
        <translation>Horari d&apos;obertura setmanal</translation>
    </message>
    <message>
        <source>Opening hours saved.</source>
        <translation>S&apos;ha desat l&apos;horari d&apos;obertura.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Còpies de seguretat</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>After this many minutes without typing or using the mouse the window locks and asks for a password. 0: never.</source>
        <translation>Després d&apos;aquests minuts sense escriure ni fer servir el ratolí, la finestra es bloqueja i demana una contrasenya. 0: mai.</translation>
    </message>
    <message>
        <source>&amp;Lock when idle for:</source>
        <translation>&amp;Bloqueja en cas d&apos;inactivitat durant:</translation>
    </message>
    <message>
        <source>Centre name</source>
        <translation>Nom del centre</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horària</translation>
    </message>
    <message>
        <source>Lock when idle for, in minutes</source>
        <translation>Bloqueja en cas d&apos;inactivitat durant, en minuts</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nom de pila</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Inicials</translation>
    </message>
    <message>
        <source>How sessions in exported calendar files (File → Export calendar, massage-desk-cli bookings ics) name the client. They never hold contact details or health information.</source>
        <translation>Com s&apos;anomena el client a les sessions dels fitxers de calendari exportats (Fitxer → Exporta el calendari, massage-desk-cli bookings ics). Mai no contenen dades de contacte ni informació de salut.</translation>
    </message>
    <message>
        <source>Clients in &amp;calendar files:</source>
        <translation>Clients als fitxers de &amp;calendari:</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>Equips</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privadesa</translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>Bloqueja en cas d&apos;inactivitat durant</translation>
    </message>
    <message>
        <source>Clients in calendar files</source>
        <translation>Clients als fitxers de calendari</translation>
    </message>
    <message>
        <source>Booking rules</source>
        <translation>Normes de reserva</translation>
    </message>
    <message>
        <source> h before</source>
        <translation> h d&apos;antelació</translation>
    </message>
    <message>
        <source>Late cancellation, hours before the session</source>
        <translation>Cancel·lació tardana, hores abans de la sessió</translation>
    </message>
    <message>
        <source>A cancellation made less than this many hours before the session counts as late: in the booking dialog&apos;s line about the client and in the reports.</source>
        <translation>Una cancel·lació feta amb menys d&apos;aquestes hores d&apos;antelació respecte a la sessió compta com a tardana: a la línia sobre el client del diàleg de reserva i als informes.</translation>
    </message>
    <message>
        <source>Cancellation is &amp;late when less than:</source>
        <translation>La cancel·lació és &amp;tardana si es fa amb menys de:</translation>
    </message>
    <message>
        <source>Cancellation is late when less than</source>
        <translation>La cancel·lació és tardana si es fa amb menys de</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Configuració: %1</translation>
    </message>
    <message>
        <source>Settings: opening hours</source>
        <translation>Configuració: horari d&apos;obertura</translation>
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
    <message>
        <source>The centre&apos;s name</source>
        <translation>El nom del centre</translation>
    </message>
    <message>
        <source>A late cancellation is one made less than a whole number of hours before the session, from %1 to %2; &quot;%3&quot; is not one.</source>
        <translation>Una cancel·lació tardana és la que es fa amb menys d&apos;un nombre enter d&apos;hores d&apos;antelació respecte a la sessió, de %1 a %2; &quot;%3&quot; no ho és.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Massage Desk</source>
        <translation>Identificació al Massage Desk</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Entra</translation>
    </message>
    <message>
        <source>Sign in with your own name: what you read and change is recorded under it.</source>
        <translation>Identifiqueu-vos amb el vostre nom: tot el que consulteu i canvieu queda registrat amb aquest nom.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuari:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contrasenya:</translation>
    </message>
    <message>
        <source>This is a demo centre. Who is working? Sign in as &lt;b&gt;manager&lt;/b&gt;, &lt;b&gt;reception&lt;/b&gt; or a therapist (%1); every password is &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Aquest és un centre de demostració. Qui treballa? Identifiqueu-vos com a &lt;b&gt;manager&lt;/b&gt;, &lt;b&gt;reception&lt;/b&gt; o un terapeuta (%1); totes les contrasenyes són &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>StaffEditor</name>
    <message>
        <source>On %1 the start must come before the end, within the day.</source>
        <translation>El %1 l&apos;inici ha de ser anterior al final, dins del mateix dia.</translation>
    </message>
    <message>
        <source>Two intervals overlap on %1.</source>
        <translation>Dos intervals s&apos;encavalquen el %1.</translation>
    </message>
    <message>
        <source>A name has 1 to 200 characters.</source>
        <translation>Un nom ha de tenir entre 1 i 200 caràcters.</translation>
    </message>
    <message>
        <source>add the therapist</source>
        <translation>afegir el terapeuta</translation>
    </message>
    <message>
        <source>add the room</source>
        <translation>afegir la sala</translation>
    </message>
    <message>
        <source>rename</source>
        <translation>canviar el nom</translation>
    </message>
    <message>
        <source>change the status</source>
        <translation>canviar l&apos;estat</translation>
    </message>
    <message>
        <source>change the services</source>
        <translation>canviar els serveis</translation>
    </message>
    <message>
        <source>There is no service with the code &quot;%1&quot;.</source>
        <translation>No hi ha cap servei amb el codi &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>read the shifts</source>
        <translation>llegir els torns</translation>
    </message>
    <message>
        <source>change the shifts</source>
        <translation>canviar els torns</translation>
    </message>
    <message>
        <source>read the absences</source>
        <translation>llegir les absències</translation>
    </message>
    <message>
        <source>add the absence</source>
        <translation>afegir l&apos;absència</translation>
    </message>
    <message>
        <source>remove the absence</source>
        <translation>eliminar l&apos;absència</translation>
    </message>
    <message>
        <source>change the opening hours</source>
        <translation>canviar l&apos;horari d&apos;obertura</translation>
    </message>
    <message>
        <source>read the closed days</source>
        <translation>llegir els dies tancats</translation>
    </message>
    <message>
        <source>add the closed day</source>
        <translation>afegir el dia tancat</translation>
    </message>
    <message>
        <source>remove the closed day</source>
        <translation>eliminar el dia tancat</translation>
    </message>
    <message>
        <source>The name contains invisible control characters; please retype it.</source>
        <translation>El nom conté caràcters de control invisibles; torneu-lo a escriure.</translation>
    </message>
    <message>
        <source>read the rooms</source>
        <translation>llegir les sales</translation>
    </message>
    <message>
        <source>There is already a room called &quot;%1&quot;. Nothing was changed; choose another name.</source>
        <translation>Ja hi ha una sala anomenada &quot;%1&quot;. No s&apos;ha canviat res; trieu un altre nom.</translation>
    </message>
    <message>
        <source>An absence ends after it starts.</source>
        <translation>Una absència ha d&apos;acabar després de començar.</translation>
    </message>
    <message>
        <source>The absence&apos;s note</source>
        <translation>La nota de l&apos;absència</translation>
    </message>
    <message>
        <source>Choose a valid date.</source>
        <translation>Trieu una data vàlida.</translation>
    </message>
    <message>
        <source>The closed day&apos;s reason</source>
        <translation>El motiu del dia tancat</translation>
    </message>
    <message>
        <source>save the changes</source>
        <translation>desar els canvis</translation>
    </message>
    <message>
        <source>It no longer exists.</source>
        <translation>Ja no existeix.</translation>
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
    <name>StaffSettings</name>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Desa els canvis</translation>
    </message>
    <message>
        <source>New therapist&apos;s name</source>
        <translation>Nom del terapeuta nou</translation>
    </message>
    <message>
        <source>New room&apos;s name</source>
        <translation>Nom de la sala nova</translation>
    </message>
    <message>
        <source>&amp;Add therapist</source>
        <translation>&amp;Afegeix el terapeuta</translation>
    </message>
    <message>
        <source>&amp;Add room</source>
        <translation>&amp;Afegeix la sala</translation>
    </message>
    <message>
        <source>Works here (inactive therapists keep their history)</source>
        <translation>Treballa aquí (els terapeutes inactius conserven l&apos;historial)</translation>
    </message>
    <message>
        <source>In use (rooms out of use keep their history)</source>
        <translation>En ús (les sales fora d&apos;ús conserven l&apos;historial)</translation>
    </message>
    <message>
        <source>Services they perform</source>
        <translation>Serveis que fa</translation>
    </message>
    <message>
        <source>Services the room suits</source>
        <translation>Serveis per als quals serveix la sala</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom:</translation>
    </message>
    <message>
        <source>works</source>
        <translation>treballa</translation>
    </message>
    <message>
        <source>Weekly shifts</source>
        <translation>Torns setmanals</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactiu)</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>S&apos;ha afegit %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>S&apos;ha desat %1.</translation>
    </message>
    <message>
        <source>Therapists</source>
        <translation>Terapeutes</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Hi treballa</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En ús</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Serveis</translation>
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
        <translation>Terapeuta nou: %1</translation>
    </message>
    <message>
        <source>New room: %1</source>
        <translation>Sala nova: %1</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Massage Desk: reception for massage centres.</source>
        <translation>Massage Desk: recepció per a centres de massatge.</translation>
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
    <message>
        <source>This database has users; sign in interactively.</source>
        <translation>Aquesta base de dades té usuaris; identifiqueu-vos de manera interactiva.</translation>
    </message>
    <message>
        <source>Open the database file PATH (created if missing), or a centre server given as a postgresql:// address. Default: %1</source>
        <translation>Obre el fitxer de base de dades PATH (es crea si no existeix), o un servidor de centre indicat amb una adreça postgresql://. Per defecte: %1</translation>
    </message>
    <message>
        <source>Start on a page: calendar, clients, catalogue, checkins, settings, users, audit or my-day (a therapist&apos;s sessions today).</source>
        <translation>Comença en una pàgina: calendar, clients, catalogue, checkins, settings, users, audit o my-day (les sessions d&apos;avui d&apos;un terapeuta).</translation>
    </message>
</context>
<context>
    <name>StopAcknowledgements</name>
    <message>
        <source>read which alerts were acknowledged</source>
        <translation>llegir quins avisos s&apos;han confirmat</translation>
    </message>
    <message>
        <source>read the booking</source>
        <translation>llegir la reserva</translation>
    </message>
    <message>
        <source>There is no booking %1.</source>
        <translation>No hi ha cap reserva %1.</translation>
    </message>
    <message>
        <source>Booking %1 has no stop-and-refer check-in to acknowledge.</source>
        <translation>La reserva %1 no té cap acollida amb &quot;aturar i derivar&quot; per confirmar.</translation>
    </message>
    <message>
        <source>Booking %1 is another therapist&apos;s session.</source>
        <translation>La reserva %1 és una sessió d&apos;un altre terapeuta.</translation>
    </message>
    <message>
        <source>record the acknowledgement</source>
        <translation>registrar la confirmació</translation>
    </message>
</context>
<context>
    <name>TherapistHours</name>
    <message>
        <source>read the shifts</source>
        <translation>llegir els torns</translation>
    </message>
    <message>
        <source>read the absences</source>
        <translation>llegir les absències</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Afegeix un usuari</translation>
    </message>
    <message>
        <source>(choose the therapist)</source>
        <translation>(trieu el terapeuta)</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Contrasenya nova per a %1</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Afegeix l&apos;usuari</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>&amp;Defineix la contrasenya</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;usuari:</translation>
    </message>
    <message>
        <source>e.g. pau (no spaces)</source>
        <translation>p. ex. pau (sense espais)</translation>
    </message>
    <message>
        <source>e.g. Pau Soler</source>
        <translation>p. ex. Pau Soler</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom &amp;visible:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Therapist record:</source>
        <translation>&amp;Fitxa de terapeuta:</translation>
    </message>
    <message>
        <source>A therapist&apos;s account is linked to their therapist record: they see and change their own sessions.</source>
        <translation>El compte d&apos;un terapeuta es vincula a la seva fitxa de terapeuta: així veu i canvia les seves pròpies sessions.</translation>
    </message>
    <message>
        <source>Choose a user name (no spaces).</source>
        <translation>Trieu un nom d&apos;usuari (sense espais).</translation>
    </message>
    <message>
        <source>Choose the therapist record this account belongs to.</source>
        <translation>Trieu la fitxa de terapeuta a la qual pertany aquest compte.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Usuari: %1</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Contrasenya per a %1</translation>
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
        <translation>Gerent</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>fitxa %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actiu</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivat</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;usuari</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom visible</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Therapist record</source>
        <translation>Fitxa de terapeuta</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>Use at least 10 characters.</source>
        <translation>Feu servir almenys 10 caràcters.</translation>
    </message>
    <message>
        <source>Use at most 200 characters.</source>
        <translation>Feu servir com a màxim 200 caràcters.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>La contrasenya no pot contenir el nom d&apos;usuari.</translation>
    </message>
    <message>
        <source>Mix letters with digits or symbols, or use a longer phrase (16 characters or more).</source>
        <translation>Combineu lletres amb xifres o símbols, o feu servir una frase més llarga (16 caràcters o més).</translation>
    </message>
    <message>
        <source>A password of one repeated character is too easy to guess.</source>
        <translation>Una contrasenya d&apos;un sol caràcter repetit és massa fàcil d&apos;endevinar.</translation>
    </message>
    <message>
        <source>read the users</source>
        <translation>llegir els usuaris</translation>
    </message>
    <message>
        <source>A user name has 1 to 100 characters and no spaces.</source>
        <translation>Un nom d&apos;usuari ha de tenir entre 1 i 100 caràcters, sense espais.</translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory?). Nothing was saved.</source>
        <translation>No s&apos;ha pogut protegir la contrasenya (manca de memòria?). No s&apos;ha desat res.</translation>
    </message>
    <message>
        <source>There is already a user called %1.</source>
        <translation>Ja hi ha un usuari anomenat %1.</translation>
    </message>
    <message>
        <source>add the user</source>
        <translation>afegir l&apos;usuari</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for %1. Try again in %n second(s).</source>
        <translation>
            <numerusform>Massa contrasenyes incorrectes per a %1. Torneu-ho a provar d&apos;aquí a %n segon.</numerusform>
            <numerusform>Massa contrasenyes incorrectes per a %1. Torneu-ho a provar d&apos;aquí a %n segons.</numerusform>
        </translation>
    </message>
    <message>
        <source>record the sign-in</source>
        <translation>registrar la identificació</translation>
    </message>
    <message>
        <source>The account %1 is deactivated.</source>
        <translation>El compte %1 està desactivat.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;usuari o contrasenya incorrectes.</translation>
    </message>
    <message>
        <source>change the password</source>
        <translation>canviar la contrasenya</translation>
    </message>
    <message>
        <source>There is no user called %1.</source>
        <translation>No hi ha cap usuari anomenat %1.</translation>
    </message>
    <message>
        <source>change the account</source>
        <translation>canviar el compte</translation>
    </message>
    <message>
        <source>change the role</source>
        <translation>canviar el rol</translation>
    </message>
    <message>
        <source>A display name has at most 100 characters.</source>
        <translation>Un nom visible pot tenir com a màxim 100 caràcters.</translation>
    </message>
    <message>
        <source>%1 is the last active manager. Make another user a manager first, so someone can still manage the centre and its users.</source>
        <translation>%1 és l&apos;últim gerent actiu. Primer doneu el rol de gerent a un altre usuari, perquè algú pugui continuar gestionant el centre i els seus usuaris.</translation>
    </message>
    <message>
        <source>The name contains invisible control characters; please retype it.</source>
        <translation>El nom conté caràcters de control invisibles; torneu-lo a escriure.</translation>
    </message>
    <message>
        <source>Your sign-in holds no key to the sealed check-ins, so it cannot give one to %1. Restore your access first (Settings &gt; Privacy, the recovery key). Nothing was changed.</source>
        <translation>La vostra identificació no té cap clau de les acollides segellades, de manera que no en pot donar cap a %1. Primer restaureu el vostre accés (Configuració &gt; Privadesa, la clau de recuperació). No s&apos;ha canviat res.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Afegeix un usuari…</translation>
    </message>
    <message>
        <source>&amp;Create the manager account…</source>
        <translation>&amp;Crea el compte del gerent…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Restableix la contra&amp;senya…</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>Canvia el &amp;rol</translation>
    </message>
    <message>
        <source>This centre has no user accounts yet, so anyone at this computer can do everything. Create the manager&apos;s account first; the manager then adds everyone else here.</source>
        <translation>Aquest centre encara no té comptes d&apos;usuari, així que qualsevol persona en aquest ordinador ho pot fer tot. Primer creeu el compte del gerent; després, el gerent hi afegeix totes les altres persones.</translation>
    </message>
    <message>
        <source>Accounts are never deleted: the audit log names the people who did things. Deactivate an account when someone leaves.</source>
        <translation>Els comptes no s&apos;esborren mai: el registre d&apos;auditoria identifica les persones que han fet cada acció. Desactiveu el compte quan algú marxi.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Only a manager manages user accounts.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ask a manager to add a colleague, reset a forgotten password or change someone&apos;s role.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Només un gerent pot gestionar els comptes d&apos;usuari.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Demaneu a un gerent que afegeixi un company, que restableixi una contrasenya oblidada o que canviï el rol d&apos;algú.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Seleccionat: %1</translation>
    </message>
    <message>
        <source>Select a user in the list</source>
        <translation>Seleccioneu un usuari de la llista</translation>
    </message>
    <message>
        <source>Reac&amp;tivate the account</source>
        <translation>Reac&amp;tiva el compte</translation>
    </message>
    <message>
        <source>Deac&amp;tivate the account…</source>
        <translation>Desac&amp;tiva el compte…</translation>
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
        <translation>%1 ja es pot identificar com a %2.</translation>
    </message>
    <message>
        <source>New password set for %1. Give it to them in person.</source>
        <translation>S&apos;ha definit una contrasenya nova per a %1. Doneu-la-hi en persona.</translation>
    </message>
    <message>
        <source>%1 has no therapist record. Add a new account with the role Therapist and choose the record there.</source>
        <translation>%1 no té cap fitxa de terapeuta. Afegiu un compte nou amb el rol Terapeuta i trieu-hi la fitxa.</translation>
    </message>
    <message>
        <source>%1 is now a %2.</source>
        <translation>%1 ara té el rol de %2.</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Desactiva %1</translation>
    </message>
    <message>
        <source>Deactivate the account %1?

%1 will no longer be able to sign in. The account stays in the list and in the audit log, and you can reactivate it later.</source>
        <translation>Voleu desactivar el compte %1?

%1 ja no es podrà identificar. El compte es manté a la llista i al registre d&apos;auditoria, i més endavant el podeu reactivar.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactiva</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 es pot tornar a identificar.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 ja no es pot identificar.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuaris</translation>
    </message>
    <message>
        <source>A new password for %1, to open the sealed check-ins</source>
        <translation>Una contrasenya nova per a %1, per obrir les acollides segellades</translation>
    </message>
</context>
<context>
    <name>WaitingSave</name>
    <message>
        <source>&amp;Save now</source>
        <translation>&amp;Desa ara</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>S&apos;està esperant el servidor</translation>
    </message>
    <message>
        <source>Not saved yet: the server %1 cannot be reached. What you typed stays here and is saved by itself as soon as the connection is back.</source>
        <translation>Encara no s&apos;ha desat: no es pot connectar amb el servidor %1. El que heu escrit es queda aquí i es desa automàticament tan bon punt es recupera la connexió.</translation>
    </message>
    <message>
        <source>If it was not saved, press Save now.</source>
        <translation>Si no s&apos;ha desat, premeu Desa ara.</translation>
    </message>
</context>
<context>
    <name>WaitlistDialog</name>
    <message>
        <source>&amp;Urgent: offer before the others</source>
        <translation>&amp;Urgent: oferir-ho abans que als altres</translation>
    </message>
    <message>
        <source>Only &amp;until</source>
        <translation>Només &amp;fins al</translation>
    </message>
    <message>
        <source>Edit waitlist entry</source>
        <translation>Edita l&apos;entrada de la llista d&apos;espera</translation>
    </message>
    <message>
        <source>Add to the waitlist</source>
        <translation>Afegeix a la llista d&apos;espera</translation>
    </message>
    <message>
        <source>Search the client by name or phone</source>
        <translation>Cerqueu el client pel nom o el telèfon</translation>
    </message>
    <message>
        <source>Tick the therapists the client would see; none ticked: any.</source>
        <translation>Marqueu els terapeutes que el client acceptaria; si no en marqueu cap: qualsevol.</translation>
    </message>
    <message>
        <source>any time, or e.g. 09:00-13:00, 16:00-19:00</source>
        <translation>qualsevol hora, o p. ex. 09:00-13:00, 16:00-19:00</translation>
    </message>
    <message>
        <source>e.g. prefers a morning; call on the mobile</source>
        <translation>p. ex. prefereix un matí; truqueu al mòbil</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>No client chosen yet.</source>
        <translation>Encara no s&apos;ha triat cap client.</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Servei:</translation>
    </message>
    <message>
        <source>&amp;Therapists:</source>
        <translation>&amp;Terapeutes:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Dies:</translation>
    </message>
    <message>
        <source>T&amp;imes:</source>
        <translation>&amp;Hores:</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>Últim dia:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Per a %1</translation>
    </message>
    <message>
        <source>Choose the client first: search above.</source>
        <translation>Primer trieu el client: cerqueu-lo a dalt.</translation>
    </message>
    <message>
        <source>Write the times of day as 09:00-13:00, several separated by commas, or leave them empty for any time.</source>
        <translation>Escriviu les franges horàries com a 09:00-13:00, separant-ne diverses amb comes, o deixeu-ho buit per a qualsevol hora.</translation>
    </message>
</context>
<context>
    <name>WaitlistMatch</name>
    <message>
        <source>any day</source>
        <translation>qualsevol dia</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>qualsevol hora</translation>
    </message>
</context>
<context>
    <name>WaitlistModel</name>
    <message>
        <source>▲ Urgent</source>
        <translation>▲ Urgent</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>any therapist</source>
        <translation>qualsevol terapeuta</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>sense final</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 per %2</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
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
        <source>Therapists</source>
        <translation>Terapeutes</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dies</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Hores</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Fins al</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Afegit</translation>
    </message>
</context>
<context>
    <name>WaitlistPage</name>
    <message>
        <source>&amp;Urgent only</source>
        <translation>Només les &amp;urgents</translation>
    </message>
    <message>
        <source>&amp;Add to the waitlist…</source>
        <translation>&amp;Afegeix a la llista d&apos;espera…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edita…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Eli&amp;mina…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfés</translation>
    </message>
    <message>
        <source>Waitlist entries</source>
        <translation>Entrades de la llista d&apos;espera</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servei</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapeuta</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Servei:</translation>
    </message>
    <message>
        <source>&amp;Therapist:</source>
        <translation>&amp;Terapeuta:</translation>
    </message>
    <message>
        <source>Clients waiting for a freed slot. The calendar says how many wait for a cancelled time, and its booking dialog offers them, urgent first, then the oldest.</source>
        <translation>Clients que esperen una hora alliberada. El calendari indica quantes persones esperen una hora cancel·lada, i el seu diàleg de reserva les ofereix, primer les urgents i després les més antigues.</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tots els serveis</translation>
    </message>
    <message>
        <source>All therapists</source>
        <translation>Tots els terapeutes</translation>
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
            <numerusform> · %n urgent</numerusform>
            <numerusform> · %n urgents</numerusform>
        </translation>
    </message>
    <message>
        <source>Added to the waitlist.</source>
        <translation>S&apos;ha afegit a la llista d&apos;espera.</translation>
    </message>
    <message>
        <source>Remove from the waitlist</source>
        <translation>Elimina de la llista d&apos;espera</translation>
    </message>
    <message>
        <source>Remove %1 from the waitlist for %2?</source>
        <translation>Voleu eliminar %1 de la llista d&apos;espera de %2?</translation>
    </message>
    <message>
        <source>%1 was removed from the waitlist for %2.</source>
        <translation>S&apos;ha eliminat %1 de la llista d&apos;espera de %2.</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Llista d&apos;espera</translation>
    </message>
</context>
<context>
    <name>WaitlistRepository</name>
    <message>
        <source>read the client</source>
        <translation>llegir el client</translation>
    </message>
    <message>
        <source>There is no client with number %1.</source>
        <translation>No hi ha cap client amb el número %1.</translation>
    </message>
    <message>
        <source>read the service</source>
        <translation>llegir el servei</translation>
    </message>
    <message>
        <source>There is no service with number %1.</source>
        <translation>No hi ha cap servei amb el número %1.</translation>
    </message>
    <message>
        <source>There is no service &quot;%1&quot;.</source>
        <translation>No hi ha cap servei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>read the therapists</source>
        <translation>llegir els terapeutes</translation>
    </message>
    <message>
        <source>There is no therapist with number %1.</source>
        <translation>No hi ha cap terapeuta amb el número %1.</translation>
    </message>
    <message>
        <source>The days of the week are not valid.</source>
        <translation>Els dies de la setmana no són vàlids.</translation>
    </message>
    <message>
        <source>A time of day must end after it starts, within the day.</source>
        <translation>Una franja horària ha d&apos;acabar després de començar, dins del mateix dia.</translation>
    </message>
    <message>
        <source>The last day (%1) has already passed.</source>
        <translation>L&apos;últim dia (%1) ja ha passat.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La nota</translation>
    </message>
    <message>
        <source>save the waitlist entry</source>
        <translation>desar l&apos;entrada de la llista d&apos;espera</translation>
    </message>
    <message>
        <source>There is no waitlist entry %1.</source>
        <translation>No hi ha cap entrada %1 a la llista d&apos;espera.</translation>
    </message>
    <message>
        <source>remove the waitlist entry</source>
        <translation>eliminar l&apos;entrada de la llista d&apos;espera</translation>
    </message>
    <message>
        <source>clean up the waitlist</source>
        <translation>netejar la llista d&apos;espera</translation>
    </message>
    <message>
        <source>read the waitlist</source>
        <translation>llegir la llista d&apos;espera</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>recepció</translation>
    </message>
    <message>
        <source>read the client&apos;s bookings</source>
        <translation>llegir les reserves del client</translation>
    </message>
    <message>
        <source>update the waitlist</source>
        <translation>actualitzar la llista d&apos;espera</translation>
    </message>
    <message>
        <source>read the therapists&apos; services</source>
        <translation>llegir els serveis dels terapeutes</translation>
    </message>
    <message>
        <source>read the closed days</source>
        <translation>llegir els dies tancats</translation>
    </message>
    <message>
        <source>read the rooms&apos; services</source>
        <translation>llegir els serveis de les sales</translation>
    </message>
</context>
<context>
    <name>WeekHoursEditor</name>
    <message>
        <source>&lt;b&gt;Day&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dia&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;From&lt;/b&gt;</source>
        <translation>&lt;b&gt;Des de&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;To&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fins a&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 from</source>
        <translation>%1 des de</translation>
    </message>
    <message>
        <source>%1 until</source>
        <translation>%1 fins a</translation>
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
    <message>
        <source>The connection to the server was lost while the change was being saved. The server keeps a change whole or not at all: once the connection is back, look again to see whether it was saved.</source>
        <translation>S&apos;ha perdut la connexió amb el servidor mentre es desava el canvi. El servidor conserva un canvi sencer o gens: quan es recuperi la connexió, torneu a mirar si s&apos;ha desat.</translation>
    </message>
</context>
</TS>
