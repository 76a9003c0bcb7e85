#include "TestSupport.h"
#include "exchange/journalcsv/JournalCsvReader.h"

#include <QBuffer>
#include <QTest>
#include <algorithm>
#include <cstring>

using namespace kasboek;
using namespace kasboek::exchange::journalcsv;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kHeader
    = "date,txn_id,account_code,account_name,debit_cents,credit_cents,description,counterparty\n";

// Hands out at most `step` bytes per read, so that every row, field, quote and line break
// falls on a read boundary somewhere.
class TrickleDevice final : public QIODevice
{
public:
    TrickleDevice(QByteArray data, qint64 step)
        : m_data(std::move(data))
        , m_step(step)
    {
        open(QIODevice::ReadOnly);
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = std::min({ maxSize, m_step, qint64(m_data.size()) - m_position });
        std::memcpy(data, m_data.constData() + m_position, static_cast<size_t>(n));
        m_position += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }
    bool isSequential() const override { return true; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_position = 0;
};

struct ReadAll
{
    QList<JournalCsvTransaction> transactions;
    std::optional<Error> error;
};

ReadAll readAll(QIODevice& device)
{
    JournalCsvReader reader(device);
    ReadAll result;
    JournalCsvTransaction transaction;
    while (true) {
        auto next = reader.next(transaction);
        if (!next) {
            result.error = next.error();
            return result;
        }
        if (!*next)
            return result;
        result.transactions.append(transaction);
    }
}

ReadAll readAll(const QByteArray& csv)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    return readAll(buffer);
}

} // namespace

// The streaming reader of the neutral journal CSV: grouping rows into transactions, RFC 4180
// quoting, UTF-8, and every kind of malformed input refused with the line it is on.
class TestJournalCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void readsTransactionsRowByRow()
    {
        const ReadAll read
            = readAll(kHeader
                      + "2024-01-02,T1,1000,Assets:Bank,12100,0,Invoice 1,Brouwerij De Halve Maan\n"
                        "2024-01-02,T1,4000,Income:Consulting,0,10000,Invoice 1,Brouwerij De Halve Maan\n"
                        "2024-01-02,T1,2200,Liabilities:VAT,,2100,VAT on invoice 1,Brouwerij De Halve Maan\n"
                        "2024-01-05,T2,6000,Expenses:Office:Rent,85000,,Rent,Immo Peeters\n"
                        "2024-01-05,T2,1000,Assets:Bank,0,85000,Rent,Immo Peeters\n");
        QVERIFY2(!read.error, qPrintable(read.error ? read.error->message : QString()));
        QCOMPARE(read.transactions.size(), 2);
        const JournalCsvTransaction& first = read.transactions.at(0);
        QCOMPARE(first.id, u"T1"_s);
        QCOMPARE(first.date, QDate(2024, 1, 2));
        QCOMPARE(first.line(), 2);
        QCOMPARE(first.rows.size(), 3);
        QCOMPARE(first.rows.at(0).accountCode, u"1000"_s);
        QCOMPARE(first.rows.at(0).accountName, u"Assets:Bank"_s);
        QCOMPARE(first.rows.at(0).debit, 12100);
        QCOMPARE(first.rows.at(0).credit, 0);
        QCOMPARE(first.rows.at(0).counterparty, u"Brouwerij De Halve Maan"_s);
        QCOMPARE(first.rows.at(2).line, 4);
        QCOMPARE(first.rows.at(2).debit, 0); // empty counts as 0
        QCOMPARE(first.rows.at(2).credit, 2100);
        QCOMPARE(first.rows.at(2).description, u"VAT on invoice 1"_s);
        const JournalCsvTransaction& second = read.transactions.at(1);
        QCOMPARE(second.id, u"T2"_s);
        QCOMPARE(second.date, QDate(2024, 1, 5));
        QCOMPARE(second.line(), 5);
        QCOMPARE(second.rows.at(0).accountName, u"Expenses:Office:Rent"_s);
        QCOMPARE(second.rows.at(0).debit, 85000);
        QCOMPARE(second.rows.at(1).credit, 85000);
    }

    void quotedFieldsHoldCommasQuotesAndLineBreaks()
    {
        const ReadAll read
            = readAll(kHeader
                      + "\"2024-03-01\",\"7\",\"1000\",\"Assets:Bank\",\"500\",\"0\",\"Lunch, \"\"Chez "
                        "Léon\"\"\",\"Léon, \"\"De Chef\"\"\"\n"
                        "2024-03-01,7,6320,Expenses:Meals,0,500,\"Two lines:\r\nfirst\nsecond\",\"\"\n"
                        "2024-03-02,8,1000,Assets:Bank,1,0,\"\",x\n"
                        "2024-03-02,8,4000,Income:Other,0,1,\"tab\tinside\",y\n");
        QVERIFY2(!read.error, qPrintable(read.error ? read.error->message : QString()));
        QCOMPARE(read.transactions.size(), 2);
        const auto& rows = read.transactions.at(0).rows;
        QCOMPARE(rows.at(0).description, u"Lunch, \"Chez Léon\""_s);
        QCOMPARE(rows.at(0).counterparty, u"Léon, \"De Chef\""_s);
        QCOMPARE(rows.at(1).description, u"Two lines:\r\nfirst\nsecond"_s);
        QCOMPARE(rows.at(1).counterparty, QString());
        // The three lines of the quoted field count: the next row starts on line 6.
        QCOMPARE(read.transactions.at(1).line(), 6);
        QCOMPARE(read.transactions.at(1).rows.at(1).line, 7);
        QCOMPARE(read.transactions.at(1).rows.at(1).description, u"tab\tinside"_s);
    }

    void byteOrderMarkCrLfBlankLinesAndNoFinalLineBreak()
    {
        QByteArray csv = "\xEF\xBB\xBF" + kHeader;
        csv.replace("\n", "\r\n");
        csv += "2024-01-02,1,1000,Assets:Bank,5,0,d,c\r\n\r\n2024-01-02,1,4000,Income:Sales,0,5,d,c\r\n\n"
               "2024-01-03,2,1000,Assets:Bank,7,0,d,c\r\n2024-01-03,2,4000,Income:Sales,0,7,d,c";
        const ReadAll read = readAll(csv);
        QVERIFY2(!read.error, qPrintable(read.error ? read.error->message : QString()));
        QCOMPARE(read.transactions.size(), 2);
        QCOMPARE(read.transactions.at(0).rows.size(), 2);
        QCOMPARE(read.transactions.at(0).rows.at(1).line, 4);
        QCOMPARE(read.transactions.at(1).line(), 6);
        QCOMPARE(read.transactions.at(1).rows.at(1).credit, 7);
        QCOMPARE(read.transactions.at(1).rows.at(1).counterparty, u"c"_s);
    }

    void aHeaderAloneHasNoTransactions()
    {
        const ReadAll read = readAll(kHeader);
        QVERIFY(!read.error);
        QVERIFY(read.transactions.isEmpty());
    }

    void readBoundariesChangeNothing()
    {
        // Quoted fields with line breaks, doubled quotes, multi-byte characters and CRLF, read
        // a few bytes at a time, give what one read of the whole gives.
        QByteArray csv = "\xEF\xBB\xBF" + kHeader;
        for (int i = 1; i <= 40; ++i) {
            const QByteArray id = QByteArray::number(i);
            csv += "2024-02-" + QByteArray::number(10 + i % 19) + "," + id + ",1000,Assets:Bank," + id
                + ",0,\"Caf\xC3\xA9 \"\"" + id + "\"\",\r\nnext\",\xE2\x82\xAC" + id + "\r\n";
            csv += "2024-02-" + QByteArray::number(10 + i % 19) + "," + id + ",4000,\"Income:Sales\",0," + id
                + ",plain,\"\"\n";
        }
        const ReadAll whole = readAll(csv);
        QVERIFY(!whole.error);
        QCOMPARE(whole.transactions.size(), 40);
        QCOMPARE(whole.transactions.at(9).rows.at(0).description, u"Café \"10\",\r\nnext"_s);
        QCOMPARE(whole.transactions.at(9).rows.at(0).counterparty, u"€10"_s);
        QCOMPARE(whole.transactions.at(9).line(), 2 + 9 * 3);
        for (const qint64 step : { 1, 2, 3, 5, 7, 13, 64 }) {
            TrickleDevice device(csv, step);
            const ReadAll trickled = readAll(device);
            QVERIFY2(!trickled.error, qPrintable(trickled.error ? trickled.error->message : QString()));
            QCOMPARE(trickled.transactions.size(), whole.transactions.size());
            for (qsizetype i = 0; i < whole.transactions.size(); ++i) {
                const auto& a = whole.transactions.at(i);
                const auto& b = trickled.transactions.at(i);
                QCOMPARE(b.id, a.id);
                QCOMPARE(b.date, a.date);
                QCOMPARE(b.rows.size(), a.rows.size());
                for (qsizetype r = 0; r < a.rows.size(); ++r) {
                    QCOMPARE(b.rows.at(r).line, a.rows.at(r).line);
                    QCOMPARE(b.rows.at(r).description, a.rows.at(r).description);
                    QCOMPARE(b.rows.at(r).counterparty, a.rows.at(r).counterparty);
                    QCOMPARE(b.rows.at(r).debit, a.rows.at(r).debit);
                    QCOMPARE(b.rows.at(r).credit, a.rows.at(r).credit);
                }
            }
        }
    }

    void aLargeFileStreams()
    {
        // Several buffers' worth: rows that straddle the refills are read whole.
        QByteArray csv = kHeader;
        const int count = 30'000;
        qint64 expectedDebit = 0;
        for (int i = 1; i <= count; ++i) {
            const QByteArray id = QByteArray::number(i);
            const QByteArray amount = QByteArray::number(i * 7 % 100'000 + 1);
            expectedDebit += amount.toLongLong();
            csv += "2025-06-30," + id + ",6000,Expenses:Office:Rent," + amount + ",0,\"Rent, month " + id
                + "\",Immo Peeters\n2025-06-30," + id + ",1000,Assets:Bank,0," + amount + ",\"Rent, month "
                + id + "\",Immo Peeters\n";
        }
        QVERIFY(csv.size() > 3 * (1 << 20));
        const ReadAll read = readAll(csv);
        QVERIFY(!read.error);
        QCOMPARE(read.transactions.size(), count);
        qint64 debit = 0;
        qint64 credit = 0;
        for (const auto& transaction : read.transactions) {
            QCOMPARE(transaction.rows.size(), 2);
            debit += transaction.rows.at(0).debit;
            credit += transaction.rows.at(1).credit;
        }
        QCOMPARE(debit, expectedDebit);
        QCOMPARE(credit, expectedDebit);
        QCOMPARE(read.transactions.last().id, QString::number(count));
        QCOMPARE(read.transactions.last().rows.at(1).line, 2 * count + 1);
        QCOMPARE(read.transactions.at(12'345).rows.at(0).description, u"Rent, month 12346"_s);
    }

    void theLimitsThemselvesAreAccepted()
    {
        // 1,000 characters of two bytes each, 1,000 rows, 10^15 cents, a tab.
        const QByteArray text = QByteArray(1000, 'e').replace("e", "\xC3\xA9");
        QByteArray csv = kHeader + "2024-01-02,1,1000,Assets:Bank,1000000000000000,0,\"" + text + "\",\tc\n";
        for (int i = 1; i < 1000; ++i)
            csv += "2024-01-02,1,4000,Income:Sales,0,1,d,c\n";
        const ReadAll read = readAll(csv);
        QVERIFY2(!read.error, qPrintable(read.error ? read.error->message : QString()));
        QCOMPARE(read.transactions.size(), 1);
        QCOMPARE(read.transactions.at(0).rows.size(), 1000);
        QCOMPARE(read.transactions.at(0).rows.at(0).debit, 1'000'000'000'000'000);
        QCOMPARE(read.transactions.at(0).rows.at(0).description.size(), 1000);
        QCOMPARE(read.transactions.at(0).rows.at(0).counterparty, u"\tc"_s);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("says");

        const QByteArray ok1 = "2024-01-02,1,1000,Assets:Bank,5,0,d,c\n";
        const QByteArray ok2 = "2024-01-02,1,4000,Income:Sales,0,5,d,c\n";
        const auto row = [](const QByteArray& fields) { return fields + "\n"; };

        QTest::newRow("empty file") << QByteArray() << 1 << u"header"_s;
        QTest::newRow("columns in another order") << QByteArray(
            "txn_id,date,account_code,account_name,debit_cents,credit_cents,description,counterparty\n")
                                                  << 1 << u"header"_s;
        QTest::newRow("a column missing")
            << QByteArray("date,txn_id,account_code,account_name,debit_cents,credit_cents,description\n") << 1
            << u"header"_s;
        QTest::newRow("a column too many") << QByteArray(
            "date,txn_id,account_code,account_name,debit_cents,credit_cents,description,counterparty,x\n")
                                           << 1 << u"fields"_s;
        QTest::newRow("header in capitals") << QByteArray(
            "DATE,TXN_ID,ACCOUNT_CODE,ACCOUNT_NAME,DEBIT_CENTS,CREDIT_CENTS,DESCRIPTION,COUNTERPARTY\n")
                                            << 1 << u"header"_s;
        QTest::newRow("no such day") << kHeader + ok1 + row("2024-02-30,2,1000,Assets:Bank,5,0,d,c") << 3
                                     << u"2024-02-30"_s;
        QTest::newRow("not ISO") << kHeader + ok1 + ok2 + row("02/01/2024,2,1000,Assets:Bank,5,0,d,c") << 4
                                 << u"YYYY-MM-DD"_s;
        QTest::newRow("before 1900") << kHeader + row("1899-12-31,1,1000,Assets:Bank,5,0,d,c") << 2
                                     << u"1900"_s;
        QTest::newRow("decimals") << kHeader + ok1 + row("2024-01-02,1,4000,Income:Sales,0,5.00,d,c") << 3
                                  << u"credit_cents \"5.00\""_s;
        QTest::newRow("minus sign") << kHeader + row("2024-01-02,1,1000,Assets:Bank,-5,0,d,c") << 2
                                    << u"debit_cents \"-5\""_s;
        QTest::newRow("plus sign") << kHeader + row("2024-01-02,1,1000,Assets:Bank,+5,0,d,c") << 2
                                   << u"whole number of cents"_s;
        QTest::newRow("space") << kHeader + row("2024-01-02,1,1000,Assets:Bank, 5,0,d,c") << 2
                               << u"whole number of cents"_s;
        QTest::newRow("both sides") << kHeader + ok1 + row("2024-01-02,1,4000,Income:Sales,3,5,d,c") << 3
                                    << u"both debit_cents and credit_cents"_s;
        QTest::newRow("neither side")
            << kHeader + ok1 + row("2024-01-02,1,4000,Income:Sales,,,d,c") << 3 << u"neither"_s;
        QTest::newRow("over 10^15") << kHeader + row("2024-01-02,1,1000,Assets:Bank,1000000000000001,0,d,c")
                                    << 2 << u"more than 1000000000000000 cents"_s;
        QTest::newRow("far over 10^15")
            << kHeader + row("2024-01-02,1,1000,Assets:Bank,99999999999999999999999999,0,d,c") << 2
            << u"more than 1000000000000000 cents"_s;
        QTest::newRow("nine fields") << kHeader + ok1 + ok2
                + row("2024-01-03,2,1000,Assets:Bank,5,0,d,c,extra")
                                     << 4 << u"more than 8 fields"_s;
        QTest::newRow("seven fields")
            << kHeader + row("2024-01-03,2,1000,Assets:Bank,5,0,d") << 2 << u"7 fields"_s;
        QTest::newRow("long field") << kHeader + ok1
                + row("2024-01-02,1,4000,Income:Sales,0,5," + QByteArray(1001, 'x') + ",c")
                                    << 3 << u"longer than 1000 characters"_s;
        QTest::newRow("long quoted field")
            << kHeader + ok1 + row("2024-01-02,1,4000,Income:Sales,0,5,\"" + QByteArray(5000, 'x') + "\",c")
            << 3 << u"longer than 1000 characters"_s;
        QTest::newRow("long multi-byte field") << kHeader
                + row("2024-01-02,1,4000,Income:Sales,0,5," + QByteArray(1001, 'e').replace("e", "\xC3\xA9")
                      + ",c") << 2 << u"longer than 1000 characters"_s;
        QTest::newRow("control character")
            << kHeader + ok1 + row("2024-01-02,1,4000,Income:Sales,0,5,d\x01,c") << 3
            << u"control character"_s;
        QTest::newRow("control character quoted")
            << kHeader + row("2024-01-02,1,4000,Income:Sales,0,5,\"line\nbreak and \x1B\",c") << 3
            << u"control character"_s;
        QTest::newRow("bare carriage return")
            << kHeader + row("2024-01-02,1,4000,Income:Sales,0,5,d\rx,c") << 2 << u"control character"_s;
        QTest::newRow("DEL") << kHeader + row("2024-01-02,1,4000,Income:Sales,0,5,d\x7F,c") << 2
                             << u"control character"_s;
        QTest::newRow("C1 control") << kHeader + row("2024-01-02,1,4000,Income:Sales,0,5,d\xC2\x85,c") << 2
                                    << u"control character"_s;
        QTest::newRow("invalid UTF-8")
            << kHeader + ok1 + row("2024-01-02,1,4000,Income:Sales,0,5,caf\xE9,c") << 3 << u"UTF-8"_s;
        QTest::newRow("overlong UTF-8")
            << kHeader + row("2024-01-02,1,4000,Income:Sales,0,5,\xC0\xAF,c") << 2 << u"UTF-8"_s;
        QTest::newRow("surrogate in UTF-8")
            << kHeader + row("2024-01-02,1,4000,Income:Sales,0,5,\xED\xA0\x80,c") << 2 << u"UTF-8"_s;
        QTest::newRow("cut UTF-8") << kHeader + row("2024-01-02,1,4000,Income:Sales,0,5,d,\xE2\x82") << 2
                                   << u"UTF-8"_s;
        QTest::newRow("quote inside unquoted")
            << kHeader + row("2024-01-02,1,4000,Income:Sales,0,5,say \"hi\",c") << 2 << u"quote"_s;
        QTest::newRow("text after closing quote")
            << kHeader + row("2024-01-02,1,4000,Income:Sales,0,5,\"hi\" there,c") << 2 << u"closing quote"_s;
        QTest::newRow("unclosed quote")
            << kHeader + ok1 + row("2024-01-02,1,4000,Income:Sales,0,5,\"hi,c") << 3 << u"not closed"_s;
        QTest::newRow("a transaction comes back")
            << kHeader + ok1 + ok2 + row("2024-01-03,2,1000,Assets:Bank,5,0,d,c")
                + row("2024-01-03,2,4000,Income:Sales,0,5,d,c") + row("2024-01-02,1,1000,Assets:Bank,5,0,d,c")
            << 6 << u"comes again"_s;
        QTest::newRow("a number comes back out of order") << kHeader
                + row("2024-01-02,5,1000,Assets:Bank,5,0,d,c") + row("2024-01-02,3,1000,Assets:Bank,5,0,d,c")
                + row("2024-01-02,9,1000,Assets:Bank,5,0,d,c") + row("2024-01-02,3,1000,Assets:Bank,5,0,d,c")
                                                          << 5 << u"comes again"_s;
        QTest::newRow("a text id comes back") << kHeader + row("2024-01-02,a,1000,Assets:Bank,5,0,d,c")
                + row("2024-01-02,b,1000,Assets:Bank,5,0,d,c") + row("2024-01-02,a,1000,Assets:Bank,5,0,d,c")
                                              << 4 << u"comes again"_s;
        QTest::newRow("two dates in one transaction")
            << kHeader + ok1 + row("2024-01-03,1,4000,Income:Sales,0,5,d,c") << 3 << u"differs"_s;
        QTest::newRow("no txn_id") << kHeader + row("2024-01-02,,1000,Assets:Bank,5,0,d,c") << 2
                                   << u"txn_id"_s;
        QTest::newRow("no account code")
            << kHeader + row("2024-01-02,1,,Assets:Bank,5,0,d,c") << 2 << u"account_code"_s;
        QTest::newRow("no account name")
            << kHeader + ok1 + row("2024-01-02,1,4000,,0,5,d,c") << 3 << u"account_name"_s;
        QByteArray many = kHeader;
        for (int i = 0; i < 1001; ++i)
            many += "2024-01-02,big,1000,Assets:Bank,5,0,d,c\n";
        QTest::newRow("1001 rows") << many << 1002 << u"more than 1000 rows"_s;
    }

    void refusals()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        QFETCH(QString, says);
        const ReadAll read = readAll(csv);
        QVERIFY2(read.error, "the file was not refused");
        QCOMPARE(read.error->code, ErrorCode::Validation);
        QVERIFY2(read.error->message.startsWith(u"Line %1"_s.arg(line) + u':')
                     || read.error->message.startsWith(u"Line %1 ("_s.arg(line)),
                 qPrintable(read.error->message));
        QVERIFY2(read.error->message.contains(says), qPrintable(read.error->message));
    }

    void aFailedReaderStaysFailed()
    {
        QBuffer buffer;
        buffer.setData(kHeader
                       + "2024-01-02,1,1000,Assets:Bank,5,0,d,c\n2024-01-02,1,4000,Income:Sales,0,x,d,c\n");
        buffer.open(QIODevice::ReadOnly);
        JournalCsvReader reader(buffer);
        JournalCsvTransaction transaction;
        KASBOEK_VERIFY_ERROR(reader.next(transaction), ErrorCode::Validation);
        KASBOEK_VERIFY_ERROR(reader.next(transaction), ErrorCode::Validation);
    }

    void theErrorNamesTheTransaction()
    {
        const ReadAll read = readAll(
            kHeader
            + "2024-01-02,INV-7,1000,Assets:Bank,5,0,d,c\n2024-01-02,INV-7,4000,Income:Sales,0,5.5,d,c\n");
        QVERIFY(read.error);
        QVERIFY2(read.error->message.startsWith(u"Line 3 (transaction INV-7): "_s),
                 qPrintable(read.error->message));
        QCOMPARE(read.error->field, u"credit_cents"_s);
    }
};

QTEST_GUILESS_MAIN(TestJournalCsvReader)
#include "TestJournalCsvReader.moc"
