#include "DocumentTestSupport.h"
#include "TestSupport.h"
#include "domain/documents/DocumentCalculation.h"

#include <QTest>

using namespace kasboek;
using namespace kasboek::domain;

namespace {

Money eur(qint64 cents)
{
    return Money::fromMinorUnits(cents, Currency::eur());
}

} // namespace

// DocumentCalculation: a Document's lines, discounts and charges in, EN16931 totals out.
// Expected figures are worked out by hand in the comments.
class TestDocumentCalculation final : public QObject
{
    Q_OBJECT

private slots:
    void singleLineTotals()
    {
        // 12.5 h × 85.00 = 1062.50; VAT 21 % = 223.125 → 223.13; total 1285.63
        auto totals = DocumentCalculation::totals(test::belgianInvoice());
        KASBOEK_VERIFY_OK(totals);
        QCOMPARE(totals->taxExclusiveAmount, eur(106250));
        QCOMPARE(totals->vatTotal, eur(22313));
        QCOMPARE(totals->taxInclusiveAmount, eur(128563));
        QCOMPARE(totals->amountDue, eur(128563));
    }

    void lineDiscountIsRoundedOnceOnTheLineAmount()
    {
        Document document = test::belgianInvoice();
        document.lines[0].discountPercent = Decimal::fromScaled(125000); // 12.5 %
        // 1062.50 × 12.5 % = 132.8125 → 132.81; net 929.69; VAT 195.2349 → 195.23
        auto totals = DocumentCalculation::totals(document);
        KASBOEK_VERIFY_OK(totals);
        QCOMPARE(totals->lineNetAmounts.value(0), eur(92969));
        QCOMPARE(totals->vatTotal, eur(19523));
        QCOMPARE(totals->taxInclusiveAmount, eur(112492));
    }

    void documentDiscountIsOneAllowancePerVatGroup()
    {
        Document document = test::belgianInvoice();
        DocumentLine books;
        books.name = QStringLiteral("Boeken");
        books.quantity = Decimal::fromScaled(30000); // 3
        books.unitPrice = Decimal::fromScaled(199900); // 19.99
        books.vatRate = VatRate::fromBasisPoints(600);
        document.lines.append(books);
        document.discountPercent = Decimal::fromScaled(50000); // 5 %

        auto input = DocumentCalculation::totalsInput(document, QStringLiteral("Korting"));
        KASBOEK_VERIFY_OK(input);
        QCOMPARE(input->allowances.size(), 2);
        // 21 % group: 1062.50 × 5 % = 53.125 → 53.13; 6 % group: 59.97 × 5 % = 2.9985 → 3.00
        QCOMPARE(input->allowances[0].amount, eur(5313));
        QCOMPARE(input->allowances[0].vatRate, VatRate::fromBasisPoints(2100));
        QCOMPARE(input->allowances[0].reason, QStringLiteral("Korting"));
        QCOMPARE(input->allowances[0].reasonCode, QStringLiteral("95"));
        QCOMPARE(input->allowances[1].amount, eur(300));

        auto totals = DocumentCalculation::totals(document);
        KASBOEK_VERIFY_OK(totals);
        // taxable 1009.37 at 21 % = 211.9677 → 211.97; 56.97 at 6 % = 3.4182 → 3.42
        QCOMPARE(totals->allowanceTotal, eur(5613));
        QCOMPARE(totals->taxExclusiveAmount, eur(106634));
        QCOMPARE(totals->vatTotal, eur(21539));
    }

    void chargesCarryTheirOwnVat()
    {
        Document document = test::belgianInvoice();
        document.charges.append({ eur(4000), VatCategory::StandardRate, VatRate::fromBasisPoints(2100),
                                  QStringLiteral("Verplaatsingskosten"), QString() });
        auto totals = DocumentCalculation::totals(document);
        KASBOEK_VERIFY_OK(totals);
        // 1062.50 + 40.00 = 1102.50; × 21 % = 231.525 → 231.53
        QCOMPARE(totals->chargeTotal, eur(4000));
        QCOMPARE(totals->taxExclusiveAmount, eur(110250));
        QCOMPARE(totals->vatTotal, eur(23153));
    }

    void percentOfRoundsHalfAwayFromZero()
    {
        KASBOEK_VERIFY_OK(DocumentCalculation::percentOf(eur(1), Decimal::fromScaled(500000)));
        QCOMPARE(*DocumentCalculation::percentOf(eur(1), Decimal::fromScaled(500000)),
                 eur(1)); // 0.005 → 0.01
        QCOMPARE(*DocumentCalculation::percentOf(eur(-1), Decimal::fromScaled(500000)), eur(-1));
        QCOMPARE(*DocumentCalculation::percentOf(eur(333), Decimal::fromScaled(333333)), eur(111)); // 1.10999
    }

    void discountOutsideZeroToHundredIsRefused()
    {
        Document document = test::belgianInvoice();
        document.lines[0].discountPercent = Decimal::fromScaled(1000001);
        auto totals = DocumentCalculation::totals(document);
        KASBOEK_VERIFY_ERROR(totals, ErrorCode::Validation);
        QCOMPARE(totals.error().field, QStringLiteral("lines[0].discountPercent"));

        document = test::belgianInvoice();
        document.discountPercent = Decimal::fromScaled(-10000);
        totals = DocumentCalculation::totals(document);
        KASBOEK_VERIFY_ERROR(totals, ErrorCode::Validation);
        QCOMPARE(totals.error().field, QStringLiteral("discountPercent"));
    }

    void foreignCurrencyNeedsItsRate()
    {
        Document document = test::belgianInvoice();
        document.currency = *Currency::fromCode(u"USD");
        KASBOEK_VERIFY_ERROR(DocumentCalculation::totals(document), ErrorCode::Validation);
        document.exchangeRate = *ExchangeRate::parse(u"0.9216589862");
        auto totals = DocumentCalculation::totals(document);
        KASBOEK_VERIFY_OK(totals);
        QCOMPARE(totals->vatTotal.currency(), document.currency);
        QVERIFY(totals->vatTotalInAccountingCurrency.has_value());
    }
};

QTEST_GUILESS_MAIN(TestDocumentCalculation)
#include "TestDocumentCalculation.moc"
