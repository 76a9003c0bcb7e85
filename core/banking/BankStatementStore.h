#pragma once

#include "Error.h"
#include "exchange/bank/BankFormat.h"
#include "exchange/bank/BankStatement.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace kasboek::storage {
class UnitOfWork;
} // namespace kasboek::storage

namespace kasboek::banking {

// The bank_statements and bank_lines tables as an import writes them: its statements prepared
// once, so that a hundred thousand lines cost a hundred thousand steps and no more. Lives inside
// one unit of work.
class BankStatementStore final
{
    Q_DECLARE_TR_FUNCTIONS(BankStatementStore)
public:
    [[nodiscard]] static Result<BankStatementStore> open(storage::UnitOfWork& work);

    // The currency of the journal's statements so far; nothing before its first.
    [[nodiscard]] Result<std::optional<QString>> currencyOf(qint64 journalId);
    // Whether this very statement (reference, dates and balances) is stored already.
    [[nodiscard]] Result<bool> holds(qint64 journalId, const exchange::bank::BankStatement& statement);
    // The closing balance (minor units) of the latest statement that closed on or before `date`.
    [[nodiscard]] Result<std::optional<qint64>> closingBefore(qint64 journalId, const QDate& date);

    [[nodiscard]] Result<qint64> insertStatement(qint64 journalId, exchange::bank::BankFormat format,
                                                 const exchange::bank::BankStatement& statement,
                                                 std::optional<qint64> previousClosingBalance);
    // False when the journal holds a line with this fingerprint already: nothing is written.
    [[nodiscard]] Result<bool> insertLine(qint64 statementId, qint64 journalId,
                                          const exchange::bank::BankTransaction& transaction,
                                          const QString& fingerprint);

private:
    BankStatementStore(storage::UnitOfWork& work, storage::Statement lineHeld, storage::Statement insertLine);

    storage::UnitOfWork* m_work;
    storage::Statement m_lineHeld;
    storage::Statement m_insertLine;
};

} // namespace kasboek::banking
