#include "BankLineFingerprint.h"

#include <QCryptographicHash>
#include <QHash>

using namespace Qt::StringLiterals;
using kasboek::exchange::bank::BankStatement;
using kasboek::exchange::bank::BankTransaction;

namespace kasboek::banking {

namespace {

// Banks that have no reference for a movement write this instead (MT940).
bool isRealReference(const QString& reference)
{
    return !reference.isEmpty() && reference.compare(u"NONREF"_s, Qt::CaseInsensitive) != 0;
}

QString identityOf(const BankTransaction& transaction)
{
    const QString date = transaction.bookingDate.toString(Qt::ISODate);
    const QString amount = QString::number(transaction.amount.minorUnits());
    // U+001F (unit separator) cannot occur in what the readers keep, so fields cannot run into
    // each other.
    const QChar separator(0x1F);
    if (isRealReference(transaction.bankReference))
        return QStringList { u"r"_s, transaction.bankReference, date, amount }.join(separator);
    return QStringList { u"c"_s,
                         date,
                         amount,
                         transaction.counterpartyAccount,
                         transaction.counterpartyName,
                         transaction.structuredReference,
                         transaction.remittanceText,
                         transaction.endToEndId,
                         transaction.transactionCode }
        .join(separator);
}

} // namespace

QStringList BankLineFingerprint::of(const BankStatement& statement)
{
    QStringList fingerprints;
    fingerprints.reserve(statement.transactions.size());
    QHash<QString, int> seen;
    for (const BankTransaction& transaction : statement.transactions) {
        const QString identity = identityOf(transaction);
        const int occurrence = seen[identity]++;
        const QByteArray key = (identity + u'#' + QString::number(occurrence)).toUtf8();
        // 128 bits of SHA-256: no two movements of one account collide by chance.
        fingerprints.append(
            QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).first(16).toHex()));
    }
    return fingerprints;
}

} // namespace kasboek::banking
