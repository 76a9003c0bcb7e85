#pragma once

#include "Error.h"
#include "UblParseTree.h"
#include "domain/documents/DocumentParty.h"

#include <QCoreApplication>
#include <QStringList>

namespace kasboek::exchange::ubl {

// A cac:Party of a supplier's UBL file (the seller, BG-4, or the buyer, BG-7) as a
// DocumentParty: names, address, VAT number, Belgian enterprise or Dutch KvK number, Peppol
// endpoint and contact. Identifiers that do not pass their checks are dropped with a warning
// rather than stored as if they were valid; a missing name or an unknown country is an error.
class UblParseParty final
{
    Q_DECLARE_TR_FUNCTIONS(UblParseParty)
public:
    UblParseParty() = delete;

    enum class Role { Seller, Buyer };

    [[nodiscard]] static Result<domain::DocumentParty> parse(const UblParseTree& tree, qsizetype party,
                                                             Role role, QStringList& warnings);
};

} // namespace kasboek::exchange::ubl
