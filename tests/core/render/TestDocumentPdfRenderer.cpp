#include "RenderTestSupport.h"
#include "domain/BelgianEnterpriseNumber.h"
#include "domain/Bic.h"
#include "domain/Iban.h"
#include "domain/KvkNumber.h"
#include "domain/StructuredCommunication.h"
#include "domain/VatNumber.h"
#include "render/DocumentPdfRenderer.h"

#include <QRegularExpression>
#include <QTest>
#include <utility>

using namespace Qt::StringLiterals;
using kasboek::ErrorCode;
using kasboek::domain::Document;
using kasboek::render::DocumentPdfInput;
using kasboek::render::DocumentPdfRenderer;
using kasboek::render::DocumentTemplate;
namespace domain = kasboek::domain;
namespace sample = kasboek::test::render;

namespace {

const QString kReverseCharge = u"Btw verlegd: medecontractant gehouden tot voldoening van de btw."_s;

// The payload a banking app must read from the sample invoice, written out by hand: EPC069-12
// field order, 3844.08 euro (see sample::invoice()), the OGM digits as structured remittance.
const QByteArray
    kInvoicePayload("BCD\n002\n1\nSCT\nGEBABEBB\nAtelier Verhaegen\nBE68539007547034\nEUR3844.08\n\n"
                    "123456789002");

QByteArray render(const Document& document, const QStringList& mentions = {},
                  const DocumentTemplate& style = {})
{
    DocumentPdfRenderer renderer;
    const auto pdf
        = renderer.render(DocumentPdfInput { document, sample::totalsOf(document), mentions, style });
    if (!pdf)
        qWarning("render failed: %s", qPrintable(pdf.error().toString()));
    return pdf.value_or(QByteArray());
}

// Without any white space: -layout output pads columns, and whether a narrow no-break space
// ("21 %", "€ 12") comes out as a space depends on the font's glyph widths.
QString squeezed(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            result.append(c);
    }
    return result;
}

#define VERIFY_CONTAINS(haystack, needle)                                                                    \
    QVERIFY2(squeezed(haystack).contains(squeezed(needle)), qPrintable(u"missing: "_s + (needle)))

} // namespace

class TestDocumentPdfRenderer final : public QObject
{
    Q_OBJECT

private slots:
    void sampleIdentifiersAreValid();
    void dutchInvoice();
    void labelsFollowTheDocumentLanguage_data();
    void labelsFollowTheDocumentLanguage();
    void qrCodeCarriesThePayment();
    void longInvoiceRepeatsTheTableHeader();
    void longDescriptionFlowsOntoTheNextPage();
    void discountAndCharges();
    void legalMentionsArePrinted();
    void creditNoteNamesItsInvoice();
    void quoteHasNoPaymentSection();
    void draftIsMarkedAndHasNoQrCode();
    void foreignCurrencyHasNoQrCode();
    void noIbanMeansNoQrCode();
    void creditorReferenceIsPrintedInGroups();
    void hostileLogoIsLeftOut();
    void svgLogo();
    void templateFooterAndFont();
    void rejectsTotalsOfAnotherDocument();
};

void TestDocumentPdfRenderer::sampleIdentifiersAreValid()
{
    QVERIFY(domain::BelgianEnterpriseNumber::isValid(sample::kSellerEnterpriseNumber));
    QVERIFY(domain::VatNumber::isValid(sample::kSellerVat));
    QVERIFY(domain::VatNumber::isValid(sample::kBuyerVat));
    QVERIFY(domain::Iban::isValid(sample::kSellerIban));
    QVERIFY(domain::Bic::isValid(sample::kSellerBic));
    QVERIFY(domain::KvkNumber::isValid(sample::kDutchKvk));
    QVERIFY(domain::VatNumber::isValid(sample::kDutchVat));
    QVERIFY(domain::StructuredCommunication::isValid(sample::kOgmDigits));
}

void TestDocumentPdfRenderer::dutchInvoice()
{
    const QByteArray pdf = render(sample::invoice());
    QVERIFY(pdf.startsWith("%PDF-"));
    const QStringList pages = sample::pdfPages(pdf);
    QCOMPARE(pages.size(), 1);
    const QString& text = pages.first();
    VERIFY_CONTAINS(text, u"Factuur"_s);
    VERIFY_CONTAINS(text, u"Factuurnummer 2026-0042"_s);
    VERIFY_CONTAINS(text, u"Factuurdatum 12 maart 2026"_s);
    VERIFY_CONTAINS(text, u"Vervaldatum 11 april 2026"_s);
    VERIFY_CONTAINS(text, u"Uw referentie PO-7731"_s);
    // Seller and buyer blocks.
    VERIFY_CONTAINS(text, u"Atelier Verhaegen BV"_s);
    VERIFY_CONTAINS(text, u"Btw BE 0403.170.701"_s);
    VERIFY_CONTAINS(text, u"Ondernemingsnr. 0403.170.701"_s);
    VERIFY_CONTAINS(text, u"IBAN BE68 5390 0754 7034"_s);
    VERIFY_CONTAINS(text, u"Brouwerij De Klok NV"_s);
    VERIFY_CONTAINS(text, u"T.a.v. Sofie Claes"_s);
    VERIFY_CONTAINS(text, u"2800 Mechelen"_s);
    VERIFY_CONTAINS(text, u"Btw BE 0860.987.440"_s);
    // Lines: quantity with unit, unit price, VAT rate, net amount.
    VERIFY_CONTAINS(text, u"Consultancy huisstijl 12,5 uur 95,00 21 % 1.187,50"_s);
    VERIFY_CONTAINS(text, u"Workshops en begeleiding van het merkenteam"_s);
    VERIFY_CONTAINS(text, u"Ontwerp verpakking 3 dagen 650,00 21 % 1.950,00"_s);
    VERIFY_CONTAINS(text, u"Naslagwerk typografie 1 st. 45,00 6 % 45,00"_s);
    // VAT summary per rate: 3137.50 × 21 % = 658.875 → 658.88; 45.00 × 6 % = 2.70.
    VERIFY_CONTAINS(text, u"21 % € 3.137,50 € 658,88"_s);
    VERIFY_CONTAINS(text, u"6 % € 45,00 € 2,70"_s);
    // Totals: 3182.50 + 661.58 = 3844.08.
    VERIFY_CONTAINS(text, u"Totaal excl. btw € 3.182,50"_s);
    VERIFY_CONTAINS(text, u"Btw € 661,58"_s);
    VERIFY_CONTAINS(text, u"Totaal incl. btw € 3.844,08"_s);
    VERIFY_CONTAINS(text, u"Te betalen € 3.844,08"_s);
    // Payment instructions.
    VERIFY_CONTAINS(text, u"Gelieve € 3.844,08 uiterlijk op 11 april 2026 over te schrijven."_s);
    VERIFY_CONTAINS(text, u"Gestructureerde mededeling +++123/4567/89002+++"_s);
    VERIFY_CONTAINS(text, u"Scan en betaal"_s);
    VERIFY_CONTAINS(text, u"Pagina 1 van 1"_s);
}

void TestDocumentPdfRenderer::labelsFollowTheDocumentLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("fr") << u"fr"_s
                        << QStringList { u"Facture"_s,
                                         u"Numéro de facture 2026-0042"_s,
                                         u"Date d'échéance 11 avril 2026"_s,
                                         u"Communication structurée +++123/4567/89002+++"_s,
                                         u"Total HTVA 3 182,50 €"_s,
                                         u"Total TVAC 3 844,08 €"_s,
                                         u"À payer 3 844,08 €"_s,
                                         u"12,5 heures"_s,
                                         u"Page 1 sur 1"_s }
                        << QStringList { u"Factuur"_s, u"Vervaldatum"_s };
    QTest::newRow("de") << u"de"_s
                        << QStringList { u"Rechnung"_s,
                                         u"Rechnungsnummer 2026-0042"_s,
                                         u"Rechnungsdatum 12. März 2026"_s,
                                         u"Zahlbar bis 11. April 2026"_s,
                                         u"Gesamtbetrag 3.844,08 €"_s,
                                         u"Zu zahlen 3.844,08 €"_s,
                                         u"12,5 Stunden"_s,
                                         u"Seite 1 von 1"_s }
                        << QStringList { u"Factuur"_s, u"Invoice"_s };
    QTest::newRow("en") << u"en"_s
                        << QStringList { u"Invoice"_s,
                                         u"Invoice number 2026-0042"_s,
                                         u"Due date 11 April 2026"_s,
                                         u"Total incl. VAT €3,844.08"_s,
                                         u"Amount due €3,844.08"_s,
                                         u"Structured communication +++123/4567/89002+++"_s,
                                         u"Page 1 of 1"_s }
                        << QStringList { u"Factuur"_s, u"Pagina"_s };
    QTest::newRow("nl") << u"nl"_s
                        << QStringList { u"Factuur"_s, u"Vervaldatum"_s, u"Gestructureerde mededeling"_s,
                                         u"Pagina 1 van 1"_s }
                        << QStringList { u"Invoice"_s, u"Page 1"_s };
}

void TestDocumentPdfRenderer::labelsFollowTheDocumentLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    const QString text = sample::pdfText(render(sample::withLanguage(sample::invoice(), language)));
    QVERIFY(!text.isEmpty());
    for (const QString& needle : expected)
        VERIFY_CONTAINS(text, needle);
    for (const QString& needle : absent)
        QVERIFY2(!squeezed(text).contains(squeezed(needle)), qPrintable(u"unexpected: "_s + needle));
}

void TestDocumentPdfRenderer::qrCodeCarriesThePayment()
{
    const Document document = sample::invoice();
    QCOMPARE(sample::qrCodesIn(render(document)), kInvoicePayload);
    const auto payload = DocumentPdfRenderer::paymentQrPayload(
        DocumentPdfInput { document, sample::totalsOf(document), {}, {} });
    KASBOEK_VERIFY_OK(payload);
    QCOMPARE(*payload, kInvoicePayload);
}

void TestDocumentPdfRenderer::longInvoiceRepeatsTheTableHeader()
{
    const QByteArray pdf = render(sample::longInvoice(), { kReverseCharge });
    const QStringList pages = sample::pdfPages(pdf);
    QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
    const QString count = QString::number(pages.size());
    static const QRegularExpression rowName(u"Regel (\\d+)\\b"_s);
    QList<int> seen;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString& page = pages.at(i);
        VERIFY_CONTAINS(page, u"Pagina %1 van %2"_s.arg(i + 1).arg(count));
        for (auto match = rowName.globalMatch(page); match.hasNext();)
            seen.append(match.next().captured(1).toInt());
        if (page.contains(u"Regel"_s)) {
            VERIFY_CONTAINS(page, u"OMSCHRIJVING"_s);
            VERIFY_CONTAINS(page, u"AANTAL"_s);
            VERIFY_CONTAINS(page, u"EENHEIDSPRIJS"_s);
            VERIFY_CONTAINS(page, u"BEDRAG"_s);
        }
        if (i > 0)
            VERIFY_CONTAINS(page, u"Factuur 2026-0060"_s); // the running header
    }
    // Every line once, in order, and on more than one page.
    QList<int> expected;
    for (int i = 1; i <= 60; ++i)
        expected.append(i);
    QCOMPARE(seen, expected);
    QVERIFY(!pages.first().contains(u"Regel 60"_s));
    // 60 × 10.00 = 600.00, VAT 126.00, 726.00; the totals share a page with the last rows.
    const QString all = pages.join(u'\f');
    VERIFY_CONTAINS(all, u"Te betalen € 726,00"_s);
    for (const QString& page : pages) {
        if (page.contains(u"Te betalen"_s))
            QVERIFY(page.contains(u"Regel 60"_s));
    }
    VERIFY_CONTAINS(pages.last(), kReverseCharge);
}

void TestDocumentPdfRenderer::longDescriptionFlowsOntoTheNextPage()
{
    DocumentTemplate withLogo;
    withLogo.logo = sample::svgLogo();
    const QStringList pages = sample::pdfPages(render(sample::longDescriptionInvoice(), {}, withLogo));
    QCOMPARE(pages.size(), 2);
    VERIFY_CONTAINS(pages.at(0), u"Fase 1. Interviews"_s);
    VERIFY_CONTAINS(pages.at(1), u"Fase 16. Interviews"_s);
    VERIFY_CONTAINS(pages.at(1), u"OMSCHRIJVING"_s);
    VERIFY_CONTAINS(pages.at(1), u"Pagina 2 van 2"_s);
    // 8400.00 + 2 × 720.00 = 9840.00; VAT 2066.40; 11906.40.
    VERIFY_CONTAINS(pages.at(1), u"Te betalen € 11.906,40"_s);
}

void TestDocumentPdfRenderer::discountAndCharges()
{
    const QString text = sample::pdfText(render(sample::discountedInvoice()));
    VERIFY_CONTAINS(text, u"Subtotaal € 3.182,50"_s);
    VERIFY_CONTAINS(text, u"Korting 5 % −€ 159,13"_s);
    VERIFY_CONTAINS(text, u"Verplaatsingskosten € 40,00"_s);
    VERIFY_CONTAINS(text, u"Totaal excl. btw € 3.063,37"_s);
    VERIFY_CONTAINS(text, u"21 % € 3.020,62 € 634,33"_s);
    VERIFY_CONTAINS(text, u"6 % € 42,75 € 2,57"_s);
    VERIFY_CONTAINS(text, u"Btw € 636,90"_s);
    VERIFY_CONTAINS(text, u"Te betalen € 3.700,27"_s);
}

void TestDocumentPdfRenderer::legalMentionsArePrinted()
{
    const QString second = u"Bijzondere vrijstellingsregeling kleine ondernemingen."_s;
    const QString text = sample::pdfText(render(sample::invoice(), { kReverseCharge, second }));
    VERIFY_CONTAINS(text, kReverseCharge);
    VERIFY_CONTAINS(text, second);
}

void TestDocumentPdfRenderer::creditNoteNamesItsInvoice()
{
    const QByteArray pdf = render(sample::creditNote());
    const QString text = sample::pdfText(pdf);
    VERIFY_CONTAINS(text, u"Creditnota"_s);
    VERIFY_CONTAINS(text, u"Creditnotanummer CN-2026-0007"_s);
    VERIFY_CONTAINS(text, u"Deze creditnota corrigeert factuur 2026-0041 van 3 maart 2026."_s);
    // 650.00 + 21 % (136.50) = 786.50, printed positive: the title says which way it goes.
    VERIFY_CONTAINS(text, u"Totaal incl. btw € 786,50"_s);
    QVERIFY(!text.contains(QChar(0x2212)));
    QVERIFY(!text.contains(u"Te betalen"_s));
    QVERIFY(sample::qrCodesIn(pdf).isEmpty());
}

void TestDocumentPdfRenderer::quoteHasNoPaymentSection()
{
    const QByteArray pdf = render(sample::quote());
    const QString text = sample::pdfText(pdf);
    VERIFY_CONTAINS(text, u"Offerte"_s);
    VERIFY_CONTAINS(text, u"Offertenummer OF-2026-0012"_s);
    VERIFY_CONTAINS(text, u"Geldig tot 30 april 2026"_s);
    VERIFY_CONTAINS(text, u"Totaal incl. btw € 3.844,08"_s);
    QVERIFY(!text.contains(u"Gelieve"_s));
    QVERIFY(!text.contains(u"Vervaldatum"_s));
    QVERIFY(sample::qrCodesIn(pdf).isEmpty());
}

void TestDocumentPdfRenderer::draftIsMarkedAndHasNoQrCode()
{
    for (const auto& [language, mark] :
         { std::pair { u"nl"_s, u"CONCEPT"_s }, std::pair { u"fr"_s, u"BROUILLON"_s },
           std::pair { u"de"_s, u"ENTWURF"_s }, std::pair { u"en"_s, u"DRAFT"_s } }) {
        const QByteArray pdf = render(sample::withLanguage(sample::draftInvoice(), language));
        VERIFY_CONTAINS(sample::pdfText(pdf), mark);
        if (language == u"nl")
            QVERIFY(sample::qrCodesIn(pdf).isEmpty());
    }
    const QString issued = sample::pdfText(render(sample::invoice()));
    QVERIFY(!issued.contains(u"CONCEPT"_s));
}

void TestDocumentPdfRenderer::foreignCurrencyHasNoQrCode()
{
    const QByteArray pdf = render(sample::dollarInvoice());
    const QString text = sample::pdfText(pdf);
    // 40 × 120.00 = 4800.00; VAT 1008.00; 5808.00 USD. 1008.00 × 0.92 = 927.36 EUR.
    VERIFY_CONTAINS(text, u"Product design sprint 40 hours 120.00 21% 4,800.00"_s);
    VERIFY_CONTAINS(text, u"Total excl. VAT USD 4,800.00"_s);
    VERIFY_CONTAINS(text, u"Amount due USD 5,808.00"_s);
    VERIFY_CONTAINS(text, u"VAT in EUR €927.36"_s);
    VERIFY_CONTAINS(text, u"Reference Invoice 2026-0077"_s);
    VERIFY_CONTAINS(text, u"Netherlands"_s); // a foreign customer gets its country
    VERIFY_CONTAINS(text, u"KvK 69599084"_s);
    VERIFY_CONTAINS(text, u"VAT NL004495445B01"_s);
    QVERIFY(sample::qrCodesIn(pdf).isEmpty());
}

void TestDocumentPdfRenderer::noIbanMeansNoQrCode()
{
    Document document = sample::invoice();
    document.seller.iban.clear();
    const QByteArray pdf = render(document);
    QVERIFY(sample::qrCodesIn(pdf).isEmpty());
    // The payment sentence and the reference stay.
    VERIFY_CONTAINS(sample::pdfText(pdf), u"Gestructureerde mededeling +++123/4567/89002+++"_s);

    DocumentTemplate noQr;
    noQr.showPaymentQrCode = false;
    const Document invoice = sample::invoice();
    const auto payload = DocumentPdfRenderer::paymentQrPayload(
        DocumentPdfInput { invoice, sample::totalsOf(invoice), {}, noQr });
    KASBOEK_VERIFY_ERROR(payload, ErrorCode::Validation);
    QCOMPARE(payload.error().field, u"template"_s);
}

void TestDocumentPdfRenderer::creditorReferenceIsPrintedInGroups()
{
    Document document = sample::invoice();
    document.paymentReferenceKind = domain::PaymentReferenceKind::Creditor;
    document.paymentReference = u"RF18539007547034"_s;
    const QByteArray pdf = render(document);
    VERIFY_CONTAINS(sample::pdfText(pdf), u"Betalingskenmerk RF18 5390 0754 7034"_s);
    QCOMPARE(sample::qrCodesIn(pdf).split('\n').last(), QByteArray("RF18539007547034"));
}

void TestDocumentPdfRenderer::hostileLogoIsLeftOut()
{
    DocumentTemplate broken;
    broken.logo = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(512, '\xff');
    const QString text = sample::pdfText(render(sample::invoice(), {}, broken));
    VERIFY_CONTAINS(text, u"Te betalen € 3.844,08"_s);
}

void TestDocumentPdfRenderer::svgLogo()
{
    DocumentTemplate withLogo;
    withLogo.logo = sample::svgLogo();
    const QString text = sample::pdfText(render(sample::invoice(), {}, withLogo));
    VERIFY_CONTAINS(text, u"Te betalen € 3.844,08"_s);
}

void TestDocumentPdfRenderer::templateFooterAndFont()
{
    DocumentTemplate custom;
    custom.footerText = u"RPR Gent, afdeling Gent. Algemene voorwaarden op atelierverhaegen.be."_s;
    custom.fontFamily = u"DejaVu Sans"_s;
    const QByteArray pdf = render(sample::longInvoice(), {}, custom);
    const QStringList pages = sample::pdfPages(pdf);
    QVERIFY(pages.size() > 1);
    for (const QString& page : pages)
        VERIFY_CONTAINS(page, custom.footerText);
    // DejaVu Sans has an "fi" ligature: shaped with it, the PDF would say "Soﬁe".
    VERIFY_CONTAINS(pages.first(), u"T.a.v. Sofie Claes"_s);

    QTemporaryDir dir;
    QFile file(dir.filePath(u"doc.pdf"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    QProcess pdffonts;
    pdffonts.start(u"pdffonts"_s, { file.fileName() });
    QVERIFY(pdffonts.waitForFinished(30000));
    const QString fonts = QString::fromUtf8(pdffonts.readAllStandardOutput());
    QVERIFY2(fonts.contains(u"DejaVuSans"_s), qPrintable(fonts));
}

void TestDocumentPdfRenderer::rejectsTotalsOfAnotherDocument()
{
    const Document document = sample::invoice();
    DocumentPdfRenderer renderer;
    const auto pdf
        = renderer.render(DocumentPdfInput { document, sample::totalsOf(sample::longInvoice()), {}, {} });
    KASBOEK_VERIFY_ERROR(pdf, ErrorCode::InvalidArgument);
}

QTEST_MAIN(TestDocumentPdfRenderer)
#include "TestDocumentPdfRenderer.moc"
