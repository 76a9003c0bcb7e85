#pragma once

#include "Error.h"

#include <QDate>
#include <QHash>

namespace kasboek::storage {
class UnitOfWork;
}

namespace kasboek::ledger {

// Debit and credit per account and month of lines being posted, gathered in memory and
// added to account_month_totals in one pass: an import of a million entries writes a few
// thousand totals rows instead of updating them three million times.
class MonthTotals final
{
public:
    void add(qint64 accountId, QDate date, qint64 debit, qint64 credit);
    // The same for a line of a date whose year and month the caller has at hand already.
    void add(qint64 accountId, int year, int month, qint64 debit, qint64 credit);
    [[nodiscard]] bool isEmpty() const { return m_totals.isEmpty(); }
    // Adds everything gathered to the stored totals and forgets it.
    [[nodiscard]] Result<void> flush(storage::UnitOfWork& work);

private:
    struct Sums
    {
        qint64 debit = 0;
        qint64 credit = 0;
    };
    // Key: account id in the high bits, year * 100 + month in the low 20 bits.
    QHash<qint64, Sums> m_totals;
};

} // namespace kasboek::ledger
