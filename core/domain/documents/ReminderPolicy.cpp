#include "ReminderPolicy.h"

#include "../FixedPoint.h"

namespace kasboek::domain {

ReminderPolicy::ReminderPolicy(const ReminderSettings& settings)
    : m_settings(settings)
{ }

Result<ReminderPolicy> ReminderPolicy::create(const ReminderSettings& settings)
{
    if (settings.firstAfterDays < 0 || settings.firstAfterDays > 365)
        return fail(ErrorCode::Validation,
                    tr("The first reminder goes out 0 to 365 days after the due date."),
                    QStringLiteral("firstAfterDays"));
    if (settings.secondAfterDays <= settings.firstAfterDays || settings.secondAfterDays > 730)
        return fail(ErrorCode::Validation, tr("The second reminder must come after the first."),
                    QStringLiteral("secondAfterDays"));
    if (settings.formalNoticeAfterDays <= settings.secondAfterDays || settings.formalNoticeAfterDays > 1095)
        return fail(ErrorCode::Validation, tr("The formal notice must come after the second reminder."),
                    QStringLiteral("formalNoticeAfterDays"));
    if (settings.annualInterestBasisPoints < 0 || settings.annualInterestBasisPoints > 10000)
        return fail(ErrorCode::Validation, tr("The interest rate lies between 0 and 100 %."),
                    QStringLiteral("annualInterestBasisPoints"));
    if (settings.fixedCompensation.isNegative())
        return fail(ErrorCode::Validation, tr("The compensation cannot be negative."),
                    QStringLiteral("fixedCompensation"));
    return ReminderPolicy(settings);
}

int ReminderPolicy::daysFor(ReminderLevel level) const
{
    switch (level) {
    case ReminderLevel::First:
        return m_settings.firstAfterDays;
    case ReminderLevel::Second:
        return m_settings.secondAfterDays;
    case ReminderLevel::FormalNotice:
        return m_settings.formalNoticeAfterDays;
    }
    return m_settings.firstAfterDays;
}

std::optional<ReminderLevel> ReminderPolicy::levelDue(QDate dueDate, std::optional<ReminderLevel> lastSent,
                                                      QDate today) const
{
    if (lastSent == ReminderLevel::FormalNotice)
        return std::nullopt;
    const ReminderLevel next
        = lastSent ? static_cast<ReminderLevel>(static_cast<int>(*lastSent) + 1) : ReminderLevel::First;
    if (dueDate.daysTo(today) >= daysFor(next) && today > dueDate)
        return next;
    return std::nullopt;
}

Result<Money> ReminderPolicy::simpleInterest(const Money& outstanding, int annualBasisPoints, int days)
{
    if (days <= 0 || annualBasisPoints <= 0 || outstanding.isNegative())
        return Money::zero(outstanding.currency());
    // outstanding × bp × days ÷ (10000 × 365), in two exact steps: bp × days fits easily.
    const auto result = FixedPoint::multiplyDivide(
        outstanding.minorUnits(), static_cast<qint64>(annualBasisPoints) * days, qint64 { 10000 } * 365);
    if (!result)
        return fail(ErrorCode::Validation, tr("The amount is too large."));
    return Money::fromMinorUnits(*result, outstanding.currency());
}

Result<LatePaymentCharges> ReminderPolicy::charges(const Money& outstanding, QDate dueDate, QDate on,
                                                   ReminderLevel level) const
{
    LatePaymentCharges charges;
    charges.daysLate = std::max<qint64>(0, dueDate.daysTo(on));
    charges.interest = Money::zero(outstanding.currency());
    charges.compensation = Money::zero(outstanding.currency());
    if (static_cast<int>(level) < static_cast<int>(m_settings.chargesFrom))
        return charges;
    auto interest = simpleInterest(outstanding, m_settings.annualInterestBasisPoints, charges.daysLate);
    if (!interest)
        return std::unexpected(interest.error());
    charges.interest = *interest;
    if (m_settings.fixedCompensation.currency() == outstanding.currency())
        charges.compensation = m_settings.fixedCompensation;
    return charges;
}

Result<ReminderLevel> ReminderPolicy::levelFromNumber(int number)
{
    if (number < 1 || number > 3)
        return fail(ErrorCode::Validation, tr("Unknown reminder level %1.").arg(number),
                    QStringLiteral("level"));
    return static_cast<ReminderLevel>(number);
}

} // namespace kasboek::domain
