#pragma once

#include "Error.h"
#include "UblParseTree.h"
#include "domain/Currency.h"
#include "domain/Decimal.h"
#include "domain/Money.h"
#include "domain/VatCategory.h"
#include "domain/VatRate.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

namespace kasboek::exchange::ubl {

// Typed values out of a UBL element's text, strictly: amounts in the document currency with
// no more decimals than it has, dates as YYYY-MM-DD, quantities and prices with at most four
// decimals, VAT categories and rates that fit each other. Every failure names the element
// and its business term (UblParseTree::fail).
class UblParseValues final
{
    Q_DECLARE_TR_FUNCTIONS(UblParseValues)
public:
    UblParseValues() = delete;

    // Trimmed text, at most `maxLength` characters; empty is an error when `required`.
    [[nodiscard]] static Result<QString> text(const UblParseTree& tree, qsizetype node, QStringView term,
                                              bool required = true, qsizetype maxLength = 1000);
    // An amount whose currencyID attribute must be `currency`.
    [[nodiscard]] static Result<domain::Money> amount(const UblParseTree& tree, qsizetype node,
                                                      domain::Currency currency, QStringView term);
    [[nodiscard]] static Result<domain::Decimal> decimal(const UblParseTree& tree, qsizetype node,
                                                         QStringView term);
    [[nodiscard]] static Result<QDate> date(const UblParseTree& tree, qsizetype node, QStringView term);
    [[nodiscard]] static Result<domain::Currency> currency(const UblParseTree& tree, qsizetype node,
                                                           QStringView term);
    [[nodiscard]] static Result<domain::VatCategory> vatCategory(const UblParseTree& tree, qsizetype node,
                                                                 QStringView term);
    [[nodiscard]] static Result<domain::VatRate> vatRate(const UblParseTree& tree, qsizetype node,
                                                         QStringView term);
    // "true" or "false" (xsd:boolean also allows 1 and 0).
    [[nodiscard]] static Result<bool> boolean(const UblParseTree& tree, qsizetype node, QStringView term);

    // A tax category element (cac:TaxCategory, cac:ClassifiedTaxCategory): its cbc:ID and
    // cbc:Percent, checked against each other (a missing percent is 0 %).
    struct Category
    {
        domain::VatCategory category = domain::VatCategory::StandardRate;
        domain::VatRate rate;
    };
    [[nodiscard]] static Result<Category> taxCategory(const UblParseTree& tree, qsizetype node,
                                                      QStringView categoryTerm, QStringView rateTerm);
};

} // namespace kasboek::exchange::ubl
