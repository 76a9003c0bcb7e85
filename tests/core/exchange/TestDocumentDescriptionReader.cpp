#include "TestSupport.h"
#include "exchange/documentjson/DocumentDescriptionReader.h"

#include <QTest>

using namespace kasboek;
using namespace kasboek::domain;
using namespace Qt::StringLiterals;
using kasboek::exchange::documentjson::DocumentDescription;
using kasboek::exchange::documentjson::DocumentDescriptionReader;

// The JSON a script describes a document with: every member read into the description with its
// exact value, defaults where the format has them, and each kind of bad input refused with the
// JSON path of the member at fault.
class TestDocumentDescriptionReader final : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryMember()
    {
        const auto read = DocumentDescriptionReader::read(R"({
            "type": "invoice", "contact": "0b6f2f4e-6f6c-4a57-9f3e-5f2f3c1d2e4a",
            "issue_date": "2026-03-01", "due_date": "2026-03-15", "delivery_date": "2026-02-27",
            "language": "fr", "currency": "USD", "exchange_rate": "0.9215", "payment_terms_days": 14,
            "payment_terms": "14 jours", "buyer_reference": "B-1", "order_reference": "PO-2", "notes": "Merci",
            "discount_percent": "2.5",
            "lines": [{"name": "Audit", "description": "Q1", "quantity": 3, "unit": "DAY", "unit_price": "700.10",
                       "discount_percent": 10, "vat_category": "AE", "buyer_accounting_reference": "6100",
                       "item_id": "AUD"}],
            "charges": [{"amount": "25.5", "reason": "Travel", "reason_code": "FC", "vat_rate": "21"}],
            "exemptions": [{"vat_category": "AE", "code": "VATEX-EU-AE", "text": "Reverse charge"}]})");
        KASBOEK_VERIFY_OK(read);
        const DocumentDescription& d = *read;
        QCOMPARE(d.type, DocumentType::Invoice);
        QCOMPARE(d.contact, u"0b6f2f4e-6f6c-4a57-9f3e-5f2f3c1d2e4a"_s);
        QCOMPARE(d.issueDate, QDate(2026, 3, 1));
        QCOMPARE(d.dueDate, QDate(2026, 3, 15));
        QCOMPARE(d.deliveryDate, QDate(2026, 2, 27));
        QCOMPARE(d.language, u"fr"_s);
        QCOMPARE(d.currency->code(), u"USD"_s);
        QCOMPARE(d.exchangeRate->scaled(), 9'215'000'000LL); // 0.9215 with ten decimals
        QCOMPARE(d.paymentTermsDays, 14);
        QCOMPARE(d.discountPercent->scaled(), 25'000); // 2.5 with four decimals
        QCOMPARE(d.lines->size(), 1);
        const DocumentLine& line = d.lines->first();
        QCOMPARE(line.quantity.scaled(), 30'000);
        QCOMPARE(line.unitPrice.scaled(), 7'001'000);
        QCOMPARE(line.discountPercent->scaled(), 100'000);
        QCOMPARE(line.unitCode, u"DAY"_s);
        QCOMPARE(line.vatCategory, VatCategory::ReverseCharge);
        QCOMPARE(line.vatRate.basisPoints(), 0); // not standard-rated: zero unless given
        QCOMPARE(line.sellerItemId, u"AUD"_s);
        QCOMPARE(d.charges.size(), 1);
        QCOMPARE(d.exemptions.first().reasonCode, u"VATEX-EU-AE"_s);

        // Applied to a draft, the charge takes the document's currency.
        Document draft;
        KASBOEK_VERIFY_OK(d.applyTo(draft));
        QCOMPARE(draft.currency.code(), u"USD"_s);
        QCOMPARE(draft.charges.first().amount.minorUnits(), 2550);
        QCOMPARE(draft.charges.first().amount.currency().code(), u"USD"_s);
        QCOMPARE(draft.notes, u"Merci"_s);
    }

    void leavesWhatIsNotGivenToTheDraft()
    {
        const auto read = DocumentDescriptionReader::read(
            R"({"contact": 7, "lines": [{"name": "A", "unit_price": 1, "vat_rate": 6}]})");
        KASBOEK_VERIFY_OK(read);
        QCOMPARE(read->contact, u"7"_s);
        QVERIFY(!read->issueDate);
        Document draft;
        draft.language = u"de"_s;
        draft.paymentTermsDays = 45;
        KASBOEK_VERIFY_OK(read->applyTo(draft));
        QCOMPARE(draft.language, u"de"_s);
        QCOMPARE(draft.paymentTermsDays, 45);
        QCOMPARE(draft.lines.first().quantity.scaled(), 10'000); // one, by default
        QCOMPARE(draft.lines.first().vatRate.basisPoints(), 600);
    }

    void aCreditNoteMayRepeatItsInvoice()
    {
        const auto read = DocumentDescriptionReader::read(
            R"({"type": "credit_note", "contact": 1, "corrects": "2026-0001"})");
        KASBOEK_VERIFY_OK(read);
        QVERIFY(!read->lines); // absent: the invoice's lines are repeated
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        const QByteArray line = R"({"name": "A", "unit_price": "1", "vat_rate": "21"})";
        QTest::newRow("not json") << QByteArray("{") << QString();
        QTest::newRow("an array") << QByteArray("[]") << QString();
        QTest::newRow("no contact") << R"({"lines": [)" + line + "]}" << u"contact"_s;
        QTest::newRow("contact zero") << R"({"contact": 0, "lines": [)" + line + "]}" << u"contact"_s;
        QTest::newRow("unknown key") << R"({"contact": 1, "colour": "red", "lines": [)" + line + "]}"
                                     << u"colour"_s;
        QTest::newRow("purchase type")
            << R"({"type": "purchase_invoice", "contact": 1, "lines": [)" + line + "]}" << u"type"_s;
        QTest::newRow("no lines") << QByteArray(R"({"contact": 1})") << u"lines"_s;
        QTest::newRow("line not object") << QByteArray(R"({"contact": 1, "lines": [3]})") << u"lines[0]"_s;
        QTest::newRow("no name") << QByteArray(
            R"({"contact": 1, "lines": [{"unit_price": "1", "vat_rate": "21"}]})")
                                 << u"lines[0].name"_s;
        QTest::newRow("no price") << QByteArray(
            R"({"contact": 1, "lines": [{"name": "A", "vat_rate": "21"}]})")
                                  << u"lines[0].unit_price"_s;
        QTest::newRow("price text") << QByteArray(
            R"({"contact": 1, "lines": [{"name": "A", "unit_price": "1,50", "vat_rate": "21"}]})")
                                    << u"lines[0].unit_price"_s;
        QTest::newRow("no rate") << QByteArray(
            R"({"contact": 1, "lines": [{"name": "A", "unit_price": "1"}]})")
                                 << u"lines[0].vat_rate"_s;
        QTest::newRow("rate 3 decimals") << QByteArray(
            R"({"contact": 1, "lines": [{"name": "A", "unit_price": "1", "vat_rate": "5.555"}]})")
                                         << u"lines[0].vat_rate"_s;
        QTest::newRow("category") << QByteArray(
            R"({"contact": 1, "lines": [{"name": "A", "unit_price": "1", "vat_category": "X"}]})")
                                  << u"lines[0].vat_category"_s;
        QTest::newRow("date") << R"({"contact": 1, "issue_date": "2026-13-01", "lines": [)" + line + "]}"
                              << u"issue_date"_s;
        QTest::newRow("short date") << R"({"contact": 1, "issue_date": "2026-1-01", "lines": [)" + line + "]}"
                                    << u"issue_date"_s;
        QTest::newRow("terms") << R"({"contact": 1, "payment_terms_days": 400, "lines": [)" + line + "]}"
                               << u"payment_terms_days"_s;
        QTest::newRow("terms fraction") << R"({"contact": 1, "payment_terms_days": 1.5, "lines": [)" + line
                + "]}" << u"payment_terms_days"_s;
        QTest::newRow("currency") << R"({"contact": 1, "currency": "EU", "lines": [)" + line + "]}"
                                  << u"currency"_s;
        QTest::newRow("rate") << R"({"contact": 1, "exchange_rate": "-1", "lines": [)" + line + "]}"
                              << u"exchange_rate"_s;
        QTest::newRow("credit note without invoice")
            << QByteArray(R"({"type": "credit_note", "contact": 1})") << u"corrects"_s;
        QTest::newRow("invoice corrects")
            << R"({"contact": 1, "corrects": "1", "lines": [)" + line + "]}" << u"corrects"_s;
        QTest::newRow("invoice valid_until")
            << R"({"contact": 1, "valid_until": "2026-01-01", "lines": [)" + line + "]}" << u"valid_until"_s;
        QTest::newRow("name not text")
            << QByteArray(R"({"contact": 1, "lines": [{"name": 5, "unit_price": "1", "vat_rate": "21"}]})")
            << u"lines[0].name"_s;
        QTest::newRow("charge without amount") << R"({"contact": 1, "charges": [{"reason": "x"}], "lines": [)"
                + line + "]}" << u"charges[0].amount"_s;
        QTest::newRow("too large") << QByteArray(DocumentDescriptionReader::maxBytes + 1, ' ') << QString();
    }

    void refusesBadInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const auto read = DocumentDescriptionReader::read(json);
        KASBOEK_VERIFY_ERROR(read, ErrorCode::Validation);
        QCOMPARE(read.error().field, field);
        QVERIFY(!read.error().message.isEmpty());
    }

    void aChargeWithMoreDecimalsThanItsCurrencyIsRefused()
    {
        const auto read = DocumentDescriptionReader::read(
            R"({"contact": 1, "currency": "JPY", "exchange_rate": "0.0061", "charges": [{"amount": "10.5", "reason": "x", "vat_rate": "10"}],
                "lines": [{"name": "A", "unit_price": "1000", "vat_rate": "10"}]})");
        KASBOEK_VERIFY_OK(read);
        Document draft;
        const auto applied = read->applyTo(draft);
        KASBOEK_VERIFY_ERROR(applied, ErrorCode::Validation);
        QCOMPARE(applied.error().field, u"charges[0].amount"_s);
    }
};

QTEST_GUILESS_MAIN(TestDocumentDescriptionReader)
#include "TestDocumentDescriptionReader.moc"
