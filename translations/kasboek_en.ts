<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AccountRepository</name>
    <message>
        <source>The account does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart of accounts has no account for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account code has 1 to 20 letters, digits or dots (for example 700000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account a name of at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An RGS code has at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VAT rate lies between 0 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deductible share of VAT lies between 0 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 already has this role; give it to one account only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 has postings: it keeps its code and type. Rename it, or archive it and make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is in use and cannot be deleted; archive it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgedBalances</name>
    <message>
        <source>A payment in this file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding at %1, by days past the due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in another currency without an exchange rate left out.</source>
        <translation>
            <numerusform>%n document in another currency without an exchange rate left out.</numerusform>
            <numerusform>%n documents in another currency without an exchange rate left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Aged receivables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged payables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceSheet</name>
    <message>
        <source>Balance sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1, compared with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total liabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the current period not yet closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total liabilities and equity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankJournals</name>
    <message>
        <source>Bank %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no free account number after %1 for another bank account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no free code for another bank journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart of accounts has no bank account, so the bank account %1 cannot be given a ledger account beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code of the chart&apos;s bank account, %1, is not a number, so no further bank account can be numbered after it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankStatementCheck</name>
    <message>
        <source>the statement of %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement on %1 is for account &quot;%2&quot;, which is not a valid IBAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates of %1 (%2) are missing or out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balances of %1 (%2) are not in its currency, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A movement of %1 (%2) has no booking date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A movement of %1 (%2) is in %3, the statement in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The movements of %1 (%2) add up to more than Kasboek can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 (%2) the amounts do not add up: the opening balance %3 %4 and its movements make %5 %4, but it closes with %6 %4. The file is incomplete or damaged; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankStatementImporter</name>
    <message>
        <source>The statements of %1 are in %2; %3 is in %4. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balances do not join: %1 opens with %2 %3, but the statement before it closed with %4 %3. A statement is missing between them, or one of them is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankStatementReader</name>
    <message>
        <source>The file is larger than %1 MiB: it is not a bank statement Kasboek reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a bank statement Kasboek reads. Export the statement from your bank as camt.053 (XML), CODA or MT940.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV statement needs the column mapping of its bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file holds no statement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankWaitingCommand</name>
    <message>
        <source>(%1 more than due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank lines waiting to be reconciled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remittance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the bank lines waiting to be reconciled, with suggested matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the imported bank lines that no entry reconciles yet, oldest first: id, journal, booking date, amount (positive is money in), counterparty, remittance, and the documents the line seems to pay or refund. The match says why: payment_reference (the structured communication or RF reference of an open document), document_number (open documents&apos; numbers in the remittance text), amount_and_account (what the party whose IBAN it is owes, to the cent) or amount_and_name (the same by the party&apos;s name). Earlier lines claim documents first, so no part of a document is suggested twice. Changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BelgianEnterpriseNumber</name>
    <message>
        <source>No enterprise number was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enterprise number contains only digits, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enterprise number contains only digits, optionally after the prefix BE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Belgian enterprise number has 10 digits, such as 0123.456.749.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Belgian enterprise number starts with 0 or 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last two digits of this enterprise number do not match the rest of it. Check for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid enterprise number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bic</name>
    <message>
        <source>No BIC was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A BIC contains only the letters A to Z and the digits 0 to 9, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A BIC has 8 or 11 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first four characters of a BIC are letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 5 and 6 of a BIC are the bank&apos;s country code, and %1 is not a country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid BIC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Camt053Reader</name>
    <message>
        <source>The file is not an ISO 20022 bank statement (camt.053): its root element, on line %1 (%2), is not in a camt.053 namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is an intraday account report (%3, line %1, %2), not an end-of-day bank statement (camt.053). Ask your bank for the statement in camt.053.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a debit or credit notification (%3, line %1, %2), not a bank statement (camt.053). Ask your bank for the statement in camt.053.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is an ISO 20022 %3 message (line %1, %2), not a bank statement (camt.053).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a bank statement of version %3 (line %1, %2); Kasboek reads camt.053.001.02 and later versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root element on line %1 (%2) should be Document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large for a bank statement (%1 MB; at most %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document that starts on line %1 holds no bank-to-customer statement (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document that starts on line %1 holds no statement (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CamtEntryReader</name>
    <message>
        <source>The amount on line %1 (%2) is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booked entry that starts on line %1 has no booking date (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry on line %1 (%2) is a batch of %3 transactions that add up to %4, not to the entry&apos;s %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amounts of the batch entry on line %1 (%2) add up to more than Kasboek can hold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CamtStatementBuilder</name>
    <message>
        <source>The element on line %1 (%2) may appear only once in a statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value on line %1 (%2) is longer than the %3 characters it may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency on line %1 (%2) is %3, but the statement is in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account of the statement, on line %1, has no IBAN (%2): Kasboek reads statements of accounts with an IBAN only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IBAN on line %1 (%2) is longer than %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IBAN of the statement&apos;s account on line %1 (%2) is not valid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement has a second %3 balance, on line %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance on line %1 (%2) does not say its currency (Ccy), and neither does the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount on line %1 (%2) is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry on line %1 (%2) comes before the account of its statement (Acct).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry on line %1 (%2) comes before anything that gives the statement&apos;s currency (Acct/Ccy, or the balances).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement that starts on line %1 has no account (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement that starts on line %1 has no opening balance (%2 of type OPBD or PRCD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement that starts on line %1 has no closing balance (%2 of type CLBD).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CamtSubtree</name>
    <message>
        <source>The element on line %1 (%2) may appear only once here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element that starts on line %1 lacks %2, which it must have.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CamtTransactionDetails</name>
    <message>
        <source>The account on line %1 (%2) is not an IBAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account number on line %1 (%2) is longer than %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BIC on line %1 (%2) is not a BIC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CamtValues</name>
    <message>
        <source>The currency %3 on line %1 (%2) is not one Kasboek can keep books in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount on line %1 (%2) is in %3, but the statement is in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount on line %1 (%2) is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount on line %1 (%2) has a sign; in a bank statement the credit or debit indicator says which way the money went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount on line %1 (%2) is not a plain decimal number such as 1234.56.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount on line %1 (%2) is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit or debit indicator on line %1 (%2) must be CRDT or DBIT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date on line %1 (%2) is given twice, as a date and as a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date on line %1 (%2) is not written as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time on line %1 (%2) is not written as YYYY-MM-DDThh:mm:ss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date on line %1 (%2) does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date on line %1 (%2) is not between the years %3 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value on line %1 (%2) is longer than the %3 characters it may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount on line %1 (%2) has %3 decimals, more than %4 allows (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date element on line %1 (%2) holds neither a date nor a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CamtXmlScanner</name>
    <message>
        <source>The file is not a well-formed XML document: the problem is on line %1, before its first element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends too early, on line %1 inside %2: it looks truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not well-formed XML: the problem is on line %1, inside %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains a document type declaration (DOCTYPE) on line %1, which a bank statement never needs; it is refused for safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file refers to an entity on line %1, inside %2, which a bank statement never does; it is refused for safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text on line %1, inside %2, is longer than %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file nests its elements too deeply on line %1, inside %2 (more than %3 levels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An element on line %1, inside %2, has too many attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attribute on line %1, inside %2, is longer than %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains no XML element: it is not a bank statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element %2 holds too many elements (more than %3): the limit is reached on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds more after the end of its document element, on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartTemplate</name>
    <message>
        <source>The chart of accounts needs a &quot;%1&quot; text of at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart of accounts must list the languages of its account names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The languages of the chart must be two-letter codes such as &quot;nl&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 has no names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 has a name in &quot;%2&quot;, a language the chart does not list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 has no name in &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of account %1 in &quot;%2&quot; is longer than %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 has an unknown VAT kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT rate of account %1 must be a whole number of basis points from 0 to 10000 (2100 = 21 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 has a VAT rate but no VAT kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deductible share of account %1 must be a whole percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 has a deductible VAT share but is not a purchase account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the accounts is not an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the accounts has no valid code: 1 to 20 letters, digits or dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 has an unknown field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 has the type &quot;%2&quot;; a type is one of asset, liability, equity, income or expense.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 has the unknown role &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 has an RGS code that is not one: it starts with B or W and has letters, digits and dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note of account %1 must be a text of at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart of accounts is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart of accounts is not valid JSON: %1 (at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart of accounts is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart of accounts has an unknown field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chart of accounts is in a format this version of Kasboek does not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart of accounts has no country code such as &quot;BE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart of accounts must list between 1 and %1 accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account code %1 appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts %1 and %2 both have the role &quot;%3&quot;; a role belongs to one account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account of the chart has the role &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasboek has no chart of accounts for the country &quot;%1&quot;; it has one for Belgium (BE) and one for the Netherlands (NL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart of accounts for %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart of accounts for %1 is marked as the chart for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check a file&apos;s integrity; exit 0 only if every check holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocks FILE, runs every check and prints one line per check: its name, then &quot;ok&quot; or &quot;failed&quot; followed by the problems found. The exit code is 0 only if every check holds, 4 if the file is damaged. The checks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file is damaged: %n check(s) failed. Restore it from a backup.</source>
        <translation>
            <numerusform>The file is damaged: %n check failed. Restore it from a backup.</numerusform>
            <numerusform>The file is damaged: %n checks failed. Restore it from a backup.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>see &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgraded to file format %1; the file as it was is kept as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodaAccount</name>
    <message>
        <source>the account structure must be 0, 1, 2 or 3, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account &quot;%1&quot; is not a valid IBAN or Belgian account number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the currency &quot;%1&quot; is not one Kasboek knows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodaReader</name>
    <message>
        <source>The file is %1 MiB; a CODA file Kasboek reads is at most %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has %2 characters; every CODA record has exactly %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CODA file, and each statement in it, starts with a header record (0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new header before the trailer (9) of the statement that starts on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends on line %1 before the trailer record (9) of the statement that starts on line %2: it is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no CODA statement: it has no records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodaRecord</name>
    <message>
        <source>%1 must be digits, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign of %1 must be 0 (credit) or 1 (debit), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (DDMMYY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, record %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodaStatementParser</name>
    <message>
        <source>this is CODA version &quot;%1&quot;; Kasboek reads version 2, which every Belgian bank offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header must be followed by the old balance (record 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a statement has one old balance record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>movements and information must come before the new balance (record 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a statement has one new balance record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CODA record type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the old balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the old balance date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new balance is for account %1 in %2, the old balance for %3 in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new balance date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a movement record is 2.1, 2.2 or 2.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sequence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the detail number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not continue the movement record just before it (same sequence and detail number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detail %1 of movement %2 does not follow that movement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction code &quot;%1&quot; does not start with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the communication type must be 0 (free) or 1 (structured), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the movements add up to more than Kasboek can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an information record is 3.1, 3.2 or 3.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not continue the information record just before it (same sequence and detail number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trailer comes before the new balance (record 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it announces %1 records, the statement that starts on line %2 has %3: the file is incomplete or was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the debit total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credit total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its debit and credit totals (%1 and %2 thousandths) are not those of the movements (%3 and %4): the file is incomplete or was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount %1 (in thousandths) has more decimals than %2 allows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandDispatcher</name>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing subcommand: one of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Also print the technical detail of an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 is given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 needs a value (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 must be one of %2, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommonOptions</name>
    <message>
        <source>The company file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format (default: text).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyFile</name>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters long.</source>
        <translation>
            <numerusform>The passphrase must be at least %n character long.</numerusform>
            <numerusform>The passphrase must be at least %n characters long.</numerusform>
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
    <name>CompanyProfileValidator</name>
    <message>
        <source>Enter the name of your business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT number of a business established in %1 starts with %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanySetCommand</name>
    <message>
        <source>The company&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form as written on documents: BV, SRL, eenmanszaak, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number, e.g. BE0123456749.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belgian enterprise number (KBO/BCE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch KvK number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN the customers pay to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the company&apos;s details that documents show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the details given and keeps the others; an empty value (&apos;&apos;) clears one. They are checked as the settings check them (VAT and enterprise numbers, IBAN, e-mail) and stored in canonical form; an invalid one is refused with the option named (exit code 5) and nothing changes. Without options, prints the details. Documents issued before keep the details they were issued with. The country and currency are set when the file is created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactReference</name>
    <message>
        <source>No contact has the id or uid &quot;%1&quot; (see &apos;kasboek-cli contacts list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message numerus="yes">
        <source>The contact is named on %n document(s) and cannot be deleted; archive it instead.</source>
        <translation>
            <numerusform>The contact is named on %n document and cannot be deleted; archive it instead.</numerusform>
            <numerusform>The contact is named on %n documents and cannot be deleted; archive it instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>The contact does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list cannot start before its first row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s id and uid belong to different contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact with this id is already stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactValidator</name>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company has no given name; enter the person to address as the contact person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company has no family name; enter the person to address as the contact person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s family name or given name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents can be sent in Dutch, French, English or German (nl, fr, en, de).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms are between 0 and %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsAddCommand</name>
    <message>
        <source>A company (the default) or a natural person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer (the default), supplier or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company&apos;s name (a person&apos;s is made of --given-name and --family-name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person&apos;s given name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person&apos;s family name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the attention of (companies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 3166-1 country code (default: the company&apos;s country).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU VAT number, e.g. BE0123456749.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belgian enterprise number (KBO/BCE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch KvK number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peppol participant id, e.g. 0208:0123456749.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the documents sent to them: nl, fr, en or de (default: nl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default invoice currency, ISO 4217 (default: EUR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms in days, 0 to 365 (default: 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a customer or supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores a new contact after the checks the contact form makes: a company needs a name, a person a given or family name; VAT number, enterprise and KvK numbers, IBAN, BIC, Peppol id and e-mail must be valid and are stored in their canonical form. Prints the new contact&apos;s id and uid (--format json: the stored contact). An invalid value is refused with the option named (exit code 5) and nothing is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--payment-terms needs a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added contact %1 (uid %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsListCommand</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the contacts, with the ids other commands take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the customers and suppliers by name: id, uid, kind (company or person), role (customer, supplier or both), name, country, VAT number, e-mail, and whether the contact is archived. Other commands name a contact by its id or its uid; the uid is the same on every device and in every export. Archived contacts are left out unless --archived is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only contacts whose name, e-mail, city or VAT number contains TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers or only suppliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include archived contacts.</source>
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
    <name>CreateCommand</name>
    <message>
        <source>Create a new, empty, encrypted company file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Creates FILE, encrypted under a passphrase of at least %n characters. An existing file is never overwritten.</source>
        <translation>
            <numerusform>Creates FILE, encrypted under a passphrase of at least %n character. An existing file is never overwritten.</numerusform>
            <numerusform>Creates FILE, encrypted under a passphrase of at least %n characters. An existing file is never overwritten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The company name defaults to the file name without its extension (&quot;Atelier Verhaegen&quot; for Atelier Verhaegen.kasboek); the app can change it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country of the company, which sets its VAT rules (default: BE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the company (default: the file name without its extension).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 for %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditorReference</name>
    <message>
        <source>No creditor reference was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A creditor reference contains only the letters A to Z and the digits 0 to 9, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A creditor reference starts with RF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RF is followed by two check digits in a creditor reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A creditor reference has 1 to 21 letters or digits after RF and the check digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digits do not match the rest of this creditor reference. Check for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid creditor reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reference was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A creditor reference holds at most 21 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>Unknown or unsupported currency code.</source>
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
    <name>Decimal</name>
    <message>
        <source>The number is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBook</name>
    <message>
        <source>Sample books exist for Belgium (BE) and the Netherlands (NL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample books go into a new, empty file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create a file holding a realistic year of a freelancer&apos;s books.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates FILE, like create, and fills it with the twelve months up to today of a Belgian (BE, the default) or Dutch (NL) freelance web designer and photographer: customers at home, elsewhere in the EU and in the United States, a price list, quotes, invoices in every VAT situation Kasboek supports, credit notes and payments, with the books closed through the end of the previous quarter. The same country and day always give the same books. An existing file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose books: a Belgian or a Dutch freelancer (default: BE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the sample year (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1: %2 customers, %3 suppliers, %4 products, %5 quotes, %6 invoices, %7 credit notes, %8 payments; closed through %9.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentCalculation</name>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount lies between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDescription</name>
    <message>
        <source>The amount of charge %1 is not an amount in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDescriptionReader</name>
    <message>
        <source>The description is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is not valid JSON (at byte %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description must be one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note names the invoice it corrects: corrects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a credit note corrects an invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document needs at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a quote has valid_until.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a decimal number with at most four decimals: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a VAT category code (S, Z, E, AE, K, G, O, L or M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is needed: the VAT rate in percent, e.g. &quot;21&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a VAT rate in percent with at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type must be &quot;invoice&quot;, &quot;credit_note&quot; or &quot;quote&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact is needed: the contact&apos;s id or uid, as `contacts list` shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency must be an ISO 4217 code such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange_rate must be a positive decimal: euro per unit of the currency.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDrafts</name>
    <message>
        <source>Choose an existing contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentEventRepository</name>
    <message>
        <source>Unknown document event &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date on which it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an issued document is sent, accepted or declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supplier&apos;s document is not sent to customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a quote is accepted, declined, converted or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot happen before the document was issued (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentIssuer</name>
    <message>
        <source>A credit note names the invoice it corrects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note corrects one of your issued invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note goes to the customer of the invoice it corrects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note is in the currency of its invoice (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is for %2 %3, of which %4 is credited already: this credit note can correct at most %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last document of this series was issued on %1; a later number cannot carry an earlier date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is issued already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supplier&apos;s document is recorded as it came, not issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the issue date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document in %1 needs the exchange rate to the euro.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPdfRenderer</name>
    <message>
        <source>Only invoices carry a payment QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft carries no payment QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template leaves the payment QR code out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing left to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The totals do not belong to this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPosting</name>
    <message>
        <source>No standard VAT rate is known for %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentRepository</name>
    <message>
        <source>The document does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supplier&apos;s document is found by its number and its supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is issued and can no longer change; correct it with a credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft gets its number when it is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact of the document does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbering series does not exist or numbers another kind of document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note corrects one of your issued invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supplier&apos;s credit note corrects one of that supplier&apos;s invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice is made from an issued quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product of line %1 does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issued document has a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issued document has an issue date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issued document has a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issued document names the series that numbered it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issued document names its seller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issued document names its buyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1 is already used by another %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This supplier&apos;s document %1 is already in the books.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document with this id is already stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document is stored as a draft first, then issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s id and uid belong to different documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document keeps the type it was made as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supplier&apos;s document is stored as issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document has at most %1 attachments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentSelection</name>
    <message>
        <source>give either --all or the numbers of the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no issued document numbered &quot;%1&quot;; nothing was exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentState</name>
    <message>
        <source>The amounts of the document are too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentSummaries</name>
    <message>
        <source>A list cannot start before its first row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentTotalsCalculator</name>
    <message>
        <source>This amount is in %1 but the document is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each document-level allowance and charge needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT category %1 must not have an exemption reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT category %1 has more than one exemption reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an exemption reason code or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption reason %1 does not belong to VAT category %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document needs at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT category %1 needs an exemption reason (code or text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document in %1 needs the exchange rate to %2 to state its VAT in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is in the accounting currency: it takes no exchange rate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentTypes</name>
    <message>
        <source>Unknown document type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown document status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase credit note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentValidator</name>
    <message>
        <source>A document number has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supplier&apos;s document is not numbered by one of your series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date between the years %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date lies before the issue date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a quote is valid until a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote cannot expire before it is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document is written in Dutch, French, English or German.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document in euro has no exchange rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms lie between 0 and %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which kind of payment reference this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the payment reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment reference has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount lies between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a credit note corrects another document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an invoice is made from a quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recurring template does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The totals must be in the document&apos;s currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total including VAT is not the total excluding VAT plus the VAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document has at most %1 attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document has at most %1 lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line&apos;s name has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line&apos;s description has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item code has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product of line %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has an unknown unit &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has a negative unit price; use a negative quantity instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document has at most %1 charges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A charge is in the document&apos;s currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A charge is a positive amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the charge is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT category %1 charges VAT and has no exemption reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT category %1 has its exemption reason already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why no VAT is charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exemption reason is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1 needs a plain file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment&apos;s file name has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1 needs a file type such as application/pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment has at most %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment&apos;s description has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntriesAddCommand</name>
    <message>
        <source>Post a manual journal entry described in JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the entry&apos;s JSON description (docs/cli.md has the format; &apos;-&apos; reads standard input): the journal (default GEN), the date, a description, an optional reference, and two or more lines, each naming an account by its code with a debit or a credit amount in euro. The entry must balance and its date must be in an open period; otherwise it is refused with the reason (exit code 5) and nothing is posted. A posted entry never changes: &apos;entries reverse&apos; undoes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntriesOpeningCommand</name>
    <message>
        <source>Post the opening balances of the books.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the opening balances as JSON (docs/cli.md; &apos;-&apos; reads standard input): the date the books start on and, per account code, its debit or credit balance on that date. They are posted as one opening entry in the general journal; what does not balance goes to the account with the opening-balances role (BE 499000), which is zero again once every balance, equity included, is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balances, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntriesReverseCommand</name>
    <message>
        <source>Undo a posted entry with a reversing entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts a new entry with every line of entry ID on the other side, in the same journal, dated --date (default: today). An entry is reversed once; a reversal itself is not reversed. The entry ids are in the JSON of &apos;report journal&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry to reverse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reversal&apos;s date (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID must be an entry id, a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryCommandInput</name>
    <message>
        <source>standard input cannot carry both the JSON and the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDescriptionReader</name>
    <message>
        <source>The file has no journal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is not valid JSON (at byte %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description must be one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a positive amount in euro with at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart has no account %1 (see &apos;kasboek-cli report trial-balance&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs either a debit or a credit amount, not both, and not zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a VAT kind such as sale_domestic (docs/ledger.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be base, vat, vat_due or vat_non_deductible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a VAT rate in percent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryReader</name>
    <message>
        <source>The entry does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryWriter</name>
    <message>
        <source>An entry needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal year that ends on %1 is closed: an entry dated %2 cannot be posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The books are closed up to %1: an entry dated %2 cannot be posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry needs at least two lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry&apos;s reference, description or counterparty is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 names an account that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has an amount out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 needs an amount on either the debit or the credit side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description of line %1 is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry does not balance: debit and credit differ by %1 cents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpcQrPayload</name>
    <message>
        <source>An EPC QR code is of version 1 or 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version 1 EPC QR code needs the BIC of the payee&apos;s bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payee&apos;s name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payee&apos;s name has more than %1 characters, the most a payment QR code carries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payee&apos;s name must be on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payee&apos;s IBAN is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment QR code is for SEPA transfers; this IBAN is outside SEPA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment QR code can only ask for an amount in euro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment QR code asks for 0.01 to 999,999,999.99 euro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purpose code has four capital letters or digits, such as GDDS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment QR code carries a structured reference or a free text, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment text has more than %1 characters, the most a payment QR code carries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment text must be on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note to the payer has more than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note to the payer must be on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment details are too long for a payment QR code (%1 bytes, at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment QR code is only for documents in euro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company has no IBAN, so the document cannot carry a payment QR code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeRate</name>
    <message>
        <source>An exchange rate must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inverse of this exchange rate is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The converted amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpenseRecorder</name>
    <message>
        <source>The receipt file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receipt has at most %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receipt is a PDF, PNG, JPEG, WebP or HEIC file; this one is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An expense has at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An expense has at most %1 lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenses are recorded in euro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount paid, including VAT, above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VAT rate lies between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT lies between zero and the amount including VAT, in euro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a rate of 0 % there is no VAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 (%2) takes no expenses: choose an expense account or a fixed asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 (%2) is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the expense.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpensesAddCommand</name>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount needs the amount paid in EUR, such as 60.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vat-rate needs a percentage such as 21 or 5.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vat needs the VAT in EUR, such as 10.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an expense from a receipt, with the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records what a receipt or a supplier&apos;s paper invoice says as a purchase invoice of the supplier (an existing contact, or one found or added by name), keeps the receipt file (PDF, PNG, JPEG, WebP or HEIC, at most 10 MiB; its type is read from its content) inside the encrypted company file, and posts it to the account chosen: the amount including VAT, less the VAT the account may deduct (50 % on car costs, none on restaurants), is the cost; the deductible VAT goes to input VAT. Without --vat the VAT is worked out from the amount and the rate; with it, the receipt&apos;s own figure is kept and a cent of difference goes to the rounding account. Without --number the expense is numbered R-DATE-N. --paid records that it was paid at once, from the cash box for cash, else from the bank. Anything refused (exit code 5) stores nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier&apos;s contact id or uid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier by name: the contact of that name, or a new supplier in the company&apos;s country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expense or fixed-asset account, e.g. 612200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount paid, including VAT, e.g. 60.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT rate on the receipt, e.g. 21 (0 for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT as the receipt prints it, e.g. 10.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the receipt (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt&apos;s or invoice&apos;s number (default: R-DATE-N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was bought (default: the account&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt: a PDF, PNG, JPEG, WebP or HEIC file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid at once, in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the supplier with --supplier or --supplier-name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded expense %1 from %2 on %3: %4 %5 (VAT %6), %7%8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (new supplier)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>The number of a document to export; repeat for more, or use --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every issued document of the kinds this command exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write into; created when missing. Files of the same name are replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPdfCommand</name>
    <message>
        <source>Write the PDF of issued quotes, invoices and credit notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes one PDF per issued document into DIR, named after its kind and number (invoice-2026-0001.pdf), exactly as the desktop app prints it: the company&apos;s template, the legal mentions in the customer&apos;s language and, on invoices in euro, the payment QR code. Prints the path of each file written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>say where to write the files with -o DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportUblCommand</name>
    <message>
        <source>Write issued invoices and credit notes as Peppol BIS 3.0 UBL files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes one UBL 2.1 file per issued invoice or credit note into DIR (invoice-2026-0001.xml), as Peppol BIS Billing 3.0 requires it: endpoint ids, VAT breakdown, payment means with the structured communication, and the PDF of the document embedded (leave it out with --no-pdf). Prints the path of each file written. With --all, a document for a customer without a Peppol address (a consumer) is skipped with a notice; any other document Peppol would refuse is reported and stops the export (exit 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not embed the PDF of each document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: the customer has no Peppol address; send the PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>Choose a country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an ISO country code such as BE, NL or DE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address contains no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address has exactly one @, as in name@example.be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address has a name before the @ and a domain such as example.be after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address contains no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address starts with http:// or https://, or with the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address names a domain such as www.example.be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Belgian postal code has 4 digits, such as 9000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Dutch postal code has 4 digits and 2 letters, such as 1012 AB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enterprise number %1 does not match the VAT number %2: a Belgian VAT number is BE followed by the enterprise number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileChecks</name>
    <message>
        <source>every page decrypts and passes its HMAC, the database structure (b-trees, indexes) is consistent, and every reference between records points at a record that exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every entry balances (the database refuses any that does not), and the stored totals per account and month equal the sums of the journal lines they summarise</source>
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
    <name>FiscalYearClosing</name>
    <message>
        <source>A fiscal year ends after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fiscal year lasts at most 24 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a fiscal year that is over can be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal year %1 to %2 is closed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing of the fiscal year %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixedPoint</name>
    <message>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a plain decimal number: use digits, an optional leading minus and a decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decimals are allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At most %n decimal(s) allowed.</source>
        <translation>
            <numerusform>At most %n decimal allowed.</numerusform>
            <numerusform>At most %n decimals allowed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralLedger</name>
    <message>
        <source>General ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balances: debit positive, credit negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpCommand</name>
    <message>
        <source>Show the list of commands, or the usage of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without COMMAND, lists every command. With it, shows the command&apos;s arguments, options and examples; &apos;%1 COMMAND --help&apos; does the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to describe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpFormatter</name>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--verbose] COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help COMMAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasboek&apos;s command line: create, inspect, check and re-key the encrypted company file that holds a freelancer&apos;s books.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrases are never taken from the command line. They come from the environment variable KASBOEK_PASSPHRASE (and KASBOEK_NEW_PASSPHRASE for passwd) when set, otherwise from --passphrase-fd N, otherwise from a prompt on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure not covered below (for example, refusing to overwrite a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error: unknown command or option, missing argument, no passphrase source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase (or not a Kasboek file that could be unlocked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file unusable: corrupt, foreign, from a newer version, in use, missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input rejected by validation; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 help COMMAND&apos; for the arguments and options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands of &apos;%1&apos;:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Iban</name>
    <message>
        <source>No IBAN was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IBAN contains only the letters A to Z and the digits 0 to 9, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IBAN starts with a two-letter country code, such as BE or NL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a country that Kasboek knows IBANs of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IBAN from %1 has %2 characters, not %3. Check for a missing or extra character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The third and fourth characters of an IBAN are digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 of this IBAN should be a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 of this IBAN should be a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 of this IBAN should be a letter or a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digits do not match the rest of this IBAN. Check for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last two digits of this Belgian account number do not match the rest of it. Check for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid IBAN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportBankCommand</name>
    <message>
        <source>Import bank statements (camt.053, CODA, MT940).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads each statement file, whatever its name: ISO 20022 camt.053 (XML, version 001.02 and later), Belgian CODA or MT940, recognised from the content. Every statement must add up: its opening balance and its movements make its closing balance. Its movements land in the bank journal of its account (the IBAN on the statement); an account Kasboek has not seen gets a bank journal and a ledger account of its own. The movements wait there to be reconciled with invoices and expenses: the import posts nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement imported before, or the movements an overlapping statement repeats, are not imported twice. A statement whose opening balance is not what the statement before it closed with is imported with a warning: one is missing or wrong. All or nothing: a file that is not a statement, is malformed or does not add up is refused with one line naming it (exit code 5), and nothing of any file is written. --format json prints what became of each statement (see docs/cli.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement file of the bank; several may be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large to be a bank statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new movements</source>
        <translation>
            <numerusform>%n new movement</numerusform>
            <numerusform>%n new movements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported before</source>
        <translation>
            <numerusform>%n imported before</numerusform>
            <numerusform>%n imported before</numerusform>
        </translation>
    </message>
    <message>
        <source>(A new account: journal %1.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2%3 of %4, %5 to %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: imported before, nothing added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3; closes with %4 %5 in journal %6.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportJournalCsvCommand</name>
    <message>
        <source>Import journal lines from the neutral journal CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads CSV (UTF-8, comma-separated, one row per split) with exactly this header, in this order:
date,txn_id,account_code,account_name,debit_cents,credit_cents,description,counterparty
The rows of one txn_id follow each other and form one balanced entry on one date (YYYY-MM-DD); amounts are whole cents on one side of a row. Each transaction becomes an entry of the general journal (or of --journal) with the txn_id as its reference. An account code the chart lacks is added, with the type the first segment of account_name gives (Assets, Liabilities, Equity, Income, Expenses) and the rest of the path as its name; a code the chart has with another type is refused. Rows of 0 on both sides are left out, and a transaction without any amount is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All or nothing: a file with any error, a date in a closed period, or a first or last transaction imported into the journal before, is refused with one line naming the line of the CSV (exit code 5), and nothing is written. Prints one line with what was imported; --format json prints the same as one JSON object (see docs/cli.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal the entries go to (default: GEN, the general journal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported no entries;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entries (%1 lines) from %2 to %3;</source>
        <translation>
            <numerusform>Imported %n entry (%1 lines) from %2 to %3;</numerusform>
            <numerusform>Imported %n entries (%1 lines) from %2 to %3;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts created.</source>
        <translation>
            <numerusform>%n account created.</numerusform>
            <numerusform>%n accounts created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transactions without any amount skipped.</source>
        <translation>
            <numerusform>%n transaction without any amount skipped.</numerusform>
            <numerusform>%n transactions without any amount skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportUblCommand</name>
    <message>
        <source>Import suppliers&apos; Peppol BIS 3.0 invoices and credit notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads each XML file (UBL 2.1 Invoice or CreditNote, Peppol BIS Billing 3.0) and stores it as an issued purchase document with the files it carries and the original XML. The supplier is matched on its VAT, enterprise or KvK number, or added as a new supplier. A file that is malformed, does not add up, is addressed to another company or was imported before is refused and writes nothing; the others are still imported. Exit code 5 when any file was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supplier&apos;s UBL file; several may be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large to be an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 from %4, %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (new supplier)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Show a file&apos;s format version, key derivation, cipher and record counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocks FILE and prints its file format version, the key derivation parameters it was encrypted with, the cipher, its size on disk and the number of records in each table. With --format json the same as one JSON object (see docs/cli.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key derivation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iterations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lanes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 with %3 per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceRequirements</name>
    <message>
        <source>Your company&apos;s name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company&apos;s address (street, postal code and city) must be on every invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company&apos;s country is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your VAT number must be on every invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your VAT number &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Belgian invoice must show your enterprise number (KBO/BCE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your enterprise number &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Dutch invoice must show your KvK number (Chamber of Commerce).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your KvK number &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s address (street, postal code and city) must be on the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s country is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the VAT is reverse-charged or the supply is intra-Community, the customer&apos;s VAT number must be on the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s VAT number &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date lies before the issue date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 does not say what was supplied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has no quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has a negative unit price; use a negative quantity or a credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why no VAT is charged for VAT category %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice in %1 needs the exchange rate to the euro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note must name the invoice it corrects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note must give the date of the invoice it corrects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid structured communication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid RF creditor reference.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicesIssueCommand</name>
    <message>
        <source>No issued invoice has the number &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is not addressed to contact %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue an invoice, credit note or quote described in JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the document&apos;s JSON description (docs/cli.md has the format; &apos;-&apos; reads it from standard input): its type, the contact (id or uid, see &apos;contacts list&apos;), the dates, what differs from the contact&apos;s defaults, and the lines. A credit note names the invoice it corrects and repeats its lines unless it lists its own. The document is checked as the editor checks it, then issued with the next number of its series and posted to the ledger, all in one step: when anything is wrong, the error names the JSON field (exit code 5) and nothing is stored, no number is used. --draft stores it as a draft instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the number and totals (--format json: the stored document, amounts as decimal strings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store a draft; do not issue it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input cannot carry both the description and the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %1 %2 to %3: %4 %5 (VAT %6), due %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored draft %1 (%2) for %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicesListCommand</name>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List invoices, credit notes, quotes and purchase documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints documents by issue date, newest first (drafts, which have no date yet, last): id, type, status, number, issue and due date, contact id and name, currency, total including VAT and what was paid. --limit bounds the list (default 100; 0 for all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only documents of this type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on or after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on or before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this contact&apos;s (id or uid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only documents whose number or counterparty contains TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a number, 0 for all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicingService</name>
    <message>
        <source>Only quotes, invoices and credit notes are drafted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft that was never saved is issued as new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note corrects one of your issued invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is credited in full already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an issued quote is accepted, declined, cancelled or converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote is %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote is %1; it is not made into an invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice was made from this quote already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The excess and the write-off of a payment follow from what is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is settled already; nothing more is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 %2 is still due on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is still due on %3: more than the %4 %2 written off at most.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalCsvReader</name>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (transaction %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character in a field (only tab is allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one: quote the whole field and double the quotes inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote of a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a control character in a field (only tab is allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a field is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1: the header must be exactly &quot;%1&quot;, in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date written YYYY-MM-DD (from 1900 on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; is not a whole number of cents (digits only: no sign, no decimals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is more than %3 cents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 fields where a row has %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the row has no txn_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the row has no account_code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the row has no account_name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: neither debit_cents nor credit_cents has a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: both debit_cents and credit_cents hold an amount; a row has one or the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the date %2 differs from the transaction&apos;s first row (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 rows in one transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: transaction %2 comes again after other transactions; the rows of one transaction must follow each other.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalImporter</name>
    <message>
        <source>Line %1 (transaction %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no journal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account_name &quot;%1&quot; of account %2 does not start with Assets, Liabilities, Equity, Income or Expenses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 is of type %2 in the chart of accounts, but the file makes it %3 (&quot;%4&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this transaction was imported into journal %1 before; the file is not imported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the txn_id is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the counterparty is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the description is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalListing</name>
    <message>
        <source>Journal %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All journals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalRepository</name>
    <message>
        <source>The journal does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no journal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no %1 journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal code has 1 to 20 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the journal a name of at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bank or cash journal needs the account its money is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a bank or cash journal has an account of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a bank journal has an IBAN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonObjectReader</name>
    <message>
        <source>%1 must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a field of this format (it has: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number or a decimal string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
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
    <name>KvkNumber</name>
    <message>
        <source>No KvK number was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A KvK number contains only digits, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A KvK number has 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid KvK number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>A reversal is not reversed again; post a new entry instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry was reversed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing of a fiscal year cannot be reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal of entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 takes the difference of the opening balances; give it no balance of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one opening balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the last day of the period to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a period that is over can be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The books are closed up to %1; a closed period cannot be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerCheck</name>
    <message>
        <source>Account %1, %2: the lines add up to debit %3 and credit %4, the stored totals say debit %5 and credit %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger does not balance: total debit %1, total credit %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n journal line(s) belong to no entry.</source>
        <translation>
            <numerusform>%n journal line belongs to no entry.</numerusform>
            <numerusform>%n journal lines belong to no entry.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerSetup</name>
    <message>
        <source>The file has a chart of accounts already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
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
    <name>Money</name>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in different currencies cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mt940Account</name>
    <message>
        <source>the account &quot;%1&quot; is not an IBAN; Kasboek needs the IBAN of the account a statement is for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mt940Amount</name>
    <message>
        <source>the amount &quot;%1&quot; is not digits with a decimal comma, such as 1234,56.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; is longer than the %2 characters MT940 allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; has more decimals than %2 allows (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mt940Balance</name>
    <message>
        <source>a balance is written as C or D, the date (YYMMDD), the currency and the amount, such as C230131EUR1234,56; this one is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the balance must start with C (credit) or D (debit), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYMMDD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the currency &quot;%1&quot; is not one Kasboek knows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mt940Field</name>
    <message>
        <source>%1 on line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mt940Reader</name>
    <message>
        <source>The file is %1 MiB; an MT940 file Kasboek reads is at most %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the message on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next statement on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this field is outside a statement: each statement starts with :20:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an MT940 file: line %1 is not part of a statement, and no statement (:20:) follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no MT940 statement: it has no :20: field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mt940StatementBuilder</name>
    <message>
        <source>The statement that starts on line %1 has no closing balance (:62F:): %2 comes first. The file is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statement that starts on line %1 already has an opening balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement that starts on line %1 has no account (:25:) before its closing balance on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement that starts on line %1 has no opening balance (:60F:) before its closing balance on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the closing balance is in %1, the opening balance in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:61: on line %1: the movement comes before the opening balance (:60F:) of the statement that starts on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mt940StatementLine</name>
    <message>
        <source>the movement must start with its value date (YYMMDD), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entry date (MMDD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the dates comes D, C, RD or RC, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the amount comes the transaction type (N, F or S and three characters, such as NTRF), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberPattern</name>
    <message>
        <source>The width in {%1} must be a digit from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1} is not a token of a number pattern; use {year}, {yy}, {month}, {seq} or {seq:4}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number pattern, for example {year}-{seq:4}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number pattern has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A { in the number pattern is not closed with }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A } in the number pattern has no { before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be part of a document number; use letters, digits and - _ / . #.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number pattern needs the sequence number: {seq} or {seq:4}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number pattern has one sequence number, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pattern with {month} also needs {year} or {yy}, or its numbers repeat every year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberSeriesRepository</name>
    <message>
        <source>There is no default numbering series for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A numbering series keeps the document type it numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make another series the default; this one then stops being it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An archived series cannot be the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default series cannot be archived; make another series the default first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number is given for a valid issue date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbering series is archived; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers up to %1 were already given out in this series; the next one is at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The series numbers %n document(s) and cannot be deleted; archive it instead.</source>
        <translation>
            <numerusform>The series numbers %n document and cannot be deleted; archive it instead.</numerusform>
            <numerusform>The series numbers %n documents and cannot be deleted; archive it instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>The default series cannot be deleted; make another series the default first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only quotes, invoices and credit notes are numbered by a series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series name has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbering series does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list cannot start before its first row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series&apos; id and uid belong to different series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A numbering series with this id is already stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseSource</name>
    <message>
        <source>Read the current passphrase from the first line of file descriptor N and, unless KASBOEK_NEW_PASSPHRASE or --new-passphrase-fd gives it, the new one from the next line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of file descriptor N (when KASBOEK_PASSPHRASE is not set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of file descriptor N (when KASBOEK_NEW_PASSPHRASE is not set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrases are never taken from the command line. The current passphrase comes from KASBOEK_PASSPHRASE when it is set, otherwise from the next line of --passphrase-fd, otherwise from a prompt on the terminal. The new one comes from KASBOEK_NEW_PASSPHRASE when it is set, otherwise from the next line of --new-passphrase-fd (or, without it, of --passphrase-fd), otherwise from the terminal, where it is asked twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrases are never taken from the command line. The passphrase comes from the environment variable KASBOEK_PASSPHRASE when it is set, otherwise from the first line of --passphrase-fd, otherwise from a prompt on the terminal without echo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --%1 needs a file descriptor number, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --%1: file descriptor %2 is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file descriptor %1 could not be read for a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file descriptor %1 ended before a passphrase was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is longer than %n bytes.</source>
        <translation>
            <numerusform>The passphrase is longer than %n byte.</numerusform>
            <numerusform>The passphrase is longer than %n bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>no new passphrase: set KASBOEK_NEW_PASSPHRASE, use --new-passphrase-fd N or a second line on --passphrase-fd, or run on a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no passphrase: set KASBOEK_PASSPHRASE, use --passphrase-fd N, or run on a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be read from the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrases do not match; nothing was changed.</source>
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
    <name>PasswdCommand</name>
    <message>
        <source>Change the passphrase of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unlocks FILE with its current passphrase, then re-encrypts it under the new one (at least %n characters) with a fresh salt and the current key derivation parameters. The change is atomic: afterwards only the new passphrase opens the file; if it is interrupted, only the old one does.</source>
        <translation>
            <numerusform>Unlocks FILE with its current passphrase, then re-encrypts it under the new one (at least %n characters) with a fresh salt and the current key derivation parameters. The change is atomic: afterwards only the new passphrase opens the file; if it is interrupted, only the old one does.</numerusform>
            <numerusform>Unlocks FILE with its current passphrase, then re-encrypts it under the new one (at least %n characters) with a fresh salt and the current key derivation parameters. The change is atomic: afterwards only the new passphrase opens the file; if it is interrupted, only the old one does.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed the passphrase of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentPosting</name>
    <message>
        <source>The bank charges are more than the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment difference written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in excess, kept on account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentRepository</name>
    <message>
        <source>Bank charges, an excess and a write-off are in the currency of the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank charges, an excess and a write-off are not negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 %2 of a payment is written off as a difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A write-off is less than what the payment settles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment with an excess has nothing to write off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund of a credit note is at most what the credit note owes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank charges are less than the amount paid (%1 %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The excess is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown payment method &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment is a positive amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment reference has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an issued invoice or credit note is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment is in %1, the document in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is too old for bank charges, an excess or a write-off; open it to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentsRecordCommand</name>
    <message>
        <source>The supplier has no invoice or credit note %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoice or credit note has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a payment of an invoice or credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records money received for one of your invoices, refunded for one of your credit notes, or (with --supplier) paid for a supplier&apos;s invoice, and posts it to the ledger in the same step: the bank (or the cash box for --method cash) against the customer&apos;s or supplier&apos;s account. The amount is in the document&apos;s currency, as the payer sent it. More than is still due is refused with the amount due (exit code 5), unless --keep-excess keeps the rest on the customer&apos;s account as a credit; less leaves the rest due, unless --write-off settles a small shortfall (at most 1.00) as a payment difference. --bank-charges books the bank&apos;s fee (withheld from money in, charged on top of money out) as a cost. Nothing is stored when anything is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice or credit note number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount paid, e.g. 1210.00 (default: everything still due).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment date (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was paid (default: bank_transfer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank&apos;s reference or the remittance text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank&apos;s fee on this payment, e.g. 7.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle the invoice and keep what was paid too much as a credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle the document; write a small shortfall off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supplier&apos;s document: the supplier&apos;s id or uid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep-excess and --write-off exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount needs an amount in %1 such as 1210.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is settled already; nothing more is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bank-charges needs an amount in %1 such as 7.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 %2 on %3 for %4; still due: %5 %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>The PDF cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeppolParticipantId</name>
    <message>
        <source>No Peppol id was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Peppol id is a scheme and a value separated by a colon, such as 0208:0123456749.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Peppol scheme is a 4-digit code, such as 0208.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peppol scheme %1 is for VAT numbers of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Dutch OIN (Peppol scheme 0190) has 20 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peppol scheme %1 is not supported; Kasboek knows 0208 and 9925 (Belgium) and 0106, 0190 and 9944 (the Netherlands).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasboek derives Peppol ids only from Belgian and Dutch VAT numbers, not from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodLockCommand</name>
    <message>
        <source>Close the books up to a date, or show up to when they are closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --through, closes every period up to and including that date, typically the last day of a VAT period once its return is filed: nothing dated on or before it can be posted, changed or deleted any more, and the lock only moves forward. The date must be over. Without --through, prints the date the books are closed through (or that none is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--through needs a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The books are closed through %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message numerus="yes">
        <source>The product is used on %n document line(s) and cannot be deleted; archive it instead.</source>
        <translation>
            <numerusform>The product is used on %n document line(s) and cannot be deleted; archive it instead.</numerusform>
            <numerusform>The product is used on %n document line(s) and cannot be deleted; archive it instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>The product does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list cannot start before its first row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product&apos;s id and uid belong to different products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product with this id is already stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another product already has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductValidator</name>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a unit Kasboek knows; choose one such as hour, day or unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit price is not negative; give a discount as an allowance or credit note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfitAndLoss</name>
    <message>
        <source>Profit and loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before closing: entries closing a fiscal year are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchaseImporter</name>
    <message>
        <source>This document is addressed to %1 (VAT number %2), not to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier&apos;s original UBL file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrCodeImage</name>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QR code of text cannot hold a NUL byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is too long for a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecurrenceSchedule</name>
    <message>
        <source>Choose the date of the first invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown frequency &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecurringInvoices</name>
    <message>
        <source>Only invoices recur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter today&apos;s date.</source>
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
    <name>RecurringTemplateContent</name>
    <message>
        <source>A recurring invoice in this file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecurringTemplateRepository</name>
    <message>
        <source>The recurring invoice does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the first invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last invoice made cannot lie before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer to invoice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderOptions</name>
    <message>
        <source>The day the reminders are for (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formal notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderPdfRenderer</name>
    <message>
        <source>The reminder has no date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder has no invoice number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to pay on this reminder: its total is zero or negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amounts of the reminder are in different currencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template leaves the payment QR code out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing left to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderPolicy</name>
    <message>
        <source>The first reminder goes out 0 to 365 days after the due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second reminder must come after the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The formal notice must come after the second reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interest rate lies between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compensation cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown reminder level %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderRepository</name>
    <message>
        <source>The reminder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder asks for a positive amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interest is a positive amount in the invoice&apos;s currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compensation is a positive amount in the invoice&apos;s currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder is for an invoice past its due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interest rate is between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an issued sales invoice gets a reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder is in %1, the invoice in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are sent one level after the other.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>A reminder setting in this file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixed compensation is an amount in euro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an issued sales invoice gets a reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invoice is not due for a reminder on that date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersDueCommand</name>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the overdue invoices that are due for a reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the issued invoices with an amount outstanding whose next reminder (first, second or formal notice, after the days set in the file) is due on the date, with the late-payment interest and fixed compensation that reminder would claim. Amounts are plain decimals in the invoice&apos;s currency. Nothing is recorded: &apos;kasboek-cli reminders send&apos; does that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no invoice is due for a reminder on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersLettersCommand</name>
    <message>
        <source>The number of an invoice; repeat for more, or use --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters of every invoice that had reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write again the letters of reminders already sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the letter of every reminder recorded for each invoice into DIR as reminder-LEVEL-NUMBER.pdf, with the amounts and date it was sent with. Records nothing. Prints the path of each letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reminder has been recorded for these invoices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersSendCommand</name>
    <message>
        <source>The number of an overdue invoice; repeat for more, or use --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every invoice that is due for a reminder on the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the next reminder of overdue invoices and write the letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each invoice (all that are due with --all) records its next reminder on the date (first, second or formal notice, with the interest and compensation the file&apos;s settings claim) and writes the letter in the invoice&apos;s language into DIR as reminder-LEVEL-NUMBER.pdf. Prints the path of each letter. A named invoice that is not due for a reminder is refused (exit code 5); the others are still sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not due for a reminder on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no invoice is due for a reminder on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCatalog</name>
    <message>
        <source>No contact has the id or uid &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a financial report: trial balance, profit and loss, balance sheet, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports on the books of FILE. NAME is one of: %1. The period runs from --from through --to, both included; --to defaults to today and --from to the 1st of January of --to&apos;s year. The profit and loss compares the period with the one before it (a year with the year before, a quarter with the quarter before, a month with the month before, any other period with as many days just before it); the balance sheet and the aged balances are at --to. &apos;ledger&apos; needs --account CODE; &apos;journal&apos; takes --journal CODE for one journal; &apos;statement&apos; needs --contact ID, the customer or supplier whose account it shows (the id or the uid &apos;contacts list&apos; shows).

--format text (the default) prints aligned columns for people; csv one row per line with a header (comma-separated, decimal point); json the report&apos;s own structure with amounts as decimal strings (see docs/cli.md). xlsx and pdf write a workbook or a PDF and need -o FILE; -o writes any format to a file instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the period (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger: the account, by its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal: only this journal, by its code (SAL, PUR, GEN, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement: the customer or supplier, by its id or uid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report to this file instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown report &apos;%1&apos; (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is after today, and --to defaults to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report %1 needs --account CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report %1 needs --contact ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format %1 needs -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCsvWriter</name>
    <message>
        <source>The CSV file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file could not be written completely.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPageChrome</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdfRenderer</name>
    <message>
        <source>The PDF cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>The period needs a first day between 1900 and 9999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period needs a last day between 1900 and 9999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends on %1, before it starts on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportXlsxWriter</name>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has more rows than a worksheet can hold (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has more columns than a worksheet can hold (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>A setting needs a name.</source>
        <translation type="unfinished"></translation>
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
    <name>Statement</name>
    <message>
        <source>Bank charges withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment difference written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in excess, kept on account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: what the customer owes you, or what you owe the supplier; negative: a credit in their favour or yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open document(s) in another currency without an exchange rate left out.</source>
        <translation>
            <numerusform>%n open document in another currency without an exchange rate left out.</numerusform>
            <numerusform>%n open documents in another currency without an exchange rate left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On account, not allocated to a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoredValue</name>
    <message>
        <source>A record in the file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StructuredCommunication</name>
    <message>
        <source>No structured communication was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A structured communication contains only digits, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A structured communication has 12 digits, as in +++123/4567/89002+++.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last two digits of this structured communication do not match the rest of it. Check for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid structured communication.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <source>The record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrialBalance</name>
    <message>
        <source>Trial balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before closing: entries closing a fiscal year in the period are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balances: debit positive, credit negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UblLineWriter</name>
    <message>
        <source>Line %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has no unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has a negative price.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UblParseAllowanceCharge</name>
    <message>
        <source>An allowance or charge amount must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UblParseAttachment</name>
    <message>
        <source>A supporting document is a link to an outside address; it was not downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file embeds too many attachments (at most %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment of type &quot;%1&quot; was left out: Peppol allows only PDF, PNG, JPEG, CSV and spreadsheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An embedded attachment is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An embedded attachment is too large (at most %1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded attachments are too large together (at most %1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment that claims to be %1 is something else; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of an attachment was made safe: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UblParseLine</name>
    <message>
        <source>The price is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price per base quantity cannot be kept exactly as a unit price with four decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit price was rounded to four decimals; the line amount is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity needs a unit code (UN/ECE Recommendation 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is not in the document currency %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The net price of an item must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price base quantity must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges on a line (BG-28) cannot be imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An allowance amount must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line&apos;s allowance of %1 %2 cannot be kept as a discount percentage of its amount %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UblParseParty</name>
    <message>
        <source>supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1&apos;s name is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1&apos;s country is not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1&apos;s VAT number is not valid and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identifier of the %1 (enterprise, KvK or Peppol number) is not valid and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UblParseTotals</name>
    <message>
        <source>The VAT total in the tax currency is given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT total in the tax currency must not have a VAT breakdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT total is given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This VAT category and rate appear twice in the VAT breakdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VAT total is given in the document currency %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UblParseTree</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 bytes of XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large for an invoice (%1 MB; at most %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 encoded, as Peppol requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1, column 1: UTF-16 byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains bytes that are not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains a document type declaration (DOCTYPE), which an invoice never needs; it is refused for safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file refers to an undeclared entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file nests its elements too deeply (more than %1 levels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has too many elements (more than %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An element has too many attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attribute value is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An embedded attachment is too large (at most %1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text value in the file is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends too early: it looks truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not well-formed XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains no XML element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This element may appear only once here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file lacks the mandatory element %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file lacks the mandatory element %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the element that should contain it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UblParseValues</name>
    <message>
        <source>This element must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount has no currencyID attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is in %1 but the document is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid amount in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number Kasboek can keep exactly (at most four decimals): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code Kasboek knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VAT category code of EN 16931.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VAT rate between 0 and 100 with at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither true nor false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only VAT is supported as tax scheme, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UblPartyIdentifiers</name>
    <message>
        <source>The seller&apos;s Peppol id is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer&apos;s Peppol id is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller&apos;s enterprise number is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer&apos;s enterprise number is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller&apos;s KvK number is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer&apos;s KvK number is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller&apos;s VAT number is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer&apos;s VAT number is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller has no Peppol id, and none follows from an enterprise, KvK or VAT number: Peppol needs an electronic address for both parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer has no Peppol id, and none follows from an enterprise, KvK or VAT number: Peppol needs an electronic address for both parties.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UblPartyWriter</name>
    <message>
        <source>The seller has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller has no valid country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer has no valid country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller&apos;s VAT number is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer&apos;s VAT number is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UblPaymentWriter</name>
    <message>
        <source>The structured communication is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The creditor reference is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller&apos;s IBAN is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller&apos;s BIC is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UblReader</name>
    <message>
        <source>The supplier states that %1 %2 was paid already; record that payment separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount due includes a rounding of %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UblReaderAmounts</name>
    <message>
        <source>The document has too many lines (at most %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line amounts are too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document-level allowance has a VAT category and rate that no line has; Kasboek cannot keep it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document-level allowances are not one discount percentage over all lines; Kasboek cannot keep them exactly yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document-level allowances are kept as a discount of %1 % over all lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exemption reason given for VAT category %1 was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT category %1 needs an exemption reason (code or text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VATEX exemption reason code of VAT category %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT total in %1 was ignored: the document is in euro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is in %1 and does not state its VAT in euro: enter the exchange rate before booking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT in euro is not zero while the VAT is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is in %1 and has no VAT to derive an exchange rate from: enter the exchange rate before booking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT in euro does not match the VAT in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable exchange rate follows from the VAT in euro.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UblReaderHeader</name>
    <message>
        <source>This is not a UBL invoice or credit note: its root element is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 element is not in the UBL 2.1 namespace (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 must not contain %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an EN 16931 (European e-invoicing) document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>specification identifier &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file follows &quot;%1&quot; rather than Peppol BIS Billing 3.0; it was read by the EN 16931 rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document type code Peppol allows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document type code is %1; it is imported as a plain %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file refers to several earlier invoices; only the first is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file offers several ways to pay; only the first is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier&apos;s account number is not a valid IBAN and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier&apos;s BIC is not valid and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UblReaderTotalsCheck</name>
    <message>
        <source>stated %1, computed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount of line %1 does not add up: quantity × net price, less its allowances, gives a different amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sum of the line amounts does not match the stated total (BR-CO-10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sum of the document allowances does not match the stated total (BR-CO-11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sum of the document charges does not match the stated total (BR-CO-12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total without VAT does not match the lines, allowances and charges (BR-CO-13).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT breakdown has no group for VAT category %1, which the lines use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The taxable amount of VAT category %1 does not match the lines, allowances and charges in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT of category %1 is not its taxable amount × its rate, rounded to the cent (BR-CO-17).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT breakdown has a group for VAT category %1, which no line, allowance or charge uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT total is not the sum of the VAT breakdown (BR-CO-14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total with VAT is not the total without VAT plus the VAT (BR-CO-15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount due does not match the total with VAT, less what was paid, plus rounding (BR-CO-16).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UblWriter</name>
    <message>
        <source>A quote is an offer, not an invoice: it cannot be sent as an e-invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the document first: a draft has no number yet and may still change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no issue date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note names the invoice it corrects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peppol cannot carry the attachment &quot;%1&quot;: only PDF, PNG, JPEG, CSV and spreadsheet files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The totals stored with the document differ from what its lines add up to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document needs a due date or payment terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Dutch e-invoice needs the seller&apos;s IBAN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitCodes</name>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kilometre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>square metre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kilogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>litre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lump sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VatCategories</name>
    <message>
        <source>Unknown VAT category code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT category %1 (standard rate) needs a rate above 0 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT category %1 allows only a 0 % rate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VatExemptionReason</name>
    <message>
        <source>Unknown VAT exemption reason code (VATEX).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VatForms</name>
    <message>
        <source>Operations at 0 % and under a special regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations at 6 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations at 12 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations at 21 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services to customers in other EU countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations where the Belgian customer pays the VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt intra-Community supplies of goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other exempt operations and operations abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes issued for grids 44 and 46</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes issued for the other grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade goods, raw materials and consumables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services and miscellaneous goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes received for grids 86 and 88</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes received for the other grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intra-Community acquisitions of goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other incoming operations on which you owe the VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services from suppliers in other EU countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT due on grids 01, 02 and 03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT due on grids 86 and 88</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT due on grid 87</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductible VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT to repay on credit notes received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT to recover on credit notes issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance payable to the State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance owed by the State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1a Supplies and services at 21 %: turnover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1a Supplies and services at 21 %: VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1b Supplies and services at 9 %: turnover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1b Supplies and services at 9 %: VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1c Supplies and services at other rates: turnover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1c Supplies and services at other rates: VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1e Supplies and services at 0 % or not taxed with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2a Supplies and services reverse-charged to you: turnover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2a Supplies and services reverse-charged to you: VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3a Supplies to countries outside the EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3b Supplies and services to other EU countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4a Supplies and services from outside the EU: turnover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4a Supplies and services from outside the EU: VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4b Supplies and services from EU countries: turnover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4b Supplies and services from EU countries: VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5a VAT owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5b Input VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5c Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5g Total to pay (negative: to reclaim)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VatNumber</name>
    <message>
        <source>ATU followed by 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BE followed by 10 digits, the first 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BG followed by 9 or 10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CY followed by 8 digits and a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CZ followed by 8 to 10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DE followed by 9 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DK followed by 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EE followed by 9 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EL followed by 9 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ES followed by 9 characters: a letter or digit, 7 digits, a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FI followed by 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FR followed by 2 letters or digits and 9 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR followed by 11 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HU followed by 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IE followed by 7 digits and 1 or 2 letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT followed by 11 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LT followed by 9 or 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LU followed by 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LV followed by 11 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MT followed by 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NL followed by 9 digits, the letter B and 2 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PL followed by 10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PT followed by 9 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RO followed by 2 to 10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SE followed by 12 digits, the last two 01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SI followed by 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SK followed by 10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XI followed by 9 or 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VAT number was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VAT number contains only the letters A to Z and the digits 0 to 9, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VAT number starts with its country code, such as BE or NL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the prefix of an EU VAT number (Greece uses EL, Northern Ireland XI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a VAT number of %1: it should be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digits of this VAT number do not match the rest of it. Check for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid VAT number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VatRate</name>
    <message>
        <source>A VAT rate lies between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VatRateTable</name>
    <message>
        <source>The built-in VAT rate table is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT rate table has an unknown entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT rate table is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT rate table must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This VAT rate table format is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT rate table lists no countries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each country must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A country must be a two-letter ISO code such as BE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A country must list its rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each rate must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of a rate must be standard, reduced, reduced2 or zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rate must be written as text, such as &quot;21&quot; or &quot;5.5&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zero kind must have rate 0, and only it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validFrom must be a date such as 2019-01-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validTo must be a date such as 2018-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validTo lies before validFrom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two rates of the same kind or value overlap in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VatReturn</name>
    <message>
        <source>A VAT return covers a period: its end comes after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger holds a VAT code this version cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return has no box %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VatReturnReport</name>
    <message>
        <source>Kasboek computes the VAT returns of Belgium and the Netherlands; this company is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic VAT return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT return (omzetbelasting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearCloseCommand</name>
    <message>
        <source>give either --year or --from and --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year needs a year such as 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to need dates as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a fiscal year and carry its result to equity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts the closing entry, dated the year&apos;s last day, that brings every income and expense account to zero and carries the year&apos;s result to the retained-earnings account (BE 140000), then closes the year for good and the books through its last day. The year must be over and must not overlap a closed one. --year closes a calendar year; --from and --to a fiscal year of up to 24 months. Prints the result (profit positive, loss negative).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar year to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal year&apos;s first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal year&apos;s last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed the fiscal year %1 to %2: result %3 EUR.</source>
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
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
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
