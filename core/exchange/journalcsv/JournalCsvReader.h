#pragma once

#include "Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

class QIODevice;

namespace kasboek::exchange::journalcsv {

// One row of the neutral journal CSV: one split of a transaction.
struct JournalCsvRow
{
    qint64 line = 0; // where the row starts in the file; the header is line 1
    QString accountCode;
    QString accountName; // a colon path whose first segment is the type: "Income:Consulting"
    qint64 debit = 0; // cents; a row has an amount on one side only, or 0 on both
    qint64 credit = 0;
    QString description;
    QString counterparty;
};

// The consecutive rows of one txn_id, all on one date.
struct JournalCsvTransaction
{
    QString id; // txn_id
    QDate date;
    QList<JournalCsvRow> rows; // in file order, at least one
    [[nodiscard]] qint64 line() const { return rows.isEmpty() ? 0 : rows.constFirst().line; }
};

// Reads the neutral journal CSV of the reference workload (../shared/bench/README.md) one
// transaction at a time, from any QIODevice, without ever holding more than a chunk of it:
//
//     date,txn_id,account_code,account_name,debit_cents,credit_cents,description,counterparty
//
// RFC 4180: comma-separated, fields optionally in double quotes (a quote inside doubled, commas
// and line breaks allowed inside quotes), rows ending in LF or CRLF; blank lines are skipped.
// UTF-8, a byte order mark tolerated, invalid UTF-8 refused. The header must name exactly these
// eight columns in exactly this order. Every row has a txn_id, an account_code and an
// account_name; the other text may be empty. Dates are ISO (YYYY-MM-DD, years 1900-9999);
// amounts are whole cents, digits only (no sign, no decimals), at most 10^15; an empty amount
// counts as 0, but a row needs a value on at least one side and an amount on no more than one.
// The rows of one txn_id follow each other and share their date; a txn_id that comes back
// after another one is refused. Limits against hostile input: 8 fields per row, 1,000 characters per field,
// 1,000 rows per transaction; no control characters other than tab (and line breaks inside quotes).
//
// Every refusal is ErrorCode::Validation with a message that names the line (and the txn_id once
// it is known); a read failure of the device is ErrorCode::Io. After a failure the reader is
// spent and keeps returning it.
class JournalCsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(JournalCsvReader)
public:
    static constexpr int columnCount = 8;
    static constexpr qsizetype maximumFieldLength = 1000; // characters
    static constexpr qsizetype maximumRowsPerTransaction = 1000;
    static constexpr qint64 maximumAmount = 1'000'000'000'000'000; // cents

    // `device` must be open for reading; it is read from its current position to its end.
    explicit JournalCsvReader(QIODevice& device);

    // Replaces `into` with the next transaction: true when there was one, false at the end of
    // the file (an empty file, or a header alone, has no transactions but is not an error).
    [[nodiscard]] Result<bool> next(JournalCsvTransaction& into);

    // The header as the file must spell it.
    [[nodiscard]] static QString expectedHeader();

private:
    struct Field
    {
        QByteArrayView bytes;
        bool nonAscii = false;
    };
    enum class Parsed { Row, BlankLine, Incomplete, End, Failed };

    [[nodiscard]] Result<bool> readRow(); // false at the end of the file
    [[nodiscard]] Parsed parseRow();
    [[nodiscard]] Parsed parseQuoted(const uchar*& p, const uchar* end, Field& field, std::string& scratch);
    [[nodiscard]] Result<void> refill();
    [[nodiscard]] Result<void> checkFieldText();
    [[nodiscard]] Result<void> readHeader();
    [[nodiscard]] Result<void> convertRow(JournalCsvRow& row, QByteArrayView& txnId, QDate& date);
    [[nodiscard]] Result<qint64> parseAmount(QByteArrayView bytes, const char* column);
    [[nodiscard]] Result<QDate> parseDate(QByteArrayView bytes);
    // Registers the id of a transaction that starts; true if an earlier one had it.
    [[nodiscard]] bool seenBefore(QByteArrayView txnId);
    void account(const Field& code, const Field& name, JournalCsvRow& row);
    [[nodiscard]] static const QString& cached(const Field& field, std::string& lastBytes, QString& lastText);

    [[nodiscard]] std::unexpected<Error> failure(const QString& message, const char* column = nullptr);
    // "Line 12" or "Line 12 (transaction 4711)", the start of every message.
    [[nodiscard]] QString where(const QString& txnId = {}) const;
    [[nodiscard]] QString currentRowId() const;

    QIODevice& m_device;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    bool m_atEnd = false; // the device has nothing more
    bool m_started = false; // the header was read
    std::optional<Error> m_failure;

    // The row just parsed: views into m_buffer or m_scratch, valid until the next parse.
    std::array<Field, columnCount> m_fields;
    int m_fieldCount = 0;
    std::array<std::string, columnCount> m_scratch; // quoted fields with doubled quotes, unescaped
    qint64 m_line = 1; // the line m_position is on
    qint64 m_rowLine = 0; // the line the row just parsed starts on
    qint64 m_fieldNewlines = 0; // line breaks the row just parsed holds, its own included
    QString m_parseError; // what parseRow() found wrong, for Parsed::Failed

    // The first row of the next transaction, read while looking for the end of the current one.
    bool m_hasPending = false;
    JournalCsvRow m_pending;
    QDate m_pendingDate;
    std::string m_pendingId;
    std::string m_currentId;

    // Text met before, so that repeated values share one QString instead of being converted
    // again: an account's code and name, the last date, description and counterparty.
    struct KnownAccount
    {
        QString code;
        std::string nameBytes;
        QString name;
    };
    struct TextHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view> {}(text); }
    };
    std::unordered_map<std::string, KnownAccount, TextHash, std::equal_to<>> m_accounts;
    std::string m_lastDateBytes;
    QDate m_lastDate;
    std::string m_lastDescriptionBytes;
    QString m_lastDescription;
    std::string m_lastCounterpartyBytes;
    QString m_lastCounterparty;

    // Every txn_id read so far, to refuse one that comes back. Ids that are plain increasing
    // numbers (the usual export) need only a sorted list; anything else goes into a hash set.
    bool m_idsInOrder = true;
    std::vector<qint64> m_increasingIds;
    QSet<qint64> m_numericIds;
    QSet<QByteArray> m_textIds;
};

} // namespace kasboek::exchange::journalcsv
