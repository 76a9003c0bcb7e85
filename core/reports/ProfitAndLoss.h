#pragma once

#include "Error.h"
#include "ReportOutput.h"
#include "ReportPeriod.h"
#include "ledger/Account.h"

#include <QCoreApplication>
#include <QList>

namespace kasboek::storage {
class Database;
}

namespace kasboek::reports {

class ReportCompany;

// One account of the profit and loss, in the period and in the one before. Income is shown
// credit-positive and expenses debit-positive, so that both read as positive numbers normally.
struct ProfitAndLossLine
{
    ledger::Account account;
    qint64 amount = 0;
    qint64 previous = 0;
};

struct ProfitAndLossSection
{
    QList<ProfitAndLossLine> lines; // by account code
    qint64 total = 0;
    qint64 previous = 0;
};

// The profit and loss of a period beside the previous period (ReportPeriod::previous()):
// income accounts, then expense accounts, each with its subtotal, and the result (income
// minus expenses: a profit is positive). Entries that close a fiscal year are left out - they
// would bring every account to zero. An account appears when either period has an amount on it.
class ProfitAndLoss final
{
    Q_DECLARE_TR_FUNCTIONS(ProfitAndLoss)
public:
    static inline const QString key = QStringLiteral("profit-loss");

    [[nodiscard]] static Result<ProfitAndLoss> build(storage::Database& database, const ReportPeriod& period);

    [[nodiscard]] const ReportPeriod& period() const { return m_period; }
    [[nodiscard]] ReportPeriod previousPeriod() const { return m_period.previous(); }
    [[nodiscard]] const ProfitAndLossSection& income() const { return m_income; }
    [[nodiscard]] const ProfitAndLossSection& expenses() const { return m_expenses; }
    [[nodiscard]] qint64 result() const { return m_income.total - m_expenses.total; }
    [[nodiscard]] qint64 previousResult() const { return m_income.previous - m_expenses.previous; }

    [[nodiscard]] ReportOutput output(const ReportCompany& company) const;

private:
    explicit ProfitAndLoss(ReportPeriod period)
        : m_period(period)
    { }

    ReportPeriod m_period;
    ProfitAndLossSection m_income;
    ProfitAndLossSection m_expenses;
};

} // namespace kasboek::reports
