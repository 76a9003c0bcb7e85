// UblReader on hostile and broken files: each is refused as a whole with ErrorCode::Validation,
// a message, the element or business term in `field` and where it is in `detail`. The committed
// files are in tests/data/ubl/hostile; the huge, deep, truncated and empty ones are made here.
#include "TestSupport.h"
#include "exchange/ubl/UblReader.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kasboek;
using namespace kasboek::exchange::ubl;

namespace {

QByteArray readData(const QString& relative)
{
    QFile file(kasboek::test::dataDir() + u"/ubl/"_s + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(relative));
    return file.readAll();
}

// A small valid invoice (one reverse-charge line of 16 × 95.00) to break in one place.
QByteArray baseInvoice()
{
    return readData(u"supplier-reverse-charge.xml"_s);
}

QByteArray replaced(QByteArray xml, const QByteArray& before, const QByteArray& after)
{
    if (!xml.contains(before))
        qFatal("test data lacks %s", before.constData());
    return xml.replace(before, after);
}

} // namespace

class TestUblReaderHostile final : public QObject
{
    Q_OBJECT

private:
    // Reads `xml`, expects a Validation error and returns it.
    static Error refused(const QByteArray& xml, const UblReaderLimits& limits = {})
    {
        const auto result = UblReader::read(xml, limits);
        if (result) {
            qWarning("UblReader accepted a file it must refuse");
            return Error { ErrorCode::Database, {}, {}, {} }; // fails every check made on it
        }
        return result.error();
    }

private slots:
    void baseInvoiceIsAccepted()
    {
        // Every case below breaks this file in one place.
        KASBOEK_VERIFY_OK(UblReader::read(baseInvoice()));
    }

    void hostileFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("detail");
        QTest::newRow("XXE to /etc/passwd") << u"xxe-external-entity.xml"_s << u"!DOCTYPE"_s << u"line 4"_s;
        QTest::newRow("billion laughs") << u"billion-laughs.xml"_s << u"!DOCTYPE"_s << u"line 13"_s;
        QTest::newRow("wrong namespace") << u"wrong-namespace.xml"_s << u"/Invoice"_s << u"Invoice-1"_s;
        QTest::newRow("CreditNote with Invoice children")
            << u"credit-note-with-invoice-children.xml"_s << u"/CreditNote/cbc:InvoiceTypeCode"_s
            << u"line 9"_s;
        QTest::newRow("no LegalMonetaryTotal") << u"missing-legal-monetary-total.xml"_s
                                               << u"/Invoice/cac:LegalMonetaryTotal (BG-22)"_s << u"line 4"_s;
        QTest::newRow("PayableAmount off by a cent")
            << u"payable-off-by-a-cent.xml"_s
            << u"/Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount (BT-115)"_s
            << u"stated 1520.01, computed 1520.00"_s;
        QTest::newRow("line amounts do not add up")
            << u"line-amounts-dont-add-up.xml"_s
            << u"/Invoice/cac:InvoiceLine/cbc:LineExtensionAmount (BT-131)"_s
            << u"stated 1520.00, computed 1425.00"_s;
        QTest::newRow("not UTF-8") << u"non-utf8.xml"_s << u"/"_s << u"line 31, column 44: byte 0xe9"_s;
    }

    void hostileFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, field);
        QFETCH(QString, detail);
        const Error error = refused(readData(u"hostile/"_s + file));
        QCOMPARE(error.code, ErrorCode::Validation);
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(error.field, field);
        QVERIFY2(error.detail.contains(detail), qPrintable(error.detail));
        // Nothing of /etc/passwd (or anything else outside the file) ever gets in.
        QVERIFY(!error.message.contains(u"root:"_s) && !error.detail.contains(u"root:"_s));
    }

    void absurdlyDeepNesting()
    {
        QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        for (int i = 0; i < 100'000; ++i)
            xml += "<a>";
        for (int i = 0; i < 100'000; ++i)
            xml += "</a>";
        const Error error = refused(xml);
        QCOMPARE(error.code, ErrorCode::Validation);
        QVERIFY(error.message.contains(u"deeply"_s));
        QVERIFY(error.field.startsWith(u"/a/a/a"_s));
        QVERIFY(error.detail.startsWith(u"line 2"_s));
    }

    void fiftyMegabytes()
    {
        QByteArray xml = baseInvoice();
        const QByteArray note = "  <cbc:Note>" + QByteArray(50 * 1024 * 1024, 'x') + "</cbc:Note>\n";
        xml = replaced(xml, "  <cbc:DocumentCurrencyCode>", note + "  <cbc:DocumentCurrencyCode>");
        const Error error = refused(xml);
        QCOMPARE(error.code, ErrorCode::Validation);
        QVERIFY(error.message.contains(u"too large"_s));
        QCOMPARE(error.field, u"/"_s);
        QVERIFY(error.detail.contains(QString::number(xml.size())));
    }

    void truncatedFile()
    {
        const QByteArray xml = baseInvoice();
        const Error error = refused(xml.left(xml.size() / 2));
        QCOMPARE(error.code, ErrorCode::Validation);
        QVERIFY(error.message.contains(u"truncated"_s));
        QVERIFY2(error.field.startsWith(u"/Invoice/cac:AccountingCustomerParty"_s), qPrintable(error.field));
        QVERIFY(error.detail.startsWith(u"line "_s));
    }

    void emptyFile()
    {
        for (const QByteArray& xml : { QByteArray(), QByteArray(" \n\t") }) {
            const Error error = refused(xml);
            QCOMPARE(error.code, ErrorCode::Validation);
            QVERIFY(error.message.contains(u"empty"_s));
            QCOMPARE(error.field, u"/"_s);
        }
    }

    void notXml()
    {
        const Error error = refused(readData(u"INV-2026-0417.pdf"_s));
        QCOMPARE(error.code, ErrorCode::Validation);
        QVERIFY(!error.message.isEmpty());
        QVERIFY(!error.field.isEmpty());
    }

    void brokenFields_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<QString>("field");

        QTest::newRow("unknown currency")
            << QByteArray("<cbc:DocumentCurrencyCode>EUR") << QByteArray("<cbc:DocumentCurrencyCode>EUX")
            << u"/Invoice/cbc:DocumentCurrencyCode (BT-5)"_s;
        QTest::newRow("amount with three decimals")
            << QByteArray("<cbc:TaxExclusiveAmount currencyID=\"EUR\">1520.00")
            << QByteArray("<cbc:TaxExclusiveAmount currencyID=\"EUR\">1520.000")
            << u"/Invoice/cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount (BT-109)"_s;
        QTest::newRow("non-numeric amount")
            << QByteArray("<cbc:TaxInclusiveAmount currencyID=\"EUR\">1520.00")
            << QByteArray("<cbc:TaxInclusiveAmount currencyID=\"EUR\">1.520,00")
            << u"/Invoice/cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount (BT-112)"_s;
        QTest::newRow("amount in another currency")
            << QByteArray("<cbc:LineExtensionAmount currencyID=\"EUR\">1520.00</cbc:LineExtensionAmount>\n   "
                          " <cbc:TaxExclusiveAmount")
            << QByteArray("<cbc:LineExtensionAmount currencyID=\"USD\">1520.00</cbc:LineExtensionAmount>\n   "
                          " <cbc:TaxExclusiveAmount")
            << u"/Invoice/cac:LegalMonetaryTotal/cbc:LineExtensionAmount (BT-106)"_s;
        QTest::newRow("bad date") << QByteArray("<cbc:IssueDate>2026-01-31")
                                  << QByteArray("<cbc:IssueDate>2026-02-31")
                                  << u"/Invoice/cbc:IssueDate (BT-2)"_s;
        QTest::newRow("date with time zone")
            << QByteArray("<cbc:DueDate>2026-02-14") << QByteArray("<cbc:DueDate>2026-02-14+01:00")
            << u"/Invoice/cbc:DueDate (BT-9)"_s;
        QTest::newRow("missing ID") << QByteArray("  <cbc:ID>2026-118</cbc:ID>\n") << QByteArray()
                                    << u"/Invoice/cbc:ID (BT-1)"_s;
        QTest::newRow("two IDs") << QByteArray("  <cbc:ID>2026-118</cbc:ID>\n")
                                 << QByteArray("  <cbc:ID>2026-118</cbc:ID>\n  <cbc:ID>2026-119</cbc:ID>\n")
                                 << u"/Invoice/cbc:ID[2] (BT-1)"_s;
        QTest::newRow("missing issue date") << QByteArray("  <cbc:IssueDate>2026-01-31</cbc:IssueDate>\n")
                                            << QByteArray() << u"/Invoice/cbc:IssueDate (BT-2)"_s;
        QTest::newRow("missing currency")
            << QByteArray("  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>\n") << QByteArray()
            << u"/Invoice/cbc:DocumentCurrencyCode (BT-5)"_s;
        QTest::newRow("missing seller name")
            << QByteArray("<cbc:RegistrationName>De Vries Advies B.V.</cbc:RegistrationName>") << QByteArray()
            << u"/Invoice/cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName (BT-27)"_s;
        QTest::newRow("missing TaxTotal") << QByteArray("cac:TaxTotal>") << QByteArray("cac:NoTaxTotal>")
                                          << u"/Invoice/cac:TaxTotal (BT-110)"_s;
        QTest::newRow("missing lines") << QByteArray("cac:InvoiceLine>") << QByteArray("cac:Remark>")
                                       << u"/Invoice/cac:InvoiceLine (BG-25)"_s;
        QTest::newRow("not EN 16931")
            << QByteArray("urn:cen.eu:en16931:2017#compliant#") << QByteArray("urn:example:custom#")
            << u"/Invoice/cbc:CustomizationID (BT-24)"_s;
        QTest::newRow("VAT breakdown off")
            << QByteArray("<cbc:TaxableAmount currencyID=\"EUR\">1520.00")
            << QByteArray("<cbc:TaxableAmount currencyID=\"EUR\">1519.00")
            << u"/Invoice/cac:TaxTotal/cac:TaxSubtotal/cbc:TaxableAmount (BT-116)"_s;
        QTest::newRow("unknown VATEX code") << QByteArray("VATEX-EU-AE") << QByteArray("VATEX-EU-XX")
                                            << u"/Invoice/cac:TaxTotal/cac:TaxSubtotal (BT-121)"_s;
        QTest::newRow("VAT category and rate disagree")
            << QByteArray("<cbc:ID>AE</cbc:ID>\n        <cbc:Percent>0</cbc:Percent>")
            << QByteArray("<cbc:ID>AE</cbc:ID>\n        <cbc:Percent>21</cbc:Percent>")
            << u"/Invoice/cac:InvoiceLine/cac:Item/cac:ClassifiedTaxCategory/cbc:Percent (BT-152)"_s;
        QTest::newRow("negative price") << QByteArray("<cbc:PriceAmount currencyID=\"EUR\">95.00")
                                        << QByteArray("<cbc:PriceAmount currencyID=\"EUR\">-95.00")
                                        << u"/Invoice/cac:InvoiceLine/cac:Price/cbc:PriceAmount (BT-146)"_s;
        QTest::newRow("price with six decimals")
            << QByteArray("<cbc:PriceAmount currencyID=\"EUR\">95.00")
            << QByteArray("<cbc:PriceAmount currencyID=\"EUR\">95.000001")
            << u"/Invoice/cac:InvoiceLine/cac:Price/cbc:PriceAmount (BT-146)"_s;
        QTest::newRow("line charge")
            << QByteArray("    <cac:Item>")
            << QByteArray("    <cac:AllowanceCharge><cbc:ChargeIndicator>true</cbc:ChargeIndicator>"
                          "<cbc:Amount currencyID=\"EUR\">5.00</cbc:Amount></cac:AllowanceCharge>\n"
                          "    <cac:Item>")
            << u"/Invoice/cac:InvoiceLine/cac:AllowanceCharge (BG-28)"_s;
        QTest::newRow("entity without a DTD")
            << QByteArray("<cbc:BuyerReference>PEETERS-ADV-01") << QByteArray("<cbc:BuyerReference>&xxe;")
            << u"/Invoice/cbc:BuyerReference"_s;
        QTest::newRow("undeclared prefix")
            << QByteArray("<cbc:BuyerReference>") << QByteArray("<xyz:BuyerReference>") << u"/Invoice"_s;
    }

    void brokenFields()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(QString, field);
        const Error error = refused(replaced(baseInvoice(), before, after));
        QCOMPARE(error.code, ErrorCode::Validation);
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(error.field, field);
        QVERIFY2(error.detail.startsWith(u"line "_s), qPrintable(error.detail));
    }

    void capsAreEnforced()
    {
        UblReaderLimits limits;
        limits.maxLines = 1;
        QByteArray invoice = readData(u"supplier-invoice.xml"_s);
        Error error = refused(invoice, limits);
        QCOMPARE(error.field, u"/Invoice/cac:InvoiceLine[2] (BG-25)"_s);

        limits = {};
        limits.maxAttachmentBytes = 512; // the PDF has 587 bytes
        error = refused(invoice, limits);
        QCOMPARE(
            error.field,
            u"/Invoice/cac:AdditionalDocumentReference/cac:Attachment/cbc:EmbeddedDocumentBinaryObject (BT-125)"_s);
        QVERIFY(error.message.contains(u"too large"_s));

        limits = {};
        limits.maxElements = 100;
        error = refused(invoice, limits);
        QVERIFY(error.message.contains(u"too many elements"_s));

        limits = {};
        limits.maxTextLength = 20;
        error = refused(invoice, limits);
        QCOMPARE(error.field, u"/Invoice/cbc:CustomizationID"_s);

        limits = {};
        limits.maxInputBytes = 1000;
        error = refused(invoice, limits);
        QVERIFY(error.message.contains(u"too large"_s));
    }

    void documentAllowanceThatIsNotOnePercentage()
    {
        // 13.25 on the 21 % group is 2 %; 3.00 on the 6 % group (299.40) is not.
        const QByteArray xml = replaced(readData(u"supplier-invoice.xml"_s),
                                        "<cbc:Amount currencyID=\"EUR\">5.99</cbc:Amount>",
                                        "<cbc:Amount currencyID=\"EUR\">3.00</cbc:Amount>");
        const Error error = refused(xml);
        QCOMPARE(error.code, ErrorCode::Validation);
        QCOMPARE(error.field, u"/Invoice/cac:AllowanceCharge[1] (BG-20)"_s);
        QVERIFY(error.detail.startsWith(u"line "_s));
    }

    void attachmentsThatAreNotWhatTheyClaimAreLeftOut()
    {
        QByteArray xml = readData(u"supplier-invoice.xml"_s);
        xml = replaced(xml, "filename=\"INV-2026-0417.pdf\"", "filename=\"../../.bashrc\"");
        auto result = UblReader::read(xml);
        KASBOEK_VERIFY_OK(result);
        QCOMPARE(result->document.attachments.at(0).fileName, u"bashrc"_s);

        xml = replaced(xml, "mimeCode=\"application/pdf\"", "mimeCode=\"image/png\"");
        result = UblReader::read(xml);
        KASBOEK_VERIFY_OK(result);
        QVERIFY(result->document.attachments.isEmpty());

        xml = replaced(xml, "mimeCode=\"image/png\"", "mimeCode=\"application/x-msdownload\"");
        result = UblReader::read(xml);
        KASBOEK_VERIFY_OK(result);
        QVERIFY(result->document.attachments.isEmpty());

        xml = replaced(xml, "mimeCode=\"application/x-msdownload\"", "mimeCode=\"application/pdf\"");
        xml = replaced(xml, "JVBERi0xLjQK", "JVBERi0xLjQK*");
        const Error error = refused(xml);
        QVERIFY(error.message.contains(u"base64"_s));
    }
};

QTEST_GUILESS_MAIN(TestUblReaderHostile)
#include "TestUblReaderHostile.moc"
