#include "UblReader.h"

#include "UblParseAttachment.h"
#include "UblParseTotals.h"
#include "UblParseTree.h"
#include "UblParseValues.h"
#include "UblReaderAmounts.h"
#include "UblReaderHeader.h"
#include "UblReaderState.h"
#include "UblReaderTotalsCheck.h"

using namespace Qt::StringLiterals;

namespace kasboek::exchange::ubl {

namespace {

using Ns = UblParseTree::Ns;

} // namespace

Result<UblImport> UblReader::read(const QByteArray& xml, const UblReaderLimits& limits)
{
    const auto tree = UblParseTree::parse(xml, limits);
    if (!tree)
        return std::unexpected(tree.error());
    UblReaderState r(*tree, limits);
    for (auto step : { UblReaderHeader::checkRoot, UblReaderHeader::readHeader, UblReaderHeader::readParties,
                       UblReaderHeader::readPayment, UblReaderAmounts::readLines,
                       UblReaderAmounts::readAllowancesAndCharges, UblReaderAmounts::fitDocumentDiscount }) {
        if (auto ok = step(r); !ok)
            return std::unexpected(ok.error());
    }

    const qsizetype root = UblParseTree::root();
    std::optional<domain::Currency> taxCurrency;
    const auto taxCurrencyNode = tree->optional(root, Ns::Cbc, u"TaxCurrencyCode", u"BT-6");
    if (!taxCurrencyNode)
        return std::unexpected(taxCurrencyNode.error());
    if (*taxCurrencyNode) {
        const auto code = UblParseValues::currency(*tree, **taxCurrencyNode, u"BT-6");
        if (!code)
            return std::unexpected(code.error());
        if (*code != r.document.currency)
            taxCurrency = *code;
    }
    const auto totals = UblParseTotals::parse(*tree, root, r.document.currency, taxCurrency);
    if (!totals)
        return std::unexpected(totals.error());
    if (auto ok = UblReaderAmounts::readExemptions(r, *totals); !ok)
        return std::unexpected(ok.error());
    if (auto ok = UblReaderAmounts::readExchangeRate(r, *totals, taxCurrency); !ok)
        return std::unexpected(ok.error());
    const auto computed
        = UblReaderTotalsCheck::check(*tree, root, r.document, r.lineNets, *totals, r.discountReason);
    if (!computed)
        return std::unexpected(computed.error());
    if (totals->prepaid && !totals->prepaid->value.isZero())
        r.warnings.append(
            UblReader::tr("The supplier states that %1 %2 was paid already; record that payment "
                          "separately.")
                .arg(totals->prepaid->value.toDecimalString(), r.document.currency.code()));
    if (totals->rounding && !totals->rounding->value.isZero())
        r.warnings.append(UblReader::tr("The amount due includes a rounding of %1 %2.")
                              .arg(totals->rounding->value.toDecimalString(), r.document.currency.code()));

    auto attachments = UblParseAttachment::parseAll(*tree, root, limits, r.warnings);
    if (!attachments)
        return std::unexpected(attachments.error());
    r.document.attachments = *attachments;

    r.document.totalExclusive = computed->taxExclusiveAmount;
    r.document.totalVat = computed->vatTotal;
    r.document.totalInclusive = computed->taxInclusiveAmount;
    return UblImport { r.document, r.warnings };
}

} // namespace kasboek::exchange::ubl