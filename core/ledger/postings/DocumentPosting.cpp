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

#include <QHash>
#include <algorithm>

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

// The share with the largest amount (in size, the first of equals): it takes the cents that
// rounding share by share leaves over, where they weigh least.
qsizetype largest(const QList<qint64>& amounts)
{
    qsizetype found = 0;
    for (qsizetype i = 1; i < amounts.size(); ++i) {
        if (qAbs(amounts[i]) > qAbs(amounts[found]))
            found = i;
    }
    return found;
}

// `parts` made to add up to `total` exactly, the difference on part `at`.
QList<qint64> settledOn(QList<qint64> parts, qint64 total, qsizetype at)
{
    if (parts.isEmpty())
        return parts;
    qint64 sum = 0;
    for (qint64 part : std::as_const(parts))
        sum += part;
    parts[at] += total - sum;
    return parts;
}

// The VAT of each base at `rate`, adding up to `total`: a group's VAT is rounded once on
// its whole taxable amount (EN 16931), so the accounts it is spread over share that amount.
QList<qint64> vatShares(const QList<qint64>& bases, qint64 total, int rate)
{
    QList<qint64> shares;
    shares.reserve(bases.size());
    for (qint64 base : bases)
        shares.append(vatOn(base, rate));
    return settledOn(shares, total, largest(bases));
}

// The lines of one VAT group before they go into the entry: amounts on the same account,
// side and VAT tag are added up, so that two cost accounts with full deduction give one
// line of deductible VAT.
struct PendingLine
{
    qint64 accountId = 0;
    qint64 amount = 0;
    bool debitSide = true;
    std::optional<VatTag> vat;
};

void pool(QList<PendingLine>& lines, qint64 accountId, qint64 amount, bool debitSide,
          std::optional<VatTag> vat)
{
    for (PendingLine& line : lines) {
        if (line.accountId == accountId && line.debitSide == debitSide && line.vat == vat) {
            line.amount += amount;
            return;
        }
    }
    lines.append({ accountId, amount, debitSide, vat });
}

// One cost account's part of a purchase's VAT group, in euro.
struct CostShare
{
    Account account;
    qint64 base = 0;
};

// Where each line of a purchase is booked (EN 16931 BT-133, the buyer's accounting reference):
// the expense or asset account with that code, else the Expenses account.
Result<QList<Account>> lineAccounts(storage::Database& db, const Document& document, const Account& fallback)
{
    AccountRepository accounts(db);
    QHash<QString, Account> known;
    QList<Account> result;
    result.reserve(document.lines.size());
    for (const domain::DocumentLine& line : document.lines) {
        const QString code = line.buyerAccountingReference.trimmed();
        if (code.isEmpty()) {
            result.append(fallback);
            continue;
        }
        if (!known.contains(code)) {
            auto found = accounts.findByCode(code);
            if (!found && found.error().code != ErrorCode::NotFound)
                return std::unexpected(found.error());
            known.insert(code, found && DocumentPosting::takesPurchases(*found) ? *found : fallback);
        }
        result.append(known.value(code));
    }
    return result;
}

class EntryBuilder final
{
public:
    // `lineAccounts` and `lineNets` (BT-131) have one element per line of a purchase: the
    // account the line is booked to and its net amount. Empty for a sale.
    EntryBuilder(const Document& document, const PostingAccounts& accounts, QString ourCountry,
                 QList<Account> lineAccounts, QList<Money> lineNets)
        : m_document(document)
        , m_accounts(accounts)
        , m_ourCountry(std::move(ourCountry))
        , m_lineAccounts(std::move(lineAccounts))
        , m_lineNets(std::move(lineNets))
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

    // The group's taxable amount per cost account: the nets of its lines on their accounts,
    // and what is left (lines on the default account, document allowances and charges) on
    // the Expenses account. Converted to euro share by share, adding up to the group's base.
    Result<QList<CostShare>> costShares(const domain::VatBreakdown& group) const
    {
        QList<CostShare> shares;
        QList<qint64> nets;
        qint64 assigned = 0;
        for (qsizetype i = 0; i < m_lineAccounts.size() && i < m_lineNets.size(); ++i) {
            const domain::DocumentLine& line = m_document.lines[i];
            const Account& account = m_lineAccounts[i];
            if (line.vatCategory != group.vatCategory || line.vatRate != group.vatRate
                || account.id == m_accounts.expenses.id)
                continue;
            const qint64 net = m_lineNets[i].minorUnits();
            assigned += net;
            qsizetype at = 0;
            while (at < shares.size() && shares[at].account.id != account.id)
                ++at;
            if (at == shares.size()) {
                shares.append({ account, 0 });
                nets.append(0);
            }
            nets[at] += net;
        }
        const qint64 rest = group.taxableAmount.minorUnits() - assigned;
        if (rest != 0 || shares.isEmpty()) {
            shares.prepend({ m_accounts.expenses, 0 });
            nets.prepend(rest);
        }
        QList<qint64> bases;
        for (qint64 net : std::as_const(nets)) {
            auto base = inEuro(Money::fromMinorUnits(net, m_document.currency));
            if (!base)
                return std::unexpected(base.error());
            bases.append(*base);
        }
        auto total = inEuro(group.taxableAmount);
        if (!total)
            return std::unexpected(total.error());
        bases = settledOn(bases, *total, largest(bases));
        for (qsizetype i = 0; i < shares.size(); ++i)
            shares[i].base = bases[i];
        return shares;
    }

    // The rate of self-assessed VAT: the group's, or our country's standard rate where the
    // supplier charged none (reverse charge at 0 %).
    Result<int> selfAssessedRate(const domain::VatBreakdown& group, const domain::VatRateTable& rates) const
    {
        if (!group.vatRate.isZero())
            return group.vatRate.basisPoints();
        const auto standard = rates.rateOn(m_ourCountry, domain::VatRateKind::Standard, m_document.issueDate);
        if (!standard)
            return fail(ErrorCode::Validation,
                        DocumentPosting::tr("No standard VAT rate is known for %1 on %2.")
                            .arg(m_ourCountry, m_document.issueDate.toString(Qt::ISODate)),
                        u"vatRate"_s);
        return standard->basisPoints();
    }

    Result<void> addPurchase(const domain::VatBreakdown& group, JournalEntry& entry, qint64& total,
                             const domain::VatRateTable& rates) const
    {
        // Purchase invoice: cost and deductible VAT on the debit side.
        const bool debit = m_document.type == DocumentType::PurchaseInvoice;
        auto shares = costShares(group);
        auto charged = inEuro(group.taxAmount);
        if (!shares || !charged)
            return std::unexpected(!shares ? shares.error() : charged.error());
        QList<qint64> bases;
        QList<std::optional<VatKind>> kinds;
        QList<qint64> selfAssessedBases;
        for (const CostShare& share : std::as_const(*shares)) {
            bases.append(share.base);
            kinds.append(VatClassifier::forPurchase(group.vatCategory, m_ourCountry,
                                                    m_document.seller.country, share.account.vatKind));
            const bool self = kinds.last() && VatClassifier::isSelfAssessed(*kinds.last());
            selfAssessedBases.append(self ? share.base : 0);
            total += share.base;
        }
        total += *charged;
        const int chargedRate = group.vatRate.basisPoints();
        const QList<qint64> chargedShares = vatShares(bases, *charged, chargedRate);

        // The VAT we owe ourselves is computed on the base of the accounts that self-assess it.
        const bool anySelfAssessed = std::any_of(kinds.cbegin(), kinds.cend(), [](const auto& kind) {
            return kind && VatClassifier::isSelfAssessed(*kind);
        });
        auto dueRate = anySelfAssessed ? selfAssessedRate(group, rates) : chargedRate;
        if (!dueRate)
            return std::unexpected(dueRate.error());
        qint64 dueBase = 0;
        for (qint64 base : std::as_const(selfAssessedBases))
            dueBase += base;
        const QList<qint64> dueShares = vatShares(selfAssessedBases, vatOn(dueBase, *dueRate), *dueRate);

        QList<PendingLine> lines;
        for (qsizetype i = 0; i < shares->size(); ++i) {
            const Account& cost = (*shares)[i].account;
            const qint64 base = bases[i];
            if (!kinds[i]) {
                // Not on our return: the whole amount, foreign VAT included, is the cost.
                pool(lines, cost.id, base + chargedShares[i], debit, std::nullopt);
                continue;
            }
            const VatKind kind = *kinds[i];
            const bool self = VatClassifier::isSelfAssessed(kind);
            const int rate = self ? *dueRate : chargedRate;
            const qint64 vat = self ? dueShares[i] : chargedShares[i];
            if (self)
                pool(lines, m_accounts.vatPayable.id, vat, !debit, VatTag { kind, rate, VatPart::VatDue });
            const qint64 deducted = percentOf(vat, cost.deductiblePercent.value_or(100));
            pool(lines, cost.id, base, debit, VatTag { kind, rate, VatPart::Base });
            pool(lines, m_accounts.vatDeductible.id, deducted, debit, VatTag { kind, rate, VatPart::Vat });
            pool(lines, cost.id, vat - deducted, debit, VatTag { kind, rate, VatPart::VatNonDeductible });
        }
        for (const PendingLine& line : std::as_const(lines))
            addLine(entry, line.accountId, line.amount, line.debitSide, line.vat);
        return {};
    }

private:
    const Document& m_document;
    const PostingAccounts& m_accounts;
    QString m_ourCountry;
    QList<Account> m_lineAccounts;
    QList<Money> m_lineNets;
};

} // namespace

bool DocumentPosting::takesPurchases(const Account& account)
{
    // An asset account with a role is one the automatic postings keep (receivables, input VAT,
    // bank, cash): a line booked there would corrupt what they track.
    return account.type == AccountType::Expense || (account.type == AccountType::Asset && !account.role);
}

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

    QList<Account> costAccounts;
    if (!sale) {
        auto booked = lineAccounts(db, document, accounts->expenses);
        if (!booked)
            return std::unexpected(booked.error());
        costAccounts = std::move(*booked);
    }
    EntryBuilder builder(document, *accounts, company->country, std::move(costAccounts),
                         sale ? QList<Money>() : totals->lineNetAmounts);
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
