#include "VatCategory.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace kasboek::domain {

QString VatCategories::code(VatCategory category)
{
    switch (category) {
    case VatCategory::StandardRate:
        return u"S"_s;
    case VatCategory::ZeroRated:
        return u"Z"_s;
    case VatCategory::Exempt:
        return u"E"_s;
    case VatCategory::ReverseCharge:
        return u"AE"_s;
    case VatCategory::IntraCommunity:
        return u"K"_s;
    case VatCategory::Export:
        return u"G"_s;
    case VatCategory::NotSubject:
        return u"O"_s;
    case VatCategory::CanaryIslands:
        return u"L"_s;
    case VatCategory::CeutaMelilla:
        return u"M"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QList<VatCategory> VatCategories::all()
{
    return { VatCategory::StandardRate,  VatCategory::ZeroRated,      VatCategory::Exempt,
             VatCategory::ReverseCharge, VatCategory::IntraCommunity, VatCategory::Export,
             VatCategory::NotSubject,    VatCategory::CanaryIslands,  VatCategory::CeutaMelilla };
}

Result<VatCategory> VatCategories::fromCode(QStringView code)
{
    for (const VatCategory category : all()) {
        if (code == VatCategories::code(category))
            return category;
    }
    return fail(ErrorCode::Validation, tr("Unknown VAT category code."), {}, code.left(8).toString());
}

bool VatCategories::requiresNonZeroRate(VatCategory category)
{
    return category == VatCategory::StandardRate;
}

bool VatCategories::allowsNonZeroRate(VatCategory category)
{
    return category == VatCategory::StandardRate || category == VatCategory::CanaryIslands
        || category == VatCategory::CeutaMelilla;
}

bool VatCategories::requiresExemptionReason(VatCategory category)
{
    switch (category) {
    case VatCategory::Exempt:
    case VatCategory::ReverseCharge:
    case VatCategory::IntraCommunity:
    case VatCategory::Export:
    case VatCategory::NotSubject:
        return true;
    case VatCategory::StandardRate:
    case VatCategory::ZeroRated:
    case VatCategory::CanaryIslands:
    case VatCategory::CeutaMelilla:
        return false;
    }
    Q_UNREACHABLE();
    return false;
}

Result<void> VatCategories::checkRate(VatCategory category, VatRate rate)
{
    if (requiresNonZeroRate(category) && rate.isZero())
        return fail(ErrorCode::Validation,
                    tr("VAT category %1 (standard rate) needs a rate above 0 %.").arg(code(category)));
    if (!allowsNonZeroRate(category) && !rate.isZero())
        return fail(ErrorCode::Validation, tr("VAT category %1 allows only a 0 % rate.").arg(code(category)));
    return {};
}

} // namespace kasboek::domain
