#pragma once

#include <QString>

namespace kasboek::exchange::ubl {

// The XML namespaces and identifiers of UBL 2.1 and Peppol BIS Billing 3.0, shared by the
// writer and the reader.
struct UblNamespaces final
{
    static QString invoice() { return QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"); }
    static QString creditNote()
    {
        return QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2");
    }
    static QString cac()
    {
        return QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2");
    }
    static QString cbc()
    {
        return QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2");
    }
    // BT-24 and BT-23 of Peppol BIS Billing 3.0.
    static QString peppolCustomizationId()
    {
        return QStringLiteral("urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0");
    }
    static QString peppolProfileId() { return QStringLiteral("urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"); }
};

} // namespace kasboek::exchange::ubl
