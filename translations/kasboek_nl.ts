<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>CompanyFile</name>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters long.</source>
        <translation>
            <numerusform>De wachtzin moet minstens %n teken lang zijn.</numerusform>
            <numerusform>De wachtzin moet minstens %n tekens lang zijn.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be switched to its journal mode.</source>
        <translation>Het bestand kon niet naar zijn journaalmodus worden overgeschakeld.</translation>
    </message>
    <message>
        <source>The company name is required.</source>
        <translation>De bedrijfsnaam is verplicht.</translation>
    </message>
    <message>
        <source>Choose the country of the company.</source>
        <translation>Kies het land van het bedrijf.</translation>
    </message>
    <message>
        <source>A file with this name already exists.</source>
        <translation>Er bestaat al een bestand met deze naam.</translation>
    </message>
    <message>
        <source>The file could not be created.</source>
        <translation>Het bestand kon niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>Enter the passphrase of the file.</source>
        <translation>Voer de wachtzin van het bestand in.</translation>
    </message>
    <message>
        <source>This encrypted database is not a Kasboek file.</source>
        <translation>Deze versleutelde database is geen Kasboek-bestand.</translation>
    </message>
    <message>
        <source>This file was made by a newer version of Kasboek (file format %1; this version reads up to %2). Update Kasboek to open it.</source>
        <translation>Dit bestand is gemaakt met een nieuwere versie van Kasboek (bestandsformaat %1; deze versie leest tot en met formaat %2). Werk Kasboek bij om het te openen.</translation>
    </message>
    <message>
        <source>Could not make a backup copy before upgrading the file.</source>
        <translation>Kon geen reservekopie maken voordat het bestand werd bijgewerkt.</translation>
    </message>
    <message>
        <source>The file is closed.</source>
        <translation>Het bestand is gesloten.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Het bestand kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>De huidige wachtzin is onjuist.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: no room for a new copy.</source>
        <translation>De wachtzin kon niet worden gewijzigd: er is geen ruimte voor een nieuwe kopie.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: the file could not be replaced.</source>
        <translation>De wachtzin kon niet worden gewijzigd: het bestand kon niet worden vervangen.</translation>
    </message>
    <message>
        <source>Row %1 of %2 refers to a missing row of %3.</source>
        <translation>Rij %1 van %2 verwijst naar een ontbrekende rij van %3.</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Nederland</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not open the file.</source>
        <translation>Kon het bestand niet openen.</translation>
    </message>
    <message>
        <source>The database returned no result.</source>
        <translation>De database gaf geen resultaat.</translation>
    </message>
    <message>
        <source>The file is damaged: a part of it could not be decrypted.</source>
        <translation>Het bestand is beschadigd: een deel ervan kon niet worden ontsleuteld.</translation>
    </message>
</context>
<context>
    <name>FileFormat</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Het bestand bestaat niet.</translation>
    </message>
    <message>
        <source>This is not a Kasboek file (it is a folder or device).</source>
        <translation>Dit is geen Kasboek-bestand (het is een map of apparaat).</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Het bestand kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The file is empty: it is not a Kasboek file.</source>
        <translation>Het bestand is leeg: het is geen Kasboek-bestand.</translation>
    </message>
    <message>
        <source>This is an unencrypted SQLite database, not a Kasboek file.</source>
        <translation>Dit is een onversleutelde SQLite-database, geen Kasboek-bestand.</translation>
    </message>
    <message>
        <source>This is a document or archive, not a Kasboek file.</source>
        <translation>Dit is een document of archief, geen Kasboek-bestand.</translation>
    </message>
    <message>
        <source>This is not a Kasboek file, or it was made by a newer version of Kasboek.</source>
        <translation>Dit is geen Kasboek-bestand, of het is gemaakt met een nieuwere versie van Kasboek.</translation>
    </message>
    <message>
        <source>The file is damaged: it is incomplete (truncated).</source>
        <translation>Het bestand is beschadigd: het is onvolledig (afgekapt).</translation>
    </message>
</context>
<context>
    <name>KeyDerivation</name>
    <message>
        <source>The passphrase is empty.</source>
        <translation>De wachtzin is leeg.</translation>
    </message>
    <message>
        <source>The key derivation salt is too short.</source>
        <translation>De salt voor de sleutelafleiding is te kort.</translation>
    </message>
    <message>
        <source>Could not derive the key from the passphrase.</source>
        <translation>Kon de sleutel niet afleiden uit de wachtzin.</translation>
    </message>
</context>
<context>
    <name>MigrationSet</name>
    <message>
        <source>A schema upgrade script is missing.</source>
        <translation>Er ontbreekt een script voor de schema-upgrade.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>too short</source>
        <extracomment>Passphrase strength, shown as &quot;Strength: %1&quot;</extracomment>
        <translation>te kort</translation>
    </message>
    <message>
        <source>weak</source>
        <extracomment>Passphrase strength, shown as &quot;Strength: %1&quot;</extracomment>
        <translation>zwak</translation>
    </message>
    <message>
        <source>fair</source>
        <extracomment>Passphrase strength, shown as &quot;Strength: %1&quot;</extracomment>
        <translation>redelijk</translation>
    </message>
    <message>
        <source>good</source>
        <extracomment>Passphrase strength, shown as &quot;Strength: %1&quot;</extracomment>
        <translation>goed</translation>
    </message>
    <message>
        <source>strong</source>
        <extracomment>Passphrase strength, shown as &quot;Strength: %1&quot;</extracomment>
        <translation>sterk</translation>
    </message>
</context>
<context>
    <name>RecurringRunText</name>
    <message>
        <source>The recurring invoices could not be checked: %1</source>
        <translation>De terugkerende facturen konden niet worden nagekeken: %1</translation>
    </message>
    <message numerus="yes">
        <source>Issued %n recurring invoice(s): %1.</source>
        <translation>
            <numerusform>%n terugkerende factuur uitgereikt: %1.</numerusform>
            <numerusform>%n terugkerende facturen uitgereikt: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %n recurring invoice draft(s) for you to check and issue.</source>
        <translation>
            <numerusform>%n concept van een terugkerende factuur gemaakt, om na te kijken en uit te reiken.</numerusform>
            <numerusform>%n concepten van terugkerende facturen gemaakt, om na te kijken en uit te reiken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recurring invoice(s) could not be made (%1); opening the file tries again.</source>
        <translation>
            <numerusform>%n terugkerende factuur kon niet worden gemaakt (%1); bij het volgende openen van het bestand wordt het opnieuw geprobeerd.</numerusform>
            <numerusform>%n terugkerende facturen konden niet worden gemaakt (%1); bij het volgende openen van het bestand wordt het opnieuw geprobeerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqliteMessages</name>
    <message>
        <source>Wrong passphrase, or the file is not a Kasboek file or is damaged.</source>
        <translation>Verkeerde wachtzin, of het bestand is geen Kasboek-bestand of is beschadigd.</translation>
    </message>
    <message>
        <source>The file is damaged.</source>
        <translation>Het bestand is beschadigd.</translation>
    </message>
    <message>
        <source>The file is in use by another Kasboek window or program.</source>
        <translation>Het bestand is in gebruik door een ander Kasboek-venster of programma.</translation>
    </message>
    <message>
        <source>This change is not allowed.</source>
        <translation>Deze wijziging is niet toegestaan.</translation>
    </message>
    <message>
        <source>This change conflicts with data already in the file.</source>
        <translation>Deze wijziging botst met gegevens die al in het bestand staan.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>De schijf is vol.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>Het bestand kon niet worden gelezen of geschreven.</translation>
    </message>
    <message>
        <source>Unexpected database error.</source>
        <translation>Onverwachte databasefout.</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Unknown option: %1</source>
        <translation>Onbekende optie: %1</translation>
    </message>
    <message>
        <source>Only one company file can be opened at a time.</source>
        <translation>Er kan maar één bedrijfsbestand tegelijk worden geopend.</translation>
    </message>
    <message>
        <source>Usage: kasboek [FILE]
Invoicing and bookkeeping, in one encrypted file.

  FILE           a company file (.kasboek) to open; asks for its passphrase
  -h, --help     show this help and exit
  -v, --version  show the version and exit
</source>
        <translation>Gebruik: kasboek [BESTAND]
Facturatie en boekhouding, in één versleuteld bestand.

  BESTAND        een bedrijfsbestand (.kasboek) om te openen; vraagt om de wachtzin
  -h, --help     deze hulp tonen en afsluiten
  -v, --version  de versie tonen en afsluiten
</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::CompanyFileLoader</name>
    <message>
        <source>No file is being opened.</source>
        <translation>Er wordt geen bestand geopend.</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::FieldMessage</name>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::MainWindow</name>
    <message>
        <source>&amp;New Company File…</source>
        <translation>&amp;Nieuw bedrijfsbestand…</translation>
    </message>
    <message>
        <source>Create a new, encrypted company file</source>
        <translation>Een nieuw, versleuteld bedrijfsbestand aanmaken</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open an existing company file</source>
        <translation>Een bestaand bedrijfsbestand openen</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>Close the file and ask for the passphrase again</source>
        <translation>Het bestand sluiten en opnieuw om de wachtzin vragen</translation>
    </message>
    <message>
        <source>&amp;Close File</source>
        <translation>Bestand &amp;sluiten</translation>
    </message>
    <message>
        <source>Close the file and return to the start page</source>
        <translation>Het bestand sluiten en teruggaan naar de startpagina</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;About Kasboek</source>
        <translation>&amp;Over Kasboek</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Open Company File</source>
        <translation>Bedrijfsbestand openen</translation>
    </message>
    <message>
        <source>Kasboek files (*.kasboek);;All files (*)</source>
        <translation>Kasboek-bestanden (*.kasboek);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Kon %1 niet openen</translation>
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
        <translation>Over Kasboek</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kasboek %1&lt;/h3&gt;&lt;p&gt;Invoicing and bookkeeping for freelancers in Belgium and the Netherlands.&lt;/p&gt;&lt;p&gt;Your books, encrypted on your own computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kasboek %1&lt;/h3&gt;&lt;p&gt;Facturatie en boekhouding voor freelancers in België en Nederland.&lt;/p&gt;&lt;p&gt;Je boekhouding, versleuteld op je eigen computer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Melding sluiten</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::NewCompanyFileDialog</name>
    <message>
        <source>New Company File</source>
        <translation>Nieuw bedrijfsbestand</translation>
    </message>
    <message>
        <source>Create a new company file</source>
        <translation>Een nieuw bedrijfsbestand aanmaken</translation>
    </message>
    <message>
        <source>Kasboek keeps all the books of one company in a single file, encrypted with a passphrase that only you know.</source>
        <translation>Kasboek bewaart de volledige boekhouding van één bedrijf in één bestand, versleuteld met een wachtzin die alleen jij kent.</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Bedrijfsnaam</translation>
    </message>
    <message>
        <source>As on your invoices</source>
        <translation>Zoals op je facturen</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>File location</source>
        <translation>Locatie van het bestand</translation>
    </message>
    <message>
        <source>Where the file will be saved</source>
        <translation>Waar het bestand wordt opgeslagen</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Choose file location</source>
        <translation>Locatie van het bestand kiezen</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Wachtzin herhalen</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>Bedrijfs&amp;naam:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>Confir&amp;m passphrase:</source>
        <translation>Wachtzin &amp;herhalen:</translation>
    </message>
    <message>
        <source>A lost passphrase cannot be recovered</source>
        <translation>Een verloren wachtzin is niet te herstellen</translation>
    </message>
    <message>
        <source>Nobody can open this file without its passphrase: not you, not Kasboek&apos;s makers. There is no reset. Write the passphrase down and keep it somewhere safe.</source>
        <translation>Zonder de wachtzin kan niemand dit bestand openen: jij niet, en ook de makers van Kasboek niet. Je kunt hem niet opnieuw instellen. Schrijf de wachtzin op en bewaar hem op een veilige plek.</translation>
    </message>
    <message>
        <source>I &amp;understand that a lost passphrase cannot be recovered</source>
        <translation>Ik be&amp;grijp dat een verloren wachtzin niet te herstellen is</translation>
    </message>
    <message>
        <source>Creating the file</source>
        <translation>Bestand wordt aangemaakt</translation>
    </message>
    <message>
        <source>Creating the file… deriving the key from your passphrase takes a moment.</source>
        <translation>Bestand wordt aangemaakt… De sleutel afleiden uit je wachtzin duurt even.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock staat aan.</translation>
    </message>
    <message>
        <source>Save New Company File</source>
        <translation>Nieuw bedrijfsbestand opslaan</translation>
    </message>
    <message>
        <source>Kasboek files (*.%1)</source>
        <translation>Kasboek-bestanden (*.%1)</translation>
    </message>
    <message>
        <source>Enter the name of your company.</source>
        <translation>Vul de naam van je bedrijf in.</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Kies waar het bestand moet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Enter the full path of the file, or click Choose.</source>
        <translation>Vul het volledige pad van het bestand in, of klik op Kiezen.</translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation>Deze map bestaat niet.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Kasboek never overwrites a file: choose another name.</source>
        <translation>Er bestaat al een bestand met deze naam. Kasboek overschrijft nooit een bestand: kies een andere naam.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Gebruik minstens %n teken.</numerusform>
            <numerusform>Gebruik minstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the passphrase again.</source>
        <translation>Voer de wachtzin nogmaals in.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>De wachtzinnen komen niet overeen.</translation>
    </message>
    <message>
        <source>The file could not be created</source>
        <translation>Het bestand kon niet worden aangemaakt</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::OpenBookPage</name>
    <message>
        <source>Company file</source>
        <translation>Bedrijfsbestand</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>Close the file and ask for the passphrase again (%1)</source>
        <translation>Het bestand sluiten en opnieuw om de wachtzin vragen (%1)</translation>
    </message>
    <message>
        <source>Close file</source>
        <translation>Bestand sluiten</translation>
    </message>
    <message>
        <source>Close the file and return to the start page (%1)</source>
        <translation>Het bestand sluiten en teruggaan naar de startpagina (%1)</translation>
    </message>
    <message>
        <source>Invoices, customers and reports will appear here.</source>
        <translation>Hier verschijnen straks facturen, klanten en rapporten.</translation>
    </message>
    <message>
        <source>file format %1</source>
        <translation>bestandsformaat %1</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::PassphraseEdit</name>
    <message>
        <source>Hide passphrase</source>
        <translation>Wachtzin verbergen</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Wachtzin tonen</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::PassphraseStrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtzin</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Sterkte: %1</translation>
    </message>
    <message>
        <source>An estimate from the length and the kinds of characters used. It cannot tell whether a passphrase is easy to guess for someone who knows you. Four or more random words make a strong passphrase that is easy to remember.</source>
        <translation>Een schatting op basis van de lengte en de soorten tekens. Ze kan niet zien of iemand die je kent de wachtzin makkelijk kan raden. Vier of meer willekeurige woorden vormen een sterke wachtzin die makkelijk te onthouden is.</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::RecentFileDelegate</name>
    <message>
        <source>Not found — %1</source>
        <translation>Niet gevonden — %1</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::RecentFilesModel</name>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (niet gevonden)</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, in %2</translation>
    </message>
    <message>
        <source>%1, not found</source>
        <translation>%1, niet gevonden</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::UnlockPage</name>
    <message>
        <source>Unlock company file</source>
        <translation>Bedrijfsbestand ontgrendelen</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtzin</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Bezig met ontgrendelen</translation>
    </message>
    <message>
        <source>Unlocking… deriving the key from your passphrase takes a moment.</source>
        <translation>Bezig met ontgrendelen… De sleutel afleiden uit je wachtzin duurt even.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>Terug naar de startpagina</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock staat aan.</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::WelcomePage</name>
    <message>
        <source>Start page</source>
        <translation>Startpagina</translation>
    </message>
    <message>
        <source>Kasboek logo</source>
        <translation>Kasboek-logo</translation>
    </message>
    <message>
        <source>Kasboek</source>
        <translation>Kasboek</translation>
    </message>
    <message>
        <source>Your books, encrypted on your own computer</source>
        <translation>Je boekhouding, versleuteld op je eigen computer</translation>
    </message>
    <message>
        <source>New company file…</source>
        <translation>Nieuw bedrijfsbestand…</translation>
    </message>
    <message>
        <source>Create a new, encrypted company file</source>
        <translation>Een nieuw, versleuteld bedrijfsbestand aanmaken</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <source>Open an existing company file</source>
        <translation>Een bestaand bedrijfsbestand openen</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Recente bestanden</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Uit de lijst verwijderen</translation>
    </message>
    <message>
        <source>Files you create or open will be listed here.</source>
        <translation>Bestanden die je aanmaakt of opent, verschijnen hier.</translation>
    </message>
</context>
</TS>
