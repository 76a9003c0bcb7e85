#include "EntryWriter.h"

#include "crypto/Random.h"
#include "storage/ChangeRecord.h"
#include "storage/Database.h"
#include "storage/UnitOfWork.h"
#include "storage/repositories/StoredValue.h"

#include <QVariantList>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace kasboek::ledger {

namespace {

constexpr qint64 kMaxAmount = 1'000'000'000'000'000; // 10^16 cents: far beyond any book, far below overflow

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

EntryWriter::EntryWriter(storage::UnitOfWork& work, storage::Statement insertLine,
                         storage::Statement insertEntry)
    : m_work(&work)
    , m_insertLine(std::move(insertLine))
    , m_insertEntry(std::move(insertEntry))
{ }

Result<EntryWriter> EntryWriter::open(storage::UnitOfWork& work)
{
    storage::Database& db = work.database();
    auto line
        = db.prepare("INSERT OR FAIL INTO journal_lines (entry_id, position, account_id, entry_date, debit, "
                     "credit, description, vat_kind, vat_rate, vat_part) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!line)
        return std::unexpected(line.error());
    auto entry
        = db.prepare("INSERT OR FAIL INTO journal_entries (id, uid, journal_id, entry_date, kind, reference, "
                     "description, counterparty, contact_id, document_id, payment_id, reverses_entry_id, "
                     "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    if (!entry)
        return std::unexpected(entry.error());
    EntryWriter writer(work, std::move(*line), std::move(*entry));
    if (auto loaded = writer.load(); !loaded)
        return std::unexpected(loaded.error());
    return writer;
}

Result<void> EntryWriter::load()
{
    storage::Database& db = m_work->database();
    auto readIds = [&db](const char* sql, QSet<qint64>& into) -> Result<void> {
        auto statement = db.prepare(sql);
        if (!statement)
            return std::unexpected(statement.error());
        while (true) {
            auto row = statement->step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                return {};
            into.insert(statement->columnInt(0));
        }
    };
    if (auto read = readIds("SELECT id FROM accounts", m_accounts); !read)
        return read;
    if (auto read = readIds("SELECT id FROM journals", m_journals); !read)
        return read;
    auto state = db.prepare("SELECT (SELECT locked_through FROM ledger_lock WHERE id = 1), "
                            "(SELECT coalesce(max(id), 0) FROM journal_entries), "
                            "(SELECT max(end_date) FROM fiscal_years)");
    if (!state)
        return std::unexpected(state.error());
    auto row = state->step();
    if (!row)
        return std::unexpected(row.error());
    if (!state->columnIsNull(0))
        m_lockedThrough = QDate::fromString(state->columnText(0), Qt::ISODate);
    m_nextId = state->columnInt(1) + 1;
    if (!state->columnIsNull(2))
        m_closedThrough = QDate::fromString(state->columnText(2), Qt::ISODate);

    // Entry uids are time-ordered (the layout of a version 7 UUID): a million entries
    // posted in one go land at the end of the uid index instead of all over it.
    m_uidBase = crypto::randomBytes(16);
    const quint64 millis = static_cast<quint64>(m_work->time().toMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        m_uidBase[i] = static_cast<char>((millis >> (8 * (5 - i))) & 0xFF);
    m_uidBase[6] = static_cast<char>(0x70 | (m_uidBase[6] & 0x0F));
    m_uidBase[8] = static_cast<char>(0x80 | (m_uidBase[8] & 0x1F)); // room below the variant bits to count up
    return {};
}

QUuid EntryWriter::nextUid()
{
    QByteArray bytes = m_uidBase;
    const quint64 low = qFromBigEndian<quint64>(bytes.constData() + 8) + m_uidCount++;
    qToBigEndian(low, bytes.data() + 8);
    return QUuid::fromRfc4122(bytes);
}

Result<void> EntryWriter::check(const JournalEntry& entry) const
{
    if (!entry.date.isValid() || entry.date.year() < 1900 || entry.date.year() > 9999)
        return fail(ErrorCode::Validation, tr("An entry needs a date."), u"date"_s);
    if (m_closedThrough && entry.date <= *m_closedThrough)
        return fail(ErrorCode::ReadOnly,
                    tr("The fiscal year that ends on %1 is closed: an entry dated %2 cannot be posted.")
                        .arg(isoDate(*m_closedThrough), isoDate(entry.date)),
                    u"date"_s);
    if (m_lockedThrough && entry.date <= *m_lockedThrough && entry.kind != EntryKind::Closing)
        return fail(ErrorCode::ReadOnly,
                    tr("The books are closed up to %1: an entry dated %2 cannot be posted.")
                        .arg(isoDate(*m_lockedThrough), isoDate(entry.date)),
                    u"date"_s);
    if (!m_journals.contains(entry.journalId))
        return fail(ErrorCode::NotFound, tr("The journal does not exist."), u"journal"_s);
    if (entry.lines.size() < 2)
        return fail(ErrorCode::Validation, tr("An entry needs at least two lines."), u"lines"_s);
    if (entry.reference.size() > 100 || entry.description.size() > 500 || entry.counterparty.size() > 200)
        return fail(ErrorCode::Validation,
                    tr("The entry's reference, description or counterparty is too long."), u"description"_s);
    qint64 debit = 0;
    qint64 credit = 0;
    for (qsizetype i = 0; i < entry.lines.size(); ++i) {
        const EntryLine& line = entry.lines.at(i);
        // Named only when something is wrong: an import checks millions of lines.
        const auto field = [i] { return u"lines[%1]"_s.arg(i); };
        if (!m_accounts.contains(line.accountId))
            return fail(ErrorCode::Validation, tr("Line %1 names an account that does not exist.").arg(i + 1),
                        field());
        if (line.debit < 0 || line.credit < 0 || line.debit > kMaxAmount || line.credit > kMaxAmount)
            return fail(ErrorCode::Validation, tr("Line %1 has an amount out of range.").arg(i + 1), field());
        if ((line.debit == 0) == (line.credit == 0))
            return fail(ErrorCode::Validation,
                        tr("Line %1 needs an amount on either the debit or the credit side.").arg(i + 1),
                        field());
        if (line.description.size() > 500)
            return fail(ErrorCode::Validation, tr("The description of line %1 is too long.").arg(i + 1),
                        field());
        debit += line.debit;
        credit += line.credit;
    }
    if (debit != credit)
        return fail(
            ErrorCode::Validation,
            tr("The entry does not balance: debit and credit differ by %1 cents.").arg(debit - credit),
            u"lines"_s);
    return {};
}

Result<JournalEntry> EntryWriter::write(const JournalEntry& entry)
{
    if (auto checked = check(entry); !checked)
        return std::unexpected(checked.error());
    JournalEntry posted = entry;
    posted.id = m_nextId;
    posted.uid = nextUid();
    posted.createdAt = m_work->time();
    const QString date = isoDate(entry.date);
    for (qsizetype i = 0; i < entry.lines.size(); ++i) {
        const EntryLine& line = entry.lines.at(i);
        m_insertLine.bind(1, posted.id)
            .bind(2, static_cast<qint64>(i + 1))
            .bind(3, line.accountId)
            .bind(4, date)
            .bind(5, line.debit)
            .bind(6, line.credit)
            .bindOptionalText(7, line.description);
        if (line.vat) {
            m_insertLine.bind(8, vatKindCode(line.vat->kind))
                .bind(9, line.vat->rateBasisPoints)
                .bind(10, vatPartCode(line.vat->part));
        } else {
            m_insertLine.bindNull(8).bindNull(9).bindNull(10);
        }
        if (auto ran = m_insertLine.run(); !ran)
            return std::unexpected(ran.error());
        m_totals.add(line.accountId, entry.date, line.debit, line.credit);
    }
    m_insertEntry.bind(1, posted.id)
        .bind(2, storage::StoredValue::uid(posted.uid))
        .bind(3, entry.journalId)
        .bind(4, date)
        .bind(5, entryKindCode(entry.kind))
        .bindOptionalText(6, entry.reference)
        .bindOptionalText(7, entry.description)
        .bindOptionalText(8, entry.counterparty)
        .bind(9, entry.contactId)
        .bind(10, entry.documentId)
        .bind(11, entry.paymentId)
        .bind(12, entry.reversesEntryId)
        .bind(13, m_work->timestamp());
    if (auto ran = m_insertEntry.run(); !ran)
        return std::unexpected(ran.error());
    ++m_nextId;
    if (auto recorded = recordChange(posted); !recorded)
        return std::unexpected(recorded.error());
    return posted;
}

Result<void> EntryWriter::recordChange(const JournalEntry& entry)
{
    if (!m_work->isObserved())
        return {};
    QVariantList lines;
    for (const EntryLine& line : entry.lines) {
        QVariantMap map { { u"account_id"_s, line.accountId },
                          { u"debit"_s, line.debit },
                          { u"credit"_s, line.credit },
                          { u"description"_s, line.description } };
        if (line.vat) {
            map.insert(u"vat_kind"_s, vatKindCode(line.vat->kind));
            map.insert(u"vat_rate"_s, line.vat->rateBasisPoints);
            map.insert(u"vat_part"_s, vatPartCode(line.vat->part));
        }
        lines.append(map);
    }
    QVariantMap after { { u"journal_id"_s, entry.journalId },
                        { u"entry_date"_s, isoDate(entry.date) },
                        { u"kind"_s, entryKindCode(entry.kind) },
                        { u"reference"_s, entry.reference },
                        { u"description"_s, entry.description },
                        { u"counterparty"_s, entry.counterparty },
                        { u"lines"_s, lines } };
    return m_work->record({ u"journal_entries"_s,
                            storage::StoredValue::uid(entry.uid),
                            entry.id,
                            storage::ChangeKind::Insert,
                            {},
                            after });
}

Result<void> EntryWriter::finish()
{
    return m_totals.flush(*m_work);
}

} // namespace kasboek::ledger
