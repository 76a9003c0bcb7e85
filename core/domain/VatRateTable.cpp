#include "VatRateTable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace kasboek::domain {

namespace {

std::optional<VatRateKind> kindFromName(QStringView name)
{
    if (name == u"standard")
        return VatRateKind::Standard;
    if (name == u"reduced")
        return VatRateKind::Reduced;
    if (name == u"reduced2")
        return VatRateKind::Reduced2;
    if (name == u"zero")
        return VatRateKind::Zero;
    return std::nullopt;
}

// Strict ISO date: exactly yyyy-MM-dd (QDate alone also accepts other shapes).
QDate isoDate(const QJsonValue& value)
{
    const QString text = value.toString();
    if (text.size() != 10)
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

// Both ends inclusive; a null end is open.
bool overlap(const VatRatePeriod& a, const VatRatePeriod& b)
{
    return (a.validTo.isNull() || b.validFrom <= a.validTo)
        && (b.validTo.isNull() || a.validFrom <= b.validTo);
}

QString indexed(const QString& path, QStringView member, qsizetype index)
{
    return path + (path.isEmpty() ? u""_s : u"."_s) + member.toString() + u'[' + QString::number(index)
        + u']';
}

QString member(const QString& path, QStringView name)
{
    return path + u'.' + name.toString();
}

} // namespace

Result<VatRateTable> VatRateTable::loadBuiltIn()
{
    QFile file(u":/kasboek/domain/vat-rates.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, tr("The built-in VAT rate table is missing."), {},
                    file.errorString());
    return fromJson(file.readAll());
}

Result<VatRateTable> VatRateTable::fromJson(const QByteArray& json)
{
    // A typo in a key ("validTill") would silently drop a date, so unknown keys fail.
    const auto checkKeys = [](const QJsonObject& object, std::initializer_list<QStringView> allowed,
                              const QString& path) -> Result<void> {
        for (const QString& key : object.keys()) {
            if (std::find(allowed.begin(), allowed.end(), QStringView(key)) == allowed.end())
                return fail(ErrorCode::Validation, tr("The VAT rate table has an unknown entry."),
                            path.isEmpty() ? key : member(path, key));
        }
        return {};
    };
    const auto invalid = [](const QString& message, const QString& field) {
        return fail(ErrorCode::Validation, message, field);
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(ErrorCode::Validation, tr("The VAT rate table is not valid JSON."), {},
                    parseError.errorString() + u" at offset "_s + QString::number(parseError.offset));
    if (!document.isObject())
        return invalid(tr("The VAT rate table must be a JSON object."), {});
    const QJsonObject root = document.object();
    if (auto keys = checkKeys(root, { u"format", u"note", u"countries" }, {}); !keys)
        return std::unexpected(keys.error());
    if (root.value(u"format"_s).toInteger(-1) != 1)
        return invalid(tr("This VAT rate table format is not supported."), u"format"_s);
    const QJsonValue countries = root.value(u"countries"_s);
    if (!countries.isArray() || countries.toArray().isEmpty())
        return invalid(tr("The VAT rate table lists no countries."), u"countries"_s);

    QList<VatRatePeriod> periods;
    QStringList paths; // parallel to periods, to name the row in an overlap error
    const QJsonArray countryArray = countries.toArray();
    for (qsizetype c = 0; c < countryArray.size(); ++c) {
        const QString countryPath = indexed({}, u"countries", c);
        if (!countryArray.at(c).isObject())
            return invalid(tr("Each country must be a JSON object."), countryPath);
        const QJsonObject country = countryArray.at(c).toObject();
        if (auto keys = checkKeys(country, { u"country", u"note", u"rates" }, countryPath); !keys)
            return std::unexpected(keys.error());
        const QString code = country.value(u"country"_s).toString();
        const bool codeOk = code.size() == 2
            && std::all_of(code.begin(), code.end(), [](QChar ch) { return ch >= u'A' && ch <= u'Z'; });
        if (!codeOk)
            return invalid(tr("A country must be a two-letter ISO code such as BE."),
                           member(countryPath, u"country"));
        const QJsonValue rates = country.value(u"rates"_s);
        if (!rates.isArray() || rates.toArray().isEmpty())
            return invalid(tr("A country must list its rates."), member(countryPath, u"rates"));

        const QJsonArray rateArray = rates.toArray();
        for (qsizetype r = 0; r < rateArray.size(); ++r) {
            const QString path = indexed(countryPath, u"rates", r);
            if (!rateArray.at(r).isObject())
                return invalid(tr("Each rate must be a JSON object."), path);
            const QJsonObject row = rateArray.at(r).toObject();
            if (auto keys = checkKeys(row, { u"kind", u"rate", u"validFrom", u"validTo", u"note" }, path);
                !keys)
                return std::unexpected(keys.error());

            VatRatePeriod period;
            period.country = code;
            const auto kind = kindFromName(row.value(u"kind"_s).toString());
            if (!kind)
                return invalid(tr("The kind of a rate must be standard, reduced, reduced2 or zero."),
                               member(path, u"kind"));
            period.kind = *kind;
            // JSON numbers are doubles; a rate must be text so it is read exactly.
            const QJsonValue rateValue = row.value(u"rate"_s);
            if (!rateValue.isString())
                return invalid(tr("A rate must be written as text, such as \"21\" or \"5.5\"."),
                               member(path, u"rate"));
            const auto rate = VatRate::parse(rateValue.toString());
            if (!rate)
                return invalid(rate.error().message, member(path, u"rate"));
            period.rate = *rate;
            if ((period.kind == VatRateKind::Zero) != period.rate.isZero())
                return invalid(tr("The zero kind must have rate 0, and only it."), member(path, u"kind"));
            period.validFrom = isoDate(row.value(u"validFrom"_s));
            if (!period.validFrom.isValid())
                return invalid(tr("validFrom must be a date such as 2019-01-01."),
                               member(path, u"validFrom"));
            if (row.contains(u"validTo"_s)) {
                period.validTo = isoDate(row.value(u"validTo"_s));
                if (!period.validTo.isValid())
                    return invalid(tr("validTo must be a date such as 2018-12-31."),
                                   member(path, u"validTo"));
                if (period.validTo < period.validFrom)
                    return invalid(tr("validTo lies before validFrom."), member(path, u"validTo"));
            }

            for (qsizetype earlier = 0; earlier < periods.size(); ++earlier) {
                const VatRatePeriod& other = periods.at(earlier);
                if (other.country == period.country
                    && (other.kind == period.kind || other.rate == period.rate) && overlap(other, period))
                    return fail(ErrorCode::Validation,
                                tr("Two rates of the same kind or value overlap in time."), path,
                                u"overlaps "_s + paths.at(earlier));
            }
            periods.append(period);
            paths.append(path);
        }
    }
    return VatRateTable(std::move(periods));
}

QList<VatRatePeriod> VatRateTable::ratesOn(QStringView country, QDate date) const
{
    QList<VatRatePeriod> rates;
    for (const VatRatePeriod& period : m_periods) {
        if (period.country == country && period.isInForceOn(date))
            rates.append(period);
    }
    std::sort(rates.begin(), rates.end(),
              [](const VatRatePeriod& a, const VatRatePeriod& b) { return a.rate > b.rate; });
    return rates;
}

std::optional<VatRate> VatRateTable::rateOn(QStringView country, VatRateKind kind, QDate date) const
{
    for (const VatRatePeriod& period : m_periods) {
        if (period.country == country && period.kind == kind && period.isInForceOn(date))
            return period.rate;
    }
    return std::nullopt;
}

bool VatRateTable::isValidRate(QStringView country, VatRate rate, QDate date) const
{
    return std::any_of(m_periods.begin(), m_periods.end(), [&](const VatRatePeriod& period) {
        return period.country == country && period.rate == rate && period.isInForceOn(date);
    });
}

QStringList VatRateTable::countries() const
{
    QStringList codes;
    for (const VatRatePeriod& period : m_periods) {
        if (!codes.contains(period.country))
            codes.append(period.country);
    }
    return codes;
}

} // namespace kasboek::domain
