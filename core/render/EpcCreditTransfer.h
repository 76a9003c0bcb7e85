#pragma once

#include "domain/Money.h"

#include <QString>
#include <optional>

namespace kasboek::render {

// The fields of one SEPA credit transfer as an EPC QR code carries them (EPC069-12): what a
// banking app pre-fills when the payer scans the code. EpcQrPayload checks and encodes it.
struct EpcCreditTransfer
{
    int version = 2; // 1: BIC mandatory; 2: BIC optional inside the EEA
    QString bic; // of the payee's bank, 8 or 11 characters
    QString payeeName; // 1 to 70 characters
    QString iban; // the payee's account; spaces allowed
    std::optional<domain::Money> amount; // EUR only; absent: the payer types it
    QString purpose; // optional ISO 20022 purpose code, e.g. "GDDS"
    QString structuredReference; // an RF creditor reference or Belgian OGM (12 digits)
    QString unstructuredText; // up to 140 characters; never together with the structured one
    QString information; // beneficiary to originator, up to 70, shown to the payer only

    friend bool operator==(const EpcCreditTransfer&, const EpcCreditTransfer&) = default;
};

} // namespace kasboek::render
