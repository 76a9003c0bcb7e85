#include "UblPaymentWriter.h"

#include "UblWording.h"
#include "domain/Bic.h"
#include "domain/CreditorReference.h"
#include "domain/Iban.h"
#include "domain/StructuredCommunication.h"

using namespace Qt::StringLiterals;

namespace kasboek::exchange::ubl {

using namespace kasboek::domain;

Result<QString> UblPaymentWriter::remittanceInformation(const Document& document)
{
    const QString reference = document.paymentReference.trimmed();
    switch (document.paymentReferenceKind) {
    case PaymentReferenceKind::None:
        return QString();
    case PaymentReferenceKind::Structured: {
        const auto communication = StructuredCommunication::parse(reference);
        if (!communication)
            return fail(ErrorCode::Validation, tr("The structured communication is not valid."),
                        u"paymentReference"_s, communication.error().detail);
        return communication->digits();
    }
    case PaymentReferenceKind::Creditor: {
        const auto creditor = CreditorReference::parse(reference);
        if (!creditor)
            return fail(ErrorCode::Validation, tr("The creditor reference is not valid."),
                        u"paymentReference"_s, creditor.error().detail);
        return creditor->toString();
    }
    case PaymentReferenceKind::Plain:
        return reference.isEmpty() ? document.number.trimmed() : reference;
    }
    return QString();
}

Result<void> UblPaymentWriter::check(const UblDocumentContext& context)
{
    const Document& document = context.document;
    if (auto reference = remittanceInformation(document); !reference)
        return std::unexpected(reference.error());
    if (!document.seller.iban.trimmed().isEmpty() && !Iban::isValid(document.seller.iban))
        return fail(ErrorCode::Validation, tr("The seller's IBAN is not valid."), u"seller.iban"_s);
    if (!document.seller.bic.trimmed().isEmpty() && !Bic::isValid(document.seller.bic))
        return fail(ErrorCode::Validation, tr("The seller's BIC is not valid."), u"seller.bic"_s);
    return {};
}

Result<void> UblPaymentWriter::writePaymentMeans(UblXmlWriter& xml, const UblDocumentContext& context)
{
    const Document& document = context.document;
    if (document.seller.iban.trimmed().isEmpty())
        return {};
    const auto iban = Iban::parse(document.seller.iban);
    if (!iban)
        return std::unexpected(iban.error());
    const auto reference = remittanceInformation(document);
    if (!reference)
        return std::unexpected(reference.error());
    const bool sepa = iban->isSepa() && document.currency == Currency::eur();

    xml.startAggregate(u"PaymentMeans"_s);
    xml.basic(u"PaymentMeansCode"_s, sepa ? u"58"_s : u"30"_s);
    if (context.creditNote)
        xml.date(u"PaymentDueDate"_s, document.dueDate);
    xml.basic(u"PaymentID"_s, *reference);
    xml.startAggregate(u"PayeeFinancialAccount"_s);
    xml.basic(u"ID"_s, iban->toString());
    xml.basic(u"Name"_s, document.seller.name.trimmed());
    if (!document.seller.bic.trimmed().isEmpty()) {
        const auto bic = Bic::parse(document.seller.bic);
        if (!bic)
            return std::unexpected(bic.error());
        xml.startAggregate(u"FinancialInstitutionBranch"_s);
        xml.basic(u"ID"_s, bic->toString());
        xml.endAggregate();
    }
    xml.endAggregate();
    xml.endAggregate();
    return {};
}

QString UblPaymentWriter::paymentTermsNote(const UblDocumentContext& context)
{
    const Document& document = context.document;
    const QString terms = document.paymentTerms.trimmed();
    if (!terms.isEmpty() || !context.creditNote || !document.dueDate.isValid())
        return terms;
    return UblWording::settlementNote(document.language, document.dueDate);
}

void UblPaymentWriter::writePaymentTerms(UblXmlWriter& xml, const UblDocumentContext& context)
{
    const QString note = UblXmlWriter::xmlSafe(paymentTermsNote(context));
    if (note.trimmed().isEmpty())
        return;
    xml.startAggregate(u"PaymentTerms"_s);
    xml.basic(u"Note"_s, note);
    xml.endAggregate();
}

} // namespace kasboek::exchange::ubl
