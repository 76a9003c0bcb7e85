#include "DocumentValidator.h"

#include "domain/ContactValidator.h"
#include "domain/CreditorReference.h"
#include "domain/FieldRules.h"
#include "domain/StructuredCommunication.h"
#include "domain/UnitCodes.h"

#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;
using kasboek::domain::Decimal;
using kasboek::domain::Document;
using kasboek::domain::DocumentAttachment;
using kasboek::domain::DocumentTypes;
using kasboek::domain::FieldRules;
using kasboek::domain::Money;
using kasboek::domain::PaymentReferenceKind;
using kasboek::domain::VatCategories;

namespace kasboek::storage {

namespace {

constexpr qsizetype kMaxNumberLength = 100;
constexpr qsizetype kMaxLineText = 1000;
constexpr qsizetype kMaxReferenceText = 200;
constexpr qsizetype kMaxFreeText = 10'000;
constexpr qsizetype kMaxFileName = 255;
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 9999;

class Problems final
{
public:
    explicit Problems(QList<Error>& list)
        : m_list(list)
    { }
    void add(const QString& field, const QString& message)
    {
        m_list.append(Error { ErrorCode::Validation, message, field, {} });
    }

private:
    QList<Error>& m_list;
};

bool dateInRange(QDate date)
{
    return date.isValid() && date.year() >= kFirstYear && date.year() <= kLastYear;
}

// A discount of exactly 0 % is no discount; otherwise 0 < p <= 100.
bool discountInRange(const std::optional<Decimal>& percent)
{
    return !percent || (percent->scaled() > 0 && percent->scaled() <= 100 * Decimal::Scale);
}

std::optional<Decimal> withoutZero(const std::optional<Decimal>& percent)
{
    return percent && percent->isZero() ? std::nullopt : percent;
}

} // namespace

QList<Error> DocumentValidator::validate(const Document& document)
{
    QList<Error> problems;
    (void)normalise(document, problems);
    return problems;
}

Result<Document> DocumentValidator::normalised(const Document& document)
{
    QList<Error> problems;
    Document result = normalise(document, problems);
    if (!problems.isEmpty())
        return std::unexpected(problems.takeFirst());
    return result;
}

Result<DocumentAttachment> DocumentValidator::normalised(const DocumentAttachment& attachment,
                                                         qsizetype index)
{
    QList<Error> problems;
    DocumentAttachment result = normaliseAttachment(attachment, index, problems);
    if (!problems.isEmpty())
        return std::unexpected(problems.takeFirst());
    return result;
}

Document DocumentValidator::normalise(const Document& document, QList<Error>& list)
{
    Problems problems(list);
    Document d = document;
    const bool sales = DocumentTypes::isSales(d.type);

    d.number = FieldRules::singleLine(document.number);
    if (d.number.size() > kMaxNumberLength)
        problems.add(u"number"_s, tr("A document number has at most %1 characters.").arg(kMaxNumberLength));
    if (d.seriesId && !sales)
        problems.add(u"seriesId"_s, tr("A supplier's document is not numbered by one of your series."));

    // Unset dates are invalid QDates or empty optionals; a date that is set must be a real one.
    const auto checkDate = [&problems](QDate date, const QString& field) {
        if (!dateInRange(date))
            problems.add(field,
                         tr("Enter a date between the years %1 and %2.").arg(kFirstYear).arg(kLastYear));
    };
    if (d.issueDate.isValid())
        checkDate(d.issueDate, u"issueDate"_s);
    if (d.dueDate.isValid())
        checkDate(d.dueDate, u"dueDate"_s);
    if (d.deliveryDate)
        checkDate(*d.deliveryDate, u"deliveryDate"_s);
    if (d.validUntil)
        checkDate(*d.validUntil, u"validUntil"_s);
    if (d.correctedDocumentDate)
        checkDate(*d.correctedDocumentDate, u"correctedDocumentDate"_s);
    if (d.issueDate.isValid() && d.dueDate.isValid() && d.dueDate < d.issueDate)
        problems.add(u"dueDate"_s, tr("The due date lies before the issue date."));
    if (d.validUntil && d.type != domain::DocumentType::Quote)
        problems.add(u"validUntil"_s, tr("Only a quote is valid until a date."));
    else if (d.validUntil && d.issueDate.isValid() && *d.validUntil < d.issueDate)
        problems.add(u"validUntil"_s, tr("A quote cannot expire before it is issued."));

    if (d.contactId <= 0)
        problems.add(u"contactId"_s, sales ? tr("Choose the customer.") : tr("Choose the supplier."));
    if (!domain::ContactValidator::languages().contains(d.language))
        problems.add(u"language"_s, tr("A document is written in Dutch, French, English or German."));
    if (d.exchangeRate && d.currency == domain::Currency::eur())
        problems.add(u"exchangeRate"_s, tr("A document in euro has no exchange rate."));
    if (d.paymentTermsDays < 0 || d.paymentTermsDays > domain::ContactValidator::maxPaymentTermsDays)
        problems.add(u"paymentTermsDays"_s,
                     tr("Payment terms lie between 0 and %1 days.")
                         .arg(domain::ContactValidator::maxPaymentTermsDays));

    const QString reference = FieldRules::singleLine(document.paymentReference);
    switch (d.paymentReferenceKind) {
    case PaymentReferenceKind::None:
        if (!reference.isEmpty())
            problems.add(u"paymentReference"_s, tr("Choose which kind of payment reference this is."));
        d.paymentReference.clear();
        break;
    case PaymentReferenceKind::Structured:
        if (auto ogm = domain::StructuredCommunication::parse(reference))
            d.paymentReference = ogm->digits();
        else
            problems.add(u"paymentReference"_s, ogm.error().message);
        break;
    case PaymentReferenceKind::Creditor:
        if (auto rf = domain::CreditorReference::parse(reference))
            d.paymentReference = rf->toString();
        else
            problems.add(u"paymentReference"_s, rf.error().message);
        break;
    case PaymentReferenceKind::Plain:
        d.paymentReference = reference;
        if (reference.isEmpty())
            problems.add(u"paymentReference"_s, tr("Enter the payment reference."));
        else if (reference.size() > maxPlainReferenceLength)
            problems.add(u"paymentReference"_s,
                         tr("A payment reference has at most %1 characters.").arg(maxPlainReferenceLength));
        break;
    }

    d.buyerReference = FieldRules::singleLine(document.buyerReference);
    d.orderReference = FieldRules::singleLine(document.orderReference);
    if (d.buyerReference.size() > kMaxReferenceText)
        problems.add(u"buyerReference"_s,
                     tr("A reference has at most %1 characters.").arg(kMaxReferenceText));
    if (d.orderReference.size() > kMaxReferenceText)
        problems.add(u"orderReference"_s,
                     tr("A reference has at most %1 characters.").arg(kMaxReferenceText));
    d.notes = FieldRules::multiLine(document.notes);
    d.paymentTerms = FieldRules::multiLine(document.paymentTerms);
    if (d.notes.size() > kMaxFreeText)
        problems.add(u"notes"_s, tr("Notes have at most %1 characters.").arg(kMaxFreeText));
    if (d.paymentTerms.size() > kMaxFreeText)
        problems.add(u"paymentTerms"_s, tr("Payment terms have at most %1 characters.").arg(kMaxFreeText));

    d.discountPercent = withoutZero(document.discountPercent);
    if (!discountInRange(d.discountPercent))
        problems.add(u"discountPercent"_s, tr("A discount lies between 0 and 100 %."));

    const bool correcting = d.correctedDocumentId || !document.correctedDocumentNumber.trimmed().isEmpty()
        || d.correctedDocumentDate;
    d.correctedDocumentNumber = FieldRules::singleLine(document.correctedDocumentNumber);
    if (correcting && !DocumentTypes::isCreditNote(d.type))
        problems.add(u"correctedDocumentId"_s, tr("Only a credit note corrects another document."));
    if (d.sourceQuoteId && d.type != domain::DocumentType::Invoice)
        problems.add(u"sourceQuoteId"_s, tr("Only an invoice is made from a quote."));
    if (d.recurringTemplateId && *d.recurringTemplateId <= 0)
        problems.add(u"recurringTemplateId"_s, tr("The recurring template does not exist."));

    // Totals are stored in the document's currency; zero amounts are the same in any.
    const std::pair<Money*, const char16_t*> totals[] = { { &d.totalExclusive, u"totalExclusive" },
                                                          { &d.totalVat, u"totalVat" },
                                                          { &d.totalInclusive, u"totalInclusive" } };
    for (const auto& [total, field] : totals) {
        if (total->currency() != d.currency && !total->isZero())
            problems.add(QString::fromUtf16(field), tr("The totals must be in the document's currency."));
        *total = Money::fromMinorUnits(total->minorUnits(), d.currency);
    }
    const auto sum = d.totalExclusive.plus(d.totalVat);
    if (!sum || *sum != d.totalInclusive)
        problems.add(u"totalInclusive"_s,
                     tr("The total including VAT is not the total excluding VAT plus the VAT."));

    normaliseLines(d, list);
    normaliseChargesAndExemptions(d, list);

    if (d.attachments.size() > maxAttachments)
        problems.add(u"attachments"_s, tr("A document has at most %1 attachments.").arg(maxAttachments));
    for (qsizetype i = 0; i < d.attachments.size(); ++i)
        d.attachments[i] = normaliseAttachment(document.attachments[i], i, list);
    return d;
}

void DocumentValidator::normaliseLines(Document& d, QList<Error>& list)
{
    Problems problems(list);
    const bool sales = DocumentTypes::isSales(d.type);
    if (d.lines.size() > maxLines)
        problems.add(u"lines"_s, tr("A document has at most %1 lines.").arg(maxLines));
    static const QRegularExpression anyUnitCode(u"^[A-Z0-9]{1,3}$"_s);
    for (qsizetype i = 0; i < d.lines.size(); ++i) {
        domain::DocumentLine& line = d.lines[i];
        const QString prefix = u"lines[%1]."_s.arg(i);
        line.name = FieldRules::singleLine(line.name);
        line.description = FieldRules::multiLine(line.description);
        line.buyerAccountingReference = FieldRules::singleLine(line.buyerAccountingReference);
        line.sellerItemId = FieldRules::singleLine(line.sellerItemId);
        line.unitCode = line.unitCode.trimmed().toUpper();
        if (line.name.size() > kMaxLineText)
            problems.add(prefix + u"name"_s,
                         tr("A line's name has at most %1 characters.").arg(kMaxLineText));
        if (line.description.size() > kMaxFreeText)
            problems.add(prefix + u"description"_s,
                         tr("A line's description has at most %1 characters.").arg(kMaxFreeText));
        if (line.buyerAccountingReference.size() > kMaxReferenceText)
            problems.add(prefix + u"buyerAccountingReference"_s,
                         tr("A reference has at most %1 characters.").arg(kMaxReferenceText));
        if (line.sellerItemId.size() > kMaxReferenceText)
            problems.add(prefix + u"sellerItemId"_s,
                         tr("An item code has at most %1 characters.").arg(kMaxReferenceText));
        if (line.productId && *line.productId <= 0)
            problems.add(prefix + u"productId"_s, tr("The product of line %1 does not exist.").arg(i + 1));
        const bool unitKnown
            = sales ? domain::UnitCodes::isKnown(line.unitCode) : anyUnitCode.match(line.unitCode).hasMatch();
        if (!unitKnown)
            problems.add(prefix + u"unitCode"_s,
                         tr("Line %1 has an unknown unit \"%2\".").arg(i + 1).arg(line.unitCode));
        if (line.unitPrice.isNegative())
            problems.add(
                prefix + u"unitPrice"_s,
                tr("Line %1 has a negative unit price; use a negative quantity instead.").arg(i + 1));
        line.discountPercent = withoutZero(line.discountPercent);
        if (!discountInRange(line.discountPercent))
            problems.add(prefix + u"discountPercent"_s, tr("A discount lies between 0 and 100 %."));
        if (auto fits = VatCategories::checkRate(line.vatCategory, line.vatRate); !fits)
            problems.add(prefix + u"vatRate"_s, fits.error().message);
    }
}

void DocumentValidator::normaliseChargesAndExemptions(Document& d, QList<Error>& list)
{
    Problems problems(list);
    if (d.charges.size() > maxCharges)
        problems.add(u"charges"_s, tr("A document has at most %1 charges.").arg(maxCharges));
    for (qsizetype i = 0; i < d.charges.size(); ++i) {
        domain::DocumentCharge& charge = d.charges[i];
        const QString prefix = u"charges[%1]."_s.arg(i);
        charge.reason = FieldRules::singleLine(charge.reason);
        charge.reasonCode = FieldRules::singleLine(charge.reasonCode);
        if (charge.amount.currency() != d.currency)
            problems.add(prefix + u"amount"_s, tr("A charge is in the document's currency."));
        else if (charge.amount.minorUnits() <= 0)
            problems.add(prefix + u"amount"_s, tr("A charge is a positive amount."));
        if (auto fits = VatCategories::checkRate(charge.vatCategory, charge.vatRate); !fits)
            problems.add(prefix + u"vatRate"_s, fits.error().message);
        if (charge.reason.isEmpty() && charge.reasonCode.isEmpty())
            problems.add(prefix + u"reason"_s, tr("Say what the charge is for."));
        else if (charge.reason.size() > kMaxReferenceText || charge.reasonCode.size() > kMaxReferenceText)
            problems.add(prefix + u"reason"_s,
                         tr("A reason has at most %1 characters.").arg(kMaxReferenceText));
    }

    QList<domain::VatCategory> seen;
    for (qsizetype i = 0; i < d.exemptions.size(); ++i) {
        domain::DocumentVatExemption& exemption = d.exemptions[i];
        const QString prefix = u"exemptions[%1]."_s.arg(i);
        exemption.reasonCode = FieldRules::singleLine(exemption.reasonCode).toUpper();
        exemption.reasonText = FieldRules::singleLine(exemption.reasonText);
        if (!VatCategories::requiresExemptionReason(exemption.vatCategory))
            problems.add(prefix + u"vatCategory"_s,
                         tr("VAT category %1 charges VAT and has no exemption reason.")
                             .arg(VatCategories::code(exemption.vatCategory)));
        else if (seen.contains(exemption.vatCategory))
            problems.add(prefix + u"vatCategory"_s,
                         tr("VAT category %1 has its exemption reason already.")
                             .arg(VatCategories::code(exemption.vatCategory)));
        seen.append(exemption.vatCategory);
        if (exemption.reasonCode.isEmpty() && exemption.reasonText.isEmpty())
            problems.add(prefix + u"reasonText"_s, tr("Say why no VAT is charged."));
        else if (exemption.reasonCode.size() > kMaxReferenceText
                 || exemption.reasonText.size() > kMaxLineText)
            problems.add(prefix + u"reasonText"_s, tr("The exemption reason is too long."));
    }
}

DocumentAttachment DocumentValidator::normaliseAttachment(const DocumentAttachment& attachment,
                                                          qsizetype index, QList<Error>& list)
{
    Problems problems(list);
    DocumentAttachment a = attachment;
    const QString prefix = u"attachments[%1]."_s.arg(index);
    a.fileName = FieldRules::singleLine(attachment.fileName);
    a.mimeType = attachment.mimeType.trimmed().toLower();
    a.description = FieldRules::singleLine(attachment.description);

    // A name from a supplier's file is hostile until proven plain: no folders, no control
    // characters, nothing that means "this folder" or "the one above".
    const bool plainName = !a.fileName.isEmpty() && a.fileName != u"." && a.fileName != u".."
        && std::none_of(a.fileName.cbegin(), a.fileName.cend(), [](QChar c) {
               return c == u'/' || c == u'\\' || c == u':' || c.category() == QChar::Other_Control;
           });
    if (!plainName)
        problems.add(prefix + u"fileName"_s, tr("Attachment %1 needs a plain file name.").arg(index + 1));
    else if (a.fileName.size() > kMaxFileName)
        problems.add(prefix + u"fileName"_s,
                     tr("An attachment's file name has at most %1 characters.").arg(kMaxFileName));
    static const QRegularExpression mimeType(
        u"^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$"_s);
    if (!mimeType.match(a.mimeType).hasMatch())
        problems.add(prefix + u"mimeType"_s,
                     tr("Attachment %1 needs a file type such as application/pdf.").arg(index + 1));
    if (a.content.isEmpty())
        problems.add(prefix + u"content"_s, tr("Attachment %1 is empty.").arg(index + 1));
    else if (a.content.size() > maxAttachmentBytes)
        problems.add(prefix + u"content"_s,
                     tr("An attachment has at most %1 MB.").arg(maxAttachmentBytes / (1024 * 1024)));
    if (a.description.size() > kMaxReferenceText)
        problems.add(prefix + u"description"_s,
                     tr("An attachment's description has at most %1 characters.").arg(kMaxReferenceText));
    return a;
}

} // namespace kasboek::storage
