#include "BankStatementCheck.h"

#include "domain/Iban.h"

using namespace Qt::StringLiterals;
using kasboek::exchange::bank::BankStatement;

namespace kasboek::banking {

namespace {

QString lineOf(int line)
{
    return line > 0 ? QString::number(line) : u"?"_s;
}

} // namespace

QString BankStatementCheck::describe(const BankStatement& statement)
{
    const auto iban = domain::Iban::parse(statement.accountIban);
    const QString account = iban ? iban->formatted() : statement.accountIban;
    if (statement.statementId.isEmpty())
        return tr("the statement of %1 from %2 to %3")
            .arg(account, statement.openingDate.toString(Qt::ISODate),
                 statement.closingDate.toString(Qt::ISODate));
    return tr("statement %1 of %2").arg(statement.statementId, account);
}

Result<void> BankStatementCheck::check(const BankStatement& statement)
{
    const QString where = tr("line %1").arg(lineOf(statement.sourceLine));
    if (!domain::Iban::isValid(statement.accountIban))
        return fail(ErrorCode::Validation,
                    tr("The statement on %1 is for account \"%2\", which is not a valid IBAN.")
                        .arg(where, statement.accountIban.left(40)),
                    u"account"_s);
    const QString name = describe(statement);
    if (!statement.openingDate.isValid() || !statement.closingDate.isValid()
        || statement.closingDate < statement.openingDate)
        return fail(ErrorCode::Validation,
                    tr("The dates of %1 (%2) are missing or out of order.").arg(name, where), u"date"_s);
    if (statement.openingBalance.currency() != statement.currency
        || statement.closingBalance.currency() != statement.currency)
        return fail(ErrorCode::Validation,
                    tr("The balances of %1 (%2) are not in its currency, %3.")
                        .arg(name, where, statement.currency.code()),
                    u"currency"_s);

    domain::Money balance = statement.openingBalance;
    for (const auto& transaction : statement.transactions) {
        const QString at = tr("line %1").arg(lineOf(transaction.sourceLine));
        if (!transaction.bookingDate.isValid())
            return fail(ErrorCode::Validation, tr("A movement of %1 (%2) has no booking date.").arg(name, at),
                        u"booking_date"_s);
        if (transaction.amount.currency() != statement.currency)
            return fail(ErrorCode::Validation,
                        tr("A movement of %1 (%2) is in %3, the statement in %4.")
                            .arg(name, at, transaction.amount.currency().code(), statement.currency.code()),
                        u"currency"_s);
        auto added = balance.plus(transaction.amount);
        if (!added)
            return fail(ErrorCode::Validation,
                        tr("The movements of %1 (%2) add up to more than Kasboek can hold.").arg(name, at),
                        u"amount"_s);
        balance = *added;
    }
    if (balance != statement.closingBalance)
        return fail(ErrorCode::Validation,
                    tr("In %1 (%2) the amounts do not add up: the opening balance %3 %4 and its movements "
                       "make %5 %4, "
                       "but it closes with %6 %4. The file is incomplete or damaged; nothing was imported.")
                        .arg(name, where, statement.openingBalance.toDecimalString(),
                             statement.currency.code(), balance.toDecimalString(),
                             statement.closingBalance.toDecimalString()),
                    u"closing_balance"_s);
    return {};
}

} // namespace kasboek::banking
