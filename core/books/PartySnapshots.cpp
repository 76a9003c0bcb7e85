#include "PartySnapshots.h"

namespace kasboek::books {

domain::DocumentParty PartySnapshots::ofCompany(const domain::CompanyProfile& company)
{
    domain::DocumentParty party;
    party.name = company.name;
    party.legalForm = company.legalForm;
    party.street = company.street;
    party.postalCode = company.postalCode;
    party.city = company.city;
    party.country = company.country;
    party.vatNumber = company.vatNumber;
    party.enterpriseNumber = company.enterpriseNumber;
    party.kvkNumber = company.kvkNumber;
    party.email = company.email;
    party.phone = company.phone;
    party.iban = company.iban;
    party.bic = company.bic;
    return party;
}

domain::DocumentParty PartySnapshots::ofCustomer(const domain::Contact& contact)
{
    domain::DocumentParty party;
    party.name = contact.name;
    party.contactPerson = contact.contactPerson;
    party.street = contact.street;
    party.postalCode = contact.postalCode;
    party.city = contact.city;
    party.country = contact.country;
    party.vatNumber = contact.vatNumber;
    party.enterpriseNumber = contact.enterpriseNumber;
    party.kvkNumber = contact.kvkNumber;
    party.peppolId = contact.peppolId;
    party.email = contact.email;
    party.phone = contact.phone;
    return party;
}

domain::DocumentParty PartySnapshots::ofSupplier(const domain::Contact& contact)
{
    domain::DocumentParty party = ofCustomer(contact);
    party.iban = contact.iban;
    party.bic = contact.bic;
    return party;
}

} // namespace kasboek::books
