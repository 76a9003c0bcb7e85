#pragma once

// Issued documents as a Belgian or Dutch freelancer sends them, for tests and benchmarks of
// everything that reads a Document: the UBL export, the PDF, the command line. Each one is
// complete (parties with valid identifiers, lines, dates, payment reference, VAT exemptions)
// and issued: its stored totals come from DocumentCalculation.
//
//   domesticInvoice()            BE → BE, 21 %, structured communication
//   mixedRatesInvoice()          BE → BE, 21 %, 12 % and 6 % (catering, drinks, books)
//   exportInvoice()              BE → NO, goods exported outside the EU (G), freight charge
//   intraEuServicesInvoice()     BE → DE, B2B services, reverse charge (AE), RF reference
//   coContractorInvoice()        BE → BE construction, domestic reverse charge (AE)
//   discountsAndChargeInvoice()  line discounts, a 5 % document discount over 21 % and 6 %, a charge
//   foreignCurrencyInvoice()     BE → BE in USD with the exchange rate for the VAT in euro
//   creditNote()                 corrects domesticInvoice()
//   longInvoice()                60 timesheet lines
//   dutchInvoice()               NL → NL, 21 % and 9 %, KvK numbers
//   franchiseInvoice()           BE small enterprise under the franchise regime (E)
//
// Everything is fixed (dates, numbers, uids), so output made from them can be compared.

#include "domain/CreditorReference.h"
#include "domain/ExchangeRate.h"
#include "domain/StructuredCommunication.h"
#include "domain/documents/DocumentCalculation.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QUuid>
#include <QtGlobal>

namespace kasboek::test::fixtures {

// A fixture and the name tests and file names know it by.
struct NamedDocument
{
    QString name;
    domain::Document document;
};

namespace detail {

using namespace kasboek::domain;

// A fixture that does not build is a bug in this file, not a test failure.
template<typename T> T required(Result<T> result, const char* what)
{
    if (!result)
        qFatal("DocumentFixtures: %s: %s", what, qPrintable(result.error().toString()));
    return std::move(*result);
}

inline Decimal decimal(const QString& text)
{
    return required(Decimal::parse(text), "decimal");
}

inline DocumentLine line(const QString& name, const QString& quantity, const QString& unitCode,
                         const QString& unitPrice, VatCategory category = VatCategory::StandardRate,
                         int rateBasisPoints = 2100)
{
    DocumentLine result;
    result.name = name;
    result.quantity = decimal(quantity);
    result.unitCode = unitCode;
    result.unitPrice = decimal(unitPrice);
    result.vatCategory = category;
    result.vatRate = VatRate::fromBasisPoints(rateBasisPoints);
    return result;
}

inline QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

// A sales invoice of a series, in euro, issued on `issueDate`.
inline Document invoice(const QString& number, const QDate& issueDate, const QString& uid)
{
    Document document;
    document.uid = QUuid::fromString(uid);
    document.type = DocumentType::Invoice;
    document.number = number;
    document.seriesId = 1;
    document.issueDate = issueDate;
    document.paymentTermsDays = 30;
    document.createdAt = utc(issueDate.year(), issueDate.month(), issueDate.day(), 8, 15);
    document.updatedAt = utc(issueDate.year(), issueDate.month(), issueDate.day(), 9, 40);
    return document;
}

inline QString structuredCommunication(quint64 base)
{
    return StructuredCommunication::fromBase(base).digits();
}

} // namespace detail

// What issuing does: the due date (unless set), the status, and the totals stored with the
// document. For tests that change a fixture's lines or charges and need it consistent again.
inline domain::Document issued(domain::Document document)
{
    if (!document.dueDate.isValid())
        document.dueDate = document.issueDate.addDays(document.paymentTermsDays);
    document.status = domain::DocumentStatus::Issued;
    document.issuedAt = document.updatedAt.addSecs(60);
    const domain::DocumentTotals totals
        = detail::required(domain::DocumentCalculation::totals(document), "totals");
    document.totalExclusive = totals.taxExclusiveAmount;
    document.totalVat = totals.vatTotal;
    document.totalInclusive = totals.taxInclusiveAmount;
    return document;
}

// --- Parties ----------------------------------------------------------------------------------

// An IT consultancy in Ghent (BV), the seller of most fixtures. KBC account.
inline domain::DocumentParty verhaegenDigital()
{
    domain::DocumentParty party;
    party.name = QStringLiteral("Verhaegen Digital BV");
    party.legalForm = QStringLiteral("BV");
    party.contactPerson = QStringLiteral("Lotte Verhaegen");
    party.street = QStringLiteral("Kortrijksesteenweg 120");
    party.postalCode = QStringLiteral("9000");
    party.city = QStringLiteral("Gent");
    party.country = QStringLiteral("BE");
    party.vatNumber = QStringLiteral("BE0768412323");
    party.enterpriseNumber = QStringLiteral("0768412323");
    party.email = QStringLiteral("facturen@verhaegen-digital.be");
    party.phone = QStringLiteral("+32 9 324 18 50");
    party.iban = QStringLiteral("BE73735012345660");
    party.bic = QStringLiteral("KREDBEBB");
    return party;
}

// An architecture firm in Antwerp: the Belgian business customer.
inline domain::DocumentParty lumenArchitecten()
{
    domain::DocumentParty party;
    party.name = QStringLiteral("Lumen Architecten BV");
    party.contactPerson = QStringLiteral("Pieter Janssens");
    party.street = QStringLiteral("Mechelsesteenweg 64");
    party.postalCode = QStringLiteral("2018");
    party.city = QStringLiteral("Antwerpen");
    party.country = QStringLiteral("BE");
    party.vatNumber = QStringLiteral("BE0456789133");
    party.enterpriseNumber = QStringLiteral("0456789133");
    party.email = QStringLiteral("boekhouding@lumen-architecten.be");
    party.phone = QStringLiteral("+32 3 218 44 10");
    return party;
}

// A software company in Hamburg: the EU business customer (no Peppol id: derived from its VAT number).
inline domain::DocumentParty nordlichtSoftware()
{
    domain::DocumentParty party;
    party.name = QStringLiteral("Nordlicht Software GmbH");
    party.contactPerson = QStringLiteral("Anna Schröder");
    party.street = QStringLiteral("Brooktorkai 7");
    party.postalCode = QStringLiteral("20457");
    party.city = QStringLiteral("Hamburg");
    party.country = QStringLiteral("DE");
    party.vatNumber = QStringLiteral("DE812345673");
    party.email = QStringLiteral("rechnungen@nordlicht-software.de");
    return party;
}

// --- Documents --------------------------------------------------------------------------------

// BE → BE at 21 %: hours of development and a one-off set-up, paid with a structured communication.
inline domain::Document domesticInvoice()
{
    using namespace detail;
    Document document = invoice(QStringLiteral("2026-0042"), QDate(2026, 3, 2),
                                QStringLiteral("{6f1c2a4e-9b7d-4c1e-8a53-2f0d9e71b401}"));
    document.id = 42;
    document.contactId = 7;
    document.language = QStringLiteral("nl");
    document.seller = verhaegenDigital();
    document.buyer = lumenArchitecten();
    document.buyerReference = QStringLiteral("KLP-2026");
    document.orderReference = QStringLiteral("PO-2026-118");
    document.notes = QStringLiteral("Prestaties februari 2026 volgens de bijgevoegde urenstaat.");
    document.paymentTerms = QStringLiteral("Betaling binnen 30 dagen na factuurdatum.");
    document.paymentReferenceKind = PaymentReferenceKind::Structured;
    document.paymentReference = structuredCommunication(2026004200);

    DocumentLine development = line(QStringLiteral("Ontwikkeling klantenportaal – sprint 4"),
                                    QStringLiteral("38.5"), QStringLiteral("HUR"), QStringLiteral("95"));
    development.description
        = QStringLiteral("Projectplanning, ontwikkeling en testen van de modules offerte en "
                         "opvolging.");
    development.sellerItemId = QStringLiteral("DEV-STD");
    DocumentLine analysis = line(QStringLiteral("Technische analyse en documentatie"), QStringLiteral("6"),
                                 QStringLiteral("HUR"), QStringLiteral("95"));
    analysis.sellerItemId = QStringLiteral("DEV-STD");
    DocumentLine hosting = line(QStringLiteral("Hosting-setup en monitoring (eenmalig)"), QStringLiteral("1"),
                                QStringLiteral("C62"), QStringLiteral("250"));
    hosting.sellerItemId = QStringLiteral("OPS-SETUP");
    document.lines = { development, analysis, hosting };
    return issued(document);
}

// BE → BE: a team-building cooking workshop by a caterer, with meals at 12 %, the workshop and
// the wine at 21 % and the cookbook each participant takes home at 6 %.
inline domain::Document mixedRatesInvoice()
{
    using namespace detail;
    Document document = invoice(QStringLiteral("F2026-017"), QDate(2026, 3, 9),
                                QStringLiteral("{2a7e51c9-0d34-4b8f-9e62-7c15a8d3f902}"));
    document.id = 117;
    document.contactId = 3;
    document.language = QStringLiteral("nl");
    document.seller.name = QStringLiteral("Smaakatelier Eva Claeys");
    document.seller.contactPerson = QStringLiteral("Eva Claeys");
    document.seller.street = QStringLiteral("Diestsestraat 211");
    document.seller.postalCode = QStringLiteral("3000");
    document.seller.city = QStringLiteral("Leuven");
    document.seller.country = QStringLiteral("BE");
    document.seller.vatNumber = QStringLiteral("BE0812345603");
    document.seller.enterpriseNumber = QStringLiteral("0812345603");
    document.seller.email = QStringLiteral("eva@smaakatelier.be");
    document.seller.phone = QStringLiteral("+32 16 22 41 87");
    document.seller.iban = QStringLiteral("BE50063458721018");
    document.seller.bic = QStringLiteral("GKCCBEBB");
    document.buyer = lumenArchitecten();
    document.buyerReference = QStringLiteral("Teambuilding maart 2026");
    document.deliveryDate = QDate(2026, 3, 6);
    document.notes = QStringLiteral("Kookworkshop en walking dinner op vrijdag 6 maart 2026, 24 deelnemers.");
    document.paymentTermsDays = 14;
    document.paymentTerms = QStringLiteral("Betaling binnen 14 dagen.");
    document.paymentReferenceKind = PaymentReferenceKind::Structured;
    document.paymentReference = structuredCommunication(2026001700);
    document.lines = {
        line(QStringLiteral("Kookworkshop teambuilding (begeleiding)"), QStringLiteral("1"),
             QStringLiteral("C62"), QStringLiteral("650")),
        line(QStringLiteral("Walking dinner, vijf gangen"), QStringLiteral("24"), QStringLiteral("C62"),
             QStringLiteral("38.5"), VatCategory::StandardRate, 1200),
        line(QStringLiteral("Wijnarrangement bij het diner"), QStringLiteral("24"), QStringLiteral("C62"),
             QStringLiteral("14.75")),
        line(QStringLiteral("Kookboek ‘Seizoenskeuken’"), QStringLiteral("24"), QStringLiteral("C62"),
             QStringLiteral("22.95"), VatCategory::StandardRate, 600),
    };
    return issued(document);
}

// BE → NO: hand-thrown tableware exported to a shop in Oslo (goods leaving the EU, exempt under
// art. 146 of the VAT Directive), shipping charged separately. The Norwegian customer is on
// Peppol with its organisation number (scheme 0192).
inline domain::Document exportInvoice()
{
    using namespace detail;
    Document document = invoice(QStringLiteral("2026/031"), QDate(2026, 3, 12),
                                QStringLiteral("{93d0b6f2-5e1a-4a7c-b8d4-01e6c9f25a33}"));
    document.id = 231;
    document.contactId = 12;
    document.language = QStringLiteral("en");
    document.seller.name = QStringLiteral("Keramiekatelier Wouters");
    document.seller.contactPerson = QStringLiteral("Annelies Wouters");
    document.seller.street = QStringLiteral("Langestraat 48");
    document.seller.postalCode = QStringLiteral("8000");
    document.seller.city = QStringLiteral("Brugge");
    document.seller.country = QStringLiteral("BE");
    document.seller.vatNumber = QStringLiteral("BE0699553112");
    document.seller.enterpriseNumber = QStringLiteral("0699553112");
    document.seller.email = QStringLiteral("studio@keramiek-wouters.be");
    document.seller.iban = QStringLiteral("BE46363104827536");
    document.seller.bic = QStringLiteral("BBRUBEBB");
    document.buyer.name = QStringLiteral("Nordisk Form AS");
    document.buyer.contactPerson = QStringLiteral("Ingrid Haugen");
    document.buyer.street = QStringLiteral("Karl Johans gate 12");
    document.buyer.postalCode = QStringLiteral("0154");
    document.buyer.city = QStringLiteral("Oslo");
    document.buyer.country = QStringLiteral("NO");
    document.buyer.peppolId = QStringLiteral("0192:987654325");
    document.buyer.email = QStringLiteral("innkjop@nordiskform.no");
    document.orderReference = QStringLiteral("NF-2026-0088");
    document.deliveryDate = QDate(2026, 3, 10);
    document.notes
        = QStringLiteral("Shipped 10 March 2026 by road freight, export declaration 26BE000123456789.");
    document.paymentTerms = QStringLiteral("Payment within 30 days by bank transfer.");
    document.paymentReferenceKind = PaymentReferenceKind::Plain;
    document.paymentReference = QStringLiteral("2026/031");
    DocumentLine tableware = line(QStringLiteral("Tableware set ‘Noordzee’, 24 pieces"), QStringLiteral("8"),
                                  QStringLiteral("SET"), QStringLiteral("385"), VatCategory::Export, 0);
    tableware.description = QStringLiteral("Hand-thrown stoneware, celadon glaze.");
    tableware.sellerItemId = QStringLiteral("NZ-24");
    DocumentLine vase = line(QStringLiteral("Vase ‘Duin’, tall"), QStringLiteral("12"), QStringLiteral("C62"),
                             QStringLiteral("145"), VatCategory::Export, 0);
    vase.sellerItemId = QStringLiteral("DU-H");
    document.lines = { tableware, vase };
    DocumentCharge freight;
    freight.amount = Money::fromMinorUnits(18000, Currency::eur());
    freight.vatCategory = VatCategory::Export;
    freight.vatRate = VatRate::fromBasisPoints(0);
    freight.reason = QStringLiteral("Packing and road freight to Oslo");
    freight.reasonCode = QStringLiteral("FC");
    document.charges = { freight };
    document.exemptions
        = { { VatCategory::Export, QStringLiteral("VATEX-EU-G"),
              QStringLiteral("Exempt export outside the EU (Article 146 of Directive 2006/112/EC).") } };
    return issued(document);
}

// BE → DE: development services to a German business, taxed where the customer is (art. 44 and
// 196 of the VAT Directive): reverse charge, paid with an RF creditor reference.
inline domain::Document intraEuServicesInvoice()
{
    using namespace detail;
    Document document = invoice(QStringLiteral("2026-0045"), QDate(2026, 4, 1),
                                QStringLiteral("{c4e8a1d7-3f62-4b9e-a05c-8d7f2e19b644}"));
    document.id = 45;
    document.contactId = 9;
    document.language = QStringLiteral("en");
    document.seller = verhaegenDigital();
    document.buyer = nordlichtSoftware();
    document.orderReference = QStringLiteral("4500012345");
    document.notes = QStringLiteral("Development services, March 2026.");
    document.paymentTerms = QStringLiteral("Payment within 30 days.");
    document.paymentReferenceKind = PaymentReferenceKind::Creditor;
    document.paymentReference
        = required(CreditorReference::fromReference(QStringLiteral("20260045")), "RF").toString();
    DocumentLine development
        = line(QStringLiteral("Software development, March 2026"), QStringLiteral("72"),
               QStringLiteral("HUR"), QStringLiteral("95"), VatCategory::ReverseCharge, 0);
    development.buyerAccountingReference = QStringLiteral("KST 4711");
    DocumentLine workshop = line(QStringLiteral("Architecture review workshop"), QStringLiteral("2"),
                                 QStringLiteral("DAY"), QStringLiteral("760"), VatCategory::ReverseCharge, 0);
    workshop.description = QStringLiteral("On site in Hamburg, 24 and 25 March 2026.");
    document.lines = { development, workshop };
    document.exemptions = {
        { VatCategory::ReverseCharge, QStringLiteral("VATEX-EU-AE"),
          QStringLiteral("Reverse charge: VAT to be accounted for by the customer (Article 196 of Directive "
                         "2006/112/EC).") }
    };
    return issued(document);
}

// BE → BE: an electrician working for a building contractor; the customer pays the VAT
// (co-contracting, art. 20 Royal Decree no. 1).
inline domain::Document coContractorInvoice()
{
    using namespace detail;
    Document document = invoice(QStringLiteral("EP-2026-0112"), QDate(2026, 3, 31),
                                QStringLiteral("{5b9f3c70-a2e4-4d18-9c6b-e3a0f4d72c55}"));
    document.id = 312;
    document.contactId = 21;
    document.language = QStringLiteral("nl");
    document.seller.name = QStringLiteral("Elektro Peeters BV");
    document.seller.legalForm = QStringLiteral("BV");
    document.seller.contactPerson = QStringLiteral("Kris Peeters");
    document.seller.street = QStringLiteral("Kuringersteenweg 305");
    document.seller.postalCode = QStringLiteral("3500");
    document.seller.city = QStringLiteral("Hasselt");
    document.seller.country = QStringLiteral("BE");
    document.seller.vatNumber = QStringLiteral("BE0551234766");
    document.seller.enterpriseNumber = QStringLiteral("0551234766");
    document.seller.email = QStringLiteral("info@elektro-peeters.be");
    document.seller.phone = QStringLiteral("+32 11 27 35 90");
    document.seller.iban = QStringLiteral("BE21001234567803");
    document.seller.bic = QStringLiteral("GEBABEBB");
    document.buyer.name = QStringLiteral("Bouwbedrijf Janssens & Zonen NV");
    document.buyer.contactPerson = QStringLiteral("Marc Janssens");
    document.buyer.street = QStringLiteral("Industrieweg 18");
    document.buyer.postalCode = QStringLiteral("3600");
    document.buyer.city = QStringLiteral("Genk");
    document.buyer.country = QStringLiteral("BE");
    document.buyer.vatNumber = QStringLiteral("BE0723119855");
    document.buyer.enterpriseNumber = QStringLiteral("0723119855");
    document.buyer.email = QStringLiteral("aankoop@janssens-bouw.be");
    document.buyerReference = QStringLiteral("Werf Genk-Zuid / 2026-017");
    document.deliveryDate = QDate(2026, 3, 27);
    document.notes = QStringLiteral("Elektrische installatie nieuwbouw Genk-Zuid, fase 2.");
    document.paymentTerms = QStringLiteral("Betaling binnen 30 dagen.");
    document.paymentReferenceKind = PaymentReferenceKind::Structured;
    document.paymentReference = structuredCommunication(2026011200);
    document.lines = {
        line(QStringLiteral("Arbeidsuren elektricien"), QStringLiteral("64"), QStringLiteral("HUR"),
             QStringLiteral("58"), VatCategory::ReverseCharge, 0),
        line(QStringLiteral("Kabel XVB 3G2,5"), QStringLiteral("250"), QStringLiteral("MTR"),
             QStringLiteral("1.85"), VatCategory::ReverseCharge, 0),
        line(QStringLiteral("Verdeelkast 3 rijen, geplaatst en aangesloten"), QStringLiteral("1"),
             QStringLiteral("C62"), QStringLiteral("685"), VatCategory::ReverseCharge, 0),
    };
    document.exemptions = { { VatCategory::ReverseCharge, QStringLiteral("VATEX-EU-AE"),
                              QStringLiteral("Verlegging van heffing / Autoliquidation") } };
    return issued(document);
}

// BE → BE: a website project with a discount on two lines, 5 % off the whole invoice (one
// allowance per VAT group: 21 % and 6 %) and travel costs charged at 21 %.
inline domain::Document discountsAndChargeInvoice()
{
    using namespace detail;
    Document document = invoice(QStringLiteral("2026-0047"), QDate(2026, 4, 3),
                                QStringLiteral("{e17a4c92-6b3d-4f05-b8a1-9c2d7e4f0366}"));
    document.id = 47;
    document.contactId = 7;
    document.language = QStringLiteral("nl");
    document.seller = verhaegenDigital();
    document.buyer = lumenArchitecten();
    document.buyerReference = QStringLiteral("WEB-2026");
    document.notes = QStringLiteral("Nieuwe website, oplevering 31 maart 2026. Trouwe-klantenkorting 5 %.");
    document.paymentTerms = QStringLiteral("Betaling binnen 30 dagen na factuurdatum.");
    document.paymentReferenceKind = PaymentReferenceKind::Structured;
    document.paymentReference = structuredCommunication(2026004700);
    document.discountPercent = decimal(QStringLiteral("5"));

    DocumentLine website = line(QStringLiteral("Ontwerp en ontwikkeling website"), QStringLiteral("1"),
                                QStringLiteral("C62"), QStringLiteral("4800"));
    website.discountPercent = decimal(QStringLiteral("10"));
    website.buyerAccountingReference = QStringLiteral("INV-2026-WEB");
    DocumentLine migration = line(QStringLiteral("Contentmigratie"), QStringLiteral("18.5"),
                                  QStringLiteral("HUR"), QStringLiteral("85"));
    migration.discountPercent = decimal(QStringLiteral("15"));
    DocumentLine hosting = line(QStringLiteral("Hosting en onderhoud"), QStringLiteral("12"),
                                QStringLiteral("MON"), QStringLiteral("39.95"));
    hosting.description = QStringLiteral("April 2026 tot en met maart 2027.");
    DocumentLine book
        = line(QStringLiteral("Naslagwerk ‘Webtoegankelijkheid in de praktijk’"), QStringLiteral("2"),
               QStringLiteral("C62"), QStringLiteral("34.5"), VatCategory::StandardRate, 600);
    document.lines = { website, migration, hosting, book };
    DocumentCharge travel;
    travel.amount = Money::fromMinorUnits(6480, Currency::eur());
    travel.reason = QStringLiteral("Verplaatsingskosten");
    document.charges = { travel };
    return issued(document);
}

// BE → BE in US dollars (the customer's project budget is in USD): the VAT is also stated in
// euro (BT-111) at the recorded rate of 0.9234 EUR per USD.
inline domain::Document foreignCurrencyInvoice()
{
    using namespace detail;
    Document document = invoice(QStringLiteral("2026-0046"), QDate(2026, 4, 2),
                                QStringLiteral("{0d5b8e13-c7a9-4e62-93f4-6a1b2c8d9e77}"));
    document.id = 46;
    document.contactId = 15;
    document.language = QStringLiteral("en");
    document.seller = verhaegenDigital();
    document.buyer.name = QStringLiteral("Flanders Photonics NV");
    document.buyer.contactPerson = QStringLiteral("Dr. Wim De Smet");
    document.buyer.street = QStringLiteral("Technologiepark 122");
    document.buyer.postalCode = QStringLiteral("9052");
    document.buyer.city = QStringLiteral("Zwijnaarde");
    document.buyer.country = QStringLiteral("BE");
    document.buyer.vatNumber = QStringLiteral("BE0987654394");
    document.buyer.enterpriseNumber = QStringLiteral("0987654394");
    document.buyer.email = QStringLiteral("ap@flanders-photonics.be");
    document.currency = required(Currency::fromCode(QStringLiteral("USD")), "USD");
    document.exchangeRate = required(ExchangeRate::parse(QStringLiteral("0.9234")), "rate");
    document.orderReference = QStringLiteral("FP-PO-77120");
    document.notes
        = QStringLiteral("Invoiced in US dollars at the customer's request; VAT in EUR at 0.9234 EUR/USD.");
    document.paymentTerms = QStringLiteral("Payment within 30 days in USD.");
    document.paymentReferenceKind = PaymentReferenceKind::Structured;
    document.paymentReference = structuredCommunication(2026004600);
    document.lines = {
        line(QStringLiteral("Firmware consultancy, instrument control software"), QStringLiteral("40"),
             QStringLiteral("HUR"), QStringLiteral("120")),
        line(QStringLiteral("Travel day to the test site"), QStringLiteral("1"), QStringLiteral("DAY"),
             QStringLiteral("650")),
    };
    return issued(document);
}

// Corrects domesticInvoice(): six hours were billed that were not worked.
inline domain::Document creditNote()
{
    using namespace detail;
    Document document = invoice(QStringLiteral("CN-2026-0003"), QDate(2026, 3, 16),
                                QStringLiteral("{8a2f6d41-e9b3-4c7a-a1d5-3e8f0b7c2d88}"));
    document.id = 51;
    document.contactId = 7;
    document.type = DocumentType::CreditNote;
    document.seriesId = 2;
    document.language = QStringLiteral("nl");
    document.seller = verhaegenDigital();
    document.buyer = lumenArchitecten();
    document.buyerReference = QStringLiteral("KLP-2026");
    document.correctedDocumentId = 42;
    document.correctedDocumentNumber = QStringLiteral("2026-0042");
    document.correctedDocumentDate = QDate(2026, 3, 2);
    document.notes = QStringLiteral("Creditnota op factuur 2026-0042: zes uren ten onrechte aangerekend.");
    document.paymentTerms = QStringLiteral("Wordt binnen 30 dagen teruggestort op uw rekening.");
    document.paymentReferenceKind = PaymentReferenceKind::Plain;
    document.paymentReference = QStringLiteral("CN-2026-0003");
    DocumentLine correction = line(QStringLiteral("Ontwikkeling klantenportaal – sprint 4 (correctie)"),
                                   QStringLiteral("6"), QStringLiteral("HUR"), QStringLiteral("95"));
    correction.sellerItemId = QStringLiteral("DEV-STD");
    document.lines = { correction };
    return issued(document);
}

// BE → BE: a month of support as a timesheet, 60 lines of quarter hours to full days at two rates.
inline domain::Document longInvoice()
{
    using namespace detail;
    Document document = invoice(QStringLiteral("2026-0048"), QDate(2026, 4, 1),
                                QStringLiteral("{f3c91e28-4d7b-4a06-b2e9-5d1a8c6f4b99}"));
    document.id = 48;
    document.contactId = 7;
    document.language = QStringLiteral("nl");
    document.seller = verhaegenDigital();
    document.buyer = lumenArchitecten();
    document.buyerReference = QStringLiteral("SUP-2026-Q1");
    document.notes = QStringLiteral("Support en doorontwikkeling, prestaties maart 2026.");
    document.paymentTerms = QStringLiteral("Betaling binnen 30 dagen na factuurdatum.");
    document.paymentReferenceKind = PaymentReferenceKind::Structured;
    document.paymentReference = structuredCommunication(2026004800);
    const QStringList tasks = {
        QStringLiteral("Bugfix planningsmodule"),
        QStringLiteral("Nieuwe rapportering uren per project"),
        QStringLiteral("Code review"),
        QStringLiteral("Update afhankelijkheden en beveiligingspatches"),
        QStringLiteral("Overleg met projectleiding"),
        QStringLiteral("Performantie zoekfunctie"),
        QStringLiteral("Gebruikersondersteuning"),
        QStringLiteral("Databankmigratie testomgeving"),
        QStringLiteral("Export naar Excel"),
        QStringLiteral("Toegankelijkheid formulieren"),
    };
    const QStringList hours
        = { QStringLiteral("0.25"), QStringLiteral("1.5"), QStringLiteral("2"),    QStringLiteral("3.75"),
            QStringLiteral("8"),    QStringLiteral("0.5"), QStringLiteral("4.25"), QStringLiteral("6") };
    for (int i = 0; i < 60; ++i) {
        const QDate day = QDate(2026, 3, 2).addDays(i / 2 + (i / 10) * 2);
        const bool senior = i % 7 == 3;
        DocumentLine entry
            = line(QStringLiteral("%1 – ticket LUM-%2").arg(tasks.at(i % tasks.size())).arg(1400 + i * 3),
                   hours.at(i % hours.size()), QStringLiteral("HUR"),
                   senior ? QStringLiteral("112.5") : QStringLiteral("95"));
        entry.description = QStringLiteral("Prestatie van %1.").arg(day.toString(Qt::ISODate));
        entry.sellerItemId = senior ? QStringLiteral("DEV-SR") : QStringLiteral("DEV-STD");
        entry.buyerAccountingReference = QStringLiteral("PRJ-2026-07");
        document.lines.append(entry);
    }
    return issued(document);
}

// NL → NL: a Utrecht designer (sole trader) invoicing a publisher: design at 21 %, printed
// photo books at 9 %, KvK numbers for both (the Dutch Peppol rules NL-R-003 and NL-R-005).
inline domain::Document dutchInvoice()
{
    using namespace detail;
    Document document = invoice(QStringLiteral("SB-2026-017"), QDate(2026, 3, 20),
                                QStringLiteral("{47b2d9e6-1a8c-4f3d-9e05-c6a7b8d1e2aa}"));
    document.id = 17;
    document.contactId = 4;
    document.language = QStringLiteral("nl");
    document.seller.name = QStringLiteral("Studio Bakker Ontwerp");
    document.seller.contactPerson = QStringLiteral("Joost Bakker");
    document.seller.street = QStringLiteral("Oudegracht 231");
    document.seller.postalCode = QStringLiteral("3511 NK");
    document.seller.city = QStringLiteral("Utrecht");
    document.seller.country = QStringLiteral("NL");
    document.seller.vatNumber = QStringLiteral("NL853217464B01");
    document.seller.kvkNumber = QStringLiteral("61234567");
    document.seller.email = QStringLiteral("joost@studiobakker.nl");
    document.seller.phone = QStringLiteral("+31 30 231 45 67");
    document.seller.iban = QStringLiteral("NL43RABO0312847561");
    document.seller.bic = QStringLiteral("RABONL2U");
    document.buyer.name = QStringLiteral("Groenewoud Uitgevers B.V.");
    document.buyer.contactPerson = QStringLiteral("Marieke de Vries");
    document.buyer.street = QStringLiteral("Herengracht 412");
    document.buyer.postalCode = QStringLiteral("1017 BX");
    document.buyer.city = QStringLiteral("Amsterdam");
    document.buyer.country = QStringLiteral("NL");
    document.buyer.vatNumber = QStringLiteral("NL812345678B01");
    document.buyer.kvkNumber = QStringLiteral("34567890");
    document.buyer.email = QStringLiteral("crediteuren@groenewoud.nl");
    document.orderReference = QStringLiteral("GU-2026-0311");
    document.notes = QStringLiteral("Huisstijl en fotoboek ‘Utrecht in beeld’.");
    document.paymentTermsDays = 14;
    document.paymentTerms = QStringLiteral("Betaling binnen 14 dagen na factuurdatum.");
    document.paymentReferenceKind = PaymentReferenceKind::Plain;
    document.paymentReference = QStringLiteral("SB-2026-017");
    document.lines = {
        line(QStringLiteral("Ontwerp huisstijl"), QStringLiteral("1"), QStringLiteral("C62"),
             QStringLiteral("2450")),
        line(QStringLiteral("Fotoboek ‘Utrecht in beeld’, gedrukt"), QStringLiteral("40"),
             QStringLiteral("C62"), QStringLiteral("29.5"), VatCategory::StandardRate, 900),
    };
    return issued(document);
}

// BE → BE: a translator under the Belgian franchise regime for small enterprises: no VAT,
// category E with the legal mention as the reason (no VATEX code is known for it).
inline domain::Document franchiseInvoice()
{
    using namespace detail;
    Document document = invoice(QStringLiteral("2026-009"), QDate(2026, 3, 25),
                                QStringLiteral("{b8e4f1a3-2c6d-4e97-8f10-7a9c3d5e6fbb}"));
    document.id = 9;
    document.contactId = 2;
    document.language = QStringLiteral("nl");
    document.seller.name = QStringLiteral("Vertaalbureau Sofie Claes");
    document.seller.contactPerson = QStringLiteral("Sofie Claes");
    document.seller.street = QStringLiteral("Volkstraat 40");
    document.seller.postalCode = QStringLiteral("2000");
    document.seller.city = QStringLiteral("Antwerpen");
    document.seller.country = QStringLiteral("BE");
    document.seller.vatNumber = QStringLiteral("BE0203581125");
    document.seller.enterpriseNumber = QStringLiteral("0203581125");
    document.seller.email = QStringLiteral("sofie@vertaalbureau-claes.be");
    document.seller.iban = QStringLiteral("BE25973123456782");
    document.seller.bic = QStringLiteral("ARSPBE22");
    document.buyer.name = QStringLiteral("Vandenberghe Logistics NV");
    document.buyer.contactPerson = QStringLiteral("Katrien Vandenberghe");
    document.buyer.street = QStringLiteral("Haven 1025, Scheldedijk 30");
    document.buyer.postalCode = QStringLiteral("2070");
    document.buyer.city = QStringLiteral("Zwijndrecht");
    document.buyer.country = QStringLiteral("BE");
    document.buyer.vatNumber = QStringLiteral("BE0417823639");
    document.buyer.enterpriseNumber = QStringLiteral("0417823639");
    document.buyerReference = QStringLiteral("Handleiding HL-7");
    document.notes = QStringLiteral("Vertaling Nederlands-Frans van de handleiding HL-7 (8 450 woorden).");
    document.paymentTerms = QStringLiteral("Betaling binnen 30 dagen.");
    document.paymentReferenceKind = PaymentReferenceKind::Structured;
    document.paymentReference = structuredCommunication(2026000900);
    DocumentLine translation
        = line(QStringLiteral("Vertaling NL-FR technische handleiding"), QStringLiteral("8450"),
               QStringLiteral("C62"), QStringLiteral("0.11"), VatCategory::Exempt, 0);
    translation.description = QStringLiteral("Prijs per woord.");
    document.lines = {
        translation,
        line(QStringLiteral("Nalezen en terminologielijst"), QStringLiteral("3"), QStringLiteral("HUR"),
             QStringLiteral("45"), VatCategory::Exempt, 0),
    };
    document.exemptions = { { VatCategory::Exempt, QString(),
                              QStringLiteral("Bijzondere vrijstellingsregeling kleine ondernemingen") } };
    return issued(document);
}

// Every fixture above, in the order of the list at the top.
inline QList<NamedDocument> allDocuments()
{
    return {
        { QStringLiteral("domestic"), domesticInvoice() },
        { QStringLiteral("mixed-rates"), mixedRatesInvoice() },
        { QStringLiteral("export"), exportInvoice() },
        { QStringLiteral("intra-eu-services"), intraEuServicesInvoice() },
        { QStringLiteral("co-contractor"), coContractorInvoice() },
        { QStringLiteral("discounts-and-charge"), discountsAndChargeInvoice() },
        { QStringLiteral("foreign-currency"), foreignCurrencyInvoice() },
        { QStringLiteral("credit-note"), creditNote() },
        { QStringLiteral("long"), longInvoice() },
        { QStringLiteral("dutch"), dutchInvoice() },
        { QStringLiteral("franchise"), franchiseInvoice() },
    };
}

} // namespace kasboek::test::fixtures
