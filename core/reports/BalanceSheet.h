#pragma once

#include "Error.h"
#include "ReportOutput.h"
#include "ReportPeriod.h"
#include "ledger/Account.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace kasboek::storage {
class Database;
}

namespace kasboek::reports {

class ReportCompany;

// One account on the balance sheet, on the date and on the comparison date. Assets are shown
// debit-positive, liabilities and equity credit-positive.
struct BalanceSheetLine
{
    ledger::Account account;
    qint64 amount = 0;
    qint64 previous = 0;
};

struct BalanceSheetSection
{
    QList<BalanceSheetLine> lines; // by account code
    qint64 total = 0;
    qint64 previous = 0;
};

// The balance sheet at the end of a period (`to`), beside the end of the period before it
// (ReportPeriod::previous()): the asset, liability and equity accounts with their balance from
// the first entry through that date, closing entries included. Income and expense accounts of
// years not closed yet still hold their result: it appears in equity as one line, the result
// not yet closed (minus the balance of all income and expense accounts through the date; the
// closing entries have brought closed years to zero), so that assets always equal liabilities
// plus equity. An account appears when it has a balance on either date.
class BalanceSheet final
{
    Q_DECLARE_TR_FUNCTIONS(BalanceSheet)
public:
    static inline const QString key = QStringLiteral("balance-sheet");

    [[nodiscard]] static Result<BalanceSheet> build(storage::Database& database, const ReportPeriod& period);

    [[nodiscard]] QDate date() const { return m_date; }
    [[nodiscard]] QDate previousDate() const { return m_previousDate; }
    [[nodiscard]] const BalanceSheetSection& assets() const { return m_assets; }
    [[nodiscard]] const BalanceSheetSection& liabilities() const { return m_liabilities; }
    // Its total includes the result not yet closed.
    [[nodiscard]] const BalanceSheetSection& equity() const { return m_equity; }
    [[nodiscard]] qint64 unclosedResult() const { return m_unclosedResult; }
    [[nodiscard]] qint64 previousUnclosedResult() const { return m_previousUnclosedResult; }
    [[nodiscard]] qint64 liabilitiesAndEquity() const { return m_liabilities.total + m_equity.total; }
    [[nodiscard]] qint64 previousLiabilitiesAndEquity() const
    {
        return m_liabilities.previous + m_equity.previous;
    }

    [[nodiscard]] ReportOutput output(const ReportCompany& company) const;

private:
    BalanceSheet(QDate date, QDate previousDate)
        : m_date(date)
        , m_previousDate(previousDate)
    { }

    QDate m_date;
    QDate m_previousDate;
    BalanceSheetSection m_assets;
    BalanceSheetSection m_liabilities;
    BalanceSheetSection m_equity;
    qint64 m_unclosedResult = 0;
    qint64 m_previousUnclosedResult = 0;
};

} // namespace kasboek::reports
