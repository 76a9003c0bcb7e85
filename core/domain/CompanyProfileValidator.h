#pragma once

#include "CompanyProfile.h"
#include "Error.h"

#include <QCoreApplication>
#include <QList>

namespace kasboek::domain {

// The rules the company profile must meet, and its canonical form; used by the settings form
// (validate(), every problem) and CompanyProfileRepository (normalised()). Errors are
// ErrorCode::Validation with Error::field the CompanyProfile member's name.
//
// The field rules are the contacts' (see ContactValidator and FieldRules), plus two that hold
// only for the business that issues the documents:
// - its VAT number is one of its own country (EL for Greece; XI for the United Kingdom): a
//   business charges VAT under the registration of the state it is established in. A business
//   established outside the EU may hold any EU registration;
// - a Belgian business's VAT number and enterprise number name the same enterprise (reported
//   on enterpriseNumber).
class CompanyProfileValidator final
{
    Q_DECLARE_TR_FUNCTIONS(CompanyProfileValidator)
public:
    CompanyProfileValidator() = delete;

    [[nodiscard]] static QList<Error> validate(const CompanyProfile& profile);
    [[nodiscard]] static Result<CompanyProfile> normalised(const CompanyProfile& profile);
    [[nodiscard]] static Result<void> check(const CompanyProfile& profile);

private:
    static CompanyProfile normalise(const CompanyProfile& profile, QList<Error>& problems);
};

} // namespace kasboek::domain
