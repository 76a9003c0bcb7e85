#pragma once

#include "domain/Money.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace kasboek::storage {

enum class PaymentMethod { BankTransfer, Cash, Card, DirectDebit, Other };

// Money that settles part or all of an issued document, as the payments table stores it:
// received for a sales invoice, refunded for a sales credit note, paid to a supplier. The
// amount is positive and in the document's currency; the direction follows from the type.
struct Payment
{
    qint64 id = 0; // row id; 0 until stored
    QUuid uid; // assigned on insert when null
    qint64 documentId = 0;
    QDate date;
    domain::Money amount;
    PaymentMethod method = PaymentMethod::BankTransfer;
    QString reference; // the bank's reference or remittance text; optional
    QDateTime createdAt; // UTC, set by the repository

    friend bool operator==(const Payment&, const Payment&) = default;
};

} // namespace kasboek::storage
