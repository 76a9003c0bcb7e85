#include "DocumentCalculation.h"

#include "../DocumentTotalsCalculator.h"
#include "../FixedPoint.h"

#include <QMap>
#include <utility>

namespace kasboek::domain {

Result<Money> DocumentCalculation::percentOf(const Money& amount, Decimal percent)
{
    // percent carries four decimals, so amount × percent / (100 × 10^4).
    const auto result
        = FixedPoint::multiplyDivide(amount.minorUnits(), percent.scaled(), 100 * Decimal::Scale);
    if (!result)
        return fail(ErrorCode::Validation, tr("The amount is too large."));
    return Money::fromMinorUnits(*result, amount.currency());
}

Result<Money> DocumentCalculation::lineGross(const DocumentLine& line, Currency currency)
{
    return Money::fromProduct(line.quantity, line.unitPrice, currency);
}

Result<Money> DocumentCalculation::lineDiscount(const DocumentLine& line, Currency currency)
{
    if (!line.discountPercent || line.discountPercent->isZero())
        return Money::zero(currency);
    auto gross = lineGross(line, currency);
    if (!gross)
        return std::unexpected(gross.error());
    return percentOf(*gross, *line.discountPercent);
}

Result<DocumentTotalsInput> DocumentCalculation::totalsInput(const Document& document,
                                                             const QString& discountReason)
{
    DocumentTotalsInput input;
    input.currency = document.currency;
    input.exchangeRate = document.exchangeRate;

    // Line nets per (category, rate), for the document discount; keyed by the negated rate so
    // the allowances come in the VAT breakdown's order (category, then highest rate first).
    QMap<std::pair<int, int>, Money> groupNets;
    for (qsizetype i = 0; i < document.lines.size(); ++i) {
        const DocumentLine& line = document.lines[i];
        if (line.discountPercent
            && (line.discountPercent->isNegative()
                || *line.discountPercent > Decimal::fromScaled(100 * Decimal::Scale)))
            return fail(ErrorCode::Validation, tr("A discount lies between 0 and 100 %."),
                        QStringLiteral("lines[%1].discountPercent").arg(i));
        auto discount = lineDiscount(line, document.currency);
        if (!discount)
            return std::unexpected(discount.error());
        DocumentLineInput lineInput;
        lineInput.quantity = line.quantity;
        lineInput.unitPrice = line.unitPrice;
        if (!discount->isZero())
            lineInput.allowance = *discount;
        lineInput.vatCategory = line.vatCategory;
        lineInput.vatRate = line.vatRate;
        input.lines.append(lineInput);

        auto gross = lineGross(line, document.currency);
        if (!gross)
            return std::unexpected(gross.error());
        auto net = gross->minus(*discount);
        if (!net)
            return std::unexpected(net.error());
        const auto key = std::make_pair(static_cast<int>(line.vatCategory), -line.vatRate.basisPoints());
        auto sum = groupNets.value(key, Money::zero(document.currency)).plus(*net);
        if (!sum)
            return std::unexpected(sum.error());
        groupNets.insert(key, *sum);
    }

    if (document.discountPercent && !document.discountPercent->isZero()) {
        if (document.discountPercent->isNegative()
            || *document.discountPercent > Decimal::fromScaled(100 * Decimal::Scale))
            return fail(ErrorCode::Validation, tr("A discount lies between 0 and 100 %."),
                        QStringLiteral("discountPercent"));
        for (auto it = groupNets.cbegin(); it != groupNets.cend(); ++it) {
            auto amount = percentOf(it.value(), *document.discountPercent);
            if (!amount)
                return std::unexpected(amount.error());
            if (amount->isZero())
                continue;
            DocumentAllowanceCharge allowance;
            allowance.amount = *amount;
            allowance.vatCategory = static_cast<VatCategory>(it.key().first);
            allowance.vatRate = VatRate::fromBasisPoints(-it.key().second);
            allowance.reason = discountReason;
            allowance.reasonCode = QStringLiteral("95");
            input.allowances.append(allowance);
        }
    }

    for (const DocumentCharge& charge : document.charges)
        input.charges.append(
            { charge.amount, charge.vatCategory, charge.vatRate, charge.reason, charge.reasonCode });

    for (const DocumentVatExemption& exemption : document.exemptions)
        input.exemptions.append({ exemption.vatCategory, exemption.reasonCode, exemption.reasonText });
    return input;
}

Result<DocumentTotals> DocumentCalculation::totals(const Document& document, const QString& discountReason)
{
    auto input = totalsInput(document, discountReason);
    if (!input)
        return std::unexpected(input.error());
    return DocumentTotalsCalculator::calculate(*input);
}

Result<DocumentTotals> DocumentCalculation::totals(const Document& document)
{
    return totals(document, QStringLiteral("Discount"));
}

} // namespace kasboek::domain
