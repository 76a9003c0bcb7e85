<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
<context>
    <name>AccountRepository</name>
    <message>
        <source>The account does not exist.</source>
        <translation>Das Konto existiert nicht.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Es gibt kein Konto %1.</translation>
    </message>
    <message>
        <source>The chart of accounts has no account for &quot;%1&quot;.</source>
        <translation>Der Kontenplan hat kein Konto für &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>An account code has 1 to 20 letters, digits or dots (for example 700000).</source>
        <translation>Eine Kontonummer besteht aus 1 bis 20 Buchstaben, Ziffern oder Punkten (zum Beispiel 700000).</translation>
    </message>
    <message>
        <source>Give the account a name of at most 200 characters.</source>
        <translation>Geben Sie dem Konto einen Namen mit höchstens 200 Zeichen.</translation>
    </message>
    <message>
        <source>An RGS code has at most 40 characters.</source>
        <translation>Ein RGS-Code hat höchstens 40 Zeichen.</translation>
    </message>
    <message>
        <source>A VAT rate lies between 0 % and 100 %.</source>
        <translation>Ein MwSt.-Satz liegt zwischen 0 % und 100 %.</translation>
    </message>
    <message>
        <source>The deductible share of VAT lies between 0 % and 100 %.</source>
        <translation>Der abziehbare Anteil der MwSt. liegt zwischen 0 % und 100 %.</translation>
    </message>
    <message>
        <source>Account %1 already exists.</source>
        <translation>Das Konto %1 existiert bereits.</translation>
    </message>
    <message>
        <source>Account %1 already has this role; give it to one account only.</source>
        <translation>Das Konto %1 hat diese Rolle bereits; vergeben Sie sie nur an ein Konto.</translation>
    </message>
    <message>
        <source>Account %1 has postings: it keeps its code and type. Rename it, or archive it and make a new one.</source>
        <translation>Auf dem Konto %1 gibt es Buchungen: Es behält seine Nummer und seinen Typ. Benennen Sie es um, oder archivieren Sie es und legen Sie ein neues an.</translation>
    </message>
    <message>
        <source>Account %1 is in use and cannot be deleted; archive it instead.</source>
        <translation>Das Konto %1 wird verwendet und kann nicht gelöscht werden; archivieren Sie es stattdessen.</translation>
    </message>
</context>
<context>
    <name>AgedBalances</name>
    <message>
        <source>A payment in this file cannot be read.</source>
        <translation>Eine Zahlung in dieser Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Outstanding at %1, by days past the due date.</source>
        <translation>Offene Posten zum %1, nach Tagen seit Fälligkeit.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in another currency without an exchange rate left out.</source>
        <translation>
            <numerusform>%n Dokument in einer anderen Währung ohne Wechselkurs nicht berücksichtigt.</numerusform>
            <numerusform>%n Dokumente in einer anderen Währung ohne Wechselkurs nicht berücksichtigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Aged receivables</source>
        <translation>Altersstruktur der Forderungen</translation>
    </message>
    <message>
        <source>Aged payables</source>
        <translation>Altersstruktur der Verbindlichkeiten</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Noch nicht fällig</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 Tage</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 Tage</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 Tage</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Über 90 Tage</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>BalanceSheet</name>
    <message>
        <source>Balance sheet</source>
        <translation>Bilanz</translation>
    </message>
    <message>
        <source>At %1, compared with %2.</source>
        <translation>Zum %1, im Vergleich zum %2.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Aktiva</translation>
    </message>
    <message>
        <source>Total assets</source>
        <translation>Summe Aktiva</translation>
    </message>
    <message>
        <source>Liabilities</source>
        <translation>Fremdkapital</translation>
    </message>
    <message>
        <source>Total liabilities</source>
        <translation>Summe Fremdkapital</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Eigenkapital</translation>
    </message>
    <message>
        <source>Result of the current period not yet closed</source>
        <translation>Noch nicht abgeschlossenes Ergebnis des laufenden Zeitraums</translation>
    </message>
    <message>
        <source>Total equity</source>
        <translation>Summe Eigenkapital</translation>
    </message>
    <message>
        <source>Total liabilities and equity</source>
        <translation>Summe Fremdkapital und Eigenkapital</translation>
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
        <translation>Nach %1 gibt es keine freie Kontonummer für ein weiteres Bankkonto.</translation>
    </message>
    <message>
        <source>There is no free code for another bank journal.</source>
        <translation>Es gibt keinen freien Code für ein weiteres Bankjournal.</translation>
    </message>
    <message>
        <source>The chart of accounts has no bank account, so the bank account %1 cannot be given a ledger account beside it.</source>
        <translation>Der Kontenplan enthält kein Bankkonto, daher kann das Bankkonto %1 kein Sachkonto daneben erhalten.</translation>
    </message>
    <message>
        <source>The code of the chart&apos;s bank account, %1, is not a number, so no further bank account can be numbered after it.</source>
        <translation>Der Code des Bankkontos im Kontenplan, %1, ist keine Zahl; daher kann kein weiteres Bankkonto danach nummeriert werden.</translation>
    </message>
</context>
<context>
    <name>BankStatementCheck</name>
    <message>
        <source>the statement of %1 from %2 to %3</source>
        <translation>Kontoauszug des Kontos %1 vom %2 bis %3</translation>
    </message>
    <message>
        <source>statement %1 of %2</source>
        <translation>Kontoauszug %1 des Kontos %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>The statement on %1 is for account &quot;%2&quot;, which is not a valid IBAN.</source>
        <translation>Der Kontoauszug in %1 gehört zum Konto &quot;%2&quot;; das ist keine gültige IBAN.</translation>
    </message>
    <message>
        <source>The dates of %1 (%2) are missing or out of order.</source>
        <translation>Beim %1 (%2) fehlen die Datumsangaben, oder sie sind nicht in der richtigen Reihenfolge.</translation>
    </message>
    <message>
        <source>The balances of %1 (%2) are not in its currency, %3.</source>
        <translation>Die Salden im %1 (%2) lauten nicht auf die Währung des Kontoauszugs, %3.</translation>
    </message>
    <message>
        <source>A movement of %1 (%2) has no booking date.</source>
        <translation>Ein Umsatz im %1 (%2) hat kein Buchungsdatum.</translation>
    </message>
    <message>
        <source>A movement of %1 (%2) is in %3, the statement in %4.</source>
        <translation>Ein Umsatz im %1 (%2) lautet auf %3, der Kontoauszug auf %4.</translation>
    </message>
    <message>
        <source>The movements of %1 (%2) add up to more than Kasboek can hold.</source>
        <translation>Die Umsätze im %1 (%2) ergeben zusammen mehr, als Kasboek speichern kann.</translation>
    </message>
    <message>
        <source>In %1 (%2) the amounts do not add up: the opening balance %3 %4 and its movements make %5 %4, but it closes with %6 %4. The file is incomplete or damaged; nothing was imported.</source>
        <translation>Im %1 (%2) gehen die Beträge nicht auf: Der Anfangssaldo %3 %4 und die Umsätze ergeben %5 %4, der Endsaldo beträgt aber %6 %4. Die Datei ist unvollständig oder beschädigt; es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>BankStatementImporter</name>
    <message>
        <source>The statements of %1 are in %2; %3 is in %4. Nothing was imported.</source>
        <translation>Die Kontoauszüge des Kontos %1 lauten auf %2; der %3 lautet auf %4. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The balances do not join: %1 opens with %2 %3, but the statement before it closed with %4 %3. A statement is missing between them, or one of them is wrong.</source>
        <translation>Die Salden schließen nicht aneinander an: Der %1 beginnt mit %2 %3, der vorherige Kontoauszug endete aber mit %4 %3. Dazwischen fehlt ein Kontoauszug, oder einer der beiden ist falsch.</translation>
    </message>
</context>
<context>
    <name>BankStatementReader</name>
    <message>
        <source>The file is larger than %1 MiB: it is not a bank statement Kasboek reads.</source>
        <translation>Die Datei ist größer als %1 MiB: Sie ist kein Kontoauszug, den Kasboek lesen kann.</translation>
    </message>
    <message>
        <source>This is not a bank statement Kasboek reads. Export the statement from your bank as camt.053 (XML), CODA or MT940.</source>
        <translation>Dies ist kein Kontoauszug, den Kasboek lesen kann. Exportieren Sie den Kontoauszug bei Ihrer Bank im Format camt.053 (XML), CODA oder MT940.</translation>
    </message>
    <message>
        <source>A CSV statement needs the column mapping of its bank.</source>
        <translation>Ein CSV-Kontoauszug benötigt die Spaltenzuordnung seiner Bank.</translation>
    </message>
    <message>
        <source>The %1 file holds no statement.</source>
        <translation>Die %1-Datei enthält keinen Kontoauszug.</translation>
    </message>
</context>
<context>
    <name>BankWaitingCommand</name>
    <message>
        <source>(%1 more than due)</source>
        <translation>(%1 mehr als fällig)</translation>
    </message>
    <message>
        <source>(in part)</source>
        <translation>(teilweise)</translation>
    </message>
    <message>
        <source>Bank lines waiting to be reconciled</source>
        <translation>Bankzeilen, die auf den Abgleich warten</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Gegenpartei</translation>
    </message>
    <message>
        <source>Remittance</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>List the bank lines waiting to be reconciled, with suggested matches.</source>
        <translation>Die Bankzeilen auflisten, die auf den Abgleich warten, mit vorgeschlagenen Zuordnungen.</translation>
    </message>
    <message>
        <source>Prints the imported bank lines that no entry reconciles yet, oldest first: id, journal, booking date, amount (positive is money in), counterparty, remittance, and the documents the line seems to pay or refund. The match says why: payment_reference (the structured communication or RF reference of an open document), document_number (open documents&apos; numbers in the remittance text), amount_and_account (what the party whose IBAN it is owes, to the cent) or amount_and_name (the same by the party&apos;s name). Earlier lines claim documents first, so no part of a document is suggested twice. Changes nothing.</source>
        <translation>Gibt die importierten Bankzeilen aus, die noch durch keine Buchung abgeglichen sind, die ältesten zuerst: ID, Journal, Buchungsdatum, Betrag (positiv bedeutet Geldeingang), Gegenpartei, Verwendungszweck und die Dokumente, die die Zeile zu bezahlen oder zu erstatten scheint. Die Zuordnung nennt den Grund: payment_reference (die strukturierte Mitteilung oder RF-Referenz eines offenen Dokuments), document_number (Nummern offener Dokumente im Verwendungszweck), amount_and_account (was die Partei, der die IBAN gehört, auf den Cent genau schuldet) oder amount_and_name (dasselbe anhand des Namens der Partei). Frühere Zeilen beanspruchen Dokumente zuerst, sodass kein Teil eines Dokuments zweimal vorgeschlagen wird. Ändert nichts.</translation>
    </message>
</context>
<context>
    <name>BelgianEnterpriseNumber</name>
    <message>
        <source>No enterprise number was entered.</source>
        <translation>Es wurde keine Unternehmensnummer eingegeben.</translation>
    </message>
    <message>
        <source>An enterprise number contains only digits, not “%1”.</source>
        <translation>Eine Unternehmensnummer enthält nur Ziffern, nicht “%1”.</translation>
    </message>
    <message>
        <source>An enterprise number contains only digits, optionally after the prefix BE.</source>
        <translation>Eine Unternehmensnummer enthält nur Ziffern, optional nach dem Präfix BE.</translation>
    </message>
    <message>
        <source>A Belgian enterprise number has 10 digits, such as 0123.456.749.</source>
        <translation>Eine belgische Unternehmensnummer hat 10 Ziffern, z. B. 0123.456.749.</translation>
    </message>
    <message>
        <source>A Belgian enterprise number starts with 0 or 1.</source>
        <translation>Eine belgische Unternehmensnummer beginnt mit 0 oder 1.</translation>
    </message>
    <message>
        <source>The last two digits of this enterprise number do not match the rest of it. Check for a typing error.</source>
        <translation>Die letzten beiden Ziffern dieser Unternehmensnummer passen nicht zum Rest. Prüfen Sie sie auf Tippfehler.</translation>
    </message>
    <message>
        <source>This is not a valid enterprise number.</source>
        <translation>Dies ist keine gültige Unternehmensnummer.</translation>
    </message>
</context>
<context>
    <name>Bic</name>
    <message>
        <source>No BIC was entered.</source>
        <translation>Es wurde kein BIC eingegeben.</translation>
    </message>
    <message>
        <source>A BIC contains only the letters A to Z and the digits 0 to 9, not “%1”.</source>
        <translation>Ein BIC enthält nur die Buchstaben A bis Z und die Ziffern 0 bis 9, nicht “%1”.</translation>
    </message>
    <message>
        <source>A BIC has 8 or 11 characters.</source>
        <translation>Ein BIC hat 8 oder 11 Zeichen.</translation>
    </message>
    <message>
        <source>The first four characters of a BIC are letters.</source>
        <translation>Die ersten vier Zeichen eines BIC sind Buchstaben.</translation>
    </message>
    <message>
        <source>Characters 5 and 6 of a BIC are the bank&apos;s country code, and %1 is not a country code.</source>
        <translation>Die Zeichen 5 und 6 eines BIC sind der Ländercode der Bank, und %1 ist kein Ländercode.</translation>
    </message>
    <message>
        <source>This is not a valid BIC.</source>
        <translation>Dies ist kein gültiger BIC.</translation>
    </message>
</context>
<context>
    <name>Camt053Reader</name>
    <message>
        <source>The file is not an ISO 20022 bank statement (camt.053): its root element, on line %1 (%2), is not in a camt.053 namespace.</source>
        <translation>Die Datei ist kein ISO-20022-Kontoauszug (camt.053): Ihr Wurzelelement in Zeile %1 (%2) liegt in keinem camt.053-Namensraum.</translation>
    </message>
    <message>
        <source>The file is an intraday account report (%3, line %1, %2), not an end-of-day bank statement (camt.053). Ask your bank for the statement in camt.053.</source>
        <translation>Die Datei ist ein untertägiger Kontobericht (%3, Zeile %1, %2), kein Kontoauszug zum Tagesende (camt.053). Fordern Sie den Kontoauszug bei Ihrer Bank im Format camt.053 an.</translation>
    </message>
    <message>
        <source>The file is a debit or credit notification (%3, line %1, %2), not a bank statement (camt.053). Ask your bank for the statement in camt.053.</source>
        <translation>Die Datei ist eine Belastungs- oder Gutschriftsanzeige (%3, Zeile %1, %2), kein Kontoauszug (camt.053). Fordern Sie den Kontoauszug bei Ihrer Bank im Format camt.053 an.</translation>
    </message>
    <message>
        <source>The file is an ISO 20022 %3 message (line %1, %2), not a bank statement (camt.053).</source>
        <translation>Die Datei ist eine ISO-20022-Nachricht vom Typ %3 (Zeile %1, %2), kein Kontoauszug (camt.053).</translation>
    </message>
    <message>
        <source>The file is a bank statement of version %3 (line %1, %2); Kasboek reads camt.053.001.02 and later versions.</source>
        <translation>Die Datei ist ein Kontoauszug der Version %3 (Zeile %1, %2); Kasboek liest camt.053.001.02 und neuere Versionen.</translation>
    </message>
    <message>
        <source>The root element on line %1 (%2) should be Document.</source>
        <translation>Das Wurzelelement in Zeile %1 (%2) sollte Document sein.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is too large for a bank statement (%1 MB; at most %2 MB).</source>
        <translation>Die Datei ist zu groß für einen Kontoauszug (%1 MB; höchstens %2 MB).</translation>
    </message>
    <message>
        <source>The document that starts on line %1 holds no bank-to-customer statement (%2).</source>
        <translation>Das Dokument, das in Zeile %1 beginnt, enthält keinen Bank-to-Customer-Kontoauszug (%2).</translation>
    </message>
    <message>
        <source>The document that starts on line %1 holds no statement (%2).</source>
        <translation>Das Dokument, das in Zeile %1 beginnt, enthält keinen Kontoauszug (%2).</translation>
    </message>
</context>
<context>
    <name>CamtEntryReader</name>
    <message>
        <source>The amount on line %1 (%2) is too large.</source>
        <translation>Der Betrag in Zeile %1 (%2) ist zu groß.</translation>
    </message>
    <message>
        <source>The booked entry that starts on line %1 has no booking date (%2).</source>
        <translation>Der gebuchte Umsatz, der in Zeile %1 beginnt, hat kein Buchungsdatum (%2).</translation>
    </message>
    <message>
        <source>The entry on line %1 (%2) is a batch of %3 transactions that add up to %4, not to the entry&apos;s %5.</source>
        <translation>Der Umsatz in Zeile %1 (%2) ist ein Sammelumsatz aus %3 Einzelumsätzen, die zusammen %4 ergeben statt des Umsatzbetrags von %5.</translation>
    </message>
    <message>
        <source>The amounts of the batch entry on line %1 (%2) add up to more than Kasboek can hold.</source>
        <translation>Die Beträge des Sammelumsatzes in Zeile %1 (%2) ergeben zusammen mehr, als Kasboek aufnehmen kann.</translation>
    </message>
</context>
<context>
    <name>CamtStatementBuilder</name>
    <message>
        <source>The element on line %1 (%2) may appear only once in a statement.</source>
        <translation>Das Element in Zeile %1 (%2) darf in einem Kontoauszug nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>The value on line %1 (%2) is longer than the %3 characters it may have.</source>
        <translation>Der Wert in Zeile %1 (%2) ist länger als die zulässigen %3 Zeichen.</translation>
    </message>
    <message>
        <source>The currency on line %1 (%2) is %3, but the statement is in %4.</source>
        <translation>Die Währung in Zeile %1 (%2) ist %3, der Kontoauszug lautet aber auf %4.</translation>
    </message>
    <message>
        <source>The account of the statement, on line %1, has no IBAN (%2): Kasboek reads statements of accounts with an IBAN only.</source>
        <translation>Das Konto des Kontoauszugs in Zeile %1 hat keine IBAN (%2): Kasboek liest nur Kontoauszüge von Konten mit IBAN.</translation>
    </message>
    <message>
        <source>The IBAN on line %1 (%2) is longer than %3 characters.</source>
        <translation>Die IBAN in Zeile %1 (%2) ist länger als %3 Zeichen.</translation>
    </message>
    <message>
        <source>The IBAN of the statement&apos;s account on line %1 (%2) is not valid: %3</source>
        <translation>Die IBAN des Kontos des Kontoauszugs in Zeile %1 (%2) ist ungültig: %3</translation>
    </message>
    <message>
        <source>The statement has a second %3 balance, on line %1 (%2).</source>
        <translation>Der Kontoauszug enthält in Zeile %1 (%2) einen zweiten Saldo vom Typ %3.</translation>
    </message>
    <message>
        <source>The balance on line %1 (%2) does not say its currency (Ccy), and neither does the account.</source>
        <translation>Der Saldo in Zeile %1 (%2) gibt seine Währung (Ccy) nicht an, und das Konto auch nicht.</translation>
    </message>
    <message>
        <source>The amount on line %1 (%2) is too large.</source>
        <translation>Der Betrag in Zeile %1 (%2) ist zu groß.</translation>
    </message>
    <message>
        <source>The entry on line %1 (%2) comes before the account of its statement (Acct).</source>
        <translation>Der Umsatz in Zeile %1 (%2) steht vor dem Konto seines Kontoauszugs (Acct).</translation>
    </message>
    <message>
        <source>The entry on line %1 (%2) comes before anything that gives the statement&apos;s currency (Acct/Ccy, or the balances).</source>
        <translation>Der Umsatz in Zeile %1 (%2) steht vor allem, was die Währung des Kontoauszugs angibt (Acct/Ccy oder die Salden).</translation>
    </message>
    <message>
        <source>The statement that starts on line %1 has no account (%2).</source>
        <translation>Der Kontoauszug, der in Zeile %1 beginnt, hat kein Konto (%2).</translation>
    </message>
    <message>
        <source>The statement that starts on line %1 has no opening balance (%2 of type OPBD or PRCD).</source>
        <translation>Der Kontoauszug, der in Zeile %1 beginnt, hat keinen Anfangssaldo (%2 vom Typ OPBD oder PRCD).</translation>
    </message>
    <message>
        <source>The statement that starts on line %1 has no closing balance (%2 of type CLBD).</source>
        <translation>Der Kontoauszug, der in Zeile %1 beginnt, hat keinen Endsaldo (%2 vom Typ CLBD).</translation>
    </message>
</context>
<context>
    <name>CamtSubtree</name>
    <message>
        <source>The element on line %1 (%2) may appear only once here.</source>
        <translation>Das Element in Zeile %1 (%2) darf hier nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>The element that starts on line %1 lacks %2, which it must have.</source>
        <translation>Dem Element, das in Zeile %1 beginnt, fehlt das Pflichtelement %2.</translation>
    </message>
</context>
<context>
    <name>CamtTransactionDetails</name>
    <message>
        <source>The account on line %1 (%2) is not an IBAN.</source>
        <translation>Das Konto in Zeile %1 (%2) ist keine IBAN.</translation>
    </message>
    <message>
        <source>The account number on line %1 (%2) is longer than %3 characters.</source>
        <translation>Die Kontonummer in Zeile %1 (%2) ist länger als %3 Zeichen.</translation>
    </message>
    <message>
        <source>The BIC on line %1 (%2) is not a BIC.</source>
        <translation>Der BIC in Zeile %1 (%2) ist kein gültiger BIC.</translation>
    </message>
</context>
<context>
    <name>CamtValues</name>
    <message>
        <source>The currency %3 on line %1 (%2) is not one Kasboek can keep books in.</source>
        <translation>In der Währung %3 in Zeile %1 (%2) kann Kasboek keine Bücher führen.</translation>
    </message>
    <message>
        <source>The amount on line %1 (%2) is in %3, but the statement is in %4.</source>
        <translation>Der Betrag in Zeile %1 (%2) lautet auf %3, der Kontoauszug aber auf %4.</translation>
    </message>
    <message>
        <source>The amount on line %1 (%2) is empty.</source>
        <translation>Der Betrag in Zeile %1 (%2) ist leer.</translation>
    </message>
    <message>
        <source>The amount on line %1 (%2) has a sign; in a bank statement the credit or debit indicator says which way the money went.</source>
        <translation>Der Betrag in Zeile %1 (%2) hat ein Vorzeichen; in einem Kontoauszug gibt das Soll/Haben-Kennzeichen an, in welche Richtung das Geld geflossen ist.</translation>
    </message>
    <message>
        <source>The amount on line %1 (%2) is not a plain decimal number such as 1234.56.</source>
        <translation>Der Betrag in Zeile %1 (%2) ist keine einfache Dezimalzahl wie 1234.56.</translation>
    </message>
    <message>
        <source>The amount on line %1 (%2) is too large.</source>
        <translation>Der Betrag in Zeile %1 (%2) ist zu groß.</translation>
    </message>
    <message>
        <source>The credit or debit indicator on line %1 (%2) must be CRDT or DBIT.</source>
        <translation>Das Soll/Haben-Kennzeichen in Zeile %1 (%2) muss CRDT oder DBIT sein.</translation>
    </message>
    <message>
        <source>The date on line %1 (%2) is given twice, as a date and as a date and time.</source>
        <translation>Das Datum in Zeile %1 (%2) ist doppelt angegeben, als Datum und als Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>The date on line %1 (%2) is not written as YYYY-MM-DD.</source>
        <translation>Das Datum in Zeile %1 (%2) hat nicht das Format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The date and time on line %1 (%2) is not written as YYYY-MM-DDThh:mm:ss.</source>
        <translation>Datum und Uhrzeit in Zeile %1 (%2) haben nicht das Format YYYY-MM-DDThh:mm:ss.</translation>
    </message>
    <message>
        <source>The date on line %1 (%2) does not exist.</source>
        <translation>Das Datum in Zeile %1 (%2) existiert nicht.</translation>
    </message>
    <message>
        <source>The date on line %1 (%2) is not between the years %3 and %4.</source>
        <translation>Das Datum in Zeile %1 (%2) liegt nicht zwischen den Jahren %3 und %4.</translation>
    </message>
    <message>
        <source>The value on line %1 (%2) is longer than the %3 characters it may have.</source>
        <translation>Der Wert in Zeile %1 (%2) ist länger als die zulässigen %3 Zeichen.</translation>
    </message>
    <message>
        <source>The amount on line %1 (%2) has %3 decimals, more than %4 allows (%5).</source>
        <translation>Der Betrag in Zeile %1 (%2) hat %3 Nachkommastellen, mehr als %4 zulässt (%5).</translation>
    </message>
    <message>
        <source>The date element on line %1 (%2) holds neither a date nor a date and time.</source>
        <translation>Das Datumselement in Zeile %1 (%2) enthält weder ein Datum noch Datum und Uhrzeit.</translation>
    </message>
</context>
<context>
    <name>CamtXmlScanner</name>
    <message>
        <source>The file is not a well-formed XML document: the problem is on line %1, before its first element.</source>
        <translation>Die Datei ist kein wohlgeformtes XML-Dokument: Das Problem liegt in Zeile %1, vor ihrem ersten Element.</translation>
    </message>
    <message>
        <source>The file ends too early, on line %1 inside %2: it looks truncated.</source>
        <translation>Die Datei endet zu früh, in Zeile %1 innerhalb von %2: Sie scheint abgeschnitten zu sein.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML: the problem is on line %1, inside %2.</source>
        <translation>Die Datei ist kein wohlgeformtes XML: Das Problem liegt in Zeile %1, innerhalb von %2.</translation>
    </message>
    <message>
        <source>The file contains a document type declaration (DOCTYPE) on line %1, which a bank statement never needs; it is refused for safety.</source>
        <translation>Die Datei enthält in Zeile %1 eine Dokumenttypdeklaration (DOCTYPE), die ein Kontoauszug nie benötigt; sie wird aus Sicherheitsgründen abgelehnt.</translation>
    </message>
    <message>
        <source>The file refers to an entity on line %1, inside %2, which a bank statement never does; it is refused for safety.</source>
        <translation>Die Datei verweist in Zeile %1 innerhalb von %2 auf eine Entität, was ein Kontoauszug nie tut; sie wird aus Sicherheitsgründen abgelehnt.</translation>
    </message>
    <message>
        <source>A text on line %1, inside %2, is longer than %3 characters.</source>
        <translation>Ein Text in Zeile %1 innerhalb von %2 ist länger als %3 Zeichen.</translation>
    </message>
    <message>
        <source>The file nests its elements too deeply on line %1, inside %2 (more than %3 levels).</source>
        <translation>Die Elemente der Datei sind in Zeile %1 innerhalb von %2 zu tief verschachtelt (mehr als %3 Ebenen).</translation>
    </message>
    <message>
        <source>An element on line %1, inside %2, has too many attributes.</source>
        <translation>Ein Element in Zeile %1 innerhalb von %2 hat zu viele Attribute.</translation>
    </message>
    <message>
        <source>An attribute on line %1, inside %2, is longer than %3 characters.</source>
        <translation>Ein Attribut in Zeile %1 innerhalb von %2 ist länger als %3 Zeichen.</translation>
    </message>
    <message>
        <source>The file contains no XML element: it is not a bank statement.</source>
        <translation>Die Datei enthält kein XML-Element: Sie ist kein Kontoauszug.</translation>
    </message>
    <message>
        <source>The element %2 holds too many elements (more than %3): the limit is reached on line %1.</source>
        <translation>Das Element %2 enthält zu viele Elemente (mehr als %3): Die Grenze wird in Zeile %1 erreicht.</translation>
    </message>
    <message>
        <source>The file holds more after the end of its document element, on line %1.</source>
        <translation>Die Datei enthält in Zeile %1 noch Inhalt nach dem Ende ihres Dokumentelements.</translation>
    </message>
</context>
<context>
    <name>ChartTemplate</name>
    <message>
        <source>The chart of accounts needs a &quot;%1&quot; text of at most %2 characters.</source>
        <translation>Der Kontenplan braucht einen Text &quot;%1&quot; mit höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <source>The chart of accounts must list the languages of its account names.</source>
        <translation>Der Kontenplan muss die Sprachen seiner Kontonamen auflisten.</translation>
    </message>
    <message>
        <source>The languages of the chart must be two-letter codes such as &quot;nl&quot;.</source>
        <translation>Die Sprachen des Kontenplans müssen Codes aus zwei Buchstaben wie &quot;nl&quot; sein.</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is listed twice.</source>
        <translation>Die Sprache &quot;%1&quot; ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Account %1 has no names.</source>
        <translation>Das Konto %1 hat keine Namen.</translation>
    </message>
    <message>
        <source>Account %1 has a name in &quot;%2&quot;, a language the chart does not list.</source>
        <translation>Das Konto %1 hat einen Namen in &quot;%2&quot;, einer Sprache, die der Kontenplan nicht aufführt.</translation>
    </message>
    <message>
        <source>Account %1 has no name in &quot;%2&quot;.</source>
        <translation>Das Konto %1 hat keinen Namen in &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The name of account %1 in &quot;%2&quot; is longer than %3 characters.</source>
        <translation>Der Name des Kontos %1 in &quot;%2&quot; ist länger als %3 Zeichen.</translation>
    </message>
    <message>
        <source>Account %1 has an unknown VAT kind.</source>
        <translation>Das Konto %1 hat eine unbekannte MwSt.-Art.</translation>
    </message>
    <message>
        <source>The VAT rate of account %1 must be a whole number of basis points from 0 to 10000 (2100 = 21 %).</source>
        <translation>Der MwSt.-Satz des Kontos %1 muss eine ganze Zahl von Basispunkten zwischen 0 und 10000 sein (2100 = 21 %).</translation>
    </message>
    <message>
        <source>Account %1 has a VAT rate but no VAT kind.</source>
        <translation>Das Konto %1 hat einen MwSt.-Satz, aber keine MwSt.-Art.</translation>
    </message>
    <message>
        <source>The deductible share of account %1 must be a whole percentage from 0 to 100.</source>
        <translation>Der abziehbare Anteil des Kontos %1 muss ein ganzzahliger Prozentsatz zwischen 0 und 100 sein.</translation>
    </message>
    <message>
        <source>Account %1 has a deductible VAT share but is not a purchase account.</source>
        <translation>Das Konto %1 hat einen abziehbaren MwSt.-Anteil, ist aber kein Einkaufskonto.</translation>
    </message>
    <message>
        <source>Entry %1 of the accounts is not an account.</source>
        <translation>Eintrag %1 der Konten ist kein Konto.</translation>
    </message>
    <message>
        <source>Entry %1 of the accounts has no valid code: 1 to 20 letters, digits or dots.</source>
        <translation>Eintrag %1 der Konten hat keine gültige Nummer: 1 bis 20 Buchstaben, Ziffern oder Punkte.</translation>
    </message>
    <message>
        <source>Account %1 has an unknown field &quot;%2&quot;.</source>
        <translation>Das Konto %1 hat ein unbekanntes Feld &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Account %1 has the type &quot;%2&quot;; a type is one of asset, liability, equity, income or expense.</source>
        <translation>Das Konto %1 hat den Typ &quot;%2&quot;; ein Typ ist asset, liability, equity, income oder expense.</translation>
    </message>
    <message>
        <source>Account %1 has the unknown role &quot;%2&quot;.</source>
        <translation>Das Konto %1 hat die unbekannte Rolle &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Account %1 has an RGS code that is not one: it starts with B or W and has letters, digits and dots.</source>
        <translation>Das Konto %1 hat einen ungültigen RGS-Code: Ein RGS-Code beginnt mit B oder W und besteht aus Buchstaben, Ziffern und Punkten.</translation>
    </message>
    <message>
        <source>The note of account %1 must be a text of at most %2 characters.</source>
        <translation>Die Notiz zum Konto %1 muss ein Text mit höchstens %2 Zeichen sein.</translation>
    </message>
    <message>
        <source>The chart of accounts is larger than %1 bytes.</source>
        <translation>Der Kontenplan ist größer als %1 Byte.</translation>
    </message>
    <message>
        <source>The chart of accounts is not valid JSON: %1 (at byte %2).</source>
        <translation>Der Kontenplan ist kein gültiges JSON: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <source>The chart of accounts is not a JSON object.</source>
        <translation>Der Kontenplan ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The chart of accounts has an unknown field &quot;%1&quot;.</source>
        <translation>Der Kontenplan hat ein unbekanntes Feld &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This chart of accounts is in a format this version of Kasboek does not read.</source>
        <translation>Dieser Kontenplan hat ein Format, das diese Version von Kasboek nicht lesen kann.</translation>
    </message>
    <message>
        <source>The chart of accounts has no country code such as &quot;BE&quot;.</source>
        <translation>Der Kontenplan hat keinen Ländercode wie &quot;BE&quot;.</translation>
    </message>
    <message>
        <source>The chart of accounts must list between 1 and %1 accounts.</source>
        <translation>Der Kontenplan muss zwischen 1 und %1 Konten enthalten.</translation>
    </message>
    <message>
        <source>The account code %1 appears more than once.</source>
        <translation>Die Kontonummer %1 kommt mehr als einmal vor.</translation>
    </message>
    <message>
        <source>Accounts %1 and %2 both have the role &quot;%3&quot;; a role belongs to one account.</source>
        <translation>Die Konten %1 und %2 haben beide die Rolle &quot;%3&quot;; eine Rolle gehört zu einem einzigen Konto.</translation>
    </message>
    <message>
        <source>No account of the chart has the role &quot;%1&quot;.</source>
        <translation>Kein Konto des Kontenplans hat die Rolle &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Kasboek has no chart of accounts for the country &quot;%1&quot;; it has one for Belgium (BE) and one for the Netherlands (NL).</source>
        <translation>Kasboek hat keinen Kontenplan für das Land &quot;%1&quot;; es gibt einen für Belgien (BE) und einen für die Niederlande (NL).</translation>
    </message>
    <message>
        <source>The chart of accounts for %1 is missing from this build.</source>
        <translation>Der Kontenplan für %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>The chart of accounts for %1 is marked as the chart for %2.</source>
        <translation>Der Kontenplan für %1 ist als Kontenplan für %2 gekennzeichnet.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check a file&apos;s integrity; exit 0 only if every check holds.</source>
        <translation>Die Integrität einer Datei prüfen; Exit-Code 0 nur, wenn jede Prüfung besteht.</translation>
    </message>
    <message>
        <source>Unlocks FILE, runs every check and prints one line per check: its name, then &quot;ok&quot; or &quot;failed&quot; followed by the problems found. The exit code is 0 only if every check holds, 4 if the file is damaged. The checks:</source>
        <translation>Entsperrt FILE, führt alle Prüfungen aus und gibt je Prüfung eine Zeile aus: ihren Namen, dann &quot;ok&quot; oder &quot;fehlgeschlagen&quot;, gefolgt von den gefundenen Problemen. Der Exit-Code ist nur dann 0, wenn jede Prüfung besteht, und 4, wenn die Datei beschädigt ist. Die Prüfungen:</translation>
    </message>
    <message>
        <source>could not be completed</source>
        <translation>konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>The file is damaged: %n check(s) failed. Restore it from a backup.</source>
        <translation>
            <numerusform>Die Datei ist beschädigt: %n Prüfung ist fehlgeschlagen. Stellen Sie sie aus einer Sicherung wieder her.</numerusform>
            <numerusform>Die Datei ist beschädigt: %n Prüfungen sind fehlgeschlagen. Stellen Sie sie aus einer Sicherung wieder her.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>see &apos;%1&apos;</source>
        <translation>siehe &apos;%1&apos;</translation>
    </message>
    <message>
        <source>detail: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>upgraded to file format %1; the file as it was is kept as %2</source>
        <translation>auf Dateiformat %1 aktualisiert; die Datei im vorherigen Zustand bleibt als %2 erhalten</translation>
    </message>
</context>
<context>
    <name>CodaAccount</name>
    <message>
        <source>the account structure must be 0, 1, 2 or 3, not &quot;%1&quot;.</source>
        <translation>Die Kontostruktur muss 0, 1, 2 oder 3 sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the account &quot;%1&quot; is not a valid IBAN or Belgian account number.</source>
        <translation>Das Konto &quot;%1&quot; ist weder eine gültige IBAN noch eine gültige belgische Kontonummer.</translation>
    </message>
    <message>
        <source>the currency &quot;%1&quot; is not one Kasboek knows.</source>
        <translation>Die Währung &quot;%1&quot; ist Kasboek nicht bekannt.</translation>
    </message>
</context>
<context>
    <name>CodaReader</name>
    <message>
        <source>The file is %1 MiB; a CODA file Kasboek reads is at most %2 MiB.</source>
        <translation>Die Datei ist %1 MiB groß; eine CODA-Datei, die Kasboek liest, ist höchstens %2 MiB groß.</translation>
    </message>
    <message>
        <source>Line %1 has %2 characters; every CODA record has exactly %3.</source>
        <translation>Zeile %1 hat %2 Zeichen; jeder CODA-Datensatz hat genau %3.</translation>
    </message>
    <message>
        <source>a CODA file, and each statement in it, starts with a header record (0).</source>
        <translation>Eine CODA-Datei und jeder Kontoauszug darin beginnen mit einem Kopfdatensatz (0).</translation>
    </message>
    <message>
        <source>a new header before the trailer (9) of the statement that starts on line %1.</source>
        <translation>Ein neuer Kopfdatensatz vor dem Schlussdatensatz (9) des Kontoauszugs, der in Zeile %1 beginnt.</translation>
    </message>
    <message>
        <source>The file ends on line %1 before the trailer record (9) of the statement that starts on line %2: it is incomplete.</source>
        <translation>Die Datei endet in Zeile %1 vor dem Schlussdatensatz (9) des Kontoauszugs, der in Zeile %2 beginnt: Sie ist unvollständig.</translation>
    </message>
    <message>
        <source>The file holds no CODA statement: it has no records.</source>
        <translation>Die Datei enthält keinen CODA-Kontoauszug: Sie hat keine Datensätze.</translation>
    </message>
</context>
<context>
    <name>CodaRecord</name>
    <message>
        <source>%1 must be digits, not &quot;%2&quot;.</source>
        <translation>%1 darf nur Ziffern enthalten, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>the sign of %1 must be 0 (credit) or 1 (debit), not &quot;%2&quot;.</source>
        <translation>%1 muss das Vorzeichen 0 (Haben) oder 1 (Soll) haben, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (DDMMYY).</source>
        <translation>%1 &quot;%2&quot; ist kein gültiges Datum (DDMMYY).</translation>
    </message>
    <message>
        <source>Line %1, record %2: %3</source>
        <translation>Zeile %1, Datensatz %2: %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>CodaStatementParser</name>
    <message>
        <source>this is CODA version &quot;%1&quot;; Kasboek reads version 2, which every Belgian bank offers.</source>
        <translation>Dies ist CODA-Version &quot;%1&quot;; Kasboek liest Version 2, die jede belgische Bank anbietet.</translation>
    </message>
    <message>
        <source>the header must be followed by the old balance (record 1).</source>
        <translation>Auf den Kopfdatensatz muss der alte Saldo (Datensatz 1) folgen.</translation>
    </message>
    <message>
        <source>a statement has one old balance record.</source>
        <translation>Ein Kontoauszug hat nur einen Datensatz mit dem alten Saldo.</translation>
    </message>
    <message>
        <source>movements and information must come before the new balance (record 8).</source>
        <translation>Umsätze und Informationen müssen vor dem neuen Saldo (Datensatz 8) stehen.</translation>
    </message>
    <message>
        <source>a statement has one new balance record.</source>
        <translation>Ein Kontoauszug hat nur einen Datensatz mit dem neuen Saldo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CODA record type.</source>
        <translation>&quot;%1&quot; ist kein CODA-Datensatztyp.</translation>
    </message>
    <message>
        <source>the old balance</source>
        <translation>Der alte Saldo</translation>
    </message>
    <message>
        <source>the old balance date</source>
        <translation>Das Datum des alten Saldos</translation>
    </message>
    <message>
        <source>the new balance is for account %1 in %2, the old balance for %3 in %4.</source>
        <translation>Der neue Saldo gilt für das Konto %1 in %2, der alte Saldo für %3 in %4.</translation>
    </message>
    <message>
        <source>the new balance</source>
        <translation>Der neue Saldo</translation>
    </message>
    <message>
        <source>the new balance date</source>
        <translation>Das Datum des neuen Saldos</translation>
    </message>
    <message>
        <source>a movement record is 2.1, 2.2 or 2.3.</source>
        <translation>Ein Umsatzdatensatz hat den Typ 2.1, 2.2 oder 2.3.</translation>
    </message>
    <message>
        <source>the sequence number</source>
        <translation>Die Folgenummer</translation>
    </message>
    <message>
        <source>the detail number</source>
        <translation>Die Detailnummer</translation>
    </message>
    <message>
        <source>it does not continue the movement record just before it (same sequence and detail number).</source>
        <translation>Der Datensatz setzt den unmittelbar vorangehenden Umsatzdatensatz nicht fort (gleiche Folge- und Detailnummer).</translation>
    </message>
    <message>
        <source>detail %1 of movement %2 does not follow that movement.</source>
        <translation>Detail %1 von Umsatz %2 folgt nicht auf diesen Umsatz.</translation>
    </message>
    <message>
        <source>the amount</source>
        <translation>Der Betrag</translation>
    </message>
    <message>
        <source>the value date</source>
        <translation>Das Valutadatum</translation>
    </message>
    <message>
        <source>the transaction code &quot;%1&quot; does not start with a digit.</source>
        <translation>Der Transaktionscode &quot;%1&quot; beginnt nicht mit einer Ziffer.</translation>
    </message>
    <message>
        <source>the communication type must be 0 (free) or 1 (structured), not &quot;%1&quot;.</source>
        <translation>Die Art der Mitteilung muss 0 (frei) oder 1 (strukturiert) sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the entry date</source>
        <translation>Das Buchungsdatum</translation>
    </message>
    <message>
        <source>the movements add up to more than Kasboek can hold.</source>
        <translation>Die Umsätze ergeben zusammen mehr, als Kasboek speichern kann.</translation>
    </message>
    <message>
        <source>an information record is 3.1, 3.2 or 3.3.</source>
        <translation>Ein Informationsdatensatz hat den Typ 3.1, 3.2 oder 3.3.</translation>
    </message>
    <message>
        <source>it does not continue the information record just before it (same sequence and detail number).</source>
        <translation>Der Datensatz setzt den unmittelbar vorangehenden Informationsdatensatz nicht fort (gleiche Folge- und Detailnummer).</translation>
    </message>
    <message>
        <source>the trailer comes before the new balance (record 8).</source>
        <translation>Der Schlussdatensatz steht vor dem neuen Saldo (Datensatz 8).</translation>
    </message>
    <message>
        <source>the number of records</source>
        <translation>Die Anzahl der Datensätze</translation>
    </message>
    <message>
        <source>it announces %1 records, the statement that starts on line %2 has %3: the file is incomplete or was changed.</source>
        <translation>Der Schlussdatensatz nennt %1 Datensätze, der Kontoauszug, der in Zeile %2 beginnt, hat aber %3: Die Datei ist unvollständig oder wurde verändert.</translation>
    </message>
    <message>
        <source>the debit total</source>
        <translation>Die Sollsumme</translation>
    </message>
    <message>
        <source>the credit total</source>
        <translation>Die Habensumme</translation>
    </message>
    <message>
        <source>its debit and credit totals (%1 and %2 thousandths) are not those of the movements (%3 and %4): the file is incomplete or was changed.</source>
        <translation>Die Soll- und Habensumme des Schlussdatensatzes (%1 und %2 Tausendstel) stimmen nicht mit denen der Umsätze überein (%3 und %4): Die Datei ist unvollständig oder wurde verändert.</translation>
    </message>
    <message>
        <source>the amount %1 (in thousandths) has more decimals than %2 allows.</source>
        <translation>Der Betrag %1 (in Tausendsteln) hat mehr Nachkommastellen, als %2 zulässt.</translation>
    </message>
</context>
<context>
    <name>CommandDispatcher</name>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>missing command</source>
        <translation>fehlender Befehl</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing subcommand: one of %1</source>
        <translation>fehlender Unterbefehl: einer von %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Also print the technical detail of an error.</source>
        <translation>Auch die technischen Details eines Fehlers ausgeben.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>option %1 is given more than once</source>
        <translation>Option %1 wird mehr als einmal angegeben</translation>
    </message>
    <message>
        <source>option %1 takes no value</source>
        <translation>Option %1 nimmt keinen Wert an</translation>
    </message>
    <message>
        <source>option %1 needs a value (%2)</source>
        <translation>Option %1 braucht einen Wert (%2)</translation>
    </message>
    <message>
        <source>option %1 must be one of %2, not &apos;%3&apos;</source>
        <translation>Option %1 muss einer der Werte %2 sein, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>missing argument %1</source>
        <translation>fehlendes Argument %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CommonOptions</name>
    <message>
        <source>The company file.</source>
        <translation>Die Firmendatei.</translation>
    </message>
    <message>
        <source>Output format (default: text).</source>
        <translation>Ausgabeformat (Standard: text).</translation>
    </message>
</context>
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
    <name>CompanyProfileValidator</name>
    <message>
        <source>Enter the name of your business.</source>
        <translation>Geben Sie den Namen Ihrer Firma ein.</translation>
    </message>
    <message>
        <source>The VAT number of a business established in %1 starts with %2.</source>
        <translation>Die MwSt.-Nummer einer in %1 ansässigen Firma beginnt mit %2.</translation>
    </message>
</context>
<context>
    <name>CompanySetCommand</name>
    <message>
        <source>The company&apos;s name.</source>
        <translation>Der Name der Firma.</translation>
    </message>
    <message>
        <source>Legal form as written on documents: BV, SRL, eenmanszaak, ...</source>
        <translation>Rechtsform, wie sie auf Dokumenten steht: BV, SRL, eenmanszaak, ...</translation>
    </message>
    <message>
        <source>Street and number.</source>
        <translation>Straße und Hausnummer.</translation>
    </message>
    <message>
        <source>Postal code.</source>
        <translation>Postleitzahl.</translation>
    </message>
    <message>
        <source>City.</source>
        <translation>Ort.</translation>
    </message>
    <message>
        <source>VAT number, e.g. BE0123456749.</source>
        <translation>MwSt.-Nummer, z. B. BE0123456749.</translation>
    </message>
    <message>
        <source>Belgian enterprise number (KBO/BCE).</source>
        <translation>Belgische Unternehmensnummer (KBO/BCE).</translation>
    </message>
    <message>
        <source>Dutch KvK number.</source>
        <translation>Niederländische KvK-Nummer.</translation>
    </message>
    <message>
        <source>IBAN the customers pay to.</source>
        <translation>IBAN, auf die die Kunden zahlen.</translation>
    </message>
    <message>
        <source>BIC.</source>
        <translation>BIC.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Telefonnummer.</translation>
    </message>
    <message>
        <source>Website.</source>
        <translation>Website.</translation>
    </message>
    <message>
        <source>Set the company&apos;s details that documents show.</source>
        <translation>Die Firmendaten festlegen, die auf Dokumenten erscheinen.</translation>
    </message>
    <message>
        <source>Changes the details given and keeps the others; an empty value (&apos;&apos;) clears one. They are checked as the settings check them (VAT and enterprise numbers, IBAN, e-mail) and stored in canonical form; an invalid one is refused with the option named (exit code 5) and nothing changes. Without options, prints the details. Documents issued before keep the details they were issued with. The country and currency are set when the file is created.</source>
        <translation>Ändert die angegebenen Daten und behält die übrigen bei; ein leerer Wert (&apos;&apos;) löscht eine Angabe. Sie werden so geprüft wie in den Einstellungen (MwSt.- und Unternehmensnummern, IBAN, E-Mail) und in kanonischer Form gespeichert; ein ungültiger Wert wird unter Nennung der Option abgelehnt (Exit-Code 5), und nichts wird geändert. Ohne Optionen werden die Daten ausgegeben. Bereits ausgestellte Dokumente behalten die Daten, mit denen sie ausgestellt wurden. Land und Währung werden beim Erstellen der Datei festgelegt.</translation>
    </message>
</context>
<context>
    <name>ContactReference</name>
    <message>
        <source>No contact has the id or uid &quot;%1&quot; (see &apos;kasboek-cli contacts list&apos;).</source>
        <translation>Kein Kontakt hat die ID oder UID &quot;%1&quot; (siehe &apos;kasboek-cli contacts list&apos;).</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message numerus="yes">
        <source>The contact is named on %n document(s) and cannot be deleted; archive it instead.</source>
        <translation>
            <numerusform>Der Kontakt wird auf %n Dokument genannt und kann nicht gelöscht werden; archivieren Sie ihn stattdessen.</numerusform>
            <numerusform>Der Kontakt wird auf %n Dokumenten genannt und kann nicht gelöscht werden; archivieren Sie ihn stattdessen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The contact does not exist (any more).</source>
        <translation>Der Kontakt existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>A list cannot start before its first row.</source>
        <translation>Eine Liste kann nicht vor ihrer ersten Zeile beginnen.</translation>
    </message>
    <message>
        <source>The contact&apos;s id and uid belong to different contacts.</source>
        <translation>Die ID und die UID des Kontakts gehören zu verschiedenen Kontakten.</translation>
    </message>
    <message>
        <source>A contact with this id is already stored.</source>
        <translation>Ein Kontakt mit dieser ID ist bereits gespeichert.</translation>
    </message>
</context>
<context>
    <name>ContactValidator</name>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Geben Sie den Namen der Firma ein.</translation>
    </message>
    <message>
        <source>A company has no given name; enter the person to address as the contact person.</source>
        <translation>Eine Firma hat keinen Vornamen; geben Sie die anzusprechende Person als Ansprechpartner ein.</translation>
    </message>
    <message>
        <source>A company has no family name; enter the person to address as the contact person.</source>
        <translation>Eine Firma hat keinen Nachnamen; geben Sie die anzusprechende Person als Ansprechpartner ein.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s family name or given name.</source>
        <translation>Geben Sie den Nachnamen oder den Vornamen der Person ein.</translation>
    </message>
    <message>
        <source>Documents can be sent in Dutch, French, English or German (nl, fr, en, de).</source>
        <translation>Dokumente können auf Niederländisch, Französisch, Englisch oder Deutsch versendet werden (nl, fr, en, de).</translation>
    </message>
    <message>
        <source>Payment terms are between 0 and %1 days.</source>
        <translation>Das Zahlungsziel liegt zwischen 0 und %1 Tagen.</translation>
    </message>
</context>
<context>
    <name>ContactsAddCommand</name>
    <message>
        <source>A company (the default) or a natural person.</source>
        <translation>Eine Firma (Standard) oder eine natürliche Person.</translation>
    </message>
    <message>
        <source>Customer (the default), supplier or both.</source>
        <translation>Kunde (Standard), Lieferant oder beides.</translation>
    </message>
    <message>
        <source>A company&apos;s name (a person&apos;s is made of --given-name and --family-name).</source>
        <translation>Der Name einer Firma (der einer Person besteht aus --given-name und --family-name).</translation>
    </message>
    <message>
        <source>A person&apos;s given name.</source>
        <translation>Der Vorname einer Person.</translation>
    </message>
    <message>
        <source>A person&apos;s family name.</source>
        <translation>Der Nachname einer Person.</translation>
    </message>
    <message>
        <source>For the attention of (companies).</source>
        <translation>Zu Händen von (bei Firmen).</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Telefonnummer.</translation>
    </message>
    <message>
        <source>Street and number.</source>
        <translation>Straße und Hausnummer.</translation>
    </message>
    <message>
        <source>Postal code.</source>
        <translation>Postleitzahl.</translation>
    </message>
    <message>
        <source>City.</source>
        <translation>Ort.</translation>
    </message>
    <message>
        <source>ISO 3166-1 country code (default: the company&apos;s country).</source>
        <translation>Ländercode nach ISO 3166-1 (Standard: das Land der Firma).</translation>
    </message>
    <message>
        <source>EU VAT number, e.g. BE0123456749.</source>
        <translation>EU-MwSt.-Nummer, z. B. BE0123456749.</translation>
    </message>
    <message>
        <source>Belgian enterprise number (KBO/BCE).</source>
        <translation>Belgische Unternehmensnummer (KBO/BCE).</translation>
    </message>
    <message>
        <source>Dutch KvK number.</source>
        <translation>Niederländische KvK-Nummer.</translation>
    </message>
    <message>
        <source>Peppol participant id, e.g. 0208:0123456749.</source>
        <translation>Peppol-Teilnehmer-ID, z. B. 0208:0123456749.</translation>
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
        <translation>Sprache der Dokumente, die an den Kontakt gesendet werden: nl, fr, en oder de (Standard: nl).</translation>
    </message>
    <message>
        <source>Default invoice currency, ISO 4217 (default: EUR).</source>
        <translation>Standardwährung für Rechnungen, ISO 4217 (Standard: EUR).</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Notizen.</translation>
    </message>
    <message>
        <source>Payment terms in days, 0 to 365 (default: 30).</source>
        <translation>Zahlungsziel in Tagen, 0 bis 365 (Standard: 30).</translation>
    </message>
    <message>
        <source>Add a customer or supplier.</source>
        <translation>Einen Kunden oder Lieferanten hinzufügen.</translation>
    </message>
    <message>
        <source>Stores a new contact after the checks the contact form makes: a company needs a name, a person a given or family name; VAT number, enterprise and KvK numbers, IBAN, BIC, Peppol id and e-mail must be valid and are stored in their canonical form. Prints the new contact&apos;s id and uid (--format json: the stored contact). An invalid value is refused with the option named (exit code 5) and nothing is stored.</source>
        <translation>Speichert einen neuen Kontakt nach den Prüfungen des Kontaktformulars: Eine Firma braucht einen Namen, eine Person einen Vor- oder Nachnamen; MwSt.-Nummer, Unternehmens- und KvK-Nummer, IBAN, BIC, Peppol-ID und E-Mail müssen gültig sein und werden in ihrer kanonischen Form gespeichert. Gibt die ID und UID des neuen Kontakts aus (--format json: den gespeicherten Kontakt). Ein ungültiger Wert wird unter Nennung der Option abgelehnt (Exit-Code 5), und nichts wird gespeichert.</translation>
    </message>
    <message>
        <source>--payment-terms needs a number of days</source>
        <translation>--payment-terms braucht eine Anzahl von Tagen</translation>
    </message>
    <message>
        <source>Added contact %1 (uid %2): %3</source>
        <translation>Kontakt %1 (UID %2) hinzugefügt: %3</translation>
    </message>
</context>
<context>
    <name>ContactsListCommand</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Uid</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>MwSt.-Nummer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>List the contacts, with the ids other commands take.</source>
        <translation>Die Kontakte auflisten, mit den IDs, die andere Befehle erwarten.</translation>
    </message>
    <message>
        <source>Prints the customers and suppliers by name: id, uid, kind (company or person), role (customer, supplier or both), name, country, VAT number, e-mail, and whether the contact is archived. Other commands name a contact by its id or its uid; the uid is the same on every device and in every export. Archived contacts are left out unless --archived is given.</source>
        <translation>Gibt die Kunden und Lieferanten nach Namen sortiert aus: ID, UID, Art (Firma oder Person), Rolle (Kunde, Lieferant oder beides), Name, Land, MwSt.-Nummer, E-Mail und ob der Kontakt archiviert ist. Andere Befehle bezeichnen einen Kontakt über seine ID oder seine UID; die UID ist auf jedem Gerät und in jedem Export dieselbe. Archivierte Kontakte werden nur mit --archived aufgeführt.</translation>
    </message>
    <message>
        <source>Only contacts whose name, e-mail, city or VAT number contains TEXT.</source>
        <translation>Nur Kontakte, deren Name, E-Mail, Ort oder MwSt.-Nummer TEXT enthält.</translation>
    </message>
    <message>
        <source>Only customers or only suppliers.</source>
        <translation>Nur Kunden oder nur Lieferanten.</translation>
    </message>
    <message>
        <source>Include archived contacts.</source>
        <translation>Archivierte Kontakte einschließen.</translation>
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
    <name>CreateCommand</name>
    <message>
        <source>Create a new, empty, encrypted company file.</source>
        <translation>Eine neue, leere, verschlüsselte Firmendatei erstellen.</translation>
    </message>
    <message numerus="yes">
        <source>Creates FILE, encrypted under a passphrase of at least %n characters. An existing file is never overwritten.</source>
        <translation>
            <numerusform>Erstellt FILE, verschlüsselt mit einer Passphrase von mindestens %n Zeichen. Eine vorhandene Datei wird nie überschrieben.</numerusform>
            <numerusform>Erstellt FILE, verschlüsselt mit einer Passphrase von mindestens %n Zeichen. Eine vorhandene Datei wird nie überschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The company name defaults to the file name without its extension (&quot;Atelier Verhaegen&quot; for Atelier Verhaegen.kasboek); the app can change it later.</source>
        <translation>Der Firmenname ist standardmäßig der Dateiname ohne Erweiterung (&quot;Atelier Verhaegen&quot; für Atelier Verhaegen.kasboek); die App kann ihn später ändern.</translation>
    </message>
    <message>
        <source>The company file to create.</source>
        <translation>Die zu erstellende Firmendatei.</translation>
    </message>
    <message>
        <source>The country of the company, which sets its VAT rules (default: BE).</source>
        <translation>Das Land der Firma, das ihre MwSt.-Regeln bestimmt (Standard: BE).</translation>
    </message>
    <message>
        <source>The name of the company (default: the file name without its extension).</source>
        <translation>Der Name der Firma (Standard: der Dateiname ohne Erweiterung).</translation>
    </message>
    <message>
        <source>A file with this name already exists; it was left unchanged.</source>
        <translation>Eine Datei mit diesem Namen existiert bereits; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Created %1 for %2 (%3).</source>
        <translation>%1 für %2 (%3) erstellt.</translation>
    </message>
</context>
<context>
    <name>CreditorReference</name>
    <message>
        <source>No creditor reference was entered.</source>
        <translation>Es wurde keine Gläubigerreferenz eingegeben.</translation>
    </message>
    <message>
        <source>A creditor reference contains only the letters A to Z and the digits 0 to 9, not “%1”.</source>
        <translation>Eine Gläubigerreferenz enthält nur die Buchstaben A bis Z und die Ziffern 0 bis 9, nicht “%1”.</translation>
    </message>
    <message>
        <source>A creditor reference starts with RF.</source>
        <translation>Eine Gläubigerreferenz beginnt mit RF.</translation>
    </message>
    <message>
        <source>RF is followed by two check digits in a creditor reference.</source>
        <translation>In einer Gläubigerreferenz folgen auf RF zwei Prüfziffern.</translation>
    </message>
    <message>
        <source>A creditor reference has 1 to 21 letters or digits after RF and the check digits.</source>
        <translation>Eine Gläubigerreferenz hat nach RF und den Prüfziffern 1 bis 21 Buchstaben oder Ziffern.</translation>
    </message>
    <message>
        <source>The check digits do not match the rest of this creditor reference. Check for a typing error.</source>
        <translation>Die Prüfziffern passen nicht zum Rest dieser Gläubigerreferenz. Prüfen Sie sie auf Tippfehler.</translation>
    </message>
    <message>
        <source>This is not a valid creditor reference.</source>
        <translation>Dies ist keine gültige Gläubigerreferenz.</translation>
    </message>
    <message>
        <source>No reference was entered.</source>
        <translation>Es wurde keine Referenz eingegeben.</translation>
    </message>
    <message>
        <source>A creditor reference holds at most 21 letters or digits.</source>
        <translation>Eine Gläubigerreferenz enthält höchstens 21 Buchstaben oder Ziffern.</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>Unknown or unsupported currency code.</source>
        <translation>Unbekannter oder nicht unterstützter Währungscode.</translation>
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
    <name>Decimal</name>
    <message>
        <source>The number is too large.</source>
        <translation>Die Zahl ist zu groß.</translation>
    </message>
</context>
<context>
    <name>DemoBook</name>
    <message>
        <source>Sample books exist for Belgium (BE) and the Netherlands (NL).</source>
        <translation>Beispielbuchhaltungen gibt es für Belgien (BE) und die Niederlande (NL).</translation>
    </message>
    <message>
        <source>Sample books go into a new, empty file.</source>
        <translation>Eine Beispielbuchhaltung wird in eine neue, leere Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create a file holding a realistic year of a freelancer&apos;s books.</source>
        <translation>Eine Datei mit einem realistischen Buchhaltungsjahr eines Freiberuflers erstellen.</translation>
    </message>
    <message>
        <source>Creates FILE, like create, and fills it with the twelve months up to today of a Belgian (BE, the default) or Dutch (NL) freelance web designer and photographer: customers at home, elsewhere in the EU and in the United States, a price list, quotes, invoices in every VAT situation Kasboek supports, credit notes and payments, with the books closed through the end of the previous quarter. The same country and day always give the same books. An existing file is never overwritten.</source>
        <translation>Erstellt FILE wie create und füllt sie mit der Buchhaltung der letzten zwölf Monate bis heute eines belgischen (BE, Standard) oder niederländischen (NL) freiberuflichen Webdesigners und Fotografen: Kunden im Inland, im übrigen EU-Ausland und in den Vereinigten Staaten, eine Preisliste, Angebote, Rechnungen in jeder MwSt.-Situation, die Kasboek unterstützt, Gutschriften und Zahlungen, wobei die Bücher bis zum Ende des vorigen Quartals abgeschlossen sind. Dasselbe Land und derselbe Tag ergeben immer dieselbe Buchhaltung. Eine vorhandene Datei wird nie überschrieben.</translation>
    </message>
    <message>
        <source>The company file to create.</source>
        <translation>Die zu erstellende Firmendatei.</translation>
    </message>
    <message>
        <source>Whose books: a Belgian or a Dutch freelancer (default: BE).</source>
        <translation>Wessen Buchhaltung: die eines belgischen oder eines niederländischen Freiberuflers (Standard: BE).</translation>
    </message>
    <message>
        <source>The last day of the sample year (default: today).</source>
        <translation>Der letzte Tag des Beispieljahres (Standard: heute).</translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD</source>
        <translation>--today braucht ein Datum im Format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>A file with this name already exists; it was left unchanged.</source>
        <translation>Eine Datei mit diesem Namen existiert bereits; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Created %1: %2 customers, %3 suppliers, %4 products, %5 quotes, %6 invoices, %7 credit notes, %8 payments; closed through %9.</source>
        <translation>%1 erstellt: %2 Kunden, %3 Lieferanten, %4 Produkte, %5 Angebote, %6 Rechnungen, %7 Gutschriften, %8 Zahlungen; abgeschlossen bis %9.</translation>
    </message>
</context>
<context>
    <name>DocumentCalculation</name>
    <message>
        <source>The amount is too large.</source>
        <translation>Der Betrag ist zu groß.</translation>
    </message>
    <message>
        <source>A discount lies between 0 and 100 %.</source>
        <translation>Ein Rabatt liegt zwischen 0 und 100 %.</translation>
    </message>
</context>
<context>
    <name>DocumentDescription</name>
    <message>
        <source>The amount of charge %1 is not an amount in %2: %3</source>
        <translation>Der Betrag des Zuschlags %1 ist kein Betrag in %2: %3</translation>
    </message>
</context>
<context>
    <name>DocumentDescriptionReader</name>
    <message>
        <source>The description is larger than %1 MiB.</source>
        <translation>Die Beschreibung ist größer als %1 MiB.</translation>
    </message>
    <message>
        <source>The description is not valid JSON (at byte %1: %2).</source>
        <translation>Die Beschreibung ist kein gültiges JSON (bei Byte %1: %2).</translation>
    </message>
    <message>
        <source>The description must be one JSON object.</source>
        <translation>Die Beschreibung muss ein einzelnes JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>A credit note names the invoice it corrects: corrects.</source>
        <translation>Eine Gutschrift nennt die Rechnung, die sie korrigiert: corrects.</translation>
    </message>
    <message>
        <source>Only a credit note corrects an invoice.</source>
        <translation>Nur eine Gutschrift korrigiert eine Rechnung.</translation>
    </message>
    <message>
        <source>The document needs at least one line.</source>
        <translation>Das Dokument braucht mindestens eine Zeile.</translation>
    </message>
    <message>
        <source>Only a quote has valid_until.</source>
        <translation>Nur ein Angebot hat valid_until.</translation>
    </message>
    <message>
        <source>%1 is not a decimal number with at most four decimals: &quot;%2&quot;.</source>
        <translation>%1 ist keine Dezimalzahl mit höchstens vier Nachkommastellen: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a VAT category code (S, Z, E, AE, K, G, O, L or M).</source>
        <translation>%1 muss ein MwSt.-Kategoriecode sein (S, Z, E, AE, K, G, O, L oder M).</translation>
    </message>
    <message>
        <source>%1 is needed: the VAT rate in percent, e.g. &quot;21&quot;.</source>
        <translation>%1 wird benötigt: der MwSt.-Satz in Prozent, z. B. &quot;21&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a VAT rate in percent with at most two decimals.</source>
        <translation>%1 muss ein MwSt.-Satz in Prozent mit höchstens zwei Nachkommastellen sein.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>type must be &quot;invoice&quot;, &quot;credit_note&quot; or &quot;quote&quot;.</source>
        <translation>type muss &quot;invoice&quot;, &quot;credit_note&quot; oder &quot;quote&quot; sein.</translation>
    </message>
    <message>
        <source>contact is needed: the contact&apos;s id or uid, as `contacts list` shows them.</source>
        <translation>contact wird benötigt: die ID oder UID des Kontakts, wie `contacts list` sie anzeigt.</translation>
    </message>
    <message>
        <source>currency must be an ISO 4217 code such as EUR.</source>
        <translation>currency muss ein ISO-4217-Code wie EUR sein.</translation>
    </message>
    <message>
        <source>exchange_rate must be a positive decimal: euro per unit of the currency.</source>
        <translation>exchange_rate muss eine positive Dezimalzahl sein: Euro je Einheit der Währung.</translation>
    </message>
</context>
<context>
    <name>DocumentDrafts</name>
    <message>
        <source>Choose an existing contact.</source>
        <translation>Wählen Sie einen vorhandenen Kontakt.</translation>
    </message>
</context>
<context>
    <name>DocumentEventRepository</name>
    <message>
        <source>Unknown document event &quot;%1&quot;.</source>
        <translation>Unbekanntes Dokumentereignis &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The event does not exist.</source>
        <translation>Das Ereignis existiert nicht.</translation>
    </message>
    <message>
        <source>Enter the date on which it happened.</source>
        <translation>Geben Sie das Datum ein, an dem es geschah.</translation>
    </message>
    <message>
        <source>A note has at most %1 characters.</source>
        <translation>Eine Notiz hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Only an issued document is sent, accepted or declined.</source>
        <translation>Nur ein ausgestelltes Dokument wird versendet, angenommen oder abgelehnt.</translation>
    </message>
    <message>
        <source>A supplier&apos;s document is not sent to customers.</source>
        <translation>Ein Dokument eines Lieferanten wird nicht an Kunden versendet.</translation>
    </message>
    <message>
        <source>Only a quote is accepted, declined, converted or cancelled.</source>
        <translation>Nur ein Angebot wird angenommen, abgelehnt, umgewandelt oder storniert.</translation>
    </message>
    <message>
        <source>This cannot happen before the document was issued (%1).</source>
        <translation>Dies kann nicht vor der Ausstellung des Dokuments (%1) geschehen.</translation>
    </message>
</context>
<context>
    <name>DocumentIssuer</name>
    <message>
        <source>A credit note names the invoice it corrects.</source>
        <translation>Eine Gutschrift nennt die Rechnung, die sie korrigiert.</translation>
    </message>
    <message>
        <source>A credit note corrects one of your issued invoices.</source>
        <translation>Eine Gutschrift korrigiert eine Ihrer ausgestellten Rechnungen.</translation>
    </message>
    <message>
        <source>A credit note goes to the customer of the invoice it corrects.</source>
        <translation>Eine Gutschrift geht an den Kunden der Rechnung, die sie korrigiert.</translation>
    </message>
    <message>
        <source>A credit note is in the currency of its invoice (%1).</source>
        <translation>Eine Gutschrift lautet auf die Währung ihrer Rechnung (%1).</translation>
    </message>
    <message>
        <source>Invoice %1 is for %2 %3, of which %4 is credited already: this credit note can correct at most %5.</source>
        <translation>Die Rechnung %1 lautet über %2 %3, wovon %4 bereits gutgeschrieben ist: Diese Gutschrift kann höchstens %5 korrigieren.</translation>
    </message>
    <message>
        <source>The last document of this series was issued on %1; a later number cannot carry an earlier date.</source>
        <translation>Das letzte Dokument dieses Nummernkreises wurde am %1 ausgestellt; eine spätere Nummer kann kein früheres Datum tragen.</translation>
    </message>
    <message>
        <source>%1 %2 is issued already.</source>
        <translation>%1 %2 ist bereits ausgestellt.</translation>
    </message>
    <message>
        <source>A supplier&apos;s document is recorded as it came, not issued.</source>
        <translation>Ein Dokument eines Lieferanten wird so erfasst, wie es eingegangen ist, nicht ausgestellt.</translation>
    </message>
    <message>
        <source>Enter the issue date.</source>
        <translation>Geben Sie das Ausstellungsdatum ein.</translation>
    </message>
    <message>
        <source>A document in %1 needs the exchange rate to the euro.</source>
        <translation>Ein Dokument in %1 braucht den Wechselkurs zum Euro.</translation>
    </message>
</context>
<context>
    <name>DocumentPdfRenderer</name>
    <message>
        <source>Only invoices carry a payment QR code.</source>
        <translation>Nur Rechnungen tragen einen Zahlungs-QR-Code.</translation>
    </message>
    <message>
        <source>A draft carries no payment QR code.</source>
        <translation>Ein Entwurf trägt keinen Zahlungs-QR-Code.</translation>
    </message>
    <message>
        <source>The template leaves the payment QR code out.</source>
        <translation>Die Vorlage lässt den Zahlungs-QR-Code weg.</translation>
    </message>
    <message>
        <source>There is nothing left to pay.</source>
        <translation>Es ist nichts mehr zu bezahlen.</translation>
    </message>
    <message>
        <source>The totals do not belong to this document.</source>
        <translation>Die Summen gehören nicht zu diesem Dokument.</translation>
    </message>
    <message>
        <source>The PDF cannot be written.</source>
        <translation>Die PDF-Datei kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>DocumentPosting</name>
    <message>
        <source>No standard VAT rate is known for %1 on %2.</source>
        <translation>Für %1 ist am %2 kein Standard-MwSt.-Satz bekannt.</translation>
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
        <translation>Das Dokument existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>A supplier&apos;s document is found by its number and its supplier.</source>
        <translation>Ein Dokument eines Lieferanten wird über seine Nummer und seinen Lieferanten gefunden.</translation>
    </message>
    <message>
        <source>%1 %2 is issued and can no longer change; correct it with a credit note.</source>
        <translation>%1 %2 ist ausgestellt und kann nicht mehr geändert werden; korrigieren Sie dies mit einer Gutschrift.</translation>
    </message>
    <message>
        <source>A draft gets its number when it is issued.</source>
        <translation>Ein Entwurf erhält seine Nummer bei der Ausstellung.</translation>
    </message>
    <message>
        <source>The contact of the document does not exist (any more).</source>
        <translation>Der Kontakt des Dokuments existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>The numbering series does not exist or numbers another kind of document.</source>
        <translation>Der Nummernkreis existiert nicht oder nummeriert eine andere Dokumentart.</translation>
    </message>
    <message>
        <source>A credit note corrects one of your issued invoices.</source>
        <translation>Eine Gutschrift korrigiert eine Ihrer ausgestellten Rechnungen.</translation>
    </message>
    <message>
        <source>A supplier&apos;s credit note corrects one of that supplier&apos;s invoices.</source>
        <translation>Eine Gutschrift eines Lieferanten korrigiert eine Rechnung desselben Lieferanten.</translation>
    </message>
    <message>
        <source>An invoice is made from an issued quote.</source>
        <translation>Eine Rechnung wird aus einem ausgestellten Angebot erstellt.</translation>
    </message>
    <message>
        <source>The product of line %1 does not exist (any more).</source>
        <translation>Das Produkt der Zeile %1 existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>An issued document has a number.</source>
        <translation>Ein ausgestelltes Dokument hat eine Nummer.</translation>
    </message>
    <message>
        <source>An issued document has an issue date.</source>
        <translation>Ein ausgestelltes Dokument hat ein Ausstellungsdatum.</translation>
    </message>
    <message>
        <source>An issued document has a due date.</source>
        <translation>Ein ausgestelltes Dokument hat ein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>An issued document names the series that numbered it.</source>
        <translation>Ein ausgestelltes Dokument nennt den Nummernkreis, der es nummeriert hat.</translation>
    </message>
    <message>
        <source>An issued document names its seller.</source>
        <translation>Ein ausgestelltes Dokument nennt seinen Verkäufer.</translation>
    </message>
    <message>
        <source>An issued document names its buyer.</source>
        <translation>Ein ausgestelltes Dokument nennt seinen Käufer.</translation>
    </message>
    <message>
        <source>Number %1 is already used by another %2.</source>
        <translation>Die Nummer %1 wird bereits von einem anderen Dokument vom Typ %2 verwendet.</translation>
    </message>
    <message>
        <source>This supplier&apos;s document %1 is already in the books.</source>
        <translation>Dieses Dokument %1 des Lieferanten ist bereits in der Buchhaltung erfasst.</translation>
    </message>
    <message>
        <source>A document with this id is already stored.</source>
        <translation>Ein Dokument mit dieser ID ist bereits gespeichert.</translation>
    </message>
    <message>
        <source>A document is stored as a draft first, then issued.</source>
        <translation>Ein Dokument wird zuerst als Entwurf gespeichert und dann ausgestellt.</translation>
    </message>
    <message>
        <source>The document&apos;s id and uid belong to different documents.</source>
        <translation>Die ID und die UID des Dokuments gehören zu verschiedenen Dokumenten.</translation>
    </message>
    <message>
        <source>A document keeps the type it was made as.</source>
        <translation>Ein Dokument behält den Typ, mit dem es erstellt wurde.</translation>
    </message>
    <message>
        <source>Only a supplier&apos;s document is stored as issued.</source>
        <translation>Nur ein Dokument eines Lieferanten wird als ausgestellt gespeichert.</translation>
    </message>
    <message>
        <source>A document has at most %1 attachments.</source>
        <translation>Ein Dokument hat höchstens %1 Anhänge.</translation>
    </message>
</context>
<context>
    <name>DocumentSelection</name>
    <message>
        <source>give either --all or the numbers of the documents</source>
        <translation>geben Sie entweder --all oder die Nummern der Dokumente an</translation>
    </message>
    <message>
        <source>there is no issued document numbered &quot;%1&quot;; nothing was exported</source>
        <translation>es gibt kein ausgestelltes Dokument mit der Nummer &quot;%1&quot;; es wurde nichts exportiert</translation>
    </message>
</context>
<context>
    <name>DocumentState</name>
    <message>
        <source>The amounts of the document are too large.</source>
        <translation>Die Beträge des Dokuments sind zu groß.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Teilweise bezahlt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Umgewandelt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
</context>
<context>
    <name>DocumentSummaries</name>
    <message>
        <source>A list cannot start before its first row.</source>
        <translation>Eine Liste kann nicht vor ihrer ersten Zeile beginnen.</translation>
    </message>
    <message>
        <source>The document does not exist (any more).</source>
        <translation>Das Dokument existiert nicht (mehr).</translation>
    </message>
</context>
<context>
    <name>DocumentTotalsCalculator</name>
    <message>
        <source>This amount is in %1 but the document is in %2.</source>
        <translation>Dieser Betrag ist in %1, das Dokument aber in %2.</translation>
    </message>
    <message>
        <source>Each document-level allowance and charge needs a reason.</source>
        <translation>Jeder Nachlass und jeder Zuschlag auf Dokumentebene braucht einen Grund.</translation>
    </message>
    <message>
        <source>VAT category %1 must not have an exemption reason.</source>
        <translation>Die MwSt.-Kategorie %1 darf keinen Befreiungsgrund haben.</translation>
    </message>
    <message>
        <source>VAT category %1 has more than one exemption reason.</source>
        <translation>Die MwSt.-Kategorie %1 hat mehr als einen Befreiungsgrund.</translation>
    </message>
    <message>
        <source>Give an exemption reason code or text.</source>
        <translation>Geben Sie einen Code oder Text für den Befreiungsgrund an.</translation>
    </message>
    <message>
        <source>Exemption reason %1 does not belong to VAT category %2.</source>
        <translation>Der Befreiungsgrund %1 gehört nicht zur MwSt.-Kategorie %2.</translation>
    </message>
    <message>
        <source>A document needs at least one line.</source>
        <translation>Ein Dokument braucht mindestens eine Zeile.</translation>
    </message>
    <message>
        <source>VAT category %1 needs an exemption reason (code or text).</source>
        <translation>Die MwSt.-Kategorie %1 braucht einen Befreiungsgrund (Code oder Text).</translation>
    </message>
    <message>
        <source>A document in %1 needs the exchange rate to %2 to state its VAT in %2.</source>
        <translation>Ein Dokument in %1 braucht den Wechselkurs zu %2, um seine MwSt. in %2 anzugeben.</translation>
    </message>
    <message>
        <source>The document is in the accounting currency: it takes no exchange rate.</source>
        <translation>Das Dokument ist in der Buchungswährung: Es hat keinen Wechselkurs.</translation>
    </message>
</context>
<context>
    <name>DocumentTypes</name>
    <message>
        <source>Unknown document type &quot;%1&quot;.</source>
        <translation>Unbekannter Dokumenttyp &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown document status &quot;%1&quot;.</source>
        <translation>Unbekannter Dokumentstatus &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Purchase invoice</source>
        <translation>Eingangsrechnung</translation>
    </message>
    <message>
        <source>Purchase credit note</source>
        <translation>Eingangsgutschrift</translation>
    </message>
</context>
<context>
    <name>DocumentValidator</name>
    <message>
        <source>A document number has at most %1 characters.</source>
        <translation>Eine Dokumentnummer hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A supplier&apos;s document is not numbered by one of your series.</source>
        <translation>Ein Dokument eines Lieferanten wird nicht mit einem Ihrer Nummernkreise nummeriert.</translation>
    </message>
    <message>
        <source>Enter a date between the years %1 and %2.</source>
        <translation>Geben Sie ein Datum zwischen den Jahren %1 und %2 ein.</translation>
    </message>
    <message>
        <source>The due date lies before the issue date.</source>
        <translation>Das Fälligkeitsdatum liegt vor dem Ausstellungsdatum.</translation>
    </message>
    <message>
        <source>Only a quote is valid until a date.</source>
        <translation>Nur ein Angebot ist bis zu einem Datum gültig.</translation>
    </message>
    <message>
        <source>A quote cannot expire before it is issued.</source>
        <translation>Ein Angebot kann nicht ablaufen, bevor es ausgestellt ist.</translation>
    </message>
    <message>
        <source>Choose the customer.</source>
        <translation>Wählen Sie den Kunden.</translation>
    </message>
    <message>
        <source>Choose the supplier.</source>
        <translation>Wählen Sie den Lieferanten.</translation>
    </message>
    <message>
        <source>A document is written in Dutch, French, English or German.</source>
        <translation>Ein Dokument wird auf Niederländisch, Französisch, Englisch oder Deutsch verfasst.</translation>
    </message>
    <message>
        <source>A document in euro has no exchange rate.</source>
        <translation>Ein Dokument in Euro hat keinen Wechselkurs.</translation>
    </message>
    <message>
        <source>Payment terms lie between 0 and %1 days.</source>
        <translation>Das Zahlungsziel liegt zwischen 0 und %1 Tagen.</translation>
    </message>
    <message>
        <source>Choose which kind of payment reference this is.</source>
        <translation>Wählen Sie, welche Art von Zahlungsreferenz dies ist.</translation>
    </message>
    <message>
        <source>Enter the payment reference.</source>
        <translation>Geben Sie die Zahlungsreferenz ein.</translation>
    </message>
    <message>
        <source>A payment reference has at most %1 characters.</source>
        <translation>Eine Zahlungsreferenz hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A reference has at most %1 characters.</source>
        <translation>Eine Referenz hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Notes have at most %1 characters.</source>
        <translation>Notizen haben höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Payment terms have at most %1 characters.</source>
        <translation>Die Zahlungsbedingungen haben höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A discount lies between 0 and 100 %.</source>
        <translation>Ein Rabatt liegt zwischen 0 und 100 %.</translation>
    </message>
    <message>
        <source>Only a credit note corrects another document.</source>
        <translation>Nur eine Gutschrift korrigiert ein anderes Dokument.</translation>
    </message>
    <message>
        <source>Only an invoice is made from a quote.</source>
        <translation>Nur eine Rechnung wird aus einem Angebot erstellt.</translation>
    </message>
    <message>
        <source>The recurring template does not exist.</source>
        <translation>Die Vorlage für wiederkehrende Rechnungen existiert nicht.</translation>
    </message>
    <message>
        <source>The totals must be in the document&apos;s currency.</source>
        <translation>Die Summen müssen in der Währung des Dokuments sein.</translation>
    </message>
    <message>
        <source>The total including VAT is not the total excluding VAT plus the VAT.</source>
        <translation>Die Summe inklusive MwSt. ist nicht die Summe exklusive MwSt. plus die MwSt.</translation>
    </message>
    <message>
        <source>A document has at most %1 attachments.</source>
        <translation>Ein Dokument hat höchstens %1 Anhänge.</translation>
    </message>
    <message>
        <source>A document has at most %1 lines.</source>
        <translation>Ein Dokument hat höchstens %1 Zeilen.</translation>
    </message>
    <message>
        <source>A line&apos;s name has at most %1 characters.</source>
        <translation>Der Name einer Zeile hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A line&apos;s description has at most %1 characters.</source>
        <translation>Die Beschreibung einer Zeile hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>An item code has at most %1 characters.</source>
        <translation>Eine Artikelnummer hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The product of line %1 does not exist.</source>
        <translation>Das Produkt der Zeile %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Line %1 has an unknown unit &quot;%2&quot;.</source>
        <translation>Die Zeile %1 hat eine unbekannte Einheit &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Line %1 has a negative unit price; use a negative quantity instead.</source>
        <translation>Die Zeile %1 hat einen negativen Einzelpreis; verwenden Sie stattdessen eine negative Menge.</translation>
    </message>
    <message>
        <source>A document has at most %1 charges.</source>
        <translation>Ein Dokument hat höchstens %1 Zuschläge.</translation>
    </message>
    <message>
        <source>A charge is in the document&apos;s currency.</source>
        <translation>Ein Zuschlag lautet auf die Währung des Dokuments.</translation>
    </message>
    <message>
        <source>A charge is a positive amount.</source>
        <translation>Ein Zuschlag ist ein positiver Betrag.</translation>
    </message>
    <message>
        <source>Say what the charge is for.</source>
        <translation>Geben Sie an, wofür der Zuschlag ist.</translation>
    </message>
    <message>
        <source>A reason has at most %1 characters.</source>
        <translation>Ein Grund hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>VAT category %1 charges VAT and has no exemption reason.</source>
        <translation>Die MwSt.-Kategorie %1 erhebt MwSt. und hat keinen Befreiungsgrund.</translation>
    </message>
    <message>
        <source>VAT category %1 has its exemption reason already.</source>
        <translation>Die MwSt.-Kategorie %1 hat bereits ihren Befreiungsgrund.</translation>
    </message>
    <message>
        <source>Say why no VAT is charged.</source>
        <translation>Geben Sie an, warum keine MwSt. berechnet wird.</translation>
    </message>
    <message>
        <source>The exemption reason is too long.</source>
        <translation>Der Befreiungsgrund ist zu lang.</translation>
    </message>
    <message>
        <source>Attachment %1 needs a plain file name.</source>
        <translation>Anhang %1 braucht einen einfachen Dateinamen.</translation>
    </message>
    <message>
        <source>An attachment&apos;s file name has at most %1 characters.</source>
        <translation>Der Dateiname eines Anhangs hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Attachment %1 needs a file type such as application/pdf.</source>
        <translation>Anhang %1 braucht einen Dateityp wie application/pdf.</translation>
    </message>
    <message>
        <source>Attachment %1 is empty.</source>
        <translation>Anhang %1 ist leer.</translation>
    </message>
    <message>
        <source>An attachment has at most %1 MB.</source>
        <translation>Ein Anhang hat höchstens %1 MB.</translation>
    </message>
    <message>
        <source>An attachment&apos;s description has at most %1 characters.</source>
        <translation>Die Beschreibung eines Anhangs hat höchstens %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>EntriesAddCommand</name>
    <message>
        <source>Post a manual journal entry described in JSON.</source>
        <translation>Eine manuelle Buchung aus einer JSON-Beschreibung buchen.</translation>
    </message>
    <message>
        <source>Reads the entry&apos;s JSON description (docs/cli.md has the format; &apos;-&apos; reads standard input): the journal (default GEN), the date, a description, an optional reference, and two or more lines, each naming an account by its code with a debit or a credit amount in euro. The entry must balance and its date must be in an open period; otherwise it is refused with the reason (exit code 5) and nothing is posted. A posted entry never changes: &apos;entries reverse&apos; undoes one.</source>
        <translation>Liest die JSON-Beschreibung der Buchung (das Format steht in docs/cli.md; &apos;-&apos; liest die Standardeingabe): das Journal (Standard GEN), das Datum, eine Beschreibung, eine optionale Referenz und zwei oder mehr Zeilen, die jeweils ein Konto über seine Nummer mit einem Soll- oder Habenbetrag in Euro nennen. Die Buchung muss ausgeglichen sein, und ihr Datum muss in einem offenen Zeitraum liegen; andernfalls wird sie unter Angabe des Grundes abgelehnt (Exit-Code 5), und nichts wird gebucht. Eine gebuchte Buchung ändert sich nie: &apos;entries reverse&apos; macht sie rückgängig.</translation>
    </message>
    <message>
        <source>The entry, or - for standard input.</source>
        <translation>Die Buchung, oder - für die Standardeingabe.</translation>
    </message>
</context>
<context>
    <name>EntriesOpeningCommand</name>
    <message>
        <source>Post the opening balances of the books.</source>
        <translation>Die Eröffnungssalden der Buchhaltung buchen.</translation>
    </message>
    <message>
        <source>Reads the opening balances as JSON (docs/cli.md; &apos;-&apos; reads standard input): the date the books start on and, per account code, its debit or credit balance on that date. They are posted as one opening entry in the general journal; what does not balance goes to the account with the opening-balances role (BE 499000), which is zero again once every balance, equity included, is in.</source>
        <translation>Liest die Eröffnungssalden als JSON (docs/cli.md; &apos;-&apos; liest die Standardeingabe): das Datum, an dem die Buchhaltung beginnt, und für jede Kontonummer den Soll- oder Habensaldo des Kontos zu diesem Datum. Sie werden als eine Eröffnungsbuchung im allgemeinen Journal gebucht; was nicht ausgeglichen ist, geht auf das Konto mit der Rolle für Eröffnungssalden (BE 499000), das wieder null ist, sobald alle Salden, einschließlich des Eigenkapitals, erfasst sind.</translation>
    </message>
    <message>
        <source>The balances, or - for standard input.</source>
        <translation>Die Salden, oder - für die Standardeingabe.</translation>
    </message>
</context>
<context>
    <name>EntriesReverseCommand</name>
    <message>
        <source>Undo a posted entry with a reversing entry.</source>
        <translation>Eine gebuchte Buchung durch eine Stornobuchung rückgängig machen.</translation>
    </message>
    <message>
        <source>Posts a new entry with every line of entry ID on the other side, in the same journal, dated --date (default: today). An entry is reversed once; a reversal itself is not reversed. The entry ids are in the JSON of &apos;report journal&apos;.</source>
        <translation>Bucht eine neue Buchung, die jede Zeile der Buchung ID auf der Gegenseite enthält, im selben Journal, mit dem Datum --date (Standard: heute). Eine Buchung wird nur einmal storniert; eine Stornobuchung selbst wird nicht storniert. Die Buchungs-IDs stehen im JSON von &apos;report journal&apos;.</translation>
    </message>
    <message>
        <source>The entry to reverse.</source>
        <translation>Die zu stornierende Buchung.</translation>
    </message>
    <message>
        <source>The reversal&apos;s date (default: today).</source>
        <translation>Das Datum der Stornobuchung (Standard: heute).</translation>
    </message>
    <message>
        <source>ID must be an entry id, a positive number</source>
        <translation>ID muss eine Buchungs-ID sein, eine positive Zahl</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD</source>
        <translation>--date braucht ein Datum im Format YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>EntryCommandInput</name>
    <message>
        <source>standard input cannot carry both the JSON and the passphrase</source>
        <translation>die Standardeingabe kann nicht zugleich das JSON und die Passphrase liefern</translation>
    </message>
</context>
<context>
    <name>EntryDescriptionReader</name>
    <message>
        <source>The file has no journal %1.</source>
        <translation>Die Datei hat kein Journal %1.</translation>
    </message>
    <message>
        <source>The description is larger than %1 MiB.</source>
        <translation>Die Beschreibung ist größer als %1 MiB.</translation>
    </message>
    <message>
        <source>The description is not valid JSON (at byte %1: %2).</source>
        <translation>Die Beschreibung ist kein gültiges JSON (bei Byte %1: %2).</translation>
    </message>
    <message>
        <source>The description must be one JSON object.</source>
        <translation>Die Beschreibung muss ein einzelnes JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>%1 must be a positive amount in euro with at most two decimals.</source>
        <translation>%1 muss ein positiver Betrag in Euro mit höchstens zwei Nachkommastellen sein.</translation>
    </message>
    <message>
        <source>The chart has no account %1 (see &apos;kasboek-cli report trial-balance&apos;).</source>
        <translation>Der Kontenplan hat kein Konto %1 (siehe &apos;kasboek-cli report trial-balance&apos;).</translation>
    </message>
    <message>
        <source>%1 needs either a debit or a credit amount, not both, and not zero.</source>
        <translation>%1 braucht entweder einen Soll- oder einen Habenbetrag, nicht beides und nicht null.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>%1 must be a VAT kind such as sale_domestic (docs/ledger.md).</source>
        <translation>%1 muss eine MwSt.-Art wie sale_domestic sein (docs/ledger.md).</translation>
    </message>
    <message>
        <source>%1 must be base, vat, vat_due or vat_non_deductible.</source>
        <translation>%1 muss base, vat, vat_due oder vat_non_deductible sein.</translation>
    </message>
    <message>
        <source>%1 must be a VAT rate in percent.</source>
        <translation>%1 muss ein MwSt.-Satz in Prozent sein.</translation>
    </message>
</context>
<context>
    <name>EntryReader</name>
    <message>
        <source>The entry does not exist.</source>
        <translation>Die Buchung existiert nicht.</translation>
    </message>
</context>
<context>
    <name>EntryWriter</name>
    <message>
        <source>An entry needs a date.</source>
        <translation>Eine Buchung braucht ein Datum.</translation>
    </message>
    <message>
        <source>The fiscal year that ends on %1 is closed: an entry dated %2 cannot be posted.</source>
        <translation>Das Geschäftsjahr, das am %1 endet, ist abgeschlossen: Eine Buchung mit dem Datum %2 kann nicht gebucht werden.</translation>
    </message>
    <message>
        <source>The books are closed up to %1: an entry dated %2 cannot be posted.</source>
        <translation>Die Bücher sind bis zum %1 abgeschlossen: Eine Buchung mit dem Datum %2 kann nicht gebucht werden.</translation>
    </message>
    <message>
        <source>The journal does not exist.</source>
        <translation>Das Journal existiert nicht.</translation>
    </message>
    <message>
        <source>An entry needs at least two lines.</source>
        <translation>Eine Buchung braucht mindestens zwei Buchungszeilen.</translation>
    </message>
    <message>
        <source>The entry&apos;s reference, description or counterparty is too long.</source>
        <translation>Referenz, Beschreibung oder Gegenpartei der Buchung ist zu lang.</translation>
    </message>
    <message>
        <source>Line %1 names an account that does not exist.</source>
        <translation>Buchungszeile %1 nennt ein Konto, das nicht existiert.</translation>
    </message>
    <message>
        <source>Line %1 has an amount out of range.</source>
        <translation>Buchungszeile %1 hat einen Betrag außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>Line %1 needs an amount on either the debit or the credit side.</source>
        <translation>Buchungszeile %1 braucht einen Betrag entweder im Soll oder im Haben.</translation>
    </message>
    <message>
        <source>The description of line %1 is too long.</source>
        <translation>Die Beschreibung der Buchungszeile %1 ist zu lang.</translation>
    </message>
    <message>
        <source>The entry does not balance: debit and credit differ by %1 cents.</source>
        <translation>Die Buchung ist nicht ausgeglichen: Soll und Haben unterscheiden sich um %1 Cent.</translation>
    </message>
</context>
<context>
    <name>EpcQrPayload</name>
    <message>
        <source>An EPC QR code is of version 1 or 2.</source>
        <translation>Ein EPC-QR-Code hat die Version 1 oder 2.</translation>
    </message>
    <message>
        <source>A version 1 EPC QR code needs the BIC of the payee&apos;s bank.</source>
        <translation>Ein EPC-QR-Code der Version 1 braucht den BIC der Bank des Zahlungsempfängers.</translation>
    </message>
    <message>
        <source>The payee&apos;s name is missing.</source>
        <translation>Der Name des Zahlungsempfängers fehlt.</translation>
    </message>
    <message>
        <source>The payee&apos;s name has more than %1 characters, the most a payment QR code carries.</source>
        <translation>Der Name des Zahlungsempfängers hat mehr als %1 Zeichen, das Maximum für einen Zahlungs-QR-Code.</translation>
    </message>
    <message>
        <source>The payee&apos;s name must be on one line.</source>
        <translation>Der Name des Zahlungsempfängers muss auf einer Zeile stehen.</translation>
    </message>
    <message>
        <source>The payee&apos;s IBAN is missing.</source>
        <translation>Die IBAN des Zahlungsempfängers fehlt.</translation>
    </message>
    <message>
        <source>A payment QR code is for SEPA transfers; this IBAN is outside SEPA.</source>
        <translation>Ein Zahlungs-QR-Code ist für SEPA-Überweisungen gedacht; diese IBAN liegt außerhalb des SEPA-Raums.</translation>
    </message>
    <message>
        <source>A payment QR code can only ask for an amount in euro.</source>
        <translation>Ein Zahlungs-QR-Code kann nur einen Betrag in Euro anfordern.</translation>
    </message>
    <message>
        <source>A payment QR code asks for 0.01 to 999,999,999.99 euro.</source>
        <translation>Ein Zahlungs-QR-Code fordert 0,01 bis 999.999.999,99 Euro an.</translation>
    </message>
    <message>
        <source>A purpose code has four capital letters or digits, such as GDDS.</source>
        <translation>Ein Zweckcode besteht aus vier Großbuchstaben oder Ziffern, z. B. GDDS.</translation>
    </message>
    <message>
        <source>A payment QR code carries a structured reference or a free text, not both.</source>
        <translation>Ein Zahlungs-QR-Code enthält eine strukturierte Referenz oder einen Freitext, nicht beides.</translation>
    </message>
    <message>
        <source>The payment text has more than %1 characters, the most a payment QR code carries.</source>
        <translation>Der Zahlungstext hat mehr als %1 Zeichen, das Maximum für einen Zahlungs-QR-Code.</translation>
    </message>
    <message>
        <source>The payment text must be on one line.</source>
        <translation>Der Zahlungstext muss auf einer Zeile stehen.</translation>
    </message>
    <message>
        <source>The note to the payer has more than %1 characters.</source>
        <translation>Der Hinweis an den Zahler hat mehr als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The note to the payer must be on one line.</source>
        <translation>Der Hinweis an den Zahler muss auf einer Zeile stehen.</translation>
    </message>
    <message>
        <source>The payment details are too long for a payment QR code (%1 bytes, at most %2).</source>
        <translation>Die Zahlungsdaten sind zu lang für einen Zahlungs-QR-Code (%1 Byte, höchstens %2).</translation>
    </message>
    <message>
        <source>A payment QR code is only for documents in euro.</source>
        <translation>Ein Zahlungs-QR-Code ist nur für Dokumente in Euro möglich.</translation>
    </message>
    <message>
        <source>The company has no IBAN, so the document cannot carry a payment QR code.</source>
        <translation>Die Firma hat keine IBAN, daher kann das Dokument keinen Zahlungs-QR-Code tragen.</translation>
    </message>
</context>
<context>
    <name>ExchangeRate</name>
    <message>
        <source>An exchange rate must be greater than zero.</source>
        <translation>Ein Wechselkurs muss größer als null sein.</translation>
    </message>
    <message>
        <source>The inverse of this exchange rate is out of range.</source>
        <translation>Der Kehrwert dieses Wechselkurses liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>The converted amount is too large.</source>
        <translation>Der umgerechnete Betrag ist zu groß.</translation>
    </message>
</context>
<context>
    <name>ExpenseRecorder</name>
    <message>
        <source>The receipt file is empty.</source>
        <translation>Die Belegdatei ist leer.</translation>
    </message>
    <message>
        <source>A receipt has at most %1 MiB.</source>
        <translation>Ein Beleg hat höchstens %1 MiB.</translation>
    </message>
    <message>
        <source>A receipt is a PDF, PNG, JPEG, WebP or HEIC file; this one is not.</source>
        <translation>Ein Beleg ist eine PDF-, PNG-, JPEG-, WebP- oder HEIC-Datei; diese Datei ist es nicht.</translation>
    </message>
    <message>
        <source>No contact has the id %1.</source>
        <translation>Kein Kontakt hat die ID %1.</translation>
    </message>
    <message>
        <source>Name the supplier.</source>
        <translation>Nennen Sie den Lieferanten.</translation>
    </message>
    <message>
        <source>An expense has at least one line.</source>
        <translation>Eine Ausgabe hat mindestens eine Zeile.</translation>
    </message>
    <message>
        <source>An expense has at most %1 lines.</source>
        <translation>Eine Ausgabe hat höchstens %1 Zeilen.</translation>
    </message>
    <message>
        <source>Expenses are recorded in euro.</source>
        <translation>Ausgaben werden in Euro erfasst.</translation>
    </message>
    <message>
        <source>Enter the amount paid, including VAT, above zero.</source>
        <translation>Geben Sie den bezahlten Betrag inklusive MwSt. ein; er muss größer als null sein.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Der Betrag ist zu groß.</translation>
    </message>
    <message>
        <source>A VAT rate lies between 0 and 100 %.</source>
        <translation>Ein MwSt.-Satz liegt zwischen 0 und 100 %.</translation>
    </message>
    <message>
        <source>The VAT lies between zero and the amount including VAT, in euro.</source>
        <translation>Die MwSt. liegt zwischen null und dem Betrag inklusive MwSt., in Euro.</translation>
    </message>
    <message>
        <source>At a rate of 0 % there is no VAT.</source>
        <translation>Bei einem Satz von 0 % gibt es keine MwSt.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Es gibt kein Konto %1.</translation>
    </message>
    <message>
        <source>Account %1 (%2) takes no expenses: choose an expense account or a fixed asset.</source>
        <translation>Auf das Konto %1 (%2) werden keine Ausgaben gebucht: Wählen Sie ein Aufwandskonto oder ein Anlagekonto.</translation>
    </message>
    <message>
        <source>Account %1 (%2) is archived.</source>
        <translation>Das Konto %1 (%2) ist archiviert.</translation>
    </message>
    <message>
        <source>Enter the date of the expense.</source>
        <translation>Geben Sie das Datum der Ausgabe ein.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
</context>
<context>
    <name>ExpensesAddCommand</name>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <source>--amount needs the amount paid in EUR, such as 60.50</source>
        <translation>--amount braucht den bezahlten Betrag in EUR, z. B. 60.50</translation>
    </message>
    <message>
        <source>--vat-rate needs a percentage such as 21 or 5.5</source>
        <translation>--vat-rate braucht einen Prozentsatz wie 21 oder 5.5</translation>
    </message>
    <message>
        <source>--vat needs the VAT in EUR, such as 10.50</source>
        <translation>--vat braucht die MwSt. in EUR, z. B. 10.50</translation>
    </message>
    <message>
        <source>Record an expense from a receipt, with the receipt.</source>
        <translation>Eine Ausgabe anhand eines Belegs erfassen, zusammen mit dem Beleg.</translation>
    </message>
    <message>
        <source>Records what a receipt or a supplier&apos;s paper invoice says as a purchase invoice of the supplier (an existing contact, or one found or added by name), keeps the receipt file (PDF, PNG, JPEG, WebP or HEIC, at most 10 MiB; its type is read from its content) inside the encrypted company file, and posts it to the account chosen: the amount including VAT, less the VAT the account may deduct (50 % on car costs, none on restaurants), is the cost; the deductible VAT goes to input VAT. Without --vat the VAT is worked out from the amount and the rate; with it, the receipt&apos;s own figure is kept and a cent of difference goes to the rounding account. Without --number the expense is numbered R-DATE-N. --paid records that it was paid at once, from the cash box for cash, else from the bank. Anything refused (exit code 5) stores nothing.</source>
        <translation>Erfasst die Angaben eines Belegs oder einer Papierrechnung eines Lieferanten als Eingangsrechnung dieses Lieferanten (eines vorhandenen Kontakts oder eines Kontakts, der über den Namen gefunden oder hinzugefügt wird), speichert die Belegdatei (PDF, PNG, JPEG, WebP oder HEIC, höchstens 10 MiB; ihr Typ wird aus dem Inhalt erkannt) in der verschlüsselten Firmendatei und bucht sie auf das gewählte Konto: Der Betrag inklusive MwSt., abzüglich der MwSt., die das Konto abziehen darf (50 % bei Autokosten, nichts bei Restaurants), ist der Aufwand; die abziehbare MwSt. geht auf die Vorsteuer. Ohne --vat wird die MwSt. aus Betrag und Satz berechnet; mit --vat wird der Wert des Belegs übernommen, und eine Differenz von einem Cent geht auf das Rundungskonto. Ohne --number wird die Ausgabe als R-DATE-N nummeriert. --paid erfasst, dass sie sofort bezahlt wurde, bei Barzahlung aus der Kasse, sonst von der Bank. Bei einer Ablehnung (Exit-Code 5) wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>The supplier&apos;s contact id or uid.</source>
        <translation>Die Kontakt-ID oder -UID des Lieferanten.</translation>
    </message>
    <message>
        <source>The supplier by name: the contact of that name, or a new supplier in the company&apos;s country.</source>
        <translation>Der Lieferant nach Namen: der Kontakt mit diesem Namen oder ein neuer Lieferant im Land der Firma.</translation>
    </message>
    <message>
        <source>The expense or fixed-asset account, e.g. 612200.</source>
        <translation>Das Aufwands- oder Anlagekonto, z. B. 612200.</translation>
    </message>
    <message>
        <source>The amount paid, including VAT, e.g. 60.50.</source>
        <translation>Der bezahlte Betrag inklusive MwSt., z. B. 60.50.</translation>
    </message>
    <message>
        <source>The VAT rate on the receipt, e.g. 21 (0 for none).</source>
        <translation>Der MwSt.-Satz auf dem Beleg, z. B. 21 (0 für keine MwSt.).</translation>
    </message>
    <message>
        <source>The VAT as the receipt prints it, e.g. 10.50.</source>
        <translation>Die MwSt., wie sie auf dem Beleg steht, z. B. 10.50.</translation>
    </message>
    <message>
        <source>The date of the receipt (default: today).</source>
        <translation>Das Datum des Belegs (Standard: heute).</translation>
    </message>
    <message>
        <source>The receipt&apos;s or invoice&apos;s number (default: R-DATE-N).</source>
        <translation>Die Nummer des Belegs oder der Rechnung (Standard: R-DATE-N).</translation>
    </message>
    <message>
        <source>What was bought (default: the account&apos;s name).</source>
        <translation>Was gekauft wurde (Standard: der Name des Kontos).</translation>
    </message>
    <message>
        <source>The receipt: a PDF, PNG, JPEG, WebP or HEIC file.</source>
        <translation>Der Beleg: eine PDF-, PNG-, JPEG-, WebP- oder HEIC-Datei.</translation>
    </message>
    <message>
        <source>Paid at once, in full.</source>
        <translation>Sofort und vollständig bezahlt.</translation>
    </message>
    <message>
        <source>name the supplier with --supplier or --supplier-name</source>
        <translation>nennen Sie den Lieferanten mit --supplier oder --supplier-name</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD</source>
        <translation>--date braucht ein Datum im Format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>unknown --paid</source>
        <translation>unbekannter Wert für --paid</translation>
    </message>
    <message>
        <source>paid (%1)</source>
        <translation>bezahlt (%1)</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <source>Recorded expense %1 from %2 on %3: %4 %5 (VAT %6), %7%8</source>
        <translation>Ausgabe %1 von %2 am %3 erfasst: %4 %5 (MwSt. %6), %7%8</translation>
    </message>
    <message>
        <source> (new supplier)</source>
        <translation> (neuer Lieferant)</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>The number of a document to export; repeat for more, or use --all.</source>
        <translation>Die Nummer eines zu exportierenden Dokuments; für weitere wiederholen, oder --all verwenden.</translation>
    </message>
    <message>
        <source>Export every issued document of the kinds this command exports.</source>
        <translation>Jedes ausgestellte Dokument der Arten exportieren, die dieser Befehl exportiert.</translation>
    </message>
    <message>
        <source>The folder to write into; created when missing. Files of the same name are replaced.</source>
        <translation>Der Ordner, in den geschrieben wird; er wird angelegt, wenn er fehlt. Gleichnamige Dateien werden ersetzt.</translation>
    </message>
</context>
<context>
    <name>ExportPdfCommand</name>
    <message>
        <source>Write the PDF of issued quotes, invoices and credit notes.</source>
        <translation>Die PDF-Dateien ausgestellter Angebote, Rechnungen und Gutschriften schreiben.</translation>
    </message>
    <message>
        <source>Writes one PDF per issued document into DIR, named after its kind and number (invoice-2026-0001.pdf), exactly as the desktop app prints it: the company&apos;s template, the legal mentions in the customer&apos;s language and, on invoices in euro, the payment QR code. Prints the path of each file written.</source>
        <translation>Schreibt je ausgestelltem Dokument eine PDF-Datei in DIR, benannt nach Art und Nummer (invoice-2026-0001.pdf), genau so, wie die Desktop-App sie druckt: mit der Vorlage der Firma, den Pflichtangaben in der Sprache des Kunden und, bei Rechnungen in Euro, dem Zahlungs-QR-Code. Gibt den Pfad jeder geschriebenen Datei aus.</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>say where to write the files with -o DIR</source>
        <translation>geben Sie mit -o DIR an, wohin die Dateien geschrieben werden sollen</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ExportUblCommand</name>
    <message>
        <source>Write issued invoices and credit notes as Peppol BIS 3.0 UBL files.</source>
        <translation>Ausgestellte Rechnungen und Gutschriften als Peppol-BIS-3.0-UBL-Dateien schreiben.</translation>
    </message>
    <message>
        <source>Writes one UBL 2.1 file per issued invoice or credit note into DIR (invoice-2026-0001.xml), as Peppol BIS Billing 3.0 requires it: endpoint ids, VAT breakdown, payment means with the structured communication, and the PDF of the document embedded (leave it out with --no-pdf). Prints the path of each file written. With --all, a document for a customer without a Peppol address (a consumer) is skipped with a notice; any other document Peppol would refuse is reported and stops the export (exit 5).</source>
        <translation>Schreibt je ausgestellter Rechnung oder Gutschrift eine UBL-2.1-Datei in DIR (invoice-2026-0001.xml), wie Peppol BIS Billing 3.0 sie verlangt: Endpunkt-IDs, MwSt.-Aufschlüsselung, Zahlungsmittel mit der strukturierten Mitteilung und die eingebettete PDF-Datei des Dokuments (mit --no-pdf weglassen). Gibt den Pfad jeder geschriebenen Datei aus. Mit --all wird ein Dokument für einen Kunden ohne Peppol-Adresse (einen Verbraucher) mit einem Hinweis übersprungen; jedes andere Dokument, das Peppol ablehnen würde, wird gemeldet und bricht den Export ab (Exit-Code 5).</translation>
    </message>
    <message>
        <source>Do not embed the PDF of each document.</source>
        <translation>Die PDF-Datei nicht in jedes Dokument einbetten.</translation>
    </message>
    <message>
        <source>skipped: the customer has no Peppol address; send the PDF</source>
        <translation>übersprungen: Der Kunde hat keine Peppol-Adresse; senden Sie die PDF-Datei</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>Choose a country.</source>
        <translation>Wählen Sie ein Land.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO country code such as BE, NL or DE.</source>
        <translation>“%1” ist kein ISO-Ländercode wie BE, NL oder DE.</translation>
    </message>
    <message>
        <source>Choose a currency.</source>
        <translation>Wählen Sie eine Währung.</translation>
    </message>
    <message>
        <source>An e-mail address contains no spaces.</source>
        <translation>Eine E-Mail-Adresse enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>An e-mail address has exactly one @, as in name@example.be.</source>
        <translation>Eine E-Mail-Adresse enthält genau ein @, wie in name@example.be.</translation>
    </message>
    <message>
        <source>An e-mail address has a name before the @ and a domain such as example.be after it.</source>
        <translation>Eine E-Mail-Adresse hat einen Namen vor dem @ und eine Domain wie example.be danach.</translation>
    </message>
    <message>
        <source>A web address contains no spaces.</source>
        <translation>Eine Webadresse enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>A web address starts with http:// or https://, or with the name.</source>
        <translation>Eine Webadresse beginnt mit http:// oder https:// oder mit dem Namen.</translation>
    </message>
    <message>
        <source>A web address names a domain such as www.example.be.</source>
        <translation>Eine Webadresse nennt eine Domain wie www.example.be.</translation>
    </message>
    <message>
        <source>A Belgian postal code has 4 digits, such as 9000.</source>
        <translation>Eine belgische Postleitzahl hat 4 Ziffern, z. B. 9000.</translation>
    </message>
    <message>
        <source>A Dutch postal code has 4 digits and 2 letters, such as 1012 AB.</source>
        <translation>Eine niederländische Postleitzahl hat 4 Ziffern und 2 Buchstaben, z. B. 1012 AB.</translation>
    </message>
    <message>
        <source>The enterprise number %1 does not match the VAT number %2: a Belgian VAT number is BE followed by the enterprise number.</source>
        <translation>Die Unternehmensnummer %1 passt nicht zur MwSt.-Nummer %2: Eine belgische MwSt.-Nummer besteht aus BE, gefolgt von der Unternehmensnummer.</translation>
    </message>
</context>
<context>
    <name>FileChecks</name>
    <message>
        <source>every page decrypts and passes its HMAC, the database structure (b-trees, indexes) is consistent, and every reference between records points at a record that exists</source>
        <translation>jede Seite lässt sich entschlüsseln und besteht ihre HMAC-Prüfung, die Datenbankstruktur (B-Bäume, Indizes) ist konsistent, und jeder Verweis zwischen Datensätzen zeigt auf einen existierenden Datensatz</translation>
    </message>
    <message>
        <source>every entry balances (the database refuses any that does not), and the stored totals per account and month equal the sums of the journal lines they summarise</source>
        <translation>jede Buchung ist ausgeglichen (die Datenbank lehnt jede nicht ausgeglichene ab), und die gespeicherten Summen je Konto und Monat entsprechen den Summen der Buchungszeilen, die sie zusammenfassen</translation>
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
    <name>FiscalYearClosing</name>
    <message>
        <source>A fiscal year ends after it starts.</source>
        <translation>Ein Geschäftsjahr endet nach seinem Beginn.</translation>
    </message>
    <message>
        <source>A fiscal year lasts at most 24 months.</source>
        <translation>Ein Geschäftsjahr dauert höchstens 24 Monate.</translation>
    </message>
    <message>
        <source>Only a fiscal year that is over can be closed.</source>
        <translation>Nur ein abgelaufenes Geschäftsjahr kann abgeschlossen werden.</translation>
    </message>
    <message>
        <source>The fiscal year %1 to %2 is closed already.</source>
        <translation>Das Geschäftsjahr vom %1 bis %2 ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>Closing of the fiscal year %1 to %2</source>
        <translation>Abschluss des Geschäftsjahres vom %1 bis %2</translation>
    </message>
</context>
<context>
    <name>FixedPoint</name>
    <message>
        <source>Enter a number.</source>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>The number must not be negative.</source>
        <translation>Die Zahl darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Not a plain decimal number: use digits, an optional leading minus and a decimal point.</source>
        <translation>Keine einfache Dezimalzahl: Verwenden Sie Ziffern, optional ein vorangestelltes Minuszeichen und einen Dezimalpunkt.</translation>
    </message>
    <message>
        <source>No decimals are allowed here.</source>
        <translation>Hier sind keine Nachkommastellen erlaubt.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n decimal(s) allowed.</source>
        <translation>
            <numerusform>Höchstens %n Nachkommastelle erlaubt.</numerusform>
            <numerusform>Höchstens %n Nachkommastellen erlaubt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>Die Zahl ist zu groß.</translation>
    </message>
</context>
<context>
    <name>GeneralLedger</name>
    <message>
        <source>General ledger</source>
        <translation>Hauptbuch</translation>
    </message>
    <message>
        <source>Balances: debit positive, credit negative.</source>
        <translation>Salden: Soll positiv, Haben negativ.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Haben</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Eröffnungssaldo</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Schlusssaldo</translation>
    </message>
</context>
<context>
    <name>HelpCommand</name>
    <message>
        <source>Show the list of commands, or the usage of one.</source>
        <translation>Die Liste der Befehle oder die Verwendung eines Befehls anzeigen.</translation>
    </message>
    <message>
        <source>Without COMMAND, lists every command. With it, shows the command&apos;s arguments, options and examples; &apos;%1 COMMAND --help&apos; does the same.</source>
        <translation>Ohne COMMAND werden alle Befehle aufgelistet. Mit COMMAND werden die Argumente, Optionen und Beispiele des Befehls angezeigt; &apos;%1 COMMAND --help&apos; bewirkt dasselbe.</translation>
    </message>
    <message>
        <source>The command to describe.</source>
        <translation>Der zu beschreibende Befehl.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>HelpFormatter</name>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <source>[--verbose] COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>[--verbose] COMMAND [ARGUMENTE] [OPTIONEN]</translation>
    </message>
    <message>
        <source>help COMMAND</source>
        <translation>help COMMAND</translation>
    </message>
    <message>
        <source>Kasboek&apos;s command line: create, inspect, check and re-key the encrypted company file that holds a freelancer&apos;s books.</source>
        <translation>Die Kommandozeile von Kasboek: die verschlüsselte Firmendatei mit der Buchhaltung eines Freiberuflers erstellen, untersuchen, prüfen und mit einem neuen Schlüssel verschlüsseln.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Passphrases are never taken from the command line. They come from the environment variable KASBOEK_PASSPHRASE (and KASBOEK_NEW_PASSPHRASE for passwd) when set, otherwise from --passphrase-fd N, otherwise from a prompt on the terminal.</source>
        <translation>Passphrasen werden nie von der Kommandozeile übernommen. Sie stammen aus der Umgebungsvariablen KASBOEK_PASSPHRASE (und KASBOEK_NEW_PASSPHRASE für passwd), sofern gesetzt, sonst aus --passphrase-fd N, sonst aus einer Abfrage im Terminal.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>failure not covered below (for example, refusing to overwrite a file)</source>
        <translation>Fehler, der unten nicht aufgeführt ist (zum Beispiel die Weigerung, eine Datei zu überschreiben)</translation>
    </message>
    <message>
        <source>usage error: unknown command or option, missing argument, no passphrase source</source>
        <translation>Aufruffehler: unbekannter Befehl oder unbekannte Option, fehlendes Argument, keine Quelle für die Passphrase</translation>
    </message>
    <message>
        <source>wrong passphrase (or not a Kasboek file that could be unlocked)</source>
        <translation>falsche Passphrase (oder keine Kasboek-Datei, die entsperrt werden konnte)</translation>
    </message>
    <message>
        <source>file unusable: corrupt, foreign, from a newer version, in use, missing</source>
        <translation>Datei unbrauchbar: beschädigt, fremd, von einer neueren Version, in Verwendung, fehlend</translation>
    </message>
    <message>
        <source>input rejected by validation; nothing was written</source>
        <translation>Eingabe bei der Prüfung abgelehnt; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>Run &apos;%1 help COMMAND&apos; for the arguments and options of a command.</source>
        <translation>Führen Sie &apos;%1 help COMMAND&apos; aus, um die Argumente und Optionen eines Befehls zu sehen.</translation>
    </message>
    <message>
        <source>Commands of &apos;%1&apos;:</source>
        <translation>Befehle von &apos;%1&apos;:</translation>
    </message>
</context>
<context>
    <name>Iban</name>
    <message>
        <source>No IBAN was entered.</source>
        <translation>Es wurde keine IBAN eingegeben.</translation>
    </message>
    <message>
        <source>An IBAN contains only the letters A to Z and the digits 0 to 9, not “%1”.</source>
        <translation>Eine IBAN enthält nur die Buchstaben A bis Z und die Ziffern 0 bis 9, nicht “%1”.</translation>
    </message>
    <message>
        <source>An IBAN starts with a two-letter country code, such as BE or NL.</source>
        <translation>Eine IBAN beginnt mit einem Ländercode aus zwei Buchstaben, wie BE oder NL.</translation>
    </message>
    <message>
        <source>%1 is not a country that Kasboek knows IBANs of.</source>
        <translation>%1 ist kein Land, dessen IBANs Kasboek kennt.</translation>
    </message>
    <message>
        <source>An IBAN from %1 has %2 characters, not %3. Check for a missing or extra character.</source>
        <translation>Eine IBAN aus %1 hat %2 Zeichen, nicht %3. Prüfen Sie, ob ein Zeichen fehlt oder zu viel ist.</translation>
    </message>
    <message>
        <source>The third and fourth characters of an IBAN are digits.</source>
        <translation>Das dritte und vierte Zeichen einer IBAN sind Ziffern.</translation>
    </message>
    <message>
        <source>Character %1 of this IBAN should be a digit.</source>
        <translation>Zeichen %1 dieser IBAN sollte eine Ziffer sein.</translation>
    </message>
    <message>
        <source>Character %1 of this IBAN should be a letter.</source>
        <translation>Zeichen %1 dieser IBAN sollte ein Buchstabe sein.</translation>
    </message>
    <message>
        <source>Character %1 of this IBAN should be a letter or a digit.</source>
        <translation>Zeichen %1 dieser IBAN sollte ein Buchstabe oder eine Ziffer sein.</translation>
    </message>
    <message>
        <source>The check digits do not match the rest of this IBAN. Check for a typing error.</source>
        <translation>Die Prüfziffern passen nicht zum Rest dieser IBAN. Prüfen Sie sie auf Tippfehler.</translation>
    </message>
    <message>
        <source>The last two digits of this Belgian account number do not match the rest of it. Check for a typing error.</source>
        <translation>Die letzten beiden Ziffern dieser belgischen Kontonummer passen nicht zum Rest. Prüfen Sie sie auf Tippfehler.</translation>
    </message>
    <message>
        <source>This is not a valid IBAN.</source>
        <translation>Dies ist keine gültige IBAN.</translation>
    </message>
</context>
<context>
    <name>ImportBankCommand</name>
    <message>
        <source>Import bank statements (camt.053, CODA, MT940).</source>
        <translation>Kontoauszüge importieren (camt.053, CODA, MT940).</translation>
    </message>
    <message>
        <source>Reads each statement file, whatever its name: ISO 20022 camt.053 (XML, version 001.02 and later), Belgian CODA or MT940, recognised from the content. Every statement must add up: its opening balance and its movements make its closing balance. Its movements land in the bank journal of its account (the IBAN on the statement); an account Kasboek has not seen gets a bank journal and a ledger account of its own. The movements wait there to be reconciled with invoices and expenses: the import posts nothing.</source>
        <translation>Liest jede Kontoauszugsdatei, unabhängig von ihrem Namen: ISO 20022 camt.053 (XML, Version 001.02 und neuer), belgisches CODA oder MT940, am Inhalt erkannt. Jeder Kontoauszug muss aufgehen: Sein Anfangssaldo und seine Umsätze ergeben seinen Endsaldo. Seine Umsätze landen im Bankjournal seines Kontos (die IBAN auf dem Kontoauszug); ein Konto, das Kasboek noch nicht kennt, erhält ein eigenes Bankjournal und ein eigenes Hauptbuchkonto. Dort warten die Umsätze darauf, mit Rechnungen und Ausgaben abgeglichen zu werden: Der Import bucht nichts.</translation>
    </message>
    <message>
        <source>A statement imported before, or the movements an overlapping statement repeats, are not imported twice. A statement whose opening balance is not what the statement before it closed with is imported with a warning: one is missing or wrong. All or nothing: a file that is not a statement, is malformed or does not add up is refused with one line naming it (exit code 5), and nothing of any file is written. --format json prints what became of each statement (see docs/cli.md).</source>
        <translation>Ein bereits importierter Kontoauszug oder die Umsätze, die ein überlappender Kontoauszug wiederholt, werden nicht zweimal importiert. Ein Kontoauszug, dessen Anfangssaldo nicht dem Endsaldo des vorherigen Kontoauszugs entspricht, wird mit einer Warnung importiert: Einer fehlt oder ist falsch. Alles oder nichts: Eine Datei, die kein Kontoauszug ist, fehlerhaft ist oder nicht aufgeht, wird mit einer Zeile abgelehnt, die sie nennt (Exit-Code 5), und von keiner Datei wird etwas geschrieben. --format json gibt aus, was aus jedem Kontoauszug geworden ist (siehe docs/cli.md).</translation>
    </message>
    <message>
        <source>A statement file of the bank; several may be given.</source>
        <translation>Eine Kontoauszugsdatei der Bank; mehrere können angegeben werden.</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is too large to be a bank statement</source>
        <translation>die Datei ist zu groß für einen Kontoauszug</translation>
    </message>
    <message numerus="yes">
        <source>%n new movements</source>
        <translation>
            <numerusform>%n neuer Umsatz</numerusform>
            <numerusform>%n neue Umsätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported before</source>
        <translation>
            <numerusform>%n bereits importiert</numerusform>
            <numerusform>%n bereits importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>(A new account: journal %1.)</source>
        <translation>(Neues Konto: Journal %1.)</translation>
    </message>
    <message>
        <source>%1: %2%3 of %4, %5 to %6</source>
        <translation>%1: %2%3 von %4, %5 bis %6</translation>
    </message>
    <message>
        <source>%1: imported before, nothing added.</source>
        <translation>%1: bereits importiert, nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>%1: %2, %3; closes with %4 %5 in journal %6.</source>
        <translation>%1: %2, %3; Endsaldo %4 %5 im Journal %6.</translation>
    </message>
</context>
<context>
    <name>ImportJournalCsvCommand</name>
    <message>
        <source>Import journal lines from the neutral journal CSV.</source>
        <translation>Buchungszeilen aus der neutralen Journal-CSV importieren.</translation>
    </message>
    <message>
        <source>Reads CSV (UTF-8, comma-separated, one row per split) with exactly this header, in this order:
date,txn_id,account_code,account_name,debit_cents,credit_cents,description,counterparty
The rows of one txn_id follow each other and form one balanced entry on one date (YYYY-MM-DD); amounts are whole cents on one side of a row. Each transaction becomes an entry of the general journal (or of --journal) with the txn_id as its reference. An account code the chart lacks is added, with the type the first segment of account_name gives (Assets, Liabilities, Equity, Income, Expenses) and the rest of the path as its name; a code the chart has with another type is refused. Rows of 0 on both sides are left out, and a transaction without any amount is skipped.</source>
        <translation>Liest CSV (UTF-8, durch Kommas getrennt, eine Zeile pro Buchungszeile) mit genau dieser Kopfzeile, in dieser Reihenfolge:
date,txn_id,account_code,account_name,debit_cents,credit_cents,description,counterparty
Die Zeilen einer txn_id folgen direkt aufeinander und bilden eine ausgeglichene Buchung an einem Datum (YYYY-MM-DD); Beträge sind ganze Cent auf einer Seite einer Zeile. Jede Transaktion wird zu einer Buchung im allgemeinen Journal (oder in --journal) mit der txn_id als Referenz. Eine Kontonummer, die im Kontenplan fehlt, wird hinzugefügt, mit dem Typ, den das erste Segment von account_name angibt (Assets, Liabilities, Equity, Income, Expenses), und dem Rest des Pfads als Namen; eine Nummer, die der Kontenplan mit einem anderen Typ enthält, wird abgelehnt. Zeilen mit 0 auf beiden Seiten werden ausgelassen, und eine Transaktion ohne jeden Betrag wird übersprungen.</translation>
    </message>
    <message>
        <source>All or nothing: a file with any error, a date in a closed period, or a first or last transaction imported into the journal before, is refused with one line naming the line of the CSV (exit code 5), and nothing is written. Prints one line with what was imported; --format json prints the same as one JSON object (see docs/cli.md).</source>
        <translation>Alles oder nichts: Eine Datei mit einem Fehler, einem Datum in einem abgeschlossenen Zeitraum oder einer ersten oder letzten Transaktion, die bereits früher in das Journal importiert wurde, wird mit einer Meldung abgelehnt, die die betroffene Zeile der CSV-Datei nennt (Exit-Code 5), und nichts wird geschrieben. Gibt eine Zeile mit dem Importierten aus; --format json gibt dasselbe als ein JSON-Objekt aus (siehe docs/cli.md).</translation>
    </message>
    <message>
        <source>The journal CSV.</source>
        <translation>Die Journal-CSV.</translation>
    </message>
    <message>
        <source>The journal the entries go to (default: GEN, the general journal).</source>
        <translation>Das Journal, in das die Buchungen gehen (Standard: GEN, das allgemeine Journal).</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Imported no entries;</source>
        <translation>Keine Buchungen importiert;</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entries (%1 lines) from %2 to %3;</source>
        <translation>
            <numerusform>%n Buchung (%1 Zeilen) vom %2 bis %3 importiert;</numerusform>
            <numerusform>%n Buchungen (%1 Zeilen) vom %2 bis %3 importiert;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts created.</source>
        <translation>
            <numerusform>%n Konto angelegt.</numerusform>
            <numerusform>%n Konten angelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transactions without any amount skipped.</source>
        <translation>
            <numerusform>%n Transaktion ohne Betrag übersprungen.</numerusform>
            <numerusform>%n Transaktionen ohne Betrag übersprungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportUblCommand</name>
    <message>
        <source>Import suppliers&apos; Peppol BIS 3.0 invoices and credit notes.</source>
        <translation>Peppol-BIS-3.0-Rechnungen und -Gutschriften von Lieferanten importieren.</translation>
    </message>
    <message>
        <source>Reads each XML file (UBL 2.1 Invoice or CreditNote, Peppol BIS Billing 3.0) and stores it as an issued purchase document with the files it carries and the original XML. The supplier is matched on its VAT, enterprise or KvK number, or added as a new supplier. A file that is malformed, does not add up, is addressed to another company or was imported before is refused and writes nothing; the others are still imported. Exit code 5 when any file was refused.</source>
        <translation>Liest jede XML-Datei (UBL 2.1 Invoice oder CreditNote, Peppol BIS Billing 3.0) und speichert sie als ausgestelltes Eingangsdokument mit den darin enthaltenen Dateien und dem ursprünglichen XML. Der Lieferant wird über seine MwSt.-, Unternehmens- oder KvK-Nummer zugeordnet oder als neuer Lieferant hinzugefügt. Eine Datei, die fehlerhaft ist, deren Beträge nicht aufgehen, die an eine andere Firma gerichtet ist oder die bereits importiert wurde, wird abgelehnt und schreibt nichts; die anderen werden trotzdem importiert. Exit-Code 5, wenn eine Datei abgelehnt wurde.</translation>
    </message>
    <message>
        <source>A supplier&apos;s UBL file; several may be given.</source>
        <translation>Eine UBL-Datei eines Lieferanten; mehrere können angegeben werden.</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is too large to be an invoice</source>
        <translation>die Datei ist zu groß für eine Rechnung</translation>
    </message>
    <message>
        <source>%1: %2 %3 from %4, %5 %6</source>
        <translation>%1: %2 %3 von %4, %5 %6</translation>
    </message>
    <message>
        <source> (new supplier)</source>
        <translation> (neuer Lieferant)</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Show a file&apos;s format version, key derivation, cipher and record counts.</source>
        <translation>Formatversion, Schlüsselableitung, Verschlüsselungsverfahren und Anzahl der Datensätze einer Datei anzeigen.</translation>
    </message>
    <message>
        <source>Unlocks FILE and prints its file format version, the key derivation parameters it was encrypted with, the cipher, its size on disk and the number of records in each table. With --format json the same as one JSON object (see docs/cli.md).</source>
        <translation>Entsperrt FILE und gibt die Version des Dateiformats, die Parameter der Schlüsselableitung, mit denen sie verschlüsselt wurde, das Verschlüsselungsverfahren, ihre Größe auf dem Datenträger und die Anzahl der Datensätze in jeder Tabelle aus. Mit --format json dasselbe als ein JSON-Objekt (siehe docs/cli.md).</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>File size:</source>
        <translation>Dateigröße:</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Format version:</source>
        <translation>Formatversion:</translation>
    </message>
    <message>
        <source>Key derivation:</source>
        <translation>Schlüsselableitung:</translation>
    </message>
    <message>
        <source>profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>iterations:</source>
        <translation>Iterationen:</translation>
    </message>
    <message>
        <source>memory:</source>
        <translation>Speicher:</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>lanes:</source>
        <translation>Lanes:</translation>
    </message>
    <message>
        <source>Cipher:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <source>%1, %2 with %3 per page</source>
        <translation>%1, %2 mit %3 pro Seite</translation>
    </message>
    <message>
        <source>page size:</source>
        <translation>Seitengröße:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Datensätze:</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the input is larger than %1 MiB</source>
        <translation>die Eingabe ist größer als %1 MiB</translation>
    </message>
</context>
<context>
    <name>InvoiceRequirements</name>
    <message>
        <source>Your company&apos;s name is missing.</source>
        <translation>Der Name Ihrer Firma fehlt.</translation>
    </message>
    <message>
        <source>The customer&apos;s name is missing.</source>
        <translation>Der Name des Kunden fehlt.</translation>
    </message>
    <message>
        <source>Your company&apos;s address (street, postal code and city) must be on every invoice.</source>
        <translation>Die Adresse Ihrer Firma (Straße, Postleitzahl und Ort) muss auf jeder Rechnung stehen.</translation>
    </message>
    <message>
        <source>Your company&apos;s country is missing.</source>
        <translation>Das Land Ihrer Firma fehlt.</translation>
    </message>
    <message>
        <source>Your VAT number must be on every invoice.</source>
        <translation>Ihre MwSt.-Nummer muss auf jeder Rechnung stehen.</translation>
    </message>
    <message>
        <source>Your VAT number &quot;%1&quot; is not valid.</source>
        <translation>Ihre MwSt.-Nummer &quot;%1&quot; ist ungültig.</translation>
    </message>
    <message>
        <source>A Belgian invoice must show your enterprise number (KBO/BCE).</source>
        <translation>Eine belgische Rechnung muss Ihre Unternehmensnummer (KBO/BCE) angeben.</translation>
    </message>
    <message>
        <source>Your enterprise number &quot;%1&quot; is not valid.</source>
        <translation>Ihre Unternehmensnummer &quot;%1&quot; ist ungültig.</translation>
    </message>
    <message>
        <source>A Dutch invoice must show your KvK number (Chamber of Commerce).</source>
        <translation>Eine niederländische Rechnung muss Ihre KvK-Nummer (Handelskammer) angeben.</translation>
    </message>
    <message>
        <source>Your KvK number &quot;%1&quot; is not valid.</source>
        <translation>Ihre KvK-Nummer &quot;%1&quot; ist ungültig.</translation>
    </message>
    <message>
        <source>The customer&apos;s address (street, postal code and city) must be on the invoice.</source>
        <translation>Die Adresse des Kunden (Straße, Postleitzahl und Ort) muss auf der Rechnung stehen.</translation>
    </message>
    <message>
        <source>The customer&apos;s country is missing.</source>
        <translation>Das Land des Kunden fehlt.</translation>
    </message>
    <message>
        <source>When the VAT is reverse-charged or the supply is intra-Community, the customer&apos;s VAT number must be on the invoice.</source>
        <translation>Bei Steuerschuldnerschaft des Leistungsempfängers (Reverse-Charge) oder bei einer innergemeinschaftlichen Lieferung muss die MwSt.-Nummer des Kunden auf der Rechnung stehen.</translation>
    </message>
    <message>
        <source>The customer&apos;s VAT number &quot;%1&quot; is not valid.</source>
        <translation>Die MwSt.-Nummer &quot;%1&quot; des Kunden ist ungültig.</translation>
    </message>
    <message>
        <source>The issue date is missing.</source>
        <translation>Das Ausstellungsdatum fehlt.</translation>
    </message>
    <message>
        <source>The due date lies before the issue date.</source>
        <translation>Das Fälligkeitsdatum liegt vor dem Ausstellungsdatum.</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>Fügen Sie mindestens eine Zeile hinzu.</translation>
    </message>
    <message>
        <source>Line %1 does not say what was supplied.</source>
        <translation>Zeile %1 gibt nicht an, was geliefert wurde.</translation>
    </message>
    <message>
        <source>Line %1 has no quantity.</source>
        <translation>Zeile %1 hat keine Menge.</translation>
    </message>
    <message>
        <source>Line %1 has a negative unit price; use a negative quantity or a credit note.</source>
        <translation>Zeile %1 hat einen negativen Einzelpreis; verwenden Sie eine negative Menge oder eine Gutschrift.</translation>
    </message>
    <message>
        <source>Say why no VAT is charged for VAT category %1.</source>
        <translation>Geben Sie an, warum für die MwSt.-Kategorie %1 keine MwSt. berechnet wird.</translation>
    </message>
    <message>
        <source>An invoice in %1 needs the exchange rate to the euro.</source>
        <translation>Eine Rechnung in %1 braucht den Wechselkurs zum Euro.</translation>
    </message>
    <message>
        <source>A credit note must name the invoice it corrects.</source>
        <translation>Eine Gutschrift muss die Rechnung nennen, die sie korrigiert.</translation>
    </message>
    <message>
        <source>A credit note must give the date of the invoice it corrects.</source>
        <translation>Eine Gutschrift muss das Datum der Rechnung angeben, die sie korrigiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid structured communication.</source>
        <translation>&quot;%1&quot; ist keine gültige strukturierte Mitteilung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid RF creditor reference.</source>
        <translation>&quot;%1&quot; ist keine gültige RF-Gläubigerreferenz.</translation>
    </message>
</context>
<context>
    <name>InvoicesIssueCommand</name>
    <message>
        <source>No issued invoice has the number &quot;%1&quot;.</source>
        <translation>Keine ausgestellte Rechnung hat die Nummer &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Invoice %1 is not addressed to contact %2.</source>
        <translation>Die Rechnung %1 ist nicht an den Kontakt %2 gerichtet.</translation>
    </message>
    <message>
        <source>Issue an invoice, credit note or quote described in JSON.</source>
        <translation>Eine Rechnung, eine Gutschrift oder ein Angebot aus einer JSON-Beschreibung ausstellen.</translation>
    </message>
    <message>
        <source>Reads the document&apos;s JSON description (docs/cli.md has the format; &apos;-&apos; reads it from standard input): its type, the contact (id or uid, see &apos;contacts list&apos;), the dates, what differs from the contact&apos;s defaults, and the lines. A credit note names the invoice it corrects and repeats its lines unless it lists its own. The document is checked as the editor checks it, then issued with the next number of its series and posted to the ledger, all in one step: when anything is wrong, the error names the JSON field (exit code 5) and nothing is stored, no number is used. --draft stores it as a draft instead.</source>
        <translation>Liest die JSON-Beschreibung des Dokuments (das Format steht in docs/cli.md; &apos;-&apos; liest sie aus der Standardeingabe): den Typ, den Kontakt (ID oder UID, siehe &apos;contacts list&apos;), die Datumsangaben, was von den Standardwerten des Kontakts abweicht, und die Zeilen. Eine Gutschrift nennt die Rechnung, die sie korrigiert, und übernimmt deren Zeilen, sofern sie keine eigenen aufführt. Das Dokument wird so geprüft, wie der Editor es prüft, dann mit der nächsten Nummer seines Nummernkreises ausgestellt und ins Hauptbuch gebucht, alles in einem Schritt: Wenn etwas nicht stimmt, nennt die Fehlermeldung das JSON-Feld (Exit-Code 5), und es wird nichts gespeichert und keine Nummer verbraucht. --draft speichert es stattdessen als Entwurf.</translation>
    </message>
    <message>
        <source>Prints the number and totals (--format json: the stored document, amounts as decimal strings).</source>
        <translation>Gibt die Nummer und die Summen aus (--format json: das gespeicherte Dokument, Beträge als Dezimalzeichenketten).</translation>
    </message>
    <message>
        <source>The description, or - for standard input.</source>
        <translation>Die Beschreibung, oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Store a draft; do not issue it.</source>
        <translation>Einen Entwurf speichern; nicht ausstellen.</translation>
    </message>
    <message>
        <source>standard input cannot carry both the description and the passphrase</source>
        <translation>die Standardeingabe kann nicht zugleich die Beschreibung und die Passphrase liefern</translation>
    </message>
    <message>
        <source>Issued %1 %2 to %3: %4 %5 (VAT %6), due %7</source>
        <translation>%1 %2 an %3 ausgestellt: %4 %5 (MwSt. %6), fällig am %7</translation>
    </message>
    <message>
        <source>Stored draft %1 (%2) for %3</source>
        <translation>Entwurf %1 (%2) für %3 gespeichert</translation>
    </message>
</context>
<context>
    <name>InvoicesListCommand</name>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
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
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>List invoices, credit notes, quotes and purchase documents.</source>
        <translation>Rechnungen, Gutschriften, Angebote und Eingangsdokumente auflisten.</translation>
    </message>
    <message>
        <source>Prints documents by issue date, newest first (drafts, which have no date yet, last): id, type, status, number, issue and due date, contact id and name, currency, total including VAT and what was paid. --limit bounds the list (default 100; 0 for all).</source>
        <translation>Gibt die Dokumente nach Ausstellungsdatum aus, die neuesten zuerst (Entwürfe, die noch kein Datum haben, zuletzt): ID, Typ, Status, Nummer, Ausstellungs- und Fälligkeitsdatum, Kontakt-ID und Name, Währung, Summe inklusive MwSt. und den bezahlten Betrag. --limit begrenzt die Liste (Standard 100; 0 für alle).</translation>
    </message>
    <message>
        <source>Only documents of this type.</source>
        <translation>Nur Dokumente dieses Typs.</translation>
    </message>
    <message>
        <source>Issued on or after.</source>
        <translation>Ausgestellt am oder nach dem Datum.</translation>
    </message>
    <message>
        <source>Issued on or before.</source>
        <translation>Ausgestellt am oder vor dem Datum.</translation>
    </message>
    <message>
        <source>Only this contact&apos;s (id or uid).</source>
        <translation>Nur Dokumente dieses Kontakts (ID oder UID).</translation>
    </message>
    <message>
        <source>Only documents whose number or counterparty contains TEXT.</source>
        <translation>Nur Dokumente, deren Nummer oder Gegenpartei TEXT enthält.</translation>
    </message>
    <message>
        <source>At most N documents.</source>
        <translation>Höchstens N Dokumente.</translation>
    </message>
    <message>
        <source>unknown --type</source>
        <translation>unbekannter Wert für --type</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD</source>
        <translation>--%1 braucht ein Datum im Format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--limit needs a number, 0 for all</source>
        <translation>--limit braucht eine Zahl, 0 für alle</translation>
    </message>
</context>
<context>
    <name>InvoicingService</name>
    <message>
        <source>Only quotes, invoices and credit notes are drafted here.</source>
        <translation>Nur Angebote, Rechnungen und Gutschriften werden hier als Entwurf angelegt.</translation>
    </message>
    <message>
        <source>Only a draft that was never saved is issued as new.</source>
        <translation>Nur ein Entwurf, der noch nie gespeichert wurde, wird als neues Dokument ausgestellt.</translation>
    </message>
    <message>
        <source>A credit note corrects one of your issued invoices.</source>
        <translation>Eine Gutschrift korrigiert eine Ihrer ausgestellten Rechnungen.</translation>
    </message>
    <message>
        <source>Invoice %1 is credited in full already.</source>
        <translation>Rechnung %1 wurde bereits vollständig gutgeschrieben.</translation>
    </message>
    <message>
        <source>Only an issued quote is accepted, declined, cancelled or converted.</source>
        <translation>Nur ein ausgestelltes Angebot kann angenommen, abgelehnt, storniert oder umgewandelt werden.</translation>
    </message>
    <message>
        <source>The quote is %1 already.</source>
        <translation>Das Angebot ist bereits %1.</translation>
    </message>
    <message>
        <source>The quote is %1; it is not made into an invoice.</source>
        <translation>Das Angebot ist %1; daraus wird keine Rechnung erstellt.</translation>
    </message>
    <message>
        <source>An invoice was made from this quote already.</source>
        <translation>Aus diesem Angebot wurde bereits eine Rechnung erstellt.</translation>
    </message>
    <message>
        <source>The excess and the write-off of a payment follow from what is due.</source>
        <translation>Überzahlung und Ausbuchung einer Zahlung ergeben sich aus dem fälligen Betrag.</translation>
    </message>
    <message>
        <source>%1 %2 is settled already; nothing more is due.</source>
        <translation>%1 %2 ist bereits beglichen; es ist nichts mehr fällig.</translation>
    </message>
    <message>
        <source>At most %1 %2 is still due on %3.</source>
        <translation>Auf %3 sind noch höchstens %1 %2 fällig.</translation>
    </message>
    <message>
        <source>%1 %2 is still due on %3: more than the %4 %2 written off at most.</source>
        <translation>Auf %3 sind noch %1 %2 fällig: mehr als die höchstens ausbuchbaren %4 %2.</translation>
    </message>
</context>
<context>
    <name>JournalCsvReader</name>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Line %1 (transaction %2)</source>
        <translation>Zeile %1 (Transaktion %2)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>a field is longer than %1 characters.</source>
        <translation>Ein Feld ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file.</source>
        <translation>Ein Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen.</translation>
    </message>
    <message>
        <source>a control character in a field (only tab is allowed).</source>
        <translation>ein Steuerzeichen in einem Feld (nur der Tabulator ist erlaubt).</translation>
    </message>
    <message>
        <source>more than %1 fields.</source>
        <translation>mehr als %1 Felder.</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one: quote the whole field and double the quotes inside it.</source>
        <translation>ein Anführungszeichen in einem Feld, das nicht mit einem Anführungszeichen beginnt: Setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie die Anführungszeichen darin.</translation>
    </message>
    <message>
        <source>text after the closing quote of a field.</source>
        <translation>Text nach dem schließenden Anführungszeichen eines Feldes.</translation>
    </message>
    <message>
        <source>%1: the text is not valid UTF-8.</source>
        <translation>%1: Der Text ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>%1: a control character in a field (only tab is allowed).</source>
        <translation>%1: ein Steuerzeichen in einem Feld (nur der Tabulator ist erlaubt).</translation>
    </message>
    <message>
        <source>%1: a field is longer than %2 characters.</source>
        <translation>%1: Ein Feld ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Line 1: the header must be exactly &quot;%1&quot;, in this order.</source>
        <translation>Zeile 1: Die Kopfzeile muss genau &quot;%1&quot; lauten, in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date written YYYY-MM-DD (from 1900 on).</source>
        <translation>%1: &quot;%2&quot; ist kein Datum im Format YYYY-MM-DD (ab 1900).</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; is not a whole number of cents (digits only: no sign, no decimals).</source>
        <translation>%1: %2 &quot;%3&quot; ist kein ganzzahliger Centbetrag (nur Ziffern: kein Vorzeichen, keine Dezimalstellen).</translation>
    </message>
    <message>
        <source>%1: %2 is more than %3 cents.</source>
        <translation>%1: %2 ist größer als %3 Cent.</translation>
    </message>
    <message>
        <source>%1: %2 fields where a row has %3 (%4).</source>
        <translation>%1: %2 Felder, eine Zeile hat aber %3 (%4).</translation>
    </message>
    <message>
        <source>%1: the row has no txn_id.</source>
        <translation>%1: Die Zeile hat keine txn_id.</translation>
    </message>
    <message>
        <source>%1: the row has no account_code.</source>
        <translation>%1: Die Zeile hat keinen account_code.</translation>
    </message>
    <message>
        <source>%1: the row has no account_name.</source>
        <translation>%1: Die Zeile hat keinen account_name.</translation>
    </message>
    <message>
        <source>%1: neither debit_cents nor credit_cents has a value.</source>
        <translation>%1: Weder debit_cents noch credit_cents hat einen Wert.</translation>
    </message>
    <message>
        <source>%1: both debit_cents and credit_cents hold an amount; a row has one or the other.</source>
        <translation>%1: Sowohl debit_cents als auch credit_cents enthalten einen Betrag; eine Zeile hat nur das eine oder das andere.</translation>
    </message>
    <message>
        <source>%1: the date %2 differs from the transaction&apos;s first row (%3).</source>
        <translation>%1: Das Datum %2 weicht von der ersten Zeile der Transaktion ab (%3).</translation>
    </message>
    <message>
        <source>%1: more than %2 rows in one transaction.</source>
        <translation>%1: mehr als %2 Zeilen in einer Transaktion.</translation>
    </message>
    <message>
        <source>%1: transaction %2 comes again after other transactions; the rows of one transaction must follow each other.</source>
        <translation>%1: Transaktion %2 kommt nach anderen Transaktionen erneut vor; die Zeilen einer Transaktion müssen direkt aufeinander folgen.</translation>
    </message>
</context>
<context>
    <name>JournalImporter</name>
    <message>
        <source>Line %1 (transaction %2): %3</source>
        <translation>Zeile %1 (Transaktion %2): %3</translation>
    </message>
    <message>
        <source>There is no journal %1.</source>
        <translation>Es gibt kein Journal %1.</translation>
    </message>
    <message>
        <source>the account_name &quot;%1&quot; of account %2 does not start with Assets, Liabilities, Equity, Income or Expenses.</source>
        <translation>Der account_name &quot;%1&quot; von Konto %2 beginnt nicht mit Assets, Liabilities, Equity, Income oder Expenses.</translation>
    </message>
    <message>
        <source>account %1 is of type %2 in the chart of accounts, but the file makes it %3 (&quot;%4&quot;).</source>
        <translation>Konto %1 hat im Kontenplan den Typ %2, die Datei macht es aber zu %3 (&quot;%4&quot;).</translation>
    </message>
    <message>
        <source>this transaction was imported into journal %1 before; the file is not imported again.</source>
        <translation>Diese Transaktion wurde bereits in Journal %1 importiert; die Datei wird nicht erneut importiert.</translation>
    </message>
    <message>
        <source>the txn_id is longer than %1 characters.</source>
        <translation>Die txn_id ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>the counterparty is longer than %1 characters.</source>
        <translation>Die Gegenpartei (counterparty) ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>the description is longer than %1 characters.</source>
        <translation>Die Beschreibung (description) ist länger als %1 Zeichen.</translation>
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
        <translation>Alle Journale.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Haben</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>JournalRepository</name>
    <message>
        <source>The journal does not exist.</source>
        <translation>Das Journal existiert nicht.</translation>
    </message>
    <message>
        <source>There is no journal %1.</source>
        <translation>Es gibt kein Journal %1.</translation>
    </message>
    <message>
        <source>The file has no %1 journal.</source>
        <translation>Die Datei hat kein Journal vom Typ %1.</translation>
    </message>
    <message>
        <source>A journal code has 1 to 20 letters or digits.</source>
        <translation>Ein Journalcode besteht aus 1 bis 20 Buchstaben oder Ziffern.</translation>
    </message>
    <message>
        <source>Give the journal a name of at most 100 characters.</source>
        <translation>Geben Sie dem Journal einen Namen mit höchstens 100 Zeichen.</translation>
    </message>
    <message>
        <source>A bank or cash journal needs the account its money is on.</source>
        <translation>Ein Bank- oder Kassenjournal benötigt das Konto, auf dem sein Geld liegt.</translation>
    </message>
    <message>
        <source>Only a bank or cash journal has an account of its own.</source>
        <translation>Nur ein Bank- oder Kassenjournal hat ein eigenes Konto.</translation>
    </message>
    <message>
        <source>Journal %1 already exists.</source>
        <translation>Journal %1 existiert bereits.</translation>
    </message>
    <message>
        <source>Only a bank journal has an IBAN.</source>
        <translation>Nur ein Bankjournal hat eine IBAN.</translation>
    </message>
</context>
<context>
    <name>JsonObjectReader</name>
    <message>
        <source>%1 must be %2.</source>
        <translation>%1 muss %2 sein.</translation>
    </message>
    <message>
        <source>%1 is needed.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 is not a field of this format (it has: %2).</source>
        <translation>%1 ist kein Feld dieses Formats (vorhanden sind: %2).</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>a number or a decimal string</source>
        <translation>eine Zahl oder eine Dezimalzahl als Zeichenkette</translation>
    </message>
    <message>
        <source>%1 must be a date as YYYY-MM-DD.</source>
        <translation>%1 muss ein Datum im Format YYYY-MM-DD sein.</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>%1 has more than %2 items.</source>
        <translation>%1 hat mehr als %2 Einträge.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein.</translation>
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
    <name>KvkNumber</name>
    <message>
        <source>No KvK number was entered.</source>
        <translation>Es wurde keine KvK-Nummer eingegeben.</translation>
    </message>
    <message>
        <source>A KvK number contains only digits, not “%1”.</source>
        <translation>Eine KvK-Nummer enthält nur Ziffern, nicht “%1”.</translation>
    </message>
    <message>
        <source>A KvK number has 8 digits.</source>
        <translation>Eine KvK-Nummer hat 8 Ziffern.</translation>
    </message>
    <message>
        <source>This is not a valid KvK number.</source>
        <translation>Dies ist keine gültige KvK-Nummer.</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>A reversal is not reversed again; post a new entry instead.</source>
        <translation>Eine Stornobuchung wird nicht erneut storniert; erfassen Sie stattdessen eine neue Buchung.</translation>
    </message>
    <message>
        <source>This entry was reversed already.</source>
        <translation>Diese Buchung wurde bereits storniert.</translation>
    </message>
    <message>
        <source>The closing of a fiscal year cannot be reversed.</source>
        <translation>Der Abschluss eines Geschäftsjahres kann nicht storniert werden.</translation>
    </message>
    <message>
        <source>Reversal of entry %1</source>
        <translation>Storno von Buchung %1</translation>
    </message>
    <message>
        <source>Opening balances</source>
        <translation>Eröffnungssalden</translation>
    </message>
    <message>
        <source>Account %1 takes the difference of the opening balances; give it no balance of its own.</source>
        <translation>Konto %1 nimmt die Differenz der Eröffnungssalden auf; geben Sie ihm keinen eigenen Saldo.</translation>
    </message>
    <message>
        <source>Enter at least one opening balance.</source>
        <translation>Geben Sie mindestens einen Eröffnungssaldo ein.</translation>
    </message>
    <message>
        <source>Choose the last day of the period to close.</source>
        <translation>Wählen Sie den letzten Tag des abzuschließenden Zeitraums.</translation>
    </message>
    <message>
        <source>Only a period that is over can be closed.</source>
        <translation>Nur ein abgelaufener Zeitraum kann abgeschlossen werden.</translation>
    </message>
    <message>
        <source>The books are closed up to %1; a closed period cannot be reopened.</source>
        <translation>Die Bücher sind bis %1 abgeschlossen; ein abgeschlossener Zeitraum kann nicht wieder geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>LedgerCheck</name>
    <message>
        <source>Account %1, %2: the lines add up to debit %3 and credit %4, the stored totals say debit %5 and credit %6.</source>
        <translation>Konto %1, %2: Die Buchungszeilen ergeben Soll %3 und Haben %4, die gespeicherten Summen lauten Soll %5 und Haben %6.</translation>
    </message>
    <message>
        <source>The ledger does not balance: total debit %1, total credit %2.</source>
        <translation>Das Hauptbuch ist nicht ausgeglichen: Summe Soll %1, Summe Haben %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n journal line(s) belong to no entry.</source>
        <translation>
            <numerusform>%n Buchungszeile gehört zu keiner Buchung.</numerusform>
            <numerusform>%n Buchungszeilen gehören zu keiner Buchung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerSetup</name>
    <message>
        <source>The file has a chart of accounts already.</source>
        <translation>Die Datei hat bereits einen Kontenplan.</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kasse</translation>
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
    <name>Money</name>
    <message>
        <source>The amount is too large.</source>
        <translation>Der Betrag ist zu groß.</translation>
    </message>
    <message>
        <source>Amounts in different currencies cannot be combined.</source>
        <translation>Beträge in verschiedenen Währungen können nicht zusammengerechnet werden.</translation>
    </message>
</context>
<context>
    <name>Mt940Account</name>
    <message>
        <source>the account &quot;%1&quot; is not an IBAN; Kasboek needs the IBAN of the account a statement is for.</source>
        <translation>Das Konto &quot;%1&quot; ist keine IBAN; Kasboek benötigt die IBAN des Kontos, für das ein Kontoauszug gilt.</translation>
    </message>
</context>
<context>
    <name>Mt940Amount</name>
    <message>
        <source>the amount &quot;%1&quot; is not digits with a decimal comma, such as 1234,56.</source>
        <translation>Der Betrag &quot;%1&quot; besteht nicht aus Ziffern mit Dezimalkomma wie 1234,56.</translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; is longer than the %2 characters MT940 allows.</source>
        <translation>Der Betrag &quot;%1&quot; ist länger als die %2 Zeichen, die MT940 erlaubt.</translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; has more decimals than %2 allows (%3).</source>
        <translation>Der Betrag &quot;%1&quot; hat mehr Nachkommastellen, als %2 zulässt (%3).</translation>
    </message>
</context>
<context>
    <name>Mt940Balance</name>
    <message>
        <source>a balance is written as C or D, the date (YYMMDD), the currency and the amount, such as C230131EUR1234,56; this one is &quot;%1&quot;.</source>
        <translation>Ein Saldo besteht aus C oder D, dem Datum (YYMMDD), der Währung und dem Betrag, etwa C230131EUR1234,56; dieser lautet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the balance must start with C (credit) or D (debit), not &quot;%1&quot;.</source>
        <translation>Der Saldo muss mit C (Haben) oder D (Soll) beginnen, nicht mit &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYMMDD).</source>
        <translation>&quot;%1&quot; ist kein gültiges Datum (YYMMDD).</translation>
    </message>
    <message>
        <source>the currency &quot;%1&quot; is not one Kasboek knows.</source>
        <translation>Die Währung &quot;%1&quot; ist Kasboek nicht bekannt.</translation>
    </message>
</context>
<context>
    <name>Mt940Field</name>
    <message>
        <source>%1 on line %2: %3</source>
        <translation>%1 in Zeile %2: %3</translation>
    </message>
</context>
<context>
    <name>Mt940Reader</name>
    <message>
        <source>The file is %1 MiB; an MT940 file Kasboek reads is at most %2 MiB.</source>
        <translation>Die Datei ist %1 MiB groß; eine MT940-Datei, die Kasboek liest, ist höchstens %2 MiB groß.</translation>
    </message>
    <message>
        <source>the end of the message on line %1</source>
        <translation>das Ende der Nachricht in Zeile %1</translation>
    </message>
    <message>
        <source>the next statement on line %1</source>
        <translation>der nächste Kontoauszug in Zeile %1</translation>
    </message>
    <message>
        <source>this field is outside a statement: each statement starts with :20:.</source>
        <translation>Dieses Feld steht außerhalb eines Kontoauszugs: Jeder Kontoauszug beginnt mit :20:.</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>das Ende der Datei</translation>
    </message>
    <message>
        <source>This is not an MT940 file: line %1 is not part of a statement, and no statement (:20:) follows.</source>
        <translation>Dies ist keine MT940-Datei: Zeile %1 gehört zu keinem Kontoauszug, und es folgt kein Kontoauszug (:20:).</translation>
    </message>
    <message>
        <source>The file holds no MT940 statement: it has no :20: field.</source>
        <translation>Die Datei enthält keinen MT940-Kontoauszug: Sie hat kein Feld :20:.</translation>
    </message>
</context>
<context>
    <name>Mt940StatementBuilder</name>
    <message>
        <source>The statement that starts on line %1 has no closing balance (:62F:): %2 comes first. The file is incomplete.</source>
        <translation>Der Kontoauszug, der in Zeile %1 beginnt, hat keinen Endsaldo (:62F:): Zuvor kommt %2. Die Datei ist unvollständig.</translation>
    </message>
    <message>
        <source>the statement that starts on line %1 already has an opening balance.</source>
        <translation>Der Kontoauszug, der in Zeile %1 beginnt, hat bereits einen Anfangssaldo.</translation>
    </message>
    <message>
        <source>The statement that starts on line %1 has no account (:25:) before its closing balance on line %2.</source>
        <translation>Der Kontoauszug, der in Zeile %1 beginnt, hat vor seinem Endsaldo in Zeile %2 kein Konto (:25:).</translation>
    </message>
    <message>
        <source>The statement that starts on line %1 has no opening balance (:60F:) before its closing balance on line %2.</source>
        <translation>Der Kontoauszug, der in Zeile %1 beginnt, hat vor seinem Endsaldo in Zeile %2 keinen Anfangssaldo (:60F:).</translation>
    </message>
    <message>
        <source>the closing balance is in %1, the opening balance in %2.</source>
        <translation>Der Endsaldo lautet auf %1, der Anfangssaldo auf %2.</translation>
    </message>
    <message>
        <source>:61: on line %1: the movement comes before the opening balance (:60F:) of the statement that starts on line %2.</source>
        <translation>:61: in Zeile %1: Der Umsatz steht vor dem Anfangssaldo (:60F:) des Kontoauszugs, der in Zeile %2 beginnt.</translation>
    </message>
</context>
<context>
    <name>Mt940StatementLine</name>
    <message>
        <source>the movement must start with its value date (YYMMDD), not &quot;%1&quot;.</source>
        <translation>Der Umsatz muss mit seinem Valutadatum (YYMMDD) beginnen, nicht mit &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entry date (MMDD).</source>
        <translation>&quot;%1&quot; ist kein gültiges Buchungsdatum (MMDD).</translation>
    </message>
    <message>
        <source>after the dates comes D, C, RD or RC, not &quot;%1&quot;.</source>
        <translation>Nach den Datumsangaben folgt D, C, RD oder RC, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>after the amount comes the transaction type (N, F or S and three characters, such as NTRF), not &quot;%1&quot;.</source>
        <translation>Nach dem Betrag folgt die Transaktionsart (N, F oder S und drei Zeichen, etwa NTRF), nicht &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>NumberPattern</name>
    <message>
        <source>The width in {%1} must be a digit from 1 to %2.</source>
        <translation>Die Breite in {%1} muss eine Ziffer von 1 bis %2 sein.</translation>
    </message>
    <message>
        <source>{%1} is not a token of a number pattern; use {year}, {yy}, {month}, {seq} or {seq:4}.</source>
        <translation>{%1} ist kein Platzhalter eines Nummernmusters; verwenden Sie {year}, {yy}, {month}, {seq} oder {seq:4}.</translation>
    </message>
    <message>
        <source>Enter a number pattern, for example {year}-{seq:4}.</source>
        <translation>Geben Sie ein Nummernmuster ein, zum Beispiel {year}-{seq:4}.</translation>
    </message>
    <message>
        <source>A number pattern has at most %1 characters.</source>
        <translation>Ein Nummernmuster hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A { in the number pattern is not closed with }.</source>
        <translation>Eine { im Nummernmuster wird nicht mit } geschlossen.</translation>
    </message>
    <message>
        <source>A } in the number pattern has no { before it.</source>
        <translation>Vor einer } im Nummernmuster steht keine {.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be part of a document number; use letters, digits and - _ / . #.</source>
        <translation>&quot;%1&quot; darf nicht Teil einer Dokumentnummer sein; verwenden Sie Buchstaben, Ziffern und - _ / . #.</translation>
    </message>
    <message>
        <source>A number pattern needs the sequence number: {seq} or {seq:4}.</source>
        <translation>Ein Nummernmuster benötigt die laufende Nummer: {seq} oder {seq:4}.</translation>
    </message>
    <message>
        <source>A number pattern has one sequence number, not %1.</source>
        <translation>Ein Nummernmuster hat genau eine laufende Nummer, nicht %1.</translation>
    </message>
    <message>
        <source>A pattern with {month} also needs {year} or {yy}, or its numbers repeat every year.</source>
        <translation>Ein Muster mit {month} benötigt auch {year} oder {yy}, sonst wiederholen sich seine Nummern jedes Jahr.</translation>
    </message>
</context>
<context>
    <name>NumberSeriesRepository</name>
    <message>
        <source>There is no default numbering series for %1.</source>
        <translation>Es gibt keinen Standard-Nummernkreis für %1.</translation>
    </message>
    <message>
        <source>A numbering series keeps the document type it numbers.</source>
        <translation>Die Dokumentart eines Nummernkreises kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Make another series the default; this one then stops being it.</source>
        <translation>Machen Sie einen anderen Nummernkreis zum Standard; dieser ist es dann nicht mehr.</translation>
    </message>
    <message>
        <source>An archived series cannot be the default.</source>
        <translation>Ein archivierter Nummernkreis kann nicht der Standard sein.</translation>
    </message>
    <message>
        <source>The default series cannot be archived; make another series the default first.</source>
        <translation>Der Standard-Nummernkreis kann nicht archiviert werden; machen Sie zuerst einen anderen Nummernkreis zum Standard.</translation>
    </message>
    <message>
        <source>A number is given for a valid issue date.</source>
        <translation>Eine Nummer wird nur für ein gültiges Ausstellungsdatum vergeben.</translation>
    </message>
    <message>
        <source>The numbering series is archived; choose another one.</source>
        <translation>Der Nummernkreis ist archiviert; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Numbers up to %1 were already given out in this series; the next one is at least %2.</source>
        <translation>In diesem Nummernkreis wurden bereits Nummern bis %1 vergeben; die nächste ist mindestens %2.</translation>
    </message>
    <message numerus="yes">
        <source>The series numbers %n document(s) and cannot be deleted; archive it instead.</source>
        <translation>
            <numerusform>Der Nummernkreis nummeriert %n Dokument und kann nicht gelöscht werden; archivieren Sie ihn stattdessen.</numerusform>
            <numerusform>Der Nummernkreis nummeriert %n Dokumente und kann nicht gelöscht werden; archivieren Sie ihn stattdessen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The default series cannot be deleted; make another series the default first.</source>
        <translation>Der Standard-Nummernkreis kann nicht gelöscht werden; machen Sie zuerst einen anderen Nummernkreis zum Standard.</translation>
    </message>
    <message>
        <source>Only quotes, invoices and credit notes are numbered by a series.</source>
        <translation>Nur Angebote, Rechnungen und Gutschriften werden über einen Nummernkreis nummeriert.</translation>
    </message>
    <message>
        <source>A series name has at most %1 characters.</source>
        <translation>Der Name eines Nummernkreises hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The numbering series does not exist (any more).</source>
        <translation>Der Nummernkreis existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>A list cannot start before its first row.</source>
        <translation>Eine Liste kann nicht vor ihrer ersten Zeile beginnen.</translation>
    </message>
    <message>
        <source>The series&apos; id and uid belong to different series.</source>
        <translation>Die ID und die UID des Nummernkreises gehören zu verschiedenen Nummernkreisen.</translation>
    </message>
    <message>
        <source>A numbering series with this id is already stored.</source>
        <translation>Ein Nummernkreis mit dieser ID ist bereits gespeichert.</translation>
    </message>
</context>
<context>
    <name>PassphraseSource</name>
    <message>
        <source>Read the current passphrase from the first line of file descriptor N and, unless KASBOEK_NEW_PASSPHRASE or --new-passphrase-fd gives it, the new one from the next line.</source>
        <translation>Die aktuelle Passphrase aus der ersten Zeile von Dateideskriptor N lesen und, sofern KASBOEK_NEW_PASSPHRASE oder --new-passphrase-fd sie nicht liefert, die neue aus der nächsten Zeile.</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of file descriptor N (when KASBOEK_PASSPHRASE is not set).</source>
        <translation>Die Passphrase aus der ersten Zeile von Dateideskriptor N lesen (wenn KASBOEK_PASSPHRASE nicht gesetzt ist).</translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of file descriptor N (when KASBOEK_NEW_PASSPHRASE is not set).</source>
        <translation>Die neue Passphrase aus der ersten Zeile von Dateideskriptor N lesen (wenn KASBOEK_NEW_PASSPHRASE nicht gesetzt ist).</translation>
    </message>
    <message>
        <source>Passphrases are never taken from the command line. The current passphrase comes from KASBOEK_PASSPHRASE when it is set, otherwise from the next line of --passphrase-fd, otherwise from a prompt on the terminal. The new one comes from KASBOEK_NEW_PASSPHRASE when it is set, otherwise from the next line of --new-passphrase-fd (or, without it, of --passphrase-fd), otherwise from the terminal, where it is asked twice.</source>
        <translation>Passphrasen werden nie von der Befehlszeile übernommen. Die aktuelle Passphrase stammt aus KASBOEK_PASSPHRASE, wenn diese Variable gesetzt ist, sonst aus der nächsten Zeile von --passphrase-fd, sonst aus einer Abfrage im Terminal. Die neue stammt aus KASBOEK_NEW_PASSPHRASE, wenn diese Variable gesetzt ist, sonst aus der nächsten Zeile von --new-passphrase-fd (oder, ohne diese Option, von --passphrase-fd), sonst aus dem Terminal, wo sie zweimal abgefragt wird.</translation>
    </message>
    <message>
        <source>Passphrases are never taken from the command line. The passphrase comes from the environment variable KASBOEK_PASSPHRASE when it is set, otherwise from the first line of --passphrase-fd, otherwise from a prompt on the terminal without echo.</source>
        <translation>Passphrasen werden nie von der Befehlszeile übernommen. Die Passphrase stammt aus der Umgebungsvariablen KASBOEK_PASSPHRASE, wenn sie gesetzt ist, sonst aus der ersten Zeile von --passphrase-fd, sonst aus einer Abfrage im Terminal ohne Anzeige der Eingabe.</translation>
    </message>
    <message>
        <source>option --%1 needs a file descriptor number, not &apos;%2&apos;</source>
        <translation>Option --%1 benötigt die Nummer eines Dateideskriptors, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>option --%1: file descriptor %2 is not open</source>
        <translation>Option --%1: Dateideskriptor %2 ist nicht geöffnet</translation>
    </message>
    <message>
        <source>file descriptor %1 could not be read for a passphrase</source>
        <translation>aus Dateideskriptor %1 konnte keine Passphrase gelesen werden</translation>
    </message>
    <message>
        <source>file descriptor %1 ended before a passphrase was read</source>
        <translation>Dateideskriptor %1 endete, bevor eine Passphrase gelesen wurde</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is longer than %n bytes.</source>
        <translation>
            <numerusform>Die Passphrase ist länger als %n Byte.</numerusform>
            <numerusform>Die Passphrase ist länger als %n Byte.</numerusform>
        </translation>
    </message>
    <message>
        <source>no new passphrase: set KASBOEK_NEW_PASSPHRASE, use --new-passphrase-fd N or a second line on --passphrase-fd, or run on a terminal</source>
        <translation>keine neue Passphrase: Setzen Sie KASBOEK_NEW_PASSPHRASE, verwenden Sie --new-passphrase-fd N oder eine zweite Zeile auf --passphrase-fd, oder führen Sie den Befehl in einem Terminal aus</translation>
    </message>
    <message>
        <source>no passphrase: set KASBOEK_PASSPHRASE, use --passphrase-fd N, or run on a terminal</source>
        <translation>keine Passphrase: Setzen Sie KASBOEK_PASSPHRASE, verwenden Sie --passphrase-fd N, oder führen Sie den Befehl in einem Terminal aus</translation>
    </message>
    <message>
        <source>The passphrase could not be read from the terminal.</source>
        <translation>Die Passphrase konnte nicht vom Terminal gelesen werden.</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Passphrase für %1: </translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>Neue Passphrase für %1: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Neue Passphrase wiederholen: </translation>
    </message>
    <message>
        <source>The passphrases do not match; nothing was changed.</source>
        <translation>Die Passphrasen stimmen nicht überein; es wurde nichts geändert.</translation>
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
    <name>PasswdCommand</name>
    <message>
        <source>Change the passphrase of a file.</source>
        <translation>Die Passphrase einer Datei ändern.</translation>
    </message>
    <message numerus="yes">
        <source>Unlocks FILE with its current passphrase, then re-encrypts it under the new one (at least %n characters) with a fresh salt and the current key derivation parameters. The change is atomic: afterwards only the new passphrase opens the file; if it is interrupted, only the old one does.</source>
        <translation>
            <numerusform>Entsperrt FILE mit der aktuellen Passphrase und verschlüsselt die Datei dann mit der neuen (mindestens %n Zeichen), einem neuen Salt und den aktuellen Parametern der Schlüsselableitung neu. Die Änderung ist atomar: Danach öffnet nur noch die neue Passphrase die Datei; wird sie unterbrochen, weiterhin nur die alte.</numerusform>
            <numerusform>Entsperrt FILE mit der aktuellen Passphrase und verschlüsselt die Datei dann mit der neuen (mindestens %n Zeichen), einem neuen Salt und den aktuellen Parametern der Schlüsselableitung neu. Die Änderung ist atomar: Danach öffnet nur noch die neue Passphrase die Datei; wird sie unterbrochen, weiterhin nur die alte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed the passphrase of %1.</source>
        <translation>Die Passphrase von %1 wurde geändert.</translation>
    </message>
</context>
<context>
    <name>PaymentPosting</name>
    <message>
        <source>The bank charges are more than the payment.</source>
        <translation>Die Bankgebühren übersteigen die Zahlung.</translation>
    </message>
    <message>
        <source>Payment of %1 %2</source>
        <translation>Zahlung zu %1 %2</translation>
    </message>
    <message>
        <source>Bank charges</source>
        <translation>Bankgebühren</translation>
    </message>
    <message>
        <source>Payment difference written off</source>
        <translation>Ausgebuchte Zahlungsdifferenz</translation>
    </message>
    <message>
        <source>Paid in excess, kept on account</source>
        <translation>Überzahlung, als Guthaben auf dem Konto belassen</translation>
    </message>
</context>
<context>
    <name>PaymentRepository</name>
    <message>
        <source>Bank charges, an excess and a write-off are in the currency of the payment.</source>
        <translation>Bankgebühren, Überzahlung und Ausbuchung lauten auf die Währung der Zahlung.</translation>
    </message>
    <message>
        <source>Bank charges, an excess and a write-off are not negative.</source>
        <translation>Bankgebühren, Überzahlung und Ausbuchung dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>At most %1 %2 of a payment is written off as a difference.</source>
        <translation>Höchstens %1 %2 einer Zahlung können als Differenz ausgebucht werden.</translation>
    </message>
    <message>
        <source>A write-off is less than what the payment settles.</source>
        <translation>Eine Ausbuchung muss kleiner sein als der Betrag, den die Zahlung begleicht.</translation>
    </message>
    <message>
        <source>A payment with an excess has nothing to write off.</source>
        <translation>Bei einer Zahlung mit Überzahlung gibt es nichts auszubuchen.</translation>
    </message>
    <message>
        <source>A refund of a credit note is at most what the credit note owes.</source>
        <translation>Eine Erstattung zu einer Gutschrift beträgt höchstens den offenen Betrag der Gutschrift.</translation>
    </message>
    <message>
        <source>Bank charges are less than the amount paid (%1 %2).</source>
        <translation>Die Bankgebühren müssen kleiner sein als der gezahlte Betrag (%1 %2).</translation>
    </message>
    <message>
        <source>The excess is too large.</source>
        <translation>Die Überzahlung ist zu groß.</translation>
    </message>
    <message>
        <source>Unknown payment method &quot;%1&quot;.</source>
        <translation>Unbekannte Zahlungsart &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The payment does not exist (any more).</source>
        <translation>Die Zahlung existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>A payment is a positive amount.</source>
        <translation>Eine Zahlung muss ein positiver Betrag sein.</translation>
    </message>
    <message>
        <source>Enter the date of the payment.</source>
        <translation>Geben Sie das Datum der Zahlung ein.</translation>
    </message>
    <message>
        <source>A payment reference has at most %1 characters.</source>
        <translation>Eine Zahlungsreferenz hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Only an issued invoice or credit note is paid.</source>
        <translation>Nur eine ausgestellte Rechnung oder Gutschrift kann bezahlt werden.</translation>
    </message>
    <message>
        <source>The payment is in %1, the document in %2.</source>
        <translation>Die Zahlung lautet auf %1, das Dokument auf %2.</translation>
    </message>
    <message>
        <source>This file is too old for bank charges, an excess or a write-off; open it to upgrade it.</source>
        <translation>Diese Datei ist zu alt für Bankgebühren, Überzahlungen oder Ausbuchungen; öffnen Sie sie, um sie zu aktualisieren.</translation>
    </message>
</context>
<context>
    <name>PaymentsRecordCommand</name>
    <message>
        <source>The supplier has no invoice or credit note %1.</source>
        <translation>Der Lieferant hat keine Rechnung oder Gutschrift %1.</translation>
    </message>
    <message>
        <source>No invoice or credit note has the number %1.</source>
        <translation>Keine Rechnung oder Gutschrift hat die Nummer %1.</translation>
    </message>
    <message>
        <source>Record a payment of an invoice or credit note.</source>
        <translation>Eine Zahlung zu einer Rechnung oder Gutschrift erfassen.</translation>
    </message>
    <message>
        <source>Records money received for one of your invoices, refunded for one of your credit notes, or (with --supplier) paid for a supplier&apos;s invoice, and posts it to the ledger in the same step: the bank (or the cash box for --method cash) against the customer&apos;s or supplier&apos;s account. The amount is in the document&apos;s currency, as the payer sent it. More than is still due is refused with the amount due (exit code 5), unless --keep-excess keeps the rest on the customer&apos;s account as a credit; less leaves the rest due, unless --write-off settles a small shortfall (at most 1.00) as a payment difference. --bank-charges books the bank&apos;s fee (withheld from money in, charged on top of money out) as a cost. Nothing is stored when anything is refused.</source>
        <translation>Erfasst Geld, das für eine Ihrer Rechnungen eingegangen ist, für eine Ihrer Gutschriften erstattet oder (mit --supplier) für die Rechnung eines Lieferanten gezahlt wurde, und bucht es im selben Schritt ins Hauptbuch: die Bank (oder die Kasse bei --method cash) gegen das Konto des Kunden oder Lieferanten. Der Betrag lautet auf die Währung des Dokuments, so wie der Zahler ihn überwiesen hat. Mehr als der noch fällige Betrag wird unter Angabe des fälligen Betrags abgelehnt (Exit-Code 5), es sei denn, --keep-excess belässt den Rest als Guthaben auf dem Konto des Kunden; bei weniger bleibt der Rest fällig, es sei denn, --write-off begleicht einen kleinen Fehlbetrag (höchstens 1.00) als Zahlungsdifferenz. --bank-charges bucht die Gebühr der Bank (bei Zahlungseingängen einbehalten, bei Zahlungsausgängen zusätzlich belastet) als Aufwand. Wird etwas abgelehnt, wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>The invoice or credit note number.</source>
        <translation>Die Nummer der Rechnung oder Gutschrift.</translation>
    </message>
    <message>
        <source>The amount paid, e.g. 1210.00 (default: everything still due).</source>
        <translation>Der gezahlte Betrag, z. B. 1210.00 (Standard: der gesamte noch fällige Betrag).</translation>
    </message>
    <message>
        <source>The payment date (default: today).</source>
        <translation>Das Zahlungsdatum (Standard: heute).</translation>
    </message>
    <message>
        <source>How it was paid (default: bank_transfer).</source>
        <translation>Die Zahlungsart (Standard: bank_transfer).</translation>
    </message>
    <message>
        <source>The bank&apos;s reference or the remittance text.</source>
        <translation>Die Referenz der Bank oder der Verwendungszweck.</translation>
    </message>
    <message>
        <source>The bank&apos;s fee on this payment, e.g. 7.50.</source>
        <translation>Die Gebühr der Bank für diese Zahlung, z. B. 7.50.</translation>
    </message>
    <message>
        <source>Settle the invoice and keep what was paid too much as a credit.</source>
        <translation>Die Rechnung begleichen und den zu viel gezahlten Betrag als Guthaben behalten.</translation>
    </message>
    <message>
        <source>Settle the document; write a small shortfall off.</source>
        <translation>Das Dokument begleichen; einen kleinen Fehlbetrag ausbuchen.</translation>
    </message>
    <message>
        <source>A supplier&apos;s document: the supplier&apos;s id or uid.</source>
        <translation>Ein Dokument eines Lieferanten: die ID oder UID des Lieferanten.</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD</source>
        <translation>--date benötigt ein Datum im Format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--keep-excess and --write-off exclude each other</source>
        <translation>--keep-excess und --write-off schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>unknown --method</source>
        <translation>unbekannter Wert für --method</translation>
    </message>
    <message>
        <source>--amount needs an amount in %1 such as 1210.00</source>
        <translation>--amount benötigt einen Betrag in %1, z. B. 1210.00</translation>
    </message>
    <message>
        <source>%1 %2 is settled already; nothing more is due.</source>
        <translation>%1 %2 ist bereits beglichen; es ist nichts mehr fällig.</translation>
    </message>
    <message>
        <source>--bank-charges needs an amount in %1 such as 7.50</source>
        <translation>--bank-charges benötigt einen Betrag in %1, z. B. 7.50</translation>
    </message>
    <message>
        <source>Recorded %1 %2 on %3 for %4; still due: %5 %2.</source>
        <translation>%1 %2 am %3 für %4 erfasst; noch fällig: %5 %2.</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>The PDF cannot be written.</source>
        <translation>Das PDF kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>PeppolParticipantId</name>
    <message>
        <source>No Peppol id was entered.</source>
        <translation>Es wurde keine Peppol-ID eingegeben.</translation>
    </message>
    <message>
        <source>A Peppol id is a scheme and a value separated by a colon, such as 0208:0123456749.</source>
        <translation>Eine Peppol-ID besteht aus einem Schema und einem Wert, getrennt durch einen Doppelpunkt, z. B. 0208:0123456749.</translation>
    </message>
    <message>
        <source>A Peppol scheme is a 4-digit code, such as 0208.</source>
        <translation>Ein Peppol-Schema ist ein 4-stelliger Code, z. B. 0208.</translation>
    </message>
    <message>
        <source>Peppol scheme %1 is for VAT numbers of %2.</source>
        <translation>Das Peppol-Schema %1 gilt für MwSt.-Nummern aus %2.</translation>
    </message>
    <message>
        <source>A Dutch OIN (Peppol scheme 0190) has 20 digits.</source>
        <translation>Eine niederländische OIN (Peppol-Schema 0190) hat 20 Ziffern.</translation>
    </message>
    <message>
        <source>Peppol scheme %1 is not supported; Kasboek knows 0208 and 9925 (Belgium) and 0106, 0190 and 9944 (the Netherlands).</source>
        <translation>Das Peppol-Schema %1 wird nicht unterstützt; Kasboek kennt 0208 und 9925 (Belgien) sowie 0106, 0190 und 9944 (Niederlande).</translation>
    </message>
    <message>
        <source>Kasboek derives Peppol ids only from Belgian and Dutch VAT numbers, not from %1.</source>
        <translation>Kasboek leitet Peppol-IDs nur aus belgischen und niederländischen MwSt.-Nummern ab, nicht aus %1.</translation>
    </message>
</context>
<context>
    <name>PeriodLockCommand</name>
    <message>
        <source>Close the books up to a date, or show up to when they are closed.</source>
        <translation>Die Bücher bis zu einem Datum abschließen oder anzeigen, bis wann sie abgeschlossen sind.</translation>
    </message>
    <message>
        <source>With --through, closes every period up to and including that date, typically the last day of a VAT period once its return is filed: nothing dated on or before it can be posted, changed or deleted any more, and the lock only moves forward. The date must be over. Without --through, prints the date the books are closed through (or that none is).</source>
        <translation>Mit --through werden alle Zeiträume bis einschließlich dieses Datums abgeschlossen, typischerweise der letzte Tag eines MwSt.-Zeitraums, sobald die zugehörige Erklärung eingereicht ist: Nichts, was auf dieses Datum oder davor datiert ist, kann danach noch gebucht, geändert oder gelöscht werden, und die Sperre bewegt sich nur vorwärts. Das Datum muss in der Vergangenheit liegen. Ohne --through wird das Datum ausgegeben, bis zu dem die Bücher abgeschlossen sind (oder dass kein Zeitraum abgeschlossen ist).</translation>
    </message>
    <message>
        <source>The last day to close.</source>
        <translation>Der letzte abzuschließende Tag.</translation>
    </message>
    <message>
        <source>--through needs a date as YYYY-MM-DD</source>
        <translation>--through benötigt ein Datum im Format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The books are closed through %1.</source>
        <translation>Die Bücher sind bis einschließlich %1 abgeschlossen.</translation>
    </message>
    <message>
        <source>No period is closed.</source>
        <translation>Es ist kein Zeitraum abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message numerus="yes">
        <source>The product is used on %n document line(s) and cannot be deleted; archive it instead.</source>
        <translation>
            <numerusform>Das Produkt wird in %n Dokumentzeile verwendet und kann nicht gelöscht werden; archivieren Sie es stattdessen.</numerusform>
            <numerusform>Das Produkt wird in %n Dokumentzeilen verwendet und kann nicht gelöscht werden; archivieren Sie es stattdessen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The product does not exist (any more).</source>
        <translation>Das Produkt existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>A list cannot start before its first row.</source>
        <translation>Eine Liste kann nicht vor ihrer ersten Zeile beginnen.</translation>
    </message>
    <message>
        <source>The product&apos;s id and uid belong to different products.</source>
        <translation>Die ID und die UID des Produkts gehören zu verschiedenen Produkten.</translation>
    </message>
    <message>
        <source>A product with this id is already stored.</source>
        <translation>Ein Produkt mit dieser ID ist bereits gespeichert.</translation>
    </message>
    <message>
        <source>Another product already has the code %1.</source>
        <translation>Ein anderes Produkt hat bereits den Code %1.</translation>
    </message>
</context>
<context>
    <name>ProductValidator</name>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation>Geben Sie den Namen des Produkts ein.</translation>
    </message>
    <message>
        <source>“%1” is not a unit Kasboek knows; choose one such as hour, day or unit.</source>
        <translation>“%1” ist keine Einheit, die Kasboek kennt; wählen Sie eine wie Stunde, Tag oder Einheit.</translation>
    </message>
    <message>
        <source>A unit price is not negative; give a discount as an allowance or credit note.</source>
        <translation>Ein Einzelpreis darf nicht negativ sein; gewähren Sie einen Rabatt als Nachlass oder per Gutschrift.</translation>
    </message>
</context>
<context>
    <name>ProfitAndLoss</name>
    <message>
        <source>Profit and loss</source>
        <translation>Gewinn- und Verlustrechnung</translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation>Verglichen mit %1.</translation>
    </message>
    <message>
        <source>Before closing: entries closing a fiscal year are left out.</source>
        <translation>Vor Abschluss: Buchungen, die ein Geschäftsjahr abschließen, sind nicht berücksichtigt.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Erträge</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>Summe Erträge</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Aufwendungen</translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation>Summe Aufwendungen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>PurchaseImporter</name>
    <message>
        <source>This document is addressed to %1 (VAT number %2), not to %3.</source>
        <translation>Dieses Dokument ist an %1 (MwSt.-Nummer %2) gerichtet, nicht an %3.</translation>
    </message>
    <message>
        <source>The supplier&apos;s original UBL file</source>
        <translation>Die ursprüngliche UBL-Datei des Lieferanten</translation>
    </message>
</context>
<context>
    <name>QrCodeImage</name>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation>Es gibt keinen Inhalt für den QR-Code.</translation>
    </message>
    <message>
        <source>A QR code of text cannot hold a NUL byte.</source>
        <translation>Ein Text-QR-Code kann kein NUL-Byte enthalten.</translation>
    </message>
    <message>
        <source>The data is too long for a QR code.</source>
        <translation>Die Daten sind zu lang für einen QR-Code.</translation>
    </message>
</context>
<context>
    <name>RecurrenceSchedule</name>
    <message>
        <source>Choose the date of the first invoice.</source>
        <translation>Wählen Sie das Datum der ersten Rechnung.</translation>
    </message>
    <message>
        <source>The schedule cannot end before it starts.</source>
        <translation>Der Zeitplan kann nicht enden, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Unknown frequency &quot;%1&quot;.</source>
        <translation>Unbekannte Häufigkeit &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>RecurringInvoices</name>
    <message>
        <source>Only invoices recur.</source>
        <translation>Nur Rechnungen können wiederkehrend sein.</translation>
    </message>
    <message>
        <source>Enter today&apos;s date.</source>
        <translation>Geben Sie das heutige Datum ein.</translation>
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
    <name>RecurringTemplateContent</name>
    <message>
        <source>A recurring invoice in this file cannot be read.</source>
        <translation>Eine wiederkehrende Rechnung in dieser Datei kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>RecurringTemplateRepository</name>
    <message>
        <source>The recurring invoice does not exist (any more).</source>
        <translation>Die wiederkehrende Rechnung existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>A label has at most %1 characters.</source>
        <translation>Eine Bezeichnung hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Enter the date of the first invoice.</source>
        <translation>Geben Sie das Datum der ersten Rechnung ein.</translation>
    </message>
    <message>
        <source>Enter a valid end date.</source>
        <translation>Geben Sie ein gültiges Enddatum ein.</translation>
    </message>
    <message>
        <source>The last invoice made cannot lie before the first.</source>
        <translation>Die zuletzt erstellte Rechnung kann nicht vor der ersten liegen.</translation>
    </message>
    <message>
        <source>Choose the customer to invoice.</source>
        <translation>Wählen Sie den Kunden, dem die Rechnung gestellt wird.</translation>
    </message>
</context>
<context>
    <name>ReminderOptions</name>
    <message>
        <source>The day the reminders are for (default: today).</source>
        <translation>Der Tag, für den die Mahnungen gelten (Standard: heute).</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD</source>
        <translation>--date benötigt ein Datum im Format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>first reminder</source>
        <translation>erste Mahnung</translation>
    </message>
    <message>
        <source>second reminder</source>
        <translation>zweite Mahnung</translation>
    </message>
    <message>
        <source>formal notice</source>
        <translation>Inverzugsetzung</translation>
    </message>
</context>
<context>
    <name>ReminderPdfRenderer</name>
    <message>
        <source>The reminder has no date.</source>
        <translation>Die Mahnung hat kein Datum.</translation>
    </message>
    <message>
        <source>The reminder has no invoice number.</source>
        <translation>Die Mahnung hat keine Rechnungsnummer.</translation>
    </message>
    <message>
        <source>There is nothing to pay on this reminder: its total is zero or negative.</source>
        <translation>Auf dieser Mahnung ist nichts zu zahlen: Ihr Gesamtbetrag ist null oder negativ.</translation>
    </message>
    <message>
        <source>The amounts of the reminder are in different currencies.</source>
        <translation>Die Beträge der Mahnung lauten auf verschiedene Währungen.</translation>
    </message>
    <message>
        <source>The template leaves the payment QR code out.</source>
        <translation>Die Vorlage lässt den Zahlungs-QR-Code weg.</translation>
    </message>
    <message>
        <source>There is nothing left to pay.</source>
        <translation>Es ist nichts mehr zu zahlen.</translation>
    </message>
    <message>
        <source>The PDF cannot be written.</source>
        <translation>Das PDF kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ReminderPolicy</name>
    <message>
        <source>The first reminder goes out 0 to 365 days after the due date.</source>
        <translation>Die erste Mahnung wird 0 bis 365 Tage nach dem Fälligkeitsdatum versendet.</translation>
    </message>
    <message>
        <source>The second reminder must come after the first.</source>
        <translation>Die zweite Mahnung muss nach der ersten kommen.</translation>
    </message>
    <message>
        <source>The formal notice must come after the second reminder.</source>
        <translation>Die Inverzugsetzung muss nach der zweiten Mahnung kommen.</translation>
    </message>
    <message>
        <source>The interest rate lies between 0 and 100 %.</source>
        <translation>Der Zinssatz liegt zwischen 0 und 100 %.</translation>
    </message>
    <message>
        <source>The compensation cannot be negative.</source>
        <translation>Die Pauschalentschädigung darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Der Betrag ist zu groß.</translation>
    </message>
    <message>
        <source>Unknown reminder level %1.</source>
        <translation>Unbekannte Mahnstufe %1.</translation>
    </message>
</context>
<context>
    <name>ReminderRepository</name>
    <message>
        <source>The reminder does not exist.</source>
        <translation>Die Mahnung existiert nicht.</translation>
    </message>
    <message>
        <source>Enter the date of the reminder.</source>
        <translation>Geben Sie das Datum der Mahnung ein.</translation>
    </message>
    <message>
        <source>A reminder asks for a positive amount.</source>
        <translation>Eine Mahnung fordert einen positiven Betrag.</translation>
    </message>
    <message>
        <source>The interest is a positive amount in the invoice&apos;s currency.</source>
        <translation>Die Zinsen müssen ein positiver Betrag in der Währung der Rechnung sein.</translation>
    </message>
    <message>
        <source>The compensation is a positive amount in the invoice&apos;s currency.</source>
        <translation>Die Pauschalentschädigung muss ein positiver Betrag in der Währung der Rechnung sein.</translation>
    </message>
    <message>
        <source>A reminder is for an invoice past its due date.</source>
        <translation>Eine Mahnung gilt nur für eine Rechnung, deren Fälligkeitsdatum überschritten ist.</translation>
    </message>
    <message>
        <source>The interest rate is between 0 and 100 %.</source>
        <translation>Der Zinssatz liegt zwischen 0 und 100 %.</translation>
    </message>
    <message>
        <source>Only an issued sales invoice gets a reminder.</source>
        <translation>Nur eine ausgestellte Ausgangsrechnung kann gemahnt werden.</translation>
    </message>
    <message>
        <source>The reminder is in %1, the invoice in %2.</source>
        <translation>Die Mahnung lautet auf %1, die Rechnung auf %2.</translation>
    </message>
    <message>
        <source>Reminders are sent one level after the other.</source>
        <translation>Mahnungen werden Stufe für Stufe versendet.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>A reminder setting in this file cannot be read.</source>
        <translation>Eine Mahneinstellung in dieser Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The fixed compensation is an amount in euro.</source>
        <translation>Die Pauschalentschädigung ist ein Betrag in Euro.</translation>
    </message>
    <message>
        <source>Only an issued sales invoice gets a reminder.</source>
        <translation>Nur eine ausgestellte Ausgangsrechnung kann gemahnt werden.</translation>
    </message>
    <message>
        <source>Enter the date of the reminder.</source>
        <translation>Geben Sie das Datum der Mahnung ein.</translation>
    </message>
    <message>
        <source>This invoice is not due for a reminder on that date.</source>
        <translation>Für diese Rechnung ist an diesem Datum keine Mahnung fällig.</translation>
    </message>
</context>
<context>
    <name>RemindersDueCommand</name>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächste Stufe</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Zinsen</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Entschädigung</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>List the overdue invoices that are due for a reminder.</source>
        <translation>Die überfälligen Rechnungen auflisten, für die eine Mahnung fällig ist.</translation>
    </message>
    <message>
        <source>Lists the issued invoices with an amount outstanding whose next reminder (first, second or formal notice, after the days set in the file) is due on the date, with the late-payment interest and fixed compensation that reminder would claim. Amounts are plain decimals in the invoice&apos;s currency. Nothing is recorded: &apos;kasboek-cli reminders send&apos; does that.</source>
        <translation>Listet die ausgestellten Rechnungen mit offenem Betrag auf, deren nächste Mahnung (erste, zweite Mahnung oder Inverzugsetzung, nach den in der Datei eingestellten Tagen) an dem Datum fällig ist, mit den Verzugszinsen und der Pauschalentschädigung, die diese Mahnung fordern würde. Beträge sind einfache Dezimalzahlen in der Währung der Rechnung. Es wird nichts erfasst: Das erledigt &apos;kasboek-cli reminders send&apos;.</translation>
    </message>
    <message>
        <source>no invoice is due for a reminder on %1</source>
        <translation>am %1 ist für keine Rechnung eine Mahnung fällig</translation>
    </message>
</context>
<context>
    <name>RemindersLettersCommand</name>
    <message>
        <source>The number of an invoice; repeat for more, or use --all.</source>
        <translation>Die Nummer einer Rechnung; für mehrere wiederholen oder --all verwenden.</translation>
    </message>
    <message>
        <source>The letters of every invoice that had reminders.</source>
        <translation>Die Schreiben aller Rechnungen, zu denen Mahnungen erfasst wurden.</translation>
    </message>
    <message>
        <source>Write again the letters of reminders already sent.</source>
        <translation>Die Schreiben bereits versendeter Mahnungen erneut erstellen.</translation>
    </message>
    <message>
        <source>Writes the letter of every reminder recorded for each invoice into DIR as reminder-LEVEL-NUMBER.pdf, with the amounts and date it was sent with. Records nothing. Prints the path of each letter.</source>
        <translation>Erstellt für jede zu einer Rechnung erfasste Mahnung das Mahnschreiben als reminder-LEVEL-NUMBER.pdf in DIR, mit den Beträgen und dem Datum, mit denen sie versendet wurde. Erfasst nichts. Gibt den Pfad jedes Schreibens aus.</translation>
    </message>
    <message>
        <source>no reminder has been recorded for these invoices</source>
        <translation>für diese Rechnungen wurde keine Mahnung erfasst</translation>
    </message>
</context>
<context>
    <name>RemindersSendCommand</name>
    <message>
        <source>The number of an overdue invoice; repeat for more, or use --all.</source>
        <translation>Die Nummer einer überfälligen Rechnung; für mehrere wiederholen oder --all verwenden.</translation>
    </message>
    <message>
        <source>Every invoice that is due for a reminder on the date.</source>
        <translation>Jede Rechnung, für die an dem Datum eine Mahnung fällig ist.</translation>
    </message>
    <message>
        <source>Record the next reminder of overdue invoices and write the letters.</source>
        <translation>Die nächste Mahnung überfälliger Rechnungen erfassen und die Schreiben erstellen.</translation>
    </message>
    <message>
        <source>For each invoice (all that are due with --all) records its next reminder on the date (first, second or formal notice, with the interest and compensation the file&apos;s settings claim) and writes the letter in the invoice&apos;s language into DIR as reminder-LEVEL-NUMBER.pdf. Prints the path of each letter. A named invoice that is not due for a reminder is refused (exit code 5); the others are still sent.</source>
        <translation>Erfasst für jede Rechnung (mit --all für alle fälligen) ihre nächste Mahnung zu dem Datum (erste, zweite Mahnung oder Inverzugsetzung, mit den Zinsen und der Pauschalentschädigung gemäß den Einstellungen der Datei) und erstellt das Schreiben in der Sprache der Rechnung als reminder-LEVEL-NUMBER.pdf in DIR. Gibt den Pfad jedes Schreibens aus. Eine angegebene Rechnung, für die keine Mahnung fällig ist, wird abgelehnt (Exit-Code 5); die übrigen werden trotzdem versendet.</translation>
    </message>
    <message>
        <source>not due for a reminder on %1</source>
        <translation>am %1 ist keine Mahnung fällig</translation>
    </message>
    <message>
        <source>no invoice is due for a reminder on %1</source>
        <translation>am %1 ist für keine Rechnung eine Mahnung fällig</translation>
    </message>
</context>
<context>
    <name>ReportCatalog</name>
    <message>
        <source>No contact has the id or uid &quot;%1&quot;.</source>
        <translation>Kein Kontakt hat die ID oder UID &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD</source>
        <translation>--%1 benötigt ein Datum im Format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Print a financial report: trial balance, profit and loss, balance sheet, ...</source>
        <translation>Einen Finanzbericht ausgeben: Summen- und Saldenliste, Gewinn- und Verlustrechnung, Bilanz, ...</translation>
    </message>
    <message>
        <source>Reports on the books of FILE. NAME is one of: %1. The period runs from --from through --to, both included; --to defaults to today and --from to the 1st of January of --to&apos;s year. The profit and loss compares the period with the one before it (a year with the year before, a quarter with the quarter before, a month with the month before, any other period with as many days just before it); the balance sheet and the aged balances are at --to. &apos;ledger&apos; needs --account CODE; &apos;journal&apos; takes --journal CODE for one journal; &apos;statement&apos; needs --contact ID, the customer or supplier whose account it shows (the id or the uid &apos;contacts list&apos; shows).

--format text (the default) prints aligned columns for people; csv one row per line with a header (comma-separated, decimal point); json the report&apos;s own structure with amounts as decimal strings (see docs/cli.md). xlsx and pdf write a workbook or a PDF and need -o FILE; -o writes any format to a file instead of stdout.</source>
        <translation>Erstellt Berichte über die Bücher von FILE. NAME ist einer von: %1. Der Zeitraum reicht von --from bis --to, beide einschließlich; --to ist standardmäßig heute und --from der 1. Januar des Jahres von --to. Die Gewinn- und Verlustrechnung vergleicht den Zeitraum mit dem vorhergehenden (ein Jahr mit dem Vorjahr, ein Quartal mit dem Vorquartal, einen Monat mit dem Vormonat, jeden anderen Zeitraum mit ebenso vielen Tagen direkt davor); die Bilanz und die Altersanalysen der offenen Posten gelten zum Stichtag --to. &apos;ledger&apos; benötigt --account CODE; &apos;journal&apos; akzeptiert --journal CODE für ein einzelnes Journal; &apos;statement&apos; benötigt --contact ID, den Kunden oder Lieferanten, dessen Konto angezeigt wird (die ID oder UID, die &apos;contacts list&apos; anzeigt).

--format text (der Standard) gibt ausgerichtete Spalten für Menschen aus; csv eine Zeile pro Datensatz mit Kopfzeile (kommagetrennt, Dezimalpunkt); json die eigene Struktur des Berichts mit Beträgen als Dezimalzeichenketten (siehe docs/cli.md). xlsx und pdf schreiben eine Arbeitsmappe bzw. ein PDF und benötigen -o FILE; -o schreibt jedes Format in eine Datei statt auf stdout.</translation>
    </message>
    <message>
        <source>The report.</source>
        <translation>Der Bericht.</translation>
    </message>
    <message>
        <source>The first day of the period.</source>
        <translation>Der erste Tag des Zeitraums.</translation>
    </message>
    <message>
        <source>The last day of the period (default: today).</source>
        <translation>Der letzte Tag des Zeitraums (Standard: heute).</translation>
    </message>
    <message>
        <source>ledger: the account, by its code.</source>
        <translation>ledger: das Konto, anhand seines Codes.</translation>
    </message>
    <message>
        <source>journal: only this journal, by its code (SAL, PUR, GEN, ...).</source>
        <translation>journal: nur dieses Journal, anhand seines Codes (SAL, PUR, GEN, ...).</translation>
    </message>
    <message>
        <source>statement: the customer or supplier, by its id or uid.</source>
        <translation>statement: der Kunde oder Lieferant, anhand seiner ID oder UID.</translation>
    </message>
    <message>
        <source>Write the report to this file instead of stdout.</source>
        <translation>Den Bericht in diese Datei statt auf stdout schreiben.</translation>
    </message>
    <message>
        <source>unknown report &apos;%1&apos; (one of: %2)</source>
        <translation>unbekannter Bericht &apos;%1&apos; (möglich: %2)</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to liegt vor --from</translation>
    </message>
    <message>
        <source>--from is after today, and --to defaults to today</source>
        <translation>--from liegt nach dem heutigen Tag, und --to ist standardmäßig heute</translation>
    </message>
    <message>
        <source>the report %1 needs --account CODE</source>
        <translation>der Bericht %1 benötigt --account CODE</translation>
    </message>
    <message>
        <source>the report %1 needs --contact ID</source>
        <translation>der Bericht %1 benötigt --contact ID</translation>
    </message>
    <message>
        <source>--format %1 needs -o FILE</source>
        <translation>--format %1 benötigt -o FILE</translation>
    </message>
</context>
<context>
    <name>ReportCsvWriter</name>
    <message>
        <source>The CSV file cannot be written.</source>
        <translation>Die CSV-Datei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The CSV file could not be written completely.</source>
        <translation>Die CSV-Datei konnte nicht vollständig geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ReportPageChrome</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>ReportPdfRenderer</name>
    <message>
        <source>The PDF cannot be written.</source>
        <translation>Das PDF kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>The period needs a first day between 1900 and 9999.</source>
        <translation>Der erste Tag des Zeitraums muss zwischen 1900 und 9999 liegen.</translation>
    </message>
    <message>
        <source>The period needs a last day between 1900 and 9999.</source>
        <translation>Der letzte Tag des Zeitraums muss zwischen 1900 und 9999 liegen.</translation>
    </message>
    <message>
        <source>The period ends on %1, before it starts on %2.</source>
        <translation>Der Zeitraum endet am %1, bevor er am %2 beginnt.</translation>
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
        <translation>Bericht</translation>
    </message>
    <message>
        <source>The report has more rows than a worksheet can hold (%1).</source>
        <translation>Der Bericht hat mehr Zeilen, als ein Arbeitsblatt fassen kann (%1).</translation>
    </message>
    <message>
        <source>The report has more columns than a worksheet can hold (%1).</source>
        <translation>Der Bericht hat mehr Spalten, als ein Arbeitsblatt fassen kann (%1).</translation>
    </message>
    <message>
        <source>The spreadsheet could not be written to %1.</source>
        <translation>Die Arbeitsmappe konnte nicht in %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>A setting needs a name.</source>
        <translation>Eine Einstellung benötigt einen Namen.</translation>
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
    <name>Statement</name>
    <message>
        <source>Bank charges withheld</source>
        <translation>Einbehaltene Bankgebühren</translation>
    </message>
    <message>
        <source>Payment difference written off</source>
        <translation>Ausgebuchte Zahlungsdifferenz</translation>
    </message>
    <message>
        <source>Paid in excess, kept on account</source>
        <translation>Überzahlung, als Guthaben auf dem Konto belassen</translation>
    </message>
    <message>
        <source>Customer account: %1</source>
        <translation>Kundenkonto: %1</translation>
    </message>
    <message>
        <source>Supplier account: %1</source>
        <translation>Lieferantenkonto: %1</translation>
    </message>
    <message>
        <source>The contact does not exist.</source>
        <translation>Der Kontakt existiert nicht.</translation>
    </message>
    <message>
        <source>Balance: what the customer owes you, or what you owe the supplier; negative: a credit in their favour or yours.</source>
        <translation>Saldo: was der Kunde Ihnen schuldet oder was Sie dem Lieferanten schulden; negativ: ein Guthaben zu seinen bzw. Ihren Gunsten.</translation>
    </message>
    <message numerus="yes">
        <source>%n open document(s) in another currency without an exchange rate left out.</source>
        <translation>
            <numerusform>%n offenes Dokument in einer anderen Währung ohne Wechselkurs nicht berücksichtigt.</numerusform>
            <numerusform>%n offene Dokumente in einer anderen Währung ohne Wechselkurs nicht berücksichtigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Kontoauszug</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Haben</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Eröffnungssaldo</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Schlusssaldo</translation>
    </message>
    <message>
        <source>Open at %1</source>
        <translation>Offen am %1</translation>
    </message>
    <message>
        <source>On account, not allocated to a document</source>
        <translation>Auf dem Konto, keinem Dokument zugeordnet</translation>
    </message>
    <message>
        <source>Total open</source>
        <translation>Summe offen</translation>
    </message>
</context>
<context>
    <name>StoredValue</name>
    <message>
        <source>A record in the file could not be read.</source>
        <translation>Ein Datensatz in der Datei konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>StructuredCommunication</name>
    <message>
        <source>No structured communication was entered.</source>
        <translation>Es wurde keine strukturierte Mitteilung eingegeben.</translation>
    </message>
    <message>
        <source>A structured communication contains only digits, not “%1”.</source>
        <translation>Eine strukturierte Mitteilung enthält nur Ziffern, nicht “%1”.</translation>
    </message>
    <message>
        <source>A structured communication has 12 digits, as in +++123/4567/89002+++.</source>
        <translation>Eine strukturierte Mitteilung hat 12 Ziffern, wie in +++123/4567/89002+++.</translation>
    </message>
    <message>
        <source>The last two digits of this structured communication do not match the rest of it. Check for a typing error.</source>
        <translation>Die letzten beiden Ziffern dieser strukturierten Mitteilung passen nicht zum Rest. Prüfen Sie sie auf Tippfehler.</translation>
    </message>
    <message>
        <source>This is not a valid structured communication.</source>
        <translation>Dies ist keine gültige strukturierte Mitteilung.</translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <source>The record no longer exists.</source>
        <translation>Der Datensatz existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>TrialBalance</name>
    <message>
        <source>Trial balance</source>
        <translation>Summen- und Saldenliste</translation>
    </message>
    <message>
        <source>Before closing: entries closing a fiscal year in the period are left out.</source>
        <translation>Vor Abschluss: Buchungen im Zeitraum, die ein Geschäftsjahr abschließen, sind nicht berücksichtigt.</translation>
    </message>
    <message>
        <source>Balances: debit positive, credit negative.</source>
        <translation>Salden: Soll positiv, Haben negativ.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Eröffnungssaldo</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Haben</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Schlusssaldo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>UblLineWriter</name>
    <message>
        <source>Line %1 has no name.</source>
        <translation>Zeile %1 hat keine Bezeichnung.</translation>
    </message>
    <message>
        <source>Line %1 has no unit.</source>
        <translation>Zeile %1 hat keine Einheit.</translation>
    </message>
    <message>
        <source>Line %1 has a negative price.</source>
        <translation>Zeile %1 hat einen negativen Preis.</translation>
    </message>
</context>
<context>
    <name>UblParseAllowanceCharge</name>
    <message>
        <source>An allowance or charge amount must not be negative.</source>
        <translation>Der Betrag eines Nachlasses oder Zuschlags darf nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>UblParseAttachment</name>
    <message>
        <source>A supporting document is a link to an outside address; it was not downloaded.</source>
        <translation>Ein zusätzlicher Beleg verweist auf eine externe Adresse; er wurde nicht heruntergeladen.</translation>
    </message>
    <message>
        <source>The file embeds too many attachments (at most %1).</source>
        <translation>Die Datei enthält zu viele eingebettete Anhänge (höchstens %1).</translation>
    </message>
    <message>
        <source>An attachment of type &quot;%1&quot; was left out: Peppol allows only PDF, PNG, JPEG, CSV and spreadsheets.</source>
        <translation>Ein Anhang vom Typ &quot;%1&quot; wurde weggelassen: Peppol erlaubt nur PDF, PNG, JPEG, CSV und Tabellendokumente.</translation>
    </message>
    <message>
        <source>An embedded attachment is not valid base64.</source>
        <translation>Ein eingebetteter Anhang ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>An embedded attachment is too large (at most %1 MB).</source>
        <translation>Ein eingebetteter Anhang ist zu groß (höchstens %1 MB).</translation>
    </message>
    <message>
        <source>The embedded attachments are too large together (at most %1 MB).</source>
        <translation>Die eingebetteten Anhänge sind zusammen zu groß (höchstens %1 MB).</translation>
    </message>
    <message>
        <source>An attachment that claims to be %1 is something else; it was left out.</source>
        <translation>Ein Anhang, der vorgibt, %1 zu sein, ist etwas anderes; er wurde weggelassen.</translation>
    </message>
    <message>
        <source>The name of an attachment was made safe: &quot;%1&quot;.</source>
        <translation>Der Name eines Anhangs wurde bereinigt: &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>UblParseLine</name>
    <message>
        <source>The price is too large.</source>
        <translation>Der Preis ist zu hoch.</translation>
    </message>
    <message>
        <source>The price per base quantity cannot be kept exactly as a unit price with four decimals.</source>
        <translation>Der Preis pro Basismenge lässt sich nicht exakt als Einzelpreis mit vier Dezimalstellen speichern.</translation>
    </message>
    <message>
        <source>A unit price was rounded to four decimals; the line amount is unchanged.</source>
        <translation>Ein Einzelpreis wurde auf vier Dezimalstellen gerundet; der Zeilenbetrag ist unverändert.</translation>
    </message>
    <message>
        <source>The quantity needs a unit code (UN/ECE Recommendation 20).</source>
        <translation>Die Menge benötigt einen Einheitencode (UN/ECE-Empfehlung 20).</translation>
    </message>
    <message>
        <source>The price is not in the document currency %1.</source>
        <translation>Der Preis lautet nicht auf die Dokumentwährung %1.</translation>
    </message>
    <message>
        <source>The net price of an item must not be negative.</source>
        <translation>Der Nettopreis eines Artikels darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The price base quantity must be above zero.</source>
        <translation>Die Basismenge des Preises muss größer als null sein.</translation>
    </message>
    <message>
        <source>Charges on a line (BG-28) cannot be imported yet.</source>
        <translation>Zuschläge auf Zeilenebene (BG-28) können noch nicht importiert werden.</translation>
    </message>
    <message>
        <source>An allowance amount must not be negative.</source>
        <translation>Der Betrag eines Nachlasses darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Der Betrag ist zu groß.</translation>
    </message>
    <message>
        <source>The line amount is too large.</source>
        <translation>Der Zeilenbetrag ist zu groß.</translation>
    </message>
    <message>
        <source>The line&apos;s allowance of %1 %2 cannot be kept as a discount percentage of its amount %3.</source>
        <translation>Der Nachlass der Zeile von %1 %2 lässt sich nicht als prozentualer Rabatt auf ihren Betrag %3 speichern.</translation>
    </message>
</context>
<context>
    <name>UblParseParty</name>
    <message>
        <source>supplier</source>
        <translation>des Lieferanten</translation>
    </message>
    <message>
        <source>buyer</source>
        <translation>des Käufers</translation>
    </message>
    <message>
        <source>The %1&apos;s name is too long.</source>
        <translation>Der Name %1 ist zu lang.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 country code.</source>
        <translation>&quot;%1&quot; ist kein Ländercode nach ISO 3166-1.</translation>
    </message>
    <message>
        <source>The %1&apos;s country is not given.</source>
        <translation>Das Land %1 ist nicht angegeben.</translation>
    </message>
    <message>
        <source>The %1&apos;s VAT number is not valid and was left out.</source>
        <translation>Die MwSt.-Nummer %1 ist ungültig und wurde weggelassen.</translation>
    </message>
    <message>
        <source>An identifier of the %1 (enterprise, KvK or Peppol number) is not valid and was left out.</source>
        <translation>Eine Kennung %1 (Unternehmens-, KvK- oder Peppol-Nummer) ist ungültig und wurde weggelassen.</translation>
    </message>
</context>
<context>
    <name>UblParseTotals</name>
    <message>
        <source>The VAT total in the tax currency is given more than once.</source>
        <translation>Die MwSt.-Summe in der Steuerwährung ist mehrfach angegeben.</translation>
    </message>
    <message>
        <source>The VAT total in the tax currency must not have a VAT breakdown.</source>
        <translation>Die MwSt.-Summe in der Steuerwährung darf keine MwSt.-Aufschlüsselung haben.</translation>
    </message>
    <message>
        <source>The VAT total is given more than once.</source>
        <translation>Die MwSt.-Summe ist mehrfach angegeben.</translation>
    </message>
    <message>
        <source>This VAT category and rate appear twice in the VAT breakdown.</source>
        <translation>Diese Kombination aus MwSt.-Kategorie und Satz kommt in der MwSt.-Aufschlüsselung doppelt vor.</translation>
    </message>
    <message>
        <source>No VAT total is given in the document currency %1.</source>
        <translation>In der Dokumentwährung %1 ist keine MwSt.-Summe angegeben.</translation>
    </message>
</context>
<context>
    <name>UblParseTree</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>0 bytes of XML</source>
        <translation>0 Byte XML</translation>
    </message>
    <message>
        <source>The file is too large for an invoice (%1 MB; at most %2 MB).</source>
        <translation>Die Datei ist zu groß für eine Rechnung (%1 MB; höchstens %2 MB).</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>The file is not UTF-8 encoded, as Peppol requires.</source>
        <translation>Die Datei ist nicht UTF-8-kodiert, wie Peppol es verlangt.</translation>
    </message>
    <message>
        <source>line 1, column 1: UTF-16 byte order mark</source>
        <translation>Zeile 1, Spalte 1: UTF-16-Bytereihenfolgemarkierung</translation>
    </message>
    <message>
        <source>The file contains bytes that are not valid UTF-8.</source>
        <translation>Die Datei enthält Bytes, die kein gültiges UTF-8 sind.</translation>
    </message>
    <message>
        <source>The file contains a document type declaration (DOCTYPE), which an invoice never needs; it is refused for safety.</source>
        <translation>Die Datei enthält eine Dokumenttypdeklaration (DOCTYPE), die eine Rechnung nie benötigt; sie wird aus Sicherheitsgründen abgelehnt.</translation>
    </message>
    <message>
        <source>The file refers to an undeclared entity.</source>
        <translation>Die Datei verweist auf eine nicht deklarierte Entität.</translation>
    </message>
    <message>
        <source>The file nests its elements too deeply (more than %1 levels).</source>
        <translation>Die Elemente der Datei sind zu tief verschachtelt (mehr als %1 Ebenen).</translation>
    </message>
    <message>
        <source>The file has too many elements (more than %1).</source>
        <translation>Die Datei hat zu viele Elemente (mehr als %1).</translation>
    </message>
    <message>
        <source>An element has too many attributes.</source>
        <translation>Ein Element hat zu viele Attribute.</translation>
    </message>
    <message>
        <source>An attribute value is too long.</source>
        <translation>Ein Attributwert ist zu lang.</translation>
    </message>
    <message>
        <source>An embedded attachment is too large (at most %1 MB).</source>
        <translation>Ein eingebetteter Anhang ist zu groß (höchstens %1 MB).</translation>
    </message>
    <message>
        <source>A text value in the file is too long (at most %1 characters).</source>
        <translation>Ein Textwert in der Datei ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The file ends too early: it looks truncated.</source>
        <translation>Die Datei endet zu früh: Sie scheint abgeschnitten zu sein.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML.</source>
        <translation>Die Datei ist kein wohlgeformtes XML.</translation>
    </message>
    <message>
        <source>The file contains no XML element.</source>
        <translation>Die Datei enthält kein XML-Element.</translation>
    </message>
    <message>
        <source>This element may appear only once here.</source>
        <translation>Dieses Element darf hier nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>The file lacks the mandatory element %1.</source>
        <translation>In der Datei fehlt das Pflichtelement %1.</translation>
    </message>
    <message>
        <source>The file lacks the mandatory element %1 (%2).</source>
        <translation>In der Datei fehlt das Pflichtelement %1 (%2).</translation>
    </message>
    <message>
        <source>the element that should contain it</source>
        <translation>das Element, das es enthalten sollte</translation>
    </message>
</context>
<context>
    <name>UblParseValues</name>
    <message>
        <source>This element must not be empty.</source>
        <translation>Dieses Element darf nicht leer sein.</translation>
    </message>
    <message>
        <source>This text is too long (at most %1 characters).</source>
        <translation>Dieser Text ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The amount has no currencyID attribute.</source>
        <translation>Der Betrag hat kein Attribut currencyID.</translation>
    </message>
    <message>
        <source>The amount is in %1 but the document is in %2.</source>
        <translation>Der Betrag lautet auf %1, das Dokument aber auf %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid amount in %2: %3</source>
        <translation>&quot;%1&quot; ist kein gültiger Betrag in %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number Kasboek can keep exactly (at most four decimals): %2</source>
        <translation>&quot;%1&quot; ist keine Zahl, die Kasboek exakt speichern kann (höchstens vier Dezimalstellen): %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; ist kein Datum im Format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code Kasboek knows.</source>
        <translation>&quot;%1&quot; ist kein Währungscode nach ISO 4217, den Kasboek kennt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VAT category code of EN 16931.</source>
        <translation>&quot;%1&quot; ist kein MwSt.-Kategoriecode nach EN 16931.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VAT rate between 0 and 100 with at most two decimals.</source>
        <translation>&quot;%1&quot; ist kein MwSt.-Satz zwischen 0 und 100 mit höchstens zwei Dezimalstellen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither true nor false.</source>
        <translation>&quot;%1&quot; ist weder true noch false.</translation>
    </message>
    <message>
        <source>Only VAT is supported as tax scheme, not &quot;%1&quot;.</source>
        <translation>Als Steuerschema wird nur VAT (MwSt.) unterstützt, nicht &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>UblPartyIdentifiers</name>
    <message>
        <source>The seller&apos;s Peppol id is not valid: %1</source>
        <translation>Die Peppol-ID des Verkäufers ist ungültig: %1</translation>
    </message>
    <message>
        <source>The buyer&apos;s Peppol id is not valid: %1</source>
        <translation>Die Peppol-ID des Käufers ist ungültig: %1</translation>
    </message>
    <message>
        <source>The seller&apos;s enterprise number is not valid.</source>
        <translation>Die Unternehmensnummer des Verkäufers ist ungültig.</translation>
    </message>
    <message>
        <source>The buyer&apos;s enterprise number is not valid.</source>
        <translation>Die Unternehmensnummer des Käufers ist ungültig.</translation>
    </message>
    <message>
        <source>The seller&apos;s KvK number is not valid.</source>
        <translation>Die KvK-Nummer des Verkäufers ist ungültig.</translation>
    </message>
    <message>
        <source>The buyer&apos;s KvK number is not valid.</source>
        <translation>Die KvK-Nummer des Käufers ist ungültig.</translation>
    </message>
    <message>
        <source>The seller&apos;s VAT number is not valid.</source>
        <translation>Die MwSt.-Nummer des Verkäufers ist ungültig.</translation>
    </message>
    <message>
        <source>The buyer&apos;s VAT number is not valid.</source>
        <translation>Die MwSt.-Nummer des Käufers ist ungültig.</translation>
    </message>
    <message>
        <source>The seller has no Peppol id, and none follows from an enterprise, KvK or VAT number: Peppol needs an electronic address for both parties.</source>
        <translation>Der Verkäufer hat keine Peppol-ID, und aus keiner Unternehmens-, KvK- oder MwSt.-Nummer lässt sich eine ableiten: Peppol benötigt für beide Parteien eine elektronische Adresse.</translation>
    </message>
    <message>
        <source>The buyer has no Peppol id, and none follows from an enterprise, KvK or VAT number: Peppol needs an electronic address for both parties.</source>
        <translation>Der Käufer hat keine Peppol-ID, und aus keiner Unternehmens-, KvK- oder MwSt.-Nummer lässt sich eine ableiten: Peppol benötigt für beide Parteien eine elektronische Adresse.</translation>
    </message>
</context>
<context>
    <name>UblPartyWriter</name>
    <message>
        <source>The seller has no name.</source>
        <translation>Der Verkäufer hat keinen Namen.</translation>
    </message>
    <message>
        <source>The buyer has no name.</source>
        <translation>Der Käufer hat keinen Namen.</translation>
    </message>
    <message>
        <source>The seller has no valid country.</source>
        <translation>Der Verkäufer hat kein gültiges Land.</translation>
    </message>
    <message>
        <source>The buyer has no valid country.</source>
        <translation>Der Käufer hat kein gültiges Land.</translation>
    </message>
    <message>
        <source>The seller&apos;s VAT number is not valid.</source>
        <translation>Die MwSt.-Nummer des Verkäufers ist ungültig.</translation>
    </message>
    <message>
        <source>The buyer&apos;s VAT number is not valid.</source>
        <translation>Die MwSt.-Nummer des Käufers ist ungültig.</translation>
    </message>
</context>
<context>
    <name>UblPaymentWriter</name>
    <message>
        <source>The structured communication is not valid.</source>
        <translation>Die strukturierte Mitteilung ist ungültig.</translation>
    </message>
    <message>
        <source>The creditor reference is not valid.</source>
        <translation>Die Gläubigerreferenz ist ungültig.</translation>
    </message>
    <message>
        <source>The seller&apos;s IBAN is not valid.</source>
        <translation>Die IBAN des Verkäufers ist ungültig.</translation>
    </message>
    <message>
        <source>The seller&apos;s BIC is not valid.</source>
        <translation>Die BIC des Verkäufers ist ungültig.</translation>
    </message>
</context>
<context>
    <name>UblReader</name>
    <message>
        <source>The supplier states that %1 %2 was paid already; record that payment separately.</source>
        <translation>Der Lieferant gibt an, dass bereits %1 %2 gezahlt wurden; erfassen Sie diese Zahlung separat.</translation>
    </message>
    <message>
        <source>The amount due includes a rounding of %1 %2.</source>
        <translation>Der fällige Betrag enthält eine Rundung von %1 %2.</translation>
    </message>
</context>
<context>
    <name>UblReaderAmounts</name>
    <message>
        <source>The document has too many lines (at most %1).</source>
        <translation>Das Dokument hat zu viele Zeilen (höchstens %1).</translation>
    </message>
    <message>
        <source>The line amounts are too large.</source>
        <translation>Die Zeilenbeträge sind zu groß.</translation>
    </message>
    <message>
        <source>A document-level allowance has a VAT category and rate that no line has; Kasboek cannot keep it yet.</source>
        <translation>Ein Nachlass auf Dokumentebene hat eine MwSt.-Kategorie und einen Satz, die in keiner Zeile vorkommen; Kasboek kann ihn noch nicht speichern.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Der Betrag ist zu groß.</translation>
    </message>
    <message>
        <source>The document-level allowances are not one discount percentage over all lines; Kasboek cannot keep them exactly yet.</source>
        <translation>Die Nachlässe auf Dokumentebene entsprechen keinem einheitlichen Rabattsatz über alle Zeilen; Kasboek kann sie noch nicht exakt speichern.</translation>
    </message>
    <message>
        <source>The document-level allowances are kept as a discount of %1 % over all lines.</source>
        <translation>Die Nachlässe auf Dokumentebene werden als Rabatt von %1 % über alle Zeilen gespeichert.</translation>
    </message>
    <message>
        <source>An exemption reason given for VAT category %1 was ignored.</source>
        <translation>Ein für die MwSt.-Kategorie %1 angegebener Befreiungsgrund wurde ignoriert.</translation>
    </message>
    <message>
        <source>VAT category %1 needs an exemption reason (code or text).</source>
        <translation>Die MwSt.-Kategorie %1 benötigt einen Befreiungsgrund (Code oder Text).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VATEX exemption reason code of VAT category %2.</source>
        <translation>&quot;%1&quot; ist kein VATEX-Code für einen Befreiungsgrund der MwSt.-Kategorie %2.</translation>
    </message>
    <message>
        <source>The VAT total in %1 was ignored: the document is in euro.</source>
        <translation>Die MwSt.-Summe in %1 wurde ignoriert: Das Dokument lautet auf Euro.</translation>
    </message>
    <message>
        <source>The document is in %1 and does not state its VAT in euro: enter the exchange rate before booking it.</source>
        <translation>Das Dokument lautet auf %1 und gibt seine MwSt. nicht in Euro an: Geben Sie den Wechselkurs ein, bevor Sie es buchen.</translation>
    </message>
    <message>
        <source>The VAT in euro is not zero while the VAT is.</source>
        <translation>Die MwSt. in Euro ist nicht null, obwohl die MwSt. null ist.</translation>
    </message>
    <message>
        <source>The document is in %1 and has no VAT to derive an exchange rate from: enter the exchange rate before booking it.</source>
        <translation>Das Dokument lautet auf %1 und hat keine MwSt., aus der sich ein Wechselkurs ableiten ließe: Geben Sie den Wechselkurs ein, bevor Sie es buchen.</translation>
    </message>
    <message>
        <source>The VAT in euro does not match the VAT in %1.</source>
        <translation>Die MwSt. in Euro passt nicht zur MwSt. in %1.</translation>
    </message>
    <message>
        <source>No usable exchange rate follows from the VAT in euro.</source>
        <translation>Aus der MwSt. in Euro ergibt sich kein brauchbarer Wechselkurs.</translation>
    </message>
</context>
<context>
    <name>UblReaderHeader</name>
    <message>
        <source>This is not a UBL invoice or credit note: its root element is &quot;%1&quot;.</source>
        <translation>Dies ist keine UBL-Rechnung oder -Gutschrift: Ihr Wurzelelement ist &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The %1 element is not in the UBL 2.1 namespace (%2).</source>
        <translation>Das Element %1 liegt nicht im UBL-2.1-Namensraum (%2).</translation>
    </message>
    <message>
        <source>namespace &quot;%1&quot;</source>
        <translation>Namensraum &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A %1 must not contain %2.</source>
        <translation>Ein Element %1 darf kein Element %2 enthalten.</translation>
    </message>
    <message>
        <source>This is not an EN 16931 (European e-invoicing) document.</source>
        <translation>Dies ist kein Dokument nach EN 16931 (europäische elektronische Rechnungsstellung).</translation>
    </message>
    <message>
        <source>specification identifier &quot;%1&quot;</source>
        <translation>Spezifikationskennung &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The file follows &quot;%1&quot; rather than Peppol BIS Billing 3.0; it was read by the EN 16931 rules.</source>
        <translation>Die Datei folgt &quot;%1&quot; statt Peppol BIS Billing 3.0; sie wurde nach den Regeln von EN 16931 gelesen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document type code Peppol allows here.</source>
        <translation>&quot;%1&quot; ist kein Dokumenttypcode, den Peppol hier erlaubt.</translation>
    </message>
    <message>
        <source>The document type code is %1; it is imported as a plain %2.</source>
        <translation>Der Dokumenttypcode ist %1; das Dokument wird als einfache %2 importiert.</translation>
    </message>
    <message>
        <source>credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>The file refers to several earlier invoices; only the first is kept.</source>
        <translation>Die Datei verweist auf mehrere frühere Rechnungen; nur die erste wird übernommen.</translation>
    </message>
    <message>
        <source>The file offers several ways to pay; only the first is kept.</source>
        <translation>Die Datei bietet mehrere Zahlungswege an; nur der erste wird übernommen.</translation>
    </message>
    <message>
        <source>The supplier&apos;s account number is not a valid IBAN and was left out.</source>
        <translation>Die Kontonummer des Lieferanten ist keine gültige IBAN und wurde weggelassen.</translation>
    </message>
    <message>
        <source>The supplier&apos;s BIC is not valid and was left out.</source>
        <translation>Die BIC des Lieferanten ist ungültig und wurde weggelassen.</translation>
    </message>
</context>
<context>
    <name>UblReaderTotalsCheck</name>
    <message>
        <source>stated %1, computed %2</source>
        <translation>angegeben %1, berechnet %2</translation>
    </message>
    <message>
        <source>The amount of line %1 does not add up: quantity × net price, less its allowances, gives a different amount.</source>
        <translation>Der Betrag von Zeile %1 geht nicht auf: Menge × Nettopreis abzüglich ihrer Nachlässe ergibt einen anderen Betrag.</translation>
    </message>
    <message>
        <source>The sum of the line amounts does not match the stated total (BR-CO-10).</source>
        <translation>Die Summe der Zeilenbeträge stimmt nicht mit der angegebenen Summe überein (BR-CO-10).</translation>
    </message>
    <message>
        <source>The sum of the document allowances does not match the stated total (BR-CO-11).</source>
        <translation>Die Summe der Nachlässe auf Dokumentebene stimmt nicht mit der angegebenen Summe überein (BR-CO-11).</translation>
    </message>
    <message>
        <source>The sum of the document charges does not match the stated total (BR-CO-12).</source>
        <translation>Die Summe der Zuschläge auf Dokumentebene stimmt nicht mit der angegebenen Summe überein (BR-CO-12).</translation>
    </message>
    <message>
        <source>The total without VAT does not match the lines, allowances and charges (BR-CO-13).</source>
        <translation>Der Gesamtbetrag ohne MwSt. passt nicht zu den Zeilen, Nachlässen und Zuschlägen (BR-CO-13).</translation>
    </message>
    <message>
        <source>The VAT breakdown has no group for VAT category %1, which the lines use.</source>
        <translation>Die MwSt.-Aufschlüsselung hat keine Gruppe für die MwSt.-Kategorie %1, die von den Zeilen verwendet wird.</translation>
    </message>
    <message>
        <source>The taxable amount of VAT category %1 does not match the lines, allowances and charges in it.</source>
        <translation>Der steuerpflichtige Betrag der MwSt.-Kategorie %1 passt nicht zu den Zeilen, Nachlässen und Zuschlägen dieser Kategorie.</translation>
    </message>
    <message>
        <source>The VAT of category %1 is not its taxable amount × its rate, rounded to the cent (BR-CO-17).</source>
        <translation>Die MwSt. der Kategorie %1 entspricht nicht ihrem steuerpflichtigen Betrag × ihrem Satz, auf den Cent gerundet (BR-CO-17).</translation>
    </message>
    <message>
        <source>The VAT breakdown has a group for VAT category %1, which no line, allowance or charge uses.</source>
        <translation>Die MwSt.-Aufschlüsselung hat eine Gruppe für die MwSt.-Kategorie %1, die von keiner Zeile, keinem Nachlass und keinem Zuschlag verwendet wird.</translation>
    </message>
    <message>
        <source>The VAT total is not the sum of the VAT breakdown (BR-CO-14).</source>
        <translation>Die MwSt.-Summe entspricht nicht der Summe der MwSt.-Aufschlüsselung (BR-CO-14).</translation>
    </message>
    <message>
        <source>The total with VAT is not the total without VAT plus the VAT (BR-CO-15).</source>
        <translation>Der Gesamtbetrag mit MwSt. entspricht nicht dem Gesamtbetrag ohne MwSt. zuzüglich der MwSt. (BR-CO-15).</translation>
    </message>
    <message>
        <source>The amount due does not match the total with VAT, less what was paid, plus rounding (BR-CO-16).</source>
        <translation>Der fällige Betrag entspricht nicht dem Gesamtbetrag mit MwSt. abzüglich bereits gezahlter Beträge zuzüglich Rundung (BR-CO-16).</translation>
    </message>
</context>
<context>
    <name>UblWriter</name>
    <message>
        <source>A quote is an offer, not an invoice: it cannot be sent as an e-invoice.</source>
        <translation>Ein Angebot ist keine Rechnung: Es kann nicht als E-Rechnung versendet werden.</translation>
    </message>
    <message>
        <source>Issue the document first: a draft has no number yet and may still change.</source>
        <translation>Stellen Sie das Dokument zuerst aus: Ein Entwurf hat noch keine Nummer und kann sich noch ändern.</translation>
    </message>
    <message>
        <source>The document has no number.</source>
        <translation>Das Dokument hat keine Nummer.</translation>
    </message>
    <message>
        <source>The document has no issue date.</source>
        <translation>Das Dokument hat kein Ausstellungsdatum.</translation>
    </message>
    <message>
        <source>A credit note names the invoice it corrects.</source>
        <translation>Eine Gutschrift muss die Rechnung angeben, die sie korrigiert.</translation>
    </message>
    <message>
        <source>Peppol cannot carry the attachment &quot;%1&quot;: only PDF, PNG, JPEG, CSV and spreadsheet files.</source>
        <translation>Peppol kann den Anhang &quot;%1&quot; nicht übertragen: nur PDF-, PNG-, JPEG-, CSV- und Tabellendateien.</translation>
    </message>
    <message>
        <source>The totals stored with the document differ from what its lines add up to.</source>
        <translation>Die mit dem Dokument gespeicherten Summen weichen von der Summe seiner Zeilen ab.</translation>
    </message>
    <message>
        <source>The document needs a due date or payment terms.</source>
        <translation>Das Dokument benötigt ein Fälligkeitsdatum oder Zahlungsbedingungen.</translation>
    </message>
    <message>
        <source>A Dutch e-invoice needs the seller&apos;s IBAN.</source>
        <translation>Eine niederländische E-Rechnung benötigt die IBAN des Verkäufers.</translation>
    </message>
</context>
<context>
    <name>UnitCodes</name>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>Stück</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>kilometre</source>
        <translation>Kilometer</translation>
    </message>
    <message>
        <source>metre</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>square metre</source>
        <translation>Quadratmeter</translation>
    </message>
    <message>
        <source>kilogram</source>
        <translation>Kilogramm</translation>
    </message>
    <message>
        <source>litre</source>
        <translation>Liter</translation>
    </message>
    <message>
        <source>set</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>lump sum</source>
        <translation>Pauschale</translation>
    </message>
    <message>
        <source>service unit</source>
        <translation>Leistungseinheit</translation>
    </message>
</context>
<context>
    <name>VatCategories</name>
    <message>
        <source>Unknown VAT category code.</source>
        <translation>Unbekannter MwSt.-Kategoriecode.</translation>
    </message>
    <message>
        <source>VAT category %1 (standard rate) needs a rate above 0 %.</source>
        <translation>Die MwSt.-Kategorie %1 (Normalsatz) benötigt einen Satz über 0 %.</translation>
    </message>
    <message>
        <source>VAT category %1 allows only a 0 % rate.</source>
        <translation>Die MwSt.-Kategorie %1 erlaubt nur einen Satz von 0 %.</translation>
    </message>
</context>
<context>
    <name>VatExemptionReason</name>
    <message>
        <source>Unknown VAT exemption reason code (VATEX).</source>
        <translation>Unbekannter Code für den MwSt.-Befreiungsgrund (VATEX).</translation>
    </message>
</context>
<context>
    <name>VatForms</name>
    <message>
        <source>Operations at 0 % and under a special regime</source>
        <translation>Umsätze zu 0 % und unter einer Sonderregelung</translation>
    </message>
    <message>
        <source>Operations at 6 %</source>
        <translation>Umsätze zu 6 %</translation>
    </message>
    <message>
        <source>Operations at 12 %</source>
        <translation>Umsätze zu 12 %</translation>
    </message>
    <message>
        <source>Operations at 21 %</source>
        <translation>Umsätze zu 21 %</translation>
    </message>
    <message>
        <source>Services to customers in other EU countries</source>
        <translation>Dienstleistungen an Kunden in anderen EU-Ländern</translation>
    </message>
    <message>
        <source>Operations where the Belgian customer pays the VAT</source>
        <translation>Umsätze, für die der belgische Kunde die MwSt. schuldet</translation>
    </message>
    <message>
        <source>Exempt intra-Community supplies of goods</source>
        <translation>Befreite innergemeinschaftliche Lieferungen von Waren</translation>
    </message>
    <message>
        <source>Other exempt operations and operations abroad</source>
        <translation>Andere befreite Umsätze und Umsätze im Ausland</translation>
    </message>
    <message>
        <source>Credit notes issued for grids 44 and 46</source>
        <translation>Ausgestellte Gutschriften zu den Feldern 44 und 46</translation>
    </message>
    <message>
        <source>Credit notes issued for the other grids</source>
        <translation>Ausgestellte Gutschriften zu den übrigen Feldern</translation>
    </message>
    <message>
        <source>Trade goods, raw materials and consumables</source>
        <translation>Handelswaren, Roh- und Hilfsstoffe</translation>
    </message>
    <message>
        <source>Services and miscellaneous goods</source>
        <translation>Dienstleistungen und verschiedene Güter</translation>
    </message>
    <message>
        <source>Investment goods</source>
        <translation>Investitionsgüter</translation>
    </message>
    <message>
        <source>Credit notes received for grids 86 and 88</source>
        <translation>Erhaltene Gutschriften zu den Feldern 86 und 88</translation>
    </message>
    <message>
        <source>Credit notes received for the other grids</source>
        <translation>Erhaltene Gutschriften zu den übrigen Feldern</translation>
    </message>
    <message>
        <source>Intra-Community acquisitions of goods</source>
        <translation>Innergemeinschaftliche Erwerbe von Waren</translation>
    </message>
    <message>
        <source>Other incoming operations on which you owe the VAT</source>
        <translation>Andere Eingangsumsätze, für die Sie die MwSt. schulden</translation>
    </message>
    <message>
        <source>Services from suppliers in other EU countries</source>
        <translation>Dienstleistungen von Lieferanten in anderen EU-Ländern</translation>
    </message>
    <message>
        <source>VAT due on grids 01, 02 and 03</source>
        <translation>Geschuldete MwSt. auf die Felder 01, 02 und 03</translation>
    </message>
    <message>
        <source>VAT due on grids 86 and 88</source>
        <translation>Geschuldete MwSt. auf die Felder 86 und 88</translation>
    </message>
    <message>
        <source>VAT due on grid 87</source>
        <translation>Geschuldete MwSt. auf Feld 87</translation>
    </message>
    <message>
        <source>Deductible VAT</source>
        <translation>Abziehbare MwSt.</translation>
    </message>
    <message>
        <source>VAT to repay on credit notes received</source>
        <translation>Zu erstattende MwSt. auf erhaltene Gutschriften</translation>
    </message>
    <message>
        <source>VAT to recover on credit notes issued</source>
        <translation>Zurückzufordernde MwSt. auf ausgestellte Gutschriften</translation>
    </message>
    <message>
        <source>Balance payable to the State</source>
        <translation>Dem Staat geschuldeter Saldo</translation>
    </message>
    <message>
        <source>Balance owed by the State</source>
        <translation>Vom Staat geschuldeter Saldo</translation>
    </message>
    <message>
        <source>1a Supplies and services at 21 %: turnover</source>
        <translation>1a Lieferungen und Dienstleistungen zu 21 %: Umsatz</translation>
    </message>
    <message>
        <source>1a Supplies and services at 21 %: VAT</source>
        <translation>1a Lieferungen und Dienstleistungen zu 21 %: MwSt.</translation>
    </message>
    <message>
        <source>1b Supplies and services at 9 %: turnover</source>
        <translation>1b Lieferungen und Dienstleistungen zu 9 %: Umsatz</translation>
    </message>
    <message>
        <source>1b Supplies and services at 9 %: VAT</source>
        <translation>1b Lieferungen und Dienstleistungen zu 9 %: MwSt.</translation>
    </message>
    <message>
        <source>1c Supplies and services at other rates: turnover</source>
        <translation>1c Lieferungen und Dienstleistungen zu anderen Sätzen: Umsatz</translation>
    </message>
    <message>
        <source>1c Supplies and services at other rates: VAT</source>
        <translation>1c Lieferungen und Dienstleistungen zu anderen Sätzen: MwSt.</translation>
    </message>
    <message>
        <source>1e Supplies and services at 0 % or not taxed with you</source>
        <translation>1e Lieferungen und Dienstleistungen zu 0 % oder nicht bei Ihnen besteuert</translation>
    </message>
    <message>
        <source>2a Supplies and services reverse-charged to you: turnover</source>
        <translation>2a Lieferungen und Dienstleistungen, für die Sie die Steuer schulden (Reverse-Charge): Umsatz</translation>
    </message>
    <message>
        <source>2a Supplies and services reverse-charged to you: VAT</source>
        <translation>2a Lieferungen und Dienstleistungen, für die Sie die Steuer schulden (Reverse-Charge): MwSt.</translation>
    </message>
    <message>
        <source>3a Supplies to countries outside the EU</source>
        <translation>3a Lieferungen in Länder außerhalb der EU</translation>
    </message>
    <message>
        <source>3b Supplies and services to other EU countries</source>
        <translation>3b Lieferungen und Dienstleistungen in andere EU-Länder</translation>
    </message>
    <message>
        <source>4a Supplies and services from outside the EU: turnover</source>
        <translation>4a Lieferungen und Dienstleistungen aus Ländern außerhalb der EU: Umsatz</translation>
    </message>
    <message>
        <source>4a Supplies and services from outside the EU: VAT</source>
        <translation>4a Lieferungen und Dienstleistungen aus Ländern außerhalb der EU: MwSt.</translation>
    </message>
    <message>
        <source>4b Supplies and services from EU countries: turnover</source>
        <translation>4b Lieferungen und Dienstleistungen aus EU-Ländern: Umsatz</translation>
    </message>
    <message>
        <source>4b Supplies and services from EU countries: VAT</source>
        <translation>4b Lieferungen und Dienstleistungen aus EU-Ländern: MwSt.</translation>
    </message>
    <message>
        <source>5a VAT owed</source>
        <translation>5a Geschuldete MwSt.</translation>
    </message>
    <message>
        <source>5b Input VAT</source>
        <translation>5b Vorsteuer</translation>
    </message>
    <message>
        <source>5c Subtotal</source>
        <translation>5c Zwischensumme</translation>
    </message>
    <message>
        <source>5g Total to pay (negative: to reclaim)</source>
        <translation>5g Zu zahlender Betrag (negativ: zurückzufordern)</translation>
    </message>
</context>
<context>
    <name>VatNumber</name>
    <message>
        <source>ATU followed by 8 digits</source>
        <translation>ATU gefolgt von 8 Ziffern</translation>
    </message>
    <message>
        <source>BE followed by 10 digits, the first 0 or 1</source>
        <translation>BE gefolgt von 10 Ziffern, die erste 0 oder 1</translation>
    </message>
    <message>
        <source>BG followed by 9 or 10 digits</source>
        <translation>BG gefolgt von 9 oder 10 Ziffern</translation>
    </message>
    <message>
        <source>CY followed by 8 digits and a letter</source>
        <translation>CY gefolgt von 8 Ziffern und einem Buchstaben</translation>
    </message>
    <message>
        <source>CZ followed by 8 to 10 digits</source>
        <translation>CZ gefolgt von 8 bis 10 Ziffern</translation>
    </message>
    <message>
        <source>DE followed by 9 digits</source>
        <translation>DE gefolgt von 9 Ziffern</translation>
    </message>
    <message>
        <source>DK followed by 8 digits</source>
        <translation>DK gefolgt von 8 Ziffern</translation>
    </message>
    <message>
        <source>EE followed by 9 digits</source>
        <translation>EE gefolgt von 9 Ziffern</translation>
    </message>
    <message>
        <source>EL followed by 9 digits</source>
        <translation>EL gefolgt von 9 Ziffern</translation>
    </message>
    <message>
        <source>ES followed by 9 characters: a letter or digit, 7 digits, a letter or digit</source>
        <translation>ES gefolgt von 9 Zeichen: ein Buchstabe oder eine Ziffer, 7 Ziffern, ein Buchstabe oder eine Ziffer</translation>
    </message>
    <message>
        <source>FI followed by 8 digits</source>
        <translation>FI gefolgt von 8 Ziffern</translation>
    </message>
    <message>
        <source>FR followed by 2 letters or digits and 9 digits</source>
        <translation>FR gefolgt von 2 Buchstaben oder Ziffern und 9 Ziffern</translation>
    </message>
    <message>
        <source>HR followed by 11 digits</source>
        <translation>HR gefolgt von 11 Ziffern</translation>
    </message>
    <message>
        <source>HU followed by 8 digits</source>
        <translation>HU gefolgt von 8 Ziffern</translation>
    </message>
    <message>
        <source>IE followed by 7 digits and 1 or 2 letters</source>
        <translation>IE gefolgt von 7 Ziffern und 1 oder 2 Buchstaben</translation>
    </message>
    <message>
        <source>IT followed by 11 digits</source>
        <translation>IT gefolgt von 11 Ziffern</translation>
    </message>
    <message>
        <source>LT followed by 9 or 12 digits</source>
        <translation>LT gefolgt von 9 oder 12 Ziffern</translation>
    </message>
    <message>
        <source>LU followed by 8 digits</source>
        <translation>LU gefolgt von 8 Ziffern</translation>
    </message>
    <message>
        <source>LV followed by 11 digits</source>
        <translation>LV gefolgt von 11 Ziffern</translation>
    </message>
    <message>
        <source>MT followed by 8 digits</source>
        <translation>MT gefolgt von 8 Ziffern</translation>
    </message>
    <message>
        <source>NL followed by 9 digits, the letter B and 2 digits</source>
        <translation>NL gefolgt von 9 Ziffern, dem Buchstaben B und 2 Ziffern</translation>
    </message>
    <message>
        <source>PL followed by 10 digits</source>
        <translation>PL gefolgt von 10 Ziffern</translation>
    </message>
    <message>
        <source>PT followed by 9 digits</source>
        <translation>PT gefolgt von 9 Ziffern</translation>
    </message>
    <message>
        <source>RO followed by 2 to 10 digits</source>
        <translation>RO gefolgt von 2 bis 10 Ziffern</translation>
    </message>
    <message>
        <source>SE followed by 12 digits, the last two 01</source>
        <translation>SE gefolgt von 12 Ziffern, die letzten beiden 01</translation>
    </message>
    <message>
        <source>SI followed by 8 digits</source>
        <translation>SI gefolgt von 8 Ziffern</translation>
    </message>
    <message>
        <source>SK followed by 10 digits</source>
        <translation>SK gefolgt von 10 Ziffern</translation>
    </message>
    <message>
        <source>XI followed by 9 or 12 digits</source>
        <translation>XI gefolgt von 9 oder 12 Ziffern</translation>
    </message>
    <message>
        <source>No VAT number was entered.</source>
        <translation>Es wurde keine MwSt.-Nummer eingegeben.</translation>
    </message>
    <message>
        <source>A VAT number contains only the letters A to Z and the digits 0 to 9, not “%1”.</source>
        <translation>Eine MwSt.-Nummer enthält nur die Buchstaben A bis Z und die Ziffern 0 bis 9, nicht “%1”.</translation>
    </message>
    <message>
        <source>A VAT number starts with its country code, such as BE or NL.</source>
        <translation>Eine MwSt.-Nummer beginnt mit ihrem Ländercode, z. B. BE oder NL.</translation>
    </message>
    <message>
        <source>%1 is not the prefix of an EU VAT number (Greece uses EL, Northern Ireland XI).</source>
        <translation>%1 ist kein Präfix einer EU-MwSt.-Nummer (Griechenland verwendet EL, Nordirland XI).</translation>
    </message>
    <message>
        <source>This is not a VAT number of %1: it should be %2.</source>
        <translation>Dies ist keine MwSt.-Nummer aus %1: Erwartet wird %2.</translation>
    </message>
    <message>
        <source>The check digits of this VAT number do not match the rest of it. Check for a typing error.</source>
        <translation>Die Prüfziffern dieser MwSt.-Nummer passen nicht zum Rest. Prüfen Sie sie auf Tippfehler.</translation>
    </message>
    <message>
        <source>This is not a valid VAT number.</source>
        <translation>Dies ist keine gültige MwSt.-Nummer.</translation>
    </message>
</context>
<context>
    <name>VatRate</name>
    <message>
        <source>A VAT rate lies between 0 and 100 %.</source>
        <translation>Ein MwSt.-Satz liegt zwischen 0 und 100 %.</translation>
    </message>
    <message>
        <source>The VAT amount is too large.</source>
        <translation>Der MwSt.-Betrag ist zu groß.</translation>
    </message>
</context>
<context>
    <name>VatRateTable</name>
    <message>
        <source>The built-in VAT rate table is missing.</source>
        <translation>Die integrierte MwSt.-Satztabelle fehlt.</translation>
    </message>
    <message>
        <source>The VAT rate table has an unknown entry.</source>
        <translation>Die MwSt.-Satztabelle enthält einen unbekannten Eintrag.</translation>
    </message>
    <message>
        <source>The VAT rate table is not valid JSON.</source>
        <translation>Die MwSt.-Satztabelle ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The VAT rate table must be a JSON object.</source>
        <translation>Die MwSt.-Satztabelle muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>This VAT rate table format is not supported.</source>
        <translation>Dieses Format der MwSt.-Satztabelle wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The VAT rate table lists no countries.</source>
        <translation>Die MwSt.-Satztabelle enthält keine Länder.</translation>
    </message>
    <message>
        <source>Each country must be a JSON object.</source>
        <translation>Jedes Land muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>A country must be a two-letter ISO code such as BE.</source>
        <translation>Ein Land muss ein zweistelliger ISO-Code wie BE sein.</translation>
    </message>
    <message>
        <source>A country must list its rates.</source>
        <translation>Ein Land muss seine Sätze auflisten.</translation>
    </message>
    <message>
        <source>Each rate must be a JSON object.</source>
        <translation>Jeder Satz muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The kind of a rate must be standard, reduced, reduced2 or zero.</source>
        <translation>Die Art eines Satzes muss standard, reduced, reduced2 oder zero sein.</translation>
    </message>
    <message>
        <source>A rate must be written as text, such as &quot;21&quot; or &quot;5.5&quot;.</source>
        <translation>Ein Satz muss als Text geschrieben werden, z. B. &quot;21&quot; oder &quot;5.5&quot;.</translation>
    </message>
    <message>
        <source>The zero kind must have rate 0, and only it.</source>
        <translation>Nur die Art zero hat den Satz 0, und sie muss ihn haben.</translation>
    </message>
    <message>
        <source>validFrom must be a date such as 2019-01-01.</source>
        <translation>validFrom muss ein Datum wie 2019-01-01 sein.</translation>
    </message>
    <message>
        <source>validTo must be a date such as 2018-12-31.</source>
        <translation>validTo muss ein Datum wie 2018-12-31 sein.</translation>
    </message>
    <message>
        <source>validTo lies before validFrom.</source>
        <translation>validTo liegt vor validFrom.</translation>
    </message>
    <message>
        <source>Two rates of the same kind or value overlap in time.</source>
        <translation>Zwei Sätze derselben Art oder desselben Werts überschneiden sich zeitlich.</translation>
    </message>
</context>
<context>
    <name>VatReturn</name>
    <message>
        <source>A VAT return covers a period: its end comes after its start.</source>
        <translation>Eine MwSt.-Erklärung umfasst einen Zeitraum: Sein Ende liegt nach seinem Beginn.</translation>
    </message>
    <message>
        <source>The ledger holds a VAT code this version cannot read.</source>
        <translation>Das Hauptbuch enthält einen MwSt.-Code, den diese Version nicht lesen kann.</translation>
    </message>
    <message>
        <source>The return has no box %1.</source>
        <translation>Die Erklärung hat keine Rubrik %1.</translation>
    </message>
</context>
<context>
    <name>VatReturnReport</name>
    <message>
        <source>Kasboek computes the VAT returns of Belgium and the Netherlands; this company is in %1.</source>
        <translation>Kasboek berechnet die MwSt.-Erklärungen für Belgien und die Niederlande; diese Firma hat ihren Sitz in %1.</translation>
    </message>
    <message>
        <source>Periodic VAT return</source>
        <translation>Periodische MwSt.-Erklärung</translation>
    </message>
    <message>
        <source>VAT return (omzetbelasting)</source>
        <translation>MwSt.-Erklärung (omzetbelasting)</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>YearCloseCommand</name>
    <message>
        <source>give either --year or --from and --to</source>
        <translation>geben Sie entweder --year oder --from und --to an</translation>
    </message>
    <message>
        <source>--year needs a year such as 2025</source>
        <translation>--year benötigt eine Jahreszahl wie 2025</translation>
    </message>
    <message>
        <source>--from and --to need dates as YYYY-MM-DD</source>
        <translation>--from und --to benötigen Datumsangaben im Format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Close a fiscal year and carry its result to equity.</source>
        <translation>Ein Geschäftsjahr abschließen und sein Ergebnis ins Eigenkapital übertragen.</translation>
    </message>
    <message>
        <source>Posts the closing entry, dated the year&apos;s last day, that brings every income and expense account to zero and carries the year&apos;s result to the retained-earnings account (BE 140000), then closes the year for good and the books through its last day. The year must be over and must not overlap a closed one. --year closes a calendar year; --from and --to a fiscal year of up to 24 months. Prints the result (profit positive, loss negative).</source>
        <translation>Bucht zum letzten Tag des Jahres die Abschlussbuchung, die alle Ertrags- und Aufwandskonten auf null stellt und das Jahresergebnis auf das Konto Gewinnvortrag (BE 140000) überträgt, schließt dann das Jahr endgültig ab und sperrt die Bücher bis zu seinem letzten Tag. Das Jahr muss abgelaufen sein und darf sich nicht mit einem abgeschlossenen Jahr überschneiden. --year schließt ein Kalenderjahr ab; --from und --to ein Geschäftsjahr von bis zu 24 Monaten. Gibt das Ergebnis aus (Gewinn positiv, Verlust negativ).</translation>
    </message>
    <message>
        <source>The calendar year to close.</source>
        <translation>Das abzuschließende Kalenderjahr.</translation>
    </message>
    <message>
        <source>The fiscal year&apos;s first day.</source>
        <translation>Der erste Tag des Geschäftsjahres.</translation>
    </message>
    <message>
        <source>The fiscal year&apos;s last day.</source>
        <translation>Der letzte Tag des Geschäftsjahres.</translation>
    </message>
    <message>
        <source>Closed the fiscal year %1 to %2: result %3 EUR.</source>
        <translation>Geschäftsjahr %1 bis %2 abgeschlossen: Ergebnis %3 EUR.</translation>
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
