#include "DocumentIssuer.h"

#include "DocumentDrafts.h"
#include "domain/StructuredCommunication.h"
#include "domain/documents/DocumentCalculation.h"
#include "domain/documents/InvoiceRequirements.h"
#include "domain/documents/LegalMentions.h"
#include "ledger/postings/DocumentPosting.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/UnitOfWork.h"
#include "storage/repositories/CompanyProfileRepository.h"
#include "storage/repositories/DocumentRepository.h"
#include "storage/repositories/NumberSeriesRepository.h"

using namespace Qt::StringLiterals;
using kasboek::domain::Document;
using kasboek::domain::DocumentStatus;
using kasboek::domain::DocumentType;
using kasboek::domain::DocumentTypes;
using kasboek::domain::Money;

namespace kasboek::books {

namespace {

constexpr quint64 kSequencesPerYear = 1'000'000;

// The invoice a credit note corrects: an issued invoice of the same customer, in the same
// currency. Its number and date go onto the credit note.
Result<storage::DocumentSummary> checkCorrectedInvoice(storage::DocumentRepository& documents, Document& note)
{
    if (!note.correctedDocumentId)
        return fail(ErrorCode::Validation, DocumentIssuer::tr("A credit note names the invoice it corrects."),
                    u"correctedDocumentId"_s);
    auto invoice = documents.findSummary(*note.correctedDocumentId);
    if (!invoice && invoice.error().code != ErrorCode::NotFound)
        return std::unexpected(invoice.error());
    if (!invoice || invoice->type != DocumentType::Invoice || invoice->status != DocumentStatus::Issued)
        return fail(ErrorCode::Validation,
                    DocumentIssuer::tr("A credit note corrects one of your issued invoices."),
                    u"correctedDocumentId"_s);
    if (invoice->contactId != note.contactId)
        return fail(ErrorCode::Validation,
                    DocumentIssuer::tr("A credit note goes to the customer of the invoice it corrects."),
                    u"correctedDocumentId"_s);
    if (invoice->totalInclusive.currency() != note.currency)
        return fail(ErrorCode::Validation,
                    DocumentIssuer::tr("A credit note is in the currency of its invoice (%1).")
                        .arg(invoice->totalInclusive.currency().code()),
                    u"currency"_s);
    note.correctedDocumentNumber = invoice->number;
    note.correctedDocumentDate = invoice->issueDate;
    return invoice;
}

// With the credit notes issued before it, a credit note corrects at most its invoice's total.
Result<void> checkCreditAmount(storage::DocumentRepository& documents,
                               const storage::DocumentSummary& invoice, const Document& note)
{
    storage::DocumentQuery earlier;
    earlier.correctedDocumentId = invoice.id;
    earlier.status = DocumentStatus::Issued;
    auto credits = documents.list(earlier);
    if (!credits)
        return std::unexpected(credits.error());
    Money credited = Money::zero(note.currency);
    for (const storage::DocumentSummary& credit : std::as_const(*credits)) {
        auto sum = credited.plus(credit.totalInclusive);
        if (!sum)
            return std::unexpected(sum.error());
        credited = *sum;
    }
    auto remaining = invoice.totalInclusive.minus(credited);
    if (!remaining)
        return std::unexpected(remaining.error());
    if (note.totalInclusive > *remaining)
        return fail(ErrorCode::Validation,
                    DocumentIssuer::tr(
                        "Invoice %1 is for %2 %3, of which %4 is credited already: this credit note can "
                        "correct at most %5.")
                        .arg(invoice.number, invoice.totalInclusive.toDecimalString(), note.currency.code(),
                             credited.toDecimalString(), remaining->toDecimalString()),
                    u"totalInclusive"_s);
    return {};
}

// Numbers follow dates: a number after another may not carry an earlier date.
Result<void> checkChronology(storage::Database& database, qint64 seriesId, QDate issueDate)
{
    auto statement = database.prepare(
        "SELECT max(issue_date) FROM documents WHERE series_id = ?1 AND status = 'issued'");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, seriesId);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row || statement->columnIsNull(0))
        return {};
    const QDate last = QDate::fromString(statement->columnText(0), Qt::ISODate);
    if (last.isValid() && issueDate < last)
        return fail(
            ErrorCode::Validation,
            DocumentIssuer::tr("The last document of this series was issued on %1; a later number cannot "
                               "carry an earlier date.")
                .arg(last.toString(Qt::ISODate)),
            u"issueDate"_s);
    return {};
}

Result<qint64> seriesFor(storage::NumberSeriesRepository& series, const Document& document)
{
    if (document.seriesId)
        return *document.seriesId;
    auto standard = series.defaultFor(document.type);
    if (!standard)
        return std::unexpected(standard.error());
    return standard->id;
}

} // namespace

Result<Document> DocumentIssuer::issue(storage::UnitOfWork& work, qint64 id, QDate issueDate)
{
    storage::Database& database = work.database();
    storage::DocumentRepository documents(database);
    auto found = documents.find(id);
    if (!found)
        return found;
    Document d = std::move(*found);
    if (d.status != DocumentStatus::Draft)
        return fail(ErrorCode::ReadOnly,
                    tr("%1 %2 is issued already.").arg(DocumentTypes::displayName(d.type), d.number),
                    u"status"_s);
    if (!DocumentTypes::isSales(d.type))
        return fail(ErrorCode::InvalidArgument,
                    tr("A supplier's document is recorded as it came, not issued."), u"type"_s);
    if (!issueDate.isValid() || issueDate.year() < 1900 || issueDate.year() > 9999)
        return fail(ErrorCode::Validation, tr("Enter the issue date."), u"issueDate"_s);

    if (auto parties = DocumentDrafts::refreshParties(database, d); !parties)
        return std::unexpected(parties.error());
    domain::LegalMentions::completeExemptions(d);

    d.issueDate = issueDate;
    if (d.type == DocumentType::Quote) {
        if (!d.validUntil)
            d.validUntil = issueDate.addDays(defaultQuoteValidityDays);
    } else if (!d.dueDate.isValid()) {
        d.dueDate = issueDate.addDays(d.paymentTermsDays);
    }

    if (d.currency != domain::Currency::eur() && !d.exchangeRate)
        return fail(ErrorCode::Validation,
                    tr("A document in %1 needs the exchange rate to the euro.").arg(d.currency.code()),
                    u"exchangeRate"_s);
    std::optional<storage::DocumentSummary> corrected;
    if (d.type == DocumentType::CreditNote) {
        auto invoice = checkCorrectedInvoice(documents, d);
        if (!invoice)
            return std::unexpected(invoice.error());
        corrected = *invoice;
    }
    if (auto required = domain::InvoiceRequirements::check(d); !required)
        return std::unexpected(required.error());
    auto totals = domain::DocumentCalculation::totals(d);
    if (!totals)
        return std::unexpected(totals.error());
    d.totalExclusive = totals->taxExclusiveAmount;
    d.totalVat = totals->vatTotal;
    d.totalInclusive = totals->taxInclusiveAmount;
    if (corrected) {
        if (auto credit = checkCreditAmount(documents, *corrected, d); !credit)
            return std::unexpected(credit.error());
    }

    storage::NumberSeriesRepository series(database);
    auto seriesId = seriesFor(series, d);
    if (!seriesId)
        return std::unexpected(seriesId.error());
    if (auto chronological = checkChronology(database, *seriesId, issueDate); !chronological)
        return std::unexpected(chronological.error());
    auto number = series.allocate(work, *seriesId, issueDate);
    if (!number)
        return std::unexpected(number.error());
    d.seriesId = *seriesId;
    d.number = number->number;

    if (d.type == DocumentType::Invoice && d.paymentReferenceKind == domain::PaymentReferenceKind::None) {
        auto company = storage::CompanyProfileRepository(database).load();
        if (!company)
            return std::unexpected(company.error());
        if (company->country == u"BE") {
            const quint64 base = quint64(issueDate.year()) * kSequencesPerYear
                + quint64(number->sequence) % kSequencesPerYear;
            d.paymentReferenceKind = domain::PaymentReferenceKind::Structured;
            d.paymentReference = domain::StructuredCommunication::fromBase(base).digits();
        } else {
            d.paymentReferenceKind = domain::PaymentReferenceKind::Plain;
            d.paymentReference = d.number;
        }
    }
    auto issued = documents.markIssued(work, d);
    if (!issued)
        return issued;
    // The entry goes with the document: issued and posted together, or neither.
    if (auto posted = ledger::DocumentPosting::post(work, issued->id); !posted)
        return std::unexpected(posted.error());
    return issued;
}

} // namespace kasboek::books
