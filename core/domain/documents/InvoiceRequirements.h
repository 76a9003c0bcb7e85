#pragma once

#include "Document.h"
#include "Error.h"

#include <QCoreApplication>
#include <QList>

namespace kasboek::domain {

// What a sales document must say before it may be issued, so that no invoice leaves Kasboek
// without a mention Belgian or Dutch law requires (VAT Directive art. 226; BE: art. 5 RD no. 1
// and art. III.25 Code of Economic Law; NL: art. 35a Wet OB and the Handelsregisterbesluit).
// Peppol's own requirements (an electronic address, a buyer reference) are the UBL writer's.
//
// Invoices and credit notes:
//   seller: name, full address, country, a valid VAT number; a Belgian seller its enterprise
//           number, a Dutch seller its KvK number
//   buyer:  name, full address, country; a valid VAT number when the VAT is reverse-charged
//           (AE) or the supply is intra-Community (K)
//   dates:  issue date; a due date not before it
//   lines:  at least one; each with a name (nature of the goods or services), a non-zero
//           quantity and a unit price of zero or more
//   VAT:    an exemption reason for every category that charges none (E, AE, K, G, O)
//   money:  an exchange rate when the currency is not the euro
//   credit notes: the number and date of the invoice they correct
//   payment reference: a valid structured communication or RF reference when one is chosen
// Quotes need only the seller's and buyer's names and one valid line.
//
// The check runs on a document whose issue date and party snapshots are filled in, just before
// it is numbered. The first missing mention fails the check with a Validation error whose
// `field` names it ("buyer.vatNumber", "lines[2].name"); check() lists them all.
class InvoiceRequirements final
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceRequirements)
public:
    InvoiceRequirements() = delete;

    [[nodiscard]] static Result<void> check(const Document& document);
    // Every problem, in the order above; empty when the document may be issued.
    [[nodiscard]] static QList<Error> problems(const Document& document);
};

} // namespace kasboek::domain
