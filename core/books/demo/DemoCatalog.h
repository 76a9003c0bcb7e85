#pragma once

#include "domain/CompanyProfile.h"
#include "domain/Contact.h"
#include "domain/Product.h"

#include <QList>
#include <QString>

namespace kasboek::books {

// The people and things in the sample books: a Belgian or a Dutch freelance web designer and
// photographer, their customers (companies and persons, at home, elsewhere in the EU and in the
// United States), suppliers and price list. Fictional names, real-format identifiers that pass
// every check (mod 97, mod 11, IBAN), so the sample exercises the same validation as real data.
struct DemoCatalog
{
    domain::CompanyProfile company;
    QList<domain::Contact> customers; // see the role constants below for who is who
    QList<domain::Contact> suppliers;
    QList<domain::Product> products;

    // Indexes into `customers`, one per VAT situation the sample shows.
    static constexpr int domesticCompany = 0; // 21 %, Dutch-speaking
    static constexpr int domesticFrenchSpeaking = 1; // 21 %, documents in French
    static constexpr int coContractor = 2; // BE: domestic reverse charge (works on a building)
    static constexpr int euCompany = 3; // intra-EU B2B services: reverse charge, German
    static constexpr int euCompanyNeighbour = 4; // the other Benelux country: reverse charge
    static constexpr int outsideEu = 5; // export of services, invoiced in USD
    static constexpr int privatePerson = 6; // a consumer: 21 %, no VAT number
    static constexpr int privatePersonFrench = 7;
    static constexpr int retailer = 8; // buys photo books: the reduced rate

    // Indexes into `products`.
    static constexpr int webDesignHour = 0;
    static constexpr int developmentDay = 1;
    static constexpr int photoShootHour = 2;
    static constexpr int photoBook = 3; // reduced rate (BE 6 %, NL 9 %)
    static constexpr int hostingMonth = 4;
    static constexpr int workshopDay = 5;
    static constexpr int workshopLunch = 6; // BE 12 % (catering), NL 9 %
    static constexpr int soundInstallation = 7; // works on a building (co-contracting)

    // "BE" or "NL".
    [[nodiscard]] static DemoCatalog forCountry(const QString& country);
};

} // namespace kasboek::books
