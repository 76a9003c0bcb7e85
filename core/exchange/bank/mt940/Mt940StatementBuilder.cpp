#include "Mt940StatementBuilder.h"

#include "Mt940Account.h"
#include "Mt940Balance.h"
#include "Mt940Information.h"
#include "Mt940StatementLine.h"
#include "exchange/bank/text/BankAccountText.h"

using namespace Qt::StringLiterals;

namespace kasboek::exchange::bank {

Mt940StatementBuilder::Mt940StatementBuilder(const Mt940Field& start)
{
    m_statement.sourceLine = start.line;
}

std::unexpected<Error> Mt940StatementBuilder::unclosed(const QString& where) const
{
    return fail(
        ErrorCode::Validation,
        tr("The statement that starts on line %1 has no closing balance (:62F:): %2 comes first. The file is "
           "incomplete.")
            .arg(QString::number(m_statement.sourceLine), where),
        u":62F:"_s);
}

Result<void> Mt940StatementBuilder::add(const Mt940Field& field)
{
    const bool awaited = m_movementAwaitsInformation;
    m_movementAwaitsInformation = false;
    if (field.is(u":25:")) {
        const auto iban = Mt940Account::iban(field);
        if (!iban)
            return std::unexpected(iban.error());
        m_statement.accountIban = *iban;
        m_hasAccount = true;
    } else if (field.is(u":28C:") || field.is(u":28:")) {
        m_statement.statementId = field.lines.join(u' ').simplified();
    } else if (field.is(u":60F:") || field.is(u":60M:")) {
        return readBalance(field, true);
    } else if (field.is(u":62F:") || field.is(u":62M:")) {
        return readBalance(field, false);
    } else if (field.is(u":61:")) {
        return readMovement(field);
    } else if (field.is(u":86:") && awaited) {
        readInformation(field);
    }
    return {};
}

Result<void> Mt940StatementBuilder::readBalance(const Mt940Field& field, bool opening)
{
    if (opening && m_hasOpening)
        return field.refuse(tr("the statement that starts on line %1 already has an opening balance.")
                                .arg(QString::number(m_statement.sourceLine)));
    if (!opening && !m_hasAccount)
        return fail(ErrorCode::Validation,
                    tr("The statement that starts on line %1 has no account (:25:) before its closing "
                       "balance on line "
                       "%2.")
                        .arg(QString::number(m_statement.sourceLine), QString::number(field.line)),
                    u":25:"_s);
    if (!opening && !m_hasOpening)
        return fail(
            ErrorCode::Validation,
            tr("The statement that starts on line %1 has no opening balance (:60F:) before its closing "
               "balance on line %2.")
                .arg(QString::number(m_statement.sourceLine), QString::number(field.line)),
            u":60F:"_s);
    const auto balance = Mt940Balance::read(field);
    if (!balance)
        return std::unexpected(balance.error());
    if (opening) {
        m_statement.currency = balance->amount.currency();
        m_statement.openingBalance = balance->amount;
        m_statement.openingDate = balance->date;
        m_hasOpening = true;
        return {};
    }
    if (balance->amount.currency() != m_statement.currency)
        return field.refuse(tr("the closing balance is in %1, the opening balance in %2.")
                                .arg(balance->amount.currency().code(), m_statement.currency.code()));
    m_statement.closingBalance = balance->amount;
    m_statement.closingDate = balance->date;
    m_closed = true;
    return {};
}

Result<void> Mt940StatementBuilder::readMovement(const Mt940Field& field)
{
    if (!m_hasOpening)
        return fail(
            ErrorCode::Validation,
            tr(":61: on line %1: the movement comes before the opening balance (:60F:) of the statement that "
               "starts on line %2.")
                .arg(QString::number(field.line), QString::number(m_statement.sourceLine)),
            u":60F:"_s);
    const auto movement = Mt940StatementLine::read(field, m_statement.currency);
    if (!movement)
        return std::unexpected(movement.error());
    BankTransaction tx = movement->transaction;
    // Rabobank writes the counterparty's account as the supplementary details.
    tx.counterpartyAccount = BankAccountText::iban(movement->supplementaryDetails);
    m_statement.transactions.append(std::move(tx));
    m_movementAwaitsInformation = true;
    return {};
}

void Mt940StatementBuilder::readInformation(const Mt940Field& field)
{
    const Mt940Information::Details details = Mt940Information::read(field.lines);
    BankTransaction& tx = m_statement.transactions.last();
    tx.counterpartyName = details.counterpartyName;
    if (!details.counterpartyAccount.isEmpty())
        tx.counterpartyAccount = details.counterpartyAccount;
    tx.counterpartyBic = details.counterpartyBic;
    tx.structuredReference = details.structuredReference;
    tx.remittanceText = details.remittanceText;
    tx.endToEndId = details.endToEndId;
}

} // namespace kasboek::exchange::bank
