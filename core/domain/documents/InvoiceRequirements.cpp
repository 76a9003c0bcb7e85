#include "InvoiceRequirements.h"

#include "../BelgianEnterpriseNumber.h"
#include "../CreditorReference.h"
#include "../KvkNumber.h"
#include "../StructuredCommunication.h"
#include "../VatNumber.h"

namespace kasboek::domain {

namespace {

// Collects problems with the field they concern.
class Problems final
{
public:
    void add(const QString& field, const QString& message)
    {
        m_errors.append(Error { ErrorCode::Validation, message, field, {} });
    }
    [[nodiscard]] QList<Error> list() const { return m_errors; }

private:
    QList<Error> m_errors;
};

bool blank(const QString& text)
{
    return text.trimmed().isEmpty();
}

bool usesCategory(const Document& document, VatCategory category)
{
    for (const DocumentLine& line : document.lines) {
        if (line.vatCategory == category)
            return true;
    }
    for (const DocumentCharge& charge : document.charges) {
        if (charge.vatCategory == category)
            return true;
    }
    return false;
}

} // namespace

QList<Error> InvoiceRequirements::problems(const Document& document)
{
    Problems problems;
    const bool quote = document.type == DocumentType::Quote;

    if (blank(document.seller.name))
        problems.add(QStringLiteral("seller.name"), tr("Your company's name is missing."));
    if (blank(document.buyer.name))
        problems.add(QStringLiteral("buyer.name"), tr("The customer's name is missing."));

    if (!quote) {
        const DocumentParty& seller = document.seller;
        if (blank(seller.street) || blank(seller.postalCode) || blank(seller.city))
            problems.add(
                QStringLiteral("seller.address"),
                tr("Your company's address (street, postal code and city) must be on every invoice."));
        if (blank(seller.country))
            problems.add(QStringLiteral("seller.country"), tr("Your company's country is missing."));
        if (blank(seller.vatNumber))
            problems.add(QStringLiteral("seller.vatNumber"), tr("Your VAT number must be on every invoice."));
        else if (!VatNumber::isValid(seller.vatNumber))
            problems.add(QStringLiteral("seller.vatNumber"),
                         tr("Your VAT number \"%1\" is not valid.").arg(seller.vatNumber));
        if (seller.country == u"BE") {
            if (blank(seller.enterpriseNumber))
                problems.add(QStringLiteral("seller.enterpriseNumber"),
                             tr("A Belgian invoice must show your enterprise number (KBO/BCE)."));
            else if (!BelgianEnterpriseNumber::isValid(seller.enterpriseNumber))
                problems.add(QStringLiteral("seller.enterpriseNumber"),
                             tr("Your enterprise number \"%1\" is not valid.").arg(seller.enterpriseNumber));
        }
        if (seller.country == u"NL") {
            if (blank(seller.kvkNumber))
                problems.add(QStringLiteral("seller.kvkNumber"),
                             tr("A Dutch invoice must show your KvK number (Chamber of Commerce)."));
            else if (!KvkNumber::isValid(seller.kvkNumber))
                problems.add(QStringLiteral("seller.kvkNumber"),
                             tr("Your KvK number \"%1\" is not valid.").arg(seller.kvkNumber));
        }

        const DocumentParty& buyer = document.buyer;
        if (blank(buyer.street) || blank(buyer.postalCode) || blank(buyer.city))
            problems.add(QStringLiteral("buyer.address"),
                         tr("The customer's address (street, postal code and city) must be on the invoice."));
        if (blank(buyer.country))
            problems.add(QStringLiteral("buyer.country"), tr("The customer's country is missing."));
        const bool customerPaysVat = usesCategory(document, VatCategory::ReverseCharge)
            || usesCategory(document, VatCategory::IntraCommunity);
        if (customerPaysVat && blank(buyer.vatNumber))
            problems.add(
                QStringLiteral("buyer.vatNumber"),
                tr("When the VAT is reverse-charged or the supply is intra-Community, the customer's VAT "
                   "number must be on the invoice."));
        else if (!blank(buyer.vatNumber) && !VatNumber::isValid(buyer.vatNumber))
            problems.add(QStringLiteral("buyer.vatNumber"),
                         tr("The customer's VAT number \"%1\" is not valid.").arg(buyer.vatNumber));

        if (!document.issueDate.isValid())
            problems.add(QStringLiteral("issueDate"), tr("The issue date is missing."));
        else if (document.dueDate.isValid() && document.dueDate < document.issueDate)
            problems.add(QStringLiteral("dueDate"), tr("The due date lies before the issue date."));
    }

    if (document.lines.isEmpty())
        problems.add(QStringLiteral("lines"), tr("Add at least one line."));
    for (qsizetype i = 0; i < document.lines.size(); ++i) {
        const DocumentLine& line = document.lines[i];
        const QString prefix = QStringLiteral("lines[%1].").arg(i);
        if (blank(line.name))
            problems.add(prefix + QStringLiteral("name"),
                         tr("Line %1 does not say what was supplied.").arg(i + 1));
        if (line.quantity.isZero())
            problems.add(prefix + QStringLiteral("quantity"), tr("Line %1 has no quantity.").arg(i + 1));
        if (line.unitPrice.isNegative())
            problems.add(prefix + QStringLiteral("unitPrice"),
                         tr("Line %1 has a negative unit price; use a negative quantity or a credit note.")
                             .arg(i + 1));
    }

    if (quote)
        return problems.list();

    for (VatCategory category : VatCategories::all()) {
        if (!VatCategories::requiresExemptionReason(category) || !usesCategory(document, category))
            continue;
        const bool explained
            = std::any_of(document.exemptions.cbegin(), document.exemptions.cend(),
                          [category](const DocumentVatExemption& exemption) {
                              return exemption.vatCategory == category
                                  && !(blank(exemption.reasonCode) && blank(exemption.reasonText));
                          });
        if (!explained)
            problems.add(
                QStringLiteral("exemptions.%1").arg(VatCategories::code(category)),
                tr("Say why no VAT is charged for VAT category %1.").arg(VatCategories::code(category)));
    }

    if (document.currency != Currency::eur() && !document.exchangeRate)
        problems.add(
            QStringLiteral("exchangeRate"),
            tr("An invoice in %1 needs the exchange rate to the euro.").arg(document.currency.code()));

    if (DocumentTypes::isCreditNote(document.type)) {
        if (blank(document.correctedDocumentNumber))
            problems.add(QStringLiteral("correctedDocumentNumber"),
                         tr("A credit note must name the invoice it corrects."));
        if (!document.correctedDocumentDate || !document.correctedDocumentDate->isValid())
            problems.add(QStringLiteral("correctedDocumentDate"),
                         tr("A credit note must give the date of the invoice it corrects."));
    }

    if (document.paymentReferenceKind == PaymentReferenceKind::Structured
        && !StructuredCommunication::isValid(document.paymentReference))
        problems.add(QStringLiteral("paymentReference"),
                     tr("\"%1\" is not a valid structured communication.").arg(document.paymentReference));
    if (document.paymentReferenceKind == PaymentReferenceKind::Creditor
        && !CreditorReference::isValid(document.paymentReference))
        problems.add(QStringLiteral("paymentReference"),
                     tr("\"%1\" is not a valid RF creditor reference.").arg(document.paymentReference));

    return problems.list();
}

Result<void> InvoiceRequirements::check(const Document& document)
{
    const QList<Error> found = problems(document);
    if (found.isEmpty())
        return {};
    return std::unexpected(found.first());
}

} // namespace kasboek::domain
