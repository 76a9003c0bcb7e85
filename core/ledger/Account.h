#pragma once

#include "AccountRole.h"
#include "AccountType.h"
#include "VatKind.h"

#include <QString>
#include <QUuid>
#include <optional>

namespace kasboek::ledger {

// An account of the chart, as the accounts table stores it.
struct Account
{
    qint64 id = 0; // row id; 0 until stored
    QUuid uid; // assigned on insert when null
    QString code; // the number the user and the accountant know it by: "400000", "1300"
    QString name;
    AccountType type = AccountType::Asset;
    std::optional<AccountRole> role; // what automatic postings use it for
    QString rgsCode; // Dutch reference chart (RGS) code, for XAF; may be empty
    std::optional<VatKind> vatKind; // the VAT situation its postings usually have
    std::optional<int> vatRateBasisPoints; // 2100 = 21 %
    std::optional<int> deductiblePercent; // share of input VAT that may be deducted (50 for cars in BE)
    bool archived = false; // hidden from pickers, still in reports

    friend bool operator==(const Account&, const Account&) = default;
};

} // namespace kasboek::ledger
