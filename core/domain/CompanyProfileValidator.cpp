#include "CompanyProfileValidator.h"

#include "FieldRules.h"

using namespace Qt::StringLiterals;

namespace kasboek::domain {

QList<Error> CompanyProfileValidator::validate(const CompanyProfile& profile)
{
    QList<Error> problems;
    (void)normalise(profile, problems);
    return problems;
}

Result<CompanyProfile> CompanyProfileValidator::normalised(const CompanyProfile& profile)
{
    QList<Error> problems;
    CompanyProfile result = normalise(profile, problems);
    if (!problems.isEmpty())
        return std::unexpected(problems.takeFirst());
    return result;
}

Result<void> CompanyProfileValidator::check(const CompanyProfile& profile)
{
    auto result = normalised(profile);
    if (!result)
        return std::unexpected(result.error());
    return {};
}

CompanyProfile CompanyProfileValidator::normalise(const CompanyProfile& profile, QList<Error>& problems)
{
    CompanyProfile p = profile;
    p.name = FieldRules::singleLine(profile.name);
    if (p.name.isEmpty())
        problems.append(
            { ErrorCode::Validation, tr("Enter the name of your business."), u"name"_s, u"empty"_s });
    p.legalForm = FieldRules::singleLine(profile.legalForm);

    QString country;
    FieldRules::take(FieldRules::country(profile.country, u"country"_s), country, problems);
    p.country = country.isEmpty() ? FieldRules::singleLine(profile.country) : country;
    p.street = FieldRules::singleLine(profile.street);
    FieldRules::take(FieldRules::postalCode(profile.postalCode, country, u"postalCode"_s), p.postalCode,
                     problems);
    p.city = FieldRules::singleLine(profile.city);

    auto vatNumber = FieldRules::vatNumber(profile.vatNumber, country, u"vatNumber"_s);
    auto enterpriseNumber = FieldRules::enterpriseNumber(profile.enterpriseNumber, u"enterpriseNumber"_s);
    // The consistency rules are only a question once each number is valid on its own.
    const bool vatValid = vatNumber.has_value();
    const bool bothValid = vatNumber && enterpriseNumber;
    FieldRules::take(std::move(vatNumber), p.vatNumber, problems);
    if (vatValid && !p.vatNumber.isEmpty() && !country.isEmpty()
        && (FieldRules::isEuMemberState(country) || country == u"GB")) {
        const QString prefix = FieldRules::vatPrefixOf(country);
        if (!p.vatNumber.startsWith(prefix))
            problems.append(
                { ErrorCode::Validation,
                  tr("The VAT number of a business established in %1 starts with %2.").arg(country, prefix),
                  u"vatNumber"_s, u"country"_s });
    }
    FieldRules::take(std::move(enterpriseNumber), p.enterpriseNumber, problems);
    if (bothValid)
        FieldRules::take(
            FieldRules::vatMatchesEnterpriseNumber(p.vatNumber, p.enterpriseNumber, u"enterpriseNumber"_s),
            problems);
    FieldRules::take(FieldRules::kvkNumber(profile.kvkNumber, u"kvkNumber"_s), p.kvkNumber, problems);
    FieldRules::take(FieldRules::iban(profile.iban, u"iban"_s), p.iban, problems);
    FieldRules::take(FieldRules::bic(profile.bic, u"bic"_s), p.bic, problems);
    FieldRules::take(FieldRules::email(profile.email, u"email"_s), p.email, problems);
    p.phone = FieldRules::singleLine(profile.phone);
    FieldRules::take(FieldRules::website(profile.website, u"website"_s), p.website, problems);
    FieldRules::take(FieldRules::currency(profile.currency, u"currency"_s), p.currency, problems);
    return p;
}

} // namespace kasboek::domain
