#pragma once

#include "domain/CompanyProfile.h"
#include "domain/Contact.h"
#include "domain/documents/DocumentParty.h"

namespace kasboek::books {

// The parties as a document shows them, copied from the company profile and the contact.
// A customer's bank account is not copied onto a sales document (nobody pays into it, and a
// person's IBAN is personal data that does not belong there); a supplier's is, so that it
// can be paid.
class PartySnapshots final
{
public:
    PartySnapshots() = delete;

    [[nodiscard]] static domain::DocumentParty ofCompany(const domain::CompanyProfile& company);
    [[nodiscard]] static domain::DocumentParty ofCustomer(const domain::Contact& contact);
    [[nodiscard]] static domain::DocumentParty ofSupplier(const domain::Contact& contact);
};

} // namespace kasboek::books
