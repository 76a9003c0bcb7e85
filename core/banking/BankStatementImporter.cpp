#include "BankStatementImporter.h"

#include "BankJournals.h"
#include "BankLineFingerprint.h"
#include "BankStatementCheck.h"
#include "BankStatementStore.h"
#include "domain/Iban.h"
#include "storage/CompanyFile.h"
#include "storage/UnitOfWork.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using kasboek::exchange::bank::BankStatement;
using kasboek::exchange::bank::BankStatementFile;

namespace kasboek::banking {

namespace {

struct Pending
{
    const BankStatementFile* file;
    const BankStatement* statement;
};

QString shownIban(const QString& iban)
{
    auto parsed = domain::Iban::parse(iban);
    return parsed ? parsed->formatted() : iban;
}

} // namespace

BankStatementImporter::BankStatementImporter(storage::CompanyFile& file)
    : m_file(file)
{ }

Result<BankImportSummary> BankStatementImporter::import(const QList<BankStatementFile>& files)
{
    auto work = m_file.beginWork();
    if (!work)
        return std::unexpected(work.error());
    auto summary = importInto(*work, files);
    if (!summary)
        return summary;
    if (auto committed = work->commit(); !committed)
        return std::unexpected(committed.error());
    return summary;
}

Result<BankImportSummary> BankStatementImporter::importInto(storage::UnitOfWork& work,
                                                            const QList<BankStatementFile>& files)
{
    QList<Pending> pending;
    for (const BankStatementFile& file : files) {
        for (const BankStatement& statement : file.statements) {
            if (auto checked = BankStatementCheck::check(statement); !checked)
                return std::unexpected(checked.error());
            pending.append({ &file, &statement });
        }
    }
    // Account by account, oldest first: each statement is compared with the one before it,
    // whichever file brought that one.
    std::stable_sort(pending.begin(), pending.end(), [](const Pending& a, const Pending& b) {
        const BankStatement& x = *a.statement;
        const BankStatement& y = *b.statement;
        return std::tie(x.accountIban, x.openingDate, x.closingDate)
            < std::tie(y.accountIban, y.openingDate, y.closingDate);
    });

    auto store = BankStatementStore::open(work);
    if (!store)
        return std::unexpected(store.error());
    BankJournals journals(work);
    BankImportSummary summary;
    for (const Pending& item : pending) {
        const BankStatement& statement = *item.statement;
        BankStatementOutcome outcome;
        outcome.source = item.file->source;
        outcome.format = exchange::bank::bankFormatName(item.file->format);
        outcome.accountIban = statement.accountIban;
        outcome.reference = statement.statementId;
        outcome.openingDate = statement.openingDate;
        outcome.closingDate = statement.closingDate;
        outcome.openingBalance = statement.openingBalance;
        outcome.closingBalance = statement.closingBalance;

        bool created = false;
        auto journal = journals.forIban(statement.accountIban, &created);
        if (!journal)
            return std::unexpected(journal.error());
        outcome.journalCode = journal->code;
        outcome.journalCreated = created;

        auto currency = store->currencyOf(journal->id);
        if (!currency)
            return std::unexpected(currency.error());
        if (*currency && **currency != statement.currency.code())
            return fail(ErrorCode::Validation,
                        tr("The statements of %1 are in %2; %3 is in %4. Nothing was imported.")
                            .arg(shownIban(statement.accountIban), **currency,
                                 BankStatementCheck::describe(statement), statement.currency.code()),
                        u"currency"_s);

        auto held = store->holds(journal->id, statement);
        if (!held)
            return std::unexpected(held.error());
        if (*held) {
            outcome.alreadyImported = true;
            outcome.linesAlreadyImported = statement.transactions.size();
            summary.linesAlreadyImported += outcome.linesAlreadyImported;
            summary.statements.append(outcome);
            continue;
        }

        auto previous = store->closingBefore(journal->id, statement.openingDate);
        if (!previous)
            return std::unexpected(previous.error());
        if (*previous)
            outcome.previousClosingBalance = domain::Money::fromMinorUnits(**previous, statement.currency);
        if (outcome.hasGap())
            summary.warnings.append(
                tr("The balances do not join: %1 opens with %2 %3, but the statement before it closed with "
                   "%4 "
                   "%3. A statement is missing between them, or one of them is wrong.")
                    .arg(BankStatementCheck::describe(statement), statement.openingBalance.toDecimalString(),
                         statement.currency.code(), outcome.previousClosingBalance->toDecimalString()));

        auto statementId = store->insertStatement(journal->id, item.file->format, statement, *previous);
        if (!statementId)
            return std::unexpected(statementId.error());
        const QStringList fingerprints = BankLineFingerprint::of(statement);
        for (qsizetype i = 0; i < statement.transactions.size(); ++i) {
            const auto& transaction = statement.transactions.at(i);
            // A movement of nothing (an information line some banks add) has nothing to reconcile.
            if (transaction.amount.isZero())
                continue;
            auto inserted = store->insertLine(*statementId, journal->id, transaction, fingerprints.at(i));
            if (!inserted)
                return std::unexpected(inserted.error());
            ++(*inserted ? outcome.linesImported : outcome.linesAlreadyImported);
        }
        summary.linesImported += outcome.linesImported;
        summary.linesAlreadyImported += outcome.linesAlreadyImported;
        summary.statements.append(outcome);
    }
    return summary;
}

} // namespace kasboek::banking
