#include "DocumentTestSupport.h"
#include "TestSupport.h"
#include "domain/documents/LegalMentions.h"

#include <QTest>

using namespace kasboek;
using namespace kasboek::domain;

namespace {

Document withCategory(VatCategory category, const QString& buyerCountry, const QString& language)
{
    Document document = test::belgianInvoice();
    document.language = language;
    document.buyer.country = buyerCountry;
    document.lines[0].vatCategory = category;
    document.lines[0].vatRate = VatRate::fromBasisPoints(0);
    return document;
}

} // namespace

// LegalMentions: the no-VAT wording in the document's language, and which one applies.
class TestLegalMentions final : public QObject
{
    Q_OBJECT

private slots:
    void domesticInvoiceWithVatNeedsNoMention()
    {
        QVERIFY(LegalMentions::lines(test::belgianInvoice()).isEmpty());
    }

    void reverseChargeDependsOnWhereTheBuyerIs_data()
    {
        QTest::addColumn<QString>("buyerCountry");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expectedPart");
        QTest::newRow("BE co-contractor, nl")
            << QStringLiteral("BE") << QStringLiteral("nl") << QStringLiteral("art. 20 KB nr. 1");
        QTest::newRow("BE co-contractor, fr")
            << QStringLiteral("BE") << QStringLiteral("fr") << QStringLiteral("cocontractant");
        QTest::newRow("EU service, nl") << QStringLiteral("NL") << QStringLiteral("nl")
                                        << QStringLiteral("art. 196 Richtlijn 2006/112/EG");
        QTest::newRow("EU service, de")
            << QStringLiteral("DE") << QStringLiteral("de")
            << QStringLiteral("Steuerschuldnerschaft des Leistungsempfängers (Art. 196");
        QTest::newRow("EU service, en")
            << QStringLiteral("FR") << QStringLiteral("en") << QStringLiteral("Article 196");
    }

    void reverseChargeDependsOnWhereTheBuyerIs()
    {
        QFETCH(QString, buyerCountry);
        QFETCH(QString, language);
        QFETCH(QString, expectedPart);
        const Document document = withCategory(VatCategory::ReverseCharge, buyerCountry, language);
        const QStringList lines = LegalMentions::lines(document);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(expectedPart), qPrintable(lines.first()));
        QCOMPARE(LegalMentions::defaultExemption(VatCategory::ReverseCharge, document).reasonCode,
                 QStringLiteral("VATEX-EU-AE"));
    }

    void dutchSellerSaysBtwVerlegd()
    {
        Document document
            = withCategory(VatCategory::ReverseCharge, QStringLiteral("NL"), QStringLiteral("nl"));
        document.seller.country = QStringLiteral("NL");
        QCOMPARE(LegalMentions::lines(document), QStringList { QStringLiteral("Btw verlegd.") });
    }

    void exemptionFollowsTheSellersSmallBusinessScheme()
    {
        Document belgian = withCategory(VatCategory::Exempt, QStringLiteral("BE"), QStringLiteral("fr"));
        QCOMPARE(LegalMentions::lines(belgian),
                 QStringList { QStringLiteral("Régime particulier de franchise des petites entreprises.") });
        Document dutch = withCategory(VatCategory::Exempt, QStringLiteral("NL"), QStringLiteral("nl"));
        dutch.seller.country = QStringLiteral("NL");
        QVERIFY(LegalMentions::lines(dutch).first().contains(QStringLiteral("kleineondernemersregeling")));
    }

    void exportAndIntraCommunityHaveTheirCodes()
    {
        const Document exportDocument
            = withCategory(VatCategory::Export, QStringLiteral("US"), QStringLiteral("en"));
        QCOMPARE(LegalMentions::defaultExemption(VatCategory::Export, exportDocument).reasonCode,
                 QStringLiteral("VATEX-EU-G"));
        QVERIFY(LegalMentions::lines(exportDocument).first().contains(QStringLiteral("Article 146")));
        const Document supply
            = withCategory(VatCategory::IntraCommunity, QStringLiteral("DE"), QStringLiteral("de"));
        QCOMPARE(LegalMentions::defaultExemption(VatCategory::IntraCommunity, supply).reasonCode,
                 QStringLiteral("VATEX-EU-IC"));
        QVERIFY(LegalMentions::lines(supply).first().contains(QStringLiteral("innergemeinschaftliche")));
    }

    void aReasonTheUserWroteWins()
    {
        Document document = withCategory(VatCategory::Exempt, QStringLiteral("BE"), QStringLiteral("nl"));
        document.exemptions.append(
            { VatCategory::Exempt, QString(), QStringLiteral("Vrijgesteld, art. 44 §2 Btw-Wetboek.") });
        QCOMPARE(LegalMentions::lines(document),
                 QStringList { QStringLiteral("Vrijgesteld, art. 44 §2 Btw-Wetboek.") });
        LegalMentions::completeExemptions(document);
        QCOMPARE(document.exemptions.size(), 1);
        QCOMPARE(document.exemptions.first().reasonText,
                 QStringLiteral("Vrijgesteld, art. 44 §2 Btw-Wetboek."));
    }

    void completeExemptionsAddsMissingAndDropsStaleOnes()
    {
        Document document
            = withCategory(VatCategory::ReverseCharge, QStringLiteral("DE"), QStringLiteral("en"));
        document.exemptions.append(
            { VatCategory::Export, QStringLiteral("VATEX-EU-G"), QStringLiteral("old") });
        LegalMentions::completeExemptions(document);
        QCOMPARE(document.exemptions.size(), 1);
        QCOMPARE(document.exemptions.first().vatCategory, VatCategory::ReverseCharge);
        QCOMPARE(document.exemptions.first().reasonCode, QStringLiteral("VATEX-EU-AE"));
        QVERIFY(!document.exemptions.first().reasonText.isEmpty());
    }

    void belgianCreditNoteStatesTheVatCorrection()
    {
        Document document = test::belgianInvoice();
        document.type = DocumentType::CreditNote;
        QVERIFY(LegalMentions::lines(document).first().startsWith(QStringLiteral("Btw terug te storten")));
        document.language = QStringLiteral("fr");
        QVERIFY(LegalMentions::lines(document).first().startsWith(QStringLiteral("TVA à reverser")));
        document.seller.country = QStringLiteral("NL");
        QVERIFY(LegalMentions::lines(document).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLegalMentions)
#include "TestLegalMentions.moc"
