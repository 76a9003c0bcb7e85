#pragma once

#include "Error.h"
#include "Product.h"

#include <QCoreApplication>
#include <QList>

namespace kasboek::domain {

// The rules a product must meet, and its canonical form; used by the product form
// (validate(), every problem) and ProductRepository (normalised()). Errors are
// ErrorCode::Validation with Error::field the Product member's name.
// - name: required; code: optional, one line;
// - unitCode: one of UnitCodes ("hur" is read as "HUR");
// - unitPrice: not negative (EN16931 BR-27: a discount is an allowance, not a price);
// - currency: an ISO 4217 code Kasboek knows;
// - vatRate fits vatCategory (VatCategories::checkRate: S above 0 %, Z/E/AE/K/G/O 0 %).
// Uniqueness of the code is the repository's to check (ErrorCode::Conflict).
class ProductValidator final
{
    Q_DECLARE_TR_FUNCTIONS(ProductValidator)
public:
    ProductValidator() = delete;

    [[nodiscard]] static QList<Error> validate(const Product& product);
    [[nodiscard]] static Result<Product> normalised(const Product& product);
    [[nodiscard]] static Result<void> check(const Product& product);

private:
    static Product normalise(const Product& product, QList<Error>& problems);
};

} // namespace kasboek::domain
