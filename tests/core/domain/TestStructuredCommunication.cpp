#include "IdentifierTestSupport.h"
#include "domain/StructuredCommunication.h"

#include <QTest>
#include <stdexcept>

using namespace Qt::StringLiterals;
using kasboek::domain::StructuredCommunication;

class TestStructuredCommunication final : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
    void fromBase_data();
    void fromBase();
    void fromBaseRefusesMoreThanTenDigits();
};

void TestStructuredCommunication::accepts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QString>("formatted");
    // 1234567890 mod 97 = 2 (docs: standards NOTES section 1).
    QTest::newRow("plus signs") << u"+++123/4567/89002+++"_s << u"123456789002"_s
                                << u"+++123/4567/89002+++"_s;
    QTest::newRow("asterisks") << u"***123/4567/89002***"_s << u"123456789002"_s << u"+++123/4567/89002+++"_s;
    QTest::newRow("bare digits") << u"123456789002"_s << u"123456789002"_s << u"+++123/4567/89002+++"_s;
    QTest::newRow("slashes only") << u"123/4567/89002"_s << u"123456789002"_s << u"+++123/4567/89002+++"_s;
    QTest::newRow("spaces") << u" +++ 123 / 4567 / 89002 +++ "_s << u"123456789002"_s
                            << u"+++123/4567/89002+++"_s;
    // 9700000000 mod 97 = 0: the check is 97.
    QTest::newRow("check 97") << u"+++970/0000/00097+++"_s << u"970000000097"_s << u"+++970/0000/00097+++"_s;
    QTest::newRow("all zero base") << u"000000000097"_s << u"000000000097"_s << u"+++000/0000/00097+++"_s;
}

void TestStructuredCommunication::accepts()
{
    QFETCH(QString, input);
    QFETCH(QString, digits);
    QFETCH(QString, formatted);
    const auto parsed = StructuredCommunication::parse(input);
    KASBOEK_VERIFY_OK(parsed);
    QCOMPARE(parsed->digits(), digits);
    QCOMPARE(parsed->toString(), digits);
    QCOMPARE(parsed->formatted(), formatted);
    QVERIFY(StructuredCommunication::isValid(input));
}

void TestStructuredCommunication::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("decoration only") << u"+++/ /+++"_s << u"empty"_s;
    QTest::newRow("last digit changed") << u"+++123/4567/89003+++"_s << u"checksum"_s;
    QTest::newRow("two digits swapped") << u"+++213/4567/89002+++"_s << u"checksum"_s;
    QTest::newRow("check digits swapped") << u"+++123/4567/89020+++"_s << u"checksum"_s;
    QTest::newRow("check 00 instead of 97") << u"+++970/0000/00000+++"_s << u"checksum"_s;
    QTest::newRow("11 digits") << u"+++123/4567/8900+++"_s << u"length"_s;
    QTest::newRow("13 digits") << u"+++123/4567/890021+++"_s << u"length"_s;
    QTest::newRow("letter") << u"+++123/4567/8900A+++"_s << u"character"_s;
    QTest::newRow("Arabic-Indic digit") << u"+++123/4567/8900\u0662+++"_s << u"character"_s;
    QTest::newRow("hash signs") << u"###123/4567/89002###"_s << u"character"_s;
}

void TestStructuredCommunication::rejects()
{
    QFETCH(QString, input);
    QFETCH(QString, reason);
    const auto result = StructuredCommunication::parse(input);
    KASBOEK_VERIFY_ERROR(result, kasboek::ErrorCode::Validation);
    QCOMPARE(result.error().detail, reason);
    QVERIFY(result.error().field.isEmpty());
    QVERIFY(!StructuredCommunication::isValid(input));
}

void TestStructuredCommunication::fromBase_data()
{
    QTest::addColumn<quint64>("base");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("1234567890") << quint64(1234567890) << u"+++123/4567/89002+++"_s;
    QTest::newRow("9700000000, remainder 0") << quint64(9700000000) << u"+++970/0000/00097+++"_s;
    QTest::newRow("0") << quint64(0) << u"+++000/0000/00097+++"_s;
    QTest::newRow("1, leading zeros") << quint64(1) << u"+++000/0000/00101+++"_s;
    QTest::newRow("96") << quint64(96) << u"+++000/0000/09696+++"_s;
    QTest::newRow("largest base") << quint64(9999999999) << u"+++999/9999/99948+++"_s;
}

void TestStructuredCommunication::fromBase()
{
    QFETCH(quint64, base);
    QFETCH(QString, formatted);
    const StructuredCommunication generated = StructuredCommunication::fromBase(base);
    QCOMPARE(generated.formatted(), formatted);
    QCOMPARE(generated.base(), base);
    // What Kasboek prints must parse back as the same communication.
    const auto parsed = StructuredCommunication::parse(formatted);
    KASBOEK_VERIFY_OK(parsed);
    QCOMPARE(*parsed, generated);
}

void TestStructuredCommunication::fromBaseRefusesMoreThanTenDigits()
{
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, (void)StructuredCommunication::fromBase(10000000000ULL));
}

QTEST_GUILESS_MAIN(TestStructuredCommunication)
#include "TestStructuredCommunication.moc"
