// Mt940Reader on broken and hostile files: each is refused as a whole with ErrorCode::Validation,
// a message naming the line, and the tag in Error::field (the missing one when a field is
// missing). Most cases break tests/data/bank/mt940/ing.sta in one place.
#include "TestSupport.h"
#include "exchange/bank/mt940/Mt940Reader.h"
#include "exchange/bank/text/BankText.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kasboek;
using namespace kasboek::exchange::bank;

namespace {

QByteArray readData(const QString& name)
{
    QFile file(kasboek::test::dataDir() + u"/bank/mt940/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(name));
    return file.readAll();
}

// With CRLF line ends, whatever a checkout made of them: the cases below are written so.
QByteArray withCrLf(QByteArray content)
{
    return content.replace("\r\n", "\n").replace("\n", "\r\n");
}

QByteArray ing()
{
    return withCrLf(readData(u"ing.sta"_s));
}

QByteArray replaced(QByteArray content, const QByteArray& before, const QByteArray& after)
{
    if (!content.contains(before))
        qFatal("test data lacks %s", before.constData());
    return content.replace(before, after);
}

// ing.sta's first `count` lines.
QByteArray firstLines(int count)
{
    const QList<QByteArray> lines = ing().split('\n');
    return lines.mid(0, count).join('\n') + '\n';
}

} // namespace

class TestMt940ReaderHostile final : public QObject
{
    Q_OBJECT

private slots:
    void theBaseFileIsAccepted() { KASBOEK_VERIFY_OK(Mt940Reader::read(ing())); }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("line");

        QTest::newRow("no :25:") << replaced(ing(), ":25:NL20INGB0001234567EUR\r\n", "") << u":25:"_s << 2;
        QTest::newRow("no :60F: before a movement")
            << replaced(ing(), ":60F:C250102EUR1000,00\r\n", "") << u":60F:"_s << 5;
        QTest::newRow("no :60F: at all")
            << QByteArray(":20:X\n:25:NL20INGB0001234567\n:62F:C250103EUR1,00\n") << u":60F:"_s << 1;
        QTest::newRow("no :62F: (truncated)") << firstLines(15) << u":62F:"_s << 2;
        QTest::newRow("no :62F: before the end of the message")
            << replaced(ing(), ":62F:C250103EUR1303,33\r\n", "-}\r\n:62F:C250103EUR1303,33\r\n") << u":62F:"_s
            << 20;
        QTest::newRow("no :62M: before the next statement")
            << replaced(withCrLf(readData(u"multi.sta"_s)), ":62M:C250106EUR15,00\r\n-}\r\n", "")
            << u":62F:"_s << 9;
        QTest::newRow("account that is no IBAN")
            << replaced(ing(), "NL20INGB0001234567EUR", "123456789") << u":25:"_s << 3;
        QTest::newRow("IBAN with a wrong check")
            << replaced(ing(), "NL20INGB0001234567EUR", "NL21INGB0001234567") << u":25:"_s << 3;
        QTest::newRow("amount with a point")
            << replaced(ing(), "C250,00NTRF", "C250.00NTRF") << u":61:"_s << 6;
        QTest::newRow("amount without digits") << replaced(ing(), "C250,00NTRF", "C,NTRF") << u":61:"_s << 6;
        QTest::newRow("three decimals in EUR")
            << replaced(ing(), "D45,67NDDT", "D45,675NDDT") << u":61:"_s << 11;
        QTest::newRow("amount of 17 characters")
            << replaced(ing(), "C99,00NTRF", "C1234567890123,00NTRF") << u":61:"_s << 16;
        QTest::newRow("value date in month 13")
            << replaced(ing(), ":61:2501030103C250", ":61:2513030103C250") << u":61:"_s << 6;
        QTest::newRow("entry date 30 February")
            << replaced(ing(), ":61:2501030103C250", ":61:2501030230C250") << u":61:"_s << 6;
        QTest::newRow("mark X") << replaced(ing(), "2501030103C250,00", "2501030103X250,00") << u":61:"_s
                                << 6;
        QTest::newRow("transaction type X")
            << replaced(ing(), "C250,00NTRF", "C250,00XTRF") << u":61:"_s << 6;
        QTest::newRow("no transaction type")
            << replaced(ing(), "C99,00NTRFEREF//00000000001236", "C99,00") << u":61:"_s << 16;
        QTest::newRow("empty :61:") << replaced(ing(), ":61:2501030103C99,00NTRFEREF//00000000001236", ":61:")
                                    << u":61:"_s << 16;
        QTest::newRow("opening mark X") << replaced(ing(), ":60F:C250102", ":60F:X250102") << u":60F:"_s << 5;
        QTest::newRow("opening date 2025-13-02")
            << replaced(ing(), ":60F:C250102", ":60F:C251302") << u":60F:"_s << 5;
        QTest::newRow("unknown currency") << replaced(ing(), "EUR1000,00", "XXX1000,00") << u":60F:"_s << 5;
        QTest::newRow("balance cut short")
            << replaced(ing(), ":60F:C250102EUR1000,00", ":60F:C2501") << u":60F:"_s << 5;
        QTest::newRow("closing balance in another currency")
            << replaced(ing(), ":62F:C250103EUR1303,33", ":62F:C250103USD1303,33") << u":62F:"_s << 20;
        QTest::newRow("second opening balance") << replaced(
            ing(), ":60F:C250102EUR1000,00\r\n", ":60F:C250102EUR1000,00\r\n:60M:C250102EUR1000,00\r\n")
                                                << u":60M:"_s << 6;
        QTest::newRow("field before the :20:")
            << QByteArray(":25:NL20INGB0001234567\n") + ing() << u":25:"_s << 1;
        QTest::newRow("movement after the closing balance") << ing() + ":61:250103C1,00NTRF\r\n"
                                                            << u":61:"_s << 25;
        QTest::newRow("garbage") << QByteArray("Dear customer,\nhere is your statement.\n") << u":20:"_s << 1;
        QTest::newRow("binary") << QByteArray("\x00\x01\xFF\xFE\x80garbage\x00", 13) << u":20:"_s << 1;
    }

    void refused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, field);
        QFETCH(int, line);
        const auto result = Mt940Reader::read(content);
        QVERIFY2(!result, "a broken file was accepted");
        QCOMPARE(result.error().code, ErrorCode::Validation);
        QCOMPARE(result.error().field, field);
        const QRegularExpression namesLine(u"\\bline %1\\b"_s.arg(line),
                                           QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(namesLine.match(result.error().message).hasMatch(), qPrintable(result.error().message));
    }

    void emptyFileHoldsNoStatement()
    {
        for (const QByteArray& content : { QByteArray(), QByteArray("\r\n\n  \n") }) {
            const auto result = Mt940Reader::read(content);
            KASBOEK_VERIFY_ERROR(result, ErrorCode::Validation);
            QCOMPARE(result.error().field, u":20:"_s);
            QVERIFY(!result.error().message.isEmpty());
        }
    }

    void tooLargeFileIsRefusedUnread()
    {
        QByteArray content = ing();
        content = content.repeated(BankText::maxFileBytes / content.size() + 1);
        QVERIFY(content.size() > BankText::maxFileBytes);
        const auto result = Mt940Reader::read(content);
        KASBOEK_VERIFY_ERROR(result, ErrorCode::Validation);
        QCOMPARE(result.error().field, u"file"_s);
        QVERIFY(result.error().message.contains(u"64 MiB"_s));
    }
};

QTEST_GUILESS_MAIN(TestMt940ReaderHostile)
#include "TestMt940ReaderHostile.moc"
