#pragma once

#include "AccountRegister.h"
#include "Error.h"
#include "ReportOutput.h"
#include "ReportPeriod.h"
#include "ledger/Account.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

namespace kasboek::storage {
class Database;
}

namespace kasboek::reports {

class ReportCompany;

// One account in the general ledger: its balance before the period, every line of the period
// with the running balance, and the balance at its end (all debit-positive).
struct GeneralLedgerAccount
{
    ledger::Account account;
    qint64 opening = 0;
    QList<RegisterLine> lines;
    qint64 debit = 0;
    qint64 credit = 0;
    qint64 closing = 0;
};

// The general ledger (the accounts' registers) of a period: for one account, or for every
// account with a balance or a line in the period, by code. Everything posted is in it, the
// entries that close a fiscal year included. Reads each account's lines through
// AccountRegister, page by page.
class GeneralLedger final
{
    Q_DECLARE_TR_FUNCTIONS(GeneralLedger)
public:
    static inline const QString key = QStringLiteral("ledger");

    // `accountId`: that account only, shown even without any line; NotFound when it does not
    // exist.
    [[nodiscard]] static Result<GeneralLedger> build(storage::Database& database, const ReportPeriod& period,
                                                     std::optional<qint64> accountId = std::nullopt);

    [[nodiscard]] const ReportPeriod& period() const { return m_period; }
    [[nodiscard]] const QList<GeneralLedgerAccount>& accounts() const { return m_accounts; }

    [[nodiscard]] ReportOutput output(const ReportCompany& company) const;

private:
    explicit GeneralLedger(ReportPeriod period)
        : m_period(period)
    { }

    ReportPeriod m_period;
    QList<GeneralLedgerAccount> m_accounts;
    QHash<qint64, QString> m_journalCodes;
};

} // namespace kasboek::reports
