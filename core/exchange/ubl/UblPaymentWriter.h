#pragma once

#include "Error.h"
#include "UblDocumentContext.h"
#include "UblXmlWriter.h"

#include <QCoreApplication>
#include <QString>

namespace kasboek::exchange::ubl {

// Writes the payment instructions (PaymentMeans, BG-16) and the payment terms (BT-20).
//
// The means is a credit transfer to the seller's IBAN: code 58 (SEPA credit transfer) for euro
// to a SEPA account, 30 (credit transfer) otherwise, with the remittance information (BT-83):
// the 12 digits of a Belgian structured communication, an RF creditor reference, or plain text.
// A credit note has no DueDate element, so its due date goes into PaymentMeans/PaymentDueDate.
class UblPaymentWriter final
{
    Q_DECLARE_TR_FUNCTIONS(UblPaymentWriter)
public:
    UblPaymentWriter() = delete;

    // Checks the IBAN, BIC and payment reference before anything is written.
    [[nodiscard]] static Result<void> check(const UblDocumentContext& context);
    [[nodiscard]] static Result<void> writePaymentMeans(UblXmlWriter& xml, const UblDocumentContext& context);
    static void writePaymentTerms(UblXmlWriter& xml, const UblDocumentContext& context);

    // BT-83 as it travels: "123456789002", "RF18539007547034", or the text.
    [[nodiscard]] static Result<QString> remittanceInformation(const domain::Document& document);
    // BT-20: the document's terms, or for a credit note without terms a note with its due date.
    [[nodiscard]] static QString paymentTermsNote(const UblDocumentContext& context);
};

} // namespace kasboek::exchange::ubl
