#pragma once

#include "domain/Money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace kasboek::exchange::bank {

// One movement of a CODA statement as its records 2.1, 2.2 and 2.3 give it, and the information
// records 3.x that refer to it, before CodaGlobalisation decides whether it is booked itself or
// through its details. Filled by CodaStatementParser.
struct CodaMovement
{
    int line = 0; // of its record 2.1
    int sequence = 0; // continuous sequence number
    int detail = 0; // detail number: 0 for the movement itself, > 0 for a detail of a global one
    // The first digit of the transaction code: 0 a simple amount, 1/2 globalised by the customer
    // or the bank (details 5, 6 and 7 follow), 3 with details (8), 9 a detail of a detail (7).
    QChar type;
    qint64 thousandths = 0; // signed, as written (three implied decimals)
    domain::Money amount; // the same in minor units of the statement's currency
    QDate valueDate; // invalid when the file says 000000
    QDate entryDate; // invalid only for a detail that leaves it to its global movement
    QString bankReference;
    QString transactionCode;
    bool structured = false;
    // The communication zones of 2.1, 2.2 and 2.3 joined as written: a word may run on from one
    // record into the next.
    QString communication;
    QString endToEndId;
    QString bic;
    QString counterpartyAccount;
    QString counterpartyName;
    QList<QString> information; // free text of the information records 3.x
    QString informationName; // the counterparty's name from structured information 001
};

} // namespace kasboek::exchange::bank
