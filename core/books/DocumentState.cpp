#include "DocumentState.h"

#include "domain/FixedPoint.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using kasboek::domain::DocumentStatus;
using kasboek::domain::DocumentType;
using kasboek::domain::Money;
using kasboek::storage::DocumentEventKind;

namespace kasboek::books {

namespace {

std::unexpected<Error> outOfRange()
{
    return fail(ErrorCode::Validation, DocumentState::tr("The amounts of the document are too large."),
                u"total"_s);
}

// Σ of the amounts dated on or before `asOf`; nothing when it leaves the range of an amount.
std::optional<qint64> sumUpTo(const QList<DatedAmount>& amounts, QDate asOf)
{
    qint64 sum = 0;
    for (const DatedAmount& amount : amounts) {
        if (amount.date > asOf)
            continue;
        const auto next = domain::FixedPoint::add(sum, amount.amount.minorUnits());
        if (!next)
            return std::nullopt;
        sum = *next;
    }
    return sum;
}

// The part of a credit note of `total` that cancels what its invoice still owed: the invoice's
// unpaid remainder, less what the credit notes before this one took of it.
std::optional<qint64> offsetOf(qint64 total, const CorrectedInvoiceFacts& invoice, QDate asOf)
{
    const auto paid = sumUpTo(invoice.payments, asOf);
    if (!paid)
        return std::nullopt;
    qint64 remaining = std::max<qint64>(0, invoice.total.minorUnits() - *paid);
    for (const DatedAmount& earlier : invoice.earlierCredits) {
        if (earlier.date <= asOf)
            remaining -= std::min(remaining, std::max<qint64>(0, earlier.amount.minorUnits()));
    }
    return std::min(std::max<qint64>(0, total), remaining);
}

// When the settling amounts, taken in date order, first reached `total`.
std::optional<QDate> dateSettled(QList<DatedAmount> amounts, qint64 total, QDate asOf)
{
    std::stable_sort(amounts.begin(), amounts.end(),
                     [](const DatedAmount& a, const DatedAmount& b) { return a.date < b.date; });
    qint64 sum = 0;
    for (const DatedAmount& amount : std::as_const(amounts)) {
        if (amount.date > asOf)
            break;
        const auto next = domain::FixedPoint::add(sum, amount.amount.minorUnits());
        if (!next || *next >= total)
            return amount.date;
        sum = *next;
    }
    return std::nullopt;
}

void applyQuoteEvents(DocumentState& state, const DocumentFacts& facts, QDate asOf)
{
    std::optional<DocumentStage> decision;
    std::optional<QDate> decidedOn;
    std::optional<QDate> convertedOn;
    for (const storage::DocumentEvent& event : facts.events) {
        if (event.date > asOf)
            continue;
        switch (event.kind) {
        case DocumentEventKind::Sent:
            break;
        case DocumentEventKind::Accepted:
            decision = DocumentStage::Accepted;
            decidedOn = event.date;
            break;
        case DocumentEventKind::Declined:
            decision = DocumentStage::Declined;
            decidedOn = event.date;
            break;
        case DocumentEventKind::Cancelled:
            decision = DocumentStage::Cancelled;
            decidedOn = event.date;
            break;
        case DocumentEventKind::Converted:
            if (!convertedOn)
                convertedOn = event.date;
            break;
        }
    }
    // Once an invoice was made from it, that is what became of the quote.
    if (convertedOn) {
        state.stage = DocumentStage::Converted;
        state.decidedOn = convertedOn;
    } else if (decision) {
        state.stage = *decision;
        state.decidedOn = decidedOn;
    } else if (facts.validUntil && asOf > *facts.validUntil) {
        state.stage = DocumentStage::Expired;
    } else {
        state.stage = state.sentOn ? DocumentStage::Sent : DocumentStage::Issued;
    }
}

} // namespace

Result<DocumentState> DocumentState::of(const DocumentFacts& facts, QDate asOf)
{
    DocumentState state;
    const domain::Currency currency = facts.total.currency();
    state.total = facts.total;
    state.paid = Money::zero(currency);
    state.credited = Money::zero(currency);
    state.outstanding = Money::zero(currency);
    if (facts.status == DocumentStatus::Draft) {
        state.stage = DocumentStage::Draft;
        return state;
    }
    for (const storage::DocumentEvent& event : facts.events) {
        if (event.kind == DocumentEventKind::Sent && event.date <= asOf)
            state.sentOn = event.date;
    }
    if (facts.type == DocumentType::Quote) {
        applyQuoteEvents(state, facts, asOf);
        return state;
    }

    const auto paid = sumUpTo(facts.payments, asOf);
    if (!paid)
        return outOfRange();
    QList<DatedAmount> settling = facts.payments;
    qint64 credited = 0;
    if (domain::DocumentTypes::isCreditNote(facts.type)) {
        if (facts.corrected) {
            const auto offset = offsetOf(facts.total.minorUnits(), *facts.corrected, asOf);
            if (!offset)
                return outOfRange();
            credited = *offset;
            settling.append({ facts.issueDate, Money::fromMinorUnits(credited, currency) });
        }
    } else {
        const auto credits = sumUpTo(facts.credits, asOf);
        if (!credits)
            return outOfRange();
        credited = *credits;
        settling.append(facts.credits);
    }
    const auto sum = domain::FixedPoint::add(*paid, credited);
    if (!sum)
        return outOfRange();
    const qint64 settled = *sum;
    state.paid = Money::fromMinorUnits(*paid, currency);
    state.credited = Money::fromMinorUnits(credited, currency);
    state.outstanding
        = Money::fromMinorUnits(std::max<qint64>(0, facts.total.minorUnits() - settled), currency);

    const bool invoice = !domain::DocumentTypes::isCreditNote(facts.type);
    if (state.outstanding.isZero()) {
        state.stage = DocumentStage::Paid;
        state.settledOn = facts.total.minorUnits() <= 0
            ? std::optional<QDate>(facts.issueDate)
            : dateSettled(settling, facts.total.minorUnits(), asOf);
    } else if (invoice && facts.dueDate.isValid() && asOf > facts.dueDate) {
        state.stage = DocumentStage::Overdue;
        state.daysOverdue = int(facts.dueDate.daysTo(asOf));
    } else if (settled > 0) {
        state.stage = DocumentStage::PartiallyPaid;
    } else {
        state.stage = state.sentOn ? DocumentStage::Sent : DocumentStage::Issued;
    }
    return state;
}

QString DocumentState::code(DocumentStage stage)
{
    switch (stage) {
    case DocumentStage::Draft:
        return u"draft"_s;
    case DocumentStage::Issued:
        return u"issued"_s;
    case DocumentStage::Sent:
        return u"sent"_s;
    case DocumentStage::PartiallyPaid:
        return u"partially_paid"_s;
    case DocumentStage::Paid:
        return u"paid"_s;
    case DocumentStage::Overdue:
        return u"overdue"_s;
    case DocumentStage::Accepted:
        return u"accepted"_s;
    case DocumentStage::Declined:
        return u"declined"_s;
    case DocumentStage::Converted:
        return u"converted"_s;
    case DocumentStage::Expired:
        return u"expired"_s;
    case DocumentStage::Cancelled:
        return u"cancelled"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QString DocumentState::displayName(DocumentStage stage)
{
    switch (stage) {
    case DocumentStage::Draft:
        return tr("Draft");
    case DocumentStage::Issued:
        return tr("Issued");
    case DocumentStage::Sent:
        return tr("Sent");
    case DocumentStage::PartiallyPaid:
        return tr("Partially paid");
    case DocumentStage::Paid:
        return tr("Paid");
    case DocumentStage::Overdue:
        return tr("Overdue");
    case DocumentStage::Accepted:
        return tr("Accepted");
    case DocumentStage::Declined:
        return tr("Declined");
    case DocumentStage::Converted:
        return tr("Converted");
    case DocumentStage::Expired:
        return tr("Expired");
    case DocumentStage::Cancelled:
        return tr("Cancelled");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace kasboek::books
