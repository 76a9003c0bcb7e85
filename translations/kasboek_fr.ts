<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>AccountRepository</name>
    <message>
        <source>The account does not exist.</source>
        <translation>Le compte n’existe pas.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Il n’existe pas de compte %1.</translation>
    </message>
    <message>
        <source>The chart of accounts has no account for &quot;%1&quot;.</source>
        <translation>Le plan comptable ne contient pas de compte pour &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>An account code has 1 to 20 letters, digits or dots (for example 700000).</source>
        <translation>Un code de compte comporte de 1 à 20 lettres, chiffres ou points (par exemple 700000).</translation>
    </message>
    <message>
        <source>Give the account a name of at most 200 characters.</source>
        <translation>Donnez au compte un nom de 200 caractères au maximum.</translation>
    </message>
    <message>
        <source>An RGS code has at most 40 characters.</source>
        <translation>Un code RGS comporte au maximum 40 caractères.</translation>
    </message>
    <message>
        <source>A VAT rate lies between 0 % and 100 %.</source>
        <translation>Un taux de TVA est compris entre 0&#xa0;% et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>The deductible share of VAT lies between 0 % and 100 %.</source>
        <translation>La part déductible de la TVA est comprise entre 0&#xa0;% et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>Account %1 already exists.</source>
        <translation>Le compte %1 existe déjà.</translation>
    </message>
    <message>
        <source>Account %1 already has this role; give it to one account only.</source>
        <translation>Le compte %1 a déjà ce rôle&#xa0;; attribuez-le à un seul compte.</translation>
    </message>
    <message>
        <source>Account %1 has postings: it keeps its code and type. Rename it, or archive it and make a new one.</source>
        <translation>Le compte %1 comporte des mouvements&#xa0;: il conserve son code et son type. Renommez-le, ou archivez-le et créez-en un nouveau.</translation>
    </message>
    <message>
        <source>Account %1 is in use and cannot be deleted; archive it instead.</source>
        <translation>Le compte %1 est utilisé et ne peut pas être supprimé&#xa0;; archivez-le plutôt.</translation>
    </message>
</context>
<context>
    <name>AgedBalances</name>
    <message>
        <source>A payment in this file cannot be read.</source>
        <translation>Un paiement de ce fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Outstanding at %1, by days past the due date.</source>
        <translation>Encours au %1, par nombre de jours de retard sur la date d’échéance.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in another currency without an exchange rate left out.</source>
        <translation>
            <numerusform>%n document dans une autre devise, sans taux de change, a été écarté.</numerusform>
            <numerusform>%n documents dans une autre devise, sans taux de change, ont été écartés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Aged receivables</source>
        <translation>Balance âgée des clients</translation>
    </message>
    <message>
        <source>Aged payables</source>
        <translation>Balance âgée des fournisseurs</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Non échu</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 jours</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 jours</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 jours</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Plus de 90 jours</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>BalanceSheet</name>
    <message>
        <source>Balance sheet</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>At %1, compared with %2.</source>
        <translation>Au %1, comparé au %2.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Total assets</source>
        <translation>Total de l’actif</translation>
    </message>
    <message>
        <source>Liabilities</source>
        <translation>Dettes</translation>
    </message>
    <message>
        <source>Total liabilities</source>
        <translation>Total des dettes</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Capitaux propres</translation>
    </message>
    <message>
        <source>Result of the current period not yet closed</source>
        <translation>Résultat de la période en cours, non encore clôturée</translation>
    </message>
    <message>
        <source>Total equity</source>
        <translation>Total des capitaux propres</translation>
    </message>
    <message>
        <source>Total liabilities and equity</source>
        <translation>Total du passif (capitaux propres et dettes)</translation>
    </message>
</context>
<context>
    <name>BankJournals</name>
    <message>
        <source>Bank %1</source>
        <translation>Banque %1</translation>
    </message>
    <message>
        <source>There is no free account number after %1 for another bank account.</source>
        <translation>Il n’y a plus de numéro de compte libre après %1 pour un autre compte bancaire.</translation>
    </message>
    <message>
        <source>There is no free code for another bank journal.</source>
        <translation>Il n’y a plus de code libre pour un autre journal de banque.</translation>
    </message>
    <message>
        <source>The chart of accounts has no bank account, so the bank account %1 cannot be given a ledger account beside it.</source>
        <translation>Le plan comptable n’a pas de compte bancaire : le compte bancaire %1 ne peut donc pas recevoir de compte général à côté de celui-ci.</translation>
    </message>
    <message>
        <source>The code of the chart&apos;s bank account, %1, is not a number, so no further bank account can be numbered after it.</source>
        <translation>Le code du compte bancaire du plan comptable, %1, n’est pas un nombre : aucun autre compte bancaire ne peut donc être numéroté à sa suite.</translation>
    </message>
</context>
<context>
    <name>BankStatementCheck</name>
    <message>
        <source>the statement of %1 from %2 to %3</source>
        <translation>l’extrait du compte %1 du %2 au %3</translation>
    </message>
    <message>
        <source>statement %1 of %2</source>
        <translation>l’extrait %1 du compte %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>The statement on %1 is for account &quot;%2&quot;, which is not a valid IBAN.</source>
        <translation>L’extrait de compte figurant à la %1 concerne le compte &quot;%2&quot;, qui n’est pas un IBAN valide.</translation>
    </message>
    <message>
        <source>The dates of %1 (%2) are missing or out of order.</source>
        <translation>Les dates de %1 (%2) sont manquantes ou dans le mauvais ordre.</translation>
    </message>
    <message>
        <source>The balances of %1 (%2) are not in its currency, %3.</source>
        <translation>Les soldes de %1 (%2) ne sont pas exprimés dans sa devise, %3.</translation>
    </message>
    <message>
        <source>A movement of %1 (%2) has no booking date.</source>
        <translation>Un mouvement de %1 (%2) n’a pas de date de comptabilisation.</translation>
    </message>
    <message>
        <source>A movement of %1 (%2) is in %3, the statement in %4.</source>
        <translation>Un mouvement de %1 (%2) est en %3, alors que l’extrait est en %4.</translation>
    </message>
    <message>
        <source>The movements of %1 (%2) add up to more than Kasboek can hold.</source>
        <translation>La somme des mouvements de %1 (%2) dépasse ce que Kasboek peut enregistrer.</translation>
    </message>
    <message>
        <source>In %1 (%2) the amounts do not add up: the opening balance %3 %4 and its movements make %5 %4, but it closes with %6 %4. The file is incomplete or damaged; nothing was imported.</source>
        <translation>Dans %1 (%2), les montants ne concordent pas&#xa0;: le solde initial de %3 %4 et les mouvements donnent %5 %4, mais l’extrait se termine par un solde final de %6 %4. Le fichier est incomplet ou endommagé&#xa0;; rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>BankStatementImporter</name>
    <message>
        <source>The statements of %1 are in %2; %3 is in %4. Nothing was imported.</source>
        <translation>Les extraits de compte de %1 sont en %2&#xa0;; %3 est en %4. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The balances do not join: %1 opens with %2 %3, but the statement before it closed with %4 %3. A statement is missing between them, or one of them is wrong.</source>
        <translation>Les soldes ne se suivent pas&#xa0;: %1 commence avec un solde de %2 %3, mais l’extrait précédent s’est terminé avec %4 %3. Il manque un extrait entre les deux, ou l’un d’eux est erroné.</translation>
    </message>
</context>
<context>
    <name>BankStatementReader</name>
    <message>
        <source>The file is larger than %1 MiB: it is not a bank statement Kasboek reads.</source>
        <translation>Le fichier dépasse %1 Mio&#xa0;: ce n’est pas un extrait de compte que Kasboek peut lire.</translation>
    </message>
    <message>
        <source>This is not a bank statement Kasboek reads. Export the statement from your bank as camt.053 (XML), CODA or MT940.</source>
        <translation>Ce n’est pas un extrait de compte que Kasboek peut lire. Exportez l’extrait depuis votre banque au format camt.053 (XML), CODA ou MT940.</translation>
    </message>
    <message>
        <source>A CSV statement needs the column mapping of its bank.</source>
        <translation>Un extrait de compte CSV nécessite la correspondance des colonnes propre à sa banque.</translation>
    </message>
    <message>
        <source>The %1 file holds no statement.</source>
        <translation>Le fichier %1 ne contient aucun extrait de compte.</translation>
    </message>
</context>
<context>
    <name>BankWaitingCommand</name>
    <message>
        <source>(%1 more than due)</source>
        <translation>(%1 de plus que le montant dû)</translation>
    </message>
    <message>
        <source>(in part)</source>
        <translation>(en partie)</translation>
    </message>
    <message>
        <source>Bank lines waiting to be reconciled</source>
        <translation>Lignes bancaires en attente de rapprochement</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Contrepartie</translation>
    </message>
    <message>
        <source>Remittance</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>List the bank lines waiting to be reconciled, with suggested matches.</source>
        <translation>Lister les lignes bancaires en attente de rapprochement, avec les correspondances suggérées.</translation>
    </message>
    <message>
        <source>Prints the imported bank lines that no entry reconciles yet, oldest first: id, journal, booking date, amount (positive is money in), counterparty, remittance, and the documents the line seems to pay or refund. The match says why: payment_reference (the structured communication or RF reference of an open document), document_number (open documents&apos; numbers in the remittance text), amount_and_account (what the party whose IBAN it is owes, to the cent) or amount_and_name (the same by the party&apos;s name). Earlier lines claim documents first, so no part of a document is suggested twice. Changes nothing.</source>
        <translation>Affiche les lignes bancaires importées qu’aucune écriture ne rapproche encore, de la plus ancienne à la plus récente&#xa0;: id, journal, date de comptabilisation, montant (positif pour une entrée d’argent), contrepartie, communication, et les documents que la ligne semble payer ou rembourser. La correspondance en indique la raison&#xa0;: payment_reference (la communication structurée ou la référence RF d’un document non soldé), document_number (des numéros de documents non soldés figurant dans le texte de la communication), amount_and_account (ce que doit, au cent près, la partie titulaire de l’IBAN) ou amount_and_name (idem, d’après le nom de la partie). Les lignes les plus anciennes se voient attribuer les documents en premier, de sorte qu’aucune partie d’un document n’est suggérée deux fois. Ne modifie rien.</translation>
    </message>
</context>
<context>
    <name>BelgianEnterpriseNumber</name>
    <message>
        <source>No enterprise number was entered.</source>
        <translation>Aucun numéro d’entreprise n’a été saisi.</translation>
    </message>
    <message>
        <source>An enterprise number contains only digits, not “%1”.</source>
        <translation>Un numéro d’entreprise ne contient que des chiffres, pas “%1”.</translation>
    </message>
    <message>
        <source>An enterprise number contains only digits, optionally after the prefix BE.</source>
        <translation>Un numéro d’entreprise ne contient que des chiffres, éventuellement précédés du préfixe BE.</translation>
    </message>
    <message>
        <source>A Belgian enterprise number has 10 digits, such as 0123.456.749.</source>
        <translation>Un numéro d’entreprise belge comporte 10 chiffres, par exemple 0123.456.749.</translation>
    </message>
    <message>
        <source>A Belgian enterprise number starts with 0 or 1.</source>
        <translation>Un numéro d’entreprise belge commence par 0 ou 1.</translation>
    </message>
    <message>
        <source>The last two digits of this enterprise number do not match the rest of it. Check for a typing error.</source>
        <translation>Les deux derniers chiffres de ce numéro d’entreprise ne correspondent pas au reste du numéro. Vérifiez qu’il n’y a pas de faute de frappe.</translation>
    </message>
    <message>
        <source>This is not a valid enterprise number.</source>
        <translation>Ce numéro d’entreprise n’est pas valide.</translation>
    </message>
</context>
<context>
    <name>Bic</name>
    <message>
        <source>No BIC was entered.</source>
        <translation>Aucun BIC n’a été saisi.</translation>
    </message>
    <message>
        <source>A BIC contains only the letters A to Z and the digits 0 to 9, not “%1”.</source>
        <translation>Un BIC ne contient que les lettres A à Z et les chiffres 0 à 9, pas “%1”.</translation>
    </message>
    <message>
        <source>A BIC has 8 or 11 characters.</source>
        <translation>Un BIC comporte 8 ou 11 caractères.</translation>
    </message>
    <message>
        <source>The first four characters of a BIC are letters.</source>
        <translation>Les quatre premiers caractères d’un BIC sont des lettres.</translation>
    </message>
    <message>
        <source>Characters 5 and 6 of a BIC are the bank&apos;s country code, and %1 is not a country code.</source>
        <translation>Les caractères 5 et 6 d’un BIC forment le code pays de la banque, et %1 n’est pas un code pays.</translation>
    </message>
    <message>
        <source>This is not a valid BIC.</source>
        <translation>Ce BIC n’est pas valide.</translation>
    </message>
</context>
<context>
    <name>Camt053Reader</name>
    <message>
        <source>The file is not an ISO 20022 bank statement (camt.053): its root element, on line %1 (%2), is not in a camt.053 namespace.</source>
        <translation>Le fichier n’est pas un extrait de compte ISO 20022 (camt.053)&#xa0;: son élément racine, à la ligne %1 (%2), n’est pas dans un espace de noms camt.053.</translation>
    </message>
    <message>
        <source>The file is an intraday account report (%3, line %1, %2), not an end-of-day bank statement (camt.053). Ask your bank for the statement in camt.053.</source>
        <translation>Le fichier est un relevé de compte intrajournalier (%3, ligne %1, %2), et non un extrait de compte de fin de journée (camt.053). Demandez à votre banque l’extrait au format camt.053.</translation>
    </message>
    <message>
        <source>The file is a debit or credit notification (%3, line %1, %2), not a bank statement (camt.053). Ask your bank for the statement in camt.053.</source>
        <translation>Le fichier est un avis de débit ou de crédit (%3, ligne %1, %2), et non un extrait de compte (camt.053). Demandez à votre banque l’extrait au format camt.053.</translation>
    </message>
    <message>
        <source>The file is an ISO 20022 %3 message (line %1, %2), not a bank statement (camt.053).</source>
        <translation>Le fichier est un message ISO 20022 %3 (ligne %1, %2), et non un extrait de compte (camt.053).</translation>
    </message>
    <message>
        <source>The file is a bank statement of version %3 (line %1, %2); Kasboek reads camt.053.001.02 and later versions.</source>
        <translation>Le fichier est un extrait de compte en version %3 (ligne %1, %2)&#xa0;; Kasboek lit camt.053.001.02 et les versions ultérieures.</translation>
    </message>
    <message>
        <source>The root element on line %1 (%2) should be Document.</source>
        <translation>L’élément racine à la ligne %1 (%2) devrait être Document.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file is too large for a bank statement (%1 MB; at most %2 MB).</source>
        <translation>Le fichier est trop volumineux pour un extrait de compte (%1 Mo&#xa0;; au plus %2 Mo).</translation>
    </message>
    <message>
        <source>The document that starts on line %1 holds no bank-to-customer statement (%2).</source>
        <translation>Le document qui commence à la ligne %1 ne contient aucun extrait de compte de la banque au client (%2).</translation>
    </message>
    <message>
        <source>The document that starts on line %1 holds no statement (%2).</source>
        <translation>Le document qui commence à la ligne %1 ne contient aucun extrait de compte (%2).</translation>
    </message>
</context>
<context>
    <name>CamtEntryReader</name>
    <message>
        <source>The amount on line %1 (%2) is too large.</source>
        <translation>Le montant de la ligne %1 (%2) est trop élevé.</translation>
    </message>
    <message>
        <source>The booked entry that starts on line %1 has no booking date (%2).</source>
        <translation>Le mouvement comptabilisé qui commence à la ligne %1 n’a pas de date de comptabilisation (%2).</translation>
    </message>
    <message>
        <source>The entry on line %1 (%2) is a batch of %3 transactions that add up to %4, not to the entry&apos;s %5.</source>
        <translation>Le mouvement de la ligne %1 (%2) regroupe %3 transactions dont le total fait %4, et non %5, le montant du mouvement.</translation>
    </message>
    <message>
        <source>The amounts of the batch entry on line %1 (%2) add up to more than Kasboek can hold.</source>
        <translation>Les montants du mouvement groupé à la ligne %1 (%2) totalisent plus que ce que Kasboek peut contenir.</translation>
    </message>
</context>
<context>
    <name>CamtStatementBuilder</name>
    <message>
        <source>The element on line %1 (%2) may appear only once in a statement.</source>
        <translation>L’élément de la ligne %1 (%2) ne peut apparaître qu’une seule fois dans un extrait.</translation>
    </message>
    <message>
        <source>The value on line %1 (%2) is longer than the %3 characters it may have.</source>
        <translation>La valeur de la ligne %1 (%2) dépasse les %3 caractères autorisés.</translation>
    </message>
    <message>
        <source>The currency on line %1 (%2) is %3, but the statement is in %4.</source>
        <translation>La devise de la ligne %1 (%2) est %3, mais l’extrait est en %4.</translation>
    </message>
    <message>
        <source>The account of the statement, on line %1, has no IBAN (%2): Kasboek reads statements of accounts with an IBAN only.</source>
        <translation>Le compte de l’extrait, à la ligne %1, n’a pas d’IBAN (%2)&#xa0;: Kasboek ne lit que les extraits de comptes dotés d’un IBAN.</translation>
    </message>
    <message>
        <source>The IBAN on line %1 (%2) is longer than %3 characters.</source>
        <translation>L’IBAN de la ligne %1 (%2) dépasse %3 caractères.</translation>
    </message>
    <message>
        <source>The IBAN of the statement&apos;s account on line %1 (%2) is not valid: %3</source>
        <translation>L’IBAN du compte de l’extrait, à la ligne %1 (%2), n’est pas valide&#xa0;: %3</translation>
    </message>
    <message>
        <source>The statement has a second %3 balance, on line %1 (%2).</source>
        <translation>L’extrait contient un second solde %3, à la ligne %1 (%2).</translation>
    </message>
    <message>
        <source>The balance on line %1 (%2) does not say its currency (Ccy), and neither does the account.</source>
        <translation>Le solde de la ligne %1 (%2) n’indique pas sa devise (Ccy), et le compte non plus.</translation>
    </message>
    <message>
        <source>The amount on line %1 (%2) is too large.</source>
        <translation>Le montant de la ligne %1 (%2) est trop élevé.</translation>
    </message>
    <message>
        <source>The entry on line %1 (%2) comes before the account of its statement (Acct).</source>
        <translation>Le mouvement de la ligne %1 (%2) précède le compte de son extrait (Acct).</translation>
    </message>
    <message>
        <source>The entry on line %1 (%2) comes before anything that gives the statement&apos;s currency (Acct/Ccy, or the balances).</source>
        <translation>Le mouvement de la ligne %1 (%2) précède tout élément indiquant la devise de l’extrait (Acct/Ccy, ou les soldes).</translation>
    </message>
    <message>
        <source>The statement that starts on line %1 has no account (%2).</source>
        <translation>L’extrait qui commence à la ligne %1 n’a pas de compte (%2).</translation>
    </message>
    <message>
        <source>The statement that starts on line %1 has no opening balance (%2 of type OPBD or PRCD).</source>
        <translation>L’extrait qui commence à la ligne %1 n’a pas de solde initial (%2 de type OPBD ou PRCD).</translation>
    </message>
    <message>
        <source>The statement that starts on line %1 has no closing balance (%2 of type CLBD).</source>
        <translation>L’extrait qui commence à la ligne %1 n’a pas de solde final (%2 de type CLBD).</translation>
    </message>
</context>
<context>
    <name>CamtSubtree</name>
    <message>
        <source>The element on line %1 (%2) may appear only once here.</source>
        <translation>L’élément de la ligne %1 (%2) ne peut apparaître qu’une seule fois ici.</translation>
    </message>
    <message>
        <source>The element that starts on line %1 lacks %2, which it must have.</source>
        <translation>L’élément qui commence à la ligne %1 ne contient pas %2, qui est obligatoire.</translation>
    </message>
</context>
<context>
    <name>CamtTransactionDetails</name>
    <message>
        <source>The account on line %1 (%2) is not an IBAN.</source>
        <translation>Le compte de la ligne %1 (%2) n’est pas un IBAN.</translation>
    </message>
    <message>
        <source>The account number on line %1 (%2) is longer than %3 characters.</source>
        <translation>Le numéro de compte de la ligne %1 (%2) dépasse %3 caractères.</translation>
    </message>
    <message>
        <source>The BIC on line %1 (%2) is not a BIC.</source>
        <translation>Le BIC de la ligne %1 (%2) n’est pas un BIC.</translation>
    </message>
</context>
<context>
    <name>CamtValues</name>
    <message>
        <source>The currency %3 on line %1 (%2) is not one Kasboek can keep books in.</source>
        <translation>La devise %3 de la ligne %1 (%2) n’est pas une devise dans laquelle Kasboek peut tenir une comptabilité.</translation>
    </message>
    <message>
        <source>The amount on line %1 (%2) is in %3, but the statement is in %4.</source>
        <translation>Le montant de la ligne %1 (%2) est en %3, mais l’extrait est en %4.</translation>
    </message>
    <message>
        <source>The amount on line %1 (%2) is empty.</source>
        <translation>Le montant de la ligne %1 (%2) est vide.</translation>
    </message>
    <message>
        <source>The amount on line %1 (%2) has a sign; in a bank statement the credit or debit indicator says which way the money went.</source>
        <translation>Le montant de la ligne %1 (%2) comporte un signe&#xa0;; dans un extrait de compte, c’est l’indicateur de crédit ou de débit qui indique dans quel sens l’argent a circulé.</translation>
    </message>
    <message>
        <source>The amount on line %1 (%2) is not a plain decimal number such as 1234.56.</source>
        <translation>Le montant de la ligne %1 (%2) n’est pas un nombre décimal simple comme 1234.56.</translation>
    </message>
    <message>
        <source>The amount on line %1 (%2) is too large.</source>
        <translation>Le montant de la ligne %1 (%2) est trop élevé.</translation>
    </message>
    <message>
        <source>The credit or debit indicator on line %1 (%2) must be CRDT or DBIT.</source>
        <translation>L’indicateur de crédit ou de débit de la ligne %1 (%2) doit être CRDT ou DBIT.</translation>
    </message>
    <message>
        <source>The date on line %1 (%2) is given twice, as a date and as a date and time.</source>
        <translation>La date de la ligne %1 (%2) est indiquée deux fois, comme date et comme date et heure.</translation>
    </message>
    <message>
        <source>The date on line %1 (%2) is not written as YYYY-MM-DD.</source>
        <translation>La date de la ligne %1 (%2) n’est pas au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The date and time on line %1 (%2) is not written as YYYY-MM-DDThh:mm:ss.</source>
        <translation>La date et l’heure de la ligne %1 (%2) ne sont pas au format AAAA-MM-JJThh:mm:ss.</translation>
    </message>
    <message>
        <source>The date on line %1 (%2) does not exist.</source>
        <translation>La date de la ligne %1 (%2) n’existe pas.</translation>
    </message>
    <message>
        <source>The date on line %1 (%2) is not between the years %3 and %4.</source>
        <translation>La date de la ligne %1 (%2) n’est pas comprise entre les années %3 et %4.</translation>
    </message>
    <message>
        <source>The value on line %1 (%2) is longer than the %3 characters it may have.</source>
        <translation>La valeur de la ligne %1 (%2) dépasse les %3 caractères autorisés.</translation>
    </message>
    <message>
        <source>The amount on line %1 (%2) has %3 decimals, more than %4 allows (%5).</source>
        <translation>Le montant de la ligne %1 (%2) comporte %3 décimales, soit plus que la devise %4 n’en permet (%5).</translation>
    </message>
    <message>
        <source>The date element on line %1 (%2) holds neither a date nor a date and time.</source>
        <translation>L’élément de date à la ligne %1 (%2) ne contient ni date ni date et heure.</translation>
    </message>
</context>
<context>
    <name>CamtXmlScanner</name>
    <message>
        <source>The file is not a well-formed XML document: the problem is on line %1, before its first element.</source>
        <translation>Le fichier n’est pas un document XML bien formé&#xa0;: le problème se situe à la ligne %1, avant son premier élément.</translation>
    </message>
    <message>
        <source>The file ends too early, on line %1 inside %2: it looks truncated.</source>
        <translation>Le fichier se termine trop tôt, à la ligne %1, dans %2&#xa0;: il semble tronqué.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML: the problem is on line %1, inside %2.</source>
        <translation>Le fichier n’est pas un XML bien formé&#xa0;: le problème se situe à la ligne %1, dans %2.</translation>
    </message>
    <message>
        <source>The file contains a document type declaration (DOCTYPE) on line %1, which a bank statement never needs; it is refused for safety.</source>
        <translation>Le fichier contient une déclaration de type de document (DOCTYPE) à la ligne %1, dont un extrait de compte n’a jamais besoin&#xa0;; il est refusé par sécurité.</translation>
    </message>
    <message>
        <source>The file refers to an entity on line %1, inside %2, which a bank statement never does; it is refused for safety.</source>
        <translation>Le fichier fait référence à une entité à la ligne %1, dans %2, ce que ne fait jamais un extrait de compte&#xa0;; il est refusé par sécurité.</translation>
    </message>
    <message>
        <source>A text on line %1, inside %2, is longer than %3 characters.</source>
        <translation>Un texte à la ligne %1, dans %2, dépasse %3 caractères.</translation>
    </message>
    <message>
        <source>The file nests its elements too deeply on line %1, inside %2 (more than %3 levels).</source>
        <translation>Le fichier imbrique ses éléments trop profondément à la ligne %1, dans %2 (plus de %3 niveaux).</translation>
    </message>
    <message>
        <source>An element on line %1, inside %2, has too many attributes.</source>
        <translation>Un élément à la ligne %1, dans %2, a trop d’attributs.</translation>
    </message>
    <message>
        <source>An attribute on line %1, inside %2, is longer than %3 characters.</source>
        <translation>Un attribut à la ligne %1, dans %2, dépasse %3 caractères.</translation>
    </message>
    <message>
        <source>The file contains no XML element: it is not a bank statement.</source>
        <translation>Le fichier ne contient aucun élément XML&#xa0;: ce n’est pas un extrait de compte.</translation>
    </message>
    <message>
        <source>The element %2 holds too many elements (more than %3): the limit is reached on line %1.</source>
        <translation>L’élément %2 contient trop d’éléments (plus de %3)&#xa0;: la limite est atteinte à la ligne %1.</translation>
    </message>
    <message>
        <source>The file holds more after the end of its document element, on line %1.</source>
        <translation>Le fichier contient encore du contenu après la fin de son élément de document, à la ligne %1.</translation>
    </message>
</context>
<context>
    <name>ChartTemplate</name>
    <message>
        <source>The chart of accounts needs a &quot;%1&quot; text of at most %2 characters.</source>
        <translation>Le plan comptable requiert un texte &quot;%1&quot; de %2 caractères au maximum.</translation>
    </message>
    <message>
        <source>The chart of accounts must list the languages of its account names.</source>
        <translation>Le plan comptable doit indiquer les langues des noms de ses comptes.</translation>
    </message>
    <message>
        <source>The languages of the chart must be two-letter codes such as &quot;nl&quot;.</source>
        <translation>Les langues du plan comptable doivent être des codes à deux lettres, par exemple &quot;nl&quot;.</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is listed twice.</source>
        <translation>La langue &quot;%1&quot; figure deux fois dans la liste.</translation>
    </message>
    <message>
        <source>Account %1 has no names.</source>
        <translation>Le compte %1 n’a aucun nom.</translation>
    </message>
    <message>
        <source>Account %1 has a name in &quot;%2&quot;, a language the chart does not list.</source>
        <translation>Le compte %1 a un nom en &quot;%2&quot;, une langue que le plan comptable n’indique pas.</translation>
    </message>
    <message>
        <source>Account %1 has no name in &quot;%2&quot;.</source>
        <translation>Le compte %1 n’a pas de nom en &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The name of account %1 in &quot;%2&quot; is longer than %3 characters.</source>
        <translation>Le nom du compte %1 en &quot;%2&quot; dépasse %3 caractères.</translation>
    </message>
    <message>
        <source>Account %1 has an unknown VAT kind.</source>
        <translation>Le compte %1 a un type de TVA inconnu.</translation>
    </message>
    <message>
        <source>The VAT rate of account %1 must be a whole number of basis points from 0 to 10000 (2100 = 21 %).</source>
        <translation>Le taux de TVA du compte %1 doit être un nombre entier de points de base compris entre 0 et 10000 (2100 = 21&#xa0;%).</translation>
    </message>
    <message>
        <source>Account %1 has a VAT rate but no VAT kind.</source>
        <translation>Le compte %1 a un taux de TVA mais pas de type de TVA.</translation>
    </message>
    <message>
        <source>The deductible share of account %1 must be a whole percentage from 0 to 100.</source>
        <translation>La part déductible du compte %1 doit être un pourcentage entier compris entre 0 et 100.</translation>
    </message>
    <message>
        <source>Account %1 has a deductible VAT share but is not a purchase account.</source>
        <translation>Le compte %1 a une part de TVA déductible mais n’est pas un compte d’achat.</translation>
    </message>
    <message>
        <source>Entry %1 of the accounts is not an account.</source>
        <translation>L’élément %1 de la liste des comptes n’est pas un compte.</translation>
    </message>
    <message>
        <source>Entry %1 of the accounts has no valid code: 1 to 20 letters, digits or dots.</source>
        <translation>L’élément %1 de la liste des comptes n’a pas de code valide&#xa0;: de 1 à 20 lettres, chiffres ou points.</translation>
    </message>
    <message>
        <source>Account %1 has an unknown field &quot;%2&quot;.</source>
        <translation>Le compte %1 a un champ inconnu &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Account %1 has the type &quot;%2&quot;; a type is one of asset, liability, equity, income or expense.</source>
        <translation>Le compte %1 a le type &quot;%2&quot;&#xa0;; un type vaut asset, liability, equity, income ou expense.</translation>
    </message>
    <message>
        <source>Account %1 has the unknown role &quot;%2&quot;.</source>
        <translation>Le compte %1 a un rôle inconnu &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Account %1 has an RGS code that is not one: it starts with B or W and has letters, digits and dots.</source>
        <translation>Le compte %1 a un code RGS non valide&#xa0;: un code RGS commence par B ou W et se compose de lettres, de chiffres et de points.</translation>
    </message>
    <message>
        <source>The note of account %1 must be a text of at most %2 characters.</source>
        <translation>La note du compte %1 doit être un texte de %2 caractères au maximum.</translation>
    </message>
    <message>
        <source>The chart of accounts is larger than %1 bytes.</source>
        <translation>Le plan comptable dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The chart of accounts is not valid JSON: %1 (at byte %2).</source>
        <translation>Le plan comptable n’est pas du JSON valide&#xa0;: %1 (à l’octet %2).</translation>
    </message>
    <message>
        <source>The chart of accounts is not a JSON object.</source>
        <translation>Le plan comptable n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The chart of accounts has an unknown field &quot;%1&quot;.</source>
        <translation>Le plan comptable contient un champ inconnu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This chart of accounts is in a format this version of Kasboek does not read.</source>
        <translation>Ce plan comptable est dans un format que cette version de Kasboek ne sait pas lire.</translation>
    </message>
    <message>
        <source>The chart of accounts has no country code such as &quot;BE&quot;.</source>
        <translation>Le plan comptable n’a pas de code pays tel que &quot;BE&quot;.</translation>
    </message>
    <message>
        <source>The chart of accounts must list between 1 and %1 accounts.</source>
        <translation>Le plan comptable doit contenir entre 1 et %1 comptes.</translation>
    </message>
    <message>
        <source>The account code %1 appears more than once.</source>
        <translation>Le code de compte %1 apparaît plusieurs fois.</translation>
    </message>
    <message>
        <source>Accounts %1 and %2 both have the role &quot;%3&quot;; a role belongs to one account.</source>
        <translation>Les comptes %1 et %2 ont tous deux le rôle &quot;%3&quot;&#xa0;; un rôle appartient à un seul compte.</translation>
    </message>
    <message>
        <source>No account of the chart has the role &quot;%1&quot;.</source>
        <translation>Aucun compte du plan comptable n’a le rôle &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Kasboek has no chart of accounts for the country &quot;%1&quot;; it has one for Belgium (BE) and one for the Netherlands (NL).</source>
        <translation>Kasboek n’a pas de plan comptable pour le pays &quot;%1&quot;&#xa0;; il en a un pour la Belgique (BE) et un pour les Pays-Bas (NL).</translation>
    </message>
    <message>
        <source>The chart of accounts for %1 is missing from this build.</source>
        <translation>Le plan comptable pour %1 est absent de cette version du programme.</translation>
    </message>
    <message>
        <source>The chart of accounts for %1 is marked as the chart for %2.</source>
        <translation>Le plan comptable pour %1 est marqué comme celui de %2.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check a file&apos;s integrity; exit 0 only if every check holds.</source>
        <translation>Vérifier l’intégrité d’un fichier&#xa0;; code de sortie 0 uniquement si toutes les vérifications réussissent.</translation>
    </message>
    <message>
        <source>Unlocks FILE, runs every check and prints one line per check: its name, then &quot;ok&quot; or &quot;failed&quot; followed by the problems found. The exit code is 0 only if every check holds, 4 if the file is damaged. The checks:</source>
        <translation>Déverrouille FILE, exécute toutes les vérifications et affiche une ligne par vérification&#xa0;: son nom, puis &quot;ok&quot; ou &quot;échec&quot; suivi des problèmes trouvés. Le code de sortie est 0 uniquement si toutes les vérifications réussissent, 4 si le fichier est endommagé. Les vérifications&#xa0;:</translation>
    </message>
    <message>
        <source>could not be completed</source>
        <translation>n’a pas pu aboutir</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message numerus="yes">
        <source>The file is damaged: %n check(s) failed. Restore it from a backup.</source>
        <translation>
            <numerusform>Le fichier est endommagé&#xa0;: %n vérification a échoué. Restaurez-le à partir d’une sauvegarde.</numerusform>
            <numerusform>Le fichier est endommagé&#xa0;: %n vérifications ont échoué. Restaurez-le à partir d’une sauvegarde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>see &apos;%1&apos;</source>
        <translation>voir &apos;%1&apos;</translation>
    </message>
    <message>
        <source>detail: %1</source>
        <translation>détail&#xa0;: %1</translation>
    </message>
    <message>
        <source>upgraded to file format %1; the file as it was is kept as %2</source>
        <translation>mis à niveau vers le format de fichier %1&#xa0;; le fichier d’origine est conservé sous %2</translation>
    </message>
</context>
<context>
    <name>CodaAccount</name>
    <message>
        <source>the account structure must be 0, 1, 2 or 3, not &quot;%1&quot;.</source>
        <translation>la structure du compte doit être 0, 1, 2 ou 3, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the account &quot;%1&quot; is not a valid IBAN or Belgian account number.</source>
        <translation>le compte &quot;%1&quot; n’est ni un IBAN ni un numéro de compte belge valide.</translation>
    </message>
    <message>
        <source>the currency &quot;%1&quot; is not one Kasboek knows.</source>
        <translation>la devise &quot;%1&quot; n’est pas connue de Kasboek.</translation>
    </message>
</context>
<context>
    <name>CodaReader</name>
    <message>
        <source>The file is %1 MiB; a CODA file Kasboek reads is at most %2 MiB.</source>
        <translation>Le fichier fait %1 Mio&#xa0;; un fichier CODA lisible par Kasboek fait au plus %2 Mio.</translation>
    </message>
    <message>
        <source>Line %1 has %2 characters; every CODA record has exactly %3.</source>
        <translation>La ligne %1 compte %2 caractères&#xa0;; chaque enregistrement CODA en compte exactement %3.</translation>
    </message>
    <message>
        <source>a CODA file, and each statement in it, starts with a header record (0).</source>
        <translation>un fichier CODA, et chaque extrait qu’il contient, commence par un enregistrement d’en-tête (0).</translation>
    </message>
    <message>
        <source>a new header before the trailer (9) of the statement that starts on line %1.</source>
        <translation>un nouvel en-tête avant l’enregistrement final (9) de l’extrait qui commence à la ligne %1.</translation>
    </message>
    <message>
        <source>The file ends on line %1 before the trailer record (9) of the statement that starts on line %2: it is incomplete.</source>
        <translation>Le fichier se termine à la ligne %1, avant l’enregistrement final (9) de l’extrait qui commence à la ligne %2&#xa0;: il est incomplet.</translation>
    </message>
    <message>
        <source>The file holds no CODA statement: it has no records.</source>
        <translation>Le fichier ne contient aucun extrait CODA&#xa0;: il ne contient aucun enregistrement.</translation>
    </message>
</context>
<context>
    <name>CodaRecord</name>
    <message>
        <source>%1 must be digits, not &quot;%2&quot;.</source>
        <translation>%1 doit se composer de chiffres, pas &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>the sign of %1 must be 0 (credit) or 1 (debit), not &quot;%2&quot;.</source>
        <translation>pour %1, le signe doit être 0 (crédit) ou 1 (débit), pas &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (DDMMYY).</source>
        <translation>%1 &quot;%2&quot; n’est pas une date (JJMMAA).</translation>
    </message>
    <message>
        <source>Line %1, record %2: %3</source>
        <translation>Ligne %1, enregistrement %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CodaStatementParser</name>
    <message>
        <source>this is CODA version &quot;%1&quot;; Kasboek reads version 2, which every Belgian bank offers.</source>
        <translation>il s’agit de CODA version &quot;%1&quot;&#xa0;; Kasboek lit la version 2, que proposent toutes les banques belges.</translation>
    </message>
    <message>
        <source>the header must be followed by the old balance (record 1).</source>
        <translation>l’en-tête doit être suivi de l’ancien solde (enregistrement 1).</translation>
    </message>
    <message>
        <source>a statement has one old balance record.</source>
        <translation>un extrait contient un seul enregistrement d’ancien solde.</translation>
    </message>
    <message>
        <source>movements and information must come before the new balance (record 8).</source>
        <translation>les mouvements et les informations doivent précéder le nouveau solde (enregistrement 8).</translation>
    </message>
    <message>
        <source>a statement has one new balance record.</source>
        <translation>un extrait contient un seul enregistrement de nouveau solde.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CODA record type.</source>
        <translation>&quot;%1&quot; n’est pas un type d’enregistrement CODA.</translation>
    </message>
    <message>
        <source>the old balance</source>
        <translation>l’ancien solde</translation>
    </message>
    <message>
        <source>the old balance date</source>
        <translation>la date de l’ancien solde</translation>
    </message>
    <message>
        <source>the new balance is for account %1 in %2, the old balance for %3 in %4.</source>
        <translation>le nouveau solde concerne le compte %1 en %2, l’ancien solde le compte %3 en %4.</translation>
    </message>
    <message>
        <source>the new balance</source>
        <translation>le nouveau solde</translation>
    </message>
    <message>
        <source>the new balance date</source>
        <translation>la date du nouveau solde</translation>
    </message>
    <message>
        <source>a movement record is 2.1, 2.2 or 2.3.</source>
        <translation>un enregistrement de mouvement est de type 2.1, 2.2 ou 2.3.</translation>
    </message>
    <message>
        <source>the sequence number</source>
        <translation>le numéro de séquence</translation>
    </message>
    <message>
        <source>the detail number</source>
        <translation>le numéro de détail</translation>
    </message>
    <message>
        <source>it does not continue the movement record just before it (same sequence and detail number).</source>
        <translation>il ne prolonge pas l’enregistrement de mouvement qui le précède (même numéro de séquence et de détail).</translation>
    </message>
    <message>
        <source>detail %1 of movement %2 does not follow that movement.</source>
        <translation>le détail %1 du mouvement %2 ne suit pas ce mouvement.</translation>
    </message>
    <message>
        <source>the amount</source>
        <translation>le montant</translation>
    </message>
    <message>
        <source>the value date</source>
        <translation>la date valeur</translation>
    </message>
    <message>
        <source>the transaction code &quot;%1&quot; does not start with a digit.</source>
        <translation>le code de transaction &quot;%1&quot; ne commence pas par un chiffre.</translation>
    </message>
    <message>
        <source>the communication type must be 0 (free) or 1 (structured), not &quot;%1&quot;.</source>
        <translation>le type de communication doit être 0 (libre) ou 1 (structurée), pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the entry date</source>
        <translation>la date de comptabilisation</translation>
    </message>
    <message>
        <source>the movements add up to more than Kasboek can hold.</source>
        <translation>la somme des mouvements dépasse ce que Kasboek peut enregistrer.</translation>
    </message>
    <message>
        <source>an information record is 3.1, 3.2 or 3.3.</source>
        <translation>un enregistrement d’information est de type 3.1, 3.2 ou 3.3.</translation>
    </message>
    <message>
        <source>it does not continue the information record just before it (same sequence and detail number).</source>
        <translation>il ne prolonge pas l’enregistrement d’information qui le précède (même numéro de séquence et de détail).</translation>
    </message>
    <message>
        <source>the trailer comes before the new balance (record 8).</source>
        <translation>l’enregistrement final précède le nouveau solde (enregistrement 8).</translation>
    </message>
    <message>
        <source>the number of records</source>
        <translation>le nombre d’enregistrements</translation>
    </message>
    <message>
        <source>it announces %1 records, the statement that starts on line %2 has %3: the file is incomplete or was changed.</source>
        <translation>il annonce %1 enregistrements, mais l’extrait qui commence à la ligne %2 en compte %3&#xa0;: le fichier est incomplet ou a été modifié.</translation>
    </message>
    <message>
        <source>the debit total</source>
        <translation>le total des débits</translation>
    </message>
    <message>
        <source>the credit total</source>
        <translation>le total des crédits</translation>
    </message>
    <message>
        <source>its debit and credit totals (%1 and %2 thousandths) are not those of the movements (%3 and %4): the file is incomplete or was changed.</source>
        <translation>ses totaux des débits et des crédits (%1 et %2 millièmes) ne correspondent pas à ceux des mouvements (%3 et %4)&#xa0;: le fichier est incomplet ou a été modifié.</translation>
    </message>
    <message>
        <source>the amount %1 (in thousandths) has more decimals than %2 allows.</source>
        <translation>le montant %1 (en millièmes) comporte plus de décimales que la devise %2 n’en permet.</translation>
    </message>
</context>
<context>
    <name>CommandDispatcher</name>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>missing command</source>
        <translation>commande manquante</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing subcommand: one of %1</source>
        <translation>sous-commande manquante&#xa0;: l’une de %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Also print the technical detail of an error.</source>
        <translation>Afficher aussi le détail technique d’une erreur.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>option %1 is given more than once</source>
        <translation>l’option %1 est donnée plusieurs fois</translation>
    </message>
    <message>
        <source>option %1 takes no value</source>
        <translation>l’option %1 n’accepte pas de valeur</translation>
    </message>
    <message>
        <source>option %1 needs a value (%2)</source>
        <translation>l’option %1 requiert une valeur (%2)</translation>
    </message>
    <message>
        <source>option %1 must be one of %2, not &apos;%3&apos;</source>
        <translation>l’option %1 doit valoir l’une des valeurs %2, et non &apos;%3&apos;</translation>
    </message>
    <message>
        <source>missing argument %1</source>
        <translation>argument %1 manquant</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CommonOptions</name>
    <message>
        <source>The company file.</source>
        <translation>Le fichier d’entreprise.</translation>
    </message>
    <message>
        <source>Output format (default: text).</source>
        <translation>Format de sortie (par défaut&#xa0;: text).</translation>
    </message>
</context>
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
    <name>CompanyProfileValidator</name>
    <message>
        <source>Enter the name of your business.</source>
        <translation>Saisissez le nom de votre entreprise.</translation>
    </message>
    <message>
        <source>The VAT number of a business established in %1 starts with %2.</source>
        <translation>Pour une entreprise établie dans ce pays (%1), le numéro de TVA commence par %2.</translation>
    </message>
</context>
<context>
    <name>CompanySetCommand</name>
    <message>
        <source>The company&apos;s name.</source>
        <translation>Le nom de l’entreprise.</translation>
    </message>
    <message>
        <source>Legal form as written on documents: BV, SRL, eenmanszaak, ...</source>
        <translation>Forme juridique telle qu’elle figure sur les documents&#xa0;: SRL, BV, entreprise individuelle, ...</translation>
    </message>
    <message>
        <source>Street and number.</source>
        <translation>Rue et numéro.</translation>
    </message>
    <message>
        <source>Postal code.</source>
        <translation>Code postal.</translation>
    </message>
    <message>
        <source>City.</source>
        <translation>Localité.</translation>
    </message>
    <message>
        <source>VAT number, e.g. BE0123456749.</source>
        <translation>Numéro de TVA, par exemple BE0123456749.</translation>
    </message>
    <message>
        <source>Belgian enterprise number (KBO/BCE).</source>
        <translation>Numéro d’entreprise belge (KBO/BCE).</translation>
    </message>
    <message>
        <source>Dutch KvK number.</source>
        <translation>Numéro KvK néerlandais.</translation>
    </message>
    <message>
        <source>IBAN the customers pay to.</source>
        <translation>IBAN sur lequel les clients paient.</translation>
    </message>
    <message>
        <source>BIC.</source>
        <translation>BIC.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>Adresse e-mail.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Numéro de téléphone.</translation>
    </message>
    <message>
        <source>Website.</source>
        <translation>Site web.</translation>
    </message>
    <message>
        <source>Set the company&apos;s details that documents show.</source>
        <translation>Définir les coordonnées de l’entreprise qui figurent sur les documents.</translation>
    </message>
    <message>
        <source>Changes the details given and keeps the others; an empty value (&apos;&apos;) clears one. They are checked as the settings check them (VAT and enterprise numbers, IBAN, e-mail) and stored in canonical form; an invalid one is refused with the option named (exit code 5) and nothing changes. Without options, prints the details. Documents issued before keep the details they were issued with. The country and currency are set when the file is created.</source>
        <translation>Modifie les coordonnées indiquées et conserve les autres&#xa0;; une valeur vide (&apos;&apos;) en efface une. Elles sont vérifiées comme dans les paramètres (numéros de TVA et d’entreprise, IBAN, e-mail) et enregistrées sous leur forme canonique&#xa0;; une valeur non valide est refusée avec le nom de l’option (code de sortie 5) et rien n’est modifié. Sans option, affiche les coordonnées. Les documents déjà émis conservent les coordonnées avec lesquelles ils ont été émis. Le pays et la devise sont définis à la création du fichier.</translation>
    </message>
</context>
<context>
    <name>ContactReference</name>
    <message>
        <source>No contact has the id or uid &quot;%1&quot; (see &apos;kasboek-cli contacts list&apos;).</source>
        <translation>Aucun contact n’a l’id ou l’uid &quot;%1&quot; (voir &apos;kasboek-cli contacts list&apos;).</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message numerus="yes">
        <source>The contact is named on %n document(s) and cannot be deleted; archive it instead.</source>
        <translation>
            <numerusform>Le contact figure sur %n document et ne peut pas être supprimé&#xa0;; archivez-le plutôt.</numerusform>
            <numerusform>Le contact figure sur %n documents et ne peut pas être supprimé&#xa0;; archivez-le plutôt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The contact does not exist (any more).</source>
        <translation>Le contact n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>A list cannot start before its first row.</source>
        <translation>Une liste ne peut pas commencer avant sa première ligne.</translation>
    </message>
    <message>
        <source>The contact&apos;s id and uid belong to different contacts.</source>
        <translation>L’id et l’uid du contact appartiennent à des contacts différents.</translation>
    </message>
    <message>
        <source>A contact with this id is already stored.</source>
        <translation>Un contact avec cet id est déjà enregistré.</translation>
    </message>
</context>
<context>
    <name>ContactValidator</name>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Saisissez le nom de l’entreprise.</translation>
    </message>
    <message>
        <source>A company has no given name; enter the person to address as the contact person.</source>
        <translation>Une entreprise n’a pas de prénom&#xa0;; indiquez la personne à qui s’adresser comme personne de contact.</translation>
    </message>
    <message>
        <source>A company has no family name; enter the person to address as the contact person.</source>
        <translation>Une entreprise n’a pas de nom de famille&#xa0;; indiquez la personne à qui s’adresser comme personne de contact.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s family name or given name.</source>
        <translation>Saisissez le nom de famille ou le prénom de la personne.</translation>
    </message>
    <message>
        <source>Documents can be sent in Dutch, French, English or German (nl, fr, en, de).</source>
        <translation>Les documents peuvent être envoyés en néerlandais, français, anglais ou allemand (nl, fr, en, de).</translation>
    </message>
    <message>
        <source>Payment terms are between 0 and %1 days.</source>
        <translation>Le délai de paiement est compris entre 0 et %1 jours.</translation>
    </message>
</context>
<context>
    <name>ContactsAddCommand</name>
    <message>
        <source>A company (the default) or a natural person.</source>
        <translation>Une entreprise (par défaut) ou une personne physique.</translation>
    </message>
    <message>
        <source>Customer (the default), supplier or both.</source>
        <translation>Client (par défaut), fournisseur ou les deux.</translation>
    </message>
    <message>
        <source>A company&apos;s name (a person&apos;s is made of --given-name and --family-name).</source>
        <translation>Le nom d’une entreprise (celui d’une personne se compose de --given-name et --family-name).</translation>
    </message>
    <message>
        <source>A person&apos;s given name.</source>
        <translation>Le prénom d’une personne.</translation>
    </message>
    <message>
        <source>A person&apos;s family name.</source>
        <translation>Le nom de famille d’une personne.</translation>
    </message>
    <message>
        <source>For the attention of (companies).</source>
        <translation>À l’attention de (entreprises).</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>Adresse e-mail.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Numéro de téléphone.</translation>
    </message>
    <message>
        <source>Street and number.</source>
        <translation>Rue et numéro.</translation>
    </message>
    <message>
        <source>Postal code.</source>
        <translation>Code postal.</translation>
    </message>
    <message>
        <source>City.</source>
        <translation>Localité.</translation>
    </message>
    <message>
        <source>ISO 3166-1 country code (default: the company&apos;s country).</source>
        <translation>Code pays ISO 3166-1 (par défaut&#xa0;: le pays de l’entreprise).</translation>
    </message>
    <message>
        <source>EU VAT number, e.g. BE0123456749.</source>
        <translation>Numéro de TVA UE, par exemple BE0123456749.</translation>
    </message>
    <message>
        <source>Belgian enterprise number (KBO/BCE).</source>
        <translation>Numéro d’entreprise belge (KBO/BCE).</translation>
    </message>
    <message>
        <source>Dutch KvK number.</source>
        <translation>Numéro KvK néerlandais.</translation>
    </message>
    <message>
        <source>Peppol participant id, e.g. 0208:0123456749.</source>
        <translation>Identifiant de participant Peppol, par exemple 0208:0123456749.</translation>
    </message>
    <message>
        <source>IBAN.</source>
        <translation>IBAN.</translation>
    </message>
    <message>
        <source>BIC.</source>
        <translation>BIC.</translation>
    </message>
    <message>
        <source>Language of the documents sent to them: nl, fr, en or de (default: nl).</source>
        <translation>Langue des documents qui lui sont envoyés&#xa0;: nl, fr, en ou de (par défaut&#xa0;: nl).</translation>
    </message>
    <message>
        <source>Default invoice currency, ISO 4217 (default: EUR).</source>
        <translation>Devise de facturation par défaut, ISO 4217 (par défaut&#xa0;: EUR).</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Remarques.</translation>
    </message>
    <message>
        <source>Payment terms in days, 0 to 365 (default: 30).</source>
        <translation>Délai de paiement en jours, de 0 à 365 (par défaut&#xa0;: 30).</translation>
    </message>
    <message>
        <source>Add a customer or supplier.</source>
        <translation>Ajouter un client ou un fournisseur.</translation>
    </message>
    <message>
        <source>Stores a new contact after the checks the contact form makes: a company needs a name, a person a given or family name; VAT number, enterprise and KvK numbers, IBAN, BIC, Peppol id and e-mail must be valid and are stored in their canonical form. Prints the new contact&apos;s id and uid (--format json: the stored contact). An invalid value is refused with the option named (exit code 5) and nothing is stored.</source>
        <translation>Enregistre un nouveau contact après les vérifications du formulaire de contact&#xa0;: une entreprise doit avoir un nom, une personne un prénom ou un nom de famille&#xa0;; le numéro de TVA, les numéros d’entreprise et KvK, l’IBAN, le BIC, l’identifiant Peppol et l’e-mail doivent être valides et sont enregistrés sous leur forme canonique. Affiche l’id et l’uid du nouveau contact (--format json&#xa0;: le contact enregistré). Une valeur non valide est refusée avec le nom de l’option (code de sortie 5) et rien n’est enregistré.</translation>
    </message>
    <message>
        <source>--payment-terms needs a number of days</source>
        <translation>--payment-terms requiert un nombre de jours</translation>
    </message>
    <message>
        <source>Added contact %1 (uid %2): %3</source>
        <translation>Contact %1 ajouté (uid %2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ContactsListCommand</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Uid</source>
        <translation>Uid</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>List the contacts, with the ids other commands take.</source>
        <translation>Lister les contacts, avec les id qu’utilisent les autres commandes.</translation>
    </message>
    <message>
        <source>Prints the customers and suppliers by name: id, uid, kind (company or person), role (customer, supplier or both), name, country, VAT number, e-mail, and whether the contact is archived. Other commands name a contact by its id or its uid; the uid is the same on every device and in every export. Archived contacts are left out unless --archived is given.</source>
        <translation>Affiche les clients et les fournisseurs par nom&#xa0;: id, uid, type (entreprise ou personne), rôle (client, fournisseur ou les deux), nom, pays, numéro de TVA, e-mail, et si le contact est archivé. Les autres commandes désignent un contact par son id ou son uid&#xa0;; l’uid est le même sur chaque appareil et dans chaque export. Les contacts archivés sont omis, sauf si --archived est indiqué.</translation>
    </message>
    <message>
        <source>Only contacts whose name, e-mail, city or VAT number contains TEXT.</source>
        <translation>Uniquement les contacts dont le nom, l’e-mail, la localité ou le numéro de TVA contient TEXT.</translation>
    </message>
    <message>
        <source>Only customers or only suppliers.</source>
        <translation>Uniquement les clients ou uniquement les fournisseurs.</translation>
    </message>
    <message>
        <source>Include archived contacts.</source>
        <translation>Inclure les contacts archivés.</translation>
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
    <name>CreateCommand</name>
    <message>
        <source>Create a new, empty, encrypted company file.</source>
        <translation>Créer un nouveau fichier d’entreprise vide et chiffré.</translation>
    </message>
    <message numerus="yes">
        <source>Creates FILE, encrypted under a passphrase of at least %n characters. An existing file is never overwritten.</source>
        <translation>
            <numerusform>Crée FILE, chiffré avec une phrase secrète d’au moins %n caractère. Un fichier existant n’est jamais écrasé.</numerusform>
            <numerusform>Crée FILE, chiffré avec une phrase secrète d’au moins %n caractères. Un fichier existant n’est jamais écrasé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The company name defaults to the file name without its extension (&quot;Atelier Verhaegen&quot; for Atelier Verhaegen.kasboek); the app can change it later.</source>
        <translation>Le nom de l’entreprise est par défaut le nom du fichier sans son extension (&quot;Atelier Verhaegen&quot; pour Atelier Verhaegen.kasboek)&#xa0;; l’application peut le modifier par la suite.</translation>
    </message>
    <message>
        <source>The company file to create.</source>
        <translation>Le fichier d’entreprise à créer.</translation>
    </message>
    <message>
        <source>The country of the company, which sets its VAT rules (default: BE).</source>
        <translation>Le pays de l’entreprise, qui détermine ses règles de TVA (par défaut&#xa0;: BE).</translation>
    </message>
    <message>
        <source>The name of the company (default: the file name without its extension).</source>
        <translation>Le nom de l’entreprise (par défaut&#xa0;: le nom du fichier sans son extension).</translation>
    </message>
    <message>
        <source>A file with this name already exists; it was left unchanged.</source>
        <translation>Un fichier portant ce nom existe déjà&#xa0;; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Created %1 for %2 (%3).</source>
        <translation>Fichier %1 créé pour %2 (%3).</translation>
    </message>
</context>
<context>
    <name>CreditorReference</name>
    <message>
        <source>No creditor reference was entered.</source>
        <translation>Aucune référence de créancier n’a été saisie.</translation>
    </message>
    <message>
        <source>A creditor reference contains only the letters A to Z and the digits 0 to 9, not “%1”.</source>
        <translation>Une référence de créancier ne contient que les lettres A à Z et les chiffres 0 à 9, pas “%1”.</translation>
    </message>
    <message>
        <source>A creditor reference starts with RF.</source>
        <translation>Une référence de créancier commence par RF.</translation>
    </message>
    <message>
        <source>RF is followed by two check digits in a creditor reference.</source>
        <translation>Dans une référence de créancier, RF est suivi de deux chiffres de contrôle.</translation>
    </message>
    <message>
        <source>A creditor reference has 1 to 21 letters or digits after RF and the check digits.</source>
        <translation>Une référence de créancier comporte de 1 à 21 lettres ou chiffres après RF et les chiffres de contrôle.</translation>
    </message>
    <message>
        <source>The check digits do not match the rest of this creditor reference. Check for a typing error.</source>
        <translation>Les chiffres de contrôle ne correspondent pas au reste de cette référence de créancier. Vérifiez qu’il n’y a pas de faute de frappe.</translation>
    </message>
    <message>
        <source>This is not a valid creditor reference.</source>
        <translation>Cette référence de créancier n’est pas valide.</translation>
    </message>
    <message>
        <source>No reference was entered.</source>
        <translation>Aucune référence n’a été saisie.</translation>
    </message>
    <message>
        <source>A creditor reference holds at most 21 letters or digits.</source>
        <translation>Une référence de créancier contient au maximum 21 lettres ou chiffres.</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>Unknown or unsupported currency code.</source>
        <translation>Code de devise inconnu ou non pris en charge.</translation>
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
    <name>Decimal</name>
    <message>
        <source>The number is too large.</source>
        <translation>Le nombre est trop grand.</translation>
    </message>
</context>
<context>
    <name>DemoBook</name>
    <message>
        <source>Sample books exist for Belgium (BE) and the Netherlands (NL).</source>
        <translation>Des comptabilités d’exemple existent pour la Belgique (BE) et les Pays-Bas (NL).</translation>
    </message>
    <message>
        <source>Sample books go into a new, empty file.</source>
        <translation>Une comptabilité d’exemple est créée dans un nouveau fichier vide.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create a file holding a realistic year of a freelancer&apos;s books.</source>
        <translation>Créer un fichier contenant une année réaliste de la comptabilité d’un indépendant.</translation>
    </message>
    <message>
        <source>Creates FILE, like create, and fills it with the twelve months up to today of a Belgian (BE, the default) or Dutch (NL) freelance web designer and photographer: customers at home, elsewhere in the EU and in the United States, a price list, quotes, invoices in every VAT situation Kasboek supports, credit notes and payments, with the books closed through the end of the previous quarter. The same country and day always give the same books. An existing file is never overwritten.</source>
        <translation>Crée FILE, comme create, et le remplit avec les douze mois jusqu’à aujourd’hui d’un indépendant belge (BE, par défaut) ou néerlandais (NL), concepteur web et photographe&#xa0;: des clients dans son pays, ailleurs dans l’UE et aux États-Unis, une liste de prix, des devis, des factures dans toutes les situations de TVA que Kasboek prend en charge, des notes de crédit et des paiements, avec une comptabilité clôturée jusqu’à la fin du trimestre précédent. Le même pays et le même jour donnent toujours la même comptabilité. Un fichier existant n’est jamais écrasé.</translation>
    </message>
    <message>
        <source>The company file to create.</source>
        <translation>Le fichier d’entreprise à créer.</translation>
    </message>
    <message>
        <source>Whose books: a Belgian or a Dutch freelancer (default: BE).</source>
        <translation>La comptabilité de qui&#xa0;: un indépendant belge ou néerlandais (par défaut&#xa0;: BE).</translation>
    </message>
    <message>
        <source>The last day of the sample year (default: today).</source>
        <translation>Le dernier jour de l’année d’exemple (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD</source>
        <translation>--today requiert une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>A file with this name already exists; it was left unchanged.</source>
        <translation>Un fichier portant ce nom existe déjà&#xa0;; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Created %1: %2 customers, %3 suppliers, %4 products, %5 quotes, %6 invoices, %7 credit notes, %8 payments; closed through %9.</source>
        <translation>Fichier %1 créé&#xa0;: %2 clients, %3 fournisseurs, %4 produits, %5 devis, %6 factures, %7 notes de crédit, %8 paiements&#xa0;; comptabilité clôturée jusqu’au %9 inclus.</translation>
    </message>
</context>
<context>
    <name>DocumentCalculation</name>
    <message>
        <source>The amount is too large.</source>
        <translation>Le montant est trop élevé.</translation>
    </message>
    <message>
        <source>A discount lies between 0 and 100 %.</source>
        <translation>Une remise est comprise entre 0 et 100&#xa0;%.</translation>
    </message>
</context>
<context>
    <name>DocumentDescription</name>
    <message>
        <source>The amount of charge %1 is not an amount in %2: %3</source>
        <translation>Le montant des frais %1 n’est pas un montant en %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>DocumentDescriptionReader</name>
    <message>
        <source>The description is larger than %1 MiB.</source>
        <translation>La description dépasse %1 Mio.</translation>
    </message>
    <message>
        <source>The description is not valid JSON (at byte %1: %2).</source>
        <translation>La description n’est pas du JSON valide (à l’octet %1&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The description must be one JSON object.</source>
        <translation>La description doit être un seul objet JSON.</translation>
    </message>
    <message>
        <source>A credit note names the invoice it corrects: corrects.</source>
        <translation>Une note de crédit indique la facture qu’elle corrige&#xa0;: corrects.</translation>
    </message>
    <message>
        <source>Only a credit note corrects an invoice.</source>
        <translation>Seule une note de crédit corrige une facture.</translation>
    </message>
    <message>
        <source>The document needs at least one line.</source>
        <translation>Le document requiert au moins une ligne.</translation>
    </message>
    <message>
        <source>Only a quote has valid_until.</source>
        <translation>Seul un devis a un champ valid_until.</translation>
    </message>
    <message>
        <source>%1 is not a decimal number with at most four decimals: &quot;%2&quot;.</source>
        <translation>%1 n’est pas un nombre décimal d’au plus quatre décimales&#xa0;: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a VAT category code (S, Z, E, AE, K, G, O, L or M).</source>
        <translation>%1 doit être un code de catégorie de TVA (S, Z, E, AE, K, G, O, L ou M).</translation>
    </message>
    <message>
        <source>%1 is needed: the VAT rate in percent, e.g. &quot;21&quot;.</source>
        <translation>%1 est requis&#xa0;: le taux de TVA en pourcentage, par exemple &quot;21&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a VAT rate in percent with at most two decimals.</source>
        <translation>%1 doit être un taux de TVA en pourcentage, avec au plus deux décimales.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>type must be &quot;invoice&quot;, &quot;credit_note&quot; or &quot;quote&quot;.</source>
        <translation>type doit valoir &quot;invoice&quot;, &quot;credit_note&quot; ou &quot;quote&quot;.</translation>
    </message>
    <message>
        <source>contact is needed: the contact&apos;s id or uid, as `contacts list` shows them.</source>
        <translation>contact est requis&#xa0;: l’id ou l’uid du contact, tels que `contacts list` les affiche.</translation>
    </message>
    <message>
        <source>currency must be an ISO 4217 code such as EUR.</source>
        <translation>currency doit être un code ISO 4217, par exemple EUR.</translation>
    </message>
    <message>
        <source>exchange_rate must be a positive decimal: euro per unit of the currency.</source>
        <translation>exchange_rate doit être un nombre décimal positif&#xa0;: le nombre d’euros par unité de la devise.</translation>
    </message>
</context>
<context>
    <name>DocumentDrafts</name>
    <message>
        <source>Choose an existing contact.</source>
        <translation>Choisissez un contact existant.</translation>
    </message>
</context>
<context>
    <name>DocumentEventRepository</name>
    <message>
        <source>Unknown document event &quot;%1&quot;.</source>
        <translation>Événement de document inconnu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The event does not exist.</source>
        <translation>L’événement n’existe pas.</translation>
    </message>
    <message>
        <source>Enter the date on which it happened.</source>
        <translation>Saisissez la date à laquelle il a eu lieu.</translation>
    </message>
    <message>
        <source>A note has at most %1 characters.</source>
        <translation>Une remarque comporte au maximum %1 caractères.</translation>
    </message>
    <message>
        <source>Only an issued document is sent, accepted or declined.</source>
        <translation>Seul un document émis peut être envoyé, accepté ou refusé.</translation>
    </message>
    <message>
        <source>A supplier&apos;s document is not sent to customers.</source>
        <translation>Un document de fournisseur n’est pas envoyé aux clients.</translation>
    </message>
    <message>
        <source>Only a quote is accepted, declined, converted or cancelled.</source>
        <translation>Seul un devis peut être accepté, refusé, converti ou annulé.</translation>
    </message>
    <message>
        <source>This cannot happen before the document was issued (%1).</source>
        <translation>Cet événement ne peut pas être antérieur à l’émission du document (%1).</translation>
    </message>
</context>
<context>
    <name>DocumentIssuer</name>
    <message>
        <source>A credit note names the invoice it corrects.</source>
        <translation>Une note de crédit indique la facture qu’elle corrige.</translation>
    </message>
    <message>
        <source>A credit note corrects one of your issued invoices.</source>
        <translation>Une note de crédit corrige l’une de vos factures émises.</translation>
    </message>
    <message>
        <source>A credit note goes to the customer of the invoice it corrects.</source>
        <translation>Une note de crédit est adressée au client de la facture qu’elle corrige.</translation>
    </message>
    <message>
        <source>A credit note is in the currency of its invoice (%1).</source>
        <translation>Une note de crédit est établie dans la devise de sa facture (%1).</translation>
    </message>
    <message>
        <source>Invoice %1 is for %2 %3, of which %4 is credited already: this credit note can correct at most %5.</source>
        <translation>La facture %1 s’élève à %2 %3, dont %4 déjà crédités&#xa0;: cette note de crédit peut corriger au maximum %5.</translation>
    </message>
    <message>
        <source>The last document of this series was issued on %1; a later number cannot carry an earlier date.</source>
        <translation>Le dernier document de cette série a été émis le %1&#xa0;; un numéro postérieur ne peut pas porter une date antérieure.</translation>
    </message>
    <message>
        <source>%1 %2 is issued already.</source>
        <translation>%1 %2&#xa0;: ce document a déjà été émis.</translation>
    </message>
    <message>
        <source>A supplier&apos;s document is recorded as it came, not issued.</source>
        <translation>Un document de fournisseur est enregistré tel qu’il a été reçu, il n’est pas émis.</translation>
    </message>
    <message>
        <source>Enter the issue date.</source>
        <translation>Saisissez la date d’émission.</translation>
    </message>
    <message>
        <source>A document in %1 needs the exchange rate to the euro.</source>
        <translation>Un document en %1 requiert le taux de change par rapport à l’euro.</translation>
    </message>
</context>
<context>
    <name>DocumentPdfRenderer</name>
    <message>
        <source>Only invoices carry a payment QR code.</source>
        <translation>Seules les factures portent un code QR de paiement.</translation>
    </message>
    <message>
        <source>A draft carries no payment QR code.</source>
        <translation>Un brouillon ne porte pas de code QR de paiement.</translation>
    </message>
    <message>
        <source>The template leaves the payment QR code out.</source>
        <translation>Le modèle n’inclut pas le code QR de paiement.</translation>
    </message>
    <message>
        <source>There is nothing left to pay.</source>
        <translation>Il ne reste rien à payer.</translation>
    </message>
    <message>
        <source>The totals do not belong to this document.</source>
        <translation>Les totaux n’appartiennent pas à ce document.</translation>
    </message>
    <message>
        <source>The PDF cannot be written.</source>
        <translation>Le PDF ne peut pas être écrit.</translation>
    </message>
</context>
<context>
    <name>DocumentPosting</name>
    <message>
        <source>No standard VAT rate is known for %1 on %2.</source>
        <translation>Aucun taux de TVA normal n’est connu pour %1 au %2.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>DocumentRepository</name>
    <message>
        <source>The document does not exist (any more).</source>
        <translation>Le document n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>A supplier&apos;s document is found by its number and its supplier.</source>
        <translation>Un document de fournisseur se retrouve par son numéro et son fournisseur.</translation>
    </message>
    <message>
        <source>%1 %2 is issued and can no longer change; correct it with a credit note.</source>
        <translation>%1 %2&#xa0;: ce document est émis et ne peut plus être modifié&#xa0;; corrigez-le par une note de crédit.</translation>
    </message>
    <message>
        <source>A draft gets its number when it is issued.</source>
        <translation>Un brouillon reçoit son numéro lors de son émission.</translation>
    </message>
    <message>
        <source>The contact of the document does not exist (any more).</source>
        <translation>Le contact du document n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>The numbering series does not exist or numbers another kind of document.</source>
        <translation>La série de numérotation n’existe pas ou numérote un autre type de document.</translation>
    </message>
    <message>
        <source>A credit note corrects one of your issued invoices.</source>
        <translation>Une note de crédit corrige l’une de vos factures émises.</translation>
    </message>
    <message>
        <source>A supplier&apos;s credit note corrects one of that supplier&apos;s invoices.</source>
        <translation>Une note de crédit de fournisseur corrige l’une des factures de ce même fournisseur.</translation>
    </message>
    <message>
        <source>An invoice is made from an issued quote.</source>
        <translation>Une facture est établie à partir d’un devis émis.</translation>
    </message>
    <message>
        <source>The product of line %1 does not exist (any more).</source>
        <translation>Le produit de la ligne %1 n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>An issued document has a number.</source>
        <translation>Un document émis a un numéro.</translation>
    </message>
    <message>
        <source>An issued document has an issue date.</source>
        <translation>Un document émis a une date d’émission.</translation>
    </message>
    <message>
        <source>An issued document has a due date.</source>
        <translation>Un document émis a une date d’échéance.</translation>
    </message>
    <message>
        <source>An issued document names the series that numbered it.</source>
        <translation>Un document émis indique la série qui l’a numéroté.</translation>
    </message>
    <message>
        <source>An issued document names its seller.</source>
        <translation>Un document émis indique son vendeur.</translation>
    </message>
    <message>
        <source>An issued document names its buyer.</source>
        <translation>Un document émis indique son acheteur.</translation>
    </message>
    <message>
        <source>Number %1 is already used by another %2.</source>
        <translation>Le numéro %1 est déjà utilisé par un autre document de type %2.</translation>
    </message>
    <message>
        <source>This supplier&apos;s document %1 is already in the books.</source>
        <translation>Ce document de fournisseur %1 est déjà comptabilisé.</translation>
    </message>
    <message>
        <source>A document with this id is already stored.</source>
        <translation>Un document avec cet id est déjà enregistré.</translation>
    </message>
    <message>
        <source>A document is stored as a draft first, then issued.</source>
        <translation>Un document est d’abord enregistré comme brouillon, puis émis.</translation>
    </message>
    <message>
        <source>The document&apos;s id and uid belong to different documents.</source>
        <translation>L’id et l’uid du document appartiennent à des documents différents.</translation>
    </message>
    <message>
        <source>A document keeps the type it was made as.</source>
        <translation>Un document conserve le type avec lequel il a été créé.</translation>
    </message>
    <message>
        <source>Only a supplier&apos;s document is stored as issued.</source>
        <translation>Seul un document de fournisseur est enregistré comme émis.</translation>
    </message>
    <message>
        <source>A document has at most %1 attachments.</source>
        <translation>Un document comporte au maximum %1 pièces jointes.</translation>
    </message>
</context>
<context>
    <name>DocumentSelection</name>
    <message>
        <source>give either --all or the numbers of the documents</source>
        <translation>indiquez soit --all, soit les numéros des documents</translation>
    </message>
    <message>
        <source>there is no issued document numbered &quot;%1&quot;; nothing was exported</source>
        <translation>aucun document émis ne porte le numéro &quot;%1&quot;&#xa0;; rien n’a été exporté</translation>
    </message>
</context>
<context>
    <name>DocumentState</name>
    <message>
        <source>The amounts of the document are too large.</source>
        <translation>Les montants du document sont trop élevés.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Partiellement payé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Converti</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>DocumentSummaries</name>
    <message>
        <source>A list cannot start before its first row.</source>
        <translation>Une liste ne peut pas commencer avant sa première ligne.</translation>
    </message>
    <message>
        <source>The document does not exist (any more).</source>
        <translation>Le document n’existe pas (ou plus).</translation>
    </message>
</context>
<context>
    <name>DocumentTotalsCalculator</name>
    <message>
        <source>This amount is in %1 but the document is in %2.</source>
        <translation>Ce montant est en %1 mais le document est en %2.</translation>
    </message>
    <message>
        <source>Each document-level allowance and charge needs a reason.</source>
        <translation>Les remises et frais au niveau du document requièrent chacun un motif.</translation>
    </message>
    <message>
        <source>VAT category %1 must not have an exemption reason.</source>
        <translation>La catégorie de TVA %1 ne doit pas avoir de motif d’exonération.</translation>
    </message>
    <message>
        <source>VAT category %1 has more than one exemption reason.</source>
        <translation>La catégorie de TVA %1 a plus d’un motif d’exonération.</translation>
    </message>
    <message>
        <source>Give an exemption reason code or text.</source>
        <translation>Indiquez un code ou un texte de motif d’exonération.</translation>
    </message>
    <message>
        <source>Exemption reason %1 does not belong to VAT category %2.</source>
        <translation>Le motif d’exonération %1 n’appartient pas à la catégorie de TVA %2.</translation>
    </message>
    <message>
        <source>A document needs at least one line.</source>
        <translation>Un document requiert au moins une ligne.</translation>
    </message>
    <message>
        <source>VAT category %1 needs an exemption reason (code or text).</source>
        <translation>La catégorie de TVA %1 requiert un motif d’exonération (code ou texte).</translation>
    </message>
    <message>
        <source>A document in %1 needs the exchange rate to %2 to state its VAT in %2.</source>
        <translation>Un document en %1 requiert le taux de change vers %2 pour indiquer sa TVA en %2.</translation>
    </message>
    <message>
        <source>The document is in the accounting currency: it takes no exchange rate.</source>
        <translation>Le document est dans la devise comptable&#xa0;: il ne prend pas de taux de change.</translation>
    </message>
</context>
<context>
    <name>DocumentTypes</name>
    <message>
        <source>Unknown document type &quot;%1&quot;.</source>
        <translation>Type de document inconnu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown document status &quot;%1&quot;.</source>
        <translation>Statut de document inconnu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Note de crédit</translation>
    </message>
    <message>
        <source>Purchase invoice</source>
        <translation>Facture d’achat</translation>
    </message>
    <message>
        <source>Purchase credit note</source>
        <translation>Note de crédit d’achat</translation>
    </message>
</context>
<context>
    <name>DocumentValidator</name>
    <message>
        <source>A document number has at most %1 characters.</source>
        <translation>Un numéro de document comporte au maximum %1 caractères.</translation>
    </message>
    <message>
        <source>A supplier&apos;s document is not numbered by one of your series.</source>
        <translation>Un document de fournisseur n’est pas numéroté par l’une de vos séries.</translation>
    </message>
    <message>
        <source>Enter a date between the years %1 and %2.</source>
        <translation>Saisissez une date comprise entre les années %1 et %2.</translation>
    </message>
    <message>
        <source>The due date lies before the issue date.</source>
        <translation>La date d’échéance est antérieure à la date d’émission.</translation>
    </message>
    <message>
        <source>Only a quote is valid until a date.</source>
        <translation>Seul un devis a une date de fin de validité.</translation>
    </message>
    <message>
        <source>A quote cannot expire before it is issued.</source>
        <translation>Un devis ne peut pas expirer avant d’être émis.</translation>
    </message>
    <message>
        <source>Choose the customer.</source>
        <translation>Choisissez le client.</translation>
    </message>
    <message>
        <source>Choose the supplier.</source>
        <translation>Choisissez le fournisseur.</translation>
    </message>
    <message>
        <source>A document is written in Dutch, French, English or German.</source>
        <translation>Un document est rédigé en néerlandais, français, anglais ou allemand.</translation>
    </message>
    <message>
        <source>A document in euro has no exchange rate.</source>
        <translation>Un document en euros n’a pas de taux de change.</translation>
    </message>
    <message>
        <source>Payment terms lie between 0 and %1 days.</source>
        <translation>Le délai de paiement est compris entre 0 et %1 jours.</translation>
    </message>
    <message>
        <source>Choose which kind of payment reference this is.</source>
        <translation>Choisissez le type de référence de paiement.</translation>
    </message>
    <message>
        <source>Enter the payment reference.</source>
        <translation>Saisissez la référence de paiement.</translation>
    </message>
    <message>
        <source>A payment reference has at most %1 characters.</source>
        <translation>Une référence de paiement comporte au maximum %1 caractères.</translation>
    </message>
    <message>
        <source>A reference has at most %1 characters.</source>
        <translation>Une référence comporte au maximum %1 caractères.</translation>
    </message>
    <message>
        <source>Notes have at most %1 characters.</source>
        <translation>Les remarques comportent au maximum %1 caractères.</translation>
    </message>
    <message>
        <source>Payment terms have at most %1 characters.</source>
        <translation>Les conditions de paiement comportent au maximum %1 caractères.</translation>
    </message>
    <message>
        <source>A discount lies between 0 and 100 %.</source>
        <translation>Une remise est comprise entre 0 et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>Only a credit note corrects another document.</source>
        <translation>Seule une note de crédit corrige un autre document.</translation>
    </message>
    <message>
        <source>Only an invoice is made from a quote.</source>
        <translation>Seule une facture est établie à partir d’un devis.</translation>
    </message>
    <message>
        <source>The recurring template does not exist.</source>
        <translation>Le modèle de facture récurrente n’existe pas.</translation>
    </message>
    <message>
        <source>The totals must be in the document&apos;s currency.</source>
        <translation>Les totaux doivent être dans la devise du document.</translation>
    </message>
    <message>
        <source>The total including VAT is not the total excluding VAT plus the VAT.</source>
        <translation>Le total TVA comprise n’est pas égal au total hors TVA plus la TVA.</translation>
    </message>
    <message>
        <source>A document has at most %1 attachments.</source>
        <translation>Un document comporte au maximum %1 pièces jointes.</translation>
    </message>
    <message>
        <source>A document has at most %1 lines.</source>
        <translation>Un document comporte au maximum %1 lignes.</translation>
    </message>
    <message>
        <source>A line&apos;s name has at most %1 characters.</source>
        <translation>Le nom d’une ligne comporte au maximum %1 caractères.</translation>
    </message>
    <message>
        <source>A line&apos;s description has at most %1 characters.</source>
        <translation>La description d’une ligne comporte au maximum %1 caractères.</translation>
    </message>
    <message>
        <source>An item code has at most %1 characters.</source>
        <translation>Un code d’article comporte au maximum %1 caractères.</translation>
    </message>
    <message>
        <source>The product of line %1 does not exist.</source>
        <translation>Le produit de la ligne %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Line %1 has an unknown unit &quot;%2&quot;.</source>
        <translation>La ligne %1 a une unité inconnue &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Line %1 has a negative unit price; use a negative quantity instead.</source>
        <translation>La ligne %1 a un prix unitaire négatif&#xa0;; utilisez plutôt une quantité négative.</translation>
    </message>
    <message>
        <source>A document has at most %1 charges.</source>
        <translation>Un document comporte au maximum %1 lignes de frais.</translation>
    </message>
    <message>
        <source>A charge is in the document&apos;s currency.</source>
        <translation>Les frais sont exprimés dans la devise du document.</translation>
    </message>
    <message>
        <source>A charge is a positive amount.</source>
        <translation>Le montant des frais doit être positif.</translation>
    </message>
    <message>
        <source>Say what the charge is for.</source>
        <translation>Indiquez à quoi correspondent les frais.</translation>
    </message>
    <message>
        <source>A reason has at most %1 characters.</source>
        <translation>Un motif comporte au maximum %1 caractères.</translation>
    </message>
    <message>
        <source>VAT category %1 charges VAT and has no exemption reason.</source>
        <translation>La catégorie de TVA %1 applique la TVA et n’a pas de motif d’exonération.</translation>
    </message>
    <message>
        <source>VAT category %1 has its exemption reason already.</source>
        <translation>La catégorie de TVA %1 a déjà son motif d’exonération.</translation>
    </message>
    <message>
        <source>Say why no VAT is charged.</source>
        <translation>Indiquez pourquoi aucune TVA n’est appliquée.</translation>
    </message>
    <message>
        <source>The exemption reason is too long.</source>
        <translation>Le motif d’exonération est trop long.</translation>
    </message>
    <message>
        <source>Attachment %1 needs a plain file name.</source>
        <translation>La pièce jointe %1 requiert un simple nom de fichier.</translation>
    </message>
    <message>
        <source>An attachment&apos;s file name has at most %1 characters.</source>
        <translation>Le nom de fichier d’une pièce jointe comporte au maximum %1 caractères.</translation>
    </message>
    <message>
        <source>Attachment %1 needs a file type such as application/pdf.</source>
        <translation>La pièce jointe %1 requiert un type de fichier, par exemple application/pdf.</translation>
    </message>
    <message>
        <source>Attachment %1 is empty.</source>
        <translation>La pièce jointe %1 est vide.</translation>
    </message>
    <message>
        <source>An attachment has at most %1 MB.</source>
        <translation>Une pièce jointe fait au maximum %1 Mo.</translation>
    </message>
    <message>
        <source>An attachment&apos;s description has at most %1 characters.</source>
        <translation>La description d’une pièce jointe comporte au maximum %1 caractères.</translation>
    </message>
</context>
<context>
    <name>EntriesAddCommand</name>
    <message>
        <source>Post a manual journal entry described in JSON.</source>
        <translation>Comptabiliser une écriture manuelle décrite en JSON.</translation>
    </message>
    <message>
        <source>Reads the entry&apos;s JSON description (docs/cli.md has the format; &apos;-&apos; reads standard input): the journal (default GEN), the date, a description, an optional reference, and two or more lines, each naming an account by its code with a debit or a credit amount in euro. The entry must balance and its date must be in an open period; otherwise it is refused with the reason (exit code 5) and nothing is posted. A posted entry never changes: &apos;entries reverse&apos; undoes one.</source>
        <translation>Lit la description JSON de l’écriture (le format est décrit dans docs/cli.md&#xa0;; &apos;-&apos; lit l’entrée standard)&#xa0;: le journal (par défaut GEN), la date, un libellé, une référence facultative et deux lignes ou plus, chacune désignant un compte par son code avec un montant au débit ou au crédit en euros. L’écriture doit être équilibrée et sa date doit se situer dans une période ouverte&#xa0;; sinon, elle est refusée avec le motif (code de sortie 5) et rien n’est comptabilisé. Une écriture comptabilisée ne change jamais&#xa0;: &apos;entries reverse&apos; permet de l’annuler.</translation>
    </message>
    <message>
        <source>The entry, or - for standard input.</source>
        <translation>L’écriture, ou - pour l’entrée standard.</translation>
    </message>
</context>
<context>
    <name>EntriesOpeningCommand</name>
    <message>
        <source>Post the opening balances of the books.</source>
        <translation>Comptabiliser les soldes d’ouverture de la comptabilité.</translation>
    </message>
    <message>
        <source>Reads the opening balances as JSON (docs/cli.md; &apos;-&apos; reads standard input): the date the books start on and, per account code, its debit or credit balance on that date. They are posted as one opening entry in the general journal; what does not balance goes to the account with the opening-balances role (BE 499000), which is zero again once every balance, equity included, is in.</source>
        <translation>Lit les soldes d’ouverture en JSON (docs/cli.md&#xa0;; &apos;-&apos; lit l’entrée standard)&#xa0;: la date à laquelle la comptabilité commence et, par code de compte, son solde débiteur ou créditeur à cette date. Ils sont comptabilisés en une seule écriture d’ouverture dans le journal des opérations diverses&#xa0;; l’écart éventuel va au compte ayant le rôle de soldes d’ouverture (BE 499000), qui revient à zéro une fois que tous les soldes, capitaux propres compris, ont été saisis.</translation>
    </message>
    <message>
        <source>The balances, or - for standard input.</source>
        <translation>Les soldes, ou - pour l’entrée standard.</translation>
    </message>
</context>
<context>
    <name>EntriesReverseCommand</name>
    <message>
        <source>Undo a posted entry with a reversing entry.</source>
        <translation>Annuler une écriture comptabilisée par une écriture d’extourne.</translation>
    </message>
    <message>
        <source>Posts a new entry with every line of entry ID on the other side, in the same journal, dated --date (default: today). An entry is reversed once; a reversal itself is not reversed. The entry ids are in the JSON of &apos;report journal&apos;.</source>
        <translation>Comptabilise une nouvelle écriture reprenant chaque ligne de l’écriture ID du côté opposé, dans le même journal, à la date --date (par défaut&#xa0;: aujourd’hui). Une écriture n’est extournée qu’une seule fois&#xa0;; une extourne n’est elle-même jamais extournée. Les id des écritures figurent dans le JSON de &apos;report journal&apos;.</translation>
    </message>
    <message>
        <source>The entry to reverse.</source>
        <translation>L’écriture à extourner.</translation>
    </message>
    <message>
        <source>The reversal&apos;s date (default: today).</source>
        <translation>La date de l’extourne (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <source>ID must be an entry id, a positive number</source>
        <translation>ID doit être un id d’écriture, un nombre positif</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD</source>
        <translation>--date requiert une date au format AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>EntryCommandInput</name>
    <message>
        <source>standard input cannot carry both the JSON and the passphrase</source>
        <translation>l’entrée standard ne peut pas transmettre à la fois le JSON et la phrase secrète</translation>
    </message>
</context>
<context>
    <name>EntryDescriptionReader</name>
    <message>
        <source>The file has no journal %1.</source>
        <translation>Le fichier n’a pas de journal %1.</translation>
    </message>
    <message>
        <source>The description is larger than %1 MiB.</source>
        <translation>La description dépasse %1 Mio.</translation>
    </message>
    <message>
        <source>The description is not valid JSON (at byte %1: %2).</source>
        <translation>La description n’est pas du JSON valide (à l’octet %1&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The description must be one JSON object.</source>
        <translation>La description doit être un seul objet JSON.</translation>
    </message>
    <message>
        <source>%1 must be a positive amount in euro with at most two decimals.</source>
        <translation>%1 doit être un montant positif en euros, avec au plus deux décimales.</translation>
    </message>
    <message>
        <source>The chart has no account %1 (see &apos;kasboek-cli report trial-balance&apos;).</source>
        <translation>Le plan comptable ne contient pas de compte %1 (voir &apos;kasboek-cli report trial-balance&apos;).</translation>
    </message>
    <message>
        <source>%1 needs either a debit or a credit amount, not both, and not zero.</source>
        <translation>%1 requiert un montant soit au débit, soit au crédit, pas les deux, et non nul.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>%1 must be a VAT kind such as sale_domestic (docs/ledger.md).</source>
        <translation>%1 doit être un type de TVA tel que sale_domestic (docs/ledger.md).</translation>
    </message>
    <message>
        <source>%1 must be base, vat, vat_due or vat_non_deductible.</source>
        <translation>%1 doit valoir base, vat, vat_due ou vat_non_deductible.</translation>
    </message>
    <message>
        <source>%1 must be a VAT rate in percent.</source>
        <translation>%1 doit être un taux de TVA en pourcentage.</translation>
    </message>
</context>
<context>
    <name>EntryReader</name>
    <message>
        <source>The entry does not exist.</source>
        <translation>L’écriture n’existe pas.</translation>
    </message>
</context>
<context>
    <name>EntryWriter</name>
    <message>
        <source>An entry needs a date.</source>
        <translation>Une écriture requiert une date.</translation>
    </message>
    <message>
        <source>The fiscal year that ends on %1 is closed: an entry dated %2 cannot be posted.</source>
        <translation>L’exercice qui se termine le %1 est clôturé&#xa0;: une écriture datée du %2 ne peut pas être comptabilisée.</translation>
    </message>
    <message>
        <source>The books are closed up to %1: an entry dated %2 cannot be posted.</source>
        <translation>La comptabilité est clôturée jusqu’au %1&#xa0;: une écriture datée du %2 ne peut pas être comptabilisée.</translation>
    </message>
    <message>
        <source>The journal does not exist.</source>
        <translation>Le journal n’existe pas.</translation>
    </message>
    <message>
        <source>An entry needs at least two lines.</source>
        <translation>Une écriture requiert au moins deux lignes.</translation>
    </message>
    <message>
        <source>The entry&apos;s reference, description or counterparty is too long.</source>
        <translation>La référence, le libellé ou la contrepartie de l’écriture est trop long.</translation>
    </message>
    <message>
        <source>Line %1 names an account that does not exist.</source>
        <translation>La ligne %1 désigne un compte qui n’existe pas.</translation>
    </message>
    <message>
        <source>Line %1 has an amount out of range.</source>
        <translation>La ligne %1 a un montant hors limites.</translation>
    </message>
    <message>
        <source>Line %1 needs an amount on either the debit or the credit side.</source>
        <translation>La ligne %1 requiert un montant au débit ou au crédit.</translation>
    </message>
    <message>
        <source>The description of line %1 is too long.</source>
        <translation>Le libellé de la ligne %1 est trop long.</translation>
    </message>
    <message>
        <source>The entry does not balance: debit and credit differ by %1 cents.</source>
        <translation>L’écriture n’est pas équilibrée&#xa0;: le débit et le crédit diffèrent de %1 centimes.</translation>
    </message>
</context>
<context>
    <name>EpcQrPayload</name>
    <message>
        <source>An EPC QR code is of version 1 or 2.</source>
        <translation>Un code QR EPC est de version 1 ou 2.</translation>
    </message>
    <message>
        <source>A version 1 EPC QR code needs the BIC of the payee&apos;s bank.</source>
        <translation>Un code QR EPC de version 1 requiert le BIC de la banque du bénéficiaire.</translation>
    </message>
    <message>
        <source>The payee&apos;s name is missing.</source>
        <translation>Le nom du bénéficiaire est manquant.</translation>
    </message>
    <message>
        <source>The payee&apos;s name has more than %1 characters, the most a payment QR code carries.</source>
        <translation>Le nom du bénéficiaire dépasse %1 caractères, le maximum que peut contenir un code QR de paiement.</translation>
    </message>
    <message>
        <source>The payee&apos;s name must be on one line.</source>
        <translation>Le nom du bénéficiaire doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <source>The payee&apos;s IBAN is missing.</source>
        <translation>L’IBAN du bénéficiaire est manquant.</translation>
    </message>
    <message>
        <source>A payment QR code is for SEPA transfers; this IBAN is outside SEPA.</source>
        <translation>Un code QR de paiement est destiné aux virements SEPA&#xa0;; cet IBAN est hors de la zone SEPA.</translation>
    </message>
    <message>
        <source>A payment QR code can only ask for an amount in euro.</source>
        <translation>Un code QR de paiement ne peut demander qu’un montant en euros.</translation>
    </message>
    <message>
        <source>A payment QR code asks for 0.01 to 999,999,999.99 euro.</source>
        <translation>Un code QR de paiement demande de 0,01 à 999&#xa0;999&#xa0;999,99 euros.</translation>
    </message>
    <message>
        <source>A purpose code has four capital letters or digits, such as GDDS.</source>
        <translation>Un code de motif comporte quatre lettres majuscules ou chiffres, par exemple GDDS.</translation>
    </message>
    <message>
        <source>A payment QR code carries a structured reference or a free text, not both.</source>
        <translation>Un code QR de paiement contient une référence structurée ou un texte libre, pas les deux.</translation>
    </message>
    <message>
        <source>The payment text has more than %1 characters, the most a payment QR code carries.</source>
        <translation>Le texte de paiement dépasse %1 caractères, le maximum que peut contenir un code QR de paiement.</translation>
    </message>
    <message>
        <source>The payment text must be on one line.</source>
        <translation>Le texte de paiement doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <source>The note to the payer has more than %1 characters.</source>
        <translation>La remarque destinée au payeur dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The note to the payer must be on one line.</source>
        <translation>La remarque destinée au payeur doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <source>The payment details are too long for a payment QR code (%1 bytes, at most %2).</source>
        <translation>Les données de paiement sont trop longues pour un code QR de paiement (%1 octets, au maximum %2).</translation>
    </message>
    <message>
        <source>A payment QR code is only for documents in euro.</source>
        <translation>Un code QR de paiement est réservé aux documents en euros.</translation>
    </message>
    <message>
        <source>The company has no IBAN, so the document cannot carry a payment QR code.</source>
        <translation>L’entreprise n’a pas d’IBAN&#xa0;: le document ne peut donc pas porter de code QR de paiement.</translation>
    </message>
</context>
<context>
    <name>ExchangeRate</name>
    <message>
        <source>An exchange rate must be greater than zero.</source>
        <translation>Un taux de change doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The inverse of this exchange rate is out of range.</source>
        <translation>L’inverse de ce taux de change est hors limites.</translation>
    </message>
    <message>
        <source>The converted amount is too large.</source>
        <translation>Le montant converti est trop élevé.</translation>
    </message>
</context>
<context>
    <name>ExpenseRecorder</name>
    <message>
        <source>The receipt file is empty.</source>
        <translation>Le fichier du justificatif est vide.</translation>
    </message>
    <message>
        <source>A receipt has at most %1 MiB.</source>
        <translation>Un justificatif fait au maximum %1 Mio.</translation>
    </message>
    <message>
        <source>A receipt is a PDF, PNG, JPEG, WebP or HEIC file; this one is not.</source>
        <translation>Un justificatif est un fichier PDF, PNG, JPEG, WebP ou HEIC&#xa0;; ce n’est pas le cas de celui-ci.</translation>
    </message>
    <message>
        <source>No contact has the id %1.</source>
        <translation>Aucun contact n’a l’id %1.</translation>
    </message>
    <message>
        <source>Name the supplier.</source>
        <translation>Indiquez le fournisseur.</translation>
    </message>
    <message>
        <source>An expense has at least one line.</source>
        <translation>Une dépense comporte au moins une ligne.</translation>
    </message>
    <message>
        <source>An expense has at most %1 lines.</source>
        <translation>Une dépense comporte au maximum %1 lignes.</translation>
    </message>
    <message>
        <source>Expenses are recorded in euro.</source>
        <translation>Les dépenses sont enregistrées en euros.</translation>
    </message>
    <message>
        <source>Enter the amount paid, including VAT, above zero.</source>
        <translation>Saisissez le montant payé, TVA comprise, supérieur à zéro.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Le montant est trop élevé.</translation>
    </message>
    <message>
        <source>A VAT rate lies between 0 and 100 %.</source>
        <translation>Un taux de TVA est compris entre 0 et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>The VAT lies between zero and the amount including VAT, in euro.</source>
        <translation>La TVA est comprise entre zéro et le montant TVA comprise, en euros.</translation>
    </message>
    <message>
        <source>At a rate of 0 % there is no VAT.</source>
        <translation>À un taux de 0&#xa0;%, il n’y a pas de TVA.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Il n’existe pas de compte %1.</translation>
    </message>
    <message>
        <source>Account %1 (%2) takes no expenses: choose an expense account or a fixed asset.</source>
        <translation>Le compte %1 (%2) n’accepte pas de dépenses&#xa0;: choisissez un compte de charges ou d’immobilisations.</translation>
    </message>
    <message>
        <source>Account %1 (%2) is archived.</source>
        <translation>Le compte %1 (%2) est archivé.</translation>
    </message>
    <message>
        <source>Enter the date of the expense.</source>
        <translation>Saisissez la date de la dépense.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Justificatif</translation>
    </message>
</context>
<context>
    <name>ExpensesAddCommand</name>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <source>--amount needs the amount paid in EUR, such as 60.50</source>
        <translation>--amount requiert le montant payé en EUR, par exemple 60.50</translation>
    </message>
    <message>
        <source>--vat-rate needs a percentage such as 21 or 5.5</source>
        <translation>--vat-rate requiert un pourcentage, par exemple 21 ou 5.5</translation>
    </message>
    <message>
        <source>--vat needs the VAT in EUR, such as 10.50</source>
        <translation>--vat requiert la TVA en EUR, par exemple 10.50</translation>
    </message>
    <message>
        <source>Record an expense from a receipt, with the receipt.</source>
        <translation>Enregistrer une dépense à partir d’un justificatif, en conservant le justificatif.</translation>
    </message>
    <message>
        <source>Records what a receipt or a supplier&apos;s paper invoice says as a purchase invoice of the supplier (an existing contact, or one found or added by name), keeps the receipt file (PDF, PNG, JPEG, WebP or HEIC, at most 10 MiB; its type is read from its content) inside the encrypted company file, and posts it to the account chosen: the amount including VAT, less the VAT the account may deduct (50 % on car costs, none on restaurants), is the cost; the deductible VAT goes to input VAT. Without --vat the VAT is worked out from the amount and the rate; with it, the receipt&apos;s own figure is kept and a cent of difference goes to the rounding account. Without --number the expense is numbered R-DATE-N. --paid records that it was paid at once, from the cash box for cash, else from the bank. Anything refused (exit code 5) stores nothing.</source>
        <translation>Enregistre ce qu’indique un ticket de caisse ou une facture papier de fournisseur comme facture d’achat de ce fournisseur (un contact existant, ou un contact trouvé ou ajouté par son nom), conserve le fichier du justificatif (PDF, PNG, JPEG, WebP ou HEIC, 10 Mio au maximum&#xa0;; son type est déterminé d’après son contenu) dans le fichier d’entreprise chiffré, et la comptabilise sur le compte choisi&#xa0;: le montant TVA comprise, diminué de la TVA que le compte permet de déduire (50&#xa0;% sur les frais de voiture, rien sur les restaurants), constitue la charge&#xa0;; la TVA déductible va au compte de TVA déductible. Sans --vat, la TVA est calculée à partir du montant et du taux&#xa0;; avec cette option, le montant indiqué sur le justificatif est conservé et un éventuel écart d’un centime va au compte d’écarts d’arrondi. Sans --number, la dépense est numérotée R-DATE-N. --paid indique qu’elle a été payée immédiatement, par la caisse pour un paiement en espèces, sinon par la banque. Tout refus (code de sortie 5) n’enregistre rien.</translation>
    </message>
    <message>
        <source>The supplier&apos;s contact id or uid.</source>
        <translation>L’id ou l’uid du contact du fournisseur.</translation>
    </message>
    <message>
        <source>The supplier by name: the contact of that name, or a new supplier in the company&apos;s country.</source>
        <translation>Le fournisseur par son nom&#xa0;: le contact portant ce nom, ou un nouveau fournisseur dans le pays de l’entreprise.</translation>
    </message>
    <message>
        <source>The expense or fixed-asset account, e.g. 612200.</source>
        <translation>Le compte de charges ou d’immobilisations, par exemple 612200.</translation>
    </message>
    <message>
        <source>The amount paid, including VAT, e.g. 60.50.</source>
        <translation>Le montant payé, TVA comprise, par exemple 60.50.</translation>
    </message>
    <message>
        <source>The VAT rate on the receipt, e.g. 21 (0 for none).</source>
        <translation>Le taux de TVA indiqué sur le justificatif, par exemple 21 (0 s’il n’y en a pas).</translation>
    </message>
    <message>
        <source>The VAT as the receipt prints it, e.g. 10.50.</source>
        <translation>La TVA telle qu’elle figure sur le justificatif, par exemple 10.50.</translation>
    </message>
    <message>
        <source>The date of the receipt (default: today).</source>
        <translation>La date du justificatif (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <source>The receipt&apos;s or invoice&apos;s number (default: R-DATE-N).</source>
        <translation>Le numéro du ticket ou de la facture (par défaut&#xa0;: R-DATE-N).</translation>
    </message>
    <message>
        <source>What was bought (default: the account&apos;s name).</source>
        <translation>Ce qui a été acheté (par défaut&#xa0;: le nom du compte).</translation>
    </message>
    <message>
        <source>The receipt: a PDF, PNG, JPEG, WebP or HEIC file.</source>
        <translation>Le justificatif&#xa0;: un fichier PDF, PNG, JPEG, WebP ou HEIC.</translation>
    </message>
    <message>
        <source>Paid at once, in full.</source>
        <translation>Payé immédiatement, en totalité.</translation>
    </message>
    <message>
        <source>name the supplier with --supplier or --supplier-name</source>
        <translation>indiquez le fournisseur avec --supplier ou --supplier-name</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD</source>
        <translation>--date requiert une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>unknown --paid</source>
        <translation>valeur de --paid inconnue</translation>
    </message>
    <message>
        <source>paid (%1)</source>
        <translation>payée (%1)</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message>
        <source>Recorded expense %1 from %2 on %3: %4 %5 (VAT %6), %7%8</source>
        <translation>Dépense %1 de %2 du %3 enregistrée&#xa0;: %4 %5 (TVA %6), %7%8</translation>
    </message>
    <message>
        <source> (new supplier)</source>
        <translation> (nouveau fournisseur)</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>The number of a document to export; repeat for more, or use --all.</source>
        <translation>Le numéro d’un document à exporter&#xa0;; répétez l’option pour en exporter plusieurs, ou utilisez --all.</translation>
    </message>
    <message>
        <source>Export every issued document of the kinds this command exports.</source>
        <translation>Exporter tous les documents émis des types que cette commande exporte.</translation>
    </message>
    <message>
        <source>The folder to write into; created when missing. Files of the same name are replaced.</source>
        <translation>Le dossier dans lequel écrire&#xa0;; il est créé s’il n’existe pas. Les fichiers de même nom sont remplacés.</translation>
    </message>
</context>
<context>
    <name>ExportPdfCommand</name>
    <message>
        <source>Write the PDF of issued quotes, invoices and credit notes.</source>
        <translation>Écrire le PDF des devis, factures et notes de crédit émis.</translation>
    </message>
    <message>
        <source>Writes one PDF per issued document into DIR, named after its kind and number (invoice-2026-0001.pdf), exactly as the desktop app prints it: the company&apos;s template, the legal mentions in the customer&apos;s language and, on invoices in euro, the payment QR code. Prints the path of each file written.</source>
        <translation>Écrit un PDF par document émis dans DIR, nommé d’après son type et son numéro (invoice-2026-0001.pdf), exactement tel que l’application de bureau l’imprime&#xa0;: le modèle de l’entreprise, les mentions légales dans la langue du client et, sur les factures en euros, le code QR de paiement. Affiche le chemin de chaque fichier écrit.</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>say where to write the files with -o DIR</source>
        <translation>indiquez où écrire les fichiers avec -o DIR</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existe et n’est pas un dossier</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ExportUblCommand</name>
    <message>
        <source>Write issued invoices and credit notes as Peppol BIS 3.0 UBL files.</source>
        <translation>Écrire les factures et notes de crédit émises sous forme de fichiers UBL Peppol BIS 3.0.</translation>
    </message>
    <message>
        <source>Writes one UBL 2.1 file per issued invoice or credit note into DIR (invoice-2026-0001.xml), as Peppol BIS Billing 3.0 requires it: endpoint ids, VAT breakdown, payment means with the structured communication, and the PDF of the document embedded (leave it out with --no-pdf). Prints the path of each file written. With --all, a document for a customer without a Peppol address (a consumer) is skipped with a notice; any other document Peppol would refuse is reported and stops the export (exit 5).</source>
        <translation>Écrit dans DIR un fichier UBL 2.1 par facture ou note de crédit émise (invoice-2026-0001.xml), comme l’exige Peppol BIS Billing 3.0&#xa0;: identifiants de point de terminaison (endpoint), ventilation de la TVA, moyens de paiement avec la communication structurée, et le PDF du document intégré (à omettre avec --no-pdf). Affiche le chemin de chaque fichier écrit. Avec --all, un document destiné à un client sans adresse Peppol (un consommateur) est ignoré avec un avertissement&#xa0;; tout autre document que Peppol refuserait est signalé et arrête l’export (code de sortie 5).</translation>
    </message>
    <message>
        <source>Do not embed the PDF of each document.</source>
        <translation>Ne pas intégrer le PDF de chaque document.</translation>
    </message>
    <message>
        <source>skipped: the customer has no Peppol address; send the PDF</source>
        <translation>ignoré&#xa0;: le client n’a pas d’adresse Peppol&#xa0;; envoyez le PDF</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>Choose a country.</source>
        <translation>Choisissez un pays.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO country code such as BE, NL or DE.</source>
        <translation>“%1” n’est pas un code pays ISO tel que BE, NL ou DE.</translation>
    </message>
    <message>
        <source>Choose a currency.</source>
        <translation>Choisissez une devise.</translation>
    </message>
    <message>
        <source>An e-mail address contains no spaces.</source>
        <translation>Une adresse e-mail ne contient pas d’espaces.</translation>
    </message>
    <message>
        <source>An e-mail address has exactly one @, as in name@example.be.</source>
        <translation>Une adresse e-mail contient exactement un @, comme dans nom@example.be.</translation>
    </message>
    <message>
        <source>An e-mail address has a name before the @ and a domain such as example.be after it.</source>
        <translation>Une adresse e-mail comporte un nom avant le @ et un domaine tel que example.be après.</translation>
    </message>
    <message>
        <source>A web address contains no spaces.</source>
        <translation>Une adresse web ne contient pas d’espaces.</translation>
    </message>
    <message>
        <source>A web address starts with http:// or https://, or with the name.</source>
        <translation>Une adresse web commence par http:// ou https://, ou directement par le nom de domaine.</translation>
    </message>
    <message>
        <source>A web address names a domain such as www.example.be.</source>
        <translation>Une adresse web désigne un domaine tel que www.example.be.</translation>
    </message>
    <message>
        <source>A Belgian postal code has 4 digits, such as 9000.</source>
        <translation>Un code postal belge comporte 4 chiffres, par exemple 9000.</translation>
    </message>
    <message>
        <source>A Dutch postal code has 4 digits and 2 letters, such as 1012 AB.</source>
        <translation>Un code postal néerlandais comporte 4 chiffres et 2 lettres, par exemple 1012 AB.</translation>
    </message>
    <message>
        <source>The enterprise number %1 does not match the VAT number %2: a Belgian VAT number is BE followed by the enterprise number.</source>
        <translation>Le numéro d’entreprise %1 ne correspond pas au numéro de TVA %2&#xa0;: un numéro de TVA belge se compose de BE suivi du numéro d’entreprise.</translation>
    </message>
</context>
<context>
    <name>FileChecks</name>
    <message>
        <source>every page decrypts and passes its HMAC, the database structure (b-trees, indexes) is consistent, and every reference between records points at a record that exists</source>
        <translation>chaque page se déchiffre et passe son contrôle HMAC, la structure de la base de données (arbres B, index) est cohérente, et chaque référence entre enregistrements pointe vers un enregistrement existant</translation>
    </message>
    <message>
        <source>every entry balances (the database refuses any that does not), and the stored totals per account and month equal the sums of the journal lines they summarise</source>
        <translation>chaque écriture est équilibrée (la base de données refuse toute écriture qui ne l’est pas), et les totaux enregistrés par compte et par mois sont égaux aux sommes des lignes d’écriture qu’ils résument</translation>
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
    <name>FiscalYearClosing</name>
    <message>
        <source>A fiscal year ends after it starts.</source>
        <translation>Un exercice doit se terminer après sa date de début.</translation>
    </message>
    <message>
        <source>A fiscal year lasts at most 24 months.</source>
        <translation>Un exercice dure au maximum 24 mois.</translation>
    </message>
    <message>
        <source>Only a fiscal year that is over can be closed.</source>
        <translation>Seul un exercice terminé peut être clôturé.</translation>
    </message>
    <message>
        <source>The fiscal year %1 to %2 is closed already.</source>
        <translation>L’exercice du %1 au %2 est déjà clôturé.</translation>
    </message>
    <message>
        <source>Closing of the fiscal year %1 to %2</source>
        <translation>Clôture de l’exercice du %1 au %2</translation>
    </message>
</context>
<context>
    <name>FixedPoint</name>
    <message>
        <source>Enter a number.</source>
        <translation>Saisissez un nombre.</translation>
    </message>
    <message>
        <source>The number must not be negative.</source>
        <translation>Le nombre ne doit pas être négatif.</translation>
    </message>
    <message>
        <source>Not a plain decimal number: use digits, an optional leading minus and a decimal point.</source>
        <translation>Ce n’est pas un nombre décimal simple&#xa0;: utilisez des chiffres, un signe moins facultatif au début et un point décimal.</translation>
    </message>
    <message>
        <source>No decimals are allowed here.</source>
        <translation>Aucune décimale n’est autorisée ici.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n decimal(s) allowed.</source>
        <translation>
            <numerusform>Au maximum %n décimale autorisée.</numerusform>
            <numerusform>Au maximum %n décimales autorisées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>Le nombre est trop grand.</translation>
    </message>
</context>
<context>
    <name>GeneralLedger</name>
    <message>
        <source>General ledger</source>
        <translation>Grand livre</translation>
    </message>
    <message>
        <source>Balances: debit positive, credit negative.</source>
        <translation>Soldes&#xa0;: débit en positif, crédit en négatif.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Solde d’ouverture</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Solde de clôture</translation>
    </message>
</context>
<context>
    <name>HelpCommand</name>
    <message>
        <source>Show the list of commands, or the usage of one.</source>
        <translation>Afficher la liste des commandes, ou l’utilisation de l’une d’elles.</translation>
    </message>
    <message>
        <source>Without COMMAND, lists every command. With it, shows the command&apos;s arguments, options and examples; &apos;%1 COMMAND --help&apos; does the same.</source>
        <translation>Sans COMMAND, liste toutes les commandes. Avec, affiche les arguments, les options et les exemples de la commande&#xa0;; &apos;%1 COMMAND --help&apos; fait de même.</translation>
    </message>
    <message>
        <source>The command to describe.</source>
        <translation>La commande à décrire.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>HelpFormatter</name>
    <message>
        <source>Usage:</source>
        <translation>Utilisation&#xa0;:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments&#xa0;:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Exemples&#xa0;:</translation>
    </message>
    <message>
        <source>[--verbose] COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>[--verbose] COMMAND [ARGUMENTS] [OPTIONS]</translation>
    </message>
    <message>
        <source>help COMMAND</source>
        <translation>help COMMAND</translation>
    </message>
    <message>
        <source>Kasboek&apos;s command line: create, inspect, check and re-key the encrypted company file that holds a freelancer&apos;s books.</source>
        <translation>La ligne de commande de Kasboek&#xa0;: créer, inspecter, vérifier et changer la clé du fichier d’entreprise chiffré qui contient la comptabilité d’un indépendant.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrases are never taken from the command line. They come from the environment variable KASBOEK_PASSPHRASE (and KASBOEK_NEW_PASSPHRASE for passwd) when set, otherwise from --passphrase-fd N, otherwise from a prompt on the terminal.</source>
        <translation>Les phrases secrètes ne sont jamais lues sur la ligne de commande. Elles proviennent de la variable d’environnement KASBOEK_PASSPHRASE (et KASBOEK_NEW_PASSPHRASE pour passwd) si elle est définie, sinon de --passphrase-fd N, sinon d’une invite dans le terminal.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Codes de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>failure not covered below (for example, refusing to overwrite a file)</source>
        <translation>échec non couvert ci-dessous (par exemple, refus d’écraser un fichier)</translation>
    </message>
    <message>
        <source>usage error: unknown command or option, missing argument, no passphrase source</source>
        <translation>erreur d’utilisation&#xa0;: commande ou option inconnue, argument manquant, aucune source de phrase secrète</translation>
    </message>
    <message>
        <source>wrong passphrase (or not a Kasboek file that could be unlocked)</source>
        <translation>phrase secrète incorrecte (ou fichier qui n’est pas un fichier Kasboek pouvant être déverrouillé)</translation>
    </message>
    <message>
        <source>file unusable: corrupt, foreign, from a newer version, in use, missing</source>
        <translation>fichier inutilisable&#xa0;: corrompu, d’un autre type, créé par une version plus récente, en cours d’utilisation, introuvable</translation>
    </message>
    <message>
        <source>input rejected by validation; nothing was written</source>
        <translation>données refusées par la validation&#xa0;; rien n’a été écrit</translation>
    </message>
    <message>
        <source>Run &apos;%1 help COMMAND&apos; for the arguments and options of a command.</source>
        <translation>Exécutez &apos;%1 help COMMAND&apos; pour obtenir les arguments et les options d’une commande.</translation>
    </message>
    <message>
        <source>Commands of &apos;%1&apos;:</source>
        <translation>Commandes de &apos;%1&apos;&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Iban</name>
    <message>
        <source>No IBAN was entered.</source>
        <translation>Aucun IBAN n’a été saisi.</translation>
    </message>
    <message>
        <source>An IBAN contains only the letters A to Z and the digits 0 to 9, not “%1”.</source>
        <translation>Un IBAN ne contient que les lettres A à Z et les chiffres 0 à 9, pas “%1”.</translation>
    </message>
    <message>
        <source>An IBAN starts with a two-letter country code, such as BE or NL.</source>
        <translation>Un IBAN commence par un code pays à deux lettres, par exemple BE ou NL.</translation>
    </message>
    <message>
        <source>%1 is not a country that Kasboek knows IBANs of.</source>
        <translation>%1 n’est pas un pays dont Kasboek connaît les IBAN.</translation>
    </message>
    <message>
        <source>An IBAN from %1 has %2 characters, not %3. Check for a missing or extra character.</source>
        <translation>Un IBAN de ce pays (%1) comporte %2 caractères, et non %3. Vérifiez s’il manque un caractère ou s’il y en a un de trop.</translation>
    </message>
    <message>
        <source>The third and fourth characters of an IBAN are digits.</source>
        <translation>Les troisième et quatrième caractères d’un IBAN sont des chiffres.</translation>
    </message>
    <message>
        <source>Character %1 of this IBAN should be a digit.</source>
        <translation>Le caractère %1 de cet IBAN doit être un chiffre.</translation>
    </message>
    <message>
        <source>Character %1 of this IBAN should be a letter.</source>
        <translation>Le caractère %1 de cet IBAN doit être une lettre.</translation>
    </message>
    <message>
        <source>Character %1 of this IBAN should be a letter or a digit.</source>
        <translation>Le caractère %1 de cet IBAN doit être une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>The check digits do not match the rest of this IBAN. Check for a typing error.</source>
        <translation>Les chiffres de contrôle ne correspondent pas au reste de cet IBAN. Vérifiez qu’il n’y a pas de faute de frappe.</translation>
    </message>
    <message>
        <source>The last two digits of this Belgian account number do not match the rest of it. Check for a typing error.</source>
        <translation>Les deux derniers chiffres de ce numéro de compte belge ne correspondent pas au reste du numéro. Vérifiez qu’il n’y a pas de faute de frappe.</translation>
    </message>
    <message>
        <source>This is not a valid IBAN.</source>
        <translation>Cet IBAN n’est pas valide.</translation>
    </message>
</context>
<context>
    <name>ImportBankCommand</name>
    <message>
        <source>Import bank statements (camt.053, CODA, MT940).</source>
        <translation>Importer des extraits de compte (camt.053, CODA, MT940).</translation>
    </message>
    <message>
        <source>Reads each statement file, whatever its name: ISO 20022 camt.053 (XML, version 001.02 and later), Belgian CODA or MT940, recognised from the content. Every statement must add up: its opening balance and its movements make its closing balance. Its movements land in the bank journal of its account (the IBAN on the statement); an account Kasboek has not seen gets a bank journal and a ledger account of its own. The movements wait there to be reconciled with invoices and expenses: the import posts nothing.</source>
        <translation>Lit chaque fichier d’extrait de compte, quel que soit son nom&#xa0;: ISO 20022 camt.053 (XML, version 001.02 et ultérieures), CODA belge ou MT940, reconnu d’après son contenu. Chaque extrait doit être cohérent&#xa0;: son solde initial et ses mouvements donnent son solde final. Ses mouvements sont placés dans le journal de banque de son compte (l’IBAN figurant sur l’extrait)&#xa0;; un compte que Kasboek ne connaît pas encore reçoit son propre journal de banque et son propre compte du grand livre. Les mouvements y attendent d’être rapprochés des factures et des dépenses&#xa0;: l’import ne comptabilise rien.</translation>
    </message>
    <message>
        <source>A statement imported before, or the movements an overlapping statement repeats, are not imported twice. A statement whose opening balance is not what the statement before it closed with is imported with a warning: one is missing or wrong. All or nothing: a file that is not a statement, is malformed or does not add up is refused with one line naming it (exit code 5), and nothing of any file is written. --format json prints what became of each statement (see docs/cli.md).</source>
        <translation>Un extrait déjà importé, ou les mouvements répétés par un extrait qui en chevauche un autre, ne sont pas importés deux fois. Un extrait dont le solde initial ne correspond pas au solde final de l’extrait précédent est importé avec un avertissement&#xa0;: un extrait manque ou est erroné. Tout ou rien&#xa0;: un fichier qui n’est pas un extrait de compte, qui est mal formé ou qui n’est pas cohérent est refusé avec une ligne qui le nomme (code de sortie 5), et rien n’est écrit, pour aucun des fichiers. --format json affiche ce qu’il est advenu de chaque extrait (voir docs/cli.md).</translation>
    </message>
    <message>
        <source>A statement file of the bank; several may be given.</source>
        <translation>Un fichier d’extrait de compte de la banque&#xa0;; vous pouvez en indiquer plusieurs.</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is too large to be a bank statement</source>
        <translation>le fichier est trop volumineux pour être un extrait de compte</translation>
    </message>
    <message numerus="yes">
        <source>%n new movements</source>
        <translation>
            <numerusform>%n nouveau mouvement</numerusform>
            <numerusform>%n nouveaux mouvements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported before</source>
        <translation>
            <numerusform>%n déjà importé</numerusform>
            <numerusform>%n déjà importés</numerusform>
        </translation>
    </message>
    <message>
        <source>(A new account: journal %1.)</source>
        <translation>(Nouveau compte&#xa0;: journal %1.)</translation>
    </message>
    <message>
        <source>%1: %2%3 of %4, %5 to %6</source>
        <translation>%1 : %2%3 du compte %4, du %5 au %6</translation>
    </message>
    <message>
        <source>%1: imported before, nothing added.</source>
        <translation>%1 : déjà importé, rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>%1: %2, %3; closes with %4 %5 in journal %6.</source>
        <translation>%1 : %2, %3 ; solde final de %4 %5 dans le journal %6.</translation>
    </message>
</context>
<context>
    <name>ImportJournalCsvCommand</name>
    <message>
        <source>Import journal lines from the neutral journal CSV.</source>
        <translation>Importer des lignes d’écriture depuis le CSV de journal neutre.</translation>
    </message>
    <message>
        <source>Reads CSV (UTF-8, comma-separated, one row per split) with exactly this header, in this order:
date,txn_id,account_code,account_name,debit_cents,credit_cents,description,counterparty
The rows of one txn_id follow each other and form one balanced entry on one date (YYYY-MM-DD); amounts are whole cents on one side of a row. Each transaction becomes an entry of the general journal (or of --journal) with the txn_id as its reference. An account code the chart lacks is added, with the type the first segment of account_name gives (Assets, Liabilities, Equity, Income, Expenses) and the rest of the path as its name; a code the chart has with another type is refused. Rows of 0 on both sides are left out, and a transaction without any amount is skipped.</source>
        <translation>Lit un CSV (UTF-8, séparé par des virgules, une ligne par ventilation) avec exactement cet en-tête, dans cet ordre&#xa0;:
date,txn_id,account_code,account_name,debit_cents,credit_cents,description,counterparty
Les lignes d’un même txn_id se suivent et forment une écriture équilibrée à une seule date (AAAA-MM-JJ)&#xa0;; les montants sont des nombres entiers de centimes, sur un seul côté de chaque ligne. Chaque transaction devient une écriture du journal des opérations diverses (ou de --journal) avec le txn_id comme référence. Un code de compte absent du plan comptable est ajouté, avec le type que donne le premier segment de account_name (Assets, Liabilities, Equity, Income, Expenses) et le reste du chemin comme nom&#xa0;; un code présent dans le plan comptable avec un autre type est refusé. Les lignes à 0 des deux côtés sont omises, et une transaction sans aucun montant est ignorée.</translation>
    </message>
    <message>
        <source>All or nothing: a file with any error, a date in a closed period, or a first or last transaction imported into the journal before, is refused with one line naming the line of the CSV (exit code 5), and nothing is written. Prints one line with what was imported; --format json prints the same as one JSON object (see docs/cli.md).</source>
        <translation>Tout ou rien&#xa0;: un fichier comportant une erreur, une date dans une période clôturée, ou une première ou dernière transaction déjà importée dans le journal est refusé avec une ligne indiquant la ligne du CSV concernée (code de sortie 5), et rien n’est écrit. Affiche une ligne résumant l’import&#xa0;; --format json affiche la même chose sous forme d’un objet JSON (voir docs/cli.md).</translation>
    </message>
    <message>
        <source>The journal CSV.</source>
        <translation>Le CSV de journal.</translation>
    </message>
    <message>
        <source>The journal the entries go to (default: GEN, the general journal).</source>
        <translation>Le journal qui reçoit les écritures (par défaut&#xa0;: GEN, le journal des opérations diverses).</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported no entries;</source>
        <translation>Aucune écriture importée&#xa0;;</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entries (%1 lines) from %2 to %3;</source>
        <translation>
            <numerusform>%n écriture importée (%1 lignes) du %2 au %3&#xa0;;</numerusform>
            <numerusform>%n écritures importées (%1 lignes) du %2 au %3&#xa0;;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts created.</source>
        <translation>
            <numerusform>%n compte créé.</numerusform>
            <numerusform>%n comptes créés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transactions without any amount skipped.</source>
        <translation>
            <numerusform>%n transaction sans aucun montant ignorée.</numerusform>
            <numerusform>%n transactions sans aucun montant ignorées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportUblCommand</name>
    <message>
        <source>Import suppliers&apos; Peppol BIS 3.0 invoices and credit notes.</source>
        <translation>Importer les factures et notes de crédit Peppol BIS 3.0 des fournisseurs.</translation>
    </message>
    <message>
        <source>Reads each XML file (UBL 2.1 Invoice or CreditNote, Peppol BIS Billing 3.0) and stores it as an issued purchase document with the files it carries and the original XML. The supplier is matched on its VAT, enterprise or KvK number, or added as a new supplier. A file that is malformed, does not add up, is addressed to another company or was imported before is refused and writes nothing; the others are still imported. Exit code 5 when any file was refused.</source>
        <translation>Lit chaque fichier XML (Invoice ou CreditNote UBL 2.1, Peppol BIS Billing 3.0) et l’enregistre comme document d’achat émis, avec les fichiers qu’il contient et le XML d’origine. Le fournisseur est identifié par son numéro de TVA, d’entreprise ou KvK, ou ajouté comme nouveau fournisseur. Un fichier mal formé, dont les montants ne concordent pas, adressé à une autre entreprise ou déjà importé est refusé et rien n’en est écrit&#xa0;; les autres sont tout de même importés. Code de sortie 5 si un fichier a été refusé.</translation>
    </message>
    <message>
        <source>A supplier&apos;s UBL file; several may be given.</source>
        <translation>Un fichier UBL de fournisseur&#xa0;; plusieurs peuvent être indiqués.</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is too large to be an invoice</source>
        <translation>le fichier est trop volumineux pour être une facture</translation>
    </message>
    <message>
        <source>%1: %2 %3 from %4, %5 %6</source>
        <translation>%1&#xa0;: %2 %3 de %4, %5 %6</translation>
    </message>
    <message>
        <source> (new supplier)</source>
        <translation> (nouveau fournisseur)</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Show a file&apos;s format version, key derivation, cipher and record counts.</source>
        <translation>Afficher la version du format d’un fichier, sa dérivation de clé, son chiffrement et le nombre d’enregistrements.</translation>
    </message>
    <message>
        <source>Unlocks FILE and prints its file format version, the key derivation parameters it was encrypted with, the cipher, its size on disk and the number of records in each table. With --format json the same as one JSON object (see docs/cli.md).</source>
        <translation>Déverrouille FILE et affiche la version de son format de fichier, les paramètres de dérivation de clé avec lesquels il a été chiffré, l’algorithme de chiffrement, sa taille sur le disque et le nombre d’enregistrements de chaque table. Avec --format json, la même chose sous forme d’un objet JSON (voir docs/cli.md).</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>File size:</source>
        <translation>Taille du fichier&#xa0;:</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>Format version:</source>
        <translation>Version du format&#xa0;:</translation>
    </message>
    <message>
        <source>Key derivation:</source>
        <translation>Dérivation de clé&#xa0;:</translation>
    </message>
    <message>
        <source>profile:</source>
        <translation>profil&#xa0;:</translation>
    </message>
    <message>
        <source>iterations:</source>
        <translation>itérations&#xa0;:</translation>
    </message>
    <message>
        <source>memory:</source>
        <translation>mémoire&#xa0;:</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <source>lanes:</source>
        <translation>voies&#xa0;:</translation>
    </message>
    <message>
        <source>Cipher:</source>
        <translation>Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <source>%1, %2 with %3 per page</source>
        <translation>%1, %2 avec %3 par page</translation>
    </message>
    <message>
        <source>page size:</source>
        <translation>taille de page&#xa0;:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Enregistrements&#xa0;:</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the input is larger than %1 MiB</source>
        <translation>l’entrée dépasse %1 Mio</translation>
    </message>
</context>
<context>
    <name>InvoiceRequirements</name>
    <message>
        <source>Your company&apos;s name is missing.</source>
        <translation>Le nom de votre entreprise est manquant.</translation>
    </message>
    <message>
        <source>The customer&apos;s name is missing.</source>
        <translation>Le nom du client est manquant.</translation>
    </message>
    <message>
        <source>Your company&apos;s address (street, postal code and city) must be on every invoice.</source>
        <translation>L’adresse de votre entreprise (rue, code postal et localité) doit figurer sur chaque facture.</translation>
    </message>
    <message>
        <source>Your company&apos;s country is missing.</source>
        <translation>Le pays de votre entreprise est manquant.</translation>
    </message>
    <message>
        <source>Your VAT number must be on every invoice.</source>
        <translation>Votre numéro de TVA doit figurer sur chaque facture.</translation>
    </message>
    <message>
        <source>Your VAT number &quot;%1&quot; is not valid.</source>
        <translation>Votre numéro de TVA &quot;%1&quot; n’est pas valide.</translation>
    </message>
    <message>
        <source>A Belgian invoice must show your enterprise number (KBO/BCE).</source>
        <translation>Une facture belge doit mentionner votre numéro d’entreprise (KBO/BCE).</translation>
    </message>
    <message>
        <source>Your enterprise number &quot;%1&quot; is not valid.</source>
        <translation>Votre numéro d’entreprise &quot;%1&quot; n’est pas valide.</translation>
    </message>
    <message>
        <source>A Dutch invoice must show your KvK number (Chamber of Commerce).</source>
        <translation>Une facture néerlandaise doit mentionner votre numéro KvK (Chambre de commerce).</translation>
    </message>
    <message>
        <source>Your KvK number &quot;%1&quot; is not valid.</source>
        <translation>Votre numéro KvK &quot;%1&quot; n’est pas valide.</translation>
    </message>
    <message>
        <source>The customer&apos;s address (street, postal code and city) must be on the invoice.</source>
        <translation>L’adresse du client (rue, code postal et localité) doit figurer sur la facture.</translation>
    </message>
    <message>
        <source>The customer&apos;s country is missing.</source>
        <translation>Le pays du client est manquant.</translation>
    </message>
    <message>
        <source>When the VAT is reverse-charged or the supply is intra-Community, the customer&apos;s VAT number must be on the invoice.</source>
        <translation>En cas d’autoliquidation de la TVA ou de livraison intracommunautaire, le numéro de TVA du client doit figurer sur la facture.</translation>
    </message>
    <message>
        <source>The customer&apos;s VAT number &quot;%1&quot; is not valid.</source>
        <translation>Le numéro de TVA du client &quot;%1&quot; n’est pas valide.</translation>
    </message>
    <message>
        <source>The issue date is missing.</source>
        <translation>La date d’émission est manquante.</translation>
    </message>
    <message>
        <source>The due date lies before the issue date.</source>
        <translation>La date d’échéance est antérieure à la date d’émission.</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>Ajoutez au moins une ligne.</translation>
    </message>
    <message>
        <source>Line %1 does not say what was supplied.</source>
        <translation>La ligne %1 n’indique pas ce qui a été fourni.</translation>
    </message>
    <message>
        <source>Line %1 has no quantity.</source>
        <translation>La ligne %1 n’a pas de quantité.</translation>
    </message>
    <message>
        <source>Line %1 has a negative unit price; use a negative quantity or a credit note.</source>
        <translation>La ligne %1 a un prix unitaire négatif&#xa0;; utilisez une quantité négative ou une note de crédit.</translation>
    </message>
    <message>
        <source>Say why no VAT is charged for VAT category %1.</source>
        <translation>Indiquez pourquoi aucune TVA n’est appliquée pour la catégorie de TVA %1.</translation>
    </message>
    <message>
        <source>An invoice in %1 needs the exchange rate to the euro.</source>
        <translation>Une facture en %1 requiert le taux de change par rapport à l’euro.</translation>
    </message>
    <message>
        <source>A credit note must name the invoice it corrects.</source>
        <translation>Une note de crédit doit indiquer la facture qu’elle corrige.</translation>
    </message>
    <message>
        <source>A credit note must give the date of the invoice it corrects.</source>
        <translation>Une note de crédit doit indiquer la date de la facture qu’elle corrige.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid structured communication.</source>
        <translation>&quot;%1&quot; n’est pas une communication structurée valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid RF creditor reference.</source>
        <translation>&quot;%1&quot; n’est pas une référence de créancier RF valide.</translation>
    </message>
</context>
<context>
    <name>InvoicesIssueCommand</name>
    <message>
        <source>No issued invoice has the number &quot;%1&quot;.</source>
        <translation>Aucune facture émise ne porte le numéro &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Invoice %1 is not addressed to contact %2.</source>
        <translation>La facture %1 n’est pas adressée au contact %2.</translation>
    </message>
    <message>
        <source>Issue an invoice, credit note or quote described in JSON.</source>
        <translation>Émettre une facture, une note de crédit ou un devis décrit en JSON.</translation>
    </message>
    <message>
        <source>Reads the document&apos;s JSON description (docs/cli.md has the format; &apos;-&apos; reads it from standard input): its type, the contact (id or uid, see &apos;contacts list&apos;), the dates, what differs from the contact&apos;s defaults, and the lines. A credit note names the invoice it corrects and repeats its lines unless it lists its own. The document is checked as the editor checks it, then issued with the next number of its series and posted to the ledger, all in one step: when anything is wrong, the error names the JSON field (exit code 5) and nothing is stored, no number is used. --draft stores it as a draft instead.</source>
        <translation>Lit la description JSON du document (le format est décrit dans docs/cli.md&#xa0;; &apos;-&apos; la lit depuis l’entrée standard)&#xa0;: son type, le contact (id ou uid, voir &apos;contacts list&apos;), les dates, ce qui diffère des valeurs par défaut du contact, et les lignes. Une note de crédit indique la facture qu’elle corrige et en reprend les lignes, sauf si elle indique les siennes. Le document est vérifié comme l’éditeur le vérifie, puis émis avec le numéro suivant de sa série et comptabilisé dans le grand livre, en une seule étape&#xa0;: si quelque chose ne va pas, l’erreur indique le champ JSON concerné (code de sortie 5), rien n’est enregistré et aucun numéro n’est utilisé. --draft l’enregistre plutôt comme brouillon.</translation>
    </message>
    <message>
        <source>Prints the number and totals (--format json: the stored document, amounts as decimal strings).</source>
        <translation>Affiche le numéro et les totaux (--format json&#xa0;: le document enregistré, avec les montants sous forme de chaînes décimales).</translation>
    </message>
    <message>
        <source>The description, or - for standard input.</source>
        <translation>La description, ou - pour l’entrée standard.</translation>
    </message>
    <message>
        <source>Store a draft; do not issue it.</source>
        <translation>Enregistrer un brouillon&#xa0;; ne pas l’émettre.</translation>
    </message>
    <message>
        <source>standard input cannot carry both the description and the passphrase</source>
        <translation>l’entrée standard ne peut pas transmettre à la fois la description et la phrase secrète</translation>
    </message>
    <message>
        <source>Issued %1 %2 to %3: %4 %5 (VAT %6), due %7</source>
        <translation>Document émis&#xa0;: %1 %2 pour %3, %4 %5 (TVA %6), échéance le %7</translation>
    </message>
    <message>
        <source>Stored draft %1 (%2) for %3</source>
        <translation>Brouillon %1 (%2) enregistré pour %3</translation>
    </message>
</context>
<context>
    <name>InvoicesListCommand</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>List invoices, credit notes, quotes and purchase documents.</source>
        <translation>Lister les factures, notes de crédit, devis et documents d’achat.</translation>
    </message>
    <message>
        <source>Prints documents by issue date, newest first (drafts, which have no date yet, last): id, type, status, number, issue and due date, contact id and name, currency, total including VAT and what was paid. --limit bounds the list (default 100; 0 for all).</source>
        <translation>Affiche les documents par date d’émission, du plus récent au plus ancien (les brouillons, qui n’ont pas encore de date, en dernier)&#xa0;: id, type, statut, numéro, date d’émission et date d’échéance, id et nom du contact, devise, total TVA comprise et montant payé. --limit limite la longueur de la liste (100 par défaut&#xa0;; 0 pour tout afficher).</translation>
    </message>
    <message>
        <source>Only documents of this type.</source>
        <translation>Uniquement les documents de ce type.</translation>
    </message>
    <message>
        <source>Issued on or after.</source>
        <translation>Émis à cette date ou après.</translation>
    </message>
    <message>
        <source>Issued on or before.</source>
        <translation>Émis à cette date ou avant.</translation>
    </message>
    <message>
        <source>Only this contact&apos;s (id or uid).</source>
        <translation>Uniquement ceux de ce contact (id ou uid).</translation>
    </message>
    <message>
        <source>Only documents whose number or counterparty contains TEXT.</source>
        <translation>Uniquement les documents dont le numéro ou la contrepartie contient TEXT.</translation>
    </message>
    <message>
        <source>At most N documents.</source>
        <translation>Au maximum N documents.</translation>
    </message>
    <message>
        <source>unknown --type</source>
        <translation>valeur de --type inconnue</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD</source>
        <translation>--%1 requiert une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>--limit needs a number, 0 for all</source>
        <translation>--limit requiert un nombre, 0 pour tout afficher</translation>
    </message>
</context>
<context>
    <name>InvoicingService</name>
    <message>
        <source>Only quotes, invoices and credit notes are drafted here.</source>
        <translation>Seuls les devis, factures et notes de crédit peuvent être créés comme brouillons ici.</translation>
    </message>
    <message>
        <source>Only a draft that was never saved is issued as new.</source>
        <translation>Seul un brouillon jamais enregistré peut être émis comme nouveau document.</translation>
    </message>
    <message>
        <source>A credit note corrects one of your issued invoices.</source>
        <translation>Une note de crédit corrige l’une de vos factures émises.</translation>
    </message>
    <message>
        <source>Invoice %1 is credited in full already.</source>
        <translation>La facture %1 est déjà entièrement créditée.</translation>
    </message>
    <message>
        <source>Only an issued quote is accepted, declined, cancelled or converted.</source>
        <translation>Seul un devis émis peut être accepté, refusé, annulé ou converti.</translation>
    </message>
    <message>
        <source>The quote is %1 already.</source>
        <translation>Le devis est déjà %1.</translation>
    </message>
    <message>
        <source>The quote is %1; it is not made into an invoice.</source>
        <translation>Le devis est %1&#xa0;; il n’est pas converti en facture.</translation>
    </message>
    <message>
        <source>An invoice was made from this quote already.</source>
        <translation>Une facture a déjà été créée à partir de ce devis.</translation>
    </message>
    <message>
        <source>The excess and the write-off of a payment follow from what is due.</source>
        <translation>Le trop-perçu et la passation en perte d’un paiement découlent du montant dû.</translation>
    </message>
    <message>
        <source>%1 %2 is settled already; nothing more is due.</source>
        <translation>%1 %2 est déjà soldée&#xa0;; plus rien n’est dû.</translation>
    </message>
    <message>
        <source>At most %1 %2 is still due on %3.</source>
        <translation>Il reste au plus %1 %2 à payer sur %3.</translation>
    </message>
    <message>
        <source>%1 %2 is still due on %3: more than the %4 %2 written off at most.</source>
        <translation>Il reste %1 %2 dû sur %3&#xa0;: c’est plus que le maximum de %4 %2 pouvant être passé en perte.</translation>
    </message>
</context>
<context>
    <name>JournalCsvReader</name>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Line %1 (transaction %2)</source>
        <translation>Ligne %1 (transaction %2)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Le fichier n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>a field is longer than %1 characters.</source>
        <translation>un champ dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file.</source>
        <translation>un champ entre guillemets n’est pas fermé avant la fin du fichier.</translation>
    </message>
    <message>
        <source>a control character in a field (only tab is allowed).</source>
        <translation>un caractère de contrôle dans un champ (seule la tabulation est autorisée).</translation>
    </message>
    <message>
        <source>more than %1 fields.</source>
        <translation>plus de %1 champs.</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one: quote the whole field and double the quotes inside it.</source>
        <translation>un guillemet à l’intérieur d’un champ qui ne commence pas par un guillemet&#xa0;: mettez tout le champ entre guillemets et doublez les guillemets qu’il contient.</translation>
    </message>
    <message>
        <source>text after the closing quote of a field.</source>
        <translation>du texte après le guillemet fermant d’un champ.</translation>
    </message>
    <message>
        <source>%1: the text is not valid UTF-8.</source>
        <translation>%1&#xa0;: le texte n’est pas de l’UTF-8 valide.</translation>
    </message>
    <message>
        <source>%1: a control character in a field (only tab is allowed).</source>
        <translation>%1&#xa0;: un caractère de contrôle dans un champ (seule la tabulation est autorisée).</translation>
    </message>
    <message>
        <source>%1: a field is longer than %2 characters.</source>
        <translation>%1&#xa0;: un champ dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line 1: the header must be exactly &quot;%1&quot;, in this order.</source>
        <translation>Ligne 1&#xa0;: l’en-tête doit être exactement &quot;%1&quot;, dans cet ordre.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date written YYYY-MM-DD (from 1900 on).</source>
        <translation>%1&#xa0;: &quot;%2&quot; n’est pas une date au format AAAA-MM-JJ (à partir de 1900).</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; is not a whole number of cents (digits only: no sign, no decimals).</source>
        <translation>%1&#xa0;: %2 &quot;%3&quot; n’est pas un nombre entier de centimes (chiffres uniquement&#xa0;: ni signe, ni décimales).</translation>
    </message>
    <message>
        <source>%1: %2 is more than %3 cents.</source>
        <translation>%1&#xa0;: %2 dépasse %3 centimes.</translation>
    </message>
    <message>
        <source>%1: %2 fields where a row has %3 (%4).</source>
        <translation>%1&#xa0;: %2 champs alors qu’une ligne en compte %3 (%4).</translation>
    </message>
    <message>
        <source>%1: the row has no txn_id.</source>
        <translation>%1&#xa0;: la ligne n’a pas de txn_id.</translation>
    </message>
    <message>
        <source>%1: the row has no account_code.</source>
        <translation>%1&#xa0;: la ligne n’a pas d’account_code.</translation>
    </message>
    <message>
        <source>%1: the row has no account_name.</source>
        <translation>%1&#xa0;: la ligne n’a pas d’account_name.</translation>
    </message>
    <message>
        <source>%1: neither debit_cents nor credit_cents has a value.</source>
        <translation>%1&#xa0;: ni debit_cents ni credit_cents n’a de valeur.</translation>
    </message>
    <message>
        <source>%1: both debit_cents and credit_cents hold an amount; a row has one or the other.</source>
        <translation>%1&#xa0;: debit_cents et credit_cents contiennent tous deux un montant&#xa0;; une ligne n’en a qu’un des deux.</translation>
    </message>
    <message>
        <source>%1: the date %2 differs from the transaction&apos;s first row (%3).</source>
        <translation>%1&#xa0;: la date %2 diffère de celle de la première ligne de la transaction (%3).</translation>
    </message>
    <message>
        <source>%1: more than %2 rows in one transaction.</source>
        <translation>%1&#xa0;: plus de %2 lignes dans une même transaction.</translation>
    </message>
    <message>
        <source>%1: transaction %2 comes again after other transactions; the rows of one transaction must follow each other.</source>
        <translation>%1&#xa0;: la transaction %2 réapparaît après d’autres transactions&#xa0;; les lignes d’une même transaction doivent se suivre.</translation>
    </message>
</context>
<context>
    <name>JournalImporter</name>
    <message>
        <source>Line %1 (transaction %2): %3</source>
        <translation>Ligne %1 (transaction %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>There is no journal %1.</source>
        <translation>Il n’y a pas de journal %1.</translation>
    </message>
    <message>
        <source>the account_name &quot;%1&quot; of account %2 does not start with Assets, Liabilities, Equity, Income or Expenses.</source>
        <translation>l’account_name &quot;%1&quot; du compte %2 ne commence pas par Assets, Liabilities, Equity, Income ou Expenses.</translation>
    </message>
    <message>
        <source>account %1 is of type %2 in the chart of accounts, but the file makes it %3 (&quot;%4&quot;).</source>
        <translation>le compte %1 est de type %2 dans le plan comptable, mais le fichier en fait un compte de type %3 (&quot;%4&quot;).</translation>
    </message>
    <message>
        <source>this transaction was imported into journal %1 before; the file is not imported again.</source>
        <translation>cette transaction a déjà été importée dans le journal %1&#xa0;; le fichier n’est pas importé une seconde fois.</translation>
    </message>
    <message>
        <source>the txn_id is longer than %1 characters.</source>
        <translation>le txn_id dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>the counterparty is longer than %1 characters.</source>
        <translation>la contrepartie dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>the description is longer than %1 characters.</source>
        <translation>la description dépasse %1 caractères.</translation>
    </message>
</context>
<context>
    <name>JournalListing</name>
    <message>
        <source>Journal %1 (%2).</source>
        <translation>Journal %1 (%2).</translation>
    </message>
    <message>
        <source>All journals.</source>
        <translation>Tous les journaux.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>JournalRepository</name>
    <message>
        <source>The journal does not exist.</source>
        <translation>Le journal n’existe pas.</translation>
    </message>
    <message>
        <source>There is no journal %1.</source>
        <translation>Il n’y a pas de journal %1.</translation>
    </message>
    <message>
        <source>The file has no %1 journal.</source>
        <translation>Le fichier n’a pas de journal %1.</translation>
    </message>
    <message>
        <source>A journal code has 1 to 20 letters or digits.</source>
        <translation>Un code de journal compte de 1 à 20 lettres ou chiffres.</translation>
    </message>
    <message>
        <source>Give the journal a name of at most 100 characters.</source>
        <translation>Donnez au journal un nom de 100 caractères au maximum.</translation>
    </message>
    <message>
        <source>A bank or cash journal needs the account its money is on.</source>
        <translation>Un journal de banque ou de caisse doit être lié au compte sur lequel se trouvent ses fonds.</translation>
    </message>
    <message>
        <source>Only a bank or cash journal has an account of its own.</source>
        <translation>Seul un journal de banque ou de caisse possède son propre compte.</translation>
    </message>
    <message>
        <source>Journal %1 already exists.</source>
        <translation>Le journal %1 existe déjà.</translation>
    </message>
    <message>
        <source>Only a bank journal has an IBAN.</source>
        <translation>Seul un journal de banque a un IBAN.</translation>
    </message>
</context>
<context>
    <name>JsonObjectReader</name>
    <message>
        <source>%1 must be %2.</source>
        <translation>%1 doit être %2.</translation>
    </message>
    <message>
        <source>%1 is needed.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <source>%1 is not a field of this format (it has: %2).</source>
        <translation>%1 n’est pas un champ de ce format (champs possibles&#xa0;: %2).</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne de caractères</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>a number or a decimal string</source>
        <translation>un nombre ou une chaîne décimale</translation>
    </message>
    <message>
        <source>%1 must be a date as YYYY-MM-DD.</source>
        <translation>%1 doit être une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>%1 has more than %2 items.</source>
        <translation>%1 compte plus de %2 éléments.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 doit être un nombre entier compris entre %2 et %3.</translation>
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
    <name>KvkNumber</name>
    <message>
        <source>No KvK number was entered.</source>
        <translation>Aucun numéro KvK n’a été saisi.</translation>
    </message>
    <message>
        <source>A KvK number contains only digits, not “%1”.</source>
        <translation>Un numéro KvK ne contient que des chiffres, pas “%1”.</translation>
    </message>
    <message>
        <source>A KvK number has 8 digits.</source>
        <translation>Un numéro KvK compte 8 chiffres.</translation>
    </message>
    <message>
        <source>This is not a valid KvK number.</source>
        <translation>Ce n’est pas un numéro KvK valide.</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>A reversal is not reversed again; post a new entry instead.</source>
        <translation>Une extourne ne peut pas être extournée à son tour&#xa0;; passez plutôt une nouvelle écriture.</translation>
    </message>
    <message>
        <source>This entry was reversed already.</source>
        <translation>Cette écriture a déjà été extournée.</translation>
    </message>
    <message>
        <source>The closing of a fiscal year cannot be reversed.</source>
        <translation>La clôture d’un exercice ne peut pas être extournée.</translation>
    </message>
    <message>
        <source>Reversal of entry %1</source>
        <translation>Extourne de l’écriture %1</translation>
    </message>
    <message>
        <source>Opening balances</source>
        <translation>Soldes d’ouverture</translation>
    </message>
    <message>
        <source>Account %1 takes the difference of the opening balances; give it no balance of its own.</source>
        <translation>Le compte %1 reçoit la différence des soldes d’ouverture&#xa0;; ne lui attribuez pas de solde propre.</translation>
    </message>
    <message>
        <source>Enter at least one opening balance.</source>
        <translation>Saisissez au moins un solde d’ouverture.</translation>
    </message>
    <message>
        <source>Choose the last day of the period to close.</source>
        <translation>Choisissez le dernier jour de la période à clôturer.</translation>
    </message>
    <message>
        <source>Only a period that is over can be closed.</source>
        <translation>Seule une période terminée peut être clôturée.</translation>
    </message>
    <message>
        <source>The books are closed up to %1; a closed period cannot be reopened.</source>
        <translation>La comptabilité est clôturée jusqu’au %1&#xa0;; une période clôturée ne peut pas être rouverte.</translation>
    </message>
</context>
<context>
    <name>LedgerCheck</name>
    <message>
        <source>Account %1, %2: the lines add up to debit %3 and credit %4, the stored totals say debit %5 and credit %6.</source>
        <translation>Compte %1, %2&#xa0;: les lignes totalisent %3 au débit et %4 au crédit, alors que les totaux enregistrés indiquent %5 au débit et %6 au crédit.</translation>
    </message>
    <message>
        <source>The ledger does not balance: total debit %1, total credit %2.</source>
        <translation>Le grand livre n’est pas équilibré&#xa0;: total débit %1, total crédit %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n journal line(s) belong to no entry.</source>
        <translation>
            <numerusform>%n ligne de journal n’appartient à aucune écriture.</numerusform>
            <numerusform>%n lignes de journal n’appartiennent à aucune écriture.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerSetup</name>
    <message>
        <source>The file has a chart of accounts already.</source>
        <translation>Le fichier possède déjà un plan comptable.</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Caisse</translation>
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
    <name>Money</name>
    <message>
        <source>The amount is too large.</source>
        <translation>Le montant est trop élevé.</translation>
    </message>
    <message>
        <source>Amounts in different currencies cannot be combined.</source>
        <translation>Des montants en devises différentes ne peuvent pas être combinés.</translation>
    </message>
</context>
<context>
    <name>Mt940Account</name>
    <message>
        <source>the account &quot;%1&quot; is not an IBAN; Kasboek needs the IBAN of the account a statement is for.</source>
        <translation>le compte &quot;%1&quot; n’est pas un IBAN&#xa0;; Kasboek a besoin de l’IBAN du compte auquel se rapporte un extrait.</translation>
    </message>
</context>
<context>
    <name>Mt940Amount</name>
    <message>
        <source>the amount &quot;%1&quot; is not digits with a decimal comma, such as 1234,56.</source>
        <translation>le montant &quot;%1&quot; ne se compose pas de chiffres avec une virgule décimale, comme 1234,56.</translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; is longer than the %2 characters MT940 allows.</source>
        <translation>le montant &quot;%1&quot; dépasse les %2 caractères autorisés par MT940.</translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; has more decimals than %2 allows (%3).</source>
        <translation>le montant &quot;%1&quot; comporte plus de décimales que la devise %2 n’en permet (%3).</translation>
    </message>
</context>
<context>
    <name>Mt940Balance</name>
    <message>
        <source>a balance is written as C or D, the date (YYMMDD), the currency and the amount, such as C230131EUR1234,56; this one is &quot;%1&quot;.</source>
        <translation>un solde s’écrit C ou D, la date (AAMMJJ), la devise et le montant, comme C230131EUR1234,56&#xa0;; celui-ci est &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the balance must start with C (credit) or D (debit), not &quot;%1&quot;.</source>
        <translation>le solde doit commencer par C (crédit) ou D (débit), pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYMMDD).</source>
        <translation>&quot;%1&quot; n’est pas une date (AAMMJJ).</translation>
    </message>
    <message>
        <source>the currency &quot;%1&quot; is not one Kasboek knows.</source>
        <translation>la devise &quot;%1&quot; n’est pas connue de Kasboek.</translation>
    </message>
</context>
<context>
    <name>Mt940Field</name>
    <message>
        <source>%1 on line %2: %3</source>
        <translation>%1 à la ligne %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Mt940Reader</name>
    <message>
        <source>The file is %1 MiB; an MT940 file Kasboek reads is at most %2 MiB.</source>
        <translation>Le fichier fait %1 Mio&#xa0;; un fichier MT940 lisible par Kasboek fait au plus %2 Mio.</translation>
    </message>
    <message>
        <source>the end of the message on line %1</source>
        <translation>la fin du message à la ligne %1</translation>
    </message>
    <message>
        <source>the next statement on line %1</source>
        <translation>l’extrait suivant à la ligne %1</translation>
    </message>
    <message>
        <source>this field is outside a statement: each statement starts with :20:.</source>
        <translation>ce champ se trouve en dehors d’un extrait&#xa0;: chaque extrait commence par :20:.</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>la fin du fichier</translation>
    </message>
    <message>
        <source>This is not an MT940 file: line %1 is not part of a statement, and no statement (:20:) follows.</source>
        <translation>Ce n’est pas un fichier MT940&#xa0;: la ligne %1 ne fait partie d’aucun extrait, et aucun extrait (:20:) ne suit.</translation>
    </message>
    <message>
        <source>The file holds no MT940 statement: it has no :20: field.</source>
        <translation>Le fichier ne contient aucun extrait MT940&#xa0;: il n’a pas de champ :20:.</translation>
    </message>
</context>
<context>
    <name>Mt940StatementBuilder</name>
    <message>
        <source>The statement that starts on line %1 has no closing balance (:62F:): %2 comes first. The file is incomplete.</source>
        <translation>L’extrait qui commence à la ligne %1 n’a pas de solde final (:62F:)&#xa0;: on atteint d’abord %2. Le fichier est incomplet.</translation>
    </message>
    <message>
        <source>the statement that starts on line %1 already has an opening balance.</source>
        <translation>l’extrait qui commence à la ligne %1 a déjà un solde initial.</translation>
    </message>
    <message>
        <source>The statement that starts on line %1 has no account (:25:) before its closing balance on line %2.</source>
        <translation>L’extrait qui commence à la ligne %1 n’a pas de compte (:25:) avant son solde final à la ligne %2.</translation>
    </message>
    <message>
        <source>The statement that starts on line %1 has no opening balance (:60F:) before its closing balance on line %2.</source>
        <translation>L’extrait qui commence à la ligne %1 n’a pas de solde initial (:60F:) avant son solde final à la ligne %2.</translation>
    </message>
    <message>
        <source>the closing balance is in %1, the opening balance in %2.</source>
        <translation>le solde final est en %1, le solde initial en %2.</translation>
    </message>
    <message>
        <source>:61: on line %1: the movement comes before the opening balance (:60F:) of the statement that starts on line %2.</source>
        <translation>:61: à la ligne %1&#xa0;: le mouvement précède le solde initial (:60F:) de l’extrait qui commence à la ligne %2.</translation>
    </message>
</context>
<context>
    <name>Mt940StatementLine</name>
    <message>
        <source>the movement must start with its value date (YYMMDD), not &quot;%1&quot;.</source>
        <translation>le mouvement doit commencer par sa date valeur (AAMMJJ), pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entry date (MMDD).</source>
        <translation>&quot;%1&quot; n’est pas une date de comptabilisation (MMJJ).</translation>
    </message>
    <message>
        <source>after the dates comes D, C, RD or RC, not &quot;%1&quot;.</source>
        <translation>après les dates vient D, C, RD ou RC, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>after the amount comes the transaction type (N, F or S and three characters, such as NTRF), not &quot;%1&quot;.</source>
        <translation>après le montant vient le type de transaction (N, F ou S suivi de trois caractères, comme NTRF), pas &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>NumberPattern</name>
    <message>
        <source>The width in {%1} must be a digit from 1 to %2.</source>
        <translation>La largeur dans {%1} doit être un chiffre de 1 à %2.</translation>
    </message>
    <message>
        <source>{%1} is not a token of a number pattern; use {year}, {yy}, {month}, {seq} or {seq:4}.</source>
        <translation>{%1} n’est pas un élément de modèle de numérotation&#xa0;; utilisez {year}, {yy}, {month}, {seq} ou {seq:4}.</translation>
    </message>
    <message>
        <source>Enter a number pattern, for example {year}-{seq:4}.</source>
        <translation>Saisissez un modèle de numérotation, par exemple {year}-{seq:4}.</translation>
    </message>
    <message>
        <source>A number pattern has at most %1 characters.</source>
        <translation>Un modèle de numérotation compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A { in the number pattern is not closed with }.</source>
        <translation>Une accolade { du modèle de numérotation n’est pas fermée par }.</translation>
    </message>
    <message>
        <source>A } in the number pattern has no { before it.</source>
        <translation>Une accolade } du modèle de numérotation n’est précédée d’aucune {.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be part of a document number; use letters, digits and - _ / . #.</source>
        <translation>&quot;%1&quot; ne peut pas figurer dans un numéro de document&#xa0;; utilisez des lettres, des chiffres et - _ / . #.</translation>
    </message>
    <message>
        <source>A number pattern needs the sequence number: {seq} or {seq:4}.</source>
        <translation>Un modèle de numérotation doit contenir le numéro séquentiel&#xa0;: {seq} ou {seq:4}.</translation>
    </message>
    <message>
        <source>A number pattern has one sequence number, not %1.</source>
        <translation>Un modèle de numérotation contient un seul numéro séquentiel, pas %1.</translation>
    </message>
    <message>
        <source>A pattern with {month} also needs {year} or {yy}, or its numbers repeat every year.</source>
        <translation>Un modèle contenant {month} doit aussi contenir {year} ou {yy}, sinon ses numéros se répètent chaque année.</translation>
    </message>
</context>
<context>
    <name>NumberSeriesRepository</name>
    <message>
        <source>There is no default numbering series for %1.</source>
        <translation>Il n’y a pas de série de numérotation par défaut pour le type de document %1.</translation>
    </message>
    <message>
        <source>A numbering series keeps the document type it numbers.</source>
        <translation>Une série de numérotation conserve le type de document qu’elle numérote.</translation>
    </message>
    <message>
        <source>Make another series the default; this one then stops being it.</source>
        <translation>Définissez une autre série comme série par défaut&#xa0;; celle-ci cessera alors de l’être.</translation>
    </message>
    <message>
        <source>An archived series cannot be the default.</source>
        <translation>Une série archivée ne peut pas être la série par défaut.</translation>
    </message>
    <message>
        <source>The default series cannot be archived; make another series the default first.</source>
        <translation>La série par défaut ne peut pas être archivée&#xa0;; définissez d’abord une autre série comme série par défaut.</translation>
    </message>
    <message>
        <source>A number is given for a valid issue date.</source>
        <translation>Un numéro n’est attribué que pour une date d’émission valide.</translation>
    </message>
    <message>
        <source>The numbering series is archived; choose another one.</source>
        <translation>La série de numérotation est archivée&#xa0;; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Numbers up to %1 were already given out in this series; the next one is at least %2.</source>
        <translation>Des numéros jusqu’à %1 ont déjà été attribués dans cette série&#xa0;; le suivant est au moins %2.</translation>
    </message>
    <message numerus="yes">
        <source>The series numbers %n document(s) and cannot be deleted; archive it instead.</source>
        <translation>
            <numerusform>La série numérote %n document et ne peut pas être supprimée&#xa0;; archivez-la plutôt.</numerusform>
            <numerusform>La série numérote %n documents et ne peut pas être supprimée&#xa0;; archivez-la plutôt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The default series cannot be deleted; make another series the default first.</source>
        <translation>La série par défaut ne peut pas être supprimée&#xa0;; définissez d’abord une autre série comme série par défaut.</translation>
    </message>
    <message>
        <source>Only quotes, invoices and credit notes are numbered by a series.</source>
        <translation>Seuls les devis, les factures et les notes de crédit sont numérotés par une série.</translation>
    </message>
    <message>
        <source>A series name has at most %1 characters.</source>
        <translation>Le nom d’une série compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The numbering series does not exist (any more).</source>
        <translation>La série de numérotation n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>A list cannot start before its first row.</source>
        <translation>Une liste ne peut pas commencer avant sa première ligne.</translation>
    </message>
    <message>
        <source>The series&apos; id and uid belong to different series.</source>
        <translation>L’id et l’uid de la série appartiennent à des séries différentes.</translation>
    </message>
    <message>
        <source>A numbering series with this id is already stored.</source>
        <translation>Une série de numérotation avec cet id est déjà enregistrée.</translation>
    </message>
</context>
<context>
    <name>PassphraseSource</name>
    <message>
        <source>Read the current passphrase from the first line of file descriptor N and, unless KASBOEK_NEW_PASSPHRASE or --new-passphrase-fd gives it, the new one from the next line.</source>
        <translation>Lire la phrase secrète actuelle sur la première ligne du descripteur de fichier N et, sauf si KASBOEK_NEW_PASSPHRASE ou --new-passphrase-fd la fournit, la nouvelle sur la ligne suivante.</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of file descriptor N (when KASBOEK_PASSPHRASE is not set).</source>
        <translation>Lire la phrase secrète sur la première ligne du descripteur de fichier N (si KASBOEK_PASSPHRASE n’est pas définie).</translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of file descriptor N (when KASBOEK_NEW_PASSPHRASE is not set).</source>
        <translation>Lire la nouvelle phrase secrète sur la première ligne du descripteur de fichier N (si KASBOEK_NEW_PASSPHRASE n’est pas définie).</translation>
    </message>
    <message>
        <source>Passphrases are never taken from the command line. The current passphrase comes from KASBOEK_PASSPHRASE when it is set, otherwise from the next line of --passphrase-fd, otherwise from a prompt on the terminal. The new one comes from KASBOEK_NEW_PASSPHRASE when it is set, otherwise from the next line of --new-passphrase-fd (or, without it, of --passphrase-fd), otherwise from the terminal, where it is asked twice.</source>
        <translation>Les phrases secrètes ne sont jamais lues sur la ligne de commande. La phrase secrète actuelle provient de KASBOEK_PASSPHRASE si cette variable est définie, sinon de la ligne suivante de --passphrase-fd, sinon d’une invite dans le terminal. La nouvelle provient de KASBOEK_NEW_PASSPHRASE si cette variable est définie, sinon de la ligne suivante de --new-passphrase-fd (ou, à défaut, de --passphrase-fd), sinon du terminal, où elle est demandée deux fois.</translation>
    </message>
    <message>
        <source>Passphrases are never taken from the command line. The passphrase comes from the environment variable KASBOEK_PASSPHRASE when it is set, otherwise from the first line of --passphrase-fd, otherwise from a prompt on the terminal without echo.</source>
        <translation>Les phrases secrètes ne sont jamais lues sur la ligne de commande. La phrase secrète provient de la variable d’environnement KASBOEK_PASSPHRASE si elle est définie, sinon de la première ligne de --passphrase-fd, sinon d’une invite dans le terminal, sans écho.</translation>
    </message>
    <message>
        <source>option --%1 needs a file descriptor number, not &apos;%2&apos;</source>
        <translation>l’option --%1 attend un numéro de descripteur de fichier, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>option --%1: file descriptor %2 is not open</source>
        <translation>option --%1&#xa0;: le descripteur de fichier %2 n’est pas ouvert</translation>
    </message>
    <message>
        <source>file descriptor %1 could not be read for a passphrase</source>
        <translation>le descripteur de fichier %1 n’a pas pu être lu pour obtenir une phrase secrète</translation>
    </message>
    <message>
        <source>file descriptor %1 ended before a passphrase was read</source>
        <translation>le descripteur de fichier %1 s’est terminé avant qu’une phrase secrète ait été lue</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is longer than %n bytes.</source>
        <translation>
            <numerusform>La phrase secrète dépasse %n octet.</numerusform>
            <numerusform>La phrase secrète dépasse %n octets.</numerusform>
        </translation>
    </message>
    <message>
        <source>no new passphrase: set KASBOEK_NEW_PASSPHRASE, use --new-passphrase-fd N or a second line on --passphrase-fd, or run on a terminal</source>
        <translation>aucune nouvelle phrase secrète&#xa0;: définissez KASBOEK_NEW_PASSPHRASE, utilisez --new-passphrase-fd N ou une deuxième ligne sur --passphrase-fd, ou exécutez la commande dans un terminal</translation>
    </message>
    <message>
        <source>no passphrase: set KASBOEK_PASSPHRASE, use --passphrase-fd N, or run on a terminal</source>
        <translation>aucune phrase secrète&#xa0;: définissez KASBOEK_PASSPHRASE, utilisez --passphrase-fd N, ou exécutez la commande dans un terminal</translation>
    </message>
    <message>
        <source>The passphrase could not be read from the terminal.</source>
        <translation>La phrase secrète n’a pas pu être lue depuis le terminal.</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Phrase secrète pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>Nouvelle phrase secrète pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Répétez la nouvelle phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <source>The passphrases do not match; nothing was changed.</source>
        <translation>Les phrases secrètes ne correspondent pas&#xa0;; rien n’a été modifié.</translation>
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
    <name>PasswdCommand</name>
    <message>
        <source>Change the passphrase of a file.</source>
        <translation>Changer la phrase secrète d’un fichier.</translation>
    </message>
    <message numerus="yes">
        <source>Unlocks FILE with its current passphrase, then re-encrypts it under the new one (at least %n characters) with a fresh salt and the current key derivation parameters. The change is atomic: afterwards only the new passphrase opens the file; if it is interrupted, only the old one does.</source>
        <translation>
            <numerusform>Déverrouille FILE avec sa phrase secrète actuelle, puis le rechiffre avec la nouvelle (au moins %n caractère), un nouveau sel et les paramètres actuels de dérivation de clé. La modification est atomique&#xa0;: ensuite, seule la nouvelle phrase secrète ouvre le fichier&#xa0;; en cas d’interruption, seule l’ancienne l’ouvre.</numerusform>
            <numerusform>Déverrouille FILE avec sa phrase secrète actuelle, puis le rechiffre avec la nouvelle (au moins %n caractères), un nouveau sel et les paramètres actuels de dérivation de clé. La modification est atomique&#xa0;: ensuite, seule la nouvelle phrase secrète ouvre le fichier&#xa0;; en cas d’interruption, seule l’ancienne l’ouvre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed the passphrase of %1.</source>
        <translation>Phrase secrète de %1 modifiée.</translation>
    </message>
</context>
<context>
    <name>PaymentPosting</name>
    <message>
        <source>The bank charges are more than the payment.</source>
        <translation>Les frais bancaires dépassent le montant du paiement.</translation>
    </message>
    <message>
        <source>Payment of %1 %2</source>
        <translation>Paiement %1 %2</translation>
    </message>
    <message>
        <source>Bank charges</source>
        <translation>Frais bancaires</translation>
    </message>
    <message>
        <source>Payment difference written off</source>
        <translation>Écart de paiement passé en perte</translation>
    </message>
    <message>
        <source>Paid in excess, kept on account</source>
        <translation>Trop-perçu conservé en compte</translation>
    </message>
</context>
<context>
    <name>PaymentRepository</name>
    <message>
        <source>Bank charges, an excess and a write-off are in the currency of the payment.</source>
        <translation>Les frais bancaires, le trop-perçu et la passation en perte sont exprimés dans la devise du paiement.</translation>
    </message>
    <message>
        <source>Bank charges, an excess and a write-off are not negative.</source>
        <translation>Les frais bancaires, le trop-perçu et la passation en perte ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>At most %1 %2 of a payment is written off as a difference.</source>
        <translation>Au plus %1 %2 d’un paiement peut être passé en perte à titre d’écart.</translation>
    </message>
    <message>
        <source>A write-off is less than what the payment settles.</source>
        <translation>Le montant passé en perte doit être inférieur à ce que le paiement règle.</translation>
    </message>
    <message>
        <source>A payment with an excess has nothing to write off.</source>
        <translation>Un paiement avec trop-perçu n’a rien à passer en perte.</translation>
    </message>
    <message>
        <source>A refund of a credit note is at most what the credit note owes.</source>
        <translation>Le remboursement d’une note de crédit ne peut pas dépasser le montant dû au titre de cette note de crédit.</translation>
    </message>
    <message>
        <source>Bank charges are less than the amount paid (%1 %2).</source>
        <translation>Les frais bancaires doivent être inférieurs au montant payé (%1 %2).</translation>
    </message>
    <message>
        <source>The excess is too large.</source>
        <translation>Le trop-perçu est trop élevé.</translation>
    </message>
    <message>
        <source>Unknown payment method &quot;%1&quot;.</source>
        <translation>Mode de paiement inconnu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The payment does not exist (any more).</source>
        <translation>Le paiement n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>A payment is a positive amount.</source>
        <translation>Le montant d’un paiement doit être positif.</translation>
    </message>
    <message>
        <source>Enter the date of the payment.</source>
        <translation>Saisissez la date du paiement.</translation>
    </message>
    <message>
        <source>A payment reference has at most %1 characters.</source>
        <translation>Une référence de paiement compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Only an issued invoice or credit note is paid.</source>
        <translation>Seule une facture ou une note de crédit émise peut être payée.</translation>
    </message>
    <message>
        <source>The payment is in %1, the document in %2.</source>
        <translation>Le paiement est en %1, le document en %2.</translation>
    </message>
    <message>
        <source>This file is too old for bank charges, an excess or a write-off; open it to upgrade it.</source>
        <translation>Ce fichier est trop ancien pour les frais bancaires, le trop-perçu ou la passation en perte&#xa0;; ouvrez-le pour le mettre à niveau.</translation>
    </message>
</context>
<context>
    <name>PaymentsRecordCommand</name>
    <message>
        <source>The supplier has no invoice or credit note %1.</source>
        <translation>Le fournisseur n’a pas de facture ni de note de crédit %1.</translation>
    </message>
    <message>
        <source>No invoice or credit note has the number %1.</source>
        <translation>Aucune facture ni note de crédit ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>Record a payment of an invoice or credit note.</source>
        <translation>Enregistrer le paiement d’une facture ou d’une note de crédit.</translation>
    </message>
    <message>
        <source>Records money received for one of your invoices, refunded for one of your credit notes, or (with --supplier) paid for a supplier&apos;s invoice, and posts it to the ledger in the same step: the bank (or the cash box for --method cash) against the customer&apos;s or supplier&apos;s account. The amount is in the document&apos;s currency, as the payer sent it. More than is still due is refused with the amount due (exit code 5), unless --keep-excess keeps the rest on the customer&apos;s account as a credit; less leaves the rest due, unless --write-off settles a small shortfall (at most 1.00) as a payment difference. --bank-charges books the bank&apos;s fee (withheld from money in, charged on top of money out) as a cost. Nothing is stored when anything is refused.</source>
        <translation>Enregistre l’argent reçu pour l’une de vos factures, remboursé pour l’une de vos notes de crédit ou (avec --supplier) payé pour la facture d’un fournisseur, et le comptabilise dans le grand livre en une seule étape&#xa0;: la banque (ou la caisse pour --method cash) en contrepartie du compte du client ou du fournisseur. Le montant est exprimé dans la devise du document, tel que le payeur l’a envoyé. Un montant supérieur au solde dû est refusé, avec indication du montant dû (code de sortie 5), sauf si --keep-excess conserve le surplus sur le compte du client comme crédit&#xa0;; un montant inférieur laisse le reste dû, sauf si --write-off règle un petit manque (au plus 1.00) comme écart de paiement. --bank-charges comptabilise les frais de la banque (retenus sur l’argent reçu, ajoutés à l’argent versé) comme charge. Rien n’est enregistré en cas de refus.</translation>
    </message>
    <message>
        <source>The invoice or credit note number.</source>
        <translation>Le numéro de la facture ou de la note de crédit.</translation>
    </message>
    <message>
        <source>The amount paid, e.g. 1210.00 (default: everything still due).</source>
        <translation>Le montant payé, par exemple 1210.00 (par défaut&#xa0;: tout ce qui reste dû).</translation>
    </message>
    <message>
        <source>The payment date (default: today).</source>
        <translation>La date du paiement (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <source>How it was paid (default: bank_transfer).</source>
        <translation>Le mode de paiement (par défaut&#xa0;: bank_transfer).</translation>
    </message>
    <message>
        <source>The bank&apos;s reference or the remittance text.</source>
        <translation>La référence de la banque ou la communication du virement.</translation>
    </message>
    <message>
        <source>The bank&apos;s fee on this payment, e.g. 7.50.</source>
        <translation>Les frais de la banque sur ce paiement, par exemple 7.50.</translation>
    </message>
    <message>
        <source>Settle the invoice and keep what was paid too much as a credit.</source>
        <translation>Solder la facture et conserver le trop-payé comme crédit.</translation>
    </message>
    <message>
        <source>Settle the document; write a small shortfall off.</source>
        <translation>Solder le document&#xa0;; passer un petit manque en perte.</translation>
    </message>
    <message>
        <source>A supplier&apos;s document: the supplier&apos;s id or uid.</source>
        <translation>Un document de fournisseur&#xa0;: l’id ou l’uid du fournisseur.</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD</source>
        <translation>--date attend une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>--keep-excess and --write-off exclude each other</source>
        <translation>--keep-excess et --write-off s’excluent mutuellement</translation>
    </message>
    <message>
        <source>unknown --method</source>
        <translation>valeur de --method inconnue</translation>
    </message>
    <message>
        <source>--amount needs an amount in %1 such as 1210.00</source>
        <translation>--amount attend un montant en %1, par exemple 1210.00</translation>
    </message>
    <message>
        <source>%1 %2 is settled already; nothing more is due.</source>
        <translation>%1 %2 est déjà soldée&#xa0;; plus rien n’est dû.</translation>
    </message>
    <message>
        <source>--bank-charges needs an amount in %1 such as 7.50</source>
        <translation>--bank-charges attend un montant en %1, par exemple 7.50</translation>
    </message>
    <message>
        <source>Recorded %1 %2 on %3 for %4; still due: %5 %2.</source>
        <translation>%1 %2 enregistré le %3 pour %4&#xa0;; reste dû&#xa0;: %5 %2.</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>The PDF cannot be written.</source>
        <translation>Le PDF ne peut pas être écrit.</translation>
    </message>
</context>
<context>
    <name>PeppolParticipantId</name>
    <message>
        <source>No Peppol id was entered.</source>
        <translation>Aucun identifiant Peppol n’a été saisi.</translation>
    </message>
    <message>
        <source>A Peppol id is a scheme and a value separated by a colon, such as 0208:0123456749.</source>
        <translation>Un identifiant Peppol se compose d’un schéma et d’une valeur séparés par un deux-points, par exemple 0208:0123456749.</translation>
    </message>
    <message>
        <source>A Peppol scheme is a 4-digit code, such as 0208.</source>
        <translation>Un schéma Peppol est un code à 4 chiffres, par exemple 0208.</translation>
    </message>
    <message>
        <source>Peppol scheme %1 is for VAT numbers of %2.</source>
        <translation>Le schéma Peppol %1 est réservé aux numéros de TVA de %2.</translation>
    </message>
    <message>
        <source>A Dutch OIN (Peppol scheme 0190) has 20 digits.</source>
        <translation>Un OIN néerlandais (schéma Peppol 0190) compte 20 chiffres.</translation>
    </message>
    <message>
        <source>Peppol scheme %1 is not supported; Kasboek knows 0208 and 9925 (Belgium) and 0106, 0190 and 9944 (the Netherlands).</source>
        <translation>Le schéma Peppol %1 n’est pas pris en charge&#xa0;; Kasboek connaît 0208 et 9925 (Belgique) ainsi que 0106, 0190 et 9944 (Pays-Bas).</translation>
    </message>
    <message>
        <source>Kasboek derives Peppol ids only from Belgian and Dutch VAT numbers, not from %1.</source>
        <translation>Kasboek ne déduit les identifiants Peppol que des numéros de TVA belges et néerlandais, pas de %1.</translation>
    </message>
</context>
<context>
    <name>PeriodLockCommand</name>
    <message>
        <source>Close the books up to a date, or show up to when they are closed.</source>
        <translation>Clôturer la comptabilité jusqu’à une date, ou afficher la date jusqu’à laquelle elle est clôturée.</translation>
    </message>
    <message>
        <source>With --through, closes every period up to and including that date, typically the last day of a VAT period once its return is filed: nothing dated on or before it can be posted, changed or deleted any more, and the lock only moves forward. The date must be over. Without --through, prints the date the books are closed through (or that none is).</source>
        <translation>Avec --through, clôture toutes les périodes jusqu’à cette date incluse, en général le dernier jour d’une période TVA une fois sa déclaration déposée&#xa0;: plus rien de daté de ce jour ou d’avant ne peut être comptabilisé, modifié ou supprimé, et la clôture ne peut qu’avancer. La date doit être passée. Sans --through, affiche la date jusqu’à laquelle la comptabilité est clôturée (ou indique qu’aucune période ne l’est).</translation>
    </message>
    <message>
        <source>The last day to close.</source>
        <translation>Le dernier jour à clôturer.</translation>
    </message>
    <message>
        <source>--through needs a date as YYYY-MM-DD</source>
        <translation>--through attend une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>The books are closed through %1.</source>
        <translation>La comptabilité est clôturée jusqu’au %1 inclus.</translation>
    </message>
    <message>
        <source>No period is closed.</source>
        <translation>Aucune période n’est clôturée.</translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message numerus="yes">
        <source>The product is used on %n document line(s) and cannot be deleted; archive it instead.</source>
        <translation>
            <numerusform>Le produit figure sur %n ligne de document et ne peut pas être supprimé&#xa0;; archivez-le plutôt.</numerusform>
            <numerusform>Le produit figure sur %n lignes de document et ne peut pas être supprimé&#xa0;; archivez-le plutôt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The product does not exist (any more).</source>
        <translation>Le produit n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>A list cannot start before its first row.</source>
        <translation>Une liste ne peut pas commencer avant sa première ligne.</translation>
    </message>
    <message>
        <source>The product&apos;s id and uid belong to different products.</source>
        <translation>L’id et l’uid du produit appartiennent à des produits différents.</translation>
    </message>
    <message>
        <source>A product with this id is already stored.</source>
        <translation>Un produit avec cet id est déjà enregistré.</translation>
    </message>
    <message>
        <source>Another product already has the code %1.</source>
        <translation>Un autre produit porte déjà le code %1.</translation>
    </message>
</context>
<context>
    <name>ProductValidator</name>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation>Saisissez le nom du produit.</translation>
    </message>
    <message>
        <source>“%1” is not a unit Kasboek knows; choose one such as hour, day or unit.</source>
        <translation>“%1” n’est pas une unité connue de Kasboek&#xa0;; choisissez-en une comme heure, jour ou unité.</translation>
    </message>
    <message>
        <source>A unit price is not negative; give a discount as an allowance or credit note.</source>
        <translation>Un prix unitaire ne peut pas être négatif&#xa0;; accordez une réduction sous forme de remise ou de note de crédit.</translation>
    </message>
</context>
<context>
    <name>ProfitAndLoss</name>
    <message>
        <source>Profit and loss</source>
        <translation>Compte de résultats</translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation>Comparé à %1.</translation>
    </message>
    <message>
        <source>Before closing: entries closing a fiscal year are left out.</source>
        <translation>Avant clôture&#xa0;: les écritures de clôture d’exercice ne sont pas reprises.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>Total des produits</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Charges</translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation>Total des charges</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>PurchaseImporter</name>
    <message>
        <source>This document is addressed to %1 (VAT number %2), not to %3.</source>
        <translation>Ce document est adressé à %1 (numéro de TVA %2), pas à %3.</translation>
    </message>
    <message>
        <source>The supplier&apos;s original UBL file</source>
        <translation>Le fichier UBL original du fournisseur</translation>
    </message>
</context>
<context>
    <name>QrCodeImage</name>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation>Il n’y a rien à mettre dans le code QR.</translation>
    </message>
    <message>
        <source>A QR code of text cannot hold a NUL byte.</source>
        <translation>Un code QR de texte ne peut pas contenir d’octet NUL.</translation>
    </message>
    <message>
        <source>The data is too long for a QR code.</source>
        <translation>Les données sont trop longues pour un code QR.</translation>
    </message>
</context>
<context>
    <name>RecurrenceSchedule</name>
    <message>
        <source>Choose the date of the first invoice.</source>
        <translation>Choisissez la date de la première facture.</translation>
    </message>
    <message>
        <source>The schedule cannot end before it starts.</source>
        <translation>Le calendrier ne peut pas se terminer avant de commencer.</translation>
    </message>
    <message>
        <source>Unknown frequency &quot;%1&quot;.</source>
        <translation>Fréquence inconnue &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>RecurringInvoices</name>
    <message>
        <source>Only invoices recur.</source>
        <translation>Seules les factures peuvent être récurrentes.</translation>
    </message>
    <message>
        <source>Enter today&apos;s date.</source>
        <translation>Saisissez la date du jour.</translation>
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
    <name>RecurringTemplateContent</name>
    <message>
        <source>A recurring invoice in this file cannot be read.</source>
        <translation>Une facture récurrente de ce fichier ne peut pas être lue.</translation>
    </message>
</context>
<context>
    <name>RecurringTemplateRepository</name>
    <message>
        <source>The recurring invoice does not exist (any more).</source>
        <translation>La facture récurrente n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>A label has at most %1 characters.</source>
        <translation>Un libellé compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Enter the date of the first invoice.</source>
        <translation>Saisissez la date de la première facture.</translation>
    </message>
    <message>
        <source>Enter a valid end date.</source>
        <translation>Saisissez une date de fin valide.</translation>
    </message>
    <message>
        <source>The last invoice made cannot lie before the first.</source>
        <translation>La dernière facture créée ne peut pas être antérieure à la première.</translation>
    </message>
    <message>
        <source>Choose the customer to invoice.</source>
        <translation>Choisissez le client à facturer.</translation>
    </message>
</context>
<context>
    <name>ReminderOptions</name>
    <message>
        <source>The day the reminders are for (default: today).</source>
        <translation>Le jour pour lequel les rappels sont établis (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD</source>
        <translation>--date attend une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>first reminder</source>
        <translation>premier rappel</translation>
    </message>
    <message>
        <source>second reminder</source>
        <translation>deuxième rappel</translation>
    </message>
    <message>
        <source>formal notice</source>
        <translation>mise en demeure</translation>
    </message>
</context>
<context>
    <name>ReminderPdfRenderer</name>
    <message>
        <source>The reminder has no date.</source>
        <translation>Le rappel n’a pas de date.</translation>
    </message>
    <message>
        <source>The reminder has no invoice number.</source>
        <translation>Le rappel n’a pas de numéro de facture.</translation>
    </message>
    <message>
        <source>There is nothing to pay on this reminder: its total is zero or negative.</source>
        <translation>Il n’y a rien à payer sur ce rappel&#xa0;: son total est nul ou négatif.</translation>
    </message>
    <message>
        <source>The amounts of the reminder are in different currencies.</source>
        <translation>Les montants du rappel sont dans des devises différentes.</translation>
    </message>
    <message>
        <source>The template leaves the payment QR code out.</source>
        <translation>Le modèle n’inclut pas le code QR de paiement.</translation>
    </message>
    <message>
        <source>There is nothing left to pay.</source>
        <translation>Il ne reste rien à payer.</translation>
    </message>
    <message>
        <source>The PDF cannot be written.</source>
        <translation>Le PDF ne peut pas être écrit.</translation>
    </message>
</context>
<context>
    <name>ReminderPolicy</name>
    <message>
        <source>The first reminder goes out 0 to 365 days after the due date.</source>
        <translation>Le premier rappel part de 0 à 365 jours après la date d’échéance.</translation>
    </message>
    <message>
        <source>The second reminder must come after the first.</source>
        <translation>Le deuxième rappel doit suivre le premier.</translation>
    </message>
    <message>
        <source>The formal notice must come after the second reminder.</source>
        <translation>La mise en demeure doit suivre le deuxième rappel.</translation>
    </message>
    <message>
        <source>The interest rate lies between 0 and 100 %.</source>
        <translation>Le taux d’intérêt est compris entre 0 et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>The compensation cannot be negative.</source>
        <translation>L’indemnité ne peut pas être négative.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Le montant est trop élevé.</translation>
    </message>
    <message>
        <source>Unknown reminder level %1.</source>
        <translation>Niveau de rappel inconnu %1.</translation>
    </message>
</context>
<context>
    <name>ReminderRepository</name>
    <message>
        <source>The reminder does not exist.</source>
        <translation>Le rappel n’existe pas.</translation>
    </message>
    <message>
        <source>Enter the date of the reminder.</source>
        <translation>Saisissez la date du rappel.</translation>
    </message>
    <message>
        <source>A reminder asks for a positive amount.</source>
        <translation>Un rappel réclame un montant positif.</translation>
    </message>
    <message>
        <source>The interest is a positive amount in the invoice&apos;s currency.</source>
        <translation>Les intérêts sont un montant positif dans la devise de la facture.</translation>
    </message>
    <message>
        <source>The compensation is a positive amount in the invoice&apos;s currency.</source>
        <translation>L’indemnité est un montant positif dans la devise de la facture.</translation>
    </message>
    <message>
        <source>A reminder is for an invoice past its due date.</source>
        <translation>Un rappel concerne une facture dont la date d’échéance est dépassée.</translation>
    </message>
    <message>
        <source>The interest rate is between 0 and 100 %.</source>
        <translation>Le taux d’intérêt est compris entre 0 et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>Only an issued sales invoice gets a reminder.</source>
        <translation>Seule une facture de vente émise peut faire l’objet d’un rappel.</translation>
    </message>
    <message>
        <source>The reminder is in %1, the invoice in %2.</source>
        <translation>Le rappel est en %1, la facture en %2.</translation>
    </message>
    <message>
        <source>Reminders are sent one level after the other.</source>
        <translation>Les rappels sont envoyés un niveau après l’autre.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>A reminder setting in this file cannot be read.</source>
        <translation>Un paramètre de rappel de ce fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The fixed compensation is an amount in euro.</source>
        <translation>L’indemnité forfaitaire est un montant en euros.</translation>
    </message>
    <message>
        <source>Only an issued sales invoice gets a reminder.</source>
        <translation>Seule une facture de vente émise peut faire l’objet d’un rappel.</translation>
    </message>
    <message>
        <source>Enter the date of the reminder.</source>
        <translation>Saisissez la date du rappel.</translation>
    </message>
    <message>
        <source>This invoice is not due for a reminder on that date.</source>
        <translation>Aucun rappel n’est dû pour cette facture à cette date.</translation>
    </message>
</context>
<context>
    <name>RemindersDueCommand</name>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Rappel suivant</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Solde dû</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêts</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Indemnité</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>List the overdue invoices that are due for a reminder.</source>
        <translation>Lister les factures en retard pour lesquelles un rappel est dû.</translation>
    </message>
    <message>
        <source>Lists the issued invoices with an amount outstanding whose next reminder (first, second or formal notice, after the days set in the file) is due on the date, with the late-payment interest and fixed compensation that reminder would claim. Amounts are plain decimals in the invoice&apos;s currency. Nothing is recorded: &apos;kasboek-cli reminders send&apos; does that.</source>
        <translation>Liste les factures émises présentant un solde impayé dont le prochain rappel (premier, deuxième ou mise en demeure, après les délais définis dans le fichier) est dû à la date indiquée, avec les intérêts de retard et l’indemnité forfaitaire que ce rappel réclamerait. Les montants sont des nombres décimaux simples dans la devise de la facture. Rien n’est enregistré&#xa0;: c’est le rôle de &apos;kasboek-cli reminders send&apos;.</translation>
    </message>
    <message>
        <source>no invoice is due for a reminder on %1</source>
        <translation>aucun rappel n’est dû pour une facture le %1</translation>
    </message>
</context>
<context>
    <name>RemindersLettersCommand</name>
    <message>
        <source>The number of an invoice; repeat for more, or use --all.</source>
        <translation>Le numéro d’une facture&#xa0;; répétez l’option pour en indiquer plusieurs, ou utilisez --all.</translation>
    </message>
    <message>
        <source>The letters of every invoice that had reminders.</source>
        <translation>Les lettres de toutes les factures ayant fait l’objet de rappels.</translation>
    </message>
    <message>
        <source>Write again the letters of reminders already sent.</source>
        <translation>Réécrire les lettres des rappels déjà envoyés.</translation>
    </message>
    <message>
        <source>Writes the letter of every reminder recorded for each invoice into DIR as reminder-LEVEL-NUMBER.pdf, with the amounts and date it was sent with. Records nothing. Prints the path of each letter.</source>
        <translation>Écrit dans DIR la lettre de chaque rappel enregistré pour chaque facture, sous le nom reminder-LEVEL-NUMBER.pdf, avec les montants et la date de son envoi. N’enregistre rien. Affiche le chemin de chaque lettre.</translation>
    </message>
    <message>
        <source>no reminder has been recorded for these invoices</source>
        <translation>aucun rappel n’a été enregistré pour ces factures</translation>
    </message>
</context>
<context>
    <name>RemindersSendCommand</name>
    <message>
        <source>The number of an overdue invoice; repeat for more, or use --all.</source>
        <translation>Le numéro d’une facture en retard&#xa0;; répétez l’option pour en indiquer plusieurs, ou utilisez --all.</translation>
    </message>
    <message>
        <source>Every invoice that is due for a reminder on the date.</source>
        <translation>Toutes les factures pour lesquelles un rappel est dû à la date indiquée.</translation>
    </message>
    <message>
        <source>Record the next reminder of overdue invoices and write the letters.</source>
        <translation>Enregistrer le prochain rappel des factures en retard et écrire les lettres.</translation>
    </message>
    <message>
        <source>For each invoice (all that are due with --all) records its next reminder on the date (first, second or formal notice, with the interest and compensation the file&apos;s settings claim) and writes the letter in the invoice&apos;s language into DIR as reminder-LEVEL-NUMBER.pdf. Prints the path of each letter. A named invoice that is not due for a reminder is refused (exit code 5); the others are still sent.</source>
        <translation>Pour chaque facture (avec --all, toutes celles pour lesquelles un rappel est dû), enregistre son prochain rappel à la date indiquée (premier, deuxième ou mise en demeure, avec les intérêts et l’indemnité prévus par les paramètres du fichier) et écrit la lettre dans la langue de la facture dans DIR, sous le nom reminder-LEVEL-NUMBER.pdf. Affiche le chemin de chaque lettre. Une facture nommée pour laquelle aucun rappel n’est dû est refusée (code de sortie 5)&#xa0;; les rappels des autres factures sont tout de même envoyés.</translation>
    </message>
    <message>
        <source>not due for a reminder on %1</source>
        <translation>aucun rappel dû le %1</translation>
    </message>
    <message>
        <source>no invoice is due for a reminder on %1</source>
        <translation>aucun rappel n’est dû pour une facture le %1</translation>
    </message>
</context>
<context>
    <name>ReportCatalog</name>
    <message>
        <source>No contact has the id or uid &quot;%1&quot;.</source>
        <translation>Aucun contact n’a l’id ou l’uid &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD</source>
        <translation>--%1 attend une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Print a financial report: trial balance, profit and loss, balance sheet, ...</source>
        <translation>Afficher un rapport financier&#xa0;: balance des comptes, compte de résultats, bilan, ...</translation>
    </message>
    <message>
        <source>Reports on the books of FILE. NAME is one of: %1. The period runs from --from through --to, both included; --to defaults to today and --from to the 1st of January of --to&apos;s year. The profit and loss compares the period with the one before it (a year with the year before, a quarter with the quarter before, a month with the month before, any other period with as many days just before it); the balance sheet and the aged balances are at --to. &apos;ledger&apos; needs --account CODE; &apos;journal&apos; takes --journal CODE for one journal; &apos;statement&apos; needs --contact ID, the customer or supplier whose account it shows (the id or the uid &apos;contacts list&apos; shows).

--format text (the default) prints aligned columns for people; csv one row per line with a header (comma-separated, decimal point); json the report&apos;s own structure with amounts as decimal strings (see docs/cli.md). xlsx and pdf write a workbook or a PDF and need -o FILE; -o writes any format to a file instead of stdout.</source>
        <translation>Produit un rapport sur la comptabilité de FILE. NAME est l’un des rapports suivants&#xa0;: %1. La période va de --from à --to, ces deux jours inclus&#xa0;; --to vaut par défaut aujourd’hui et --from le 1er janvier de l’année de --to. Le compte de résultats compare la période à la précédente (une année à l’année précédente, un trimestre au trimestre précédent, un mois au mois précédent, toute autre période au même nombre de jours qui la précèdent immédiatement)&#xa0;; le bilan et les balances âgées sont établis à la date --to. &apos;ledger&apos; nécessite --account CODE&#xa0;; &apos;journal&apos; accepte --journal CODE pour un seul journal&#xa0;; &apos;statement&apos; nécessite --contact ID, le client ou le fournisseur dont il présente le compte (l’id ou l’uid qu’affiche &apos;contacts list&apos;).

--format text (par défaut) affiche des colonnes alignées, pour la lecture&#xa0;; csv une ligne par enregistrement avec un en-tête (séparateur virgule, point décimal)&#xa0;; json la structure propre du rapport, avec les montants sous forme de chaînes décimales (voir docs/cli.md). xlsx et pdf écrivent un classeur ou un PDF et nécessitent -o FILE&#xa0;; -o écrit n’importe quel format dans un fichier au lieu de stdout.</translation>
    </message>
    <message>
        <source>The report.</source>
        <translation>Le rapport.</translation>
    </message>
    <message>
        <source>The first day of the period.</source>
        <translation>Le premier jour de la période.</translation>
    </message>
    <message>
        <source>The last day of the period (default: today).</source>
        <translation>Le dernier jour de la période (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <source>ledger: the account, by its code.</source>
        <translation>ledger&#xa0;: le compte, par son code.</translation>
    </message>
    <message>
        <source>journal: only this journal, by its code (SAL, PUR, GEN, ...).</source>
        <translation>journal&#xa0;: uniquement ce journal, par son code (SAL, PUR, GEN, ...).</translation>
    </message>
    <message>
        <source>statement: the customer or supplier, by its id or uid.</source>
        <translation>statement&#xa0;: le client ou le fournisseur, par son id ou son uid.</translation>
    </message>
    <message>
        <source>Write the report to this file instead of stdout.</source>
        <translation>Écrire le rapport dans ce fichier au lieu de stdout.</translation>
    </message>
    <message>
        <source>unknown report &apos;%1&apos; (one of: %2)</source>
        <translation>rapport inconnu &apos;%1&apos; (rapports possibles&#xa0;: %2)</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>la date --to précède la date --from</translation>
    </message>
    <message>
        <source>--from is after today, and --to defaults to today</source>
        <translation>la date --from est postérieure à aujourd’hui, et --to vaut aujourd’hui par défaut</translation>
    </message>
    <message>
        <source>the report %1 needs --account CODE</source>
        <translation>le rapport %1 nécessite --account CODE</translation>
    </message>
    <message>
        <source>the report %1 needs --contact ID</source>
        <translation>le rapport %1 nécessite --contact ID</translation>
    </message>
    <message>
        <source>--format %1 needs -o FILE</source>
        <translation>--format %1 nécessite -o FILE</translation>
    </message>
</context>
<context>
    <name>ReportCsvWriter</name>
    <message>
        <source>The CSV file cannot be written.</source>
        <translation>Le fichier CSV ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>The CSV file could not be written completely.</source>
        <translation>Le fichier CSV n’a pas pu être écrit entièrement.</translation>
    </message>
</context>
<context>
    <name>ReportPageChrome</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>ReportPdfRenderer</name>
    <message>
        <source>The PDF cannot be written.</source>
        <translation>Le PDF ne peut pas être écrit.</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>The period needs a first day between 1900 and 9999.</source>
        <translation>La période doit avoir un premier jour compris entre 1900 et 9999.</translation>
    </message>
    <message>
        <source>The period needs a last day between 1900 and 9999.</source>
        <translation>La période doit avoir un dernier jour compris entre 1900 et 9999.</translation>
    </message>
    <message>
        <source>The period ends on %1, before it starts on %2.</source>
        <translation>La période se termine le %1, avant de commencer le %2.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>ReportXlsxWriter</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>The report has more rows than a worksheet can hold (%1).</source>
        <translation>Le rapport compte plus de lignes qu’une feuille de calcul ne peut en contenir (%1).</translation>
    </message>
    <message>
        <source>The report has more columns than a worksheet can hold (%1).</source>
        <translation>Le rapport compte plus de colonnes qu’une feuille de calcul ne peut en contenir (%1).</translation>
    </message>
    <message>
        <source>The spreadsheet could not be written to %1.</source>
        <translation>Le classeur n’a pas pu être écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>A setting needs a name.</source>
        <translation>Un paramètre doit avoir un nom.</translation>
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
    <name>Statement</name>
    <message>
        <source>Bank charges withheld</source>
        <translation>Frais bancaires retenus</translation>
    </message>
    <message>
        <source>Payment difference written off</source>
        <translation>Écart de paiement passé en perte</translation>
    </message>
    <message>
        <source>Paid in excess, kept on account</source>
        <translation>Trop-perçu conservé en compte</translation>
    </message>
    <message>
        <source>Customer account: %1</source>
        <translation>Compte client&#xa0;: %1</translation>
    </message>
    <message>
        <source>Supplier account: %1</source>
        <translation>Compte fournisseur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The contact does not exist.</source>
        <translation>Le contact n’existe pas.</translation>
    </message>
    <message>
        <source>Balance: what the customer owes you, or what you owe the supplier; negative: a credit in their favour or yours.</source>
        <translation>Solde&#xa0;: ce que le client vous doit, ou ce que vous devez au fournisseur&#xa0;; négatif&#xa0;: un crédit en sa faveur ou en la vôtre.</translation>
    </message>
    <message numerus="yes">
        <source>%n open document(s) in another currency without an exchange rate left out.</source>
        <translation>
            <numerusform>%n document non soldé dans une autre devise, sans taux de change, n’est pas repris.</numerusform>
            <numerusform>%n documents non soldés dans une autre devise, sans taux de change, ne sont pas repris.</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Relevé de compte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d’échéance</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Solde d’ouverture</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Solde de clôture</translation>
    </message>
    <message>
        <source>Open at %1</source>
        <translation>Encours au %1</translation>
    </message>
    <message>
        <source>On account, not allocated to a document</source>
        <translation>En compte, non affecté à un document</translation>
    </message>
    <message>
        <source>Total open</source>
        <translation>Total de l’encours</translation>
    </message>
</context>
<context>
    <name>StoredValue</name>
    <message>
        <source>A record in the file could not be read.</source>
        <translation>Un enregistrement du fichier n’a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>StructuredCommunication</name>
    <message>
        <source>No structured communication was entered.</source>
        <translation>Aucune communication structurée n’a été saisie.</translation>
    </message>
    <message>
        <source>A structured communication contains only digits, not “%1”.</source>
        <translation>Une communication structurée ne contient que des chiffres, pas “%1”.</translation>
    </message>
    <message>
        <source>A structured communication has 12 digits, as in +++123/4567/89002+++.</source>
        <translation>Une communication structurée compte 12 chiffres, comme dans +++123/4567/89002+++.</translation>
    </message>
    <message>
        <source>The last two digits of this structured communication do not match the rest of it. Check for a typing error.</source>
        <translation>Les deux derniers chiffres de cette communication structurée ne correspondent pas au reste. Vérifiez qu’il n’y a pas de faute de frappe.</translation>
    </message>
    <message>
        <source>This is not a valid structured communication.</source>
        <translation>Ce n’est pas une communication structurée valide.</translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <source>The record no longer exists.</source>
        <translation>L’enregistrement n’existe plus.</translation>
    </message>
</context>
<context>
    <name>TrialBalance</name>
    <message>
        <source>Trial balance</source>
        <translation>Balance des comptes</translation>
    </message>
    <message>
        <source>Before closing: entries closing a fiscal year in the period are left out.</source>
        <translation>Avant clôture&#xa0;: les écritures de clôture d’exercice de la période ne sont pas reprises.</translation>
    </message>
    <message>
        <source>Balances: debit positive, credit negative.</source>
        <translation>Soldes&#xa0;: débit en positif, crédit en négatif.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>UblLineWriter</name>
    <message>
        <source>Line %1 has no name.</source>
        <translation>La ligne %1 n’a pas de nom.</translation>
    </message>
    <message>
        <source>Line %1 has no unit.</source>
        <translation>La ligne %1 n’a pas d’unité.</translation>
    </message>
    <message>
        <source>Line %1 has a negative price.</source>
        <translation>La ligne %1 a un prix négatif.</translation>
    </message>
</context>
<context>
    <name>UblParseAllowanceCharge</name>
    <message>
        <source>An allowance or charge amount must not be negative.</source>
        <translation>Le montant d’une remise ou de frais ne doit pas être négatif.</translation>
    </message>
</context>
<context>
    <name>UblParseAttachment</name>
    <message>
        <source>A supporting document is a link to an outside address; it was not downloaded.</source>
        <translation>Un document justificatif est un lien vers une adresse externe&#xa0;; il n’a pas été téléchargé.</translation>
    </message>
    <message>
        <source>The file embeds too many attachments (at most %1).</source>
        <translation>Le fichier incorpore trop de pièces jointes (au plus %1).</translation>
    </message>
    <message>
        <source>An attachment of type &quot;%1&quot; was left out: Peppol allows only PDF, PNG, JPEG, CSV and spreadsheets.</source>
        <translation>Une pièce jointe de type &quot;%1&quot; a été omise&#xa0;: Peppol n’autorise que les fichiers PDF, PNG, JPEG, CSV et les feuilles de calcul.</translation>
    </message>
    <message>
        <source>An embedded attachment is not valid base64.</source>
        <translation>Une pièce jointe incorporée n’est pas en base64 valide.</translation>
    </message>
    <message>
        <source>An embedded attachment is too large (at most %1 MB).</source>
        <translation>Une pièce jointe incorporée est trop volumineuse (au plus %1 Mo).</translation>
    </message>
    <message>
        <source>The embedded attachments are too large together (at most %1 MB).</source>
        <translation>Les pièces jointes incorporées sont trop volumineuses au total (au plus %1 Mo).</translation>
    </message>
    <message>
        <source>An attachment that claims to be %1 is something else; it was left out.</source>
        <translation>Une pièce jointe présentée comme %1 est en réalité autre chose&#xa0;; elle a été omise.</translation>
    </message>
    <message>
        <source>The name of an attachment was made safe: &quot;%1&quot;.</source>
        <translation>Le nom d’une pièce jointe a été rendu sûr&#xa0;: &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>UblParseLine</name>
    <message>
        <source>The price is too large.</source>
        <translation>Le prix est trop élevé.</translation>
    </message>
    <message>
        <source>The price per base quantity cannot be kept exactly as a unit price with four decimals.</source>
        <translation>Le prix par quantité de base ne peut pas être conservé exactement sous forme de prix unitaire à quatre décimales.</translation>
    </message>
    <message>
        <source>A unit price was rounded to four decimals; the line amount is unchanged.</source>
        <translation>Un prix unitaire a été arrondi à quatre décimales&#xa0;; le montant de la ligne est inchangé.</translation>
    </message>
    <message>
        <source>The quantity needs a unit code (UN/ECE Recommendation 20).</source>
        <translation>La quantité nécessite un code d’unité (recommandation UN/ECE n° 20).</translation>
    </message>
    <message>
        <source>The price is not in the document currency %1.</source>
        <translation>Le prix n’est pas dans la devise du document, %1.</translation>
    </message>
    <message>
        <source>The net price of an item must not be negative.</source>
        <translation>Le prix net d’un article ne doit pas être négatif.</translation>
    </message>
    <message>
        <source>The price base quantity must be above zero.</source>
        <translation>La quantité de base du prix doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>Charges on a line (BG-28) cannot be imported yet.</source>
        <translation>Les frais au niveau d’une ligne (BG-28) ne peuvent pas encore être importés.</translation>
    </message>
    <message>
        <source>An allowance amount must not be negative.</source>
        <translation>Le montant d’une remise ne doit pas être négatif.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Le montant est trop élevé.</translation>
    </message>
    <message>
        <source>The line amount is too large.</source>
        <translation>Le montant de la ligne est trop élevé.</translation>
    </message>
    <message>
        <source>The line&apos;s allowance of %1 %2 cannot be kept as a discount percentage of its amount %3.</source>
        <translation>La remise de %1 %2 de la ligne ne peut pas être conservée sous forme de pourcentage de remise sur son montant de %3.</translation>
    </message>
</context>
<context>
    <name>UblParseParty</name>
    <message>
        <source>supplier</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <source>buyer</source>
        <translation>acheteur</translation>
    </message>
    <message>
        <source>The %1&apos;s name is too long.</source>
        <translation>Le nom du %1 est trop long.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 country code.</source>
        <translation>&quot;%1&quot; n’est pas un code de pays ISO 3166-1.</translation>
    </message>
    <message>
        <source>The %1&apos;s country is not given.</source>
        <translation>Le pays du %1 n’est pas indiqué.</translation>
    </message>
    <message>
        <source>The %1&apos;s VAT number is not valid and was left out.</source>
        <translation>Le numéro de TVA du %1 n’est pas valide et a été omis.</translation>
    </message>
    <message>
        <source>An identifier of the %1 (enterprise, KvK or Peppol number) is not valid and was left out.</source>
        <translation>Un identifiant du %1 (numéro d’entreprise, KvK ou Peppol) n’est pas valide et a été omis.</translation>
    </message>
</context>
<context>
    <name>UblParseTotals</name>
    <message>
        <source>The VAT total in the tax currency is given more than once.</source>
        <translation>Le total de la TVA dans la devise de la TVA est indiqué plus d’une fois.</translation>
    </message>
    <message>
        <source>The VAT total in the tax currency must not have a VAT breakdown.</source>
        <translation>Le total de la TVA dans la devise de la TVA ne doit pas comporter de ventilation de la TVA.</translation>
    </message>
    <message>
        <source>The VAT total is given more than once.</source>
        <translation>Le total de la TVA est indiqué plus d’une fois.</translation>
    </message>
    <message>
        <source>This VAT category and rate appear twice in the VAT breakdown.</source>
        <translation>Cette catégorie et ce taux de TVA apparaissent deux fois dans la ventilation de la TVA.</translation>
    </message>
    <message>
        <source>No VAT total is given in the document currency %1.</source>
        <translation>Aucun total de TVA n’est indiqué dans la devise du document, %1.</translation>
    </message>
</context>
<context>
    <name>UblParseTree</name>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>0 bytes of XML</source>
        <translation>0 octet de XML</translation>
    </message>
    <message>
        <source>The file is too large for an invoice (%1 MB; at most %2 MB).</source>
        <translation>Le fichier est trop volumineux pour une facture (%1 Mo&#xa0;; au plus %2 Mo).</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>The file is not UTF-8 encoded, as Peppol requires.</source>
        <translation>Le fichier n’est pas encodé en UTF-8, comme l’exige Peppol.</translation>
    </message>
    <message>
        <source>line 1, column 1: UTF-16 byte order mark</source>
        <translation>ligne 1, colonne 1&#xa0;: indicateur d’ordre des octets UTF-16</translation>
    </message>
    <message>
        <source>The file contains bytes that are not valid UTF-8.</source>
        <translation>Le fichier contient des octets qui ne sont pas de l’UTF-8 valide.</translation>
    </message>
    <message>
        <source>The file contains a document type declaration (DOCTYPE), which an invoice never needs; it is refused for safety.</source>
        <translation>Le fichier contient une déclaration de type de document (DOCTYPE), dont une facture n’a jamais besoin&#xa0;; il est refusé par sécurité.</translation>
    </message>
    <message>
        <source>The file refers to an undeclared entity.</source>
        <translation>Le fichier fait référence à une entité non déclarée.</translation>
    </message>
    <message>
        <source>The file nests its elements too deeply (more than %1 levels).</source>
        <translation>Le fichier imbrique ses éléments trop profondément (plus de %1 niveaux).</translation>
    </message>
    <message>
        <source>The file has too many elements (more than %1).</source>
        <translation>Le fichier contient trop d’éléments (plus de %1).</translation>
    </message>
    <message>
        <source>An element has too many attributes.</source>
        <translation>Un élément a trop d’attributs.</translation>
    </message>
    <message>
        <source>An attribute value is too long.</source>
        <translation>Une valeur d’attribut est trop longue.</translation>
    </message>
    <message>
        <source>An embedded attachment is too large (at most %1 MB).</source>
        <translation>Une pièce jointe incorporée est trop volumineuse (au plus %1 Mo).</translation>
    </message>
    <message>
        <source>A text value in the file is too long (at most %1 characters).</source>
        <translation>Une valeur texte du fichier est trop longue (au plus %1 caractères).</translation>
    </message>
    <message>
        <source>The file ends too early: it looks truncated.</source>
        <translation>Le fichier se termine trop tôt&#xa0;: il semble tronqué.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML.</source>
        <translation>Le fichier n’est pas du XML bien formé.</translation>
    </message>
    <message>
        <source>The file contains no XML element.</source>
        <translation>Le fichier ne contient aucun élément XML.</translation>
    </message>
    <message>
        <source>This element may appear only once here.</source>
        <translation>Cet élément ne peut apparaître qu’une seule fois ici.</translation>
    </message>
    <message>
        <source>The file lacks the mandatory element %1.</source>
        <translation>Il manque au fichier l’élément obligatoire %1.</translation>
    </message>
    <message>
        <source>The file lacks the mandatory element %1 (%2).</source>
        <translation>Il manque au fichier l’élément obligatoire %1 (%2).</translation>
    </message>
    <message>
        <source>the element that should contain it</source>
        <translation>l’élément qui devrait le contenir</translation>
    </message>
</context>
<context>
    <name>UblParseValues</name>
    <message>
        <source>This element must not be empty.</source>
        <translation>Cet élément ne doit pas être vide.</translation>
    </message>
    <message>
        <source>This text is too long (at most %1 characters).</source>
        <translation>Ce texte est trop long (au plus %1 caractères).</translation>
    </message>
    <message>
        <source>The amount has no currencyID attribute.</source>
        <translation>Le montant n’a pas d’attribut currencyID.</translation>
    </message>
    <message>
        <source>The amount is in %1 but the document is in %2.</source>
        <translation>Le montant est en %1, mais le document est en %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid amount in %2: %3</source>
        <translation>&quot;%1&quot; n’est pas un montant valide en %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number Kasboek can keep exactly (at most four decimals): %2</source>
        <translation>&quot;%1&quot; n’est pas un nombre que Kasboek peut conserver exactement (au plus quatre décimales)&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; n’est pas une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code Kasboek knows.</source>
        <translation>&quot;%1&quot; n’est pas un code de devise ISO 4217 connu de Kasboek.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VAT category code of EN 16931.</source>
        <translation>&quot;%1&quot; n’est pas un code de catégorie de TVA de l’EN 16931.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VAT rate between 0 and 100 with at most two decimals.</source>
        <translation>&quot;%1&quot; n’est pas un taux de TVA compris entre 0 et 100 avec au plus deux décimales.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither true nor false.</source>
        <translation>&quot;%1&quot; n’est ni true ni false.</translation>
    </message>
    <message>
        <source>Only VAT is supported as tax scheme, not &quot;%1&quot;.</source>
        <translation>Seule la TVA est prise en charge comme régime de taxe, pas &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>UblPartyIdentifiers</name>
    <message>
        <source>The seller&apos;s Peppol id is not valid: %1</source>
        <translation>L’identifiant Peppol du vendeur n’est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The buyer&apos;s Peppol id is not valid: %1</source>
        <translation>L’identifiant Peppol de l’acheteur n’est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The seller&apos;s enterprise number is not valid.</source>
        <translation>Le numéro d’entreprise du vendeur n’est pas valide.</translation>
    </message>
    <message>
        <source>The buyer&apos;s enterprise number is not valid.</source>
        <translation>Le numéro d’entreprise de l’acheteur n’est pas valide.</translation>
    </message>
    <message>
        <source>The seller&apos;s KvK number is not valid.</source>
        <translation>Le numéro KvK du vendeur n’est pas valide.</translation>
    </message>
    <message>
        <source>The buyer&apos;s KvK number is not valid.</source>
        <translation>Le numéro KvK de l’acheteur n’est pas valide.</translation>
    </message>
    <message>
        <source>The seller&apos;s VAT number is not valid.</source>
        <translation>Le numéro de TVA du vendeur n’est pas valide.</translation>
    </message>
    <message>
        <source>The buyer&apos;s VAT number is not valid.</source>
        <translation>Le numéro de TVA de l’acheteur n’est pas valide.</translation>
    </message>
    <message>
        <source>The seller has no Peppol id, and none follows from an enterprise, KvK or VAT number: Peppol needs an electronic address for both parties.</source>
        <translation>Le vendeur n’a pas d’identifiant Peppol, et aucun ne peut être déduit d’un numéro d’entreprise, KvK ou de TVA&#xa0;: Peppol exige une adresse électronique pour les deux parties.</translation>
    </message>
    <message>
        <source>The buyer has no Peppol id, and none follows from an enterprise, KvK or VAT number: Peppol needs an electronic address for both parties.</source>
        <translation>L’acheteur n’a pas d’identifiant Peppol, et aucun ne peut être déduit d’un numéro d’entreprise, KvK ou de TVA&#xa0;: Peppol exige une adresse électronique pour les deux parties.</translation>
    </message>
</context>
<context>
    <name>UblPartyWriter</name>
    <message>
        <source>The seller has no name.</source>
        <translation>Le vendeur n’a pas de nom.</translation>
    </message>
    <message>
        <source>The buyer has no name.</source>
        <translation>L’acheteur n’a pas de nom.</translation>
    </message>
    <message>
        <source>The seller has no valid country.</source>
        <translation>Le vendeur n’a pas de pays valide.</translation>
    </message>
    <message>
        <source>The buyer has no valid country.</source>
        <translation>L’acheteur n’a pas de pays valide.</translation>
    </message>
    <message>
        <source>The seller&apos;s VAT number is not valid.</source>
        <translation>Le numéro de TVA du vendeur n’est pas valide.</translation>
    </message>
    <message>
        <source>The buyer&apos;s VAT number is not valid.</source>
        <translation>Le numéro de TVA de l’acheteur n’est pas valide.</translation>
    </message>
</context>
<context>
    <name>UblPaymentWriter</name>
    <message>
        <source>The structured communication is not valid.</source>
        <translation>La communication structurée n’est pas valide.</translation>
    </message>
    <message>
        <source>The creditor reference is not valid.</source>
        <translation>La référence du créancier n’est pas valide.</translation>
    </message>
    <message>
        <source>The seller&apos;s IBAN is not valid.</source>
        <translation>L’IBAN du vendeur n’est pas valide.</translation>
    </message>
    <message>
        <source>The seller&apos;s BIC is not valid.</source>
        <translation>Le BIC du vendeur n’est pas valide.</translation>
    </message>
</context>
<context>
    <name>UblReader</name>
    <message>
        <source>The supplier states that %1 %2 was paid already; record that payment separately.</source>
        <translation>Le fournisseur indique qu’un montant de %1 %2 a déjà été payé&#xa0;; enregistrez ce paiement séparément.</translation>
    </message>
    <message>
        <source>The amount due includes a rounding of %1 %2.</source>
        <translation>Le montant dû comprend un arrondi de %1 %2.</translation>
    </message>
</context>
<context>
    <name>UblReaderAmounts</name>
    <message>
        <source>The document has too many lines (at most %1).</source>
        <translation>Le document compte trop de lignes (au plus %1).</translation>
    </message>
    <message>
        <source>The line amounts are too large.</source>
        <translation>Les montants des lignes sont trop élevés.</translation>
    </message>
    <message>
        <source>A document-level allowance has a VAT category and rate that no line has; Kasboek cannot keep it yet.</source>
        <translation>Une remise au niveau du document a une catégorie et un taux de TVA qu’aucune ligne ne possède&#xa0;; Kasboek ne peut pas encore la conserver.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Le montant est trop élevé.</translation>
    </message>
    <message>
        <source>The document-level allowances are not one discount percentage over all lines; Kasboek cannot keep them exactly yet.</source>
        <translation>Les remises au niveau du document ne forment pas un pourcentage de remise unique sur toutes les lignes&#xa0;; Kasboek ne peut pas encore les conserver exactement.</translation>
    </message>
    <message>
        <source>The document-level allowances are kept as a discount of %1 % over all lines.</source>
        <translation>Les remises au niveau du document sont conservées sous forme de remise de %1&#xa0;% sur toutes les lignes.</translation>
    </message>
    <message>
        <source>An exemption reason given for VAT category %1 was ignored.</source>
        <translation>Un motif d’exonération indiqué pour la catégorie de TVA %1 a été ignoré.</translation>
    </message>
    <message>
        <source>VAT category %1 needs an exemption reason (code or text).</source>
        <translation>La catégorie de TVA %1 nécessite un motif d’exonération (code ou texte).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VATEX exemption reason code of VAT category %2.</source>
        <translation>&quot;%1&quot; n’est pas un code de motif d’exonération VATEX de la catégorie de TVA %2.</translation>
    </message>
    <message>
        <source>The VAT total in %1 was ignored: the document is in euro.</source>
        <translation>Le total de la TVA en %1 a été ignoré&#xa0;: le document est en euros.</translation>
    </message>
    <message>
        <source>The document is in %1 and does not state its VAT in euro: enter the exchange rate before booking it.</source>
        <translation>Le document est en %1 et n’indique pas sa TVA en euros&#xa0;: saisissez le taux de change avant de le comptabiliser.</translation>
    </message>
    <message>
        <source>The VAT in euro is not zero while the VAT is.</source>
        <translation>La TVA en euros n’est pas nulle alors que la TVA l’est.</translation>
    </message>
    <message>
        <source>The document is in %1 and has no VAT to derive an exchange rate from: enter the exchange rate before booking it.</source>
        <translation>Le document est en %1 et n’a pas de TVA permettant d’en déduire un taux de change&#xa0;: saisissez le taux de change avant de le comptabiliser.</translation>
    </message>
    <message>
        <source>The VAT in euro does not match the VAT in %1.</source>
        <translation>La TVA en euros ne correspond pas à la TVA en %1.</translation>
    </message>
    <message>
        <source>No usable exchange rate follows from the VAT in euro.</source>
        <translation>Aucun taux de change utilisable ne peut être déduit de la TVA en euros.</translation>
    </message>
</context>
<context>
    <name>UblReaderHeader</name>
    <message>
        <source>This is not a UBL invoice or credit note: its root element is &quot;%1&quot;.</source>
        <translation>Ce n’est pas une facture ni une note de crédit UBL&#xa0;: son élément racine est &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The %1 element is not in the UBL 2.1 namespace (%2).</source>
        <translation>L’élément %1 n’est pas dans l’espace de noms UBL 2.1 (%2).</translation>
    </message>
    <message>
        <source>namespace &quot;%1&quot;</source>
        <translation>espace de noms &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A %1 must not contain %2.</source>
        <translation>Un élément %1 ne doit pas contenir %2.</translation>
    </message>
    <message>
        <source>This is not an EN 16931 (European e-invoicing) document.</source>
        <translation>Ce n’est pas un document EN 16931 (facturation électronique européenne).</translation>
    </message>
    <message>
        <source>specification identifier &quot;%1&quot;</source>
        <translation>identifiant de spécification &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The file follows &quot;%1&quot; rather than Peppol BIS Billing 3.0; it was read by the EN 16931 rules.</source>
        <translation>Le fichier suit &quot;%1&quot; plutôt que Peppol BIS Billing 3.0&#xa0;; il a été lu selon les règles de l’EN 16931.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document type code Peppol allows here.</source>
        <translation>&quot;%1&quot; n’est pas un code de type de document que Peppol autorise ici.</translation>
    </message>
    <message>
        <source>The document type code is %1; it is imported as a plain %2.</source>
        <translation>Le code de type de document est %1&#xa0;; le document est importé comme simple %2.</translation>
    </message>
    <message>
        <source>credit note</source>
        <translation>note de crédit</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>facture</translation>
    </message>
    <message>
        <source>The file refers to several earlier invoices; only the first is kept.</source>
        <translation>Le fichier fait référence à plusieurs factures antérieures&#xa0;; seule la première est conservée.</translation>
    </message>
    <message>
        <source>The file offers several ways to pay; only the first is kept.</source>
        <translation>Le fichier propose plusieurs modes de paiement&#xa0;; seul le premier est conservé.</translation>
    </message>
    <message>
        <source>The supplier&apos;s account number is not a valid IBAN and was left out.</source>
        <translation>Le numéro de compte du fournisseur n’est pas un IBAN valide et a été omis.</translation>
    </message>
    <message>
        <source>The supplier&apos;s BIC is not valid and was left out.</source>
        <translation>Le BIC du fournisseur n’est pas valide et a été omis.</translation>
    </message>
</context>
<context>
    <name>UblReaderTotalsCheck</name>
    <message>
        <source>stated %1, computed %2</source>
        <translation>indiqué %1, calculé %2</translation>
    </message>
    <message>
        <source>The amount of line %1 does not add up: quantity × net price, less its allowances, gives a different amount.</source>
        <translation>Le montant de la ligne %1 ne concorde pas&#xa0;: quantité × prix net, moins ses remises, donne un montant différent.</translation>
    </message>
    <message>
        <source>The sum of the line amounts does not match the stated total (BR-CO-10).</source>
        <translation>La somme des montants des lignes ne correspond pas au total indiqué (BR-CO-10).</translation>
    </message>
    <message>
        <source>The sum of the document allowances does not match the stated total (BR-CO-11).</source>
        <translation>La somme des remises du document ne correspond pas au total indiqué (BR-CO-11).</translation>
    </message>
    <message>
        <source>The sum of the document charges does not match the stated total (BR-CO-12).</source>
        <translation>La somme des frais du document ne correspond pas au total indiqué (BR-CO-12).</translation>
    </message>
    <message>
        <source>The total without VAT does not match the lines, allowances and charges (BR-CO-13).</source>
        <translation>Le total hors TVA ne correspond pas aux lignes, remises et frais (BR-CO-13).</translation>
    </message>
    <message>
        <source>The VAT breakdown has no group for VAT category %1, which the lines use.</source>
        <translation>La ventilation de la TVA n’a pas de groupe pour la catégorie de TVA %1, utilisée par les lignes.</translation>
    </message>
    <message>
        <source>The taxable amount of VAT category %1 does not match the lines, allowances and charges in it.</source>
        <translation>La base imposable de la catégorie de TVA %1 ne correspond pas aux lignes, remises et frais qui en relèvent.</translation>
    </message>
    <message>
        <source>The VAT of category %1 is not its taxable amount × its rate, rounded to the cent (BR-CO-17).</source>
        <translation>La TVA de la catégorie %1 n’est pas égale à sa base imposable × son taux, arrondie au cent (BR-CO-17).</translation>
    </message>
    <message>
        <source>The VAT breakdown has a group for VAT category %1, which no line, allowance or charge uses.</source>
        <translation>La ventilation de la TVA comporte un groupe pour la catégorie de TVA %1, qu’aucune ligne, remise ni frais n’utilise.</translation>
    </message>
    <message>
        <source>The VAT total is not the sum of the VAT breakdown (BR-CO-14).</source>
        <translation>Le total de la TVA n’est pas la somme de la ventilation de la TVA (BR-CO-14).</translation>
    </message>
    <message>
        <source>The total with VAT is not the total without VAT plus the VAT (BR-CO-15).</source>
        <translation>Le total TVA comprise n’est pas égal au total hors TVA plus la TVA (BR-CO-15).</translation>
    </message>
    <message>
        <source>The amount due does not match the total with VAT, less what was paid, plus rounding (BR-CO-16).</source>
        <translation>Le montant dû ne correspond pas au total TVA comprise, moins ce qui a déjà été payé, plus l’arrondi (BR-CO-16).</translation>
    </message>
</context>
<context>
    <name>UblWriter</name>
    <message>
        <source>A quote is an offer, not an invoice: it cannot be sent as an e-invoice.</source>
        <translation>Un devis est une offre, pas une facture&#xa0;: il ne peut pas être envoyé comme facture électronique.</translation>
    </message>
    <message>
        <source>Issue the document first: a draft has no number yet and may still change.</source>
        <translation>Émettez d’abord le document&#xa0;: un brouillon n’a pas encore de numéro et peut encore changer.</translation>
    </message>
    <message>
        <source>The document has no number.</source>
        <translation>Le document n’a pas de numéro.</translation>
    </message>
    <message>
        <source>The document has no issue date.</source>
        <translation>Le document n’a pas de date d’émission.</translation>
    </message>
    <message>
        <source>A credit note names the invoice it corrects.</source>
        <translation>Une note de crédit mentionne la facture qu’elle corrige.</translation>
    </message>
    <message>
        <source>Peppol cannot carry the attachment &quot;%1&quot;: only PDF, PNG, JPEG, CSV and spreadsheet files.</source>
        <translation>Peppol ne peut pas transmettre la pièce jointe &quot;%1&quot;&#xa0;: uniquement des fichiers PDF, PNG, JPEG, CSV et des feuilles de calcul.</translation>
    </message>
    <message>
        <source>The totals stored with the document differ from what its lines add up to.</source>
        <translation>Les totaux enregistrés avec le document diffèrent de la somme de ses lignes.</translation>
    </message>
    <message>
        <source>The document needs a due date or payment terms.</source>
        <translation>Le document doit comporter une date d’échéance ou des conditions de paiement.</translation>
    </message>
    <message>
        <source>A Dutch e-invoice needs the seller&apos;s IBAN.</source>
        <translation>Une facture électronique néerlandaise nécessite l’IBAN du vendeur.</translation>
    </message>
</context>
<context>
    <name>UnitCodes</name>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>pièce</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>minute</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>kilometre</source>
        <translation>kilomètre</translation>
    </message>
    <message>
        <source>metre</source>
        <translation>mètre</translation>
    </message>
    <message>
        <source>square metre</source>
        <translation>mètre carré</translation>
    </message>
    <message>
        <source>kilogram</source>
        <translation>kilogramme</translation>
    </message>
    <message>
        <source>litre</source>
        <translation>litre</translation>
    </message>
    <message>
        <source>set</source>
        <translation>jeu</translation>
    </message>
    <message>
        <source>lump sum</source>
        <translation>forfait</translation>
    </message>
    <message>
        <source>service unit</source>
        <translation>unité de service</translation>
    </message>
</context>
<context>
    <name>VatCategories</name>
    <message>
        <source>Unknown VAT category code.</source>
        <translation>Code de catégorie de TVA inconnu.</translation>
    </message>
    <message>
        <source>VAT category %1 (standard rate) needs a rate above 0 %.</source>
        <translation>La catégorie de TVA %1 (taux normal) nécessite un taux supérieur à 0&#xa0;%.</translation>
    </message>
    <message>
        <source>VAT category %1 allows only a 0 % rate.</source>
        <translation>La catégorie de TVA %1 n’autorise qu’un taux de 0&#xa0;%.</translation>
    </message>
</context>
<context>
    <name>VatExemptionReason</name>
    <message>
        <source>Unknown VAT exemption reason code (VATEX).</source>
        <translation>Code de motif d’exonération de TVA inconnu (VATEX).</translation>
    </message>
</context>
<context>
    <name>VatForms</name>
    <message>
        <source>Operations at 0 % and under a special regime</source>
        <translation>Opérations à 0&#xa0;% et soumises à un régime particulier</translation>
    </message>
    <message>
        <source>Operations at 6 %</source>
        <translation>Opérations à 6&#xa0;%</translation>
    </message>
    <message>
        <source>Operations at 12 %</source>
        <translation>Opérations à 12&#xa0;%</translation>
    </message>
    <message>
        <source>Operations at 21 %</source>
        <translation>Opérations à 21&#xa0;%</translation>
    </message>
    <message>
        <source>Services to customers in other EU countries</source>
        <translation>Services à des clients d’autres pays de l’UE</translation>
    </message>
    <message>
        <source>Operations where the Belgian customer pays the VAT</source>
        <translation>Opérations pour lesquelles le client belge acquitte la TVA</translation>
    </message>
    <message>
        <source>Exempt intra-Community supplies of goods</source>
        <translation>Livraisons intracommunautaires de biens exemptées</translation>
    </message>
    <message>
        <source>Other exempt operations and operations abroad</source>
        <translation>Autres opérations exemptées et opérations effectuées à l’étranger</translation>
    </message>
    <message>
        <source>Credit notes issued for grids 44 and 46</source>
        <translation>Notes de crédit émises relatives aux grilles 44 et 46</translation>
    </message>
    <message>
        <source>Credit notes issued for the other grids</source>
        <translation>Notes de crédit émises relatives aux autres grilles</translation>
    </message>
    <message>
        <source>Trade goods, raw materials and consumables</source>
        <translation>Marchandises, matières premières et matières auxiliaires</translation>
    </message>
    <message>
        <source>Services and miscellaneous goods</source>
        <translation>Services et biens divers</translation>
    </message>
    <message>
        <source>Investment goods</source>
        <translation>Biens d’investissement</translation>
    </message>
    <message>
        <source>Credit notes received for grids 86 and 88</source>
        <translation>Notes de crédit reçues relatives aux grilles 86 et 88</translation>
    </message>
    <message>
        <source>Credit notes received for the other grids</source>
        <translation>Notes de crédit reçues relatives aux autres grilles</translation>
    </message>
    <message>
        <source>Intra-Community acquisitions of goods</source>
        <translation>Acquisitions intracommunautaires de biens</translation>
    </message>
    <message>
        <source>Other incoming operations on which you owe the VAT</source>
        <translation>Autres opérations entrantes pour lesquelles vous êtes redevable de la TVA</translation>
    </message>
    <message>
        <source>Services from suppliers in other EU countries</source>
        <translation>Services de fournisseurs d’autres pays de l’UE</translation>
    </message>
    <message>
        <source>VAT due on grids 01, 02 and 03</source>
        <translation>TVA due sur les grilles 01, 02 et 03</translation>
    </message>
    <message>
        <source>VAT due on grids 86 and 88</source>
        <translation>TVA due sur les grilles 86 et 88</translation>
    </message>
    <message>
        <source>VAT due on grid 87</source>
        <translation>TVA due sur la grille 87</translation>
    </message>
    <message>
        <source>Deductible VAT</source>
        <translation>TVA déductible</translation>
    </message>
    <message>
        <source>VAT to repay on credit notes received</source>
        <translation>TVA à reverser sur les notes de crédit reçues</translation>
    </message>
    <message>
        <source>VAT to recover on credit notes issued</source>
        <translation>TVA à récupérer sur les notes de crédit émises</translation>
    </message>
    <message>
        <source>Balance payable to the State</source>
        <translation>Solde dû à l’État</translation>
    </message>
    <message>
        <source>Balance owed by the State</source>
        <translation>Solde dû par l’État</translation>
    </message>
    <message>
        <source>1a Supplies and services at 21 %: turnover</source>
        <translation>1a Livraisons et services à 21&#xa0;%&#xa0;: chiffre d’affaires</translation>
    </message>
    <message>
        <source>1a Supplies and services at 21 %: VAT</source>
        <translation>1a Livraisons et services à 21&#xa0;%&#xa0;: TVA</translation>
    </message>
    <message>
        <source>1b Supplies and services at 9 %: turnover</source>
        <translation>1b Livraisons et services à 9&#xa0;%&#xa0;: chiffre d’affaires</translation>
    </message>
    <message>
        <source>1b Supplies and services at 9 %: VAT</source>
        <translation>1b Livraisons et services à 9&#xa0;%&#xa0;: TVA</translation>
    </message>
    <message>
        <source>1c Supplies and services at other rates: turnover</source>
        <translation>1c Livraisons et services à d’autres taux&#xa0;: chiffre d’affaires</translation>
    </message>
    <message>
        <source>1c Supplies and services at other rates: VAT</source>
        <translation>1c Livraisons et services à d’autres taux&#xa0;: TVA</translation>
    </message>
    <message>
        <source>1e Supplies and services at 0 % or not taxed with you</source>
        <translation>1e Livraisons et services à 0&#xa0;% ou non imposés chez vous</translation>
    </message>
    <message>
        <source>2a Supplies and services reverse-charged to you: turnover</source>
        <translation>2a Livraisons et services dont la TVA vous est transférée (autoliquidation)&#xa0;: chiffre d’affaires</translation>
    </message>
    <message>
        <source>2a Supplies and services reverse-charged to you: VAT</source>
        <translation>2a Livraisons et services dont la TVA vous est transférée (autoliquidation)&#xa0;: TVA</translation>
    </message>
    <message>
        <source>3a Supplies to countries outside the EU</source>
        <translation>3a Livraisons vers des pays hors UE</translation>
    </message>
    <message>
        <source>3b Supplies and services to other EU countries</source>
        <translation>3b Livraisons et services vers d’autres pays de l’UE</translation>
    </message>
    <message>
        <source>4a Supplies and services from outside the EU: turnover</source>
        <translation>4a Livraisons et services en provenance de pays hors UE&#xa0;: chiffre d’affaires</translation>
    </message>
    <message>
        <source>4a Supplies and services from outside the EU: VAT</source>
        <translation>4a Livraisons et services en provenance de pays hors UE&#xa0;: TVA</translation>
    </message>
    <message>
        <source>4b Supplies and services from EU countries: turnover</source>
        <translation>4b Livraisons et services en provenance de pays de l’UE&#xa0;: chiffre d’affaires</translation>
    </message>
    <message>
        <source>4b Supplies and services from EU countries: VAT</source>
        <translation>4b Livraisons et services en provenance de pays de l’UE&#xa0;: TVA</translation>
    </message>
    <message>
        <source>5a VAT owed</source>
        <translation>5a TVA due</translation>
    </message>
    <message>
        <source>5b Input VAT</source>
        <translation>5b TVA déductible</translation>
    </message>
    <message>
        <source>5c Subtotal</source>
        <translation>5c Sous-total</translation>
    </message>
    <message>
        <source>5g Total to pay (negative: to reclaim)</source>
        <translation>5g Total à payer (négatif&#xa0;: à récupérer)</translation>
    </message>
</context>
<context>
    <name>VatNumber</name>
    <message>
        <source>ATU followed by 8 digits</source>
        <translation>ATU suivi de 8 chiffres</translation>
    </message>
    <message>
        <source>BE followed by 10 digits, the first 0 or 1</source>
        <translation>BE suivi de 10 chiffres, le premier étant 0 ou 1</translation>
    </message>
    <message>
        <source>BG followed by 9 or 10 digits</source>
        <translation>BG suivi de 9 ou 10 chiffres</translation>
    </message>
    <message>
        <source>CY followed by 8 digits and a letter</source>
        <translation>CY suivi de 8 chiffres et d’une lettre</translation>
    </message>
    <message>
        <source>CZ followed by 8 to 10 digits</source>
        <translation>CZ suivi de 8 à 10 chiffres</translation>
    </message>
    <message>
        <source>DE followed by 9 digits</source>
        <translation>DE suivi de 9 chiffres</translation>
    </message>
    <message>
        <source>DK followed by 8 digits</source>
        <translation>DK suivi de 8 chiffres</translation>
    </message>
    <message>
        <source>EE followed by 9 digits</source>
        <translation>EE suivi de 9 chiffres</translation>
    </message>
    <message>
        <source>EL followed by 9 digits</source>
        <translation>EL suivi de 9 chiffres</translation>
    </message>
    <message>
        <source>ES followed by 9 characters: a letter or digit, 7 digits, a letter or digit</source>
        <translation>ES suivi de 9 caractères&#xa0;: une lettre ou un chiffre, 7 chiffres, une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>FI followed by 8 digits</source>
        <translation>FI suivi de 8 chiffres</translation>
    </message>
    <message>
        <source>FR followed by 2 letters or digits and 9 digits</source>
        <translation>FR suivi de 2 lettres ou chiffres et de 9 chiffres</translation>
    </message>
    <message>
        <source>HR followed by 11 digits</source>
        <translation>HR suivi de 11 chiffres</translation>
    </message>
    <message>
        <source>HU followed by 8 digits</source>
        <translation>HU suivi de 8 chiffres</translation>
    </message>
    <message>
        <source>IE followed by 7 digits and 1 or 2 letters</source>
        <translation>IE suivi de 7 chiffres et de 1 ou 2 lettres</translation>
    </message>
    <message>
        <source>IT followed by 11 digits</source>
        <translation>IT suivi de 11 chiffres</translation>
    </message>
    <message>
        <source>LT followed by 9 or 12 digits</source>
        <translation>LT suivi de 9 ou 12 chiffres</translation>
    </message>
    <message>
        <source>LU followed by 8 digits</source>
        <translation>LU suivi de 8 chiffres</translation>
    </message>
    <message>
        <source>LV followed by 11 digits</source>
        <translation>LV suivi de 11 chiffres</translation>
    </message>
    <message>
        <source>MT followed by 8 digits</source>
        <translation>MT suivi de 8 chiffres</translation>
    </message>
    <message>
        <source>NL followed by 9 digits, the letter B and 2 digits</source>
        <translation>NL suivi de 9 chiffres, de la lettre B et de 2 chiffres</translation>
    </message>
    <message>
        <source>PL followed by 10 digits</source>
        <translation>PL suivi de 10 chiffres</translation>
    </message>
    <message>
        <source>PT followed by 9 digits</source>
        <translation>PT suivi de 9 chiffres</translation>
    </message>
    <message>
        <source>RO followed by 2 to 10 digits</source>
        <translation>RO suivi de 2 à 10 chiffres</translation>
    </message>
    <message>
        <source>SE followed by 12 digits, the last two 01</source>
        <translation>SE suivi de 12 chiffres, les deux derniers étant 01</translation>
    </message>
    <message>
        <source>SI followed by 8 digits</source>
        <translation>SI suivi de 8 chiffres</translation>
    </message>
    <message>
        <source>SK followed by 10 digits</source>
        <translation>SK suivi de 10 chiffres</translation>
    </message>
    <message>
        <source>XI followed by 9 or 12 digits</source>
        <translation>XI suivi de 9 ou 12 chiffres</translation>
    </message>
    <message>
        <source>No VAT number was entered.</source>
        <translation>Aucun numéro de TVA n’a été saisi.</translation>
    </message>
    <message>
        <source>A VAT number contains only the letters A to Z and the digits 0 to 9, not “%1”.</source>
        <translation>Un numéro de TVA ne contient que les lettres A à Z et les chiffres 0 à 9, pas “%1”.</translation>
    </message>
    <message>
        <source>A VAT number starts with its country code, such as BE or NL.</source>
        <translation>Un numéro de TVA commence par son code pays, par exemple BE ou NL.</translation>
    </message>
    <message>
        <source>%1 is not the prefix of an EU VAT number (Greece uses EL, Northern Ireland XI).</source>
        <translation>%1 n’est pas le préfixe d’un numéro de TVA de l’UE (la Grèce utilise EL, l’Irlande du Nord XI).</translation>
    </message>
    <message>
        <source>This is not a VAT number of %1: it should be %2.</source>
        <translation>Ce n’est pas un numéro de TVA de %1&#xa0;: le format attendu est %2.</translation>
    </message>
    <message>
        <source>The check digits of this VAT number do not match the rest of it. Check for a typing error.</source>
        <translation>Les chiffres de contrôle de ce numéro de TVA ne correspondent pas au reste. Vérifiez qu’il n’y a pas de faute de frappe.</translation>
    </message>
    <message>
        <source>This is not a valid VAT number.</source>
        <translation>Ce n’est pas un numéro de TVA valide.</translation>
    </message>
</context>
<context>
    <name>VatRate</name>
    <message>
        <source>A VAT rate lies between 0 and 100 %.</source>
        <translation>Un taux de TVA est compris entre 0 et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>The VAT amount is too large.</source>
        <translation>Le montant de TVA est trop élevé.</translation>
    </message>
</context>
<context>
    <name>VatRateTable</name>
    <message>
        <source>The built-in VAT rate table is missing.</source>
        <translation>La table des taux de TVA intégrée est manquante.</translation>
    </message>
    <message>
        <source>The VAT rate table has an unknown entry.</source>
        <translation>La table des taux de TVA contient une entrée inconnue.</translation>
    </message>
    <message>
        <source>The VAT rate table is not valid JSON.</source>
        <translation>La table des taux de TVA n’est pas du JSON valide.</translation>
    </message>
    <message>
        <source>The VAT rate table must be a JSON object.</source>
        <translation>La table des taux de TVA doit être un objet JSON.</translation>
    </message>
    <message>
        <source>This VAT rate table format is not supported.</source>
        <translation>Ce format de table des taux de TVA n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>The VAT rate table lists no countries.</source>
        <translation>La table des taux de TVA ne répertorie aucun pays.</translation>
    </message>
    <message>
        <source>Each country must be a JSON object.</source>
        <translation>Chaque pays doit être un objet JSON.</translation>
    </message>
    <message>
        <source>A country must be a two-letter ISO code such as BE.</source>
        <translation>Un pays doit être un code ISO à deux lettres, par exemple BE.</translation>
    </message>
    <message>
        <source>A country must list its rates.</source>
        <translation>Un pays doit indiquer ses taux.</translation>
    </message>
    <message>
        <source>Each rate must be a JSON object.</source>
        <translation>Chaque taux doit être un objet JSON.</translation>
    </message>
    <message>
        <source>The kind of a rate must be standard, reduced, reduced2 or zero.</source>
        <translation>Le type d’un taux doit être standard, reduced, reduced2 ou zero.</translation>
    </message>
    <message>
        <source>A rate must be written as text, such as &quot;21&quot; or &quot;5.5&quot;.</source>
        <translation>Un taux doit être écrit sous forme de texte, par exemple &quot;21&quot; ou &quot;5.5&quot;.</translation>
    </message>
    <message>
        <source>The zero kind must have rate 0, and only it.</source>
        <translation>Le type zero doit avoir le taux 0, et lui seul.</translation>
    </message>
    <message>
        <source>validFrom must be a date such as 2019-01-01.</source>
        <translation>validFrom doit être une date, par exemple 2019-01-01.</translation>
    </message>
    <message>
        <source>validTo must be a date such as 2018-12-31.</source>
        <translation>validTo doit être une date, par exemple 2018-12-31.</translation>
    </message>
    <message>
        <source>validTo lies before validFrom.</source>
        <translation>validTo est antérieur à validFrom.</translation>
    </message>
    <message>
        <source>Two rates of the same kind or value overlap in time.</source>
        <translation>Deux taux du même type ou de même valeur se chevauchent dans le temps.</translation>
    </message>
</context>
<context>
    <name>VatReturn</name>
    <message>
        <source>A VAT return covers a period: its end comes after its start.</source>
        <translation>Une déclaration TVA couvre une période&#xa0;: sa fin se situe après son début.</translation>
    </message>
    <message>
        <source>The ledger holds a VAT code this version cannot read.</source>
        <translation>Le grand livre contient un code TVA que cette version ne peut pas lire.</translation>
    </message>
    <message>
        <source>The return has no box %1.</source>
        <translation>La déclaration n’a pas de rubrique %1.</translation>
    </message>
</context>
<context>
    <name>VatReturnReport</name>
    <message>
        <source>Kasboek computes the VAT returns of Belgium and the Netherlands; this company is in %1.</source>
        <translation>Kasboek calcule les déclarations TVA de la Belgique et des Pays-Bas&#xa0;; le pays de cette entreprise est %1.</translation>
    </message>
    <message>
        <source>Periodic VAT return</source>
        <translation>Déclaration TVA périodique</translation>
    </message>
    <message>
        <source>VAT return (omzetbelasting)</source>
        <translation>Déclaration TVA (omzetbelasting)</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>YearCloseCommand</name>
    <message>
        <source>give either --year or --from and --to</source>
        <translation>indiquez soit --year, soit --from et --to</translation>
    </message>
    <message>
        <source>--year needs a year such as 2025</source>
        <translation>--year attend une année, par exemple 2025</translation>
    </message>
    <message>
        <source>--from and --to need dates as YYYY-MM-DD</source>
        <translation>--from et --to attendent des dates au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Close a fiscal year and carry its result to equity.</source>
        <translation>Clôturer un exercice et reporter son résultat dans les capitaux propres.</translation>
    </message>
    <message>
        <source>Posts the closing entry, dated the year&apos;s last day, that brings every income and expense account to zero and carries the year&apos;s result to the retained-earnings account (BE 140000), then closes the year for good and the books through its last day. The year must be over and must not overlap a closed one. --year closes a calendar year; --from and --to a fiscal year of up to 24 months. Prints the result (profit positive, loss negative).</source>
        <translation>Comptabilise l’écriture de clôture, datée du dernier jour de l’exercice, qui solde tous les comptes de produits et de charges et reporte le résultat de l’exercice sur le compte de résultat reporté (BE 140000), puis clôture définitivement l’exercice ainsi que la comptabilité jusqu’à son dernier jour. L’exercice doit être terminé et ne doit pas chevaucher un exercice déjà clôturé. --year clôture une année civile&#xa0;; --from et --to un exercice d’au plus 24 mois. Affiche le résultat (bénéfice en positif, perte en négatif).</translation>
    </message>
    <message>
        <source>The calendar year to close.</source>
        <translation>L’année civile à clôturer.</translation>
    </message>
    <message>
        <source>The fiscal year&apos;s first day.</source>
        <translation>Le premier jour de l’exercice.</translation>
    </message>
    <message>
        <source>The fiscal year&apos;s last day.</source>
        <translation>Le dernier jour de l’exercice.</translation>
    </message>
    <message>
        <source>Closed the fiscal year %1 to %2: result %3 EUR.</source>
        <translation>Exercice du %1 au %2 clôturé&#xa0;: résultat %3 EUR.</translation>
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
