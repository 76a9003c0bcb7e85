#include "JournalCsvReader.h"

#include <QIODevice>
#include <cstring>

using namespace Qt::StringLiterals;

namespace kasboek::exchange::journalcsv {

namespace {

// Read in chunks of this size: large enough that the per-call cost of the device vanishes,
// small enough that a file of any size is read in constant memory.
constexpr qsizetype kChunk = qsizetype(1) << 20;
// 1,000 characters take at most 4,000 bytes of UTF-8: a field longer than that is refused
// before its end is looked for, so a row never outgrows the buffer however hostile the file.
constexpr qsizetype kMaximumFieldBytes = 4 * JournalCsvReader::maximumFieldLength;
// Codes and names kept for reuse; a file with more distinct accounts still reads, only slower.
constexpr std::size_t kMaximumKnownAccounts = 10'000;
// How much of a value from the file an error message quotes.
constexpr qsizetype kQuotedLength = 40;

constexpr std::array<std::string_view, JournalCsvReader::columnCount> kColumns {
    "date",        "txn_id",       "account_code", "account_name",
    "debit_cents", "credit_cents", "description",  "counterparty",
};

// Bytes a scan must stop at: controls (line breaks among them), DEL, the quote, the start of
// a multi-byte character, and outside quotes the comma. Tab is ordinary text.
constexpr std::array<bool, 256> stopBytes(bool quoted)
{
    std::array<bool, 256> table {};
    for (int c = 0; c < 0x20; ++c)
        table[c] = true;
    table['\t'] = false;
    table[0x7F] = true;
    for (int c = 0x80; c < 0x100; ++c)
        table[c] = true;
    table['"'] = true;
    if (!quoted)
        table[','] = true;
    return table;
}
constexpr std::array<bool, 256> kUnquotedStops = stopBytes(false);
constexpr std::array<bool, 256> kQuotedStops = stopBytes(true);

// Whether an 8-byte word may hold a byte a scan stops at: a control, DEL, a byte from 0x80 on,
// the quote or (outside quotes) the comma. Exact in the "no" that lets the scan skip the word;
// a tab gives a "maybe" that the byte-wise scan then clears.
template<bool quoted> bool mayStop(quint64 word)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    const auto hasZero = [](quint64 x) { return (x - ones) & ~x & highs; };
    quint64 found = ((word - ones * 0x20) & ~word & highs) | (word & highs) | hasZero(word ^ (ones * 0x7F))
        | hasZero(word ^ (ones * '"'));
    if constexpr (!quoted)
        found |= hasZero(word ^ (ones * ','));
    return found != 0;
}

// The first byte from `p` on that a scan must look at, or `end`: eight bytes at a time while
// there is nothing to see, which is most of a file.
template<bool quoted> const uchar* skipPlain(const uchar* p, const uchar* end)
{
    const std::array<bool, 256>& stops = quoted ? kQuotedStops : kUnquotedStops;
    while (true) {
        while (end - p >= 8) {
            quint64 word = 0;
            std::memcpy(&word, p, sizeof word);
            if (mayStop<quoted>(word))
                break;
            p += 8;
        }
        const uchar* const wordEnd = end - p > 8 ? p + 8 : end;
        while (p < wordEnd && !stops[*p])
            ++p;
        if (p < wordEnd || p == end)
            return p;
    }
}

constexpr qsizetype kInvalidUtf8 = -1;
constexpr qsizetype kControlCharacter = -2;

// The number of characters in `bytes`, or kInvalidUtf8 (overlong forms, surrogates, beyond
// U+10FFFF, cut sequences), or kControlCharacter for a C1 control (U+0080-U+009F).
qsizetype utf8Length(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const uchar*>(bytes.data());
    const auto* const end = p + bytes.size();
    qsizetype count = 0;
    while (p < end) {
        const uchar lead = *p;
        if (lead < 0x80) {
            ++p;
            ++count;
            continue;
        }
        char32_t point = 0;
        int extra = 0;
        if (lead >= 0xC2 && lead <= 0xDF) {
            point = lead & 0x1F;
            extra = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            point = lead & 0x0F;
            extra = 2;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            point = lead & 0x07;
            extra = 3;
        } else {
            return kInvalidUtf8;
        }
        if (end - p <= extra)
            return kInvalidUtf8;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return kInvalidUtf8;
            point = (point << 6) | (p[i] & 0x3F);
        }
        if ((extra == 2 && point < 0x800) || (extra == 3 && (point < 0x10000 || point > 0x10FFFF))
            || (point >= 0xD800 && point <= 0xDFFF))
            return kInvalidUtf8;
        if (point <= 0x9F)
            return kControlCharacter;
        p += extra + 1;
        ++count;
    }
    return count;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool sameBytes(QByteArrayView bytes, const std::string& known)
{
    return static_cast<std::size_t>(bytes.size()) == known.size()
        && (bytes.isEmpty() || std::memcmp(bytes.data(), known.data(), known.size()) == 0);
}

QString text(QByteArrayView bytes, bool nonAscii)
{
    return nonAscii ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes);
}

// Part of a value for an error message: its start, never more than a short line.
QString quoted(QByteArrayView bytes)
{
    const QString text = QString::fromUtf8(bytes);
    return text.size() > kQuotedLength ? text.left(kQuotedLength) + u"…"_s : text;
}

} // namespace

JournalCsvReader::JournalCsvReader(QIODevice& device)
    : m_device(device)
{ }

QString JournalCsvReader::expectedHeader()
{
    QStringList names;
    for (const std::string_view column : kColumns)
        names.append(QString::fromLatin1(column.data(), static_cast<qsizetype>(column.size())));
    return names.join(u',');
}

std::unexpected<Error> JournalCsvReader::failure(const QString& message, const char* column)
{
    m_failure = Error { ErrorCode::Validation, message, column ? QString::fromLatin1(column) : QString() };
    return std::unexpected(*m_failure);
}

QString JournalCsvReader::currentRowId() const
{
    // Converted only for a message: for every row it would cost more than all the rest.
    const Field& id = m_fields[1];
    return m_fieldCount > 1 ? text(id.bytes, id.nonAscii) : QString();
}

QString JournalCsvReader::where(const QString& txnId) const
{
    if (txnId.isEmpty())
        return tr("Line %1").arg(m_rowLine);
    return tr("Line %1 (transaction %2)")
        .arg(QString::number(m_rowLine),
             txnId.size() > kQuotedLength ? txnId.left(kQuotedLength) + u"…"_s : txnId);
}

Result<void> JournalCsvReader::refill()
{
    if (m_position > 0) {
        const qsizetype rest = m_buffer.size() - m_position;
        std::memmove(m_buffer.data(), m_buffer.constData() + m_position, static_cast<std::size_t>(rest));
        m_buffer.resize(rest);
        m_position = 0;
    }
    const qsizetype kept = m_buffer.size();
    m_buffer.resize(kept + kChunk);
    const qint64 read = m_device.read(m_buffer.data() + kept, kChunk);
    if (read < 0) {
        m_buffer.resize(kept);
        m_failure = Error { ErrorCode::Io, tr("The file could not be read: %1").arg(m_device.errorString()) };
        return std::unexpected(*m_failure);
    }
    m_buffer.resize(kept + read);
    if (read == 0)
        m_atEnd = true;
    return {};
}

JournalCsvReader::Parsed JournalCsvReader::parseQuoted(const uchar*& p, const uchar* end, Field& field,
                                                       std::string& scratch)
{
    ++p; // the opening quote
    const uchar* segment = p;
    bool unescaped = false;
    scratch.clear();
    qint64 newlines = 0;
    while (true) {
        p = skipPlain<true>(p, end);
        if (static_cast<qsizetype>(scratch.size()) + (p - segment) > kMaximumFieldBytes) {
            m_parseError = tr("a field is longer than %1 characters.").arg(maximumFieldLength);
            return Parsed::Failed;
        }
        if (p == end) {
            if (!m_atEnd)
                return Parsed::Incomplete;
            m_parseError = tr("a quoted field is not closed before the end of the file.");
            return Parsed::Failed;
        }
        const uchar c = *p;
        if (c == '"') {
            if (p + 1 == end && !m_atEnd)
                return Parsed::Incomplete;
            if (p + 1 < end && p[1] == '"') {
                scratch.append(reinterpret_cast<const char*>(segment),
                               static_cast<std::size_t>(p + 1 - segment));
                p += 2;
                segment = p;
                unescaped = true;
                continue;
            }
            if (unescaped) {
                scratch.append(reinterpret_cast<const char*>(segment), static_cast<std::size_t>(p - segment));
                field.bytes = QByteArrayView(scratch.data(), static_cast<qsizetype>(scratch.size()));
            } else {
                field.bytes = QByteArrayView(segment, p - segment);
            }
            ++p;
            m_fieldNewlines += newlines;
            return Parsed::Row;
        }
        if (c >= 0x80) {
            field.nonAscii = true;
            ++p;
            continue;
        }
        if (c == '\n') {
            ++newlines;
            ++p;
            continue;
        }
        if (c == '\r') {
            if (p + 1 == end && !m_atEnd)
                return Parsed::Incomplete;
            if (p + 1 < end && p[1] == '\n') {
                ++newlines;
                p += 2;
                continue;
            }
        }
        m_fieldNewlines += newlines;
        m_parseError = tr("a control character in a field (only tab is allowed).");
        return Parsed::Failed;
    }
}

JournalCsvReader::Parsed JournalCsvReader::parseRow()
{
    const auto* const data = reinterpret_cast<const uchar*>(m_buffer.constData());
    const uchar* const begin = data + m_position;
    const uchar* const end = data + m_buffer.size();
    if (begin == end)
        return m_atEnd ? Parsed::End : Parsed::Incomplete;
    m_rowLine = m_line;
    m_fieldNewlines = 0;
    const uchar* p = begin;
    if (*p == '\n' || (*p == '\r' && p + 1 < end && p[1] == '\n')) {
        m_position += *p == '\n' ? 1 : 2;
        ++m_line;
        return Parsed::BlankLine;
    }
    m_fieldCount = 0;
    while (true) {
        if (m_fieldCount == columnCount) {
            m_parseError = tr("more than %1 fields.").arg(columnCount);
            return Parsed::Failed;
        }
        Field& field = m_fields[static_cast<std::size_t>(m_fieldCount)];
        field.nonAscii = false;
        if (p < end && *p == '"') {
            const Parsed parsed
                = parseQuoted(p, end, field, m_scratch[static_cast<std::size_t>(m_fieldCount)]);
            if (parsed != Parsed::Row)
                return parsed;
        } else {
            const uchar* const start = p;
            while (true) {
                p = skipPlain<false>(p, end);
                if (p - start > kMaximumFieldBytes) {
                    m_parseError = tr("a field is longer than %1 characters.").arg(maximumFieldLength);
                    return Parsed::Failed;
                }
                if (p == end)
                    break;
                const uchar c = *p;
                if (c >= 0x80) {
                    field.nonAscii = true;
                    ++p;
                    continue;
                }
                if (c == ',' || c == '\n' || c == '\r')
                    break;
                m_parseError = c == '"'
                    ? tr("a quote inside a field that does not start with one: quote the whole field and "
                         "double the quotes inside it.")
                    : tr("a control character in a field (only tab is allowed).");
                return Parsed::Failed;
            }
            field.bytes = QByteArrayView(start, p - start);
        }
        ++m_fieldCount;
        if (p == end) {
            if (!m_atEnd)
                return Parsed::Incomplete;
            break; // the last row of a file that does not end in a line break
        }
        if (*p == ',') {
            ++p;
            continue;
        }
        if (*p == '\n') {
            ++p;
            ++m_fieldNewlines;
            break;
        }
        if (*p == '\r') {
            if (p + 1 == end && !m_atEnd)
                return Parsed::Incomplete;
            if (p + 1 < end && p[1] == '\n') {
                p += 2;
                ++m_fieldNewlines;
                break;
            }
            m_parseError = tr("a control character in a field (only tab is allowed).");
            return Parsed::Failed;
        }
        m_parseError = tr("text after the closing quote of a field.");
        return Parsed::Failed;
    }
    m_position += p - begin;
    m_line += m_fieldNewlines;
    return Parsed::Row;
}

Result<void> JournalCsvReader::checkFieldText()
{
    for (int i = 0; i < m_fieldCount; ++i) {
        const Field& field = m_fields[static_cast<std::size_t>(i)];
        const qsizetype length = field.nonAscii ? utf8Length(field.bytes) : field.bytes.size();
        if (length == kInvalidUtf8)
            return failure(tr("%1: the text is not valid UTF-8.").arg(where()));
        if (length == kControlCharacter)
            return failure(tr("%1: a control character in a field (only tab is allowed).").arg(where()));
        if (length > maximumFieldLength)
            return failure(tr("%1: a field is longer than %2 characters.")
                               .arg(where(), QString::number(maximumFieldLength)));
    }
    return {};
}

Result<bool> JournalCsvReader::readRow()
{
    while (true) {
        switch (parseRow()) {
        case Parsed::Row:
            if (auto checked = checkFieldText(); !checked)
                return std::unexpected(checked.error());
            return true;
        case Parsed::BlankLine:
            continue;
        case Parsed::End:
            return false;
        case Parsed::Failed:
            m_rowLine += m_fieldNewlines; // the line the problem is on
            return failure(tr("%1: %2").arg(where(), m_parseError));
        case Parsed::Incomplete:
            if (auto filled = refill(); !filled)
                return std::unexpected(filled.error());
            continue;
        }
    }
}

Result<void> JournalCsvReader::readHeader()
{
    while (m_buffer.size() - m_position < 3 && !m_atEnd) {
        if (auto filled = refill(); !filled)
            return filled;
    }
    if (QByteArrayView(m_buffer).sliced(m_position).startsWith("\xEF\xBB\xBF"))
        m_position += 3;
    auto row = readRow();
    if (!row)
        return std::unexpected(row.error());
    bool matches = *row && m_fieldCount == columnCount;
    for (int i = 0; matches && i < columnCount; ++i) {
        const std::string_view column = kColumns[static_cast<std::size_t>(i)];
        matches = m_fields[static_cast<std::size_t>(i)].bytes
            == QByteArrayView(column.data(), static_cast<qsizetype>(column.size()));
    }
    if (!matches) {
        m_rowLine = 1;
        return failure(tr("Line 1: the header must be exactly \"%1\", in this order.").arg(expectedHeader()));
    }
    return {};
}

Result<QDate> JournalCsvReader::parseDate(QByteArrayView bytes)
{
    if (m_lastDate.isValid() && sameBytes(bytes, m_lastDateBytes))
        return m_lastDate;
    const char* d = bytes.data();
    QDate date;
    if (bytes.size() == 10 && d[4] == '-' && d[7] == '-' && isDigit(d[0]) && isDigit(d[1]) && isDigit(d[2])
        && isDigit(d[3]) && isDigit(d[5]) && isDigit(d[6]) && isDigit(d[8]) && isDigit(d[9])) {
        const int year = (d[0] - '0') * 1000 + (d[1] - '0') * 100 + (d[2] - '0') * 10 + (d[3] - '0');
        const int month = (d[5] - '0') * 10 + (d[6] - '0');
        const int day = (d[8] - '0') * 10 + (d[9] - '0');
        if (year >= 1900)
            date = QDate(year, month, day);
    }
    if (!date.isValid())
        return failure(tr("%1: \"%2\" is not a date written YYYY-MM-DD (from 1900 on).")
                           .arg(where(currentRowId()), quoted(bytes)),
                       "date");
    m_lastDateBytes.assign(bytes.data(), static_cast<std::size_t>(bytes.size()));
    m_lastDate = date;
    return date;
}

Result<qint64> JournalCsvReader::parseAmount(QByteArrayView bytes, const char* column)
{
    qint64 value = 0;
    bool digitsOnly = true;
    for (const char c : bytes) {
        if (!isDigit(c)) {
            digitsOnly = false;
            break;
        }
        if (value <= maximumAmount)
            value = value * 10 + (c - '0');
    }
    if (!digitsOnly)
        return failure(tr("%1: %2 \"%3\" is not a whole number of cents (digits only: no sign, no decimals).")
                           .arg(where(currentRowId()), QString::fromLatin1(column), quoted(bytes)),
                       column);
    if (value > maximumAmount)
        return failure(
            tr("%1: %2 is more than %3 cents.")
                .arg(where(currentRowId()), QString::fromLatin1(column), QString::number(maximumAmount)),
            column);
    return value;
}

const QString& JournalCsvReader::cached(const Field& field, std::string& lastBytes, QString& lastText)
{
    if (!sameBytes(field.bytes, lastBytes)) {
        lastBytes.assign(field.bytes.data(), static_cast<std::size_t>(field.bytes.size()));
        lastText = text(field.bytes, field.nonAscii);
    }
    return lastText;
}

void JournalCsvReader::account(const Field& code, const Field& name, JournalCsvRow& row)
{
    const std::string_view key(code.bytes.data(), static_cast<std::size_t>(code.bytes.size()));
    auto known = m_accounts.find(key);
    if (known == m_accounts.end()) {
        if (m_accounts.size() >= kMaximumKnownAccounts) {
            row.accountCode = text(code.bytes, code.nonAscii);
            row.accountName = text(name.bytes, name.nonAscii);
            return;
        }
        known = m_accounts
                    .emplace(std::string(key),
                             KnownAccount {
                                 text(code.bytes, code.nonAscii),
                                 std::string(name.bytes.data(), static_cast<std::size_t>(name.bytes.size())),
                                 text(name.bytes, name.nonAscii) })
                    .first;
    } else if (!sameBytes(name.bytes, known->second.nameBytes)) {
        known->second.nameBytes.assign(name.bytes.data(), static_cast<std::size_t>(name.bytes.size()));
        known->second.name = text(name.bytes, name.nonAscii);
    }
    row.accountCode = known->second.code;
    row.accountName = known->second.name;
}

Result<void> JournalCsvReader::convertRow(JournalCsvRow& row, QByteArrayView& txnId, QDate& date)
{
    if (m_fieldCount != columnCount)
        return failure(
            tr("%1: %2 fields where a row has %3 (%4).")
                .arg(where(), QString::number(m_fieldCount), QString::number(columnCount), expectedHeader()));
    if (m_fields[1].bytes.isEmpty())
        return failure(tr("%1: the row has no txn_id.").arg(where()), "txn_id");
    txnId = m_fields[1].bytes;
    auto parsedDate = parseDate(m_fields[0].bytes);
    if (!parsedDate)
        return std::unexpected(parsedDate.error());
    date = *parsedDate;
    if (m_fields[2].bytes.isEmpty())
        return failure(tr("%1: the row has no account_code.").arg(where(currentRowId())), "account_code");
    if (m_fields[3].bytes.isEmpty())
        return failure(tr("%1: the row has no account_name.").arg(where(currentRowId())), "account_name");
    const bool debitEmpty = m_fields[4].bytes.isEmpty();
    const bool creditEmpty = m_fields[5].bytes.isEmpty();
    if (debitEmpty && creditEmpty)
        return failure(tr("%1: neither debit_cents nor credit_cents has a value.").arg(where(currentRowId())),
                       "debit_cents");
    auto debit = parseAmount(m_fields[4].bytes, "debit_cents");
    if (!debit)
        return std::unexpected(debit.error());
    auto credit = parseAmount(m_fields[5].bytes, "credit_cents");
    if (!credit)
        return std::unexpected(credit.error());
    if (*debit != 0 && *credit != 0)
        return failure(tr("%1: both debit_cents and credit_cents hold an amount; a row has one or the other.")
                           .arg(where(currentRowId())),
                       "credit_cents");
    row.line = m_rowLine;
    row.debit = *debit;
    row.credit = *credit;
    account(m_fields[2], m_fields[3], row);
    row.description = cached(m_fields[6], m_lastDescriptionBytes, m_lastDescription);
    row.counterparty = cached(m_fields[7], m_lastCounterpartyBytes, m_lastCounterparty);
    return {};
}

bool JournalCsvReader::seenBefore(QByteArrayView txnId)
{
    // A canonical decimal number (no leading zero, short enough for qint64) stands for one id only.
    qint64 number = -1;
    if (txnId.size() <= 18 && (txnId.size() == 1 || txnId.front() != '0')) {
        number = 0;
        for (const char c : txnId) {
            if (!isDigit(c)) {
                number = -1;
                break;
            }
            number = number * 10 + (c - '0');
        }
    }
    if (number < 0) {
        const qsizetype before = m_textIds.size();
        m_textIds.insert(txnId.toByteArray());
        return m_textIds.size() == before;
    }
    if (m_idsInOrder) {
        if (m_increasingIds.empty() || number > m_increasingIds.back()) {
            m_increasingIds.push_back(number);
            return false;
        }
        m_idsInOrder = false;
        m_numericIds.reserve(static_cast<qsizetype>(m_increasingIds.size()) * 2);
        for (const qint64 id : m_increasingIds)
            m_numericIds.insert(id);
        m_increasingIds = {};
    }
    const qsizetype before = m_numericIds.size();
    m_numericIds.insert(number);
    return m_numericIds.size() == before;
}

Result<bool> JournalCsvReader::next(JournalCsvTransaction& into)
{
    if (m_failure)
        return std::unexpected(*m_failure);
    into.rows.clear();
    if (!m_started) {
        if (auto header = readHeader(); !header)
            return std::unexpected(header.error());
        m_started = true;
    }
    JournalCsvRow row;
    QByteArrayView txnId;
    QDate date;
    if (m_hasPending) {
        m_hasPending = false;
        into.rows.append(std::move(m_pending));
        into.date = m_pendingDate;
        m_currentId.swap(m_pendingId);
    } else {
        auto read = readRow();
        if (!read)
            return std::unexpected(read.error());
        if (!*read)
            return false;
        if (auto converted = convertRow(row, txnId, date); !converted)
            return std::unexpected(converted.error());
        std::ignore = seenBefore(txnId); // the first: it cannot have been seen
        m_currentId.assign(txnId.data(), static_cast<std::size_t>(txnId.size()));
        into.rows.append(std::move(row));
        into.date = date;
    }
    into.id = QString::fromUtf8(m_currentId.data(), static_cast<qsizetype>(m_currentId.size()));
    while (true) {
        auto read = readRow();
        if (!read)
            return std::unexpected(read.error());
        if (!*read)
            return true;
        if (auto converted = convertRow(row, txnId, date); !converted)
            return std::unexpected(converted.error());
        if (sameBytes(txnId, m_currentId)) {
            if (date != into.date)
                return failure(
                    tr("%1: the date %2 differs from the transaction's first row (%3).")
                        .arg(where(into.id), date.toString(Qt::ISODate), into.date.toString(Qt::ISODate)),
                    "date");
            if (into.rows.size() == maximumRowsPerTransaction)
                return failure(tr("%1: more than %2 rows in one transaction.")
                                   .arg(where(into.id), QString::number(maximumRowsPerTransaction)));
            into.rows.append(std::move(row));
            continue;
        }
        if (seenBefore(txnId))
            return failure(tr("%1: transaction %2 comes again after other transactions; the rows of one "
                              "transaction must follow each other.")
                               .arg(where(), quoted(txnId)),
                           "txn_id");
        m_pending = std::move(row);
        m_pendingDate = date;
        m_pendingId.assign(txnId.data(), static_cast<std::size_t>(txnId.size()));
        m_hasPending = true;
        return true;
    }
}

} // namespace kasboek::exchange::journalcsv
