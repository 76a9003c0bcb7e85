#include "PeppolParticipantId.h"

#include "IdentifierText.h"

using namespace Qt::StringLiterals;

namespace kasboek::domain {

namespace {

constexpr QStringView kIdentifierScheme = u"iso6523-actorid-upis::";

} // namespace

Result<PeppolParticipantId> PeppolParticipantId::parse(QStringView input)
{
    QStringView text = input.trimmed();
    if (text.isEmpty())
        return fail(ErrorCode::Validation, tr("No Peppol id was entered."), {}, u"empty"_s);
    if (text.startsWith(kIdentifierScheme, Qt::CaseInsensitive))
        text = text.mid(kIdentifierScheme.size());
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0)
        return fail(ErrorCode::Validation,
                    tr("A Peppol id is a scheme and a value separated by a colon, such as 0208:0123456749."),
                    {}, u"structure"_s);
    return fromParts(text.left(colon), text.mid(colon + 1));
}

Result<PeppolParticipantId> PeppolParticipantId::fromParts(QStringView scheme, QStringView value)
{
    scheme = scheme.trimmed();
    if (scheme.size() != 4 || !identifier::isAsciiDigits(scheme))
        return fail(ErrorCode::Validation, tr("A Peppol scheme is a 4-digit code, such as 0208."), {},
                    u"scheme"_s);
    // Each value is checked by the type it is; the value's own message says what is wrong.
    auto withScheme = [](Error error) {
        error.detail = u"value."_s + error.detail;
        return std::unexpected(std::move(error));
    };
    if (scheme == u"0208") {
        auto number = BelgianEnterpriseNumber::parse(value);
        if (!number)
            return withScheme(number.error());
        return fromEnterpriseNumber(*number);
    }
    if (scheme == u"0106") {
        auto number = KvkNumber::parse(value);
        if (!number)
            return withScheme(number.error());
        return fromKvkNumber(*number);
    }
    if (scheme == u"9925" || scheme == u"9944") {
        const QStringView country = scheme == u"9925" ? u"BE" : u"NL";
        auto number = VatNumber::parse(value, country);
        if (!number)
            return withScheme(number.error());
        if (number->country() != country)
            return fail(
                ErrorCode::Validation,
                tr("Peppol scheme %1 is for VAT numbers of %2.").arg(scheme.toString(), country.toString()),
                {}, u"value.country"_s);
        return fromVatNumber(*number);
    }
    if (scheme == u"0190") {
        // The OIN has no check digits; its 20 digits are all that can be checked.
        auto digits = identifier::compact(value, u".-");
        if (!digits || digits->size() != 20 || !identifier::isAsciiDigits(*digits))
            return fail(ErrorCode::Validation, tr("A Dutch OIN (Peppol scheme 0190) has 20 digits."), {},
                        u"value.length"_s);
        return PeppolParticipantId(scheme.toString(), std::move(*digits));
    }
    return fail(ErrorCode::Validation,
                tr("Peppol scheme %1 is not supported; Kasboek knows 0208 and 9925 (Belgium) and 0106, 0190 "
                   "and 9944 (the Netherlands).")
                    .arg(scheme.toString()),
                {}, u"scheme"_s);
}

bool PeppolParticipantId::isValid(QStringView input)
{
    return parse(input).has_value();
}

PeppolParticipantId PeppolParticipantId::fromEnterpriseNumber(const BelgianEnterpriseNumber& number)
{
    return PeppolParticipantId(u"0208"_s, number.toString());
}

PeppolParticipantId PeppolParticipantId::fromKvkNumber(const KvkNumber& number)
{
    return PeppolParticipantId(u"0106"_s, number.toString());
}

Result<PeppolParticipantId> PeppolParticipantId::fromVatNumber(const VatNumber& number)
{
    if (number.country() == u"BE")
        return PeppolParticipantId(u"9925"_s, number.toString());
    if (number.country() == u"NL")
        return PeppolParticipantId(u"9944"_s, number.toString());
    return fail(ErrorCode::Validation,
                tr("Kasboek derives Peppol ids only from Belgian and Dutch VAT numbers, not from %1.")
                    .arg(number.country()),
                {}, u"country"_s);
}

QString PeppolParticipantId::toString() const
{
    return m_scheme + u':' + m_value;
}

QString PeppolParticipantId::toUri() const
{
    return kIdentifierScheme.toString() + m_scheme + u':' + m_value;
}

} // namespace kasboek::domain
