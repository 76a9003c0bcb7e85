#include "UblReaderTotalsCheck.h"

#include "domain/DocumentTotalsCalculator.h"
#include "domain/documents/DocumentCalculation.h"

using namespace Qt::StringLiterals;

namespace kasboek::exchange::ubl {

namespace {

using Ns = UblParseTree::Ns;

QString groupName(domain::VatCategory category, domain::VatRate rate)
{
    return domain::VatCategories::code(category) + u' ' + rate.toString() + u" %"_s;
}

std::unexpected<Error> mismatch(const UblParseTree& tree, const UblParseTotals::Amount& stated,
                                const domain::Money& computed, QString message, QStringView term)
{
    return tree.fail(stated.node, std::move(message), term,
                     UblReaderTotalsCheck::tr("stated %1, computed %2")
                         .arg(stated.value.toDecimalString(), computed.toDecimalString()));
}

} // namespace

Result<domain::DocumentTotals> UblReaderTotalsCheck::check(const UblParseTree& tree, qsizetype root,
                                                           const domain::Document& document,
                                                           const QList<UblParseTotals::Amount>& lineNets,
                                                           const UblParseTotals& stated,
                                                           const QString& discountReason)
{
    auto input = domain::DocumentCalculation::totalsInput(document, discountReason);
    if (!input)
        return tree.fail(root, input.error().message, input.error().field, input.error().detail);
    if (stated.prepaid)
        input->paidAmount = stated.prepaid->value;
    if (stated.rounding)
        input->roundingAmount = stated.rounding->value;
    // Without a rate to the accounting currency the VAT cannot be stated in euro yet; the
    // amounts in the document currency are checked all the same.
    if (!document.exchangeRate)
        input->accountingCurrency = document.currency;
    const auto totals = domain::DocumentTotalsCalculator::calculate(*input);
    if (!totals)
        return tree.fail(root, totals.error().message, totals.error().field, totals.error().detail);

    for (qsizetype i = 0; i < lineNets.size() && i < totals->lineNetAmounts.size(); ++i) {
        if (totals->lineNetAmounts.at(i) != lineNets.at(i).value)
            return mismatch(
                tree, lineNets.at(i), totals->lineNetAmounts.at(i),
                tr("The amount of line %1 does not add up: quantity × net price, less its allowances, "
                   "gives a different amount.")
                    .arg(i + 1),
                u"BT-131");
    }
    if (totals->lineNetTotal != stated.lineExtension.value)
        return mismatch(tree, stated.lineExtension, totals->lineNetTotal,
                        tr("The sum of the line amounts does not match the stated total (BR-CO-10)."),
                        u"BT-106");
    if (stated.allowanceTotal && totals->allowanceTotal != stated.allowanceTotal->value)
        return mismatch(tree, *stated.allowanceTotal, totals->allowanceTotal,
                        tr("The sum of the document allowances does not match the stated total (BR-CO-11)."),
                        u"BT-107");
    if (stated.chargeTotal && totals->chargeTotal != stated.chargeTotal->value)
        return mismatch(tree, *stated.chargeTotal, totals->chargeTotal,
                        tr("The sum of the document charges does not match the stated total (BR-CO-12)."),
                        u"BT-108");
    if (totals->taxExclusiveAmount != stated.taxExclusive.value)
        return mismatch(
            tree, stated.taxExclusive, totals->taxExclusiveAmount,
            tr("The total without VAT does not match the lines, allowances and charges (BR-CO-13)."),
            u"BT-109");

    for (const domain::VatBreakdown& group : totals->vatBreakdown) {
        const UblParseTotals::VatGroup* found = nullptr;
        for (const UblParseTotals::VatGroup& candidate : stated.vatGroups) {
            if (candidate.vatCategory == group.vatCategory && candidate.vatRate == group.vatRate)
                found = &candidate;
        }
        if (!found)
            return tree.fail(stated.vatTotal.node,
                             tr("The VAT breakdown has no group for VAT category %1, which the lines use.")
                                 .arg(groupName(group.vatCategory, group.vatRate)),
                             u"BG-23");
        if (group.taxableAmount != found->taxable.value)
            return mismatch(
                tree, found->taxable, group.taxableAmount,
                tr("The taxable amount of VAT category %1 does not match the lines, allowances and "
                   "charges in it.")
                    .arg(groupName(group.vatCategory, group.vatRate)),
                u"BT-116");
        if (group.taxAmount != found->tax.value)
            return mismatch(
                tree, found->tax, group.taxAmount,
                tr("The VAT of category %1 is not its taxable amount × its rate, rounded to the cent "
                   "(BR-CO-17).")
                    .arg(groupName(group.vatCategory, group.vatRate)),
                u"BT-117");
    }
    for (const UblParseTotals::VatGroup& candidate : stated.vatGroups) {
        bool used = false;
        for (const domain::VatBreakdown& group : totals->vatBreakdown) {
            if (candidate.vatCategory == group.vatCategory && candidate.vatRate == group.vatRate)
                used = true;
        }
        if (!used)
            return tree.fail(
                candidate.node,
                tr("The VAT breakdown has a group for VAT category %1, which no line, allowance or "
                   "charge uses.")
                    .arg(groupName(candidate.vatCategory, candidate.vatRate)),
                u"BG-23");
    }
    if (totals->vatTotal != stated.vatTotal.value)
        return mismatch(tree, stated.vatTotal, totals->vatTotal,
                        tr("The VAT total is not the sum of the VAT breakdown (BR-CO-14)."), u"BT-110");
    if (totals->taxInclusiveAmount != stated.taxInclusive.value)
        return mismatch(tree, stated.taxInclusive, totals->taxInclusiveAmount,
                        tr("The total with VAT is not the total without VAT plus the VAT (BR-CO-15)."),
                        u"BT-112");
    if (totals->amountDue != stated.payable.value)
        return mismatch(
            tree, stated.payable, totals->amountDue,
            tr("The amount due does not match the total with VAT, less what was paid, plus rounding "
               "(BR-CO-16)."),
            u"BT-115");
    return *totals;
}

} // namespace kasboek::exchange::ubl
