#pragma once

#include "exchange/bank/BankStatement.h"

#include <QDate>
#include <QString>

namespace kasboek::test {

// Statements written by hand for the banking tests: amounts in euro cents.
inline domain::Money euros(qint64 cents)
{
    return domain::Money::fromMinorUnits(cents, domain::Currency::eur());
}

inline exchange::bank::BankTransaction movement(const QDate& date, qint64 cents, const QString& name,
                                                const QString& remittance, const QString& bankReference = {})
{
    exchange::bank::BankTransaction transaction;
    transaction.bookingDate = date;
    transaction.valueDate = date;
    transaction.amount = euros(cents);
    transaction.counterpartyName = name;
    transaction.counterpartyAccount = QStringLiteral("BE71096123456769");
    transaction.remittanceText = remittance;
    transaction.bankReference = bankReference;
    return transaction;
}

// A statement of `iban` from `opening` to `closing` whose closing balance is the opening balance
// plus its movements.
inline exchange::bank::BankStatement statementOf(const QString& iban, const QString& reference,
                                                 const QDate& opening, const QDate& closing,
                                                 qint64 openingCents,
                                                 const QList<exchange::bank::BankTransaction>& movements)
{
    exchange::bank::BankStatement statement;
    statement.accountIban = iban;
    statement.currency = domain::Currency::eur();
    statement.statementId = reference;
    statement.openingDate = opening;
    statement.closingDate = closing;
    statement.openingBalance = euros(openingCents);
    qint64 closingCents = openingCents;
    for (const auto& m : movements)
        closingCents += m.amount.minorUnits();
    statement.closingBalance = euros(closingCents);
    statement.transactions = movements;
    statement.sourceLine = 1;
    return statement;
}

} // namespace kasboek::test
