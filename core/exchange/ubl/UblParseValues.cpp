#include "UblParseValues.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kasboek::exchange::ubl {

namespace {

QString shown(QStringView text)
{
    return text.size() > 40 ? text.left(40).toString() + u"…"_s : text.toString();
}

// xsd:decimal allows trailing zeros that carry no value ("2.500000"); Decimal takes four
// decimals, so drop the zeros beyond them before parsing.
QString withoutTrailingZeros(const QString& text)
{
    const qsizetype point = text.indexOf(u'.');
    if (point < 0)
        return text;
    qsizetype end = text.size();
    while (end > point + 1 && text.at(end - 1) == u'0')
        --end;
    if (end == point + 1)
        --end; // "2." would not parse
    return text.left(end);
}

} // namespace

Result<QString> UblParseValues::text(const UblParseTree& tree, qsizetype node, QStringView term,
                                     bool required, qsizetype maxLength)
{
    const QString value = tree.node(node).text.trimmed();
    if (required && value.isEmpty())
        return tree.fail(node, tr("This element must not be empty."), term);
    if (value.size() > maxLength)
        return tree.fail(node, tr("This text is too long (at most %1 characters).").arg(maxLength), term);
    return value;
}

Result<domain::Money> UblParseValues::amount(const UblParseTree& tree, qsizetype node,
                                             domain::Currency currency, QStringView term)
{
    const UblParseNode& element = tree.node(node);
    if (!element.hasAttribute(u"currencyID"))
        return tree.fail(node, tr("The amount has no currencyID attribute."), term);
    const QString currencyId = element.attribute(u"currencyID").trimmed();
    if (currencyId != currency.code())
        return tree.fail(
            node,
            tr("The amount is in %1 but the document is in %2.").arg(shown(currencyId), currency.code()),
            term);
    const QString value = element.text.trimmed();
    const auto money = domain::Money::parse(value, currency);
    if (!money)
        return tree.fail(node,
                         tr("\"%1\" is not a valid amount in %2: %3")
                             .arg(shown(value), currency.code(), money.error().message),
                         term);
    return *money;
}

Result<domain::Decimal> UblParseValues::decimal(const UblParseTree& tree, qsizetype node, QStringView term)
{
    const QString value = tree.node(node).text.trimmed();
    const auto number = domain::Decimal::parse(withoutTrailingZeros(value));
    if (!number)
        return tree.fail(node,
                         tr("\"%1\" is not a number Kasboek can keep exactly (at most four decimals): %2")
                             .arg(shown(value), number.error().message),
                         term);
    return *number;
}

Result<QDate> UblParseValues::date(const UblParseTree& tree, qsizetype node, QStringView term)
{
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QString value = tree.node(node).text.trimmed();
    const QDate parsed = pattern.match(value).hasMatch() ? QDate::fromString(value, Qt::ISODate) : QDate();
    if (!parsed.isValid())
        return tree.fail(node, tr("\"%1\" is not a date of the form YYYY-MM-DD.").arg(shown(value)), term);
    return parsed;
}

Result<domain::Currency> UblParseValues::currency(const UblParseTree& tree, qsizetype node, QStringView term)
{
    const QString value = tree.node(node).text.trimmed();
    const auto currency = domain::Currency::fromCode(value);
    if (!currency)
        return tree.fail(node, tr("\"%1\" is not an ISO 4217 currency code Kasboek knows.").arg(shown(value)),
                         term);
    return *currency;
}

Result<domain::VatCategory> UblParseValues::vatCategory(const UblParseTree& tree, qsizetype node,
                                                        QStringView term)
{
    const QString value = tree.node(node).text.trimmed();
    const auto category = domain::VatCategories::fromCode(value);
    if (!category)
        return tree.fail(node, tr("\"%1\" is not a VAT category code of EN 16931.").arg(shown(value)), term);
    return *category;
}

Result<domain::VatRate> UblParseValues::vatRate(const UblParseTree& tree, qsizetype node, QStringView term)
{
    const QString value = tree.node(node).text.trimmed();
    const auto rate = domain::VatRate::parse(withoutTrailingZeros(value));
    if (!rate)
        return tree.fail(
            node,
            tr("\"%1\" is not a VAT rate between 0 and 100 with at most two decimals.").arg(shown(value)),
            term);
    return *rate;
}

Result<bool> UblParseValues::boolean(const UblParseTree& tree, qsizetype node, QStringView term)
{
    const QString value = tree.node(node).text.trimmed();
    if (value == u"true" || value == u"1")
        return true;
    if (value == u"false" || value == u"0")
        return false;
    return tree.fail(node, tr("\"%1\" is neither true nor false.").arg(shown(value)), term);
}

Result<UblParseValues::Category> UblParseValues::taxCategory(const UblParseTree& tree, qsizetype node,
                                                             QStringView categoryTerm, QStringView rateTerm)
{
    using Ns = UblParseTree::Ns;
    const auto idNode = tree.required(node, Ns::Cbc, u"ID", categoryTerm);
    if (!idNode)
        return std::unexpected(idNode.error());
    const auto category = vatCategory(tree, *idNode, categoryTerm);
    if (!category)
        return std::unexpected(category.error());
    const auto percentNode = tree.optional(node, Ns::Cbc, u"Percent", rateTerm);
    if (!percentNode)
        return std::unexpected(percentNode.error());
    Category result;
    result.category = *category;
    if (*percentNode) {
        const auto rate = vatRate(tree, **percentNode, rateTerm);
        if (!rate)
            return std::unexpected(rate.error());
        result.rate = *rate;
    }
    if (const auto check = domain::VatCategories::checkRate(result.category, result.rate); !check)
        return tree.fail(*percentNode ? **percentNode : node, check.error().message, rateTerm);
    // A tax category is only meaningful for VAT; another tax scheme is not something the
    // books can carry.
    if (const auto scheme = tree.optional(node, Ns::Cac, u"TaxScheme", {}); scheme && *scheme) {
        const auto schemeId = tree.optionalText(**scheme, Ns::Cbc, u"ID", {});
        if (schemeId && !schemeId->isEmpty() && *schemeId != u"VAT")
            return tree.fail(
                **scheme, tr("Only VAT is supported as tax scheme, not \"%1\".").arg(shown(*schemeId)), {});
    }
    return result;
}

} // namespace kasboek::exchange::ubl
