#include "CamtStatementBuilder.h"

#include "CamtEntryReader.h"
#include "CamtLimits.h"
#include "CamtValues.h"
#include "domain/Iban.h"

using namespace Qt::StringLiterals;

namespace kasboek::exchange::bank {

CamtStatementBuilder::CamtStatementBuilder(qint64 line, QString path)
    : m_path(std::move(path))
{
    m_statement.sourceLine = static_cast<int>(line);
}

bool CamtStatementBuilder::reads(QStringView name)
{
    return name == u"Id" || name == u"ElctrncSeqNb" || name == u"Acct" || name == u"Bal" || name == u"Ntry";
}

Result<void> CamtStatementBuilder::add(const CamtSubtree& part)
{
    const QString& name = part.name(CamtSubtree::root());
    if (name == u"Id")
        return readIdentifier(part, m_statementId, m_hasStatementId);
    if (name == u"ElctrncSeqNb")
        return readIdentifier(part, m_sequenceNumber, m_hasSequenceNumber);
    if (name == u"Acct")
        return readAccount(part);
    if (name == u"Bal")
        return readBalance(part);
    if (name == u"Ntry")
        return readEntry(part);
    return {};
}

Result<void> CamtStatementBuilder::readIdentifier(const CamtSubtree& tree, QString& into, bool& seen)
{
    const qsizetype root = CamtSubtree::root();
    if (seen)
        return tree.fail(root, tr("The element on line %1 (%2) may appear only once in a statement."));
    const QString text = tree.text(root);
    if (text.size() > CamtLimits::maxIdentifierLength)
        return tree.fail(root, tr("The value on line %1 (%2) is longer than the %3 characters it may have."),
                         QString::number(CamtLimits::maxIdentifierLength));
    into = text;
    seen = true;
    return {};
}

Result<void> CamtStatementBuilder::adoptCurrency(const CamtSubtree& tree, qsizetype index,
                                                 const QString& code)
{
    const auto currency = CamtValues::currency(tree, index, code);
    if (!currency)
        return std::unexpected(currency.error());
    if (!m_hasCurrency) {
        m_statement.currency = *currency;
        m_hasCurrency = true;
        return {};
    }
    if (*currency != m_statement.currency)
        return tree.fail(index, tr("The currency on line %1 (%2) is %3, but the statement is in %4."),
                         currency->code(), m_statement.currency.code());
    return {};
}

Result<void> CamtStatementBuilder::readAccount(const CamtSubtree& tree)
{
    const qsizetype account = CamtSubtree::root();
    if (m_hasAccount)
        return tree.fail(account, tr("The element on line %1 (%2) may appear only once in a statement."));
    const auto iban = tree.optionalPath(account, u"Id/IBAN");
    if (!iban)
        return std::unexpected(iban.error());
    if (*iban < 0)
        return tree.failMissing(
            account, u"Id/IBAN",
            tr("The account of the statement, on line %1, has no IBAN (%2): Kasboek reads "
               "statements of accounts with an IBAN only."));
    const QString text = tree.text(*iban);
    if (text.size() > CamtLimits::maxAccountLength)
        return tree.fail(*iban, tr("The IBAN on line %1 (%2) is longer than %3 characters."),
                         QString::number(CamtLimits::maxAccountLength));
    const auto parsed = domain::Iban::parse(text);
    if (!parsed)
        return tree.fail(*iban, tr("The IBAN of the statement's account on line %1 (%2) is not valid: %3"),
                         parsed.error().message);
    m_statement.accountIban = parsed->toString();
    m_hasAccount = true;

    const auto currency = tree.optional(account, u"Ccy");
    if (!currency)
        return std::unexpected(currency.error());
    if (*currency >= 0)
        return adoptCurrency(tree, *currency, tree.text(*currency));
    return {};
}

Result<void> CamtStatementBuilder::readBalance(const CamtSubtree& tree)
{
    const qsizetype balance = CamtSubtree::root();
    const auto typeCode = tree.optionalPath(balance, u"Tp/CdOrPrtry/Cd");
    if (!typeCode)
        return std::unexpected(typeCode.error());
    if (*typeCode < 0)
        return {}; // a proprietary balance type: not one of the three read here
    const QString type = tree.text(*typeCode);
    std::optional<Balance>* slot = nullptr;
    if (type == u"OPBD")
        slot = &m_opening;
    else if (type == u"PRCD")
        slot = &m_previousClosing;
    else if (type == u"CLBD")
        slot = &m_closing;
    else
        return {}; // available, forward, interim balances: not what a statement is checked against
    if (slot->has_value())
        return tree.fail(balance, tr("The statement has a second %3 balance, on line %1 (%2)."), type);

    const auto amount = tree.required(balance, u"Amt");
    if (!amount)
        return std::unexpected(amount.error());
    if (!m_hasCurrency) {
        if (tree.currency(*amount).isNull())
            return tree.fail(*amount,
                             tr("The balance on line %1 (%2) does not say its currency (Ccy), and neither "
                                "does the account."));
        if (auto adopted = adoptCurrency(tree, *amount, tree.currency(*amount)); !adopted)
            return adopted;
    }
    const auto money = CamtValues::amount(tree, *amount, m_statement.currency);
    if (!money)
        return std::unexpected(money.error());
    const auto credit = CamtValues::isCredit(tree, balance);
    if (!credit)
        return std::unexpected(credit.error());
    const auto signedMoney = *credit ? *money : money->negated();
    if (!signedMoney)
        return tree.fail(*amount, tr("The amount on line %1 (%2) is too large."));
    const auto date = tree.required(balance, u"Dt");
    if (!date)
        return std::unexpected(date.error());
    const auto day = CamtValues::date(tree, *date);
    if (!day)
        return std::unexpected(day.error());
    *slot = Balance { *signedMoney, *day };
    return {};
}

Result<void> CamtStatementBuilder::readEntry(const CamtSubtree& tree)
{
    const qsizetype entry = CamtSubtree::root();
    if (!m_hasAccount)
        return tree.fail(entry,
                         tr("The entry on line %1 (%2) comes before the account of its statement (Acct)."));
    if (!m_hasCurrency)
        return tree.fail(entry,
                         tr("The entry on line %1 (%2) comes before anything that gives the statement's "
                            "currency (Acct/Ccy, or the balances)."));
    const auto transactions = CamtEntryReader::read(tree, { m_statement.currency, m_statement.accountIban });
    if (!transactions)
        return std::unexpected(transactions.error());
    m_statement.transactions.append(*transactions);
    return {};
}

Result<BankStatement> CamtStatementBuilder::finish()
{
    const QString line = QString::number(m_statement.sourceLine);
    if (!m_hasAccount) {
        const QString field = m_path + u"/Acct"_s;
        return CamtSubtree::failAt(
            m_statement.sourceLine, field,
            tr("The statement that starts on line %1 has no account (%2).").arg(line, field));
    }
    const std::optional<Balance>& opening = m_opening ? m_opening : m_previousClosing;
    if (!opening) {
        const QString field = m_path + u"/Bal"_s;
        return CamtSubtree::failAt(
            m_statement.sourceLine, field,
            tr("The statement that starts on line %1 has no opening balance (%2 of type "
               "OPBD or PRCD).")
                .arg(line, field));
    }
    if (!m_closing) {
        const QString field = m_path + u"/Bal"_s;
        return CamtSubtree::failAt(
            m_statement.sourceLine, field,
            tr("The statement that starts on line %1 has no closing balance (%2 of type "
               "CLBD).")
                .arg(line, field));
    }
    m_statement.openingBalance = opening->amount;
    m_statement.openingDate = opening->date;
    m_statement.closingBalance = m_closing->amount;
    m_statement.closingDate = m_closing->date;
    m_statement.statementId = m_statementId.isEmpty() ? m_sequenceNumber : m_statementId;
    return std::move(m_statement);
}

} // namespace kasboek::exchange::bank
