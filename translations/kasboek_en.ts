<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>CompanyFile</name>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters long.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be switched to its journal mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the country of the company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This encrypted database is not a Kasboek file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was made by a newer version of Kasboek (file format %1; this version reads up to %2). Update Kasboek to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make a backup copy before upgrading the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be changed: no room for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be changed: the file could not be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2 refers to a missing row of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Belgium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not open the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database returned no result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: a part of it could not be decrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileFormat</name>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Kasboek file (it is a folder or device).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it is not a Kasboek file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an unencrypted SQLite database, not a Kasboek file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a document or archive, not a Kasboek file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Kasboek file, or it was made by a newer version of Kasboek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: it is incomplete (truncated).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyDerivation</name>
    <message>
        <source>The passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key derivation salt is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not derive the key from the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationSet</name>
    <message>
        <source>A schema upgrade script is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>too short</source>
        <extracomment>Passphrase strength, shown as &quot;Strength: %1&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak</source>
        <extracomment>Passphrase strength, shown as &quot;Strength: %1&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <extracomment>Passphrase strength, shown as &quot;Strength: %1&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <extracomment>Passphrase strength, shown as &quot;Strength: %1&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong</source>
        <extracomment>Passphrase strength, shown as &quot;Strength: %1&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecurringRunText</name>
    <message>
        <source>The recurring invoices could not be checked: %1</source>
        <translation>The recurring invoices could not be checked: %1</translation>
    </message>
    <message numerus="yes">
        <source>Issued %n recurring invoice(s): %1.</source>
        <translation>
            <numerusform>Issued %n recurring invoice: %1.</numerusform>
            <numerusform>Issued %n recurring invoices: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %n recurring invoice draft(s) for you to check and issue.</source>
        <translation>
            <numerusform>Made %n recurring invoice draft for you to check and issue.</numerusform>
            <numerusform>Made %n recurring invoice drafts for you to check and issue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recurring invoice(s) could not be made (%1); opening the file tries again.</source>
        <translation>
            <numerusform>%n recurring invoice could not be made (%1); opening the file tries again.</numerusform>
            <numerusform>%n recurring invoices could not be made (%1); opening the file tries again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqliteMessages</name>
    <message>
        <source>Wrong passphrase, or the file is not a Kasboek file or is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is in use by another Kasboek window or program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change conflicts with data already in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected database error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Unknown option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one company file can be opened at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kasboek [FILE]
Invoicing and bookkeeping, in one encrypted file.

  FILE           a company file (.kasboek) to open; asks for its passphrase
  -h, --help     show this help and exit
  -v, --version  show the version and exit
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasboek::ui::CompanyFileLoader</name>
    <message>
        <source>No file is being opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasboek::ui::FieldMessage</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasboek::ui::MainWindow</name>
    <message>
        <source>&amp;New Company File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, encrypted company file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing company file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the file and ask for the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the file and return to the start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kasboek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Company File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasboek files (*.kasboek);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasboek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Kasboek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Kasboek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kasboek %1&lt;/h3&gt;&lt;p&gt;Invoicing and bookkeeping for freelancers in Belgium and the Netherlands.&lt;/p&gt;&lt;p&gt;Your books, encrypted on your own computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasboek::ui::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasboek::ui::NewCompanyFileDialog</name>
    <message>
        <source>New Company File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new company file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasboek keeps all the books of one company in a single file, encrypted with a passphrase that only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As on your invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the file will be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confir&amp;m passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lost passphrase cannot be recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can open this file without its passphrase: not you, not Kasboek&apos;s makers. There is no reset. Write the passphrase down and keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;understand that a lost passphrase cannot be recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the file… deriving the key from your passphrase takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save New Company File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasboek files (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of your company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the full path of the file, or click Choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists. Kasboek never overwrites a file: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the passphrase again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasboek::ui::OpenBookPage</name>
    <message>
        <source>Company file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the file and ask for the passphrase again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the file and return to the start page (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices, customers and reports will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file format %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasboek::ui::PassphraseEdit</name>
    <message>
        <source>Hide passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasboek::ui::PassphraseStrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An estimate from the length and the kinds of characters used. It cannot tell whether a passphrase is easy to guess for someone who knows you. Four or more random words make a strong passphrase that is easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasboek::ui::RecentFileDelegate</name>
    <message>
        <source>Not found — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasboek::ui::RecentFilesModel</name>
    <message>
        <source>%1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasboek::ui::UnlockPage</name>
    <message>
        <source>Unlock company file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking… deriving the key from your passphrase takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasboek::ui::WelcomePage</name>
    <message>
        <source>Start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasboek logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasboek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your books, encrypted on your own computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New company file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, encrypted company file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing company file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files you create or open will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
