#pragma once

#include "Error.h"
#include "UblParseTree.h"
#include "domain/Currency.h"
#include "domain/Money.h"
#include "domain/VatCategory.h"
#include "domain/VatRate.h"

#include <QCoreApplication>
#include <QString>

namespace kasboek::exchange::ubl {

// One document-level cac:AllowanceCharge: an allowance (BG-20) or a charge (BG-21), with its
// amount, VAT category and rate and reason. Charges become DocumentCharges as they are;
// allowances are turned into the document's discount percentage by the reader.
struct UblParseAllowanceCharge
{
    Q_DECLARE_TR_FUNCTIONS(UblParseAllowanceCharge)
public:
    bool isCharge = false;
    domain::Money amount; // BT-92 / BT-99
    domain::VatCategory vatCategory = domain::VatCategory::StandardRate; // BT-95 / BT-102
    domain::VatRate vatRate; // BT-96 / BT-103
    QString reason; // BT-97 / BT-104
    QString reasonCode; // BT-98 / BT-105
    qsizetype node = -1;

    [[nodiscard]] static Result<UblParseAllowanceCharge> parse(const UblParseTree& tree, qsizetype node,
                                                               domain::Currency currency);
};

} // namespace kasboek::exchange::ubl
