// UblReader on realistic supplier files (tests/data/ubl, each valid per validate-peppol): every
// field the reader maps, with the expected values worked out by hand from the XML.
#include "TestSupport.h"
#include "domain/ExchangeRate.h"
#include "exchange/ubl/UblReader.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kasboek;
using namespace kasboek::domain;
using namespace kasboek::exchange::ubl;

namespace {

QByteArray readData(const QString& relative)
{
    QFile file(kasboek::test::dataDir() + u"/ubl/"_s + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(relative));
    return file.readAll();
}

Money eur(qint64 cents)
{
    return Money::fromMinorUnits(cents, Currency::eur());
}

Decimal dec(const QString& text)
{
    return *Decimal::parse(text);
}

} // namespace

class TestUblReader final : public QObject
{
    Q_OBJECT

private slots:
    void invoiceHeaderAndParties()
    {
        const auto result = UblReader::read(readData(u"supplier-invoice.xml"_s));
        KASBOEK_VERIFY_OK(result);
        const Document& doc = result->document;
        QCOMPARE(doc.type, DocumentType::PurchaseInvoice);
        QCOMPARE(doc.status, DocumentStatus::Draft);
        QCOMPARE(doc.number, u"INV-2026-0417"_s);
        QCOMPARE(doc.issueDate, QDate(2026, 2, 17));
        QCOMPARE(doc.dueDate, QDate(2026, 3, 19));
        QCOMPARE(doc.paymentTermsDays, 30);
        QCOMPARE(doc.deliveryDate, std::optional(QDate(2026, 2, 13)));
        QCOMPARE(doc.currency, Currency::eur());
        QVERIFY(!doc.exchangeRate);
        QCOMPARE(doc.buyerReference, u"PEETERS-2026-07"_s);
        QCOMPARE(doc.orderReference, u"PO-7781"_s);
        QCOMPARE(doc.notes, u"Leveringen volgens offerte OFF-2026-011 — dank voor uw bestelling."_s);
        QCOMPARE(doc.paymentTerms, u"30 dagen netto"_s);
        QCOMPARE(doc.paymentReferenceKind, PaymentReferenceKind::Structured);
        QCOMPARE(doc.paymentReference, u"123456789002"_s);

        QCOMPARE(doc.seller.name, u"Drukkerij Verhaegen BV"_s);
        QCOMPARE(doc.seller.legalForm, u"BV, RPR Gent"_s);
        QCOMPARE(doc.seller.street, u"Kortrijksesteenweg 112"_s);
        QCOMPARE(doc.seller.postalCode, u"9000"_s);
        QCOMPARE(doc.seller.city, u"Gent"_s);
        QCOMPARE(doc.seller.country, u"BE"_s);
        QCOMPARE(doc.seller.vatNumber, u"BE0566988259"_s);
        QCOMPARE(doc.seller.enterpriseNumber, u"0566988259"_s);
        QCOMPARE(doc.seller.peppolId, u"0208:0566988259"_s);
        QCOMPARE(doc.seller.contactPerson, u"Sales desk"_s);
        QCOMPARE(doc.seller.email, u"sales@drukkerij-verhaegen.example"_s);
        QCOMPARE(doc.seller.iban, u"BE68539007547034"_s);
        QCOMPARE(doc.seller.bic, u"GKCCBEBB"_s);
        QCOMPARE(doc.buyer.name, u"Atelier Peeters"_s);
        QCOMPARE(doc.buyer.vatNumber, u"BE0123456749"_s);
        QCOMPARE(doc.buyer.enterpriseNumber, u"0123456749"_s);
        QCOMPARE(doc.buyer.city, u"Antwerpen"_s);
    }

    void invoiceLinesAllowancesAndCharges()
    {
        const auto result = UblReader::read(readData(u"supplier-invoice.xml"_s));
        KASBOEK_VERIFY_OK(result);
        const Document& doc = result->document;
        QCOMPARE(doc.lines.size(), 4);
        // 500 × 0.85 = 425.00, less 5 % (21.25) = 403.75.
        const DocumentLine& brochures = doc.lines.at(0);
        QCOMPARE(brochures.name, u"Brochures A5"_s);
        QCOMPARE(brochures.description, u"Brochure A5, 16 pagina's, quadri"_s);
        QCOMPARE(brochures.quantity, dec(u"500"_s));
        QCOMPARE(brochures.unitCode, u"C62"_s);
        QCOMPARE(brochures.unitPrice, dec(u"0.85"_s));
        QCOMPARE(brochures.discountPercent, std::optional(dec(u"5"_s)));
        QCOMPARE(brochures.vatCategory, VatCategory::StandardRate);
        QCOMPARE(brochures.vatRate, VatRate::fromBasisPoints(2100));
        QCOMPARE(brochures.sellerItemId, u"BR-A5-16"_s);
        QCOMPARE(brochures.buyerAccountingReference, u"6120"_s);
        QCOMPARE(doc.lines.at(1).vatRate, VatRate::fromBasisPoints(600));
        QVERIFY(!doc.lines.at(1).discountPercent);
        QCOMPARE(doc.lines.at(2).quantity, dec(u"3.5"_s));
        QCOMPARE(doc.lines.at(2).unitCode, u"HUR"_s);
        // 12.50 per 1000 sheets is 0.0125 a sheet.
        QCOMPARE(doc.lines.at(3).unitPrice, dec(u"0.0125"_s));

        // 13.25 on 662.50 and 5.99 on 299.40 are both 2 %.
        QCOMPARE(doc.discountPercent, std::optional(dec(u"2"_s)));
        QCOMPARE(doc.charges.size(), 1);
        QCOMPARE(doc.charges.at(0).amount, eur(1500));
        QCOMPARE(doc.charges.at(0).reason, u"Verzending"_s);
        QCOMPARE(doc.charges.at(0).reasonCode, u"FC"_s);
        QCOMPARE(doc.charges.at(0).vatRate, VatRate::fromBasisPoints(2100));
        QVERIFY(doc.exemptions.isEmpty());

        // 961.90 − 19.24 + 15.00 = 957.66; VAT 139.49 + 17.60 = 157.09.
        QCOMPARE(doc.totalExclusive, eur(95766));
        QCOMPARE(doc.totalVat, eur(15709));
        QCOMPARE(doc.totalInclusive, eur(111475));
        bool discountWarning = false;
        for (const QString& warning : result->warnings)
            discountWarning = discountWarning || warning.contains(u"2 %"_s);
        QVERIFY2(discountWarning, qPrintable(result->warnings.join(u" | "_s)));
    }

    void embeddedPdfRoundTrips()
    {
        const auto result = UblReader::read(readData(u"supplier-invoice.xml"_s));
        KASBOEK_VERIFY_OK(result);
        QCOMPARE(result->document.attachments.size(), 1);
        const DocumentAttachment& pdf = result->document.attachments.at(0);
        QCOMPARE(pdf.fileName, u"INV-2026-0417.pdf"_s);
        QCOMPARE(pdf.mimeType, u"application/pdf"_s);
        QCOMPARE(pdf.description, u"Invoice INV-2026-0417 as PDF"_s);
        QCOMPARE(pdf.content, readData(u"INV-2026-0417.pdf"_s));
    }

    void creditNote()
    {
        const auto result = UblReader::read(readData(u"supplier-credit-note.xml"_s));
        KASBOEK_VERIFY_OK(result);
        const Document& doc = result->document;
        QCOMPARE(doc.type, DocumentType::PurchaseCreditNote);
        QCOMPARE(doc.number, u"CN-2026-0031"_s);
        QCOMPARE(doc.correctedDocumentNumber, u"INV-2026-0417"_s);
        QCOMPARE(doc.correctedDocumentDate, std::optional(QDate(2026, 2, 17)));
        QCOMPARE(doc.paymentReferenceKind, PaymentReferenceKind::Plain);
        QCOMPARE(doc.paymentReference, u"CN-2026-0031"_s);
        QCOMPARE(doc.lines.size(), 1);
        QCOMPARE(doc.lines.at(0).quantity, dec(u"2"_s));
        // 2 × 24.95 = 49.90; 6 % = 2.994 → 2.99.
        QCOMPARE(doc.totalExclusive, eur(4990));
        QCOMPARE(doc.totalVat, eur(299));
        QCOMPARE(doc.totalInclusive, eur(5289));
        QVERIFY(result->warnings.isEmpty());
    }

    void reverseChargeWithExemptionReason()
    {
        const auto result = UblReader::read(readData(u"supplier-reverse-charge.xml"_s));
        KASBOEK_VERIFY_OK(result);
        const Document& doc = result->document;
        QCOMPARE(doc.seller.name, u"De Vries Advies B.V."_s);
        QCOMPARE(doc.seller.country, u"NL"_s);
        QCOMPARE(doc.seller.vatNumber, u"NL004495445B01"_s);
        QCOMPARE(doc.seller.kvkNumber, u"69599084"_s);
        QCOMPARE(doc.seller.peppolId, u"0106:69599084"_s);
        QCOMPARE(doc.seller.iban, u"NL91ABNA0417164300"_s);
        QCOMPARE(doc.paymentReferenceKind, PaymentReferenceKind::Creditor);
        QCOMPARE(doc.paymentReference, u"RF18539007547034"_s);
        QCOMPARE(doc.lines.at(0).vatCategory, VatCategory::ReverseCharge);
        QVERIFY(doc.lines.at(0).vatRate.isZero());
        QCOMPARE(doc.exemptions.size(), 1);
        QCOMPARE(doc.exemptions.at(0).vatCategory, VatCategory::ReverseCharge);
        QCOMPARE(doc.exemptions.at(0).reasonCode, u"VATEX-EU-AE"_s);
        QCOMPARE(doc.exemptions.at(0).reasonText, u"Verlegging van heffing"_s);
        QCOMPARE(doc.totalExclusive, eur(152000));
        QCOMPARE(doc.totalVat, eur(0));
        QCOMPARE(doc.totalInclusive, eur(152000));
    }

    void foreignCurrencyWithTaxCurrency()
    {
        const auto result = UblReader::read(readData(u"supplier-usd.xml"_s));
        KASBOEK_VERIFY_OK(result);
        const Document& doc = result->document;
        const Currency usd = *Currency::fromCode(u"USD");
        QCOMPARE(doc.currency, usd);
        QCOMPARE(doc.totalExclusive, Money::fromMinorUnits(165500, usd));
        QCOMPARE(doc.totalVat, Money::fromMinorUnits(34755, usd));
        QCOMPARE(doc.totalInclusive, Money::fromMinorUnits(200255, usd));
        QVERIFY(doc.exchangeRate);
        // EUR 320.93 for USD 347.55 of VAT: 0.92340670... to ten decimals, half up.
        const qint64 expected = (32093LL * 10'000'000'000LL * 2 + 34755) / (2 * 34755);
        QCOMPARE(doc.exchangeRate->scaled(), expected);
        QCOMPARE(doc.exchangeRate->toString(), u"0.9234067041"_s);
        const auto vatInEuro = doc.exchangeRate->convert(doc.totalVat, Currency::eur());
        KASBOEK_VERIFY_OK(vatInEuro);
        QCOMPARE(*vatInEuro, eur(32093));
    }

    void lineAllowanceAsAnAmount()
    {
        // 16 × 95.00 = 1520.00 less an allowance of 20.00: 1.316 % gives back exactly 20.00
        // (1520.00 × 1.316 % = 20.0032), and no percentage with fewer decimals lies between
        // 1.3155 % and 1.3161 %, the ones that round to 20.00.
        QByteArray xml = readData(u"supplier-reverse-charge.xml"_s);
        xml.replace(">1520.00<", ">1500.00<");
        xml.replace("    <cac:Item>",
                    "    <cac:AllowanceCharge>\n      <cbc:ChargeIndicator>false</cbc:ChargeIndicator>\n"
                    "      <cbc:AllowanceChargeReason>Korting</cbc:AllowanceChargeReason>\n"
                    "      <cbc:Amount currencyID=\"EUR\">20.00</cbc:Amount>\n    </cac:AllowanceCharge>\n"
                    "    <cac:Item>");
        const auto result = UblReader::read(xml);
        KASBOEK_VERIFY_OK(result);
        QCOMPARE(result->document.lines.at(0).discountPercent, std::optional(dec(u"1.316"_s)));
        QCOMPARE(result->document.totalExclusive, eur(150000));
    }

    void prepaidAmountIsAWarning()
    {
        QByteArray xml = readData(u"supplier-credit-note.xml"_s);
        xml.replace("    <cbc:PayableAmount currencyID=\"EUR\">52.89</cbc:PayableAmount>",
                    "    <cbc:PrepaidAmount currencyID=\"EUR\">10.00</cbc:PrepaidAmount>\n"
                    "    <cbc:PayableAmount currencyID=\"EUR\">42.89</cbc:PayableAmount>");
        const auto result = UblReader::read(xml);
        KASBOEK_VERIFY_OK(result);
        QCOMPARE(result->document.totalInclusive, eur(5289));
        QCOMPARE(result->warnings.size(), 1);
        QVERIFY(result->warnings.at(0).contains(u"10.00 EUR"_s));
    }

    void otherEn16931SpecificationIsAWarning()
    {
        QByteArray xml = readData(u"supplier-credit-note.xml"_s);
        xml.replace("#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0",
                    "#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0");
        const auto result = UblReader::read(xml);
        KASBOEK_VERIFY_OK(result);
        QCOMPARE(result->warnings.size(), 1);
        QVERIFY(result->warnings.at(0).contains(u"xrechnung"_s));
    }

    void unstatedExchangeRateIsAWarning()
    {
        QByteArray xml = readData(u"supplier-usd.xml"_s);
        xml.replace("  <cbc:TaxCurrencyCode>EUR</cbc:TaxCurrencyCode>\n", "");
        xml.replace("  <cac:TaxTotal>\n    <cbc:TaxAmount currencyID=\"EUR\">320.93</cbc:TaxAmount>\n  "
                    "</cac:TaxTotal>\n",
                    "");
        const auto result = UblReader::read(xml);
        KASBOEK_VERIFY_OK(result);
        QVERIFY(!result->document.exchangeRate);
        QCOMPARE(result->warnings.size(), 1);
        QVERIFY(result->warnings.at(0).contains(u"exchange rate"_s));
    }
};

QTEST_GUILESS_MAIN(TestUblReader)
#include "TestUblReader.moc"
