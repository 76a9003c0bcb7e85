#include "RecurringTemplateContent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace kasboek::domain;

namespace kasboek::storage {

namespace {

// Far more than any invoice has; a bound on what a damaged file can make us allocate.
constexpr qsizetype kMaxItems = 10000;

Error damaged(const QString& detail)
{
    return Error { ErrorCode::CorruptFile,
                   RecurringTemplateContent::tr("A recurring invoice in this file cannot be read."),
                   {},
                   u"recurring_templates.content: "_s + detail };
}

// Text members are optional; anything but a string where one is expected is damage.
bool readText(const QJsonObject& object, const QString& key, QString& out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return false;
    out = value.toString();
    return true;
}

bool readInteger(const QJsonObject& object, const QString& key, std::optional<qint64>& out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    // Integers the documents tables hold fit well inside the doubles JSON carries exactly.
    if (number != static_cast<double>(static_cast<qint64>(number)) || number > 9.0e15 || number < -9.0e15)
        return false;
    out = static_cast<qint64>(number);
    return true;
}

QJsonObject lineToJson(const DocumentLine& l)
{
    QJsonObject o;
    if (l.productId)
        o.insert(u"productId"_s, *l.productId);
    o.insert(u"name"_s, l.name);
    o.insert(u"description"_s, l.description);
    o.insert(u"quantity"_s, l.quantity.scaled());
    o.insert(u"unitCode"_s, l.unitCode);
    o.insert(u"unitPrice"_s, l.unitPrice.scaled());
    if (l.discountPercent)
        o.insert(u"discountPercent"_s, l.discountPercent->scaled());
    o.insert(u"vatCategory"_s, VatCategories::code(l.vatCategory));
    o.insert(u"vatRate"_s, l.vatRate.basisPoints());
    o.insert(u"buyerAccountingReference"_s, l.buyerAccountingReference);
    o.insert(u"sellerItemId"_s, l.sellerItemId);
    return o;
}

Result<VatCategory> category(const QJsonObject& o)
{
    QString code;
    if (!readText(o, u"vatCategory"_s, code))
        return std::unexpected(damaged(u"vatCategory"_s));
    auto parsed = VatCategories::fromCode(code);
    if (!parsed)
        return std::unexpected(damaged(u"vatCategory"_s));
    return *parsed;
}

Result<VatRate> rate(const QJsonObject& o)
{
    std::optional<qint64> basisPoints;
    if (!readInteger(o, u"vatRate"_s, basisPoints) || !basisPoints)
        return std::unexpected(damaged(u"vatRate"_s));
    auto parsed = VatRate::checkedFromBasisPoints(*basisPoints);
    if (!parsed)
        return std::unexpected(damaged(u"vatRate"_s));
    return *parsed;
}

Result<DocumentLine> lineFromJson(const QJsonObject& o)
{
    DocumentLine l;
    std::optional<qint64> quantity;
    std::optional<qint64> price;
    std::optional<qint64> discount;
    if (!readInteger(o, u"productId"_s, l.productId) || !readText(o, u"name"_s, l.name)
        || !readText(o, u"description"_s, l.description) || !readInteger(o, u"quantity"_s, quantity)
        || !readText(o, u"unitCode"_s, l.unitCode) || !readInteger(o, u"unitPrice"_s, price)
        || !readInteger(o, u"discountPercent"_s, discount)
        || !readText(o, u"buyerAccountingReference"_s, l.buyerAccountingReference)
        || !readText(o, u"sellerItemId"_s, l.sellerItemId) || !quantity || !price)
        return std::unexpected(damaged(u"lines"_s));
    l.quantity = Decimal::fromScaled(*quantity);
    l.unitPrice = Decimal::fromScaled(*price);
    if (discount)
        l.discountPercent = Decimal::fromScaled(*discount);
    auto c = category(o);
    if (!c)
        return std::unexpected(c.error());
    auto r = rate(o);
    if (!r)
        return std::unexpected(r.error());
    l.vatCategory = *c;
    l.vatRate = *r;
    return l;
}

template<typename Item, typename Read>
Result<QList<Item>> listFromJson(const QJsonObject& root, const QString& key, Read read)
{
    QList<Item> items;
    const QJsonValue value = root.value(key);
    if (value.isUndefined())
        return items;
    if (!value.isArray() || value.toArray().size() > kMaxItems)
        return std::unexpected(damaged(key));
    for (const QJsonValue& element : value.toArray()) {
        if (!element.isObject())
            return std::unexpected(damaged(key));
        auto item = read(element.toObject());
        if (!item)
            return std::unexpected(item.error());
        items.append(*item);
    }
    return items;
}

} // namespace

Document RecurringTemplateContent::contentOf(const Document& d)
{
    Document c;
    c.type = DocumentType::Invoice;
    c.contactId = d.contactId;
    c.seriesId = d.seriesId;
    c.language = d.language;
    c.currency = d.currency;
    c.paymentTermsDays = d.paymentTermsDays;
    c.buyerReference = d.buyerReference;
    c.orderReference = d.orderReference;
    c.notes = d.notes;
    c.paymentTerms = d.paymentTerms;
    c.discountPercent = d.discountPercent;
    c.lines = d.lines;
    for (DocumentLine& l : c.lines)
        l.id = 0;
    c.charges = d.charges;
    c.exemptions = d.exemptions;
    return c;
}

QString RecurringTemplateContent::toJson(const Document& d)
{
    QJsonObject root;
    root.insert(u"version"_s, 1);
    if (d.seriesId)
        root.insert(u"seriesId"_s, *d.seriesId);
    root.insert(u"language"_s, d.language);
    root.insert(u"currency"_s, d.currency.code());
    root.insert(u"paymentTermsDays"_s, d.paymentTermsDays);
    root.insert(u"buyerReference"_s, d.buyerReference);
    root.insert(u"orderReference"_s, d.orderReference);
    root.insert(u"notes"_s, d.notes);
    root.insert(u"paymentTerms"_s, d.paymentTerms);
    if (d.discountPercent)
        root.insert(u"discountPercent"_s, d.discountPercent->scaled());
    QJsonArray lines;
    for (const DocumentLine& l : d.lines)
        lines.append(lineToJson(l));
    root.insert(u"lines"_s, lines);
    QJsonArray charges;
    for (const DocumentCharge& c : d.charges) {
        QJsonObject o;
        o.insert(u"amount"_s, c.amount.minorUnits());
        o.insert(u"vatCategory"_s, VatCategories::code(c.vatCategory));
        o.insert(u"vatRate"_s, c.vatRate.basisPoints());
        o.insert(u"reason"_s, c.reason);
        o.insert(u"reasonCode"_s, c.reasonCode);
        charges.append(o);
    }
    root.insert(u"charges"_s, charges);
    QJsonArray exemptions;
    for (const DocumentVatExemption& e : d.exemptions) {
        QJsonObject o;
        o.insert(u"vatCategory"_s, VatCategories::code(e.vatCategory));
        o.insert(u"reasonCode"_s, e.reasonCode);
        o.insert(u"reasonText"_s, e.reasonText);
        exemptions.append(o);
    }
    root.insert(u"exemptions"_s, exemptions);
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

Result<Document> RecurringTemplateContent::fromJson(const QString& json, qint64 contactId)
{
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !parsed.isObject())
        return std::unexpected(damaged(u"not a JSON object"_s));
    const QJsonObject root = parsed.object();
    Document d;
    d.type = DocumentType::Invoice;
    d.contactId = contactId;
    QString currency;
    std::optional<qint64> terms;
    std::optional<qint64> discount;
    if (!readInteger(root, u"seriesId"_s, d.seriesId) || !readText(root, u"language"_s, d.language)
        || !readText(root, u"currency"_s, currency) || !readInteger(root, u"paymentTermsDays"_s, terms)
        || !readText(root, u"buyerReference"_s, d.buyerReference)
        || !readText(root, u"orderReference"_s, d.orderReference) || !readText(root, u"notes"_s, d.notes)
        || !readText(root, u"paymentTerms"_s, d.paymentTerms)
        || !readInteger(root, u"discountPercent"_s, discount))
        return std::unexpected(damaged(u"header"_s));
    if (!currency.isEmpty()) {
        auto code = Currency::fromCode(currency);
        if (!code)
            return std::unexpected(damaged(u"currency"_s));
        d.currency = *code;
    }
    if (terms) {
        if (*terms < 0 || *terms > 365)
            return std::unexpected(damaged(u"paymentTermsDays"_s));
        d.paymentTermsDays = static_cast<int>(*terms);
    }
    if (discount)
        d.discountPercent = Decimal::fromScaled(*discount);

    auto lines = listFromJson<DocumentLine>(root, u"lines"_s, lineFromJson);
    if (!lines)
        return std::unexpected(lines.error());
    d.lines = *lines;

    const Currency documentCurrency = d.currency;
    auto charges = listFromJson<DocumentCharge>(
        root, u"charges"_s, [documentCurrency](const QJsonObject& o) -> Result<DocumentCharge> {
            DocumentCharge c;
            std::optional<qint64> amount;
            if (!readInteger(o, u"amount"_s, amount) || !amount || !readText(o, u"reason"_s, c.reason)
                || !readText(o, u"reasonCode"_s, c.reasonCode))
                return std::unexpected(damaged(u"charges"_s));
            c.amount = Money::fromMinorUnits(*amount, documentCurrency);
            auto cat = category(o);
            if (!cat)
                return std::unexpected(cat.error());
            auto r = rate(o);
            if (!r)
                return std::unexpected(r.error());
            c.vatCategory = *cat;
            c.vatRate = *r;
            return c;
        });
    if (!charges)
        return std::unexpected(charges.error());
    d.charges = *charges;

    auto exemptions = listFromJson<DocumentVatExemption>(
        root, u"exemptions"_s, [](const QJsonObject& o) -> Result<DocumentVatExemption> {
            DocumentVatExemption e;
            if (!readText(o, u"reasonCode"_s, e.reasonCode) || !readText(o, u"reasonText"_s, e.reasonText))
                return std::unexpected(damaged(u"exemptions"_s));
            auto cat = category(o);
            if (!cat)
                return std::unexpected(cat.error());
            e.vatCategory = *cat;
            return e;
        });
    if (!exemptions)
        return std::unexpected(exemptions.error());
    d.exemptions = *exemptions;
    return d;
}

} // namespace kasboek::storage
