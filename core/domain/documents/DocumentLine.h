#pragma once

#include "../Decimal.h"
#include "../Money.h"
#include "../VatCategory.h"
#include "../VatRate.h"

#include <QString>
#include <optional>

namespace kasboek::domain {

// One line of a quote, invoice or credit note (EN16931 BG-25): a product from the catalogue
// or free text, a quantity in a unit, a net unit price and an optional discount in percent.
// Amounts are in the document's currency.
//
// Net amount (BT-131) = round(quantity × unitPrice) − discount, where
// discount (BT-136) = round(round(quantity × unitPrice) × discountPercent / 100),
// both rounded half away from zero to the currency's minor units (DocumentCalculation).
struct DocumentLine
{
    qint64 id = 0; // row id; 0 until stored
    std::optional<qint64> productId; // the catalogue product it came from, if any
    QString name; // BT-153 item name, e.g. "Consultancy"
    QString description; // BT-154, optional longer text
    Decimal quantity = Decimal::fromScaled(Decimal::Scale); // BT-129; 1 by default
    QString unitCode = QStringLiteral("C62"); // BT-130, UN/ECE Rec 20 (HUR, DAY, C62, ...)
    Decimal unitPrice; // BT-146, net, never negative (BR-27)
    std::optional<Decimal> discountPercent; // BT-138, 0 < p ≤ 100
    VatCategory vatCategory = VatCategory::StandardRate; // BT-151
    VatRate vatRate = VatRate::fromBasisPoints(2100); // BT-152
    QString buyerAccountingReference; // BT-133, optional
    QString sellerItemId; // BT-155: the product code, when the line came from one

    friend bool operator==(const DocumentLine&, const DocumentLine&) = default;
};

} // namespace kasboek::domain
