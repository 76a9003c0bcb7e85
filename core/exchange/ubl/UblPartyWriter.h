#pragma once

#include "Error.h"
#include "UblXmlWriter.h"
#include "domain/documents/DocumentParty.h"

#include <QCoreApplication>
#include <QString>

namespace kasboek::exchange::ubl {

// Writes the seller (AccountingSupplierParty, BG-4) or the buyer (AccountingCustomerParty,
// BG-7): electronic address, identifiers, names, address, VAT number, legal entity and contact,
// in the order of the UBL 2.1 PartyType.
class UblPartyWriter final
{
    Q_DECLARE_TR_FUNCTIONS(UblPartyWriter)
public:
    enum class Role { Seller, Buyer };

    UblPartyWriter() = delete;

    // Checks what Peppol requires of the party before anything is written.
    [[nodiscard]] static Result<void> check(const domain::DocumentParty& party, Role role);
    // `withVatNumber` false leaves out the VAT identifier: EN16931 forbids it on a document
    // outside the scope of VAT (BR-O-02..04).
    [[nodiscard]] static Result<void> write(UblXmlWriter& xml, const domain::DocumentParty& party, Role role,
                                            bool withVatNumber = true);
};

} // namespace kasboek::exchange::ubl
