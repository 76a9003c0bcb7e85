#include "UblTaxWriter.h"

#include "UblFormat.h"

using namespace Qt::StringLiterals;

namespace kasboek::exchange::ubl {

namespace {

using namespace kasboek::domain;

// The sum of the line net amounts of one VAT group: the base the document discount of that
// group was computed on.
Result<Money> groupBase(const UblDocumentContext& context, VatCategory category, VatRate rate)
{
    Money base = Money::zero(context.document.currency);
    const QList<DocumentLine>& lines = context.document.lines;
    for (qsizetype i = 0; i < lines.size() && i < context.totals.lineNetAmounts.size(); ++i) {
        if (lines.at(i).vatCategory != category || lines.at(i).vatRate != rate)
            continue;
        const auto sum = base.plus(context.totals.lineNetAmounts.at(i));
        if (!sum)
            return std::unexpected(sum.error());
        base = *sum;
    }
    return base;
}

} // namespace

void UblTaxWriter::writeCategory(UblXmlWriter& xml, const QString& element, VatCategory category,
                                 VatRate rate, const QString& exemptionCode, const QString& exemptionText)
{
    xml.startAggregate(element);
    xml.basic(u"ID"_s, VatCategories::code(category));
    if (category != VatCategory::NotSubject)
        xml.basic(u"Percent"_s, UblFormat::percent(rate));
    xml.basic(u"TaxExemptionReasonCode"_s, exemptionCode);
    xml.basic(u"TaxExemptionReason"_s, exemptionText);
    xml.startAggregate(u"TaxScheme"_s);
    xml.basic(u"ID"_s, u"VAT"_s);
    xml.endAggregate();
    xml.endAggregate();
}

Result<void> UblTaxWriter::writeAllowancesAndCharges(UblXmlWriter& xml, const UblDocumentContext& context)
{
    for (const DocumentAllowanceCharge& allowance : context.totalsInput.allowances) {
        const auto base = groupBase(context, allowance.vatCategory, allowance.vatRate);
        if (!base)
            return std::unexpected(base.error());
        xml.startAggregate(u"AllowanceCharge"_s);
        xml.basic(u"ChargeIndicator"_s, u"false"_s);
        xml.basic(u"AllowanceChargeReasonCode"_s, allowance.reasonCode.trimmed());
        xml.basic(u"AllowanceChargeReason"_s, allowance.reason.trimmed());
        if (context.document.discountPercent)
            xml.decimal(u"MultiplierFactorNumeric"_s, *context.document.discountPercent);
        xml.amount(u"Amount"_s, allowance.amount);
        if (context.document.discountPercent)
            xml.amount(u"BaseAmount"_s, *base);
        writeCategory(xml, u"TaxCategory"_s, allowance.vatCategory, allowance.vatRate);
        xml.endAggregate();
    }
    for (const DocumentAllowanceCharge& charge : context.totalsInput.charges) {
        xml.startAggregate(u"AllowanceCharge"_s);
        xml.basic(u"ChargeIndicator"_s, u"true"_s);
        xml.basic(u"AllowanceChargeReasonCode"_s, charge.reasonCode.trimmed());
        xml.basic(u"AllowanceChargeReason"_s, charge.reason.trimmed());
        xml.amount(u"Amount"_s, charge.amount);
        writeCategory(xml, u"TaxCategory"_s, charge.vatCategory, charge.vatRate);
        xml.endAggregate();
    }
    return {};
}

void UblTaxWriter::writeTaxTotals(UblXmlWriter& xml, const UblDocumentContext& context)
{
    const DocumentTotals& totals = context.totals;
    xml.startAggregate(u"TaxTotal"_s);
    xml.amount(u"TaxAmount"_s, totals.vatTotal);
    for (const VatBreakdown& group : totals.vatBreakdown) {
        xml.startAggregate(u"TaxSubtotal"_s);
        xml.amount(u"TaxableAmount"_s, group.taxableAmount);
        xml.amount(u"TaxAmount"_s, group.taxAmount);
        writeCategory(xml, u"TaxCategory"_s, group.vatCategory, group.vatRate,
                      group.exemptionReasonCode.trimmed(), group.exemptionReasonText.trimmed());
        xml.endAggregate();
    }
    xml.endAggregate();
    // BT-111: a TaxTotal of its own, without subtotals (PEPPOL-EN16931-R054).
    if (totals.vatTotalInAccountingCurrency) {
        xml.startAggregate(u"TaxTotal"_s);
        xml.amount(u"TaxAmount"_s, *totals.vatTotalInAccountingCurrency);
        xml.endAggregate();
    }
}

void UblTaxWriter::writeMonetaryTotal(UblXmlWriter& xml, const UblDocumentContext& context)
{
    const DocumentTotals& totals = context.totals;
    xml.startAggregate(u"LegalMonetaryTotal"_s);
    xml.amount(u"LineExtensionAmount"_s, totals.lineNetTotal);
    xml.amount(u"TaxExclusiveAmount"_s, totals.taxExclusiveAmount);
    xml.amount(u"TaxInclusiveAmount"_s, totals.taxInclusiveAmount);
    if (!context.totalsInput.allowances.isEmpty())
        xml.amount(u"AllowanceTotalAmount"_s, totals.allowanceTotal);
    if (!context.totalsInput.charges.isEmpty())
        xml.amount(u"ChargeTotalAmount"_s, totals.chargeTotal);
    if (!totals.paidAmount.isZero())
        xml.amount(u"PrepaidAmount"_s, totals.paidAmount);
    if (!totals.roundingAmount.isZero())
        xml.amount(u"PayableRoundingAmount"_s, totals.roundingAmount);
    xml.amount(u"PayableAmount"_s, totals.amountDue);
    xml.endAggregate();
}

} // namespace kasboek::exchange::ubl
