#include "UblParseAllowanceCharge.h"

#include "UblParseValues.h"

namespace kasboek::exchange::ubl {

Result<UblParseAllowanceCharge> UblParseAllowanceCharge::parse(const UblParseTree& tree, qsizetype node,
                                                               domain::Currency currency)
{
    using Ns = UblParseTree::Ns;
    UblParseAllowanceCharge result;
    result.node = node;
    const auto indicatorNode = tree.required(node, Ns::Cbc, u"ChargeIndicator", u"BG-20");
    if (!indicatorNode)
        return std::unexpected(indicatorNode.error());
    const auto isCharge = UblParseValues::boolean(tree, *indicatorNode, u"BG-20");
    if (!isCharge)
        return std::unexpected(isCharge.error());
    result.isCharge = *isCharge;
    const QStringView amountTerm = result.isCharge ? u"BT-99" : u"BT-92";
    const auto amountNode = tree.required(node, Ns::Cbc, u"Amount", amountTerm);
    if (!amountNode)
        return std::unexpected(amountNode.error());
    const auto amount = UblParseValues::amount(tree, *amountNode, currency, amountTerm);
    if (!amount)
        return std::unexpected(amount.error());
    if (amount->isNegative())
        return tree.fail(*amountNode, tr("An allowance or charge amount must not be negative."), amountTerm);
    result.amount = *amount;

    const auto categoryNode
        = tree.required(node, Ns::Cac, u"TaxCategory", result.isCharge ? u"BT-102" : u"BT-95");
    if (!categoryNode)
        return std::unexpected(categoryNode.error());
    const auto category = UblParseValues::taxCategory(
        tree, *categoryNode, result.isCharge ? u"BT-102" : u"BT-95", result.isCharge ? u"BT-103" : u"BT-96");
    if (!category)
        return std::unexpected(category.error());
    result.vatCategory = category->category;
    result.vatRate = category->rate;

    const QStringView reasonTerm = result.isCharge ? u"BT-104" : u"BT-97";
    const auto reason = tree.optionalText(node, Ns::Cbc, u"AllowanceChargeReason", reasonTerm);
    if (!reason)
        return std::unexpected(reason.error());
    const auto reasonCode = tree.optionalText(node, Ns::Cbc, u"AllowanceChargeReasonCode",
                                              result.isCharge ? u"BT-105" : u"BT-98");
    if (!reasonCode)
        return std::unexpected(reasonCode.error());
    if (reason->isEmpty() && reasonCode->isEmpty())
        return tree.failMissing(node, Ns::Cbc, u"AllowanceChargeReason", reasonTerm);
    result.reason = reason->left(1000);
    result.reasonCode = reasonCode->left(10);
    return result;
}

} // namespace kasboek::exchange::ubl
