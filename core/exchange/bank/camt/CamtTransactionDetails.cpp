#include "CamtTransactionDetails.h"

#include "CamtLimits.h"
#include "CamtValues.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kasboek::exchange::bank {

namespace {

// The payer's placeholder when a transfer was sent without an end-to-end id (SEPA rulebook).
constexpr QStringView kNotProvided = u"NOTPROVIDED";

struct Party
{
    QString name;
    QString account;
    QString bic;
    [[nodiscard]] bool isEmpty() const { return name.isEmpty() && account.isEmpty() && bic.isEmpty(); }
};

QString withoutSpaces(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            result.append(c);
    }
    return result;
}

QString asciiUpper(const QString& text)
{
    QString result = text;
    for (QChar& c : result) {
        if (c >= u'a' && c <= u'z')
            c = QChar(c.unicode() - u'a' + u'A');
    }
    return result;
}

Result<QString> partyName(const CamtSubtree& tree, qsizetype party)
{
    // .02 and .04 put the name in Dbtr/Nm, .08 in Dbtr/Pty/Nm (Dbtr/Agt names a bank instead).
    auto name = tree.optional(party, u"Nm");
    if (!name)
        return std::unexpected(name.error());
    if (*name < 0) {
        name = tree.optionalPath(party, u"Pty/Nm");
        if (!name)
            return std::unexpected(name.error());
    }
    if (*name < 0)
        return QString();
    return CamtValues::capped(tree.text(*name), CamtLimits::maxCounterpartyName);
}

Result<QString> partyAccount(const CamtSubtree& tree, qsizetype accountId)
{
    const auto iban = tree.optional(accountId, u"IBAN");
    if (!iban)
        return std::unexpected(iban.error());
    if (*iban >= 0) {
        // The shape the schemas give an IBAN. The check digits are not verified: the other
        // party's account is the bank's record of what happened, kept for matching and display,
        // and a valid IBAN of a country Kasboek's registry does not know yet must not sink the
        // whole statement.
        static const QRegularExpression shape(u"^[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}\\z"_s);
        const QString compact = asciiUpper(withoutSpaces(tree.text(*iban)));
        if (!shape.match(compact).hasMatch())
            return tree.fail(*iban,
                             CamtTransactionDetails::tr("The account on line %1 (%2) is not an IBAN."));
        return compact;
    }
    const auto other = tree.optionalPath(accountId, u"Othr/Id");
    if (!other)
        return std::unexpected(other.error());
    if (*other < 0)
        return QString();
    const QString text = tree.text(*other);
    if (text.size() > CamtLimits::maxAccountLength)
        return tree.fail(*other,
                         CamtTransactionDetails::tr("The account number on line %1 (%2) is longer than %3 "
                                                    "characters."),
                         QString::number(CamtLimits::maxAccountLength));
    return text;
}

Result<QString> agentBic(const CamtSubtree& tree, qsizetype institution)
{
    // BIC up to .02, BICFI from .04 on.
    auto bic = tree.optional(institution, u"BICFI");
    if (!bic)
        return std::unexpected(bic.error());
    if (*bic < 0) {
        bic = tree.optional(institution, u"BIC");
        if (!bic)
            return std::unexpected(bic.error());
    }
    if (*bic < 0)
        return QString();
    static const QRegularExpression shape(u"^[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?\\z"_s);
    const QString compact = asciiUpper(withoutSpaces(tree.text(*bic)));
    if (compact.isEmpty())
        return QString();
    if (!shape.match(compact).hasMatch())
        return tree.fail(*bic, CamtTransactionDetails::tr("The BIC on line %1 (%2) is not a BIC."));
    return compact;
}

// One side of the movement: Dbtr, DbtrAcct and DbtrAgt, or the same for Cdtr.
Result<Party> readParty(const CamtSubtree& tree, qsizetype parties, qsizetype agents, const QString& side)
{
    Party party;
    if (parties >= 0) {
        const auto who = tree.optional(parties, side);
        if (!who)
            return std::unexpected(who.error());
        if (*who >= 0) {
            auto name = partyName(tree, *who);
            if (!name)
                return std::unexpected(name.error());
            party.name = std::move(*name);
        }
        const auto accountId = tree.optionalPath(parties, side + u"Acct/Id"_s);
        if (!accountId)
            return std::unexpected(accountId.error());
        if (*accountId >= 0) {
            auto account = partyAccount(tree, *accountId);
            if (!account)
                return std::unexpected(account.error());
            party.account = std::move(*account);
        }
    }
    if (agents >= 0) {
        const auto institution = tree.optionalPath(agents, side + u"Agt/FinInstnId"_s);
        if (!institution)
            return std::unexpected(institution.error());
        if (*institution >= 0) {
            auto bic = agentBic(tree, *institution);
            if (!bic)
                return std::unexpected(bic.error());
            party.bic = std::move(*bic);
        }
    }
    return party;
}

Result<void> readCounterparty(const CamtSubtree& tree, qsizetype txDtls, bool moneyIn,
                              const QString& accountIban, BankTransaction& transaction)
{
    const auto parties = tree.optional(txDtls, u"RltdPties");
    if (!parties)
        return std::unexpected(parties.error());
    const auto agents = tree.optional(txDtls, u"RltdAgts");
    if (!agents)
        return std::unexpected(agents.error());
    if (*parties < 0 && *agents < 0)
        return {};
    const auto debtor = readParty(tree, *parties, *agents, u"Dbtr"_s);
    if (!debtor)
        return std::unexpected(debtor.error());
    const auto creditor = readParty(tree, *parties, *agents, u"Cdtr"_s);
    if (!creditor)
        return std::unexpected(creditor.error());
    const Party* counterparty = moneyIn ? &*debtor : &*creditor;
    const Party* other = moneyIn ? &*creditor : &*debtor;
    // A returned or reversed payment is reported by some banks with the parties of the original
    // payment, so that "the payer" of money coming back is the account holder: the other party
    // is then the one on the other side.
    if (!accountIban.isEmpty() && counterparty->account == accountIban && !other->isEmpty())
        std::swap(counterparty, other);
    transaction.counterpartyName = counterparty->name;
    transaction.counterpartyAccount = counterparty->account;
    transaction.counterpartyBic = counterparty->bic;
    return {};
}

Result<void> readRemittance(const CamtSubtree& tree, qsizetype txDtls, BankTransaction& transaction)
{
    const auto remittance = tree.optional(txDtls, u"RmtInf");
    if (!remittance)
        return std::unexpected(remittance.error());
    if (*remittance >= 0) {
        QString text;
        for (const qsizetype line : tree.children(*remittance, u"Ustrd")) {
            const QString part = tree.text(line);
            if (part.isEmpty())
                continue;
            if (!text.isEmpty())
                text += u' ';
            text += part;
            if (text.size() > CamtLimits::maxRemittanceText)
                break;
        }
        transaction.remittanceText = CamtValues::capped(text, CamtLimits::maxRemittanceText);

        for (const qsizetype structured : tree.children(*remittance, u"Strd")) {
            const auto creditorReference = tree.optional(structured, u"CdtrRefInf");
            if (!creditorReference)
                return std::unexpected(creditorReference.error());
            if (*creditorReference < 0)
                continue;
            const auto reference = CamtValues::identifier(tree, *creditorReference, u"Ref");
            if (!reference)
                return std::unexpected(reference.error());
            if (!reference->isEmpty()) {
                transaction.structuredReference = CamtTransactionDetails::structuredReference(*reference);
                break;
            }
        }
    }
    // The bank's own words about the transaction, when it carries no remittance information.
    if (transaction.remittanceText.isEmpty() && transaction.structuredReference.isEmpty()) {
        const auto additional = tree.optional(txDtls, u"AddtlTxInf");
        if (!additional)
            return std::unexpected(additional.error());
        if (*additional >= 0)
            transaction.remittanceText
                = CamtValues::capped(tree.text(*additional), CamtLimits::maxRemittanceText);
    }
    return {};
}

} // namespace

QString CamtTransactionDetails::structuredReference(const QString& reference)
{
    const QString compact = withoutSpaces(reference);
    if (compact.startsWith(u"RF"_s, Qt::CaseInsensitive))
        return compact;
    QString digits = compact;
    digits.remove(u'+').remove(u'*').remove(u'/');
    static const QRegularExpression twelveDigits(u"^[0-9]{12}\\z"_s);
    if (twelveDigits.match(digits).hasMatch())
        return digits;
    return compact;
}

Result<void> CamtTransactionDetails::read(const CamtSubtree& tree, qsizetype txDtls, bool moneyIn,
                                          const QString& accountIban, BankTransaction& transaction)
{
    const auto references = tree.optional(txDtls, u"Refs");
    if (!references)
        return std::unexpected(references.error());
    if (*references >= 0) {
        const auto endToEnd = CamtValues::identifier(tree, *references, u"EndToEndId");
        if (!endToEnd)
            return std::unexpected(endToEnd.error());
        if (*endToEnd != kNotProvided)
            transaction.endToEndId = *endToEnd;
        const auto bankReference = CamtValues::identifier(tree, *references, u"AcctSvcrRef");
        if (!bankReference)
            return std::unexpected(bankReference.error());
        if (!bankReference->isEmpty())
            transaction.bankReference = *bankReference;
    }

    const auto code = tree.optional(txDtls, u"BkTxCd");
    if (!code)
        return std::unexpected(code.error());
    if (*code >= 0) {
        const auto transactionCode = CamtValues::transactionCode(tree, *code);
        if (!transactionCode)
            return std::unexpected(transactionCode.error());
        if (!transactionCode->isEmpty())
            transaction.transactionCode = *transactionCode;
    }

    if (auto counterparty = readCounterparty(tree, txDtls, moneyIn, accountIban, transaction); !counterparty)
        return counterparty;
    return readRemittance(tree, txDtls, transaction);
}

} // namespace kasboek::exchange::bank
