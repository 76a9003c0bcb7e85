#include "ProductValidator.h"

#include "FieldRules.h"
#include "UnitCodes.h"

using namespace Qt::StringLiterals;

namespace kasboek::domain {

QList<Error> ProductValidator::validate(const Product& product)
{
    QList<Error> problems;
    (void)normalise(product, problems);
    return problems;
}

Result<Product> ProductValidator::normalised(const Product& product)
{
    QList<Error> problems;
    Product result = normalise(product, problems);
    if (!problems.isEmpty())
        return std::unexpected(problems.takeFirst());
    return result;
}

Result<void> ProductValidator::check(const Product& product)
{
    auto result = normalised(product);
    if (!result)
        return std::unexpected(result.error());
    return {};
}

Product ProductValidator::normalise(const Product& product, QList<Error>& problems)
{
    Product p = product;
    p.code = FieldRules::singleLine(product.code);
    p.name = FieldRules::singleLine(product.name);
    if (p.name.isEmpty())
        problems.append({ ErrorCode::Validation, tr("Enter the product's name."), u"name"_s, u"empty"_s });
    p.description = FieldRules::multiLine(product.description);

    p.unitCode = product.unitCode.trimmed().toUpper();
    if (!UnitCodes::isKnown(p.unitCode))
        problems.append({ ErrorCode::Validation,
                          tr("“%1” is not a unit Kasboek knows; choose one such as hour, day or unit.")
                              .arg(product.unitCode.trimmed()),
                          u"unitCode"_s, u"unit"_s });
    if (p.unitPrice.isNegative())
        problems.append({ ErrorCode::Validation,
                          tr("A unit price is not negative; give a discount as an allowance or credit note."),
                          u"unitPrice"_s, u"negative"_s });
    FieldRules::take(FieldRules::currency(product.currency, u"currency"_s), p.currency, problems);
    if (auto fits = VatCategories::checkRate(p.vatCategory, p.vatRate); !fits) {
        Error error = std::move(fits.error());
        error.field = u"vatRate"_s;
        problems.append(std::move(error));
    }
    return p;
}

} // namespace kasboek::domain
