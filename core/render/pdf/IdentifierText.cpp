#include "IdentifierText.h"

#include "domain/BelgianEnterpriseNumber.h"
#include "domain/CreditorReference.h"
#include "domain/Iban.h"
#include "domain/StructuredCommunication.h"
#include "domain/VatNumber.h"

namespace kasboek::render::identifiers {

QString vatNumber(const QString& stored)
{
    const auto parsed = domain::VatNumber::parse(stored);
    return parsed ? parsed->formatted() : stored.trimmed();
}

QString enterpriseNumber(const QString& stored)
{
    const auto parsed = domain::BelgianEnterpriseNumber::parse(stored);
    return parsed ? parsed->formatted() : stored.trimmed();
}

QString iban(const QString& stored)
{
    const auto parsed = domain::Iban::parse(stored);
    return parsed ? parsed->formatted() : stored.trimmed();
}

QString structuredCommunication(const QString& stored)
{
    const auto parsed = domain::StructuredCommunication::parse(stored);
    return parsed ? parsed->formatted() : stored.trimmed();
}

QString creditorReference(const QString& stored)
{
    const auto parsed = domain::CreditorReference::parse(stored);
    return parsed ? parsed->formatted() : stored.trimmed();
}

} // namespace kasboek::render::identifiers
