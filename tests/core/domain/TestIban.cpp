#include "IdentifierTestSupport.h"
#include "domain/Iban.h"
#include "domain/IbanRegistry.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using kasboek::ErrorCode;
using kasboek::domain::Iban;
using kasboek::domain::IbanRegistry;

class TestIban final : public QObject
{
    Q_OBJECT

private slots:
    void registryExamples_data();
    void registryExamples();
    void everyTableCountryHasAnExample();
    void registryExamplesMutated_data() { registryExamples_data(); }
    void registryExamplesMutated();
    void handMutations_data();
    void handMutations();
    void wrongCharacterKindWithCorrectCheckDigits_data();
    void wrongCharacterKindWithCorrectCheckDigits();
    void belgianNationalCheck();
    void checkDigitsOutsideTheirRange();
    void normalisesWhatPeopleType_data();
    void normalisesWhatPeopleType();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void formatted_data();
    void formatted();
    void accessorsAndEquality();
};

// The "IBAN electronic format example" of every country in the SWIFT IBAN Registry, release
// 102, and whether the country is in SEPA (registry column, plus AL, MD, ME, MK, RS admitted by
// the EPC in 2024-2025).
void TestIban::registryExamples_data()
{
    QTest::addColumn<QString>("iban");
    QTest::addColumn<bool>("sepa");
    QTest::newRow("AD") << u"AD1200012030200359100100"_s << true;
    QTest::newRow("AE") << u"AE070331234567890123456"_s << false;
    QTest::newRow("AL") << u"AL47212110090000000235698741"_s << true;
    QTest::newRow("AT") << u"AT611904300234573201"_s << true;
    QTest::newRow("AZ") << u"AZ21NABZ00000000137010001944"_s << false;
    QTest::newRow("BA") << u"BA391290079401028494"_s << false;
    QTest::newRow("BE") << u"BE68539007547034"_s << true;
    QTest::newRow("BG") << u"BG80BNBG96611020345678"_s << true;
    QTest::newRow("BH") << u"BH67BMAG00001299123456"_s << false;
    QTest::newRow("BI") << u"BI4210000100010000332045181"_s << false;
    QTest::newRow("BR") << u"BR1800360305000010009795493C1"_s << false;
    QTest::newRow("BY") << u"BY13NBRB3600900000002Z00AB00"_s << false;
    QTest::newRow("CH") << u"CH9300762011623852957"_s << true;
    QTest::newRow("CR") << u"CR05015202001026284066"_s << false;
    QTest::newRow("CY") << u"CY17002001280000001200527600"_s << true;
    QTest::newRow("CZ") << u"CZ6508000000192000145399"_s << true;
    QTest::newRow("DE") << u"DE89370400440532013000"_s << true;
    QTest::newRow("DJ") << u"DJ2100010000000154000100186"_s << false;
    QTest::newRow("DK") << u"DK5000400440116243"_s << true;
    QTest::newRow("DO") << u"DO28BAGR00000001212453611324"_s << false;
    QTest::newRow("EE") << u"EE382200221020145685"_s << true;
    QTest::newRow("EG") << u"EG380019000500000000263180002"_s << false;
    QTest::newRow("ES") << u"ES9121000418450200051332"_s << true;
    QTest::newRow("FI") << u"FI2112345600000785"_s << true;
    QTest::newRow("FK") << u"FK88SC123456789012"_s << false;
    QTest::newRow("FO") << u"FO6264600001631634"_s << false;
    QTest::newRow("FR") << u"FR1420041010050500013M02606"_s << true;
    QTest::newRow("GB") << u"GB29NWBK60161331926819"_s << true;
    QTest::newRow("GE") << u"GE29NB0000000101904917"_s << false;
    QTest::newRow("GI") << u"GI75NWBK000000007099453"_s << true;
    QTest::newRow("GL") << u"GL8964710001000206"_s << false;
    QTest::newRow("GR") << u"GR1601101250000000012300695"_s << true;
    QTest::newRow("GT") << u"GT82TRAJ01020000001210029690"_s << false;
    QTest::newRow("HN") << u"HN88CABF00000000000250005469"_s << false;
    QTest::newRow("HR") << u"HR1210010051863000160"_s << true;
    QTest::newRow("HU") << u"HU42117730161111101800000000"_s << true;
    QTest::newRow("IE") << u"IE29AIBK93115212345678"_s << true;
    QTest::newRow("IL") << u"IL620108000000099999999"_s << false;
    QTest::newRow("IQ") << u"IQ98NBIQ850123456789012"_s << false;
    QTest::newRow("IS") << u"IS140159260076545510730339"_s << true;
    QTest::newRow("IT") << u"IT60X0542811101000000123456"_s << true;
    QTest::newRow("JO") << u"JO94CBJO0010000000000131000302"_s << false;
    QTest::newRow("KW") << u"KW81CBKU0000000000001234560101"_s << false;
    QTest::newRow("KZ") << u"KZ86125KZT5004100100"_s << false;
    QTest::newRow("LB") << u"LB62099900000001001901229114"_s << false;
    QTest::newRow("LC") << u"LC55HEMM000100010012001200023015"_s << false;
    QTest::newRow("LI") << u"LI21088100002324013AA"_s << true;
    QTest::newRow("LT") << u"LT121000011101001000"_s << true;
    QTest::newRow("LU") << u"LU280019400644750000"_s << true;
    QTest::newRow("LV") << u"LV80BANK0000435195001"_s << true;
    QTest::newRow("LY") << u"LY83002048000020100120361"_s << false;
    QTest::newRow("MC") << u"MC5811222000010123456789030"_s << true;
    QTest::newRow("MD") << u"MD24AG000225100013104168"_s << true;
    QTest::newRow("ME") << u"ME25505000012345678951"_s << true;
    QTest::newRow("MK") << u"MK07250120000058984"_s << true;
    QTest::newRow("MN") << u"MN121234123456789123"_s << false;
    QTest::newRow("MR") << u"MR1300020001010000123456753"_s << false;
    QTest::newRow("MT") << u"MT84MALT011000012345MTLCAST001S"_s << true;
    QTest::newRow("MU") << u"MU17BOMM0101101030300200000MUR"_s << false;
    QTest::newRow("NI") << u"NI45BAPR00000013000003558124"_s << false;
    QTest::newRow("NL") << u"NL91ABNA0417164300"_s << true;
    QTest::newRow("NO") << u"NO9386011117947"_s << true;
    QTest::newRow("OM") << u"OM810180000001299123456"_s << false;
    QTest::newRow("PK") << u"PK36SCBL0000001123456702"_s << false;
    QTest::newRow("PL") << u"PL61109010140000071219812874"_s << true;
    QTest::newRow("PS") << u"PS92PALS000000000400123456702"_s << false;
    QTest::newRow("PT") << u"PT50000201231234567890154"_s << true;
    QTest::newRow("QA") << u"QA58DOHB00001234567890ABCDEFG"_s << false;
    QTest::newRow("RO") << u"RO49AAAA1B31007593840000"_s << true;
    QTest::newRow("RS") << u"RS35260005601001611379"_s << true;
    QTest::newRow("RU") << u"RU0304452522540817810538091310419"_s << false;
    QTest::newRow("SA") << u"SA0380000000608010167519"_s << false;
    QTest::newRow("SC") << u"SC18SSCB11010000000000001497USD"_s << false;
    QTest::newRow("SD") << u"SD2129010501234001"_s << false;
    QTest::newRow("SE") << u"SE4550000000058398257466"_s << true;
    QTest::newRow("SI") << u"SI56263300012039086"_s << true;
    QTest::newRow("SK") << u"SK3112000000198742637541"_s << true;
    QTest::newRow("SM") << u"SM86U0322509800000000270100"_s << true;
    QTest::newRow("SO") << u"SO211000001001000100141"_s << false;
    QTest::newRow("ST") << u"ST23000100010051845310146"_s << false;
    QTest::newRow("SV") << u"SV62CENR00000000000000700025"_s << false;
    QTest::newRow("TL") << u"TL380080012345678910157"_s << false;
    QTest::newRow("TN") << u"TN5910006035183598478831"_s << false;
    QTest::newRow("TR") << u"TR330006100519786457841326"_s << false;
    QTest::newRow("UA") << u"UA213223130000026007233566001"_s << false;
    QTest::newRow("VA") << u"VA59001123000012345678"_s << true;
    QTest::newRow("VG") << u"VG96VPVG0000012345678901"_s << false;
    QTest::newRow("XK") << u"XK051212012345678906"_s << false;
    QTest::newRow("YE") << u"YE15CBYE0001018861234567891234"_s << false;
}

void TestIban::registryExamples()
{
    QFETCH(QString, iban);
    QFETCH(bool, sepa);
    const auto parsed = Iban::parse(iban);
    KASBOEK_VERIFY_OK(parsed);
    QCOMPARE(parsed->toString(), iban);
    QCOMPARE(parsed->countryCode(), iban.left(2));
    QCOMPARE(parsed->isSepa(), sepa);
    QCOMPARE(parsed->formatted().remove(u' '), iban);
    QVERIFY(Iban::isValid(iban));
    // The paper form parses back to the same IBAN.
    const auto reparsed = Iban::parse(parsed->formatted());
    KASBOEK_VERIFY_OK(reparsed);
    QCOMPARE(*reparsed, *parsed);
}

// Every row of the table in the code has an example above, so no country goes untested.
void TestIban::everyTableCountryHasAnExample()
{
    QSet<QString> inTable;
    for (const auto& row : IbanRegistry::countries())
        inTable.insert(QString::fromUtf16(row.country.data(), qsizetype(row.country.size())));
    // The same countries as the rows of registryExamples_data(), by hand.
    const QStringList countries
        = u"AD AE AL AT AZ BA BE BG BH BI BR BY CH CR CY CZ DE DJ DK DO EE EG ES FI FK "
          u"FO FR GB GE GI GL GR GT HN HR HU IE IL IQ IS IT JO KW KZ LB LC LI LT LU LV "
          u"LY MC MD ME MK MN MR MT MU NI NL NO OM PK PL PS PT QA RO RS RU SA SC SD SE "
          u"SI SK SM SO ST SV TL TN TR UA VA VG XK YE"_s.split(u' ');
    const QSet<QString> inTest(countries.cbegin(), countries.cend());
    QCOMPARE(inTest.size(), 89);
    QCOMPARE(inTable, inTest);
}

// Typing errors on every registry example: ISO 7064 MOD 97-10 catches every single changed
// character and every swap of two neighbours, and the length is fixed per country.
void TestIban::registryExamplesMutated()
{
    QFETCH(QString, iban);

    // One digit changed: the last digit of the BBAN, plus one.
    QString changed = iban;
    for (qsizetype i = changed.size() - 1; i >= 4; --i) {
        if (changed[i].isDigit()) {
            changed[i] = QChar(u'0' + (changed[i].unicode() - u'0' + 1) % 10);
            break;
        }
    }
    QVERIFY(changed != iban);
    KASBOEK_VERIFY_REJECTED(Iban::parse(changed), "checksum");
    QVERIFY(!Iban::isValid(changed));

    // Two neighbouring, different characters of the BBAN swapped.
    QString swapped = iban;
    for (qsizetype i = swapped.size() - 2; i >= 4; --i) {
        if (swapped[i] != swapped[i + 1]) {
            std::swap(swapped[i], swapped[i + 1]);
            break;
        }
    }
    QVERIFY(swapped != iban);
    const auto swappedResult = Iban::parse(swapped);
    KASBOEK_VERIFY_ERROR(swappedResult, ErrorCode::Validation);
    // A digit swapped with a letter may break the structure before the checksum is reached.
    QVERIFY2(swappedResult.error().detail == u"checksum" || swappedResult.error().detail == u"structure",
             qPrintable(swappedResult.error().detail));

    // One character missing, one too many.
    KASBOEK_VERIFY_REJECTED(Iban::parse(iban.chopped(1)), "length");
    KASBOEK_VERIFY_REJECTED(Iban::parse(QString(iban + u'0')), "length");
    QVERIFY(!Iban::isValid(iban.chopped(1)));
}

void TestIban::handMutations_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason");
    QTest::newRow("BE digit changed") << u"BE68539007547035"_s << u"checksum"_s;
    QTest::newRow("BE last two swapped") << u"BE68539007547043"_s << u"checksum"_s;
    QTest::newRow("BE check digits swapped") << u"BE86539007547034"_s << u"checksum"_s;
    QTest::newRow("BE one short") << u"BE6853900754703"_s << u"length"_s;
    QTest::newRow("BE one extra") << u"BE685390075470344"_s << u"length"_s;
    QTest::newRow("BE letter O for zero") << u"BE68539007547O34"_s << u"structure"_s;
    QTest::newRow("NL digit changed") << u"NL91ABNA0417164301"_s << u"checksum"_s;
    QTest::newRow("NL two swapped") << u"NL91ABNA0417163400"_s << u"checksum"_s;
    QTest::newRow("NL check digits swapped") << u"NL19ABNA0417164300"_s << u"checksum"_s;
    QTest::newRow("NL one short") << u"NL91ABNA041716430"_s << u"length"_s;
    QTest::newRow("DE digit changed") << u"DE89370400440532013001"_s << u"checksum"_s;
    QTest::newRow("DE two swapped") << u"DE89370400440532031000"_s << u"checksum"_s;
    QTest::newRow("DE one short") << u"DE8937040044053201300"_s << u"length"_s;
    QTest::newRow("FR digit changed") << u"FR1420041010050500013M02607"_s << u"checksum"_s;
    QTest::newRow("FR letter changed") << u"FR1420041010050500013N02606"_s << u"checksum"_s;
    QTest::newRow("FR one short") << u"FR142004101005050013M02606"_s << u"length"_s;
    QTest::newRow("GB two swapped") << u"GB29NWBK60161331926891"_s << u"checksum"_s;
    QTest::newRow("GB digit changed") << u"GB29NWBK60161331926818"_s << u"checksum"_s;
    QTest::newRow("GB one short") << u"GB29NWBK6016133192681"_s << u"length"_s;
    QTest::newRow("CH two swapped") << u"CH9300762011623852975"_s << u"checksum"_s;
    QTest::newRow("NO two swapped") << u"NO9386011117974"_s << u"checksum"_s;
    QTest::newRow("MT letter changed") << u"MT84MALT011000012345MTLCAST001T"_s << u"checksum"_s;
}

void TestIban::handMutations()
{
    QFETCH(QString, input);
    QFETCH(QString, reason);
    const auto result = Iban::parse(input);
    KASBOEK_VERIFY_ERROR(result, ErrorCode::Validation);
    QCOMPARE(result.error().detail, reason);
    QVERIFY(!Iban::isValid(input));
}

// The check digits of these were recomputed (outside Kasboek) so that MOD 97-10 holds: only
// the BBAN structure of the registry can reject them.
void TestIban::wrongCharacterKindWithCorrectCheckDigits_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("NL digit in the bank code") << u"NL52ABN40417164300"_s;
    QTest::newRow("NL letter in the account") << u"NL64ABNA041716430O"_s;
    QTest::newRow("GB digit in the bank code") << u"GB42NWB160161331926819"_s;
    QTest::newRow("DE letter in the account") << u"DE0537040044053201300A"_s;
    QTest::newRow("BE letter in the account") << u"BE3453900754703A"_s;
    QTest::newRow("IT digit for the CIN letter") << u"IT2500542811101000000123456"_s;
}

void TestIban::wrongCharacterKindWithCorrectCheckDigits()
{
    QFETCH(QString, input);
    KASBOEK_VERIFY_REJECTED(Iban::parse(input), "structure");
    QVERIFY(!Iban::isValid(input));
}

void TestIban::belgianNationalCheck()
{
    // BBAN 539007547035: its IBAN check digits (41) are right, but 5390075470 mod 97 = 34, not 35.
    KASBOEK_VERIFY_REJECTED(Iban::parse(u"BE41539007547035"), "national-check");
    QVERIFY(!Iban::isValid(u"BE41539007547035"));
    // The registry example: 5390075470 mod 97 = 34.
    KASBOEK_VERIFY_OK(Iban::parse(u"BE68539007547034"));
    // bpost bank's Red Cross account (the EPC QR example): 0000000016 mod 97 = 16.
    KASBOEK_VERIFY_OK(Iban::parse(u"BE72000000001616"));
}

void TestIban::checkDigitsOutsideTheirRange()
{
    // An older registry example for Brazil has check digits 97. 00 leaves the same MOD 97
    // remainder, but 00 is never a valid pair of check digits.
    KASBOEK_VERIFY_OK(Iban::parse(u"BR9700360305000010009795493P1"));
    KASBOEK_VERIFY_REJECTED(Iban::parse(u"BR0000360305000010009795493P1"), "checksum");
    KASBOEK_VERIFY_REJECTED(Iban::parse(u"BE01539007547034"), "checksum");
    KASBOEK_VERIFY_REJECTED(Iban::parse(u"BE99539007547034"), "checksum");
}

void TestIban::normalisesWhatPeopleType_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("paper form") << u"BE68 5390 0754 7034"_s << u"BE68539007547034"_s;
    QTest::newRow("lower case") << u"be68 5390 0754 7034"_s << u"BE68539007547034"_s;
    QTest::newRow("IBAN prefix") << u"IBAN BE68 5390 0754 7034"_s << u"BE68539007547034"_s;
    QTest::newRow("IBAN: prefix") << u"IBAN: BE68 5390 0754 7034"_s << u"BE68539007547034"_s;
    QTest::newRow("dashes") << u"BE68-5390-0754-7034"_s << u"BE68539007547034"_s;
    QTest::newRow("dots") << u"BE68.5390.0754.7034"_s << u"BE68539007547034"_s;
    QTest::newRow("no-break spaces and tab")
        << u"\tBE68\u00A05390\u00A00754 7034 "_s << u"BE68539007547034"_s;
    QTest::newRow("mixed case letters") << u"nl91AbNa0417164300"_s << u"NL91ABNA0417164300"_s;
    QTest::newRow("odd grouping") << u"GB29 NWBK 601613 31926819"_s << u"GB29NWBK60161331926819"_s;
}

void TestIban::normalisesWhatPeopleType()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto parsed = Iban::parse(input);
    KASBOEK_VERIFY_OK(parsed);
    QCOMPARE(parsed->toString(), expected);
    QVERIFY(Iban::isValid(input));
}

void TestIban::rejectsBadInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("spaces only") << u"    "_s << u"empty"_s;
    QTest::newRow("separators only") << u" - . "_s << u"empty"_s;
    QTest::newRow("Arabic-Indic digit") << u"BE68 5390 0754 703\u0663"_s << u"character"_s;
    QTest::newRow("fullwidth letters") << u"\uFF22\uFF25"
                                          "68539007547034"_s
                                       << u"character"_s;
    QTest::newRow("underscore") << u"BE68_5390_0754_7034"_s << u"character"_s;
    QTest::newRow("emoji") << u"BE68539007547034\U0001F600"_s << u"character"_s;
    QTest::newRow("German sharp s") << u"\u00DFE68539007547034"_s << u"character"_s;
    QTest::newRow("no country") << u"68539007547034"_s << u"country"_s;
    QTest::newRow("one letter") << u"B"_s << u"country"_s;
    QTest::newRow("not a country") << u"XX68539007547034"_s << u"country"_s;
    QTest::newRow("US has no IBAN") << u"US64SVBKUS6S3300958879"_s << u"country"_s;
    QTest::newRow("country only") << u"BE"_s << u"length"_s;
    QTest::newRow("letters for check digits") << u"BEAB539007547034"_s << u"check-digits"_s;
}

void TestIban::rejectsBadInput()
{
    QFETCH(QString, input);
    QFETCH(QString, reason);
    const auto result = Iban::parse(input);
    KASBOEK_VERIFY_ERROR(result, ErrorCode::Validation);
    QCOMPARE(result.error().detail, reason);
    QVERIFY(result.error().field.isEmpty());
    QVERIFY(!Iban::isValid(input));
}

void TestIban::formatted_data()
{
    QTest::addColumn<QString>("iban");
    QTest::addColumn<QString>("expected");
    // The registry's "IBAN print format example" column.
    QTest::newRow("BE") << u"BE68539007547034"_s << u"BE68 5390 0754 7034"_s;
    QTest::newRow("NL") << u"NL91ABNA0417164300"_s << u"NL91 ABNA 0417 1643 00"_s;
    QTest::newRow("DE") << u"DE89370400440532013000"_s << u"DE89 3704 0044 0532 0130 00"_s;
    QTest::newRow("FR") << u"FR1420041010050500013M02606"_s << u"FR14 2004 1010 0505 0001 3M02 606"_s;
    QTest::newRow("GB") << u"GB29NWBK60161331926819"_s << u"GB29 NWBK 6016 1331 9268 19"_s;
    QTest::newRow("MT") << u"MT84MALT011000012345MTLCAST001S"_s
                        << u"MT84 MALT 0110 0001 2345 MTLC AST0 01S"_s;
    QTest::newRow("NO") << u"NO9386011117947"_s << u"NO93 8601 1117 947"_s;
    QTest::newRow("LC") << u"LC55HEMM000100010012001200023015"_s
                        << u"LC55 HEMM 0001 0001 0012 0012 0002 3015"_s;
}

void TestIban::formatted()
{
    QFETCH(QString, iban);
    QFETCH(QString, expected);
    const auto parsed = Iban::parse(iban);
    KASBOEK_VERIFY_OK(parsed);
    QCOMPARE(parsed->formatted(), expected);
}

void TestIban::accessorsAndEquality()
{
    const auto iban = Iban::parse(u"BE68 5390 0754 7034");
    KASBOEK_VERIFY_OK(iban);
    QCOMPARE(iban->countryCode(), u"BE"_s);
    QCOMPARE(iban->checkDigits(), u"68"_s);
    QCOMPARE(iban->bban(), u"539007547034"_s);
    QVERIFY(iban->isSepa());
    KASBOEK_PARSE_OK(same, Iban::parse(u"be68539007547034"));
    KASBOEK_PARSE_OK(other, Iban::parse(u"NL91ABNA0417164300"));
    QCOMPARE(*iban, same);
    QVERIFY(*iban != other);
    const auto brazil = Iban::parse(u"BR1800360305000010009795493C1");
    KASBOEK_VERIFY_OK(brazil);
    QVERIFY(!brazil->isSepa());
}

QTEST_GUILESS_MAIN(TestIban)
#include "TestIban.moc"
