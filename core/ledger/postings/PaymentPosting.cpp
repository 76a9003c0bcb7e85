#include "PaymentPosting.h"

#include "LedgerSetup.h"
#include "domain/documents/Document.h"
#include "ledger/AccountRepository.h"
#include "ledger/JournalRepository.h"
#include "ledger/Ledger.h"
#include "storage/Database.h"
#include "storage/UnitOfWork.h"
#include "storage/repositories/DocumentRepository.h"
#include "storage/repositories/PaymentRepository.h"

using namespace Qt::StringLiterals;
using kasboek::domain::DocumentType;
using kasboek::domain::DocumentTypes;

namespace kasboek::ledger {

Result<void> PaymentPosting::post(storage::UnitOfWork& work, qint64 id)
{
    auto needed = LedgerSetup::needsEntry(work, LedgerSetup::Source::Payment, id);
    if (!needed)
        return std::unexpected(needed.error());
    if (!*needed)
        return {};
    storage::Database& db = work.database();

    auto payment = storage::PaymentRepository(db).find(id);
    if (!payment)
        return std::unexpected(payment.error());
    auto document = storage::DocumentRepository(db).find(payment->documentId);
    if (!document)
        return std::unexpected(document.error());
    const bool sale = DocumentTypes::isSales(document->type);
    const bool invoice
        = document->type == DocumentType::Invoice || document->type == DocumentType::PurchaseInvoice;
    // Money comes in for a customer's invoice and a supplier's credit note.
    const bool moneyIn = sale == invoice;

    JournalRepository journals(db);
    const bool cash = payment->method == storage::PaymentMethod::Cash;
    auto journal = journals.firstOfKind(cash ? JournalKind::Cash : JournalKind::Bank);
    if (!journal && cash)
        journal = journals.firstOfKind(JournalKind::Bank);
    if (!journal)
        return std::unexpected(journal.error());
    auto party = AccountRepository(db).findByRole(sale ? AccountRole::Receivables : AccountRole::Payables);
    if (!party)
        return std::unexpected(party.error());

    qint64 amount = payment->amount.minorUnits();
    if (document->exchangeRate) {
        auto converted = document->exchangeRate->convert(payment->amount, domain::Currency::eur());
        if (!converted)
            return std::unexpected(converted.error());
        amount = converted->minorUnits();
    }
    if (amount == 0)
        return {};

    JournalEntry entry;
    entry.journalId = journal->id;
    entry.date = payment->date;
    entry.kind = EntryKind::Payment;
    entry.reference = (payment->reference.isEmpty() ? document->number : payment->reference).left(100);
    entry.description
        = tr("Payment of %1 %2").arg(DocumentTypes::displayName(document->type), document->number).left(500);
    entry.counterparty = (sale ? document->buyer.name : document->seller.name).left(200);
    entry.contactId = document->contactId;
    entry.documentId = document->id;
    entry.paymentId = payment->id;
    const qint64 money = *journal->accountId;
    entry.lines = { EntryLine { money, moneyIn ? amount : 0, moneyIn ? 0 : amount, {}, std::nullopt },
                    EntryLine { party->id, moneyIn ? 0 : amount, moneyIn ? amount : 0, {}, std::nullopt } };
    auto posted = Ledger::post(work, entry);
    if (!posted)
        return std::unexpected(posted.error());
    return {};
}

} // namespace kasboek::ledger
