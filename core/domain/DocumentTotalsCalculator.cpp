#include "DocumentTotalsCalculator.h"

#include "VatExemptionReason.h"

#include <map>
#include <utility>

using namespace Qt::StringLiterals;

namespace kasboek::domain {

namespace {

QString itemField(QStringView list, qsizetype index, QStringView member)
{
    return list.toString() + u'[' + QString::number(index) + u"]."_s + member.toString();
}

QString groupField(VatCategory category, VatRate rate, QStringView member)
{
    return u"vatBreakdown["_s + VatCategories::code(category) + u'/' + rate.toString() + u"]."_s
        + member.toString();
}

std::unexpected<Error> withField(Error error, const QString& field)
{
    error.field = field;
    return std::unexpected<Error>(std::move(error));
}

// sum += amount (or −=), naming `field` when the sum leaves the int64 range.
Result<void> accumulate(Money& sum, const Money& amount, const QString& field, bool subtract = false)
{
    const Result<Money> result = subtract ? sum.minus(amount) : sum.plus(amount);
    if (!result)
        return withField(result.error(), field);
    sum = *result;
    return {};
}

Result<void> checkCurrency(const Money& amount, Currency currency, const QString& field)
{
    if (amount.currency() == currency)
        return {};
    return fail(ErrorCode::Validation,
                DocumentTotalsCalculator::tr("This amount is in %1 but the document is in %2.")
                    .arg(amount.currency().code(), currency.code()),
                field);
}

Result<void> checkCategoryRate(VatCategory category, VatRate rate, const QString& field)
{
    if (auto check = VatCategories::checkRate(category, rate); !check)
        return withField(check.error(), field);
    return {};
}

using GroupKey = std::pair<int, int>; // (category, −rate): a std::map then iterates in breakdown order

GroupKey groupKey(VatCategory category, VatRate rate)
{
    return { static_cast<int>(category), -rate.basisPoints() };
}

struct Group
{
    VatCategory category;
    VatRate rate;
    Money taxable;
};

Result<void> addToGroup(std::map<GroupKey, Group>& groups, VatCategory category, VatRate rate,
                        const Money& amount, bool subtract)
{
    const Group empty { category, rate, Money::zero(amount.currency()) };
    const auto it = groups.try_emplace(groupKey(category, rate), empty).first;
    return accumulate(it->second.taxable, amount, groupField(category, rate, u"taxableAmount"), subtract);
}

// Document allowances (subtract) or charges: checked, summed, and spread over their groups.
Result<void> addDocumentLevel(const QList<DocumentAllowanceCharge>& items, QStringView list,
                              Currency currency, Money& total, std::map<GroupKey, Group>& groups,
                              bool subtract)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        const DocumentAllowanceCharge& item = items.at(i);
        if (auto ok = checkCurrency(item.amount, currency, itemField(list, i, u"amount")); !ok)
            return ok;
        if (auto ok = checkCategoryRate(item.vatCategory, item.vatRate, itemField(list, i, u"vatRate")); !ok)
            return ok;
        if (item.reason.trimmed().isEmpty() && item.reasonCode.trimmed().isEmpty())
            return fail(
                ErrorCode::Validation,
                DocumentTotalsCalculator::tr("Each document-level allowance and charge needs a reason."),
                itemField(list, i, u"reason"));
        if (auto ok
            = accumulate(total, item.amount, list == u"allowances" ? u"allowanceTotal"_s : u"chargeTotal"_s);
            !ok)
            return ok;
        if (auto ok = addToGroup(groups, item.vatCategory, item.vatRate, item.amount, subtract); !ok)
            return ok;
    }
    return {};
}

// The exemption reasons per category, checked against the categories they belong to.
Result<std::map<VatCategory, VatExemptionInput>> collectExemptions(const QList<VatExemptionInput>& exemptions)
{
    std::map<VatCategory, VatExemptionInput> byCategory;
    for (qsizetype i = 0; i < exemptions.size(); ++i) {
        VatExemptionInput exemption = exemptions.at(i);
        const QString code = VatCategories::code(exemption.vatCategory);
        if (!VatCategories::requiresExemptionReason(exemption.vatCategory))
            return fail(
                ErrorCode::Validation,
                DocumentTotalsCalculator::tr("VAT category %1 must not have an exemption reason.").arg(code),
                itemField(u"exemptions", i, u"vatCategory"));
        if (byCategory.contains(exemption.vatCategory))
            return fail(
                ErrorCode::Validation,
                DocumentTotalsCalculator::tr("VAT category %1 has more than one exemption reason.").arg(code),
                itemField(u"exemptions", i, u"vatCategory"));
        exemption.reasonCode = exemption.reasonCode.trimmed();
        exemption.reasonText = exemption.reasonText.trimmed();
        if (exemption.reasonCode.isEmpty() && exemption.reasonText.isEmpty())
            return fail(ErrorCode::Validation,
                        DocumentTotalsCalculator::tr("Give an exemption reason code or text."),
                        itemField(u"exemptions", i, u"reasonText"));
        if (!exemption.reasonCode.isEmpty()) {
            const auto reason = VatExemptionReason::fromCode(exemption.reasonCode);
            if (!reason)
                return withField(reason.error(), itemField(u"exemptions", i, u"reasonCode"));
            if (reason->category() != exemption.vatCategory)
                return fail(
                    ErrorCode::Validation,
                    DocumentTotalsCalculator::tr("Exemption reason %1 does not belong to VAT category %2.")
                        .arg(exemption.reasonCode, code),
                    itemField(u"exemptions", i, u"reasonCode"));
            if (exemption.reasonText.isEmpty())
                exemption.reasonText = reason->text();
        }
        byCategory.emplace(exemption.vatCategory, exemption);
    }
    return byCategory;
}

} // namespace

Result<DocumentTotals> DocumentTotalsCalculator::calculate(const DocumentTotalsInput& input)
{
    const Currency currency = input.currency;
    if (input.lines.isEmpty())
        return fail(ErrorCode::Validation, tr("A document needs at least one line."), u"lines"_s);

    DocumentTotals totals;
    totals.lineNetTotal = totals.allowanceTotal = totals.chargeTotal = Money::zero(currency);
    totals.paidAmount = totals.roundingAmount = totals.vatTotal = Money::zero(currency);
    std::map<GroupKey, Group> groups;

    for (qsizetype i = 0; i < input.lines.size(); ++i) {
        const DocumentLineInput& line = input.lines.at(i);
        if (auto ok = checkCategoryRate(line.vatCategory, line.vatRate, itemField(u"lines", i, u"vatRate"));
            !ok)
            return std::unexpected(ok.error());
        const auto product = Money::fromProduct(line.quantity, line.unitPrice, currency);
        if (!product)
            return withField(product.error(), itemField(u"lines", i, u"netAmount"));
        Money net = *product;
        if (line.allowance) {
            const QString field = itemField(u"lines", i, u"allowance");
            if (auto ok = checkCurrency(*line.allowance, currency, field); !ok)
                return std::unexpected(ok.error());
            if (auto ok = accumulate(net, *line.allowance, field, true); !ok)
                return std::unexpected(ok.error());
        }
        if (line.charge) {
            const QString field = itemField(u"lines", i, u"charge");
            if (auto ok = checkCurrency(*line.charge, currency, field); !ok)
                return std::unexpected(ok.error());
            if (auto ok = accumulate(net, *line.charge, field); !ok)
                return std::unexpected(ok.error());
        }
        totals.lineNetAmounts.append(net);
        if (auto ok = accumulate(totals.lineNetTotal, net, u"lineNetTotal"_s); !ok)
            return std::unexpected(ok.error());
        if (auto ok = addToGroup(groups, line.vatCategory, line.vatRate, net, false); !ok)
            return std::unexpected(ok.error());
    }

    if (auto ok
        = addDocumentLevel(input.allowances, u"allowances", currency, totals.allowanceTotal, groups, true);
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = addDocumentLevel(input.charges, u"charges", currency, totals.chargeTotal, groups, false);
        !ok)
        return std::unexpected(ok.error());

    totals.taxExclusiveAmount = totals.lineNetTotal;
    if (auto ok = accumulate(totals.taxExclusiveAmount, totals.allowanceTotal, u"taxExclusiveAmount"_s, true);
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = accumulate(totals.taxExclusiveAmount, totals.chargeTotal, u"taxExclusiveAmount"_s); !ok)
        return std::unexpected(ok.error());

    const auto exemptions = collectExemptions(input.exemptions);
    if (!exemptions)
        return std::unexpected(exemptions.error());

    for (const auto& [key, group] : groups) {
        VatBreakdown breakdown;
        breakdown.vatCategory = group.category;
        breakdown.vatRate = group.rate;
        breakdown.taxableAmount = group.taxable;
        // The one place VAT is rounded: on the group's sum (BR-CO-17).
        const auto tax = group.rate.taxOn(group.taxable);
        if (!tax)
            return withField(tax.error(), groupField(group.category, group.rate, u"taxAmount"));
        breakdown.taxAmount = *tax;
        if (VatCategories::requiresExemptionReason(group.category)) {
            const auto found = exemptions->find(group.category);
            if (found == exemptions->end())
                return fail(ErrorCode::Validation,
                            tr("VAT category %1 needs an exemption reason (code or text).")
                                .arg(VatCategories::code(group.category)),
                            groupField(group.category, group.rate, u"exemptionReason"));
            breakdown.exemptionReasonCode = found->second.reasonCode;
            breakdown.exemptionReasonText = found->second.reasonText;
        }
        if (auto ok = accumulate(totals.vatTotal, breakdown.taxAmount, u"vatTotal"_s); !ok)
            return std::unexpected(ok.error());
        totals.vatBreakdown.append(breakdown);
    }

    totals.taxInclusiveAmount = totals.taxExclusiveAmount;
    if (auto ok = accumulate(totals.taxInclusiveAmount, totals.vatTotal, u"taxInclusiveAmount"_s); !ok)
        return std::unexpected(ok.error());

    if (input.paidAmount) {
        if (auto ok = checkCurrency(*input.paidAmount, currency, u"paidAmount"_s); !ok)
            return std::unexpected(ok.error());
        totals.paidAmount = *input.paidAmount;
    }
    if (input.roundingAmount) {
        if (auto ok = checkCurrency(*input.roundingAmount, currency, u"roundingAmount"_s); !ok)
            return std::unexpected(ok.error());
        totals.roundingAmount = *input.roundingAmount;
    }
    totals.amountDue = totals.taxInclusiveAmount;
    if (auto ok = accumulate(totals.amountDue, totals.paidAmount, u"amountDue"_s, true); !ok)
        return std::unexpected(ok.error());
    if (auto ok = accumulate(totals.amountDue, totals.roundingAmount, u"amountDue"_s); !ok)
        return std::unexpected(ok.error());

    if (input.accountingCurrency != currency) {
        if (!input.exchangeRate)
            return fail(ErrorCode::Validation,
                        tr("A document in %1 needs the exchange rate to %2 to state its VAT in %2.")
                            .arg(currency.code(), input.accountingCurrency.code()),
                        u"exchangeRate"_s);
        const auto converted = input.exchangeRate->convert(totals.vatTotal, input.accountingCurrency);
        if (!converted)
            return withField(converted.error(), u"vatTotalInAccountingCurrency"_s);
        totals.vatTotalInAccountingCurrency = *converted;
    } else if (input.exchangeRate) {
        return fail(ErrorCode::Validation,
                    tr("The document is in the accounting currency: it takes no exchange rate."),
                    u"exchangeRate"_s);
    }
    return totals;
}

} // namespace kasboek::domain
