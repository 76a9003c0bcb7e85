#pragma once

// What the libFuzzer targets of the bank statement readers check on every statement a reader
// returns, and on every refusal: the importer relies on these without checking them again.
#include "Error.h"
#include "domain/CreditorReference.h"
#include "domain/Iban.h"
#include "domain/StructuredCommunication.h"
#include "exchange/bank/BankStatement.h"

#include <cstdlib>

namespace kasboek::fuzz {

inline void require(bool condition)
{
    if (!condition)
        std::abort();
}

inline void checkRefusal(const Error& error)
{
    require(error.code == ErrorCode::Validation && !error.message.isEmpty() && !error.field.isEmpty());
}

inline void checkStatements(const QList<exchange::bank::BankStatement>& statements)
{
    require(!statements.isEmpty());
    int previousLine = 0;
    for (const auto& statement : statements) {
        require(domain::Iban::isValid(statement.accountIban));
        require(statement.accountIban == statement.accountIban.toUpper()
                && !statement.accountIban.contains(u' '));
        require(statement.openingDate.isValid() && statement.closingDate.isValid());
        require(statement.openingBalance.currency() == statement.currency);
        require(statement.closingBalance.currency() == statement.currency);
        require(statement.sourceLine > previousLine);
        previousLine = statement.sourceLine;
        for (const auto& tx : statement.transactions) {
            require(tx.amount.currency() == statement.currency);
            require(tx.bookingDate.isValid());
            require(tx.sourceLine > statement.sourceLine);
            require(tx.structuredReference.isEmpty()
                    || (tx.structuredReference.size() == 12
                        && domain::StructuredCommunication::isValid(tx.structuredReference))
                    || domain::CreditorReference::isValid(tx.structuredReference));
            require(tx.endToEndId.compare(QStringLiteral("NOTPROVIDED"), Qt::CaseInsensitive) != 0);
        }
    }
}

} // namespace kasboek::fuzz
