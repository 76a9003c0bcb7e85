#include "UblLineWriter.h"

#include "UblFormat.h"
#include "UblTaxWriter.h"
#include "domain/documents/DocumentCalculation.h"

using namespace Qt::StringLiterals;

namespace kasboek::exchange::ubl {

using namespace kasboek::domain;

Result<void> UblLineWriter::check(const DocumentLine& line, qsizetype index)
{
    const QString field = u"lines[%1]"_s.arg(index);
    if (UblXmlWriter::xmlSafe(line.name).trimmed().isEmpty())
        return fail(ErrorCode::Validation, tr("Line %1 has no name.").arg(index + 1), field + u".name"_s);
    if (line.unitCode.trimmed().isEmpty())
        return fail(ErrorCode::Validation, tr("Line %1 has no unit.").arg(index + 1), field + u".unitCode"_s);
    if (line.unitPrice.isNegative())
        return fail(ErrorCode::Validation, tr("Line %1 has a negative price.").arg(index + 1),
                    field + u".unitPrice"_s);
    return {};
}

Result<void> UblLineWriter::write(UblXmlWriter& xml, const UblDocumentContext& context, qsizetype index)
{
    const Document& document = context.document;
    const DocumentLine& line = document.lines.at(index);
    const auto gross = DocumentCalculation::lineGross(line, document.currency);
    if (!gross)
        return std::unexpected(gross.error());
    const auto discount = DocumentCalculation::lineDiscount(line, document.currency);
    if (!discount)
        return std::unexpected(discount.error());

    xml.startAggregate(context.creditNote ? u"CreditNoteLine"_s : u"InvoiceLine"_s);
    xml.basic(u"ID"_s, QString::number(index + 1));
    xml.quantity(context.creditNote ? u"CreditedQuantity"_s : u"InvoicedQuantity"_s, line.quantity,
                 line.unitCode.trimmed());
    xml.amount(u"LineExtensionAmount"_s, context.totals.lineNetAmounts.at(index));
    xml.basic(u"AccountingCost"_s, line.buyerAccountingReference.trimmed());

    if (!discount->isZero()) {
        xml.startAggregate(u"AllowanceCharge"_s);
        xml.basic(u"ChargeIndicator"_s, u"false"_s);
        xml.basic(u"AllowanceChargeReasonCode"_s, u"95"_s);
        xml.basic(u"AllowanceChargeReason"_s, context.discountReason);
        xml.decimal(u"MultiplierFactorNumeric"_s, *line.discountPercent);
        xml.amount(u"Amount"_s, *discount);
        xml.amount(u"BaseAmount"_s, *gross);
        xml.endAggregate();
    }

    xml.startAggregate(u"Item"_s);
    xml.basic(u"Description"_s, line.description.trimmed());
    xml.basic(u"Name"_s, line.name.trimmed());
    if (!line.sellerItemId.trimmed().isEmpty()) {
        xml.startAggregate(u"SellersItemIdentification"_s);
        xml.basic(u"ID"_s, line.sellerItemId.trimmed());
        xml.endAggregate();
    }
    UblTaxWriter::writeCategory(xml, u"ClassifiedTaxCategory"_s, line.vatCategory, line.vatRate);
    xml.endAggregate();

    xml.startAggregate(u"Price"_s);
    xml.basic(u"PriceAmount"_s, UblFormat::decimal(line.unitPrice), u"currencyID"_s,
              document.currency.code());
    xml.endAggregate();
    xml.endAggregate();
    return {};
}

} // namespace kasboek::exchange::ubl
