#include "UblReaderAmounts.h"

#include "UblParseLine.h"
#include "UblParsePercent.h"
#include "domain/FixedPoint.h"
#include "domain/VatExemptionReason.h"
#include "domain/documents/DocumentCalculation.h"

#include <QMap>
#include <utility>

using namespace Qt::StringLiterals;

namespace kasboek::exchange::ubl {

namespace {

using Ns = UblParseTree::Ns;
using domain::Money;

} // namespace

Result<void> UblReaderAmounts::readLines(UblReaderState& r)
{
    const UblParseTree& tree = r.tree;
    const qsizetype root = UblParseTree::root();
    const QStringView lineName = r.creditNote ? u"CreditNoteLine" : u"InvoiceLine";
    const QList<qsizetype> lines = tree.children(root, Ns::Cac, lineName);
    if (lines.isEmpty())
        return tree.failMissing(root, Ns::Cac, lineName, u"BG-25");
    if (lines.size() > r.limits.maxLines)
        return tree.fail(
            lines.at(r.limits.maxLines),
            UblReaderAmounts::tr("The document has too many lines (at most %1).").arg(r.limits.maxLines),
            u"BG-25");
    for (const qsizetype lineNode : lines) {
        const auto line = UblParseLine::parse(tree, lineNode, r.document.currency, r.creditNote, r.warnings);
        if (!line)
            return std::unexpected(line.error());
        r.document.lines.append(line->line);
        r.lineNets.append({ line->statedNet, line->netNode });
    }
    return {};
}

Result<void> UblReaderAmounts::readAllowancesAndCharges(UblReaderState& r)
{
    const UblParseTree& tree = r.tree;
    for (const qsizetype node : tree.children(UblParseTree::root(), Ns::Cac, u"AllowanceCharge")) {
        const auto item = UblParseAllowanceCharge::parse(tree, node, r.document.currency);
        if (!item)
            return std::unexpected(item.error());
        if (item->isCharge) {
            domain::DocumentCharge charge;
            charge.amount = item->amount;
            charge.vatCategory = item->vatCategory;
            charge.vatRate = item->vatRate;
            charge.reason = item->reason;
            charge.reasonCode = item->reasonCode;
            r.document.charges.append(charge);
        } else if (!item->amount.isZero()) {
            r.allowances.append(*item);
        }
    }
    return {};
}

Result<void> UblReaderAmounts::fitDocumentDiscount(UblReaderState& r)
{
    if (r.allowances.isEmpty())
        return {};
    const UblParseTree& tree = r.tree;
    const domain::Currency currency = r.document.currency;
    using Key = std::pair<int, int>;
    QMap<Key, Money> groupNets;
    for (const domain::DocumentLine& line : std::as_const(r.document.lines)) {
        const auto gross = domain::DocumentCalculation::lineGross(line, currency);
        const auto discount = domain::DocumentCalculation::lineDiscount(line, currency);
        const auto net
            = gross && discount ? gross->minus(*discount) : Result<Money>(std::unexpected(Error {}));
        const Key key { static_cast<int>(line.vatCategory), line.vatRate.basisPoints() };
        const auto sum = net ? groupNets.value(key, Money::zero(currency)).plus(*net) : net;
        if (!sum)
            return tree.fail(r.allowances.first().node,
                             UblReaderAmounts::tr("The line amounts are too large."), u"BT-106");
        groupNets.insert(key, *sum);
    }
    QMap<Key, Money> groupAllowances;
    for (const UblParseAllowanceCharge& allowance : std::as_const(r.allowances)) {
        const Key key { static_cast<int>(allowance.vatCategory), allowance.vatRate.basisPoints() };
        if (!groupNets.contains(key))
            return tree.fail(allowance.node,
                             UblReaderAmounts::tr(
                                 "A document-level allowance has a VAT category and rate that no line has; "
                                 "Kasboek cannot keep it yet."),
                             u"BG-20");
        const auto sum = groupAllowances.value(key, Money::zero(currency)).plus(allowance.amount);
        if (!sum)
            return tree.fail(allowance.node, UblReaderAmounts::tr("The amount is too large."), u"BT-92");
        groupAllowances.insert(key, *sum);
    }
    QList<std::pair<Money, Money>> pairs;
    for (auto it = groupNets.cbegin(); it != groupNets.cend(); ++it)
        pairs.append({ it.value(), groupAllowances.value(it.key(), Money::zero(currency)) });
    const auto percent = UblParsePercent::fit(pairs);
    if (!percent)
        return tree.fail(r.allowances.first().node,
                         UblReaderAmounts::tr(
                             "The document-level allowances are not one discount percentage over all lines; "
                             "Kasboek cannot keep them exactly yet."),
                         u"BG-20");
    r.document.discountPercent = *percent;
    const UblParseAllowanceCharge& first = r.allowances.first();
    if (!first.reason.isEmpty())
        r.discountReason = first.reason;
    r.warnings.append(
        UblReaderAmounts::tr("The document-level allowances are kept as a discount of %1 % over all lines.")
            .arg(domain::FixedPoint::format(percent->scaled(), domain::Decimal::Places,
                                            domain::FixedPoint::Zeros::Trim)));
    return {};
}

Result<void> UblReaderAmounts::readExemptions(UblReaderState& r, const UblParseTotals& totals)
{
    const UblParseTree& tree = r.tree;
    for (const UblParseTotals::VatGroup& group : totals.vatGroups) {
        const bool needsReason = domain::VatCategories::requiresExemptionReason(group.vatCategory);
        const bool hasReason = !group.exemptionReasonCode.isEmpty() || !group.exemptionReasonText.isEmpty();
        if (!needsReason) {
            if (hasReason)
                r.warnings.append(
                    UblReaderAmounts::tr("An exemption reason given for VAT category %1 was ignored.")
                        .arg(domain::VatCategories::code(group.vatCategory)));
            continue;
        }
        if (!hasReason)
            return tree.fail(group.node,
                             UblReaderAmounts::tr("VAT category %1 needs an exemption reason (code or text).")
                                 .arg(domain::VatCategories::code(group.vatCategory)),
                             u"BT-120");
        if (!group.exemptionReasonCode.isEmpty()) {
            const auto reason = domain::VatExemptionReason::fromCode(group.exemptionReasonCode);
            if (!reason || reason->category() != group.vatCategory)
                return tree.fail(
                    group.node,
                    UblReaderAmounts::tr("\"%1\" is not a VATEX exemption reason code of VAT category %2.")
                        .arg(group.exemptionReasonCode.left(40),
                             domain::VatCategories::code(group.vatCategory)),
                    u"BT-121");
        }
        bool duplicate = false;
        for (const domain::DocumentVatExemption& existing : std::as_const(r.document.exemptions))
            duplicate = duplicate || existing.vatCategory == group.vatCategory;
        if (duplicate)
            continue;
        r.document.exemptions.append(
            { group.vatCategory, group.exemptionReasonCode, group.exemptionReasonText });
    }
    return {};
}

Result<void> UblReaderAmounts::readExchangeRate(UblReaderState& r, const UblParseTotals& totals,
                                                std::optional<domain::Currency> taxCurrency)
{
    const UblParseTree& tree = r.tree;
    domain::Document& doc = r.document;
    const domain::Currency eur = domain::Currency::eur();
    if (doc.currency == eur) {
        if (taxCurrency)
            r.warnings.append(
                UblReaderAmounts::tr("The VAT total in %1 was ignored: the document is in euro.")
                    .arg(taxCurrency->code()));
        return {};
    }
    if (!taxCurrency || *taxCurrency != eur || !totals.vatTotalInTaxCurrency) {
        r.warnings.append(
            UblReaderAmounts::tr("The document is in %1 and does not state its VAT in euro: enter the "
                                 "exchange rate before booking it.")
                .arg(doc.currency.code()));
        return {};
    }
    const UblParseTotals::Amount& inEuro = *totals.vatTotalInTaxCurrency;
    const qint64 foreign = totals.vatTotal.value.minorUnits();
    const qint64 euro = inEuro.value.minorUnits();
    if (foreign == 0) {
        if (euro != 0)
            return tree.fail(inEuro.node,
                             UblReaderAmounts::tr("The VAT in euro is not zero while the VAT is."),
                             u"BT-111");
        r.warnings.append(
            UblReaderAmounts::tr("The document is in %1 and has no VAT to derive an exchange rate from: "
                                 "enter the exchange rate before booking it.")
                .arg(doc.currency.code()));
        return {};
    }
    if (euro == 0 || (euro < 0) != (foreign < 0))
        return tree.fail(
            inEuro.node,
            UblReaderAmounts::tr("The VAT in euro does not match the VAT in %1.").arg(doc.currency.code()),
            u"BT-111");
    // rate = (euro / 10^2) / (foreign / 10^d), with ten decimals.
    const int exponent = domain::ExchangeRate::Places + doc.currency.minorDigits() - eur.minorDigits();
    const auto scaled = domain::FixedPoint::multiplyDivide(
        euro < 0 ? -euro : euro, domain::FixedPoint::powerOfTen(exponent), foreign < 0 ? -foreign : foreign);
    const auto rate = scaled ? domain::ExchangeRate::fromScaled(*scaled)
                             : Result<domain::ExchangeRate>(std::unexpected(Error {}));
    if (!rate)
        return tree.fail(inEuro.node,
                         UblReaderAmounts::tr("No usable exchange rate follows from the VAT in euro."),
                         u"BT-111");
    const auto check = rate->convert(totals.vatTotal.value, eur);
    if (!check || *check != inEuro.value)
        return tree.fail(inEuro.node,
                         UblReaderAmounts::tr("No usable exchange rate follows from the VAT in euro."),
                         u"BT-111");
    doc.exchangeRate = *rate;
    return {};
}

} // namespace kasboek::exchange::ubl
