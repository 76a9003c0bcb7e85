<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>AccountRepository</name>
    <message>
        <source>The account does not exist.</source>
        <translation>De rekening bestaat niet.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Er is geen rekening %1.</translation>
    </message>
    <message>
        <source>The chart of accounts has no account for &quot;%1&quot;.</source>
        <translation>Het rekeningschema heeft geen rekening voor &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>An account code has 1 to 20 letters, digits or dots (for example 700000).</source>
        <translation>Een rekeningcode bestaat uit 1 tot 20 letters, cijfers of punten (bijvoorbeeld 700000).</translation>
    </message>
    <message>
        <source>Give the account a name of at most 200 characters.</source>
        <translation>Geef de rekening een naam van hoogstens 200 tekens.</translation>
    </message>
    <message>
        <source>An RGS code has at most 40 characters.</source>
        <translation>Een RGS-code heeft hoogstens 40 tekens.</translation>
    </message>
    <message>
        <source>A VAT rate lies between 0 % and 100 %.</source>
        <translation>Een btw-tarief ligt tussen 0 % en 100 %.</translation>
    </message>
    <message>
        <source>The deductible share of VAT lies between 0 % and 100 %.</source>
        <translation>Het aftrekbare deel van de btw ligt tussen 0 % en 100 %.</translation>
    </message>
    <message>
        <source>Account %1 already exists.</source>
        <translation>Rekening %1 bestaat al.</translation>
    </message>
    <message>
        <source>Account %1 already has this role; give it to one account only.</source>
        <translation>Rekening %1 heeft deze rol al; geef de rol aan slechts één rekening.</translation>
    </message>
    <message>
        <source>Account %1 has postings: it keeps its code and type. Rename it, or archive it and make a new one.</source>
        <translation>Op rekening %1 staan boekingen: de code en het type blijven behouden. Wijzig de naam, of archiveer de rekening en maak een nieuwe aan.</translation>
    </message>
    <message>
        <source>Account %1 is in use and cannot be deleted; archive it instead.</source>
        <translation>Rekening %1 is in gebruik en kan niet worden verwijderd; archiveer ze in plaats daarvan.</translation>
    </message>
</context>
<context>
    <name>AgedBalances</name>
    <message>
        <source>A payment in this file cannot be read.</source>
        <translation>Een betaling in dit bestand kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>Outstanding at %1, by days past the due date.</source>
        <translation>Openstaand op %1, naar aantal dagen na de vervaldatum.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in another currency without an exchange rate left out.</source>
        <translation>
            <numerusform>%n document in een andere valuta zonder wisselkoers weggelaten.</numerusform>
            <numerusform>%n documenten in een andere valuta zonder wisselkoers weggelaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Aged receivables</source>
        <translation>Ouderdomsanalyse klanten</translation>
    </message>
    <message>
        <source>Aged payables</source>
        <translation>Ouderdomsanalyse leveranciers</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Nog niet vervallen</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 dagen</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 dagen</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 dagen</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Meer dan 90 dagen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>BalanceSheet</name>
    <message>
        <source>Balance sheet</source>
        <translation>Balans</translation>
    </message>
    <message>
        <source>At %1, compared with %2.</source>
        <translation>Op %1, vergeleken met %2.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Rekening</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Total assets</source>
        <translation>Totaal activa</translation>
    </message>
    <message>
        <source>Liabilities</source>
        <translation>Schulden</translation>
    </message>
    <message>
        <source>Total liabilities</source>
        <translation>Totaal schulden</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Eigen vermogen</translation>
    </message>
    <message>
        <source>Result of the current period not yet closed</source>
        <translation>Resultaat van de lopende periode, nog niet afgesloten</translation>
    </message>
    <message>
        <source>Total equity</source>
        <translation>Totaal eigen vermogen</translation>
    </message>
    <message>
        <source>Total liabilities and equity</source>
        <translation>Totaal schulden en eigen vermogen</translation>
    </message>
</context>
<context>
    <name>BankJournals</name>
    <message>
        <source>Bank %1</source>
        <translation>Bank %1</translation>
    </message>
    <message>
        <source>There is no free account number after %1 for another bank account.</source>
        <translation>Er is na %1 geen vrij rekeningnummer meer voor een extra bankrekening.</translation>
    </message>
    <message>
        <source>There is no free code for another bank journal.</source>
        <translation>Er is geen vrije code meer voor een extra bankdagboek.</translation>
    </message>
    <message>
        <source>The chart of accounts has no bank account, so the bank account %1 cannot be given a ledger account beside it.</source>
        <translation>Het rekeningschema heeft geen bankrekening, dus kan de bankrekening %1 er geen grootboekrekening naast krijgen.</translation>
    </message>
    <message>
        <source>The code of the chart&apos;s bank account, %1, is not a number, so no further bank account can be numbered after it.</source>
        <translation>De code van de bankrekening in het rekeningschema, %1, is geen getal; daarom kan er geen volgende bankrekening na genummerd worden.</translation>
    </message>
</context>
<context>
    <name>BankStatementCheck</name>
    <message>
        <source>the statement of %1 from %2 to %3</source>
        <translation>het rekeninguittreksel voor %1 van %2 tot en met %3</translation>
    </message>
    <message>
        <source>statement %1 of %2</source>
        <translation>rekeninguittreksel %1 van %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>regel %1</translation>
    </message>
    <message>
        <source>The statement on %1 is for account &quot;%2&quot;, which is not a valid IBAN.</source>
        <translation>Het rekeninguittreksel op %1 is voor rekening &quot;%2&quot;, en dat is geen geldige IBAN.</translation>
    </message>
    <message>
        <source>The dates of %1 (%2) are missing or out of order.</source>
        <translation>De datums van %1 (%2) ontbreken of staan in de verkeerde volgorde.</translation>
    </message>
    <message>
        <source>The balances of %1 (%2) are not in its currency, %3.</source>
        <translation>De saldi van %1 (%2) zijn niet in de valuta van het rekeninguittreksel, %3.</translation>
    </message>
    <message>
        <source>A movement of %1 (%2) has no booking date.</source>
        <translation>Een verrichting in %1 (%2) heeft geen boekingsdatum.</translation>
    </message>
    <message>
        <source>A movement of %1 (%2) is in %3, the statement in %4.</source>
        <translation>Een verrichting in %1 (%2) is in %3, het rekeninguittreksel in %4.</translation>
    </message>
    <message>
        <source>The movements of %1 (%2) add up to more than Kasboek can hold.</source>
        <translation>De verrichtingen in %1 (%2) tellen op tot meer dan Kasboek aankan.</translation>
    </message>
    <message>
        <source>In %1 (%2) the amounts do not add up: the opening balance %3 %4 and its movements make %5 %4, but it closes with %6 %4. The file is incomplete or damaged; nothing was imported.</source>
        <translation>In %1 (%2) kloppen de bedragen niet: het beginsaldo %3 %4 en de verrichtingen geven samen %5 %4, maar het eindsaldo is %6 %4. Het bestand is onvolledig of beschadigd; er is niets geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>BankStatementImporter</name>
    <message>
        <source>The statements of %1 are in %2; %3 is in %4. Nothing was imported.</source>
        <translation>De rekeninguittreksels van %1 zijn in %2; %3 is in %4. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The balances do not join: %1 opens with %2 %3, but the statement before it closed with %4 %3. A statement is missing between them, or one of them is wrong.</source>
        <translation>De saldi sluiten niet op elkaar aan: %1 begint met %2 %3, maar het vorige rekeninguittreksel eindigde met %4 %3. Er ontbreekt een rekeninguittreksel tussen beide, of een van beide is onjuist.</translation>
    </message>
</context>
<context>
    <name>BankStatementReader</name>
    <message>
        <source>The file is larger than %1 MiB: it is not a bank statement Kasboek reads.</source>
        <translation>Het bestand is groter dan %1 MiB: het is geen rekeninguittreksel dat Kasboek kan lezen.</translation>
    </message>
    <message>
        <source>This is not a bank statement Kasboek reads. Export the statement from your bank as camt.053 (XML), CODA or MT940.</source>
        <translation>Dit is geen rekeninguittreksel dat Kasboek kan lezen. Exporteer het rekeninguittreksel vanuit uw bank als camt.053 (XML), CODA of MT940.</translation>
    </message>
    <message>
        <source>A CSV statement needs the column mapping of its bank.</source>
        <translation>Een CSV-rekeninguittreksel heeft de kolomindeling van de bank nodig.</translation>
    </message>
    <message>
        <source>The %1 file holds no statement.</source>
        <translation>Het %1-bestand bevat geen rekeninguittreksel.</translation>
    </message>
</context>
<context>
    <name>BankWaitingCommand</name>
    <message>
        <source>(%1 more than due)</source>
        <translation>(%1 meer dan verschuldigd)</translation>
    </message>
    <message>
        <source>(in part)</source>
        <translation>(gedeeltelijk)</translation>
    </message>
    <message>
        <source>Bank lines waiting to be reconciled</source>
        <translation>Banklijnen die nog op afstemming wachten</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Dagboek</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Tegenpartij</translation>
    </message>
    <message>
        <source>Remittance</source>
        <translation>Mededeling</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Koppeling</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>List the bank lines waiting to be reconciled, with suggested matches.</source>
        <translation>De banklijnen tonen die nog op afstemming wachten, met voorgestelde koppelingen.</translation>
    </message>
    <message>
        <source>Prints the imported bank lines that no entry reconciles yet, oldest first: id, journal, booking date, amount (positive is money in), counterparty, remittance, and the documents the line seems to pay or refund. The match says why: payment_reference (the structured communication or RF reference of an open document), document_number (open documents&apos; numbers in the remittance text), amount_and_account (what the party whose IBAN it is owes, to the cent) or amount_and_name (the same by the party&apos;s name). Earlier lines claim documents first, so no part of a document is suggested twice. Changes nothing.</source>
        <translation>Toont de geïmporteerde banklijnen die nog door geen enkele boeking zijn afgestemd, de oudste eerst: id, dagboek, boekingsdatum, bedrag (positief is inkomend geld), tegenpartij, mededeling, en de documenten die de banklijn lijkt te betalen of terug te betalen. De koppeling vermeldt waarom: payment_reference (de gestructureerde mededeling of RF-referentie van een openstaand document), document_number (nummers van openstaande documenten in de tekst van de mededeling), amount_and_account (wat de partij aan wie de IBAN toebehoort verschuldigd is, tot op de cent) of amount_and_name (hetzelfde op basis van de naam van de partij). Eerdere banklijnen krijgen als eerste documenten toegewezen, zodat geen deel van een document twee keer wordt voorgesteld. Wijzigt niets.</translation>
    </message>
</context>
<context>
    <name>BelgianEnterpriseNumber</name>
    <message>
        <source>No enterprise number was entered.</source>
        <translation>Er is geen ondernemingsnummer ingevoerd.</translation>
    </message>
    <message>
        <source>An enterprise number contains only digits, not “%1”.</source>
        <translation>Een ondernemingsnummer bevat alleen cijfers, geen “%1”.</translation>
    </message>
    <message>
        <source>An enterprise number contains only digits, optionally after the prefix BE.</source>
        <translation>Een ondernemingsnummer bevat alleen cijfers, eventueel na het voorvoegsel BE.</translation>
    </message>
    <message>
        <source>A Belgian enterprise number has 10 digits, such as 0123.456.749.</source>
        <translation>Een Belgisch ondernemingsnummer heeft 10 cijfers, zoals 0123.456.749.</translation>
    </message>
    <message>
        <source>A Belgian enterprise number starts with 0 or 1.</source>
        <translation>Een Belgisch ondernemingsnummer begint met 0 of 1.</translation>
    </message>
    <message>
        <source>The last two digits of this enterprise number do not match the rest of it. Check for a typing error.</source>
        <translation>De laatste twee cijfers van dit ondernemingsnummer passen niet bij de rest. Controleer op een tikfout.</translation>
    </message>
    <message>
        <source>This is not a valid enterprise number.</source>
        <translation>Dit is geen geldig ondernemingsnummer.</translation>
    </message>
</context>
<context>
    <name>Bic</name>
    <message>
        <source>No BIC was entered.</source>
        <translation>Er is geen BIC ingevoerd.</translation>
    </message>
    <message>
        <source>A BIC contains only the letters A to Z and the digits 0 to 9, not “%1”.</source>
        <translation>Een BIC bevat alleen de letters A tot Z en de cijfers 0 tot 9, geen “%1”.</translation>
    </message>
    <message>
        <source>A BIC has 8 or 11 characters.</source>
        <translation>Een BIC heeft 8 of 11 tekens.</translation>
    </message>
    <message>
        <source>The first four characters of a BIC are letters.</source>
        <translation>De eerste vier tekens van een BIC zijn letters.</translation>
    </message>
    <message>
        <source>Characters 5 and 6 of a BIC are the bank&apos;s country code, and %1 is not a country code.</source>
        <translation>Teken 5 en 6 van een BIC vormen de landcode van de bank, en %1 is geen landcode.</translation>
    </message>
    <message>
        <source>This is not a valid BIC.</source>
        <translation>Dit is geen geldige BIC.</translation>
    </message>
</context>
<context>
    <name>Camt053Reader</name>
    <message>
        <source>The file is not an ISO 20022 bank statement (camt.053): its root element, on line %1 (%2), is not in a camt.053 namespace.</source>
        <translation>Het bestand is geen ISO 20022-rekeninguittreksel (camt.053): het rootelement, op regel %1 (%2), hoort niet bij een camt.053-namespace.</translation>
    </message>
    <message>
        <source>The file is an intraday account report (%3, line %1, %2), not an end-of-day bank statement (camt.053). Ask your bank for the statement in camt.053.</source>
        <translation>Het bestand is een intraday-rekeningrapport (%3, regel %1, %2), geen rekeninguittreksel van het einde van de dag (camt.053). Vraag uw bank om het rekeninguittreksel in camt.053.</translation>
    </message>
    <message>
        <source>The file is a debit or credit notification (%3, line %1, %2), not a bank statement (camt.053). Ask your bank for the statement in camt.053.</source>
        <translation>Het bestand is een debet- of creditmelding (%3, regel %1, %2), geen rekeninguittreksel (camt.053). Vraag uw bank om het rekeninguittreksel in camt.053.</translation>
    </message>
    <message>
        <source>The file is an ISO 20022 %3 message (line %1, %2), not a bank statement (camt.053).</source>
        <translation>Het bestand is een ISO 20022-bericht van het type %3 (regel %1, %2), geen rekeninguittreksel (camt.053).</translation>
    </message>
    <message>
        <source>The file is a bank statement of version %3 (line %1, %2); Kasboek reads camt.053.001.02 and later versions.</source>
        <translation>Het bestand is een rekeninguittreksel van versie %3 (regel %1, %2); Kasboek leest camt.053.001.02 en latere versies.</translation>
    </message>
    <message>
        <source>The root element on line %1 (%2) should be Document.</source>
        <translation>Het rootelement op regel %1 (%2) moet Document zijn.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>The file is too large for a bank statement (%1 MB; at most %2 MB).</source>
        <translation>Het bestand is te groot voor een rekeninguittreksel (%1 MB; hoogstens %2 MB).</translation>
    </message>
    <message>
        <source>The document that starts on line %1 holds no bank-to-customer statement (%2).</source>
        <translation>Het document dat op regel %1 begint, bevat geen rekeninguittreksel van bank aan klant (%2).</translation>
    </message>
    <message>
        <source>The document that starts on line %1 holds no statement (%2).</source>
        <translation>Het document dat op regel %1 begint, bevat geen rekeninguittreksel (%2).</translation>
    </message>
</context>
<context>
    <name>CamtEntryReader</name>
    <message>
        <source>The amount on line %1 (%2) is too large.</source>
        <translation>Het bedrag op regel %1 (%2) is te groot.</translation>
    </message>
    <message>
        <source>The booked entry that starts on line %1 has no booking date (%2).</source>
        <translation>De geboekte verrichting die op regel %1 begint, heeft geen boekingsdatum (%2).</translation>
    </message>
    <message>
        <source>The entry on line %1 (%2) is a batch of %3 transactions that add up to %4, not to the entry&apos;s %5.</source>
        <translation>De verrichting op regel %1 (%2) is een verzameling van %3 transacties die samen %4 bedragen, niet de %5 van de verrichting.</translation>
    </message>
    <message>
        <source>The amounts of the batch entry on line %1 (%2) add up to more than Kasboek can hold.</source>
        <translation>De bedragen van de verzamelverrichting op regel %1 (%2) lopen op tot meer dan Kasboek kan bevatten.</translation>
    </message>
</context>
<context>
    <name>CamtStatementBuilder</name>
    <message>
        <source>The element on line %1 (%2) may appear only once in a statement.</source>
        <translation>Het element op regel %1 (%2) mag maar één keer voorkomen in een rekeninguittreksel.</translation>
    </message>
    <message>
        <source>The value on line %1 (%2) is longer than the %3 characters it may have.</source>
        <translation>De waarde op regel %1 (%2) is langer dan de %3 tekens die ze mag hebben.</translation>
    </message>
    <message>
        <source>The currency on line %1 (%2) is %3, but the statement is in %4.</source>
        <translation>De valuta op regel %1 (%2) is %3, maar het rekeninguittreksel is in %4.</translation>
    </message>
    <message>
        <source>The account of the statement, on line %1, has no IBAN (%2): Kasboek reads statements of accounts with an IBAN only.</source>
        <translation>De rekening van het rekeninguittreksel, op regel %1, heeft geen IBAN (%2): Kasboek leest alleen rekeninguittreksels van rekeningen met een IBAN.</translation>
    </message>
    <message>
        <source>The IBAN on line %1 (%2) is longer than %3 characters.</source>
        <translation>De IBAN op regel %1 (%2) is langer dan %3 tekens.</translation>
    </message>
    <message>
        <source>The IBAN of the statement&apos;s account on line %1 (%2) is not valid: %3</source>
        <translation>De IBAN van de rekening van het rekeninguittreksel op regel %1 (%2) is niet geldig: %3</translation>
    </message>
    <message>
        <source>The statement has a second %3 balance, on line %1 (%2).</source>
        <translation>Het rekeninguittreksel heeft een tweede saldo van het type %3, op regel %1 (%2).</translation>
    </message>
    <message>
        <source>The balance on line %1 (%2) does not say its currency (Ccy), and neither does the account.</source>
        <translation>Het saldo op regel %1 (%2) vermeldt geen valuta (Ccy), en de rekening ook niet.</translation>
    </message>
    <message>
        <source>The amount on line %1 (%2) is too large.</source>
        <translation>Het bedrag op regel %1 (%2) is te groot.</translation>
    </message>
    <message>
        <source>The entry on line %1 (%2) comes before the account of its statement (Acct).</source>
        <translation>De verrichting op regel %1 (%2) staat vóór de rekening van het rekeninguittreksel (Acct).</translation>
    </message>
    <message>
        <source>The entry on line %1 (%2) comes before anything that gives the statement&apos;s currency (Acct/Ccy, or the balances).</source>
        <translation>De verrichting op regel %1 (%2) staat vóór alles wat de valuta van het rekeninguittreksel aangeeft (Acct/Ccy, of de saldi).</translation>
    </message>
    <message>
        <source>The statement that starts on line %1 has no account (%2).</source>
        <translation>Het rekeninguittreksel dat op regel %1 begint, heeft geen rekening (%2).</translation>
    </message>
    <message>
        <source>The statement that starts on line %1 has no opening balance (%2 of type OPBD or PRCD).</source>
        <translation>Het rekeninguittreksel dat op regel %1 begint, heeft geen beginsaldo (%2 van het type OPBD of PRCD).</translation>
    </message>
    <message>
        <source>The statement that starts on line %1 has no closing balance (%2 of type CLBD).</source>
        <translation>Het rekeninguittreksel dat op regel %1 begint, heeft geen eindsaldo (%2 van het type CLBD).</translation>
    </message>
</context>
<context>
    <name>CamtSubtree</name>
    <message>
        <source>The element on line %1 (%2) may appear only once here.</source>
        <translation>Het element op regel %1 (%2) mag hier maar één keer voorkomen.</translation>
    </message>
    <message>
        <source>The element that starts on line %1 lacks %2, which it must have.</source>
        <translation>In het element dat op regel %1 begint, ontbreekt het verplichte %2.</translation>
    </message>
</context>
<context>
    <name>CamtTransactionDetails</name>
    <message>
        <source>The account on line %1 (%2) is not an IBAN.</source>
        <translation>De rekening op regel %1 (%2) is geen IBAN.</translation>
    </message>
    <message>
        <source>The account number on line %1 (%2) is longer than %3 characters.</source>
        <translation>Het rekeningnummer op regel %1 (%2) is langer dan %3 tekens.</translation>
    </message>
    <message>
        <source>The BIC on line %1 (%2) is not a BIC.</source>
        <translation>De BIC op regel %1 (%2) is geen geldige BIC.</translation>
    </message>
</context>
<context>
    <name>CamtValues</name>
    <message>
        <source>The currency %3 on line %1 (%2) is not one Kasboek can keep books in.</source>
        <translation>De valuta %3 op regel %1 (%2) is geen valuta waarin Kasboek kan boekhouden.</translation>
    </message>
    <message>
        <source>The amount on line %1 (%2) is in %3, but the statement is in %4.</source>
        <translation>Het bedrag op regel %1 (%2) is in %3, maar het rekeninguittreksel is in %4.</translation>
    </message>
    <message>
        <source>The amount on line %1 (%2) is empty.</source>
        <translation>Het bedrag op regel %1 (%2) is leeg.</translation>
    </message>
    <message>
        <source>The amount on line %1 (%2) has a sign; in a bank statement the credit or debit indicator says which way the money went.</source>
        <translation>Het bedrag op regel %1 (%2) heeft een plus- of minteken; in een rekeninguittreksel geeft de credit- of debetindicator aan in welke richting het geld ging.</translation>
    </message>
    <message>
        <source>The amount on line %1 (%2) is not a plain decimal number such as 1234.56.</source>
        <translation>Het bedrag op regel %1 (%2) is geen eenvoudig decimaal getal zoals 1234.56.</translation>
    </message>
    <message>
        <source>The amount on line %1 (%2) is too large.</source>
        <translation>Het bedrag op regel %1 (%2) is te groot.</translation>
    </message>
    <message>
        <source>The credit or debit indicator on line %1 (%2) must be CRDT or DBIT.</source>
        <translation>De credit- of debetindicator op regel %1 (%2) moet CRDT of DBIT zijn.</translation>
    </message>
    <message>
        <source>The date on line %1 (%2) is given twice, as a date and as a date and time.</source>
        <translation>De datum op regel %1 (%2) is twee keer opgegeven, als datum en als datum en tijd.</translation>
    </message>
    <message>
        <source>The date on line %1 (%2) is not written as YYYY-MM-DD.</source>
        <translation>De datum op regel %1 (%2) staat niet in de vorm YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The date and time on line %1 (%2) is not written as YYYY-MM-DDThh:mm:ss.</source>
        <translation>De datum en tijd op regel %1 (%2) staan niet in de vorm YYYY-MM-DDThh:mm:ss.</translation>
    </message>
    <message>
        <source>The date on line %1 (%2) does not exist.</source>
        <translation>De datum op regel %1 (%2) bestaat niet.</translation>
    </message>
    <message>
        <source>The date on line %1 (%2) is not between the years %3 and %4.</source>
        <translation>De datum op regel %1 (%2) ligt niet tussen de jaren %3 en %4.</translation>
    </message>
    <message>
        <source>The value on line %1 (%2) is longer than the %3 characters it may have.</source>
        <translation>De waarde op regel %1 (%2) is langer dan de %3 tekens die ze mag hebben.</translation>
    </message>
    <message>
        <source>The amount on line %1 (%2) has %3 decimals, more than %4 allows (%5).</source>
        <translation>Het bedrag op regel %1 (%2) heeft %3 decimalen, meer dan %4 toelaat (%5).</translation>
    </message>
    <message>
        <source>The date element on line %1 (%2) holds neither a date nor a date and time.</source>
        <translation>Het datumelement op regel %1 (%2) bevat geen datum en ook geen datum met tijd.</translation>
    </message>
</context>
<context>
    <name>CamtXmlScanner</name>
    <message>
        <source>The file is not a well-formed XML document: the problem is on line %1, before its first element.</source>
        <translation>Het bestand is geen goedgevormd XML-document: het probleem zit op regel %1, vóór het eerste element.</translation>
    </message>
    <message>
        <source>The file ends too early, on line %1 inside %2: it looks truncated.</source>
        <translation>Het bestand eindigt te vroeg, op regel %1 binnen %2: het lijkt afgekapt.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML: the problem is on line %1, inside %2.</source>
        <translation>Het bestand is geen goedgevormde XML: het probleem zit op regel %1, binnen %2.</translation>
    </message>
    <message>
        <source>The file contains a document type declaration (DOCTYPE) on line %1, which a bank statement never needs; it is refused for safety.</source>
        <translation>Het bestand bevat een documenttypedeclaratie (DOCTYPE) op regel %1, die een rekeninguittreksel nooit nodig heeft; het wordt om veiligheidsredenen geweigerd.</translation>
    </message>
    <message>
        <source>The file refers to an entity on line %1, inside %2, which a bank statement never does; it is refused for safety.</source>
        <translation>Het bestand verwijst op regel %1, binnen %2, naar een entiteit, wat een rekeninguittreksel nooit doet; het wordt om veiligheidsredenen geweigerd.</translation>
    </message>
    <message>
        <source>A text on line %1, inside %2, is longer than %3 characters.</source>
        <translation>Een tekst op regel %1, binnen %2, is langer dan %3 tekens.</translation>
    </message>
    <message>
        <source>The file nests its elements too deeply on line %1, inside %2 (more than %3 levels).</source>
        <translation>Het bestand nest zijn elementen te diep op regel %1, binnen %2 (meer dan %3 niveaus).</translation>
    </message>
    <message>
        <source>An element on line %1, inside %2, has too many attributes.</source>
        <translation>Een element op regel %1, binnen %2, heeft te veel attributen.</translation>
    </message>
    <message>
        <source>An attribute on line %1, inside %2, is longer than %3 characters.</source>
        <translation>Een attribuut op regel %1, binnen %2, is langer dan %3 tekens.</translation>
    </message>
    <message>
        <source>The file contains no XML element: it is not a bank statement.</source>
        <translation>Het bestand bevat geen XML-element: het is geen rekeninguittreksel.</translation>
    </message>
    <message>
        <source>The element %2 holds too many elements (more than %3): the limit is reached on line %1.</source>
        <translation>Het element %2 bevat te veel elementen (meer dan %3): de limiet wordt bereikt op regel %1.</translation>
    </message>
    <message>
        <source>The file holds more after the end of its document element, on line %1.</source>
        <translation>Het bestand bevat nog meer na het einde van zijn documentelement, op regel %1.</translation>
    </message>
</context>
<context>
    <name>ChartTemplate</name>
    <message>
        <source>The chart of accounts needs a &quot;%1&quot; text of at most %2 characters.</source>
        <translation>Het rekeningschema heeft een tekst &quot;%1&quot; van hoogstens %2 tekens nodig.</translation>
    </message>
    <message>
        <source>The chart of accounts must list the languages of its account names.</source>
        <translation>Het rekeningschema moet de talen van de rekeningnamen vermelden.</translation>
    </message>
    <message>
        <source>The languages of the chart must be two-letter codes such as &quot;nl&quot;.</source>
        <translation>De talen van het rekeningschema moeten codes van twee letters zijn, zoals &quot;nl&quot;.</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is listed twice.</source>
        <translation>De taal &quot;%1&quot; staat er twee keer in.</translation>
    </message>
    <message>
        <source>Account %1 has no names.</source>
        <translation>Rekening %1 heeft geen namen.</translation>
    </message>
    <message>
        <source>Account %1 has a name in &quot;%2&quot;, a language the chart does not list.</source>
        <translation>Rekening %1 heeft een naam in &quot;%2&quot;, een taal die het rekeningschema niet vermeldt.</translation>
    </message>
    <message>
        <source>Account %1 has no name in &quot;%2&quot;.</source>
        <translation>Rekening %1 heeft geen naam in &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The name of account %1 in &quot;%2&quot; is longer than %3 characters.</source>
        <translation>De naam van rekening %1 in &quot;%2&quot; is langer dan %3 tekens.</translation>
    </message>
    <message>
        <source>Account %1 has an unknown VAT kind.</source>
        <translation>Rekening %1 heeft een onbekende btw-soort.</translation>
    </message>
    <message>
        <source>The VAT rate of account %1 must be a whole number of basis points from 0 to 10000 (2100 = 21 %).</source>
        <translation>Het btw-tarief van rekening %1 moet een geheel aantal basispunten van 0 tot 10000 zijn (2100 = 21 %).</translation>
    </message>
    <message>
        <source>Account %1 has a VAT rate but no VAT kind.</source>
        <translation>Rekening %1 heeft een btw-tarief maar geen btw-soort.</translation>
    </message>
    <message>
        <source>The deductible share of account %1 must be a whole percentage from 0 to 100.</source>
        <translation>Het aftrekbare deel van rekening %1 moet een geheel percentage van 0 tot 100 zijn.</translation>
    </message>
    <message>
        <source>Account %1 has a deductible VAT share but is not a purchase account.</source>
        <translation>Rekening %1 heeft een aftrekbaar btw-deel maar is geen aankooprekening.</translation>
    </message>
    <message>
        <source>Entry %1 of the accounts is not an account.</source>
        <translation>Element %1 van de rekeningen is geen rekening.</translation>
    </message>
    <message>
        <source>Entry %1 of the accounts has no valid code: 1 to 20 letters, digits or dots.</source>
        <translation>Element %1 van de rekeningen heeft geen geldige code: 1 tot 20 letters, cijfers of punten.</translation>
    </message>
    <message>
        <source>Account %1 has an unknown field &quot;%2&quot;.</source>
        <translation>Rekening %1 heeft een onbekend veld &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Account %1 has the type &quot;%2&quot;; a type is one of asset, liability, equity, income or expense.</source>
        <translation>Rekening %1 heeft het type &quot;%2&quot;; een type is asset, liability, equity, income of expense.</translation>
    </message>
    <message>
        <source>Account %1 has the unknown role &quot;%2&quot;.</source>
        <translation>Rekening %1 heeft de onbekende rol &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Account %1 has an RGS code that is not one: it starts with B or W and has letters, digits and dots.</source>
        <translation>Rekening %1 heeft een ongeldige RGS-code: een RGS-code begint met B of W en bevat letters, cijfers en punten.</translation>
    </message>
    <message>
        <source>The note of account %1 must be a text of at most %2 characters.</source>
        <translation>De notitie bij rekening %1 moet een tekst van hoogstens %2 tekens zijn.</translation>
    </message>
    <message>
        <source>The chart of accounts is larger than %1 bytes.</source>
        <translation>Het rekeningschema is groter dan %1 bytes.</translation>
    </message>
    <message>
        <source>The chart of accounts is not valid JSON: %1 (at byte %2).</source>
        <translation>Het rekeningschema is geen geldige JSON: %1 (bij byte %2).</translation>
    </message>
    <message>
        <source>The chart of accounts is not a JSON object.</source>
        <translation>Het rekeningschema is geen JSON-object.</translation>
    </message>
    <message>
        <source>The chart of accounts has an unknown field &quot;%1&quot;.</source>
        <translation>Het rekeningschema heeft een onbekend veld &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This chart of accounts is in a format this version of Kasboek does not read.</source>
        <translation>Dit rekeningschema heeft een formaat dat deze versie van Kasboek niet kan lezen.</translation>
    </message>
    <message>
        <source>The chart of accounts has no country code such as &quot;BE&quot;.</source>
        <translation>Het rekeningschema heeft geen landcode, zoals &quot;BE&quot;.</translation>
    </message>
    <message>
        <source>The chart of accounts must list between 1 and %1 accounts.</source>
        <translation>Het rekeningschema moet tussen 1 en %1 rekeningen bevatten.</translation>
    </message>
    <message>
        <source>The account code %1 appears more than once.</source>
        <translation>De rekeningcode %1 komt meer dan één keer voor.</translation>
    </message>
    <message>
        <source>Accounts %1 and %2 both have the role &quot;%3&quot;; a role belongs to one account.</source>
        <translation>De rekeningen %1 en %2 hebben allebei de rol &quot;%3&quot;; een rol hoort bij één rekening.</translation>
    </message>
    <message>
        <source>No account of the chart has the role &quot;%1&quot;.</source>
        <translation>Geen enkele rekening van het rekeningschema heeft de rol &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Kasboek has no chart of accounts for the country &quot;%1&quot;; it has one for Belgium (BE) and one for the Netherlands (NL).</source>
        <translation>Kasboek heeft geen rekeningschema voor het land &quot;%1&quot;; er is er een voor België (BE) en een voor Nederland (NL).</translation>
    </message>
    <message>
        <source>The chart of accounts for %1 is missing from this build.</source>
        <translation>Het rekeningschema voor %1 ontbreekt in deze build.</translation>
    </message>
    <message>
        <source>The chart of accounts for %1 is marked as the chart for %2.</source>
        <translation>Het rekeningschema voor %1 is gemarkeerd als het rekeningschema voor %2.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check a file&apos;s integrity; exit 0 only if every check holds.</source>
        <translation>De integriteit van een bestand controleren; afsluitcode 0 alleen als elke controle slaagt.</translation>
    </message>
    <message>
        <source>Unlocks FILE, runs every check and prints one line per check: its name, then &quot;ok&quot; or &quot;failed&quot; followed by the problems found. The exit code is 0 only if every check holds, 4 if the file is damaged. The checks:</source>
        <translation>Ontgrendelt FILE, voert elke controle uit en toont één regel per controle: de naam, gevolgd door &quot;ok&quot; of &quot;mislukt&quot; met de gevonden problemen. De afsluitcode is alleen 0 als elke controle slaagt, en 4 als het bestand beschadigd is. De controles:</translation>
    </message>
    <message>
        <source>could not be completed</source>
        <translation>kon niet worden voltooid</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message numerus="yes">
        <source>The file is damaged: %n check(s) failed. Restore it from a backup.</source>
        <translation>
            <numerusform>Het bestand is beschadigd: %n controle is mislukt. Zet het terug vanuit een reservekopie.</numerusform>
            <numerusform>Het bestand is beschadigd: %n controles zijn mislukt. Zet het terug vanuit een reservekopie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>see &apos;%1&apos;</source>
        <translation>zie &apos;%1&apos;</translation>
    </message>
    <message>
        <source>detail: %1</source>
        <translation>detail: %1</translation>
    </message>
    <message>
        <source>upgraded to file format %1; the file as it was is kept as %2</source>
        <translation>bijgewerkt naar bestandsformaat %1; het oorspronkelijke bestand is bewaard als %2</translation>
    </message>
</context>
<context>
    <name>CodaAccount</name>
    <message>
        <source>the account structure must be 0, 1, 2 or 3, not &quot;%1&quot;.</source>
        <translation>de rekeningstructuur moet 0, 1, 2 of 3 zijn, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the account &quot;%1&quot; is not a valid IBAN or Belgian account number.</source>
        <translation>de rekening &quot;%1&quot; is geen geldige IBAN of geldig Belgisch rekeningnummer.</translation>
    </message>
    <message>
        <source>the currency &quot;%1&quot; is not one Kasboek knows.</source>
        <translation>de valuta &quot;%1&quot; is geen valuta die Kasboek kent.</translation>
    </message>
</context>
<context>
    <name>CodaReader</name>
    <message>
        <source>The file is %1 MiB; a CODA file Kasboek reads is at most %2 MiB.</source>
        <translation>Het bestand is %1 MiB groot; een CODA-bestand dat Kasboek leest, is hoogstens %2 MiB.</translation>
    </message>
    <message>
        <source>Line %1 has %2 characters; every CODA record has exactly %3.</source>
        <translation>Regel %1 heeft %2 tekens; elk CODA-record heeft er precies %3.</translation>
    </message>
    <message>
        <source>a CODA file, and each statement in it, starts with a header record (0).</source>
        <translation>een CODA-bestand, en elk rekeninguittreksel daarin, begint met een headerrecord (0).</translation>
    </message>
    <message>
        <source>a new header before the trailer (9) of the statement that starts on line %1.</source>
        <translation>een nieuwe header vóór de trailer (9) van het rekeninguittreksel dat op regel %1 begint.</translation>
    </message>
    <message>
        <source>The file ends on line %1 before the trailer record (9) of the statement that starts on line %2: it is incomplete.</source>
        <translation>Het bestand eindigt op regel %1, vóór het trailerrecord (9) van het rekeninguittreksel dat op regel %2 begint: het is onvolledig.</translation>
    </message>
    <message>
        <source>The file holds no CODA statement: it has no records.</source>
        <translation>Het bestand bevat geen CODA-rekeninguittreksel: het heeft geen records.</translation>
    </message>
</context>
<context>
    <name>CodaRecord</name>
    <message>
        <source>%1 must be digits, not &quot;%2&quot;.</source>
        <translation>%1 moet uit cijfers bestaan, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>the sign of %1 must be 0 (credit) or 1 (debit), not &quot;%2&quot;.</source>
        <translation>het teken van %1 moet 0 (credit) of 1 (debet) zijn, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (DDMMYY).</source>
        <translation>%1 &quot;%2&quot; is geen datum (DDMMYY).</translation>
    </message>
    <message>
        <source>Line %1, record %2: %3</source>
        <translation>Regel %1, record %2: %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
</context>
<context>
    <name>CodaStatementParser</name>
    <message>
        <source>this is CODA version &quot;%1&quot;; Kasboek reads version 2, which every Belgian bank offers.</source>
        <translation>dit is CODA-versie &quot;%1&quot;; Kasboek leest versie 2, die elke Belgische bank aanbiedt.</translation>
    </message>
    <message>
        <source>the header must be followed by the old balance (record 1).</source>
        <translation>de header moet worden gevolgd door het oude saldo (record 1).</translation>
    </message>
    <message>
        <source>a statement has one old balance record.</source>
        <translation>een rekeninguittreksel heeft één record met het oude saldo.</translation>
    </message>
    <message>
        <source>movements and information must come before the new balance (record 8).</source>
        <translation>verrichtingen en informatie moeten vóór het nieuwe saldo (record 8) komen.</translation>
    </message>
    <message>
        <source>a statement has one new balance record.</source>
        <translation>een rekeninguittreksel heeft één record met het nieuwe saldo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CODA record type.</source>
        <translation>&quot;%1&quot; is geen CODA-recordtype.</translation>
    </message>
    <message>
        <source>the old balance</source>
        <translation>het oude saldo</translation>
    </message>
    <message>
        <source>the old balance date</source>
        <translation>de datum van het oude saldo</translation>
    </message>
    <message>
        <source>the new balance is for account %1 in %2, the old balance for %3 in %4.</source>
        <translation>het nieuwe saldo is voor rekening %1 in %2, het oude saldo voor %3 in %4.</translation>
    </message>
    <message>
        <source>the new balance</source>
        <translation>het nieuwe saldo</translation>
    </message>
    <message>
        <source>the new balance date</source>
        <translation>de datum van het nieuwe saldo</translation>
    </message>
    <message>
        <source>a movement record is 2.1, 2.2 or 2.3.</source>
        <translation>een verrichtingsrecord is 2.1, 2.2 of 2.3.</translation>
    </message>
    <message>
        <source>the sequence number</source>
        <translation>het volgnummer</translation>
    </message>
    <message>
        <source>the detail number</source>
        <translation>het detailnummer</translation>
    </message>
    <message>
        <source>it does not continue the movement record just before it (same sequence and detail number).</source>
        <translation>het sluit niet aan op het verrichtingsrecord er vlak voor (zelfde volg- en detailnummer).</translation>
    </message>
    <message>
        <source>detail %1 of movement %2 does not follow that movement.</source>
        <translation>detail %1 van verrichting %2 volgt niet op die verrichting.</translation>
    </message>
    <message>
        <source>the amount</source>
        <translation>het bedrag</translation>
    </message>
    <message>
        <source>the value date</source>
        <translation>de valutadatum</translation>
    </message>
    <message>
        <source>the transaction code &quot;%1&quot; does not start with a digit.</source>
        <translation>de transactiecode &quot;%1&quot; begint niet met een cijfer.</translation>
    </message>
    <message>
        <source>the communication type must be 0 (free) or 1 (structured), not &quot;%1&quot;.</source>
        <translation>het type mededeling moet 0 (vrij) of 1 (gestructureerd) zijn, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the entry date</source>
        <translation>de boekingsdatum</translation>
    </message>
    <message>
        <source>the movements add up to more than Kasboek can hold.</source>
        <translation>de verrichtingen tellen op tot meer dan Kasboek aankan.</translation>
    </message>
    <message>
        <source>an information record is 3.1, 3.2 or 3.3.</source>
        <translation>een informatierecord is 3.1, 3.2 of 3.3.</translation>
    </message>
    <message>
        <source>it does not continue the information record just before it (same sequence and detail number).</source>
        <translation>het sluit niet aan op het informatierecord er vlak voor (zelfde volg- en detailnummer).</translation>
    </message>
    <message>
        <source>the trailer comes before the new balance (record 8).</source>
        <translation>de trailer komt vóór het nieuwe saldo (record 8).</translation>
    </message>
    <message>
        <source>the number of records</source>
        <translation>het aantal records</translation>
    </message>
    <message>
        <source>it announces %1 records, the statement that starts on line %2 has %3: the file is incomplete or was changed.</source>
        <translation>de trailer kondigt %1 records aan, maar het rekeninguittreksel dat op regel %2 begint, heeft er %3: het bestand is onvolledig of gewijzigd.</translation>
    </message>
    <message>
        <source>the debit total</source>
        <translation>het debettotaal</translation>
    </message>
    <message>
        <source>the credit total</source>
        <translation>het credittotaal</translation>
    </message>
    <message>
        <source>its debit and credit totals (%1 and %2 thousandths) are not those of the movements (%3 and %4): the file is incomplete or was changed.</source>
        <translation>de debet- en credittotalen van de trailer (%1 en %2 duizendsten) komen niet overeen met die van de verrichtingen (%3 en %4): het bestand is onvolledig of gewijzigd.</translation>
    </message>
    <message>
        <source>the amount %1 (in thousandths) has more decimals than %2 allows.</source>
        <translation>het bedrag %1 (in duizendsten) heeft meer decimalen dan %2 toelaat.</translation>
    </message>
</context>
<context>
    <name>CommandDispatcher</name>
    <message>
        <source>unknown option %1</source>
        <translation>onbekende optie %1</translation>
    </message>
    <message>
        <source>missing command</source>
        <translation>opdracht ontbreekt</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>onbekende opdracht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing subcommand: one of %1</source>
        <translation>subopdracht ontbreekt: een van %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Also print the technical detail of an error.</source>
        <translation>Ook de technische details van een fout tonen.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Deze hulp tonen.</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>onbekende optie %1</translation>
    </message>
    <message>
        <source>option %1 is given more than once</source>
        <translation>optie %1 is meer dan eens opgegeven</translation>
    </message>
    <message>
        <source>option %1 takes no value</source>
        <translation>optie %1 neemt geen waarde</translation>
    </message>
    <message>
        <source>option %1 needs a value (%2)</source>
        <translation>optie %1 heeft een waarde nodig (%2)</translation>
    </message>
    <message>
        <source>option %1 must be one of %2, not &apos;%3&apos;</source>
        <translation>optie %1 moet een van %2 zijn, niet &apos;%3&apos;</translation>
    </message>
    <message>
        <source>missing argument %1</source>
        <translation>argument %1 ontbreekt</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>onverwacht argument &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CommonOptions</name>
    <message>
        <source>The company file.</source>
        <translation>Het bedrijfsbestand.</translation>
    </message>
    <message>
        <source>Output format (default: text).</source>
        <translation>Uitvoerformaat (standaard: text).</translation>
    </message>
</context>
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
    <name>CompanyProfileValidator</name>
    <message>
        <source>Enter the name of your business.</source>
        <translation>Vul de naam van uw bedrijf in.</translation>
    </message>
    <message>
        <source>The VAT number of a business established in %1 starts with %2.</source>
        <translation>Het btw-nummer van een bedrijf gevestigd in %1 begint met %2.</translation>
    </message>
</context>
<context>
    <name>CompanySetCommand</name>
    <message>
        <source>The company&apos;s name.</source>
        <translation>De naam van het bedrijf.</translation>
    </message>
    <message>
        <source>Legal form as written on documents: BV, SRL, eenmanszaak, ...</source>
        <translation>Rechtsvorm zoals vermeld op documenten: BV, SRL, eenmanszaak, ...</translation>
    </message>
    <message>
        <source>Street and number.</source>
        <translation>Straat en huisnummer.</translation>
    </message>
    <message>
        <source>Postal code.</source>
        <translation>Postcode.</translation>
    </message>
    <message>
        <source>City.</source>
        <translation>Gemeente.</translation>
    </message>
    <message>
        <source>VAT number, e.g. BE0123456749.</source>
        <translation>Btw-nummer, bijv. BE0123456749.</translation>
    </message>
    <message>
        <source>Belgian enterprise number (KBO/BCE).</source>
        <translation>Belgisch ondernemingsnummer (KBO/BCE).</translation>
    </message>
    <message>
        <source>Dutch KvK number.</source>
        <translation>Nederlands KvK-nummer.</translation>
    </message>
    <message>
        <source>IBAN the customers pay to.</source>
        <translation>IBAN waarop de klanten betalen.</translation>
    </message>
    <message>
        <source>BIC.</source>
        <translation>BIC.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>E-mailadres.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Telefoonnummer.</translation>
    </message>
    <message>
        <source>Website.</source>
        <translation>Website.</translation>
    </message>
    <message>
        <source>Set the company&apos;s details that documents show.</source>
        <translation>De bedrijfsgegevens instellen die op documenten staan.</translation>
    </message>
    <message>
        <source>Changes the details given and keeps the others; an empty value (&apos;&apos;) clears one. They are checked as the settings check them (VAT and enterprise numbers, IBAN, e-mail) and stored in canonical form; an invalid one is refused with the option named (exit code 5) and nothing changes. Without options, prints the details. Documents issued before keep the details they were issued with. The country and currency are set when the file is created.</source>
        <translation>Wijzigt de opgegeven gegevens en behoudt de andere; een lege waarde (&apos;&apos;) wist een gegeven. Ze worden gecontroleerd zoals de instellingen dat doen (btw- en ondernemingsnummers, IBAN, e-mail) en in hun standaardvorm opgeslagen; een ongeldige waarde wordt geweigerd met vermelding van de optie (afsluitcode 5) en er verandert niets. Zonder opties worden de gegevens getoond. Eerder uitgegeven documenten behouden de gegevens waarmee ze zijn uitgegeven. Het land en de valuta worden ingesteld bij het aanmaken van het bestand.</translation>
    </message>
</context>
<context>
    <name>ContactReference</name>
    <message>
        <source>No contact has the id or uid &quot;%1&quot; (see &apos;kasboek-cli contacts list&apos;).</source>
        <translation>Geen enkel contact heeft de id of uid &quot;%1&quot; (zie &apos;kasboek-cli contacts list&apos;).</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message numerus="yes">
        <source>The contact is named on %n document(s) and cannot be deleted; archive it instead.</source>
        <translation>
            <numerusform>Het contact staat op %n document en kan niet worden verwijderd; archiveer het in plaats daarvan.</numerusform>
            <numerusform>Het contact staat op %n documenten en kan niet worden verwijderd; archiveer het in plaats daarvan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The contact does not exist (any more).</source>
        <translation>Het contact bestaat niet (meer).</translation>
    </message>
    <message>
        <source>A list cannot start before its first row.</source>
        <translation>Een lijst kan niet vóór haar eerste rij beginnen.</translation>
    </message>
    <message>
        <source>The contact&apos;s id and uid belong to different contacts.</source>
        <translation>De id en uid van het contact horen bij verschillende contacten.</translation>
    </message>
    <message>
        <source>A contact with this id is already stored.</source>
        <translation>Er is al een contact met deze id opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ContactValidator</name>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Vul de naam van het bedrijf in.</translation>
    </message>
    <message>
        <source>A company has no given name; enter the person to address as the contact person.</source>
        <translation>Een bedrijf heeft geen voornaam; vul de aan te schrijven persoon in als contactpersoon.</translation>
    </message>
    <message>
        <source>A company has no family name; enter the person to address as the contact person.</source>
        <translation>Een bedrijf heeft geen familienaam; vul de aan te schrijven persoon in als contactpersoon.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s family name or given name.</source>
        <translation>Vul de familienaam of voornaam van de persoon in.</translation>
    </message>
    <message>
        <source>Documents can be sent in Dutch, French, English or German (nl, fr, en, de).</source>
        <translation>Documenten kunnen worden verstuurd in het Nederlands, Frans, Engels of Duits (nl, fr, en, de).</translation>
    </message>
    <message>
        <source>Payment terms are between 0 and %1 days.</source>
        <translation>De betalingstermijn ligt tussen 0 en %1 dagen.</translation>
    </message>
</context>
<context>
    <name>ContactsAddCommand</name>
    <message>
        <source>A company (the default) or a natural person.</source>
        <translation>Een bedrijf (standaard) of een natuurlijk persoon.</translation>
    </message>
    <message>
        <source>Customer (the default), supplier or both.</source>
        <translation>Klant (standaard), leverancier of beide.</translation>
    </message>
    <message>
        <source>A company&apos;s name (a person&apos;s is made of --given-name and --family-name).</source>
        <translation>De naam van een bedrijf (die van een persoon bestaat uit --given-name en --family-name).</translation>
    </message>
    <message>
        <source>A person&apos;s given name.</source>
        <translation>De voornaam van een persoon.</translation>
    </message>
    <message>
        <source>A person&apos;s family name.</source>
        <translation>De familienaam van een persoon.</translation>
    </message>
    <message>
        <source>For the attention of (companies).</source>
        <translation>Ter attentie van (bedrijven).</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>E-mailadres.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Telefoonnummer.</translation>
    </message>
    <message>
        <source>Street and number.</source>
        <translation>Straat en huisnummer.</translation>
    </message>
    <message>
        <source>Postal code.</source>
        <translation>Postcode.</translation>
    </message>
    <message>
        <source>City.</source>
        <translation>Gemeente.</translation>
    </message>
    <message>
        <source>ISO 3166-1 country code (default: the company&apos;s country).</source>
        <translation>ISO 3166-1-landcode (standaard: het land van het bedrijf).</translation>
    </message>
    <message>
        <source>EU VAT number, e.g. BE0123456749.</source>
        <translation>Btw-nummer in de EU, bijv. BE0123456749.</translation>
    </message>
    <message>
        <source>Belgian enterprise number (KBO/BCE).</source>
        <translation>Belgisch ondernemingsnummer (KBO/BCE).</translation>
    </message>
    <message>
        <source>Dutch KvK number.</source>
        <translation>Nederlands KvK-nummer.</translation>
    </message>
    <message>
        <source>Peppol participant id, e.g. 0208:0123456749.</source>
        <translation>Peppol-deelnemers-id, bijv. 0208:0123456749.</translation>
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
        <translation>Taal van de documenten die het contact ontvangt: nl, fr, en of de (standaard: nl).</translation>
    </message>
    <message>
        <source>Default invoice currency, ISO 4217 (default: EUR).</source>
        <translation>Standaardvaluta voor facturen, ISO 4217 (standaard: EUR).</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Notities.</translation>
    </message>
    <message>
        <source>Payment terms in days, 0 to 365 (default: 30).</source>
        <translation>Betalingstermijn in dagen, 0 tot 365 (standaard: 30).</translation>
    </message>
    <message>
        <source>Add a customer or supplier.</source>
        <translation>Een klant of leverancier toevoegen.</translation>
    </message>
    <message>
        <source>Stores a new contact after the checks the contact form makes: a company needs a name, a person a given or family name; VAT number, enterprise and KvK numbers, IBAN, BIC, Peppol id and e-mail must be valid and are stored in their canonical form. Prints the new contact&apos;s id and uid (--format json: the stored contact). An invalid value is refused with the option named (exit code 5) and nothing is stored.</source>
        <translation>Slaat een nieuw contact op na de controles die het contactformulier uitvoert: een bedrijf heeft een naam nodig, een persoon een voor- of familienaam; btw-nummer, ondernemings- en KvK-nummer, IBAN, BIC, Peppol-id en e-mail moeten geldig zijn en worden in hun standaardvorm opgeslagen. Toont de id en uid van het nieuwe contact (--format json: het opgeslagen contact). Een ongeldige waarde wordt geweigerd met vermelding van de optie (afsluitcode 5) en er wordt niets opgeslagen.</translation>
    </message>
    <message>
        <source>--payment-terms needs a number of days</source>
        <translation>--payment-terms heeft een aantal dagen nodig</translation>
    </message>
    <message>
        <source>Added contact %1 (uid %2): %3</source>
        <translation>Contact %1 toegevoegd (uid %2): %3</translation>
    </message>
</context>
<context>
    <name>ContactsListCommand</name>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
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
        <translation>Soort</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>List the contacts, with the ids other commands take.</source>
        <translation>De contacten tonen, met de id&apos;s die andere opdrachten gebruiken.</translation>
    </message>
    <message>
        <source>Prints the customers and suppliers by name: id, uid, kind (company or person), role (customer, supplier or both), name, country, VAT number, e-mail, and whether the contact is archived. Other commands name a contact by its id or its uid; the uid is the same on every device and in every export. Archived contacts are left out unless --archived is given.</source>
        <translation>Toont de klanten en leveranciers op naam: id, uid, soort (bedrijf of persoon), rol (klant, leverancier of beide), naam, land, btw-nummer, e-mail en of het contact gearchiveerd is. Andere opdrachten duiden een contact aan met zijn id of zijn uid; de uid is op elk apparaat en in elke export dezelfde. Gearchiveerde contacten worden weggelaten, tenzij --archived is opgegeven.</translation>
    </message>
    <message>
        <source>Only contacts whose name, e-mail, city or VAT number contains TEXT.</source>
        <translation>Alleen contacten waarvan de naam, het e-mailadres, de gemeente of het btw-nummer TEXT bevat.</translation>
    </message>
    <message>
        <source>Only customers or only suppliers.</source>
        <translation>Alleen klanten of alleen leveranciers.</translation>
    </message>
    <message>
        <source>Include archived contacts.</source>
        <translation>Ook gearchiveerde contacten tonen.</translation>
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
    <name>CreateCommand</name>
    <message>
        <source>Create a new, empty, encrypted company file.</source>
        <translation>Een nieuw, leeg, versleuteld bedrijfsbestand aanmaken.</translation>
    </message>
    <message numerus="yes">
        <source>Creates FILE, encrypted under a passphrase of at least %n characters. An existing file is never overwritten.</source>
        <translation>
            <numerusform>Maakt FILE aan, versleuteld met een wachtzin van minstens %n teken. Een bestaand bestand wordt nooit overschreven.</numerusform>
            <numerusform>Maakt FILE aan, versleuteld met een wachtzin van minstens %n tekens. Een bestaand bestand wordt nooit overschreven.</numerusform>
        </translation>
    </message>
    <message>
        <source>The company name defaults to the file name without its extension (&quot;Atelier Verhaegen&quot; for Atelier Verhaegen.kasboek); the app can change it later.</source>
        <translation>De bedrijfsnaam is standaard de bestandsnaam zonder extensie (&quot;Atelier Verhaegen&quot; voor Atelier Verhaegen.kasboek); de app kan die later wijzigen.</translation>
    </message>
    <message>
        <source>The company file to create.</source>
        <translation>Het bedrijfsbestand dat moet worden aangemaakt.</translation>
    </message>
    <message>
        <source>The country of the company, which sets its VAT rules (default: BE).</source>
        <translation>Het land van het bedrijf, dat de btw-regels bepaalt (standaard: BE).</translation>
    </message>
    <message>
        <source>The name of the company (default: the file name without its extension).</source>
        <translation>De naam van het bedrijf (standaard: de bestandsnaam zonder extensie).</translation>
    </message>
    <message>
        <source>A file with this name already exists; it was left unchanged.</source>
        <translation>Er bestaat al een bestand met deze naam; het is ongewijzigd gebleven.</translation>
    </message>
    <message>
        <source>Created %1 for %2 (%3).</source>
        <translation>%1 aangemaakt voor %2 (%3).</translation>
    </message>
</context>
<context>
    <name>CreditorReference</name>
    <message>
        <source>No creditor reference was entered.</source>
        <translation>Er is geen RF-referentie ingevoerd.</translation>
    </message>
    <message>
        <source>A creditor reference contains only the letters A to Z and the digits 0 to 9, not “%1”.</source>
        <translation>Een RF-referentie bevat alleen de letters A tot Z en de cijfers 0 tot 9, geen “%1”.</translation>
    </message>
    <message>
        <source>A creditor reference starts with RF.</source>
        <translation>Een RF-referentie begint met RF.</translation>
    </message>
    <message>
        <source>RF is followed by two check digits in a creditor reference.</source>
        <translation>In een RF-referentie volgen na RF twee controlecijfers.</translation>
    </message>
    <message>
        <source>A creditor reference has 1 to 21 letters or digits after RF and the check digits.</source>
        <translation>Een RF-referentie heeft 1 tot 21 letters of cijfers na RF en de controlecijfers.</translation>
    </message>
    <message>
        <source>The check digits do not match the rest of this creditor reference. Check for a typing error.</source>
        <translation>De controlecijfers passen niet bij de rest van deze RF-referentie. Controleer op een tikfout.</translation>
    </message>
    <message>
        <source>This is not a valid creditor reference.</source>
        <translation>Dit is geen geldige RF-referentie.</translation>
    </message>
    <message>
        <source>No reference was entered.</source>
        <translation>Er is geen referentie ingevoerd.</translation>
    </message>
    <message>
        <source>A creditor reference holds at most 21 letters or digits.</source>
        <translation>Een RF-referentie bevat hoogstens 21 letters of cijfers.</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>Unknown or unsupported currency code.</source>
        <translation>Onbekende of niet-ondersteunde valutacode.</translation>
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
    <name>Decimal</name>
    <message>
        <source>The number is too large.</source>
        <translation>Het getal is te groot.</translation>
    </message>
</context>
<context>
    <name>DemoBook</name>
    <message>
        <source>Sample books exist for Belgium (BE) and the Netherlands (NL).</source>
        <translation>Er zijn voorbeeldboekhoudingen voor België (BE) en Nederland (NL).</translation>
    </message>
    <message>
        <source>Sample books go into a new, empty file.</source>
        <translation>Een voorbeeldboekhouding komt in een nieuw, leeg bestand.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create a file holding a realistic year of a freelancer&apos;s books.</source>
        <translation>Een bestand aanmaken met een realistisch jaar boekhouding van een freelancer.</translation>
    </message>
    <message>
        <source>Creates FILE, like create, and fills it with the twelve months up to today of a Belgian (BE, the default) or Dutch (NL) freelance web designer and photographer: customers at home, elsewhere in the EU and in the United States, a price list, quotes, invoices in every VAT situation Kasboek supports, credit notes and payments, with the books closed through the end of the previous quarter. The same country and day always give the same books. An existing file is never overwritten.</source>
        <translation>Maakt FILE aan, zoals create, en vult het met de twaalf maanden tot vandaag van een Belgische (BE, de standaard) of Nederlandse (NL) freelance webdesigner en fotograaf: klanten in eigen land, elders in de EU en in de Verenigde Staten, een prijslijst, offertes, facturen in elke btw-situatie die Kasboek ondersteunt, creditnota&apos;s en betalingen, met de boekhouding afgesloten tot en met het einde van het vorige kwartaal. Hetzelfde land en dezelfde dag geven altijd dezelfde boekhouding. Een bestaand bestand wordt nooit overschreven.</translation>
    </message>
    <message>
        <source>The company file to create.</source>
        <translation>Het bedrijfsbestand dat moet worden aangemaakt.</translation>
    </message>
    <message>
        <source>Whose books: a Belgian or a Dutch freelancer (default: BE).</source>
        <translation>Wiens boekhouding: die van een Belgische of een Nederlandse freelancer (standaard: BE).</translation>
    </message>
    <message>
        <source>The last day of the sample year (default: today).</source>
        <translation>De laatste dag van het voorbeeldjaar (standaard: vandaag).</translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD</source>
        <translation>--today heeft een datum nodig in de vorm YYYY-MM-DD</translation>
    </message>
    <message>
        <source>A file with this name already exists; it was left unchanged.</source>
        <translation>Er bestaat al een bestand met deze naam; het is ongewijzigd gebleven.</translation>
    </message>
    <message>
        <source>Created %1: %2 customers, %3 suppliers, %4 products, %5 quotes, %6 invoices, %7 credit notes, %8 payments; closed through %9.</source>
        <translation>%1 aangemaakt: %2 klanten, %3 leveranciers, %4 producten, %5 offertes, %6 facturen, %7 creditnota&apos;s, %8 betalingen; afgesloten tot en met %9.</translation>
    </message>
</context>
<context>
    <name>DocumentCalculation</name>
    <message>
        <source>The amount is too large.</source>
        <translation>Het bedrag is te groot.</translation>
    </message>
    <message>
        <source>A discount lies between 0 and 100 %.</source>
        <translation>Een korting ligt tussen 0 en 100 %.</translation>
    </message>
</context>
<context>
    <name>DocumentDescription</name>
    <message>
        <source>The amount of charge %1 is not an amount in %2: %3</source>
        <translation>Het bedrag van toeslag %1 is geen bedrag in %2: %3</translation>
    </message>
</context>
<context>
    <name>DocumentDescriptionReader</name>
    <message>
        <source>The description is larger than %1 MiB.</source>
        <translation>De beschrijving is groter dan %1 MiB.</translation>
    </message>
    <message>
        <source>The description is not valid JSON (at byte %1: %2).</source>
        <translation>De beschrijving is geen geldige JSON (bij byte %1: %2).</translation>
    </message>
    <message>
        <source>The description must be one JSON object.</source>
        <translation>De beschrijving moet één JSON-object zijn.</translation>
    </message>
    <message>
        <source>A credit note names the invoice it corrects: corrects.</source>
        <translation>Een creditnota vermeldt de factuur die ze corrigeert: corrects.</translation>
    </message>
    <message>
        <source>Only a credit note corrects an invoice.</source>
        <translation>Alleen een creditnota corrigeert een factuur.</translation>
    </message>
    <message>
        <source>The document needs at least one line.</source>
        <translation>Het document heeft minstens één regel nodig.</translation>
    </message>
    <message>
        <source>Only a quote has valid_until.</source>
        <translation>Alleen een offerte heeft valid_until.</translation>
    </message>
    <message>
        <source>%1 is not a decimal number with at most four decimals: &quot;%2&quot;.</source>
        <translation>%1 is geen decimaal getal met hoogstens vier decimalen: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a VAT category code (S, Z, E, AE, K, G, O, L or M).</source>
        <translation>%1 moet een btw-categoriecode zijn (S, Z, E, AE, K, G, O, L of M).</translation>
    </message>
    <message>
        <source>%1 is needed: the VAT rate in percent, e.g. &quot;21&quot;.</source>
        <translation>%1 is vereist: het btw-tarief in procent, bijv. &quot;21&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a VAT rate in percent with at most two decimals.</source>
        <translation>%1 moet een btw-tarief in procent zijn met hoogstens twee decimalen.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <source>type must be &quot;invoice&quot;, &quot;credit_note&quot; or &quot;quote&quot;.</source>
        <translation>type moet &quot;invoice&quot;, &quot;credit_note&quot; of &quot;quote&quot; zijn.</translation>
    </message>
    <message>
        <source>contact is needed: the contact&apos;s id or uid, as `contacts list` shows them.</source>
        <translation>contact is vereist: de id of uid van het contact, zoals `contacts list` ze toont.</translation>
    </message>
    <message>
        <source>currency must be an ISO 4217 code such as EUR.</source>
        <translation>currency moet een ISO 4217-code zijn, zoals EUR.</translation>
    </message>
    <message>
        <source>exchange_rate must be a positive decimal: euro per unit of the currency.</source>
        <translation>exchange_rate moet een positief decimaal getal zijn: euro per eenheid van de valuta.</translation>
    </message>
</context>
<context>
    <name>DocumentDrafts</name>
    <message>
        <source>Choose an existing contact.</source>
        <translation>Kies een bestaand contact.</translation>
    </message>
</context>
<context>
    <name>DocumentEventRepository</name>
    <message>
        <source>Unknown document event &quot;%1&quot;.</source>
        <translation>Onbekende documentgebeurtenis &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The event does not exist.</source>
        <translation>De gebeurtenis bestaat niet.</translation>
    </message>
    <message>
        <source>Enter the date on which it happened.</source>
        <translation>Vul de datum in waarop het gebeurd is.</translation>
    </message>
    <message>
        <source>A note has at most %1 characters.</source>
        <translation>Een notitie heeft hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>Only an issued document is sent, accepted or declined.</source>
        <translation>Alleen een uitgegeven document kan worden verzonden, aanvaard of geweigerd.</translation>
    </message>
    <message>
        <source>A supplier&apos;s document is not sent to customers.</source>
        <translation>Een document van een leverancier wordt niet naar klanten verzonden.</translation>
    </message>
    <message>
        <source>Only a quote is accepted, declined, converted or cancelled.</source>
        <translation>Alleen een offerte kan worden aanvaard, geweigerd, omgezet of geannuleerd.</translation>
    </message>
    <message>
        <source>This cannot happen before the document was issued (%1).</source>
        <translation>Dit kan niet gebeuren voordat het document is uitgegeven (%1).</translation>
    </message>
</context>
<context>
    <name>DocumentIssuer</name>
    <message>
        <source>A credit note names the invoice it corrects.</source>
        <translation>Een creditnota vermeldt de factuur die ze corrigeert.</translation>
    </message>
    <message>
        <source>A credit note corrects one of your issued invoices.</source>
        <translation>Een creditnota corrigeert een van uw uitgegeven facturen.</translation>
    </message>
    <message>
        <source>A credit note goes to the customer of the invoice it corrects.</source>
        <translation>Een creditnota gaat naar de klant van de factuur die ze corrigeert.</translation>
    </message>
    <message>
        <source>A credit note is in the currency of its invoice (%1).</source>
        <translation>Een creditnota staat in de valuta van haar factuur (%1).</translation>
    </message>
    <message>
        <source>Invoice %1 is for %2 %3, of which %4 is credited already: this credit note can correct at most %5.</source>
        <translation>Factuur %1 bedraagt %2 %3, waarvan al %4 gecrediteerd is: deze creditnota kan hoogstens %5 corrigeren.</translation>
    </message>
    <message>
        <source>The last document of this series was issued on %1; a later number cannot carry an earlier date.</source>
        <translation>Het laatste document van deze reeks is uitgegeven op %1; een later nummer kan geen eerdere datum hebben.</translation>
    </message>
    <message>
        <source>%1 %2 is issued already.</source>
        <translation>%1 %2 is al uitgegeven.</translation>
    </message>
    <message>
        <source>A supplier&apos;s document is recorded as it came, not issued.</source>
        <translation>Een document van een leverancier wordt geregistreerd zoals het binnenkwam, niet uitgegeven.</translation>
    </message>
    <message>
        <source>Enter the issue date.</source>
        <translation>Vul de uitgiftedatum in.</translation>
    </message>
    <message>
        <source>A document in %1 needs the exchange rate to the euro.</source>
        <translation>Een document in %1 heeft de wisselkoers naar de euro nodig.</translation>
    </message>
</context>
<context>
    <name>DocumentPdfRenderer</name>
    <message>
        <source>Only invoices carry a payment QR code.</source>
        <translation>Alleen facturen bevatten een betaal-QR-code.</translation>
    </message>
    <message>
        <source>A draft carries no payment QR code.</source>
        <translation>Een concept bevat geen betaal-QR-code.</translation>
    </message>
    <message>
        <source>The template leaves the payment QR code out.</source>
        <translation>De sjabloon laat de betaal-QR-code weg.</translation>
    </message>
    <message>
        <source>There is nothing left to pay.</source>
        <translation>Er valt niets meer te betalen.</translation>
    </message>
    <message>
        <source>The totals do not belong to this document.</source>
        <translation>De totalen horen niet bij dit document.</translation>
    </message>
    <message>
        <source>The PDF cannot be written.</source>
        <translation>De pdf kan niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>DocumentPosting</name>
    <message>
        <source>No standard VAT rate is known for %1 on %2.</source>
        <translation>Er is geen standaard btw-tarief bekend voor %1 op %2.</translation>
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
        <translation>Het document bestaat niet (meer).</translation>
    </message>
    <message>
        <source>A supplier&apos;s document is found by its number and its supplier.</source>
        <translation>Een document van een leverancier wordt gevonden aan de hand van zijn nummer en zijn leverancier.</translation>
    </message>
    <message>
        <source>%1 %2 is issued and can no longer change; correct it with a credit note.</source>
        <translation>%1 %2 is uitgegeven en kan niet meer worden gewijzigd; corrigeer het met een creditnota.</translation>
    </message>
    <message>
        <source>A draft gets its number when it is issued.</source>
        <translation>Een concept krijgt zijn nummer wanneer het wordt uitgegeven.</translation>
    </message>
    <message>
        <source>The contact of the document does not exist (any more).</source>
        <translation>Het contact van het document bestaat niet (meer).</translation>
    </message>
    <message>
        <source>The numbering series does not exist or numbers another kind of document.</source>
        <translation>De nummeringsreeks bestaat niet of nummert een ander soort document.</translation>
    </message>
    <message>
        <source>A credit note corrects one of your issued invoices.</source>
        <translation>Een creditnota corrigeert een van uw uitgegeven facturen.</translation>
    </message>
    <message>
        <source>A supplier&apos;s credit note corrects one of that supplier&apos;s invoices.</source>
        <translation>Een creditnota van een leverancier corrigeert een factuur van diezelfde leverancier.</translation>
    </message>
    <message>
        <source>An invoice is made from an issued quote.</source>
        <translation>Een factuur wordt gemaakt op basis van een uitgegeven offerte.</translation>
    </message>
    <message>
        <source>The product of line %1 does not exist (any more).</source>
        <translation>Het product van regel %1 bestaat niet (meer).</translation>
    </message>
    <message>
        <source>An issued document has a number.</source>
        <translation>Een uitgegeven document heeft een nummer.</translation>
    </message>
    <message>
        <source>An issued document has an issue date.</source>
        <translation>Een uitgegeven document heeft een uitgiftedatum.</translation>
    </message>
    <message>
        <source>An issued document has a due date.</source>
        <translation>Een uitgegeven document heeft een vervaldatum.</translation>
    </message>
    <message>
        <source>An issued document names the series that numbered it.</source>
        <translation>Een uitgegeven document vermeldt de reeks die het genummerd heeft.</translation>
    </message>
    <message>
        <source>An issued document names its seller.</source>
        <translation>Een uitgegeven document vermeldt de verkoper.</translation>
    </message>
    <message>
        <source>An issued document names its buyer.</source>
        <translation>Een uitgegeven document vermeldt de koper.</translation>
    </message>
    <message>
        <source>Number %1 is already used by another %2.</source>
        <translation>Nummer %1 wordt al gebruikt door een andere %2.</translation>
    </message>
    <message>
        <source>This supplier&apos;s document %1 is already in the books.</source>
        <translation>Dit document %1 van de leverancier staat al in de boekhouding.</translation>
    </message>
    <message>
        <source>A document with this id is already stored.</source>
        <translation>Er is al een document met deze id opgeslagen.</translation>
    </message>
    <message>
        <source>A document is stored as a draft first, then issued.</source>
        <translation>Een document wordt eerst als concept opgeslagen en daarna uitgegeven.</translation>
    </message>
    <message>
        <source>The document&apos;s id and uid belong to different documents.</source>
        <translation>De id en uid van het document horen bij verschillende documenten.</translation>
    </message>
    <message>
        <source>A document keeps the type it was made as.</source>
        <translation>Een document behoudt het type waarmee het is gemaakt.</translation>
    </message>
    <message>
        <source>Only a supplier&apos;s document is stored as issued.</source>
        <translation>Alleen een document van een leverancier wordt als uitgegeven opgeslagen.</translation>
    </message>
    <message>
        <source>A document has at most %1 attachments.</source>
        <translation>Een document heeft hoogstens %1 bijlagen.</translation>
    </message>
</context>
<context>
    <name>DocumentSelection</name>
    <message>
        <source>give either --all or the numbers of the documents</source>
        <translation>geef --all op of de nummers van de documenten</translation>
    </message>
    <message>
        <source>there is no issued document numbered &quot;%1&quot;; nothing was exported</source>
        <translation>er is geen uitgegeven document met nummer &quot;%1&quot;; er is niets geëxporteerd</translation>
    </message>
</context>
<context>
    <name>DocumentState</name>
    <message>
        <source>The amounts of the document are too large.</source>
        <translation>De bedragen van het document zijn te groot.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Uitgegeven</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Gedeeltelijk betaald</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Omgezet</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
</context>
<context>
    <name>DocumentSummaries</name>
    <message>
        <source>A list cannot start before its first row.</source>
        <translation>Een lijst kan niet vóór haar eerste rij beginnen.</translation>
    </message>
    <message>
        <source>The document does not exist (any more).</source>
        <translation>Het document bestaat niet (meer).</translation>
    </message>
</context>
<context>
    <name>DocumentTotalsCalculator</name>
    <message>
        <source>This amount is in %1 but the document is in %2.</source>
        <translation>Dit bedrag is in %1, maar het document is in %2.</translation>
    </message>
    <message>
        <source>Each document-level allowance and charge needs a reason.</source>
        <translation>Elke korting en toeslag op documentniveau heeft een reden nodig.</translation>
    </message>
    <message>
        <source>VAT category %1 must not have an exemption reason.</source>
        <translation>Btw-categorie %1 mag geen vrijstellingsreden hebben.</translation>
    </message>
    <message>
        <source>VAT category %1 has more than one exemption reason.</source>
        <translation>Btw-categorie %1 heeft meer dan één vrijstellingsreden.</translation>
    </message>
    <message>
        <source>Give an exemption reason code or text.</source>
        <translation>Geef een code of tekst voor de vrijstellingsreden.</translation>
    </message>
    <message>
        <source>Exemption reason %1 does not belong to VAT category %2.</source>
        <translation>Vrijstellingsreden %1 hoort niet bij btw-categorie %2.</translation>
    </message>
    <message>
        <source>A document needs at least one line.</source>
        <translation>Een document heeft minstens één regel nodig.</translation>
    </message>
    <message>
        <source>VAT category %1 needs an exemption reason (code or text).</source>
        <translation>Btw-categorie %1 heeft een vrijstellingsreden nodig (code of tekst).</translation>
    </message>
    <message>
        <source>A document in %1 needs the exchange rate to %2 to state its VAT in %2.</source>
        <translation>Een document in %1 heeft de wisselkoers naar %2 nodig om de btw in %2 te vermelden.</translation>
    </message>
    <message>
        <source>The document is in the accounting currency: it takes no exchange rate.</source>
        <translation>Het document is in de boekhoudvaluta: het heeft geen wisselkoers.</translation>
    </message>
</context>
<context>
    <name>DocumentTypes</name>
    <message>
        <source>Unknown document type &quot;%1&quot;.</source>
        <translation>Onbekend documenttype &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown document status &quot;%1&quot;.</source>
        <translation>Onbekende documentstatus &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Offerte</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Creditnota</translation>
    </message>
    <message>
        <source>Purchase invoice</source>
        <translation>Aankoopfactuur</translation>
    </message>
    <message>
        <source>Purchase credit note</source>
        <translation>Aankoopcreditnota</translation>
    </message>
</context>
<context>
    <name>DocumentValidator</name>
    <message>
        <source>A document number has at most %1 characters.</source>
        <translation>Een documentnummer heeft hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>A supplier&apos;s document is not numbered by one of your series.</source>
        <translation>Een document van een leverancier wordt niet genummerd door een van uw reeksen.</translation>
    </message>
    <message>
        <source>Enter a date between the years %1 and %2.</source>
        <translation>Vul een datum in tussen de jaren %1 en %2.</translation>
    </message>
    <message>
        <source>The due date lies before the issue date.</source>
        <translation>De vervaldatum ligt vóór de uitgiftedatum.</translation>
    </message>
    <message>
        <source>Only a quote is valid until a date.</source>
        <translation>Alleen een offerte is geldig tot een bepaalde datum.</translation>
    </message>
    <message>
        <source>A quote cannot expire before it is issued.</source>
        <translation>Een offerte kan niet verlopen voordat ze is uitgegeven.</translation>
    </message>
    <message>
        <source>Choose the customer.</source>
        <translation>Kies de klant.</translation>
    </message>
    <message>
        <source>Choose the supplier.</source>
        <translation>Kies de leverancier.</translation>
    </message>
    <message>
        <source>A document is written in Dutch, French, English or German.</source>
        <translation>Een document is opgesteld in het Nederlands, Frans, Engels of Duits.</translation>
    </message>
    <message>
        <source>A document in euro has no exchange rate.</source>
        <translation>Een document in euro heeft geen wisselkoers.</translation>
    </message>
    <message>
        <source>Payment terms lie between 0 and %1 days.</source>
        <translation>De betalingstermijn ligt tussen 0 en %1 dagen.</translation>
    </message>
    <message>
        <source>Choose which kind of payment reference this is.</source>
        <translation>Kies welk soort betalingsreferentie dit is.</translation>
    </message>
    <message>
        <source>Enter the payment reference.</source>
        <translation>Vul de betalingsreferentie in.</translation>
    </message>
    <message>
        <source>A payment reference has at most %1 characters.</source>
        <translation>Een betalingsreferentie heeft hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>A reference has at most %1 characters.</source>
        <translation>Een referentie heeft hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>Notes have at most %1 characters.</source>
        <translation>Notities hebben hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>Payment terms have at most %1 characters.</source>
        <translation>Betalingsvoorwaarden hebben hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>A discount lies between 0 and 100 %.</source>
        <translation>Een korting ligt tussen 0 en 100 %.</translation>
    </message>
    <message>
        <source>Only a credit note corrects another document.</source>
        <translation>Alleen een creditnota corrigeert een ander document.</translation>
    </message>
    <message>
        <source>Only an invoice is made from a quote.</source>
        <translation>Alleen een factuur wordt gemaakt op basis van een offerte.</translation>
    </message>
    <message>
        <source>The recurring template does not exist.</source>
        <translation>De sjabloon voor terugkerende facturen bestaat niet.</translation>
    </message>
    <message>
        <source>The totals must be in the document&apos;s currency.</source>
        <translation>De totalen moeten in de valuta van het document zijn.</translation>
    </message>
    <message>
        <source>The total including VAT is not the total excluding VAT plus the VAT.</source>
        <translation>Het totaal inclusief btw is niet gelijk aan het totaal exclusief btw plus de btw.</translation>
    </message>
    <message>
        <source>A document has at most %1 attachments.</source>
        <translation>Een document heeft hoogstens %1 bijlagen.</translation>
    </message>
    <message>
        <source>A document has at most %1 lines.</source>
        <translation>Een document heeft hoogstens %1 regels.</translation>
    </message>
    <message>
        <source>A line&apos;s name has at most %1 characters.</source>
        <translation>De naam van een regel heeft hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>A line&apos;s description has at most %1 characters.</source>
        <translation>De omschrijving van een regel heeft hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>An item code has at most %1 characters.</source>
        <translation>Een artikelcode heeft hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>The product of line %1 does not exist.</source>
        <translation>Het product van regel %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Line %1 has an unknown unit &quot;%2&quot;.</source>
        <translation>Regel %1 heeft een onbekende eenheid &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Line %1 has a negative unit price; use a negative quantity instead.</source>
        <translation>Regel %1 heeft een negatieve eenheidsprijs; gebruik in plaats daarvan een negatieve hoeveelheid.</translation>
    </message>
    <message>
        <source>A document has at most %1 charges.</source>
        <translation>Een document heeft hoogstens %1 toeslagen.</translation>
    </message>
    <message>
        <source>A charge is in the document&apos;s currency.</source>
        <translation>Een toeslag staat in de valuta van het document.</translation>
    </message>
    <message>
        <source>A charge is a positive amount.</source>
        <translation>Een toeslag is een positief bedrag.</translation>
    </message>
    <message>
        <source>Say what the charge is for.</source>
        <translation>Vermeld waarvoor de toeslag is.</translation>
    </message>
    <message>
        <source>A reason has at most %1 characters.</source>
        <translation>Een reden heeft hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>VAT category %1 charges VAT and has no exemption reason.</source>
        <translation>Btw-categorie %1 rekent btw aan en heeft geen vrijstellingsreden.</translation>
    </message>
    <message>
        <source>VAT category %1 has its exemption reason already.</source>
        <translation>Btw-categorie %1 heeft al een vrijstellingsreden.</translation>
    </message>
    <message>
        <source>Say why no VAT is charged.</source>
        <translation>Vermeld waarom er geen btw wordt aangerekend.</translation>
    </message>
    <message>
        <source>The exemption reason is too long.</source>
        <translation>De vrijstellingsreden is te lang.</translation>
    </message>
    <message>
        <source>Attachment %1 needs a plain file name.</source>
        <translation>Bijlage %1 heeft een gewone bestandsnaam nodig.</translation>
    </message>
    <message>
        <source>An attachment&apos;s file name has at most %1 characters.</source>
        <translation>De bestandsnaam van een bijlage heeft hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>Attachment %1 needs a file type such as application/pdf.</source>
        <translation>Bijlage %1 heeft een bestandstype nodig, zoals application/pdf.</translation>
    </message>
    <message>
        <source>Attachment %1 is empty.</source>
        <translation>Bijlage %1 is leeg.</translation>
    </message>
    <message>
        <source>An attachment has at most %1 MB.</source>
        <translation>Een bijlage is hoogstens %1 MB groot.</translation>
    </message>
    <message>
        <source>An attachment&apos;s description has at most %1 characters.</source>
        <translation>De omschrijving van een bijlage heeft hoogstens %1 tekens.</translation>
    </message>
</context>
<context>
    <name>EntriesAddCommand</name>
    <message>
        <source>Post a manual journal entry described in JSON.</source>
        <translation>Een handmatige boeking boeken die in JSON is beschreven.</translation>
    </message>
    <message>
        <source>Reads the entry&apos;s JSON description (docs/cli.md has the format; &apos;-&apos; reads standard input): the journal (default GEN), the date, a description, an optional reference, and two or more lines, each naming an account by its code with a debit or a credit amount in euro. The entry must balance and its date must be in an open period; otherwise it is refused with the reason (exit code 5) and nothing is posted. A posted entry never changes: &apos;entries reverse&apos; undoes one.</source>
        <translation>Leest de JSON-beschrijving van de boeking (docs/cli.md beschrijft het formaat; &apos;-&apos; leest de standaardinvoer): het dagboek (standaard GEN), de datum, een omschrijving, een optionele referentie en twee of meer boekingsregels, die elk een rekening aanduiden met haar code en een debet- of creditbedrag in euro. De boeking moet in evenwicht zijn en haar datum moet in een open periode liggen; anders wordt ze geweigerd met de reden (afsluitcode 5) en wordt er niets geboekt. Een geboekte boeking verandert nooit: &apos;entries reverse&apos; maakt ze ongedaan.</translation>
    </message>
    <message>
        <source>The entry, or - for standard input.</source>
        <translation>De boeking, of - voor de standaardinvoer.</translation>
    </message>
</context>
<context>
    <name>EntriesOpeningCommand</name>
    <message>
        <source>Post the opening balances of the books.</source>
        <translation>De openingsbalans van de boekhouding boeken.</translation>
    </message>
    <message>
        <source>Reads the opening balances as JSON (docs/cli.md; &apos;-&apos; reads standard input): the date the books start on and, per account code, its debit or credit balance on that date. They are posted as one opening entry in the general journal; what does not balance goes to the account with the opening-balances role (BE 499000), which is zero again once every balance, equity included, is in.</source>
        <translation>Leest de openingsbalans als JSON (docs/cli.md; &apos;-&apos; leest de standaardinvoer): de datum waarop de boekhouding begint en, per rekeningcode, het debet- of creditsaldo op die datum. Ze worden geboekt als één openingsboeking in het algemeen dagboek; wat niet in evenwicht is, gaat naar de rekening met de rol voor de openingsbalans (BE 499000), die weer op nul staat zodra elk saldo, ook het eigen vermogen, is ingevoerd.</translation>
    </message>
    <message>
        <source>The balances, or - for standard input.</source>
        <translation>De saldi, of - voor de standaardinvoer.</translation>
    </message>
</context>
<context>
    <name>EntriesReverseCommand</name>
    <message>
        <source>Undo a posted entry with a reversing entry.</source>
        <translation>Een geboekte boeking ongedaan maken met een tegenboeking.</translation>
    </message>
    <message>
        <source>Posts a new entry with every line of entry ID on the other side, in the same journal, dated --date (default: today). An entry is reversed once; a reversal itself is not reversed. The entry ids are in the JSON of &apos;report journal&apos;.</source>
        <translation>Boekt een nieuwe boeking met elke boekingsregel van boeking ID aan de andere kant, in hetzelfde dagboek, gedateerd op --date (standaard: vandaag). Een boeking wordt één keer tegengeboekt; een tegenboeking zelf wordt niet tegengeboekt. De id&apos;s van de boekingen staan in de JSON van &apos;report journal&apos;.</translation>
    </message>
    <message>
        <source>The entry to reverse.</source>
        <translation>De boeking die moet worden tegengeboekt.</translation>
    </message>
    <message>
        <source>The reversal&apos;s date (default: today).</source>
        <translation>De datum van de tegenboeking (standaard: vandaag).</translation>
    </message>
    <message>
        <source>ID must be an entry id, a positive number</source>
        <translation>ID moet een boekings-id zijn, een positief getal</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD</source>
        <translation>--date heeft een datum nodig in de vorm YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>EntryCommandInput</name>
    <message>
        <source>standard input cannot carry both the JSON and the passphrase</source>
        <translation>de standaardinvoer kan niet zowel de JSON als de wachtzin aanleveren</translation>
    </message>
</context>
<context>
    <name>EntryDescriptionReader</name>
    <message>
        <source>The file has no journal %1.</source>
        <translation>Het bestand heeft geen dagboek %1.</translation>
    </message>
    <message>
        <source>The description is larger than %1 MiB.</source>
        <translation>De beschrijving is groter dan %1 MiB.</translation>
    </message>
    <message>
        <source>The description is not valid JSON (at byte %1: %2).</source>
        <translation>De beschrijving is geen geldige JSON (bij byte %1: %2).</translation>
    </message>
    <message>
        <source>The description must be one JSON object.</source>
        <translation>De beschrijving moet één JSON-object zijn.</translation>
    </message>
    <message>
        <source>%1 must be a positive amount in euro with at most two decimals.</source>
        <translation>%1 moet een positief bedrag in euro zijn met hoogstens twee decimalen.</translation>
    </message>
    <message>
        <source>The chart has no account %1 (see &apos;kasboek-cli report trial-balance&apos;).</source>
        <translation>Het rekeningschema heeft geen rekening %1 (zie &apos;kasboek-cli report trial-balance&apos;).</translation>
    </message>
    <message>
        <source>%1 needs either a debit or a credit amount, not both, and not zero.</source>
        <translation>%1 heeft een debet- of een creditbedrag nodig, niet beide, en niet nul.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <source>%1 must be a VAT kind such as sale_domestic (docs/ledger.md).</source>
        <translation>%1 moet een btw-soort zijn, zoals sale_domestic (docs/ledger.md).</translation>
    </message>
    <message>
        <source>%1 must be base, vat, vat_due or vat_non_deductible.</source>
        <translation>%1 moet base, vat, vat_due of vat_non_deductible zijn.</translation>
    </message>
    <message>
        <source>%1 must be a VAT rate in percent.</source>
        <translation>%1 moet een btw-tarief in procent zijn.</translation>
    </message>
</context>
<context>
    <name>EntryReader</name>
    <message>
        <source>The entry does not exist.</source>
        <translation>De boeking bestaat niet.</translation>
    </message>
</context>
<context>
    <name>EntryWriter</name>
    <message>
        <source>An entry needs a date.</source>
        <translation>Een boeking heeft een datum nodig.</translation>
    </message>
    <message>
        <source>The fiscal year that ends on %1 is closed: an entry dated %2 cannot be posted.</source>
        <translation>Het boekjaar dat eindigt op %1 is afgesloten: een boeking gedateerd op %2 kan niet worden geboekt.</translation>
    </message>
    <message>
        <source>The books are closed up to %1: an entry dated %2 cannot be posted.</source>
        <translation>De boekhouding is afgesloten tot en met %1: een boeking gedateerd op %2 kan niet worden geboekt.</translation>
    </message>
    <message>
        <source>The journal does not exist.</source>
        <translation>Het dagboek bestaat niet.</translation>
    </message>
    <message>
        <source>An entry needs at least two lines.</source>
        <translation>Een boeking heeft minstens twee boekingsregels nodig.</translation>
    </message>
    <message>
        <source>The entry&apos;s reference, description or counterparty is too long.</source>
        <translation>De referentie, omschrijving of tegenpartij van de boeking is te lang.</translation>
    </message>
    <message>
        <source>Line %1 names an account that does not exist.</source>
        <translation>Regel %1 verwijst naar een rekening die niet bestaat.</translation>
    </message>
    <message>
        <source>Line %1 has an amount out of range.</source>
        <translation>Regel %1 heeft een bedrag buiten het toegestane bereik.</translation>
    </message>
    <message>
        <source>Line %1 needs an amount on either the debit or the credit side.</source>
        <translation>Regel %1 heeft een bedrag nodig aan de debet- of aan de creditzijde.</translation>
    </message>
    <message>
        <source>The description of line %1 is too long.</source>
        <translation>De omschrijving van regel %1 is te lang.</translation>
    </message>
    <message>
        <source>The entry does not balance: debit and credit differ by %1 cents.</source>
        <translation>De boeking is niet in evenwicht: debet en credit verschillen %1 cent.</translation>
    </message>
</context>
<context>
    <name>EpcQrPayload</name>
    <message>
        <source>An EPC QR code is of version 1 or 2.</source>
        <translation>Een EPC-QR-code heeft versie 1 of 2.</translation>
    </message>
    <message>
        <source>A version 1 EPC QR code needs the BIC of the payee&apos;s bank.</source>
        <translation>Een EPC-QR-code van versie 1 heeft de BIC van de bank van de begunstigde nodig.</translation>
    </message>
    <message>
        <source>The payee&apos;s name is missing.</source>
        <translation>De naam van de begunstigde ontbreekt.</translation>
    </message>
    <message>
        <source>The payee&apos;s name has more than %1 characters, the most a payment QR code carries.</source>
        <translation>De naam van de begunstigde heeft meer dan %1 tekens, het maximum voor een betaal-QR-code.</translation>
    </message>
    <message>
        <source>The payee&apos;s name must be on one line.</source>
        <translation>De naam van de begunstigde moet op één regel staan.</translation>
    </message>
    <message>
        <source>The payee&apos;s IBAN is missing.</source>
        <translation>De IBAN van de begunstigde ontbreekt.</translation>
    </message>
    <message>
        <source>A payment QR code is for SEPA transfers; this IBAN is outside SEPA.</source>
        <translation>Een betaal-QR-code is bedoeld voor SEPA-overschrijvingen; deze IBAN ligt buiten SEPA.</translation>
    </message>
    <message>
        <source>A payment QR code can only ask for an amount in euro.</source>
        <translation>Een betaal-QR-code kan alleen om een bedrag in euro vragen.</translation>
    </message>
    <message>
        <source>A payment QR code asks for 0.01 to 999,999,999.99 euro.</source>
        <translation>Een betaal-QR-code vraagt om 0,01 tot 999.999.999,99 euro.</translation>
    </message>
    <message>
        <source>A purpose code has four capital letters or digits, such as GDDS.</source>
        <translation>Een doelcode heeft vier hoofdletters of cijfers, zoals GDDS.</translation>
    </message>
    <message>
        <source>A payment QR code carries a structured reference or a free text, not both.</source>
        <translation>Een betaal-QR-code bevat een gestructureerde referentie of een vrije tekst, niet beide.</translation>
    </message>
    <message>
        <source>The payment text has more than %1 characters, the most a payment QR code carries.</source>
        <translation>De betalingstekst heeft meer dan %1 tekens, het maximum voor een betaal-QR-code.</translation>
    </message>
    <message>
        <source>The payment text must be on one line.</source>
        <translation>De betalingstekst moet op één regel staan.</translation>
    </message>
    <message>
        <source>The note to the payer has more than %1 characters.</source>
        <translation>De notitie voor de betaler heeft meer dan %1 tekens.</translation>
    </message>
    <message>
        <source>The note to the payer must be on one line.</source>
        <translation>De notitie voor de betaler moet op één regel staan.</translation>
    </message>
    <message>
        <source>The payment details are too long for a payment QR code (%1 bytes, at most %2).</source>
        <translation>De betalingsgegevens zijn te lang voor een betaal-QR-code (%1 bytes, hoogstens %2).</translation>
    </message>
    <message>
        <source>A payment QR code is only for documents in euro.</source>
        <translation>Een betaal-QR-code is alleen bedoeld voor documenten in euro.</translation>
    </message>
    <message>
        <source>The company has no IBAN, so the document cannot carry a payment QR code.</source>
        <translation>Het bedrijf heeft geen IBAN, dus het document kan geen betaal-QR-code bevatten.</translation>
    </message>
</context>
<context>
    <name>ExchangeRate</name>
    <message>
        <source>An exchange rate must be greater than zero.</source>
        <translation>Een wisselkoers moet groter dan nul zijn.</translation>
    </message>
    <message>
        <source>The inverse of this exchange rate is out of range.</source>
        <translation>Het omgekeerde van deze wisselkoers valt buiten het toegestane bereik.</translation>
    </message>
    <message>
        <source>The converted amount is too large.</source>
        <translation>Het omgerekende bedrag is te groot.</translation>
    </message>
</context>
<context>
    <name>ExpenseRecorder</name>
    <message>
        <source>The receipt file is empty.</source>
        <translation>Het bestand van het bonnetje is leeg.</translation>
    </message>
    <message>
        <source>A receipt has at most %1 MiB.</source>
        <translation>Een bonnetje is hoogstens %1 MiB groot.</translation>
    </message>
    <message>
        <source>A receipt is a PDF, PNG, JPEG, WebP or HEIC file; this one is not.</source>
        <translation>Een bonnetje is een PDF-, PNG-, JPEG-, WebP- of HEIC-bestand; dit bestand is dat niet.</translation>
    </message>
    <message>
        <source>No contact has the id %1.</source>
        <translation>Geen enkel contact heeft de id %1.</translation>
    </message>
    <message>
        <source>Name the supplier.</source>
        <translation>Vermeld de leverancier.</translation>
    </message>
    <message>
        <source>An expense has at least one line.</source>
        <translation>Een uitgave heeft minstens één regel.</translation>
    </message>
    <message>
        <source>An expense has at most %1 lines.</source>
        <translation>Een uitgave heeft hoogstens %1 regels.</translation>
    </message>
    <message>
        <source>Expenses are recorded in euro.</source>
        <translation>Uitgaven worden in euro geregistreerd.</translation>
    </message>
    <message>
        <source>Enter the amount paid, including VAT, above zero.</source>
        <translation>Vul het betaalde bedrag in, inclusief btw, groter dan nul.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Het bedrag is te groot.</translation>
    </message>
    <message>
        <source>A VAT rate lies between 0 and 100 %.</source>
        <translation>Een btw-tarief ligt tussen 0 en 100 %.</translation>
    </message>
    <message>
        <source>The VAT lies between zero and the amount including VAT, in euro.</source>
        <translation>De btw ligt tussen nul en het bedrag inclusief btw, in euro.</translation>
    </message>
    <message>
        <source>At a rate of 0 % there is no VAT.</source>
        <translation>Bij een tarief van 0 % is er geen btw.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Er is geen rekening %1.</translation>
    </message>
    <message>
        <source>Account %1 (%2) takes no expenses: choose an expense account or a fixed asset.</source>
        <translation>Op rekening %1 (%2) kunnen geen uitgaven worden geboekt: kies een kostenrekening of een rekening voor vaste activa.</translation>
    </message>
    <message>
        <source>Account %1 (%2) is archived.</source>
        <translation>Rekening %1 (%2) is gearchiveerd.</translation>
    </message>
    <message>
        <source>Enter the date of the expense.</source>
        <translation>Vul de datum van de uitgave in.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Bewijsstuk</translation>
    </message>
</context>
<context>
    <name>ExpensesAddCommand</name>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 is verplicht</translation>
    </message>
    <message>
        <source>--amount needs the amount paid in EUR, such as 60.50</source>
        <translation>--amount heeft het betaalde bedrag in EUR nodig, zoals 60.50</translation>
    </message>
    <message>
        <source>--vat-rate needs a percentage such as 21 or 5.5</source>
        <translation>--vat-rate heeft een percentage nodig, zoals 21 of 5.5</translation>
    </message>
    <message>
        <source>--vat needs the VAT in EUR, such as 10.50</source>
        <translation>--vat heeft de btw in EUR nodig, zoals 10.50</translation>
    </message>
    <message>
        <source>Record an expense from a receipt, with the receipt.</source>
        <translation>Een uitgave registreren op basis van een bonnetje, met het bonnetje als bewijsstuk.</translation>
    </message>
    <message>
        <source>Records what a receipt or a supplier&apos;s paper invoice says as a purchase invoice of the supplier (an existing contact, or one found or added by name), keeps the receipt file (PDF, PNG, JPEG, WebP or HEIC, at most 10 MiB; its type is read from its content) inside the encrypted company file, and posts it to the account chosen: the amount including VAT, less the VAT the account may deduct (50 % on car costs, none on restaurants), is the cost; the deductible VAT goes to input VAT. Without --vat the VAT is worked out from the amount and the rate; with it, the receipt&apos;s own figure is kept and a cent of difference goes to the rounding account. Without --number the expense is numbered R-DATE-N. --paid records that it was paid at once, from the cash box for cash, else from the bank. Anything refused (exit code 5) stores nothing.</source>
        <translation>Registreert wat een bonnetje of een papieren factuur van een leverancier vermeldt als aankoopfactuur van de leverancier (een bestaand contact, of een contact dat op naam wordt gevonden of toegevoegd), bewaart het bestand van het bonnetje (PDF, PNG, JPEG, WebP of HEIC, hoogstens 10 MiB; het type wordt uit de inhoud afgeleid) in het versleutelde bedrijfsbestand, en boekt het op de gekozen rekening: het bedrag inclusief btw, min de btw die op die rekening aftrekbaar is (50 % op autokosten, niets op restaurantkosten), is de kost; de aftrekbare btw gaat naar de rekening voor aftrekbare btw. Zonder --vat wordt de btw berekend uit het bedrag en het tarief; met --vat wordt het bedrag van het bonnetje zelf behouden en gaat een verschil van een cent naar de afrondingsrekening. Zonder --number krijgt de uitgave het nummer R-DATE-N. --paid registreert dat ze meteen is betaald, uit de kas bij contante betaling, anders van de bank. Wat wordt geweigerd (afsluitcode 5), slaat niets op.</translation>
    </message>
    <message>
        <source>The supplier&apos;s contact id or uid.</source>
        <translation>De contact-id of uid van de leverancier.</translation>
    </message>
    <message>
        <source>The supplier by name: the contact of that name, or a new supplier in the company&apos;s country.</source>
        <translation>De leverancier op naam: het contact met die naam, of een nieuwe leverancier in het land van het bedrijf.</translation>
    </message>
    <message>
        <source>The expense or fixed-asset account, e.g. 612200.</source>
        <translation>De kostenrekening of rekening voor vaste activa, bijv. 612200.</translation>
    </message>
    <message>
        <source>The amount paid, including VAT, e.g. 60.50.</source>
        <translation>Het betaalde bedrag, inclusief btw, bijv. 60.50.</translation>
    </message>
    <message>
        <source>The VAT rate on the receipt, e.g. 21 (0 for none).</source>
        <translation>Het btw-tarief op het bonnetje, bijv. 21 (0 als er geen btw is).</translation>
    </message>
    <message>
        <source>The VAT as the receipt prints it, e.g. 10.50.</source>
        <translation>De btw zoals het bonnetje die vermeldt, bijv. 10.50.</translation>
    </message>
    <message>
        <source>The date of the receipt (default: today).</source>
        <translation>De datum van het bonnetje (standaard: vandaag).</translation>
    </message>
    <message>
        <source>The receipt&apos;s or invoice&apos;s number (default: R-DATE-N).</source>
        <translation>Het nummer van het bonnetje of de factuur (standaard: R-DATE-N).</translation>
    </message>
    <message>
        <source>What was bought (default: the account&apos;s name).</source>
        <translation>Wat er is gekocht (standaard: de naam van de rekening).</translation>
    </message>
    <message>
        <source>The receipt: a PDF, PNG, JPEG, WebP or HEIC file.</source>
        <translation>Het bonnetje: een PDF-, PNG-, JPEG-, WebP- of HEIC-bestand.</translation>
    </message>
    <message>
        <source>Paid at once, in full.</source>
        <translation>Meteen en volledig betaald.</translation>
    </message>
    <message>
        <source>name the supplier with --supplier or --supplier-name</source>
        <translation>vermeld de leverancier met --supplier of --supplier-name</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD</source>
        <translation>--date heeft een datum nodig in de vorm YYYY-MM-DD</translation>
    </message>
    <message>
        <source>unknown --paid</source>
        <translation>onbekende waarde voor --paid</translation>
    </message>
    <message>
        <source>paid (%1)</source>
        <translation>betaald (%1)</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vervalt op %1</translation>
    </message>
    <message>
        <source>Recorded expense %1 from %2 on %3: %4 %5 (VAT %6), %7%8</source>
        <translation>Uitgave %1 van %2 op %3 geregistreerd: %4 %5 (btw %6), %7%8</translation>
    </message>
    <message>
        <source> (new supplier)</source>
        <translation> (nieuwe leverancier)</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>The number of a document to export; repeat for more, or use --all.</source>
        <translation>Het nummer van een document om te exporteren; herhaal voor meer documenten, of gebruik --all.</translation>
    </message>
    <message>
        <source>Export every issued document of the kinds this command exports.</source>
        <translation>Elk uitgegeven document exporteren van de soorten die deze opdracht exporteert.</translation>
    </message>
    <message>
        <source>The folder to write into; created when missing. Files of the same name are replaced.</source>
        <translation>De map waarin wordt geschreven; wordt aangemaakt als ze ontbreekt. Bestanden met dezelfde naam worden vervangen.</translation>
    </message>
</context>
<context>
    <name>ExportPdfCommand</name>
    <message>
        <source>Write the PDF of issued quotes, invoices and credit notes.</source>
        <translation>De pdf van uitgegeven offertes, facturen en creditnota&apos;s schrijven.</translation>
    </message>
    <message>
        <source>Writes one PDF per issued document into DIR, named after its kind and number (invoice-2026-0001.pdf), exactly as the desktop app prints it: the company&apos;s template, the legal mentions in the customer&apos;s language and, on invoices in euro, the payment QR code. Prints the path of each file written.</source>
        <translation>Schrijft één pdf per uitgegeven document in DIR, genoemd naar soort en nummer (invoice-2026-0001.pdf), precies zoals de desktopapp het afdrukt: met de sjabloon van het bedrijf, de wettelijke vermeldingen in de taal van de klant en, op facturen in euro, de betaal-QR-code. Toont het pad van elk geschreven bestand.</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>say where to write the files with -o DIR</source>
        <translation>geef met -o DIR op waar de bestanden moeten worden geschreven</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 bestaat en is geen map</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>kan de map %1 niet aanmaken</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>ExportUblCommand</name>
    <message>
        <source>Write issued invoices and credit notes as Peppol BIS 3.0 UBL files.</source>
        <translation>Uitgegeven facturen en creditnota&apos;s schrijven als UBL-bestanden volgens Peppol BIS 3.0.</translation>
    </message>
    <message>
        <source>Writes one UBL 2.1 file per issued invoice or credit note into DIR (invoice-2026-0001.xml), as Peppol BIS Billing 3.0 requires it: endpoint ids, VAT breakdown, payment means with the structured communication, and the PDF of the document embedded (leave it out with --no-pdf). Prints the path of each file written. With --all, a document for a customer without a Peppol address (a consumer) is skipped with a notice; any other document Peppol would refuse is reported and stops the export (exit 5).</source>
        <translation>Schrijft één UBL 2.1-bestand per uitgegeven factuur of creditnota in DIR (invoice-2026-0001.xml), zoals Peppol BIS Billing 3.0 het vereist: endpoint-id&apos;s, btw-uitsplitsing, betaalwijze met de gestructureerde mededeling, en de pdf van het document ingesloten (laat die weg met --no-pdf). Toont het pad van elk geschreven bestand. Met --all wordt een document voor een klant zonder Peppol-adres (een consument) overgeslagen met een melding; elk ander document dat Peppol zou weigeren, wordt gemeld en stopt de export (afsluitcode 5).</translation>
    </message>
    <message>
        <source>Do not embed the PDF of each document.</source>
        <translation>De pdf niet in elk document insluiten.</translation>
    </message>
    <message>
        <source>skipped: the customer has no Peppol address; send the PDF</source>
        <translation>overgeslagen: de klant heeft geen Peppol-adres; verstuur de pdf</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>Choose a country.</source>
        <translation>Kies een land.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO country code such as BE, NL or DE.</source>
        <translation>“%1” is geen ISO-landcode, zoals BE, NL of DE.</translation>
    </message>
    <message>
        <source>Choose a currency.</source>
        <translation>Kies een valuta.</translation>
    </message>
    <message>
        <source>An e-mail address contains no spaces.</source>
        <translation>Een e-mailadres bevat geen spaties.</translation>
    </message>
    <message>
        <source>An e-mail address has exactly one @, as in name@example.be.</source>
        <translation>Een e-mailadres bevat precies één @, zoals in naam@example.be.</translation>
    </message>
    <message>
        <source>An e-mail address has a name before the @ and a domain such as example.be after it.</source>
        <translation>Een e-mailadres heeft een naam vóór de @ en een domein zoals example.be erna.</translation>
    </message>
    <message>
        <source>A web address contains no spaces.</source>
        <translation>Een webadres bevat geen spaties.</translation>
    </message>
    <message>
        <source>A web address starts with http:// or https://, or with the name.</source>
        <translation>Een webadres begint met http:// of https://, of met de naam.</translation>
    </message>
    <message>
        <source>A web address names a domain such as www.example.be.</source>
        <translation>Een webadres bevat een domein, zoals www.example.be.</translation>
    </message>
    <message>
        <source>A Belgian postal code has 4 digits, such as 9000.</source>
        <translation>Een Belgische postcode heeft 4 cijfers, zoals 9000.</translation>
    </message>
    <message>
        <source>A Dutch postal code has 4 digits and 2 letters, such as 1012 AB.</source>
        <translation>Een Nederlandse postcode heeft 4 cijfers en 2 letters, zoals 1012 AB.</translation>
    </message>
    <message>
        <source>The enterprise number %1 does not match the VAT number %2: a Belgian VAT number is BE followed by the enterprise number.</source>
        <translation>Het ondernemingsnummer %1 komt niet overeen met het btw-nummer %2: een Belgisch btw-nummer is BE gevolgd door het ondernemingsnummer.</translation>
    </message>
</context>
<context>
    <name>FileChecks</name>
    <message>
        <source>every page decrypts and passes its HMAC, the database structure (b-trees, indexes) is consistent, and every reference between records points at a record that exists</source>
        <translation>elke pagina wordt ontsleuteld en doorstaat haar HMAC-controle, de databasestructuur (B-trees, indexen) is consistent, en elke verwijzing tussen records wijst naar een bestaand record</translation>
    </message>
    <message>
        <source>every entry balances (the database refuses any that does not), and the stored totals per account and month equal the sums of the journal lines they summarise</source>
        <translation>elke boeking is in evenwicht (de database weigert boekingen die dat niet zijn), en de opgeslagen totalen per rekening en maand zijn gelijk aan de sommen van de boekingsregels die ze samenvatten</translation>
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
    <name>FiscalYearClosing</name>
    <message>
        <source>A fiscal year ends after it starts.</source>
        <translation>Een boekjaar eindigt na het begin.</translation>
    </message>
    <message>
        <source>A fiscal year lasts at most 24 months.</source>
        <translation>Een boekjaar duurt hoogstens 24 maanden.</translation>
    </message>
    <message>
        <source>Only a fiscal year that is over can be closed.</source>
        <translation>Alleen een boekjaar dat voorbij is, kan worden afgesloten.</translation>
    </message>
    <message>
        <source>The fiscal year %1 to %2 is closed already.</source>
        <translation>Het boekjaar %1 tot %2 is al afgesloten.</translation>
    </message>
    <message>
        <source>Closing of the fiscal year %1 to %2</source>
        <translation>Afsluiting van het boekjaar %1 tot %2</translation>
    </message>
</context>
<context>
    <name>FixedPoint</name>
    <message>
        <source>Enter a number.</source>
        <translation>Vul een getal in.</translation>
    </message>
    <message>
        <source>The number must not be negative.</source>
        <translation>Het getal mag niet negatief zijn.</translation>
    </message>
    <message>
        <source>Not a plain decimal number: use digits, an optional leading minus and a decimal point.</source>
        <translation>Geen gewoon decimaal getal: gebruik cijfers, eventueel een minteken vooraan en een decimaalpunt.</translation>
    </message>
    <message>
        <source>No decimals are allowed here.</source>
        <translation>Hier zijn geen decimalen toegestaan.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n decimal(s) allowed.</source>
        <translation>
            <numerusform>Hoogstens %n decimaal toegestaan.</numerusform>
            <numerusform>Hoogstens %n decimalen toegestaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>Het getal is te groot.</translation>
    </message>
</context>
<context>
    <name>GeneralLedger</name>
    <message>
        <source>General ledger</source>
        <translation>Grootboek</translation>
    </message>
    <message>
        <source>Balances: debit positive, credit negative.</source>
        <translation>Saldi: debet positief, credit negatief.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Boeking</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Dagboek</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debet</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Beginsaldo</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Eindsaldo</translation>
    </message>
</context>
<context>
    <name>HelpCommand</name>
    <message>
        <source>Show the list of commands, or the usage of one.</source>
        <translation>De lijst met opdrachten tonen, of het gebruik van één opdracht.</translation>
    </message>
    <message>
        <source>Without COMMAND, lists every command. With it, shows the command&apos;s arguments, options and examples; &apos;%1 COMMAND --help&apos; does the same.</source>
        <translation>Zonder COMMAND worden alle opdrachten opgesomd. Met COMMAND worden de argumenten, opties en voorbeelden van die opdracht getoond; &apos;%1 COMMAND --help&apos; doet hetzelfde.</translation>
    </message>
    <message>
        <source>The command to describe.</source>
        <translation>De opdracht waarover u uitleg wilt.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>onbekende opdracht &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>HelpFormatter</name>
    <message>
        <source>Usage:</source>
        <translation>Gebruik:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumenten:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opties:</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Voorbeelden:</translation>
    </message>
    <message>
        <source>[--verbose] COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>[--verbose] COMMAND [ARGUMENTEN] [OPTIES]</translation>
    </message>
    <message>
        <source>help COMMAND</source>
        <translation>help COMMAND</translation>
    </message>
    <message>
        <source>Kasboek&apos;s command line: create, inspect, check and re-key the encrypted company file that holds a freelancer&apos;s books.</source>
        <translation>De opdrachtregel van Kasboek: het versleutelde bedrijfsbestand met de boekhouding van een freelancer aanmaken, inspecteren, controleren en van een nieuwe sleutel voorzien.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>Passphrases are never taken from the command line. They come from the environment variable KASBOEK_PASSPHRASE (and KASBOEK_NEW_PASSPHRASE for passwd) when set, otherwise from --passphrase-fd N, otherwise from a prompt on the terminal.</source>
        <translation>Wachtzinnen worden nooit van de opdrachtregel gelezen. Ze komen uit de omgevingsvariabele KASBOEK_PASSPHRASE (en KASBOEK_NEW_PASSPHRASE voor passwd) als die is ingesteld, anders uit --passphrase-fd N, anders uit een vraag in de terminal.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Afsluitcodes:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>gelukt</translation>
    </message>
    <message>
        <source>failure not covered below (for example, refusing to overwrite a file)</source>
        <translation>fout die hieronder niet valt (bijvoorbeeld weigeren een bestand te overschrijven)</translation>
    </message>
    <message>
        <source>usage error: unknown command or option, missing argument, no passphrase source</source>
        <translation>gebruiksfout: onbekende opdracht of optie, ontbrekend argument, geen bron voor de wachtzin</translation>
    </message>
    <message>
        <source>wrong passphrase (or not a Kasboek file that could be unlocked)</source>
        <translation>verkeerde wachtzin (of geen Kasboek-bestand dat kon worden ontgrendeld)</translation>
    </message>
    <message>
        <source>file unusable: corrupt, foreign, from a newer version, in use, missing</source>
        <translation>bestand onbruikbaar: beschadigd, onbekend formaat, van een nieuwere versie, in gebruik, ontbreekt</translation>
    </message>
    <message>
        <source>input rejected by validation; nothing was written</source>
        <translation>invoer geweigerd door de validatie; er is niets geschreven</translation>
    </message>
    <message>
        <source>Run &apos;%1 help COMMAND&apos; for the arguments and options of a command.</source>
        <translation>Voer &apos;%1 help COMMAND&apos; uit voor de argumenten en opties van een opdracht.</translation>
    </message>
    <message>
        <source>Commands of &apos;%1&apos;:</source>
        <translation>Opdrachten van &apos;%1&apos;:</translation>
    </message>
</context>
<context>
    <name>Iban</name>
    <message>
        <source>No IBAN was entered.</source>
        <translation>Er is geen IBAN ingevoerd.</translation>
    </message>
    <message>
        <source>An IBAN contains only the letters A to Z and the digits 0 to 9, not “%1”.</source>
        <translation>Een IBAN bevat alleen de letters A tot Z en de cijfers 0 tot 9, geen “%1”.</translation>
    </message>
    <message>
        <source>An IBAN starts with a two-letter country code, such as BE or NL.</source>
        <translation>Een IBAN begint met een landcode van twee letters, zoals BE of NL.</translation>
    </message>
    <message>
        <source>%1 is not a country that Kasboek knows IBANs of.</source>
        <translation>%1 is geen land waarvan Kasboek de IBAN&apos;s kent.</translation>
    </message>
    <message>
        <source>An IBAN from %1 has %2 characters, not %3. Check for a missing or extra character.</source>
        <translation>Een IBAN uit %1 heeft %2 tekens, niet %3. Controleer op een ontbrekend of extra teken.</translation>
    </message>
    <message>
        <source>The third and fourth characters of an IBAN are digits.</source>
        <translation>Het derde en vierde teken van een IBAN zijn cijfers.</translation>
    </message>
    <message>
        <source>Character %1 of this IBAN should be a digit.</source>
        <translation>Teken %1 van deze IBAN moet een cijfer zijn.</translation>
    </message>
    <message>
        <source>Character %1 of this IBAN should be a letter.</source>
        <translation>Teken %1 van deze IBAN moet een letter zijn.</translation>
    </message>
    <message>
        <source>Character %1 of this IBAN should be a letter or a digit.</source>
        <translation>Teken %1 van deze IBAN moet een letter of een cijfer zijn.</translation>
    </message>
    <message>
        <source>The check digits do not match the rest of this IBAN. Check for a typing error.</source>
        <translation>De controlecijfers passen niet bij de rest van deze IBAN. Controleer op een tikfout.</translation>
    </message>
    <message>
        <source>The last two digits of this Belgian account number do not match the rest of it. Check for a typing error.</source>
        <translation>De laatste twee cijfers van dit Belgische rekeningnummer passen niet bij de rest. Controleer op een tikfout.</translation>
    </message>
    <message>
        <source>This is not a valid IBAN.</source>
        <translation>Dit is geen geldige IBAN.</translation>
    </message>
</context>
<context>
    <name>ImportBankCommand</name>
    <message>
        <source>Import bank statements (camt.053, CODA, MT940).</source>
        <translation>Rekeninguittreksels importeren (camt.053, CODA, MT940).</translation>
    </message>
    <message>
        <source>Reads each statement file, whatever its name: ISO 20022 camt.053 (XML, version 001.02 and later), Belgian CODA or MT940, recognised from the content. Every statement must add up: its opening balance and its movements make its closing balance. Its movements land in the bank journal of its account (the IBAN on the statement); an account Kasboek has not seen gets a bank journal and a ledger account of its own. The movements wait there to be reconciled with invoices and expenses: the import posts nothing.</source>
        <translation>Leest elk bestand met rekeninguittreksels, ongeacht de naam: ISO 20022 camt.053 (XML, versie 001.02 en later), Belgische CODA of MT940, herkend aan de inhoud. Elk rekeninguittreksel moet kloppen: het beginsaldo en de verrichtingen geven samen het eindsaldo. De verrichtingen komen terecht in het bankdagboek van de rekening (de IBAN op het rekeninguittreksel); een rekening die Kasboek nog niet kent, krijgt een eigen bankdagboek en een eigen grootboekrekening. De verrichtingen wachten daar om te worden afgestemd met facturen en uitgaven: de import boekt niets.</translation>
    </message>
    <message>
        <source>A statement imported before, or the movements an overlapping statement repeats, are not imported twice. A statement whose opening balance is not what the statement before it closed with is imported with a warning: one is missing or wrong. All or nothing: a file that is not a statement, is malformed or does not add up is refused with one line naming it (exit code 5), and nothing of any file is written. --format json prints what became of each statement (see docs/cli.md).</source>
        <translation>Een rekeninguittreksel dat al eerder is geïmporteerd, of de verrichtingen die een overlappend rekeninguittreksel herhaalt, worden niet twee keer geïmporteerd. Een rekeninguittreksel waarvan het beginsaldo niet overeenkomt met het eindsaldo van het vorige rekeninguittreksel, wordt geïmporteerd met een waarschuwing: er ontbreekt een rekeninguittreksel of er is er een onjuist. Alles of niets: een bestand dat geen rekeninguittreksel is, misvormd is of niet klopt, wordt geweigerd met één regel die het vermeldt (afsluitcode 5), en er wordt van geen enkel bestand iets geschreven. --format json toont wat er met elk rekeninguittreksel is gebeurd (zie docs/cli.md).</translation>
    </message>
    <message>
        <source>A statement file of the bank; several may be given.</source>
        <translation>Een bestand met rekeninguittreksels van de bank; er mogen er meerdere worden opgegeven.</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>kan het bestand niet lezen: %1</translation>
    </message>
    <message>
        <source>the file is too large to be a bank statement</source>
        <translation>het bestand is te groot om een rekeninguittreksel te zijn</translation>
    </message>
    <message numerus="yes">
        <source>%n new movements</source>
        <translation>
            <numerusform>%n nieuwe verrichting</numerusform>
            <numerusform>%n nieuwe verrichtingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported before</source>
        <translation>
            <numerusform>%n al eerder geïmporteerd</numerusform>
            <numerusform>%n al eerder geïmporteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>(A new account: journal %1.)</source>
        <translation>(Een nieuwe rekening: dagboek %1.)</translation>
    </message>
    <message>
        <source>%1: %2%3 of %4, %5 to %6</source>
        <translation>%1: %2%3 van %4, %5 tot en met %6</translation>
    </message>
    <message>
        <source>%1: imported before, nothing added.</source>
        <translation>%1: al eerder geïmporteerd, niets toegevoegd.</translation>
    </message>
    <message>
        <source>%1: %2, %3; closes with %4 %5 in journal %6.</source>
        <translation>%1: %2, %3; eindsaldo %4 %5 in dagboek %6.</translation>
    </message>
</context>
<context>
    <name>ImportJournalCsvCommand</name>
    <message>
        <source>Import journal lines from the neutral journal CSV.</source>
        <translation>Boekingsregels importeren uit de neutrale dagboek-CSV.</translation>
    </message>
    <message>
        <source>Reads CSV (UTF-8, comma-separated, one row per split) with exactly this header, in this order:
date,txn_id,account_code,account_name,debit_cents,credit_cents,description,counterparty
The rows of one txn_id follow each other and form one balanced entry on one date (YYYY-MM-DD); amounts are whole cents on one side of a row. Each transaction becomes an entry of the general journal (or of --journal) with the txn_id as its reference. An account code the chart lacks is added, with the type the first segment of account_name gives (Assets, Liabilities, Equity, Income, Expenses) and the rest of the path as its name; a code the chart has with another type is refused. Rows of 0 on both sides are left out, and a transaction without any amount is skipped.</source>
        <translation>Leest CSV (UTF-8, kommagescheiden, één rij per boekingsregel) met precies deze kopregel, in deze volgorde:
date,txn_id,account_code,account_name,debit_cents,credit_cents,description,counterparty
De rijen van één txn_id volgen op elkaar en vormen één boeking in evenwicht op één datum (YYYY-MM-DD); bedragen zijn hele centen aan één kant van een rij. Elke transactie wordt een boeking in het algemeen dagboek (of in --journal) met de txn_id als referentie. Een rekeningcode die niet in het rekeningschema staat, wordt toegevoegd, met het type dat het eerste segment van account_name aangeeft (Assets, Liabilities, Equity, Income, Expenses) en de rest van het pad als naam; een code die in het rekeningschema staat met een ander type, wordt geweigerd. Rijen met 0 aan beide kanten worden weggelaten, en een transactie zonder enig bedrag wordt overgeslagen.</translation>
    </message>
    <message>
        <source>All or nothing: a file with any error, a date in a closed period, or a first or last transaction imported into the journal before, is refused with one line naming the line of the CSV (exit code 5), and nothing is written. Prints one line with what was imported; --format json prints the same as one JSON object (see docs/cli.md).</source>
        <translation>Alles of niets: een bestand met een fout, een datum in een afgesloten periode, of een eerste of laatste transactie die al eerder in het dagboek is geïmporteerd, wordt geweigerd met één regel die de regel van de CSV vermeldt (afsluitcode 5), en er wordt niets geschreven. Toont één regel met wat er is geïmporteerd; --format json toont hetzelfde als één JSON-object (zie docs/cli.md).</translation>
    </message>
    <message>
        <source>The journal CSV.</source>
        <translation>De dagboek-CSV.</translation>
    </message>
    <message>
        <source>The journal the entries go to (default: GEN, the general journal).</source>
        <translation>Het dagboek waarin de boekingen terechtkomen (standaard: GEN, het algemeen dagboek).</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>kan het bestand niet lezen: %1</translation>
    </message>
    <message>
        <source>Imported no entries;</source>
        <translation>Geen boekingen geïmporteerd;</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entries (%1 lines) from %2 to %3;</source>
        <translation>
            <numerusform>%n boeking (%1 regels) geïmporteerd van %2 tot %3;</numerusform>
            <numerusform>%n boekingen (%1 regels) geïmporteerd van %2 tot %3;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts created.</source>
        <translation>
            <numerusform>%n rekening aangemaakt.</numerusform>
            <numerusform>%n rekeningen aangemaakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transactions without any amount skipped.</source>
        <translation>
            <numerusform>%n transactie zonder enig bedrag overgeslagen.</numerusform>
            <numerusform>%n transacties zonder enig bedrag overgeslagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportUblCommand</name>
    <message>
        <source>Import suppliers&apos; Peppol BIS 3.0 invoices and credit notes.</source>
        <translation>Peppol BIS 3.0-facturen en -creditnota&apos;s van leveranciers importeren.</translation>
    </message>
    <message>
        <source>Reads each XML file (UBL 2.1 Invoice or CreditNote, Peppol BIS Billing 3.0) and stores it as an issued purchase document with the files it carries and the original XML. The supplier is matched on its VAT, enterprise or KvK number, or added as a new supplier. A file that is malformed, does not add up, is addressed to another company or was imported before is refused and writes nothing; the others are still imported. Exit code 5 when any file was refused.</source>
        <translation>Leest elk XML-bestand (UBL 2.1 Invoice of CreditNote, Peppol BIS Billing 3.0) en slaat het op als uitgegeven aankoopdocument, met de bestanden die het bevat en de oorspronkelijke XML. De leverancier wordt herkend aan zijn btw-, ondernemings- of KvK-nummer, of toegevoegd als nieuwe leverancier. Een bestand dat misvormd is, niet klopt, aan een ander bedrijf is gericht of al eerder is geïmporteerd, wordt geweigerd en schrijft niets; de andere worden toch geïmporteerd. Afsluitcode 5 als er een bestand is geweigerd.</translation>
    </message>
    <message>
        <source>A supplier&apos;s UBL file; several may be given.</source>
        <translation>Een UBL-bestand van een leverancier; er mogen er meerdere worden opgegeven.</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>kan het bestand niet lezen: %1</translation>
    </message>
    <message>
        <source>the file is too large to be an invoice</source>
        <translation>het bestand is te groot om een factuur te zijn</translation>
    </message>
    <message>
        <source>%1: %2 %3 from %4, %5 %6</source>
        <translation>%1: %2 %3 van %4, %5 %6</translation>
    </message>
    <message>
        <source> (new supplier)</source>
        <translation> (nieuwe leverancier)</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Show a file&apos;s format version, key derivation, cipher and record counts.</source>
        <translation>De formaatversie, sleutelafleiding, versleuteling en aantallen records van een bestand tonen.</translation>
    </message>
    <message>
        <source>Unlocks FILE and prints its file format version, the key derivation parameters it was encrypted with, the cipher, its size on disk and the number of records in each table. With --format json the same as one JSON object (see docs/cli.md).</source>
        <translation>Ontgrendelt FILE en toont de versie van het bestandsformaat, de parameters van de sleutelafleiding waarmee het is versleuteld, de versleuteling, de grootte op schijf en het aantal records in elke tabel. Met --format json hetzelfde als één JSON-object (zie docs/cli.md).</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>File size:</source>
        <translation>Bestandsgrootte:</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Bedrijf:</translation>
    </message>
    <message>
        <source>Format version:</source>
        <translation>Formaatversie:</translation>
    </message>
    <message>
        <source>Key derivation:</source>
        <translation>Sleutelafleiding:</translation>
    </message>
    <message>
        <source>profile:</source>
        <translation>profiel:</translation>
    </message>
    <message>
        <source>iterations:</source>
        <translation>iteraties:</translation>
    </message>
    <message>
        <source>memory:</source>
        <translation>geheugen:</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>lanes:</source>
        <translation>lanes:</translation>
    </message>
    <message>
        <source>Cipher:</source>
        <translation>Versleuteling:</translation>
    </message>
    <message>
        <source>%1, %2 with %3 per page</source>
        <translation>%1, %2 met %3 per pagina</translation>
    </message>
    <message>
        <source>page size:</source>
        <translation>paginagrootte:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Records:</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>kan het bestand niet lezen: %1</translation>
    </message>
    <message>
        <source>the input is larger than %1 MiB</source>
        <translation>de invoer is groter dan %1 MiB</translation>
    </message>
</context>
<context>
    <name>InvoiceRequirements</name>
    <message>
        <source>Your company&apos;s name is missing.</source>
        <translation>De naam van uw bedrijf ontbreekt.</translation>
    </message>
    <message>
        <source>The customer&apos;s name is missing.</source>
        <translation>De naam van de klant ontbreekt.</translation>
    </message>
    <message>
        <source>Your company&apos;s address (street, postal code and city) must be on every invoice.</source>
        <translation>Het adres van uw bedrijf (straat, postcode en gemeente) moet op elke factuur staan.</translation>
    </message>
    <message>
        <source>Your company&apos;s country is missing.</source>
        <translation>Het land van uw bedrijf ontbreekt.</translation>
    </message>
    <message>
        <source>Your VAT number must be on every invoice.</source>
        <translation>Uw btw-nummer moet op elke factuur staan.</translation>
    </message>
    <message>
        <source>Your VAT number &quot;%1&quot; is not valid.</source>
        <translation>Uw btw-nummer &quot;%1&quot; is niet geldig.</translation>
    </message>
    <message>
        <source>A Belgian invoice must show your enterprise number (KBO/BCE).</source>
        <translation>Een Belgische factuur moet uw ondernemingsnummer (KBO/BCE) vermelden.</translation>
    </message>
    <message>
        <source>Your enterprise number &quot;%1&quot; is not valid.</source>
        <translation>Uw ondernemingsnummer &quot;%1&quot; is niet geldig.</translation>
    </message>
    <message>
        <source>A Dutch invoice must show your KvK number (Chamber of Commerce).</source>
        <translation>Een Nederlandse factuur moet uw KvK-nummer (Kamer van Koophandel) vermelden.</translation>
    </message>
    <message>
        <source>Your KvK number &quot;%1&quot; is not valid.</source>
        <translation>Uw KvK-nummer &quot;%1&quot; is niet geldig.</translation>
    </message>
    <message>
        <source>The customer&apos;s address (street, postal code and city) must be on the invoice.</source>
        <translation>Het adres van de klant (straat, postcode en gemeente) moet op de factuur staan.</translation>
    </message>
    <message>
        <source>The customer&apos;s country is missing.</source>
        <translation>Het land van de klant ontbreekt.</translation>
    </message>
    <message>
        <source>When the VAT is reverse-charged or the supply is intra-Community, the customer&apos;s VAT number must be on the invoice.</source>
        <translation>Als de btw verlegd is of de levering intracommunautair is, moet het btw-nummer van de klant op de factuur staan.</translation>
    </message>
    <message>
        <source>The customer&apos;s VAT number &quot;%1&quot; is not valid.</source>
        <translation>Het btw-nummer van de klant &quot;%1&quot; is niet geldig.</translation>
    </message>
    <message>
        <source>The issue date is missing.</source>
        <translation>De uitgiftedatum ontbreekt.</translation>
    </message>
    <message>
        <source>The due date lies before the issue date.</source>
        <translation>De vervaldatum ligt vóór de uitgiftedatum.</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>Voeg minstens één regel toe.</translation>
    </message>
    <message>
        <source>Line %1 does not say what was supplied.</source>
        <translation>Regel %1 vermeldt niet wat er is geleverd.</translation>
    </message>
    <message>
        <source>Line %1 has no quantity.</source>
        <translation>Regel %1 heeft geen hoeveelheid.</translation>
    </message>
    <message>
        <source>Line %1 has a negative unit price; use a negative quantity or a credit note.</source>
        <translation>Regel %1 heeft een negatieve eenheidsprijs; gebruik een negatieve hoeveelheid of een creditnota.</translation>
    </message>
    <message>
        <source>Say why no VAT is charged for VAT category %1.</source>
        <translation>Vermeld waarom er geen btw wordt aangerekend voor btw-categorie %1.</translation>
    </message>
    <message>
        <source>An invoice in %1 needs the exchange rate to the euro.</source>
        <translation>Een factuur in %1 heeft de wisselkoers naar de euro nodig.</translation>
    </message>
    <message>
        <source>A credit note must name the invoice it corrects.</source>
        <translation>Een creditnota moet de factuur vermelden die ze corrigeert.</translation>
    </message>
    <message>
        <source>A credit note must give the date of the invoice it corrects.</source>
        <translation>Een creditnota moet de datum vermelden van de factuur die ze corrigeert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid structured communication.</source>
        <translation>&quot;%1&quot; is geen geldige gestructureerde mededeling.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid RF creditor reference.</source>
        <translation>&quot;%1&quot; is geen geldige RF-referentie.</translation>
    </message>
</context>
<context>
    <name>InvoicesIssueCommand</name>
    <message>
        <source>No issued invoice has the number &quot;%1&quot;.</source>
        <translation>Geen enkele uitgegeven factuur heeft het nummer &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Invoice %1 is not addressed to contact %2.</source>
        <translation>Factuur %1 is niet gericht aan contact %2.</translation>
    </message>
    <message>
        <source>Issue an invoice, credit note or quote described in JSON.</source>
        <translation>Een factuur, creditnota of offerte uitgeven die in JSON is beschreven.</translation>
    </message>
    <message>
        <source>Reads the document&apos;s JSON description (docs/cli.md has the format; &apos;-&apos; reads it from standard input): its type, the contact (id or uid, see &apos;contacts list&apos;), the dates, what differs from the contact&apos;s defaults, and the lines. A credit note names the invoice it corrects and repeats its lines unless it lists its own. The document is checked as the editor checks it, then issued with the next number of its series and posted to the ledger, all in one step: when anything is wrong, the error names the JSON field (exit code 5) and nothing is stored, no number is used. --draft stores it as a draft instead.</source>
        <translation>Leest de JSON-beschrijving van het document (docs/cli.md beschrijft het formaat; &apos;-&apos; leest ze uit de standaardinvoer): het type, het contact (id of uid, zie &apos;contacts list&apos;), de datums, wat afwijkt van de standaardwaarden van het contact, en de regels. Een creditnota vermeldt de factuur die ze corrigeert en herneemt de regels daarvan, tenzij ze eigen regels opsomt. Het document wordt gecontroleerd zoals de editor het controleert, en daarna uitgegeven met het volgende nummer van zijn reeks en geboekt in het grootboek, alles in één stap: als er iets mis is, vermeldt de fout het JSON-veld (afsluitcode 5) en wordt er niets opgeslagen en geen nummer gebruikt. --draft slaat het in plaats daarvan op als concept.</translation>
    </message>
    <message>
        <source>Prints the number and totals (--format json: the stored document, amounts as decimal strings).</source>
        <translation>Toont het nummer en de totalen (--format json: het opgeslagen document, met bedragen als decimale strings).</translation>
    </message>
    <message>
        <source>The description, or - for standard input.</source>
        <translation>De beschrijving, of - voor de standaardinvoer.</translation>
    </message>
    <message>
        <source>Store a draft; do not issue it.</source>
        <translation>Een concept opslaan; het niet uitgeven.</translation>
    </message>
    <message>
        <source>standard input cannot carry both the description and the passphrase</source>
        <translation>de standaardinvoer kan niet zowel de beschrijving als de wachtzin aanleveren</translation>
    </message>
    <message>
        <source>Issued %1 %2 to %3: %4 %5 (VAT %6), due %7</source>
        <translation>%1 %2 uitgegeven aan %3: %4 %5 (btw %6), vervalt op %7</translation>
    </message>
    <message>
        <source>Stored draft %1 (%2) for %3</source>
        <translation>Concept %1 (%2) opgeslagen voor %3</translation>
    </message>
</context>
<context>
    <name>InvoicesListCommand</name>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>List invoices, credit notes, quotes and purchase documents.</source>
        <translation>Facturen, creditnota&apos;s, offertes en aankoopdocumenten tonen.</translation>
    </message>
    <message>
        <source>Prints documents by issue date, newest first (drafts, which have no date yet, last): id, type, status, number, issue and due date, contact id and name, currency, total including VAT and what was paid. --limit bounds the list (default 100; 0 for all).</source>
        <translation>Toont documenten op uitgiftedatum, de nieuwste eerst (concepten, die nog geen datum hebben, als laatste): id, type, status, nummer, uitgifte- en vervaldatum, id en naam van het contact, valuta, totaal inclusief btw en wat er is betaald. --limit beperkt de lijst (standaard 100; 0 voor alle).</translation>
    </message>
    <message>
        <source>Only documents of this type.</source>
        <translation>Alleen documenten van dit type.</translation>
    </message>
    <message>
        <source>Issued on or after.</source>
        <translation>Uitgegeven op of na.</translation>
    </message>
    <message>
        <source>Issued on or before.</source>
        <translation>Uitgegeven op of vóór.</translation>
    </message>
    <message>
        <source>Only this contact&apos;s (id or uid).</source>
        <translation>Alleen documenten van dit contact (id of uid).</translation>
    </message>
    <message>
        <source>Only documents whose number or counterparty contains TEXT.</source>
        <translation>Alleen documenten waarvan het nummer of de tegenpartij TEXT bevat.</translation>
    </message>
    <message>
        <source>At most N documents.</source>
        <translation>Hoogstens N documenten.</translation>
    </message>
    <message>
        <source>unknown --type</source>
        <translation>onbekende waarde voor --type</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD</source>
        <translation>--%1 heeft een datum nodig in de vorm YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--limit needs a number, 0 for all</source>
        <translation>--limit heeft een getal nodig, 0 voor alle</translation>
    </message>
</context>
<context>
    <name>InvoicingService</name>
    <message>
        <source>Only quotes, invoices and credit notes are drafted here.</source>
        <translation>Alleen offertes, facturen en creditnota&apos;s worden hier als concept aangemaakt.</translation>
    </message>
    <message>
        <source>Only a draft that was never saved is issued as new.</source>
        <translation>Alleen een concept dat nog nooit is opgeslagen, kan als nieuw worden uitgegeven.</translation>
    </message>
    <message>
        <source>A credit note corrects one of your issued invoices.</source>
        <translation>Een creditnota corrigeert een van uw uitgegeven facturen.</translation>
    </message>
    <message>
        <source>Invoice %1 is credited in full already.</source>
        <translation>Factuur %1 is al volledig gecrediteerd.</translation>
    </message>
    <message>
        <source>Only an issued quote is accepted, declined, cancelled or converted.</source>
        <translation>Alleen een uitgegeven offerte kan worden aanvaard, geweigerd, geannuleerd of omgezet.</translation>
    </message>
    <message>
        <source>The quote is %1 already.</source>
        <translation>De offerte is al %1.</translation>
    </message>
    <message>
        <source>The quote is %1; it is not made into an invoice.</source>
        <translation>De offerte is %1; er wordt geen factuur van gemaakt.</translation>
    </message>
    <message>
        <source>An invoice was made from this quote already.</source>
        <translation>Van deze offerte is al een factuur gemaakt.</translation>
    </message>
    <message>
        <source>The excess and the write-off of a payment follow from what is due.</source>
        <translation>Het te veel betaalde bedrag en de afboeking van een betaling volgen uit wat verschuldigd is.</translation>
    </message>
    <message>
        <source>%1 %2 is settled already; nothing more is due.</source>
        <translation>%1 %2 is al voldaan; er is niets meer verschuldigd.</translation>
    </message>
    <message>
        <source>At most %1 %2 is still due on %3.</source>
        <translation>Op %3 is nog hoogstens %1 %2 verschuldigd.</translation>
    </message>
    <message>
        <source>%1 %2 is still due on %3: more than the %4 %2 written off at most.</source>
        <translation>Op %3 is nog %1 %2 verschuldigd: meer dan de hoogstens %4 %2 die kan worden afgeboekt.</translation>
    </message>
</context>
<context>
    <name>JournalCsvReader</name>
    <message>
        <source>Line %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>Line %1 (transaction %2)</source>
        <translation>Regel %1 (transactie %2)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Het bestand kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>a field is longer than %1 characters.</source>
        <translation>een veld is langer dan %1 tekens.</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file.</source>
        <translation>een veld tussen aanhalingstekens wordt niet afgesloten vóór het einde van het bestand.</translation>
    </message>
    <message>
        <source>a control character in a field (only tab is allowed).</source>
        <translation>een stuurteken in een veld (alleen tab is toegestaan).</translation>
    </message>
    <message>
        <source>more than %1 fields.</source>
        <translation>meer dan %1 velden.</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one: quote the whole field and double the quotes inside it.</source>
        <translation>een aanhalingsteken in een veld dat er niet mee begint: zet het hele veld tussen aanhalingstekens en verdubbel de aanhalingstekens erin.</translation>
    </message>
    <message>
        <source>text after the closing quote of a field.</source>
        <translation>tekst na het afsluitende aanhalingsteken van een veld.</translation>
    </message>
    <message>
        <source>%1: the text is not valid UTF-8.</source>
        <translation>%1: de tekst is geen geldige UTF-8.</translation>
    </message>
    <message>
        <source>%1: a control character in a field (only tab is allowed).</source>
        <translation>%1: een stuurteken in een veld (alleen tab is toegestaan).</translation>
    </message>
    <message>
        <source>%1: a field is longer than %2 characters.</source>
        <translation>%1: een veld is langer dan %2 tekens.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Line 1: the header must be exactly &quot;%1&quot;, in this order.</source>
        <translation>Regel 1: de kopregel moet exact &quot;%1&quot; zijn, in deze volgorde.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date written YYYY-MM-DD (from 1900 on).</source>
        <translation>%1: &quot;%2&quot; is geen datum in de vorm YYYY-MM-DD (vanaf 1900).</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; is not a whole number of cents (digits only: no sign, no decimals).</source>
        <translation>%1: %2 &quot;%3&quot; is geen geheel aantal cent (alleen cijfers: geen plus- of minteken, geen decimalen).</translation>
    </message>
    <message>
        <source>%1: %2 is more than %3 cents.</source>
        <translation>%1: %2 is meer dan %3 cent.</translation>
    </message>
    <message>
        <source>%1: %2 fields where a row has %3 (%4).</source>
        <translation>%1: %2 velden, terwijl een rij er %3 heeft (%4).</translation>
    </message>
    <message>
        <source>%1: the row has no txn_id.</source>
        <translation>%1: de rij heeft geen txn_id.</translation>
    </message>
    <message>
        <source>%1: the row has no account_code.</source>
        <translation>%1: de rij heeft geen account_code.</translation>
    </message>
    <message>
        <source>%1: the row has no account_name.</source>
        <translation>%1: de rij heeft geen account_name.</translation>
    </message>
    <message>
        <source>%1: neither debit_cents nor credit_cents has a value.</source>
        <translation>%1: noch debit_cents noch credit_cents heeft een waarde.</translation>
    </message>
    <message>
        <source>%1: both debit_cents and credit_cents hold an amount; a row has one or the other.</source>
        <translation>%1: zowel debit_cents als credit_cents bevat een bedrag; een rij heeft het ene of het andere.</translation>
    </message>
    <message>
        <source>%1: the date %2 differs from the transaction&apos;s first row (%3).</source>
        <translation>%1: de datum %2 verschilt van die van de eerste rij van de transactie (%3).</translation>
    </message>
    <message>
        <source>%1: more than %2 rows in one transaction.</source>
        <translation>%1: meer dan %2 rijen in één transactie.</translation>
    </message>
    <message>
        <source>%1: transaction %2 comes again after other transactions; the rows of one transaction must follow each other.</source>
        <translation>%1: transactie %2 komt opnieuw voor na andere transacties; de rijen van één transactie moeten op elkaar volgen.</translation>
    </message>
</context>
<context>
    <name>JournalImporter</name>
    <message>
        <source>Line %1 (transaction %2): %3</source>
        <translation>Regel %1 (transactie %2): %3</translation>
    </message>
    <message>
        <source>There is no journal %1.</source>
        <translation>Er is geen dagboek %1.</translation>
    </message>
    <message>
        <source>the account_name &quot;%1&quot; of account %2 does not start with Assets, Liabilities, Equity, Income or Expenses.</source>
        <translation>de account_name &quot;%1&quot; van rekening %2 begint niet met Assets, Liabilities, Equity, Income of Expenses.</translation>
    </message>
    <message>
        <source>account %1 is of type %2 in the chart of accounts, but the file makes it %3 (&quot;%4&quot;).</source>
        <translation>rekening %1 is van het type %2 in het rekeningschema, maar het bestand maakt er %3 van (&quot;%4&quot;).</translation>
    </message>
    <message>
        <source>this transaction was imported into journal %1 before; the file is not imported again.</source>
        <translation>deze transactie is al eerder in dagboek %1 geïmporteerd; het bestand wordt niet opnieuw geïmporteerd.</translation>
    </message>
    <message>
        <source>the txn_id is longer than %1 characters.</source>
        <translation>de txn_id is langer dan %1 tekens.</translation>
    </message>
    <message>
        <source>the counterparty is longer than %1 characters.</source>
        <translation>de tegenpartij is langer dan %1 tekens.</translation>
    </message>
    <message>
        <source>the description is longer than %1 characters.</source>
        <translation>de omschrijving is langer dan %1 tekens.</translation>
    </message>
</context>
<context>
    <name>JournalListing</name>
    <message>
        <source>Journal %1 (%2).</source>
        <translation>Dagboek %1 (%2).</translation>
    </message>
    <message>
        <source>All journals.</source>
        <translation>Alle dagboeken.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Dagboek</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Boeking</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Rekening</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debet</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>JournalRepository</name>
    <message>
        <source>The journal does not exist.</source>
        <translation>Het dagboek bestaat niet.</translation>
    </message>
    <message>
        <source>There is no journal %1.</source>
        <translation>Er is geen dagboek %1.</translation>
    </message>
    <message>
        <source>The file has no %1 journal.</source>
        <translation>Het bestand heeft geen dagboek %1.</translation>
    </message>
    <message>
        <source>A journal code has 1 to 20 letters or digits.</source>
        <translation>Een dagboekcode bestaat uit 1 tot 20 letters of cijfers.</translation>
    </message>
    <message>
        <source>Give the journal a name of at most 100 characters.</source>
        <translation>Geef het dagboek een naam van hoogstens 100 tekens.</translation>
    </message>
    <message>
        <source>A bank or cash journal needs the account its money is on.</source>
        <translation>Een bank- of kasdagboek heeft de rekening nodig waarop het geld staat.</translation>
    </message>
    <message>
        <source>Only a bank or cash journal has an account of its own.</source>
        <translation>Alleen een bank- of kasdagboek heeft een eigen rekening.</translation>
    </message>
    <message>
        <source>Journal %1 already exists.</source>
        <translation>Dagboek %1 bestaat al.</translation>
    </message>
    <message>
        <source>Only a bank journal has an IBAN.</source>
        <translation>Alleen een bankdagboek heeft een IBAN.</translation>
    </message>
</context>
<context>
    <name>JsonObjectReader</name>
    <message>
        <source>%1 must be %2.</source>
        <translation>%1 moet %2 zijn.</translation>
    </message>
    <message>
        <source>%1 is needed.</source>
        <translation>%1 is vereist.</translation>
    </message>
    <message>
        <source>%1 is not a field of this format (it has: %2).</source>
        <translation>%1 is geen veld van dit formaat (het heeft: %2).</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>een tekenreeks</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 is langer dan %2 tekens.</translation>
    </message>
    <message>
        <source>a number or a decimal string</source>
        <translation>een getal of een decimaal getal als tekenreeks</translation>
    </message>
    <message>
        <source>%1 must be a date as YYYY-MM-DD.</source>
        <translation>%1 moet een datum zijn in de vorm YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>een array</translation>
    </message>
    <message>
        <source>%1 has more than %2 items.</source>
        <translation>%1 heeft meer dan %2 elementen.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 moet een geheel getal van %2 tot %3 zijn.</translation>
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
    <name>KvkNumber</name>
    <message>
        <source>No KvK number was entered.</source>
        <translation>Er is geen KvK-nummer ingevoerd.</translation>
    </message>
    <message>
        <source>A KvK number contains only digits, not “%1”.</source>
        <translation>Een KvK-nummer bevat alleen cijfers, geen “%1”.</translation>
    </message>
    <message>
        <source>A KvK number has 8 digits.</source>
        <translation>Een KvK-nummer heeft 8 cijfers.</translation>
    </message>
    <message>
        <source>This is not a valid KvK number.</source>
        <translation>Dit is geen geldig KvK-nummer.</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>A reversal is not reversed again; post a new entry instead.</source>
        <translation>Een tegenboeking wordt niet opnieuw tegengeboekt; maak in plaats daarvan een nieuwe boeking.</translation>
    </message>
    <message>
        <source>This entry was reversed already.</source>
        <translation>Deze boeking is al tegengeboekt.</translation>
    </message>
    <message>
        <source>The closing of a fiscal year cannot be reversed.</source>
        <translation>De afsluiting van een boekjaar kan niet worden tegengeboekt.</translation>
    </message>
    <message>
        <source>Reversal of entry %1</source>
        <translation>Tegenboeking van boeking %1</translation>
    </message>
    <message>
        <source>Opening balances</source>
        <translation>Openingsbalans</translation>
    </message>
    <message>
        <source>Account %1 takes the difference of the opening balances; give it no balance of its own.</source>
        <translation>Rekening %1 vangt het verschil van de openingssaldi op; geef deze rekening geen eigen saldo.</translation>
    </message>
    <message>
        <source>Enter at least one opening balance.</source>
        <translation>Vul minstens één openingssaldo in.</translation>
    </message>
    <message>
        <source>Choose the last day of the period to close.</source>
        <translation>Kies de laatste dag van de periode die u wilt afsluiten.</translation>
    </message>
    <message>
        <source>Only a period that is over can be closed.</source>
        <translation>Alleen een verstreken periode kan worden afgesloten.</translation>
    </message>
    <message>
        <source>The books are closed up to %1; a closed period cannot be reopened.</source>
        <translation>De boeken zijn afgesloten tot en met %1; een afgesloten periode kan niet worden heropend.</translation>
    </message>
</context>
<context>
    <name>LedgerCheck</name>
    <message>
        <source>Account %1, %2: the lines add up to debit %3 and credit %4, the stored totals say debit %5 and credit %6.</source>
        <translation>Rekening %1, %2: de boekingsregels geven samen debet %3 en credit %4, maar de opgeslagen totalen geven debet %5 en credit %6.</translation>
    </message>
    <message>
        <source>The ledger does not balance: total debit %1, total credit %2.</source>
        <translation>Het grootboek is niet in evenwicht: totaal debet %1, totaal credit %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n journal line(s) belong to no entry.</source>
        <translation>
            <numerusform>%n boekingsregel hoort bij geen enkele boeking.</numerusform>
            <numerusform>%n boekingsregels horen bij geen enkele boeking.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerSetup</name>
    <message>
        <source>The file has a chart of accounts already.</source>
        <translation>Het bestand heeft al een rekeningschema.</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kas</translation>
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
    <name>Money</name>
    <message>
        <source>The amount is too large.</source>
        <translation>Het bedrag is te groot.</translation>
    </message>
    <message>
        <source>Amounts in different currencies cannot be combined.</source>
        <translation>Bedragen in verschillende valuta kunnen niet worden samengeteld.</translation>
    </message>
</context>
<context>
    <name>Mt940Account</name>
    <message>
        <source>the account &quot;%1&quot; is not an IBAN; Kasboek needs the IBAN of the account a statement is for.</source>
        <translation>de rekening &quot;%1&quot; is geen IBAN; Kasboek heeft de IBAN nodig van de rekening waarvoor een rekeninguittreksel is opgesteld.</translation>
    </message>
</context>
<context>
    <name>Mt940Amount</name>
    <message>
        <source>the amount &quot;%1&quot; is not digits with a decimal comma, such as 1234,56.</source>
        <translation>het bedrag &quot;%1&quot; bestaat niet uit cijfers met een decimale komma, zoals 1234,56.</translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; is longer than the %2 characters MT940 allows.</source>
        <translation>het bedrag &quot;%1&quot; is langer dan de %2 tekens die MT940 toestaat.</translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; has more decimals than %2 allows (%3).</source>
        <translation>het bedrag &quot;%1&quot; heeft meer decimalen dan %2 toelaat (%3).</translation>
    </message>
</context>
<context>
    <name>Mt940Balance</name>
    <message>
        <source>a balance is written as C or D, the date (YYMMDD), the currency and the amount, such as C230131EUR1234,56; this one is &quot;%1&quot;.</source>
        <translation>een saldo wordt geschreven als C of D, de datum (YYMMDD), de valuta en het bedrag, zoals C230131EUR1234,56; dit saldo is &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the balance must start with C (credit) or D (debit), not &quot;%1&quot;.</source>
        <translation>het saldo moet beginnen met C (credit) of D (debet), niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYMMDD).</source>
        <translation>&quot;%1&quot; is geen datum (YYMMDD).</translation>
    </message>
    <message>
        <source>the currency &quot;%1&quot; is not one Kasboek knows.</source>
        <translation>de valuta &quot;%1&quot; is geen valuta die Kasboek kent.</translation>
    </message>
</context>
<context>
    <name>Mt940Field</name>
    <message>
        <source>%1 on line %2: %3</source>
        <translation>%1 op regel %2: %3</translation>
    </message>
</context>
<context>
    <name>Mt940Reader</name>
    <message>
        <source>The file is %1 MiB; an MT940 file Kasboek reads is at most %2 MiB.</source>
        <translation>Het bestand is %1 MiB groot; een MT940-bestand dat Kasboek leest, is hoogstens %2 MiB.</translation>
    </message>
    <message>
        <source>the end of the message on line %1</source>
        <translation>het einde van het bericht op regel %1</translation>
    </message>
    <message>
        <source>the next statement on line %1</source>
        <translation>het volgende rekeninguittreksel op regel %1</translation>
    </message>
    <message>
        <source>this field is outside a statement: each statement starts with :20:.</source>
        <translation>dit veld staat buiten een rekeninguittreksel: elk rekeninguittreksel begint met :20:.</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>het einde van het bestand</translation>
    </message>
    <message>
        <source>This is not an MT940 file: line %1 is not part of a statement, and no statement (:20:) follows.</source>
        <translation>Dit is geen MT940-bestand: regel %1 hoort niet bij een rekeninguittreksel, en er volgt geen rekeninguittreksel (:20:).</translation>
    </message>
    <message>
        <source>The file holds no MT940 statement: it has no :20: field.</source>
        <translation>Het bestand bevat geen MT940-rekeninguittreksel: het heeft geen veld :20:.</translation>
    </message>
</context>
<context>
    <name>Mt940StatementBuilder</name>
    <message>
        <source>The statement that starts on line %1 has no closing balance (:62F:): %2 comes first. The file is incomplete.</source>
        <translation>Het rekeninguittreksel dat op regel %1 begint, heeft geen eindsaldo (:62F:): eerst komt %2. Het bestand is onvolledig.</translation>
    </message>
    <message>
        <source>the statement that starts on line %1 already has an opening balance.</source>
        <translation>het rekeninguittreksel dat op regel %1 begint, heeft al een beginsaldo.</translation>
    </message>
    <message>
        <source>The statement that starts on line %1 has no account (:25:) before its closing balance on line %2.</source>
        <translation>Het rekeninguittreksel dat op regel %1 begint, heeft geen rekening (:25:) vóór het eindsaldo op regel %2.</translation>
    </message>
    <message>
        <source>The statement that starts on line %1 has no opening balance (:60F:) before its closing balance on line %2.</source>
        <translation>Het rekeninguittreksel dat op regel %1 begint, heeft geen beginsaldo (:60F:) vóór het eindsaldo op regel %2.</translation>
    </message>
    <message>
        <source>the closing balance is in %1, the opening balance in %2.</source>
        <translation>het eindsaldo is in %1, het beginsaldo in %2.</translation>
    </message>
    <message>
        <source>:61: on line %1: the movement comes before the opening balance (:60F:) of the statement that starts on line %2.</source>
        <translation>:61: op regel %1: de verrichting staat vóór het beginsaldo (:60F:) van het rekeninguittreksel dat op regel %2 begint.</translation>
    </message>
</context>
<context>
    <name>Mt940StatementLine</name>
    <message>
        <source>the movement must start with its value date (YYMMDD), not &quot;%1&quot;.</source>
        <translation>de verrichting moet beginnen met de valutadatum (YYMMDD), niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entry date (MMDD).</source>
        <translation>&quot;%1&quot; is geen boekingsdatum (MMDD).</translation>
    </message>
    <message>
        <source>after the dates comes D, C, RD or RC, not &quot;%1&quot;.</source>
        <translation>na de datums komt D, C, RD of RC, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>after the amount comes the transaction type (N, F or S and three characters, such as NTRF), not &quot;%1&quot;.</source>
        <translation>na het bedrag komt het transactietype (N, F of S en drie tekens, zoals NTRF), niet &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>NumberPattern</name>
    <message>
        <source>The width in {%1} must be a digit from 1 to %2.</source>
        <translation>De breedte in {%1} moet een cijfer van 1 tot %2 zijn.</translation>
    </message>
    <message>
        <source>{%1} is not a token of a number pattern; use {year}, {yy}, {month}, {seq} or {seq:4}.</source>
        <translation>{%1} is geen onderdeel van een nummerpatroon; gebruik {year}, {yy}, {month}, {seq} of {seq:4}.</translation>
    </message>
    <message>
        <source>Enter a number pattern, for example {year}-{seq:4}.</source>
        <translation>Vul een nummerpatroon in, bijvoorbeeld {year}-{seq:4}.</translation>
    </message>
    <message>
        <source>A number pattern has at most %1 characters.</source>
        <translation>Een nummerpatroon heeft hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>A { in the number pattern is not closed with }.</source>
        <translation>Een { in het nummerpatroon wordt niet afgesloten met }.</translation>
    </message>
    <message>
        <source>A } in the number pattern has no { before it.</source>
        <translation>Voor een } in het nummerpatroon staat geen {.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be part of a document number; use letters, digits and - _ / . #.</source>
        <translation>&quot;%1&quot; kan geen deel uitmaken van een documentnummer; gebruik letters, cijfers en - _ / . #.</translation>
    </message>
    <message>
        <source>A number pattern needs the sequence number: {seq} or {seq:4}.</source>
        <translation>Een nummerpatroon heeft het volgnummer nodig: {seq} of {seq:4}.</translation>
    </message>
    <message>
        <source>A number pattern has one sequence number, not %1.</source>
        <translation>Een nummerpatroon heeft één volgnummer, niet %1.</translation>
    </message>
    <message>
        <source>A pattern with {month} also needs {year} or {yy}, or its numbers repeat every year.</source>
        <translation>Een patroon met {month} heeft ook {year} of {yy} nodig, anders herhalen de nummers zich elk jaar.</translation>
    </message>
</context>
<context>
    <name>NumberSeriesRepository</name>
    <message>
        <source>There is no default numbering series for %1.</source>
        <translation>Er is geen standaardnummerreeks voor %1.</translation>
    </message>
    <message>
        <source>A numbering series keeps the document type it numbers.</source>
        <translation>Een nummerreeks behoudt het documenttype dat ze nummert.</translation>
    </message>
    <message>
        <source>Make another series the default; this one then stops being it.</source>
        <translation>Maak een andere reeks de standaardreeks; deze reeks is dan niet langer de standaard.</translation>
    </message>
    <message>
        <source>An archived series cannot be the default.</source>
        <translation>Een gearchiveerde reeks kan niet de standaardreeks zijn.</translation>
    </message>
    <message>
        <source>The default series cannot be archived; make another series the default first.</source>
        <translation>De standaardreeks kan niet worden gearchiveerd; maak eerst een andere reeks de standaardreeks.</translation>
    </message>
    <message>
        <source>A number is given for a valid issue date.</source>
        <translation>Een nummer wordt alleen toegekend bij een geldige uitgiftedatum.</translation>
    </message>
    <message>
        <source>The numbering series is archived; choose another one.</source>
        <translation>De nummerreeks is gearchiveerd; kies een andere.</translation>
    </message>
    <message>
        <source>Numbers up to %1 were already given out in this series; the next one is at least %2.</source>
        <translation>In deze reeks zijn al nummers tot en met %1 toegekend; het volgende is minstens %2.</translation>
    </message>
    <message numerus="yes">
        <source>The series numbers %n document(s) and cannot be deleted; archive it instead.</source>
        <translation>
            <numerusform>De reeks nummert %n document en kan niet worden verwijderd; archiveer de reeks in plaats daarvan.</numerusform>
            <numerusform>De reeks nummert %n documenten en kan niet worden verwijderd; archiveer de reeks in plaats daarvan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The default series cannot be deleted; make another series the default first.</source>
        <translation>De standaardreeks kan niet worden verwijderd; maak eerst een andere reeks de standaardreeks.</translation>
    </message>
    <message>
        <source>Only quotes, invoices and credit notes are numbered by a series.</source>
        <translation>Alleen offertes, facturen en creditnota&apos;s worden door een reeks genummerd.</translation>
    </message>
    <message>
        <source>A series name has at most %1 characters.</source>
        <translation>Een reeksnaam heeft hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>The numbering series does not exist (any more).</source>
        <translation>De nummerreeks bestaat niet (meer).</translation>
    </message>
    <message>
        <source>A list cannot start before its first row.</source>
        <translation>Een lijst kan niet vóór haar eerste rij beginnen.</translation>
    </message>
    <message>
        <source>The series&apos; id and uid belong to different series.</source>
        <translation>De id en uid van de reeks horen bij verschillende reeksen.</translation>
    </message>
    <message>
        <source>A numbering series with this id is already stored.</source>
        <translation>Er is al een nummerreeks met deze id opgeslagen.</translation>
    </message>
</context>
<context>
    <name>PassphraseSource</name>
    <message>
        <source>Read the current passphrase from the first line of file descriptor N and, unless KASBOEK_NEW_PASSPHRASE or --new-passphrase-fd gives it, the new one from the next line.</source>
        <translation>Lees de huidige wachtzin uit de eerste regel van bestandsdescriptor N en, tenzij KASBOEK_NEW_PASSPHRASE of --new-passphrase-fd die levert, de nieuwe uit de volgende regel.</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of file descriptor N (when KASBOEK_PASSPHRASE is not set).</source>
        <translation>Lees de wachtzin uit de eerste regel van bestandsdescriptor N (als KASBOEK_PASSPHRASE niet is ingesteld).</translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of file descriptor N (when KASBOEK_NEW_PASSPHRASE is not set).</source>
        <translation>Lees de nieuwe wachtzin uit de eerste regel van bestandsdescriptor N (als KASBOEK_NEW_PASSPHRASE niet is ingesteld).</translation>
    </message>
    <message>
        <source>Passphrases are never taken from the command line. The current passphrase comes from KASBOEK_PASSPHRASE when it is set, otherwise from the next line of --passphrase-fd, otherwise from a prompt on the terminal. The new one comes from KASBOEK_NEW_PASSPHRASE when it is set, otherwise from the next line of --new-passphrase-fd (or, without it, of --passphrase-fd), otherwise from the terminal, where it is asked twice.</source>
        <translation>Wachtzinnen worden nooit van de opdrachtregel overgenomen. De huidige wachtzin komt uit KASBOEK_PASSPHRASE als die is ingesteld, anders uit de volgende regel van --passphrase-fd, anders uit een vraag in de terminal. De nieuwe komt uit KASBOEK_NEW_PASSPHRASE als die is ingesteld, anders uit de volgende regel van --new-passphrase-fd (of, zonder die optie, van --passphrase-fd), anders uit de terminal, waar ze twee keer wordt gevraagd.</translation>
    </message>
    <message>
        <source>Passphrases are never taken from the command line. The passphrase comes from the environment variable KASBOEK_PASSPHRASE when it is set, otherwise from the first line of --passphrase-fd, otherwise from a prompt on the terminal without echo.</source>
        <translation>Wachtzinnen worden nooit van de opdrachtregel overgenomen. De wachtzin komt uit de omgevingsvariabele KASBOEK_PASSPHRASE als die is ingesteld, anders uit de eerste regel van --passphrase-fd, anders uit een vraag in de terminal zonder weergave van de invoer.</translation>
    </message>
    <message>
        <source>option --%1 needs a file descriptor number, not &apos;%2&apos;</source>
        <translation>optie --%1 heeft het nummer van een bestandsdescriptor nodig, niet &apos;%2&apos;</translation>
    </message>
    <message>
        <source>option --%1: file descriptor %2 is not open</source>
        <translation>optie --%1: bestandsdescriptor %2 is niet open</translation>
    </message>
    <message>
        <source>file descriptor %1 could not be read for a passphrase</source>
        <translation>bestandsdescriptor %1 kon niet worden gelezen voor een wachtzin</translation>
    </message>
    <message>
        <source>file descriptor %1 ended before a passphrase was read</source>
        <translation>bestandsdescriptor %1 eindigde voordat er een wachtzin was gelezen</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is longer than %n bytes.</source>
        <translation>
            <numerusform>De wachtzin is langer dan %n byte.</numerusform>
            <numerusform>De wachtzin is langer dan %n bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>no new passphrase: set KASBOEK_NEW_PASSPHRASE, use --new-passphrase-fd N or a second line on --passphrase-fd, or run on a terminal</source>
        <translation>geen nieuwe wachtzin: stel KASBOEK_NEW_PASSPHRASE in, gebruik --new-passphrase-fd N of een tweede regel op --passphrase-fd, of voer de opdracht uit in een terminal</translation>
    </message>
    <message>
        <source>no passphrase: set KASBOEK_PASSPHRASE, use --passphrase-fd N, or run on a terminal</source>
        <translation>geen wachtzin: stel KASBOEK_PASSPHRASE in, gebruik --passphrase-fd N, of voer de opdracht uit in een terminal</translation>
    </message>
    <message>
        <source>The passphrase could not be read from the terminal.</source>
        <translation>De wachtzin kon niet uit de terminal worden gelezen.</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Wachtzin voor %1: </translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>Nieuwe wachtzin voor %1: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Herhaal de nieuwe wachtzin: </translation>
    </message>
    <message>
        <source>The passphrases do not match; nothing was changed.</source>
        <translation>De wachtzinnen komen niet overeen; er is niets gewijzigd.</translation>
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
    <name>PasswdCommand</name>
    <message>
        <source>Change the passphrase of a file.</source>
        <translation>De wachtzin van een bestand wijzigen.</translation>
    </message>
    <message numerus="yes">
        <source>Unlocks FILE with its current passphrase, then re-encrypts it under the new one (at least %n characters) with a fresh salt and the current key derivation parameters. The change is atomic: afterwards only the new passphrase opens the file; if it is interrupted, only the old one does.</source>
        <translation>
            <numerusform>Ontgrendelt FILE met de huidige wachtzin en versleutelt het daarna opnieuw met de nieuwe (minstens %n teken), met een nieuwe salt en de huidige parameters voor sleutelafleiding. De wijziging is atomair: daarna opent alleen de nieuwe wachtzin het bestand; wordt ze onderbroken, dan alleen de oude.</numerusform>
            <numerusform>Ontgrendelt FILE met de huidige wachtzin en versleutelt het daarna opnieuw met de nieuwe (minstens %n tekens), met een nieuwe salt en de huidige parameters voor sleutelafleiding. De wijziging is atomair: daarna opent alleen de nieuwe wachtzin het bestand; wordt ze onderbroken, dan alleen de oude.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed the passphrase of %1.</source>
        <translation>De wachtzin van %1 is gewijzigd.</translation>
    </message>
</context>
<context>
    <name>PaymentPosting</name>
    <message>
        <source>The bank charges are more than the payment.</source>
        <translation>De bankkosten zijn hoger dan de betaling.</translation>
    </message>
    <message>
        <source>Payment of %1 %2</source>
        <translation>Betaling van %1 %2</translation>
    </message>
    <message>
        <source>Bank charges</source>
        <translation>Bankkosten</translation>
    </message>
    <message>
        <source>Payment difference written off</source>
        <translation>Betalingsverschil afgeboekt</translation>
    </message>
    <message>
        <source>Paid in excess, kept on account</source>
        <translation>Te veel betaald, op rekening gehouden</translation>
    </message>
</context>
<context>
    <name>PaymentRepository</name>
    <message>
        <source>Bank charges, an excess and a write-off are in the currency of the payment.</source>
        <translation>Bankkosten, een te veel betaald bedrag en een afboeking zijn in de valuta van de betaling.</translation>
    </message>
    <message>
        <source>Bank charges, an excess and a write-off are not negative.</source>
        <translation>Bankkosten, een te veel betaald bedrag en een afboeking zijn niet negatief.</translation>
    </message>
    <message>
        <source>At most %1 %2 of a payment is written off as a difference.</source>
        <translation>Van een betaling wordt hoogstens %1 %2 als betalingsverschil afgeboekt.</translation>
    </message>
    <message>
        <source>A write-off is less than what the payment settles.</source>
        <translation>Een afboeking is kleiner dan wat de betaling vereffent.</translation>
    </message>
    <message>
        <source>A payment with an excess has nothing to write off.</source>
        <translation>Bij een betaling met een te veel betaald bedrag valt er niets af te boeken.</translation>
    </message>
    <message>
        <source>A refund of a credit note is at most what the credit note owes.</source>
        <translation>Een terugbetaling van een creditnota is hoogstens het bedrag dat de creditnota verschuldigd is.</translation>
    </message>
    <message>
        <source>Bank charges are less than the amount paid (%1 %2).</source>
        <translation>Bankkosten zijn lager dan het betaalde bedrag (%1 %2).</translation>
    </message>
    <message>
        <source>The excess is too large.</source>
        <translation>Het te veel betaalde bedrag is te groot.</translation>
    </message>
    <message>
        <source>Unknown payment method &quot;%1&quot;.</source>
        <translation>Onbekende betaalwijze &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The payment does not exist (any more).</source>
        <translation>De betaling bestaat niet (meer).</translation>
    </message>
    <message>
        <source>A payment is a positive amount.</source>
        <translation>Een betaling is een positief bedrag.</translation>
    </message>
    <message>
        <source>Enter the date of the payment.</source>
        <translation>Vul de datum van de betaling in.</translation>
    </message>
    <message>
        <source>A payment reference has at most %1 characters.</source>
        <translation>Een betalingsreferentie heeft hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>Only an issued invoice or credit note is paid.</source>
        <translation>Alleen een uitgegeven factuur of creditnota kan worden betaald.</translation>
    </message>
    <message>
        <source>The payment is in %1, the document in %2.</source>
        <translation>De betaling is in %1, het document in %2.</translation>
    </message>
    <message>
        <source>This file is too old for bank charges, an excess or a write-off; open it to upgrade it.</source>
        <translation>Dit bestand is te oud voor bankkosten, een te veel betaald bedrag of een afboeking; open het om het bij te werken.</translation>
    </message>
</context>
<context>
    <name>PaymentsRecordCommand</name>
    <message>
        <source>The supplier has no invoice or credit note %1.</source>
        <translation>De leverancier heeft geen factuur of creditnota %1.</translation>
    </message>
    <message>
        <source>No invoice or credit note has the number %1.</source>
        <translation>Geen enkele factuur of creditnota heeft het nummer %1.</translation>
    </message>
    <message>
        <source>Record a payment of an invoice or credit note.</source>
        <translation>Een betaling van een factuur of creditnota registreren.</translation>
    </message>
    <message>
        <source>Records money received for one of your invoices, refunded for one of your credit notes, or (with --supplier) paid for a supplier&apos;s invoice, and posts it to the ledger in the same step: the bank (or the cash box for --method cash) against the customer&apos;s or supplier&apos;s account. The amount is in the document&apos;s currency, as the payer sent it. More than is still due is refused with the amount due (exit code 5), unless --keep-excess keeps the rest on the customer&apos;s account as a credit; less leaves the rest due, unless --write-off settles a small shortfall (at most 1.00) as a payment difference. --bank-charges books the bank&apos;s fee (withheld from money in, charged on top of money out) as a cost. Nothing is stored when anything is refused.</source>
        <translation>Registreert geld dat is ontvangen voor een van uw facturen, terugbetaald voor een van uw creditnota&apos;s, of (met --supplier) betaald voor een factuur van een leverancier, en boekt het in dezelfde stap in het grootboek: de bank (of de kas bij --method cash) tegenover de rekening van de klant of leverancier. Het bedrag is in de valuta van het document, zoals de betaler het heeft overgemaakt. Meer dan wat nog verschuldigd is, wordt geweigerd met vermelding van het verschuldigde bedrag (afsluitcode 5), tenzij --keep-excess het overschot als tegoed op de rekening van de klant houdt; minder laat het restant openstaan, tenzij --write-off een klein tekort (hoogstens 1.00) als betalingsverschil vereffent. --bank-charges boekt de kosten van de bank (ingehouden op inkomend geld, bovenop uitgaand geld aangerekend) als kost. Er wordt niets opgeslagen als er iets wordt geweigerd.</translation>
    </message>
    <message>
        <source>The invoice or credit note number.</source>
        <translation>Het nummer van de factuur of creditnota.</translation>
    </message>
    <message>
        <source>The amount paid, e.g. 1210.00 (default: everything still due).</source>
        <translation>Het betaalde bedrag, bijv. 1210.00 (standaard: alles wat nog verschuldigd is).</translation>
    </message>
    <message>
        <source>The payment date (default: today).</source>
        <translation>De betaaldatum (standaard: vandaag).</translation>
    </message>
    <message>
        <source>How it was paid (default: bank_transfer).</source>
        <translation>Hoe er is betaald (standaard: bank_transfer).</translation>
    </message>
    <message>
        <source>The bank&apos;s reference or the remittance text.</source>
        <translation>De referentie van de bank of de mededeling bij de overschrijving.</translation>
    </message>
    <message>
        <source>The bank&apos;s fee on this payment, e.g. 7.50.</source>
        <translation>De kosten van de bank voor deze betaling, bijv. 7.50.</translation>
    </message>
    <message>
        <source>Settle the invoice and keep what was paid too much as a credit.</source>
        <translation>De factuur vereffenen en wat te veel is betaald als tegoed houden.</translation>
    </message>
    <message>
        <source>Settle the document; write a small shortfall off.</source>
        <translation>Het document vereffenen; een klein tekort afboeken.</translation>
    </message>
    <message>
        <source>A supplier&apos;s document: the supplier&apos;s id or uid.</source>
        <translation>Een document van een leverancier: de id of uid van de leverancier.</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD</source>
        <translation>--date heeft een datum nodig in de vorm YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--keep-excess and --write-off exclude each other</source>
        <translation>--keep-excess en --write-off sluiten elkaar uit</translation>
    </message>
    <message>
        <source>unknown --method</source>
        <translation>onbekende --method</translation>
    </message>
    <message>
        <source>--amount needs an amount in %1 such as 1210.00</source>
        <translation>--amount heeft een bedrag in %1 nodig, zoals 1210.00</translation>
    </message>
    <message>
        <source>%1 %2 is settled already; nothing more is due.</source>
        <translation>%1 %2 is al voldaan; er is niets meer verschuldigd.</translation>
    </message>
    <message>
        <source>--bank-charges needs an amount in %1 such as 7.50</source>
        <translation>--bank-charges heeft een bedrag in %1 nodig, zoals 7.50</translation>
    </message>
    <message>
        <source>Recorded %1 %2 on %3 for %4; still due: %5 %2.</source>
        <translation>%1 %2 geregistreerd op %3 voor %4; nog verschuldigd: %5 %2.</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>The PDF cannot be written.</source>
        <translation>De PDF kan niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>PeppolParticipantId</name>
    <message>
        <source>No Peppol id was entered.</source>
        <translation>Er is geen Peppol-id ingevoerd.</translation>
    </message>
    <message>
        <source>A Peppol id is a scheme and a value separated by a colon, such as 0208:0123456749.</source>
        <translation>Een Peppol-id bestaat uit een schema en een waarde, gescheiden door een dubbele punt, zoals 0208:0123456749.</translation>
    </message>
    <message>
        <source>A Peppol scheme is a 4-digit code, such as 0208.</source>
        <translation>Een Peppol-schema is een code van 4 cijfers, zoals 0208.</translation>
    </message>
    <message>
        <source>Peppol scheme %1 is for VAT numbers of %2.</source>
        <translation>Peppol-schema %1 is bedoeld voor btw-nummers van %2.</translation>
    </message>
    <message>
        <source>A Dutch OIN (Peppol scheme 0190) has 20 digits.</source>
        <translation>Een Nederlands OIN (Peppol-schema 0190) heeft 20 cijfers.</translation>
    </message>
    <message>
        <source>Peppol scheme %1 is not supported; Kasboek knows 0208 and 9925 (Belgium) and 0106, 0190 and 9944 (the Netherlands).</source>
        <translation>Peppol-schema %1 wordt niet ondersteund; Kasboek kent 0208 en 9925 (België) en 0106, 0190 en 9944 (Nederland).</translation>
    </message>
    <message>
        <source>Kasboek derives Peppol ids only from Belgian and Dutch VAT numbers, not from %1.</source>
        <translation>Kasboek leidt Peppol-id&apos;s alleen af uit Belgische en Nederlandse btw-nummers, niet uit %1.</translation>
    </message>
</context>
<context>
    <name>PeriodLockCommand</name>
    <message>
        <source>Close the books up to a date, or show up to when they are closed.</source>
        <translation>De boeken afsluiten tot een datum, of tonen tot wanneer ze zijn afgesloten.</translation>
    </message>
    <message>
        <source>With --through, closes every period up to and including that date, typically the last day of a VAT period once its return is filed: nothing dated on or before it can be posted, changed or deleted any more, and the lock only moves forward. The date must be over. Without --through, prints the date the books are closed through (or that none is).</source>
        <translation>Met --through worden alle periodes tot en met die datum afgesloten, meestal de laatste dag van een btw-periode zodra de aangifte ervan is ingediend: niets dat op of vóór die datum valt, kan nog worden geboekt, gewijzigd of verwijderd, en de afsluiting schuift alleen vooruit. De datum moet verstreken zijn. Zonder --through wordt de datum getoond tot en met wanneer de boeken zijn afgesloten (of dat er geen afsluiting is).</translation>
    </message>
    <message>
        <source>The last day to close.</source>
        <translation>De laatste dag die wordt afgesloten.</translation>
    </message>
    <message>
        <source>--through needs a date as YYYY-MM-DD</source>
        <translation>--through heeft een datum nodig in de vorm YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The books are closed through %1.</source>
        <translation>De boeken zijn afgesloten tot en met %1.</translation>
    </message>
    <message>
        <source>No period is closed.</source>
        <translation>Er is geen periode afgesloten.</translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message numerus="yes">
        <source>The product is used on %n document line(s) and cannot be deleted; archive it instead.</source>
        <translation>
            <numerusform>Het product wordt gebruikt op %n documentregel en kan niet worden verwijderd; archiveer het in plaats daarvan.</numerusform>
            <numerusform>Het product wordt gebruikt op %n documentregels en kan niet worden verwijderd; archiveer het in plaats daarvan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The product does not exist (any more).</source>
        <translation>Het product bestaat niet (meer).</translation>
    </message>
    <message>
        <source>A list cannot start before its first row.</source>
        <translation>Een lijst kan niet vóór haar eerste rij beginnen.</translation>
    </message>
    <message>
        <source>The product&apos;s id and uid belong to different products.</source>
        <translation>De id en uid van het product horen bij verschillende producten.</translation>
    </message>
    <message>
        <source>A product with this id is already stored.</source>
        <translation>Er is al een product met deze id opgeslagen.</translation>
    </message>
    <message>
        <source>Another product already has the code %1.</source>
        <translation>Een ander product heeft al de code %1.</translation>
    </message>
</context>
<context>
    <name>ProductValidator</name>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation>Vul de naam van het product in.</translation>
    </message>
    <message>
        <source>“%1” is not a unit Kasboek knows; choose one such as hour, day or unit.</source>
        <translation>“%1” is geen eenheid die Kasboek kent; kies er een zoals uur, dag of eenheid.</translation>
    </message>
    <message>
        <source>A unit price is not negative; give a discount as an allowance or credit note.</source>
        <translation>Een eenheidsprijs is niet negatief; verwerk een korting als korting op het document of als creditnota.</translation>
    </message>
</context>
<context>
    <name>ProfitAndLoss</name>
    <message>
        <source>Profit and loss</source>
        <translation>Resultatenrekening</translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation>Vergeleken met %1.</translation>
    </message>
    <message>
        <source>Before closing: entries closing a fiscal year are left out.</source>
        <translation>Vóór afsluiting: boekingen die een boekjaar afsluiten, zijn weggelaten.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Rekening</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Opbrengsten</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>Totaal opbrengsten</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation>Totaal kosten</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
</context>
<context>
    <name>PurchaseImporter</name>
    <message>
        <source>This document is addressed to %1 (VAT number %2), not to %3.</source>
        <translation>Dit document is gericht aan %1 (btw-nummer %2), niet aan %3.</translation>
    </message>
    <message>
        <source>The supplier&apos;s original UBL file</source>
        <translation>Het originele UBL-bestand van de leverancier</translation>
    </message>
</context>
<context>
    <name>QrCodeImage</name>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation>Er is niets om in de QR-code te zetten.</translation>
    </message>
    <message>
        <source>A QR code of text cannot hold a NUL byte.</source>
        <translation>Een QR-code met tekst kan geen NUL-byte bevatten.</translation>
    </message>
    <message>
        <source>The data is too long for a QR code.</source>
        <translation>De gegevens zijn te lang voor een QR-code.</translation>
    </message>
</context>
<context>
    <name>RecurrenceSchedule</name>
    <message>
        <source>Choose the date of the first invoice.</source>
        <translation>Kies de datum van de eerste factuur.</translation>
    </message>
    <message>
        <source>The schedule cannot end before it starts.</source>
        <translation>Het schema kan niet eindigen voordat het begint.</translation>
    </message>
    <message>
        <source>Unknown frequency &quot;%1&quot;.</source>
        <translation>Onbekende frequentie &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>RecurringInvoices</name>
    <message>
        <source>Only invoices recur.</source>
        <translation>Alleen facturen kunnen terugkerend zijn.</translation>
    </message>
    <message>
        <source>Enter today&apos;s date.</source>
        <translation>Vul de datum van vandaag in.</translation>
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
    <name>RecurringTemplateContent</name>
    <message>
        <source>A recurring invoice in this file cannot be read.</source>
        <translation>Een terugkerende factuur in dit bestand kan niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>RecurringTemplateRepository</name>
    <message>
        <source>The recurring invoice does not exist (any more).</source>
        <translation>De terugkerende factuur bestaat niet (meer).</translation>
    </message>
    <message>
        <source>A label has at most %1 characters.</source>
        <translation>Een label heeft hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>Enter the date of the first invoice.</source>
        <translation>Vul de datum van de eerste factuur in.</translation>
    </message>
    <message>
        <source>Enter a valid end date.</source>
        <translation>Vul een geldige einddatum in.</translation>
    </message>
    <message>
        <source>The last invoice made cannot lie before the first.</source>
        <translation>De laatst gemaakte factuur kan niet vóór de eerste liggen.</translation>
    </message>
    <message>
        <source>Choose the customer to invoice.</source>
        <translation>Kies de klant aan wie u wilt factureren.</translation>
    </message>
</context>
<context>
    <name>ReminderOptions</name>
    <message>
        <source>The day the reminders are for (default: today).</source>
        <translation>De dag waarvoor de herinneringen gelden (standaard: vandaag).</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD</source>
        <translation>--date heeft een datum nodig in de vorm YYYY-MM-DD</translation>
    </message>
    <message>
        <source>first reminder</source>
        <translation>eerste herinnering</translation>
    </message>
    <message>
        <source>second reminder</source>
        <translation>tweede herinnering</translation>
    </message>
    <message>
        <source>formal notice</source>
        <translation>ingebrekestelling</translation>
    </message>
</context>
<context>
    <name>ReminderPdfRenderer</name>
    <message>
        <source>The reminder has no date.</source>
        <translation>De herinnering heeft geen datum.</translation>
    </message>
    <message>
        <source>The reminder has no invoice number.</source>
        <translation>De herinnering heeft geen factuurnummer.</translation>
    </message>
    <message>
        <source>There is nothing to pay on this reminder: its total is zero or negative.</source>
        <translation>Er is niets te betalen op deze herinnering: het totaal is nul of negatief.</translation>
    </message>
    <message>
        <source>The amounts of the reminder are in different currencies.</source>
        <translation>De bedragen van de herinnering zijn in verschillende valuta.</translation>
    </message>
    <message>
        <source>The template leaves the payment QR code out.</source>
        <translation>Het sjabloon laat de QR-code voor de betaling weg.</translation>
    </message>
    <message>
        <source>There is nothing left to pay.</source>
        <translation>Er is niets meer te betalen.</translation>
    </message>
    <message>
        <source>The PDF cannot be written.</source>
        <translation>De PDF kan niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>ReminderPolicy</name>
    <message>
        <source>The first reminder goes out 0 to 365 days after the due date.</source>
        <translation>De eerste herinnering wordt 0 tot 365 dagen na de vervaldatum verstuurd.</translation>
    </message>
    <message>
        <source>The second reminder must come after the first.</source>
        <translation>De tweede herinnering moet na de eerste komen.</translation>
    </message>
    <message>
        <source>The formal notice must come after the second reminder.</source>
        <translation>De ingebrekestelling moet na de tweede herinnering komen.</translation>
    </message>
    <message>
        <source>The interest rate lies between 0 and 100 %.</source>
        <translation>De rentevoet ligt tussen 0 en 100 %.</translation>
    </message>
    <message>
        <source>The compensation cannot be negative.</source>
        <translation>De schadevergoeding kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Het bedrag is te groot.</translation>
    </message>
    <message>
        <source>Unknown reminder level %1.</source>
        <translation>Onbekend herinneringsniveau %1.</translation>
    </message>
</context>
<context>
    <name>ReminderRepository</name>
    <message>
        <source>The reminder does not exist.</source>
        <translation>De herinnering bestaat niet.</translation>
    </message>
    <message>
        <source>Enter the date of the reminder.</source>
        <translation>Vul de datum van de herinnering in.</translation>
    </message>
    <message>
        <source>A reminder asks for a positive amount.</source>
        <translation>Een herinnering vraagt om een positief bedrag.</translation>
    </message>
    <message>
        <source>The interest is a positive amount in the invoice&apos;s currency.</source>
        <translation>De rente is een positief bedrag in de valuta van de factuur.</translation>
    </message>
    <message>
        <source>The compensation is a positive amount in the invoice&apos;s currency.</source>
        <translation>De schadevergoeding is een positief bedrag in de valuta van de factuur.</translation>
    </message>
    <message>
        <source>A reminder is for an invoice past its due date.</source>
        <translation>Een herinnering geldt voor een factuur waarvan de vervaldatum verstreken is.</translation>
    </message>
    <message>
        <source>The interest rate is between 0 and 100 %.</source>
        <translation>De rentevoet ligt tussen 0 en 100 %.</translation>
    </message>
    <message>
        <source>Only an issued sales invoice gets a reminder.</source>
        <translation>Alleen een uitgegeven verkoopfactuur krijgt een herinnering.</translation>
    </message>
    <message>
        <source>The reminder is in %1, the invoice in %2.</source>
        <translation>De herinnering is in %1, de factuur in %2.</translation>
    </message>
    <message>
        <source>Reminders are sent one level after the other.</source>
        <translation>Herinneringen worden niveau na niveau verstuurd.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>A reminder setting in this file cannot be read.</source>
        <translation>Een herinneringsinstelling in dit bestand kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The fixed compensation is an amount in euro.</source>
        <translation>De forfaitaire schadevergoeding is een bedrag in euro.</translation>
    </message>
    <message>
        <source>Only an issued sales invoice gets a reminder.</source>
        <translation>Alleen een uitgegeven verkoopfactuur krijgt een herinnering.</translation>
    </message>
    <message>
        <source>Enter the date of the reminder.</source>
        <translation>Vul de datum van de herinnering in.</translation>
    </message>
    <message>
        <source>This invoice is not due for a reminder on that date.</source>
        <translation>Deze factuur is op die datum niet aan een herinnering toe.</translation>
    </message>
</context>
<context>
    <name>RemindersDueCommand</name>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Dagen te laat</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Rente</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Schadevergoeding</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>List the overdue invoices that are due for a reminder.</source>
        <translation>De vervallen facturen tonen die aan een herinnering toe zijn.</translation>
    </message>
    <message>
        <source>Lists the issued invoices with an amount outstanding whose next reminder (first, second or formal notice, after the days set in the file) is due on the date, with the late-payment interest and fixed compensation that reminder would claim. Amounts are plain decimals in the invoice&apos;s currency. Nothing is recorded: &apos;kasboek-cli reminders send&apos; does that.</source>
        <translation>Toont de uitgegeven facturen met een openstaand bedrag waarvan de volgende herinnering (eerste, tweede of ingebrekestelling, na het aantal dagen dat in het bestand is ingesteld) op de datum aan de beurt is, met de nalatigheidsrente en de forfaitaire schadevergoeding die die herinnering zou vorderen. Bedragen zijn gewone decimale getallen in de valuta van de factuur. Er wordt niets geregistreerd: dat doet &apos;kasboek-cli reminders send&apos;.</translation>
    </message>
    <message>
        <source>no invoice is due for a reminder on %1</source>
        <translation>geen enkele factuur is op %1 aan een herinnering toe</translation>
    </message>
</context>
<context>
    <name>RemindersLettersCommand</name>
    <message>
        <source>The number of an invoice; repeat for more, or use --all.</source>
        <translation>Het nummer van een factuur; herhaal voor meer facturen, of gebruik --all.</translation>
    </message>
    <message>
        <source>The letters of every invoice that had reminders.</source>
        <translation>De brieven van elke factuur die herinneringen heeft gehad.</translation>
    </message>
    <message>
        <source>Write again the letters of reminders already sent.</source>
        <translation>De brieven van reeds verstuurde herinneringen opnieuw schrijven.</translation>
    </message>
    <message>
        <source>Writes the letter of every reminder recorded for each invoice into DIR as reminder-LEVEL-NUMBER.pdf, with the amounts and date it was sent with. Records nothing. Prints the path of each letter.</source>
        <translation>Schrijft de brief van elke herinnering die voor elke factuur is geregistreerd naar DIR als reminder-LEVEL-NUMBER.pdf, met de bedragen en de datum waarmee ze is verstuurd. Registreert niets. Toont het pad van elke brief.</translation>
    </message>
    <message>
        <source>no reminder has been recorded for these invoices</source>
        <translation>er is geen herinnering geregistreerd voor deze facturen</translation>
    </message>
</context>
<context>
    <name>RemindersSendCommand</name>
    <message>
        <source>The number of an overdue invoice; repeat for more, or use --all.</source>
        <translation>Het nummer van een vervallen factuur; herhaal voor meer facturen, of gebruik --all.</translation>
    </message>
    <message>
        <source>Every invoice that is due for a reminder on the date.</source>
        <translation>Elke factuur die op de datum aan een herinnering toe is.</translation>
    </message>
    <message>
        <source>Record the next reminder of overdue invoices and write the letters.</source>
        <translation>De volgende herinnering van vervallen facturen registreren en de brieven schrijven.</translation>
    </message>
    <message>
        <source>For each invoice (all that are due with --all) records its next reminder on the date (first, second or formal notice, with the interest and compensation the file&apos;s settings claim) and writes the letter in the invoice&apos;s language into DIR as reminder-LEVEL-NUMBER.pdf. Prints the path of each letter. A named invoice that is not due for a reminder is refused (exit code 5); the others are still sent.</source>
        <translation>Registreert voor elke factuur (met --all: alle facturen die aan de beurt zijn) de volgende herinnering op de datum (eerste, tweede of ingebrekestelling, met de rente en de schadevergoeding die de instellingen van het bestand vorderen) en schrijft de brief in de taal van de factuur naar DIR als reminder-LEVEL-NUMBER.pdf. Toont het pad van elke brief. Een opgegeven factuur die niet aan een herinnering toe is, wordt geweigerd (afsluitcode 5); de andere worden toch verstuurd.</translation>
    </message>
    <message>
        <source>not due for a reminder on %1</source>
        <translation>op %1 niet aan een herinnering toe</translation>
    </message>
    <message>
        <source>no invoice is due for a reminder on %1</source>
        <translation>geen enkele factuur is op %1 aan een herinnering toe</translation>
    </message>
</context>
<context>
    <name>ReportCatalog</name>
    <message>
        <source>No contact has the id or uid &quot;%1&quot;.</source>
        <translation>Geen enkel contact heeft de id of uid &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD</source>
        <translation>--%1 heeft een datum nodig in de vorm YYYY-MM-DD</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Print a financial report: trial balance, profit and loss, balance sheet, ...</source>
        <translation>Een financieel rapport afdrukken: proef- en saldibalans, resultatenrekening, balans, ...</translation>
    </message>
    <message>
        <source>Reports on the books of FILE. NAME is one of: %1. The period runs from --from through --to, both included; --to defaults to today and --from to the 1st of January of --to&apos;s year. The profit and loss compares the period with the one before it (a year with the year before, a quarter with the quarter before, a month with the month before, any other period with as many days just before it); the balance sheet and the aged balances are at --to. &apos;ledger&apos; needs --account CODE; &apos;journal&apos; takes --journal CODE for one journal; &apos;statement&apos; needs --contact ID, the customer or supplier whose account it shows (the id or the uid &apos;contacts list&apos; shows).

--format text (the default) prints aligned columns for people; csv one row per line with a header (comma-separated, decimal point); json the report&apos;s own structure with amounts as decimal strings (see docs/cli.md). xlsx and pdf write a workbook or a PDF and need -o FILE; -o writes any format to a file instead of stdout.</source>
        <translation>Rapporteert over de boeken van FILE. NAME is een van: %1. De periode loopt van --from tot --to, beide inbegrepen; --to is standaard vandaag en --from 1 januari van het jaar van --to. De resultatenrekening vergelijkt de periode met de periode ervoor (een jaar met het jaar ervoor, een kwartaal met het kwartaal ervoor, een maand met de maand ervoor, elke andere periode met evenveel dagen net ervoor); de balans en de ouderdomsanalyses gelden op --to. &apos;ledger&apos; vereist --account CODE; &apos;journal&apos; neemt --journal CODE voor één dagboek; &apos;statement&apos; vereist --contact ID, de klant of leverancier van wie het de rekening toont (de id of de uid die &apos;contacts list&apos; toont).

--format text (de standaard) toont uitgelijnde kolommen voor mensen; csv één rij per regel met een kopregel (kommagescheiden, decimaalpunt); json de eigen structuur van het rapport met bedragen als decimale tekenreeksen (zie docs/cli.md). xlsx en pdf schrijven een werkmap of een PDF en vereisen -o FILE; -o schrijft elk formaat naar een bestand in plaats van naar stdout.</translation>
    </message>
    <message>
        <source>The report.</source>
        <translation>Het rapport.</translation>
    </message>
    <message>
        <source>The first day of the period.</source>
        <translation>De eerste dag van de periode.</translation>
    </message>
    <message>
        <source>The last day of the period (default: today).</source>
        <translation>De laatste dag van de periode (standaard: vandaag).</translation>
    </message>
    <message>
        <source>ledger: the account, by its code.</source>
        <translation>ledger: de rekening, aan de hand van de code.</translation>
    </message>
    <message>
        <source>journal: only this journal, by its code (SAL, PUR, GEN, ...).</source>
        <translation>journal: alleen dit dagboek, aan de hand van de code (SAL, PUR, GEN, ...).</translation>
    </message>
    <message>
        <source>statement: the customer or supplier, by its id or uid.</source>
        <translation>statement: de klant of leverancier, aan de hand van de id of uid.</translation>
    </message>
    <message>
        <source>Write the report to this file instead of stdout.</source>
        <translation>Het rapport naar dit bestand schrijven in plaats van naar stdout.</translation>
    </message>
    <message>
        <source>unknown report &apos;%1&apos; (one of: %2)</source>
        <translation>onbekend rapport &apos;%1&apos; (een van: %2)</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to ligt vóór --from</translation>
    </message>
    <message>
        <source>--from is after today, and --to defaults to today</source>
        <translation>--from ligt na vandaag, en --to is standaard vandaag</translation>
    </message>
    <message>
        <source>the report %1 needs --account CODE</source>
        <translation>het rapport %1 vereist --account CODE</translation>
    </message>
    <message>
        <source>the report %1 needs --contact ID</source>
        <translation>het rapport %1 vereist --contact ID</translation>
    </message>
    <message>
        <source>--format %1 needs -o FILE</source>
        <translation>--format %1 vereist -o FILE</translation>
    </message>
</context>
<context>
    <name>ReportCsvWriter</name>
    <message>
        <source>The CSV file cannot be written.</source>
        <translation>Het CSV-bestand kan niet worden geschreven.</translation>
    </message>
    <message>
        <source>The CSV file could not be written completely.</source>
        <translation>Het CSV-bestand kon niet volledig worden geschreven.</translation>
    </message>
</context>
<context>
    <name>ReportPageChrome</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>ReportPdfRenderer</name>
    <message>
        <source>The PDF cannot be written.</source>
        <translation>De PDF kan niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>The period needs a first day between 1900 and 9999.</source>
        <translation>De periode heeft een eerste dag tussen 1900 en 9999 nodig.</translation>
    </message>
    <message>
        <source>The period needs a last day between 1900 and 9999.</source>
        <translation>De periode heeft een laatste dag tussen 1900 en 9999 nodig.</translation>
    </message>
    <message>
        <source>The period ends on %1, before it starts on %2.</source>
        <translation>De periode eindigt op %1, voordat ze begint op %2.</translation>
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
        <translation>Het rapport heeft meer rijen dan een werkblad kan bevatten (%1).</translation>
    </message>
    <message>
        <source>The report has more columns than a worksheet can hold (%1).</source>
        <translation>Het rapport heeft meer kolommen dan een werkblad kan bevatten (%1).</translation>
    </message>
    <message>
        <source>The spreadsheet could not be written to %1.</source>
        <translation>Het rekenblad kon niet naar %1 worden geschreven.</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>A setting needs a name.</source>
        <translation>Een instelling heeft een naam nodig.</translation>
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
    <name>Statement</name>
    <message>
        <source>Bank charges withheld</source>
        <translation>Ingehouden bankkosten</translation>
    </message>
    <message>
        <source>Payment difference written off</source>
        <translation>Betalingsverschil afgeboekt</translation>
    </message>
    <message>
        <source>Paid in excess, kept on account</source>
        <translation>Te veel betaald, op rekening gehouden</translation>
    </message>
    <message>
        <source>Customer account: %1</source>
        <translation>Klantrekening: %1</translation>
    </message>
    <message>
        <source>Supplier account: %1</source>
        <translation>Leveranciersrekening: %1</translation>
    </message>
    <message>
        <source>The contact does not exist.</source>
        <translation>Het contact bestaat niet.</translation>
    </message>
    <message>
        <source>Balance: what the customer owes you, or what you owe the supplier; negative: a credit in their favour or yours.</source>
        <translation>Saldo: wat de klant u verschuldigd is, of wat u de leverancier verschuldigd bent; negatief: een tegoed in het voordeel van de klant of van u.</translation>
    </message>
    <message numerus="yes">
        <source>%n open document(s) in another currency without an exchange rate left out.</source>
        <translation>
            <numerusform>%n openstaand document in een andere valuta zonder wisselkoers weggelaten.</numerusform>
            <numerusform>%n openstaande documenten in een andere valuta zonder wisselkoers weggelaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Rekeningoverzicht</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Dagen vervallen</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debet</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Beginsaldo</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Eindsaldo</translation>
    </message>
    <message>
        <source>Open at %1</source>
        <translation>Openstaand op %1</translation>
    </message>
    <message>
        <source>On account, not allocated to a document</source>
        <translation>Op rekening, niet toegewezen aan een document</translation>
    </message>
    <message>
        <source>Total open</source>
        <translation>Totaal openstaand</translation>
    </message>
</context>
<context>
    <name>StoredValue</name>
    <message>
        <source>A record in the file could not be read.</source>
        <translation>Een record in het bestand kon niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>StructuredCommunication</name>
    <message>
        <source>No structured communication was entered.</source>
        <translation>Er is geen gestructureerde mededeling ingevoerd.</translation>
    </message>
    <message>
        <source>A structured communication contains only digits, not “%1”.</source>
        <translation>Een gestructureerde mededeling bevat alleen cijfers, geen “%1”.</translation>
    </message>
    <message>
        <source>A structured communication has 12 digits, as in +++123/4567/89002+++.</source>
        <translation>Een gestructureerde mededeling heeft 12 cijfers, zoals in +++123/4567/89002+++.</translation>
    </message>
    <message>
        <source>The last two digits of this structured communication do not match the rest of it. Check for a typing error.</source>
        <translation>De laatste twee cijfers van deze gestructureerde mededeling passen niet bij de rest. Controleer op een tikfout.</translation>
    </message>
    <message>
        <source>This is not a valid structured communication.</source>
        <translation>Dit is geen geldige gestructureerde mededeling.</translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <source>The record no longer exists.</source>
        <translation>Het record bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>TrialBalance</name>
    <message>
        <source>Trial balance</source>
        <translation>Proef- en saldibalans</translation>
    </message>
    <message>
        <source>Before closing: entries closing a fiscal year in the period are left out.</source>
        <translation>Vóór afsluiting: boekingen die een boekjaar in de periode afsluiten, zijn weggelaten.</translation>
    </message>
    <message>
        <source>Balances: debit positive, credit negative.</source>
        <translation>Saldi: debet positief, credit negatief.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Rekening</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Beginsaldo</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debet</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Eindsaldo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>UblLineWriter</name>
    <message>
        <source>Line %1 has no name.</source>
        <translation>Regel %1 heeft geen naam.</translation>
    </message>
    <message>
        <source>Line %1 has no unit.</source>
        <translation>Regel %1 heeft geen eenheid.</translation>
    </message>
    <message>
        <source>Line %1 has a negative price.</source>
        <translation>Regel %1 heeft een negatieve prijs.</translation>
    </message>
</context>
<context>
    <name>UblParseAllowanceCharge</name>
    <message>
        <source>An allowance or charge amount must not be negative.</source>
        <translation>Het bedrag van een korting of toeslag mag niet negatief zijn.</translation>
    </message>
</context>
<context>
    <name>UblParseAttachment</name>
    <message>
        <source>A supporting document is a link to an outside address; it was not downloaded.</source>
        <translation>Een ondersteunend document is een link naar een extern adres; het is niet gedownload.</translation>
    </message>
    <message>
        <source>The file embeds too many attachments (at most %1).</source>
        <translation>Het bestand bevat te veel ingesloten bijlagen (hoogstens %1).</translation>
    </message>
    <message>
        <source>An attachment of type &quot;%1&quot; was left out: Peppol allows only PDF, PNG, JPEG, CSV and spreadsheets.</source>
        <translation>Een bijlage van het type &quot;%1&quot; is weggelaten: Peppol staat alleen PDF, PNG, JPEG, CSV en rekenbladen toe.</translation>
    </message>
    <message>
        <source>An embedded attachment is not valid base64.</source>
        <translation>Een ingesloten bijlage is geen geldige base64.</translation>
    </message>
    <message>
        <source>An embedded attachment is too large (at most %1 MB).</source>
        <translation>Een ingesloten bijlage is te groot (hoogstens %1 MB).</translation>
    </message>
    <message>
        <source>The embedded attachments are too large together (at most %1 MB).</source>
        <translation>De ingesloten bijlagen zijn samen te groot (hoogstens %1 MB).</translation>
    </message>
    <message>
        <source>An attachment that claims to be %1 is something else; it was left out.</source>
        <translation>Een bijlage die beweert %1 te zijn, is iets anders; ze is weggelaten.</translation>
    </message>
    <message>
        <source>The name of an attachment was made safe: &quot;%1&quot;.</source>
        <translation>De naam van een bijlage is veilig gemaakt: &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>UblParseLine</name>
    <message>
        <source>The price is too large.</source>
        <translation>De prijs is te hoog.</translation>
    </message>
    <message>
        <source>The price per base quantity cannot be kept exactly as a unit price with four decimals.</source>
        <translation>De prijs per basishoeveelheid kan niet exact worden bewaard als eenheidsprijs met vier decimalen.</translation>
    </message>
    <message>
        <source>A unit price was rounded to four decimals; the line amount is unchanged.</source>
        <translation>Een eenheidsprijs is afgerond op vier decimalen; het regelbedrag is ongewijzigd.</translation>
    </message>
    <message>
        <source>The quantity needs a unit code (UN/ECE Recommendation 20).</source>
        <translation>De hoeveelheid heeft een eenheidscode nodig (UN/ECE-aanbeveling 20).</translation>
    </message>
    <message>
        <source>The price is not in the document currency %1.</source>
        <translation>De prijs is niet in de documentvaluta %1.</translation>
    </message>
    <message>
        <source>The net price of an item must not be negative.</source>
        <translation>De nettoprijs van een artikel mag niet negatief zijn.</translation>
    </message>
    <message>
        <source>The price base quantity must be above zero.</source>
        <translation>De basishoeveelheid van de prijs moet groter dan nul zijn.</translation>
    </message>
    <message>
        <source>Charges on a line (BG-28) cannot be imported yet.</source>
        <translation>Toeslagen op een regel (BG-28) kunnen nog niet worden geïmporteerd.</translation>
    </message>
    <message>
        <source>An allowance amount must not be negative.</source>
        <translation>Een kortingsbedrag mag niet negatief zijn.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Het bedrag is te groot.</translation>
    </message>
    <message>
        <source>The line amount is too large.</source>
        <translation>Het regelbedrag is te groot.</translation>
    </message>
    <message>
        <source>The line&apos;s allowance of %1 %2 cannot be kept as a discount percentage of its amount %3.</source>
        <translation>De korting van %1 %2 op de regel kan niet worden bewaard als kortingspercentage van het regelbedrag %3.</translation>
    </message>
</context>
<context>
    <name>UblParseParty</name>
    <message>
        <source>supplier</source>
        <translation>leverancier</translation>
    </message>
    <message>
        <source>buyer</source>
        <translation>koper</translation>
    </message>
    <message>
        <source>The %1&apos;s name is too long.</source>
        <translation>De naam van de %1 is te lang.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 country code.</source>
        <translation>&quot;%1&quot; is geen landcode volgens ISO 3166-1.</translation>
    </message>
    <message>
        <source>The %1&apos;s country is not given.</source>
        <translation>Het land van de %1 is niet opgegeven.</translation>
    </message>
    <message>
        <source>The %1&apos;s VAT number is not valid and was left out.</source>
        <translation>Het btw-nummer van de %1 is niet geldig en is weggelaten.</translation>
    </message>
    <message>
        <source>An identifier of the %1 (enterprise, KvK or Peppol number) is not valid and was left out.</source>
        <translation>Een identificatienummer van de %1 (ondernemings-, KvK- of Peppol-nummer) is niet geldig en is weggelaten.</translation>
    </message>
</context>
<context>
    <name>UblParseTotals</name>
    <message>
        <source>The VAT total in the tax currency is given more than once.</source>
        <translation>Het btw-totaal in de belastingvaluta wordt meer dan eens opgegeven.</translation>
    </message>
    <message>
        <source>The VAT total in the tax currency must not have a VAT breakdown.</source>
        <translation>Het btw-totaal in de belastingvaluta mag geen btw-uitsplitsing hebben.</translation>
    </message>
    <message>
        <source>The VAT total is given more than once.</source>
        <translation>Het btw-totaal wordt meer dan eens opgegeven.</translation>
    </message>
    <message>
        <source>This VAT category and rate appear twice in the VAT breakdown.</source>
        <translation>Deze btw-categorie en dit tarief komen twee keer voor in de btw-uitsplitsing.</translation>
    </message>
    <message>
        <source>No VAT total is given in the document currency %1.</source>
        <translation>Er is geen btw-totaal opgegeven in de documentvaluta %1.</translation>
    </message>
</context>
<context>
    <name>UblParseTree</name>
    <message>
        <source>line %1, column %2</source>
        <translation>regel %1, kolom %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>0 bytes of XML</source>
        <translation>0 bytes XML</translation>
    </message>
    <message>
        <source>The file is too large for an invoice (%1 MB; at most %2 MB).</source>
        <translation>Het bestand is te groot voor een factuur (%1 MB; hoogstens %2 MB).</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>The file is not UTF-8 encoded, as Peppol requires.</source>
        <translation>Het bestand is niet in UTF-8 gecodeerd, zoals Peppol vereist.</translation>
    </message>
    <message>
        <source>line 1, column 1: UTF-16 byte order mark</source>
        <translation>regel 1, kolom 1: UTF-16-bytevolgordemarkering (BOM)</translation>
    </message>
    <message>
        <source>The file contains bytes that are not valid UTF-8.</source>
        <translation>Het bestand bevat bytes die geen geldige UTF-8 zijn.</translation>
    </message>
    <message>
        <source>The file contains a document type declaration (DOCTYPE), which an invoice never needs; it is refused for safety.</source>
        <translation>Het bestand bevat een documenttypedeclaratie (DOCTYPE), die een factuur nooit nodig heeft; het wordt om veiligheidsredenen geweigerd.</translation>
    </message>
    <message>
        <source>The file refers to an undeclared entity.</source>
        <translation>Het bestand verwijst naar een niet-gedeclareerde entiteit.</translation>
    </message>
    <message>
        <source>The file nests its elements too deeply (more than %1 levels).</source>
        <translation>Het bestand nest zijn elementen te diep (meer dan %1 niveaus).</translation>
    </message>
    <message>
        <source>The file has too many elements (more than %1).</source>
        <translation>Het bestand heeft te veel elementen (meer dan %1).</translation>
    </message>
    <message>
        <source>An element has too many attributes.</source>
        <translation>Een element heeft te veel attributen.</translation>
    </message>
    <message>
        <source>An attribute value is too long.</source>
        <translation>Een attribuutwaarde is te lang.</translation>
    </message>
    <message>
        <source>An embedded attachment is too large (at most %1 MB).</source>
        <translation>Een ingesloten bijlage is te groot (hoogstens %1 MB).</translation>
    </message>
    <message>
        <source>A text value in the file is too long (at most %1 characters).</source>
        <translation>Een tekstwaarde in het bestand is te lang (hoogstens %1 tekens).</translation>
    </message>
    <message>
        <source>The file ends too early: it looks truncated.</source>
        <translation>Het bestand eindigt te vroeg: het lijkt afgekapt.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML.</source>
        <translation>Het bestand is geen goedgevormde XML.</translation>
    </message>
    <message>
        <source>The file contains no XML element.</source>
        <translation>Het bestand bevat geen XML-element.</translation>
    </message>
    <message>
        <source>This element may appear only once here.</source>
        <translation>Dit element mag hier maar één keer voorkomen.</translation>
    </message>
    <message>
        <source>The file lacks the mandatory element %1.</source>
        <translation>Het verplichte element %1 ontbreekt in het bestand.</translation>
    </message>
    <message>
        <source>The file lacks the mandatory element %1 (%2).</source>
        <translation>Het verplichte element %1 (%2) ontbreekt in het bestand.</translation>
    </message>
    <message>
        <source>the element that should contain it</source>
        <translation>het element dat het zou moeten bevatten</translation>
    </message>
</context>
<context>
    <name>UblParseValues</name>
    <message>
        <source>This element must not be empty.</source>
        <translation>Dit element mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>This text is too long (at most %1 characters).</source>
        <translation>Deze tekst is te lang (hoogstens %1 tekens).</translation>
    </message>
    <message>
        <source>The amount has no currencyID attribute.</source>
        <translation>Het bedrag heeft geen currencyID-attribuut.</translation>
    </message>
    <message>
        <source>The amount is in %1 but the document is in %2.</source>
        <translation>Het bedrag is in %1, maar het document is in %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid amount in %2: %3</source>
        <translation>&quot;%1&quot; is geen geldig bedrag in %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number Kasboek can keep exactly (at most four decimals): %2</source>
        <translation>&quot;%1&quot; is geen getal dat Kasboek exact kan bewaren (hoogstens vier decimalen): %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; is geen datum in de vorm YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code Kasboek knows.</source>
        <translation>&quot;%1&quot; is geen ISO 4217-valutacode die Kasboek kent.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VAT category code of EN 16931.</source>
        <translation>&quot;%1&quot; is geen btw-categoriecode van EN 16931.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VAT rate between 0 and 100 with at most two decimals.</source>
        <translation>&quot;%1&quot; is geen btw-tarief tussen 0 en 100 met hoogstens twee decimalen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither true nor false.</source>
        <translation>&quot;%1&quot; is noch true noch false.</translation>
    </message>
    <message>
        <source>Only VAT is supported as tax scheme, not &quot;%1&quot;.</source>
        <translation>Alleen btw wordt ondersteund als belastingstelsel, niet &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>UblPartyIdentifiers</name>
    <message>
        <source>The seller&apos;s Peppol id is not valid: %1</source>
        <translation>De Peppol-id van de verkoper is niet geldig: %1</translation>
    </message>
    <message>
        <source>The buyer&apos;s Peppol id is not valid: %1</source>
        <translation>De Peppol-id van de koper is niet geldig: %1</translation>
    </message>
    <message>
        <source>The seller&apos;s enterprise number is not valid.</source>
        <translation>Het ondernemingsnummer van de verkoper is niet geldig.</translation>
    </message>
    <message>
        <source>The buyer&apos;s enterprise number is not valid.</source>
        <translation>Het ondernemingsnummer van de koper is niet geldig.</translation>
    </message>
    <message>
        <source>The seller&apos;s KvK number is not valid.</source>
        <translation>Het KvK-nummer van de verkoper is niet geldig.</translation>
    </message>
    <message>
        <source>The buyer&apos;s KvK number is not valid.</source>
        <translation>Het KvK-nummer van de koper is niet geldig.</translation>
    </message>
    <message>
        <source>The seller&apos;s VAT number is not valid.</source>
        <translation>Het btw-nummer van de verkoper is niet geldig.</translation>
    </message>
    <message>
        <source>The buyer&apos;s VAT number is not valid.</source>
        <translation>Het btw-nummer van de koper is niet geldig.</translation>
    </message>
    <message>
        <source>The seller has no Peppol id, and none follows from an enterprise, KvK or VAT number: Peppol needs an electronic address for both parties.</source>
        <translation>De verkoper heeft geen Peppol-id, en er volgt er ook geen uit een ondernemings-, KvK- of btw-nummer: Peppol heeft voor beide partijen een elektronisch adres nodig.</translation>
    </message>
    <message>
        <source>The buyer has no Peppol id, and none follows from an enterprise, KvK or VAT number: Peppol needs an electronic address for both parties.</source>
        <translation>De koper heeft geen Peppol-id, en er volgt er ook geen uit een ondernemings-, KvK- of btw-nummer: Peppol heeft voor beide partijen een elektronisch adres nodig.</translation>
    </message>
</context>
<context>
    <name>UblPartyWriter</name>
    <message>
        <source>The seller has no name.</source>
        <translation>De verkoper heeft geen naam.</translation>
    </message>
    <message>
        <source>The buyer has no name.</source>
        <translation>De koper heeft geen naam.</translation>
    </message>
    <message>
        <source>The seller has no valid country.</source>
        <translation>De verkoper heeft geen geldig land.</translation>
    </message>
    <message>
        <source>The buyer has no valid country.</source>
        <translation>De koper heeft geen geldig land.</translation>
    </message>
    <message>
        <source>The seller&apos;s VAT number is not valid.</source>
        <translation>Het btw-nummer van de verkoper is niet geldig.</translation>
    </message>
    <message>
        <source>The buyer&apos;s VAT number is not valid.</source>
        <translation>Het btw-nummer van de koper is niet geldig.</translation>
    </message>
</context>
<context>
    <name>UblPaymentWriter</name>
    <message>
        <source>The structured communication is not valid.</source>
        <translation>De gestructureerde mededeling is niet geldig.</translation>
    </message>
    <message>
        <source>The creditor reference is not valid.</source>
        <translation>De RF-referentie is niet geldig.</translation>
    </message>
    <message>
        <source>The seller&apos;s IBAN is not valid.</source>
        <translation>De IBAN van de verkoper is niet geldig.</translation>
    </message>
    <message>
        <source>The seller&apos;s BIC is not valid.</source>
        <translation>De BIC van de verkoper is niet geldig.</translation>
    </message>
</context>
<context>
    <name>UblReader</name>
    <message>
        <source>The supplier states that %1 %2 was paid already; record that payment separately.</source>
        <translation>De leverancier vermeldt dat %1 %2 al is betaald; registreer die betaling afzonderlijk.</translation>
    </message>
    <message>
        <source>The amount due includes a rounding of %1 %2.</source>
        <translation>Het te betalen bedrag bevat een afronding van %1 %2.</translation>
    </message>
</context>
<context>
    <name>UblReaderAmounts</name>
    <message>
        <source>The document has too many lines (at most %1).</source>
        <translation>Het document heeft te veel regels (hoogstens %1).</translation>
    </message>
    <message>
        <source>The line amounts are too large.</source>
        <translation>De regelbedragen zijn te groot.</translation>
    </message>
    <message>
        <source>A document-level allowance has a VAT category and rate that no line has; Kasboek cannot keep it yet.</source>
        <translation>Een korting op documentniveau heeft een btw-categorie en -tarief die geen enkele regel heeft; Kasboek kan die nog niet bewaren.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Het bedrag is te groot.</translation>
    </message>
    <message>
        <source>The document-level allowances are not one discount percentage over all lines; Kasboek cannot keep them exactly yet.</source>
        <translation>De kortingen op documentniveau vormen niet één kortingspercentage over alle regels; Kasboek kan ze nog niet exact bewaren.</translation>
    </message>
    <message>
        <source>The document-level allowances are kept as a discount of %1 % over all lines.</source>
        <translation>De kortingen op documentniveau worden bewaard als een korting van %1 % over alle regels.</translation>
    </message>
    <message>
        <source>An exemption reason given for VAT category %1 was ignored.</source>
        <translation>Een vrijstellingsreden voor btw-categorie %1 is genegeerd.</translation>
    </message>
    <message>
        <source>VAT category %1 needs an exemption reason (code or text).</source>
        <translation>Btw-categorie %1 heeft een vrijstellingsreden nodig (code of tekst).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VATEX exemption reason code of VAT category %2.</source>
        <translation>&quot;%1&quot; is geen VATEX-code voor een vrijstellingsreden van btw-categorie %2.</translation>
    </message>
    <message>
        <source>The VAT total in %1 was ignored: the document is in euro.</source>
        <translation>Het btw-totaal in %1 is genegeerd: het document is in euro.</translation>
    </message>
    <message>
        <source>The document is in %1 and does not state its VAT in euro: enter the exchange rate before booking it.</source>
        <translation>Het document is in %1 en vermeldt de btw niet in euro: vul de wisselkoers in voordat u het boekt.</translation>
    </message>
    <message>
        <source>The VAT in euro is not zero while the VAT is.</source>
        <translation>De btw in euro is niet nul, terwijl de btw wel nul is.</translation>
    </message>
    <message>
        <source>The document is in %1 and has no VAT to derive an exchange rate from: enter the exchange rate before booking it.</source>
        <translation>Het document is in %1 en heeft geen btw om een wisselkoers uit af te leiden: vul de wisselkoers in voordat u het boekt.</translation>
    </message>
    <message>
        <source>The VAT in euro does not match the VAT in %1.</source>
        <translation>De btw in euro komt niet overeen met de btw in %1.</translation>
    </message>
    <message>
        <source>No usable exchange rate follows from the VAT in euro.</source>
        <translation>Uit de btw in euro volgt geen bruikbare wisselkoers.</translation>
    </message>
</context>
<context>
    <name>UblReaderHeader</name>
    <message>
        <source>This is not a UBL invoice or credit note: its root element is &quot;%1&quot;.</source>
        <translation>Dit is geen UBL-factuur of -creditnota: het hoofdelement is &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The %1 element is not in the UBL 2.1 namespace (%2).</source>
        <translation>Het element %1 zit niet in de UBL 2.1-namespace (%2).</translation>
    </message>
    <message>
        <source>namespace &quot;%1&quot;</source>
        <translation>namespace &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A %1 must not contain %2.</source>
        <translation>Een %1 mag geen %2 bevatten.</translation>
    </message>
    <message>
        <source>This is not an EN 16931 (European e-invoicing) document.</source>
        <translation>Dit is geen EN 16931-document (Europese elektronische facturatie).</translation>
    </message>
    <message>
        <source>specification identifier &quot;%1&quot;</source>
        <translation>specificatie-ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The file follows &quot;%1&quot; rather than Peppol BIS Billing 3.0; it was read by the EN 16931 rules.</source>
        <translation>Het bestand volgt &quot;%1&quot; in plaats van Peppol BIS Billing 3.0; het is gelezen volgens de regels van EN 16931.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document type code Peppol allows here.</source>
        <translation>&quot;%1&quot; is geen documenttypecode die Peppol hier toestaat.</translation>
    </message>
    <message>
        <source>The document type code is %1; it is imported as a plain %2.</source>
        <translation>De documenttypecode is %1; het document wordt geïmporteerd als gewone %2.</translation>
    </message>
    <message>
        <source>credit note</source>
        <translation>creditnota</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>factuur</translation>
    </message>
    <message>
        <source>The file refers to several earlier invoices; only the first is kept.</source>
        <translation>Het bestand verwijst naar meerdere eerdere facturen; alleen de eerste wordt bewaard.</translation>
    </message>
    <message>
        <source>The file offers several ways to pay; only the first is kept.</source>
        <translation>Het bestand biedt meerdere manieren om te betalen; alleen de eerste wordt bewaard.</translation>
    </message>
    <message>
        <source>The supplier&apos;s account number is not a valid IBAN and was left out.</source>
        <translation>Het rekeningnummer van de leverancier is geen geldige IBAN en is weggelaten.</translation>
    </message>
    <message>
        <source>The supplier&apos;s BIC is not valid and was left out.</source>
        <translation>De BIC van de leverancier is niet geldig en is weggelaten.</translation>
    </message>
</context>
<context>
    <name>UblReaderTotalsCheck</name>
    <message>
        <source>stated %1, computed %2</source>
        <translation>vermeld %1, berekend %2</translation>
    </message>
    <message>
        <source>The amount of line %1 does not add up: quantity × net price, less its allowances, gives a different amount.</source>
        <translation>Het bedrag van regel %1 klopt niet: hoeveelheid × nettoprijs, min de kortingen, geeft een ander bedrag.</translation>
    </message>
    <message>
        <source>The sum of the line amounts does not match the stated total (BR-CO-10).</source>
        <translation>De som van de regelbedragen komt niet overeen met het vermelde totaal (BR-CO-10).</translation>
    </message>
    <message>
        <source>The sum of the document allowances does not match the stated total (BR-CO-11).</source>
        <translation>De som van de kortingen op documentniveau komt niet overeen met het vermelde totaal (BR-CO-11).</translation>
    </message>
    <message>
        <source>The sum of the document charges does not match the stated total (BR-CO-12).</source>
        <translation>De som van de toeslagen op documentniveau komt niet overeen met het vermelde totaal (BR-CO-12).</translation>
    </message>
    <message>
        <source>The total without VAT does not match the lines, allowances and charges (BR-CO-13).</source>
        <translation>Het totaal exclusief btw komt niet overeen met de regels, kortingen en toeslagen (BR-CO-13).</translation>
    </message>
    <message>
        <source>The VAT breakdown has no group for VAT category %1, which the lines use.</source>
        <translation>De btw-uitsplitsing heeft geen groep voor btw-categorie %1, die de regels wel gebruiken.</translation>
    </message>
    <message>
        <source>The taxable amount of VAT category %1 does not match the lines, allowances and charges in it.</source>
        <translation>Het belastbare bedrag van btw-categorie %1 komt niet overeen met de regels, kortingen en toeslagen in die categorie.</translation>
    </message>
    <message>
        <source>The VAT of category %1 is not its taxable amount × its rate, rounded to the cent (BR-CO-17).</source>
        <translation>De btw van categorie %1 is niet het belastbare bedrag × het tarief, afgerond op de cent (BR-CO-17).</translation>
    </message>
    <message>
        <source>The VAT breakdown has a group for VAT category %1, which no line, allowance or charge uses.</source>
        <translation>De btw-uitsplitsing heeft een groep voor btw-categorie %1, die geen enkele regel, korting of toeslag gebruikt.</translation>
    </message>
    <message>
        <source>The VAT total is not the sum of the VAT breakdown (BR-CO-14).</source>
        <translation>Het btw-totaal is niet de som van de btw-uitsplitsing (BR-CO-14).</translation>
    </message>
    <message>
        <source>The total with VAT is not the total without VAT plus the VAT (BR-CO-15).</source>
        <translation>Het totaal inclusief btw is niet het totaal exclusief btw plus de btw (BR-CO-15).</translation>
    </message>
    <message>
        <source>The amount due does not match the total with VAT, less what was paid, plus rounding (BR-CO-16).</source>
        <translation>Het te betalen bedrag komt niet overeen met het totaal inclusief btw, min wat al is betaald, plus de afronding (BR-CO-16).</translation>
    </message>
</context>
<context>
    <name>UblWriter</name>
    <message>
        <source>A quote is an offer, not an invoice: it cannot be sent as an e-invoice.</source>
        <translation>Een offerte is een aanbod, geen factuur: ze kan niet als e-factuur worden verstuurd.</translation>
    </message>
    <message>
        <source>Issue the document first: a draft has no number yet and may still change.</source>
        <translation>Geef het document eerst uit: een concept heeft nog geen nummer en kan nog wijzigen.</translation>
    </message>
    <message>
        <source>The document has no number.</source>
        <translation>Het document heeft geen nummer.</translation>
    </message>
    <message>
        <source>The document has no issue date.</source>
        <translation>Het document heeft geen uitgiftedatum.</translation>
    </message>
    <message>
        <source>A credit note names the invoice it corrects.</source>
        <translation>Een creditnota vermeldt de factuur die ze corrigeert.</translation>
    </message>
    <message>
        <source>Peppol cannot carry the attachment &quot;%1&quot;: only PDF, PNG, JPEG, CSV and spreadsheet files.</source>
        <translation>Peppol kan de bijlage &quot;%1&quot; niet meesturen: alleen PDF-, PNG-, JPEG-, CSV- en rekenbladbestanden.</translation>
    </message>
    <message>
        <source>The totals stored with the document differ from what its lines add up to.</source>
        <translation>De totalen die bij het document zijn opgeslagen, verschillen van de som van de regels.</translation>
    </message>
    <message>
        <source>The document needs a due date or payment terms.</source>
        <translation>Het document heeft een vervaldatum of betalingsvoorwaarden nodig.</translation>
    </message>
    <message>
        <source>A Dutch e-invoice needs the seller&apos;s IBAN.</source>
        <translation>Een Nederlandse e-factuur vereist de IBAN van de verkoper.</translation>
    </message>
</context>
<context>
    <name>UnitCodes</name>
    <message>
        <source>unit</source>
        <translation>eenheid</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>stuk</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>uur</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>minuut</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <source>month</source>
        <translation>maand</translation>
    </message>
    <message>
        <source>year</source>
        <translation>jaar</translation>
    </message>
    <message>
        <source>kilometre</source>
        <translation>kilometer</translation>
    </message>
    <message>
        <source>metre</source>
        <translation>meter</translation>
    </message>
    <message>
        <source>square metre</source>
        <translation>vierkante meter</translation>
    </message>
    <message>
        <source>kilogram</source>
        <translation>kilogram</translation>
    </message>
    <message>
        <source>litre</source>
        <translation>liter</translation>
    </message>
    <message>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <source>lump sum</source>
        <translation>forfait</translation>
    </message>
    <message>
        <source>service unit</source>
        <translation>diensteenheid</translation>
    </message>
</context>
<context>
    <name>VatCategories</name>
    <message>
        <source>Unknown VAT category code.</source>
        <translation>Onbekende btw-categoriecode.</translation>
    </message>
    <message>
        <source>VAT category %1 (standard rate) needs a rate above 0 %.</source>
        <translation>Btw-categorie %1 (normaal tarief) vereist een tarief boven 0 %.</translation>
    </message>
    <message>
        <source>VAT category %1 allows only a 0 % rate.</source>
        <translation>Btw-categorie %1 staat alleen een tarief van 0 % toe.</translation>
    </message>
</context>
<context>
    <name>VatExemptionReason</name>
    <message>
        <source>Unknown VAT exemption reason code (VATEX).</source>
        <translation>Onbekende code voor een btw-vrijstellingsreden (VATEX).</translation>
    </message>
</context>
<context>
    <name>VatForms</name>
    <message>
        <source>Operations at 0 % and under a special regime</source>
        <translation>Handelingen aan 0 % en onder een bijzondere regeling</translation>
    </message>
    <message>
        <source>Operations at 6 %</source>
        <translation>Handelingen aan 6 %</translation>
    </message>
    <message>
        <source>Operations at 12 %</source>
        <translation>Handelingen aan 12 %</translation>
    </message>
    <message>
        <source>Operations at 21 %</source>
        <translation>Handelingen aan 21 %</translation>
    </message>
    <message>
        <source>Services to customers in other EU countries</source>
        <translation>Diensten aan afnemers in andere EU-lidstaten</translation>
    </message>
    <message>
        <source>Operations where the Belgian customer pays the VAT</source>
        <translation>Handelingen waarvoor de Belgische medecontractant de btw verschuldigd is</translation>
    </message>
    <message>
        <source>Exempt intra-Community supplies of goods</source>
        <translation>Vrijgestelde intracommunautaire leveringen van goederen</translation>
    </message>
    <message>
        <source>Other exempt operations and operations abroad</source>
        <translation>Andere vrijgestelde handelingen en handelingen in het buitenland</translation>
    </message>
    <message>
        <source>Credit notes issued for grids 44 and 46</source>
        <translation>Uitgegeven creditnota&apos;s voor de roosters 44 en 46</translation>
    </message>
    <message>
        <source>Credit notes issued for the other grids</source>
        <translation>Uitgegeven creditnota&apos;s voor de andere roosters</translation>
    </message>
    <message>
        <source>Trade goods, raw materials and consumables</source>
        <translation>Handelsgoederen, grond- en hulpstoffen</translation>
    </message>
    <message>
        <source>Services and miscellaneous goods</source>
        <translation>Diensten en diverse goederen</translation>
    </message>
    <message>
        <source>Investment goods</source>
        <translation>Bedrijfsmiddelen</translation>
    </message>
    <message>
        <source>Credit notes received for grids 86 and 88</source>
        <translation>Ontvangen creditnota&apos;s voor de roosters 86 en 88</translation>
    </message>
    <message>
        <source>Credit notes received for the other grids</source>
        <translation>Ontvangen creditnota&apos;s voor de andere roosters</translation>
    </message>
    <message>
        <source>Intra-Community acquisitions of goods</source>
        <translation>Intracommunautaire verwervingen van goederen</translation>
    </message>
    <message>
        <source>Other incoming operations on which you owe the VAT</source>
        <translation>Andere inkomende handelingen waarvoor u de btw verschuldigd bent</translation>
    </message>
    <message>
        <source>Services from suppliers in other EU countries</source>
        <translation>Diensten van leveranciers in andere EU-lidstaten</translation>
    </message>
    <message>
        <source>VAT due on grids 01, 02 and 03</source>
        <translation>Verschuldigde btw op de roosters 01, 02 en 03</translation>
    </message>
    <message>
        <source>VAT due on grids 86 and 88</source>
        <translation>Verschuldigde btw op de roosters 86 en 88</translation>
    </message>
    <message>
        <source>VAT due on grid 87</source>
        <translation>Verschuldigde btw op rooster 87</translation>
    </message>
    <message>
        <source>Deductible VAT</source>
        <translation>Aftrekbare btw</translation>
    </message>
    <message>
        <source>VAT to repay on credit notes received</source>
        <translation>Terug te storten btw op ontvangen creditnota&apos;s</translation>
    </message>
    <message>
        <source>VAT to recover on credit notes issued</source>
        <translation>Terug te vorderen btw op uitgegeven creditnota&apos;s</translation>
    </message>
    <message>
        <source>Balance payable to the State</source>
        <translation>Saldo verschuldigd aan de Staat</translation>
    </message>
    <message>
        <source>Balance owed by the State</source>
        <translation>Saldo verschuldigd door de Staat</translation>
    </message>
    <message>
        <source>1a Supplies and services at 21 %: turnover</source>
        <translation>1a Leveringen/diensten belast met 21 %: omzet</translation>
    </message>
    <message>
        <source>1a Supplies and services at 21 %: VAT</source>
        <translation>1a Leveringen/diensten belast met 21 %: btw</translation>
    </message>
    <message>
        <source>1b Supplies and services at 9 %: turnover</source>
        <translation>1b Leveringen/diensten belast met 9 %: omzet</translation>
    </message>
    <message>
        <source>1b Supplies and services at 9 %: VAT</source>
        <translation>1b Leveringen/diensten belast met 9 %: btw</translation>
    </message>
    <message>
        <source>1c Supplies and services at other rates: turnover</source>
        <translation>1c Leveringen/diensten belast met overige tarieven: omzet</translation>
    </message>
    <message>
        <source>1c Supplies and services at other rates: VAT</source>
        <translation>1c Leveringen/diensten belast met overige tarieven: btw</translation>
    </message>
    <message>
        <source>1e Supplies and services at 0 % or not taxed with you</source>
        <translation>1e Leveringen/diensten belast met 0 % of niet bij u belast</translation>
    </message>
    <message>
        <source>2a Supplies and services reverse-charged to you: turnover</source>
        <translation>2a Leveringen/diensten waarbij de btw naar u is verlegd: omzet</translation>
    </message>
    <message>
        <source>2a Supplies and services reverse-charged to you: VAT</source>
        <translation>2a Leveringen/diensten waarbij de btw naar u is verlegd: btw</translation>
    </message>
    <message>
        <source>3a Supplies to countries outside the EU</source>
        <translation>3a Leveringen naar landen buiten de EU</translation>
    </message>
    <message>
        <source>3b Supplies and services to other EU countries</source>
        <translation>3b Leveringen naar en diensten in landen binnen de EU</translation>
    </message>
    <message>
        <source>4a Supplies and services from outside the EU: turnover</source>
        <translation>4a Leveringen/diensten uit landen buiten de EU: omzet</translation>
    </message>
    <message>
        <source>4a Supplies and services from outside the EU: VAT</source>
        <translation>4a Leveringen/diensten uit landen buiten de EU: btw</translation>
    </message>
    <message>
        <source>4b Supplies and services from EU countries: turnover</source>
        <translation>4b Leveringen/diensten uit landen binnen de EU: omzet</translation>
    </message>
    <message>
        <source>4b Supplies and services from EU countries: VAT</source>
        <translation>4b Leveringen/diensten uit landen binnen de EU: btw</translation>
    </message>
    <message>
        <source>5a VAT owed</source>
        <translation>5a Verschuldigde btw</translation>
    </message>
    <message>
        <source>5b Input VAT</source>
        <translation>5b Voorbelasting</translation>
    </message>
    <message>
        <source>5c Subtotal</source>
        <translation>5c Subtotaal</translation>
    </message>
    <message>
        <source>5g Total to pay (negative: to reclaim)</source>
        <translation>5g Totaal te betalen (negatief: terug te vragen)</translation>
    </message>
</context>
<context>
    <name>VatNumber</name>
    <message>
        <source>ATU followed by 8 digits</source>
        <translation>ATU gevolgd door 8 cijfers</translation>
    </message>
    <message>
        <source>BE followed by 10 digits, the first 0 or 1</source>
        <translation>BE gevolgd door 10 cijfers, waarvan het eerste 0 of 1 is</translation>
    </message>
    <message>
        <source>BG followed by 9 or 10 digits</source>
        <translation>BG gevolgd door 9 of 10 cijfers</translation>
    </message>
    <message>
        <source>CY followed by 8 digits and a letter</source>
        <translation>CY gevolgd door 8 cijfers en een letter</translation>
    </message>
    <message>
        <source>CZ followed by 8 to 10 digits</source>
        <translation>CZ gevolgd door 8 tot 10 cijfers</translation>
    </message>
    <message>
        <source>DE followed by 9 digits</source>
        <translation>DE gevolgd door 9 cijfers</translation>
    </message>
    <message>
        <source>DK followed by 8 digits</source>
        <translation>DK gevolgd door 8 cijfers</translation>
    </message>
    <message>
        <source>EE followed by 9 digits</source>
        <translation>EE gevolgd door 9 cijfers</translation>
    </message>
    <message>
        <source>EL followed by 9 digits</source>
        <translation>EL gevolgd door 9 cijfers</translation>
    </message>
    <message>
        <source>ES followed by 9 characters: a letter or digit, 7 digits, a letter or digit</source>
        <translation>ES gevolgd door 9 tekens: een letter of cijfer, 7 cijfers, een letter of cijfer</translation>
    </message>
    <message>
        <source>FI followed by 8 digits</source>
        <translation>FI gevolgd door 8 cijfers</translation>
    </message>
    <message>
        <source>FR followed by 2 letters or digits and 9 digits</source>
        <translation>FR gevolgd door 2 letters of cijfers en 9 cijfers</translation>
    </message>
    <message>
        <source>HR followed by 11 digits</source>
        <translation>HR gevolgd door 11 cijfers</translation>
    </message>
    <message>
        <source>HU followed by 8 digits</source>
        <translation>HU gevolgd door 8 cijfers</translation>
    </message>
    <message>
        <source>IE followed by 7 digits and 1 or 2 letters</source>
        <translation>IE gevolgd door 7 cijfers en 1 of 2 letters</translation>
    </message>
    <message>
        <source>IT followed by 11 digits</source>
        <translation>IT gevolgd door 11 cijfers</translation>
    </message>
    <message>
        <source>LT followed by 9 or 12 digits</source>
        <translation>LT gevolgd door 9 of 12 cijfers</translation>
    </message>
    <message>
        <source>LU followed by 8 digits</source>
        <translation>LU gevolgd door 8 cijfers</translation>
    </message>
    <message>
        <source>LV followed by 11 digits</source>
        <translation>LV gevolgd door 11 cijfers</translation>
    </message>
    <message>
        <source>MT followed by 8 digits</source>
        <translation>MT gevolgd door 8 cijfers</translation>
    </message>
    <message>
        <source>NL followed by 9 digits, the letter B and 2 digits</source>
        <translation>NL gevolgd door 9 cijfers, de letter B en 2 cijfers</translation>
    </message>
    <message>
        <source>PL followed by 10 digits</source>
        <translation>PL gevolgd door 10 cijfers</translation>
    </message>
    <message>
        <source>PT followed by 9 digits</source>
        <translation>PT gevolgd door 9 cijfers</translation>
    </message>
    <message>
        <source>RO followed by 2 to 10 digits</source>
        <translation>RO gevolgd door 2 tot 10 cijfers</translation>
    </message>
    <message>
        <source>SE followed by 12 digits, the last two 01</source>
        <translation>SE gevolgd door 12 cijfers, waarvan de laatste twee 01 zijn</translation>
    </message>
    <message>
        <source>SI followed by 8 digits</source>
        <translation>SI gevolgd door 8 cijfers</translation>
    </message>
    <message>
        <source>SK followed by 10 digits</source>
        <translation>SK gevolgd door 10 cijfers</translation>
    </message>
    <message>
        <source>XI followed by 9 or 12 digits</source>
        <translation>XI gevolgd door 9 of 12 cijfers</translation>
    </message>
    <message>
        <source>No VAT number was entered.</source>
        <translation>Er is geen btw-nummer ingevoerd.</translation>
    </message>
    <message>
        <source>A VAT number contains only the letters A to Z and the digits 0 to 9, not “%1”.</source>
        <translation>Een btw-nummer bevat alleen de letters A tot Z en de cijfers 0 tot 9, geen “%1”.</translation>
    </message>
    <message>
        <source>A VAT number starts with its country code, such as BE or NL.</source>
        <translation>Een btw-nummer begint met de landcode, zoals BE of NL.</translation>
    </message>
    <message>
        <source>%1 is not the prefix of an EU VAT number (Greece uses EL, Northern Ireland XI).</source>
        <translation>%1 is geen voorvoegsel van een btw-nummer in de EU (Griekenland gebruikt EL, Noord-Ierland XI).</translation>
    </message>
    <message>
        <source>This is not a VAT number of %1: it should be %2.</source>
        <translation>Dit is geen btw-nummer van %1: verwacht wordt %2.</translation>
    </message>
    <message>
        <source>The check digits of this VAT number do not match the rest of it. Check for a typing error.</source>
        <translation>De controlecijfers van dit btw-nummer passen niet bij de rest. Controleer op een tikfout.</translation>
    </message>
    <message>
        <source>This is not a valid VAT number.</source>
        <translation>Dit is geen geldig btw-nummer.</translation>
    </message>
</context>
<context>
    <name>VatRate</name>
    <message>
        <source>A VAT rate lies between 0 and 100 %.</source>
        <translation>Een btw-tarief ligt tussen 0 en 100 %.</translation>
    </message>
    <message>
        <source>The VAT amount is too large.</source>
        <translation>Het btw-bedrag is te groot.</translation>
    </message>
</context>
<context>
    <name>VatRateTable</name>
    <message>
        <source>The built-in VAT rate table is missing.</source>
        <translation>De ingebouwde tabel met btw-tarieven ontbreekt.</translation>
    </message>
    <message>
        <source>The VAT rate table has an unknown entry.</source>
        <translation>De tabel met btw-tarieven bevat een onbekend gegeven.</translation>
    </message>
    <message>
        <source>The VAT rate table is not valid JSON.</source>
        <translation>De tabel met btw-tarieven is geen geldige JSON.</translation>
    </message>
    <message>
        <source>The VAT rate table must be a JSON object.</source>
        <translation>De tabel met btw-tarieven moet een JSON-object zijn.</translation>
    </message>
    <message>
        <source>This VAT rate table format is not supported.</source>
        <translation>Dit formaat van de tabel met btw-tarieven wordt niet ondersteund.</translation>
    </message>
    <message>
        <source>The VAT rate table lists no countries.</source>
        <translation>De tabel met btw-tarieven vermeldt geen landen.</translation>
    </message>
    <message>
        <source>Each country must be a JSON object.</source>
        <translation>Elk land moet een JSON-object zijn.</translation>
    </message>
    <message>
        <source>A country must be a two-letter ISO code such as BE.</source>
        <translation>Een land moet een ISO-code van twee letters zijn, zoals BE.</translation>
    </message>
    <message>
        <source>A country must list its rates.</source>
        <translation>Een land moet zijn tarieven vermelden.</translation>
    </message>
    <message>
        <source>Each rate must be a JSON object.</source>
        <translation>Elk tarief moet een JSON-object zijn.</translation>
    </message>
    <message>
        <source>The kind of a rate must be standard, reduced, reduced2 or zero.</source>
        <translation>De soort van een tarief moet standard, reduced, reduced2 of zero zijn.</translation>
    </message>
    <message>
        <source>A rate must be written as text, such as &quot;21&quot; or &quot;5.5&quot;.</source>
        <translation>Een tarief moet als tekst worden geschreven, zoals &quot;21&quot; of &quot;5.5&quot;.</translation>
    </message>
    <message>
        <source>The zero kind must have rate 0, and only it.</source>
        <translation>De soort zero moet tarief 0 hebben, en alleen die soort mag dat.</translation>
    </message>
    <message>
        <source>validFrom must be a date such as 2019-01-01.</source>
        <translation>validFrom moet een datum zijn, zoals 2019-01-01.</translation>
    </message>
    <message>
        <source>validTo must be a date such as 2018-12-31.</source>
        <translation>validTo moet een datum zijn, zoals 2018-12-31.</translation>
    </message>
    <message>
        <source>validTo lies before validFrom.</source>
        <translation>validTo ligt vóór validFrom.</translation>
    </message>
    <message>
        <source>Two rates of the same kind or value overlap in time.</source>
        <translation>Twee tarieven van dezelfde soort of waarde overlappen in de tijd.</translation>
    </message>
</context>
<context>
    <name>VatReturn</name>
    <message>
        <source>A VAT return covers a period: its end comes after its start.</source>
        <translation>Een btw-aangifte beslaat een periode: het einde ervan komt na het begin.</translation>
    </message>
    <message>
        <source>The ledger holds a VAT code this version cannot read.</source>
        <translation>Het grootboek bevat een btw-code die deze versie niet kan lezen.</translation>
    </message>
    <message>
        <source>The return has no box %1.</source>
        <translation>De aangifte heeft geen rubriek %1.</translation>
    </message>
</context>
<context>
    <name>VatReturnReport</name>
    <message>
        <source>Kasboek computes the VAT returns of Belgium and the Netherlands; this company is in %1.</source>
        <translation>Kasboek berekent de btw-aangiften van België en Nederland; dit bedrijf is gevestigd in %1.</translation>
    </message>
    <message>
        <source>Periodic VAT return</source>
        <translation>Periodieke btw-aangifte</translation>
    </message>
    <message>
        <source>VAT return (omzetbelasting)</source>
        <translation>Btw-aangifte (omzetbelasting)</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Rooster</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Rubriek</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
</context>
<context>
    <name>YearCloseCommand</name>
    <message>
        <source>give either --year or --from and --to</source>
        <translation>geef ofwel --year, ofwel --from en --to</translation>
    </message>
    <message>
        <source>--year needs a year such as 2025</source>
        <translation>--year heeft een jaar nodig, zoals 2025</translation>
    </message>
    <message>
        <source>--from and --to need dates as YYYY-MM-DD</source>
        <translation>--from en --to hebben datums nodig in de vorm YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Close a fiscal year and carry its result to equity.</source>
        <translation>Een boekjaar afsluiten en het resultaat naar het eigen vermogen overbrengen.</translation>
    </message>
    <message>
        <source>Posts the closing entry, dated the year&apos;s last day, that brings every income and expense account to zero and carries the year&apos;s result to the retained-earnings account (BE 140000), then closes the year for good and the books through its last day. The year must be over and must not overlap a closed one. --year closes a calendar year; --from and --to a fiscal year of up to 24 months. Prints the result (profit positive, loss negative).</source>
        <translation>Boekt de afsluitingsboeking, gedateerd op de laatste dag van het jaar, die elke opbrengsten- en kostenrekening op nul brengt en het resultaat van het jaar overbrengt naar de rekening voor overgedragen resultaat (BE 140000), en sluit daarna het jaar definitief af, net als de boeken tot en met de laatste dag ervan. Het jaar moet verstreken zijn en mag niet overlappen met een afgesloten jaar. --year sluit een kalenderjaar af; --from en --to een boekjaar van maximaal 24 maanden. Toont het resultaat (winst positief, verlies negatief).</translation>
    </message>
    <message>
        <source>The calendar year to close.</source>
        <translation>Het kalenderjaar dat moet worden afgesloten.</translation>
    </message>
    <message>
        <source>The fiscal year&apos;s first day.</source>
        <translation>De eerste dag van het boekjaar.</translation>
    </message>
    <message>
        <source>The fiscal year&apos;s last day.</source>
        <translation>De laatste dag van het boekjaar.</translation>
    </message>
    <message>
        <source>Closed the fiscal year %1 to %2: result %3 EUR.</source>
        <translation>Boekjaar van %1 tot en met %2 afgesloten: resultaat %3 EUR.</translation>
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
        <translation>&lt;h3&gt;Kasboek %1&lt;/h3&gt;&lt;p&gt;Facturatie en boekhouding voor freelancers in België en Nederland.&lt;/p&gt;&lt;p&gt;Uw boekhouding, versleuteld op uw eigen computer.&lt;/p&gt;</translation>
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
        <translation>Kasboek bewaart de volledige boekhouding van één bedrijf in één bestand, versleuteld met een wachtzin die alleen u kent.</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Bedrijfsnaam</translation>
    </message>
    <message>
        <source>As on your invoices</source>
        <translation>Zoals op uw facturen</translation>
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
        <translation>Zonder de wachtzin kan niemand dit bestand openen: u niet, en ook de makers van Kasboek niet. U kunt hem niet opnieuw instellen. Schrijf de wachtzin op en bewaar hem op een veilige plek.</translation>
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
        <translation>Bestand wordt aangemaakt… De sleutel afleiden uit uw wachtzin duurt even.</translation>
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
        <translation>Vul de naam van uw bedrijf in.</translation>
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
        <translation>Een schatting op basis van de lengte en de soorten tekens. Ze kan niet zien of iemand die u kent de wachtzin makkelijk kan raden. Vier of meer willekeurige woorden vormen een sterke wachtzin die makkelijk te onthouden is.</translation>
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
        <translation>Bezig met ontgrendelen… De sleutel afleiden uit uw wachtzin duurt even.</translation>
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
        <translation>Uw boekhouding, versleuteld op uw eigen computer</translation>
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
        <translation>Bestanden die u aanmaakt of opent, verschijnen hier.</translation>
    </message>
</context>
</TS>
