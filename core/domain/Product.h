#pragma once

#include "Decimal.h"
#include "VatCategory.h"
#include "VatRate.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace kasboek::domain {

// A product or service that invoice lines pick from: what it is called, its unit, net unit
// price and VAT. Text fields hold what was entered until ProductValidator::normalised() puts
// them in canonical form; an empty string means "not given". No personal data.
struct Product
{
    qint64 id = 0; // the row id; 0 until stored
    QUuid uid; // stable across devices and exports; assigned on insert when null
    QString code; // the user's own article code, optional, unique when given
    QString name;
    QString description;
    QString unitCode = QStringLiteral("C62"); // UN/ECE Rec 20, see UnitCodes
    Decimal unitPrice; // net, per unit, four decimals; never negative (EN16931 BR-27)
    QString currency = QStringLiteral("EUR"); // ISO 4217
    VatCategory vatCategory = VatCategory::StandardRate;
    VatRate vatRate = VatRate::fromBasisPoints(2100);
    bool archived = false; // hidden from pickers and default lists
    QDateTime createdAt; // UTC, set by the repository
    QDateTime updatedAt; // UTC, set by the repository on every real change

    friend bool operator==(const Product&, const Product&) = default;
};

} // namespace kasboek::domain
