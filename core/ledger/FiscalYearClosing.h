#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

namespace kasboek::storage {
class CompanyFile;
}

namespace kasboek::ledger {

struct ClosedYear
{
    QDate start;
    QDate end;
    std::optional<qint64> closingEntryId; // none when every income and expense account was at zero
    qint64 result = 0; // profit (positive) or loss (negative), in minor units
};

// Closing a fiscal year: one entry, dated the year's last day, brings every income and
// expense account to zero and carries the difference - the year's result - to the account
// with the retained-earnings role. The year is then closed for good (nothing can be posted
// in it any more) and the lock moves to its end.
class FiscalYearClosing final
{
    Q_DECLARE_TR_FUNCTIONS(FiscalYearClosing)
public:
    explicit FiscalYearClosing(storage::CompanyFile& file);

    // Refuses: end before start or a year longer than 24 months (Validation), a year that is
    // not over (Validation), one overlapping a closed year (Conflict).
    [[nodiscard]] Result<ClosedYear> close(QDate start, QDate end);
    [[nodiscard]] Result<QList<ClosedYear>> closedYears() const;

private:
    storage::CompanyFile& m_file;
};

} // namespace kasboek::ledger
