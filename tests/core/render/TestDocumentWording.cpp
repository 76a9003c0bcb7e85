#include "RenderTestSupport.h"
#include "domain/UnitCodes.h"
#include "render/DocumentWording.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using kasboek::domain::DocumentType;
using kasboek::domain::VatCategory;
using kasboek::render::DocumentWording;
namespace sample = kasboek::test::render;

class TestDocumentWording final : public QObject
{
    Q_OBJECT

private slots:
    void titles_data();
    void titles();
    void businessTerms();
    void unitNames_data();
    void unitNames();
    void vatCategoryNames();
    void countries();
    void unknownLanguageIsEnglish();
    void everyLanguageHasEveryUnit();
};

void TestDocumentWording::titles_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected"); // invoice, credit note, quote
    QTest::newRow("nl") << u"nl"_s << QStringList { u"Factuur"_s, u"Creditnota"_s, u"Offerte"_s };
    QTest::newRow("fr") << u"fr"_s << QStringList { u"Facture"_s, u"Note de crédit"_s, u"Devis"_s };
    QTest::newRow("de") << u"de"_s << QStringList { u"Rechnung"_s, u"Rechnungskorrektur"_s, u"Angebot"_s };
    QTest::newRow("en") << u"en"_s << QStringList { u"Invoice"_s, u"Credit note"_s, u"Quote"_s };
}

void TestDocumentWording::titles()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    const DocumentWording& words = DocumentWording::forLanguage(language);
    QCOMPARE(words.title(DocumentType::Invoice), expected.at(0));
    QCOMPARE(words.title(DocumentType::PurchaseInvoice), expected.at(0));
    QCOMPARE(words.title(DocumentType::CreditNote), expected.at(1));
    QCOMPARE(words.title(DocumentType::PurchaseCreditNote), expected.at(1));
    QCOMPARE(words.title(DocumentType::Quote), expected.at(2));
}

void TestDocumentWording::businessTerms()
{
    const DocumentWording& de = DocumentWording::forLanguage(u"de");
    QCOMPARE(de.numberLabel(DocumentType::Invoice), u"Rechnungsnummer"_s);
    QCOMPARE(de.totalInclVat.toString(), u"Gesamtbetrag"_s);
    QCOMPARE(de.dueDate.toString(), u"Zahlbar bis"_s);
    const DocumentWording& fr = DocumentWording::forLanguage(u"fr");
    QCOMPARE(fr.dueDate.toString(), u"Date d'échéance"_s);
    QCOMPARE(fr.structuredCommunication.toString(), u"Communication structurée"_s);
    QCOMPARE(fr.pageOf.toString().arg(1).arg(3), u"Page 1 sur 3"_s);
    const DocumentWording& nl = DocumentWording::forLanguage(u"nl");
    QCOMPARE(nl.dueDate.toString(), u"Vervaldatum"_s);
    QCOMPARE(nl.structuredCommunication.toString(), u"Gestructureerde mededeling"_s);
    QCOMPARE(nl.dateLabel(DocumentType::Invoice), u"Factuurdatum"_s);
    QCOMPARE(nl.draft.toString(), u"CONCEPT"_s);
    QCOMPARE(DocumentWording::forLanguage(u"en").pageOf.toString().arg(2).arg(3), u"Page 2 of 3"_s);
    QCOMPARE(de.draft.toString(), u"ENTWURF"_s);
    QCOMPARE(fr.draft.toString(), u"BROUILLON"_s);
}

void TestDocumentWording::unitNames_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nl one day") << u"nl"_s << u"DAY"_s << u"1"_s << u"dag"_s;
    QTest::newRow("nl days") << u"nl"_s << u"DAY"_s << u"3"_s << u"dagen"_s;
    QTest::newRow("nl hours") << u"nl"_s << u"HUR"_s << u"12.5"_s << u"uur"_s;
    QTest::newRow("fr one and a half hours") << u"fr"_s << u"HUR"_s << u"1.5"_s << u"heure"_s;
    QTest::newRow("fr two hours") << u"fr"_s << u"HUR"_s << u"2"_s << u"heures"_s;
    QTest::newRow("de hours") << u"de"_s << u"HUR"_s << u"0.5"_s << u"Stunden"_s;
    QTest::newRow("en one hour") << u"en"_s << u"HUR"_s << u"1"_s << u"hour"_s;
    QTest::newRow("en pieces") << u"en"_s << u"H87"_s << u"4"_s << u"pcs"_s;
    QTest::newRow("plain count") << u"nl"_s << u"C62"_s << u"4"_s << QString();
    QTest::newRow("unknown code") << u"nl"_s << u"XYZ"_s << u"4"_s << u"XYZ"_s;
}

void TestDocumentWording::unitNames()
{
    QFETCH(QString, language);
    QFETCH(QString, code);
    QFETCH(QString, quantity);
    QFETCH(QString, expected);
    const auto parsed = kasboek::domain::Decimal::parse(quantity);
    KASBOEK_VERIFY_OK(parsed);
    QCOMPARE(DocumentWording::forLanguage(language).unitName(code, *parsed), expected);
}

void TestDocumentWording::vatCategoryNames()
{
    const DocumentWording& nl = DocumentWording::forLanguage(u"nl");
    QCOMPARE(nl.vatCategoryName(VatCategory::ReverseCharge), u"Btw verlegd"_s);
    QCOMPARE(DocumentWording::forLanguage(u"fr").vatCategoryName(VatCategory::ReverseCharge),
             u"Autoliquidation"_s);
    QVERIFY(nl.vatCategoryName(VatCategory::StandardRate).isEmpty());
    for (const VatCategory category :
         { VatCategory::ZeroRated, VatCategory::Exempt, VatCategory::IntraCommunity, VatCategory::Export,
           VatCategory::NotSubject })
        QVERIFY(!nl.vatCategoryName(category).isEmpty());
}

void TestDocumentWording::countries()
{
    QCOMPARE(DocumentWording::forLanguage(u"nl").countryName(u"BE"), u"België"_s);
    QCOMPARE(DocumentWording::forLanguage(u"de").countryName(u"NL"), u"Niederlande"_s);
    QCOMPARE(DocumentWording::forLanguage(u"fr").countryName(u"IT"), u"IT"_s);
}

void TestDocumentWording::unknownLanguageIsEnglish()
{
    QCOMPARE(DocumentWording::forLanguage(u"es").title(DocumentType::Invoice), u"Invoice"_s);
    QCOMPARE(DocumentWording::forLanguage(u"FR").title(DocumentType::Invoice), u"Facture"_s);
}

void TestDocumentWording::everyLanguageHasEveryUnit()
{
    const QStringList codes = kasboek::domain::UnitCodes::codes();
    for (const QString& language : QStringList { u"nl"_s, u"fr"_s, u"de"_s, u"en"_s }) {
        const DocumentWording& words = DocumentWording::forLanguage(language);
        QSet<QString> listed;
        for (const DocumentWording::Unit& unit : words.units)
            listed.insert(unit.code.toString());
        for (const QString& code : codes)
            QVERIFY2(listed.contains(code), qPrintable(language + u": "_s + code));
        // A unit name is never the bare code, except the plain count that prints nothing.
        for (const QString& code : codes)
            QVERIFY(words.unitName(code, sample::dec("2")) != code);
    }
}

QTEST_GUILESS_MAIN(TestDocumentWording)
#include "TestDocumentWording.moc"
