#include "IdentifierTestSupport.h"
#include "domain/KvkNumber.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kasboek::domain::KvkNumber;

class TestKvkNumber final : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
};

void TestKvkNumber::accepts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("compact") << u"69599084"_s << u"69599084"_s;
    QTest::newRow("leading zero kept") << u"01234567"_s << u"01234567"_s;
    QTest::newRow("spaces") << u"6959 9084"_s << u"69599084"_s;
    QTest::newRow("dots") << u"69.59.90.84"_s << u"69599084"_s;
    QTest::newRow("surrounding space") << u" 69599084\t"_s << u"69599084"_s;
    // 1*8 + 2*7 + ... + 8*1 = 120, not a multiple of 11: the elfproef that the KvK dropped
    // would reject it, Kasboek must not.
    QTest::newRow("fails the old elfproef") << u"12345678"_s << u"12345678"_s;
}

void TestKvkNumber::accepts()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto parsed = KvkNumber::parse(input);
    KASBOEK_VERIFY_OK(parsed);
    QCOMPARE(parsed->toString(), expected);
    QVERIFY(KvkNumber::isValid(input));
    KASBOEK_PARSE_OK(compact, KvkNumber::parse(expected));
    QCOMPARE(*parsed, compact);
}

void TestKvkNumber::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("spaces only") << u"  "_s << u"empty"_s;
    QTest::newRow("7 digits") << u"6959908"_s << u"length"_s;
    QTest::newRow("9 digits") << u"695990841"_s << u"length"_s;
    QTest::newRow("12-digit branch number") << u"000012345678"_s << u"length"_s;
    QTest::newRow("letter") << u"6959908A"_s << u"character"_s;
    QTest::newRow("KvK prefix") << u"KvK 69599084"_s << u"character"_s;
    QTest::newRow("Arabic-Indic digits")
        << u"\u0666\u0669\u0665\u0669\u0669\u0660\u0668\u0664"_s << u"character"_s;
    QTest::newRow("slash") << u"6959/9084"_s << u"character"_s;
}

void TestKvkNumber::rejects()
{
    QFETCH(QString, input);
    QFETCH(QString, reason);
    const auto result = KvkNumber::parse(input);
    KASBOEK_VERIFY_ERROR(result, kasboek::ErrorCode::Validation);
    QCOMPARE(result.error().detail, reason);
    QVERIFY(result.error().field.isEmpty());
    QVERIFY(!KvkNumber::isValid(input));
}

QTEST_GUILESS_MAIN(TestKvkNumber)
#include "TestKvkNumber.moc"
