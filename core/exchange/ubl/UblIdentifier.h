#pragma once

#include <QString>

namespace kasboek::exchange::ubl {

// An identifier as UBL carries it: a value and the code of the scheme it belongs to, e.g.
// <cbc:EndpointID schemeID="0208">0123456749</cbc:EndpointID>. The scheme is an EAS code for
// electronic addresses and an ICD code for party and legal registration identifiers.
struct UblIdentifier
{
    QString scheme;
    QString value;

    friend bool operator==(const UblIdentifier&, const UblIdentifier&) = default;
};

} // namespace kasboek::exchange::ubl
