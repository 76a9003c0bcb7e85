// CodaReader on broken and hostile files: each is refused as a whole with ErrorCode::Validation,
// a message naming the line (and the record), and the record type in Error::field. Most cases
// break tests/data/bank/coda/statement.cod in one place.
#include "TestSupport.h"
#include "exchange/bank/coda/CodaReader.h"
#include "exchange/bank/text/BankText.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kasboek;
using namespace kasboek::exchange::bank;

namespace {

// statement.cod as its 20 records.
QList<QByteArray> records()
{
    QFile file(kasboek::test::dataDir() + u"/bank/coda/statement.cod"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open statement.cod");
    QList<QByteArray> lines = file.readAll().split('\n');
    if (lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray& line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    if (lines.size() != 20)
        qFatal("statement.cod changed: %d records", int(lines.size()));
    return lines;
}

QByteArray joined(const QList<QByteArray>& lines)
{
    return lines.join("\r\n") + "\r\n";
}

// statement.cod with line `line` (1-based) given `text` from `position` (1-based) on.
QByteArray patched(int line, int position, const QByteArray& text)
{
    QList<QByteArray> lines = records();
    lines[line - 1].replace(position - 1, text.size(), text);
    return joined(lines);
}

QByteArray appended(int line, const QByteArray& text)
{
    QList<QByteArray> lines = records();
    lines[line - 1].append(text);
    return joined(lines);
}

QByteArray withoutLine(int line)
{
    QList<QByteArray> lines = records();
    lines.removeAt(line - 1);
    return joined(lines);
}

} // namespace

class TestCodaReaderHostile final : public QObject
{
    Q_OBJECT

private slots:
    void theBaseFileIsAccepted() { KASBOEK_VERIFY_OK(CodaReader::read(joined(records()))); }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("line");

        QByteArray shortLine = joined(records());
        shortLine.remove(shortLine.indexOf("2200010000") + 20, 1);
        QTest::newRow("record of 127 characters") << shortLine << u"2.2"_s << 4;
        QTest::newRow("record of 129 characters") << appended(8, " ") << u"2.3"_s << 8;
        QTest::newRow("letter in an amount") << patched(3, 33, "00000000002X000") << u"2.1"_s << 3;
        QTest::newRow("sign that is not 0 or 1") << patched(3, 32, "2") << u"2.1"_s << 3;
        QTest::newRow("third decimal in EUR") << patched(3, 33, "000000000250001") << u"2.1"_s << 3;
        QTest::newRow("value date 32/01") << patched(3, 48, "320125") << u"2.1"_s << 3;
        QTest::newRow("entry date of letters") << patched(6, 116, "AB0125") << u"2.1"_s << 6;
        QTest::newRow("old balance date 29/02/2025") << patched(2, 59, "290225") << u"1"_s << 2;
        QTest::newRow("new balance amount of spaces") << patched(18, 43, "               ") << u"8"_s << 18;
        QTest::newRow("communication type 2") << patched(3, 62, "2") << u"2.1"_s << 3;
        QTest::newRow("transaction code of letters") << patched(3, 54, "X0150000") << u"2.1"_s << 3;
        QTest::newRow("sequence number of letters") << patched(3, 3, "00A1") << u"2.1"_s << 3;
        QTest::newRow("account that is no IBAN") << patched(2, 6, "BE69539007547034") << u"1"_s << 2;
        QTest::newRow("account structure 7") << patched(2, 2, "7") << u"1"_s << 2;
        QTest::newRow("unknown currency") << patched(2, 40, "XYZ") << u"1"_s << 2;
        QTest::newRow("new balance of another account") << patched(18, 5, "BE87735022233394") << u"8"_s << 18;
        QTest::newRow("CODA version 1") << patched(1, 128, "1") << u"0"_s << 1;
        // The standard counts records 1, 2.x, 3.x and 8 (17 here); the reader also accepts the count
        // with the free messages (4), as some banks make it (18 here), and nothing else.
        QTest::newRow("trailer count one too few") << patched(20, 17, "000016") << u"9"_s << 20;
        QTest::newRow("trailer count two too many") << patched(20, 17, "000019") << u"9"_s << 20;
        QTest::newRow("trailer count of letters") << patched(20, 17, "0000XX") << u"9"_s << 20;
        QTest::newRow("trailer credit total one cent off")
            << patched(20, 38, "000000000549990") << u"9"_s << 20;
        QTest::newRow("trailer debit total one cent off")
            << patched(20, 23, "000000000125680") << u"9"_s << 20;
        QTest::newRow("no old balance") << withoutLine(2) << u"2.1"_s << 2;
        QTest::newRow("a movement record missing") << withoutLine(6) << u"2.2"_s << 6;
        QTest::newRow("an information record missing") << [] {
            QList<QByteArray> lines = records();
            lines.removeAt(18); // the free message, which would make up for it in the count
            lines.removeAt(8);
            return joined(lines);
        }() << u"9"_s << 18;
        QTest::newRow("no new balance") << withoutLine(18) << u"9"_s << 19;
        QTest::newRow("record type 7") << patched(19, 1, "7") << u"7"_s << 19;
        QTest::newRow("movement article 4") << patched(3, 2, "4") << u"2.4"_s << 3;
        QTest::newRow("2.2 of another movement") << patched(4, 3, "0002") << u"2.2"_s << 4;
        QTest::newRow("information record 3.2 on its own") << patched(9, 2, "2") << u"3.2"_s << 9;
        QTest::newRow("detail of a movement not there") << patched(11, 3, "0009") << u"2.1"_s << 11;
        QTest::newRow("movement after the new balance") << [] {
            QList<QByteArray> lines = records();
            lines.move(16, 17); // the last detail after record 8
            return joined(lines);
        }() << u"2.1"_s << 18;

        QList<QByteArray> lines = records();
        QTest::newRow("truncated: no trailer") << joined(lines.mid(0, 19)) << u"9"_s << 19;
        QTest::newRow("truncated in the movements") << joined(lines.mid(0, 12)) << u"9"_s << 12;
        QTest::newRow("header before the trailer") << joined(lines.mid(0, 19) + lines) << u"0"_s << 20;
        QTest::newRow("starts with a movement") << joined(lines.mid(2)) << u"2.1"_s << 1;
        QTest::newRow("garbage") << QByteArray("hello, this is not a bank statement\n") << u"record"_s << 1;
        QTest::newRow("binary") << QByteArray("\x00\x01\xFF\xFE\x80garbage\x00", 13) << u"record"_s << 1;
        QTest::newRow("128 spaces") << QByteArray(128, ' ') << u"record"_s << 1;
    }

    void refused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, field);
        QFETCH(int, line);
        const auto result = CodaReader::read(content);
        QVERIFY2(!result, "a broken file was accepted");
        QCOMPARE(result.error().code, ErrorCode::Validation);
        QCOMPARE(result.error().field, field);
        const QRegularExpression namesLine(u"\\bline %1\\b"_s.arg(line),
                                           QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(namesLine.match(result.error().message).hasMatch(), qPrintable(result.error().message));
    }

    void trailerMayCountTheFreeMessages() { KASBOEK_VERIFY_OK(CodaReader::read(patched(20, 17, "000018"))); }

    void emptyFileHoldsNoStatement()
    {
        for (const QByteArray& content : { QByteArray(), QByteArray("\r\n\n") }) {
            const auto result = CodaReader::read(content);
            KASBOEK_VERIFY_ERROR(result, ErrorCode::Validation);
            QCOMPARE(result.error().field, u"0"_s);
            QVERIFY(!result.error().message.isEmpty());
        }
    }

    void tooLargeFileIsRefusedUnread()
    {
        // One byte over the cap, and every byte a valid record would have: refused for its size.
        QByteArray content = joined(records());
        content = content.repeated(BankText::maxFileBytes / content.size() + 1);
        QVERIFY(content.size() > BankText::maxFileBytes);
        const auto result = CodaReader::read(content);
        KASBOEK_VERIFY_ERROR(result, ErrorCode::Validation);
        QCOMPARE(result.error().field, u"file"_s);
        QVERIFY(result.error().message.contains(u"64 MiB"_s));
    }
};

QTEST_GUILESS_MAIN(TestCodaReaderHostile)
#include "TestCodaReaderHostile.moc"
