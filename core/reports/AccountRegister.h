#pragma once

#include "Error.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace kasboek::storage {
class Database;
}

namespace kasboek::reports {

// Where a line stands in an account's register: the order of the index journal_lines_by_account
// (account, date, entry) and, within an entry, the line's position.
struct RegisterKey
{
    QDate date;
    qint64 entryId = 0;
    qint64 position = 0;
    friend bool operator==(const RegisterKey&, const RegisterKey&) = default;
};

// One line of an account's register. Amounts in the ledger's minor units; the balance is the
// account's debit-positive balance after this line.
struct RegisterLine
{
    RegisterKey key;
    qint64 journalId = 0;
    QString reference; // the entry's
    QString description; // the line's own, or else the entry's
    qint64 debit = 0;
    qint64 credit = 0;
    qint64 balance = 0;
};

struct RegisterPage
{
    qint64 balanceBefore = 0; // the balance before the page's first line
    QList<RegisterLine> lines;
    std::optional<RegisterKey> next; // pass as `after` for the next page; none after the last
};

// An account's register one page at a time, for the desktop's list of many thousands of lines:
// keyset pagination over journal_lines_by_account (never OFFSET, which reads every line it
// skips), so that any page of an account costs the same on a book of millions of lines. The
// running balance of a page starts from BalanceQuery's balance at the end of the day before
// and the lines of that day up to the key. Not thread-safe (one Database).
class AccountRegister final
{
public:
    explicit AccountRegister(storage::Database& database);

    // The lines of the account dated from `from` through `to` that come after `after` (from
    // the first one when there is none or when it lies before `from`), `limit` of them at most
    // (at least 1).
    [[nodiscard]] Result<RegisterPage> page(qint64 accountId, QDate from, QDate to,
                                            std::optional<RegisterKey> after, int limit) const;
    // The same, when the caller knows the balance at `after` (or before `from`): a report that
    // walks through every page.
    [[nodiscard]] Result<RegisterPage> read(qint64 accountId, QDate from, QDate to,
                                            std::optional<RegisterKey> after, int limit,
                                            qint64 balanceBefore) const;

    // The account's balance at the end of the day before `date`.
    [[nodiscard]] Result<qint64> balanceBefore(qint64 accountId, QDate date) const;
    // The balance just after the line at `key`.
    [[nodiscard]] Result<qint64> balanceAt(qint64 accountId, const RegisterKey& key) const;

    // The page query, for tests that look at its plan: ?1 account, ?2 first date (the key's),
    // ?3 last date, ?4 and ?5 the key's entry and position, ?6 the limit.
    [[nodiscard]] static const char* pageSql();

private:
    storage::Database& m_database;
};

} // namespace kasboek::reports
