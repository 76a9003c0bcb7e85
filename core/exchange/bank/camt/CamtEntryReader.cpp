#include "CamtEntryReader.h"

#include "CamtLimits.h"
#include "CamtTransactionDetails.h"
#include "CamtValues.h"

using namespace Qt::StringLiterals;

namespace kasboek::exchange::bank {

namespace {

// Sts is a plain code up to .04 and the choice Sts/Cd (or Sts/Prtry) from .08 on.
Result<bool> isBooked(const CamtSubtree& tree)
{
    const auto status = tree.required(CamtSubtree::root(), u"Sts");
    if (!status)
        return std::unexpected(status.error());
    if (!tree.hasChildren(*status))
        return tree.text(*status) == u"BOOK";
    const auto code = tree.optional(*status, u"Cd");
    if (!code)
        return std::unexpected(code.error());
    return *code >= 0 && tree.text(*code) == u"BOOK";
}

// A transaction's own amount inside a batch: TxDtls/Amt from .04 on, AmtDtls/TxAmt/Amt in .02.
Result<qsizetype> ownAmount(const CamtSubtree& tree, qsizetype txDtls)
{
    const auto amount = tree.optional(txDtls, u"Amt");
    if (!amount || *amount >= 0)
        return amount;
    return tree.optionalPath(txDtls, u"AmtDtls/TxAmt/Amt");
}

Result<domain::Money> signedAmount(domain::Money amount, bool credit)
{
    if (credit)
        return amount;
    return amount.negated();
}

} // namespace

Result<QList<BankTransaction>> CamtEntryReader::read(const CamtSubtree& tree, const Context& context)
{
    const qsizetype entry = CamtSubtree::root();
    const auto booked = isBooked(tree);
    if (!booked)
        return std::unexpected(booked.error());
    if (!*booked)
        return QList<BankTransaction>();

    const auto amountElement = tree.required(entry, u"Amt");
    if (!amountElement)
        return std::unexpected(amountElement.error());
    const auto amount = CamtValues::amount(tree, *amountElement, context.currency);
    if (!amount)
        return std::unexpected(amount.error());
    // The sign is CdtDbtInd's, also when RvslInd says the entry reverses an earlier one: ISO 20022
    // books a reversal in the direction it moves the money (a payment of ours that comes back is
    // CRDT), which is what the balance needs. A bank that kept the original direction and relied
    // on RvslInd alone would make the statement not balance, which the importer refuses.
    const auto credit = CamtValues::isCredit(tree, entry);
    if (!credit)
        return std::unexpected(credit.error());
    const auto entryAmount = signedAmount(*amount, *credit);
    if (!entryAmount)
        return tree.fail(*amountElement, tr("The amount on line %1 (%2) is too large."));

    BankTransaction base;
    base.amount = *entryAmount;
    base.sourceLine = static_cast<int>(tree.line(entry));
    const auto bookingDate = tree.optional(entry, u"BookgDt");
    if (!bookingDate)
        return std::unexpected(bookingDate.error());
    if (*bookingDate < 0)
        return tree.failMissing(entry, u"BookgDt",
                                tr("The booked entry that starts on line %1 has no booking "
                                   "date (%2)."));
    const auto bookingDay = CamtValues::date(tree, *bookingDate);
    if (!bookingDay)
        return std::unexpected(bookingDay.error());
    base.bookingDate = *bookingDay;
    const auto valueDate = tree.optional(entry, u"ValDt");
    if (!valueDate)
        return std::unexpected(valueDate.error());
    if (*valueDate >= 0) {
        const auto valueDay = CamtValues::date(tree, *valueDate);
        if (!valueDay)
            return std::unexpected(valueDay.error());
        base.valueDate = *valueDay;
    }
    const auto bankReference = CamtValues::identifier(tree, entry, u"AcctSvcrRef");
    if (!bankReference)
        return std::unexpected(bankReference.error());
    base.bankReference = *bankReference;
    const auto code = tree.optional(entry, u"BkTxCd");
    if (!code)
        return std::unexpected(code.error());
    if (*code >= 0) {
        const auto transactionCode = CamtValues::transactionCode(tree, *code);
        if (!transactionCode)
            return std::unexpected(transactionCode.error());
        base.transactionCode = *transactionCode;
    }
    const auto additional = tree.optional(entry, u"AddtlNtryInf");
    if (!additional)
        return std::unexpected(additional.error());
    const QString additionalText = *additional >= 0
        ? CamtValues::capped(tree.text(*additional), CamtLimits::maxRemittanceText)
        : QString();
    const auto finish = [&](BankTransaction& transaction) {
        // The bank's own description, for a movement that carries no remittance information.
        if (transaction.remittanceText.isEmpty() && transaction.structuredReference.isEmpty())
            transaction.remittanceText = additionalText;
    };

    QList<qsizetype> details;
    for (const qsizetype entryDetails : tree.children(entry, u"NtryDtls"))
        details.append(tree.children(entryDetails, u"TxDtls"));
    QList<qsizetype> ownAmounts;
    for (const qsizetype transactionDetails : details) {
        const auto own = ownAmount(tree, transactionDetails);
        if (!own)
            return std::unexpected(own.error());
        if (*own < 0)
            break;
        ownAmounts.append(*own);
    }

    // One movement: the entry, with what its single TxDtls says. Several TxDtls that do not each
    // say how much they are cannot be split, and the entry stays one movement with its own data.
    if (details.size() < 2 || ownAmounts.size() != details.size()) {
        BankTransaction transaction = base;
        if (details.size() == 1) {
            if (auto read = CamtTransactionDetails::read(tree, details.first(), *credit, context.accountIban,
                                                         transaction);
                !read)
                return std::unexpected(read.error());
        }
        finish(transaction);
        return QList<BankTransaction> { transaction };
    }

    // A batch: one movement per TxDtls, which together must make up the entry.
    QList<BankTransaction> transactions;
    transactions.reserve(details.size());
    domain::Money total = domain::Money::zero(context.currency);
    for (qsizetype i = 0; i < details.size(); ++i) {
        const qsizetype transactionDetails = details.at(i);
        const auto partAmount = CamtValues::amount(tree, ownAmounts.at(i), context.currency);
        if (!partAmount)
            return std::unexpected(partAmount.error());
        // Each transaction of a batch has its own CdtDbtInd from .04 on; in .02 it is the entry's.
        bool partCredit = *credit;
        const auto indicator = tree.optional(transactionDetails, u"CdtDbtInd");
        if (!indicator)
            return std::unexpected(indicator.error());
        if (*indicator >= 0) {
            const auto stated = CamtValues::isCredit(tree, transactionDetails);
            if (!stated)
                return std::unexpected(stated.error());
            partCredit = *stated;
        }
        const auto part = signedAmount(*partAmount, partCredit);
        const auto sum = part ? total.plus(*part) : part;
        if (!sum)
            return tree.fail(
                ownAmounts.at(i),
                tr("The amounts of the batch entry on line %1 (%2) add up to more than Kasboek can hold."));
        total = *sum;

        BankTransaction transaction = base;
        transaction.amount = *part;
        transaction.sourceLine = static_cast<int>(tree.line(transactionDetails));
        if (auto read = CamtTransactionDetails::read(tree, transactionDetails, partCredit,
                                                     context.accountIban, transaction);
            !read)
            return std::unexpected(read.error());
        finish(transaction);
        transactions.append(std::move(transaction));
    }
    if (total != *entryAmount)
        return tree.fail(
            *amountElement,
            tr("The entry on line %1 (%2) is a batch of %3 transactions that add up to %4, not to the "
               "entry's %5."),
            QString::number(details.size()), total.toDecimalString(), entryAmount->toDecimalString());
    return transactions;
}

} // namespace kasboek::exchange::bank
