#include "UblPartyWriter.h"

#include "UblPartyIdentifiers.h"
#include "domain/IsoCountryCodes.h"
#include "domain/VatNumber.h"

using namespace Qt::StringLiterals;

namespace kasboek::exchange::ubl {

namespace {

using namespace kasboek::domain;

QString fieldOf(UblPartyWriter::Role role)
{
    return role == UblPartyWriter::Role::Seller ? u"seller"_s : u"buyer"_s;
}

} // namespace

Result<void> UblPartyWriter::check(const DocumentParty& party, Role role)
{
    const QString field = fieldOf(role);
    const bool seller = role == Role::Seller;
    if (party.name.trimmed().isEmpty())
        return fail(ErrorCode::Validation,
                    seller ? tr("The seller has no name.") : tr("The buyer has no name."),
                    field + u".name"_s);
    if (!IsoCountryCodes::isAssigned(party.country))
        return fail(ErrorCode::Validation,
                    seller ? tr("The seller has no valid country.") : tr("The buyer has no valid country."),
                    field + u".country"_s);
    if (!party.vatNumber.trimmed().isEmpty() && !VatNumber::isValid(party.vatNumber))
        return fail(ErrorCode::Validation,
                    seller ? tr("The seller's VAT number is not valid.")
                           : tr("The buyer's VAT number is not valid."),
                    field + u".vatNumber"_s);
    if (auto endpoint = UblPartyIdentifiers::endpoint(party, field); !endpoint)
        return std::unexpected(endpoint.error());
    return {};
}

Result<void> UblPartyWriter::write(UblXmlWriter& xml, const DocumentParty& party, Role role,
                                   bool withVatNumber)
{
    const auto endpoint = UblPartyIdentifiers::endpoint(party, fieldOf(role));
    if (!endpoint)
        return std::unexpected(endpoint.error());
    const auto legal = UblPartyIdentifiers::legalRegistration(party);

    xml.startAggregate(role == Role::Seller ? u"AccountingSupplierParty"_s : u"AccountingCustomerParty"_s);
    xml.startAggregate(u"Party"_s);
    xml.basic(u"EndpointID"_s, endpoint->value, u"schemeID"_s, endpoint->scheme);
    if (legal) {
        xml.startAggregate(u"PartyIdentification"_s);
        xml.basic(u"ID"_s, legal->value, u"schemeID"_s, legal->scheme);
        xml.endAggregate();
    }
    xml.startAggregate(u"PartyName"_s);
    xml.basic(u"Name"_s, party.name.trimmed());
    xml.endAggregate();

    xml.startAggregate(u"PostalAddress"_s);
    xml.basic(u"StreetName"_s, party.street.trimmed());
    xml.basic(u"CityName"_s, party.city.trimmed());
    xml.basic(u"PostalZone"_s, party.postalCode.trimmed());
    xml.startAggregate(u"Country"_s);
    xml.basic(u"IdentificationCode"_s, party.country);
    xml.endAggregate();
    xml.endAggregate();

    if (withVatNumber && !party.vatNumber.trimmed().isEmpty()) {
        // check() has refused an invalid number.
        const auto vat = VatNumber::parse(party.vatNumber);
        if (!vat)
            return std::unexpected(vat.error());
        xml.startAggregate(u"PartyTaxScheme"_s);
        xml.basic(u"CompanyID"_s, vat->toString());
        xml.startAggregate(u"TaxScheme"_s);
        xml.basic(u"ID"_s, u"VAT"_s);
        xml.endAggregate();
        xml.endAggregate();
    }

    xml.startAggregate(u"PartyLegalEntity"_s);
    xml.basic(u"RegistrationName"_s, party.name.trimmed());
    if (legal)
        xml.basic(u"CompanyID"_s, legal->value, u"schemeID"_s, legal->scheme);
    // BT-33 exists for the seller only.
    if (role == Role::Seller)
        xml.basic(u"CompanyLegalForm"_s, party.legalForm.trimmed());
    xml.endAggregate();

    if (!party.contactPerson.trimmed().isEmpty() || !party.phone.trimmed().isEmpty()
        || !party.email.trimmed().isEmpty()) {
        xml.startAggregate(u"Contact"_s);
        xml.basic(u"Name"_s, party.contactPerson.trimmed());
        xml.basic(u"Telephone"_s, party.phone.trimmed());
        xml.basic(u"ElectronicMail"_s, party.email.trimmed());
        xml.endAggregate();
    }
    xml.endAggregate();
    xml.endAggregate();
    return {};
}

} // namespace kasboek::exchange::ubl
