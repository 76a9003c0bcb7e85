#pragma once

#include "TestSupport.h"
#include "domain/Currency.h"
#include "domain/Decimal.h"
#include "domain/ExchangeRate.h"
#include "domain/Money.h"
#include "domain/documents/Document.h"
#include "domain/documents/DocumentCalculation.h"

#include <QByteArray>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Sample documents for the PDF and QR tests, with real-looking Belgian and Dutch parties
// whose identifiers pass the domain validators (TestRenderSamples proves it).
namespace kasboek::test::render {

using namespace Qt::StringLiterals;

// 0403170701: 04031707 mod 97 = 96, check 97 - 96 = 01.
inline const QString kSellerEnterpriseNumber = u"0403170701"_s;
inline const QString kSellerVat = u"BE0403170701"_s;
inline const QString kSellerIban = u"BE68539007547034"_s;
inline const QString kSellerBic = u"GEBABEBB"_s;
// 0860987440: 08609874 mod 97 = 57, check 97 - 57 = 40.
inline const QString kBuyerVat = u"BE0860987440"_s;
inline const QString kDutchKvk = u"69599084"_s;
// 004495445: 0·9 + 0·8 + 4·7 + 4·6 + 9·5 + 5·4 + 4·3 + 4·2 = 137, 137 mod 11 = 5, the last digit.
inline const QString kDutchVat = u"NL004495445B01"_s;
// 1234567890 mod 97 = 2 (standards NOTES section 1).
inline const QString kOgmDigits = u"123456789002"_s;

inline domain::Decimal dec(const char* text)
{
    return *domain::Decimal::parse(QString::fromUtf8(text));
}

inline domain::DocumentParty belgianSeller()
{
    domain::DocumentParty seller;
    seller.name = u"Atelier Verhaegen"_s;
    seller.legalForm = u"BV"_s;
    seller.street = u"Korenmarkt 14"_s;
    seller.postalCode = u"9000"_s;
    seller.city = u"Gent"_s;
    seller.country = u"BE"_s;
    seller.vatNumber = kSellerVat;
    seller.enterpriseNumber = kSellerEnterpriseNumber;
    seller.email = u"hallo@atelierverhaegen.be"_s;
    seller.phone = u"+32 9 123 45 67"_s;
    seller.iban = kSellerIban;
    seller.bic = kSellerBic;
    return seller;
}

inline domain::DocumentParty belgianBuyer()
{
    domain::DocumentParty buyer;
    buyer.name = u"Brouwerij De Klok"_s;
    buyer.legalForm = u"NV"_s;
    buyer.contactPerson = u"Sofie Claes"_s;
    buyer.street = u"Stationsstraat 102"_s;
    buyer.postalCode = u"2800"_s;
    buyer.city = u"Mechelen"_s;
    buyer.country = u"BE"_s;
    buyer.vatNumber = kBuyerVat;
    return buyer;
}

inline domain::DocumentParty dutchBuyer()
{
    domain::DocumentParty buyer;
    buyer.name = u"Studio Noord"_s;
    buyer.legalForm = u"B.V."_s;
    buyer.street = u"Keizersgracht 221"_s;
    buyer.postalCode = u"1016 DV"_s;
    buyer.city = u"Amsterdam"_s;
    buyer.country = u"NL"_s;
    buyer.vatNumber = kDutchVat;
    buyer.kvkNumber = kDutchKvk;
    return buyer;
}

inline domain::DocumentLine line(const QString& name, const char* quantity, const QString& unit,
                                 const char* price, int vatBasisPoints = 2100,
                                 const QString& description = {})
{
    domain::DocumentLine result;
    result.name = name;
    result.description = description;
    result.quantity = dec(quantity);
    result.unitCode = unit;
    result.unitPrice = dec(price);
    result.vatRate = domain::VatRate::fromBasisPoints(vatBasisPoints);
    return result;
}

// An issued Belgian invoice: 12.5 h × 95.00 + 3 days × 650.00 at 21 %, and a 6 % book.
// Nets 1187.50 + 1950.00 = 3137.50 (21 %, VAT 658.88) and 45.00 (6 %, VAT 2.70):
// total excl. 3182.50, VAT 661.58, incl. 3844.08.
inline domain::Document invoice()
{
    domain::Document document;
    document.type = domain::DocumentType::Invoice;
    document.status = domain::DocumentStatus::Issued;
    document.number = u"2026-0042"_s;
    document.issueDate = QDate(2026, 3, 12);
    document.dueDate = QDate(2026, 4, 11);
    document.language = u"nl"_s;
    document.seller = belgianSeller();
    document.buyer = belgianBuyer();
    document.paymentReferenceKind = domain::PaymentReferenceKind::Structured;
    document.paymentReference = kOgmDigits;
    document.buyerReference = u"PO-7731"_s;
    document.paymentTerms = u"Betaling binnen 30 dagen na factuurdatum."_s;
    document.lines = {
        line(u"Consultancy huisstijl"_s, "12.5", u"HUR"_s, "95.00", 2100,
             u"Workshops en begeleiding van het merkenteam, maart 2026."_s),
        line(u"Ontwerp verpakking"_s, "3", u"DAY"_s, "650.00"),
        line(u"Naslagwerk typografie"_s, "1", u"H87"_s, "45.00", 600),
    };
    return document;
}

inline domain::Document withLanguage(domain::Document document, const QString& language)
{
    document.language = language;
    return document;
}

// 60 numbered lines of 10.00 at 21 %: net 600.00, VAT 126.00, incl. 726.00.
inline domain::Document longInvoice()
{
    domain::Document document = invoice();
    document.number = u"2026-0060"_s;
    document.lines.clear();
    for (int i = 1; i <= 60; ++i)
        document.lines.append(line(u"Regel %1"_s.arg(i), "1", u"C62"_s, "10.00"));
    return document;
}

// Corrects invoice 2026-0041 of 3 March 2026: one day of 650.00 at 21 % (VAT 136.50).
inline domain::Document creditNote()
{
    domain::Document document = invoice();
    document.type = domain::DocumentType::CreditNote;
    document.number = u"CN-2026-0007"_s;
    document.correctedDocumentNumber = u"2026-0041"_s;
    document.correctedDocumentDate = QDate(2026, 3, 3);
    document.paymentReferenceKind = domain::PaymentReferenceKind::None;
    document.paymentReference.clear();
    document.lines = { line(u"Ontwerp verpakking"_s, "1", u"DAY"_s, "650.00") };
    return document;
}

// An English invoice in US dollars (1 USD = 0.92 EUR): 40 h × 120.00 at 21 % to a Dutch
// customer. Net 4800.00, VAT 1008.00 USD, which is 927.36 EUR.
inline domain::Document dollarInvoice()
{
    domain::Document document = invoice();
    document.number = u"2026-0077"_s;
    document.language = u"en"_s;
    document.currency = *domain::Currency::fromCode(u"USD");
    document.exchangeRate = *domain::ExchangeRate::parse(u"0.92");
    document.buyer = dutchBuyer();
    document.paymentReferenceKind = domain::PaymentReferenceKind::Plain;
    document.paymentReference = u"Invoice 2026-0077"_s;
    document.paymentTerms.clear();
    document.lines = { line(u"Product design sprint"_s, "40", u"HUR"_s, "120.00") };
    return document;
}

// One line with a description of many paragraphs: it has to flow over a page break.
inline domain::Document longDescriptionInvoice()
{
    domain::Document document = invoice();
    document.number = u"2026-0099"_s;
    QString text;
    for (int i = 1; i <= 16; ++i)
        text += u"Fase %1. Interviews met de klant, analyse van de bestaande huisstijl, schetsen, drie "
                "voorstellen met varianten, feedbackronde en uitwerking tot drukklare bestanden voor "
                "verpakking, etiketten en de website.\n"_s.arg(i);
    document.lines = { line(u"Rebranding Brouwerij De Klok"_s, "1", u"LS"_s, "8400.00", 2100, text),
                       line(u"Fotografie productlijn"_s, "2", u"DAY"_s, "720.00") };
    return document;
}

// The sample invoice with a 5 % document discount and a travel charge of 40.00 at 21 %.
// Discount per VAT group: 3137.50 × 5 % = 156.875 → 156.88 and 45.00 × 5 % = 2.25 (159.13).
// Taxable 21 %: 3137.50 − 156.88 + 40.00 = 3020.62, VAT 634.33; 6 %: 42.75, VAT 2.565 → 2.57.
// Total excl. 3063.37, VAT 636.90, incl. 3700.27.
inline domain::Document discountedInvoice()
{
    domain::Document document = invoice();
    document.discountPercent = dec("5");
    domain::DocumentCharge travel;
    travel.amount = domain::Money::fromMinorUnits(4000, domain::Currency::eur());
    travel.reason = u"Verplaatsingskosten"_s;
    document.charges = { travel };
    return document;
}

inline domain::Document draftInvoice()
{
    domain::Document document = invoice();
    document.status = domain::DocumentStatus::Draft;
    document.number.clear();
    return document;
}

inline domain::Document quote()
{
    domain::Document document = invoice();
    document.type = domain::DocumentType::Quote;
    document.number = u"OF-2026-0012"_s;
    document.validUntil = QDate(2026, 4, 30);
    document.paymentReferenceKind = domain::PaymentReferenceKind::None;
    document.paymentReference.clear();
    return document;
}

// A small SVG logo: an accent square with a white monogram bar, then the name.
inline QByteArray svgLogo()
{
    return QByteArrayLiteral(
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 300 80' width='300' height='80'>"
        "<rect x='0' y='8' width='64' height='64' rx='14' fill='#1d4e89'/>"
        "<path d='M18 56 L32 22 L46 56' stroke='#ffffff' stroke-width='7' fill='none' "
        "stroke-linejoin='round'/>"
        "<text x='80' y='50' font-family='sans-serif' font-size='30' font-weight='bold' "
        "fill='#1b202b'>atelier</text>"
        "<text x='80' y='70' font-family='sans-serif' font-size='14' fill='#6b7280'>verhaegen</text>"
        "</svg>");
}

inline domain::DocumentTotals totalsOf(const domain::Document& document)
{
    const auto totals = domain::DocumentCalculation::totals(document);
    if (!totals)
        qFatal("sample document does not calculate: %s", qPrintable(totals.error().toString()));
    return *totals;
}

// pdftotext -layout of the whole PDF; pages are separated by form feeds. No-break spaces
// become plain spaces so that expectations can be written with ordinary ones.
inline QString pdfText(const QByteArray& pdf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"doc.pdf"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    QProcess process;
    process.start(u"pdftotext"_s, { u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s });
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    text.replace(QChar(0x00A0), u' ');
    text.replace(QChar(0x202F), u' ');
    return text;
}

// The text of each page (pdftotext puts a form feed after every page).
inline QStringList pdfPages(const QByteArray& pdf)
{
    QStringList pages = pdfText(pdf).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// Every QR code zbarimg finds on the pages, rendered at 150 dpi in grey, as raw bytes (one per
// line); empty when there is none.
inline QByteArray qrCodesIn(const QByteArray& pdf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"doc.pdf"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    QProcess pdftoppm;
    pdftoppm.start(u"pdftoppm"_s,
                   { u"-r"_s, u"150"_s, u"-gray"_s, u"-png"_s, path, dir.filePath(u"page"_s) });
    if (!pdftoppm.waitForFinished(60000) || pdftoppm.exitCode() != 0)
        return {};
    QStringList images;
    for (const QString& name : QDir(dir.path()).entryList({ u"page*.png"_s }, QDir::Files, QDir::Name))
        images.append(dir.filePath(name));
    QProcess zbar;
    // -Sbinary: the bytes as they are, without zbar's guess at their character set.
    zbar.start(u"zbarimg"_s, QStringList { u"--raw"_s, u"-q"_s, u"-Sbinary"_s } + images);
    if (!zbar.waitForFinished(60000))
        return {};
    QByteArray output = zbar.readAllStandardOutput();
    if (output.endsWith('\n'))
        output.chop(1);
    return output;
}

} // namespace kasboek::test::render
