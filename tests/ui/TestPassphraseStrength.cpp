#include "storage/CompanyFile.h"
#include "widgets/PassphraseStrength.h"

#include <QtTest>

using kasboek::ui::PassphraseStrength;
using Level = PassphraseStrength::Level;

class TestPassphraseStrength : public QObject
{
    Q_OBJECT
private slots:
    void levels_data();
    void levels();
    void lengthCountsCharactersNotBytes();
    void moreVarietyNeverScoresLower();
};

void TestPassphraseStrength::levels_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<Level>("level");
    QTest::newRow("empty") << QString() << Level::Empty;
    QTest::newRow("seven") << QStringLiteral("abcdefg") << Level::TooShort;
    QTest::newRow("eight lower") << QStringLiteral("qzmrtkvw") << Level::Weak;
    QTest::newRow("repeated") << QStringLiteral("aaaaaaaaaaaaaaaaaaaa") << Level::Weak;
    QTest::newRow("sequence") << QStringLiteral("1234567890123") << Level::Weak;
    QTest::newRow("mixed ten") << QStringLiteral("k7Rq2mZp4x") << Level::Fair;
    QTest::newRow("mixed symbols twelve") << QStringLiteral("k7R#q2mZ!p4x") << Level::Good;
    QTest::newRow("four words") << QStringLiteral("correct horse battery staple") << Level::Strong;
}

void TestPassphraseStrength::levels()
{
    QFETCH(QString, passphrase);
    QFETCH(Level, level);
    const PassphraseStrength strength = PassphraseStrength::estimate(passphrase);
    QCOMPARE(strength.level(), level);
    QVERIFY(strength.score() >= 0 && strength.score() <= PassphraseStrength::maximumScore());
    QCOMPARE(PassphraseStrength::describe(level).isEmpty(), level == Level::Empty);
}

void TestPassphraseStrength::lengthCountsCharactersNotBytes()
{
    // Seven characters in 14+ bytes of UTF-8 are still too short.
    const QString accented = QStringLiteral("éèêëàâä");
    QCOMPARE(PassphraseStrength::estimate(accented).length(), 7);
    QCOMPARE(PassphraseStrength::estimate(accented).level(), Level::TooShort);
    const QString emoji = QString::fromUtf8("\xF0\x9F\x94\x92\xF0\x9F\x93\x92"); // two astral characters
    QCOMPARE(PassphraseStrength::estimate(emoji).length(), 2);
    QCOMPARE(qsizetype(kasboek::storage::CompanyFile::minimumPassphraseLength), qsizetype(8));
}

void TestPassphraseStrength::moreVarietyNeverScoresLower()
{
    const double lower = PassphraseStrength::estimate(u"qzmrtkvwhn").bits();
    const double mixed = PassphraseStrength::estimate(u"qzmRtkvWhn").bits();
    const double withDigits = PassphraseStrength::estimate(u"qzmRtk4Whn").bits();
    QVERIFY(lower < mixed);
    QVERIFY(mixed < withDigits);
    QVERIFY(PassphraseStrength::estimate(u"qzmrtkvwhnq").bits() > lower);
}

QTEST_GUILESS_MAIN(TestPassphraseStrength)
#include "TestPassphraseStrength.moc"
