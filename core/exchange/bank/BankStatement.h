#pragma once

#include "domain/Currency.h"
#include "domain/Money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace kasboek::exchange::bank {

// One booked movement on a bank statement, as the bank reports it: what every statement format
// (camt.053, CODA, MT940, a mapped CSV) is read into, before anything is stored or matched.
// Text fields hold what the file says, trimmed; an absent field is an empty string.
struct BankTransaction
{
    QDate bookingDate;
    QDate valueDate; // invalid when the file gives none
    // Signed, in the statement's currency: positive is money in (a credit on the account),
    // negative is money out (a debit).
    domain::Money amount;
    QString counterpartyName;
    // The other party's account: an IBAN without spaces, upper case, when the file gives one;
    // otherwise the account number as written (old domestic numbers), or empty.
    QString counterpartyAccount;
    QString counterpartyBic;
    // A structured payment reference as carried in the structured remittance fields: the 12
    // digits of a Belgian structured communication, or an ISO 11649 "RF" creditor reference.
    QString structuredReference;
    // The free remittance information ("Mededeling", "Omschrijving"), its parts joined by one
    // space.
    QString remittanceText;
    // The bank's own reference of the movement when the file has one (camt AcctSvcrRef, the
    // CODA bank reference, the MT940 :61: bank reference): what tells two identical-looking
    // movements apart.
    QString bankReference;
    QString endToEndId; // the payer's end-to-end id, "NOTPROVIDED" dropped
    // The bank's transaction code as written (camt BkTxCd, the CODA code, the MT940 type): kept
    // for matching rules and shown to the user, never interpreted for amounts.
    QString transactionCode;
    // Where the movement starts in the file (1-based line), for messages.
    int sourceLine = 0;
};

// One statement of one account: its balances and its booked movements. A file may hold several
// (camt.053 <Stmt> elements, CODA or MT940 statements one after the other).
struct BankStatement
{
    // The account the statement is for, as an IBAN without spaces, upper case. (CODA and MT940
    // files of Belgian and Dutch banks give the IBAN; a reader refuses a statement without one.)
    QString accountIban;
    domain::Currency currency;
    // The bank's identification of the statement: camt <Stmt><Id> (or ElctrncSeqNb), the CODA
    // statement sequence number, the MT940 :28C: statement number. May be empty.
    QString statementId;
    QDate openingDate; // the date of the opening balance
    domain::Money openingBalance; // signed, as on the statement
    QDate closingDate; // the date of the closing balance
    domain::Money closingBalance;
    QList<BankTransaction> transactions; // booked movements only, in file order
    int sourceLine = 0; // where the statement starts in the file (1-based line)
};

} // namespace kasboek::exchange::bank
