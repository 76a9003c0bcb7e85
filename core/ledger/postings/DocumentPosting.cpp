#include "DocumentPosting.h"

#include "LedgerSetup.h"
#include "VatClassifier.h"
#include "domain/VatRateTable.h"
#include "domain/documents/Document.h"
#include "domain/documents/DocumentCalculation.h"
#include "ledger/AccountRepository.h"
#include "ledger/JournalRepository.h"
#include "ledger/Ledger.h"
#include "storage/Database.h"
#include "storage/UnitOfWork.h"
#include "storage/repositories/CompanyProfileRepository.h"
#include "storage/repositories/DocumentRepository.h"

using namespace Qt::StringLiterals;
using kasboek::domain::Document;
using kasboek::domain::DocumentType;
using kasboek::domain::DocumentTypes;
using kasboek::domain::Money;

namespace kasboek::ledger {

namespace {

// The accounts a document's entry needs.
struct PostingAccounts
{
    Account receivables;
    Account payables;
    Account sales;
    Account expenses;
    Account vatPayable;
    Account vatDeductible;
    Account rounding;
};

Result<PostingAccounts> postingAccounts(storage::Database& db)
{
    AccountRepository accounts(db);
    PostingAccounts found;
    const std::pair<AccountRole, Account*> wanted[] = {
        { AccountRole::Receivables, &found.receivables },
        { AccountRole::Payables, &found.payables },
        { AccountRole::Sales, &found.sales },
        { AccountRole::Expenses, &found.expenses },
        { AccountRole::VatPayable, &found.vatPayable },
        { AccountRole::VatDeductible, &found.vatDeductible },
        { AccountRole::Rounding, &found.rounding },
    };
    for (const auto& [role, into] : wanted) {
        auto account = accounts.findByRole(role);
        if (!account)
            return std::unexpected(account.error());
        *into = *account;
    }
    return found;
}

// Adds `amount` to the side it belongs on: positive on `side`, negative on the other one.
void addLine(JournalEntry& entry, qint64 accountId, qint64 amount, bool debitSide, std::optional<VatTag> vat)
{
    if (amount == 0)
        return;
    const bool debit = (amount > 0) == debitSide;
    const qint64 size = amount > 0 ? amount : -amount;
    entry.lines.append(EntryLine { accountId, debit ? size : 0, debit ? 0 : size, {}, vat });
}

// Half away from zero, as everything in the VAT calculation rounds.
qint64 percentOf(qint64 amount, int percent)
{
    const qint64 scaled = amount * percent;
    return scaled >= 0 ? (scaled + 50) / 100 : -((-scaled + 50) / 100);
}

qint64 vatOn(qint64 base, int basisPoints)
{
    const qint64 scaled = base * basisPoints;
    return scaled >= 0 ? (scaled + 5000) / 10000 : -((-scaled + 5000) / 10000);
}

class EntryBuilder final
{
public:
    EntryBuilder(const Document& document, const PostingAccounts& accounts, QString ourCountry)
        : m_document(document)
        , m_accounts(accounts)
        , m_ourCountry(std::move(ourCountry))
    { }

    Result<qint64> inEuro(const Money& amount) const
    {
        if (!m_document.exchangeRate)
            return amount.minorUnits();
        auto converted = m_document.exchangeRate->convert(amount, domain::Currency::eur());
        if (!converted)
            return std::unexpected(converted.error());
        return converted->minorUnits();
    }

    Result<void> addSale(const domain::VatBreakdown& group, JournalEntry& entry, qint64& total) const
    {
        // Invoice: revenue and VAT on the credit side. A credit note turns every side round.
        const bool credit = m_document.type == DocumentType::Invoice;
        auto base = inEuro(group.taxableAmount);
        auto vat = inEuro(group.taxAmount);
        if (!base || !vat)
            return std::unexpected(!base ? base.error() : vat.error());
        const int rate = group.vatRate.basisPoints();
        const VatKind kind = VatClassifier::forSale(group.vatCategory, rate, m_ourCountry,
                                                    m_document.buyer.country, m_accounts.sales.vatKind);
        addLine(entry, m_accounts.sales.id, *base, !credit, VatTag { kind, rate, VatPart::Base });
        addLine(entry, m_accounts.vatPayable.id, *vat, !credit, VatTag { kind, rate, VatPart::Vat });
        total += *base + *vat;
        return {};
    }

    Result<void> addPurchase(const domain::VatBreakdown& group, JournalEntry& entry, qint64& total,
                             const domain::VatRateTable& rates) const
    {
        // Purchase invoice: cost and deductible VAT on the debit side.
        const bool debit = m_document.type == DocumentType::PurchaseInvoice;
        auto base = inEuro(group.taxableAmount);
        auto charged = inEuro(group.taxAmount);
        if (!base || !charged)
            return std::unexpected(!base ? base.error() : charged.error());
        const Account& cost = m_accounts.expenses;
        const int deductible = cost.deductiblePercent.value_or(100);
        const std::optional<VatKind> kind = VatClassifier::forPurchase(
            group.vatCategory, m_ourCountry, m_document.seller.country, cost.vatKind);
        total += *base + *charged;
        if (!kind) {
            // Not on our return: the whole amount, foreign VAT included, is the cost.
            addLine(entry, cost.id, *base + *charged, debit, std::nullopt);
            return {};
        }
        int rate = group.vatRate.basisPoints();
        qint64 vat = *charged;
        if (VatClassifier::isSelfAssessed(*kind)) {
            if (rate == 0) {
                const auto standard
                    = rates.rateOn(m_ourCountry, domain::VatRateKind::Standard, m_document.issueDate);
                if (!standard)
                    return fail(ErrorCode::Validation,
                                DocumentPosting::tr("No standard VAT rate is known for %1 on %2.")
                                    .arg(m_ourCountry, m_document.issueDate.toString(Qt::ISODate)),
                                u"vatRate"_s);
                rate = standard->basisPoints();
            }
            vat = vatOn(*base, rate);
            addLine(entry, m_accounts.vatPayable.id, vat, !debit, VatTag { *kind, rate, VatPart::VatDue });
        }
        const qint64 deducted = percentOf(vat, deductible);
        addLine(entry, cost.id, *base, debit, VatTag { *kind, rate, VatPart::Base });
        addLine(entry, m_accounts.vatDeductible.id, deducted, debit, VatTag { *kind, rate, VatPart::Vat });
        addLine(entry, cost.id, vat - deducted, debit, VatTag { *kind, rate, VatPart::VatNonDeductible });
        return {};
    }

private:
    const Document& m_document;
    const PostingAccounts& m_accounts;
    QString m_ourCountry;
};

} // namespace

Result<void> DocumentPosting::post(storage::UnitOfWork& work, qint64 id)
{
    auto needed = LedgerSetup::needsEntry(work, LedgerSetup::Source::Document, id);
    if (!needed)
        return std::unexpected(needed.error());
    if (!*needed)
        return {};
    storage::Database& db = work.database();

    auto found = storage::DocumentRepository(db).find(id);
    if (!found)
        return std::unexpected(found.error());
    const Document& document = *found;
    if (document.status != domain::DocumentStatus::Issued || document.type == DocumentType::Quote)
        return {};
    auto totals = domain::DocumentCalculation::totals(document);
    if (!totals)
        return std::unexpected(totals.error());
    auto accounts = postingAccounts(db);
    if (!accounts)
        return std::unexpected(accounts.error());
    auto company = storage::CompanyProfileRepository(db).load();
    if (!company)
        return std::unexpected(company.error());
    const bool sale = DocumentTypes::isSales(document.type);
    auto journal = JournalRepository(db).firstOfKind(sale ? JournalKind::Sales : JournalKind::Purchases);
    if (!journal)
        return std::unexpected(journal.error());

    JournalEntry entry;
    entry.journalId = journal->id;
    entry.date = document.issueDate;
    entry.kind = EntryKind::Document;
    entry.reference = document.number.left(100);
    entry.description = tr("%1 %2").arg(DocumentTypes::displayName(document.type), document.number).left(500);
    entry.counterparty = (sale ? document.buyer.name : document.seller.name).left(200);
    entry.contactId = document.contactId;
    entry.documentId = document.id;

    EntryBuilder builder(document, *accounts, company->country);
    static const auto rates = domain::VatRateTable::loadBuiltIn();
    if (!rates)
        return std::unexpected(rates.error());
    qint64 total = 0;
    for (const domain::VatBreakdown& group : std::as_const(totals->vatBreakdown)) {
        auto added
            = sale ? builder.addSale(group, entry, total) : builder.addPurchase(group, entry, total, *rates);
        if (!added)
            return added;
    }
    // What the customer or supplier owes is the document's total, in euro. A supplier who
    // rounded otherwise than EN 16931 leaves a cent on the rounding account.
    auto payable = builder.inEuro(document.totalInclusive);
    if (!payable)
        return std::unexpected(payable.error());
    const bool invoice
        = document.type == DocumentType::Invoice || document.type == DocumentType::PurchaseInvoice;
    // Sales invoices are a debit on the customer, purchase invoices a credit on the supplier.
    const bool partyDebit = sale == invoice;
    addLine(entry, sale ? accounts->receivables.id : accounts->payables.id, *payable, partyDebit,
            std::nullopt);
    addLine(entry, accounts->rounding.id, *payable - total, !partyDebit, std::nullopt);
    if (entry.lines.size() < 2)
        return {}; // a document of nothing posts nothing
    auto posted = Ledger::post(work, entry);
    if (!posted)
        return std::unexpected(posted.error());
    return {};
}

} // namespace kasboek::ledger
