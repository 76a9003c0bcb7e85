#include "EntryReader.h"

#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/repositories/StoredValue.h"

using namespace Qt::StringLiterals;
using kasboek::storage::StoredValue;

namespace kasboek::ledger {

EntryReader::EntryReader(storage::Database& database)
    : m_database(database)
{ }

Result<JournalEntry> EntryReader::findWhere(const char* condition, qint64 value) const
{
    const QByteArray sql = QByteArray("SELECT id, uid, journal_id, entry_date, kind, reference, description, "
                                      "counterparty, contact_id, document_id, payment_id, reverses_entry_id, "
                                      "created_at FROM journal_entries WHERE ")
        + condition;
    auto head = m_database.prepare(sql.constData());
    if (!head)
        return std::unexpected(head.error());
    head->bind(1, value);
    auto found = head->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, tr("The entry does not exist."), u"entry"_s);
    JournalEntry e;
    e.id = head->columnInt(0);
    e.uid = QUuid::fromString(head->columnText(1));
    e.journalId = head->columnInt(2);
    e.date = QDate::fromString(head->columnText(3), Qt::ISODate);
    const auto kind = entryKindFromCode(head->columnText(4));
    e.reference = head->columnText(5);
    e.description = head->columnText(6);
    e.counterparty = head->columnText(7);
    e.contactId = head->columnOptionalInt(8);
    e.documentId = head->columnOptionalInt(9);
    e.paymentId = head->columnOptionalInt(10);
    e.reversesEntryId = head->columnOptionalInt(11);
    e.createdAt = StoredValue::parseTimestamp(head->columnText(12));
    if (e.uid.isNull() || !e.date.isValid() || !kind)
        return std::unexpected(StoredValue::unreadable("journal_entries", "kind", e.id));
    e.kind = *kind;

    auto lines
        = m_database.prepare("SELECT account_id, debit, credit, description, vat_kind, vat_rate, vat_part "
                             "FROM journal_lines WHERE entry_id = ?1 ORDER BY position");
    if (!lines)
        return std::unexpected(lines.error());
    lines->bind(1, e.id);
    while (true) {
        auto row = lines->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        EntryLine line;
        line.accountId = lines->columnInt(0);
        line.debit = lines->columnInt(1);
        line.credit = lines->columnInt(2);
        line.description = lines->columnText(3);
        if (!lines->columnIsNull(4)) {
            const auto vatKind = vatKindFromCode(lines->columnText(4));
            const auto part = vatPartFromCode(lines->columnText(6));
            if (!vatKind || !part)
                return std::unexpected(StoredValue::unreadable("journal_lines", "vat_kind", e.id));
            line.vat = VatTag { *vatKind, static_cast<int>(lines->columnInt(5)), *part };
        }
        e.lines.append(line);
    }
    return e;
}

Result<JournalEntry> EntryReader::find(qint64 id) const
{
    return findWhere("id = ?1", id);
}

Result<JournalEntry> EntryReader::forDocument(qint64 documentId) const
{
    return findWhere("document_id = ?1 AND kind = 'document'", documentId);
}

Result<JournalEntry> EntryReader::forPayment(qint64 paymentId) const
{
    return findWhere("payment_id = ?1", paymentId);
}

Result<std::optional<qint64>> EntryReader::reversalOf(qint64 id) const
{
    auto statement = m_database.prepare("SELECT id FROM journal_entries WHERE reverses_entry_id = ?1");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, id);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<qint64>();
    return std::optional<qint64>(statement->columnInt(0));
}

} // namespace kasboek::ledger
