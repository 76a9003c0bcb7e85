#pragma once

#include "domain/Money.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace kasboek::storage {

enum class PaymentMethod { BankTransfer, Cash, Card, DirectDebit, Other };

// Money that settles part or all of an issued document, as the payments table stores it:
// received for a sales invoice, refunded for a sales credit note, paid to a supplier. Every
// amount is in the document's currency; the direction follows from the type.
//
// `amount` is what the payment settles of the document: positive, and never more than was
// still due when it was recorded, so a document's payments never settle more than its total.
// How the money that moved differs from it:
// - excess: received (or paid) on top of what was due. It does not settle the document; it
//   stays on the contact's account as a credit (a debit for a supplier), to be refunded or
//   set off against another document. Invoices only.
// - writeOff: the part of `amount` that was never received (or paid), written off as a
//   payment difference; less than `amount`, and no excess with it.
// - bankCharges: the bank's fee, withheld from money coming in, or charged on top of money
//   going out; less than what was paid of the document (amount - writeOff).
// received() is what the payer sent.
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
    // Last, with initializers, so that a payment written as {id, uid, ..., createdAt} still
    // means one without them. Zero is none, whatever its currency; stored in that of `amount`.
    domain::Money bankCharges = {};
    domain::Money excess = {};
    domain::Money writeOff = {};

    // amount - writeOff + excess, in minor units of the currency of `amount`.
    [[nodiscard]] qint64 received() const
    {
        return amount.minorUnits() - writeOff.minorUnits() + excess.minorUnits();
    }

    friend bool operator==(const Payment&, const Payment&) = default;
};

} // namespace kasboek::storage
