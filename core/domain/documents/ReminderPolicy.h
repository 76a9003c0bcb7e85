#pragma once

#include "../Money.h"
#include "Error.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace kasboek::domain {

// The three steps of asking for an overdue payment, each of which produces a document.
enum class ReminderLevel {
    First = 1, // a friendly reminder
    Second = 2,
    FormalNotice = 3, // ingebrekestelling / mise en demeure / Mahnung: the legal notice
};

// The freelancer's reminder settings. Interest and compensation are off by default: the law
// allows them (BE: law of 2 August 2002 for businesses, Code of Economic Law book XIX for
// consumers; NL: art. 6:119a/6:96 BW and the WIK), but the rates and amounts change and depend
// on the customer, so the user sets them.
struct ReminderSettings
{
    int firstAfterDays = 7; // days after the due date
    int secondAfterDays = 21;
    int formalNoticeAfterDays = 35;
    int annualInterestBasisPoints = 0; // late-payment interest a year, e.g. 1250 = 12.5 %; 0 = none
    Money fixedCompensation; // a fixed amount per invoice in the books' currency; 0 = none
    ReminderLevel chargesFrom = ReminderLevel::FormalNotice; // from which reminder they are claimed

    friend bool operator==(const ReminderSettings&, const ReminderSettings&) = default;
};

// What a reminder claims besides the outstanding amount.
struct LatePaymentCharges
{
    int daysLate = 0;
    Money interest; // simple interest from the due date, 365-day year
    Money compensation;

    friend bool operator==(const LatePaymentCharges&, const LatePaymentCharges&) = default;
};

// Decides which reminder an overdue invoice is due for and what it may claim. Pure rules; the
// reminder service stores and renders what it decides.
class ReminderPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(ReminderPolicy)
public:
    // Validation error (field = the setting) when the days do not increase, a rate is negative
    // or above 100 %, or the compensation is negative.
    [[nodiscard]] static Result<ReminderPolicy> create(const ReminderSettings& settings);

    [[nodiscard]] const ReminderSettings& settings() const { return m_settings; }

    // The next level, when it is due on `today` for an invoice due on `dueDate` whose last
    // reminder was `lastSent` (none yet: std::nullopt). One level at a time: an invoice that
    // went unnoticed for months gets the first reminder first.
    [[nodiscard]] std::optional<ReminderLevel> levelDue(QDate dueDate, std::optional<ReminderLevel> lastSent,
                                                        QDate today) const;
    // The days after the due date at which `level` becomes due.
    [[nodiscard]] int daysFor(ReminderLevel level) const;

    // Interest and compensation for a reminder of `level` on `on`, on `outstanding`. Both are
    // zero below settings().chargesFrom; the compensation is only claimed in the books' own
    // currency (a foreign-currency invoice gets the interest only).
    [[nodiscard]] Result<LatePaymentCharges> charges(const Money& outstanding, QDate dueDate, QDate on,
                                                     ReminderLevel level) const;

    // outstanding × rate × days ÷ 365, rounded half away from zero to the currency's units.
    [[nodiscard]] static Result<Money> simpleInterest(const Money& outstanding, int annualBasisPoints,
                                                      int days);

    // Stored codes 1, 2, 3.
    [[nodiscard]] static Result<ReminderLevel> levelFromNumber(int number);

private:
    explicit ReminderPolicy(const ReminderSettings& settings);

    ReminderSettings m_settings;
};

} // namespace kasboek::domain
