#pragma once

#include "BankMatch.h"
#include "OpenDocument.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <optional>

namespace kasboek::banking {

// What the matching reads of a bank line.
struct BankLineFacts
{
    qint64 id = 0;
    QDate bookingDate;
    domain::Money amount; // positive money in, negative money out
    QString counterpartyName;
    QString counterpartyAccount;
    QString structuredReference;
    QString remittanceText;
};

// Matches bank movements with the documents still open, the way a bookkeeper would, strongest
// evidence first:
// 1. a payment reference (the structured communication, or an RF reference) of an open
//    document, in the movement's structured remittance or written in its text;
// 2. open documents' numbers in the remittance text;
// 3. from the party whose IBAN the money came from (or went to): the one document due of
//    exactly that amount (the oldest, when several are), or all of theirs when the amount is
//    what they owe together;
// 4. the same by the party's name, for exactly the amount of one document.
// References and numbers identify the documents whatever the amount: less pays them in part
// (oldest due first), more leaves an excess. An account or a name only counts with the exact
// amount. Money in matches customers' invoices and suppliers' credit notes, money out
// suppliers' invoices and refunds of credit notes, in the movement's currency.
//
// A matcher keeps what it has handed out: a document matched to one movement is that much less
// open for the next, so a batch of statements never pays one invoice twice. Every lookup is a
// hash: a hundred thousand movements against fifty thousand open documents take no longer
// than reading them.
class BankMatcher final
{
public:
    explicit BankMatcher(QList<OpenDocument> open);

    [[nodiscard]] std::optional<BankMatch> match(const BankLineFacts& line);

private:
    using Candidates = QList<qsizetype>; // indexes into m_documents

    [[nodiscard]] Candidates usable(const Candidates& indexes, const BankLineFacts& line) const;
    [[nodiscard]] Candidates byReferences(const BankLineFacts& line) const;
    [[nodiscard]] Candidates byNumbers(const BankLineFacts& line) const;
    [[nodiscard]] std::optional<Candidates> byAmount(const Candidates& ofParty, qint64 amount) const;
    [[nodiscard]] BankMatch allocate(MatchReason reason, Candidates candidates, const BankLineFacts& line);

    QList<OpenDocument> m_documents; // `open` shrinks as movements are matched
    QHash<QString, Candidates> m_byReference;
    QHash<QString, Candidates> m_byNumber;
    QHash<QString, Candidates> m_byAccount;
    QHash<QString, Candidates> m_byName;
};

} // namespace kasboek::banking
