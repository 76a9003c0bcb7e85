// The record layouts are those of Febelfin, "Coded statement of account (CODA)", standard
// version 2.6 (2018), annex I "Description of the records", with the structured communications of
// annex III: header 0 (version code at 128), old balance 1 (account structure 2, account and
// currency 6-42, sign 43, amount 44-58 with three decimals, date 59-64 DDMMYY, sequence numbers
// 3-5 and 126-128), movement 2.1 (sequence 3-6, detail 7-10, bank reference 11-31, sign 32,
// amount 33-47, value date 48-53, transaction code 54-61, communication type 62 and zone 63-115,
// entry date 116-121, globalisation code 125), 2.2 (communication 11-63, customer reference
// 64-98, counterparty BIC 99-109), 2.3 (counterparty account 11-47 and name 48-82, communication
// 83-125), information 3.1 (communication type 40, zone 41-113), 3.2 (11-115), 3.3 (11-100), new
// balance 8 (account 5-41, sign 42, amount 43-57, date 58-63), free message 4 and trailer 9
// (record count 17-22, debit total 23-37, credit total 38-52).
#include "CodaReader.h"

#include "CodaRecord.h"
#include "CodaStatementParser.h"
#include "exchange/bank/text/BankText.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace kasboek::exchange::bank {

namespace {

// A record is 128 characters, not UTF-16 units: a character outside the BMP (only possible in a
// UTF-8 file, never in a real CODA one) counts once, as a replacement character.
QString withoutSurrogatePairs(QStringView line)
{
    QString text;
    text.reserve(line.size());
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c.isHighSurrogate() && i + 1 < line.size() && line[i + 1].isLowSurrogate()) {
            text.append(QChar::ReplacementCharacter);
            ++i;
        } else {
            text.append(c);
        }
    }
    return text;
}

} // namespace

Result<QList<BankStatement>> CodaReader::read(const QByteArray& content)
{
    if (content.size() > BankText::maxFileBytes)
        return fail(ErrorCode::Validation,
                    tr("The file is %1 MiB; a CODA file Kasboek reads is at most %2 MiB.")
                        .arg(QString::number(content.size() / (1024 * 1024)),
                             QString::number(BankText::maxFileBytes / (1024 * 1024))),
                    u"file"_s);
    const QString text = BankText::decode(content);
    const QList<QStringView> lines = BankText::lines(text);
    QList<BankStatement> statements;
    std::optional<CodaStatementParser> statement;
    int lastLine = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i + 1);
        if (lines[i].isEmpty())
            continue;
        lastLine = lineNumber;
        QString line = withoutSurrogatePairs(lines[i]);
        if (line.size() != CodaRecord::length)
            return fail(ErrorCode::Validation,
                        tr("Line %1 has %2 characters; every CODA record has exactly %3.")
                            .arg(QString::number(lineNumber), QString::number(line.size()),
                                 QString::number(CodaRecord::length)),
                        CodaRecord::kindOf(line));
        const CodaRecord record(std::move(line), lineNumber);
        const QChar type = record.at(1);
        if (!statement) {
            if (type != u'0')
                return record.refuse(
                    tr("a CODA file, and each statement in it, starts with a header record (0)."));
            auto started = CodaStatementParser::start(record);
            if (!started)
                return std::unexpected(started.error());
            statement = std::move(*started);
        } else if (type == u'0') {
            return record.refuse(
                tr("a new header before the trailer (9) of the statement that starts on line %1.")
                    .arg(QString::number(statement->firstLine())));
        } else if (type == u'9') {
            auto finished = statement->finish(record);
            if (!finished)
                return std::unexpected(finished.error());
            statements.append(std::move(*finished));
            statement.reset();
        } else {
            const auto added = statement->add(record);
            if (!added)
                return std::unexpected(added.error());
        }
    }
    if (statement)
        return fail(
            ErrorCode::Validation,
            tr("The file ends on line %1 before the trailer record (9) of the statement that starts on "
               "line %2: it is incomplete.")
                .arg(QString::number(lastLine), QString::number(statement->firstLine())),
            u"9"_s);
    if (statements.isEmpty())
        return fail(ErrorCode::Validation, tr("The file holds no CODA statement: it has no records."),
                    u"0"_s);
    return statements;
}

} // namespace kasboek::exchange::bank
