#include "DocumentDescriptionReader.h"

#include "exchange/json/JsonObjectReader.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace kasboek::domain;

namespace kasboek::exchange::documentjson {

namespace {

using ObjectReader = JsonObjectReader;

Error invalid(const QString& path, const QString& message)
{
    return JsonObjectReader::invalid(path, message);
}

Error wrongType(const QString& path, const QString& expected)
{
    return JsonObjectReader::wrongType(path, expected);
}

// Each reader below stops at the first problem; `failed` carries it out.
struct Failure
{
    std::optional<Error> error;
    template<typename T> bool check(const Result<T>& result)
    {
        if (!result && !error)
            error = result.error();
        return result.has_value();
    }
};

Result<Decimal> decimalAt(const QString& path, const QString& text)
{
    auto parsed = Decimal::parse(text);
    if (!parsed)
        return std::unexpected(invalid(
            path,
            DocumentDescriptionReader::tr("%1 is not a decimal number with at most four decimals: \"%2\".")
                .arg(path, text.left(40))));
    return *parsed;
}

Result<VatCategory> categoryAt(ObjectReader& object, const QString& key)
{
    auto code = object.text(key, 4);
    if (!code)
        return std::unexpected(code.error());
    if (!*code)
        return VatCategory::StandardRate;
    auto category = VatCategories::fromCode(**code);
    if (!category)
        return std::unexpected(invalid(
            object.pathOf(key),
            DocumentDescriptionReader::tr("%1 must be a VAT category code (S, Z, E, AE, K, G, O, L or M).")
                .arg(object.pathOf(key))));
    return *category;
}

// The rate a category needs: given for the standard rate, zero by default for the others.
Result<VatRate> rateAt(ObjectReader& object, const QString& key, VatCategory category)
{
    auto text = object.number(key);
    if (!text)
        return std::unexpected(text.error());
    if (!*text) {
        if (VatCategories::requiresNonZeroRate(category))
            return std::unexpected(
                invalid(object.pathOf(key),
                        DocumentDescriptionReader::tr("%1 is needed: the VAT rate in percent, e.g. \"21\".")
                            .arg(object.pathOf(key))));
        return VatRate::fromBasisPoints(0);
    }
    auto rate = VatRate::parse(**text);
    if (!rate)
        return std::unexpected(invalid(
            object.pathOf(key),
            DocumentDescriptionReader::tr("%1 must be a VAT rate in percent with at most two decimals.")
                .arg(object.pathOf(key))));
    return *rate;
}

Result<DocumentLine> lineAt(const QJsonValue& value, const QString& path)
{
    if (!value.isObject())
        return std::unexpected(wrongType(path, DocumentDescriptionReader::tr("an object")));
    ObjectReader object(value.toObject(), path);
    DocumentLine line;
    if (auto known = object.onlyKeys({ u"name"_s, u"description"_s, u"quantity"_s, u"unit"_s, u"unit_price"_s,
                                       u"discount_percent"_s, u"vat_category"_s, u"vat_rate"_s,
                                       u"buyer_accounting_reference"_s, u"item_id"_s });
        !known)
        return std::unexpected(known.error());
    Failure failed;
    auto name = object.text(u"name"_s, 1000);
    auto description = object.text(u"description"_s, 5000);
    auto quantity = object.number(u"quantity"_s);
    auto unit = object.text(u"unit"_s, 3);
    auto price = object.number(u"unit_price"_s);
    auto discount = object.number(u"discount_percent"_s);
    auto accountingReference = object.text(u"buyer_accounting_reference"_s, 200);
    auto itemId = object.text(u"item_id"_s, 200);
    if (!failed.check(name) || !failed.check(description) || !failed.check(quantity) || !failed.check(unit)
        || !failed.check(price) || !failed.check(discount) || !failed.check(accountingReference)
        || !failed.check(itemId))
        return std::unexpected(*failed.error);
    if (!*name || (*name)->trimmed().isEmpty())
        return std::unexpected(object.missing(u"name"_s));
    if (!*price)
        return std::unexpected(object.missing(u"unit_price"_s));
    line.name = **name;
    line.description = description->value_or(QString());
    if (*quantity) {
        auto parsed = decimalAt(object.pathOf(u"quantity"_s), **quantity);
        if (!parsed)
            return std::unexpected(parsed.error());
        line.quantity = *parsed;
    }
    if (*unit)
        line.unitCode = **unit;
    auto unitPrice = decimalAt(object.pathOf(u"unit_price"_s), **price);
    if (!unitPrice)
        return std::unexpected(unitPrice.error());
    line.unitPrice = *unitPrice;
    if (*discount) {
        auto parsed = decimalAt(object.pathOf(u"discount_percent"_s), **discount);
        if (!parsed)
            return std::unexpected(parsed.error());
        line.discountPercent = *parsed;
    }
    line.buyerAccountingReference = accountingReference->value_or(QString());
    line.sellerItemId = itemId->value_or(QString());
    auto category = categoryAt(object, u"vat_category"_s);
    if (!category)
        return std::unexpected(category.error());
    auto rate = rateAt(object, u"vat_rate"_s, *category);
    if (!rate)
        return std::unexpected(rate.error());
    line.vatCategory = *category;
    line.vatRate = *rate;
    return line;
}

Result<DocumentDescription::Charge> chargeAt(const QJsonValue& value, const QString& path)
{
    if (!value.isObject())
        return std::unexpected(wrongType(path, DocumentDescriptionReader::tr("an object")));
    ObjectReader object(value.toObject(), path);
    DocumentDescription::Charge charge;
    if (auto known
        = object.onlyKeys({ u"amount"_s, u"reason"_s, u"reason_code"_s, u"vat_category"_s, u"vat_rate"_s });
        !known)
        return std::unexpected(known.error());
    Failure failed;
    auto amount = object.number(u"amount"_s);
    auto reason = object.text(u"reason"_s, 1000);
    auto reasonCode = object.text(u"reason_code"_s, 3);
    if (!failed.check(amount) || !failed.check(reason) || !failed.check(reasonCode))
        return std::unexpected(*failed.error);
    if (!*amount)
        return std::unexpected(object.missing(u"amount"_s));
    charge.amount = **amount;
    charge.reason = reason->value_or(QString());
    charge.reasonCode = reasonCode->value_or(QString());
    auto category = categoryAt(object, u"vat_category"_s);
    if (!category)
        return std::unexpected(category.error());
    auto rate = rateAt(object, u"vat_rate"_s, *category);
    if (!rate)
        return std::unexpected(rate.error());
    charge.vatCategory = *category;
    charge.vatRate = *rate;
    return charge;
}

Result<DocumentVatExemption> exemptionAt(const QJsonValue& value, const QString& path)
{
    if (!value.isObject())
        return std::unexpected(wrongType(path, DocumentDescriptionReader::tr("an object")));
    ObjectReader object(value.toObject(), path);
    DocumentVatExemption exemption;
    if (auto known = object.onlyKeys({ u"vat_category"_s, u"code"_s, u"text"_s }); !known)
        return std::unexpected(known.error());
    auto category = categoryAt(object, u"vat_category"_s);
    if (!category)
        return std::unexpected(category.error());
    Failure failed;
    auto code = object.text(u"code"_s, 30);
    auto text = object.text(u"text"_s, 1000);
    if (!failed.check(code) || !failed.check(text))
        return std::unexpected(*failed.error);
    exemption.vatCategory = *category;
    exemption.reasonCode = code->value_or(QString());
    exemption.reasonText = text->value_or(QString());
    return exemption;
}

template<typename Item, typename ReadItem>
Result<std::optional<QList<Item>>> listAt(ObjectReader& object, const QString& key, ReadItem readItem)
{
    auto array = object.array(key);
    if (!array)
        return std::unexpected(array.error());
    if (!*array)
        return std::optional<QList<Item>>();
    QList<Item> items;
    for (qsizetype i = 0; i < (*array)->size(); ++i) {
        auto item = readItem((*array)->at(i), QStringLiteral("%1[%2]").arg(object.pathOf(key)).arg(i));
        if (!item)
            return std::unexpected(item.error());
        items.append(*item);
    }
    return std::optional<QList<Item>>(items);
}

Result<void> readHeader(ObjectReader& root, DocumentDescription& d)
{
    auto type = root.text(u"type"_s, 20);
    if (!type)
        return std::unexpected(type.error());
    if (*type) {
        auto parsed = DocumentTypes::fromCode(**type);
        if (!parsed || !DocumentTypes::isSales(*parsed))
            return std::unexpected(invalid(
                u"type"_s,
                DocumentDescriptionReader::tr("type must be \"invoice\", \"credit_note\" or \"quote\".")));
        d.type = *parsed;
    }
    // The contact: its id as a number or text, or its uid.
    const QJsonValue contact = root.take(u"contact"_s);
    if (contact.isDouble() && contact.toDouble() >= 1 && contact.toDouble() <= 9.0e15
        && contact.toDouble() == static_cast<double>(static_cast<qint64>(contact.toDouble())))
        d.contact = QString::number(static_cast<qint64>(contact.toDouble()));
    else if (contact.isString() && !contact.toString().trimmed().isEmpty())
        d.contact = contact.toString().trimmed().left(64);
    else
        return std::unexpected(
            invalid(u"contact"_s,
                    DocumentDescriptionReader::tr(
                        "contact is needed: the contact's id or uid, as `contacts list` shows them.")));

    Failure failed;
    auto issue = root.date(u"issue_date"_s);
    auto due = root.date(u"due_date"_s);
    auto delivery = root.date(u"delivery_date"_s);
    auto validUntil = root.date(u"valid_until"_s);
    auto corrects = root.text(u"corrects"_s, 100);
    auto language = root.text(u"language"_s, 2);
    auto currency = root.text(u"currency"_s, 3);
    auto rate = root.number(u"exchange_rate"_s);
    auto termsText = root.text(u"payment_terms"_s, 1000);
    auto buyerReference = root.text(u"buyer_reference"_s, 200);
    auto orderReference = root.text(u"order_reference"_s, 200);
    auto notes = root.text(u"notes"_s, 5000);
    auto discount = root.number(u"discount_percent"_s);
    if (!failed.check(issue) || !failed.check(due) || !failed.check(delivery) || !failed.check(validUntil)
        || !failed.check(corrects) || !failed.check(language) || !failed.check(currency)
        || !failed.check(rate) || !failed.check(termsText) || !failed.check(buyerReference)
        || !failed.check(orderReference) || !failed.check(notes) || !failed.check(discount))
        return std::unexpected(*failed.error);
    d.issueDate = *issue;
    d.dueDate = *due;
    d.deliveryDate = *delivery;
    d.validUntil = *validUntil;
    d.corrects = corrects->value_or(QString());
    d.language = *language;
    d.paymentTerms = *termsText;
    d.buyerReference = *buyerReference;
    d.orderReference = *orderReference;
    d.notes = *notes;
    if (*currency) {
        auto code = Currency::fromCode(**currency);
        if (!code)
            return std::unexpected(
                invalid(u"currency"_s,
                        DocumentDescriptionReader::tr("currency must be an ISO 4217 code such as EUR.")));
        d.currency = *code;
    }
    if (*rate) {
        auto parsed = ExchangeRate::parse(**rate);
        if (!parsed)
            return std::unexpected(
                invalid(u"exchange_rate"_s,
                        DocumentDescriptionReader::tr(
                            "exchange_rate must be a positive decimal: euro per unit of the currency.")));
        d.exchangeRate = *parsed;
    }
    if (*discount) {
        auto parsed = decimalAt(u"discount_percent"_s, **discount);
        if (!parsed)
            return std::unexpected(parsed.error());
        d.discountPercent = *parsed;
    }
    auto terms = root.integer(u"payment_terms_days"_s, 0, 365);
    if (!terms)
        return std::unexpected(terms.error());
    if (*terms)
        d.paymentTermsDays = static_cast<int>(**terms);
    return {};
}

} // namespace

Result<DocumentDescription> DocumentDescriptionReader::read(const QByteArray& json)
{
    if (json.size() > maxBytes)
        return std::unexpected(
            invalid({}, tr("The description is larger than %1 MiB.").arg(maxBytes / (1024 * 1024))));
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::unexpected(invalid({},
                                       tr("The description is not valid JSON (at byte %1: %2).")
                                           .arg(parseError.offset)
                                           .arg(parseError.errorString())));
    if (!parsed.isObject())
        return std::unexpected(invalid({}, tr("The description must be one JSON object.")));

    ObjectReader root(parsed.object(), {});
    if (auto known = root.onlyKeys(
            { u"type"_s, u"contact"_s, u"issue_date"_s, u"due_date"_s, u"delivery_date"_s, u"valid_until"_s,
              u"corrects"_s, u"language"_s, u"currency"_s, u"exchange_rate"_s, u"payment_terms_days"_s,
              u"payment_terms"_s, u"buyer_reference"_s, u"order_reference"_s, u"notes"_s,
              u"discount_percent"_s, u"lines"_s, u"charges"_s, u"exemptions"_s });
        !known)
        return std::unexpected(known.error());
    DocumentDescription d;
    if (auto header = readHeader(root, d); !header)
        return std::unexpected(header.error());
    auto lines = listAt<DocumentLine>(root, u"lines"_s, lineAt);
    if (!lines)
        return std::unexpected(lines.error());
    d.lines = *lines;
    auto charges = listAt<DocumentDescription::Charge>(root, u"charges"_s, chargeAt);
    if (!charges)
        return std::unexpected(charges.error());
    d.charges = charges->value_or(QList<DocumentDescription::Charge>());
    auto exemptions = listAt<DocumentVatExemption>(root, u"exemptions"_s, exemptionAt);
    if (!exemptions)
        return std::unexpected(exemptions.error());
    d.exemptions = exemptions->value_or(QList<DocumentVatExemption>());

    if (d.type == DocumentType::CreditNote && d.corrects.isEmpty())
        return std::unexpected(
            invalid(u"corrects"_s, tr("A credit note names the invoice it corrects: corrects.")));
    if (d.type != DocumentType::CreditNote && !d.corrects.isEmpty())
        return std::unexpected(invalid(u"corrects"_s, tr("Only a credit note corrects an invoice.")));
    if (d.type != DocumentType::CreditNote && (!d.lines || d.lines->isEmpty()))
        return std::unexpected(invalid(u"lines"_s, tr("The document needs at least one line.")));
    if (d.validUntil && d.type != DocumentType::Quote)
        return std::unexpected(invalid(u"valid_until"_s, tr("Only a quote has valid_until.")));
    return d;
}

} // namespace kasboek::exchange::documentjson
