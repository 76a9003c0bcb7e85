#include "EntryWriter.h"

#include "crypto/Random.h"
#include "storage/ChangeRecord.h"
#include "storage/Database.h"
#include "storage/Sqlite.h"
#include "storage/UnitOfWork.h"
#include "storage/repositories/StoredValue.h"

#include <QVariantList>
#include <QtEndian>
#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace kasboek::ledger {

namespace {

constexpr qint64 kMaxAmount = 1'000'000'000'000'000; // 10^16 cents: far beyond any book, far below overflow

// The columns each statement binds, in this order; a statement inserts up to so many rows.
constexpr char kLineColumns[] = "journal_lines (entry_id, position, account_id, entry_date, debit, credit, "
                                "description, vat_kind, vat_rate, vat_part)";
constexpr char kEntryColumns[]
    = "journal_entries (id, uid, journal_id, entry_date, kind, reference, description, "
      "counterparty, contact_id, document_id, payment_id, reverses_entry_id, created_at)";

// INSERT OR FAIL INTO <columns> VALUES (?1, …, ?n), (?n+1, …), … for `rows` rows.
std::string insertSql(const char* columns, int parameters, std::size_t rows)
{
    std::string sql = "INSERT OR FAIL INTO ";
    sql += columns;
    sql += " VALUES ";
    int next = 1;
    for (std::size_t row = 0; row < rows; ++row) {
        sql += row == 0 ? "(" : ", (";
        for (int column = 0; column < parameters; ++column) {
            sql += column == 0 ? "?" : ", ?";
            sql += std::to_string(next++);
        }
        sql += ')';
    }
    return sql;
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

// YYYY-MM-DD, as QDate::toString(Qt::ISODate) writes a date of years 1000-9999 (check()
// refuses the others), without building a QString for every entry.
void formatDate(QDate date, std::array<char, 10>& into)
{
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    const auto digit = [](int value) { return static_cast<char>('0' + value % 10); };
    into = { digit(year / 1000),
             digit(year / 100),
             digit(year / 10),
             digit(year),
             '-',
             digit(month / 10),
             digit(month),
             '-',
             digit(day / 10),
             digit(day) };
}

// The uid as QUuid::toString(QUuid::WithoutBraces) writes it (StoredValue::uid).
void formatUid(const std::array<unsigned char, 16>& bytes, std::array<char, 36>& into)
{
    constexpr char hex[] = "0123456789abcdef";
    std::size_t out = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            into[out++] = '-';
        into[out++] = hex[bytes[i] >> 4];
        into[out++] = hex[bytes[i] & 0x0F];
    }
}

// Appends `text` as UTF-8. Text is almost always ASCII, copied as it is; anything else goes
// through Qt's converter.
void appendUtf8(QStringView text, std::string& into)
{
    const std::size_t start = into.size();
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            const QByteArray utf8 = text.toUtf8();
            into.resize(start);
            into.append(utf8.constData(), static_cast<std::size_t>(utf8.size()));
            return;
        }
        into.push_back(static_cast<char>(c.unicode()));
    }
}

int bindText(sqlite3_stmt* statement, int index, const char* utf8, std::size_t size)
{
    // Longer than any column allows (check() keeps text far shorter): SQLite's own error.
    if (size > static_cast<std::size_t>(INT_MAX))
        return SQLITE_TOOBIG;
    return sqlite3_bind_text(statement, index, utf8, static_cast<int>(size), SQLITE_STATIC);
}

int bindOptionalInt(sqlite3_stmt* statement, int index, const std::optional<qint64>& value)
{
    return value ? sqlite3_bind_int64(statement, index, *value) : sqlite3_bind_null(statement, index);
}

// The first bind that failed, reported when the statement runs (as storage::Statement does).
class BindErrors final
{
public:
    void operator<<(int resultCode)
    {
        if (resultCode != SQLITE_OK && m_first == SQLITE_OK)
            m_first = resultCode;
    }
    [[nodiscard]] int first() const { return m_first; }

private:
    int m_first = SQLITE_OK;
};

} // namespace

void EntryWriter::StatementDeleter::operator()(sqlite3_stmt* statement) const
{
    sqlite3_finalize(statement);
}

EntryWriter::EntryWriter(storage::UnitOfWork& work)
    : m_work(&work)
{ }

Result<EntryWriter> EntryWriter::open(storage::UnitOfWork& work)
{
    EntryWriter writer(work);
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
    const QByteArray random = crypto::randomBytes(16);
    std::copy_n(reinterpret_cast<const unsigned char*>(random.constData()), m_uidBase.size(),
                m_uidBase.begin());
    const quint64 millis = static_cast<quint64>(m_work->time().toMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        m_uidBase[i] = static_cast<unsigned char>((millis >> (8 * (5 - i))) & 0xFF);
    m_uidBase[6] = static_cast<unsigned char>(0x70 | (m_uidBase[6] & 0x0F));
    m_uidBase[8]
        = static_cast<unsigned char>(0x80 | (m_uidBase[8] & 0x1F)); // room below the variant bits to count up

    appendUtf8(m_work->timestamp(), m_createdAt);
    return {};
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
    // Entries an import staged go in first, so that ids and rows keep their order.
    if (auto flushed = flush(); !flushed)
        return std::unexpected(flushed.error());
    if (auto checked = check(entry); !checked)
        return std::unexpected(checked.error());
    JournalEntry posted = entry;
    posted.id = stage(entry);
    posted.uid = m_lastUid;
    posted.createdAt = m_work->time();
    if (auto flushed = flush(); !flushed)
        return std::unexpected(flushed.error());
    if (auto recorded = recordChange(posted); !recorded)
        return std::unexpected(recorded.error());
    return posted;
}

Result<void> EntryWriter::post(const JournalEntry& entry)
{
    // Observers read each entry as it is posted: no staging then.
    if (m_work->isObserved()) {
        auto written = write(entry);
        if (!written)
            return std::unexpected(written.error());
        return {};
    }
    if (auto checked = check(entry); !checked)
        return checked;
    stage(entry);
    if (m_pendingEntries.size() >= kEntriesPerFlush)
        return flush();
    return {};
}

qint64 EntryWriter::stage(const JournalEntry& entry)
{
    const qint64 id = m_nextId++;
    std::array<unsigned char, 16> uid = m_uidBase;
    qToBigEndian(qFromBigEndian<quint64>(uid.data() + 8) + m_uidCount++, uid.data() + 8);
    m_lastUid = QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char*>(uid.data()), 16));
    int year = 0;
    int month = 0;
    entry.date.getDate(&year, &month, nullptr);

    PendingEntry pending;
    pending.id = id;
    pending.journalId = entry.journalId;
    pending.date = appendDate(entry.date);
    pending.uid = appendUid(uid);
    pending.kind = appendText(entryKindCode(entry.kind));
    pending.reference = appendOptionalText(entry.reference);
    pending.description = appendOptionalText(entry.description);
    pending.counterparty = appendOptionalText(entry.counterparty);
    pending.contactId = entry.contactId;
    pending.documentId = entry.documentId;
    pending.paymentId = entry.paymentId;
    pending.reversesEntryId = entry.reversesEntryId;
    m_pendingEntries.push_back(pending);

    for (qsizetype i = 0; i < entry.lines.size(); ++i) {
        const EntryLine& line = entry.lines.at(i);
        PendingLine row;
        row.entryId = id;
        row.position = i + 1;
        row.accountId = line.accountId;
        row.date = pending.date;
        row.debit = line.debit;
        row.credit = line.credit;
        row.description = appendOptionalText(line.description);
        if (line.vat) {
            row.vatKind = appendText(vatKindCode(line.vat->kind));
            row.vatRate = line.vat->rateBasisPoints;
            row.vatPart = appendText(vatPartCode(line.vat->part));
        }
        m_pendingLines.push_back(row);
        m_totals.add(line.accountId, year, month, line.debit, line.credit);
    }
    return id;
}

EntryWriter::Text EntryWriter::appendText(QStringView text)
{
    const std::size_t offset = m_text.size();
    appendUtf8(text, m_text);
    return { offset, m_text.size() - offset };
}

EntryWriter::Text EntryWriter::appendOptionalText(QStringView text)
{
    // Empty text is NULL in the database, as Statement::bindOptionalText binds it.
    return text.isEmpty() ? Text {} : appendText(text);
}

EntryWriter::Text EntryWriter::appendDate(QDate date)
{
    std::array<char, 10> digits {};
    formatDate(date, digits);
    const std::size_t offset = m_text.size();
    m_text.append(digits.data(), digits.size());
    return { offset, digits.size() };
}

EntryWriter::Text EntryWriter::appendUid(const std::array<unsigned char, 16>& uid)
{
    std::array<char, 36> text {};
    formatUid(uid, text);
    const std::size_t offset = m_text.size();
    m_text.append(text.data(), text.size());
    return { offset, text.size() };
}

int EntryWriter::bind(sqlite3_stmt* statement, int index, const Text& text) const
{
    if (text.offset == Text::null)
        return sqlite3_bind_null(statement, index);
    return bindText(statement, index, m_text.data() + text.offset, text.size);
}

std::size_t EntryWriter::groupSize(std::size_t remaining)
{
    std::size_t rows = kMaxRowsPerInsert;
    while (rows > remaining)
        rows /= 2;
    return rows;
}

sqlite3_stmt* EntryWriter::batchInsert(Batch batch, std::size_t rows, Error& error)
{
    std::vector<PreparedInsert>& cache = batch == Batch::Lines ? m_lineInserts : m_entryInserts;
    if (cache.size() <= rows)
        cache.resize(rows + 1);
    if (!cache[rows]) {
        const std::string sql = batch == Batch::Lines ? insertSql(kLineColumns, kLineParameters, rows)
                                                      : insertSql(kEntryColumns, kEntryParameters, rows);
        storage::Database& db = m_work->database();
        sqlite3_stmt* statement = nullptr;
        const int rc = sqlite3_prepare_v2(db.handle(), sql.c_str(), -1, &statement, nullptr);
        cache[rows].reset(statement);
        if (rc != SQLITE_OK) {
            error = db.lastError(rc, "prepare");
            return nullptr;
        }
    }
    return cache[rows].get();
}

Result<void> EntryWriter::run(sqlite3_stmt* statement, int bindError)
{
    storage::Database& db = m_work->database();
    if (bindError != SQLITE_OK) {
        sqlite3_reset(statement);
        return std::unexpected(db.lastError(bindError, "bind"));
    }
    const int rc = sqlite3_step(statement);
    Error error;
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        error = db.lastError(rc, "step");
    sqlite3_reset(statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return std::unexpected(std::move(error));
    return {};
}

Result<void> EntryWriter::flush()
{
    if (m_pendingEntries.empty())
        return {};
    auto written = flushRows();
    m_pendingLines.clear();
    m_pendingEntries.clear();
    m_text.clear();
    return written;
}

Result<void> EntryWriter::flushRows()
{
    // Every line of the staged entries first, then the entries, whose insert checks them.
    // Groups of a power of two rows: a handful of statements serve any number of rows.
    std::size_t first = 0;
    while (first < m_pendingLines.size()) {
        const std::size_t rows = groupSize(m_pendingLines.size() - first);
        Error error;
        sqlite3_stmt* const statement = batchInsert(Batch::Lines, rows, error);
        if (!statement)
            return std::unexpected(error);
        BindErrors errors;
        for (std::size_t r = 0; r < rows; ++r) {
            const PendingLine& line = m_pendingLines[first + r];
            const int base = static_cast<int>(r) * kLineParameters;
            errors << sqlite3_bind_int64(statement, base + 1, line.entryId);
            errors << sqlite3_bind_int64(statement, base + 2, line.position);
            errors << sqlite3_bind_int64(statement, base + 3, line.accountId);
            errors << bind(statement, base + 4, line.date);
            errors << sqlite3_bind_int64(statement, base + 5, line.debit);
            errors << sqlite3_bind_int64(statement, base + 6, line.credit);
            errors << bind(statement, base + 7, line.description);
            errors << bind(statement, base + 8, line.vatKind);
            errors << (line.vatKind.offset == Text::null
                           ? sqlite3_bind_null(statement, base + 9)
                           : sqlite3_bind_int64(statement, base + 9, line.vatRate));
            errors << bind(statement, base + 10, line.vatPart);
        }
        if (auto ran = run(statement, errors.first()); !ran)
            return ran;
        first += rows;
    }
    first = 0;
    while (first < m_pendingEntries.size()) {
        const std::size_t rows = groupSize(m_pendingEntries.size() - first);
        Error error;
        sqlite3_stmt* const statement = batchInsert(Batch::Entries, rows, error);
        if (!statement)
            return std::unexpected(error);
        BindErrors errors;
        for (std::size_t r = 0; r < rows; ++r) {
            const PendingEntry& entry = m_pendingEntries[first + r];
            const int base = static_cast<int>(r) * kEntryParameters;
            errors << sqlite3_bind_int64(statement, base + 1, entry.id);
            errors << bind(statement, base + 2, entry.uid);
            errors << sqlite3_bind_int64(statement, base + 3, entry.journalId);
            errors << bind(statement, base + 4, entry.date);
            errors << bind(statement, base + 5, entry.kind);
            errors << bind(statement, base + 6, entry.reference);
            errors << bind(statement, base + 7, entry.description);
            errors << bind(statement, base + 8, entry.counterparty);
            errors << bindOptionalInt(statement, base + 9, entry.contactId);
            errors << bindOptionalInt(statement, base + 10, entry.documentId);
            errors << bindOptionalInt(statement, base + 11, entry.paymentId);
            errors << bindOptionalInt(statement, base + 12, entry.reversesEntryId);
            errors << bindText(statement, base + 13, m_createdAt.data(), m_createdAt.size());
        }
        if (auto ran = run(statement, errors.first()); !ran)
            return ran;
        first += rows;
    }
    return {};
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
    if (auto flushed = flush(); !flushed)
        return flushed;
    return m_totals.flush(*m_work);
}

} // namespace kasboek::ledger
