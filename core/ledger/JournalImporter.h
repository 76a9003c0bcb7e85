#pragma once

#include "AccountType.h"
#include "EntryWriter.h"
#include "Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace kasboek::exchange::journalcsv {
class JournalCsvReader;
struct JournalCsvRow;
struct JournalCsvTransaction;
} // namespace kasboek::exchange::journalcsv

namespace kasboek::storage {
class CompanyFile;
class UnitOfWork;
} // namespace kasboek::storage

namespace kasboek::ledger {

// What an import wrote.
struct JournalImportSummary
{
    qint64 entries = 0;
    qint64 lines = 0;
    qint64 accountsCreated = 0;
    qint64 skippedTransactions = 0; // every amount 0: nothing to post
    QDate firstDate; // of the entries written; null when there were none
    QDate lastDate;
};

// Imports a journal CSV (exchange::journalcsv::JournalCsvReader) into a company file, all or
// nothing: one unit of work, committed only when every transaction was posted. Each
// transaction becomes one entry of kind Import in the chosen journal (GEN unless told), with
// the txn_id as its reference and the first row's description and counterparty; a line keeps
// its row's description only where it differs from the entry's. Rows of 0 on both sides are
// left out; a transaction without any amount is skipped and counted.
//
// Accounts are found by code. A file without a chart gets its country's first (as for any
// posting, LedgerSetup). A code the chart lacks becomes a new account whose type is the first
// segment of account_name (Assets, Liabilities, Equity, Income, Expenses; the singular and
// Revenue are understood too) and whose name is the rest of the path: "Income:Consulting"
// is the income account "Consulting", "Expenses:Office:Rent" the expense account
// "Office:Rent". A code the chart has with another type is refused; archived accounts are
// used as they are.
//
// A file whose first or last transaction was imported into the journal before (an Import
// entry there with that reference on that date) is refused as a repeated import (Conflict).
// Every refusal names the line of the CSV: Validation for the file's content, ReadOnly for a
// date in a closed period, Conflict for a repeated import. Nothing is written then, nor when the
// file has nothing to post.
class JournalImporter final
{
    Q_DECLARE_TR_FUNCTIONS(JournalImporter)
public:
    explicit JournalImporter(storage::CompanyFile& file);

    // `journalCode` empty: the general journal, GEN.
    [[nodiscard]] Result<JournalImportSummary> import(exchange::journalcsv::JournalCsvReader& reader,
                                                      const QString& journalCode = {});

private:
    struct KnownAccount
    {
        qint64 id = 0;
        AccountType type = AccountType::Asset;
        QString checkedName; // the account_name last found to agree with the type
    };

    [[nodiscard]] Result<void> importInto(storage::UnitOfWork& work,
                                          exchange::journalcsv::JournalCsvReader& reader,
                                          const QString& journalCode);
    [[nodiscard]] Result<void> prepare(storage::UnitOfWork& work, const QString& journalCode);
    [[nodiscard]] Result<qint64> accountFor(storage::UnitOfWork& work,
                                            const exchange::journalcsv::JournalCsvRow& row,
                                            const QString& txnId);
    [[nodiscard]] Result<void> post(storage::UnitOfWork& work,
                                    const exchange::journalcsv::JournalCsvTransaction& transaction);
    [[nodiscard]] Result<void>
    checkNotImported(storage::UnitOfWork& work,
                     const exchange::journalcsv::JournalCsvTransaction& transaction, qint64 beforeId);
    [[nodiscard]] static std::unexpected<Error> atLine(const Error& error, qint64 line, const QString& txnId);

    storage::CompanyFile& m_file;

    // The state of one import.
    qint64 m_journalId = 0;
    QString m_journalCode;
    QHash<QString, KnownAccount> m_accounts; // by code
    // Opened with the first entry; told of each account added after that.
    std::optional<EntryWriter> m_writer;
    qint64 m_firstNewId = 0; // entries with a smaller id were there before the import
    JournalEntry m_entry; // reused for every transaction
    QList<qint64> m_lineRows; // the CSV line of each line of m_entry
    JournalImportSummary m_summary;
};

} // namespace kasboek::ledger
