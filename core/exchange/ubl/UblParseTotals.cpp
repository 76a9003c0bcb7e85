#include "UblParseTotals.h"

#include "UblParseValues.h"

using namespace Qt::StringLiterals;

namespace kasboek::exchange::ubl {

namespace {

using Ns = UblParseTree::Ns;

Result<UblParseTotals::Amount> requiredAmount(const UblParseTree& tree, qsizetype parent, QStringView name,
                                              domain::Currency currency, QStringView term)
{
    const auto node = tree.required(parent, Ns::Cbc, name, term);
    if (!node)
        return std::unexpected(node.error());
    const auto value = UblParseValues::amount(tree, *node, currency, term);
    if (!value)
        return std::unexpected(value.error());
    return UblParseTotals::Amount { *value, *node };
}

Result<std::optional<UblParseTotals::Amount>> optionalAmount(const UblParseTree& tree, qsizetype parent,
                                                             QStringView name, domain::Currency currency,
                                                             QStringView term)
{
    const auto node = tree.optional(parent, Ns::Cbc, name, term);
    if (!node)
        return std::unexpected(node.error());
    if (!*node)
        return std::optional<UblParseTotals::Amount>();
    const auto value = UblParseValues::amount(tree, **node, currency, term);
    if (!value)
        return std::unexpected(value.error());
    return std::optional(UblParseTotals::Amount { *value, **node });
}

Result<UblParseTotals::VatGroup> vatGroup(const UblParseTree& tree, qsizetype subtotal,
                                          domain::Currency currency)
{
    UblParseTotals::VatGroup group;
    group.node = subtotal;
    const auto taxable = requiredAmount(tree, subtotal, u"TaxableAmount", currency, u"BT-116");
    if (!taxable)
        return std::unexpected(taxable.error());
    group.taxable = *taxable;
    const auto tax = requiredAmount(tree, subtotal, u"TaxAmount", currency, u"BT-117");
    if (!tax)
        return std::unexpected(tax.error());
    group.tax = *tax;
    const auto categoryNode = tree.required(subtotal, Ns::Cac, u"TaxCategory", u"BT-118");
    if (!categoryNode)
        return std::unexpected(categoryNode.error());
    const auto category = UblParseValues::taxCategory(tree, *categoryNode, u"BT-118", u"BT-119");
    if (!category)
        return std::unexpected(category.error());
    group.vatCategory = category->category;
    group.vatRate = category->rate;
    const auto code = tree.optionalText(*categoryNode, Ns::Cbc, u"TaxExemptionReasonCode", u"BT-121");
    if (!code)
        return std::unexpected(code.error());
    const auto text = tree.optionalText(*categoryNode, Ns::Cbc, u"TaxExemptionReason", u"BT-120");
    if (!text)
        return std::unexpected(text.error());
    group.exemptionReasonCode = code->left(100);
    group.exemptionReasonText = text->left(1000);
    return group;
}

} // namespace

Result<UblParseTotals> UblParseTotals::parse(const UblParseTree& tree, qsizetype root,
                                             domain::Currency currency,
                                             std::optional<domain::Currency> taxCurrency)
{
    UblParseTotals totals;
    const auto monetary = tree.required(root, Ns::Cac, u"LegalMonetaryTotal", u"BG-22");
    if (!monetary)
        return std::unexpected(monetary.error());
    const struct
    {
        Amount* target;
        QStringView name;
        QStringView term;
    } required[] = {
        { &totals.lineExtension, u"LineExtensionAmount", u"BT-106" },
        { &totals.taxExclusive, u"TaxExclusiveAmount", u"BT-109" },
        { &totals.taxInclusive, u"TaxInclusiveAmount", u"BT-112" },
        { &totals.payable, u"PayableAmount", u"BT-115" },
    };
    for (const auto& item : required) {
        const auto amount = requiredAmount(tree, *monetary, item.name, currency, item.term);
        if (!amount)
            return std::unexpected(amount.error());
        *item.target = *amount;
    }
    const struct
    {
        std::optional<Amount>* target;
        QStringView name;
        QStringView term;
    } optional[] = {
        { &totals.allowanceTotal, u"AllowanceTotalAmount", u"BT-107" },
        { &totals.chargeTotal, u"ChargeTotalAmount", u"BT-108" },
        { &totals.prepaid, u"PrepaidAmount", u"BT-113" },
        { &totals.rounding, u"PayableRoundingAmount", u"BT-114" },
    };
    for (const auto& item : optional) {
        const auto amount = optionalAmount(tree, *monetary, item.name, currency, item.term);
        if (!amount)
            return std::unexpected(amount.error());
        *item.target = *amount;
    }

    // One cac:TaxTotal in the document currency with the breakdown; a second one, in the tax
    // currency and without breakdown, when BT-6 is given.
    const QList<qsizetype> taxTotals = tree.children(root, Ns::Cac, u"TaxTotal");
    if (taxTotals.isEmpty())
        return tree.failMissing(root, Ns::Cac, u"TaxTotal", u"BT-110");
    bool haveDocumentTotal = false;
    for (const qsizetype taxTotal : taxTotals) {
        const auto amountNode = tree.required(taxTotal, Ns::Cbc, u"TaxAmount", u"BT-110");
        if (!amountNode)
            return std::unexpected(amountNode.error());
        const QString currencyId = tree.node(*amountNode).attribute(u"currencyID").trimmed();
        const bool inTaxCurrency = taxCurrency && currencyId == taxCurrency->code();
        if (inTaxCurrency) {
            if (totals.vatTotalInTaxCurrency)
                return tree.fail(taxTotal, tr("The VAT total in the tax currency is given more than once."),
                                 u"BT-111");
            const auto amount = UblParseValues::amount(tree, *amountNode, *taxCurrency, u"BT-111");
            if (!amount)
                return std::unexpected(amount.error());
            totals.vatTotalInTaxCurrency = Amount { *amount, *amountNode };
            if (tree.has(taxTotal, Ns::Cac, u"TaxSubtotal"))
                return tree.fail(taxTotal,
                                 tr("The VAT total in the tax currency must not have a VAT breakdown."),
                                 u"BT-111");
            continue;
        }
        if (haveDocumentTotal)
            return tree.fail(taxTotal, tr("The VAT total is given more than once."), u"BT-110");
        haveDocumentTotal = true;
        const auto amount = UblParseValues::amount(tree, *amountNode, currency, u"BT-110");
        if (!amount)
            return std::unexpected(amount.error());
        totals.vatTotal = Amount { *amount, *amountNode };
        const QList<qsizetype> subtotals = tree.children(taxTotal, Ns::Cac, u"TaxSubtotal");
        if (subtotals.isEmpty())
            return tree.failMissing(taxTotal, Ns::Cac, u"TaxSubtotal", u"BG-23");
        for (const qsizetype subtotal : subtotals) {
            const auto group = vatGroup(tree, subtotal, currency);
            if (!group)
                return std::unexpected(group.error());
            for (const VatGroup& other : totals.vatGroups) {
                if (other.vatCategory == group->vatCategory && other.vatRate == group->vatRate)
                    return tree.fail(subtotal,
                                     tr("This VAT category and rate appear twice in the VAT breakdown."),
                                     u"BG-23");
            }
            totals.vatGroups.append(*group);
        }
    }
    if (!haveDocumentTotal)
        return tree.fail(taxTotals.first(),
                         tr("No VAT total is given in the document currency %1.").arg(currency.code()),
                         u"BT-110");
    return totals;
}

} // namespace kasboek::exchange::ubl
