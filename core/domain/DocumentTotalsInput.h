#pragma once

#include "Currency.h"
#include "Decimal.h"
#include "ExchangeRate.h"
#include "Money.h"
#include "VatCategory.h"
#include "VatRate.h"

#include <QList>
#include <QString>
#include <optional>

namespace kasboek::domain {

// What DocumentTotalsCalculator needs to know about an invoice or credit note: only
// amounts, VAT categories and rates, no parties or texts. Plain aggregates, kept in
// one header because they only make sense together. The EN16931 business term of
// each field is named so the UBL writer can map them one to one.

// One invoice line (BG-25). The price is the net price per one unit (BT-146 with
// price base quantity BT-149 = 1). Negative quantities make credit-note style
// corrections.
struct DocumentLineInput
{
    Decimal quantity; // BT-129
    Decimal unitPrice; // BT-146
    std::optional<Money> allowance; // Σ line allowances (BT-136), in the document currency
    std::optional<Money> charge; // Σ line charges (BT-141), in the document currency
    VatCategory vatCategory = VatCategory::StandardRate; // BT-151
    VatRate vatRate; // BT-152; 0 for categories other than S, L and M
};

// A document-level allowance (BG-20) or charge (BG-21). EN16931 requires a reason
// text or code (BR-CO-21/22).
struct DocumentAllowanceCharge
{
    Money amount; // BT-92 / BT-99
    VatCategory vatCategory = VatCategory::StandardRate; // BT-95 / BT-102
    VatRate vatRate; // BT-96 / BT-103
    QString reason; // BT-97 / BT-104
    QString reasonCode; // BT-98 / BT-105 (UNCL5189 / UNCL7161); not checked here
};

// Why a category carries no VAT (BT-120/BT-121), given once per category: E, AE, K,
// G and O need one, S, Z, L and M must not have one. A code must be a VATEX code of
// that category; when only the code is given, its official text is filled in.
struct VatExemptionInput
{
    VatCategory vatCategory = VatCategory::Exempt;
    QString reasonCode; // BT-121, e.g. "VATEX-EU-AE"
    QString reasonText; // BT-120, e.g. "Verlegging van heffing"
};

struct DocumentTotalsInput
{
    Currency currency; // BT-5: every Money above and below must be in it
    QList<DocumentLineInput> lines;
    QList<DocumentAllowanceCharge> allowances;
    QList<DocumentAllowanceCharge> charges;
    QList<VatExemptionInput> exemptions;
    std::optional<Money> paidAmount; // BT-113
    std::optional<Money> roundingAmount; // BT-114
    // BT-6 and the rate for BT-111: required when the document currency differs
    // from the accounting currency, refused when they are the same.
    Currency accountingCurrency = Currency::eur();
    std::optional<ExchangeRate> exchangeRate;
};

} // namespace kasboek::domain
