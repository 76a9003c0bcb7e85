#pragma once

#include "VatBox.h"

#include <QCoreApplication>
#include <QList>

namespace kasboek::reports {

// The boxes of the periodic VAT returns Kasboek computes, and where each takes its figures
// from (see VatBox). Belgium: the grids of the periodic return (Part II-V, 71/72 the
// balance). Netherlands: the rubrieken of the aangifte omzetbelasting, each with its
// turnover ("/base") and VAT ("/vat") column where the form has both. Facts from the FOD
// Financiën and Belastingdienst explanations, as summarised in the developers' notes.
class VatForms final
{
    Q_DECLARE_TR_FUNCTIONS(VatForms)
public:
    VatForms() = delete;

    [[nodiscard]] static QList<VatBox> belgium();
    [[nodiscard]] static QList<VatBox> netherlands();
    // The form for a company's country; empty for a country Kasboek has no return for.
    [[nodiscard]] static QList<VatBox> forCountry(QStringView country);
};

} // namespace kasboek::reports
