#include "TestSupport.h"
#include "storage/repositories/NumberPattern.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kasboek;
using storage::NumberPattern;

class TestNumberPattern final : public QObject
{
    Q_OBJECT

private slots:
    void formats_data();
    void formats();
    void restartsWithTheShownPeriod_data();
    void restartsWithTheShownPeriod();
    void refusesWithTheReason_data();
    void refusesWithTheReason();
};

void TestNumberPattern::formats_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<qint64>("sequence");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("number");
    const QDate march(2026, 3, 7);
    QTest::newRow("year and padded sequence") << u"{year}-{seq:4}"_s << qint64(42) << march << u"2026-0042"_s;
    QTest::newRow("prefix") << u"INV{year}/{seq:5}"_s << qint64(1) << march << u"INV2026/00001"_s;
    QTest::newRow("short year and month")
        << u"F{yy}{month}-{seq:3}"_s << qint64(7) << march << u"F2603-007"_s;
    QTest::newRow("unpadded") << u"{seq}"_s << qint64(1234) << march << u"1234"_s;
    QTest::newRow("wider than the padding")
        << u"{year}-{seq:2}"_s << qint64(12345) << march << u"2026-12345"_s;
    QTest::newRow("year 2000: yy keeps its zero")
        << u"{yy}.{seq:1}"_s << qint64(3) << QDate(2000, 1, 1) << u"00.3"_s;
    QTest::newRow("literal characters")
        << u"A_b-9/#.{seq:9}"_s << qint64(5) << march << u"A_b-9/#.000000005"_s;
    QTest::newRow("December") << u"{year}{month}{seq:2}"_s << qint64(9) << QDate(2026, 12, 31)
                              << u"20261209"_s;
}

void TestNumberPattern::formats()
{
    QFETCH(QString, pattern);
    QFETCH(qint64, sequence);
    QFETCH(QDate, date);
    QFETCH(QString, number);
    const auto parsed = NumberPattern::parse(pattern);
    KASBOEK_VERIFY_OK(parsed);
    QCOMPARE(parsed->format(sequence, date), number);
    QCOMPARE(parsed->text(), pattern);
}

void TestNumberPattern::restartsWithTheShownPeriod_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("restart");
    QTest::addColumn<QString>("period");
    QTest::newRow("never") << u"INV-{seq:6}"_s << int(NumberPattern::Restart::Never) << u"all"_s;
    QTest::newRow("year") << u"{year}-{seq:4}"_s << int(NumberPattern::Restart::Yearly) << u"2026"_s;
    QTest::newRow("short year") << u"{yy}-{seq}"_s << int(NumberPattern::Restart::Yearly) << u"2026"_s;
    QTest::newRow("month") << u"{year}{month}-{seq}"_s << int(NumberPattern::Restart::Monthly)
                           << u"2026-03"_s;
}

void TestNumberPattern::restartsWithTheShownPeriod()
{
    QFETCH(QString, pattern);
    QFETCH(int, restart);
    QFETCH(QString, period);
    const auto parsed = NumberPattern::parse(pattern);
    KASBOEK_VERIFY_OK(parsed);
    QCOMPARE(int(parsed->restart()), restart);
    QCOMPARE(parsed->period(QDate(2026, 3, 7)), period);
}

void TestNumberPattern::refusesWithTheReason_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("blank") << u"   "_s << u"empty"_s;
    QTest::newRow("too long") << (QString(40, u'A') + u"{seq}"_s) << u"length"_s;
    QTest::newRow("space") << u"{year} {seq}"_s << u"character"_s;
    QTest::newRow("accent") << u"Fé{seq}"_s << u"character"_s;
    QTest::newRow("unclosed") << u"{year-{seq}"_s << u"unclosed"_s;
    QTest::newRow("never closed") << u"{seq"_s << u"unclosed"_s;
    QTest::newRow("stray close") << u"{seq}}"_s << u"unclosed"_s;
    QTest::newRow("unknown token") << u"{day}-{seq}"_s << u"unknown-token"_s;
    QTest::newRow("upper case token") << u"{YEAR}-{seq}"_s << u"unknown-token"_s;
    QTest::newRow("width zero") << u"{seq:0}"_s << u"width"_s;
    QTest::newRow("width ten") << u"{seq:10}"_s << u"width"_s;
    QTest::newRow("width letter") << u"{seq:x}"_s << u"width"_s;
    QTest::newRow("no sequence") << u"{year}-0001"_s << u"no-sequence"_s;
    QTest::newRow("two sequences") << u"{seq}-{seq:2}"_s << u"two-sequences"_s;
    QTest::newRow("month without year") << u"{month}-{seq}"_s << u"month-without-year"_s;
}

void TestNumberPattern::refusesWithTheReason()
{
    QFETCH(QString, pattern);
    QFETCH(QString, reason);
    const auto parsed = NumberPattern::parse(pattern);
    KASBOEK_VERIFY_ERROR(parsed, ErrorCode::Validation);
    QCOMPARE(parsed.error().field, u"pattern"_s);
    QCOMPARE(parsed.error().detail, reason);
    QVERIFY(!parsed.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestNumberPattern)
#include "TestNumberPattern.moc"
