#pragma once

#include "Error.h"
#include "UblIdentifier.h"
#include "domain/documents/DocumentParty.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <optional>

namespace kasboek::exchange::ubl {

// Which identifiers a party gets in UBL: its Peppol electronic address (BT-34 / BT-49) and its
// legal registration identifier (BT-30 / BT-47).
//
// The electronic address is the party's Peppol id when it has one. Otherwise it is derived: a
// Belgian enterprise number (also the one inside a Belgian VAT number) gives 0208, the scheme
// Belgian participants are registered under; a KvK number gives 0106; any other VAT number gives
// its country's VAT scheme of the EAS code list (9944 for the Netherlands, 9930 for Germany,
// ...). A Peppol id of a scheme PeppolParticipantId does not check (e.g. 0192 for a Norwegian
// organisation) is taken as given when the scheme is on the EAS list of Peppol BIS 3.0.19.
class UblPartyIdentifiers final
{
    Q_DECLARE_TR_FUNCTIONS(UblPartyIdentifiers)
public:
    UblPartyIdentifiers() = delete;

    // `field` names the party in errors: "seller" or "buyer".
    [[nodiscard]] static Result<UblIdentifier> endpoint(const domain::DocumentParty& party,
                                                        const QString& field);
    // 0208 (Belgian enterprise number) or 0106 (KvK); none for other parties.
    [[nodiscard]] static std::optional<UblIdentifier> legalRegistration(const domain::DocumentParty& party);
    // The EAS scheme of a VAT number's country, empty when the list has none for it.
    [[nodiscard]] static QString vatScheme(QStringView country);
    [[nodiscard]] static bool isEasScheme(QStringView scheme);
};

} // namespace kasboek::exchange::ubl
