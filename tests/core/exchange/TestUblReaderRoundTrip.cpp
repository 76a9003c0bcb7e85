// UblWriter then UblReader on every document fixture: what Kasboek exports, Kasboek reads back
// as a purchase document with the same lines, parties, references and amounts to the cent.
#include "DocumentFixtures.h"
#include "TestSupport.h"
#include "domain/documents/DocumentCalculation.h"
#include "exchange/ubl/UblReader.h"
#include "exchange/ubl/UblWriter.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kasboek;
using namespace kasboek::domain;
using namespace kasboek::exchange::ubl;
namespace fixtures = kasboek::test::fixtures;

class TestUblReaderRoundTrip final : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data()
    {
        QTest::addColumn<QString>("name");
        for (const fixtures::NamedDocument& named : fixtures::allDocuments())
            QTest::newRow(qPrintable(named.name)) << named.name;
    }

    void fixtures()
    {
        QFETCH(QString, name);
        Document original;
        for (const fixtures::NamedDocument& named : fixtures::allDocuments()) {
            if (named.name == name)
                original = named.document;
        }
        const auto xml = UblWriter::write(original);
        KASBOEK_VERIFY_OK(xml);
        const auto read = UblReader::read(*xml);
        KASBOEK_VERIFY_OK(read);
        const Document& copy = read->document;

        QCOMPARE(copy.type,
                 DocumentTypes::isCreditNote(original.type) ? DocumentType::PurchaseCreditNote
                                                            : DocumentType::PurchaseInvoice);
        QCOMPARE(copy.number, original.number);
        QCOMPARE(copy.issueDate, original.issueDate);
        QCOMPARE(copy.currency, original.currency);
        QCOMPARE(copy.seller.name, original.seller.name);
        QCOMPARE(copy.seller.vatNumber, original.seller.vatNumber);
        QCOMPARE(copy.buyer.name, original.buyer.name);
        QCOMPARE(copy.paymentReferenceKind, original.paymentReferenceKind);
        QCOMPARE(copy.paymentReference, original.paymentReference);
        QCOMPARE(copy.correctedDocumentNumber, original.correctedDocumentNumber);

        QCOMPARE(copy.lines.size(), original.lines.size());
        for (qsizetype i = 0; i < copy.lines.size(); ++i) {
            const DocumentLine& a = original.lines.at(i);
            const DocumentLine& b = copy.lines.at(i);
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.quantity, a.quantity);
            QCOMPARE(b.unitCode, a.unitCode);
            QCOMPARE(b.unitPrice, a.unitPrice);
            QCOMPARE(b.vatCategory, a.vatCategory);
            QCOMPARE(b.vatRate, a.vatRate);
            QCOMPARE(DocumentCalculation::lineDiscount(b, copy.currency).value(),
                     DocumentCalculation::lineDiscount(a, original.currency).value());
        }
        QCOMPARE(copy.charges.size(), original.charges.size());
        QCOMPARE(copy.exemptions.size(), original.exemptions.size());
        for (qsizetype i = 0; i < copy.exemptions.size(); ++i) {
            QCOMPARE(copy.exemptions.at(i).vatCategory, original.exemptions.at(i).vatCategory);
            QCOMPARE(copy.exemptions.at(i).reasonCode, original.exemptions.at(i).reasonCode);
        }

        // The totals stored at issue are the ones the supplier's file states.
        QCOMPARE(copy.totalExclusive, original.totalExclusive);
        QCOMPARE(copy.totalVat, original.totalVat);
        QCOMPARE(copy.totalInclusive, original.totalInclusive);
        const auto a = DocumentCalculation::totals(original);
        const auto b = DocumentCalculation::totals(copy);
        KASBOEK_VERIFY_OK(a);
        KASBOEK_VERIFY_OK(b);
        QCOMPARE(b->allowanceTotal, a->allowanceTotal);
        QCOMPARE(b->chargeTotal, a->chargeTotal);
        QCOMPARE(b->vatBreakdown, a->vatBreakdown);
        QCOMPARE(b->amountDue, a->amountDue);
        if (original.exchangeRate) {
            QVERIFY(copy.exchangeRate);
            QCOMPARE(copy.exchangeRate->convert(copy.totalVat, Currency::eur()).value(),
                     original.exchangeRate->convert(original.totalVat, Currency::eur()).value());
        }
    }

    void embeddedPdf()
    {
        QFile file(kasboek::test::dataDir() + u"/ubl/INV-2026-0417.pdf"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        const auto xml = UblWriter::write(fixtures::domesticInvoice(), pdf, u"factuur.pdf"_s);
        KASBOEK_VERIFY_OK(xml);
        const auto read = UblReader::read(*xml);
        KASBOEK_VERIFY_OK(read);
        QCOMPARE(read->document.attachments.size(), 1);
        QCOMPARE(read->document.attachments.at(0).fileName, u"factuur.pdf"_s);
        QCOMPARE(read->document.attachments.at(0).content, pdf);
    }
};

QTEST_GUILESS_MAIN(TestUblReaderRoundTrip)
#include "TestUblReaderRoundTrip.moc"
