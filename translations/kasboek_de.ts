<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
<context>
    <name>CompanyFile</name>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters long.</source>
        <translation>
            <numerusform>Die Passphrase muss mindestens %n Zeichen lang sein.</numerusform>
            <numerusform>Die Passphrase muss mindestens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be switched to its journal mode.</source>
        <translation>Die Datei konnte nicht in ihren Journalmodus umgeschaltet werden.</translation>
    </message>
    <message>
        <source>The company name is required.</source>
        <translation>Der Firmenname ist erforderlich.</translation>
    </message>
    <message>
        <source>Choose the country of the company.</source>
        <translation>Wählen Sie das Land der Firma.</translation>
    </message>
    <message>
        <source>A file with this name already exists.</source>
        <translation>Eine Datei mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <source>The file could not be created.</source>
        <translation>Die Datei konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Enter the passphrase of the file.</source>
        <translation>Geben Sie die Passphrase der Datei ein.</translation>
    </message>
    <message>
        <source>This encrypted database is not a Kasboek file.</source>
        <translation>Diese verschlüsselte Datenbank ist keine Kasboek-Datei.</translation>
    </message>
    <message>
        <source>This file was made by a newer version of Kasboek (file format %1; this version reads up to %2). Update Kasboek to open it.</source>
        <translation>Diese Datei wurde mit einer neueren Version von Kasboek erstellt (Dateiformat %1; diese Version liest bis Format %2). Aktualisieren Sie Kasboek, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Could not make a backup copy before upgrading the file.</source>
        <translation>Vor dem Aktualisieren der Datei konnte keine Sicherungskopie erstellt werden.</translation>
    </message>
    <message>
        <source>The file is closed.</source>
        <translation>Die Datei ist geschlossen.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>Die aktuelle Passphrase ist falsch.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: no room for a new copy.</source>
        <translation>Die Passphrase konnte nicht geändert werden: Es ist kein Platz für eine neue Kopie.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: the file could not be replaced.</source>
        <translation>Die Passphrase konnte nicht geändert werden: Die Datei konnte nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Row %1 of %2 refers to a missing row of %3.</source>
        <translation>Zeile %1 von %2 verweist auf eine fehlende Zeile von %3.</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not open the file.</source>
        <translation>Die Datei konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The database returned no result.</source>
        <translation>Die Datenbank hat kein Ergebnis geliefert.</translation>
    </message>
    <message>
        <source>The file is damaged: a part of it could not be decrypted.</source>
        <translation>Die Datei ist beschädigt: Ein Teil davon konnte nicht entschlüsselt werden.</translation>
    </message>
</context>
<context>
    <name>FileFormat</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>This is not a Kasboek file (it is a folder or device).</source>
        <translation>Dies ist keine Kasboek-Datei (es ist ein Ordner oder Gerät).</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file is empty: it is not a Kasboek file.</source>
        <translation>Die Datei ist leer: Sie ist keine Kasboek-Datei.</translation>
    </message>
    <message>
        <source>This is an unencrypted SQLite database, not a Kasboek file.</source>
        <translation>Dies ist eine unverschlüsselte SQLite-Datenbank, keine Kasboek-Datei.</translation>
    </message>
    <message>
        <source>This is a document or archive, not a Kasboek file.</source>
        <translation>Dies ist ein Dokument oder Archiv, keine Kasboek-Datei.</translation>
    </message>
    <message>
        <source>This is not a Kasboek file, or it was made by a newer version of Kasboek.</source>
        <translation>Dies ist keine Kasboek-Datei, oder sie wurde mit einer neueren Version von Kasboek erstellt.</translation>
    </message>
    <message>
        <source>The file is damaged: it is incomplete (truncated).</source>
        <translation>Die Datei ist beschädigt: Sie ist unvollständig (abgeschnitten).</translation>
    </message>
</context>
<context>
    <name>KeyDerivation</name>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Die Passphrase ist leer.</translation>
    </message>
    <message>
        <source>The key derivation salt is too short.</source>
        <translation>Das Salt für die Schlüsselableitung ist zu kurz.</translation>
    </message>
    <message>
        <source>Could not derive the key from the passphrase.</source>
        <translation>Der Schlüssel konnte nicht aus der Passphrase abgeleitet werden.</translation>
    </message>
</context>
<context>
    <name>MigrationSet</name>
    <message>
        <source>A schema upgrade script is missing.</source>
        <translation>Ein Skript für die Schema-Aktualisierung fehlt.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>too short</source>
        <extracomment>Passphrase strength, shown as &quot;Strength: %1&quot;</extracomment>
        <translation>zu kurz</translation>
    </message>
    <message>
        <source>weak</source>
        <extracomment>Passphrase strength, shown as &quot;Strength: %1&quot;</extracomment>
        <translation>schwach</translation>
    </message>
    <message>
        <source>fair</source>
        <extracomment>Passphrase strength, shown as &quot;Strength: %1&quot;</extracomment>
        <translation>mittel</translation>
    </message>
    <message>
        <source>good</source>
        <extracomment>Passphrase strength, shown as &quot;Strength: %1&quot;</extracomment>
        <translation>gut</translation>
    </message>
    <message>
        <source>strong</source>
        <extracomment>Passphrase strength, shown as &quot;Strength: %1&quot;</extracomment>
        <translation>stark</translation>
    </message>
</context>
<context>
    <name>RecurringRunText</name>
    <message>
        <source>The recurring invoices could not be checked: %1</source>
        <translation>Die wiederkehrenden Rechnungen konnten nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Issued %n recurring invoice(s): %1.</source>
        <translation>
            <numerusform>%n wiederkehrende Rechnung ausgestellt: %1.</numerusform>
            <numerusform>%n wiederkehrende Rechnungen ausgestellt: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %n recurring invoice draft(s) for you to check and issue.</source>
        <translation>
            <numerusform>%n Entwurf einer wiederkehrenden Rechnung zum Prüfen und Ausstellen erstellt.</numerusform>
            <numerusform>%n Entwürfe wiederkehrender Rechnungen zum Prüfen und Ausstellen erstellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recurring invoice(s) could not be made (%1); opening the file tries again.</source>
        <translation>
            <numerusform>%n wiederkehrende Rechnung konnte nicht erstellt werden (%1); beim nächsten Öffnen der Datei wird es erneut versucht.</numerusform>
            <numerusform>%n wiederkehrende Rechnungen konnten nicht erstellt werden (%1); beim nächsten Öffnen der Datei wird es erneut versucht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqliteMessages</name>
    <message>
        <source>Wrong passphrase, or the file is not a Kasboek file or is damaged.</source>
        <translation>Falsche Passphrase, oder die Datei ist keine Kasboek-Datei oder ist beschädigt.</translation>
    </message>
    <message>
        <source>The file is damaged.</source>
        <translation>Die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The file is in use by another Kasboek window or program.</source>
        <translation>Die Datei wird von einem anderen Kasboek-Fenster oder Programm verwendet.</translation>
    </message>
    <message>
        <source>This change is not allowed.</source>
        <translation>Diese Änderung ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>This change conflicts with data already in the file.</source>
        <translation>Diese Änderung steht im Widerspruch zu Daten, die bereits in der Datei sind.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>Die Datei konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>Unexpected database error.</source>
        <translation>Unerwarteter Datenbankfehler.</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Unknown option: %1</source>
        <translation>Unbekannte Option: %1</translation>
    </message>
    <message>
        <source>Only one company file can be opened at a time.</source>
        <translation>Es kann nur eine Firmendatei gleichzeitig geöffnet werden.</translation>
    </message>
    <message>
        <source>Usage: kasboek [FILE]
Invoicing and bookkeeping, in one encrypted file.

  FILE           a company file (.kasboek) to open; asks for its passphrase
  -h, --help     show this help and exit
  -v, --version  show the version and exit
</source>
        <translation>Aufruf: kasboek [DATEI]
Rechnungen und Buchhaltung in einer verschlüsselten Datei.

  DATEI          eine Firmendatei (.kasboek) zum Öffnen; fragt nach ihrer Passphrase
  -h, --help     diese Hilfe anzeigen und beenden
  -v, --version  die Version anzeigen und beenden
</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::CompanyFileLoader</name>
    <message>
        <source>No file is being opened.</source>
        <translation>Es wird keine Datei geöffnet.</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::FieldMessage</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::MainWindow</name>
    <message>
        <source>&amp;New Company File…</source>
        <translation>&amp;Neue Firmendatei…</translation>
    </message>
    <message>
        <source>Create a new, encrypted company file</source>
        <translation>Eine neue, verschlüsselte Firmendatei erstellen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open an existing company file</source>
        <translation>Eine vorhandene Firmendatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Close the file and ask for the passphrase again</source>
        <translation>Die Datei schließen und erneut nach der Passphrase fragen</translation>
    </message>
    <message>
        <source>&amp;Close File</source>
        <translation>Datei s&amp;chließen</translation>
    </message>
    <message>
        <source>Close the file and return to the start page</source>
        <translation>Die Datei schließen und zur Startseite zurückkehren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Kasboek</source>
        <translation>&amp;Über Kasboek</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open Company File</source>
        <translation>Firmendatei öffnen</translation>
    </message>
    <message>
        <source>Kasboek files (*.kasboek);;All files (*)</source>
        <translation>Kasboek-Dateien (*.kasboek);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Kasboek</source>
        <translation>Kasboek</translation>
    </message>
    <message>
        <source>%1 — Kasboek</source>
        <translation>%1 — Kasboek</translation>
    </message>
    <message>
        <source>About Kasboek</source>
        <translation>Über Kasboek</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kasboek %1&lt;/h3&gt;&lt;p&gt;Invoicing and bookkeeping for freelancers in Belgium and the Netherlands.&lt;/p&gt;&lt;p&gt;Your books, encrypted on your own computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kasboek %1&lt;/h3&gt;&lt;p&gt;Rechnungen und Buchhaltung für Freiberufler in Belgien und den Niederlanden.&lt;/p&gt;&lt;p&gt;Ihre Buchhaltung, verschlüsselt auf Ihrem eigenen Computer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::NewCompanyFileDialog</name>
    <message>
        <source>New Company File</source>
        <translation>Neue Firmendatei</translation>
    </message>
    <message>
        <source>Create a new company file</source>
        <translation>Eine neue Firmendatei erstellen</translation>
    </message>
    <message>
        <source>Kasboek keeps all the books of one company in a single file, encrypted with a passphrase that only you know.</source>
        <translation>Kasboek speichert die gesamte Buchhaltung einer Firma in einer einzigen Datei, verschlüsselt mit einer Passphrase, die nur Sie kennen.</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>As on your invoices</source>
        <translation>Wie auf Ihren Rechnungen</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>File location</source>
        <translation>Speicherort der Datei</translation>
    </message>
    <message>
        <source>Where the file will be saved</source>
        <translation>Wo die Datei gespeichert wird</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Choose file location</source>
        <translation>Speicherort der Datei auswählen</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>Firmen&amp;name:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Confir&amp;m passphrase:</source>
        <translation>Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <source>A lost passphrase cannot be recovered</source>
        <translation>Eine verlorene Passphrase kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Nobody can open this file without its passphrase: not you, not Kasboek&apos;s makers. There is no reset. Write the passphrase down and keep it somewhere safe.</source>
        <translation>Ohne ihre Passphrase kann niemand diese Datei öffnen: weder Sie noch die Entwickler von Kasboek. Sie lässt sich nicht zurücksetzen. Schreiben Sie die Passphrase auf und bewahren Sie sie an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <source>I &amp;understand that a lost passphrase cannot be recovered</source>
        <translation>Ich &amp;verstehe, dass eine verlorene Passphrase nicht wiederhergestellt werden kann</translation>
    </message>
    <message>
        <source>Creating the file</source>
        <translation>Datei wird erstellt</translation>
    </message>
    <message>
        <source>Creating the file… deriving the key from your passphrase takes a moment.</source>
        <translation>Die Datei wird erstellt. Das Ableiten des Schlüssels aus Ihrer Passphrase dauert einen Moment.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Die Feststelltaste ist aktiviert.</translation>
    </message>
    <message>
        <source>Save New Company File</source>
        <translation>Neue Firmendatei speichern</translation>
    </message>
    <message>
        <source>Kasboek files (*.%1)</source>
        <translation>Kasboek-Dateien (*.%1)</translation>
    </message>
    <message>
        <source>Enter the name of your company.</source>
        <translation>Geben Sie den Namen Ihrer Firma ein.</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Wählen Sie, wo die Datei gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Enter the full path of the file, or click Choose.</source>
        <translation>Geben Sie den vollständigen Pfad der Datei ein, oder klicken Sie auf Auswählen.</translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation>Dieser Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Kasboek never overwrites a file: choose another name.</source>
        <translation>Eine Datei mit diesem Namen existiert bereits. Kasboek überschreibt nie eine Datei: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Verwenden Sie mindestens %n Zeichen.</numerusform>
            <numerusform>Verwenden Sie mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the passphrase again.</source>
        <translation>Geben Sie die Passphrase erneut ein.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The file could not be created</source>
        <translation>Die Datei konnte nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::OpenBookPage</name>
    <message>
        <source>Company file</source>
        <translation>Firmendatei</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Close the file and ask for the passphrase again (%1)</source>
        <translation>Die Datei schließen und erneut nach der Passphrase fragen (%1)</translation>
    </message>
    <message>
        <source>Close file</source>
        <translation>Datei schließen</translation>
    </message>
    <message>
        <source>Close the file and return to the start page (%1)</source>
        <translation>Die Datei schließen und zur Startseite zurückkehren (%1)</translation>
    </message>
    <message>
        <source>Invoices, customers and reports will appear here.</source>
        <translation>Hier erscheinen künftig Rechnungen, Kunden und Berichte.</translation>
    </message>
    <message>
        <source>file format %1</source>
        <translation>Dateiformat %1</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::PassphraseEdit</name>
    <message>
        <source>Hide passphrase</source>
        <translation>Passphrase verbergen</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Passphrase anzeigen</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::PassphraseStrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Stärke: %1</translation>
    </message>
    <message>
        <source>An estimate from the length and the kinds of characters used. It cannot tell whether a passphrase is easy to guess for someone who knows you. Four or more random words make a strong passphrase that is easy to remember.</source>
        <translation>Eine Schätzung anhand der Länge und der verwendeten Zeichenarten. Sie kann nicht erkennen, ob jemand, der Sie kennt, die Passphrase leicht erraten könnte. Vier oder mehr zufällige Wörter ergeben eine starke Passphrase, die man sich leicht merken kann.</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::RecentFileDelegate</name>
    <message>
        <source>Not found — %1</source>
        <translation>Nicht gefunden — %1</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::RecentFilesModel</name>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, in %2</translation>
    </message>
    <message>
        <source>%1, not found</source>
        <translation>%1, nicht gefunden</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::UnlockPage</name>
    <message>
        <source>Unlock company file</source>
        <translation>Firmendatei entsperren</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Wird entsperrt</translation>
    </message>
    <message>
        <source>Unlocking… deriving the key from your passphrase takes a moment.</source>
        <translation>Wird entsperrt. Das Ableiten des Schlüssels aus Ihrer Passphrase dauert einen Moment.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>Zurück zur Startseite</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Die Feststelltaste ist aktiviert.</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::WelcomePage</name>
    <message>
        <source>Start page</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Kasboek logo</source>
        <translation>Kasboek-Logo</translation>
    </message>
    <message>
        <source>Kasboek</source>
        <translation>Kasboek</translation>
    </message>
    <message>
        <source>Your books, encrypted on your own computer</source>
        <translation>Ihre Buchhaltung, verschlüsselt auf Ihrem eigenen Computer</translation>
    </message>
    <message>
        <source>New company file…</source>
        <translation>Neue Firmendatei…</translation>
    </message>
    <message>
        <source>Create a new, encrypted company file</source>
        <translation>Eine neue, verschlüsselte Firmendatei erstellen</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open an existing company file</source>
        <translation>Eine vorhandene Firmendatei öffnen</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Files you create or open will be listed here.</source>
        <translation>Dateien, die Sie erstellen oder öffnen, erscheinen hier.</translation>
    </message>
</context>
</TS>
