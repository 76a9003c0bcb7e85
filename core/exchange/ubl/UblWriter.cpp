#include "UblWriter.h"

#include "UblAttachmentWriter.h"
#include "UblDocumentContext.h"
#include "UblLineWriter.h"
#include "UblNamespaces.h"
#include "UblPartyWriter.h"
#include "UblPaymentWriter.h"
#include "UblTaxWriter.h"
#include "UblWording.h"
#include "UblXmlWriter.h"
#include "domain/DocumentTotalsCalculator.h"
#include "domain/documents/DocumentCalculation.h"

using namespace Qt::StringLiterals;

namespace kasboek::exchange::ubl {

namespace {

using namespace kasboek::domain;

Result<void> checkDocument(const Document& document)
{
    if (document.type == DocumentType::Quote)
        return fail(ErrorCode::Validation,
                    UblWriter::tr("A quote is an offer, not an invoice: it cannot be sent as an e-invoice."),
                    u"type"_s);
    if (document.status != DocumentStatus::Issued)
        return fail(
            ErrorCode::Validation,
            UblWriter::tr("Issue the document first: a draft has no number yet and may still change."),
            u"status"_s);
    if (document.number.trimmed().isEmpty())
        return fail(ErrorCode::Validation, UblWriter::tr("The document has no number."), u"number"_s);
    if (!document.issueDate.isValid())
        return fail(ErrorCode::Validation, UblWriter::tr("The document has no issue date."), u"issueDate"_s);
    if (DocumentTypes::isCreditNote(document.type) && document.correctedDocumentNumber.trimmed().isEmpty())
        return fail(ErrorCode::Validation, UblWriter::tr("A credit note names the invoice it corrects."),
                    u"correctedDocumentNumber"_s);
    if (auto ok = UblPartyWriter::check(document.seller, UblPartyWriter::Role::Seller); !ok)
        return ok;
    if (auto ok = UblPartyWriter::check(document.buyer, UblPartyWriter::Role::Buyer); !ok)
        return ok;
    for (qsizetype i = 0; i < document.lines.size(); ++i) {
        if (auto ok = UblLineWriter::check(document.lines.at(i), i); !ok)
            return ok;
    }
    for (qsizetype i = 0; i < document.attachments.size(); ++i) {
        if (!UblAttachmentWriter::isAllowedMimeType(document.attachments.at(i).mimeType))
            return fail(
                ErrorCode::Validation,
                UblWriter::tr("Peppol cannot carry the attachment \"%1\": only PDF, PNG, JPEG, CSV and "
                              "spreadsheet files.")
                    .arg(document.attachments.at(i).fileName),
                u"attachments[%1].mimeType"_s.arg(i));
    }
    return {};
}

// Stored totals are what the PDF and the books show: a file that disagreed with them would be
// worse than no file.
Result<void> checkStoredTotals(const Document& document, const DocumentTotals& totals)
{
    if (document.totalExclusive == totals.taxExclusiveAmount && document.totalVat == totals.vatTotal
        && document.totalInclusive == totals.taxInclusiveAmount)
        return {};
    return fail(ErrorCode::Conflict,
                UblWriter::tr("The totals stored with the document differ from what its lines add up to."),
                u"totalInclusive"_s, u"stored-totals"_s);
}

// What Peppol asks of the payment part that follows from the document as a whole.
Result<void> checkPayment(const UblDocumentContext& context)
{
    const Document& document = context.document;
    if (auto ok = UblPaymentWriter::check(context); !ok)
        return ok;
    if (context.totals.amountDue.isNegative() || context.totals.amountDue.isZero())
        return {};
    const bool hasDueDate = !context.creditNote && document.dueDate.isValid();
    if (!hasDueDate && UblPaymentWriter::paymentTermsNote(context).trimmed().isEmpty())
        return fail(ErrorCode::Validation, UblWriter::tr("The document needs a due date or payment terms."),
                    u"dueDate"_s);
    // NL-R-007: a Dutch supplier states how to pay.
    if (!context.creditNote && document.seller.country == u"NL" && document.seller.iban.trimmed().isEmpty())
        return fail(ErrorCode::Validation, UblWriter::tr("A Dutch e-invoice needs the seller's IBAN."),
                    u"seller.iban"_s);
    return {};
}

void writeHeader(UblXmlWriter& xml, const UblDocumentContext& context)
{
    const Document& document = context.document;
    xml.basic(u"CustomizationID"_s, UblNamespaces::peppolCustomizationId());
    xml.basic(u"ProfileID"_s, UblNamespaces::peppolProfileId());
    xml.basic(u"ID"_s, document.number.trimmed());
    xml.date(u"IssueDate"_s, document.issueDate);
    if (!context.creditNote)
        xml.date(u"DueDate"_s, document.dueDate);
    xml.basic(context.creditNote ? u"CreditNoteTypeCode"_s : u"InvoiceTypeCode"_s,
              DocumentTypes::ublTypeCode(document.type));
    // Peppol allows one document note (PEPPOL-EN16931-R002).
    xml.basic(u"Note"_s, document.notes.trimmed());
    xml.basic(u"DocumentCurrencyCode"_s, document.currency.code());
    if (context.totals.vatTotalInAccountingCurrency)
        xml.basic(u"TaxCurrencyCode"_s, context.totals.vatTotalInAccountingCurrency->currency().code());

    // PEPPOL-EN16931-R003 wants a buyer reference or an order reference; receivers route on the
    // former, so it is never left out.
    QString buyerReference = UblXmlWriter::xmlSafe(document.buyerReference).trimmed();
    if (buyerReference.isEmpty())
        buyerReference = UblXmlWriter::xmlSafe(document.orderReference).trimmed();
    if (buyerReference.isEmpty())
        buyerReference = document.number.trimmed();
    xml.basic(u"BuyerReference"_s, buyerReference);

    if (!UblXmlWriter::xmlSafe(document.orderReference).trimmed().isEmpty()) {
        xml.startAggregate(u"OrderReference"_s);
        xml.basic(u"ID"_s, document.orderReference.trimmed());
        xml.endAggregate();
    }
    if (context.creditNote) {
        xml.startAggregate(u"BillingReference"_s);
        xml.startAggregate(u"InvoiceDocumentReference"_s);
        xml.basic(u"ID"_s, document.correctedDocumentNumber.trimmed());
        if (document.correctedDocumentDate)
            xml.date(u"IssueDate"_s, *document.correctedDocumentDate);
        xml.endAggregate();
        xml.endAggregate();
    }
}

void writeAttachments(UblXmlWriter& xml, const Document& document, const QByteArray& pdf,
                      const QString& pdfName)
{
    if (!pdf.isEmpty())
        UblAttachmentWriter::write(xml, document.number.trimmed(), QString(), u"application/pdf"_s, pdfName,
                                   pdf);
    for (qsizetype i = 0; i < document.attachments.size(); ++i) {
        const DocumentAttachment& attachment = document.attachments.at(i);
        if (attachment.content.isEmpty())
            continue;
        // The PDF passed in is usually the stored one as well: embed it once.
        if (!pdf.isEmpty() && attachment.fileName.compare(pdfName, Qt::CaseInsensitive) == 0)
            continue;
        QString id = UblXmlWriter::xmlSafe(attachment.fileName).trimmed();
        if (id.isEmpty())
            id = u"attachment-%1"_s.arg(i + 1);
        UblAttachmentWriter::write(xml, id, attachment.description.trimmed(), attachment.mimeType,
                                   attachment.fileName.trimmed(), attachment.content);
    }
}

// A document outside the scope of VAT (category O, which EN16931 allows only on its own).
bool isNotSubjectToVat(const Document& document)
{
    for (const DocumentLine& line : document.lines) {
        if (line.vatCategory == VatCategory::NotSubject)
            return true;
    }
    for (const DocumentCharge& charge : document.charges) {
        if (charge.vatCategory == VatCategory::NotSubject)
            return true;
    }
    return false;
}

Result<QByteArray> writeDocument(const UblDocumentContext& context, const QByteArray& pdf,
                                 const QString& pdfName)
{
    const Document& document = context.document;
    QByteArray output;
    UblXmlWriter xml(&output);
    xml.startDocument(context.creditNote ? UblNamespaces::creditNote() : UblNamespaces::invoice(),
                      context.creditNote ? u"CreditNote"_s : u"Invoice"_s);
    writeHeader(xml, context);
    writeAttachments(xml, document, pdf, pdfName);
    const bool withVatNumbers = !isNotSubjectToVat(document);
    if (auto ok = UblPartyWriter::write(xml, document.seller, UblPartyWriter::Role::Seller, withVatNumbers);
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = UblPartyWriter::write(xml, document.buyer, UblPartyWriter::Role::Buyer, withVatNumbers);
        !ok)
        return std::unexpected(ok.error());
    if (document.deliveryDate && document.deliveryDate->isValid()) {
        xml.startAggregate(u"Delivery"_s);
        xml.date(u"ActualDeliveryDate"_s, *document.deliveryDate);
        xml.endAggregate();
    }
    if (auto ok = UblPaymentWriter::writePaymentMeans(xml, context); !ok)
        return std::unexpected(ok.error());
    UblPaymentWriter::writePaymentTerms(xml, context);
    if (auto ok = UblTaxWriter::writeAllowancesAndCharges(xml, context); !ok)
        return std::unexpected(ok.error());
    UblTaxWriter::writeTaxTotals(xml, context);
    UblTaxWriter::writeMonetaryTotal(xml, context);
    for (qsizetype i = 0; i < document.lines.size(); ++i) {
        if (auto ok = UblLineWriter::write(xml, context, i); !ok)
            return std::unexpected(ok.error());
    }
    xml.endDocument();
    return output;
}

} // namespace

Result<QByteArray> UblWriter::write(const Document& document)
{
    return write(document, QByteArray(), QString());
}

Result<QByteArray> UblWriter::write(const Document& document, const QByteArray& pdf,
                                    const QString& pdfFileName)
{
    if (auto ok = checkDocument(document); !ok)
        return std::unexpected(ok.error());
    const QString discountReason = UblWording::discountReason(document.language);
    auto input = DocumentCalculation::totalsInput(document, discountReason);
    if (!input)
        return std::unexpected(input.error());
    auto totals = DocumentTotalsCalculator::calculate(*input);
    if (!totals)
        return std::unexpected(totals.error());
    if (auto ok = checkStoredTotals(document, *totals); !ok)
        return std::unexpected(ok.error());

    const UblDocumentContext context { document, std::move(*input), std::move(*totals), discountReason,
                                       DocumentTypes::isCreditNote(document.type) };
    if (auto ok = checkPayment(context); !ok)
        return std::unexpected(ok.error());
    const QString pdfName = pdfFileName.trimmed().isEmpty()
        ? UblAttachmentWriter::pdfFileName(document.number)
        : pdfFileName.trimmed();
    return writeDocument(context, pdf, pdfName);
}

} // namespace kasboek::exchange::ubl
