#include "DocumentDescription.h"

namespace kasboek::exchange::documentjson {

Result<void> DocumentDescription::applyTo(domain::Document& draft) const
{
    if (dueDate)
        draft.dueDate = *dueDate;
    if (deliveryDate)
        draft.deliveryDate = *deliveryDate;
    if (validUntil)
        draft.validUntil = *validUntil;
    if (language)
        draft.language = *language;
    if (currency)
        draft.currency = *currency;
    if (exchangeRate)
        draft.exchangeRate = *exchangeRate;
    if (paymentTermsDays)
        draft.paymentTermsDays = *paymentTermsDays;
    if (paymentTerms)
        draft.paymentTerms = *paymentTerms;
    if (buyerReference)
        draft.buyerReference = *buyerReference;
    if (orderReference)
        draft.orderReference = *orderReference;
    if (notes)
        draft.notes = *notes;
    if (discountPercent)
        draft.discountPercent = *discountPercent;
    if (lines)
        draft.lines = *lines;
    if (!charges.isEmpty()) {
        draft.charges.clear();
        for (qsizetype i = 0; i < charges.size(); ++i) {
            const Charge& charge = charges.at(i);
            auto amount = domain::Money::parse(charge.amount, draft.currency);
            if (!amount)
                return fail(ErrorCode::Validation,
                            tr("The amount of charge %1 is not an amount in %2: %3")
                                .arg(QString::number(i + 1), draft.currency.code(), amount.error().message),
                            QStringLiteral("charges[%1].amount").arg(i));
            draft.charges.append(domain::DocumentCharge { *amount, charge.vatCategory, charge.vatRate,
                                                          charge.reason, charge.reasonCode });
        }
    }
    if (!exemptions.isEmpty())
        draft.exemptions = exemptions;
    return {};
}

} // namespace kasboek::exchange::documentjson
