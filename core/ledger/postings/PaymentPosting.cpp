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

    // Each part is converted on its own; the bank takes what rounding leaves.
    const auto inBooks = [&](const domain::Money& money) -> Result<qint64> {
        if (!document->exchangeRate || money.isZero())
            return money.minorUnits();
        auto converted = document->exchangeRate->convert(money, domain::Currency::eur());
        if (!converted)
            return std::unexpected(converted.error());
        return converted->minorUnits();
    };
    auto applied = inBooks(payment->amount);
    auto excess = inBooks(payment->excess);
    auto writeOff = inBooks(payment->writeOff);
    auto charges = inBooks(payment->bankCharges);
    for (const auto* part : { &applied, &excess, &writeOff, &charges }) {
        if (!*part)
            return std::unexpected(part->error());
    }
    // Validated amounts are far below the range of an amount: no overflow here.
    const qint64 bank = *applied + *excess - *writeOff + (moneyIn ? -*charges : *charges);
    if (bank < 0)
        return fail(ErrorCode::Validation, tr("The bank charges are more than the payment."),
                    u"bankCharges"_s);

    const AccountRepository accounts(db);
    const auto accountFor = [&](AccountRole role, qint64 amount) -> Result<qint64> {
        if (amount == 0)
            return qint64(0);
        auto account = accounts.findByRole(role);
        if (!account)
            return std::unexpected(account.error());
        return account->id;
    };
    auto chargesAccount = accountFor(AccountRole::BankCharges, *charges);
    if (!chargesAccount)
        return std::unexpected(chargesAccount.error());
    auto writeOffAccount = accountFor(AccountRole::Rounding, *writeOff);
    if (!writeOffAccount)
        return std::unexpected(writeOffAccount.error());

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
    // `debit` true: on the side the bank is on when money comes in.
    const auto add = [&](qint64 account, qint64 amount, bool debit, const QString& description = {}) {
        if (amount != 0)
            entry.lines.append(
                EntryLine { account, debit ? amount : 0, debit ? 0 : amount, description, std::nullopt });
    };
    add(*journal->accountId, bank, moneyIn);
    add(*chargesAccount, *charges, true, tr("Bank charges"));
    add(*writeOffAccount, *writeOff, moneyIn, tr("Payment difference written off"));
    add(party->id, *applied, !moneyIn);
    add(party->id, *excess, !moneyIn, tr("Paid in excess, kept on account"));
    if (entry.lines.size() < 2)
        return {};
    auto posted = Ledger::post(work, entry);
    if (!posted)
        return std::unexpected(posted.error());
    return {};
}

} // namespace kasboek::ledger
