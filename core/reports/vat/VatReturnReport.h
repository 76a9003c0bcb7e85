#pragma once

#include "Error.h"
#include "reports/ReportOutput.h"
#include "reports/ReportPeriod.h"

#include <QCoreApplication>

namespace kasboek::storage {
class Database;
}

namespace kasboek::reports {

class ReportCompany;

// The VAT return of the company's country for a period, as a report: one row per box
// (code, description, amount) and, in the JSON, each box with the lines behind it, so that
// every figure can be traced to its entries.
class VatReturnReport final
{
    Q_DECLARE_TR_FUNCTIONS(VatReturnReport)
public:
    static inline const QString key = QStringLiteral("vat-return");

    VatReturnReport() = delete;
    // Validation when the company's country has no return Kasboek computes (BE and NL do).
    [[nodiscard]] static Result<ReportOutput> build(storage::Database& database, const ReportPeriod& period);
};

} // namespace kasboek::reports
