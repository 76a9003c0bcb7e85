#include "UblParseLine.h"

#include "UblParsePercent.h"
#include "UblParseValues.h"
#include "domain/FixedPoint.h"
#include "domain/documents/DocumentCalculation.h"

using namespace Qt::StringLiterals;

namespace kasboek::exchange::ubl {

namespace {

using Ns = UblParseTree::Ns;

// PriceAmount ÷ BaseQuantity with four decimals; exact, or rounded when the rounded price still
// gives the same line amount for this quantity.
Result<domain::Decimal> netUnitPrice(const UblParseTree& tree, qsizetype priceNode, qsizetype amountNode,
                                     domain::Decimal price, domain::Decimal baseQuantity,
                                     domain::Decimal quantity, domain::Currency currency,
                                     QStringList& warnings)
{
    if (baseQuantity == domain::Decimal::fromScaled(domain::Decimal::Scale))
        return price;
    const auto rounded
        = domain::FixedPoint::multiplyDivide(price.scaled(), domain::Decimal::Scale, baseQuantity.scaled());
    const auto widened = domain::FixedPoint::multiply(price.scaled(), domain::Decimal::Scale);
    if (!rounded || !widened)
        return tree.fail(amountNode, UblParseLine::tr("The price is too large."), u"BT-146");
    const domain::Decimal unitPrice = domain::Decimal::fromScaled(*rounded);
    if (*widened % baseQuantity.scaled() == 0)
        return unitPrice;
    // The line amount the supplier means: round(quantity × price ÷ base quantity).
    const auto divisor = domain::FixedPoint::multiply(
        baseQuantity.scaled(),
        domain::FixedPoint::powerOfTen(domain::Decimal::Places - currency.minorDigits()));
    const auto exactGross = divisor
        ? domain::FixedPoint::multiplyDivide(quantity.scaled(), price.scaled(), *divisor)
        : std::optional<qint64>();
    const auto roundedGross = domain::Money::fromProduct(quantity, unitPrice, currency);
    if (!exactGross || !roundedGross || roundedGross->minorUnits() != *exactGross)
        return tree.fail(
            priceNode,
            UblParseLine::tr("The price per base quantity cannot be kept exactly as a unit price "
                             "with four decimals."),
            u"BT-149");
    warnings.append(
        UblParseLine::tr("A unit price was rounded to four decimals; the line amount is unchanged."));
    return unitPrice;
}

} // namespace

Result<UblParseLine> UblParseLine::parse(const UblParseTree& tree, qsizetype lineNode,
                                         domain::Currency currency, bool creditNote, QStringList& warnings)
{
    UblParseLine result;
    domain::DocumentLine& line = result.line;

    if (const auto id = tree.required(lineNode, Ns::Cbc, u"ID", u"BT-126"); !id)
        return std::unexpected(id.error());

    const QStringView quantityName = creditNote ? u"CreditedQuantity" : u"InvoicedQuantity";
    const auto quantityNode = tree.required(lineNode, Ns::Cbc, quantityName, u"BT-129");
    if (!quantityNode)
        return std::unexpected(quantityNode.error());
    const auto quantity = UblParseValues::decimal(tree, *quantityNode, u"BT-129");
    if (!quantity)
        return std::unexpected(quantity.error());
    line.quantity = *quantity;
    const QString unitCode = tree.node(*quantityNode).attribute(u"unitCode").trimmed();
    if (unitCode.isEmpty() || unitCode.size() > 3)
        return tree.fail(*quantityNode, tr("The quantity needs a unit code (UN/ECE Recommendation 20)."),
                         u"BT-130");
    line.unitCode = unitCode;

    const auto netNode = tree.required(lineNode, Ns::Cbc, u"LineExtensionAmount", u"BT-131");
    if (!netNode)
        return std::unexpected(netNode.error());
    const auto statedNet = UblParseValues::amount(tree, *netNode, currency, u"BT-131");
    if (!statedNet)
        return std::unexpected(statedNet.error());
    result.statedNet = *statedNet;
    result.netNode = *netNode;

    const auto accountingCost = tree.optionalText(lineNode, Ns::Cbc, u"AccountingCost", u"BT-133");
    if (!accountingCost)
        return std::unexpected(accountingCost.error());
    line.buyerAccountingReference = accountingCost->left(1000);

    const auto item = tree.required(lineNode, Ns::Cac, u"Item", u"BG-31");
    if (!item)
        return std::unexpected(item.error());
    const auto nameNode = tree.required(*item, Ns::Cbc, u"Name", u"BT-153");
    if (!nameNode)
        return std::unexpected(nameNode.error());
    const auto name = UblParseValues::text(tree, *nameNode, u"BT-153");
    if (!name)
        return std::unexpected(name.error());
    line.name = *name;
    const auto description = tree.optionalText(*item, Ns::Cbc, u"Description", u"BT-154");
    if (!description)
        return std::unexpected(description.error());
    line.description = description->left(10'000);
    const auto sellersItem = tree.optional(*item, Ns::Cac, u"SellersItemIdentification", u"BT-155");
    if (!sellersItem)
        return std::unexpected(sellersItem.error());
    if (*sellersItem) {
        const auto itemId = tree.optionalText(**sellersItem, Ns::Cbc, u"ID", u"BT-155");
        if (!itemId)
            return std::unexpected(itemId.error());
        line.sellerItemId = itemId->left(1000);
    }
    const auto categoryNode = tree.required(*item, Ns::Cac, u"ClassifiedTaxCategory", u"BT-151");
    if (!categoryNode)
        return std::unexpected(categoryNode.error());
    const auto category = UblParseValues::taxCategory(tree, *categoryNode, u"BT-151", u"BT-152");
    if (!category)
        return std::unexpected(category.error());
    line.vatCategory = category->category;
    line.vatRate = category->rate;

    const auto priceNode = tree.required(lineNode, Ns::Cac, u"Price", u"BG-29");
    if (!priceNode)
        return std::unexpected(priceNode.error());
    const auto priceAmountNode = tree.required(*priceNode, Ns::Cbc, u"PriceAmount", u"BT-146");
    if (!priceAmountNode)
        return std::unexpected(priceAmountNode.error());
    if (const UblParseNode& element = tree.node(*priceAmountNode);
        element.attribute(u"currencyID").trimmed() != currency.code())
        return tree.fail(*priceAmountNode,
                         tr("The price is not in the document currency %1.").arg(currency.code()), u"BT-146");
    const auto price = UblParseValues::decimal(tree, *priceAmountNode, u"BT-146");
    if (!price)
        return std::unexpected(price.error());
    if (price->isNegative())
        return tree.fail(*priceAmountNode, tr("The net price of an item must not be negative."), u"BT-146");
    domain::Decimal baseQuantity = domain::Decimal::fromScaled(domain::Decimal::Scale);
    const auto baseNode = tree.optional(*priceNode, Ns::Cbc, u"BaseQuantity", u"BT-149");
    if (!baseNode)
        return std::unexpected(baseNode.error());
    if (*baseNode) {
        const auto base = UblParseValues::decimal(tree, **baseNode, u"BT-149");
        if (!base)
            return std::unexpected(base.error());
        if (base->isNegative() || base->isZero())
            return tree.fail(**baseNode, tr("The price base quantity must be above zero."), u"BT-149");
        baseQuantity = *base;
    }
    const auto unitPrice = netUnitPrice(tree, *baseNode ? **baseNode : *priceNode, *priceAmountNode, *price,
                                        baseQuantity, line.quantity, currency, warnings);
    if (!unitPrice)
        return std::unexpected(unitPrice.error());
    line.unitPrice = *unitPrice;

    // Line allowances: summed, then kept as the one discount percentage that reproduces them.
    domain::Money allowances = domain::Money::zero(currency);
    for (const qsizetype allowanceCharge : tree.children(lineNode, Ns::Cac, u"AllowanceCharge")) {
        const auto indicatorNode = tree.required(allowanceCharge, Ns::Cbc, u"ChargeIndicator", u"BG-27");
        if (!indicatorNode)
            return std::unexpected(indicatorNode.error());
        const auto isCharge = UblParseValues::boolean(tree, *indicatorNode, u"BG-27");
        if (!isCharge)
            return std::unexpected(isCharge.error());
        if (*isCharge)
            return tree.fail(allowanceCharge, tr("Charges on a line (BG-28) cannot be imported yet."),
                             u"BG-28");
        const auto amountNode = tree.required(allowanceCharge, Ns::Cbc, u"Amount", u"BT-136");
        if (!amountNode)
            return std::unexpected(amountNode.error());
        const auto amount = UblParseValues::amount(tree, *amountNode, currency, u"BT-136");
        if (!amount)
            return std::unexpected(amount.error());
        if (amount->isNegative())
            return tree.fail(*amountNode, tr("An allowance amount must not be negative."), u"BT-136");
        const auto sum = allowances.plus(*amount);
        if (!sum)
            return tree.fail(*amountNode, tr("The amount is too large."), u"BT-136");
        allowances = *sum;
    }
    if (!allowances.isZero()) {
        const auto gross = domain::DocumentCalculation::lineGross(line, currency);
        if (!gross)
            return tree.fail(*netNode, tr("The line amount is too large."), u"BT-131");
        const auto percent = UblParsePercent::fit({ { *gross, allowances } });
        if (!percent)
            return tree.fail(
                lineNode,
                tr("The line's allowance of %1 %2 cannot be kept as a discount percentage of its "
                   "amount %3.")
                    .arg(allowances.toDecimalString(), currency.code(), gross->toDecimalString()),
                u"BT-136");
        line.discountPercent = *percent;
    }
    return result;
}

} // namespace kasboek::exchange::ubl
