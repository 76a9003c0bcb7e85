// DocumentTotalsCalculator: EN16931 totals and VAT breakdown. Every expected figure
// is worked out by hand in the comments (and was checked with Python's decimal
// module, ROUND_HALF_UP), never taken from the code under test.
#include "TestSupport.h"
#include "domain/DocumentTotalsCalculator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kasboek;
using namespace kasboek::domain;

Q_DECLARE_METATYPE(kasboek::domain::DocumentTotalsInput)

namespace {

Currency currency(const QString& code)
{
    return Currency::fromCode(code).value();
}

Money money(const QString& text, const QString& code = u"EUR"_s)
{
    return Money::parse(text, currency(code)).value();
}

DocumentLineInput line(const QString& quantity, const QString& price, VatCategory category,
                       const QString& rate)
{
    DocumentLineInput line;
    line.quantity = Decimal::parse(quantity).value();
    line.unitPrice = Decimal::parse(price).value();
    line.vatCategory = category;
    line.vatRate = VatRate::parse(rate).value();
    return line;
}

DocumentAllowanceCharge allowanceCharge(const QString& amount, VatCategory category, const QString& rate,
                                        const QString& reason, const QString& code = u"EUR"_s)
{
    DocumentAllowanceCharge item;
    item.amount = money(amount, code);
    item.vatCategory = category;
    item.vatRate = VatRate::parse(rate).value();
    item.reason = reason;
    return item;
}

VatExemptionInput exemption(VatCategory category, const QString& code, const QString& text = {})
{
    return { category, code, text };
}

DocumentTotalsInput document(const QList<DocumentLineInput>& lines, const QString& code = u"EUR"_s)
{
    DocumentTotalsInput input;
    input.currency = currency(code);
    input.lines = lines;
    return input;
}

// "S 21 839.98 176.40 | AE 0 764.00 0.00 VATEX-EU-AE Reverse charge" for one-line comparisons.
QString describe(const QList<VatBreakdown>& breakdown)
{
    QStringList groups;
    for (const VatBreakdown& group : breakdown) {
        QStringList parts { VatCategories::code(group.vatCategory), group.vatRate.toString(),
                            group.taxableAmount.toDecimalString(), group.taxAmount.toDecimalString() };
        if (!group.exemptionReasonCode.isEmpty())
            parts << group.exemptionReasonCode;
        if (!group.exemptionReasonText.isEmpty())
            parts << group.exemptionReasonText;
        groups << parts.join(u' ');
    }
    return groups.join(u" | "_s);
}

QString describe(const QList<Money>& amounts)
{
    QStringList texts;
    for (const Money& amount : amounts)
        texts << amount.toDecimalString();
    return texts.join(u", "_s);
}

// The mixed-rate invoice used by several tests (sign -1 makes its credit note):
//   L1 10 × 85.00 S21, line allowance 50.00      = 800.00
//   L2  3 × 12.3333 S6 = 36.9999                  →  37.00
//   L3  1 × 200.00 S12, line charge 15.50         = 215.50
//   L4  2.5 × 19.99 S21 = 49.975                  →  49.98
//   document allowances 20.00 S21, 5.00 S6; document charge 10.00 S21
DocumentTotalsInput mixedRates(const QString& code, int sign)
{
    const QString minus = sign < 0 ? u"-"_s : QString();
    DocumentLineInput l1 = line(minus + u"10"_s, u"85"_s, VatCategory::StandardRate, u"21"_s);
    l1.allowance = money(minus + u"50.00"_s, code);
    DocumentLineInput l3 = line(minus + u"1"_s, u"200"_s, VatCategory::StandardRate, u"12"_s);
    l3.charge = money(minus + u"15.50"_s, code);
    DocumentTotalsInput input
        = document({ l1, line(minus + u"3"_s, u"12.3333"_s, VatCategory::StandardRate, u"6"_s), l3,
                     line(minus + u"2.5"_s, u"19.99"_s, VatCategory::StandardRate, u"21"_s) },
                   code);
    input.allowances = {
        allowanceCharge(minus + u"20.00"_s, VatCategory::StandardRate, u"21"_s, u"Loyalty discount"_s, code),
        allowanceCharge(minus + u"5.00"_s, VatCategory::StandardRate, u"6"_s, u"Early payment"_s, code),
    };
    input.charges
        = { allowanceCharge(minus + u"10.00"_s, VatCategory::StandardRate, u"21"_s, u"Shipping"_s, code) };
    return input;
}

} // namespace

class TestDocumentTotals final : public QObject
{
    Q_OBJECT

private slots:
    void vatIsRoundedPerGroupNotPerLine_data();
    void vatIsRoundedPerGroupNotPerLine();
    void twoGroupsRoundedSeparately();
    void halfCentsInBothSigns_data();
    void halfCentsInBothSigns();
    void discountsAndChargesAcrossMixedRates();
    void creditNoteIsTheExactNegative();
    void allowanceLargerThanTheLines();
    void exportAndReverseChargeSideBySide();
    void exemptionReasonFromCodeOrText();
    void exemptionErrors_data();
    void exemptionErrors();
    void breakdownOrder();
    void canaryIslandsAndCeutaMelilla();
    void invalidCombinations_data();
    void invalidCombinations();
    void yenHasNoDecimals_data();
    void yenHasNoDecimals();
    void foreignCurrencyVatInEuro();
    void exchangeRateRules();
    void overflowIsRejected_data();
    void overflowIsRejected();
};

void TestDocumentTotals::vatIsRoundedPerGroupNotPerLine_data()
{
    QTest::addColumn<int>("lineCount");
    QTest::addColumn<QString>("price");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("taxable");
    QTest::addColumn<QString>("vat");
    // Per line 0.0105 → 0.01, × 20 = 0.20; on the group 1.00 × 21 % = 0.21.
    QTest::newRow("20 × 0.05 @ 21") << 20 << u"0.05"_s << u"21"_s << u"1.00"_s << u"0.21"_s;
    // Per line 0.0063 → 0.01, × 10 = 0.10; on the group 0.30 × 21 % = 0.063 → 0.06.
    QTest::newRow("10 × 0.03 @ 21") << 10 << u"0.03"_s << u"21"_s << u"0.30"_s << u"0.06"_s;
    // Per line 0.003 → 0.00, × 20 = 0.00; on the group 1.00 × 6 % = 0.06.
    QTest::newRow("20 × 0.05 @ 6") << 20 << u"0.05"_s << u"6"_s << u"1.00"_s << u"0.06"_s;
    // Per line 0.0147 → 0.01, × 7 = 0.07; on the group 0.49 × 21 % = 0.1029 → 0.10.
    QTest::newRow("7 × 0.07 @ 21") << 7 << u"0.07"_s << u"21"_s << u"0.49"_s << u"0.10"_s;
    // Line nets round first: 0.0333 → 0.03 each, 0.09 in all (not 0.0999 → 0.10);
    // 0.09 × 21 % = 0.0189 → 0.02.
    QTest::newRow("3 × 0.0333 @ 21") << 3 << u"0.0333"_s << u"21"_s << u"0.09"_s << u"0.02"_s;
    // 0.015 → 0.02 per line (half away from zero), 2.00 in all; 2.00 × 21 % = 0.42.
    QTest::newRow("100 × 0.015 @ 21") << 100 << u"0.015"_s << u"21"_s << u"2.00"_s << u"0.42"_s;
}

void TestDocumentTotals::vatIsRoundedPerGroupNotPerLine()
{
    QFETCH(int, lineCount);
    QFETCH(QString, price);
    QFETCH(QString, rate);
    QFETCH(QString, taxable);
    QFETCH(QString, vat);
    QList<DocumentLineInput> lines;
    for (int i = 0; i < lineCount; ++i)
        lines << line(u"1"_s, price, VatCategory::StandardRate, rate);
    const auto totals = DocumentTotalsCalculator::calculate(document(lines));
    KASBOEK_VERIFY_OK(totals);
    QCOMPARE(totals->vatBreakdown.size(), 1);
    QCOMPARE(totals->vatBreakdown.first().taxableAmount.toDecimalString(), taxable);
    QCOMPARE(totals->vatBreakdown.first().taxAmount.toDecimalString(), vat);
    QCOMPARE(totals->vatTotal.toDecimalString(), vat);
    QCOMPARE(totals->lineNetTotal.toDecimalString(), taxable);
}

void TestDocumentTotals::twoGroupsRoundedSeparately()
{
    // 10 × 0.03 @ 21 % and 20 × 0.05 @ 6 %: per-line rounding would give
    // 0.10 + 0.00 = 0.10 VAT; per group it is 0.06 + 0.06 = 0.12.
    QList<DocumentLineInput> lines;
    for (int i = 0; i < 10; ++i)
        lines << line(u"1"_s, u"0.03"_s, VatCategory::StandardRate, u"21"_s);
    for (int i = 0; i < 20; ++i)
        lines << line(u"1"_s, u"0.05"_s, VatCategory::StandardRate, u"6"_s);
    const auto totals = DocumentTotalsCalculator::calculate(document(lines));
    KASBOEK_VERIFY_OK(totals);
    QCOMPARE(describe(totals->vatBreakdown), u"S 21 0.30 0.06 | S 6 1.00 0.06"_s);
    QCOMPARE(totals->lineNetAmounts.size(), 30);
    QCOMPARE(totals->lineNetAmounts.first().toDecimalString(), u"0.03"_s);
    QCOMPARE(totals->lineNetAmounts.last().toDecimalString(), u"0.05"_s);
    QCOMPARE(totals->taxExclusiveAmount.toDecimalString(), u"1.30"_s);
    QCOMPARE(totals->vatTotal.toDecimalString(), u"0.12"_s);
    QCOMPARE(totals->taxInclusiveAmount.toDecimalString(), u"1.42"_s);
    QCOMPARE(totals->amountDue.toDecimalString(), u"1.42"_s);
}

void TestDocumentTotals::halfCentsInBothSigns_data()
{
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("price");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("net");
    QTest::addColumn<QString>("vat");
    QTest::addColumn<QString>("total");
    QTest::newRow("net 0.005") << u"1"_s << u"0.005"_s << u"21"_s << u"0.01"_s << u"0.00"_s << u"0.01"_s;
    QTest::newRow("net -0.005") << u"-1"_s << u"0.005"_s << u"21"_s << u"-0.01"_s << u"0.00"_s << u"-0.01"_s;
    QTest::newRow("vat 0.105") << u"1"_s << u"0.50"_s << u"21"_s << u"0.50"_s << u"0.11"_s << u"0.61"_s;
    QTest::newRow("vat -0.105") << u"-1"_s << u"0.50"_s << u"21"_s << u"-0.50"_s << u"-0.11"_s << u"-0.61"_s;
    QTest::newRow("negative price") << u"1"_s << u"-0.50"_s << u"21"_s << u"-0.50"_s << u"-0.11"_s
                                    << u"-0.61"_s;
    QTest::newRow("-2 × 0.25") << u"-2"_s << u"0.25"_s << u"21"_s << u"-0.50"_s << u"-0.11"_s << u"-0.61"_s;
    QTest::newRow("0.5 × 0.01") << u"0.5"_s << u"0.01"_s << u"6"_s << u"0.01"_s << u"0.00"_s << u"0.01"_s;
    // -0.045 → -0.05; -0.05 × 21 % = -0.0105 → -0.01.
    QTest::newRow("-3 × 0.015") << u"-3"_s << u"0.015"_s << u"21"_s << u"-0.05"_s << u"-0.01"_s << u"-0.06"_s;
    QTest::newRow("vat 0.0055") << u"1"_s << u"0.10"_s << u"5.5"_s << u"0.10"_s << u"0.01"_s << u"0.11"_s;
    QTest::newRow("vat -0.0055") << u"-1"_s << u"0.10"_s << u"5.5"_s << u"-0.10"_s << u"-0.01"_s
                                 << u"-0.11"_s;
}

void TestDocumentTotals::halfCentsInBothSigns()
{
    QFETCH(QString, quantity);
    QFETCH(QString, price);
    QFETCH(QString, rate);
    QFETCH(QString, net);
    QFETCH(QString, vat);
    QFETCH(QString, total);
    const auto totals = DocumentTotalsCalculator::calculate(
        document({ line(quantity, price, VatCategory::StandardRate, rate) }));
    KASBOEK_VERIFY_OK(totals);
    QCOMPARE(describe(totals->lineNetAmounts), net);
    QCOMPARE(totals->vatTotal.toDecimalString(), vat);
    QCOMPARE(totals->taxInclusiveAmount.toDecimalString(), total);
    QCOMPARE(totals->amountDue.toDecimalString(), total);
}

void TestDocumentTotals::discountsAndChargesAcrossMixedRates()
{
    DocumentTotalsInput input = mixedRates(u"EUR"_s, 1);
    input.paidAmount = money(u"100.00"_s);
    input.roundingAmount = money(u"0.34"_s);
    const auto totals = DocumentTotalsCalculator::calculate(input);
    KASBOEK_VERIFY_OK(totals);
    QCOMPARE(describe(totals->lineNetAmounts), u"800.00, 37.00, 215.50, 49.98"_s);
    QCOMPARE(totals->lineNetTotal.toDecimalString(), u"1102.48"_s);
    QCOMPARE(totals->allowanceTotal.toDecimalString(), u"25.00"_s);
    QCOMPARE(totals->chargeTotal.toDecimalString(), u"10.00"_s);
    QCOMPARE(totals->taxExclusiveAmount.toDecimalString(), u"1087.48"_s); // 1102.48 − 25 + 10
    // S21: 800.00 + 49.98 − 20.00 + 10.00 = 839.98, × 21 % = 176.3958 → 176.40
    // S12: 215.50 × 12 % = 25.86;  S6: 37.00 − 5.00 = 32.00, × 6 % = 1.92
    QCOMPARE(describe(totals->vatBreakdown), u"S 21 839.98 176.40 | S 12 215.50 25.86 | S 6 32.00 1.92"_s);
    QCOMPARE(totals->vatTotal.toDecimalString(), u"204.18"_s);
    QCOMPARE(totals->taxInclusiveAmount.toDecimalString(), u"1291.66"_s);
    QCOMPARE(totals->paidAmount.toDecimalString(), u"100.00"_s);
    QCOMPARE(totals->roundingAmount.toDecimalString(), u"0.34"_s);
    QCOMPARE(totals->amountDue.toDecimalString(), u"1192.00"_s); // 1291.66 − 100.00 + 0.34
    QVERIFY(!totals->vatTotalInAccountingCurrency.has_value());
    QCOMPARE(totals->amountDue.currency(), Currency::eur());
}

void TestDocumentTotals::creditNoteIsTheExactNegative()
{
    const auto totals = DocumentTotalsCalculator::calculate(mixedRates(u"EUR"_s, -1));
    KASBOEK_VERIFY_OK(totals);
    // −3 × 12.3333 = −36.9999 → −37.00 and −2.5 × 19.99 = −49.975 → −49.98: rounding
    // away from zero mirrors the invoice exactly.
    QCOMPARE(describe(totals->lineNetAmounts), u"-800.00, -37.00, -215.50, -49.98"_s);
    QCOMPARE(totals->lineNetTotal.toDecimalString(), u"-1102.48"_s);
    QCOMPARE(totals->allowanceTotal.toDecimalString(), u"-25.00"_s);
    QCOMPARE(totals->chargeTotal.toDecimalString(), u"-10.00"_s);
    QCOMPARE(totals->taxExclusiveAmount.toDecimalString(), u"-1087.48"_s);
    QCOMPARE(describe(totals->vatBreakdown),
             u"S 21 -839.98 -176.40 | S 12 -215.50 -25.86 | S 6 -32.00 -1.92"_s);
    QCOMPARE(totals->vatTotal.toDecimalString(), u"-204.18"_s);
    QCOMPARE(totals->taxInclusiveAmount.toDecimalString(), u"-1291.66"_s);
    QCOMPARE(totals->paidAmount.toDecimalString(), u"0.00"_s);
    QCOMPARE(totals->amountDue.toDecimalString(), u"-1291.66"_s);
}

void TestDocumentTotals::allowanceLargerThanTheLines()
{
    DocumentTotalsInput input = document({ line(u"1"_s, u"100"_s, VatCategory::StandardRate, u"21"_s) });
    input.allowances = { allowanceCharge(u"150.00"_s, VatCategory::StandardRate, u"21"_s, u"Goodwill"_s) };
    const auto totals = DocumentTotalsCalculator::calculate(input);
    KASBOEK_VERIFY_OK(totals);
    // 100.00 − 150.00 = −50.00; × 21 % = −10.50
    QCOMPARE(describe(totals->vatBreakdown), u"S 21 -50.00 -10.50"_s);
    QCOMPARE(totals->taxExclusiveAmount.toDecimalString(), u"-50.00"_s);
    QCOMPARE(totals->taxInclusiveAmount.toDecimalString(), u"-60.50"_s);
}

void TestDocumentTotals::exportAndReverseChargeSideBySide()
{
    // A Belgian freelancer: goods exported outside the EU (G), consultancy to a
    // Belgian contractor under domestic reverse charge (AE), one local sale at 21 %.
    DocumentTotalsInput input = document({
        line(u"5"_s, u"100"_s, VatCategory::Export, u"0"_s), // 500.00
        line(u"8"_s, u"95.5"_s, VatCategory::ReverseCharge, u"0"_s), // 764.00
        line(u"1"_s, u"49.99"_s, VatCategory::StandardRate, u"21"_s), // 49.99 → VAT 10.4979 → 10.50
    });
    input.exemptions = {
        exemption(VatCategory::Export, u"VATEX-EU-G"_s),
        exemption(VatCategory::ReverseCharge, u"VATEX-EU-AE"_s, u"Verlegging van heffing"_s),
    };
    const auto totals = DocumentTotalsCalculator::calculate(input);
    KASBOEK_VERIFY_OK(totals);
    QCOMPARE(describe(totals->vatBreakdown),
             u"S 21 49.99 10.50 | AE 0 764.00 0.00 VATEX-EU-AE Verlegging van heffing"
             u" | G 0 500.00 0.00 VATEX-EU-G Export outside the EU"_s);
    QCOMPARE(totals->taxExclusiveAmount.toDecimalString(), u"1313.99"_s);
    QCOMPARE(totals->vatTotal.toDecimalString(), u"10.50"_s);
    QCOMPARE(totals->taxInclusiveAmount.toDecimalString(), u"1324.49"_s);
}

void TestDocumentTotals::exemptionReasonFromCodeOrText()
{
    DocumentTotalsInput input = document({
        line(u"1"_s, u"1000"_s, VatCategory::IntraCommunity, u"0"_s),
        line(u"1"_s, u"250"_s, VatCategory::Exempt, u"0"_s),
        line(u"1"_s, u"40"_s, VatCategory::NotSubject, u"0"_s),
        line(u"1"_s, u"10"_s, VatCategory::ZeroRated, u"0"_s), // Z needs no reason
    });
    input.exemptions = {
        exemption(VatCategory::IntraCommunity, u"VATEX-EU-IC"_s),
        // The Belgian small-enterprise regime: a text, no VATEX code (see NOTES.md).
        exemption(VatCategory::Exempt, {}, u"  Bijzondere vrijstellingsregeling kleine ondernemingen "_s),
        exemption(VatCategory::NotSubject, u"VATEX-EU-O"_s, u"Not subject to VAT"_s),
    };
    const auto totals = DocumentTotalsCalculator::calculate(input);
    KASBOEK_VERIFY_OK(totals);
    QCOMPARE(describe(totals->vatBreakdown),
             u"Z 0 10.00 0.00"
             u" | E 0 250.00 0.00 Bijzondere vrijstellingsregeling kleine ondernemingen"
             u" | K 0 1000.00 0.00 VATEX-EU-IC Intra-Community supply"
             u" | O 0 40.00 0.00 VATEX-EU-O Not subject to VAT"_s);
    QCOMPARE(totals->vatTotal.toDecimalString(), u"0.00"_s);
    QCOMPARE(totals->taxInclusiveAmount.toDecimalString(), u"1300.00"_s);
}

void TestDocumentTotals::exemptionErrors_data()
{
    QTest::addColumn<DocumentTotalsInput>("input");
    QTest::addColumn<QString>("field");
    const DocumentTotalsInput base = document({
        line(u"1"_s, u"100"_s, VatCategory::StandardRate, u"21"_s),
        line(u"1"_s, u"200"_s, VatCategory::ReverseCharge, u"0"_s),
        line(u"1"_s, u"300"_s, VatCategory::Export, u"0"_s),
    });
    const VatExemptionInput ae = exemption(VatCategory::ReverseCharge, u"VATEX-EU-AE"_s);
    const VatExemptionInput g = exemption(VatCategory::Export, u"VATEX-EU-G"_s);
    const auto with = [&base](QList<VatExemptionInput> exemptions) {
        DocumentTotalsInput input = base;
        input.exemptions = std::move(exemptions);
        return input;
    };
    QTest::newRow("G without reason") << with({ ae }) << u"vatBreakdown[G/0].exemptionReason"_s;
    QTest::newRow("AE without reason") << with({ g }) << u"vatBreakdown[AE/0].exemptionReason"_s;
    QTest::newRow("reason for S") << with({ exemption(VatCategory::StandardRate, {}, u"No"_s), ae, g })
                                  << u"exemptions[0].vatCategory"_s;
    QTest::newRow("reason for Z") << with({ ae, exemption(VatCategory::ZeroRated, {}, u"No"_s), g })
                                  << u"exemptions[1].vatCategory"_s;
    QTest::newRow("reason for L") << with({ ae, g, exemption(VatCategory::CanaryIslands, {}, u"No"_s) })
                                  << u"exemptions[2].vatCategory"_s;
    QTest::newRow("IC code for AE") << with({ exemption(VatCategory::ReverseCharge, u"VATEX-EU-IC"_s), g })
                                    << u"exemptions[0].reasonCode"_s;
    QTest::newRow("AE code for E") << with({ ae, g, exemption(VatCategory::Exempt, u"VATEX-EU-AE"_s) })
                                   << u"exemptions[2].reasonCode"_s;
    QTest::newRow("unknown code") << with({ ae, exemption(VatCategory::Export, u"VATEX-EU-EXPORT"_s) })
                                  << u"exemptions[1].reasonCode"_s;
    QTest::newRow("no code, no text")
        << with({ ae, exemption(VatCategory::Export, {}, {}) }) << u"exemptions[1].reasonText"_s;
    QTest::newRow("blank text") << with({ ae, exemption(VatCategory::Export, {}, u"   "_s) })
                                << u"exemptions[1].reasonText"_s;
    QTest::newRow("twice for AE") << with({ ae, g, ae }) << u"exemptions[2].vatCategory"_s;
}

void TestDocumentTotals::exemptionErrors()
{
    QFETCH(DocumentTotalsInput, input);
    QFETCH(QString, field);
    const auto totals = DocumentTotalsCalculator::calculate(input);
    KASBOEK_VERIFY_ERROR(totals, ErrorCode::Validation);
    QCOMPARE(totals.error().field, field);
}

void TestDocumentTotals::breakdownOrder()
{
    // Lines in scrambled order; the breakdown follows S, Z, E, AE, K, G, O, L, M
    // and within a category the highest rate first.
    DocumentTotalsInput input = document({
        line(u"1"_s, u"1"_s, VatCategory::NotSubject, u"0"_s),
        line(u"1"_s, u"2"_s, VatCategory::StandardRate, u"6"_s),
        line(u"1"_s, u"3"_s, VatCategory::ReverseCharge, u"0"_s),
        line(u"1"_s, u"4"_s, VatCategory::StandardRate, u"21"_s),
        line(u"1"_s, u"5"_s, VatCategory::ZeroRated, u"0"_s),
        line(u"1"_s, u"6"_s, VatCategory::StandardRate, u"12"_s),
        line(u"1"_s, u"7"_s, VatCategory::StandardRate, u"6"_s),
    });
    input.exemptions = { exemption(VatCategory::NotSubject, u"VATEX-EU-O"_s),
                         exemption(VatCategory::ReverseCharge, {}, u"Autoliquidation"_s) };
    const auto totals = DocumentTotalsCalculator::calculate(input);
    KASBOEK_VERIFY_OK(totals);
    // S 6: 2.00 + 7.00 = 9.00 → 0.54
    QCOMPARE(describe(totals->vatBreakdown),
             u"S 21 4.00 0.84 | S 12 6.00 0.72 | S 6 9.00 0.54 | Z 0 5.00 0.00"
             u" | AE 0 3.00 0.00 Autoliquidation | O 0 1.00 0.00 VATEX-EU-O Not subject to VAT"_s);
    QCOMPARE(totals->vatTotal.toDecimalString(), u"2.10"_s);
}

void TestDocumentTotals::canaryIslandsAndCeutaMelilla()
{
    const auto totals = DocumentTotalsCalculator::calculate(document({
        line(u"1"_s, u"100"_s, VatCategory::CanaryIslands, u"7"_s),
        line(u"2"_s, u"25"_s, VatCategory::CeutaMelilla, u"0"_s),
    }));
    KASBOEK_VERIFY_OK(totals);
    QCOMPARE(describe(totals->vatBreakdown), u"L 7 100.00 7.00 | M 0 50.00 0.00"_s);
    QCOMPARE(totals->taxInclusiveAmount.toDecimalString(), u"157.00"_s);
}

void TestDocumentTotals::invalidCombinations_data()
{
    QTest::addColumn<DocumentTotalsInput>("input");
    QTest::addColumn<QString>("field");
    const DocumentTotalsInput valid = document({
        line(u"1"_s, u"100"_s, VatCategory::StandardRate, u"21"_s),
        line(u"1"_s, u"50"_s, VatCategory::ZeroRated, u"0"_s),
    });
    KASBOEK_VERIFY_OK(DocumentTotalsCalculator::calculate(valid)); // the base itself is fine

    DocumentTotalsInput input = valid;
    input.lines[0].vatRate = VatRate();
    QTest::newRow("S with 0 %") << input << u"lines[0].vatRate"_s;
    input = valid;
    input.lines[1].vatRate = VatRate::fromBasisPoints(2100);
    QTest::newRow("Z with 21 %") << input << u"lines[1].vatRate"_s;
    const QList<std::pair<const char*, VatCategory>> zeroOnly {
        { "E with 21 %", VatCategory::Exempt },         { "AE with 21 %", VatCategory::ReverseCharge },
        { "K with 21 %", VatCategory::IntraCommunity }, { "G with 21 %", VatCategory::Export },
        { "O with 21 %", VatCategory::NotSubject },
    };
    for (const auto& [name, category] : zeroOnly) {
        input = valid;
        input.lines[0].vatCategory = category;
        QTest::newRow(name) << input << u"lines[0].vatRate"_s;
    }
    input = valid;
    input.allowances = { allowanceCharge(u"5"_s, VatCategory::Exempt, u"6"_s, u"Discount"_s) };
    QTest::newRow("E with 6 % on an allowance") << input << u"allowances[0].vatRate"_s;
    input = valid;
    input.charges = { allowanceCharge(u"5"_s, VatCategory::StandardRate, u"0"_s, u"Shipping"_s) };
    QTest::newRow("S with 0 % on a charge") << input << u"charges[0].vatRate"_s;

    input = valid;
    input.lines[0].allowance = money(u"1.00"_s, u"USD"_s);
    QTest::newRow("line allowance in USD") << input << u"lines[0].allowance"_s;
    input = valid;
    input.lines[1].charge = money(u"1.00"_s, u"GBP"_s);
    QTest::newRow("line charge in GBP") << input << u"lines[1].charge"_s;
    input = valid;
    input.allowances
        = { allowanceCharge(u"5"_s, VatCategory::StandardRate, u"21"_s, u"Discount"_s, u"USD"_s) };
    QTest::newRow("allowance in USD") << input << u"allowances[0].amount"_s;
    input = valid;
    input.charges = { allowanceCharge(u"5"_s, VatCategory::StandardRate, u"21"_s, u"Shipping"_s),
                      allowanceCharge(u"5"_s, VatCategory::StandardRate, u"21"_s, u"Shipping"_s, u"JPY"_s) };
    QTest::newRow("second charge in JPY") << input << u"charges[1].amount"_s;
    input = valid;
    input.paidAmount = money(u"10.00"_s, u"USD"_s);
    QTest::newRow("paid in USD") << input << u"paidAmount"_s;
    input = valid;
    input.roundingAmount = money(u"0.01"_s, u"CHF"_s);
    QTest::newRow("rounding in CHF") << input << u"roundingAmount"_s;

    input = valid;
    input.allowances = { allowanceCharge(u"5"_s, VatCategory::StandardRate, u"21"_s, {}) };
    QTest::newRow("allowance without reason") << input << u"allowances[0].reason"_s;
    input = valid;
    input.charges = { allowanceCharge(u"5"_s, VatCategory::StandardRate, u"21"_s, u"  "_s) };
    QTest::newRow("charge with a blank reason") << input << u"charges[0].reason"_s;

    QTest::newRow("no lines") << document({}) << u"lines"_s;
}

void TestDocumentTotals::invalidCombinations()
{
    QFETCH(DocumentTotalsInput, input);
    QFETCH(QString, field);
    const auto totals = DocumentTotalsCalculator::calculate(input);
    KASBOEK_VERIFY_ERROR(totals, ErrorCode::Validation);
    QCOMPARE(totals.error().field, field);
    QVERIFY(!totals.error().message.isEmpty());
}

void TestDocumentTotals::yenHasNoDecimals_data()
{
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("vatInEuro");
    // 210 JPY × 0.0062142857 = 1.3049999970 → 1.30; × 0.0062142858 = 1.3050000180 → 1.31
    QTest::newRow("just below half a cent") << u"0.0062142857"_s << u"1.30"_s;
    QTest::newRow("just above half a cent") << u"0.0062142858"_s << u"1.31"_s;
}

void TestDocumentTotals::yenHasNoDecimals()
{
    QFETCH(QString, rate);
    QFETCH(QString, vatInEuro);
    DocumentTotalsInput input = document(
        {
            line(u"3"_s, u"333.5"_s, VatCategory::StandardRate, u"21"_s), // 1000.5 → 1001
            line(u"1"_s, u"0.4"_s, VatCategory::StandardRate, u"21"_s), // 0.4 → 0
            line(u"-1"_s, u"0.5"_s, VatCategory::StandardRate, u"21"_s), // -0.5 → -1
        },
        u"JPY"_s);
    input.exchangeRate = ExchangeRate::parse(rate).value();
    const auto totals = DocumentTotalsCalculator::calculate(input);
    KASBOEK_VERIFY_OK(totals);
    QCOMPARE(describe(totals->lineNetAmounts), u"1001, 0, -1"_s);
    QCOMPARE(describe(totals->vatBreakdown), u"S 21 1000 210"_s);
    QCOMPARE(totals->taxInclusiveAmount.toDecimalString(), u"1210"_s);
    QCOMPARE(totals->taxInclusiveAmount.currency().code(), u"JPY"_s);
    QVERIFY(totals->vatTotalInAccountingCurrency.has_value());
    QCOMPARE(totals->vatTotalInAccountingCurrency->currency().code(), u"EUR"_s);
    QCOMPARE(totals->vatTotalInAccountingCurrency->toDecimalString(), vatInEuro);
}

void TestDocumentTotals::foreignCurrencyVatInEuro()
{
    DocumentTotalsInput input = mixedRates(u"USD"_s, 1);
    input.exchangeRate = ExchangeRate::parse(u"0.9234"_s).value();
    const auto totals = DocumentTotalsCalculator::calculate(input);
    KASBOEK_VERIFY_OK(totals);
    QCOMPARE(totals->vatTotal.toDecimalString(), u"204.18"_s);
    QCOMPARE(totals->vatTotal.currency().code(), u"USD"_s);
    QCOMPARE(totals->taxInclusiveAmount.toDecimalString(), u"1291.66"_s);
    // 204.18 × 0.9234 = 188.539812 → 188.54 EUR
    QCOMPARE(totals->vatTotalInAccountingCurrency->toDecimalString(), u"188.54"_s);
    QCOMPARE(totals->vatTotalInAccountingCurrency->currency().code(), u"EUR"_s);
}

void TestDocumentTotals::exchangeRateRules()
{
    DocumentTotalsInput usd = document({ line(u"1"_s, u"10"_s, VatCategory::Export, u"0"_s) }, u"USD"_s);
    usd.exemptions = { exemption(VatCategory::Export, u"VATEX-EU-G"_s) };
    const auto missing = DocumentTotalsCalculator::calculate(usd);
    KASBOEK_VERIFY_ERROR(missing, ErrorCode::Validation);
    QCOMPARE(missing.error().field, u"exchangeRate"_s);

    DocumentTotalsInput eur = document({ line(u"1"_s, u"10"_s, VatCategory::StandardRate, u"21"_s) });
    eur.exchangeRate = ExchangeRate::parse(u"1"_s).value();
    const auto pointless = DocumentTotalsCalculator::calculate(eur);
    KASBOEK_VERIFY_ERROR(pointless, ErrorCode::Validation);
    QCOMPARE(pointless.error().field, u"exchangeRate"_s);

    // An export in USD carries no VAT, and says so in euro too.
    usd.exchangeRate = ExchangeRate::parse(u"0.9234"_s).value();
    const auto exported = DocumentTotalsCalculator::calculate(usd);
    KASBOEK_VERIFY_OK(exported);
    QCOMPARE(exported->vatTotalInAccountingCurrency->toDecimalString(), u"0.00"_s);
}

void TestDocumentTotals::overflowIsRejected_data()
{
    QTest::addColumn<DocumentTotalsInput>("input");
    QTest::addColumn<QString>("field");
    const QString maxPrice = u"922337203685477.5807"_s;
    const QString maxMoney = u"92233720368547758.07"_s;

    QTest::newRow("line product") << document(
        { line(u"100000"_s, maxPrice, VatCategory::StandardRate, u"21"_s) })
                                  << u"lines[0].netAmount"_s;
    // 90000 × 10^12 EUR = 9 × 10^18 cents fits; adding the largest charge does not.
    DocumentTotalsInput input
        = document({ line(u"90000"_s, u"1000000000000"_s, VatCategory::StandardRate, u"21"_s) });
    input.lines[0].charge = money(maxMoney);
    QTest::newRow("line charge") << input << u"lines[0].charge"_s;
    // Each line 60000 × 922337203685.4775 = 5.53 × 10^18 cents fits; two do not.
    const DocumentLineInput big
        = line(u"60000"_s, u"922337203685.4775"_s, VatCategory::StandardRate, u"21"_s);
    QTest::newRow("sum of lines") << document({ big, big }) << u"lineNetTotal"_s;
    input = document({ line(u"1"_s, u"1"_s, VatCategory::StandardRate, u"21"_s) });
    input.allowances = { allowanceCharge(maxMoney, VatCategory::StandardRate, u"21"_s, u"A"_s),
                         allowanceCharge(maxMoney, VatCategory::StandardRate, u"21"_s, u"B"_s) };
    QTest::newRow("sum of allowances") << input << u"allowanceTotal"_s;
    input = document({ line(u"1"_s, u"1"_s, VatCategory::StandardRate, u"21"_s) });
    input.charges = { allowanceCharge(maxMoney, VatCategory::StandardRate, u"21"_s, u"Handling"_s) };
    QTest::newRow("group taxable amount") << input << u"vatBreakdown[S/21].taxableAmount"_s;
    // 8 × 10^18 cents fit, and so does their 21 % VAT; their sum does not.
    QTest::newRow("tax inclusive") << document(
        { line(u"80000"_s, u"1000000000000"_s, VatCategory::StandardRate, u"21"_s) })
                                   << u"taxInclusiveAmount"_s;
    // 10^17 JPY at 21 % = 2.1 × 10^16 JPY of VAT; at 1000 EUR per JPY that is 2.1 × 10^21 cents.
    input = document({ line(u"1000"_s, u"100000000000000"_s, VatCategory::StandardRate, u"21"_s) }, u"JPY"_s);
    input.exchangeRate = ExchangeRate::parse(u"1000"_s).value();
    QTest::newRow("VAT in accounting currency") << input << u"vatTotalInAccountingCurrency"_s;
}

void TestDocumentTotals::overflowIsRejected()
{
    QFETCH(DocumentTotalsInput, input);
    QFETCH(QString, field);
    const auto totals = DocumentTotalsCalculator::calculate(input);
    KASBOEK_VERIFY_ERROR(totals, ErrorCode::Validation);
    QCOMPARE(totals.error().field, field);
}

QTEST_GUILESS_MAIN(TestDocumentTotals)
#include "TestDocumentTotals.moc"
