#include "UblParseParty.h"

#include "UblParseValues.h"
#include "domain/BelgianEnterpriseNumber.h"
#include "domain/IsoCountryCodes.h"
#include "domain/KvkNumber.h"
#include "domain/PeppolParticipantId.h"
#include "domain/VatNumber.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kasboek::exchange::ubl {

namespace {

using Ns = UblParseTree::Ns;

struct Terms
{
    QStringView name, tradingName, legalForm, street, additionalStreet, city, postalCode, country, vat,
        legalId, endpoint, identifier;
};

Terms termsFor(UblParseParty::Role role)
{
    if (role == UblParseParty::Role::Seller)
        return { u"BT-27", u"BT-28", u"BT-33", u"BT-35", u"BT-36", u"BT-37",
                 u"BT-38", u"BT-40", u"BT-31", u"BT-30", u"BT-34", u"BT-29" };
    return { u"BT-44", u"BT-45", {},       u"BT-50", u"BT-51", u"BT-52",
             u"BT-53", u"BT-55", u"BT-48", u"BT-47", u"BT-49", u"BT-46" };
}

// The trimmed text of parent/first/second, empty when either level is absent.
Result<QString> nestedText(const UblParseTree& tree, qsizetype parent, QStringView first, QStringView second,
                           QStringView term)
{
    const auto outer = tree.optional(parent, Ns::Cac, first, term);
    if (!outer)
        return std::unexpected(outer.error());
    if (!*outer)
        return QString();
    const auto inner = tree.optional(**outer, Ns::Cbc, second, term);
    if (!inner)
        return std::unexpected(inner.error());
    if (!*inner)
        return QString();
    return UblParseValues::text(tree, **inner, term, false);
}

struct SchemeId
{
    QString scheme;
    QString value;
};

// Identifiers carried with a schemeID: the endpoint, party identifications and the legal
// registration; the reader picks the Belgian and Dutch registrations out of them.
QList<SchemeId> schemeIds(const UblParseTree& tree, qsizetype party)
{
    QList<SchemeId> ids;
    const auto add = [&](qsizetype node) {
        const UblParseNode& element = tree.node(node);
        ids.append({ element.attribute(u"schemeID").trimmed(), element.text.trimmed() });
    };
    for (const qsizetype endpoint : tree.children(party, Ns::Cbc, u"EndpointID"))
        add(endpoint);
    for (const qsizetype identification : tree.children(party, Ns::Cac, u"PartyIdentification")) {
        for (const qsizetype id : tree.children(identification, Ns::Cbc, u"ID"))
            add(id);
    }
    for (const qsizetype legal : tree.children(party, Ns::Cac, u"PartyLegalEntity")) {
        for (const qsizetype id : tree.children(legal, Ns::Cbc, u"CompanyID"))
            add(id);
    }
    return ids;
}

} // namespace

Result<domain::DocumentParty> UblParseParty::parse(const UblParseTree& tree, qsizetype party, Role role,
                                                   QStringList& warnings)
{
    const Terms terms = termsFor(role);
    const QString who = role == Role::Seller ? tr("supplier") : tr("buyer");
    domain::DocumentParty result;

    const auto legalEntity = tree.optional(party, Ns::Cac, u"PartyLegalEntity", terms.name);
    if (!legalEntity)
        return std::unexpected(legalEntity.error());
    if (*legalEntity) {
        const auto registrationName
            = tree.optionalText(**legalEntity, Ns::Cbc, u"RegistrationName", terms.name);
        if (!registrationName)
            return std::unexpected(registrationName.error());
        result.name = *registrationName;
        if (!terms.legalForm.isEmpty()) {
            const auto legalForm
                = tree.optionalText(**legalEntity, Ns::Cbc, u"CompanyLegalForm", terms.legalForm);
            if (!legalForm)
                return std::unexpected(legalForm.error());
            result.legalForm = legalForm->left(1000);
        }
    }
    const auto tradingName = nestedText(tree, party, u"PartyName", u"Name", terms.tradingName);
    if (!tradingName)
        return std::unexpected(tradingName.error());
    if (result.name.isEmpty())
        result.name = *tradingName;
    if (result.name.isEmpty()) {
        if (*legalEntity)
            return tree.failMissing(**legalEntity, Ns::Cbc, u"RegistrationName", terms.name);
        return tree.failMissing(party, Ns::Cac, u"PartyLegalEntity", terms.name);
    }
    if (result.name.size() > 1000)
        return tree.fail(party, tr("The %1's name is too long.").arg(who), terms.name);

    const auto address = tree.optional(party, Ns::Cac, u"PostalAddress", terms.country);
    if (!address)
        return std::unexpected(address.error());
    if (*address) {
        const auto street = tree.optionalText(**address, Ns::Cbc, u"StreetName", terms.street);
        const auto additional
            = tree.optionalText(**address, Ns::Cbc, u"AdditionalStreetName", terms.additionalStreet);
        const auto city = tree.optionalText(**address, Ns::Cbc, u"CityName", terms.city);
        const auto postalCode = tree.optionalText(**address, Ns::Cbc, u"PostalZone", terms.postalCode);
        for (const auto* part : { &street, &additional, &city, &postalCode }) {
            if (!*part)
                return std::unexpected(part->error());
        }
        result.street = street->left(1000);
        if (!additional->isEmpty())
            result.street += (result.street.isEmpty() ? QString() : u", "_s) + additional->left(1000);
        result.city = city->left(1000);
        result.postalCode = postalCode->left(100);
        const auto country = tree.optional(**address, Ns::Cac, u"Country", terms.country);
        if (!country)
            return std::unexpected(country.error());
        if (*country) {
            const auto codeNode = tree.required(**country, Ns::Cbc, u"IdentificationCode", terms.country);
            if (!codeNode)
                return std::unexpected(codeNode.error());
            const QString code = tree.node(*codeNode).text.trimmed();
            if (!domain::IsoCountryCodes::isAssigned(code))
                return tree.fail(*codeNode,
                                 tr("\"%1\" is not an ISO 3166-1 country code.").arg(code.left(10)),
                                 terms.country);
            result.country = code;
        }
    }
    if (result.country.isEmpty())
        warnings.append(tr("The %1's country is not given.").arg(who));

    for (const qsizetype taxScheme : tree.children(party, Ns::Cac, u"PartyTaxScheme")) {
        const auto schemeNode = tree.optional(taxScheme, Ns::Cac, u"TaxScheme", terms.vat);
        if (!schemeNode)
            return std::unexpected(schemeNode.error());
        const auto schemeId = *schemeNode ? tree.optionalText(**schemeNode, Ns::Cbc, u"ID", terms.vat)
                                          : Result<QString>(QString());
        if (!schemeId)
            return std::unexpected(schemeId.error());
        if (*schemeId != u"VAT")
            continue; // BT-32, a tax registration other than VAT
        const auto companyId = tree.optionalText(taxScheme, Ns::Cbc, u"CompanyID", terms.vat);
        if (!companyId)
            return std::unexpected(companyId.error());
        if (const auto vat = domain::VatNumber::parse(*companyId)) {
            result.vatNumber = vat->toString();
        } else {
            warnings.append(tr("The %1's VAT number is not valid and was left out.").arg(who));
        }
        break;
    }

    static const QRegularExpression easScheme(u"^\\d{4}$"_s);
    static const QStringList checkedSchemes { u"0208"_s, u"9925"_s, u"0106"_s, u"0190"_s, u"9944"_s };
    bool badIdentifier = false;
    for (const SchemeId& id : schemeIds(tree, party)) {
        if (id.scheme == u"0208" && result.enterpriseNumber.isEmpty()) {
            if (const auto number = domain::BelgianEnterpriseNumber::parse(id.value))
                result.enterpriseNumber = number->toString();
            else
                badIdentifier = true;
        } else if (id.scheme == u"0106" && result.kvkNumber.isEmpty()) {
            if (const auto number = domain::KvkNumber::parse(id.value))
                result.kvkNumber = number->toString();
            else
                badIdentifier = true;
        }
    }
    if (result.enterpriseNumber.isEmpty() && result.vatNumber.startsWith(u"BE"_s)) {
        if (const auto vat = domain::VatNumber::parse(result.vatNumber)) {
            if (const auto enterprise = vat->belgianEnterpriseNumber())
                result.enterpriseNumber = enterprise->toString();
        }
    }

    const auto endpoint = tree.optional(party, Ns::Cbc, u"EndpointID", terms.endpoint);
    if (!endpoint)
        return std::unexpected(endpoint.error());
    if (*endpoint) {
        const UblParseNode& element = tree.node(**endpoint);
        const QString scheme = element.attribute(u"schemeID").trimmed();
        const QString value = element.text.trimmed();
        if (const auto id = domain::PeppolParticipantId::fromParts(scheme, value)) {
            result.peppolId = id->toString();
        } else if (easScheme.match(scheme).hasMatch() && !value.isEmpty() && value.size() <= 100
                   && !checkedSchemes.contains(scheme)) {
            // A scheme Kasboek has no check for: kept as given.
            result.peppolId = scheme + u':' + value;
        } else {
            badIdentifier = true;
        }
    }
    if (badIdentifier)
        warnings.append(tr("An identifier of the %1 (enterprise, KvK or Peppol number) is not valid and was "
                           "left out.")
                            .arg(who));

    const auto contact = tree.optional(party, Ns::Cac, u"Contact", {});
    if (!contact)
        return std::unexpected(contact.error());
    if (*contact) {
        const auto name = tree.optionalText(**contact, Ns::Cbc, u"Name", u"BT-41");
        const auto phone = tree.optionalText(**contact, Ns::Cbc, u"Telephone", u"BT-42");
        const auto email = tree.optionalText(**contact, Ns::Cbc, u"ElectronicMail", u"BT-43");
        for (const auto* part : { &name, &phone, &email }) {
            if (!*part)
                return std::unexpected(part->error());
        }
        result.contactPerson = name->left(1000);
        result.phone = phone->left(100);
        result.email = email->left(1000);
    }
    return result;
}

} // namespace kasboek::exchange::ubl
