<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>CompanyFile</name>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters long.</source>
        <translation>
            <numerusform>La phrase secrète doit compter au moins %n caractère.</numerusform>
            <numerusform>La phrase secrète doit compter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be switched to its journal mode.</source>
        <translation>Impossible de faire passer le fichier dans son mode de journalisation.</translation>
    </message>
    <message>
        <source>The company name is required.</source>
        <translation>Le nom de l’entreprise est obligatoire.</translation>
    </message>
    <message>
        <source>Choose the country of the company.</source>
        <translation>Choisissez le pays de l’entreprise.</translation>
    </message>
    <message>
        <source>A file with this name already exists.</source>
        <translation>Un fichier portant ce nom existe déjà.</translation>
    </message>
    <message>
        <source>The file could not be created.</source>
        <translation>Le fichier n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>Enter the passphrase of the file.</source>
        <translation>Saisissez la phrase secrète du fichier.</translation>
    </message>
    <message>
        <source>This encrypted database is not a Kasboek file.</source>
        <translation>Cette base de données chiffrée n’est pas un fichier Kasboek.</translation>
    </message>
    <message>
        <source>This file was made by a newer version of Kasboek (file format %1; this version reads up to %2). Update Kasboek to open it.</source>
        <translation>Ce fichier a été créé par une version plus récente de Kasboek (format de fichier %1&#xa0;; cette version lit jusqu’au format %2). Mettez Kasboek à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Could not make a backup copy before upgrading the file.</source>
        <translation>Impossible de faire une copie de sauvegarde avant la mise à niveau du fichier.</translation>
    </message>
    <message>
        <source>The file is closed.</source>
        <translation>Le fichier est fermé.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Le fichier n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>La phrase secrète actuelle est incorrecte.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: no room for a new copy.</source>
        <translation>La phrase secrète n’a pas pu être modifiée&#xa0;: pas de place pour une nouvelle copie.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: the file could not be replaced.</source>
        <translation>La phrase secrète n’a pas pu être modifiée&#xa0;: le fichier n’a pas pu être remplacé.</translation>
    </message>
    <message>
        <source>Row %1 of %2 refers to a missing row of %3.</source>
        <translation>La ligne %1 de %2 renvoie à une ligne manquante de %3.</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not open the file.</source>
        <translation>Impossible d’ouvrir le fichier.</translation>
    </message>
    <message>
        <source>The database returned no result.</source>
        <translation>La base de données n’a renvoyé aucun résultat.</translation>
    </message>
    <message>
        <source>The file is damaged: a part of it could not be decrypted.</source>
        <translation>Le fichier est endommagé&#xa0;: une partie n’a pas pu être déchiffrée.</translation>
    </message>
</context>
<context>
    <name>FileFormat</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Le fichier n’existe pas.</translation>
    </message>
    <message>
        <source>This is not a Kasboek file (it is a folder or device).</source>
        <translation>Ce n’est pas un fichier Kasboek (c’est un dossier ou un périphérique).</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Le fichier n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The file is empty: it is not a Kasboek file.</source>
        <translation>Le fichier est vide&#xa0;: ce n’est pas un fichier Kasboek.</translation>
    </message>
    <message>
        <source>This is an unencrypted SQLite database, not a Kasboek file.</source>
        <translation>Il s’agit d’une base de données SQLite non chiffrée, pas d’un fichier Kasboek.</translation>
    </message>
    <message>
        <source>This is a document or archive, not a Kasboek file.</source>
        <translation>Il s’agit d’un document ou d’une archive, pas d’un fichier Kasboek.</translation>
    </message>
    <message>
        <source>This is not a Kasboek file, or it was made by a newer version of Kasboek.</source>
        <translation>Ce n’est pas un fichier Kasboek, ou il a été créé par une version plus récente de Kasboek.</translation>
    </message>
    <message>
        <source>The file is damaged: it is incomplete (truncated).</source>
        <translation>Le fichier est endommagé&#xa0;: il est incomplet (tronqué).</translation>
    </message>
</context>
<context>
    <name>KeyDerivation</name>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La phrase secrète est vide.</translation>
    </message>
    <message>
        <source>The key derivation salt is too short.</source>
        <translation>Le sel de dérivation de la clé est trop court.</translation>
    </message>
    <message>
        <source>Could not derive the key from the passphrase.</source>
        <translation>Impossible de dériver la clé à partir de la phrase secrète.</translation>
    </message>
</context>
<context>
    <name>MigrationSet</name>
    <message>
        <source>A schema upgrade script is missing.</source>
        <translation>Un script de mise à niveau du schéma est manquant.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>too short</source>
        <extracomment>Passphrase strength, shown as &quot;Strength: %1&quot;</extracomment>
        <translation>phrase trop courte</translation>
    </message>
    <message>
        <source>weak</source>
        <extracomment>Passphrase strength, shown as &quot;Strength: %1&quot;</extracomment>
        <translation>faible</translation>
    </message>
    <message>
        <source>fair</source>
        <extracomment>Passphrase strength, shown as &quot;Strength: %1&quot;</extracomment>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>good</source>
        <extracomment>Passphrase strength, shown as &quot;Strength: %1&quot;</extracomment>
        <translation>bonne</translation>
    </message>
    <message>
        <source>strong</source>
        <extracomment>Passphrase strength, shown as &quot;Strength: %1&quot;</extracomment>
        <translation>élevée</translation>
    </message>
</context>
<context>
    <name>RecurringRunText</name>
    <message>
        <source>The recurring invoices could not be checked: %1</source>
        <translation>Les factures récurrentes n’ont pas pu être vérifiées : %1</translation>
    </message>
    <message numerus="yes">
        <source>Issued %n recurring invoice(s): %1.</source>
        <translation>
            <numerusform>%n facture récurrente émise : %1.</numerusform>
            <numerusform>%n factures récurrentes émises : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %n recurring invoice draft(s) for you to check and issue.</source>
        <translation>
            <numerusform>%n brouillon de facture récurrente créé, à vérifier et à émettre.</numerusform>
            <numerusform>%n brouillons de factures récurrentes créés, à vérifier et à émettre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recurring invoice(s) could not be made (%1); opening the file tries again.</source>
        <translation>
            <numerusform>%n facture récurrente n’a pas pu être créée (%1) ; nouvel essai à la prochaine ouverture du fichier.</numerusform>
            <numerusform>%n factures récurrentes n’ont pas pu être créées (%1) ; nouvel essai à la prochaine ouverture du fichier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqliteMessages</name>
    <message>
        <source>Wrong passphrase, or the file is not a Kasboek file or is damaged.</source>
        <translation>Phrase secrète incorrecte, ou le fichier n’est pas un fichier Kasboek ou est endommagé.</translation>
    </message>
    <message>
        <source>The file is damaged.</source>
        <translation>Le fichier est endommagé.</translation>
    </message>
    <message>
        <source>The file is in use by another Kasboek window or program.</source>
        <translation>Le fichier est utilisé par une autre fenêtre de Kasboek ou par un autre programme.</translation>
    </message>
    <message>
        <source>This change is not allowed.</source>
        <translation>Cette modification n’est pas autorisée.</translation>
    </message>
    <message>
        <source>This change conflicts with data already in the file.</source>
        <translation>Cette modification est en conflit avec des données déjà présentes dans le fichier.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Le disque est plein.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>Le fichier n’a pas pu être lu ou écrit.</translation>
    </message>
    <message>
        <source>Unexpected database error.</source>
        <translation>Erreur inattendue de la base de données.</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Unknown option: %1</source>
        <translation>Option inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only one company file can be opened at a time.</source>
        <translation>Un seul fichier d’entreprise peut être ouvert à la fois.</translation>
    </message>
    <message>
        <source>Usage: kasboek [FILE]
Invoicing and bookkeeping, in one encrypted file.

  FILE           a company file (.kasboek) to open; asks for its passphrase
  -h, --help     show this help and exit
  -v, --version  show the version and exit
</source>
        <translation>Utilisation&#xa0;: kasboek [FICHIER]
Facturation et comptabilité, dans un seul fichier chiffré.

  FICHIER        un fichier d’entreprise (.kasboek) à ouvrir&#xa0;; demande sa phrase secrète
  -h, --help     afficher cette aide et quitter
  -v, --version  afficher la version et quitter
</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::CompanyFileLoader</name>
    <message>
        <source>No file is being opened.</source>
        <translation>Aucun fichier n’est en cours d’ouverture.</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::FieldMessage</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::MainWindow</name>
    <message>
        <source>&amp;New Company File…</source>
        <translation>&amp;Nouveau fichier d’entreprise…</translation>
    </message>
    <message>
        <source>Create a new, encrypted company file</source>
        <translation>Créer un nouveau fichier d’entreprise chiffré</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open an existing company file</source>
        <translation>Ouvrir un fichier d’entreprise existant</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Close the file and ask for the passphrase again</source>
        <translation>Fermer le fichier et redemander la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Close File</source>
        <translation>&amp;Fermer le fichier</translation>
    </message>
    <message>
        <source>Close the file and return to the start page</source>
        <translation>Fermer le fichier et revenir à la page d’accueil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Kasboek</source>
        <translation>À &amp;propos de Kasboek</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Open Company File</source>
        <translation>Ouvrir un fichier d’entreprise</translation>
    </message>
    <message>
        <source>Kasboek files (*.kasboek);;All files (*)</source>
        <translation>Fichiers Kasboek (*.kasboek);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Impossible d’ouvrir %1</translation>
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
        <translation>À propos de Kasboek</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kasboek %1&lt;/h3&gt;&lt;p&gt;Invoicing and bookkeeping for freelancers in Belgium and the Netherlands.&lt;/p&gt;&lt;p&gt;Your books, encrypted on your own computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kasboek %1&lt;/h3&gt;&lt;p&gt;Facturation et comptabilité pour les indépendants en Belgique et aux Pays-Bas.&lt;/p&gt;&lt;p&gt;Votre comptabilité, chiffrée sur votre propre ordinateur.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::NewCompanyFileDialog</name>
    <message>
        <source>New Company File</source>
        <translation>Nouveau fichier d’entreprise</translation>
    </message>
    <message>
        <source>Create a new company file</source>
        <translation>Créer un nouveau fichier d’entreprise</translation>
    </message>
    <message>
        <source>Kasboek keeps all the books of one company in a single file, encrypted with a passphrase that only you know.</source>
        <translation>Kasboek conserve toute la comptabilité d’une entreprise dans un seul fichier, chiffré avec une phrase secrète que vous êtes seul à connaître.</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l’entreprise</translation>
    </message>
    <message>
        <source>As on your invoices</source>
        <translation>Tel qu’il figure sur vos factures</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>File location</source>
        <translation>Emplacement du fichier</translation>
    </message>
    <message>
        <source>Where the file will be saved</source>
        <translation>Où le fichier sera enregistré</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose file location</source>
        <translation>Choisir l’emplacement du fichier</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirmer la phrase secrète</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Nom de l’entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Phrase &amp;secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Confir&amp;m passphrase:</source>
        <translation>&amp;Confirmer la phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>A lost passphrase cannot be recovered</source>
        <translation>Une phrase secrète perdue est irrécupérable</translation>
    </message>
    <message>
        <source>Nobody can open this file without its passphrase: not you, not Kasboek&apos;s makers. There is no reset. Write the passphrase down and keep it somewhere safe.</source>
        <translation>Sans sa phrase secrète, personne ne peut ouvrir ce fichier&#xa0;: ni vous, ni les créateurs de Kasboek. Elle ne peut pas être réinitialisée. Notez la phrase secrète et conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>I &amp;understand that a lost passphrase cannot be recovered</source>
        <translation>J’ai &amp;bien compris qu’une phrase secrète perdue est irrécupérable</translation>
    </message>
    <message>
        <source>Creating the file</source>
        <translation>Création du fichier</translation>
    </message>
    <message>
        <source>Creating the file… deriving the key from your passphrase takes a moment.</source>
        <translation>Création du fichier… La dérivation de la clé à partir de votre phrase secrète prend un instant.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Le verrouillage des majuscules est activé.</translation>
    </message>
    <message>
        <source>Save New Company File</source>
        <translation>Enregistrer le nouveau fichier d’entreprise</translation>
    </message>
    <message>
        <source>Kasboek files (*.%1)</source>
        <translation>Fichiers Kasboek (*.%1)</translation>
    </message>
    <message>
        <source>Enter the name of your company.</source>
        <translation>Saisissez le nom de votre entreprise.</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Choisissez où enregistrer le fichier.</translation>
    </message>
    <message>
        <source>Enter the full path of the file, or click Choose.</source>
        <translation>Saisissez le chemin complet du fichier, ou cliquez sur Choisir.</translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation>Ce dossier n’existe pas.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Kasboek never overwrites a file: choose another name.</source>
        <translation>Un fichier portant ce nom existe déjà. Kasboek n’écrase jamais un fichier&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère.</numerusform>
            <numerusform>Utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the passphrase again.</source>
        <translation>Saisissez à nouveau la phrase secrète.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Les phrases secrètes ne correspondent pas.</translation>
    </message>
    <message>
        <source>The file could not be created</source>
        <translation>Le fichier n’a pas pu être créé</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::OpenBookPage</name>
    <message>
        <source>Company file</source>
        <translation>Fichier d’entreprise</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Close the file and ask for the passphrase again (%1)</source>
        <translation>Fermer le fichier et redemander la phrase secrète (%1)</translation>
    </message>
    <message>
        <source>Close file</source>
        <translation>Fermer le fichier</translation>
    </message>
    <message>
        <source>Close the file and return to the start page (%1)</source>
        <translation>Fermer le fichier et revenir à la page d’accueil (%1)</translation>
    </message>
    <message>
        <source>Invoices, customers and reports will appear here.</source>
        <translation>Les factures, les clients et les rapports apparaîtront ici.</translation>
    </message>
    <message>
        <source>file format %1</source>
        <translation>format de fichier %1</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::PassphraseEdit</name>
    <message>
        <source>Hide passphrase</source>
        <translation>Masquer la phrase secrète</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::PassphraseStrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Robustesse&#xa0;: %1</translation>
    </message>
    <message>
        <source>An estimate from the length and the kinds of characters used. It cannot tell whether a passphrase is easy to guess for someone who knows you. Four or more random words make a strong passphrase that is easy to remember.</source>
        <translation>Une estimation fondée sur la longueur et les types de caractères utilisés. Elle ne peut pas savoir si une personne qui vous connaît devinerait facilement la phrase secrète. Quatre mots aléatoires ou plus forment une phrase secrète robuste et facile à retenir.</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::RecentFileDelegate</name>
    <message>
        <source>Not found — %1</source>
        <translation>Introuvable — %1</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::RecentFilesModel</name>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (introuvable)</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, dans %2</translation>
    </message>
    <message>
        <source>%1, not found</source>
        <translation>%1, introuvable</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::UnlockPage</name>
    <message>
        <source>Unlock company file</source>
        <translation>Déverrouiller le fichier d’entreprise</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Déverrouillage en cours</translation>
    </message>
    <message>
        <source>Unlocking… deriving the key from your passphrase takes a moment.</source>
        <translation>Déverrouillage… La dérivation de la clé à partir de votre phrase secrète prend un instant.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>Retour à la page d’accueil</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Le verrouillage des majuscules est activé.</translation>
    </message>
</context>
<context>
    <name>kasboek::ui::WelcomePage</name>
    <message>
        <source>Start page</source>
        <translation>Page d’accueil</translation>
    </message>
    <message>
        <source>Kasboek logo</source>
        <translation>Logo de Kasboek</translation>
    </message>
    <message>
        <source>Kasboek</source>
        <translation>Kasboek</translation>
    </message>
    <message>
        <source>Your books, encrypted on your own computer</source>
        <translation>Votre comptabilité, chiffrée sur votre propre ordinateur</translation>
    </message>
    <message>
        <source>New company file…</source>
        <translation>Nouveau fichier d’entreprise…</translation>
    </message>
    <message>
        <source>Create a new, encrypted company file</source>
        <translation>Créer un nouveau fichier d’entreprise chiffré</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open an existing company file</source>
        <translation>Ouvrir un fichier d’entreprise existant</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>Files you create or open will be listed here.</source>
        <translation>Les fichiers que vous créez ou ouvrez apparaîtront ici.</translation>
    </message>
</context>
</TS>
