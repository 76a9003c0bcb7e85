#include "JournalImporter.h"

#include "AccountRepository.h"
#include "JournalRepository.h"
#include "exchange/journalcsv/JournalCsvReader.h"
#include "postings/LedgerSetup.h"
#include "storage/CompanyFile.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/UnitOfWork.h"

using namespace Qt::StringLiterals;
using kasboek::exchange::journalcsv::JournalCsvReader;
using kasboek::exchange::journalcsv::JournalCsvRow;
using kasboek::exchange::journalcsv::JournalCsvTransaction;

namespace kasboek::ledger {

namespace {

const QString kGeneralJournal = u"GEN"_s;
constexpr qsizetype kQuotedLength = 40;
// What journal_entries and journal_lines hold; EntryWriter refuses longer text too, but
// without the line of the file.
constexpr qsizetype kMaximumReference = 100;
constexpr qsizetype kMaximumDescription = 500;
constexpr qsizetype kMaximumCounterparty = 200;

// The type a path such as "Income:Consulting" names with its first segment, as ledger-cli,
// hledger and GnuCash exports spell it.
std::optional<AccountType> typeOfPath(QStringView path)
{
    const QStringView head = path.left(path.indexOf(u':')).trimmed();
    const auto is = [head](QStringView word) { return head.compare(word, Qt::CaseInsensitive) == 0; };
    if (is(u"Assets") || is(u"Asset"))
        return AccountType::Asset;
    if (is(u"Liabilities") || is(u"Liability"))
        return AccountType::Liability;
    if (is(u"Equity"))
        return AccountType::Equity;
    if (is(u"Income") || is(u"Revenue") || is(u"Revenues"))
        return AccountType::Income;
    if (is(u"Expenses") || is(u"Expense"))
        return AccountType::Expense;
    return std::nullopt;
}

// The name a new account gets: the path after its type, which the account's type says already.
QString nameOfPath(const QString& path)
{
    const qsizetype colon = path.indexOf(u':');
    const QString rest = colon < 0 ? QString() : path.mid(colon + 1).trimmed();
    return rest.isEmpty() ? path.trimmed() : rest;
}

QString shortened(const QString& text)
{
    return text.size() > kQuotedLength ? text.left(kQuotedLength) + u"…"_s : text;
}

} // namespace

JournalImporter::JournalImporter(storage::CompanyFile& file)
    : m_file(file)
{ }

std::unexpected<Error> JournalImporter::atLine(const Error& error, qint64 line, const QString& txnId)
{
    Error located = error;
    located.message
        = tr("Line %1 (transaction %2): %3").arg(QString::number(line), shortened(txnId), error.message);
    return std::unexpected(located);
}

Result<void> JournalImporter::prepare(storage::UnitOfWork& work, const QString& journalCode)
{
    // Posting needs the chart and its roles: a file without accounts gets its country's first,
    // as it would on its first invoice, so the imported accounts join the chart, not replace it.
    if (auto ready = LedgerSetup::ensureReady(work); !ready)
        return std::unexpected(ready.error());
    storage::Database& db = work.database();
    m_journalCode = journalCode.isEmpty() ? kGeneralJournal : journalCode;
    auto journal = JournalRepository(db).findByCode(m_journalCode);
    if (!journal) {
        if (journal.error().code == ErrorCode::NotFound)
            return fail(ErrorCode::Validation, tr("There is no journal %1.").arg(m_journalCode),
                        u"journal"_s);
        return std::unexpected(journal.error());
    }
    m_journalId = journal->id;

    auto accounts = AccountRepository(db).list();
    if (!accounts)
        return std::unexpected(accounts.error());
    for (const Account& account : std::as_const(*accounts))
        m_accounts.insert(account.code, { account.id, account.type, {} });

    auto lastId = db.queryInt("SELECT coalesce(max(id), 0) FROM journal_entries");
    if (!lastId)
        return std::unexpected(lastId.error());
    m_firstNewId = *lastId + 1;

    m_entry = {};
    m_entry.journalId = m_journalId;
    m_entry.kind = EntryKind::Import;
    return {};
}

Result<qint64> JournalImporter::accountFor(storage::UnitOfWork& work, const JournalCsvRow& row,
                                           const QString& txnId)
{
    auto known = m_accounts.find(row.accountCode);
    // The reader hands the same string for the same name: comparing where it lives is enough
    // for every row but the first of an account.
    if (known != m_accounts.end()
        && (known->checkedName.constData() == row.accountName.constData()
            || known->checkedName == row.accountName))
        return known->id;

    const auto type = typeOfPath(row.accountName);
    if (!type)
        return atLine(
            Error { ErrorCode::Validation,
                    tr("the account_name \"%1\" of account %2 does not start with Assets, Liabilities, "
                       "Equity, Income or Expenses.")
                        .arg(shortened(row.accountName), shortened(row.accountCode)),
                    u"account_name"_s },
            row.line, txnId);
    if (known != m_accounts.end()) {
        if (known->type != *type)
            return atLine(
                Error { ErrorCode::Validation,
                        tr("account %1 is of type %2 in the chart of accounts, but the file makes it %3 "
                           "(\"%4\").")
                            .arg(shortened(row.accountCode), accountTypeCode(known->type),
                                 accountTypeCode(*type), shortened(row.accountName)),
                        u"account_name"_s },
                row.line, txnId);
        known->checkedName = row.accountName;
        return known->id;
    }

    Account account;
    account.code = row.accountCode;
    account.name = nameOfPath(row.accountName);
    account.type = *type;
    auto stored = AccountRepository(work.database()).insert(work, account);
    if (!stored)
        return atLine(stored.error(), row.line, txnId);
    m_accounts.insert(account.code, { stored->id, account.type, row.accountName });
    ++m_summary.accountsCreated;
    if (m_writer)
        m_writer->accountAdded(stored->id);
    return stored->id;
}

Result<void> JournalImporter::checkNotImported(storage::UnitOfWork& work,
                                               const JournalCsvTransaction& transaction, qint64 beforeId)
{
    // The journal's index (journal_id, entry_date, id) narrows this to one day of one journal.
    auto query
        = work.database().prepare("SELECT EXISTS (SELECT 1 FROM journal_entries WHERE journal_id = ?1 "
                                  "AND entry_date = ?2 AND kind = 'import' AND reference = ?3 AND id < ?4)");
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, m_journalId)
        .bind(2, transaction.date.toString(Qt::ISODate))
        .bind(3, transaction.id)
        .bind(4, beforeId);
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    if (query->columnBool(0))
        return atLine(
            Error { ErrorCode::Conflict,
                    tr("this transaction was imported into journal %1 before; the file is not imported "
                       "again.")
                        .arg(m_journalCode),
                    u"txn_id"_s },
            transaction.line(), transaction.id);
    return {};
}

Result<void> JournalImporter::post(storage::UnitOfWork& work, const JournalCsvTransaction& transaction)
{
    const JournalCsvRow& first = transaction.rows.constFirst();
    m_entry.date = transaction.date;
    m_entry.reference = transaction.id;
    m_entry.description = first.description;
    m_entry.counterparty = first.counterparty;
    m_entry.lines.clear();
    m_lineRows.clear();
    if (transaction.id.size() > kMaximumReference)
        return atLine(Error { ErrorCode::Validation,
                              tr("the txn_id is longer than %1 characters.").arg(kMaximumReference),
                              u"txn_id"_s },
                      transaction.line(), transaction.id);
    if (first.counterparty.size() > kMaximumCounterparty)
        return atLine(Error { ErrorCode::Validation,
                              tr("the counterparty is longer than %1 characters.").arg(kMaximumCounterparty),
                              u"counterparty"_s },
                      first.line, transaction.id);
    for (const JournalCsvRow& row : transaction.rows) {
        if (row.description.size() > kMaximumDescription)
            return atLine(
                Error { ErrorCode::Validation,
                        tr("the description is longer than %1 characters.").arg(kMaximumDescription),
                        u"description"_s },
                row.line, transaction.id);
        auto account = accountFor(work, row, transaction.id);
        if (!account)
            return std::unexpected(account.error());
        if (row.debit == 0 && row.credit == 0)
            continue;
        m_entry.lines.append(EntryLine { *account, row.debit, row.credit,
                                         row.description == m_entry.description ? QString() : row.description,
                                         std::nullopt });
        m_lineRows.append(row.line);
    }
    if (m_entry.lines.isEmpty()) {
        ++m_summary.skippedTransactions;
        return {};
    }
    if (m_summary.entries == 0) {
        if (auto fresh = checkNotImported(work, transaction, m_firstNewId); !fresh)
            return fresh;
    }
    if (!m_writer) {
        auto writer = EntryWriter::open(work);
        if (!writer)
            return std::unexpected(writer.error());
        m_writer.emplace(std::move(*writer));
    }
    if (auto written = m_writer->post(m_entry); !written) {
        // The writer names the line of the entry ("lines[2]"); the user knows the CSV's.
        qint64 line = transaction.line();
        const Error& error = written.error();
        if (error.field.startsWith(u"lines["_s)) {
            bool ok = false;
            const qsizetype index = error.field.mid(6, error.field.size() - 7).toLongLong(&ok);
            if (ok && index >= 0 && index < m_lineRows.size())
                line = m_lineRows.at(index);
        }
        return atLine(error, line, transaction.id);
    }
    ++m_summary.entries;
    m_summary.lines += m_entry.lines.size();
    if (!m_summary.firstDate.isValid() || transaction.date < m_summary.firstDate)
        m_summary.firstDate = transaction.date;
    if (!m_summary.lastDate.isValid() || transaction.date > m_summary.lastDate)
        m_summary.lastDate = transaction.date;
    return {};
}

Result<void> JournalImporter::importInto(storage::UnitOfWork& work, JournalCsvReader& reader,
                                         const QString& journalCode)
{
    if (auto prepared = prepare(work, journalCode); !prepared)
        return prepared;
    JournalCsvTransaction transaction;
    JournalCsvTransaction last; // the last one posted
    while (true) {
        auto read = reader.next(transaction);
        if (!read)
            return std::unexpected(read.error());
        if (!*read)
            break;
        const qint64 before = m_summary.entries;
        if (auto posted = post(work, transaction); !posted)
            return posted;
        if (m_summary.entries > before)
            std::swap(last, transaction);
    }
    // The first transaction was checked before anything was written; the last one here, against
    // the entries that were there before.
    if (m_summary.entries > 1) {
        if (auto fresh = checkNotImported(work, last, m_firstNewId); !fresh)
            return fresh;
    }
    if (m_writer)
        return m_writer->finish();
    return {};
}

Result<JournalImportSummary> JournalImporter::import(JournalCsvReader& reader, const QString& journalCode)
{
    m_accounts.clear();
    m_summary = {};
    auto work = m_file.beginWork();
    if (!work)
        return std::unexpected(work.error());
    auto imported = importInto(*work, reader, journalCode);
    // The writer's statements belong to this unit of work: gone before it commits or rolls back.
    m_writer.reset();
    if (!imported)
        return std::unexpected(imported.error());
    // A file with nothing to post leaves the company file as it was, chart included.
    if (m_summary.entries == 0 && m_summary.accountsCreated == 0)
        return m_summary;
    if (auto committed = work->commit(); !committed)
        return std::unexpected(committed.error());
    return m_summary;
}

} // namespace kasboek::ledger
