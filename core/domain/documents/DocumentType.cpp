#include "DocumentType.h"

namespace kasboek::domain {

QString DocumentTypes::code(DocumentType type)
{
    switch (type) {
    case DocumentType::Quote:
        return QStringLiteral("quote");
    case DocumentType::Invoice:
        return QStringLiteral("invoice");
    case DocumentType::CreditNote:
        return QStringLiteral("credit_note");
    case DocumentType::PurchaseInvoice:
        return QStringLiteral("purchase_invoice");
    case DocumentType::PurchaseCreditNote:
        return QStringLiteral("purchase_credit_note");
    }
    Q_UNREACHABLE();
    return {};
}

Result<DocumentType> DocumentTypes::fromCode(QStringView code)
{
    for (auto type : { DocumentType::Quote, DocumentType::Invoice, DocumentType::CreditNote,
                       DocumentType::PurchaseInvoice, DocumentType::PurchaseCreditNote }) {
        if (code == DocumentTypes::code(type))
            return type;
    }
    return fail(ErrorCode::Validation, tr("Unknown document type \"%1\".").arg(code.toString()),
                QStringLiteral("type"));
}

QString DocumentTypes::code(DocumentStatus status)
{
    return status == DocumentStatus::Draft ? QStringLiteral("draft") : QStringLiteral("issued");
}

Result<DocumentStatus> DocumentTypes::statusFromCode(QStringView code)
{
    if (code == u"draft")
        return DocumentStatus::Draft;
    if (code == u"issued")
        return DocumentStatus::Issued;
    return fail(ErrorCode::Validation, tr("Unknown document status \"%1\".").arg(code.toString()),
                QStringLiteral("status"));
}

bool DocumentTypes::isSales(DocumentType type)
{
    return type == DocumentType::Quote || type == DocumentType::Invoice || type == DocumentType::CreditNote;
}

bool DocumentTypes::isPurchase(DocumentType type)
{
    return !isSales(type);
}

bool DocumentTypes::isCreditNote(DocumentType type)
{
    return type == DocumentType::CreditNote || type == DocumentType::PurchaseCreditNote;
}

bool DocumentTypes::isTaxDocument(DocumentType type)
{
    return type != DocumentType::Quote;
}

QString DocumentTypes::ublTypeCode(DocumentType type)
{
    return isCreditNote(type) ? QStringLiteral("381") : QStringLiteral("380");
}

QString DocumentTypes::displayName(DocumentType type)
{
    switch (type) {
    case DocumentType::Quote:
        return tr("Quote");
    case DocumentType::Invoice:
        return tr("Invoice");
    case DocumentType::CreditNote:
        return tr("Credit note");
    case DocumentType::PurchaseInvoice:
        return tr("Purchase invoice");
    case DocumentType::PurchaseCreditNote:
        return tr("Purchase credit note");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace kasboek::domain
