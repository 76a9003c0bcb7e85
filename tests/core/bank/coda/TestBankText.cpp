// BankText and BankDate: the decoding and line splitting the CODA and MT940 readers share.
#include "TestSupport.h"
#include "exchange/bank/text/BankAccountText.h"
#include "exchange/bank/text/BankDate.h"
#include "exchange/bank/text/BankText.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kasboek::exchange::bank;

class TestBankText final : public QObject
{
    Q_OBJECT

private slots:
    void validUtf8IsReadAsUtf8() { QCOMPARE(BankText::decode("Caf\xC3\xA9 Zo\xC3\xAB"), u"Café Zoë"_s); }

    void anythingElseIsWindows1252()
    {
        // 0xE9 alone is no UTF-8; in Windows-1252 it is é, 0x80 is the euro sign, 0x93/0x94 quotes.
        QCOMPARE(BankText::decode("Caf\xE9 \x80 \x93x\x94"), u"Café € “x”"_s);
        // The five bytes Windows-1252 leaves undefined keep their Latin-1 code points.
        QCOMPARE(BankText::decode("\x81\x8D\x8F\x90\x9D\xE9"), u"\u0081\u008D\u008F\u0090\u009D\u00E9"_s);
    }

    void byteOrderMarkIsDropped()
    {
        QCOMPARE(BankText::decode("\xEF\xBB\xBF"
                                  "abc"),
                 u"abc"_s);
    }

    void linesSplitAtEveryKindOfLineEnd()
    {
        const QString text = u"a\r\nb\nc\rd\n\ne\n"_s;
        const auto lines = BankText::lines(text);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines[0], u"a");
        QCOMPARE(lines[1], u"b");
        QCOMPARE(lines[2], u"c");
        QCOMPARE(lines[3], u"d");
        QCOMPARE(lines[4], u"");
        QCOMPARE(lines[5], u"e");
        QCOMPARE(BankText::lines(u"x"_s).size(), 1);
        QVERIFY(BankText::lines(QString()).isEmpty());
    }

    void twoDigitYears()
    {
        QCOMPARE(BankDate::fromDdMmYy(u"290224"), QDate(2024, 2, 29));
        QCOMPARE(BankDate::fromYyMmDd(u"991231"), QDate(1999, 12, 31));
        QVERIFY(!BankDate::fromDdMmYy(u"290223")); // 2023 is no leap year
        QVERIFY(!BankDate::fromYyMmDd(u"2501x1"));
        QVERIFY(!BankDate::fromYyMmDd(u"25011"));
        QVERIFY(!BankDate::fromYyMmDd(u"250132"));
    }

    void accounts()
    {
        QCOMPARE(BankAccountText::iban(u"be68 5390 0754 7034"), u"BE68539007547034"_s);
        QCOMPARE(BankAccountText::iban(u"BE69539007547034"), QString());
        QCOMPARE(BankAccountText::counterparty(u" 0390123456 "), u"0390123456"_s);
    }
};

QTEST_GUILESS_MAIN(TestBankText)
#include "TestBankText.moc"
