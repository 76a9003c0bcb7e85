#pragma once

#include <QString>
#include <QStringList>

namespace kasboek::exchange::bank {

// What the "information to account owner" of an MT940 movement (:86:) says about it. Dutch banks
// structure it with "/CODE/" subfields: ING and Rabobank as /EREF/…//CNTP/iban/bic/name/city///
// REMI/USTD//text/ (or /REMI/STRD/CUR/reference/), ABN AMRO as /TRTP/…/IBAN/…/BIC/…/NAME/…/REMI/
// …/EREF/…, Rabobank's older files as /BENM//NAME/…; Triodos and German banks number them
// (">20…>21…>31…" or "?20…?31…"). Anything else is free text, kept whole as the remittance.
class Mt940Information final
{
public:
    Mt940Information() = delete;

    struct Details
    {
        QString counterpartyName;
        QString counterpartyAccount; // an IBAN in electronic form when it is one
        QString counterpartyBic;
        QString structuredReference; // a Belgian structured communication or an RF reference
        QString remittanceText;
        QString endToEndId; // "NOTPROVIDED" dropped
    };

    // `lines`: the text after ":86:" and the lines continuing it.
    [[nodiscard]] static Details read(const QStringList& lines);
};

} // namespace kasboek::exchange::bank
