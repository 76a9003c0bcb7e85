#pragma once

#include "Error.h"
#include "UblDocumentContext.h"
#include "UblXmlWriter.h"
#include "domain/VatCategory.h"
#include "domain/VatRate.h"

#include <QString>

namespace kasboek::exchange::ubl {

// Writes the document-level money of a UBL invoice or credit note, all of it taken from the one
// DocumentCalculation the writer made: the document discount as one allowance per VAT group
// (BG-20, with its percentage and base) and the charges (BG-21), the VAT total with its
// breakdown (BG-23) and, for a foreign currency, the VAT in euro (BT-111), and the document
// totals (BG-22). Also the tax category element the lines use.
class UblTaxWriter final
{
public:
    UblTaxWriter() = delete;

    // cac:TaxCategory or cac:ClassifiedTaxCategory. "Not subject to VAT" (O) has no rate
    // (BR-O-05..07); the exemption reason belongs in the breakdown only.
    static void writeCategory(UblXmlWriter& xml, const QString& element, domain::VatCategory category,
                              domain::VatRate rate, const QString& exemptionCode = {},
                              const QString& exemptionText = {});
    [[nodiscard]] static Result<void> writeAllowancesAndCharges(UblXmlWriter& xml,
                                                                const UblDocumentContext& context);
    static void writeTaxTotals(UblXmlWriter& xml, const UblDocumentContext& context);
    static void writeMonetaryTotal(UblXmlWriter& xml, const UblDocumentContext& context);
};

} // namespace kasboek::exchange::ubl
