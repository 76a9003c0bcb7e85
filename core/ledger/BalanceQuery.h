#pragma once

#include "Error.h"

#include <QDate>
#include <QHash>
#include <optional>

namespace kasboek::storage {
class Database;
}

namespace kasboek::ledger {

// Debit and credit posted on an account over a period.
struct Movement
{
    qint64 debit = 0;
    qint64 credit = 0;
    [[nodiscard]] qint64 balance() const { return debit - credit; } // positive: a debit balance
    Movement& operator+=(const Movement& other)
    {
        debit += other.debit;
        credit += other.credit;
        return *this;
    }
    friend bool operator==(const Movement&, const Movement&) = default;
};

// What was posted on every account between two dates, fast on any size of book: whole months
// come from account_month_totals, and only the days of a partial month at either end are
// read line by line (through the entries' date index).
class BalanceQuery final
{
public:
    explicit BalanceQuery(storage::Database& database);

    // Movements per account id from `from` (or the beginning) through `to`, inclusive.
    // Accounts without any movement are absent. With `withoutClosing`, the entries that closed
    // a fiscal year are left out: what a profit and loss or a trial balance before closing shows.
    [[nodiscard]] Result<QHash<qint64, Movement>> movements(std::optional<QDate> from, QDate to,
                                                            bool withoutClosing = false) const;

private:
    [[nodiscard]] Result<void> addMonths(QHash<qint64, Movement>& into, const QString& firstMonth,
                                         const QString& lastMonth) const;
    [[nodiscard]] Result<void> addDays(QHash<qint64, Movement>& into, QDate from, QDate to) const;
    [[nodiscard]] Result<void> subtractClosing(QHash<qint64, Movement>& into, std::optional<QDate> from,
                                               QDate to) const;

    storage::Database& m_database;
};

} // namespace kasboek::ledger
