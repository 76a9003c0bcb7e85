#include "RenderTestSupport.h"
#include "books/ReminderLetter.h"
#include "render/ReminderPdfRenderer.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using kasboek::ErrorCode;
using kasboek::books::ReminderLetter;
using kasboek::domain::ReminderLevel;
using kasboek::render::DocumentTemplate;
using kasboek::render::ReminderPdfRenderer;
namespace domain = kasboek::domain;
namespace sample = kasboek::test::render;

namespace {

domain::Money euro(qint64 cents)
{
    return domain::Money::fromMinorUnits(cents, domain::Currency::eur());
}

// A reminder of 12 May 2026 for invoice 2026-0042 of 12 March 2026, due 11 April 2026: 31 days
// late. Outstanding 1234.56; interest at 12 % a year for 31 days: 1234.56 × 0.12 × 31 / 365 =
// 4592.5632 / 365 = 12.582... → 12.58; compensation 40.00; total 1234.56 + 12.58 + 40.00 =
// 1287.14. The letter asks to be paid 14 days after its date: by 26 May 2026.
ReminderLetter letter(ReminderLevel level = ReminderLevel::First, const QString& language = u"nl"_s)
{
    ReminderLetter l;
    l.reminderId = 7;
    l.level = level;
    l.date = QDate(2026, 5, 12);
    l.language = language;
    l.invoiceId = 42;
    l.invoiceNumber = u"2026-0042"_s;
    l.invoiceDate = QDate(2026, 3, 12);
    l.dueDate = QDate(2026, 4, 11);
    l.daysLate = 31;
    l.invoiceTotal = euro(123456);
    l.outstanding = euro(123456);
    l.interest = euro(1258);
    l.compensation = euro(4000);
    l.totalToPay = euro(128714);
    l.annualInterestBasisPoints = 1200;
    l.paymentReferenceKind = domain::PaymentReferenceKind::Structured;
    l.paymentReference = sample::kOgmDigits;
    l.seller = sample::belgianSeller();
    l.buyer = sample::belgianBuyer();
    return l;
}

// Nothing charged besides the outstanding amount.
ReminderLetter withoutCharges(ReminderLetter l)
{
    l.interest = euro(0);
    l.compensation = euro(0);
    l.annualInterestBasisPoints = 0;
    l.totalToPay = l.outstanding;
    return l;
}

QByteArray render(const ReminderLetter& l, const DocumentTemplate& style = {})
{
    ReminderPdfRenderer renderer;
    const auto pdf = renderer.render(l, style);
    if (!pdf)
        qWarning("render failed: %s", qPrintable(pdf.error().toString()));
    return pdf.value_or(QByteArray());
}

// Without any white space: -layout output pads columns, and whether a no-break space comes out
// as a space depends on the font.
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

// The payload a banking app must read, written out by hand (EPC069-12 field order): 1287.14
// euro to the seller's account with the OGM digits as structured remittance.
const QByteArray kPayload("BCD\n002\n1\nSCT\nGEBABEBB\nAtelier Verhaegen\nBE68539007547034\nEUR1287.14\n\n"
                          "123456789002");

#define VERIFY_CONTAINS(haystack, needle)                                                                    \
    QVERIFY2(squeezed(haystack).contains(squeezed(needle)), qPrintable(u"missing: "_s + (needle)))
#define VERIFY_ABSENT(haystack, needle)                                                                      \
    QVERIFY2(!squeezed(haystack).contains(squeezed(needle)), qPrintable(u"unexpected: "_s + (needle)))

} // namespace

class TestReminderPdfRenderer final : public QObject
{
    Q_OBJECT

private slots:
    void everyLanguageAndLevel_data();
    void everyLanguageAndLevel();
    void dutchLetterInFull();
    void chargesOnlyWhenThereAreAny();
    void partPaymentShowsTheInvoiceAmount();
    void qrCodeCarriesTheTotalToPay();
    void noQrCodeWithoutEuroOrIban();
    void paymentReferenceKinds_data();
    void paymentReferenceKinds();
    void unknownLanguageIsEnglish();
    void templateFooterAndLogo();
    void fullestLetterFitsOnePage_data();
    void fullestLetterFitsOnePage();
    void rejectsInvalidLetters();
    void outputErrorIsIo();
};

void TestReminderPdfRenderer::everyLanguageAndLevel_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("level");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");

    const QStringList nl { u"Factuurnummer 2026-0042"_s,
                           u"Factuurdatum 12 maart 2026"_s,
                           u"Vervaldatum 11 april 2026"_s,
                           u"Dagen te laat 31"_s,
                           u"Openstaand bedrag € 1.234,56"_s,
                           u"Rente wegens te late betaling (12,00 % per jaar) € 12,58"_s,
                           u"Forfaitaire vergoeding invorderingskosten € 40,00"_s,
                           u"Totaal te betalen € 1.287,14"_s,
                           u"Gelieve € 1.287,14 uiterlijk op 26 mei 2026 over te schrijven."_s,
                           u"Gestructureerde mededeling +++123/4567/89002+++"_s,
                           u"Gent, 12 mei 2026"_s,
                           u"Geachte heer, mevrouw,"_s,
                           u"Betreft: factuur 2026-0042 van 12 maart 2026"_s,
                           u"Pagina 1 van 1"_s };
    const QStringList fr { u"Numéro de facture 2026-0042"_s,
                           u"Date de facture 12 mars 2026"_s,
                           u"Date d'échéance 11 avril 2026"_s,
                           u"Jours de retard 31"_s,
                           u"Solde impayé 1 234,56 €"_s,
                           u"Intérêts de retard (12,00 % par an) 12,58 €"_s,
                           u"Indemnité forfaitaire pour frais de recouvrement 40,00 €"_s,
                           u"Total à payer 1 287,14 €"_s,
                           u"Merci de virer 1 287,14 € au plus tard le 26 mai 2026."_s,
                           u"Communication structurée +++123/4567/89002+++"_s,
                           u"Gent, le 12 mai 2026"_s,
                           u"Madame, Monsieur,"_s,
                           u"Objet : facture 2026-0042 du 12 mars 2026"_s,
                           u"Page 1 sur 1"_s };
    const QStringList de { u"Rechnungsnummer 2026-0042"_s,
                           u"Rechnungsdatum 12. März 2026"_s,
                           u"Fällig am 11. April 2026"_s,
                           u"Tage überfällig 31"_s,
                           u"Offener Betrag 1.234,56 €"_s,
                           u"Verzugszinsen (12,00 % p. a.) 12,58 €"_s,
                           u"Pauschale für Beitreibungskosten 40,00 €"_s,
                           u"Zu zahlender Betrag 1.287,14 €"_s,
                           u"Bitte überweisen Sie 1.287,14 € bis zum 26. Mai 2026."_s,
                           u"Strukturierte Mitteilung +++123/4567/89002+++"_s,
                           u"Gent, 12. Mai 2026"_s,
                           u"Sehr geehrte Damen und Herren,"_s,
                           u"Betreff: Rechnung 2026-0042 vom 12. März 2026"_s,
                           u"Seite 1 von 1"_s };
    const QStringList en { u"Invoice number 2026-0042"_s,
                           u"Invoice date 12 March 2026"_s,
                           u"Due date 11 April 2026"_s,
                           u"Days overdue 31"_s,
                           u"Outstanding amount €1,234.56"_s,
                           u"Late-payment interest (12.00% a year) €12.58"_s,
                           u"Fixed compensation for recovery costs €40.00"_s,
                           u"Total to pay €1,287.14"_s,
                           u"Please transfer €1,287.14 by 26 May 2026."_s,
                           u"Structured communication +++123/4567/89002+++"_s,
                           u"Gent, 12 May 2026"_s,
                           u"Dear Sir or Madam,"_s,
                           u"Subject: invoice 2026-0042 dated 12 March 2026"_s,
                           u"Page 1 of 1"_s };

    struct Row
    {
        QString language;
        QStringList common;
        QStringList titles; // first, second, formal notice
        QStringList phrases; // one sentence of each level's own text
    };
    const QList<Row> rows {
        { u"nl"_s,
          nl,
          { u"Betalingsherinnering"_s, u"Tweede herinnering"_s, u"Ingebrekestelling"_s },
          { u"Wellicht is dit aan uw aandacht ontsnapt."_s,
            u"Blijft de betaling uit, dan zijn wij genoodzaakt u in gebreke te stellen."_s,
            u"Met deze brief stellen wij u formeel in gebreke."_s } },
        { u"fr"_s,
          fr,
          { u"Rappel de paiement"_s, u"Deuxième rappel"_s, u"Mise en demeure"_s },
          { u"Il s'agit sans doute d'un oubli."_s,
            u"À défaut de paiement, nous serons contraints de vous mettre en demeure."_s,
            u"nous vous mettons formellement en demeure de la payer."_s } },
        { u"de"_s,
          de,
          { u"Zahlungserinnerung"_s, u"Zweite Mahnung"_s, u"Inverzugsetzung"_s },
          { u"Sicher handelt es sich um ein Versehen."_s,
            u"Andernfalls sehen wir uns gezwungen, Sie förmlich in Verzug zu setzen."_s,
            u"Mit diesem Schreiben setzen wir Sie förmlich in Verzug."_s } },
        { u"en"_s,
          en,
          { u"Payment reminder"_s, u"Second reminder"_s, u"Formal notice"_s },
          { u"This has probably escaped your attention."_s,
            u"Failing payment, we will have to send you a formal notice."_s,
            u"By this letter we formally give you notice of default."_s } },
    };
    const QStringList levelNames { u"first"_s, u"second"_s, u"formal notice"_s };
    for (const Row& row : rows) {
        for (int level = 0; level < 3; ++level) {
            QStringList expected = row.common;
            expected << row.titles.at(level) << row.phrases.at(level);
            QStringList absent;
            for (int other = 0; other < 3; ++other) {
                if (other != level)
                    absent << row.phrases.at(other);
            }
            QTest::addRow("%s %s", qPrintable(row.language), qPrintable(levelNames.at(level)))
                << row.language << level + 1 << expected << absent;
        }
    }
}

void TestReminderPdfRenderer::everyLanguageAndLevel()
{
    QFETCH(QString, language);
    QFETCH(int, level);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    const QByteArray pdf = render(letter(ReminderLevel(level), language));
    QVERIFY(pdf.startsWith("%PDF-"));
    const QStringList pages = sample::pdfPages(pdf);
    QCOMPARE(pages.size(), 1);
    for (const QString& needle : expected)
        VERIFY_CONTAINS(pages.first(), needle);
    for (const QString& needle : absent)
        VERIFY_ABSENT(pages.first(), needle);
}

void TestReminderPdfRenderer::dutchLetterInFull()
{
    const QString text = sample::pdfText(render(letter(ReminderLevel::FormalNotice)));
    // Letterhead, title and the invoice it is about.
    VERIFY_CONTAINS(text, u"Ingebrekestelling"_s);
    VERIFY_CONTAINS(text, u"Factuur 2026-0042"_s);
    // The sender with its identifiers, the customer's address.
    VERIFY_CONTAINS(text, u"Atelier Verhaegen BV"_s);
    VERIFY_CONTAINS(text, u"Korenmarkt 14"_s);
    VERIFY_CONTAINS(text, u"Btw BE 0403.170.701"_s);
    VERIFY_CONTAINS(text, u"Ondernemingsnr. 0403.170.701"_s);
    VERIFY_CONTAINS(text, u"Brouwerij De Klok NV"_s);
    VERIFY_CONTAINS(text, u"T.a.v. Sofie Claes"_s);
    VERIFY_CONTAINS(text, u"2800 Mechelen"_s);
    // The body: dates of the invoice, the amount and the date to pay by.
    VERIFY_CONTAINS(text,
                    u"Ondanks onze herinneringen blijft factuur 2026-0042 van 12 maart 2026, met "
                    u"vervaldatum 11 april 2026, onbetaald."_s);
    VERIFY_CONTAINS(text,
                    u"Wij verzoeken u het bedrag van € 1.287,14 uiterlijk op 26 mei 2026 te betalen."_s);
    VERIFY_CONTAINS(text, u"langs gerechtelijke weg"_s);
    VERIFY_CONTAINS(text, u"Zoals de wet en onze algemene voorwaarden toestaan"_s);
    // A formal notice does not say "disregard this letter".
    VERIFY_CONTAINS(text,
                    u"Heeft uw betaling deze brief gekruist, bezorg ons dan een bewijs van betaling."_s);
    VERIFY_ABSENT(text, u"als niet verzonden beschouwen"_s);
    VERIFY_CONTAINS(text, u"Hoogachtend,"_s);
    // The payment panel and footer of the invoice.
    VERIFY_CONTAINS(text, u"Rekening BE68 5390 0754 7034"_s);
    VERIFY_CONTAINS(text, u"BIC GEBABEBB"_s);
    VERIFY_CONTAINS(text, u"Scan en betaal"_s);
    VERIFY_CONTAINS(text, u"IBAN BE68 5390 0754 7034"_s);

    const QString first = sample::pdfText(render(letter(ReminderLevel::First)));
    VERIFY_CONTAINS(first,
                    u"Heeft u intussen al betaald? Dan mag u deze herinnering als niet verzonden "
                    u"beschouwen."_s);
    VERIFY_CONTAINS(first, u"Met vriendelijke groeten,"_s);
    VERIFY_ABSENT(first, u"Hoogachtend"_s);
    VERIFY_ABSENT(first, u"gerechtelijke"_s);
}

void TestReminderPdfRenderer::chargesOnlyWhenThereAreAny()
{
    const QString none = sample::pdfText(render(withoutCharges(letter(ReminderLevel::Second))));
    VERIFY_CONTAINS(none, u"Openstaand bedrag € 1.234,56"_s);
    VERIFY_CONTAINS(none, u"Totaal te betalen € 1.234,56"_s);
    VERIFY_CONTAINS(none, u"Gelieve € 1.234,56 uiterlijk op 26 mei 2026 over te schrijven."_s);
    VERIFY_ABSENT(none, u"Rente"_s);
    VERIFY_ABSENT(none, u"Forfaitaire vergoeding"_s);
    VERIFY_ABSENT(none, u"Zoals de wet en onze algemene voorwaarden toestaan"_s);

    // Compensation only: 1234.56 + 40.00 = 1274.56.
    ReminderLetter compensationOnly = letter(ReminderLevel::FormalNotice, u"fr"_s);
    compensationOnly.interest = euro(0);
    compensationOnly.annualInterestBasisPoints = 0;
    compensationOnly.totalToPay = euro(127456);
    const QString fr = sample::pdfText(render(compensationOnly));
    VERIFY_CONTAINS(fr, u"Indemnité forfaitaire pour frais de recouvrement 40,00 €"_s);
    VERIFY_CONTAINS(fr, u"Total à payer 1 274,56 €"_s);
    VERIFY_CONTAINS(fr, u"Conformément à la loi et à nos conditions générales"_s);
    VERIFY_ABSENT(fr, u"Intérêts de retard"_s);

    // Interest only, at 10.5 %: 1234.56 × 0.105 × 31 / 365 = 4018.4928 / 365 = 11.009... → 11.01.
    ReminderLetter interestOnly = letter(ReminderLevel::FormalNotice, u"en"_s);
    interestOnly.compensation = euro(0);
    interestOnly.interest = euro(1101);
    interestOnly.annualInterestBasisPoints = 1050;
    interestOnly.totalToPay = euro(124557);
    const QString en = sample::pdfText(render(interestOnly));
    VERIFY_CONTAINS(en, u"Late-payment interest (10.50% a year) €11.01"_s);
    VERIFY_CONTAINS(en, u"Total to pay €1,245.57"_s);
    VERIFY_ABSENT(en, u"Fixed compensation"_s);
}

void TestReminderPdfRenderer::partPaymentShowsTheInvoiceAmount()
{
    // 1500.00 invoiced, 265.44 paid: 1234.56 outstanding.
    ReminderLetter part = letter();
    part.invoiceTotal = euro(150000);
    const QString text = sample::pdfText(render(part));
    VERIFY_CONTAINS(text, u"Factuurbedrag € 1.500,00"_s);
    VERIFY_CONTAINS(text, u"Reeds betaald −€ 265,44"_s);
    VERIFY_CONTAINS(text, u"Openstaand bedrag € 1.234,56"_s);

    VERIFY_ABSENT(sample::pdfText(render(letter())), u"Factuurbedrag"_s);
}

void TestReminderPdfRenderer::qrCodeCarriesTheTotalToPay()
{
    for (const ReminderLevel level : { ReminderLevel::First, ReminderLevel::FormalNotice })
        QCOMPARE(sample::qrCodesIn(render(letter(level))), kPayload);
    const auto payload = ReminderPdfRenderer::paymentQrPayload(letter(), {});
    KASBOEK_VERIFY_OK(payload);
    QCOMPARE(*payload, kPayload);

    // Without charges the code asks for the outstanding amount.
    QCOMPARE(sample::qrCodesIn(render(withoutCharges(letter()))).split('\n').at(7), QByteArray("EUR1234.56"));

    DocumentTemplate noQr;
    noQr.showPaymentQrCode = false;
    const QByteArray pdf = render(letter(), noQr);
    QVERIFY(sample::qrCodesIn(pdf).isEmpty());
    VERIFY_ABSENT(sample::pdfText(pdf), u"Scan en betaal"_s);
    KASBOEK_VERIFY_ERROR(ReminderPdfRenderer::paymentQrPayload(letter(), noQr), ErrorCode::Validation);
}

void TestReminderPdfRenderer::noQrCodeWithoutEuroOrIban()
{
    ReminderLetter dollars = letter(ReminderLevel::First, u"en"_s);
    const domain::Currency usd = *domain::Currency::fromCode(u"USD");
    dollars.invoiceTotal = domain::Money::fromMinorUnits(123456, usd);
    dollars.outstanding = domain::Money::fromMinorUnits(123456, usd);
    dollars.interest = domain::Money::fromMinorUnits(1258, usd);
    dollars.compensation = domain::Money::fromMinorUnits(0, usd);
    dollars.totalToPay = domain::Money::fromMinorUnits(124714, usd);
    const QByteArray pdf = render(dollars);
    const QString text = sample::pdfText(pdf);
    VERIFY_CONTAINS(text, u"Total to pay USD 1,247.14"_s);
    VERIFY_CONTAINS(text, u"Account BE68 5390 0754 7034"_s);
    VERIFY_ABSENT(text, u"Scan to pay"_s);
    QVERIFY(sample::qrCodesIn(pdf).isEmpty());
    KASBOEK_VERIFY_ERROR(ReminderPdfRenderer::paymentQrPayload(dollars, {}), ErrorCode::Validation);

    ReminderLetter noIban = letter();
    noIban.seller.iban.clear();
    const QByteArray withoutIban = render(noIban);
    QVERIFY(!withoutIban.isEmpty());
    QVERIFY(sample::qrCodesIn(withoutIban).isEmpty());
    VERIFY_CONTAINS(sample::pdfText(withoutIban), u"Gestructureerde mededeling +++123/4567/89002+++"_s);
}

void TestReminderPdfRenderer::paymentReferenceKinds_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("printed");
    QTest::addColumn<QByteArray>("inQrCode"); // the last field of the payload
    QTest::newRow("creditor") << int(domain::PaymentReferenceKind::Creditor) << u"RF18539007547034"_s
                              << u"Betalingskenmerk RF18 5390 0754 7034"_s << QByteArray("RF18539007547034");
    QTest::newRow("plain") << int(domain::PaymentReferenceKind::Plain) << u"Klant 88"_s
                           << u"Mededeling Klant 88"_s << QByteArray("Klant 88");
    QTest::newRow("none: the invoice number") << int(domain::PaymentReferenceKind::None) << QString()
                                              << u"Mededeling 2026-0042"_s << QByteArray("2026-0042");
}

void TestReminderPdfRenderer::paymentReferenceKinds()
{
    QFETCH(int, kind);
    QFETCH(QString, stored);
    QFETCH(QString, printed);
    QFETCH(QByteArray, inQrCode);
    ReminderLetter l = letter();
    l.paymentReferenceKind = domain::PaymentReferenceKind(kind);
    l.paymentReference = stored;
    const QByteArray pdf = render(l);
    const QString text = sample::pdfText(pdf);
    VERIFY_CONTAINS(text, printed);
    VERIFY_ABSENT(text, u"+++"_s);
    QCOMPARE(sample::qrCodesIn(pdf).split('\n').last(), inQrCode);
}

void TestReminderPdfRenderer::unknownLanguageIsEnglish()
{
    const QString text = sample::pdfText(render(letter(ReminderLevel::Second, u"es"_s)));
    VERIFY_CONTAINS(text, u"Second reminder"_s);
    VERIFY_CONTAINS(text, u"Total to pay €1,287.14"_s);
    VERIFY_ABSENT(text, u"Tweede herinnering"_s);
}

void TestReminderPdfRenderer::templateFooterAndLogo()
{
    DocumentTemplate custom;
    custom.footerText = u"Atelier Verhaegen BV · RPR Gent · Algemene voorwaarden op atelierverhaegen.be"_s;
    custom.logo = sample::svgLogo();
    const QStringList pages = sample::pdfPages(render(letter(ReminderLevel::FormalNotice), custom));
    QCOMPARE(pages.size(), 1);
    VERIFY_CONTAINS(pages.first(), custom.footerText);
    VERIFY_CONTAINS(pages.first(), u"Ingebrekestelling"_s);
    // The sender's name is still in the address block and under the closing.
    QVERIFY(squeezed(pages.first()).count(u"AtelierVerhaegen"_s) >= 3);
}

void TestReminderPdfRenderer::fullestLetterFitsOnePage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("nl") << u"nl"_s << QStringList { u"België"_s, u"Nederland"_s, u"Hoogachtend,"_s };
    QTest::newRow("fr") << u"fr"_s
                        << QStringList {
                               u"Belgique"_s, u"Pays-Bas"_s,
                               u"Veuillez agréer, Madame, Monsieur, nos salutations distinguées."_s
                           };
    QTest::newRow("de") << u"de"_s
                        << QStringList { u"Belgien"_s, u"Niederlande"_s, u"Mit freundlichen Grüßen"_s };
    QTest::newRow("en") << u"en"_s << QStringList { u"Belgium"_s, u"Netherlands"_s, u"Yours faithfully,"_s };
}

void TestReminderPdfRenderer::fullestLetterFitsOnePage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    // Everything a letter can carry at once: a logo, a customer abroad (both addresses name
    // their country), a part payment and both charges on a formal notice.
    ReminderLetter full = letter(ReminderLevel::FormalNotice, language);
    full.buyer = sample::dutchBuyer();
    full.buyer.contactPerson = u"Jan de Vries"_s;
    full.invoiceTotal = euro(150000);
    DocumentTemplate withLogo;
    withLogo.logo = sample::svgLogo();
    const QStringList pages = sample::pdfPages(render(full, withLogo));
    QCOMPARE(pages.size(), 1);
    for (const QString& needle : expected)
        VERIFY_CONTAINS(pages.first(), needle);
    VERIFY_CONTAINS(pages.first(), u"Keizersgracht 221"_s);
}

void TestReminderPdfRenderer::rejectsInvalidLetters()
{
    ReminderPdfRenderer renderer;
    ReminderLetter noNumber = letter();
    noNumber.invoiceNumber = u"  "_s;
    const auto missingNumber = renderer.render(noNumber, {});
    KASBOEK_VERIFY_ERROR(missingNumber, ErrorCode::InvalidArgument);
    QCOMPARE(missingNumber.error().field, u"invoiceNumber"_s);
    QVERIFY(!missingNumber.error().message.isEmpty());

    ReminderLetter nothingToPay = withoutCharges(letter());
    nothingToPay.outstanding = euro(0);
    nothingToPay.totalToPay = euro(0);
    const auto zero = renderer.render(nothingToPay, {});
    KASBOEK_VERIFY_ERROR(zero, ErrorCode::InvalidArgument);
    QCOMPARE(zero.error().field, u"totalToPay"_s);

    ReminderLetter negative = letter();
    negative.totalToPay = euro(-100);
    KASBOEK_VERIFY_ERROR(renderer.render(negative, {}), ErrorCode::InvalidArgument);

    ReminderLetter undated = letter();
    undated.date = QDate();
    KASBOEK_VERIFY_ERROR(renderer.render(undated, {}), ErrorCode::InvalidArgument);

    ReminderLetter mixed = letter();
    mixed.interest = domain::Money::fromMinorUnits(1258, *domain::Currency::fromCode(u"USD"));
    KASBOEK_VERIFY_ERROR(renderer.render(mixed, {}), ErrorCode::InvalidArgument);

    // The renderer is still good for a valid letter afterwards.
    KASBOEK_VERIFY_OK(renderer.render(letter(), {}));
}

void TestReminderPdfRenderer::outputErrorIsIo()
{
    ReminderPdfRenderer renderer;
    QBuffer closed;
    KASBOEK_VERIFY_ERROR(renderer.render(letter(), {}, closed), ErrorCode::Io);
    QBuffer readOnly;
    QVERIFY(readOnly.open(QIODevice::ReadOnly));
    KASBOEK_VERIFY_ERROR(renderer.render(letter(), {}, readOnly), ErrorCode::Io);
}

QTEST_MAIN(TestReminderPdfRenderer)
#include "TestReminderPdfRenderer.moc"
