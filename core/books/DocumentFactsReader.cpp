#include "DocumentFactsReader.h"

#include "storage/repositories/DocumentEventRepository.h"
#include "storage/repositories/DocumentRepository.h"
#include "storage/repositories/PaymentRepository.h"

using kasboek::domain::DocumentStatus;
using kasboek::domain::DocumentTypes;
using kasboek::storage::DocumentQuery;
using kasboek::storage::DocumentSummary;

namespace kasboek::books {

namespace {

Result<QList<DatedAmount>> paymentsOf(storage::Database& database, qint64 documentId)
{
    auto payments = storage::PaymentRepository(database).forDocument(documentId);
    if (!payments)
        return std::unexpected(payments.error());
    QList<DatedAmount> amounts;
    for (const storage::Payment& payment : std::as_const(*payments))
        amounts.append({ payment.date, payment.amount });
    return amounts;
}

// The issued credit notes that correct `invoiceId`, in the order they were issued.
Result<QList<DocumentSummary>> creditNotesOf(storage::Database& database, qint64 invoiceId)
{
    DocumentQuery query;
    query.correctedDocumentId = invoiceId;
    query.status = DocumentStatus::Issued;
    query.order = Qt::AscendingOrder;
    return storage::DocumentRepository(database).list(query);
}

} // namespace

Result<DocumentFacts> DocumentFactsReader::read(storage::Database& database, qint64 documentId)
{
    storage::DocumentRepository documents(database);
    auto summary = documents.findSummary(documentId);
    if (!summary)
        return std::unexpected(summary.error());
    DocumentFacts facts;
    facts.type = summary->type;
    facts.status = summary->status;
    facts.issueDate = summary->issueDate;
    facts.dueDate = summary->dueDate;
    facts.validUntil = summary->validUntil;
    facts.total = summary->totalInclusive;
    if (summary->status == DocumentStatus::Draft)
        return facts;

    auto events = storage::DocumentEventRepository(database).forDocument(documentId);
    if (!events)
        return std::unexpected(events.error());
    facts.events = *events;
    auto payments = paymentsOf(database, documentId);
    if (!payments)
        return std::unexpected(payments.error());
    facts.payments = *payments;

    if (!DocumentTypes::isCreditNote(summary->type)) {
        auto credits = creditNotesOf(database, documentId);
        if (!credits)
            return std::unexpected(credits.error());
        for (const DocumentSummary& credit : std::as_const(*credits))
            facts.credits.append({ credit.issueDate, credit.totalInclusive });
        return facts;
    }
    if (!summary->correctedDocumentId)
        return facts;
    auto invoice = documents.findSummary(*summary->correctedDocumentId);
    if (!invoice)
        return std::unexpected(invoice.error());
    CorrectedInvoiceFacts corrected;
    corrected.total = invoice->totalInclusive;
    auto invoicePayments = paymentsOf(database, invoice->id);
    if (!invoicePayments)
        return std::unexpected(invoicePayments.error());
    corrected.payments = *invoicePayments;
    auto credits = creditNotesOf(database, invoice->id);
    if (!credits)
        return std::unexpected(credits.error());
    for (const DocumentSummary& credit : std::as_const(*credits)) {
        if (credit.id == documentId)
            break;
        corrected.earlierCredits.append({ credit.issueDate, credit.totalInclusive });
    }
    facts.corrected = corrected;
    return facts;
}

} // namespace kasboek::books
