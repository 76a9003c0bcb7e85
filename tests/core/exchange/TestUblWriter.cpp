// UblWriter: the structure of the Peppol BIS 3.0 UBL it writes, read back with QXmlStreamReader.
// Expected amounts are worked out by hand in the comments, and also compared with
// DocumentCalculation so that the file and the rest of Kasboek agree to the cent.
#include "DocumentFixtures.h"
#include "TestSupport.h"
#include "domain/Bic.h"
#include "domain/CreditorReference.h"
#include "domain/Iban.h"
#include "domain/KvkNumber.h"
#include "domain/PeppolParticipantId.h"
#include "domain/StructuredCommunication.h"
#include "domain/UnitCodes.h"
#include "domain/VatNumber.h"
#include "exchange/ubl/UblNamespaces.h"
#include "exchange/ubl/UblWriter.h"

#include <QMap>
#include <QTest>
#include <QXmlStreamReader>
#include <memory>

using namespace Qt::StringLiterals;
using namespace kasboek;
using namespace kasboek::domain;
using namespace kasboek::exchange::ubl;
namespace fixtures = kasboek::test::fixtures;

namespace {

// Just enough of a DOM to ask "what does cac:LegalMonetaryTotal/cbc:PayableAmount say". Nodes are
// shared, so a node found in a temporary tree stays valid.
struct Node;
using NodePtr = std::shared_ptr<const Node>;

struct Node
{
    QString namespaceUri;
    QString name;
    QMap<QString, QString> attributes;
    QString text;
    QList<std::shared_ptr<Node>> children;

    // "cbc:ID", "cac:Party" or an unprefixed name in the root's namespace.
    [[nodiscard]] bool is(QStringView qualified) const
    {
        const qsizetype colon = qualified.indexOf(u':');
        const QStringView prefix = colon < 0 ? QStringView() : qualified.left(colon);
        const QStringView local = colon < 0 ? qualified : qualified.mid(colon + 1);
        if (local != name)
            return false;
        if (prefix == u"cac")
            return namespaceUri == UblNamespaces::cac();
        if (prefix == u"cbc")
            return namespaceUri == UblNamespaces::cbc();
        return namespaceUri != UblNamespaces::cac() && namespaceUri != UblNamespaces::cbc();
    }

    [[nodiscard]] QList<NodePtr> all(QStringView qualified) const
    {
        QList<NodePtr> result;
        for (const auto& child : children) {
            if (child->is(qualified))
                result.append(child);
        }
        return result;
    }

    // The first node along a path like "cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID".
    [[nodiscard]] NodePtr find(QStringView path) const
    {
        NodePtr found;
        const Node* node = this;
        for (const QStringView step : path.split(u'/')) {
            const QList<NodePtr> matches = node->all(step);
            if (matches.isEmpty())
                return nullptr;
            found = matches.first();
            node = found.get();
        }
        return found;
    }

    [[nodiscard]] QString textAt(QStringView path) const
    {
        const NodePtr node = find(path);
        return node ? node->text : u"<missing %1>"_s.arg(path.toString());
    }

    [[nodiscard]] QStringList childNames() const
    {
        QStringList names;
        for (const auto& child : children)
            names.append(child->name);
        return names;
    }
};

std::shared_ptr<Node> parseXml(const QByteArray& xml)
{
    QXmlStreamReader reader(xml);
    auto root = std::make_shared<Node>();
    QList<Node*> stack { root.get() };
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            auto node = std::make_shared<Node>();
            node->namespaceUri = reader.namespaceUri().toString();
            node->name = reader.name().toString();
            for (const QXmlStreamAttribute& attribute : reader.attributes())
                node->attributes.insert(attribute.name().toString(), attribute.value().toString());
            stack.last()->children.append(node);
            stack.append(node.get());
        } else if (reader.isEndElement()) {
            stack.removeLast();
        } else if (reader.isCharacters() && !reader.isWhitespace()) {
            stack.last()->text += reader.text().toString();
        }
    }
    if (reader.hasError())
        qFatal("not well-formed: %s", qPrintable(reader.errorString()));
    return root->children.isEmpty() ? nullptr : root->children.first();
}

QByteArray written(const Document& document)
{
    const auto xml = UblWriter::write(document);
    if (!xml)
        qFatal("UblWriter failed: %s [%s]", qPrintable(xml.error().toString()),
               qPrintable(xml.error().field));
    return *xml;
}

std::shared_ptr<Node> writtenTree(const Document& document)
{
    return parseXml(written(document));
}

// Element names with runs of the same name collapsed: the order is what the schema fixes.
QStringList sequence(const QStringList& names)
{
    QStringList result;
    for (const QString& name : names) {
        if (result.isEmpty() || result.last() != name)
            result.append(name);
    }
    return result;
}

} // namespace

Q_DECLARE_METATYPE(kasboek::domain::Document)

class TestUblWriter : public QObject
{
    Q_OBJECT
private slots:
    void fixturesAreValidDocuments();
    void invoiceHeader();
    void headerElementsInSchemaOrder();
    void totalsMatchHandCalculation_data();
    void totalsMatchHandCalculation();
    void totalsMatchDocumentCalculation();
    void vatBreakdownWithExemptions();
    void lineDiscountAndDocumentAllowances();
    void linesQuantitiesAndPrices();
    void creditNote();
    void creditNoteWithoutTermsStatesDueDate();
    void foreignCurrencyStatesVatInEuro();
    void paymentMeans();
    void endpointsAndLegalIdentifiers();
    void buyerReferenceFallsBack();
    void embeddedPdfRoundTrips();
    void hostileTextStaysWellFormed();
    void refusesDraftsAndQuotes();
    void refusesWhatPeppolWouldReject();
};

// The fixtures are shared with other tests: their identifiers pass Kasboek's own checks.
void TestUblWriter::fixturesAreValidDocuments()
{
    const QList<fixtures::NamedDocument> documents = fixtures::allDocuments();
    QCOMPARE(documents.size(), 11);
    for (const fixtures::NamedDocument& named : documents) {
        const Document& document = named.document;
        const QByteArray name = named.name.toUtf8();
        QVERIFY2(document.status == DocumentStatus::Issued, name);
        QVERIFY2(!document.number.isEmpty() && document.issueDate.isValid() && document.dueDate.isValid(),
                 name);
        QVERIFY2(!document.uid.isNull() && !document.lines.isEmpty(), name);
        for (const DocumentParty* party : { &document.seller, &document.buyer }) {
            QVERIFY2(!party->name.isEmpty() && !party->street.isEmpty() && !party->city.isEmpty(), name);
            QVERIFY2(party->vatNumber.isEmpty() || VatNumber::isValid(party->vatNumber), name);
            QVERIFY2(party->enterpriseNumber.isEmpty()
                         || BelgianEnterpriseNumber::isValid(party->enterpriseNumber),
                     name);
            if (!party->enterpriseNumber.isEmpty())
                QCOMPARE(party->vatNumber, u"BE"_s + party->enterpriseNumber);
            QVERIFY2(party->kvkNumber.isEmpty() || KvkNumber::isValid(party->kvkNumber), name);
            QVERIFY2(party->iban.isEmpty() || Iban::isValid(party->iban), name);
            QVERIFY2(party->bic.isEmpty() || Bic::isValid(party->bic), name);
        }
        QVERIFY2(!document.seller.iban.isEmpty() && !document.seller.bic.isEmpty(), name);
        switch (document.paymentReferenceKind) {
        case PaymentReferenceKind::Structured:
            QVERIFY2(StructuredCommunication::isValid(document.paymentReference), name);
            break;
        case PaymentReferenceKind::Creditor:
            QVERIFY2(CreditorReference::isValid(document.paymentReference), name);
            break;
        case PaymentReferenceKind::Plain:
            QVERIFY2(!document.paymentReference.isEmpty(), name);
            break;
        case PaymentReferenceKind::None:
            QFAIL(name.constData());
        }
        for (const DocumentLine& line : document.lines)
            QVERIFY2(UnitCodes::isKnown(line.unitCode), qPrintable(named.name + u": "_s + line.unitCode));
        const auto totals = DocumentCalculation::totals(document);
        KASBOEK_VERIFY_OK(totals);
        QCOMPARE(document.totalExclusive, totals->taxExclusiveAmount);
        QCOMPARE(document.totalVat, totals->vatTotal);
    }
    // The Norwegian customer's id is outside what PeppolParticipantId checks; its mod-11 check
    // (PEPPOL-COMMON-R041) is done by the Peppol validation test.
    QVERIFY(!PeppolParticipantId::isValid(fixtures::exportInvoice().buyer.peppolId));
    QCOMPARE(fixtures::longInvoice().lines.size(), 60);
    QCOMPARE(fixtures::creditNote().correctedDocumentNumber, fixtures::domesticInvoice().number);
    QCOMPARE(*fixtures::creditNote().correctedDocumentDate, fixtures::domesticInvoice().issueDate);
}

void TestUblWriter::invoiceHeader()
{
    const QByteArray xml = written(fixtures::domesticInvoice());
    QVERIFY(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    QVERIFY(xml.contains("xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\""));
    QVERIFY(xml.contains(
        "xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\""));
    QVERIFY(
        xml.contains("xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\""));

    const auto root = parseXml(xml);
    QCOMPARE(root->name, u"Invoice"_s);
    QCOMPARE(root->namespaceUri, u"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"_s);
    QCOMPARE(root->textAt(u"cbc:CustomizationID"),
             u"urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"_s);
    QCOMPARE(root->textAt(u"cbc:ProfileID"), u"urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"_s);
    QCOMPARE(root->textAt(u"cbc:ID"), u"2026-0042"_s);
    QCOMPARE(root->textAt(u"cbc:IssueDate"), u"2026-03-02"_s);
    QCOMPARE(root->textAt(u"cbc:DueDate"), u"2026-04-01"_s); // 30 days after 2 March
    QCOMPARE(root->textAt(u"cbc:InvoiceTypeCode"), u"380"_s);
    QCOMPARE(root->textAt(u"cbc:Note"), u"Prestaties februari 2026 volgens de bijgevoegde urenstaat."_s);
    QCOMPARE(root->textAt(u"cbc:DocumentCurrencyCode"), u"EUR"_s);
    QVERIFY(!root->find(u"cbc:TaxCurrencyCode"));
    QCOMPARE(root->textAt(u"cbc:BuyerReference"), u"KLP-2026"_s);
    QCOMPARE(root->textAt(u"cac:OrderReference/cbc:ID"), u"PO-2026-118"_s);
    QVERIFY(!root->find(u"cac:BillingReference"));
    QVERIFY(!root->find(u"cac:AdditionalDocumentReference"));
    QCOMPARE(root->all(u"cac:TaxTotal").size(), 1);
}

// UBL 2.1 is a strict xsd:sequence; the Peppol validator checks it too, this says where it broke.
void TestUblWriter::headerElementsInSchemaOrder()
{
    Document document = fixtures::discountsAndChargeInvoice();
    document.orderReference = u"PO-1"_s;
    document.deliveryDate = QDate(2026, 3, 31);
    document.attachments = { { 0, u"timesheet.csv"_s, u"text/csv"_s, u"Timesheet"_s, "day;hours\n" } };
    const QStringList expected = {
        u"CustomizationID"_s,
        u"ProfileID"_s,
        u"ID"_s,
        u"IssueDate"_s,
        u"DueDate"_s,
        u"InvoiceTypeCode"_s,
        u"Note"_s,
        u"DocumentCurrencyCode"_s,
        u"BuyerReference"_s,
        u"OrderReference"_s,
        u"AdditionalDocumentReference"_s,
        u"AccountingSupplierParty"_s,
        u"AccountingCustomerParty"_s,
        u"Delivery"_s,
        u"PaymentMeans"_s,
        u"PaymentTerms"_s,
        u"AllowanceCharge"_s,
        u"TaxTotal"_s,
        u"LegalMonetaryTotal"_s,
        u"InvoiceLine"_s,
    };
    QCOMPARE(sequence(writtenTree(document)->childNames()), expected);
    QCOMPARE(writtenTree(document)->find(u"cac:InvoiceLine")->childNames(),
             QStringList({ u"ID"_s, u"InvoicedQuantity"_s, u"LineExtensionAmount"_s, u"AccountingCost"_s,
                           u"AllowanceCharge"_s, u"Item"_s, u"Price"_s }));

    const QStringList creditNoteExpected = {
        u"CustomizationID"_s,
        u"ProfileID"_s,
        u"ID"_s,
        u"IssueDate"_s,
        u"CreditNoteTypeCode"_s,
        u"Note"_s,
        u"DocumentCurrencyCode"_s,
        u"BuyerReference"_s,
        u"BillingReference"_s,
        u"AccountingSupplierParty"_s,
        u"AccountingCustomerParty"_s,
        u"PaymentMeans"_s,
        u"PaymentTerms"_s,
        u"TaxTotal"_s,
        u"LegalMonetaryTotal"_s,
        u"CreditNoteLine"_s,
    };
    QCOMPARE(sequence(writtenTree(fixtures::creditNote())->childNames()), creditNoteExpected);

    const auto party
        = writtenTree(fixtures::domesticInvoice())->find(u"cac:AccountingSupplierParty/cac:Party");
    QVERIFY(party);
    QCOMPARE(party->childNames(),
             QStringList({ u"EndpointID"_s, u"PartyIdentification"_s, u"PartyName"_s, u"PostalAddress"_s,
                           u"PartyTaxScheme"_s, u"PartyLegalEntity"_s, u"Contact"_s }));
}

void TestUblWriter::totalsMatchHandCalculation_data()
{
    QTest::addColumn<Document>("document");
    QTest::addColumn<QString>("lineExtension");
    QTest::addColumn<QString>("taxExclusive");
    QTest::addColumn<QString>("tax");
    QTest::addColumn<QString>("taxInclusive");
    QTest::addColumn<QString>("allowances");
    QTest::addColumn<QString>("charges");

    // 38.5 × 95 = 3657.50, 6 × 95 = 570, 250: 4477.50; 21 % = 940.275 → 940.28.
    QTest::newRow("domestic") << fixtures::domesticInvoice() << u"4477.50"_s << u"4477.50"_s << u"940.28"_s
                              << u"5417.78"_s << QString() << QString();
    // 21 %: 650 + 24 × 14.75 = 1004 → 210.84; 12 %: 24 × 38.5 = 924 → 110.88;
    // 6 %: 24 × 22.95 = 550.80 → 33.048 → 33.05. VAT 354.77.
    QTest::newRow("mixed-rates") << fixtures::mixedRatesInvoice() << u"2478.80"_s << u"2478.80"_s
                                 << u"354.77"_s << u"2833.57"_s << QString() << QString();
    // 8 × 385 = 3080, 12 × 145 = 1740, freight 180: 5000, no VAT.
    QTest::newRow("export") << fixtures::exportInvoice() << u"4820.00"_s << u"5000.00"_s << u"0.00"_s
                            << u"5000.00"_s << QString() << u"180.00"_s;
    // Lines: 4800 − 480 = 4320; 18.5 × 85 = 1572.50 − 235.875→235.88 = 1336.62; 12 × 39.95 = 479.40;
    // 2 × 34.5 = 69 at 6 %: 6205.02. Document discount 5 % of 6136.02 = 306.801 → 306.80 and of
    // 69 = 3.45: 310.25. Charge 64.80 at 21 %. 21 % group 5894.02 → 1237.7442 → 1237.74;
    // 6 % group 65.55 → 3.933 → 3.93. VAT 1241.67; 6205.02 − 310.25 + 64.80 = 5959.57.
    QTest::newRow("discounts-and-charge")
        << fixtures::discountsAndChargeInvoice() << u"6205.02"_s << u"5959.57"_s << u"1241.67"_s
        << u"7201.24"_s << u"310.25"_s << u"64.80"_s;
    // 40 × 120 + 650 = 5450 USD; 21 % = 1144.50.
    QTest::newRow("foreign-currency") << fixtures::foreignCurrencyInvoice() << u"5450.00"_s << u"5450.00"_s
                                      << u"1144.50"_s << u"6594.50"_s << QString() << QString();
    // 6 × 95 = 570; 21 % = 119.70.
    QTest::newRow("credit-note") << fixtures::creditNote() << u"570.00"_s << u"570.00"_s << u"119.70"_s
                                 << u"689.70"_s << QString() << QString();
    // 2450 at 21 % = 514.50; 40 × 29.5 = 1180 at 9 % = 106.20.
    QTest::newRow("dutch") << fixtures::dutchInvoice() << u"3630.00"_s << u"3630.00"_s << u"620.70"_s
                           << u"4250.70"_s << QString() << QString();
    // 8450 × 0.11 = 929.50 and 3 × 45 = 135, exempt.
    QTest::newRow("franchise") << fixtures::franchiseInvoice() << u"1064.50"_s << u"1064.50"_s << u"0.00"_s
                               << u"1064.50"_s << QString() << QString();
}

void TestUblWriter::totalsMatchHandCalculation()
{
    QFETCH(Document, document);
    QFETCH(QString, lineExtension);
    QFETCH(QString, taxExclusive);
    QFETCH(QString, tax);
    QFETCH(QString, taxInclusive);
    QFETCH(QString, allowances);
    QFETCH(QString, charges);

    const auto root = writtenTree(document);
    const QString currency = document.currency.code();
    QCOMPARE(root->textAt(u"cac:LegalMonetaryTotal/cbc:LineExtensionAmount"), lineExtension);
    QCOMPARE(root->textAt(u"cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount"), taxExclusive);
    QCOMPARE(root->textAt(u"cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount"), taxInclusive);
    QCOMPARE(root->textAt(u"cac:LegalMonetaryTotal/cbc:PayableAmount"), taxInclusive);
    QCOMPARE(root->textAt(u"cac:TaxTotal/cbc:TaxAmount"), tax);
    QCOMPARE(root->find(u"cac:TaxTotal/cbc:TaxAmount")->attributes.value(u"currencyID"_s), currency);
    QCOMPARE(root->find(u"cac:LegalMonetaryTotal/cbc:PayableAmount")->attributes.value(u"currencyID"_s),
             currency);
    if (allowances.isEmpty())
        QVERIFY(!root->find(u"cac:LegalMonetaryTotal/cbc:AllowanceTotalAmount"));
    else
        QCOMPARE(root->textAt(u"cac:LegalMonetaryTotal/cbc:AllowanceTotalAmount"), allowances);
    if (charges.isEmpty())
        QVERIFY(!root->find(u"cac:LegalMonetaryTotal/cbc:ChargeTotalAmount"));
    else
        QCOMPARE(root->textAt(u"cac:LegalMonetaryTotal/cbc:ChargeTotalAmount"), charges);
}

// Every fixture: the file says what DocumentCalculation says, line by line and group by group.
void TestUblWriter::totalsMatchDocumentCalculation()
{
    for (const fixtures::NamedDocument& named : fixtures::allDocuments()) {
        const Document& document = named.document;
        const auto totals = DocumentCalculation::totals(document);
        KASBOEK_VERIFY_OK(totals);
        const auto root = writtenTree(document);
        const bool creditNote = DocumentTypes::isCreditNote(document.type);

        QCOMPARE(root->textAt(u"cac:LegalMonetaryTotal/cbc:PayableAmount"),
                 totals->amountDue.toDecimalString());
        QCOMPARE(root->textAt(u"cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount"),
                 totals->taxExclusiveAmount.toDecimalString());
        QCOMPARE(root->textAt(u"cac:TaxTotal/cbc:TaxAmount"), totals->vatTotal.toDecimalString());
        QCOMPARE(document.totalInclusive, totals->taxInclusiveAmount);

        const auto lines = root->all(creditNote ? u"cac:CreditNoteLine" : u"cac:InvoiceLine");
        QCOMPARE(lines.size(), document.lines.size());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QCOMPARE(lines.at(i)->textAt(u"cbc:ID"), QString::number(i + 1));
            QCOMPARE(lines.at(i)->textAt(u"cbc:LineExtensionAmount"),
                     totals->lineNetAmounts.at(i).toDecimalString());
        }
        const auto groups = root->find(u"cac:TaxTotal")->all(u"cac:TaxSubtotal");
        QCOMPARE(groups.size(), totals->vatBreakdown.size());
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const VatBreakdown& expected = totals->vatBreakdown.at(i);
            QCOMPARE(groups.at(i)->textAt(u"cbc:TaxableAmount"), expected.taxableAmount.toDecimalString());
            QCOMPARE(groups.at(i)->textAt(u"cbc:TaxAmount"), expected.taxAmount.toDecimalString());
            QCOMPARE(groups.at(i)->textAt(u"cac:TaxCategory/cbc:ID"),
                     VatCategories::code(expected.vatCategory));
        }
    }
}

void TestUblWriter::vatBreakdownWithExemptions()
{
    const auto mixed = writtenTree(fixtures::mixedRatesInvoice());
    const auto groups = mixed->find(u"cac:TaxTotal")->all(u"cac:TaxSubtotal");
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups.at(0)->textAt(u"cac:TaxCategory/cbc:Percent"), u"21"_s);
    QCOMPARE(groups.at(0)->textAt(u"cbc:TaxableAmount"), u"1004.00"_s);
    QCOMPARE(groups.at(0)->textAt(u"cbc:TaxAmount"), u"210.84"_s);
    QCOMPARE(groups.at(1)->textAt(u"cac:TaxCategory/cbc:Percent"), u"12"_s);
    QCOMPARE(groups.at(1)->textAt(u"cbc:TaxAmount"), u"110.88"_s);
    QCOMPARE(groups.at(2)->textAt(u"cac:TaxCategory/cbc:Percent"), u"6"_s);
    QCOMPARE(groups.at(2)->textAt(u"cbc:TaxAmount"), u"33.05"_s);
    QCOMPARE(groups.at(2)->textAt(u"cac:TaxCategory/cac:TaxScheme/cbc:ID"), u"VAT"_s);
    QVERIFY(!groups.at(0)->find(u"cac:TaxCategory/cbc:TaxExemptionReason"));

    const auto exported = writtenTree(fixtures::exportInvoice());
    const auto export0 = exported->find(u"cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory");
    QCOMPARE(export0->textAt(u"cbc:ID"), u"G"_s);
    QCOMPARE(export0->textAt(u"cbc:Percent"), u"0"_s);
    QCOMPARE(export0->textAt(u"cbc:TaxExemptionReasonCode"), u"VATEX-EU-G"_s);
    QCOMPARE(export0->textAt(u"cbc:TaxExemptionReason"),
             u"Exempt export outside the EU (Article 146 of Directive 2006/112/EC)."_s);
    // The reason belongs in the breakdown, not on the lines (UBL-CR-600/601).
    QVERIFY(!exported->find(u"cac:InvoiceLine/cac:Item/cac:ClassifiedTaxCategory/cbc:TaxExemptionReason"));
    QCOMPARE(exported->textAt(u"cac:Delivery/cbc:ActualDeliveryDate"), u"2026-03-10"_s);
    const auto freight = exported->find(u"cac:AllowanceCharge");
    QCOMPARE(freight->textAt(u"cbc:ChargeIndicator"), u"true"_s);
    QCOMPARE(freight->textAt(u"cbc:AllowanceChargeReasonCode"), u"FC"_s);
    QCOMPARE(freight->textAt(u"cbc:Amount"), u"180.00"_s);
    QCOMPARE(freight->textAt(u"cac:TaxCategory/cbc:ID"), u"G"_s);

    const auto reverse
        = writtenTree(fixtures::coContractorInvoice())->find(u"cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory");
    QCOMPARE(reverse->textAt(u"cbc:ID"), u"AE"_s);
    QCOMPARE(reverse->textAt(u"cbc:TaxExemptionReasonCode"), u"VATEX-EU-AE"_s);
    QCOMPARE(reverse->textAt(u"cbc:TaxExemptionReason"), u"Verlegging van heffing / Autoliquidation"_s);

    // The franchise regime has a text and no VATEX code.
    const auto franchise
        = writtenTree(fixtures::franchiseInvoice())->find(u"cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory");
    QCOMPARE(franchise->textAt(u"cbc:ID"), u"E"_s);
    QVERIFY(!franchise->find(u"cbc:TaxExemptionReasonCode"));
    QCOMPARE(franchise->textAt(u"cbc:TaxExemptionReason"),
             u"Bijzondere vrijstellingsregeling kleine ondernemingen"_s);

    // "Not subject to VAT" carries no rate at all (BR-O-05, BR-O-06).
    Document notSubject = fixtures::exportInvoice();
    for (DocumentLine& line : notSubject.lines)
        line.vatCategory = VatCategory::NotSubject;
    notSubject.charges.first().vatCategory = VatCategory::NotSubject;
    notSubject.exemptions = { { VatCategory::NotSubject, u"VATEX-EU-O"_s, QString() } };
    const auto outside = writtenTree(fixtures::issued(notSubject));
    QVERIFY(!outside->find(u"cac:InvoiceLine/cac:Item/cac:ClassifiedTaxCategory/cbc:Percent"));
    QVERIFY(!outside->find(u"cac:AllowanceCharge/cac:TaxCategory/cbc:Percent"));
    QVERIFY(!outside->find(u"cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:Percent"));
    // ... and no VAT identifiers (BR-O-02..04); the enterprise number still identifies the seller.
    QVERIFY(!outside->find(u"cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme"));
    QVERIFY(!outside->find(u"cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme"));
    QCOMPARE(outside->textAt(u"cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID"),
             u"0699553112"_s);
    QCOMPARE(outside->textAt(u"cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:TaxExemptionReason"),
             u"Not subject to VAT"_s);
}

void TestUblWriter::lineDiscountAndDocumentAllowances()
{
    const auto root = writtenTree(fixtures::discountsAndChargeInvoice());
    const auto lines = root->all(u"cac:InvoiceLine");
    QCOMPARE(lines.size(), 4);

    const auto website = lines.at(0)->find(u"cac:AllowanceCharge");
    QVERIFY(website);
    QCOMPARE(website->textAt(u"cbc:ChargeIndicator"), u"false"_s);
    QCOMPARE(website->textAt(u"cbc:AllowanceChargeReasonCode"), u"95"_s);
    QCOMPARE(website->textAt(u"cbc:AllowanceChargeReason"), u"Korting"_s);
    QCOMPARE(website->textAt(u"cbc:MultiplierFactorNumeric"), u"10"_s);
    QCOMPARE(website->textAt(u"cbc:Amount"), u"480.00"_s);
    QCOMPARE(website->textAt(u"cbc:BaseAmount"), u"4800.00"_s);
    QCOMPARE(lines.at(0)->textAt(u"cbc:LineExtensionAmount"), u"4320.00"_s);
    QCOMPARE(lines.at(0)->textAt(u"cac:Price/cbc:PriceAmount"), u"4800"_s);

    // 18.5 × 85 = 1572.50; 15 % = 235.875 → 235.88.
    QCOMPARE(lines.at(1)->textAt(u"cac:AllowanceCharge/cbc:Amount"), u"235.88"_s);
    QCOMPARE(lines.at(1)->textAt(u"cac:AllowanceCharge/cbc:BaseAmount"), u"1572.50"_s);
    QCOMPARE(lines.at(1)->textAt(u"cbc:LineExtensionAmount"), u"1336.62"_s);
    QVERIFY(!lines.at(2)->find(u"cac:AllowanceCharge"));

    const auto documentLevel = root->all(u"cac:AllowanceCharge");
    QCOMPARE(documentLevel.size(), 3);
    QCOMPARE(documentLevel.at(0)->textAt(u"cbc:ChargeIndicator"), u"false"_s);
    QCOMPARE(documentLevel.at(0)->textAt(u"cbc:MultiplierFactorNumeric"), u"5"_s);
    QCOMPARE(documentLevel.at(0)->textAt(u"cbc:BaseAmount"), u"6136.02"_s);
    QCOMPARE(documentLevel.at(0)->textAt(u"cbc:Amount"), u"306.80"_s);
    QCOMPARE(documentLevel.at(0)->textAt(u"cac:TaxCategory/cbc:Percent"), u"21"_s);
    QCOMPARE(documentLevel.at(1)->textAt(u"cbc:BaseAmount"), u"69.00"_s);
    QCOMPARE(documentLevel.at(1)->textAt(u"cbc:Amount"), u"3.45"_s);
    QCOMPARE(documentLevel.at(1)->textAt(u"cac:TaxCategory/cbc:Percent"), u"6"_s);
    QCOMPARE(documentLevel.at(2)->textAt(u"cbc:ChargeIndicator"), u"true"_s);
    QCOMPARE(documentLevel.at(2)->textAt(u"cbc:AllowanceChargeReason"), u"Verplaatsingskosten"_s);
    QCOMPARE(documentLevel.at(2)->textAt(u"cbc:Amount"), u"64.80"_s);

    // The reason follows the document's language.
    Document french = fixtures::discountsAndChargeInvoice();
    french.language = u"fr"_s;
    QCOMPARE(writtenTree(french)->textAt(u"cac:AllowanceCharge/cbc:AllowanceChargeReason"), u"Remise"_s);
}

void TestUblWriter::linesQuantitiesAndPrices()
{
    const auto root = writtenTree(fixtures::domesticInvoice());
    const auto first = root->find(u"cac:InvoiceLine");
    QCOMPARE(first->textAt(u"cbc:InvoicedQuantity"), u"38.5"_s);
    QCOMPARE(first->find(u"cbc:InvoicedQuantity")->attributes.value(u"unitCode"_s), u"HUR"_s);
    QCOMPARE(first->textAt(u"cbc:LineExtensionAmount"), u"3657.50"_s);
    QCOMPARE(first->textAt(u"cac:Item/cbc:Name"), u"Ontwikkeling klantenportaal – sprint 4"_s);
    QVERIFY(first->textAt(u"cac:Item/cbc:Description").startsWith(u"Projectplanning"_s));
    QCOMPARE(first->textAt(u"cac:Item/cac:SellersItemIdentification/cbc:ID"), u"DEV-STD"_s);
    QCOMPARE(first->textAt(u"cac:Item/cac:ClassifiedTaxCategory/cbc:ID"), u"S"_s);
    QCOMPARE(first->textAt(u"cac:Item/cac:ClassifiedTaxCategory/cbc:Percent"), u"21"_s);
    QCOMPARE(first->textAt(u"cac:Price/cbc:PriceAmount"), u"95"_s);
    QCOMPARE(first->find(u"cac:Price/cbc:PriceAmount")->attributes.value(u"currencyID"_s), u"EUR"_s);
    QCOMPARE(first->find(u"cac:Item")->childNames(),
             QStringList({ u"Description"_s, u"Name"_s, u"SellersItemIdentification"_s,
                           u"ClassifiedTaxCategory"_s }));

    const auto long60 = writtenTree(fixtures::longInvoice());
    const auto lines = long60->all(u"cac:InvoiceLine");
    QCOMPARE(lines.size(), 60);
    QCOMPARE(lines.at(0)->textAt(u"cbc:InvoicedQuantity"), u"0.25"_s);
    QCOMPARE(lines.at(0)->textAt(u"cbc:LineExtensionAmount"), u"23.75"_s); // 0.25 × 95
    QCOMPARE(lines.at(3)->textAt(u"cbc:InvoicedQuantity"), u"3.75"_s);
    QCOMPARE(lines.at(3)->textAt(u"cac:Price/cbc:PriceAmount"), u"112.5"_s);
    QCOMPARE(lines.at(3)->textAt(u"cbc:LineExtensionAmount"), u"421.88"_s); // 3.75 × 112.5 = 421.875
    QCOMPARE(lines.at(59)->textAt(u"cbc:ID"), u"60"_s);
    QCOMPARE(lines.at(59)->textAt(u"cbc:AccountingCost"), u"PRJ-2026-07"_s);

    const auto franchise = writtenTree(fixtures::franchiseInvoice());
    QCOMPARE(franchise->textAt(u"cac:InvoiceLine/cac:Price/cbc:PriceAmount"), u"0.11"_s);
    QCOMPARE(franchise->textAt(u"cac:InvoiceLine/cbc:InvoicedQuantity"), u"8450"_s);
}

void TestUblWriter::creditNote()
{
    const QByteArray xml = written(fixtures::creditNote());
    QVERIFY(xml.contains("xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2\""));
    const auto root = parseXml(xml);
    QCOMPARE(root->name, u"CreditNote"_s);
    QCOMPARE(root->textAt(u"cbc:CreditNoteTypeCode"), u"381"_s);
    QVERIFY(!root->find(u"cbc:DueDate"));
    QVERIFY(!root->find(u"cbc:InvoiceTypeCode"));
    QCOMPARE(root->textAt(u"cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID"), u"2026-0042"_s);
    QCOMPARE(root->textAt(u"cac:BillingReference/cac:InvoiceDocumentReference/cbc:IssueDate"),
             u"2026-03-02"_s);
    QCOMPARE(root->textAt(u"cac:PaymentMeans/cbc:PaymentDueDate"), u"2026-04-15"_s); // 16 March + 30
    QCOMPARE(root->textAt(u"cac:PaymentTerms/cbc:Note"),
             u"Wordt binnen 30 dagen teruggestort op uw rekening."_s);
    QVERIFY(!root->find(u"cac:InvoiceLine"));
    const auto line = root->find(u"cac:CreditNoteLine");
    QVERIFY(line);
    QCOMPARE(line->textAt(u"cbc:CreditedQuantity"), u"6"_s);
    QCOMPARE(line->textAt(u"cbc:LineExtensionAmount"), u"570.00"_s);
}

void TestUblWriter::creditNoteWithoutTermsStatesDueDate()
{
    Document document = fixtures::creditNote();
    document.paymentTerms.clear();
    QCOMPARE(writtenTree(document)->textAt(u"cac:PaymentTerms/cbc:Note"),
             u"Te vereffenen uiterlijk op 15/04/2026."_s);
    document.language = u"de"_s;
    QCOMPARE(writtenTree(document)->textAt(u"cac:PaymentTerms/cbc:Note"),
             u"Zu begleichen bis zum 15.04.2026."_s);

    // An invoice has its DueDate element: no note is made up for it.
    Document invoice = fixtures::domesticInvoice();
    invoice.paymentTerms.clear();
    QVERIFY(!writtenTree(invoice)->find(u"cac:PaymentTerms"));
}

void TestUblWriter::foreignCurrencyStatesVatInEuro()
{
    const auto root = writtenTree(fixtures::foreignCurrencyInvoice());
    QCOMPARE(root->textAt(u"cbc:DocumentCurrencyCode"), u"USD"_s);
    QCOMPARE(root->textAt(u"cbc:TaxCurrencyCode"), u"EUR"_s);
    const auto taxTotals = root->all(u"cac:TaxTotal");
    QCOMPARE(taxTotals.size(), 2);
    QCOMPARE(taxTotals.at(0)->textAt(u"cbc:TaxAmount"), u"1144.50"_s);
    QCOMPARE(taxTotals.at(0)->find(u"cbc:TaxAmount")->attributes.value(u"currencyID"_s), u"USD"_s);
    // 1144.50 USD × 0.9234 = 1056.8313 EUR.
    QCOMPARE(taxTotals.at(1)->textAt(u"cbc:TaxAmount"), u"1056.83"_s);
    QCOMPARE(taxTotals.at(1)->find(u"cbc:TaxAmount")->attributes.value(u"currencyID"_s), u"EUR"_s);
    QVERIFY(taxTotals.at(1)->all(u"cac:TaxSubtotal").isEmpty());
    QCOMPARE(root->find(u"cac:InvoiceLine/cac:Price/cbc:PriceAmount")->attributes.value(u"currencyID"_s),
             u"USD"_s);
    // Not euro, so not a SEPA credit transfer.
    QCOMPARE(root->textAt(u"cac:PaymentMeans/cbc:PaymentMeansCode"), u"30"_s);
}

void TestUblWriter::paymentMeans()
{
    const auto domestic = writtenTree(fixtures::domesticInvoice());
    QCOMPARE(domestic->textAt(u"cac:PaymentMeans/cbc:PaymentMeansCode"), u"58"_s);
    // Base 2026004200: 2026004200 mod 97 = 23.
    QCOMPARE(domestic->textAt(u"cac:PaymentMeans/cbc:PaymentID"), u"202600420023"_s);
    QCOMPARE(domestic->textAt(u"cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID"), u"BE73735012345660"_s);
    QCOMPARE(domestic->textAt(u"cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:Name"),
             u"Verhaegen Digital BV"_s);
    QCOMPARE(
        domestic->textAt(u"cac:PaymentMeans/cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:ID"),
        u"KREDBEBB"_s);
    QCOMPARE(domestic->textAt(u"cac:PaymentTerms/cbc:Note"), u"Betaling binnen 30 dagen na factuurdatum."_s);
    QVERIFY(!domestic->find(u"cac:PaymentMeans/cbc:PaymentDueDate"));

    const QString rf
        = writtenTree(fixtures::intraEuServicesInvoice())->textAt(u"cac:PaymentMeans/cbc:PaymentID");
    QVERIFY2(rf.startsWith(u"RF"_s) && rf.endsWith(u"20260045"_s), qPrintable(rf));
    QCOMPARE(writtenTree(fixtures::dutchInvoice())->textAt(u"cac:PaymentMeans/cbc:PaymentID"),
             u"SB-2026-017"_s);
    QCOMPARE(
        writtenTree(fixtures::dutchInvoice())->textAt(u"cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID"),
        u"NL43RABO0312847561"_s);

    // Without an IBAN there are no payment instructions to give.
    Document noAccount = fixtures::domesticInvoice();
    noAccount.seller.iban.clear();
    noAccount.seller.bic.clear();
    QVERIFY(!writtenTree(noAccount)->find(u"cac:PaymentMeans"));
}

void TestUblWriter::endpointsAndLegalIdentifiers()
{
    const auto endpoint = [](const Node* root, QStringView party) {
        const auto node = root->find(party.toString() + u"/cac:Party/cbc:EndpointID"_s);
        return node ? node->attributes.value(u"schemeID"_s) + u':' + node->text : u"<none>"_s;
    };
    const auto domestic = writtenTree(fixtures::domesticInvoice());
    QCOMPARE(endpoint(domestic.get(), u"cac:AccountingSupplierParty"), u"0208:0768412323"_s);
    QCOMPARE(endpoint(domestic.get(), u"cac:AccountingCustomerParty"), u"0208:0456789133"_s);
    const auto seller = domestic->find(u"cac:AccountingSupplierParty/cac:Party");
    QCOMPARE(seller->textAt(u"cac:PartyTaxScheme/cbc:CompanyID"), u"BE0768412323"_s);
    QCOMPARE(seller->textAt(u"cac:PartyTaxScheme/cac:TaxScheme/cbc:ID"), u"VAT"_s);
    QCOMPARE(seller->textAt(u"cac:PartyLegalEntity/cbc:RegistrationName"), u"Verhaegen Digital BV"_s);
    QCOMPARE(seller->textAt(u"cac:PartyLegalEntity/cbc:CompanyID"), u"0768412323"_s);
    QCOMPARE(seller->find(u"cac:PartyLegalEntity/cbc:CompanyID")->attributes.value(u"schemeID"_s), u"0208"_s);
    QCOMPARE(seller->textAt(u"cac:PartyLegalEntity/cbc:CompanyLegalForm"), u"BV"_s);
    QCOMPARE(seller->textAt(u"cac:PostalAddress/cbc:StreetName"), u"Kortrijksesteenweg 120"_s);
    QCOMPARE(seller->textAt(u"cac:PostalAddress/cbc:PostalZone"), u"9000"_s);
    QCOMPARE(seller->textAt(u"cac:PostalAddress/cac:Country/cbc:IdentificationCode"), u"BE"_s);
    QCOMPARE(seller->textAt(u"cac:Contact/cbc:ElectronicMail"), u"facturen@verhaegen-digital.be"_s);

    const auto intraEu = writtenTree(fixtures::intraEuServicesInvoice());
    QCOMPARE(endpoint(intraEu.get(), u"cac:AccountingCustomerParty"), u"9930:DE812345673"_s);
    QVERIFY(!intraEu->find(u"cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID"));
    QCOMPARE(endpoint(writtenTree(fixtures::exportInvoice()).get(), u"cac:AccountingCustomerParty"),
             u"0192:987654325"_s);
    const auto dutch = writtenTree(fixtures::dutchInvoice());
    QCOMPARE(endpoint(dutch.get(), u"cac:AccountingSupplierParty"), u"0106:61234567"_s);
    QCOMPARE(endpoint(dutch.get(), u"cac:AccountingCustomerParty"), u"0106:34567890"_s);
    QCOMPARE(dutch->find(u"cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID")
                 ->attributes.value(u"schemeID"_s),
             u"0106"_s);

    // An explicit Peppol id wins; a Belgian VAT number alone gives its enterprise number.
    Document document = fixtures::domesticInvoice();
    document.buyer.peppolId = u"9925:BE0456789133"_s;
    document.seller.enterpriseNumber.clear();
    const auto derived = writtenTree(fixtures::issued(document));
    QCOMPARE(endpoint(derived.get(), u"cac:AccountingCustomerParty"), u"9925:BE0456789133"_s);
    QCOMPARE(endpoint(derived.get(), u"cac:AccountingSupplierParty"), u"0208:0768412323"_s);
    // A Dutch party without KvK number: its VAT number (9944).
    Document dutchVatOnly = fixtures::dutchInvoice();
    dutchVatOnly.buyer.kvkNumber.clear();
    QCOMPARE(endpoint(writtenTree(dutchVatOnly).get(), u"cac:AccountingCustomerParty"),
             u"9944:NL812345678B01"_s);
}

void TestUblWriter::buyerReferenceFallsBack()
{
    // No buyer reference: the order reference, so that receivers can still route it.
    QCOMPARE(writtenTree(fixtures::exportInvoice())->textAt(u"cbc:BuyerReference"), u"NF-2026-0088"_s);
    Document neither = fixtures::domesticInvoice();
    neither.buyerReference.clear();
    neither.orderReference.clear();
    const auto root = writtenTree(neither);
    QCOMPARE(root->textAt(u"cbc:BuyerReference"), u"2026-0042"_s);
    QVERIFY(!root->find(u"cac:OrderReference"));
}

void TestUblWriter::embeddedPdfRoundTrips()
{
    QByteArray pdf("%PDF-1.7\n");
    for (int i = 0; i < 256 * 4; ++i)
        pdf.append(char(i % 256));
    pdf.append("\n%%EOF\n");

    const auto xml = UblWriter::write(fixtures::domesticInvoice(), pdf);
    KASBOEK_VERIFY_OK(xml);
    const auto root = parseXml(*xml);
    const auto reference = root->find(u"cac:AdditionalDocumentReference");
    QVERIFY(reference);
    QCOMPARE(reference->textAt(u"cbc:ID"), u"2026-0042"_s);
    const auto object = reference->find(u"cac:Attachment/cbc:EmbeddedDocumentBinaryObject");
    QVERIFY(object);
    QCOMPARE(object->attributes.value(u"mimeCode"_s), u"application/pdf"_s);
    QCOMPARE(object->attributes.value(u"filename"_s), u"2026-0042.pdf"_s);
    const auto decoded
        = QByteArray::fromBase64Encoding(object->text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(decoded);
    QCOMPARE(*decoded, pdf);

    // Without a file name the number gives one, made safe for a file system.
    Document document = fixtures::exportInvoice();
    const auto defaultName
        = parseXml(*UblWriter::write(document, pdf))
              ->find(u"cac:AdditionalDocumentReference/cac:Attachment/cbc:EmbeddedDocumentBinaryObject");
    QCOMPARE(defaultName->attributes.value(u"filename"_s), u"2026-031.pdf"_s);

    // The document's own attachments follow the PDF; its stored copy of the same PDF is not repeated.
    document.attachments = { { 1, u"Invoice 2026-031.pdf"_s, u"application/pdf"_s, QString(), pdf },
                             { 2, u"packing-list.png"_s, u"image/png"_s, u"Packing list"_s, "\x89PNG" } };
    const auto named = UblWriter::write(document, pdf, u"Invoice 2026-031.pdf"_s);
    KASBOEK_VERIFY_OK(named);
    const auto references = parseXml(*named)->all(u"cac:AdditionalDocumentReference");
    QCOMPARE(references.size(), 2);
    const auto first = references.at(0)->find(u"cac:Attachment/cbc:EmbeddedDocumentBinaryObject");
    QCOMPARE(first->attributes.value(u"filename"_s), u"Invoice 2026-031.pdf"_s);
    QCOMPARE(QByteArray::fromBase64(first->text.toLatin1()), pdf);
    QCOMPARE(references.at(1)->textAt(u"cbc:ID"), u"packing-list.png"_s);
    QCOMPARE(references.at(1)->textAt(u"cbc:DocumentDescription"), u"Packing list"_s);
    const auto second = references.at(1)->find(u"cac:Attachment/cbc:EmbeddedDocumentBinaryObject");
    QCOMPARE(second->attributes.value(u"mimeCode"_s), u"image/png"_s);
    QCOMPARE(QByteArray::fromBase64(second->text.toLatin1()), QByteArray("\x89PNG"));
}

void TestUblWriter::hostileTextStaysWellFormed()
{
    Document document = fixtures::domesticInvoice();
    document.notes = u"Fase 2 <klaar> & \"opgeleverd\"\x01\x1b; ‘tot ziens’ 😀"_s;
    document.lines.first().name = u"\x02\x03"_s + document.lines.first().name;
    const QByteArray xml = written(fixtures::issued(document));
    QVERIFY(!xml.contains('\x01'));
    QVERIFY(!xml.contains('\x1b'));
    const auto root = parseXml(xml);
    QCOMPARE(root->textAt(u"cbc:Note"), u"Fase 2 <klaar> & \"opgeleverd\"; ‘tot ziens’ 😀"_s);
    QCOMPARE(root->textAt(u"cac:InvoiceLine/cac:Item/cbc:Name"), u"Ontwikkeling klantenportaal – sprint 4"_s);
    // UTF-8, not escaped: the German customer's name as its bytes.
    QVERIFY(written(fixtures::intraEuServicesInvoice())
                .contains("Anna Schr\xc3\xb6"
                          "der"));

    // A line whose name is only control characters has no name.
    document.lines.first().name = u"\x02"_s;
    KASBOEK_VERIFY_ERROR(UblWriter::write(fixtures::issued(document)), ErrorCode::Validation);
}

void TestUblWriter::refusesDraftsAndQuotes()
{
    Document draft = fixtures::domesticInvoice();
    draft.status = DocumentStatus::Draft;
    auto result = UblWriter::write(draft);
    KASBOEK_VERIFY_ERROR(result, ErrorCode::Validation);
    QCOMPARE(result.error().field, u"status"_s);
    QVERIFY(!result.error().message.isEmpty());

    Document quote = fixtures::domesticInvoice();
    quote.type = DocumentType::Quote;
    result = UblWriter::write(quote);
    KASBOEK_VERIFY_ERROR(result, ErrorCode::Validation);
    QCOMPARE(result.error().field, u"type"_s);
    quote.status = DocumentStatus::Draft;
    KASBOEK_VERIFY_ERROR(UblWriter::write(quote), ErrorCode::Validation);
}

void TestUblWriter::refusesWhatPeppolWouldReject()
{
    const auto fieldOf = [](const Document& document) {
        const auto result = UblWriter::write(document);
        return result ? u"<written>"_s : result.error().field;
    };

    Document noReference = fixtures::creditNote();
    noReference.correctedDocumentNumber.clear();
    QCOMPARE(fieldOf(noReference), u"correctedDocumentNumber"_s);

    Document anonymous = fixtures::domesticInvoice();
    anonymous.buyer.vatNumber.clear();
    anonymous.buyer.enterpriseNumber.clear();
    QCOMPARE(fieldOf(anonymous), u"buyer.peppolId"_s);

    Document badPeppolId = fixtures::domesticInvoice();
    badPeppolId.buyer.peppolId = u"0208:0456789134"_s; // check digits 33, not 34
    QCOMPARE(fieldOf(badPeppolId), u"buyer.peppolId"_s);
    badPeppolId.buyer.peppolId = u"1234:whatever"_s; // not an EAS scheme
    QCOMPARE(fieldOf(badPeppolId), u"buyer.peppolId"_s);

    Document noCountry = fixtures::domesticInvoice();
    noCountry.seller.country.clear();
    QCOMPARE(fieldOf(noCountry), u"seller.country"_s);

    Document badReference = fixtures::domesticInvoice();
    badReference.paymentReference = u"202600420024"_s;
    QCOMPARE(fieldOf(badReference), u"paymentReference"_s);

    Document noDueDate = fixtures::domesticInvoice();
    noDueDate.dueDate = QDate();
    noDueDate.paymentTerms.clear();
    QCOMPARE(fieldOf(noDueDate), u"dueDate"_s);

    Document dutchWithoutAccount = fixtures::dutchInvoice();
    dutchWithoutAccount.seller.iban.clear();
    QCOMPARE(fieldOf(dutchWithoutAccount), u"seller.iban"_s);

    Document executable = fixtures::domesticInvoice();
    executable.attachments = { { 1, u"tool.exe"_s, u"application/octet-stream"_s, QString(), "MZ" } };
    QCOMPARE(fieldOf(executable), u"attachments[0].mimeType"_s);

    // Stored totals that no longer match the lines: the file would contradict the books.
    Document tampered = fixtures::domesticInvoice();
    tampered.lines.first().quantity = Decimal::fromScaled(39 * Decimal::Scale);
    const auto conflict = UblWriter::write(tampered);
    KASBOEK_VERIFY_ERROR(conflict, ErrorCode::Conflict);
}

QTEST_GUILESS_MAIN(TestUblWriter)
#include "TestUblWriter.moc"
