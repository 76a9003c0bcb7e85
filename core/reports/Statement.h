#pragma once

#include "Error.h"
#include "ReportOutput.h"
#include "ReportPeriod.h"
#include "domain/Money.h"
#include "domain/documents/DocumentType.h"
#include "ledger/Account.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace kasboek::storage {
class Database;
}

namespace kasboek::reports {

class ReportCompany;

// What a line of a statement shows. A payment's entry gives up to four: the money that
// settled the document, the bank charges withheld from it, the difference written off, and
// what was paid in excess and stays on account.
enum class StatementLineKind { Document, Payment, BankCharges, WriteOff, Excess, Other };

// One line of a statement: a movement on the contact's account. Debit and credit are the
// ledger's sides on the receivables or payables account; the balance is after this line, as
// the section reads it (StatementSection).
struct StatementLine
{
    QDate date;
    qint64 entryId = 0;
    StatementLineKind kind = StatementLineKind::Other;
    QString code; // stable: a document type ("invoice", "credit_note", ...), "payment",
                  // "bank_charges", "write_off", "excess", or the entry's kind ("manual", ...)
    QString reference;
    QString description;
    QDate dueDate; // a document's
    qint64 debit = 0;
    qint64 credit = 0;
    qint64 balance = 0;
};

// A document with something outstanding at the end of the period.
struct StatementOpenItem
{
    qint64 documentId = 0;
    domain::DocumentType type = domain::DocumentType::Invoice;
    QString number;
    QDate issueDate;
    QDate dueDate;
    int daysOverdue = 0; // invoices past their due date; 0 otherwise
    domain::Money outstandingInCurrency; // in the document's currency
    qint64 outstanding = 0; // in the books' currency, as the balance reads: negative for a credit note
};

// The contact's account on one side: the customer's on the receivables account, the
// supplier's on the payables account. Balances read as what the customer owes you, or what
// you owe the supplier: negative is a credit in the other direction (a customer who paid too
// much, a supplier you paid too much).
struct StatementSection
{
    enum class Side { Receivables, Payables };
    Side side = Side::Receivables;
    ledger::Account account;
    qint64 opening = 0; // at the start of the period
    QList<StatementLine> lines;
    qint64 debit = 0;
    qint64 credit = 0;
    qint64 closing = 0;
    QList<StatementOpenItem> openItems; // by due date
    // closing - the open items: money on account that no document claims (an excess, a
    // refund or an entry made by hand).
    qint64 unallocated = 0;
    int unconverted = 0; // open documents in another currency without a rate, left out
};

// A customer's or supplier's statement over a period: the balance of their account at the
// start, every entry on it in the period (invoices, credit notes, payments with their bank
// charges, write-offs and excess, entries made by hand) with a running balance, the balance
// at the end, and the documents still open at the end with their due dates and days overdue.
//
// Read from the ledger, for the contact only: the entries that name the contact (index
// journal_entries_by_contact), page by page in date order, with their lines on the
// receivables or payables account, and on the bank-charges and rounding accounts to split
// a payment into its parts. The open items are DocumentState's for the contact's documents,
// converted to the books' currency at each document's rate as AgedBalances does.
//
// A section for the receivables of a customer and for the payables of a supplier, and for
// any side on which the contact has entries or open documents; at least the customer's.
class Statement final
{
    Q_DECLARE_TR_FUNCTIONS(Statement)
public:
    static inline const QString key = QStringLiteral("statement");

    // NotFound (field "contact") when there is no such contact.
    [[nodiscard]] static Result<Statement> build(storage::Database& database, const ReportPeriod& period,
                                                 qint64 contactId,
                                                 domain::Currency currency = domain::Currency::eur());

    [[nodiscard]] const ReportPeriod& period() const { return m_period; }
    [[nodiscard]] qint64 contactId() const { return m_contactId; }
    [[nodiscard]] const QString& contactUid() const { return m_contactUid; }
    [[nodiscard]] const QString& contactName() const { return m_contactName; }
    [[nodiscard]] const QList<StatementSection>& sections() const { return m_sections; }

    [[nodiscard]] ReportOutput output(const ReportCompany& company) const;

    // The page query, for tests that look at its plan: ?1 contact, ?2 first date (the key's),
    // ?3 last date, ?4 and ?5 the key's entry and line position, ?6 the account of the side,
    // ?7 bank charges, ?8 rounding, ?9 the limit.
    [[nodiscard]] static const char* pageSql();

private:
    explicit Statement(ReportPeriod period)
        : m_period(period)
    { }

    ReportPeriod m_period;
    qint64 m_contactId = 0;
    QString m_contactUid;
    QString m_contactName;
    QList<StatementSection> m_sections;
};

} // namespace kasboek::reports
