#pragma once

#include <QString>
#include <QUuid>
#include <optional>

namespace kasboek::ledger {

enum class JournalKind { Sales, Purchases, Bank, Cash, General };

// A book of original entry: sales, purchases, a bank account, the cash box, or the general
// journal for everything else. Bank and cash journals name the account their money is on.
struct Journal
{
    qint64 id = 0;
    QUuid uid;
    QString code; // "SAL", "BNK1"
    QString name;
    JournalKind kind = JournalKind::General;
    std::optional<qint64> accountId; // bank and cash journals only
    QString iban; // bank journals: the account's IBAN, to recognise its statements
    bool archived = false;

    friend bool operator==(const Journal&, const Journal&) = default;
};

} // namespace kasboek::ledger
