#include "DocumentDrafts.h"

#include "PartySnapshots.h"
#include "domain/documents/DocumentCalculation.h"
#include "domain/documents/LegalMentions.h"
#include "storage/repositories/CompanyProfileRepository.h"
#include "storage/repositories/ContactRepository.h"

using namespace Qt::StringLiterals;
using kasboek::domain::Document;
using kasboek::domain::DocumentType;
using kasboek::domain::DocumentTypes;

namespace kasboek::books {

namespace {

Result<domain::Contact> contactOf(storage::Database& database, qint64 contactId)
{
    auto contact = storage::ContactRepository(database).find(contactId);
    if (!contact && contact.error().code == ErrorCode::NotFound)
        return fail(ErrorCode::Validation, DocumentDrafts::tr("Choose an existing contact."), u"contactId"_s);
    return contact;
}

// What a document made from another one takes over from it.
Document contentOf(const Document& source, DocumentType type)
{
    Document d;
    d.type = type;
    d.contactId = source.contactId;
    d.seller = source.seller;
    d.buyer = source.buyer;
    d.language = source.language;
    d.currency = source.currency;
    d.exchangeRate = source.exchangeRate;
    d.paymentTermsDays = source.paymentTermsDays;
    d.buyerReference = source.buyerReference;
    d.orderReference = source.orderReference;
    d.discountPercent = source.discountPercent;
    d.lines = source.lines;
    for (domain::DocumentLine& line : d.lines)
        line.id = 0;
    d.charges = source.charges;
    d.exemptions = source.exemptions;
    return d;
}

} // namespace

Result<Document> DocumentDrafts::forContact(storage::Database& database, DocumentType type, qint64 contactId)
{
    auto contact = contactOf(database, contactId);
    if (!contact)
        return std::unexpected(contact.error());
    Document d;
    d.type = type;
    d.contactId = contact->id;
    d.language = contact->language;
    // The contact's currency was validated when it was stored; an unknown one keeps the euro.
    d.currency = domain::Currency::fromCode(contact->currency).value_or(domain::Currency::eur());
    d.paymentTermsDays = contact->paymentTermsDays;
    if (auto parties = refreshParties(database, d); !parties)
        return std::unexpected(parties.error());
    refreshTotals(d);
    return d;
}

Document DocumentDrafts::creditNoteFor(const Document& invoice)
{
    Document d = contentOf(invoice, DocumentType::CreditNote);
    d.correctedDocumentId = invoice.id;
    d.correctedDocumentNumber = invoice.number;
    d.correctedDocumentDate = invoice.issueDate;
    refreshTotals(d);
    return d;
}

Document DocumentDrafts::invoiceFrom(const Document& quote)
{
    Document d = contentOf(quote, DocumentType::Invoice);
    d.notes = quote.notes;
    d.paymentTerms = quote.paymentTerms;
    d.deliveryDate = quote.deliveryDate;
    d.sourceQuoteId = quote.id;
    refreshTotals(d);
    return d;
}

Result<void> DocumentDrafts::refreshParties(storage::Database& database, Document& document)
{
    auto contact = contactOf(database, document.contactId);
    if (!contact)
        return std::unexpected(contact.error());
    auto company = storage::CompanyProfileRepository(database).load();
    if (!company)
        return std::unexpected(company.error());
    if (DocumentTypes::isSales(document.type)) {
        document.seller = PartySnapshots::ofCompany(*company);
        document.buyer = PartySnapshots::ofCustomer(*contact);
    } else {
        document.seller = PartySnapshots::ofSupplier(*contact);
        document.buyer = PartySnapshots::ofCompany(*company);
    }
    return {};
}

void DocumentDrafts::refreshTotals(Document& document)
{
    // A category without VAT needs its legal reason before anything adds up (EN 16931
    // BR-AE-10 and friends): the default wording, unless the user wrote one.
    if (DocumentTypes::isSales(document.type))
        domain::LegalMentions::completeExemptions(document);
    auto totals = domain::DocumentCalculation::totals(document);
    if (totals) {
        document.totalExclusive = totals->taxExclusiveAmount;
        document.totalVat = totals->vatTotal;
        document.totalInclusive = totals->taxInclusiveAmount;
    } else {
        document.totalExclusive = domain::Money::zero(document.currency);
        document.totalVat = domain::Money::zero(document.currency);
        document.totalInclusive = domain::Money::zero(document.currency);
    }
}

} // namespace kasboek::books
