#include "JournalEntry.h"

using namespace Qt::StringLiterals;

namespace kasboek::ledger {

QString entryKindCode(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Manual:
        return u"manual"_s;
    case EntryKind::Opening:
        return u"opening"_s;
    case EntryKind::Closing:
        return u"closing"_s;
    case EntryKind::Document:
        return u"document"_s;
    case EntryKind::Payment:
        return u"payment"_s;
    case EntryKind::Import:
        return u"import"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<EntryKind> entryKindFromCode(QStringView code)
{
    for (auto kind : { EntryKind::Manual, EntryKind::Opening, EntryKind::Closing, EntryKind::Document,
                       EntryKind::Payment, EntryKind::Import }) {
        if (code == entryKindCode(kind))
            return kind;
    }
    return std::nullopt;
}

QString vatPartCode(VatPart part)
{
    switch (part) {
    case VatPart::Base:
        return u"base"_s;
    case VatPart::Vat:
        return u"vat"_s;
    case VatPart::VatDue:
        return u"vat_due"_s;
    case VatPart::VatNonDeductible:
        return u"vat_non_deductible"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<VatPart> vatPartFromCode(QStringView code)
{
    for (auto part : { VatPart::Base, VatPart::Vat, VatPart::VatDue, VatPart::VatNonDeductible }) {
        if (code == vatPartCode(part))
            return part;
    }
    return std::nullopt;
}

} // namespace kasboek::ledger
