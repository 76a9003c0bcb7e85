#include "UblPartyIdentifiers.h"

#include "domain/BelgianEnterpriseNumber.h"
#include "domain/KvkNumber.h"
#include "domain/PeppolParticipantId.h"
#include "domain/VatNumber.h"

#include <QRegularExpression>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace kasboek::exchange::ubl {

namespace {

using namespace kasboek::domain;

// The EAS code list of Peppol BIS Billing 3.0.19 (structure/codelist/eas.xml).
constexpr std::array<QStringView, 92> kEasSchemes { {
    u"0002", u"0007", u"0009", u"0037", u"0060", u"0088", u"0096", u"0097", u"0106", u"0130", u"0135",
    u"0142", u"0147", u"0151", u"0154", u"0158", u"0170", u"0177", u"0183", u"0184", u"0188", u"0190",
    u"0191", u"0192", u"0193", u"0194", u"0195", u"0196", u"0198", u"0199", u"0200", u"0201", u"0202",
    u"0203", u"0204", u"0205", u"0208", u"0209", u"0210", u"0211", u"0212", u"0213", u"0215", u"0216",
    u"0217", u"0218", u"0221", u"0225", u"0230", u"0235", u"0240", u"9910", u"9913", u"9914", u"9915",
    u"9918", u"9919", u"9920", u"9922", u"9923", u"9924", u"9925", u"9926", u"9927", u"9928", u"9929",
    u"9930", u"9931", u"9932", u"9933", u"9934", u"9935", u"9936", u"9937", u"9938", u"9939", u"9940",
    u"9941", u"9942", u"9943", u"9944", u"9945", u"9946", u"9947", u"9948", u"9949", u"9950", u"9951",
    u"9952", u"9953", u"9957", u"9959",
} };

struct VatScheme
{
    QStringView country; // VAT prefix
    QStringView scheme;
};

// The EAS entries that are plainly "<country> VAT number" (9910 and 9914 by their names), plus
// Italy's Partita IVA and Finland's VAT identifier. Values carry the country prefix.
constexpr std::array<VatScheme, 24> kVatSchemes { {
    { u"AT", u"9914" }, { u"BE", u"9925" }, { u"BG", u"9926" }, { u"CY", u"9928" }, { u"CZ", u"9929" },
    { u"DE", u"9930" }, { u"EE", u"9931" }, { u"EL", u"9933" }, { u"FI", u"0213" }, { u"FR", u"9957" },
    { u"HR", u"9934" }, { u"HU", u"9910" }, { u"IE", u"9935" }, { u"IT", u"0211" }, { u"LT", u"9937" },
    { u"LU", u"9938" }, { u"LV", u"9939" }, { u"MT", u"9943" }, { u"NL", u"9944" }, { u"PL", u"9945" },
    { u"PT", u"9946" }, { u"RO", u"9947" }, { u"SI", u"9949" }, { u"SK", u"9950" },
} };

std::unexpected<Error> invalid(const QString& message, const QString& field, QString detail)
{
    return fail(ErrorCode::Validation, message, field, std::move(detail));
}

// A Peppol id of a scheme the domain type does not know: "SSSS:value" with an EAS scheme and a
// value of letters, digits and the few punctuation marks identifiers use.
std::optional<UblIdentifier> uncheckedPeppolId(QStringView input)
{
    QStringView text = input.trimmed();
    constexpr QStringView prefix = u"iso6523-actorid-upis::";
    if (text.startsWith(prefix, Qt::CaseInsensitive))
        text = text.mid(prefix.size());
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0)
        return std::nullopt;
    const QString scheme = text.left(colon).trimmed().toString();
    const QString value = text.mid(colon + 1).trimmed().toString();
    static const QRegularExpression valuePattern(u"^[A-Za-z0-9][A-Za-z0-9.\\-_:@]{0,99}$"_s);
    if (!UblPartyIdentifiers::isEasScheme(scheme) || !valuePattern.match(value).hasMatch())
        return std::nullopt;
    return UblIdentifier { scheme, value };
}

std::optional<BelgianEnterpriseNumber> enterpriseNumberOf(const DocumentParty& party)
{
    if (!party.enterpriseNumber.trimmed().isEmpty()) {
        if (auto number = BelgianEnterpriseNumber::parse(party.enterpriseNumber))
            return *number;
    }
    if (party.vatNumber.trimmed().startsWith(u"BE", Qt::CaseInsensitive)) {
        if (auto vat = VatNumber::parse(party.vatNumber))
            return vat->belgianEnterpriseNumber();
    }
    return std::nullopt;
}

} // namespace

Result<UblIdentifier> UblPartyIdentifiers::endpoint(const DocumentParty& party, const QString& field)
{
    const bool seller = field == u"seller";
    if (!party.peppolId.trimmed().isEmpty()) {
        const auto parsed = PeppolParticipantId::parse(party.peppolId);
        if (parsed)
            return UblIdentifier { parsed->scheme(), parsed->value() };
        if (parsed.error().detail == u"scheme") {
            if (auto unchecked = uncheckedPeppolId(party.peppolId))
                return *unchecked;
        }
        return invalid((seller ? tr("The seller's Peppol id is not valid: %1")
                               : tr("The buyer's Peppol id is not valid: %1"))
                           .arg(parsed.error().message),
                       field + u".peppolId"_s, parsed.error().detail);
    }
    if (!party.enterpriseNumber.trimmed().isEmpty()) {
        const auto number = BelgianEnterpriseNumber::parse(party.enterpriseNumber);
        if (!number)
            return invalid(seller ? tr("The seller's enterprise number is not valid.")
                                  : tr("The buyer's enterprise number is not valid."),
                           field + u".enterpriseNumber"_s, number.error().detail);
        return UblIdentifier { u"0208"_s, number->toString() };
    }
    if (!party.kvkNumber.trimmed().isEmpty()) {
        const auto number = KvkNumber::parse(party.kvkNumber);
        if (!number)
            return invalid(seller ? tr("The seller's KvK number is not valid.")
                                  : tr("The buyer's KvK number is not valid."),
                           field + u".kvkNumber"_s, number.error().detail);
        return UblIdentifier { u"0106"_s, number->toString() };
    }
    if (!party.vatNumber.trimmed().isEmpty()) {
        const auto vat = VatNumber::parse(party.vatNumber);
        if (!vat)
            return invalid(seller ? tr("The seller's VAT number is not valid.")
                                  : tr("The buyer's VAT number is not valid."),
                           field + u".vatNumber"_s, vat.error().detail);
        if (const auto enterprise = vat->belgianEnterpriseNumber())
            return UblIdentifier { u"0208"_s, enterprise->toString() };
        const QString scheme = vatScheme(vat->country());
        if (!scheme.isEmpty())
            return UblIdentifier { scheme, vat->toString() };
    }
    return invalid(seller ? tr("The seller has no Peppol id, and none follows from an enterprise, KvK or VAT "
                               "number: Peppol needs an electronic address for both parties.")
                          : tr("The buyer has no Peppol id, and none follows from an enterprise, KvK or VAT "
                               "number: Peppol needs an electronic address for both parties."),
                   field + u".peppolId"_s, u"missing"_s);
}

std::optional<UblIdentifier> UblPartyIdentifiers::legalRegistration(const DocumentParty& party)
{
    if (const auto enterprise = enterpriseNumberOf(party))
        return UblIdentifier { u"0208"_s, enterprise->toString() };
    if (!party.kvkNumber.trimmed().isEmpty()) {
        if (const auto kvk = KvkNumber::parse(party.kvkNumber))
            return UblIdentifier { u"0106"_s, kvk->toString() };
    }
    return std::nullopt;
}

QString UblPartyIdentifiers::vatScheme(QStringView country)
{
    const auto it = std::find_if(kVatSchemes.begin(), kVatSchemes.end(),
                                 [country](const VatScheme& entry) { return entry.country == country; });
    return it == kVatSchemes.end() ? QString() : it->scheme.toString();
}

bool UblPartyIdentifiers::isEasScheme(QStringView scheme)
{
    return std::find(kEasSchemes.begin(), kEasSchemes.end(), scheme) != kEasSchemes.end();
}

} // namespace kasboek::exchange::ubl
