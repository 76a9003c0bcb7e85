#include "FieldRules.h"

#include "BelgianEnterpriseNumber.h"
#include "Bic.h"
#include "Currency.h"
#include "Iban.h"
#include "IdentifierText.h"
#include "IsoCountryCodes.h"
#include "KvkNumber.h"
#include "PeppolParticipantId.h"
#include "VatNumber.h"

#include <algorithm>
#include <array>
#include <string_view>

using namespace Qt::StringLiterals;

namespace kasboek::domain {

namespace {

// The value type's own message says what is wrong; the field says where.
template<typename T> Result<QString> canonical(Result<T> parsed, const QString& field)
{
    if (!parsed) {
        Error error = std::move(parsed.error());
        error.field = field;
        return std::unexpected(std::move(error));
    }
    return parsed->toString();
}

bool hasWhiteSpace(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

// Every dot-separated label non-empty and at least two of them: "example.be", not
// "localhost", ".be" or "example..be".
bool isDottedHost(QStringView host)
{
    if (!host.contains(u'.'))
        return false;
    const auto labels = host.split(u'.');
    return std::none_of(labels.begin(), labels.end(), [](QStringView label) { return label.isEmpty(); });
}

} // namespace

QString FieldRules::singleLine(QStringView input)
{
    return input.toString().simplified();
}

QString FieldRules::multiLine(QStringView input)
{
    return input.trimmed().toString();
}

Result<QString> FieldRules::country(QStringView input, const QString& field)
{
    const QString code = input.trimmed().toString().toUpper();
    if (code.isEmpty())
        return fail(ErrorCode::Validation, tr("Choose a country."), field, u"empty"_s);
    if (code.size() != 2 || !identifier::isAsciiUppers(code) || !IsoCountryCodes::isAssigned(code))
        return fail(ErrorCode::Validation,
                    tr("“%1” is not an ISO country code such as BE, NL or DE.").arg(input.trimmed()), field,
                    u"country"_s);
    return code;
}

Result<QString> FieldRules::currency(QStringView input, const QString& field)
{
    const QString code = input.trimmed().toString().toUpper();
    if (code.isEmpty())
        return fail(ErrorCode::Validation, tr("Choose a currency."), field, u"empty"_s);
    auto known = Currency::fromCode(code);
    if (!known) {
        Error error = std::move(known.error());
        error.field = field;
        return std::unexpected(std::move(error));
    }
    return known->code();
}

Result<QString> FieldRules::email(QStringView input, const QString& field)
{
    const QStringView text = input.trimmed();
    if (text.isEmpty())
        return QString();
    if (hasWhiteSpace(text))
        return fail(ErrorCode::Validation, tr("An e-mail address contains no spaces."), field, u"space"_s);
    const qsizetype at = text.indexOf(u'@');
    if (at < 0 || text.count(u'@') != 1)
        return fail(ErrorCode::Validation, tr("An e-mail address has exactly one @, as in name@example.be."),
                    field, u"at"_s);
    const QStringView local = text.left(at);
    const QStringView domain = text.mid(at + 1);
    if (local.isEmpty() || !isDottedHost(domain))
        return fail(ErrorCode::Validation,
                    tr("An e-mail address has a name before the @ and a domain such as example.be after it."),
                    field, u"structure"_s);
    return local.toString() + u'@' + domain.toString().toLower();
}

Result<QString> FieldRules::website(QStringView input, const QString& field)
{
    const QStringView text = input.trimmed();
    if (text.isEmpty())
        return QString();
    if (hasWhiteSpace(text))
        return fail(ErrorCode::Validation, tr("A web address contains no spaces."), field, u"space"_s);
    QStringView rest = text;
    if (const qsizetype scheme = text.indexOf(u"://"); scheme >= 0) {
        const QStringView name = text.left(scheme);
        if (name.compare(u"http", Qt::CaseInsensitive) != 0
            && name.compare(u"https", Qt::CaseInsensitive) != 0)
            return fail(ErrorCode::Validation,
                        tr("A web address starts with http:// or https://, or with the name."), field,
                        u"scheme"_s);
        rest = text.mid(scheme + 3);
    }
    const qsizetype slash = rest.indexOf(u'/');
    if (!isDottedHost(slash < 0 ? rest : rest.left(slash)))
        return fail(ErrorCode::Validation, tr("A web address names a domain such as www.example.be."), field,
                    u"structure"_s);
    return text.toString();
}

Result<QString> FieldRules::postalCode(QStringView input, QStringView country, const QString& field)
{
    const QString text = singleLine(input);
    if (text.isEmpty())
        return QString();
    if (country == u"BE") {
        if (text.size() != 4 || !identifier::isAsciiDigits(text) || text.front() == u'0')
            return fail(ErrorCode::Validation, tr("A Belgian postal code has 4 digits, such as 9000."), field,
                        u"format"_s);
        return text;
    }
    if (country == u"NL") {
        QString compact = text;
        compact.remove(u' ');
        compact = compact.toUpper();
        const QStringView digits = QStringView(compact).left(4);
        const QStringView letters = QStringView(compact).mid(4);
        if (compact.size() != 6 || !identifier::isAsciiDigits(digits) || digits.front() == u'0'
            || !identifier::isAsciiUppers(letters))
            return fail(ErrorCode::Validation,
                        tr("A Dutch postal code has 4 digits and 2 letters, such as 1012 AB."), field,
                        u"format"_s);
        return digits.toString() + u' ' + letters.toString();
    }
    return text;
}

Result<QString> FieldRules::vatNumber(QStringView input, QStringView country, const QString& field)
{
    if (input.trimmed().isEmpty())
        return QString();
    return canonical(VatNumber::parse(input, country), field);
}

Result<QString> FieldRules::enterpriseNumber(QStringView input, const QString& field)
{
    if (input.trimmed().isEmpty())
        return QString();
    return canonical(BelgianEnterpriseNumber::parse(input), field);
}

Result<QString> FieldRules::kvkNumber(QStringView input, const QString& field)
{
    if (input.trimmed().isEmpty())
        return QString();
    return canonical(KvkNumber::parse(input), field);
}

Result<QString> FieldRules::peppolId(QStringView input, const QString& field)
{
    if (input.trimmed().isEmpty())
        return QString();
    return canonical(PeppolParticipantId::parse(input), field);
}

Result<QString> FieldRules::iban(QStringView input, const QString& field)
{
    if (input.trimmed().isEmpty())
        return QString();
    return canonical(Iban::parse(input), field);
}

Result<QString> FieldRules::bic(QStringView input, const QString& field)
{
    if (input.trimmed().isEmpty())
        return QString();
    return canonical(Bic::parse(input), field);
}

Result<void> FieldRules::vatMatchesEnterpriseNumber(const QString& vatNumber, const QString& enterpriseNumber,
                                                    const QString& field)
{
    if (vatNumber.startsWith(u"BE") && !enterpriseNumber.isEmpty()
        && QStringView(vatNumber).mid(2) != enterpriseNumber)
        return fail(ErrorCode::Validation,
                    tr("The enterprise number %1 does not match the VAT number %2: a Belgian VAT number is "
                       "BE followed by the enterprise number.")
                        .arg(enterpriseNumber, vatNumber),
                    field, u"mismatch"_s);
    return {};
}

QString FieldRules::vatPrefixOf(QStringView country)
{
    if (country == u"GR")
        return u"EL"_s;
    if (country == u"GB")
        return u"XI"_s;
    return country.toString();
}

bool FieldRules::isEuMemberState(QStringView country)
{
    static constexpr std::array<std::u16string_view, 27> members {
        u"AT", u"BE", u"BG", u"CY", u"CZ", u"DE", u"DK", u"EE", u"ES", u"FI", u"FR", u"GR", u"HR", u"HU",
        u"IE", u"IT", u"LT", u"LU", u"LV", u"MT", u"NL", u"PL", u"PT", u"RO", u"SE", u"SI", u"SK"
    };
    return std::any_of(members.begin(), members.end(), [country](std::u16string_view member) {
        return QStringView(member.data(), qsizetype(member.size())) == country;
    });
}

void FieldRules::take(Result<QString> result, QString& target, QList<Error>& problems)
{
    if (result)
        target = std::move(*result);
    else
        problems.append(std::move(result.error()));
}

void FieldRules::take(Result<void> result, QList<Error>& problems)
{
    if (!result)
        problems.append(std::move(result.error()));
}

} // namespace kasboek::domain
