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

// One account of a trial balance. Balances are debit-positive: a credit balance is negative.
struct TrialBalanceRow
{
    ledger::Account account;
    qint64 opening = 0; // the balance at the end of the day before the period
    qint64 debit = 0; // posted in the period
    qint64 credit = 0;
    qint64 closing = 0; // opening + debit - credit
};

// The trial balance of a period, before closing: every account with a balance or with
// something posted in the period, by code, and the totals, which balance (the openings and
// closings add up to zero, debit equals credit) in any ledger the database accepted.
// Entries that close a fiscal year are left out of the period - income and expense accounts
// show what the year brought - but those of earlier periods are in the opening balances,
// where they belong. Reads the month totals (BalanceQuery): fast on any size of book.
class TrialBalance final
{
    Q_DECLARE_TR_FUNCTIONS(TrialBalance)
public:
    static inline const QString key = QStringLiteral("trial-balance");

    [[nodiscard]] static Result<TrialBalance> build(storage::Database& database, const ReportPeriod& period);

    [[nodiscard]] const ReportPeriod& period() const { return m_period; }
    [[nodiscard]] const QList<TrialBalanceRow>& rows() const { return m_rows; }
    // The sums of every column (no account).
    [[nodiscard]] const TrialBalanceRow& totals() const { return m_totals; }
    [[nodiscard]] bool balances() const
    {
        return m_totals.opening == 0 && m_totals.closing == 0 && m_totals.debit == m_totals.credit;
    }

    [[nodiscard]] ReportOutput output(const ReportCompany& company) const;

private:
    explicit TrialBalance(ReportPeriod period)
        : m_period(period)
    { }

    ReportPeriod m_period;
    QList<TrialBalanceRow> m_rows;
    TrialBalanceRow m_totals;
};

} // namespace kasboek::reports
