#include "BankStatementStore.h"

#include "storage/ChangeRecord.h"
#include "storage/Database.h"
#include "storage/UnitOfWork.h"
#include "storage/repositories/RowImage.h"
#include "storage/repositories/StoredValue.h"
#include "storage/repositories/TableWriter.h"

#include <QUuid>

using namespace Qt::StringLiterals;
using kasboek::exchange::bank::BankStatement;
using kasboek::exchange::bank::BankTransaction;
using kasboek::storage::RowImage;
using kasboek::storage::StoredValue;

namespace kasboek::banking {

namespace {

constexpr const char* kLineColumns[]
    = { "uid",        "statement_id",      "journal_id",           "booking_date",     "value_date",
        "amount",     "counterparty_name", "counterparty_account", "counterparty_bic", "structured_reference",
        "remittance", "bank_reference",    "end_to_end_id",        "transaction_code", "fingerprint",
        "created_at", "updated_at" };

QByteArray insertLineSql()
{
    QByteArray columns;
    QByteArray values;
    int index = 0;
    for (const char* column : kLineColumns) {
        columns += (index ? ", " : "") + QByteArray(column);
        values += (index ? ", ?" : "?") + QByteArray::number(index + 1);
        ++index;
    }
    return "INSERT INTO bank_lines (" + columns + ") VALUES (" + values + ')';
}

// The schema's limits. The readers keep within them; what a future reader lets through is cut
// here rather than refused by a CHECK as a database error.
RowImage lineRow(const QString& uid, qint64 statementId, qint64 journalId, const BankTransaction& transaction,
                 const QString& fingerprint, const QString& timestamp)
{
    RowImage row;
    row.text("uid", uid)
        .integer("statement_id", statementId)
        .integer("journal_id", journalId)
        .text("booking_date", transaction.bookingDate.toString(Qt::ISODate))
        .text("value_date",
              transaction.valueDate.isValid() ? transaction.valueDate.toString(Qt::ISODate) : QString())
        .integer("amount", transaction.amount.minorUnits())
        .text("counterparty_name", transaction.counterpartyName.left(140))
        .text("counterparty_account", transaction.counterpartyAccount.left(34))
        .text("counterparty_bic", transaction.counterpartyBic.left(11))
        .text("structured_reference", transaction.structuredReference.left(35))
        .text("remittance", transaction.remittanceText.left(500))
        .text("bank_reference", transaction.bankReference.left(100))
        .text("end_to_end_id", transaction.endToEndId.left(100))
        .text("transaction_code", transaction.transactionCode.left(100))
        .text("fingerprint", fingerprint)
        .text("created_at", timestamp)
        .text("updated_at", timestamp);
    return row;
}

} // namespace

BankStatementStore::BankStatementStore(storage::UnitOfWork& work, storage::Statement lineHeld,
                                       storage::Statement insertLine)
    : m_work(&work)
    , m_lineHeld(std::move(lineHeld))
    , m_insertLine(std::move(insertLine))
{ }

Result<BankStatementStore> BankStatementStore::open(storage::UnitOfWork& work)
{
    auto held
        = work.database().prepare("SELECT 1 FROM bank_lines WHERE journal_id = ?1 AND fingerprint = ?2");
    if (!held)
        return std::unexpected(held.error());
    auto insert = work.database().prepare(insertLineSql().constData());
    if (!insert)
        return std::unexpected(insert.error());
    return BankStatementStore(work, std::move(*held), std::move(*insert));
}

Result<std::optional<QString>> BankStatementStore::currencyOf(qint64 journalId)
{
    auto query
        = m_work->database().prepare("SELECT currency FROM bank_statements WHERE journal_id = ?1 LIMIT 1");
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, journalId);
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<QString>();
    return std::optional<QString>(query->columnText(0));
}

Result<bool> BankStatementStore::holds(qint64 journalId, const BankStatement& statement)
{
    auto query = m_work->database().prepare(
        "SELECT 1 FROM bank_statements WHERE journal_id = ?1 AND opening_date = ?2 AND closing_date = ?3 "
        "AND opening_balance = ?4 AND closing_balance = ?5 AND coalesce(reference, '') = ?6 LIMIT 1");
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, journalId)
        .bind(2, statement.openingDate.toString(Qt::ISODate))
        .bind(3, statement.closingDate.toString(Qt::ISODate))
        .bind(4, statement.openingBalance.minorUnits())
        .bind(5, statement.closingBalance.minorUnits())
        .bind(6, statement.statementId.left(100));
    return query->step();
}

Result<std::optional<qint64>> BankStatementStore::closingBefore(qint64 journalId, const QDate& date)
{
    // bank_statements_by_journal (journal_id, closing_date, id) read backwards from the date.
    auto query = m_work->database().prepare(
        "SELECT closing_balance FROM bank_statements WHERE journal_id = ?1 AND closing_date <= ?2 "
        "ORDER BY closing_date DESC, id DESC LIMIT 1");
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, journalId).bind(2, date.toString(Qt::ISODate));
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<qint64>();
    return std::optional<qint64>(query->columnInt(0));
}

Result<qint64> BankStatementStore::insertStatement(qint64 journalId, exchange::bank::BankFormat format,
                                                   const BankStatement& statement,
                                                   std::optional<qint64> previousClosingBalance)
{
    const QString uid = StoredValue::uid(QUuid::createUuid());
    RowImage row;
    row.text("uid", uid)
        .integer("journal_id", journalId)
        .text("format", exchange::bank::bankFormatCode(format))
        .text("reference", statement.statementId.left(100))
        .text("currency", statement.currency.code())
        .text("opening_date", statement.openingDate.toString(Qt::ISODate))
        .integer("opening_balance", statement.openingBalance.minorUnits())
        .text("closing_date", statement.closingDate.toString(Qt::ISODate))
        .integer("closing_balance", statement.closingBalance.minorUnits());
    if (previousClosingBalance)
        row.integer("previous_closing_balance", *previousClosingBalance);
    row.integer("line_count", statement.transactions.size())
        .text("created_at", m_work->timestamp())
        .text("updated_at", m_work->timestamp());
    return storage::TableWriter(*m_work, "bank_statements").insert(uid, row);
}

Result<bool> BankStatementStore::insertLine(qint64 statementId, qint64 journalId,
                                            const BankTransaction& transaction, const QString& fingerprint)
{
    m_lineHeld.reset();
    m_lineHeld.bind(1, journalId).bind(2, fingerprint);
    auto held = m_lineHeld.step();
    if (!held)
        return std::unexpected(held.error());
    if (*held)
        return false;

    const QString uid = StoredValue::uid(QUuid::createUuid());
    const RowImage row = lineRow(uid, statementId, journalId, transaction, fingerprint, m_work->timestamp());
    m_insertLine.reset();
    for (int i = 0; i < row.columns().size(); ++i)
        RowImage::bind(m_insertLine, i + 1, row.value(row.columns().at(i)));
    if (auto ran = m_insertLine.run(); !ran)
        return std::unexpected(ran.error());
    if (m_work->isObserved()) {
        const qint64 id = m_work->database().lastInsertRowId();
        if (auto recorded
            = m_work->record({ u"bank_lines"_s, uid, id, storage::ChangeKind::Insert, {}, row.toMap() });
            !recorded)
            return std::unexpected(recorded.error());
    }
    return true;
}

} // namespace kasboek::banking
