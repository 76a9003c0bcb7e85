#include "InvoicingService.h"

#include "DocumentDrafts.h"
#include "DocumentFactsReader.h"
#include "DocumentIssuer.h"
#include "ledger/postings/PaymentPosting.h"
#include "storage/CompanyFile.h"
#include "storage/repositories/DocumentEventRepository.h"
#include "storage/repositories/DocumentRepository.h"
#include "storage/repositories/PaymentRepository.h"

using namespace Qt::StringLiterals;
using kasboek::domain::Document;
using kasboek::domain::DocumentStatus;
using kasboek::domain::DocumentType;
using kasboek::domain::DocumentTypes;
using kasboek::storage::DocumentEvent;
using kasboek::storage::DocumentEventKind;

namespace kasboek::books {

namespace {

// Everything recorded so far counts, whatever its date: what is due now.
const QDate kEverything(9999, 12, 31);

template<typename T> Result<T> committed(storage::UnitOfWork& work, Result<T> result)
{
    if (!result)
        return result;
    if (auto done = work.commit(); !done)
        return std::unexpected(done.error());
    return result;
}

Result<DocumentState> stateOf(storage::Database& database, qint64 id, QDate asOf)
{
    auto facts = DocumentFactsReader::read(database, id);
    if (!facts)
        return std::unexpected(facts.error());
    return DocumentState::of(*facts, asOf);
}

} // namespace

InvoicingService::InvoicingService(storage::CompanyFile& file)
    : m_file(file)
{ }

Result<Document> InvoicingService::createDraft(DocumentType type, qint64 contactId)
{
    if (!DocumentTypes::isSales(type))
        return fail(ErrorCode::InvalidArgument,
                    tr("Only quotes, invoices and credit notes are drafted here."), u"type"_s);
    auto work = m_file.beginWork();
    if (!work)
        return std::unexpected(work.error());
    auto draft = DocumentDrafts::forContact(work->database(), type, contactId);
    if (!draft)
        return draft;
    return committed(*work, storage::DocumentRepository(work->database()).insertDraft(*work, *draft));
}

Result<Document> InvoicingService::saveDraft(const Document& draft)
{
    auto work = m_file.beginWork();
    if (!work)
        return std::unexpected(work.error());
    storage::DocumentRepository documents(work->database());
    Document next = draft;
    if (auto parties = DocumentDrafts::refreshParties(work->database(), next); !parties)
        return std::unexpected(parties.error());
    DocumentDrafts::refreshTotals(next);
    return committed(*work,
                     next.id == 0 ? documents.insertDraft(*work, next) : documents.updateDraft(*work, next));
}

Result<void> InvoicingService::deleteDraft(qint64 id)
{
    auto work = m_file.beginWork();
    if (!work)
        return std::unexpected(work.error());
    if (auto removed = storage::DocumentRepository(work->database()).removeDraft(*work, id); !removed)
        return removed;
    return work->commit();
}

Result<Document> InvoicingService::issue(qint64 id, QDate issueDate)
{
    auto work = m_file.beginWork();
    if (!work)
        return std::unexpected(work.error());
    return committed(*work, DocumentIssuer::issue(*work, id, issueDate));
}

Result<Document> InvoicingService::issueNew(const Document& draft, QDate issueDate)
{
    if (draft.id != 0)
        return fail(ErrorCode::InvalidArgument, tr("Only a draft that was never saved is issued as new."),
                    u"id"_s);
    auto work = m_file.beginWork();
    if (!work)
        return std::unexpected(work.error());
    Document next = draft;
    if (auto parties = DocumentDrafts::refreshParties(work->database(), next); !parties)
        return std::unexpected(parties.error());
    DocumentDrafts::refreshTotals(next);
    auto stored = storage::DocumentRepository(work->database()).insertDraft(*work, next);
    if (!stored)
        return stored;
    return committed(*work, DocumentIssuer::issue(*work, stored->id, issueDate));
}

Result<Document> InvoicingService::createCreditNote(qint64 invoiceId)
{
    auto work = m_file.beginWork();
    if (!work)
        return std::unexpected(work.error());
    storage::DocumentRepository documents(work->database());
    auto invoice = documents.find(invoiceId);
    if (!invoice && invoice.error().code != ErrorCode::NotFound)
        return invoice;
    if (!invoice || invoice->type != DocumentType::Invoice || invoice->status != DocumentStatus::Issued)
        return fail(ErrorCode::Validation, tr("A credit note corrects one of your issued invoices."),
                    u"correctedDocumentId"_s);
    auto settled = stateOf(work->database(), invoiceId, kEverything);
    if (!settled)
        return std::unexpected(settled.error());
    if (settled->credited >= invoice->totalInclusive)
        return fail(ErrorCode::Conflict, tr("Invoice %1 is credited in full already.").arg(invoice->number),
                    u"correctedDocumentId"_s);
    Document note = DocumentDrafts::creditNoteFor(*invoice);
    if (auto parties = DocumentDrafts::refreshParties(work->database(), note); !parties)
        return std::unexpected(parties.error());
    return committed(*work, documents.insertDraft(*work, note));
}

Result<DocumentStage> InvoicingService::quoteStage(qint64 quoteId, QDate date) const
{
    storage::Database& database = m_file.database();
    auto quote = storage::DocumentRepository(database).findSummary(quoteId);
    if (!quote)
        return std::unexpected(quote.error());
    if (quote->type != DocumentType::Quote || quote->status != DocumentStatus::Issued)
        return fail(ErrorCode::Conflict,
                    tr("Only an issued quote is accepted, declined, cancelled or converted."),
                    u"documentId"_s);
    auto facts = DocumentFactsReader::read(database, quoteId);
    if (!facts)
        return std::unexpected(facts.error());
    // Decided on `date`, after everything already recorded.
    QDate asOf = date;
    for (const DocumentEvent& event : std::as_const(facts->events))
        asOf = std::max(asOf, event.date);
    auto state = DocumentState::of(*facts, asOf);
    if (!state)
        return std::unexpected(state.error());
    return state->stage;
}

Result<DocumentEvent> InvoicingService::decideQuote(qint64 quoteId, QDate date, DocumentEventKind kind)
{
    auto work = m_file.beginWork();
    if (!work)
        return std::unexpected(work.error());
    auto stage = quoteStage(quoteId, date);
    if (!stage)
        return std::unexpected(stage.error());
    const bool open = *stage == DocumentStage::Issued || *stage == DocumentStage::Sent
        || *stage == DocumentStage::Expired
        || (kind == DocumentEventKind::Cancelled && *stage == DocumentStage::Accepted);
    if (!open)
        return fail(ErrorCode::Conflict,
                    tr("The quote is %1 already.").arg(DocumentState::displayName(*stage).toLower()),
                    u"documentId"_s);
    DocumentEvent event;
    event.documentId = quoteId;
    event.kind = kind;
    event.date = date;
    return committed(*work, storage::DocumentEventRepository(work->database()).append(*work, event));
}

Result<DocumentEvent> InvoicingService::acceptQuote(qint64 quoteId, QDate date)
{
    return decideQuote(quoteId, date, DocumentEventKind::Accepted);
}

Result<DocumentEvent> InvoicingService::declineQuote(qint64 quoteId, QDate date)
{
    return decideQuote(quoteId, date, DocumentEventKind::Declined);
}

Result<DocumentEvent> InvoicingService::cancelQuote(qint64 quoteId, QDate date)
{
    return decideQuote(quoteId, date, DocumentEventKind::Cancelled);
}

Result<Document> InvoicingService::convertQuote(qint64 quoteId, QDate date)
{
    auto work = m_file.beginWork();
    if (!work)
        return std::unexpected(work.error());
    auto stage = quoteStage(quoteId, date);
    if (!stage)
        return std::unexpected(stage.error());
    if (*stage == DocumentStage::Declined || *stage == DocumentStage::Cancelled)
        return fail(ErrorCode::Conflict,
                    tr("The quote is %1; it is not made into an invoice.")
                        .arg(DocumentState::displayName(*stage).toLower()),
                    u"documentId"_s);
    storage::DocumentRepository documents(work->database());
    storage::DocumentQuery madeFrom;
    madeFrom.sourceQuoteId = quoteId;
    auto existing = documents.list(madeFrom);
    if (!existing)
        return std::unexpected(existing.error());
    if (!existing->isEmpty())
        return fail(ErrorCode::Conflict, tr("An invoice was made from this quote already."), u"documentId"_s);

    auto quote = documents.find(quoteId);
    if (!quote)
        return quote;
    Document invoice = DocumentDrafts::invoiceFrom(*quote);
    if (auto parties = DocumentDrafts::refreshParties(work->database(), invoice); !parties)
        return std::unexpected(parties.error());
    auto draft = documents.insertDraft(*work, invoice);
    if (!draft)
        return draft;
    DocumentEvent converted;
    converted.documentId = quoteId;
    converted.kind = DocumentEventKind::Converted;
    converted.date = date;
    if (auto recorded = storage::DocumentEventRepository(work->database()).append(*work, converted);
        !recorded)
        return std::unexpected(recorded.error());
    return committed(*work, std::move(draft));
}

Result<DocumentEvent> InvoicingService::markSent(qint64 id, QDate date)
{
    auto work = m_file.beginWork();
    if (!work)
        return std::unexpected(work.error());
    DocumentEvent sent;
    sent.documentId = id;
    sent.kind = DocumentEventKind::Sent;
    sent.date = date;
    return committed(*work, storage::DocumentEventRepository(work->database()).append(*work, sent));
}

Result<storage::Payment> InvoicingService::recordPayment(const storage::Payment& payment,
                                                         PaymentDifference difference)
{
    if (!payment.excess.isZero() || !payment.writeOff.isZero())
        return fail(ErrorCode::InvalidArgument,
                    tr("The excess and the write-off of a payment follow from what is due."),
                    payment.excess.isZero() ? u"writeOff"_s : u"excess"_s);
    auto work = m_file.beginWork();
    if (!work)
        return std::unexpected(work.error());
    auto document = storage::DocumentRepository(work->database()).findSummary(payment.documentId);
    if (!document)
        return std::unexpected(document.error());
    storage::Payment settling = payment;
    if (document->status == DocumentStatus::Issued && document->type != DocumentType::Quote
        && payment.amount.currency() == document->totalInclusive.currency()
        && payment.amount.minorUnits() > 0) {
        auto due = stateOf(work->database(), payment.documentId, kEverything);
        if (!due)
            return std::unexpected(due.error());
        const domain::Money& outstanding = due->outstanding;
        const domain::Currency currency = outstanding.currency();
        const bool invoice = !DocumentTypes::isCreditNote(document->type);
        if (payment.amount > outstanding) {
            if (outstanding.isZero() || difference != PaymentDifference::KeepExcess || !invoice)
                return fail(ErrorCode::Validation,
                            outstanding.isZero()
                                ? tr("%1 %2 is settled already; nothing more is due.")
                                      .arg(DocumentTypes::displayName(document->type), document->number)
                                : tr("At most %1 %2 is still due on %3.")
                                      .arg(outstanding.toDecimalString(), currency.code(), document->number),
                            u"amount"_s);
            settling.amount = outstanding;
            settling.excess = domain::Money::fromMinorUnits(
                payment.amount.minorUnits() - outstanding.minorUnits(), currency);
        } else if (payment.amount < outstanding && difference == PaymentDifference::WriteOff) {
            const qint64 shortfall = outstanding.minorUnits() - payment.amount.minorUnits();
            if (shortfall > storage::PaymentRepository::maxWriteOff)
                return fail(
                    ErrorCode::Validation,
                    tr("%1 %2 is still due on %3: more than the %4 %2 written off at most.")
                        .arg(domain::Money::fromMinorUnits(shortfall, currency).toDecimalString(),
                             currency.code(), document->number,
                             domain::Money::fromMinorUnits(storage::PaymentRepository::maxWriteOff, currency)
                                 .toDecimalString()),
                    u"writeOff"_s);
            settling.amount = outstanding;
            settling.writeOff = domain::Money::fromMinorUnits(shortfall, currency);
        }
    }
    // The repository refuses drafts, quotes and other currencies with their own errors.
    auto recorded = storage::PaymentRepository(work->database()).insert(*work, settling);
    if (!recorded)
        return recorded;
    if (auto posted = ledger::PaymentPosting::post(*work, recorded->id); !posted)
        return std::unexpected(posted.error());
    return committed(*work, std::move(recorded));
}

Result<DocumentState> InvoicingService::state(qint64 id, QDate asOf) const
{
    return stateOf(m_file.database(), id, asOf);
}

} // namespace kasboek::books
