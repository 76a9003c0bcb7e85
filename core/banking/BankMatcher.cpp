#include "BankMatcher.h"

#include "domain/CreditorReference.h"
#include "domain/StructuredCommunication.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace kasboek::banking {

namespace {

// A payment reference as the bank and the document may each write it: the 12 digits of a
// structured communication, or an RF reference without spaces; empty for anything else.
QString referenceKey(QStringView text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            key.append(c.toUpper());
        else if (c != u'+' && c != u'*' && c != u'/' && !c.isSpace())
            return {};
    }
    if (key.size() == 12 && domain::StructuredCommunication::isValid(key))
        return key;
    if (key.startsWith(u"RF"_s) && domain::CreditorReference::isValid(key))
        return key;
    return {};
}

// The payment references written in a remittance text: +++123/4567/89002+++ (or with ***),
// twelve digits in a row whose check holds, and RF references.
QStringList referencesIn(const QString& text)
{
    static const QRegularExpression patterns(
        u"[+*]{3}\\s*(\\d{3})\\s*/?\\s*(\\d{4})\\s*/?\\s*(\\d{5})\\s*[+*]{3}|(?<!\\d)(\\d{12})(?!\\d)"
        "|\\b(RF\\d{2}[0-9A-Za-z]{1,21})\\b"_s);
    QStringList found;
    for (auto it = patterns.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString candidate = match.hasCaptured(1)
            ? match.captured(1) + match.captured(2) + match.captured(3)
            : (match.hasCaptured(4) ? match.captured(4) : match.captured(5));
        const QString key = referenceKey(candidate);
        if (!key.isEmpty())
            found.append(key);
    }
    return found;
}

// Document numbers are compared without regard to case; a bare number of fewer than four
// digits ("1", "12") says too little to be taken for one.
QString numberKey(QStringView number)
{
    const QString key = number.toString().toUpper();
    if (key.size() < 4 && std::all_of(key.cbegin(), key.cend(), [](QChar c) { return c.isDigit(); }))
        return {};
    return key;
}

QStringList wordsOf(const QString& text)
{
    static const QRegularExpression separators(u"[\\s,;:()\\[\\]\"']+"_s);
    QStringList words;
    for (QString word : text.split(separators, Qt::SkipEmptyParts)) {
        while (word.endsWith(u'.'))
            word.chop(1);
        if (!word.isEmpty())
            words.append(word);
    }
    return words;
}

// Names compared the way people read them: case, punctuation and spacing do not count.
QString nameKey(QStringView name)
{
    QString key;
    key.reserve(name.size());
    bool space = false;
    for (const QChar c : name) {
        if (c.isLetterOrNumber()) {
            if (space && !key.isEmpty())
                key.append(u' ');
            key.append(c.toCaseFolded());
            space = false;
        } else {
            space = true;
        }
    }
    return key;
}

} // namespace

QString matchReasonCode(MatchReason reason)
{
    switch (reason) {
    case MatchReason::PaymentReference:
        return u"payment_reference"_s;
    case MatchReason::DocumentNumber:
        return u"document_number"_s;
    case MatchReason::AmountAndAccount:
        return u"amount_and_account"_s;
    case MatchReason::AmountAndName:
        return u"amount_and_name"_s;
    }
    return {};
}

BankMatcher::BankMatcher(QList<OpenDocument> open)
    : m_documents(std::move(open))
{
    // Oldest due first: that is the order a payment settles a party's documents in.
    std::stable_sort(m_documents.begin(), m_documents.end(),
                     [](const OpenDocument& a, const OpenDocument& b) {
                         return std::pair(a.dueDate, a.id) < std::pair(b.dueDate, b.id);
                     });
    for (qsizetype i = 0; i < m_documents.size(); ++i) {
        const OpenDocument& document = m_documents.at(i);
        if (const QString key = referenceKey(document.paymentReference); !key.isEmpty())
            m_byReference[key].append(i);
        if (const QString key = numberKey(document.number); !key.isEmpty())
            m_byNumber[key].append(i);
        if (!document.partyAccount.isEmpty())
            m_byAccount[document.partyAccount].append(i);
        if (const QString key = nameKey(document.partyName); !key.isEmpty())
            m_byName[key].append(i);
    }
}

BankMatcher::Candidates BankMatcher::usable(const Candidates& indexes, const BankLineFacts& line) const
{
    const bool moneyIn = line.amount.minorUnits() > 0;
    Candidates result;
    for (const qsizetype index : indexes) {
        const OpenDocument& document = m_documents.at(index);
        if (document.expectsMoneyIn() == moneyIn && document.open.currency() == line.amount.currency()
            && document.open.minorUnits() > 0 && !result.contains(index))
            result.append(index);
    }
    std::sort(result.begin(), result.end()); // indexes are in due order
    return result;
}

BankMatcher::Candidates BankMatcher::byReferences(const BankLineFacts& line) const
{
    QStringList references = referencesIn(line.remittanceText);
    if (const QString key = referenceKey(line.structuredReference); !key.isEmpty())
        references.prepend(key);
    Candidates found;
    for (const QString& reference : std::as_const(references))
        found += m_byReference.value(reference);
    return found;
}

BankMatcher::Candidates BankMatcher::byNumbers(const BankLineFacts& line) const
{
    Candidates found;
    for (const QString& word : wordsOf(line.remittanceText)) {
        if (const QString key = numberKey(word); !key.isEmpty())
            found += m_byNumber.value(key);
    }
    return found;
}

std::optional<BankMatcher::Candidates> BankMatcher::byAmount(const Candidates& ofParty, qint64 amount) const
{
    qint64 together = 0;
    for (const qsizetype index : ofParty) {
        const qint64 open = m_documents.at(index).open.minorUnits();
        if (open == amount)
            return Candidates { index }; // the oldest of that amount
        together += open;
    }
    if (ofParty.size() > 1 && together == amount)
        return ofParty;
    return std::nullopt;
}

BankMatch BankMatcher::allocate(MatchReason reason, Candidates candidates, const BankLineFacts& line)
{
    BankMatch match;
    match.reason = reason;
    qint64 left = std::abs(line.amount.minorUnits());
    bool allSettled = true;
    for (const qsizetype index : candidates) {
        OpenDocument& document = m_documents[index];
        const qint64 open = document.open.minorUnits();
        const qint64 taken = std::min(left, open);
        if (taken > 0) {
            match.allocations.append({ document.id, document.number,
                                       domain::Money::fromMinorUnits(taken, document.open.currency()) });
            document.open = domain::Money::fromMinorUnits(open - taken, document.open.currency());
            left -= taken;
        }
        if (document.open.minorUnits() > 0)
            allSettled = false;
    }
    match.excess = domain::Money::fromMinorUnits(left, line.amount.currency());
    match.settlesInFull = allSettled && left == 0;
    return match;
}

std::optional<BankMatch> BankMatcher::match(const BankLineFacts& line)
{
    const qint64 amount = std::abs(line.amount.minorUnits());
    if (amount == 0)
        return std::nullopt;
    if (Candidates found = usable(byReferences(line), line); !found.isEmpty())
        return allocate(MatchReason::PaymentReference, std::move(found), line);
    if (Candidates found = usable(byNumbers(line), line); !found.isEmpty())
        return allocate(MatchReason::DocumentNumber, std::move(found), line);
    const QString account = QString(line.counterpartyAccount).remove(u' ').toUpper();
    if (!account.isEmpty()) {
        if (auto found = byAmount(usable(m_byAccount.value(account), line), amount))
            return allocate(MatchReason::AmountAndAccount, std::move(*found), line);
    }
    if (const QString name = nameKey(line.counterpartyName); !name.isEmpty()) {
        const Candidates ofName = usable(m_byName.value(name), line);
        for (const qsizetype index : ofName) {
            if (m_documents.at(index).open.minorUnits() == amount)
                return allocate(MatchReason::AmountAndName, { index }, line);
        }
    }
    return std::nullopt;
}

} // namespace kasboek::banking
