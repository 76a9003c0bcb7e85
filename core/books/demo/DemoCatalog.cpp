#include "DemoCatalog.h"

using namespace Qt::StringLiterals;
using namespace kasboek::domain;

namespace kasboek::books {

namespace {

struct ContactRow
{
    ContactKind kind;
    const char16_t* name;
    const char16_t* givenName;
    const char16_t* familyName;
    const char16_t* street;
    const char16_t* postalCode;
    const char16_t* city;
    const char16_t* country;
    const char16_t* vatNumber;
    const char16_t* enterpriseNumber;
    const char16_t* kvkNumber;
    const char16_t* language;
    const char16_t* currency;
    int paymentTermsDays;
    const char16_t* email;
};

Contact contactFrom(const ContactRow& row, bool customer)
{
    Contact contact;
    contact.kind = row.kind;
    contact.isCustomer = customer;
    contact.isSupplier = !customer;
    contact.name = QString::fromUtf16(row.name);
    contact.givenName = QString::fromUtf16(row.givenName);
    contact.familyName = QString::fromUtf16(row.familyName);
    contact.street = QString::fromUtf16(row.street);
    contact.postalCode = QString::fromUtf16(row.postalCode);
    contact.city = QString::fromUtf16(row.city);
    contact.country = QString::fromUtf16(row.country);
    contact.vatNumber = QString::fromUtf16(row.vatNumber);
    contact.enterpriseNumber = QString::fromUtf16(row.enterpriseNumber);
    contact.kvkNumber = QString::fromUtf16(row.kvkNumber);
    contact.language = QString::fromUtf16(row.language);
    contact.currency = QString::fromUtf16(row.currency);
    contact.paymentTermsDays = row.paymentTermsDays;
    contact.email = QString::fromUtf16(row.email);
    return contact;
}

struct ProductRow
{
    const char16_t* code;
    const char16_t* name;
    const char16_t* unitCode;
    qint64 unitPriceScaled; // × 10⁴
    int belgianRate; // basis points
    int dutchRate;
};

// Shared by both countries: the business sells the same things, at its country's rates.
constexpr ProductRow productRows[] = {
    { u"WEB-H", u"Webdesign", u"HUR", 850000, 2100, 2100 },
    { u"DEV-D", u"Development (day rate)", u"DAY", 6800000, 2100, 2100 },
    { u"PHOTO-H", u"Photo shoot", u"HUR", 950000, 2100, 2100 },
    { u"BOOK-A4", u"Photo book A4, 40 pages", u"C62", 450000, 600, 900 },
    { u"HOST-M", u"Website hosting and maintenance", u"MON", 350000, 2100, 2100 },
    { u"WORK-D", u"Workshop: photography for social media", u"DAY", 9500000, 2100, 2100 },
    { u"LUNCH", u"Workshop lunch", u"C62", 220000, 1200, 900 },
    { u"AV-INST", u"Installation of a sound and display system", u"LS", 18500000, 2100, 2100 },
};

constexpr ContactRow belgianCustomers[] = {
    { ContactKind::Company, u"Brouwerij De Kroon NV", u"", u"", u"Meir 112", u"2000", u"Antwerpen", u"BE",
      u"BE0456781215", u"0456781215", u"", u"nl", u"EUR", 30, u"boekhouding@dekroon.example" },
    { ContactKind::Company, u"Atelier Lumière SRL", u"", u"", u"Rue Féronstrée 48", u"4000", u"Liège", u"BE",
      u"BE0654321022", u"0654321022", u"", u"fr", u"EUR", 30, u"compta@atelier-lumiere.example" },
    { ContactKind::Company, u"Bouwbedrijf Peeters BV", u"", u"", u"Industrieweg 7", u"3500", u"Hasselt",
      u"BE", u"BE0712345630", u"0712345630", u"", u"nl", u"EUR", 45, u"facturen@peeters-bouw.example" },
    { ContactKind::Company, u"Hanseatic Logistics GmbH", u"", u"", u"Am Sandtorkai 50", u"20457", u"Hamburg",
      u"DE", u"DE281234560", u"", u"", u"de", u"EUR", 30, u"rechnungen@hanseatic.example" },
    { ContactKind::Company, u"Pixel & Co BV", u"", u"", u"Oudegracht 201", u"3511 NK", u"Utrecht", u"NL",
      u"NL812345678B01", u"", u"30112233", u"nl", u"EUR", 30, u"finance@pixelco.example" },
    { ContactKind::Company, u"Northwind Analytics Inc.", u"", u"", u"350 Fifth Avenue", u"10118", u"New York",
      u"US", u"", u"", u"", u"en", u"USD", 30, u"ap@northwind.example" },
    { ContactKind::Person, u"", u"Jan", u"Janssens", u"Bondgenotenlaan 20", u"3000", u"Leuven", u"BE", u"",
      u"", u"", u"nl", u"EUR", 14, u"jan.janssens@example.org" },
    { ContactKind::Person, u"", u"Sophie", u"Dubois", u"Rue de Fer 12", u"5000", u"Namur", u"BE", u"", u"",
      u"", u"fr", u"EUR", 14, u"sophie.dubois@example.org" },
    { ContactKind::Company, u"Boekhandel Het Leesteken BV", u"", u"", u"Veldstraat 33", u"9000", u"Gent",
      u"BE", u"BE0801234549", u"0801234549", u"", u"nl", u"EUR", 30, u"inkoop@leesteken.example" },
};

constexpr ContactRow dutchCustomers[] = {
    { ContactKind::Company, u"Koffiebranderij De Molen BV", u"", u"", u"Oudegracht 12", u"3511 AL",
      u"Utrecht", u"NL", u"NL851234562B01", u"", u"41202536", u"nl", u"EUR", 30,
      u"administratie@demolen.example" },
    { ContactKind::Company, u"Atelier Lumière SRL", u"", u"", u"Rue Féronstrée 48", u"4000", u"Liège", u"BE",
      u"BE0654321022", u"0654321022", u"", u"fr", u"EUR", 30, u"compta@atelier-lumiere.example" },
    { ContactKind::Company, u"Bouwbedrijf Van Dijk BV", u"", u"", u"Havenweg 3", u"3542 AD", u"Utrecht",
      u"NL", u"NL861111114B01", u"", u"56781234", u"nl", u"EUR", 30, u"facturen@vandijkbouw.example" },
    { ContactKind::Company, u"Hanseatic Logistics GmbH", u"", u"", u"Am Sandtorkai 50", u"20457", u"Hamburg",
      u"DE", u"DE281234560", u"", u"", u"de", u"EUR", 30, u"rechnungen@hanseatic.example" },
    { ContactKind::Company, u"Brouwerij De Kroon NV", u"", u"", u"Meir 112", u"2000", u"Antwerpen", u"BE",
      u"BE0456781215", u"0456781215", u"", u"nl", u"EUR", 30, u"boekhouding@dekroon.example" },
    { ContactKind::Company, u"Northwind Analytics Inc.", u"", u"", u"350 Fifth Avenue", u"10118", u"New York",
      u"US", u"", u"", u"", u"en", u"USD", 30, u"ap@northwind.example" },
    { ContactKind::Person, u"", u"Sanne", u"de Vries", u"Prinsengracht 263", u"1016 GV", u"Amsterdam", u"NL",
      u"", u"", u"", u"nl", u"EUR", 14, u"sanne.devries@example.org" },
    { ContactKind::Person, u"", u"Lukas", u"Becker", u"Kaiserstraße 5", u"52062", u"Aachen", u"DE", u"", u"",
      u"", u"de", u"EUR", 14, u"lukas.becker@example.org" },
    { ContactKind::Company, u"Boekhandel De Zilveren Pen BV", u"", u"", u"Lange Voorhout 9", u"2514 EA",
      u"Den Haag", u"NL", u"NL881234564B01", u"", u"34567890", u"nl", u"EUR", 30,
      u"inkoop@zilverenpen.example" },
};

constexpr ContactRow belgianSuppliers[] = {
    { ContactKind::Company, u"Glasvezel Vlaanderen NV", u"", u"", u"Koningin Astridlaan 2", u"8200",
      u"Brugge", u"BE", u"BE0555012323", u"0555012323", u"", u"nl", u"EUR", 14,
      u"facturatie@glasvezel.example" },
    { ContactKind::Company, u"Drukkerij Vanhove BV", u"", u"", u"Kortrijksesteenweg 88", u"9830",
      u"Sint-Martens-Latem", u"BE", u"BE0444098761", u"0444098761", u"", u"nl", u"EUR", 30,
      u"info@drukkerijvanhove.example" },
};

constexpr ContactRow dutchSuppliers[] = {
    { ContactKind::Company, u"Glasnet Nederland BV", u"", u"", u"Stationsplein 1", u"3511 ED", u"Utrecht",
      u"NL", u"NL871234567B01", u"", u"27312152", u"nl", u"EUR", 14, u"facturen@glasnet.example" },
    { ContactKind::Company, u"Drukkerij Vanhove BV", u"", u"", u"Kortrijksesteenweg 88", u"9830",
      u"Sint-Martens-Latem", u"BE", u"BE0444098761", u"0444098761", u"", u"nl", u"EUR", 30,
      u"info@drukkerijvanhove.example" },
};

template<typename Rows> QList<Contact> contactsFrom(const Rows& rows, bool customer)
{
    QList<Contact> contacts;
    for (const ContactRow& row : rows)
        contacts.append(contactFrom(row, customer));
    return contacts;
}

} // namespace

DemoCatalog DemoCatalog::forCountry(const QString& country)
{
    const bool dutch = country == u"NL";
    DemoCatalog catalog;
    CompanyProfile& company = catalog.company;
    if (dutch) {
        company.name = u"Studio Jansen"_s;
        company.legalForm = u"eenmanszaak"_s;
        company.country = u"NL"_s;
        company.street = u"Nieuwegracht 40"_s;
        company.postalCode = u"3512 LS"_s;
        company.city = u"Utrecht"_s;
        company.vatNumber = u"NL004495445B01"_s;
        company.kvkNumber = u"69599084"_s;
        company.iban = u"NL91ABNA0417164300"_s;
        company.bic = u"ABNANL2A"_s;
        company.email = u"hallo@studiojansen.example"_s;
        company.phone = u"+31 30 123 45 67"_s;
        company.website = u"https://studiojansen.example"_s;
    } else {
        company.name = u"Studio Verhaegen"_s;
        company.legalForm = u"BV"_s;
        company.country = u"BE"_s;
        company.street = u"Sint-Pietersnieuwstraat 120"_s;
        company.postalCode = u"9000"_s;
        company.city = u"Gent"_s;
        company.vatNumber = u"BE0403170701"_s;
        company.enterpriseNumber = u"0403170701"_s;
        company.iban = u"BE68539007547034"_s;
        company.bic = u"GKCCBEBB"_s;
        company.email = u"hallo@studioverhaegen.example"_s;
        company.phone = u"+32 9 123 45 67"_s;
        company.website = u"https://studioverhaegen.example"_s;
    }
    company.currency = u"EUR"_s;

    catalog.customers = dutch ? contactsFrom(dutchCustomers, true) : contactsFrom(belgianCustomers, true);
    catalog.suppliers = dutch ? contactsFrom(dutchSuppliers, false) : contactsFrom(belgianSuppliers, false);

    for (const ProductRow& row : productRows) {
        Product product;
        product.code = QString::fromUtf16(row.code);
        product.name = QString::fromUtf16(row.name);
        product.unitCode = QString::fromUtf16(row.unitCode);
        product.unitPrice = Decimal::fromScaled(row.unitPriceScaled);
        product.vatRate = VatRate::fromBasisPoints(dutch ? row.dutchRate : row.belgianRate);
        catalog.products.append(product);
    }
    return catalog;
}

} // namespace kasboek::books
