#include "CodaCommunication.h"

#include "domain/CreditorReference.h"
#include "domain/StructuredCommunication.h"
#include "exchange/bank/text/BankDate.h"

using namespace Qt::StringLiterals;

namespace kasboek::exchange::bank {

CodaCommunication::Parts CodaCommunication::interpret(bool structured, const QString& zone)
{
    Parts parts;
    if (!structured) {
        parts.remittanceText = zone.simplified();
        return parts;
    }
    const QString code = zone.left(3);
    const QString content = zone.mid(3);
    if (code == u"101" || code == u"102") {
        const QString digits = content.left(12);
        if (BankDate::isDigits(digits) && domain::StructuredCommunication::isValid(digits)) {
            parts.structuredReference = digits;
            parts.remittanceText = content.mid(12).simplified();
            return parts;
        }
    } else if (code == u"100") {
        const QString reference = content.simplified().section(u' ', 0, 0);
        if (domain::CreditorReference::isValid(reference)) {
            const auto parsed = domain::CreditorReference::parse(reference);
            if (parsed) {
                parts.structuredReference = parsed->toString();
                parts.remittanceText = content.simplified().section(u' ', 1);
                return parts;
            }
        }
    }
    parts.remittanceText = content.simplified();
    return parts;
}

} // namespace kasboek::exchange::bank
