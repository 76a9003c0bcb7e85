#include "CodaGlobalisation.h"

#include "CodaCommunication.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace kasboek::exchange::bank {

namespace {

using Indices = QList<qsizetype>;

std::optional<qint64> sum(const QList<CodaMovement>& movements, const Indices& which)
{
    qint64 total = 0;
    for (const qsizetype i : which) {
        if (__builtin_add_overflow(total, movements[i].amount.minorUnits(), &total))
            return std::nullopt;
    }
    return total;
}

bool addsUpTo(const QList<CodaMovement>& movements, const Indices& which, const CodaMovement& whole)
{
    const auto total = sum(movements, which);
    return !which.isEmpty() && total && *total == whole.amount.minorUnits();
}

BankTransaction transaction(const CodaMovement& movement, const QDate& entryDateOfGlobal)
{
    BankTransaction tx;
    tx.bookingDate = movement.entryDate.isValid() ? movement.entryDate : entryDateOfGlobal;
    tx.valueDate = movement.valueDate;
    tx.amount = movement.amount;
    tx.counterpartyName
        = movement.counterpartyName.isEmpty() ? movement.informationName : movement.counterpartyName;
    tx.counterpartyAccount = movement.counterpartyAccount;
    tx.counterpartyBic = movement.bic;
    const auto communication = CodaCommunication::interpret(movement.structured, movement.communication);
    tx.structuredReference = communication.structuredReference;
    QStringList remittance;
    if (!communication.remittanceText.isEmpty())
        remittance.append(communication.remittanceText);
    remittance.append(movement.information);
    tx.remittanceText = remittance.join(u' ');
    tx.bankReference = movement.bankReference;
    if (movement.endToEndId.compare(u"NOTPROVIDED"_s, Qt::CaseInsensitive) != 0)
        tx.endToEndId = movement.endToEndId;
    tx.transactionCode = movement.transactionCode;
    tx.sourceLine = movement.line;
    return tx;
}

// A detail that says nothing of its own (a loan repayment split into capital and interest, a
// transfer and its charges) is about what its global movement says.
BankTransaction inheriting(BankTransaction detail, const BankTransaction& global)
{
    if (detail.remittanceText.isEmpty() && detail.structuredReference.isEmpty()) {
        detail.remittanceText = global.remittanceText;
        detail.structuredReference = global.structuredReference;
    }
    if (detail.counterpartyName.isEmpty() && detail.counterpartyAccount.isEmpty()) {
        detail.counterpartyName = global.counterpartyName;
        detail.counterpartyAccount = global.counterpartyAccount;
        detail.counterpartyBic = global.counterpartyBic;
    }
    return detail;
}

// A detail of a global movement, with the details of its own (type 9) that follow it.
void bookDetail(const QList<CodaMovement>& movements, qsizetype detail, const Indices& subDetails,
                const BankTransaction& global, QList<BankTransaction>& out)
{
    const BankTransaction own = inheriting(transaction(movements[detail], global.bookingDate), global);
    if (addsUpTo(movements, subDetails, movements[detail])) {
        for (const qsizetype i : subDetails)
            out.append(inheriting(transaction(movements[i], own.bookingDate), own));
        return;
    }
    out.append(own);
}

void bookGlobal(const QList<CodaMovement>& movements, qsizetype global, qsizetype end,
                QList<BankTransaction>& out)
{
    const CodaMovement& movement = movements[global];
    const BankTransaction whole = transaction(movement, movement.entryDate);
    Indices firstLevel;
    for (qsizetype i = global + 1; i < end; ++i) {
        if (movements[i].type != u'9')
            firstLevel.append(i);
    }
    if (!addsUpTo(movements, firstLevel, movement)) {
        out.append(whole);
        return;
    }
    for (qsizetype k = 0; k < firstLevel.size(); ++k) {
        const qsizetype detail = firstLevel[k];
        const qsizetype next = k + 1 < firstLevel.size() ? firstLevel[k + 1] : end;
        Indices subDetails;
        for (qsizetype i = detail + 1; i < next; ++i)
            subDetails.append(i);
        bookDetail(movements, detail, subDetails, whole, out);
    }
}

} // namespace

QList<BankTransaction> CodaGlobalisation::transactions(const QList<CodaMovement>& movements)
{
    QList<BankTransaction> out;
    qsizetype i = 0;
    while (i < movements.size()) {
        qsizetype end = i + 1;
        while (end < movements.size() && movements[end].detail > 0)
            ++end;
        bookGlobal(movements, i, end, out);
        i = end;
    }
    return out;
}

} // namespace kasboek::exchange::bank
