#include "Statement.h"

#include "DocumentAmountConversion.h"
#include "ReportCompany.h"
#include "books/DocumentFactsReader.h"
#include "books/DocumentState.h"
#include "ledger/AccountRepository.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/repositories/ContactRepository.h"
#include "storage/repositories/DocumentRepository.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using kasboek::domain::DocumentType;
using kasboek::domain::DocumentTypes;

namespace kasboek::reports {

namespace {

constexpr int kPageSize = 2000;

// The contact's entries in date order through journal_entries_by_contact, each with its lines
// on the three accounts a statement looks at. CROSS JOIN keeps the entries the outer loop; the
// key's own day is skipped up to the key by the condition on ?4 and ?5.
constexpr char kPageSql[]
    = "SELECT e.entry_date, e.id, l.position, e.kind, e.reference, e.description, e.document_id, "
      "l.account_id, l.debit, l.credit "
      "FROM journal_entries e CROSS JOIN journal_lines l ON l.entry_id = e.id "
      "WHERE e.contact_id = ?1 AND e.entry_date >= ?2 AND e.entry_date <= ?3 "
      "AND (e.entry_date > ?2 OR e.id > ?4 OR (e.id = ?4 AND l.position > ?5)) "
      "AND l.account_id IN (?6, ?7, ?8) "
      "ORDER BY e.entry_date, e.id, l.position LIMIT ?9";

using Side = StatementSection::Side;

// +1 when the balance is debit - credit (what a customer owes), -1 when it is credit - debit
// (what you owe a supplier).
qint64 signOf(Side side)
{
    return side == Side::Receivables ? 1 : -1;
}

struct LedgerLine
{
    qint64 accountId = 0;
    qint64 debit = 0;
    qint64 credit = 0;
};

// One entry as the page query returns it, its lines gathered.
struct EntryRows
{
    QDate date;
    qint64 id = 0;
    QString kind;
    QString reference;
    QString description;
    std::optional<qint64> documentId;
    QList<LedgerLine> lines;
};

// The accounts a section reads: the contact's side, and the two a payment's parts go to.
struct SectionAccounts
{
    qint64 party = 0;
    qint64 bankCharges = 0;
    qint64 rounding = 0;
};

// What the statement needs of one of the contact's documents.
struct DocumentInfo
{
    DocumentType type = DocumentType::Invoice;
    QDate dueDate;
};

Result<std::optional<ledger::Account>> accountWithRole(storage::Database& database, ledger::AccountRole role)
{
    auto account = ledger::AccountRepository(database).findByRole(role);
    if (!account) {
        if (account.error().code == ErrorCode::NotFound)
            return std::optional<ledger::Account>();
        return std::unexpected(account.error());
    }
    return std::optional<ledger::Account>(*account);
}

// The contact's debit - credit on `accountId` before `from`: their entries only, through the
// contact index.
Result<qint64> movementBefore(storage::Database& database, qint64 contactId, qint64 accountId, QDate from)
{
    auto statement
        = database.prepare("SELECT coalesce(sum(l.debit), 0) - coalesce(sum(l.credit), 0) "
                           "FROM journal_entries e CROSS JOIN journal_lines l ON l.entry_id = e.id "
                           "WHERE e.contact_id = ?1 AND e.entry_date < ?2 AND l.account_id = ?3");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, contactId).bind(2, from.toString(Qt::ISODate)).bind(3, accountId);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? statement->columnInt(0) : 0;
}

// Turns one entry into the statement's lines and moves the running balance.
class LineBuilder final
{
public:
    LineBuilder(StatementSection& section, const SectionAccounts& accounts,
                const QHash<qint64, DocumentInfo>& documents)
        : m_section(section)
        , m_accounts(accounts)
        , m_documents(documents)
        , m_sign(signOf(section.side))
    { }

    void add(const EntryRows& entry)
    {
        qint64 debit = 0;
        qint64 credit = 0;
        QList<qint64> party; // the amounts of the lines on the contact's side, in order
        for (const LedgerLine& line : entry.lines) {
            if (line.accountId != m_accounts.party)
                continue;
            debit += line.debit;
            credit += line.credit;
            party.append(line.debit + line.credit);
        }
        if (party.isEmpty())
            return;
        if (entry.kind == u"payment"_s) {
            addPayment(entry, party, credit > debit);
            return;
        }
        StatementLine line = lineOf(entry, StatementLineKind::Other, entry.kind, entry.description);
        if (entry.kind == u"document"_s && entry.documentId) {
            const auto document = m_documents.constFind(*entry.documentId);
            if (document != m_documents.cend()) {
                line.kind = StatementLineKind::Document;
                line.code = DocumentTypes::code(document->type);
                line.dueDate = document->dueDate;
            }
        }
        append(line, debit, credit);
    }

private:
    // PaymentPosting's lines: the document's part first on the contact's side, then the
    // excess; bank charges withheld and a write-off on the other side make up the difference
    // between the document's part and the money that came (or went).
    void addPayment(const EntryRows& entry, const QList<qint64>& party, bool partyCredit)
    {
        const qint64 applied = party.first();
        qint64 excess = 0;
        for (qsizetype i = 1; i < party.size(); ++i)
            excess += party.at(i);
        qint64 charges = 0;
        qint64 writeOff = 0;
        for (const LedgerLine& line : entry.lines) {
            // On the other side of the contact's lines: part of what settled the document.
            const qint64 opposite = partyCredit ? line.debit : line.credit;
            if (line.accountId == m_accounts.bankCharges)
                charges += opposite;
            else if (line.accountId == m_accounts.rounding)
                writeOff += opposite;
        }
        const struct
        {
            StatementLineKind kind;
            const char* code;
            QString description;
            qint64 amount;
        } parts[] = {
            { StatementLineKind::Payment, "payment", entry.description, applied - charges - writeOff },
            { StatementLineKind::BankCharges, "bank_charges", Statement::tr("Bank charges withheld"),
              charges },
            { StatementLineKind::WriteOff, "write_off", Statement::tr("Payment difference written off"),
              writeOff },
            { StatementLineKind::Excess, "excess", Statement::tr("Paid in excess, kept on account"), excess },
        };
        for (const auto& part : parts) {
            if (part.amount == 0)
                continue;
            append(lineOf(entry, part.kind, QString::fromLatin1(part.code), part.description),
                   partyCredit ? 0 : part.amount, partyCredit ? part.amount : 0);
        }
    }

    static StatementLine lineOf(const EntryRows& entry, StatementLineKind kind, const QString& code,
                                const QString& description)
    {
        StatementLine line;
        line.date = entry.date;
        line.entryId = entry.id;
        line.kind = kind;
        line.code = code;
        line.reference = entry.reference;
        line.description = description;
        return line;
    }

    void append(StatementLine line, qint64 debit, qint64 credit)
    {
        line.debit = debit;
        line.credit = credit;
        m_section.debit += debit;
        m_section.credit += credit;
        m_section.closing += m_sign * (debit - credit);
        line.balance = m_section.closing;
        m_section.lines.append(line);
    }

    StatementSection& m_section;
    const SectionAccounts& m_accounts;
    const QHash<qint64, DocumentInfo>& m_documents;
    qint64 m_sign;
};

// Every line of the contact's entries in the period, page by page.
Result<void> readLines(storage::Database& database, qint64 contactId, const ReportPeriod& period,
                       const SectionAccounts& accounts, LineBuilder& builder)
{
    auto statement = database.prepare(kPageSql);
    if (!statement)
        return std::unexpected(statement.error());
    QDate keyDate = period.from();
    qint64 keyEntry = 0;
    qint64 keyPosition = 0;
    EntryRows current;
    while (true) {
        statement->reset();
        statement->bind(1, contactId)
            .bind(2, keyDate.toString(Qt::ISODate))
            .bind(3, period.to().toString(Qt::ISODate))
            .bind(4, keyEntry)
            .bind(5, keyPosition)
            .bind(6, accounts.party)
            .bind(7, accounts.bankCharges)
            .bind(8, accounts.rounding)
            .bind(9, qint64(kPageSize));
        int rows = 0;
        while (true) {
            auto row = statement->step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                break;
            ++rows;
            const qint64 entryId = statement->columnInt(1);
            if (entryId != current.id) {
                if (current.id != 0)
                    builder.add(current);
                current = EntryRows {};
                current.date = QDate::fromString(statement->columnText(0), Qt::ISODate);
                current.id = entryId;
                current.kind = statement->columnText(3);
                current.reference = statement->columnText(4);
                current.description = statement->columnText(5);
                if (!statement->columnIsNull(6))
                    current.documentId = statement->columnInt(6);
            }
            current.lines.append(
                { statement->columnInt(7), statement->columnInt(8), statement->columnInt(9) });
            keyDate = current.date;
            keyEntry = entryId;
            keyPosition = statement->columnInt(2);
        }
        if (rows < kPageSize)
            break;
    }
    if (current.id != 0)
        builder.add(current);
    return {};
}

// The contact's issued documents of the section's side up to the period's end, by due date.
Result<QList<storage::DocumentSummary>> documentsOf(storage::Database& database, qint64 contactId, Side side,
                                                    QDate to)
{
    storage::DocumentQuery query;
    query.types = side == Side::Receivables
        ? QList<DocumentType> { DocumentType::Invoice, DocumentType::CreditNote }
        : QList<DocumentType> { DocumentType::PurchaseInvoice, DocumentType::PurchaseCreditNote };
    query.status = domain::DocumentStatus::Issued;
    query.contactId = contactId;
    query.to = to;
    query.sortBy = storage::DocumentQuery::SortColumn::DueDate;
    query.order = Qt::AscendingOrder;
    return storage::DocumentRepository(database).list(query);
}

Result<void> addOpenItems(storage::Database& database, const QList<storage::DocumentSummary>& documents,
                          QDate asOf, domain::Currency currency, StatementSection& section)
{
    qint64 open = 0;
    for (const storage::DocumentSummary& summary : documents) {
        auto facts = books::DocumentFactsReader::read(database, summary.id);
        if (!facts)
            return std::unexpected(facts.error());
        auto state = books::DocumentState::of(*facts, asOf);
        if (!state)
            return std::unexpected(state.error());
        if (state->outstanding.isZero())
            continue;
        auto amount
            = DocumentAmountConversion::inCurrency(database, summary.id, state->outstanding, currency);
        if (!amount)
            return std::unexpected(amount.error());
        if (!*amount) {
            ++section.unconverted;
            continue;
        }
        StatementOpenItem item;
        item.documentId = summary.id;
        item.type = summary.type;
        item.number = summary.number;
        item.issueDate = summary.issueDate;
        item.dueDate = summary.dueDate;
        item.daysOverdue = state->daysOverdue;
        item.outstandingInCurrency = state->outstanding;
        item.outstanding = DocumentTypes::isCreditNote(summary.type) ? -**amount : **amount;
        open += item.outstanding;
        section.openItems.append(item);
    }
    section.unallocated = section.closing - open;
    return {};
}

Result<StatementSection> sectionOf(storage::Database& database, qint64 contactId, const ReportPeriod& period,
                                   Side side, const ledger::Account& account, const SectionAccounts& accounts,
                                   domain::Currency currency)
{
    StatementSection section;
    section.side = side;
    section.account = account;
    auto before = movementBefore(database, contactId, account.id, period.from());
    if (!before)
        return std::unexpected(before.error());
    section.opening = signOf(side) * *before;
    section.closing = section.opening;

    auto documents = documentsOf(database, contactId, side, period.to());
    if (!documents)
        return std::unexpected(documents.error());
    QHash<qint64, DocumentInfo> facts;
    for (const storage::DocumentSummary& summary : std::as_const(*documents))
        facts.insert(summary.id, DocumentInfo { summary.type, summary.dueDate });
    LineBuilder builder(section, accounts, facts);
    if (auto read = readLines(database, contactId, period, accounts, builder); !read)
        return std::unexpected(read.error());
    if (auto open = addOpenItems(database, *documents, period.to(), currency, section); !open)
        return std::unexpected(open.error());
    return section;
}

QString sideTitle(const StatementSection& section)
{
    const QString account = section.account.code + u"  "_s + section.account.name;
    return section.side == Side::Receivables ? Statement::tr("Customer account: %1").arg(account)
                                             : Statement::tr("Supplier account: %1").arg(account);
}

ReportValue amountOrEmpty(qint64 amount)
{
    return amount == 0 ? ReportValue() : ReportValue(ReportAmount { amount });
}

ReportValue dateOrEmpty(QDate date)
{
    return date.isValid() ? ReportValue(date) : ReportValue();
}

} // namespace

const char* Statement::pageSql()
{
    return kPageSql;
}

Result<Statement> Statement::build(storage::Database& database, const ReportPeriod& period, qint64 contactId,
                                   domain::Currency currency)
{
    auto contact = storage::ContactRepository(database).find(contactId);
    if (!contact) {
        if (contact.error().code == ErrorCode::NotFound)
            return fail(ErrorCode::NotFound, tr("The contact does not exist."), u"contact"_s);
        return std::unexpected(contact.error());
    }
    Statement report(period);
    report.m_contactId = contact->id;
    report.m_contactUid = contact->uid.toString(QUuid::WithoutBraces);
    report.m_contactName = contact->name;

    auto charges = accountWithRole(database, ledger::AccountRole::BankCharges);
    if (!charges)
        return std::unexpected(charges.error());
    auto rounding = accountWithRole(database, ledger::AccountRole::Rounding);
    if (!rounding)
        return std::unexpected(rounding.error());
    QList<StatementSection> sections;
    for (const Side side : { Side::Receivables, Side::Payables }) {
        const bool receivables = side == Side::Receivables;
        auto account = accountWithRole(
            database, receivables ? ledger::AccountRole::Receivables : ledger::AccountRole::Payables);
        if (!account)
            return std::unexpected(account.error());
        if (!*account)
            continue;
        const SectionAccounts accounts { (*account)->id, *charges ? (*charges)->id : 0,
                                         *rounding ? (*rounding)->id : 0 };
        auto section = sectionOf(database, contactId, period, side, **account, accounts, currency);
        if (!section)
            return std::unexpected(section.error());
        sections.append(*section);
    }
    for (const StatementSection& section : std::as_const(sections)) {
        const bool role = section.side == Side::Receivables ? contact->isCustomer : contact->isSupplier;
        const bool active = section.opening != 0 || !section.lines.isEmpty() || !section.openItems.isEmpty()
            || section.unconverted > 0;
        if (role || active)
            report.m_sections.append(section);
    }
    if (report.m_sections.isEmpty() && !sections.isEmpty())
        report.m_sections.append(sections.first());
    return report;
}

ReportOutput Statement::output(const ReportCompany& company) const
{
    const QString to = m_period.to().toString(Qt::ISODate);
    QStringList subtitle { m_contactName, m_period.label(),
                           tr("Balance: what the customer owes you, or what you owe the supplier; negative: "
                              "a credit in their favour or yours.") };
    int unconverted = 0;
    for (const StatementSection& section : m_sections)
        unconverted += section.unconverted;
    if (unconverted > 0)
        subtitle.append(tr("%n open document(s) in another currency without an exchange rate left out.",
                           nullptr, unconverted));
    ReportOutput out;
    out.table = company.table(key, tr("Statement of account"), subtitle);
    out.table.columns = {
        { u"date"_s, tr("Date"), ColumnKind::Date },
        { u"reference"_s, tr("Reference"), ColumnKind::Text },
        { u"description"_s, tr("Description"), ColumnKind::Text },
        { u"due_date"_s, tr("Due date"), ColumnKind::Date },
        { u"days_overdue"_s, tr("Days overdue"), ColumnKind::Count },
        { u"debit"_s, tr("Debit"), ColumnKind::Amount },
        { u"credit"_s, tr("Credit"), ColumnKind::Amount },
        { u"balance"_s, tr("Balance"), ColumnKind::Amount },
    };
    QJsonArray accounts;
    for (const StatementSection& section : m_sections) {
        QList<ReportRow>& rows = out.table.rows;
        rows.append({ RowStyle::Heading, 0, { sideTitle(section) } });
        rows.append({ RowStyle::Detail,
                      1,
                      { m_period.from(), QString(), tr("Opening balance"), ReportValue(), ReportValue(),
                        ReportValue(), ReportValue(), ReportAmount { section.opening } } });
        QJsonArray lines;
        for (const StatementLine& line : section.lines) {
            rows.append(
                { RowStyle::Detail,
                  1,
                  { line.date, line.reference, line.description, dateOrEmpty(line.dueDate), ReportValue(),
                    amountOrEmpty(line.debit), amountOrEmpty(line.credit), ReportAmount { line.balance } } });
            QJsonObject json {
                { u"date"_s, line.date.toString(Qt::ISODate) },
                { u"entry"_s, line.entryId },
                { u"kind"_s, line.code },
                { u"reference"_s, line.reference },
                { u"description"_s, line.description },
                { u"debit"_s, company.amount(line.debit) },
                { u"credit"_s, company.amount(line.credit) },
                { u"balance"_s, company.amount(line.balance) },
            };
            if (line.dueDate.isValid())
                json.insert(u"due_date"_s, line.dueDate.toString(Qt::ISODate));
            lines.append(json);
        }
        rows.append({ RowStyle::Subtotal,
                      1,
                      { m_period.to(), QString(), tr("Closing balance"), ReportValue(), ReportValue(),
                        ReportAmount { section.debit }, ReportAmount { section.credit },
                        ReportAmount { section.closing } } });

        rows.append({ RowStyle::Heading, 1, { tr("Open at %1").arg(to) } });
        QJsonArray items;
        for (const StatementOpenItem& item : section.openItems) {
            rows.append({ RowStyle::Detail,
                          2,
                          { item.issueDate, item.number, DocumentTypes::displayName(item.type),
                            dateOrEmpty(item.dueDate), qint64(item.daysOverdue), ReportValue(), ReportValue(),
                            ReportAmount { item.outstanding } } });
            items.append(QJsonObject {
                { u"number"_s, item.number },
                { u"type"_s, DocumentTypes::code(item.type) },
                { u"issue_date"_s, item.issueDate.toString(Qt::ISODate) },
                { u"due_date"_s, item.dueDate.toString(Qt::ISODate) },
                { u"days_overdue"_s, item.daysOverdue },
                { u"currency"_s, item.outstandingInCurrency.currency().code() },
                { u"outstanding_in_currency"_s, item.outstandingInCurrency.toDecimalString() },
                { u"outstanding"_s, company.amount(item.outstanding) },
            });
        }
        if (section.unallocated != 0)
            rows.append(
                { RowStyle::Detail,
                  2,
                  { m_period.to(), QString(), tr("On account, not allocated to a document"), ReportValue(),
                    ReportValue(), ReportValue(), ReportValue(), ReportAmount { section.unallocated } } });
        rows.append({ RowStyle::Subtotal,
                      1,
                      { m_period.to(), QString(), tr("Total open"), ReportValue(), ReportValue(),
                        ReportValue(), ReportValue(), ReportAmount { section.closing } } });

        accounts.append(QJsonObject {
            { u"side"_s, section.side == Side::Receivables ? u"receivables"_s : u"payables"_s },
            { u"account"_s, section.account.code },
            { u"name"_s, section.account.name },
            { u"opening"_s, company.amount(section.opening) },
            { u"lines"_s, lines },
            { u"debit"_s, company.amount(section.debit) },
            { u"credit"_s, company.amount(section.credit) },
            { u"closing"_s, company.amount(section.closing) },
            { u"open_items"_s, items },
            { u"unallocated"_s, company.amount(section.unallocated) },
            { u"unconverted_documents"_s, section.unconverted },
        });
    }
    out.json = company.json(key);
    out.json.insert(u"from"_s, m_period.from().toString(Qt::ISODate));
    out.json.insert(u"to"_s, to);
    out.json.insert(
        u"contact"_s,
        QJsonObject { { u"id"_s, m_contactId }, { u"uid"_s, m_contactUid }, { u"name"_s, m_contactName } });
    out.json.insert(u"accounts"_s, accounts);
    return out;
}

} // namespace kasboek::reports
