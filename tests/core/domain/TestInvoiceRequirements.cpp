#include "DocumentTestSupport.h"
#include "PartiesTestSupport.h"
#include "TestSupport.h"
#include "domain/documents/InvoiceRequirements.h"

#include <QTest>
#include <functional>

using namespace kasboek;
using namespace kasboek::domain;

Q_DECLARE_METATYPE(std::function<void(kasboek::domain::Document&)>)

using Change = std::function<void(Document&)>;

// InvoiceRequirements: every mention the law asks for, each missing one named by its field.
class TestInvoiceRequirements final : public QObject
{
    Q_OBJECT

private slots:
    void aCompleteInvoiceMayBeIssued()
    {
        KASBOEK_VERIFY_OK(InvoiceRequirements::check(test::belgianInvoice()));
        QVERIFY(InvoiceRequirements::problems(test::belgianInvoice()).isEmpty());
    }

    void eachMissingMentionIsNamed_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("field");
        QTest::newRow("seller name") << Change([](Document& d) { d.seller.name.clear(); })
                                     << QStringLiteral("seller.name");
        QTest::newRow("seller street") << Change([](Document& d) { d.seller.street = QStringLiteral(" "); })
                                       << QStringLiteral("seller.address");
        QTest::newRow("seller VAT") << Change([](Document& d) { d.seller.vatNumber.clear(); })
                                    << QStringLiteral("seller.vatNumber");
        QTest::newRow("seller VAT invalid")
            << Change([](Document& d) { d.seller.vatNumber = QStringLiteral("BE0403170702"); })
            << QStringLiteral("seller.vatNumber");
        QTest::newRow("BE enterprise number")
            << Change([](Document& d) { d.seller.enterpriseNumber.clear(); })
            << QStringLiteral("seller.enterpriseNumber");
        QTest::newRow("NL KvK number") << Change([](Document& d) {
            d.seller.country = QStringLiteral("NL");
            d.seller.vatNumber = QStringLiteral("NL004495445B01");
        }) << QStringLiteral("seller.kvkNumber");
        QTest::newRow("buyer name") << Change([](Document& d) { d.buyer.name.clear(); })
                                    << QStringLiteral("buyer.name");
        QTest::newRow("buyer city") << Change([](Document& d) { d.buyer.city.clear(); })
                                    << QStringLiteral("buyer.address");
        QTest::newRow("buyer VAT for reverse charge") << Change([](Document& d) {
            d.buyer.vatNumber.clear();
            d.lines[0].vatCategory = VatCategory::ReverseCharge;
            d.lines[0].vatRate = VatRate::fromBasisPoints(0);
            d.exemptions.append({ VatCategory::ReverseCharge, QStringLiteral("VATEX-EU-AE"), QString() });
        }) << QStringLiteral("buyer.vatNumber");
        QTest::newRow("exemption reason") << Change([](Document& d) {
            d.lines[0].vatCategory = VatCategory::Export;
            d.lines[0].vatRate = VatRate::fromBasisPoints(0);
        }) << QStringLiteral("exemptions.G");
        QTest::newRow("issue date") << Change([](Document& d) { d.issueDate = QDate(); })
                                    << QStringLiteral("issueDate");
        QTest::newRow("due date before issue")
            << Change([](Document& d) { d.dueDate = d.issueDate.addDays(-1); }) << QStringLiteral("dueDate");
        QTest::newRow("no lines") << Change([](Document& d) { d.lines.clear(); }) << QStringLiteral("lines");
        QTest::newRow("line without name")
            << Change([](Document& d) { d.lines[0].name.clear(); }) << QStringLiteral("lines[0].name");
        QTest::newRow("line without quantity") << Change([](Document& d) { d.lines[0].quantity = Decimal(); })
                                               << QStringLiteral("lines[0].quantity");
        QTest::newRow("foreign currency without rate")
            << Change([](Document& d) { d.currency = *Currency::fromCode(u"USD"); })
            << QStringLiteral("exchangeRate");
        QTest::newRow("credit note without invoice") << Change([](Document& d) {
            d.type = DocumentType::CreditNote;
            d.correctedDocumentDate = QDate(2026, 2, 1);
        }) << QStringLiteral("correctedDocumentNumber");
        QTest::newRow("bad OGM") << Change([](Document& d) {
            d.paymentReferenceKind = PaymentReferenceKind::Structured;
            d.paymentReference = QStringLiteral("123456789003");
        }) << QStringLiteral("paymentReference");
    }

    void eachMissingMentionIsNamed()
    {
        QFETCH(Change, change);
        QFETCH(QString, field);
        Document document = test::belgianInvoice();
        change(document);
        KASBOEK_VERIFY_ONE_PROBLEM(InvoiceRequirements::problems(document), field);
        const auto result = InvoiceRequirements::check(document);
        KASBOEK_VERIFY_ERROR(result, ErrorCode::Validation);
        QCOMPARE(result.error().field, field);
    }

    void aCompleteDutchInvoiceMayBeIssued()
    {
        Document document = test::belgianInvoice();
        document.seller.country = QStringLiteral("NL");
        document.seller.vatNumber = QStringLiteral("NL004495445B01");
        document.seller.kvkNumber = QStringLiteral("69599084");
        document.seller.enterpriseNumber.clear();
        KASBOEK_VERIFY_OK(InvoiceRequirements::check(document));
    }

    void aQuoteNeedsOnlyNamesAndLines()
    {
        Document quote = test::belgianInvoice();
        quote.type = DocumentType::Quote;
        quote.issueDate = QDate();
        quote.seller.vatNumber.clear();
        quote.buyer.street.clear();
        KASBOEK_VERIFY_OK(InvoiceRequirements::check(quote));
        quote.lines.clear();
        KASBOEK_VERIFY_ONE_PROBLEM(InvoiceRequirements::problems(quote), QStringLiteral("lines"));
    }

    void everyProblemIsListed()
    {
        Document document = test::belgianInvoice();
        document.seller.vatNumber.clear();
        document.buyer.name.clear();
        document.lines[0].name.clear();
        const QList<Error> problems = InvoiceRequirements::problems(document);
        QCOMPARE(problems.size(), 3);
        QCOMPARE(problems[0].field, QStringLiteral("buyer.name"));
        QCOMPARE(problems[1].field, QStringLiteral("seller.vatNumber"));
        QCOMPARE(problems[2].field, QStringLiteral("lines[0].name"));
    }
};

QTEST_GUILESS_MAIN(TestInvoiceRequirements)
#include "TestInvoiceRequirements.moc"
