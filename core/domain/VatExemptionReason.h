#pragma once

#include "Error.h"
#include "VatCategory.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

namespace kasboek::domain {

// A VATEX exemption reason code (EN16931 BT-121) with its official English text
// (usable as BT-120) and the VAT category it belongs to. The table is the CEF VATEX
// code list shipped with Peppol BIS Billing 3.0.19 (codelist/VATEX.xml), all of it:
// the EU codes, and the French ones that only French sellers use.
//
// Category: VATEX-EU-AE goes with AE, -IC with K, -G with G, -O with O (BR-AE-10,
// BR-IC-10, BR-G-10, BR-O-10 name exactly these meanings); every other code
// (Directive articles, margin schemes, the French codes) with E, except
// VATEX-FR-AE, France's reverse charge.
class VatExemptionReason final
{
    Q_DECLARE_TR_FUNCTIONS(VatExemptionReason)
public:
    [[nodiscard]] static QList<VatExemptionReason> all();
    // The exact code ("VATEX-EU-IC"); anything else is a Validation error.
    [[nodiscard]] static Result<VatExemptionReason> fromCode(QStringView code);

    [[nodiscard]] QString code() const;
    [[nodiscard]] QString text() const;
    [[nodiscard]] VatCategory category() const;

    friend bool operator==(VatExemptionReason, VatExemptionReason) = default;

private:
    explicit VatExemptionReason(int index)
        : m_index(index)
    { }
    int m_index; // into the table in VatExemptionReason.cpp
};

} // namespace kasboek::domain
