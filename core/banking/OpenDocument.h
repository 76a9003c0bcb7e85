#pragma once

#include "domain/Money.h"
#include "domain/documents/DocumentType.h"

#include <QDate>
#include <QString>

namespace kasboek::banking {

// An issued document money is still expected to move for, as the bank matching sees it: an
// invoice not fully paid (a customer's or a supplier's), or a credit note whose refund is due.
struct OpenDocument
{
    qint64 id = 0; // the document that a payment of it is recorded against
    domain::DocumentType type = domain::DocumentType::Invoice;
    QString number;
    qint64 contactId = 0;
    QString partyName; // the customer or supplier as the document names them
    QString partyAccount; // their IBAN, electronic form; empty when unknown
    QString paymentReference; // structured communication digits or RF reference; may be empty
    domain::Money open; // what is still to move, positive
    QDate dueDate;

    // Money comes in for a customer's invoice and a supplier's credit note.
    [[nodiscard]] bool expectsMoneyIn() const
    {
        return type == domain::DocumentType::Invoice || type == domain::DocumentType::PurchaseCreditNote;
    }
};

} // namespace kasboek::banking
